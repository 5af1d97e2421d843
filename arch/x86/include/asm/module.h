/*
 * module.h - what the module loader asks of the architecture.
 *
 * Where a module's code may live (module_alloc: on i386, anywhere in the
 * vmalloc area, since every kernel address is within reach of a 32-bit
 * call), and how to patch a relocation (apply_relocate: i386 modules use
 * REL sections, whose addend is the value already in the patched place).
 * See arch/x86/kernel/module.c and docs/modules.md.
 */
#ifndef _ASM_X86_MODULE_H
#define _ASM_X86_MODULE_H

#include <linux/elf.h>

struct module;

void *module_alloc(unsigned long size);
void module_free(struct module *mod, void *module_region);
int apply_relocate(Elf32_Shdr *sechdrs, const char *strtab, unsigned int symindex,
		   unsigned int relsec, struct module *me);

#endif /* _ASM_X86_MODULE_H */
