/*
 * shmem_fs.h - files of the kernel's internal tmpfs mount: the memory
 * behind System V shared memory segments. See mm/shmem.c and docs/ipc.md.
 */
#ifndef _LINUX_SHMEM_FS_H
#define _LINUX_SHMEM_FS_H

#include <linux/fs.h>

struct file *shmem_file_setup(const char *name, loff_t size, unsigned long flags);

#endif /* _LINUX_SHMEM_FS_H */
