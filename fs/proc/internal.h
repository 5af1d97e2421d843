/*
 * internal.h - what the parts of fs/proc share with one another.
 */
#ifndef _FS_PROC_INTERNAL_H
#define _FS_PROC_INTERNAL_H

#include <linux/proc_fs.h>
#include <linux/fs.h>

struct nameidata;

extern const struct file_operations proc_dir_operations;
extern const struct inode_operations proc_dir_inode_operations;
extern const struct inode_operations proc_link_inode_operations;
extern const struct file_operations proc_root_operations;
extern const struct inode_operations proc_root_inode_operations;

struct inode *proc_get_inode(struct super_block *sb, unsigned int ino, struct proc_dir_entry *de);
int proc_fill_super(struct super_block *s, void *data, int silent);
struct dentry *proc_lookup(struct inode *dir, struct dentry *dentry, struct nameidata *nd);
int proc_readdir(struct file *filp, void *dirent, filldir_t filldir);

#endif /* _FS_PROC_INTERNAL_H */
