/*
 * kallsyms.c - naming code addresses: "start_kernel+0x4f/0x120".
 *
 * The build appends a table of every function's start address and name,
 * sorted by address (scripts/kallsyms.py makes it between the two links).
 * To name an address, binary-search for the last function that starts at
 * or below it; the offset is the distance from that start, and the size
 * is the distance to the next function. See docs/debugging.md.
 */
#include <linux/kernel.h>
#include <linux/kallsyms.h>
#include <linux/module.h>
#include <linux/string.h>

extern const unsigned long kallsyms_num_syms;
extern const unsigned long kallsyms_addresses[];
extern const unsigned long kallsyms_offsets[];
extern const char kallsyms_names[];
extern const char _text[], _etext[];

/**
 * __kernel_text_address - is this an address inside the kernel's code?
 * @addr: the address
 *
 * Return: true if @addr lies in the kernel's text.
 */
bool __kernel_text_address(unsigned long addr)
{
	return addr >= (unsigned long)_text && addr < (unsigned long)_etext;
}

/**
 * kernel_text_address - the same as __kernel_text_address (no modules here)
 * @addr: the address
 *
 * Return: true if @addr lies in the kernel's text.
 */
bool kernel_text_address(unsigned long addr)
{
	return __kernel_text_address(addr) || is_module_text_address(addr);
}

/* Index of the last symbol at or below @addr, or -1. */
static long get_symbol_pos(unsigned long addr)
{
	long lo = 0, hi = (long)kallsyms_num_syms - 1, best = -1;

	while (lo <= hi) {
		long mid = lo + (hi - lo) / 2;

		if (kallsyms_addresses[mid] <= addr) {
			best = mid;
			lo = mid + 1;
		} else {
			hi = mid - 1;
		}
	}
	return best;
}

/**
 * kallsyms_lookup - find the function containing an address
 * @addr: the address
 * @symbolsize: set to the function's size
 * @offset: set to @addr's distance from the function's start
 * @modname: set to NULL (Linnet has no modules)
 * @namebuf: KSYM_NAME_LEN bytes for the name
 *
 * Context: any.
 * Return: @namebuf holding the name, or NULL if @addr is not kernel text.
 */
const char *kallsyms_lookup(unsigned long addr, unsigned long *symbolsize, unsigned long *offset,
			    char **modname, char *namebuf)
{
	long i;
	unsigned long end;

	if (modname)
		*modname = NULL;
	if (!__kernel_text_address(addr)) {
		const char *name = module_address_lookup(addr, symbolsize, offset, modname);

		if (!name)
			return NULL;
		strscpy(namebuf, name, KSYM_NAME_LEN);
		return namebuf;
	}
	i = get_symbol_pos(addr);
	if (i < 0)
		return NULL;
	end = (unsigned long)i + 1 < kallsyms_num_syms ? kallsyms_addresses[i + 1] :
							 (unsigned long)_etext;
	if (symbolsize)
		*symbolsize = end - kallsyms_addresses[i];
	if (offset)
		*offset = addr - kallsyms_addresses[i];
	strscpy(namebuf, kallsyms_names + kallsyms_offsets[i], KSYM_NAME_LEN);
	return namebuf;
}

/**
 * kallsyms_lookup_name - the address of a function, by name
 * @name: the function's name
 *
 * Context: any.
 * Return: its address, or 0 if there is no such function.
 */
unsigned long kallsyms_lookup_name(const char *name)
{
	unsigned long i;

	for (i = 0; i < kallsyms_num_syms; i++)
		if (!strcmp(kallsyms_names + kallsyms_offsets[i], name))
			return kallsyms_addresses[i];
	return module_kallsyms_lookup_name(name);
}

/**
 * sprint_symbol - format an address as "name+0xoff/0xsize"
 * @buffer: KSYM_SYMBOL_LEN bytes
 * @address: the address
 *
 * An address that is not kernel text is printed as plain hex.
 *
 * Context: any.
 * Return: the length of the text in @buffer.
 */
int sprint_symbol(char *buffer, unsigned long address)
{
	char name[KSYM_NAME_LEN];
	unsigned long size, offset;
	char *modname;

	if (!kallsyms_lookup(address, &size, &offset, &modname, name))
		return sprintf(buffer, "0x%lx", address);
	if (modname)
		return sprintf(buffer, "%s+0x%lx/0x%lx [%s]", name, offset, size, modname);
	return sprintf(buffer, "%s+0x%lx/0x%lx", name, offset, size);
}
EXPORT_SYMBOL_GPL(sprint_symbol);

/**
 * sprint_backtrace - format a return address as "name+0xoff/0xsize"
 * @buffer: KSYM_SYMBOL_LEN bytes
 * @address: a return address taken from a stack
 *
 * A call is the last instruction of its function when the callee never
 * returns (panic(), do_exit()): the return address then lies in the next
 * function. Looking up @address - 1, the call itself, names the caller
 * right; the offset printed is still @address's. This is Linux's %pB.
 *
 * Context: any.
 * Return: the length of the text in @buffer.
 */
int sprint_backtrace(char *buffer, unsigned long address)
{
	char name[KSYM_NAME_LEN];
	unsigned long size, offset;
	char *modname;

	if (!kallsyms_lookup(address - 1, &size, &offset, &modname, name))
		return sprintf(buffer, "0x%lx", address);
	if (modname)
		return sprintf(buffer, "%s+0x%lx/0x%lx [%s]", name, offset + 1, size, modname);
	return sprintf(buffer, "%s+0x%lx/0x%lx", name, offset + 1, size);
}

/**
 * print_symbol - printk an address as a symbol
 * @fmt: a format with one %s for the symbol
 * @address: the address
 *
 * Context: any.
 */
void print_symbol(const char *fmt, unsigned long address)
{
	char buffer[KSYM_SYMBOL_LEN];

	sprint_symbol(buffer, address);
	printk(fmt, buffer);
}
