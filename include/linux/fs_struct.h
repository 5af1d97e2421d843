/*
 * fs_struct.h - a task's place in the file tree: its root, its current
 * directory and its umask. Relative paths start at pwd, absolute ones
 * at root (chroot changes it). Tasks made with CLONE_FS share one; the
 * kernel threads share init_fs. Linux 2.6.32's structure. See
 * fs/fs_struct.c and docs/files.md.
 */
#ifndef _LINUX_FS_STRUCT_H
#define _LINUX_FS_STRUCT_H

#include <linux/path.h>
#include <linux/spinlock.h>

/**
 * struct fs_struct - root, current directory and umask
 * @users: how many tasks share it
 * @lock: protects @root and @pwd
 * @umask: the bits taken away from new files' modes
 * @in_exec: an execve() is in progress
 * @root: where "/" is
 * @pwd: where relative paths start
 */
struct fs_struct {
	int users;
	rwlock_t lock;
	int umask;
	int in_exec;
	struct path root, pwd;
};

struct task_struct;
extern struct fs_struct init_fs;

void exit_fs(struct task_struct *tsk);
void set_fs_root(struct fs_struct *fs, struct path *path);
void set_fs_pwd(struct fs_struct *fs, struct path *path);
struct fs_struct *copy_fs_struct(struct fs_struct *old);
void free_fs_struct(struct fs_struct *fs);
void get_fs_root(struct fs_struct *fs, struct path *root);
void get_fs_pwd(struct fs_struct *fs, struct path *pwd);
int current_umask(void);

/* get_fs_struct - one more user of a shared fs_struct (CLONE_FS) */
static inline struct fs_struct *get_fs_struct(struct fs_struct *fs)
{
	if (fs) {
		write_lock(&fs->lock);
		fs->users++;
		write_unlock(&fs->lock);
	}
	return fs;
}

#endif /* _LINUX_FS_STRUCT_H */
