/*
 * resource.c - the trees of I/O port and memory ranges, and who owns them.
 *
 * A tree per address space (linux/ioport.h): each node's children lie
 * inside it, in address order, none overlapping. Claiming a range walks
 * down from the root:
 *
 *   __request_region(root, 0x378, 3, "short")
 *     __request_resource(root, new): in the root's bounds? walk the
 *       children in order: the first that starts after the new range's
 *       end is where it goes (inserted, done); one that overlaps it is
 *       the conflict:
 *         a BUSY conflict (a driver's)      -> NULL: taken
 *         a container (not BUSY) that holds it -> go down into it, again
 *
 * Releasing (__release_region) walks down the same way, through
 * containers, to a BUSY node with exactly that start and end, unlinks it
 * and frees it; anything else is 2.6.32's "Trying to free nonexistent
 * resource" warning. The algorithm, names, exports and /proc formats are
 * Linux 2.6.32's kernel/resource.c; Linnet leaves out what needs PCI or
 * firmware tables (allocate_resource's alignment search, adjust_resource,
 * insert_resource, iomem_map_sanity_check) and registers no "System RAM"
 * in iomem. Read docs/drivers.md next.
 */
#include <linux/module.h>
#include <linux/errno.h>
#include <linux/ioport.h>
#include <linux/init.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/rwlock.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>

/* ioport_resource - the I/O port space, 0-0xffff */
struct resource ioport_resource = {
	.name = "PCI IO",
	.start = 0,
	.end = IO_SPACE_LIMIT,
	.flags = IORESOURCE_IO,
};
EXPORT_SYMBOL(ioport_resource);

/* iomem_resource - the physical address space, 0-4 GB */
struct resource iomem_resource = {
	.name = "PCI mem",
	.start = 0,
	.end = (resource_size_t)-1,
	.flags = IORESOURCE_MEM,
};
EXPORT_SYMBOL(iomem_resource);

static DEFINE_RWLOCK(resource_lock);

/* Insert @new under @root; NULL, or the node it collides with (@root if out of bounds) */
static struct resource *__request_resource(struct resource *root, struct resource *new)
{
	struct resource *tmp, **p;

	if (new->end < new->start || new->start < root->start || new->end > root->end)
		return root;
	for (p = &root->child;; p = &tmp->sibling) {
		tmp = *p;
		if (!tmp || tmp->start > new->end) {
			new->sibling = tmp;
			*p = new;
			new->parent = root;
			return NULL;
		}
		if (tmp->end >= new->start)
			return tmp;
	}
}

static int __release_resource(struct resource *old)
{
	struct resource **p;

	for (p = &old->parent->child; *p; p = &(*p)->sibling)
		if (*p == old) {
			*p = old->sibling;
			old->parent = NULL;
			return 0;
		}
	return -EINVAL;
}

/**
 * request_resource - put a resource the caller owns into a tree
 * @root: the parent range
 * @new: the range, with start, end, name and flags filled in
 *
 * Context: any; takes resource_lock.
 * Return: 0, or -EBUSY if it is out of @root or overlaps a child.
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
 * release_resource - take a resource out of its tree (the caller frees it)
 * @old: the resource
 *
 * Context: any; takes resource_lock.
 * Return: 0, or -EINVAL if it was not in its parent's list.
 */
int release_resource(struct resource *old)
{
	int retval;

	write_lock(&resource_lock);
	retval = __release_resource(old);
	write_unlock(&resource_lock);
	return retval;
}
EXPORT_SYMBOL(release_resource);

/**
 * __request_region - claim a range for a driver: a new BUSY resource
 * @parent: the tree (&ioport_resource or &iomem_resource)
 * @start: the first port or address
 * @n: how many
 * @name: the driver's name, kept (not copied) for /proc/ioports
 * @flags: extra flags (IORESOURCE_EXCLUSIVE)
 *
 * Goes down through containers that hold the range; fails if any part
 * of it is owned or straddles a container's edge.
 *
 * Context: process context (allocates with GFP_KERNEL).
 * Return: the new resource, or NULL if the range is taken.
 */
