/*
 * kallsyms.h - from a code address to a function name.
 *
 * The build links the kernel twice; the second image carries a table of
 * every function's address and name (scripts/kallsyms.py makes it), so
 * an oops can print "start_kernel+0x4f/0x120". See kernel/kallsyms.c.
 */
#ifndef _LINUX_KALLSYMS_H
#define _LINUX_KALLSYMS_H

#include <linux/types.h>

#define KSYM_NAME_LEN 128
/* "name+0xoff/0xsize" fits in this */
#define KSYM_SYMBOL_LEN (KSYM_NAME_LEN + 32)

const char *kallsyms_lookup(unsigned long addr, unsigned long *symbolsize,
			    unsigned long *offset, char **modname, char *namebuf);
unsigned long kallsyms_lookup_name(const char *name);
int sprint_symbol(char *buffer, unsigned long address);
int sprint_backtrace(char *buffer, unsigned long address);
void print_symbol(const char *fmt, unsigned long address);
bool __kernel_text_address(unsigned long addr);
bool kernel_text_address(unsigned long addr);

#endif /* _LINUX_KALLSYMS_H */
