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
 * process's own. Linux 2.6.32 also merges vmas that become alike; Linnet
 * leaves them split. See docs/processes.md.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/rwsem.h>

static int mprotect_fixup(struct vm_area_struct *vma, unsigned long start, unsigned long end,
			  unsigned long newflags)
{
	struct mm_struct *mm = vma->vm_mm;

	if ((newflags & VM_WRITE) && !(vma->vm_flags & VM_MAYWRITE))
		return -EACCES;
	if (start > vma->vm_start) {
		if (split_vma(mm, vma, start))
			return -ENOMEM;
		vma = vma->vm_next;
	}
	if (end < vma->vm_end && split_vma(mm, vma, end))
		return -ENOMEM;
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
 * Context: process context (system call).
 * Return: 0, -EINVAL (unaligned start, unknown bits), -ENOMEM (a hole
 * or unmapped range), -EACCES (write to a mapping that may not be written).
 */
asmlinkage long sys_mprotect(unsigned long start, size_t len, unsigned long prot)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma, *next;
	unsigned long end, nstart;
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
	down_write(&mm->mmap_sem);
	vma = find_vma(mm, start);
	if (!vma || vma->vm_start > start)
		goto out;
	for (nstart = start;;) {
		unsigned long newflags = vma->vm_flags & ~(VM_READ | VM_WRITE | VM_EXEC);
		unsigned long tmp = min(vma->vm_end, end);

		newflags |= (prot & PROT_READ ? VM_READ : 0) | (prot & PROT_WRITE ? VM_WRITE : 0) |
			    (prot & PROT_EXEC ? VM_EXEC : 0);
		next = vma->vm_next;
		error = mprotect_fixup(vma, nstart, tmp, newflags);
		if (error || tmp >= end)
			goto out;
		nstart = tmp;
		vma = next;
		error = -ENOMEM;
		if (!vma || vma->vm_start != nstart)
			goto out;
	}
out:
	up_write(&mm->mmap_sem);
	return error;
}
