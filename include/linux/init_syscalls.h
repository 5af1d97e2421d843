/*
 * init_syscalls.h - file-system calls for the kernel's own use at boot
 * (fs/init.c), by path name, as later Linux has them.
 *
 * Linux 2.6.32's init/initramfs.c calls the system calls themselves
 * (sys_mkdir, sys_mknod...) with kernel pointers; Linux 5.10 replaced
 * that with these helpers, and Linnet's initramfs code, written before
 * Linnet had system calls, uses them from the start. Each returns 0 or a
 * negative errno. Regular
 * files are written with filp_open(), vfs_write() and filp_close().
 */
#ifndef _LINUX_INIT_SYSCALLS_H
#define _LINUX_INIT_SYSCALLS_H

#include <linux/types.h>

struct kstat;

int init_mkdir(const char *pathname, umode_t mode);
int init_mknod(const char *filename, umode_t mode, unsigned int dev);
int init_symlink(const char *oldname, const char *newname);
int init_link(const char *oldname, const char *newname);
int init_chown(const char *filename, uid_t user, gid_t group, int flags);
int init_chmod(const char *filename, umode_t mode);
int init_unlink(const char *pathname);
int init_rmdir(const char *pathname);
int init_utimes(const char *filename, time_t mtime);
int init_stat(const char *filename, struct kstat *stat, int flags);

#endif /* _LINUX_INIT_SYSCALLS_H */
