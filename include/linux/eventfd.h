/*
 * eventfd.h - a 64-bit counter behind a descriptor, for waking and counting.
 *
 * eventfd(2) and eventfd2(2) make one; user space write()s add to the
 * counter, read()s take it (or one, with EFD_SEMAPHORE). The kernel side
 * (eventfd_signal) lets a driver wake a user-space event loop the same
 * way. See fs/eventfd.c, docs/events.md.
 */
#ifndef _LINUX_EVENTFD_H
#define _LINUX_EVENTFD_H

#include <linux/fcntl.h>
#include <linux/types.h>

/* The flags of eventfd2(): EFD_CLOEXEC and EFD_NONBLOCK are O_CLOEXEC and O_NONBLOCK */
#define EFD_SEMAPHORE (1 << 0)
#define EFD_CLOEXEC O_CLOEXEC
#define EFD_NONBLOCK O_NONBLOCK

#define EFD_SHARED_FCNTL_FLAGS (O_CLOEXEC | O_NONBLOCK)
#define EFD_FLAGS_SET (EFD_SHARED_FCNTL_FLAGS | EFD_SEMAPHORE)

struct file;
struct eventfd_ctx;

struct file *eventfd_file_create(unsigned int count, int flags);
struct eventfd_ctx *eventfd_ctx_get(struct eventfd_ctx *ctx);
void eventfd_ctx_put(struct eventfd_ctx *ctx);
struct file *eventfd_fget(int fd);
struct eventfd_ctx *eventfd_ctx_fdget(int fd);
struct eventfd_ctx *eventfd_ctx_fileget(struct file *file);
int eventfd_signal(struct eventfd_ctx *ctx, int n);

#endif /* _LINUX_EVENTFD_H */
