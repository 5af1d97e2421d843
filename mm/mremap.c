/*
 * mremap.c - growing, shrinking and moving a mapping (mremap(2)).
 *
 * mremap(addr, old_len, new_len, flags, new_addr) resizes the mapping
 * that starts at addr, as 2.6.32's mm/mremap.c does:
 *
 *   shrink           the tail is unmapped (do_munmap); always possible
 *   grow in place    when old_len reaches the vma's end and the pages
 *                    after it are free: vma_adjust() moves vm_end
 *   move             with MREMAP_MAYMOVE, when it cannot grow in place
 *                    (or with MREMAP_FIXED, to new_addr): a vma for the
 *                    new range (copy_vma, which may merge it with a
 *                    neighbour), the ptes moved over (the pages keep
 *                    their contents and their owners; nothing is copied),
 *                    then the old range unmapped
 *
 * Moving the ptes rather than the pages is what makes mremap cheap: a
 * glibc realloc() of a large block moves page-table entries, and the
 * page-table pages the new range needs are allocated first, so a failure
 * leaves everything as it was. The vmas stay in their list and rbtree
 * through the same calls mmap and munmap use (mm/mmap.c).
 *
 * An mlock()ed vma stays locked: it may grow only within RLIMIT_MEMLOCK
 * (-EAGAIN), the pages it grows by are locked at once (mm/mlock.c), and
 * locked_vm follows, as in 2.6.32.
 *
 * Differences from 2.6.32: no VM_ACCOUNT (commit charge) or hugetlb
 * cases, which Linnet does not have; the ptes are moved under
 * the page-table lock one page directory entry at a time. A moved
 * anonymous vma always keeps its page offset (mm/mmap.c:copy_vma says
 * why). Shared anonymous memory: 2.6.32's is a shmem object that keeps
 * the size it was made with, so the pages a mapping grows by raise
 * SIGBUS; Linnet's has no object behind it and is populated at mmap
 * (mm/mmap.c), so the pages it grows by are populated too and work.
 * See docs/processes.md.
 */
#include <linux/kernel.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/capability.h>
#include <linux/resource.h>
#include <linux/rwsem.h>
#include <linux/sched.h>
#include <asm/pgtable.h>

/* The pte of @addr if its page table exists (2.6.32's get_old_pmd, one level less) */
static pte_t *get_old_pte(struct mm_struct *mm, unsigned long addr)
{
	pgd_t *pgd = pgd_offset(mm, addr);

	return pgd_none(*pgd) ? NULL : pte_offset_kernel((pmd_t *)pgd, addr);
}

/* Make sure @addr has a page table; 0 or -ENOMEM (2.6.32's alloc_new_pmd) */
static int alloc_new_pte(struct mm_struct *mm, unsigned long addr)
{
	pgd_t *pgd = pgd_offset(mm, addr);
	struct page *page;

	if (!pgd_none(*pgd))
		return 0;
	page = alloc_page(GFP_KERNEL | __GFP_ZERO);
	if (!page)
		return -ENOMEM;
	spin_lock(&mm->page_table_lock);
	if (pgd_none(*pgd)) {
		*pgd = __pgd(page_to_phys(page) | _PAGE_TABLE);
		page = NULL;
	}
	spin_unlock(&mm->page_table_lock);
	if (page)
		__free_page(page);
	return 0;
}

/* Move the present ptes of [@old_addr, + @len) to @new_addr; page tables exist */
static void move_ptes(struct mm_struct *mm, unsigned long old_addr, unsigned long new_addr,
		      unsigned long len)
{
	unsigned long end = old_addr + len;

	for (; old_addr < end; old_addr += PAGE_SIZE, new_addr += PAGE_SIZE) {
		pte_t *old = get_old_pte(mm, old_addr), *new;

		if (!old || !pte_present(*old))
			continue;
		new = get_old_pte(mm, new_addr);
		set_pte(new, *old);
		pte_clear(mm, old_addr, old);
	}
}

/*
 * Move the ptes of @len bytes from @old_addr to @new_addr, one page
 * table's worth at a time: the new page table is allocated first (it may
 * sleep), then the ptes move under the page-table lock and, for a file
 * mapping, its i_mmap_lock (truncate walks the file's vmas and clears
 * their ptes). Returns how many bytes were moved.
 */
static unsigned long move_page_tables(struct vm_area_struct *vma, unsigned long old_addr,
				      unsigned long new_addr, unsigned long len)
{
	struct address_space *mapping = vma->vm_file ? vma->vm_file->f_mapping : NULL;
	struct mm_struct *mm = vma->vm_mm;
	unsigned long done = 0;

	while (done < len) {
		unsigned long o = old_addr + done, n = new_addr + done;
		unsigned long extent =
			min(PGDIR_SIZE - (o & ~PGDIR_MASK), PGDIR_SIZE - (n & ~PGDIR_MASK));

		extent = min(extent, len - done);
		if (get_old_pte(mm, o)) {
			if (alloc_new_pte(mm, n))
				break;
			if (mapping)
				spin_lock(&mapping->i_mmap_lock);
			spin_lock(&mm->page_table_lock);
			move_ptes(mm, o, n, extent);
			spin_unlock(&mm->page_table_lock);
			if (mapping)
				spin_unlock(&mapping->i_mmap_lock);
		}
		done += extent;
	}
	if (mm == current->active_mm)
		__flush_tlb_all();
	return done;
}

