/*
 * file.c - file descriptor tables.
 *
 * A descriptor is found in two steps: alloc_fd() takes the lowest free
 * bit of open_fds (from next_fd on), growing the table if needed, and
 * fd_install() later puts the file in fd[] - so that a failing open()
 * never leaves a half-made file where another thread could see it.
 *
 *   files_struct --fdt--> fdtable { max_fds, fd[], open_fds, close_on_exec }
 *                 (first 32 slots inside files_struct: fdtab, fd_array)
 *
 * The table grows by doubling, up to the RLIMIT_NOFILE limit; a
 * descriptor at or past it is -EMFILE. Linux 2.6.32 swaps tables under
 * RCU so that fget() takes no lock; Linnet takes file_lock, and frees
 * the old table at once. RLIMIT_NOFILE is the process's soft limit
 * (signal->rlim[RLIMIT_NOFILE], 1024 by default; setrlimit changes it).
 * Read next: fs/file_table.c, docs/files.md.
 */
#include <linux/module.h>
#include <linux/fdtable.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <linux/log2.h>
#include <linux/bitops.h>
#include <linux/errno.h>

/* sysctl_nr_open - /proc/sys/fs/nr_open: no table grows past this */
int sysctl_nr_open = NR_OPEN;

static struct kmem_cache *files_cachep;

/* init_files - the descriptor table of the boot task and every kernel thread */
struct files_struct init_files = {
	.count = ATOMIC_INIT(1),
	.fdt = &init_files.fdtab,
	.fdtab = {
		.max_fds = NR_OPEN_DEFAULT,
		.fd = &init_files.fd_array[0],
		.close_on_exec = init_files.close_on_exec_init.fds_bits,
		.open_fds = init_files.open_fds_init.fds_bits,
	},
	.file_lock = __SPIN_LOCK_UNLOCKED(init_files.file_lock),
};

/**
 * task_nofile_limit - RLIMIT_NOFILE of the current task
 *
 * Context: any.
 * Return: the number of descriptors a task may have open.
 */
int task_nofile_limit(void)
{
	return current->signal->rlim[RLIMIT_NOFILE].rlim_cur;
}

static void *alloc_fdmem(size_t size)
{
	return size <= PAGE_SIZE ? kzalloc(size, GFP_KERNEL) : vzalloc(size);
}

static void free_fdmem(void *ptr)
{
	if (is_vmalloc_addr(ptr))
		vfree(ptr);
	else
		kfree(ptr);
}

static void free_fdtable(struct fdtable *fdt)
{
	free_fdmem(fdt->fd);
	free_fdmem(fdt->open_fds);
	kfree(fdt);
}

/* alloc_fdtable - a table with room for descriptor @nr: a power of two, at least twice 32 */
static struct fdtable *alloc_fdtable(unsigned int nr)
{
	struct fdtable *fdt = kzalloc(sizeof(*fdt), GFP_KERNEL);
	size_t bitmap;

	if (!fdt)
		return NULL;
	nr = roundup_pow_of_two(nr + 1);
	if (nr < 2 * NR_OPEN_DEFAULT)
		nr = 2 * NR_OPEN_DEFAULT;
	if (nr > (unsigned int)sysctl_nr_open)
		nr = sysctl_nr_open;
	fdt->max_fds = nr;
	bitmap = nr / BITS_PER_BYTE;
	fdt->fd = alloc_fdmem(nr * sizeof(struct file *));
	fdt->open_fds = alloc_fdmem(2 * bitmap);
	if (!fdt->fd || !fdt->open_fds) {
		free_fdtable(fdt);
		return NULL;
	}
	fdt->close_on_exec = (unsigned long *)((char *)fdt->open_fds + bitmap);
	return fdt;
}

static void copy_fdtable(struct fdtable *nfdt, struct fdtable *ofdt)
{
	memcpy(nfdt->fd, ofdt->fd, ofdt->max_fds * sizeof(struct file *));
	memcpy(nfdt->open_fds, ofdt->open_fds, ofdt->max_fds / BITS_PER_BYTE);
	memcpy(nfdt->close_on_exec, ofdt->close_on_exec, ofdt->max_fds / BITS_PER_BYTE);
}

