/*
 * mlock.c - mlock(2), munlock(2), mlockall(2), munlockall(2): memory a
 * process keeps resident.
 *
 * Locking is a vma flag, VM_LOCKED, set on the range the way mprotect
 * sets its bits: the range is split off its vma or merged into a
 * neighbour with the same flags (mlock_fixup), and mm->locked_vm counts
 * the pages of locked vmas (/proc/PID/status VmLck). Then every page of
 * the range is faulted in, for writing if the vma is writable so a
 * private copy is made now rather than later (__mlock_vma_pages_range),
 * and each page is marked PG_mlocked, counted in NR_MLOCK (meminfo's
 * Mlocked), and moved to the unevictable LRU list, where reclaim never
 * looks (mlock_vma_page):
 *
 *   mlock -> do_mlock -> mlock_fixup -> split/merge, VM_LOCKED, locked_vm
 *                                    -> __mlock_vma_pages_range
 *                                         fault in, mlock_vma_page:
 *                                         PG_mlocked, NR_MLOCK, unevictable
 *
 * munlock undoes it page by page, and so do munmap and exit before the
 * pages go (mm/mmap.c:do_munmap, exit_mmap). A page that faults into a
 * locked vma later is mlocked as it is mapped (is_mlocked_vma). After
 * mlockall(MCL_FUTURE), mm->def_flags holds VM_LOCKED and every new
 * mapping, the heap's growth included, is locked as it is made.
 *
 * Who may lock what is 2.6.32's can_do_mlock(): CAP_IPC_LOCK, or a
 * nonzero RLIMIT_MEMLOCK, and without the capability the locked pages
 * may not pass that limit (-ENOMEM; -EAGAIN from mmap and brk). All of
 * this is 2.6.32's mm/mlock.c.
 *
 * Differences from 2.6.32, each for a reason Linnet has:
 *  - munlocking a page clears PG_mlocked at once; 2.6.32 first walks the
 *    page's reverse mappings (try_to_munlock) and keeps the page locked
 *    if another VM_LOCKED vma still maps it. Linnet keeps no reverse
 *    mappings (include/linux/rmap.h), so a page locked through two vmas
 *    (a file mapped and locked twice) is unlocked by the first munlock.
 *  - 2.6.32 maps the shared zero page on a read fault of anonymous
 *    memory and does not mlock it; Linnet has no zero page, so locking
 *    read-only anonymous memory gives it real, mlocked pages.
 *  - a page still mlocked when it leaves the LRU (a file truncated under
 *    a locked mapping) is uncounted in mm/swap.c:lru_cache_del, where
 *    Linnet's pages leave the LRU; 2.6.32 in free_page_mlock.
 * See docs/memory.md.
 */
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/capability.h>
#include <linux/pagemap.h>
#include <linux/swap.h>
#include <linux/rmap.h>
#include <linux/vmstat.h>
#include <linux/err.h>
#include <linux/module.h>

/**
 * can_do_mlock - may the current process lock memory at all?
 *
 * Context: process context.
 * Return: 1 with CAP_IPC_LOCK or a nonzero RLIMIT_MEMLOCK, else 0.
 */
int can_do_mlock(void)
{
	if (capable(CAP_IPC_LOCK))
		return 1;
	return current->signal->rlim[RLIMIT_MEMLOCK].rlim_cur != 0;
}
EXPORT_SYMBOL(can_do_mlock);

/* The page is mlocked now: counted, and onto the unevictable list */
static void mlock_vma_page(struct page *page)
{
	if (!TestSetPageMlocked(page)) {
		inc_zone_page_state(page, NR_MLOCK);
		if (!isolate_lru_page(page))
			putback_lru_page(page);
	}
}

/* The page is no longer mlocked: uncounted, and back to an evictable list */
static void munlock_vma_page(struct page *page)
{
	if (TestClearPageMlocked(page)) {
		dec_zone_page_state(page, NR_MLOCK);
		if (!isolate_lru_page(page))
			putback_lru_page(page);
	}
}

