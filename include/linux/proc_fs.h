/*
 * proc_fs.h - /proc: files whose contents the kernel prints when they are read.
 *
 * Each /proc entry is a struct proc_dir_entry in a tree (fs/proc/generic.c).
 * A driver adds one the way Linux 2.6.32 does: proc_create() with
 * file_operations (usually over seq_file: single_open and seq_read), or
 * the older create_proc_entry() and filling in read_proc / write_proc, as
 * the 2.6-era books (LDD3, the Linux Kernel Module Programming Guide) do.
 * proc_mkdir() makes a directory, remove_proc_entry() takes an entry away.
 * See docs/procfs.md.
 */
#ifndef _LINUX_PROC_FS_H
#define _LINUX_PROC_FS_H

#include <linux/types.h>
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/stat.h>
#include <linux/spinlock.h>
#include <linux/atomic.h>
#include <linux/completion.h>
#include <linux/slab.h> /* 2.6.32 drivers find kmalloc() here */

#ifndef S_IFMT
#define S_IFMT 00170000
#define S_IFLNK 0120000
#define S_IFREG 0100000
#define S_IFDIR 0040000
#define S_ISLNK(m) (((m)&S_IFMT) == S_IFLNK)
#define S_ISREG(m) (((m)&S_IFMT) == S_IFREG)
#define S_ISDIR(m) (((m)&S_IFMT) == S_IFDIR)
#endif

/* The inode number of /proc itself; entries get numbers from PROC_DYNAMIC_FIRST */
#define PROC_ROOT_INO 1
#define PROC_DYNAMIC_FIRST 0xF0000000U

/*
 * read_proc_t - the 2.6-era way to print a /proc file: fill @page (a page
 * of kernel memory) with text from file offset @off, at most @count bytes;
 * set *@eof at the end; return how many bytes are in @page. *@start says
 * where the returned bytes are (see fs/proc/generic.c:__proc_file_read).
 */
typedef int(read_proc_t)(char *page, char **start, off_t off, int count, int *eof, void *data);
/* write_proc_t - take @count bytes written to the file; the count or -errno */
typedef int(write_proc_t)(struct file *file, const char __user *buffer, unsigned long count,
			  void *data);

struct inode_operations;

/**
 * struct proc_dir_entry - one /proc file, directory or symlink
 * @low_ino: its inode number
 * @namelen: the length of @name
 * @name: its name in the directory (stored after the struct)
 * @mode: S_IFREG/S_IFDIR/S_IFLNK and the permission bits
 * @nlink: 1 for files, 2 plus the subdirectories for directories
 * @uid: the owner (root)
 * @gid: the group (root)
 * @size: what stat() reports as the size (0 for files printed on demand)
 * @proc_iops: the inode operations (NULL: procfs's defaults)
 * @proc_fops: the file operations (proc_create's, or read_proc's wrapper)
 * @next: the next entry of the same directory
 * @parent: the directory
 * @subdir: a directory's first entry
 * @data: the owner's pointer (proc_create_data, and read_proc's @data)
 * @read_proc: the 2.6-era read function (create_proc_entry)
 * @write_proc: the 2.6-era write function
 * @count: references: the tree holds one, each open file one
 * @pde_users: callers inside the owner's functions right now
 * @pde_removed: remove_proc_entry() was called: no new calls (2.6.32
 *               clears @proc_fops instead; Linnet keeps it for release)
 * @pde_unload_lock: protects @pde_users and @pde_unload_completion
 * @pde_unload_completion: remove_proc_entry() waits on this for the users
 */
struct proc_dir_entry {
	unsigned int low_ino;
	unsigned short namelen;
	const char *name;
	mode_t mode;
	unsigned int nlink;
	unsigned int uid;
	unsigned int gid;
	loff_t size;
	const struct inode_operations *proc_iops;
	const struct file_operations *proc_fops;
	struct proc_dir_entry *next, *parent, *subdir;
	void *data;
	read_proc_t *read_proc;
	write_proc_t *write_proc;
	atomic_t count;
	int pde_users;
	int pde_removed;
	spinlock_t pde_unload_lock;
	struct completion *pde_unload_completion;
};

extern struct proc_dir_entry proc_root;

