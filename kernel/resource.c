/*
 * resource.c - who owns which I/O ports: request_region, release_region
 * and /proc/ioports.
 *
 * A PC's devices answer at fixed port numbers (the UART at 0x3f8-0x3ff,
 * the PIC at 0x20-0x21...). Nothing in the hardware stops two drivers
 * from driving the same ports, so the kernel keeps a register: a tree of
 * ranges under ioport_resource, each a struct resource with the name of
 * its owner. Siblings are kept sorted and may not overlap; a range may
 * hold smaller ones (a bus window and the devices in it), unless it is
 * IORESOURCE_BUSY, which says a driver drives it and nothing may nest.
 *
 *   ioport_resource 0000-ffff
 *     +-- 0000-001f dma1 (busy) -- 0020-0021 pic1 (busy) -- ... -- 03f8-03ff serial (busy)
 *
 * request_region() walks down from the root: a free gap takes the new
 * range; a non-busy range that covers it is entered and the walk goes
 * on inside; a busy one, or a partial overlap, is a conflict and the
 * request returns NULL. release_region() finds the busy range that
 * starts and ends exactly there and frees it. A driver that forgets to
 * release shows itself in /proc/ioports after its module is gone, and
 * its next load fails with -EBUSY.
 *
 * Linux 2.6.32 keeps the same tree for memory too (iomem_resource,
 * /proc/iomem), lets a region be requested inside a busy one with
 * IORESOURCE_MUXED's later cousins, and has allocate_resource() for
 * buses that place devices. Linnet has the I/O port tree only: it
 * drives no memory-mapped device and no bus. See docs/drivers.md.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/ioport.h>
#include <linux/module.h>
#include <linux/proc_fs.h>
#include <linux/rwlock.h>
#include <linux/seq_file.h>
#include <linux/slab.h>

/* The root of the I/O port tree: every port a PC has */
struct resource ioport_resource = {
	.name = "PCI IO",
	.start = 0,
	.end = IO_SPACE_LIMIT,
	.flags = IORESOURCE_IO,
};
EXPORT_SYMBOL(ioport_resource);

static DEFINE_RWLOCK(resource_lock);

/* Link @new under @root in address order; NULL, or the range it collides with */
static struct resource *__request_resource(struct resource *root, struct resource *new)
{
	struct resource **p = &root->child, *tmp;

	if (new->end < new->start || new->start < root->start || new->end > root->end)
		return root;
	for (;;) {
		tmp = *p;
		if (!tmp || tmp->start > new->end) {
			new->sibling = tmp;
			*p = new;
			new->parent = root;
			return NULL;
		}
		p = &tmp->sibling;
		if (tmp->end < new->start)
			continue;
		return tmp;
	}
}

static int __release_resource(struct resource *old)
{
	struct resource **p = &old->parent->child, *tmp;

	for (; (tmp = *p); p = &tmp->sibling) {
		if (tmp == old) {
			*p = tmp->sibling;
			old->parent = NULL;
			return 0;
		}
	}
	return -EINVAL;
}

/**
 * request_resource - claim a range the caller owns the memory of
 * @root: the range it lies in (&ioport_resource)
 * @new: start, end, name and flags filled in
 *
 * Context: any; takes resource_lock.
 * Return: 0, or -EBUSY if it overlaps a range already claimed.
 */
int request_resource(struct resource *root, struct resource *new)
{
	struct resource *conflict;

	write_lock(&resource_lock);
	conflict = __request_resource(root, new);
	write_unlock(&resource_lock);
	return conflict ? -EBUSY : 0;
}
EXPORT_SYMBOL(request_resource);

/**
 * release_resource - unlink a range request_resource() claimed
 * @old: the range
 *
 * Context: any; takes resource_lock.
 * Return: 0, or -EINVAL if it was not in the tree.
 */
int release_resource(struct resource *old)
{
	int ret;

	write_lock(&resource_lock);
	ret = old->parent ? __release_resource(old) : -EINVAL;
	write_unlock(&resource_lock);
	return ret;
}
EXPORT_SYMBOL(release_resource);

