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

#define AT_FDCWD -100
#define AT_SYMLINK_NOFOLLOW 0x100
#define AT_REMOVEDIR 0x200
#define AT_SYMLINK_FOLLOW 0x400
#define AT_EMPTY_PATH 0x1000 /* 2.6.39: an empty path means dfd itself */

#endif /* _LINUX_FCNTL_H */
