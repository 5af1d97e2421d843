/*
 * slab.h - the two allocator calls lib/kfifo.c makes, for host builds made
 * before the slab allocator's own header exists. Searched after include/
 * (-idirafter), so the kernel's <linux/slab.h> wins once it is there;
 * tests/host/glue.c serves both calls from the C library's malloc.
 */
#ifndef _HOST_LINUX_SLAB_H
#define _HOST_LINUX_SLAB_H

#include <linux/types.h>
#include <linux/gfp.h>

void *kmalloc(size_t size, gfp_t flags);
void kfree(const void *objp);

#endif /* _HOST_LINUX_SLAB_H */
