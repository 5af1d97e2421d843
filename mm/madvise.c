/*
 * madvise.c - madvise(2): what a process tells the kernel about how it
 * will use a range of its memory.
 *
 * Most advice is only a hint, kept in the vma's flags: MADV_SEQUENTIAL
 * and MADV_RANDOM set VM_SEQ_READ or VM_RAND_READ (a kernel with
 * readahead would read more or less around a fault), MADV_NORMAL clears
 * both. MADV_DONTFORK sets VM_DONTCOPY, which fork honours: the child
 * has no such vma at all (kernel/fork.c:dup_mmap), so a program can keep
 * a buffer a device is writing into out of copy-on-write. MADV_DOFORK
 * clears it. Changing the flags of part of a vma is mprotect's problem
 * again: the range is split off its vma (mm/mmap.c:split_vma), or made
 * part of a neighbour with the same flags (mm/mmap.c:vma_merge), so
 * /proc/PID/maps shows the pieces.
 *
 * Two pieces of advice act at once. MADV_DONTNEED throws the range's
 * pages away (mm/memory.c:unmap_page_range): the next touch faults a
 * fresh page in, which is zero for private anonymous memory and the
 * file's contents for a file mapping (a private copy is lost, a page
 * of a MAP_SHARED file lives on in the page cache). MADV_REMOVE also
 * frees the backing store (punches a hole in the file). The system
 * call walks the vmas covering [start, start + len); a hole in the range
 * is skipped and reported as -ENOMEM after the mapped parts got the
 * advice, unlike mprotect, which stops at the hole. All of this is
 * 2.6.32's mm/madvise.c.
 *
 * Differences from 2.6.32, each for a reason Linnet has:
 * - mmap_sem is always taken for writing: Linnet's unmap_page_range()
 *   expects the writer (2.6.32 takes it for reading for DONTNEED,
 *   WILLNEED and REMOVE).
 * - MADV_WILLNEED on a file does nothing: Linnet has no readahead
 *   (2.6.32 starts force_page_cache_readahead). Anonymous memory is
 *   -EBADF, as 2.6.32 (6.1 swaps the pages in instead, and returns 0).
 * - MADV_REMOVE: no Linnet filesystem can punch a hole (2.6.32's
 *   ->truncate_range, which only shmem has; Linnet's tmpfs is ramfs, as
 *   2.6.32 built without CONFIG_SHMEM), so a shared writable file mapping
 *   gets 2.6.32's -ENOSYS. So does shared anonymous memory, which 2.6.32
 *   without CONFIG_SHMEM backs with a ramfs file and Linnet with no file
 *   at all (6.1's tmpfs punches the hole and returns 0 for both).
 * - MADV_DONTNEED on shared anonymous memory leaves the pages: in Linnet
 *   the ptes of every process sharing them are their only home (2.6.32
 *   drops the ptes and finds the page again in shmem, so the data is
 *   kept either way).
 * - KSM (MADV_MERGEABLE, MADV_UNMERGEABLE) and memory-failure injection
 *   (MADV_HWPOISON) are not built: -EINVAL, as 2.6.32 without CONFIG_KSM
 *   and CONFIG_MEMORY_FAILURE. VM_LOCKED (mlock, MAP_LOCKED: mm/mlock.c)
 *   makes MADV_DONTNEED -EINVAL, as in 2.6.32.
 *
 * See docs/processes.md (the memory system calls) for a tour.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/rwsem.h>
#include <linux/fs.h>

/*
 * Give [@start, @end) of @vma the flags the hint means: split it off or
 * merge it into a neighbour, as mprotect does. *@prev becomes the vma
 * holding the range. A failed split is -EAGAIN, as 2.6.32's.
 */
static long madvise_behavior(struct vm_area_struct *vma, struct vm_area_struct **prev,
			     unsigned long start, unsigned long end, int behavior)
{
	struct mm_struct *mm = vma->vm_mm;
	unsigned long new_flags = vma->vm_flags;
	unsigned long pgoff;
	int error = 0;

	switch (behavior) {
	case MADV_NORMAL:
		new_flags &= ~(VM_RAND_READ | VM_SEQ_READ);
		break;
	case MADV_SEQUENTIAL:
		new_flags = (new_flags & ~VM_RAND_READ) | VM_SEQ_READ;
		break;
	case MADV_RANDOM:
		new_flags = (new_flags & ~VM_SEQ_READ) | VM_RAND_READ;
		break;
	case MADV_DONTFORK:
		new_flags |= VM_DONTCOPY;
		break;
	case MADV_DOFORK:
		if (vma->vm_flags & VM_IO)
			return -EINVAL;
		new_flags &= ~VM_DONTCOPY;
		break;
	}
	if (new_flags == vma->vm_flags) {
		*prev = vma;
		return 0;
	}
	pgoff = vma->vm_pgoff + ((start - vma->vm_start) >> PAGE_SHIFT);
	*prev = vma_merge(mm, *prev, start, end, new_flags, vma->vm_file, pgoff);
	if (*prev) {
		vma = *prev;
		goto success;
	}
	*prev = vma;
	if (start != vma->vm_start) {
		error = split_vma(mm, vma, start, 1);
		if (error)
			goto out;
	}
	if (end != vma->vm_end) {
		error = split_vma(mm, vma, end, 0);
		if (error)
			goto out;
	}
success:
	vma->vm_flags = new_flags;
out:
	if (error == -ENOMEM)
		error = -EAGAIN;
	return error;
}

