/*
 * file.h - from a file descriptor to a struct file and back.
 *
 * get_unused_fd() reserves a descriptor, fd_install() puts an open file
 * in it (the two steps let open() fail in between without a descriptor
 * ever showing a half-made file), fget() turns a descriptor into a
 * counted reference that fput() drops. Linux 2.6.32's API. See
 * fs/file.c, fs/file_table.c and docs/files.md.
 */
#ifndef _LINUX_FILE_H
#define _LINUX_FILE_H

#include <linux/types.h>

struct file;

void fput(struct file *file);
struct file *fget(unsigned int fd);
struct file *fget_light(unsigned int fd, int *fput_needed);
int alloc_fd(unsigned start, unsigned flags);
int get_unused_fd(void);
int get_unused_fd_flags(int flags);
void put_unused_fd(unsigned int fd);
void fd_install(unsigned int fd, struct file *file);
void set_close_on_exec(unsigned int fd, int flag);
int get_close_on_exec(unsigned int fd);

static inline void fput_light(struct file *file, int fput_needed)
{
	if (fput_needed)
		fput(file);
}

#endif /* _LINUX_FILE_H */
