/*
 * extable.c - the exception table: faults the kernel expects, and where to go on.
 *
 * Each instruction that touches user memory on the user's behalf
 * (arch/x86/include/asm/uaccess.h, arch/x86/lib/usercopy_32.c) and each
 * segment reload on the way back to user mode (entry_32.asm) has an
 * entry in __ex_table: its address, and a fixup address. When such an
 * instruction faults and the fault cannot be resolved, fixup_exception()
 * moves the saved %eip to the fixup and the exception returns there:
 * the copy reports -EFAULT, the segment is loaded with 0. Any other
 * kernel fault is a bug, and an oops.
 *
 * The linker collects the entries in link order; sort_main_extable()
 * sorts them by address at boot so the lookup is a binary search.
 * Linux 2.6.32 splits this into lib/extable.c (sort, search),
 * kernel/extable.c (the main table and the modules') and
 * arch/x86/mm/extable.c (fixup_exception); Linnet has no modules to
 * search, so it is one file. See docs/processes.md.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sort.h>
#include <asm/ptrace.h>
#include <asm/uaccess.h>

extern struct exception_table_entry __start___ex_table[], __stop___ex_table[];

static int cmp_ex(const void *a, const void *b)
{
	const struct exception_table_entry *x = a, *y = b;

	if (x->insn > y->insn)
		return 1;
	if (x->insn < y->insn)
		return -1;
	return 0;
}

/**
 * sort_main_extable - sort the kernel's exception table by instruction address
 *
 * Context: boot, before anything may fault on a user address.
 */
void __init sort_main_extable(void)
{
	sort(__start___ex_table, __stop___ex_table - __start___ex_table,
	     sizeof(struct exception_table_entry), cmp_ex, NULL);
}

/**
 * search_exception_tables - the exception table entry of an instruction
 * @addr: the instruction's address
 *
 * Context: any.
 * Return: the entry, or NULL if a fault at @addr is not expected.
 */
const struct exception_table_entry *search_exception_tables(unsigned long addr)
{
	const struct exception_table_entry *lo = __start___ex_table;
	const struct exception_table_entry *hi = __stop___ex_table;

	while (lo < hi) {
		const struct exception_table_entry *mid = lo + (hi - lo) / 2;

		if (mid->insn == addr)
			return mid;
		if (mid->insn < addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/**
 * fixup_exception - continue at the fixup of a faulting instruction, if it has one
 * @regs: the kernel-mode context that faulted
 *
 * Context: the exception path.
 * Return: 1 if @regs->ip now points at the fixup, 0 if the fault is a bug.
 */
int fixup_exception(struct pt_regs *regs)
{
	const struct exception_table_entry *e = search_exception_tables(regs->ip);

	if (!e)
		return 0;
	regs->ip = e->fixup;
	return 1;
}
