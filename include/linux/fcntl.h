/*
 * fcntl.h - the open() flags and the *at() conventions.
 *
 * The values are Linux's on i386 (asm-generic/fcntl.h in 2.6.32), since
 * programs built for Linux pass them to Linnet unchanged. The
 * O_ACCMODE bits are the access mode; 2.6.32 turns them into FMODE_READ
 * and FMODE_WRITE in struct file's f_mode. AT_FDCWD tells the *at()
 * calls to start a relative path at the current directory. See
 * fs/open.c and docs/files.md.
 */
#ifndef _LINUX_FCNTL_H
#define _LINUX_FCNTL_H

#define O_ACCMODE 00000003
#define O_RDONLY 00000000
#define O_WRONLY 00000001
#define O_RDWR 00000002
#define O_CREAT 00000100
#define O_EXCL 00000200
#define O_NOCTTY 00000400
#define O_TRUNC 00001000
#define O_APPEND 00002000
#define O_NONBLOCK 00004000
#define O_DSYNC 00010000
#define FASYNC 00020000
#define O_DIRECT 00040000
#define O_LARGEFILE 00100000
#define O_DIRECTORY 00200000
#define O_NOFOLLOW 00400000
#define O_NOATIME 01000000
#define O_CLOEXEC 02000000
#define O_SYNC 04010000
#define O_NDELAY O_NONBLOCK

#define F_DUPFD 0
#define F_GETFD 1
#define F_SETFD 2
#define F_GETFL 3
#define F_SETFL 4
#define FD_CLOEXEC 1
#define F_GETLK 5
#define F_SETLK 6
#define F_SETLKW 7
#define F_SETOWN 8
#define F_GETOWN 9
#define F_SETSIG 10
#define F_GETSIG 11
#define F_GETLK64 12
#define F_SETLK64 13
#define F_SETLKW64 14
#define F_SETOWN_EX 15 /* 2.6.32: the owner as struct f_owner_ex */
#define F_GETOWN_EX 16
#define F_SETLEASE 1024
#define F_GETLEASE 1025
#define F_DUPFD_CLOEXEC 1030

/* struct flock's l_type */
/* struct f_owner_ex's type (F_SETOWN_EX, F_GETOWN_EX) */
#define F_OWNER_TID 0 /* one thread */
#define F_OWNER_PID 1 /* a process */
#define F_OWNER_PGRP 2 /* a process group */

/**
 * struct f_owner_ex - F_SETOWN_EX's and F_GETOWN_EX's argument
 * @type: F_OWNER_TID, F_OWNER_PID or F_OWNER_PGRP
 * @pid: the thread, process or group
 */
struct f_owner_ex {
	int type;
	int pid;
};

#define F_RDLCK 0
#define F_WRLCK 1
#define F_UNLCK 2

/* flock(2)'s operations */
#define LOCK_SH 1 /* shared */
#define LOCK_EX 2 /* exclusive */
#define LOCK_NB 4 /* or'd in: do not wait */
#define LOCK_UN 8 /* unlock */
#define LOCK_MAND 32 /* Samba's mandatory flock (not in Linnet: -EINVAL) */

#ifndef __ASSEMBLY__
#include <linux/types.h>

/**
 * struct flock - a record lock as fcntl(F_GETLK) passes it on i386
 * @l_type: F_RDLCK, F_WRLCK or F_UNLCK
 * @l_whence: SEEK_SET, SEEK_CUR or SEEK_END
 * @l_start: where the range starts
 * @l_len: its length (0: to the end; negative: the bytes before l_start)
 * @l_pid: the holder
 */
struct flock {
	short l_type, l_whence;
	long l_start, l_len;
	int l_pid;
};

/**
 * struct flock64 - the same with 64-bit offsets (F_GETLK64), packed as on i386
 * @l_type: F_RDLCK, F_WRLCK or F_UNLCK
 * @l_whence: SEEK_SET, SEEK_CUR or SEEK_END
 * @l_start: where the range starts
 * @l_len: its length
 * @l_pid: the holder
 */
struct flock64 {
	short l_type, l_whence;
	loff_t l_start, l_len;
	int l_pid;
} __attribute__((packed, aligned(4)));
#endif

#define AT_FDCWD -100
#define AT_SYMLINK_NOFOLLOW 0x100
#define AT_REMOVEDIR 0x200
#define AT_SYMLINK_FOLLOW 0x400
#define AT_EMPTY_PATH 0x1000 /* 2.6.39: an empty path means dfd itself */

#endif /* _LINUX_FCNTL_H */