/* Read the range in ahead of use: a file only, and Linnet has no readahead */
static long madvise_willneed(struct vm_area_struct *vma, struct vm_area_struct **prev)
{
	*prev = vma;
	if (!vma->vm_file)
		return -EBADF;
	return 0;
}

/*
 * Drop the pages of [@start, @end): the next touch faults in a zero page
 * or the file's. Locked memory keeps its pages (-EINVAL). Shared
 * anonymous pages stay: see the file's comment.
 */
static long madvise_dontneed(struct vm_area_struct *vma, struct vm_area_struct **prev,
			     unsigned long start, unsigned long end)
{
	*prev = vma;
	if (vma->vm_flags & (VM_LOCKED | VM_IO))
		return -EINVAL;
	if ((vma->vm_flags & VM_SHARED) && !vma->vm_file)
		return 0;
	unmap_page_range(vma->vm_mm, start, end);
	return 0;
}

/*
 * Free the range's pages and the file blocks behind them: 2.6.32's
 * checks, then its answer for a filesystem without ->truncate_range,
 * which is every one Linnet has.
 */
static long madvise_remove(struct vm_area_struct *vma, struct vm_area_struct **prev)
{
	struct file *f = vma->vm_file;

	*prev = vma;
	if (vma->vm_flags & VM_LOCKED)
		return -EINVAL;
	/* shared anonymous memory: 2.6.32 without CONFIG_SHMEM backs it with a ramfs file */
	if (!f && !(vma->vm_flags & VM_SHARED))
		return -EINVAL;
	if (f && (!f->f_mapping || !f->f_mapping->host))
		return -EINVAL;
	if ((vma->vm_flags & (VM_SHARED | VM_WRITE)) != (VM_SHARED | VM_WRITE))
		return -EACCES;
	return -ENOSYS;
}

static long madvise_vma(struct vm_area_struct *vma, struct vm_area_struct **prev,
			unsigned long start, unsigned long end, int behavior)
{
	switch (behavior) {
	case MADV_REMOVE:
		return madvise_remove(vma, prev);
	case MADV_WILLNEED:
		return madvise_willneed(vma, prev);
	case MADV_DONTNEED:
		return madvise_dontneed(vma, prev, start, end);
	default:
		return madvise_behavior(vma, prev, start, end, behavior);
	}
}

/* The advice this kernel knows: 2.6.32's list without CONFIG_KSM */
static bool madvise_behavior_valid(int behavior)
{
	switch (behavior) {
	case MADV_DOFORK:
	case MADV_DONTFORK:
	case MADV_NORMAL:
	case MADV_SEQUENTIAL:
	case MADV_RANDOM:
	case MADV_REMOVE:
	case MADV_WILLNEED:
	case MADV_DONTNEED:
		return true;
	default:
		return false;
	}
}

/**
 * sys_madvise - give advice about the use of a range of memory
 * @start: page-aligned start
 * @len_in: length (rounded up to pages)
 * @behavior: MADV_NORMAL, MADV_RANDOM, MADV_SEQUENTIAL, MADV_WILLNEED,
 *            MADV_DONTNEED, MADV_REMOVE, MADV_DONTFORK or MADV_DOFORK
 *
 * The vmas covering the range get the advice one after another, from the
 * lowest. A hole in the range does not stop the walk: the mapped parts
 * get the advice and the call returns -ENOMEM, as 2.6.32's.
 *
 * Context: process context (system call); takes mmap_sem for writing.
 * Return: 0; -EINVAL for unknown advice (KSM and HWPOISON included),
 * an unaligned start, a range that wraps, or DONTNEED/REMOVE on locked
 * memory; -ENOMEM if part of the range is not mapped; -EBADF for
 * WILLNEED on memory no file backs; -EACCES or -ENOSYS from REMOVE (see
 * madvise_remove); -EAGAIN when a vma cannot be split.
 */
asmlinkage long sys_madvise(unsigned long start, size_t len_in, int behavior)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma, *prev;
	unsigned long end, tmp;
	int unmapped_error = 0;
	long error = -EINVAL;
	size_t len;

	if (!madvise_behavior_valid(behavior))
		return -EINVAL;
	down_write(&mm->mmap_sem);
	if (start & ~PAGE_MASK)
		goto out;
	len = (len_in + ~PAGE_MASK) & PAGE_MASK;
	if (len_in && !len) /* a length just under 4 GiB rounded to 0 */
		goto out;
	end = start + len;
	if (end < start)
		goto out;
	error = 0;
	if (end == start)
		goto out;

	vma = find_vma_prev(mm, start, &prev);
	if (vma && start > vma->vm_start)
		prev = vma;
	for (;;) {
		error = -ENOMEM;
		if (!vma)
			goto out;
		/* A hole before this vma: skip it, and remember it for the end */
		if (start < vma->vm_start) {
			unmapped_error = -ENOMEM;
			start = vma->vm_start;
			if (start >= end)
				goto out;
		}
		tmp = min(vma->vm_end, end);
		error = madvise_vma(vma, &prev, start, tmp, behavior);
		if (error)
			goto out;
		start = tmp;
		if (start < prev->vm_end)
			start = prev->vm_end;
		error = unmapped_error;
		if (start >= end)
			goto out;
		vma = prev->vm_next;
	}
out:
	up_write(&mm->mmap_sem);
	return error;
}
