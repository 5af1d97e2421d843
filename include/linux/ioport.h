/*
 * ioport.h - who owns which I/O ports and which physical addresses.
 *
 * Every range of I/O ports and of bus (physical) memory a driver uses is
 * a struct resource in one of two trees: ioport_resource (ports 0-0xffff)
 * and iomem_resource (the 4 GB of physical addresses). A driver claims
 * its range before touching the hardware - request_region(0x378, 3,
 * "short") for LDD3's parallel-port driver, request_mem_region() for
 * device memory - and gets NULL if someone else has any of it, so two
 * drivers never drive the same device. release_region() gives it back.
 * /proc/ioports and /proc/iomem print the trees, children indented under
 * their parents (kernel/resource.c).
 *
 * A resource that is not BUSY is a container: a bus or a window that
 * drivers' regions go inside (2.6.32's PCI bridges, or "Video RAM area"
 * in iomem); a BUSY one is owned by a driver, and nothing may go inside
 * or overlap it. The trees, names, flags, functions and /proc formats
 * are Linux 2.6.32's (i386 without PAE: a resource_size_t is 32 bits).
 * Read docs/drivers.md next.
 */
#ifndef _LINUX_IOPORT_H
#define _LINUX_IOPORT_H

#include <linux/types.h>
#include <linux/compiler.h>

/**
 * struct resource - one claimed range, a node of the ioport or iomem tree
 * @start: the first port or address
 * @end: the last one (inclusive)
 * @name: the owner's name, as /proc/ioports shows it
 * @flags: IORESOURCE_IO or _MEM, and IORESOURCE_BUSY when a driver owns it
 * @parent: the range it lies in
 * @sibling: the next range under the same parent, in address order
 * @child: the first range inside it
 */
struct resource {
	resource_size_t start;
	resource_size_t end;
	const char *name;
	unsigned long flags;
	struct resource *parent, *sibling, *child;
};

#define IORESOURCE_BITS 0x000000ff /* bus-specific */
#define IORESOURCE_TYPE_BITS 0x00000f00
#define IORESOURCE_IO 0x00000100
#define IORESOURCE_MEM 0x00000200
#define IORESOURCE_IRQ 0x00000400
#define IORESOURCE_DMA 0x00000800
#define IORESOURCE_PREFETCH 0x00001000
#define IORESOURCE_READONLY 0x00002000
#define IORESOURCE_CACHEABLE 0x00004000
#define IORESOURCE_SHADOWABLE 0x00010000
#define IORESOURCE_EXCLUSIVE 0x08000000 /* not for user space (/dev/mem) */
#define IORESOURCE_DISABLED 0x10000000
#define IORESOURCE_UNSET 0x20000000
#define IORESOURCE_AUTO 0x40000000
#define IORESOURCE_BUSY 0x80000000 /* a driver owns it */

/* i386 ports are 16 bits */
#define IO_SPACE_LIMIT 0xffff

extern struct resource ioport_resource;
extern struct resource iomem_resource;

int request_resource(struct resource *root, struct resource *new);
int release_resource(struct resource *old);
struct resource *__request_region(struct resource *parent, resource_size_t start,
				  resource_size_t n, const char *name, int flags);
void __release_region(struct resource *parent, resource_size_t start, resource_size_t n);
int __check_region(struct resource *parent, resource_size_t start, resource_size_t n);

/* What drivers call: claim, test, give back a range of ports or of memory */
#define request_region(start, n, name) __request_region(&ioport_resource, (start), (n), (name), 0)
#define request_mem_region(start, n, name) \
	__request_region(&iomem_resource, (start), (n), (name), 0)
#define request_mem_region_exclusive(start, n, name) \
	__request_region(&iomem_resource, (start), (n), (name), IORESOURCE_EXCLUSIVE)
#define release_region(start, n) __release_region(&ioport_resource, (start), (n))
#define release_mem_region(start, n) __release_region(&iomem_resource, (start), (n))
#define check_mem_region(start, n) __check_region(&iomem_resource, (start), (n))

/* check_region() is racy (the range may be taken right after it says 0); 2.6.32 marks it
 * __deprecated, a warning only with CONFIG_ENABLE_WARN_DEPRECATED */
static inline int check_region(resource_size_t s, resource_size_t n)
{
	return __check_region(&ioport_resource, s, n);
}

/**
 * resource_size - how many ports or bytes a resource covers
 * @res: the resource
 *
 * Context: any.
 * Return: end - start + 1.
 */
static inline resource_size_t resource_size(const struct resource *res)
{
	return res->end - res->start + 1;
}


#endif /* _LINUX_IOPORT_H */
