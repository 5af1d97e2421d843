/*
 * init-mm.c - init_mm, the kernel's own address space.
 *
 * Every kernel thread runs on init_mm: its page directory is
 * swapper_pg_dir, which maps only the kernel's gigabyte. A process's
 * page directory copies that upper part (arch/x86/mm/pgtable.c:pgd_alloc).
 * As Linux 2.6.32's mm/init-mm.c. See docs/processes.md.
 */
#include <linux/mm.h>
#include <linux/sched.h>

struct mm_struct init_mm = {
	.mm_rb = RB_ROOT,
	.pgd = swapper_pg_dir,
	.mm_users = ATOMIC_INIT(2),
	.mm_count = ATOMIC_INIT(1),
	.mmap_sem = __RWSEM_INITIALIZER(init_mm.mmap_sem),
	.page_table_lock = __SPIN_LOCK_UNLOCKED(init_mm.page_table_lock),
	.context.lock = __MUTEX_INITIALIZER(init_mm.context.lock),
};
