/*
 * fdtable.h - a task's table of open files.
 *
 * A file descriptor is an index into fdt->fd[]. The table starts with
 * room for NR_OPEN_DEFAULT (32) files inside the files_struct itself and
 * is reallocated, doubling, when a larger descriptor is needed (up to
 * the RLIMIT_NOFILE limit, then -EMFILE). Two bitmaps go with it: which
 * descriptors are taken (open_fds) and which close on exec
 * (close_on_exec). Tasks made with CLONE_FILES share one files_struct.
 * Linux 2.6.32's layout; the table is swapped under file_lock rather
 * than RCU. See fs/file.c and docs/files.md.
 */
#ifndef _LINUX_FDTABLE_H
#define _LINUX_FDTABLE_H

#include <linux/types.h>
#include <linux/atomic.h>
#include <linux/spinlock.h>
#include <linux/fs.h>

#define NR_OPEN_DEFAULT BITS_PER_LONG

/**
 * struct embedded_fd_set - the bitmap that fits in files_struct
 * @fds_bits: one bit per descriptor
 */
struct embedded_fd_set {
	unsigned long fds_bits[1];
};

/**
 * struct fdtable - the descriptor array and its bitmaps
 * @max_fds: how many descriptors it has room for
 * @fd: the open files, by descriptor
 * @close_on_exec: FD_CLOEXEC bits
 * @open_fds: taken bits (a descriptor is taken before its file is installed)
 */
struct fdtable {
	unsigned int max_fds;
	struct file **fd;
	unsigned long *close_on_exec;
	unsigned long *open_fds;
};

/**
 * struct files_struct - the open files of one task (or several sharing them)
 * @count: how many tasks share it
 * @fdt: the current table
 * @fdtab: the first table, which points into this structure
 * @file_lock: protects the table and the bitmaps
 * @next_fd: where to start looking for a free descriptor
 * @close_on_exec_init: the first table's close-on-exec bits
 * @open_fds_init: the first table's taken bits
 * @fd_array: the first table's files
 */
struct files_struct {
	atomic_t count;
	struct fdtable *fdt;
	struct fdtable fdtab;
	spinlock_t file_lock;
	int next_fd;
	struct embedded_fd_set close_on_exec_init;
	struct embedded_fd_set open_fds_init;
	struct file *fd_array[NR_OPEN_DEFAULT];
};

#define files_fdtable(files) ((files)->fdt)

/* fcheck_files - the file at @fd, or NULL; file_lock held (or the table private) */
static inline struct file *fcheck_files(struct files_struct *files, unsigned int fd)
{
	struct fdtable *fdt = files_fdtable(files);

	return fd < fdt->max_fds ? fdt->fd[fd] : NULL;
}

#define fcheck(fd) fcheck_files(current->files, fd)

static inline void FD_SET_BIT(unsigned int fd, unsigned long *set)
{
	__set_bit(fd, set);
}

static inline void FD_CLR_BIT(unsigned int fd, unsigned long *set)
{
	__clear_bit(fd, set);
}

static inline int FD_ISSET_BIT(unsigned int fd, const unsigned long *set)
{
	return test_bit(fd, set);
}

struct task_struct;
extern struct files_struct init_files;

struct files_struct *get_files_struct(struct task_struct *task);
void put_files_struct(struct files_struct *files);
struct files_struct *dup_fd(struct files_struct *oldf, int *errorp);
void exit_files(struct task_struct *tsk);
int unshare_files(void);
int expand_files(struct files_struct *files, int nr);
int task_nofile_limit(void);
void files_cache_init(void);
extern int sysctl_nr_open;

#endif /* _LINUX_FDTABLE_H */