struct task_struct;
struct seq_file;
struct path;

/**
 * union proc_op - how a /proc/PID file makes its contents (fs/proc/base.c)
 * @proc_get_link: a link (exe, cwd, root, fd/N): the path it leads to
 * @proc_read: a small file printed into a page (cmdline, environ...)
 * @proc_show: a seq_file show function (stat, status, statm...)
 */
union proc_op {
	int (*proc_get_link)(struct inode *inode, struct path *path);
	int (*proc_read)(struct task_struct *task, char *page);
	int (*proc_show)(struct seq_file *m, struct task_struct *task);
};

/**
 * struct proc_inode - a /proc inode: the VFS inode and what it shows
 * @task: for /proc/PID's inodes, the task (a reference is held, so its
 *        pid is not handed out again while the inode lives; 2.6.32 holds
 *        a struct pid instead, which Linnet does not have)
 * @fd: for /proc/PID/fd/N, the N
 * @op: for /proc/PID's files, how they make their contents
 * @pde: the entry the inode shows (NULL for /proc/PID's inodes)
 * @vfs_inode: the VFS's part
 */
struct proc_inode {
	struct task_struct *task;
	int fd;
	union proc_op op;
	struct proc_dir_entry *pde;
	struct inode vfs_inode;
};

/* PROC_I - the proc_inode around a VFS inode of /proc */
#define PROC_I(inode) container_of(inode, struct proc_inode, vfs_inode)

/**
 * PDE - the /proc entry an inode shows
 * @inode: an inode of /proc
 *
 * Return: its entry (open() uses PDE(inode)->data).
 * Context: any.
 */
static inline struct proc_dir_entry *PDE(const struct inode *inode)
{
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	return PROC_I(inode)->pde;
}

struct proc_dir_entry *proc_create_data(const char *name, mode_t mode,
					struct proc_dir_entry *parent,
					const struct file_operations *proc_fops, void *data);
struct proc_dir_entry *create_proc_entry(const char *name, mode_t mode,
					 struct proc_dir_entry *parent);
struct proc_dir_entry *proc_mkdir(const char *name, struct proc_dir_entry *parent);
struct proc_dir_entry *proc_mkdir_mode(const char *name, mode_t mode,
				       struct proc_dir_entry *parent);
struct proc_dir_entry *proc_symlink(const char *name, struct proc_dir_entry *parent,
				    const char *dest);
void remove_proc_entry(const char *name, struct proc_dir_entry *parent);
void proc_flush_task(struct task_struct *task);

struct proc_dir_entry *pde_lookup(struct proc_dir_entry *dir, const char *name, unsigned int len);
struct proc_dir_entry *pde_get(struct proc_dir_entry *pde);
void pde_put(struct proc_dir_entry *pde);
int pde_users_enter(struct proc_dir_entry *pde);
void pde_users_exit(struct proc_dir_entry *pde);

/**
 * proc_create - add a /proc file served by @proc_fops
 * @name: its name in @parent
 * @mode: permission bits (S_IFREG is added)
 * @parent: the directory, NULL for /proc
 * @proc_fops: its file operations
 *
 * Return: the entry, or NULL (no memory, or the name is taken).
 * Context: process context; may sleep.
 */
static inline struct proc_dir_entry *proc_create(const char *name, mode_t mode,
						 struct proc_dir_entry *parent,
						 const struct file_operations *proc_fops)
{
	return proc_create_data(name, mode, parent, proc_fops, NULL);
}

/**
 * create_proc_read_entry - create_proc_entry() with read_proc and data set
 * @name: its name in @base
 * @mode: permission bits
 * @base: the directory, NULL for /proc
 * @read_proc: the read function
 * @data: its @data argument
 *
 * Return: the entry, or NULL.
 * Context: process context; may sleep.
 */
static inline struct proc_dir_entry *create_proc_read_entry(const char *name, mode_t mode,
							    struct proc_dir_entry *base,
							    read_proc_t *read_proc, void *data)
{
	struct proc_dir_entry *res = create_proc_entry(name, mode, base);

	if (res) {
		res->read_proc = read_proc;
		res->data = data;
	}
	return res;
}

#endif /* _LINUX_PROC_FS_H */
