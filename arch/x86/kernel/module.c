/*
 * module.c - the i386 half of the module loader: memory and relocations.
 *
 * A module's code is placed in the vmalloc area (module_alloc). On i386
 * without PAE there is no no-execute bit, so ordinary vmalloc memory can
 * hold code; 2.6.32's vmalloc_exec() asks for PAGE_KERNEL_EXEC, which on
 * such a machine is the same thing.
 *
 * A relocation says: at offset r_offset of section S, put the address of
 * symbol Y (R_386_32: absolute, for data and `mov $sym`) or its distance
 * from the place itself (R_386_PC32: relative, for `call sym`). i386 uses
 * REL relocations, whose addend is already stored in the place, so the
 * loader adds to what is there:
 *
 *   R_386_32:    *place += Y
 *   R_386_PC32:  *place += Y - place
 *
 * kernel/module.c has already given every symbol its final address. Each
 * relocation is checked to lie inside its section, and its symbol inside
 * the table, before it is applied: a corrupt module is refused, never
 * followed outside its memory. See docs/modules.md.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/vmalloc.h>
#include <linux/errno.h>
#include <asm/module.h>

/**
 * module_alloc - memory for a module's code and data
 * @size: bytes
 *
 * Context: process context; may sleep.
 * Return: the memory, or NULL (also for @size 0, as 2.6.32).
 */
void *module_alloc(unsigned long size)
{
	if (!size)
		return NULL;
	return vmalloc(size);
}

/**
 * module_free - give back what module_alloc() returned
 * @mod: the module (unused on i386)
 * @module_region: the memory, or NULL
 *
 * Context: process context.
 */
void module_free(struct module *mod, void *module_region)
{
	vfree(module_region);
}

/**
 * apply_relocate - patch the places listed in one SHT_REL section
 * @sechdrs: the module's section headers, sh_addr final
 * @strtab: its symbol names
 * @symindex: the index of its symbol table section
 * @relsec: the index of the relocation section
 * @me: the module (for messages)
 *
 * Context: process context, during load_module.
 * Return: 0, or -ENOEXEC for an unknown type or an out-of-range entry.
 */
int apply_relocate(Elf32_Shdr *sechdrs, const char *strtab, unsigned int symindex,
		   unsigned int relsec, struct module *me)
{
	const Elf32_Shdr *rsec = &sechdrs[relsec];
	const Elf32_Shdr *target = &sechdrs[rsec->sh_info];
	const Elf32_Rel *rel = (const Elf32_Rel *)rsec->sh_addr;
	const Elf32_Sym *symtab = (const Elf32_Sym *)sechdrs[symindex].sh_addr;
	unsigned int nsyms = sechdrs[symindex].sh_size / sizeof(Elf32_Sym);
	unsigned int i;

	for (i = 0; i < rsec->sh_size / sizeof(*rel); i++) {
		unsigned int symi = ELF32_R_SYM(rel[i].r_info);
		u32 *place;
		u32 value;

		if (rel[i].r_offset > target->sh_size || target->sh_size - rel[i].r_offset < 4 ||
		    symi >= nsyms) {
			printk(KERN_ERR "module %s: bad relocation %u in section %u\n", me->name, i,
			       relsec);
			return -ENOEXEC;
		}
		place = (u32 *)(target->sh_addr + rel[i].r_offset);
		value = symtab[symi].st_value;
		switch (ELF32_R_TYPE(rel[i].r_info)) {
		case R_386_NONE:
			break;
		case R_386_32:
			*place += value;
			break;
		case R_386_PC32:
			*place += value - (u32)place;
			break;
		default:
			printk(KERN_ERR "module %s: Unknown relocation: %u\n", me->name,
			       ELF32_R_TYPE(rel[i].r_info));
			return -ENOEXEC;
		}
	}
	return 0;
}
