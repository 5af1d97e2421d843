/*
 * mprotect.c - changing the permissions of a range of an address space.
 *
 * mprotect() walks the vmas covering the range (they must cover it
 * without a hole, else -ENOMEM), splits the first and last where the
 * range cuts them, gives each the new VM_READ/VM_WRITE/VM_EXEC and the
 * pte bits that go with them, and rewrites the present ptes
 * (mm/memory.c:change_protection). A private writable vma's ptes stay
 * read-only (PAGE_COPY): its first write still goes through the
 * copy-on-write fault, which makes the page writable if it is the
 * process's own. A range whose new flags match a neighbour's joins it
 * instead of being split off (mm/mmap.c:vma_merge), so mprotecting a
 * page away and back leaves one vma again, as in 2.6.32. See
 * docs/processes.md.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/rwsem.h>

/*
 * Give [@start, @end) of @vma the flags @newflags. First try to make it
 * part of a neighbour (vma_merge: the range may join the vma before or
 * after, or fill the gap between them); otherwise split @vma where the
 * range cuts it. *@pprev becomes the vma now holding the range, which is
 * the one before whatever the caller looks at next. As 2.6.32's.
 */
static int mprotect_fixup(struct vm_area_struct *vma, struct vm_area_struct **pprev,
			  unsigned long start, unsigned long end, unsigned long newflags)
{
	struct mm_struct *mm = vma->vm_mm;
	unsigned long pgoff;
	int error;

	if (newflags == vma->vm_flags) {
		*pprev = vma;
		return 0;
	}
	pgoff = vma->vm_pgoff + ((start - vma->vm_start) >> PAGE_SHIFT);
	*pprev = vma_merge(mm, *pprev, start, end, newflags, vma->vm_file, pgoff);
	if (*pprev) {
		vma = *pprev;
		goto success;
	}
	*pprev = vma;
	if (start != vma->vm_start) {
		error = split_vma(mm, vma, start, 1);
		if (error)
			return error;
	}
	if (end != vma->vm_end) {
		error = split_vma(mm, vma, end, 0);
		if (error)
			return error;
	}
success:
	vma->vm_flags = newflags;
	vma->vm_page_prot = vm_get_page_prot(newflags);
	change_protection(mm, start, end, vma->vm_page_prot);
	return 0;
}

/**
 * sys_mprotect - set the access permissions of a range
 * @start: page-aligned start
 * @len: length (rounded up to pages)
 * @prot: PROT_READ, PROT_WRITE, PROT_EXEC (or PROT_NONE)
 *
 * The vmas covering the range are changed one after another, from the
 * lowest: a hole stops the walk with -ENOMEM, and what was changed
 * before it stays changed (as in 2.6.32).
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL (unaligned start, unknown bits), -ENOMEM (a hole
 * or unmapped range), -EACCES (a permission the mapping may never have:
 * write to a read-only open file's shared mapping, exec on a noexec mount).
 */
asmlinkage long sys_mprotect(unsigned long start, size_t len, unsigned long prot)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma, *prev;
	unsigned long end, nstart, vm_flags;
	int error = -ENOMEM;

	if (start & ~PAGE_MASK)
		return -EINVAL;
	if (!len)
		return 0;
	len = PAGE_ALIGN(len);
	end = start + len;
	if (end <= start)
		return -ENOMEM;
	if (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC))
		return -EINVAL;
	vm_flags = (prot & PROT_READ ? VM_READ : 0) | (prot & PROT_WRITE ? VM_WRITE : 0) |
		   (prot & PROT_EXEC ? VM_EXEC : 0);
	down_write(&mm->mmap_sem);
	vma = find_vma_prev(mm, start, &prev);
	if (!vma || vma->vm_start > start)
		goto out;
	if (start > vma->vm_start)
		prev = vma;
	for (nstart = start;;) {
		unsigned long newflags =
			vm_flags | (vma->vm_flags & ~(VM_READ | VM_WRITE | VM_EXEC));
		unsigned long tmp = min(vma->vm_end, end);

		/* VM_MAYREAD.. sit 4 bits above VM_READ..: each bit asked must be allowed */
		if ((newflags & ~(newflags >> 4)) & (VM_READ | VM_WRITE | VM_EXEC)) {
			error = -EACCES;
			goto out;
		}
		error = mprotect_fixup(vma, &prev, nstart, tmp, newflags);
		if (error)
			goto out;
		nstart = tmp;
		if (nstart < prev->vm_end)
			nstart = prev->vm_end;
		if (nstart >= end)
			goto out;
		vma = prev->vm_next;
		if (!vma || vma->vm_start != nstart) {
			error = -ENOMEM;
			goto out;
		}
	}
out:
	up_write(&mm->mmap_sem);
	return error;
}
