/*
 * fadvise.c - posix_fadvise(2): what a process tells the kernel about
 * how it will read a file, so that the page cache can read ahead more
 * (POSIX_FADV_SEQUENTIAL), less (RANDOM), now (WILLNEED), or drop
 * clean pages it will not need again (DONTNEED).
 *
 * In 2.6.32 SEQUENTIAL and RANDOM scale the open file's readahead window
 * (file->f_ra), WILLNEED starts reading the range into the page cache,
 * and DONTNEED writes the range back and drops its clean pages. Linnet
 * has no readahead and no backing store: its files with pages are all
 * ramfs, whose every page is in memory and dirty, so none of it could be
 * read ahead or dropped. So the advice is checked exactly as 2.6.32
 * checks it (a pipe is -ESPIPE, a negative length or unknown advice
 * -EINVAL, WILLNEED on a file that cannot be read into the page cache
 * -EINVAL) and then changes nothing. The difference: 2.6.32's WILLNEED
 * on a ramfs file with holes fills them with zero pages; Linnet's does
 * not. See docs/processes.md.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/stat.h>
#include <linux/syscalls.h>

/* The advice (POSIX's values; i386's DONTNEED and NOREUSE are 4 and 5) */
#define POSIX_FADV_NORMAL 0
#define POSIX_FADV_RANDOM 1
#define POSIX_FADV_SEQUENTIAL 2
#define POSIX_FADV_WILLNEED 3
#define POSIX_FADV_DONTNEED 4
#define POSIX_FADV_NOREUSE 5

/* The advice for an open file: 0, -ESPIPE or -EINVAL, as 2.6.32's sys_fadvise64_64 */
static long file_advice(struct file *file, loff_t len, int advice)
{
	struct address_space *mapping = file->f_mapping;

	if (S_ISFIFO(file->f_path.dentry->d_inode->i_mode))
		return -ESPIPE;
	if (!mapping || len < 0)
		return -EINVAL;
	switch (advice) {
	case POSIX_FADV_NORMAL:
	case POSIX_FADV_RANDOM:
	case POSIX_FADV_SEQUENTIAL:
	case POSIX_FADV_NOREUSE:
	case POSIX_FADV_DONTNEED:
		return 0;
	case POSIX_FADV_WILLNEED:
		return mapping->a_ops && mapping->a_ops->readpage ? 0 : -EINVAL;
	default:
		return -EINVAL;
	}
}

/**
 * sys_fadvise64_64 - posix_fadvise(2) (system call 272)
 * @fd: the descriptor
 * @offset: where the range starts (two registers on i386, low half first)
 * @len: its length; 0 means to the end of the file
 * @advice: POSIX_FADV_NORMAL, RANDOM, SEQUENTIAL, WILLNEED, DONTNEED, NOREUSE
 *
 * Context: process context (system call).
 * Return: 0, -EBADF, -ESPIPE (a pipe), -EINVAL (a negative length, bad
 * advice, WILLNEED on a file without page-cache reads).
 */
asmlinkage long sys_fadvise64_64(int fd, loff_t offset, loff_t len, int advice)
{
	int fput_needed;
	struct file *file = fget_light(fd, &fput_needed);
	long ret;

	(void)offset; /* no advice acts on a range in Linnet (see above) */
	if (!file)
		return -EBADF;
	ret = file_advice(file, len, advice);
	fput_light(file, fput_needed);
	return ret;
}

/**
 * sys_fadvise64 - posix_fadvise(2) with a 32-bit length (system call 250)
 * @fd: the descriptor
 * @offset: where the range starts
 * @len: its length; 0 means to the end of the file
 * @advice: as sys_fadvise64_64()
 *
 * Context: process context (system call).
 * Return: as sys_fadvise64_64().
 */
asmlinkage long sys_fadvise64(int fd, loff_t offset, size_t len, int advice)
{
	return sys_fadvise64_64(fd, offset, len, advice);
}