struct resource *__request_region(struct resource *parent, resource_size_t start, resource_size_t n,
				  const char *name, int flags)
{
	struct resource *res = kzalloc(sizeof(*res), GFP_KERNEL);
	struct resource *conflict;

	if (!res)
		return NULL;
	res->name = name;
	res->start = start;
	res->end = start + n - 1;
	res->flags = IORESOURCE_BUSY | flags;

	write_lock(&resource_lock);
	while ((conflict = __request_resource(parent, res))) {
		if (conflict == parent || (conflict->flags & IORESOURCE_BUSY)) {
			kfree(res);
			res = NULL;
			break;
		}
		parent = conflict; /* a container: try inside it */
	}
	write_unlock(&resource_lock);
	return res;
}
EXPORT_SYMBOL(__request_region);

/**
 * __check_region - would __request_region() succeed now?
 * @parent: the tree
 * @start: the first port or address
 * @n: how many
 *
 * Racy: the range may be taken right after. 2.6.32 keeps it for old
 * drivers; new ones just request the region.
 *
 * Context: process context.
 * Return: 0 if free, -EBUSY if not.
 */
int __check_region(struct resource *parent, resource_size_t start, resource_size_t n)
{
	struct resource *res = __request_region(parent, start, n, "check-region", 0);

	if (!res)
		return -EBUSY;
	release_resource(res);
	kfree(res);
	return 0;
}
EXPORT_SYMBOL(__check_region);

/**
 * __release_region - give back a range claimed with __request_region()
 * @parent: the tree
 * @start: the first port or address, as requested
 * @n: how many, as requested
 *
 * Context: process context.
 */
void __release_region(struct resource *parent, resource_size_t start, resource_size_t n)
{
	resource_size_t end = start + n - 1;
	struct resource **p = &parent->child;
	struct resource *res;

	write_lock(&resource_lock);
	while ((res = *p)) {
		if (res->start <= start && res->end >= end) {
			if (!(res->flags & IORESOURCE_BUSY)) {
				p = &res->child; /* a container: look inside */
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

/* /proc/ioports and /proc/iomem: the tree in pre-order, m->private its root */

#define MAX_IORES_LEVEL 5

static void *r_next(struct seq_file *m, void *v, loff_t *pos)
{
	struct resource *p = v;

	(*pos)++;
	if (p->child)
		return p->child;
	while (!p->sibling && p->parent)
		p = p->parent;
	return p->sibling;
}

static void *r_start(struct seq_file *m, loff_t *pos)
{
	struct resource *p = m->private;
	loff_t l = 0;

	read_lock(&resource_lock);
	for (p = p->child; p && l < *pos; p = r_next(m, p, &l))
		;
	return p;
}

static void r_stop(struct seq_file *m, void *v)
{
	read_unlock(&resource_lock);
}

/* "0060-0060 : keyboard", two spaces more per level; 4 hex digits for ports, 8 for memory */
static int r_show(struct seq_file *m, void *v)
{
	struct resource *root = m->private;
	struct resource *r = v, *p;
	int width = root->end < 0x10000 ? 4 : 8;
	int depth;

	for (depth = 0, p = r; depth < MAX_IORES_LEVEL; depth++, p = p->parent)
		if (p->parent == root)
			break;
	return seq_printf(m, "%*s%0*llx-%0*llx : %s\n", depth * 2, "", width,
			  (unsigned long long)r->start, width, (unsigned long long)r->end,
			  r->name ? r->name : "<BAD>");
}

static const struct seq_operations resource_op = {
	.start = r_start,
	.next = r_next,
	.stop = r_stop,
	.show = r_show,
};

static int resource_open(struct file *file, struct resource *root)
{
	int res = seq_open(file, &resource_op);

	if (!res)
		((struct seq_file *)file->private_data)->private = root;
	return res;
}

static int ioports_open(struct inode *inode, struct file *file)
{
	return resource_open(file, &ioport_resource);
}

static int iomem_open(struct inode *inode, struct file *file)
{
	return resource_open(file, &iomem_resource);
}

static const struct file_operations proc_ioports_operations = {
	.open = ioports_open,
	.read = seq_read,
	.llseek = seq_lseek,
	.release = seq_release,
};

static const struct file_operations proc_iomem_operations = {
	.open = iomem_open,
	.read = seq_read,
	.llseek = seq_lseek,
	.release = seq_release,
};

static int __init ioresources_init(void)
{
	proc_create("ioports", 0, NULL, &proc_ioports_operations);
	proc_create("iomem", 0, NULL, &proc_iomem_operations);
	return 0;
}
__initcall(ioresources_init);
