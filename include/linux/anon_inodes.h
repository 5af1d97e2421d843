/*
 * anon_inodes.h - files with no name in any directory (eventfd, epoll...).
 *
 * A kernel object that user space reaches only through a descriptor
 * (an eventfd counter, an epoll set, a timerfd) needs a struct file but
 * no inode of its own: anon_inode_getfile() hangs the file on the one
 * inode of the internal anon_inodefs. See fs/anon_inodes.c, docs/events.md.
 */
#ifndef _LINUX_ANON_INODES_H
#define _LINUX_ANON_INODES_H

struct file;
struct file_operations;

struct file *anon_inode_getfile(const char *name, const struct file_operations *fops, void *priv,
				int flags);
int anon_inode_getfd(const char *name, const struct file_operations *fops, void *priv, int flags);

#endif /* _LINUX_ANON_INODES_H */