/* Shared memory no file backs is populated at mmap: so are the pages it grows by */
static int populate_grown(struct vm_area_struct *vma, unsigned long start, unsigned long end)
{
	if (vma->vm_ops || !(vma->vm_flags & VM_SHARED))
		return 0;
	for (; start < end; start += PAGE_SIZE)
		if (handle_mm_fault(vma->vm_mm, vma, start, FAULT_FLAG_WRITE) & VM_FAULT_ERROR)
			return -ENOMEM;
	return 0;
}

static unsigned long move_vma(struct vm_area_struct *vma, unsigned long old_addr,
			      unsigned long old_len, unsigned long new_len, unsigned long new_addr)
{
	struct mm_struct *mm = vma->vm_mm;
	struct vm_area_struct *new_vma;
	unsigned long new_pgoff, moved, vm_flags = vma->vm_flags;

	/* do_munmap below may split one vma into three: fail now rather than then */
	if (mm->map_count >= DEFAULT_MAX_MAP_COUNT - 3)
		return -ENOMEM;
	new_pgoff = vma->vm_pgoff + ((old_addr - vma->vm_start) >> PAGE_SHIFT);
	new_vma = copy_vma(&vma, new_addr, new_len, new_pgoff);
	if (!new_vma)
		return -ENOMEM;
	moved = move_page_tables(vma, old_addr, new_addr, old_len);
	if (moved < old_len) {
		/* Out of page tables: move back what moved, and unmap the new range instead */
		move_page_tables(new_vma, new_addr, old_addr, moved);
		vma = new_vma;
		old_len = new_len;
		old_addr = new_addr;
		new_addr = -ENOMEM;
	}
	/* do_munmap takes old_len off the counters: the new range's pages come on */
	mm->total_vm += new_len >> PAGE_SHIFT;
	vm_stat_account(mm, vma->vm_flags, vma->vm_file, new_len >> PAGE_SHIFT);
	do_munmap(mm, old_addr, old_len);
	if (vm_flags & VM_LOCKED) { /* do_munmap uncounted the old range; the pages moved locked */
		mm->locked_vm += new_len >> PAGE_SHIFT;
		if (new_len > old_len)
			mlock_vma_pages_range(new_vma, new_addr + old_len, new_addr + new_len);
	}
	if (!IS_ERR_VALUE(new_addr) && new_len > old_len &&
	    populate_grown(find_vma(mm, new_addr), new_addr + old_len, new_addr + new_len))
		return -ENOMEM;
	return new_addr;
}

/* May a locked vma grow from @old_len to @new_len bytes under RLIMIT_MEMLOCK? */
static bool may_lock_grow(struct mm_struct *mm, unsigned long old_len, unsigned long new_len)
{
	unsigned long locked = (mm->locked_vm << PAGE_SHIFT) + new_len - old_len;

	return locked <= current->signal->rlim[RLIMIT_MEMLOCK].rlim_cur || capable(CAP_IPC_LOCK);
}

/* The vma holding [@addr, @addr + @old_len), if it may become @new_len long */
static struct vm_area_struct *vma_to_resize(unsigned long addr, unsigned long old_len,
					    unsigned long new_len)
{
	struct vm_area_struct *vma = find_vma(current->mm, addr);

	/* 2.6.32's -EFAULT for a range that is not one vma ("very odd choice", it says) */
	if (!vma || vma->vm_start > addr || old_len > vma->vm_end - addr)
		return ERR_PTR(-EFAULT);
	if (new_len > old_len) {
		unsigned long pgoff = vma->vm_pgoff + ((addr - vma->vm_start) >> PAGE_SHIFT);

		if (pgoff + (new_len >> PAGE_SHIFT) < pgoff)
			return ERR_PTR(-EINVAL);
	}
	if ((vma->vm_flags & VM_LOCKED) && !may_lock_grow(vma->vm_mm, old_len, new_len))
		return ERR_PTR(-EAGAIN);
	return vma;
}

/* MREMAP_FIXED: to @new_addr, whatever is mapped there going first */
static unsigned long mremap_to(unsigned long addr, unsigned long old_len, unsigned long new_addr,
			       unsigned long new_len)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;
	unsigned long ret, map_flags = MAP_FIXED;

	if (new_addr & ~PAGE_MASK)
		return -EINVAL;
	if (new_len > TASK_SIZE || new_addr > TASK_SIZE - new_len)
		return -EINVAL;
	/* the two ranges may not overlap */
	if (new_addr <= addr && new_addr + new_len > addr)
		return -EINVAL;
	if (addr <= new_addr && addr + old_len > new_addr)
		return -EINVAL;
	ret = do_munmap(mm, new_addr, new_len);
	if (ret)
		return ret;
	if (old_len >= new_len) {
		ret = do_munmap(mm, addr + new_len, old_len - new_len);
		if (ret && old_len != new_len)
			return ret;
		old_len = new_len;
	}
	vma = vma_to_resize(addr, old_len, new_len);
	if (IS_ERR(vma))
		return PTR_ERR(vma);
	if (vma->vm_flags & VM_MAYSHARE)
		map_flags |= MAP_SHARED;
	ret = get_unmapped_area(vma->vm_file, new_addr, new_len,
				vma->vm_pgoff + ((addr - vma->vm_start) >> PAGE_SHIFT), map_flags);
	if (ret & ~PAGE_MASK)
		return ret;
	return move_vma(vma, addr, old_len, new_len, new_addr);
}

