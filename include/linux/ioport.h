/*
 * ioport.h - the tree of I/O port ranges that drivers claim.
 *
 * Two drivers must not program the same ports. Each claims its range
 * with request_region() before touching it and gives it back with
 * release_region(); a range already claimed makes the request fail, so
 * the second driver learns of the clash instead of corrupting the first
 * one's device. The claims form a tree under ioport_resource (all 64 K
 * ports), which /proc/ioports prints. See kernel/resource.c and
 * docs/drivers.md.
 */
#ifndef _LINUX_IOPORT_H
#define _LINUX_IOPORT_H

#include <linux/types.h>

/**
 * struct resource - a claimed range of I/O ports (or of memory)
 * @start: the first port
 * @end: the last port (inclusive)
 * @name: who claimed it, as /proc/ioports shows it
 * @flags: IORESOURCE_IO, IORESOURCE_BUSY (a driver owns it, nothing nests in it)
 * @parent: the range this one lies in
 * @sibling: the next range with the same parent, in address order
 * @child: the first range inside this one
 */
struct resource {
	resource_size_t start;
	resource_size_t end;
	const char *name;
	unsigned long flags;
	struct resource *parent, *sibling, *child;
};

#define IORESOURCE_IO 0x00000100
#define IORESOURCE_MEM 0x00000200
#define IORESOURCE_BUSY 0x80000000 /* a driver has marked this resource busy */

#define IO_SPACE_LIMIT 0xffff

extern struct resource ioport_resource;

int request_resource(struct resource *root, struct resource *new);
int release_resource(struct resource *old);
struct resource *__request_region(struct resource *parent, resource_size_t start, resource_size_t n,
				  const char *name, int flags);
void __release_region(struct resource *parent, resource_size_t start, resource_size_t n);

#define request_region(start, n, name) __request_region(&ioport_resource, (start), (n), (name), 0)
#define release_region(start, n) __release_region(&ioport_resource, (start), (n))

#endif