/* expand_fdtable - grow to hold @nr; file_lock held, dropped while allocating */
static int expand_fdtable(struct files_struct *files, int nr)
{
	struct fdtable *new_fdt, *cur_fdt;

	spin_unlock(&files->file_lock);
	new_fdt = alloc_fdtable(nr);
	spin_lock(&files->file_lock);
	if (!new_fdt)
		return -ENOMEM;
	if ((unsigned int)nr >= new_fdt->max_fds) {
		spin_unlock(&files->file_lock);
		free_fdtable(new_fdt);
		spin_lock(&files->file_lock);
		return -EMFILE;
	}
	cur_fdt = files_fdtable(files);
	if ((unsigned int)nr >= cur_fdt->max_fds) {
		copy_fdtable(new_fdt, cur_fdt);
		files->fdt = new_fdt;
		new_fdt = cur_fdt != &files->fdtab ? cur_fdt : NULL;
	}
	if (new_fdt) {
		spin_unlock(&files->file_lock);
		free_fdtable(new_fdt);
		spin_lock(&files->file_lock);
	}
	return 1;
}

/**
 * expand_files - make sure the table has a slot for descriptor @nr
 * @files: the table (file_lock held; dropped and retaken when it grows)
 * @nr: the descriptor
 *
 * Context: file_lock held.
 * Return: 0 (it fits), 1 (it was grown), -EMFILE (past the limit), -ENOMEM.
 */
int expand_files(struct files_struct *files, int nr)
{
	struct fdtable *fdt = files_fdtable(files);

	if ((unsigned int)nr < fdt->max_fds)
		return 0;
	if (nr >= task_nofile_limit() || nr >= sysctl_nr_open)
		return -EMFILE;
	return expand_fdtable(files, nr);
}

/**
 * alloc_fd - reserve the lowest free descriptor at or above @start
 * @start: the lowest acceptable descriptor
 * @flags: O_CLOEXEC to set its close-on-exec bit
 *
 * Context: process context; may sleep.
 * Return: the descriptor, -EMFILE or -ENOMEM.
 */
int alloc_fd(unsigned start, unsigned flags)
{
	struct files_struct *files = current->files;
	struct fdtable *fdt;
	unsigned int fd;
	int error;

	spin_lock(&files->file_lock);
repeat:
	fdt = files_fdtable(files);
	fd = start;
	if (fd < (unsigned int)files->next_fd)
		fd = files->next_fd;
	if (fd < fdt->max_fds)
		fd = find_next_zero_bit(fdt->open_fds, fdt->max_fds, fd);
	error = -EMFILE; /* the limit counts even within the table (setrlimit may lower it) */
	if (fd >= (unsigned int)task_nofile_limit())
		goto out;
	error = expand_files(files, fd);
	if (error < 0)
		goto out;
	if (error)
		goto repeat;
	if (start <= (unsigned int)files->next_fd)
		files->next_fd = fd + 1;
	FD_SET_BIT(fd, fdt->open_fds);
	if (flags & O_CLOEXEC)
		FD_SET_BIT(fd, fdt->close_on_exec);
	else
		FD_CLR_BIT(fd, fdt->close_on_exec);
	error = fd;
out:
	spin_unlock(&files->file_lock);
	return error;
}

/**
 * get_unused_fd_flags - reserve the lowest free descriptor
 * @flags: O_CLOEXEC or 0
 *
 * Context: process context; may sleep.
 * Return: the descriptor, -EMFILE or -ENOMEM.
 */
int get_unused_fd_flags(int flags)
{
	return alloc_fd(0, flags);
}

/**
 * get_unused_fd - reserve the lowest free descriptor
 *
 * Context: process context; may sleep.
 * Return: the descriptor, -EMFILE or -ENOMEM.
 */
int get_unused_fd(void)
{
	return alloc_fd(0, 0);
}
EXPORT_SYMBOL(get_unused_fd);

static void __put_unused_fd(struct files_struct *files, unsigned int fd)
{
	struct fdtable *fdt = files_fdtable(files);

	FD_CLR_BIT(fd, fdt->open_fds);
	if ((int)fd < files->next_fd)
		files->next_fd = fd;
}