/* Whether @vma can grow by @delta bytes where it is */
static int vma_expandable(struct vm_area_struct *vma, unsigned long delta)
{
	unsigned long end = vma->vm_end + delta;

	if (end < vma->vm_end)
		return 0;
	if (vma->vm_next && vma->vm_next->vm_start < end)
		return 0;
	return !(get_unmapped_area(NULL, vma->vm_start, end - vma->vm_start, 0, MAP_FIXED) &
		 ~PAGE_MASK);
}

/**
 * do_mremap - resize, and perhaps move, the mapping at @addr
 * @addr: page-aligned start of the range
 * @old_len: its length (rounded up to pages)
 * @new_len: the length wanted (rounded up to pages; not 0)
 * @flags: MREMAP_MAYMOVE, MREMAP_FIXED (which needs MREMAP_MAYMOVE)
 * @new_addr: where to, with MREMAP_FIXED
 *
 * Context: mmap_sem held for writing.
 * Return: the mapping's (new) address, or -EINVAL (bad flags, alignment
 * or length), -EFAULT (the range is not within one vma), -ENOMEM (no
 * room to grow and not allowed to move, or out of memory).
 */
unsigned long do_mremap(unsigned long addr, unsigned long old_len, unsigned long new_len,
			unsigned long flags, unsigned long new_addr)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;
	unsigned long ret, map_flags = 0;

	if (flags & ~(MREMAP_FIXED | MREMAP_MAYMOVE))
		return -EINVAL;
	if (addr & ~PAGE_MASK)
		return -EINVAL;
	old_len = PAGE_ALIGN(old_len);
	new_len = PAGE_ALIGN(new_len);
	if (!new_len)
		return -EINVAL;
	if (flags & MREMAP_FIXED)
		return flags & MREMAP_MAYMOVE ? mremap_to(addr, old_len, new_addr, new_len) :
						-EINVAL;
	/* Shrinking just unmaps the tail */
	if (old_len >= new_len) {
		ret = do_munmap(mm, addr + new_len, old_len - new_len);
		if (ret && old_len != new_len)
			return ret;
		return addr;
	}
	vma = vma_to_resize(addr, old_len, new_len);
	if (IS_ERR(vma))
		return PTR_ERR(vma);
	/* Up to the vma's end, and free after it: grow where it is */
	if (old_len == vma->vm_end - addr && vma_expandable(vma, new_len - old_len)) {
		long pages = (new_len - old_len) >> PAGE_SHIFT;

		vma_adjust(vma, vma->vm_start, addr + new_len, vma->vm_pgoff, NULL);
		mm->total_vm += pages;
		vm_stat_account(mm, vma->vm_flags, vma->vm_file, pages);
		if (vma->vm_flags & VM_LOCKED) {
			mm->locked_vm += pages;
			mlock_vma_pages_range(vma, addr + old_len, addr + new_len);
		}
		if (populate_grown(vma, addr + old_len, addr + new_len))
			return -ENOMEM;
		return addr;
	}
	if (!(flags & MREMAP_MAYMOVE))
		return -ENOMEM;
	if (vma->vm_flags & VM_MAYSHARE)
		map_flags |= MAP_SHARED;
	new_addr = get_unmapped_area(vma->vm_file, 0, new_len,
				     vma->vm_pgoff + ((addr - vma->vm_start) >> PAGE_SHIFT),
				     map_flags);
	if (new_addr & ~PAGE_MASK)
		return new_addr;
	return move_vma(vma, addr, old_len, new_len, new_addr);
}

/**
 * sys_mremap - grow, shrink or move a mapping (system call 163)
 * @addr: page-aligned start
 * @old_len: the length mapped there now
 * @new_len: the length wanted
 * @flags: MREMAP_MAYMOVE, MREMAP_FIXED
 * @new_addr: the destination with MREMAP_FIXED
 *
 * Context: process context (system call).
 * Return: as do_mremap().
 */
asmlinkage unsigned long sys_mremap(unsigned long addr, unsigned long old_len,
				    unsigned long new_len, unsigned long flags,
				    unsigned long new_addr)
{
	struct mm_struct *mm = current->mm;
	unsigned long ret;

	down_write(&mm->mmap_sem);
	ret = do_mremap(addr, old_len, new_len, flags, new_addr);
	up_write(&mm->mmap_sem);
	return ret;
}