/*
 * Fault the page at @addr in (for writing if @write: a private COW copy
 * is made now) and take a reference: 2.6.32's __get_user_pages for one
 * page. Returns the page or ERR_PTR(-ENOMEM or -EFAULT).
 */
static struct page *get_locked_page(struct vm_area_struct *vma, unsigned long addr, int write)
{
	unsigned int foll = FOLL_GET | (write ? FOLL_WRITE : 0);
	struct page *page;
	int fault;

	if (!(vma->vm_flags & (write ? VM_WRITE : VM_READ)))
		return ERR_PTR(-EFAULT);
	while (!(page = follow_page(vma, addr, foll))) {
		fault = handle_mm_fault(vma->vm_mm, vma, addr, write ? FAULT_FLAG_WRITE : 0);
		if (fault & VM_FAULT_OOM)
			return ERR_PTR(-ENOMEM);
		if (fault & VM_FAULT_ERROR)
			return ERR_PTR(-EFAULT);
	}
	return page;
}

/* A page this mapping still owns: anonymous, or a file page not truncated away */
static int page_still_mapped(struct page *page)
{
	return PageSwapBacked(page) || page->mapping;
}

/*
 * Make every page of [@start, @end) present and mlocked; the lowest page
 * of a stack vma (its guard page) is left alone. 0 or the first fault's
 * error; the pages before it stay locked.
 */
static int __mlock_vma_pages_range(struct vm_area_struct *vma, unsigned long start,
				   unsigned long end)
{
	int write = !!(vma->vm_flags & VM_WRITE);
	unsigned long addr = start;

	if ((vma->vm_flags & VM_GROWSDOWN) && start == vma->vm_start)
		addr += PAGE_SIZE;
	for (; addr < end; addr += PAGE_SIZE) {
		struct page *page = get_locked_page(vma, addr, write);

		if (IS_ERR(page))
			return PTR_ERR(page);
		lock_page(page);
		if (page_still_mapped(page))
			mlock_vma_page(page);
		unlock_page(page);
		put_page(page);
		cond_resched();
	}
	return 0;
}

/* mlock answers as POSIX says: a range not all there is -ENOMEM, no memory -EAGAIN */
static int __mlock_posix_error_return(long retval)
{
	if (retval == -EFAULT)
		retval = -ENOMEM;
	else if (retval == -ENOMEM)
		retval = -EAGAIN;
	return retval;
}

/**
 * mlock_vma_pages_range - lock the pages of a new VM_LOCKED mapping
 * @vma: the vma, VM_LOCKED set (MAP_LOCKED, or mlockall(MCL_FUTURE))
 * @start: page-aligned start within it
 * @end: page-aligned end
 *
 * A fault's error is hidden from mmap and brk, as in 2.6.32. Device
 * memory (VM_IO) is never locked: the flag comes off again.
 *
 * Context: mmap_sem held for writing; may sleep.
 * Return: the number of pages not counted as locked (0, or all of them
 * for VM_IO).
 */
long mlock_vma_pages_range(struct vm_area_struct *vma, unsigned long start, unsigned long end)
{
	BUG_ON(!(vma->vm_flags & VM_LOCKED));
	if (vma->vm_flags & VM_IO) {
		vma->vm_flags &= ~VM_LOCKED;
		return (end - start) >> PAGE_SHIFT;
	}
	__mlock_vma_pages_range(vma, start, end);
	return 0;
}

/**
 * munlock_vma_pages_range - unlock the pages of [@start, @end) and clear VM_LOCKED
 * @vma: the vma (the whole of it loses VM_LOCKED: callers split first)
 * @start: page-aligned start
 * @end: page-aligned end
 *
 * Only pages present are looked at: nothing is faulted in. munmap and
 * exit call this before the pages go, so NR_MLOCK comes back down.
 *
 * Context: mmap_sem held for writing; may sleep.
 */
