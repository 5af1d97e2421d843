/*
 * mincore.c - mincore(2): which pages of a range are resident.
 *
 * For each page of [start, start + len) the caller gets a byte whose
 * low bit says whether the page is in memory: mapped by a present pte,
 * or, for a file mapping whose pte is empty, in the file's page cache
 * (so a page another process brought in counts). The walk goes vma by
 * vma, a page of bytes at a time, and a hole in the range ends it with
 * -ENOMEM, the bytes for the pages before it already written. All of
 * this is 2.6.32's mm/mincore.c, less its swap entries and huge pages,
 * which Linnet does not have. See docs/processes.md.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/pagemap.h>
#include <linux/gfp.h>
#include <asm/uaccess.h>

/* Is the page at @pgoff of @mapping in the page cache and up to date? */
static unsigned char mincore_page(struct address_space *mapping, pgoff_t pgoff)
{
	struct page *page = find_get_page(mapping, pgoff);
	unsigned char present = 0;

	if (page) {
		present = PageUptodate(page);
		put_page(page);
	}
	return present;
}

/*
 * The bytes for up to @pages pages from @addr, within one vma, into @vec.
 * Returns how many pages it did, or -ENOMEM if @addr is not mapped.
 */
static long do_mincore(unsigned long addr, unsigned char *vec, unsigned long pages)
{
	struct vm_area_struct *vma = find_vma(current->mm, addr);
	unsigned long nr, i;

	if (!vma || addr < vma->vm_start)
		return -ENOMEM;
	nr = min(pages, (vma->vm_end - addr) >> PAGE_SHIFT);
	for (i = 0; i < nr; i++, addr += PAGE_SIZE) {
		if (follow_page(vma, addr, 0))
			vec[i] = 1;
		else if (vma->vm_file)
			vec[i] = mincore_page(vma->vm_file->f_mapping,
					      vma->vm_pgoff +
						      ((addr - vma->vm_start) >> PAGE_SHIFT));
		else
			vec[i] = 0;
	}
	return nr;
}

/**
 * sys_mincore - which pages of a range are in memory (system call 218)
 * @start: the range's start; must be page-aligned
 * @len: its length, rounded up to pages
 * @vec: one byte per page; bit 0 set if the page is resident
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL (@start not aligned), -ENOMEM (the range is not all
 * in user space, or not all mapped), -EFAULT (@vec), -EAGAIN (no memory).
 */
asmlinkage long sys_mincore(unsigned long start, size_t len, unsigned char __user *vec)
{
	unsigned long pages;
	unsigned char *tmp;
	long retval;

	if (start & ~PAGE_CACHE_MASK)
		return -EINVAL;
	if (!access_ok(VERIFY_READ, (void __user *)start, len))
		return -ENOMEM;
	pages = len >> PAGE_SHIFT;
	pages += (len & ~PAGE_MASK) != 0;
	if (!access_ok(VERIFY_WRITE, vec, pages))
		return -EFAULT;
	tmp = (void *)__get_free_page(GFP_USER);
	if (!tmp)
		return -EAGAIN;
	retval = 0;
	while (pages) {
		down_read(&current->mm->mmap_sem);
		retval = do_mincore(start, tmp, min(pages, PAGE_SIZE));
		up_read(&current->mm->mmap_sem);
		if (retval <= 0)
			break;
		if (copy_to_user(vec, tmp, retval)) {
			retval = -EFAULT;
			break;
		}
		pages -= retval;
		vec += retval;
		start += retval << PAGE_SHIFT;
		retval = 0;
	}
	free_page((unsigned long)tmp);
	return retval;
}
