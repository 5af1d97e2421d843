/*
 * kernel/ksysfs.c - /sys/kernel: the kernel's own attributes.
 *
 * kernel_kobj is the directory /sys/kernel, where subsystems hang their
 * own (debugfs mounts at /sys/kernel/debug). Linnet shows the one file
 * of 2.6.32's that it has a meaning for: uevent_seqnum, the number of the
 * last uevent (lib/kobject_uevent.c), which udev compares with its own
 * count to know it has seen every event. See docs/drivers-core.md.
 */
#include <linux/module.h>
#include <linux/kobject.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/errno.h>

/* /sys/kernel, for subsystems to put their directories in */
struct kobject *kernel_kobj;
EXPORT_SYMBOL_GPL(kernel_kobj);

static ssize_t uevent_seqnum_show(struct kobject *kobj, struct kobj_attribute *attr, char *buf)
{
	return sprintf(buf, "%llu\n", (unsigned long long)uevent_seqnum);
}

static struct kobj_attribute uevent_seqnum_attr = __ATTR_RO(uevent_seqnum);

static struct attribute *kernel_attrs[] = {
	&uevent_seqnum_attr.attr,
	NULL,
};

static const struct attribute_group kernel_attr_group = {
	.attrs = kernel_attrs,
};

/* Make /sys/kernel and its files, as 2.6.32's ksysfs_init */
static int __init ksysfs_init(void)
{
	int error;

	kernel_kobj = kobject_create_and_add("kernel", NULL);
	if (!kernel_kobj)
		return -ENOMEM;
	error = sysfs_create_group(kernel_kobj, &kernel_attr_group);
	if (error) {
		kobject_put(kernel_kobj);
		kernel_kobj = NULL;
	}
	return error;
}
core_initcall(ksysfs_init);