void munlock_vma_pages_range(struct vm_area_struct *vma, unsigned long start, unsigned long end)
{
	unsigned long addr;

	vma->vm_flags &= ~VM_LOCKED;
	for (addr = start; addr < end; addr += PAGE_SIZE) {
		struct page *page = follow_page(vma, addr, FOLL_GET);

		if (!page)
			continue;
		lock_page(page);
		if (page_still_mapped(page))
			munlock_vma_page(page);
		unlock_page(page);
		put_page(page);
		cond_resched();
	}
}

/*
 * Set or clear VM_LOCKED (in @newflags) on [@start, @end) of @vma: split
 * or merge as mprotect does, count locked_vm, then lock or unlock the
 * pages. *@prev is left at the vma that now covers the range's end.
 */
static int mlock_fixup(struct vm_area_struct *vma, struct vm_area_struct **prev,
		       unsigned long start, unsigned long end, unsigned long newflags)
{
	struct mm_struct *mm = vma->vm_mm;
	int lock = !!(newflags & VM_LOCKED);
	unsigned long pgoff;
	long nr_pages;
	int ret = 0;

	if (newflags == vma->vm_flags || (vma->vm_flags & VM_IO))
		goto out; /* nothing to change, or never locked: not counted */
	pgoff = vma->vm_pgoff + ((start - vma->vm_start) >> PAGE_SHIFT);
	*prev = vma_merge(mm, *prev, start, end, newflags, vma->vm_file, pgoff);
	if (*prev) {
		vma = *prev;
		goto success;
	}
	if (start != vma->vm_start) {
		ret = split_vma(mm, vma, start, 1);
		if (ret)
			goto out;
	}
	if (end != vma->vm_end) {
		ret = split_vma(mm, vma, end, 0);
		if (ret)
			goto out;
	}
success:
	nr_pages = (end - start) >> PAGE_SHIFT;
	mm->locked_vm += lock ? nr_pages : -nr_pages;
	if (lock) {
		vma->vm_flags = newflags;
		ret = __mlock_vma_pages_range(vma, start, end);
		if (ret < 0)
			ret = __mlock_posix_error_return(ret);
	} else {
		munlock_vma_pages_range(vma, start, end);
	}
out:
	*prev = vma;
	return ret;
}

/*
 * Lock (@on) or unlock every vma of [@start, @start + @len): -ENOMEM at
 * the first hole, after the vmas before it were done, as 2.6.32.
 */
static int do_mlock(unsigned long start, size_t len, int on)
{
	struct vm_area_struct *vma, *prev;
	unsigned long nstart, end, tmp;
	int error;

	len = PAGE_ALIGN(len);
	end = start + len;
	if (end < start)
		return -EINVAL;
	if (end == start)
		return 0;
	vma = find_vma_prev(current->mm, start, &prev);
	if (!vma || vma->vm_start > start)
		return -ENOMEM;
	if (start > vma->vm_start)
		prev = vma;
	for (nstart = start;;) {
		unsigned long newflags =
			on ? vma->vm_flags | VM_LOCKED : vma->vm_flags & ~VM_LOCKED;

		tmp = min(vma->vm_end, end);
		error = mlock_fixup(vma, &prev, nstart, tmp, newflags);
		if (error)
			break;
		nstart = max(tmp, prev->vm_end);
		if (nstart >= end)
			break;
		vma = prev->vm_next;
		if (!vma || vma->vm_start != nstart) {
			error = -ENOMEM;
			break;
		}
	}
	return error;
}

/**
 * sys_mlock - keep a range of memory resident (system call 150)
 * @start: the start; rounded down to a page
 * @len: the length; the range is rounded out to whole pages
 *
 * Without CAP_IPC_LOCK the pages already locked plus these may not pass
 * RLIMIT_MEMLOCK (a page locked twice counts twice, as in 2.6.32).
 *
 * Context: process context (system call); may sleep.
 * Return: 0, -EPERM (RLIMIT_MEMLOCK is 0 and no CAP_IPC_LOCK), -ENOMEM
 * (over the limit, or part of the range not mapped or not readable),
 * -EAGAIN (no memory for the pages), -EINVAL (the range wraps).
 */