/**
 * put_unused_fd - give back a descriptor reserved but never installed
 * @fd: the descriptor
 *
 * Context: any.
 */
void put_unused_fd(unsigned int fd)
{
	struct files_struct *files = current->files;

	spin_lock(&files->file_lock);
	__put_unused_fd(files, fd);
	spin_unlock(&files->file_lock);
}
EXPORT_SYMBOL(put_unused_fd);

/**
 * fd_install - put an open file in a reserved descriptor
 * @fd: the descriptor from get_unused_fd()
 * @file: the file; the descriptor owns its reference from now on
 *
 * Context: any.
 */
void fd_install(unsigned int fd, struct file *file)
{
	struct files_struct *files = current->files;
	struct fdtable *fdt;

	spin_lock(&files->file_lock);
	fdt = files_fdtable(files);
	BUG_ON(fdt->fd[fd] != NULL);
	fdt->fd[fd] = file;
	spin_unlock(&files->file_lock);
}
EXPORT_SYMBOL(fd_install);

/**
 * set_close_on_exec - set or clear a descriptor's FD_CLOEXEC
 * @fd: the descriptor
 * @flag: nonzero to set
 *
 * Context: any.
 */
void set_close_on_exec(unsigned int fd, int flag)
{
	struct files_struct *files = current->files;
	struct fdtable *fdt;

	spin_lock(&files->file_lock);
	fdt = files_fdtable(files);
	if (fd < fdt->max_fds) {
		if (flag)
			FD_SET_BIT(fd, fdt->close_on_exec);
		else
			FD_CLR_BIT(fd, fdt->close_on_exec);
	}
	spin_unlock(&files->file_lock);
}

/**
 * get_close_on_exec - is a descriptor's FD_CLOEXEC set?
 * @fd: the descriptor
 *
 * Context: any.
 * Return: 1 if set, else 0.
 */
int get_close_on_exec(unsigned int fd)
{
	struct files_struct *files = current->files;
	int res = 0;

	spin_lock(&files->file_lock);
	if (fd < files_fdtable(files)->max_fds)
		res = FD_ISSET_BIT(fd, files_fdtable(files)->close_on_exec);
	spin_unlock(&files->file_lock);
	return res;
}

/**
 * sys_close - the body of close(2)
 * @fd: the descriptor
 *
 * Context: process context; may sleep.
 * Return: 0, -EBADF, or the file's flush error.
 */
asmlinkage long sys_close(unsigned int fd)
{
	struct files_struct *files = current->files;
	struct fdtable *fdt;
	struct file *filp;

	spin_lock(&files->file_lock);
	fdt = files_fdtable(files);
	if (fd >= fdt->max_fds || !fdt->fd[fd]) {
		spin_unlock(&files->file_lock);
		return -EBADF;
	}
	filp = fdt->fd[fd];
	fdt->fd[fd] = NULL;
	FD_CLR_BIT(fd, fdt->close_on_exec);
	__put_unused_fd(files, fd);
	spin_unlock(&files->file_lock);
	return filp_close(filp, files);
}

static void init_files_struct(struct files_struct *newf)
{
	memset(newf, 0, sizeof(*newf));
	atomic_set(&newf->count, 1);
	spin_lock_init(&newf->file_lock);
	newf->fdtab.max_fds = NR_OPEN_DEFAULT;
	newf->fdtab.fd = newf->fd_array;
	newf->fdtab.close_on_exec = newf->close_on_exec_init.fds_bits;
	newf->fdtab.open_fds = newf->open_fds_init.fds_bits;
	newf->fdt = &newf->fdtab;
}

/* The descriptors below the last open one, rounded up to a whole word */
static unsigned int count_open_files(struct fdtable *fdt)
{
	unsigned int i;

	for (i = fdt->max_fds / BITS_PER_LONG; i > 0; i--)
		if (fdt->open_fds[i - 1])
			break;
	return i * BITS_PER_LONG;
}

/**
 * dup_fd - a copy of a descriptor table, sharing the open files (fork)
 * @oldf: the table to copy
 * @errorp: set to -ENOMEM on failure
 *
 * Context: process context; may sleep.
 * Return: the new table or NULL.
 */
