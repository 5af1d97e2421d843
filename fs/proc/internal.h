/*
 * internal.h - what the parts of fs/proc share with one another.
 */
#ifndef _FS_PROC_INTERNAL_H
#define _FS_PROC_INTERNAL_H

#include <linux/proc_fs.h>
#include <linux/fs.h>

struct nameidata;
struct vfsmount;

extern const struct file_operations proc_dir_operations;
extern const struct inode_operations proc_dir_inode_operations;
extern const struct inode_operations proc_link_inode_operations;
extern const struct file_operations proc_root_operations;
extern const struct inode_operations proc_root_inode_operations;

struct inode *proc_get_inode(struct super_block *sb, unsigned int ino, struct proc_dir_entry *de);
int proc_fill_super(struct super_block *s, void *data, int silent);
struct dentry *proc_lookup(struct inode *dir, struct dentry *dentry, struct nameidata *nd);
int proc_readdir(struct file *filp, void *dirent, filldir_t filldir);
int proc_readdir_de(struct proc_dir_entry *de, struct file *filp, void *dirent, filldir_t filldir);
/* proc_mnt - the kernel's own mount of proc (root.c): its root is every mount's */
extern struct vfsmount *proc_mnt;

/* /proc/PID (base.c, array.c, task_mmu.c) */
struct task_struct;
struct seq_file;
struct mm_struct;

/* The first f_pos of /proc's readdir that lists processes ("self", then the pids) */
#define FIRST_PROCESS_ENTRY 256

struct dentry *proc_pid_lookup(struct inode *dir, struct dentry *dentry, struct nameidata *nd);
int proc_pid_readdir(struct file *filp, void *dirent, filldir_t filldir);
struct task_struct *get_proc_task(struct inode *inode);
int proc_tid_stat(struct seq_file *m, struct task_struct *task);
int proc_tgid_stat(struct seq_file *m, struct task_struct *task);
int proc_pid_status(struct seq_file *m, struct task_struct *task);
int proc_pid_statm(struct seq_file *m, struct task_struct *task);
void task_mem(struct seq_file *m, struct mm_struct *mm);
unsigned long task_vsize(struct mm_struct *mm);
int task_statm(struct mm_struct *mm, int *shared, int *text, int *data, int *resident);
unsigned long get_mm_rss(struct mm_struct *mm);
struct mm_struct *mm_for_maps(struct task_struct *task);
extern const struct file_operations proc_maps_operations;
extern const struct file_operations proc_mounts_operations;

#endif /* _FS_PROC_INTERNAL_H */