asmlinkage long sys_mlock(unsigned long start, size_t len)
{
	struct mm_struct *mm = current->mm;
	unsigned long locked, lock_limit;
	int error = -ENOMEM;

	if (!can_do_mlock())
		return -EPERM;
	down_write(&mm->mmap_sem);
	len = PAGE_ALIGN(len + (start & ~PAGE_MASK));
	start &= PAGE_MASK;
	locked = (len >> PAGE_SHIFT) + mm->locked_vm;
	lock_limit = current->signal->rlim[RLIMIT_MEMLOCK].rlim_cur >> PAGE_SHIFT;
	if (locked <= lock_limit || capable(CAP_IPC_LOCK))
		error = do_mlock(start, len, 1);
	up_write(&mm->mmap_sem);
	return error;
}

/**
 * sys_munlock - let a range of memory be evicted again (system call 151)
 * @start: the start; rounded down to a page
 * @len: the length; rounded out to whole pages
 *
 * Context: process context (system call); may sleep.
 * Return: 0, -ENOMEM (part of the range not mapped), -EINVAL (it wraps).
 */
asmlinkage long sys_munlock(unsigned long start, size_t len)
{
	struct mm_struct *mm = current->mm;
	int ret;

	down_write(&mm->mmap_sem);
	len = PAGE_ALIGN(len + (start & ~PAGE_MASK));
	start &= PAGE_MASK;
	ret = do_mlock(start, len, 0);
	up_write(&mm->mmap_sem);
	return ret;
}

/* MCL_FUTURE goes in def_flags; MCL_CURRENT (or 0: munlockall) sets or clears every vma */
static int do_mlockall(int flags)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma, *prev = NULL;

	mm->def_flags = (flags & MCL_FUTURE) ? VM_LOCKED : 0;
	if (flags == MCL_FUTURE)
		return 0;
	for (vma = mm->mmap; vma; vma = prev->vm_next) {
		unsigned long newflags = vma->vm_flags | VM_LOCKED;

		if (!(flags & MCL_CURRENT))
			newflags &= ~VM_LOCKED;
		mlock_fixup(vma, &prev, vma->vm_start, vma->vm_end, newflags); /* errors ignored */
	}
	return 0;
}

/**
 * sys_mlockall - lock the whole address space (system call 152)
 * @flags: MCL_CURRENT (what is mapped now), MCL_FUTURE (what will be), or both
 *
 * Context: process context (system call); may sleep.
 * Return: 0, -EINVAL (no flag, or an unknown one), -EPERM (RLIMIT_MEMLOCK
 * 0 and no CAP_IPC_LOCK), -ENOMEM (MCL_CURRENT and the address space is
 * larger than RLIMIT_MEMLOCK, without CAP_IPC_LOCK).
 */
asmlinkage long sys_mlockall(int flags)
{
	struct mm_struct *mm = current->mm;
	unsigned long lock_limit;
	int ret;

	if (!flags || (flags & ~(MCL_CURRENT | MCL_FUTURE)))
		return -EINVAL;
	if (!can_do_mlock())
		return -EPERM;
	down_write(&mm->mmap_sem);
	lock_limit = current->signal->rlim[RLIMIT_MEMLOCK].rlim_cur >> PAGE_SHIFT;
	ret = -ENOMEM;
	if (!(flags & MCL_CURRENT) || mm->total_vm <= lock_limit || capable(CAP_IPC_LOCK))
		ret = do_mlockall(flags);
	up_write(&mm->mmap_sem);
	return ret;
}

/**
 * sys_munlockall - unlock everything, and stop locking new mappings (system call 153)
 *
 * Context: process context (system call); may sleep.
 * Return: 0.
 */
asmlinkage long sys_munlockall(void)
{
	struct mm_struct *mm = current->mm;
	int ret;

	down_write(&mm->mmap_sem);
	ret = do_mlockall(0);
	up_write(&mm->mmap_sem);
	return ret;
}
