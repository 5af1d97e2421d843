/*
 * msync.c - msync(): make a shared file mapping's writes reach the file.
 *
 * A MAP_SHARED mapping writes straight into the page-cache pages of its
 * file (mm/memory.c), so read() sees the writes at once; what msync()
 * adds is writing those pages back to the disk behind the file. MS_SYNC
 * runs the file's fsync for each shared file vma of the range; MS_ASYNC
 * only asked for writeback to start, which 2.6.32 leaves to the flusher
 * threads (nothing to do here); MS_INVALIDATE has nothing to drop, since
 * the mappings already share the cached pages.
 *
 * Linux 2.6.32's mm/msync.c, with its checks and errors: a range that is
 * not wholly mapped is -ENOMEM (after syncing what is mapped). On ramfs,
 * Linnet's only file system, the pages are the file: its fsync
 * (simple_sync_file) has nothing to write, so msync() succeeds at once.
 * Read next: mm/filemap.c, docs/processes.md.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/errno.h>
#include <linux/rwsem.h>

/* Sync one shared file vma's file, without holding mmap_sem across the fsync */
static int msync_file(struct mm_struct *mm, struct file *file)
{
	int error;

	get_file(file);
	up_read(&mm->mmap_sem);
	error = vfs_fsync(file, file->f_path.dentry, 0);
	fput(file);
	down_read(&mm->mmap_sem);
	return error;
}

/* Walk the vmas of [start, end); 0, -ENOMEM for a hole, or an fsync error */
static int msync_range(struct mm_struct *mm, unsigned long start, unsigned long end, int flags)
{
	struct vm_area_struct *vma = find_vma(mm, start);
	int unmapped_error = 0, error;

	for (;;) {
		if (!vma)
			return -ENOMEM;
		if (start < vma->vm_start) {
			start = vma->vm_start;
			if (start >= end)
				return -ENOMEM;
			unmapped_error = -ENOMEM;
		}
		start = vma->vm_end;
		if ((flags & MS_SYNC) && vma->vm_file && (vma->vm_flags & VM_SHARED)) {
			error = msync_file(mm, vma->vm_file);
			if (error || start >= end)
				return error ? error : unmapped_error;
			vma = find_vma(mm, start); /* the vmas may have changed meanwhile */
			continue;
		}
		if (start >= end)
			return unmapped_error;
		vma = vma->vm_next;
	}
}

/**
 * sys_msync - write a range of shared file mappings back to their files
 * @start: page-aligned start
 * @len: length (rounded up to pages)
 * @flags: MS_ASYNC or MS_SYNC, optionally MS_INVALIDATE
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL (unaligned start, unknown flags, both MS_ASYNC and
 * MS_SYNC), -ENOMEM (part of the range is not mapped), or fsync's error.
 */
asmlinkage long sys_msync(unsigned long start, size_t len, int flags)
{
	struct mm_struct *mm = current->mm;
	unsigned long end;
	int error;

	if (flags & ~(MS_ASYNC | MS_INVALIDATE | MS_SYNC))
		return -EINVAL;
	if (start & ~PAGE_MASK)
		return -EINVAL;
	if ((flags & MS_ASYNC) && (flags & MS_SYNC))
		return -EINVAL;
	len = PAGE_ALIGN(len);
	end = start + len;
	if (end < start)
		return -ENOMEM;
	if (end == start)
		return 0;
	down_read(&mm->mmap_sem);
	error = msync_range(mm, start, end, flags);
	up_read(&mm->mmap_sem);
	return error;
}
