/*
 * statfs.h - what statfs() says about a mounted file system.
 *
 * Each super_operations->statfs fills a struct kstatfs; the statfs64
 * system call copies it out. ramfs has no size limit and no blocks of its
 * own, so it reports zero blocks (as 2.6.32's simple_statfs does). See
 * fs/open.c:vfs_statfs and docs/files.md.
 */
#ifndef _LINUX_STATFS_H
#define _LINUX_STATFS_H

#include <linux/types.h>

/**
 * struct kstatfs - a file system's totals
 * @f_type: its magic number (linux/magic.h)
 * @f_bsize: its block size
 * @f_blocks: blocks in all
 * @f_bfree: blocks free
 * @f_bavail: blocks free for unprivileged users
 * @f_files: inodes in all
 * @f_ffree: inodes free
 * @f_fsid: an identifier
 * @f_namelen: the longest name
 * @f_frsize: the fragment size
 * @f_spare: reserved
 */
struct kstatfs {
	long f_type;
	long f_bsize;
	u64 f_blocks;
	u64 f_bfree;
	u64 f_bavail;
	u64 f_files;
	u64 f_ffree;
	struct {
		int val[2];
	} f_fsid;
	long f_namelen;
	long f_frsize;
	long f_spare[5];
};

#endif /* _LINUX_STATFS_H */