struct files_struct *dup_fd(struct files_struct *oldf, int *errorp)
{
	struct files_struct *newf = kmem_cache_alloc(files_cachep, GFP_KERNEL);
	struct fdtable *old_fdt, *new_fdt;
	unsigned int open_files, i;

	*errorp = -ENOMEM;
	if (!newf)
		return NULL;
	init_files_struct(newf);
	spin_lock(&oldf->file_lock);
	old_fdt = files_fdtable(oldf);
	open_files = count_open_files(old_fdt);
	while (open_files > files_fdtable(newf)->max_fds) {
		spin_unlock(&oldf->file_lock);
		new_fdt = alloc_fdtable(open_files - 1);
		if (!new_fdt) {
			put_files_struct(newf);
			return NULL;
		}
		if (newf->fdt != &newf->fdtab)
			free_fdtable(newf->fdt);
		newf->fdt = new_fdt;
		spin_lock(&oldf->file_lock);
		old_fdt = files_fdtable(oldf);
		open_files = count_open_files(old_fdt);
	}
	new_fdt = files_fdtable(newf);
	memcpy(new_fdt->open_fds, old_fdt->open_fds, open_files / BITS_PER_BYTE);
	memcpy(new_fdt->close_on_exec, old_fdt->close_on_exec, open_files / BITS_PER_BYTE);
	for (i = 0; i < open_files; i++) {
		struct file *f = old_fdt->fd[i];

		if (f)
			get_file(f);
		else
			FD_CLR_BIT(i, new_fdt->open_fds);
		new_fdt->fd[i] = f;
	}
	newf->next_fd = 0;
	spin_unlock(&oldf->file_lock);
	return newf;
}

/**
 * get_files_struct - a reference to a task's descriptor table
 * @task: the task
 *
 * Context: any.
 * Return: the table, or NULL if the task has let go of it.
 */
struct files_struct *get_files_struct(struct task_struct *task)
{
	struct files_struct *files = task->files;

	if (files)
		atomic_inc(&files->count);
	return files;
}

/**
 * put_files_struct - drop a reference; the last one closes every file
 * @files: the table
 *
 * Context: process context; may sleep.
 */
void put_files_struct(struct files_struct *files)
{
	struct fdtable *fdt = files_fdtable(files);
	unsigned int i;

	if (!atomic_dec_and_test(&files->count))
		return;
	BUG_ON(files == &init_files);
	for (i = 0; i < fdt->max_fds; i++)
		if (fdt->fd[i])
			filp_close(fdt->fd[i], files);
	if (fdt != &files->fdtab)
		free_fdtable(fdt);
	kmem_cache_free(files_cachep, files);
}

/**
 * exit_files - a task lets go of its descriptor table
 * @tsk: the task
 *
 * Context: process context (do_exit); may sleep.
 */
void exit_files(struct task_struct *tsk)
{
	struct files_struct *files = tsk->files;

	if (files) {
		tsk->files = NULL;
		put_files_struct(files);
	}
}

/**
 * unshare_files - give the current task a descriptor table of its own
 *
 * A task sharing its table (CLONE_FILES, or a kernel thread on
 * init_files) swaps it for a copy, so that what execve() closes, or
 * what pid 1 opens, stays its own. 2.6.32 has this in kernel/fork.c
 * (with the old table handed back to the caller); it lives here beside
 * dup_fd() in Linnet.
 *
 * Context: process context; may sleep.
 * Return: 0 or -ENOMEM.
 */
int unshare_files(void)
{
	struct task_struct *tsk = current;
	struct files_struct *old = tsk->files, *copy;
	int error;

	if (!old || (old != &init_files && atomic_read(&old->count) == 1))
		return 0;
	copy = dup_fd(old, &error);
	if (!copy)
		return error;
	tsk->files = copy;
	put_files_struct(old); /* init_files keeps the boot task's reference */
	return 0;
}

/**
 * files_cache_init - the cache of files_structs
 *
 * Context: boot (files_init).
 */
void files_cache_init(void)
{
	files_cachep =
		kmem_cache_create("files_cache", sizeof(struct files_struct), 0, SLAB_PANIC, NULL);
}