/**
 * __request_region - claim @n ports from @start for a driver (request_region)
 * @parent: the tree (&ioport_resource)
 * @start: the first port
 * @n: how many
 * @name: the owner, shown in /proc/ioports
 * @flags: added to IORESOURCE_BUSY and the parent's type
 *
 * Walks into any non-busy range that covers the request, as 2.6.32's.
 *
 * Context: process context (allocates with GFP_KERNEL).
 * Return: the new range, or NULL if it is (partly) claimed already or
 * there is no memory.
 */
struct resource *__request_region(struct resource *parent, resource_size_t start, resource_size_t n,
				  const char *name, int flags)
{
	struct resource *res = kzalloc(sizeof(*res), GFP_KERNEL), *conflict;

	if (!res)
		return NULL;
	res->name = name;
	res->start = start;
	res->end = start + n - 1;
	res->flags = IORESOURCE_BUSY | flags | (parent->flags & (IORESOURCE_IO | IORESOURCE_MEM));
	write_lock(&resource_lock);
	for (;;) {
		conflict = __request_resource(parent, res);
		if (!conflict)
			break;
		if (conflict != parent && !(conflict->flags & IORESOURCE_BUSY) &&
		    conflict->start <= res->start && conflict->end >= res->end) {
			parent = conflict;
			continue;
		}
		kfree(res);
		res = NULL;
		break;
	}
	write_unlock(&resource_lock);
	return res;
}
EXPORT_SYMBOL(__request_region);

/**
 * __release_region - give back ports __request_region() claimed (release_region)
 * @parent: the tree (&ioport_resource)
 * @start: the first port, as requested
 * @n: how many, as requested
 *
 * A range that was never claimed is reported as 2.6.32 reports it.
 *
 * Context: process context.
 */
void __release_region(struct resource *parent, resource_size_t start, resource_size_t n)
{
	resource_size_t end = start + n - 1;
	struct resource **p = &parent->child, *res;

	write_lock(&resource_lock);
	while ((res = *p)) {
		if (res->start <= start && res->end >= end) {
			if (!(res->flags & IORESOURCE_BUSY)) {
				p = &res->child; /* a window: the region is inside */
				continue;
			}
			if (res->start != start || res->end != end)
				break;
			*p = res->sibling;
			write_unlock(&resource_lock);
			kfree(res);
			return;
		}
		p = &res->sibling;
	}
	write_unlock(&resource_lock);
	printk(KERN_WARNING "Trying to free nonexistent resource <%016llx-%016llx>\n",
	       (unsigned long long)start, (unsigned long long)end);
}
EXPORT_SYMBOL(__release_region);

/*
 * /proc/ioports: one line per range, depth-first, two spaces of indent
 * per level below the root, 4 hex digits each side as 2.6.32's r_show.
 */
static int ioports_show(struct seq_file *m, void *v)
{
	struct resource *root = &ioport_resource, *r = root->child;
	int depth = 0;

	read_lock(&resource_lock);
	while (r) {
		seq_printf(m, "%*s%04llx-%04llx : %s\n", depth * 2, "",
			   (unsigned long long)r->start, (unsigned long long)r->end,
			   r->name ? r->name : "<BAD>");
		if (r->child) {
			r = r->child;
			depth++;
			continue;
		}
		while (!r->sibling && r->parent != root) {
			r = r->parent;
			depth--;
		}
		r = r->sibling;
	}
	read_unlock(&resource_lock);
	return 0;
}

static int ioports_open(struct inode *inode, struct file *file)
{
	return single_open(file, ioports_show, NULL);
}

static const struct file_operations proc_ioports_operations = {
	.open = ioports_open,
	.read = seq_read,
	.llseek = seq_lseek,
	.release = single_release,
};

static int ioresources_init(void)
{
	proc_create("ioports", 0, NULL, &proc_ioports_operations);
	return 0;
}
fs_initcall(ioresources_init);
