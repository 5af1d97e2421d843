/*
 * sysfs_test.c - fs/sysfs, the driver core's files, /sys/module and debugfs.
 *
 * Each case makes kobjects or devices, then looks at /sys through the VFS
 * the way a program would (open, read, write, readlink, stat), so what is
 * checked is what user space sees: a kobject is a directory and goes with
 * kobject_put(); show() is called per read at offset 0 and store() gets
 * the written bytes (at most PAGE_SIZE - 1), its errno or short count
 * reaching write(); open refuses a writer of a file without store or
 * write bits; a removed attribute's open file answers -ENODEV; groups
 * are all or nothing; links are relative; sysfs_notify() wakes poll.
 * A device of a class gets dev, uevent, subsystem and its links; the
 * module tests/modules/mt_sysfs.c does it all from outside the kernel,
 * with a parameter in /sys/module and files in debugfs.
 */
#include <kunit/test.h>
#include <linux/debugfs.h>
#include <linux/device.h>
#include <linux/err.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/init_syscalls.h>
#include <linux/kdev_t.h>
#include <linux/kernel.h>
#include <linux/kobject.h>
#include <linux/magic.h>
#include <linux/miscdevice.h>
#include <linux/module.h>
#include <linux/mount.h>
#include <linux/namei.h>
#include <linux/poll.h>
#include <linux/slab.h>
#include <linux/stat.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/sysfs.h>

extern const char __blob_mt_sysfs_start[], __blob_mt_sysfs_end[];

/* The super block magic of what @path is on, or 0 */
static unsigned long magic_at(const char *path)
{
	struct path p;
	unsigned long magic;

	if (kern_path(path, LOOKUP_FOLLOW, &p))
		return 0;
	magic = p.dentry->d_sb->s_magic;
	path_put(&p);
	return magic;
}

/* Mount sysfs at /sys and debugfs at /sys/kernel/debug, as rcS would */
static int sysfs_suite_init(struct kunit_suite *suite)
{
	init_mkdir("/sys", 0755);
	if (magic_at("/sys") != SYSFS_MAGIC && do_mount("sysfs", "/sys", "sysfs", 0, NULL))
		return -ENODEV;
	if (magic_at("/sys/kernel/debug") != DEBUGFS_MAGIC &&
	    do_mount("none", "/sys/kernel/debug", "debugfs", 0, NULL))
		return -ENODEV;
	return 0;
}

/* read() or write() @n bytes of @buf at offset 0 of @path */
static ssize_t rw(const char *path, bool write, char *buf, size_t n)
{
	struct file *f = filp_open(path, write ? O_WRONLY : O_RDONLY, 0);
	ssize_t r;

	if (IS_ERR(f))
		return PTR_ERR(f);
	r = write ? vfs_write(f, (const char __user *)buf, n, &f->f_pos) :
		    vfs_read(f, (char __user *)buf, n, &f->f_pos);
	filp_close(f, NULL);
	return r;
}

/* The whole text of @path, NUL-terminated, in @buf (64 bytes); its length or -errno */
static ssize_t cat(const char *path, char *buf)
{
	ssize_t n = rw(path, false, buf, 63);

	buf[n > 0 ? n : 0] = '\0';
	return n;
}

static ssize_t write_str(const char *path, const char *s)
{
	return rw(path, true, (char *)s, strlen(s));
}

/* What the symlink @path says, in @buf (128 bytes); its length or -errno */
static long link_of(const char *path, char *buf)
{
	long n = sys_readlinkat(AT_FDCWD, (const char __user *)path, (char __user *)buf, 127);

	buf[n > 0 ? n : 0] = '\0';
	return n;
}

/* The S_IFMT | permission bits of @path (not followed), or 0 if there is none */
static umode_t mode_of(const char *path)
{
	struct kstat st;

	return init_stat(path, &st, AT_SYMLINK_NOFOLLOW) ? 0 : st.mode;
}

/* A kobject with kobj_attributes: "number" holds an int, "fail" always fails */
static int number;
static ssize_t store_result;

static ssize_t number_show(struct kobject *kobj, struct kobj_attribute *attr, char *buf)
{
	return sprintf(buf, "%d\n", number);
}

static char stored[PAGE_SIZE];
static size_t stored_count;

/* Keeps what it was given; answers store_result (or the count when 0) */
static ssize_t number_store(struct kobject *kobj, struct kobj_attribute *attr, const char *buf,
			    size_t count)
{
	memcpy(stored, buf, count + 1);
	stored_count = count;
	if (store_result)
		return store_result;
	if (kstrtoint(buf, 0, &number))
		return -EINVAL;
	return count;
}

static ssize_t fail_show(struct kobject *kobj, struct kobj_attribute *attr, char *buf)
{
	return -EIO;
}

static struct kobj_attribute number_attr = __ATTR(number, 0644, number_show, number_store);
static struct kobj_attribute ro_attr = __ATTR(ro, 0444, number_show, number_store);
static struct kobj_attribute nostore_attr = __ATTR(nostore, 0644, number_show, NULL);
static struct kobj_attribute fail_attr = __ATTR(fail, 0444, fail_show, NULL);

static void put_kobj(void *kobj)
{
	kobject_put(kobj);
}

/* /sys/NAME, a plain kobject, put when the case ends */
static struct kobject *test_kobj(struct kunit *test, const char *name)
{
	struct kobject *kobj = kobject_create_and_add(name, NULL);

	KUNIT_ASSERT_NOT_NULL(test, kobj);
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, put_kobj, kobj), 0);
	return kobj;
}

static void sysfs_kobject_dir_test(struct kunit *test)
{
	struct kobject *parent = kobject_create_and_add("kunit_sysfs", NULL);
	struct kobject *child;
	char *path;

	KUNIT_ASSERT_NOT_NULL(test, parent);
	child = kobject_create_and_add("child", parent);
	KUNIT_ASSERT_NOT_NULL(test, child);
	KUNIT_EXPECT_EQ(test, mode_of("/sys/kunit_sysfs"), (umode_t)(S_IFDIR | 0755));
	KUNIT_EXPECT_EQ(test, mode_of("/sys/kunit_sysfs/child"), (umode_t)(S_IFDIR | 0755));
	path = kobject_get_path(child, GFP_KERNEL);
	KUNIT_EXPECT_STREQ(test, path ?: "", "/kunit_sysfs/child");
	kfree(path);
	/* the same name twice in a directory is refused */
	KUNIT_EXPECT_NULL(test, kobject_create_and_add("child", parent));
	kobject_put(child);
	KUNIT_EXPECT_EQ(test, mode_of("/sys/kunit_sysfs/child"), (umode_t)0);
	kobject_put(parent);
	KUNIT_EXPECT_EQ(test, mode_of("/sys/kunit_sysfs"), (umode_t)0);
}

static void sysfs_show_store_test(struct kunit *test)
{
	struct kobject *kobj = test_kobj(test, "kunit_attr");
	char buf[64];

	KUNIT_ASSERT_EQ(test, sysfs_create_file(kobj, &number_attr.attr), 0);
	KUNIT_EXPECT_EQ(test, sysfs_create_file(kobj, &number_attr.attr), -EEXIST);
	KUNIT_EXPECT_EQ(test, mode_of("/sys/kunit_attr/number"), (umode_t)(S_IFREG | 0644));
	number = 5;
	store_result = 0;
	KUNIT_EXPECT_EQ(test, cat("/sys/kunit_attr/number", buf), 2L);
	KUNIT_EXPECT_STREQ(test, buf, "5\n");
	/* store sees exactly the bytes written, NUL-terminated */
	KUNIT_EXPECT_EQ(test, write_str("/sys/kunit_attr/number", "17\n"), 3L);
	KUNIT_EXPECT_EQ(test, stored_count, (size_t)3);
	KUNIT_EXPECT_STREQ(test, stored, "17\n");
	KUNIT_EXPECT_EQ(test, number, 17);
	KUNIT_EXPECT_EQ(test, write_str("/sys/kunit_attr/number", "x"), (long)-EINVAL);
	/* a short count from store is a short write */
	store_result = 1;
	KUNIT_EXPECT_EQ(test, write_str("/sys/kunit_attr/number", "123"), 1L);
	store_result = -EIO;
	KUNIT_EXPECT_EQ(test, write_str("/sys/kunit_attr/number", "123"), (long)-EIO);
	store_result = 0;
	sysfs_remove_file(kobj, &number_attr.attr);
	KUNIT_EXPECT_EQ(test, cat("/sys/kunit_attr/number", buf), (long)-ENOENT);
}

/* A write of more than a page reaches store() as PAGE_SIZE - 1 bytes */
static void sysfs_page_limit_test(struct kunit *test)
{
	struct kobject *kobj = test_kobj(test, "kunit_page");
	char *big = kunit_kzalloc(test, 2 * PAGE_SIZE, GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, big);
	memset(big, '1', 2 * PAGE_SIZE - 1);
	KUNIT_ASSERT_EQ(test, sysfs_create_file(kobj, &number_attr.attr), 0);
	store_result = 7;
	KUNIT_EXPECT_EQ(test, rw("/sys/kunit_page/number", true, big, 2 * PAGE_SIZE - 1), 7L);
	KUNIT_EXPECT_EQ(test, stored_count, (size_t)(PAGE_SIZE - 1));
	KUNIT_EXPECT_EQ(test, strlen(stored), (size_t)(PAGE_SIZE - 1));
	store_result = 0;
}

static ssize_t show_only_show(struct kobject *kobj, struct attribute *attr, char *buf)
{
	return sprintf(buf, "%s\n", attr->name);
}

static const struct sysfs_ops show_only_ops = {
	.show = show_only_show,
};

static void show_only_release(struct kobject *kobj)
{
	memset(kobj, 0, sizeof(*kobj));
}

static struct kobj_type show_only_ktype = {
	.release = show_only_release,
	.sysfs_ops = &show_only_ops,
};

static struct kobject show_only_kobj;

static void sysfs_open_checks_test(struct kunit *test)
{
	struct kobject *kobj = test_kobj(test, "kunit_open");
	struct file *f;
	char buf[64];

	KUNIT_ASSERT_EQ(test, sysfs_create_file(kobj, &ro_attr.attr), 0);
	KUNIT_ASSERT_EQ(test, sysfs_create_file(kobj, &nostore_attr.attr), 0);
	KUNIT_ASSERT_EQ(test, sysfs_create_file(kobj, &fail_attr.attr), 0);
	/* no write bit: even root may not open it for writing */
	KUNIT_EXPECT_EQ(test, write_str("/sys/kunit_open/ro", "1"), (long)-EACCES);
	/* kobj_sysfs_ops has a store(): the attribute without one answers -EIO */
	KUNIT_EXPECT_EQ(test, write_str("/sys/kunit_open/nostore", "1"), (long)-EIO);
	KUNIT_EXPECT_EQ(test, cat("/sys/kunit_open/nostore", buf) > 0, true);
	/* a kobject type whose sysfs_ops have no store(): no writer at all */
	KUNIT_ASSERT_EQ(test,
			kobject_init_and_add(&show_only_kobj, &show_only_ktype, NULL, "%s",
					     "kunit_showonly"),
			0);
	KUNIT_EXPECT_EQ(test, sysfs_create_file(&show_only_kobj, &number_attr.attr), 0);
	KUNIT_EXPECT_EQ(test, write_str("/sys/kunit_showonly/number", "1"), (long)-EACCES);
	KUNIT_EXPECT_EQ(test, cat("/sys/kunit_showonly/number", buf) > 0, true);
	kobject_put(&show_only_kobj);
	/* show's error is read's */
	KUNIT_EXPECT_EQ(test, cat("/sys/kunit_open/fail", buf), (long)-EIO);
	/* a directory is not read */
	f = filp_open("/sys/kunit_open", O_RDONLY, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(f));
	KUNIT_EXPECT_EQ(test, vfs_read(f, (char __user *)buf, 8, &f->f_pos), (long)-EISDIR);
	filp_close(f, NULL);
}

/* An open file of a removed attribute no longer reaches show() */
static void sysfs_remove_while_open_test(struct kunit *test)
{
	struct kobject *kobj = test_kobj(test, "kunit_gone");
	struct file *f;
	char buf[16];

	KUNIT_ASSERT_EQ(test, sysfs_create_file(kobj, &number_attr.attr), 0);
	f = filp_open("/sys/kunit_gone/number", O_RDONLY, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(f));
	sysfs_remove_file(kobj, &number_attr.attr);
	f->f_pos = 0;
	KUNIT_EXPECT_EQ(test, vfs_read(f, (char __user *)buf, sizeof(buf), &f->f_pos),
			(long)-ENODEV);
	filp_close(f, NULL);
	/* and the name is free again */
	KUNIT_EXPECT_EQ(test, sysfs_create_file(kobj, &number_attr.attr), 0);
}

static struct kobj_attribute a_attr = __ATTR(a, 0444, number_show, NULL);
static struct kobj_attribute b_attr = __ATTR(b, 0644, number_show, number_store);
static struct attribute *group_attrs[] = { &a_attr.attr, &b_attr.attr, NULL };
static struct attribute *dup_attrs[] = { &b_attr.attr, &b_attr.attr, NULL };

/* is_visible hides "a" and makes "b" read-only */
static mode_t group_visible(struct kobject *kobj, struct attribute *attr, int n)
{
	return attr == &a_attr.attr ? 0 : 0444;
}

static void sysfs_group_test(struct kunit *test)
{
	struct kobject *kobj = test_kobj(test, "kunit_grp");
	struct attribute_group named = { .name = "grp", .attrs = group_attrs };
	struct attribute_group visible = { .attrs = group_attrs, .is_visible = group_visible };
	struct attribute_group dup = { .name = "dup", .attrs = dup_attrs };

	KUNIT_ASSERT_EQ(test, sysfs_create_group(kobj, &named), 0);
	KUNIT_EXPECT_EQ(test, mode_of("/sys/kunit_grp/grp"), (umode_t)(S_IFDIR | 0755));
	KUNIT_EXPECT_EQ(test, mode_of("/sys/kunit_grp/grp/a"), (umode_t)(S_IFREG | 0444));
	KUNIT_EXPECT_EQ(test, mode_of("/sys/kunit_grp/grp/b"), (umode_t)(S_IFREG | 0644));
	sysfs_remove_group(kobj, &named);
	KUNIT_EXPECT_EQ(test, mode_of("/sys/kunit_grp/grp"), (umode_t)0);
	KUNIT_ASSERT_EQ(test, sysfs_create_group(kobj, &visible), 0);
	KUNIT_EXPECT_EQ(test, mode_of("/sys/kunit_grp/a"), (umode_t)0);
	KUNIT_EXPECT_EQ(test, mode_of("/sys/kunit_grp/b"), (umode_t)(S_IFREG | 0444));
	sysfs_remove_group(kobj, &visible);
	/* all or nothing: the second "b" fails, and the group is gone */
	KUNIT_EXPECT_EQ(test, sysfs_create_group(kobj, &dup), -EEXIST);
	KUNIT_EXPECT_EQ(test, mode_of("/sys/kunit_grp/dup"), (umode_t)0);
}

static void sysfs_link_test(struct kunit *test)
{
	struct kobject *a = test_kobj(test, "kunit_la");
	struct kobject *b = test_kobj(test, "kunit_lb");
	struct kobject *deep = kobject_create_and_add("deep", b);
	char buf[128];

	KUNIT_ASSERT_NOT_NULL(test, deep);
	KUNIT_ASSERT_EQ(test, sysfs_create_link(a, deep, "to_deep"), 0);
	KUNIT_ASSERT_EQ(test, sysfs_create_link(deep, a, "to_a"), 0);
	KUNIT_EXPECT_EQ(test, sysfs_create_link_nowarn(a, deep, "to_deep"), -EEXIST);
	KUNIT_EXPECT_EQ(test, mode_of("/sys/kunit_la/to_deep"), (umode_t)(S_IFLNK | 0777));
	KUNIT_EXPECT_EQ(test, link_of("/sys/kunit_la/to_deep", buf), 16L);
	KUNIT_EXPECT_STREQ(test, buf, "../kunit_lb/deep");
	KUNIT_EXPECT_GT(test, link_of("/sys/kunit_lb/deep/to_a", buf), 0L);
	KUNIT_EXPECT_STREQ(test, buf, "../../kunit_la");
	/* a link is followed like any other */
	KUNIT_EXPECT_EQ(test, sysfs_create_file(deep, &a_attr.attr), 0);
	number = 3;
	KUNIT_EXPECT_EQ(test, cat("/sys/kunit_la/to_deep/a", buf), 2L);
	sysfs_remove_link(a, "to_deep");
	KUNIT_EXPECT_EQ(test, mode_of("/sys/kunit_la/to_deep"), (umode_t)0);
	kobject_put(deep);
}

/* poll: quiet after a read, POLLERR|POLLPRI after sysfs_notify() */
static void sysfs_notify_poll_test(struct kunit *test)
{
	struct kobject *kobj = test_kobj(test, "kunit_poll");
	unsigned int mask;
	struct file *f;
	char buf[16];

	KUNIT_ASSERT_EQ(test, sysfs_create_file(kobj, &number_attr.attr), 0);
	f = filp_open("/sys/kunit_poll/number", O_RDONLY, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(f));
	KUNIT_EXPECT_GT(test, vfs_read(f, (char __user *)buf, sizeof(buf), &f->f_pos), 0L);
	mask = f->f_op->poll(f, NULL);
	KUNIT_EXPECT_EQ(test, mask & (POLLERR | POLLPRI), 0U);
	KUNIT_EXPECT_EQ(test, mask & POLLIN, (unsigned int)POLLIN);
	sysfs_notify(kobj, NULL, "number");
	mask = f->f_op->poll(f, NULL);
	KUNIT_EXPECT_EQ(test, mask & (POLLERR | POLLPRI), (unsigned int)(POLLERR | POLLPRI));
	/* reading again from the start takes the event */
	f->f_pos = 0;
	KUNIT_EXPECT_GT(test, vfs_read(f, (char __user *)buf, sizeof(buf), &f->f_pos), 0L);
	KUNIT_EXPECT_EQ(test, f->f_op->poll(f, NULL) & POLLPRI, 0U);
	filp_close(f, NULL);
}

static ssize_t tag_show(struct device *dev, struct device_attribute *attr, char *buf)
{
	return sprintf(buf, "%s\n", dev_name(dev));
}

static DEVICE_ATTR(tag, 0444, tag_show, NULL);

static void sysfs_class_device_test(struct kunit *test)
{
	struct class *cls = class_create(THIS_MODULE, "kunit_cls");
	struct device *dev;
	char buf[128];

	KUNIT_ASSERT_FALSE(test, IS_ERR(cls));
	KUNIT_EXPECT_EQ(test, mode_of("/sys/class/kunit_cls"), (umode_t)(S_IFDIR | 0755));
	dev = device_create(cls, NULL, MKDEV(240, 7), NULL, "kunit_dev%d", 7);
	KUNIT_ASSERT_FALSE(test, IS_ERR(dev));
	KUNIT_EXPECT_EQ(test, cat("/sys/class/kunit_cls/kunit_dev7/dev", buf), 6L);
	KUNIT_EXPECT_STREQ(test, buf, "240:7\n");
	KUNIT_EXPECT_GT(test, cat("/sys/devices/virtual/kunit_cls/kunit_dev7/uevent", buf), 0L);
	KUNIT_EXPECT_STREQ(test, buf, "MAJOR=240\nMINOR=7\nDEVNAME=kunit_dev7\n");
	KUNIT_EXPECT_GT(test, link_of("/sys/class/kunit_cls/kunit_dev7", buf), 0L);
	KUNIT_EXPECT_STREQ(test, buf, "../../devices/virtual/kunit_cls/kunit_dev7");
	KUNIT_EXPECT_GT(test, link_of("/sys/dev/char/240:7", buf), 0L);
	KUNIT_EXPECT_STREQ(test, buf, "../../devices/virtual/kunit_cls/kunit_dev7");
	KUNIT_EXPECT_GT(test, link_of("/sys/devices/virtual/kunit_cls/kunit_dev7/subsystem", buf),
			0L);
	KUNIT_EXPECT_STREQ(test, buf, "../../../../class/kunit_cls");
	KUNIT_EXPECT_EQ(test, device_create_file(dev, &dev_attr_tag), 0);
	KUNIT_EXPECT_GT(test, cat("/sys/class/kunit_cls/kunit_dev7/tag", buf), 0L);
	KUNIT_EXPECT_STREQ(test, buf, "kunit_dev7\n");
	device_destroy(cls, MKDEV(240, 7));
	KUNIT_EXPECT_EQ(test, mode_of("/sys/class/kunit_cls/kunit_dev7"), (umode_t)0);
	KUNIT_EXPECT_EQ(test, mode_of("/sys/dev/char/240:7"), (umode_t)0);
	/* the last device took the class's directory in devices/virtual with it */
	KUNIT_EXPECT_EQ(test, mode_of("/sys/devices/virtual/kunit_cls"), (umode_t)0);
	class_destroy(cls);
	KUNIT_EXPECT_EQ(test, mode_of("/sys/class/kunit_cls"), (umode_t)0);
}

static const struct file_operations misc_fops;

/* A misc device is a device of the class "misc", as in 2.6.32 */
static void sysfs_misc_device_test(struct kunit *test)
{
	struct miscdevice m = { .minor = MISC_DYNAMIC_MINOR,
				.name = "kunit_misc",
				.fops = &misc_fops };
	char buf[128], want[16];

	KUNIT_ASSERT_EQ(test, misc_register(&m), 0);
	snprintf(want, sizeof(want), "%d:%d\n", MISC_MAJOR, m.minor);
	KUNIT_EXPECT_GT(test, cat("/sys/class/misc/kunit_misc/dev", buf), 0L);
	KUNIT_EXPECT_STREQ(test, buf, want);
	KUNIT_EXPECT_GT(test, link_of("/sys/class/misc/kunit_misc", buf), 0L);
	KUNIT_EXPECT_STREQ(test, buf, "../../devices/virtual/misc/kunit_misc");
	KUNIT_EXPECT_PTR_EQ(test, dev_get_drvdata(m.this_device), (void *)&m);
	misc_deregister(&m);
	KUNIT_EXPECT_EQ(test, mode_of("/sys/class/misc/kunit_misc"), (umode_t)0);
}

static int dbg_open(struct inode *inode, struct file *file)
{
	file->private_data = inode->i_private;
	return 0;
}

static ssize_t dbg_read(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	return simple_read_from_buffer(buf, count, ppos, file->private_data,
				       strlen(file->private_data));
}

static const struct file_operations dbg_fops = {
	.open = dbg_open,
	.read = dbg_read,
};

static void debugfs_files_test(struct kunit *test)
{
	static char blob_data[] = "blob!";
	struct debugfs_blob_wrapper blob = { blob_data, 5 };
	struct dentry *dir = debugfs_create_dir("kunit_dbg", NULL);
	u32 v32 = 42, flag = 1;
	u8 v8 = 200;
	char buf[64];

	KUNIT_ASSERT_NOT_NULL(test, dir);
	KUNIT_ASSERT_NOT_NULL(test, debugfs_create_u32("u32", 0644, dir, &v32));
	KUNIT_ASSERT_NOT_NULL(test, debugfs_create_x32("x32", 0444, dir, &v32));
	KUNIT_ASSERT_NOT_NULL(test, debugfs_create_u8("u8", 0444, dir, &v8));
	KUNIT_ASSERT_NOT_NULL(test, debugfs_create_bool("flag", 0644, dir, &flag));
	KUNIT_ASSERT_NOT_NULL(test, debugfs_create_blob("blob", 0444, dir, &blob));
	KUNIT_ASSERT_NOT_NULL(test,
			      debugfs_create_file("text", 0444, dir, "some text\n", &dbg_fops));
	KUNIT_EXPECT_NULL(test, debugfs_create_u32("u32", 0644, dir, &v32));
	KUNIT_EXPECT_EQ(test, mode_of("/sys/kernel/debug/kunit_dbg/u32"),
			(umode_t)(S_IFREG | 0644));
	KUNIT_EXPECT_GT(test, cat("/sys/kernel/debug/kunit_dbg/u32", buf), 0L);
	KUNIT_EXPECT_STREQ(test, buf, "42\n");
	KUNIT_EXPECT_GT(test, cat("/sys/kernel/debug/kunit_dbg/x32", buf), 0L);
	KUNIT_EXPECT_STREQ(test, buf, "0x0000002a\n");
	KUNIT_EXPECT_GT(test, cat("/sys/kernel/debug/kunit_dbg/u8", buf), 0L);
	KUNIT_EXPECT_STREQ(test, buf, "200\n");
	KUNIT_EXPECT_EQ(test, write_str("/sys/kernel/debug/kunit_dbg/u32", "0x10\n"), 5L);
	KUNIT_EXPECT_EQ(test, v32, 16U);
	KUNIT_EXPECT_GT(test, cat("/sys/kernel/debug/kunit_dbg/flag", buf), 0L);
	KUNIT_EXPECT_STREQ(test, buf, "Y\n");
	KUNIT_EXPECT_EQ(test, write_str("/sys/kernel/debug/kunit_dbg/flag", "n"), 1L);
	KUNIT_EXPECT_EQ(test, flag, 0U);
	KUNIT_EXPECT_EQ(test, cat("/sys/kernel/debug/kunit_dbg/blob", buf), 5L);
	KUNIT_EXPECT_STREQ(test, buf, "blob!");
	KUNIT_EXPECT_GT(test, cat("/sys/kernel/debug/kunit_dbg/text", buf), 0L);
	KUNIT_EXPECT_STREQ(test, buf, "some text\n");
	debugfs_remove_recursive(dir);
	KUNIT_EXPECT_EQ(test, mode_of("/sys/kernel/debug/kunit_dbg"), (umode_t)0);
}

static void unload_mt_sysfs(void *unused)
{
	unload_module("mt_sysfs", 0);
}

/* A module's class device, attribute, parameter and debugfs files, and their going */
static void sysfs_module_test(struct kunit *test)
{
	char buf[64], *long_label;

	KUNIT_ASSERT_EQ(test,
			load_module_image(__blob_mt_sysfs_start,
					  __blob_mt_sysfs_end - __blob_mt_sysfs_start, "step=10"),
			0L);
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, unload_mt_sysfs, NULL), 0);
	KUNIT_EXPECT_GT(test, cat("/sys/module/mt_sysfs/parameters/step", buf), 0L);
	KUNIT_EXPECT_STREQ(test, buf, "10\n");
	KUNIT_EXPECT_EQ(test, mode_of("/sys/module/mt_sysfs/parameters/step"),
			(umode_t)(S_IFREG | 0644));
	KUNIT_EXPECT_GT(test, cat("/sys/module/mt_sysfs/initstate", buf), 0L);
	KUNIT_EXPECT_STREQ(test, buf, "live\n");
	KUNIT_EXPECT_GT(test, cat("/sys/module/mt_sysfs/refcnt", buf), 0L);
	KUNIT_EXPECT_STREQ(test, buf, "0\n");
	KUNIT_EXPECT_GT(test, cat("/sys/module/mt_sysfs/sections/.text", buf), 2L);
	KUNIT_EXPECT_EQ(test, strncmp(buf, "0x", 2), 0);
	KUNIT_EXPECT_EQ(test, write_str("/sys/class/mt_sysfs/mt_sysfs0/value", "5"), 1L);
	KUNIT_EXPECT_GT(test, cat("/sys/class/mt_sysfs/mt_sysfs0/value", buf), 0L);
	KUNIT_EXPECT_STREQ(test, buf, "15\n");
	/* the parameter is the module's variable */
	KUNIT_EXPECT_EQ(test, write_str("/sys/module/mt_sysfs/parameters/step", "2\n"), 2L);
	KUNIT_EXPECT_EQ(test, write_str("/sys/class/mt_sysfs/mt_sysfs0/value", "5"), 1L);
	KUNIT_EXPECT_GT(test, cat("/sys/class/mt_sysfs/mt_sysfs0/value", buf), 0L);
	KUNIT_EXPECT_STREQ(test, buf, "7\n");
	KUNIT_EXPECT_EQ(test, write_str("/sys/class/mt_sysfs/mt_sysfs0/value", "five"),
			(long)-EINVAL);
	KUNIT_EXPECT_EQ(test, write_str("/sys/module/mt_sysfs/parameters/step", "two"),
			(long)-EINVAL);
	/* a charp keeps a copy of what was written, each write replacing the last */
	KUNIT_EXPECT_GT(test, cat("/sys/module/mt_sysfs/parameters/label", buf), 0L);
	KUNIT_EXPECT_STREQ(test, buf, "none\n");
	KUNIT_EXPECT_EQ(test, write_str("/sys/module/mt_sysfs/parameters/label", "first"), 5L);
	KUNIT_EXPECT_EQ(test, write_str("/sys/module/mt_sysfs/parameters/label", "second"), 6L);
	KUNIT_EXPECT_GT(test, cat("/sys/module/mt_sysfs/parameters/label", buf), 0L);
	KUNIT_EXPECT_STREQ(test, buf, "second\n");
	/* over 1024 characters: -ENOSPC, as 2.6.32's param_set_charp, the value kept */
	long_label = kunit_kzalloc(test, 1026, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, long_label);
	memset(long_label, 'x', 1025);
	KUNIT_EXPECT_EQ(test, write_str("/sys/module/mt_sysfs/parameters/label", long_label),
			(long)-ENOSPC);
	long_label[1024] = '\0';
	KUNIT_EXPECT_EQ(test, write_str("/sys/module/mt_sysfs/parameters/label", long_label),
			1024L);
	KUNIT_EXPECT_GT(test, cat("/sys/module/mt_sysfs/parameters/label", buf), 0L);
	KUNIT_EXPECT_EQ(test, strncmp(buf, "xxxx", 4), 0);
	KUNIT_EXPECT_GT(test, cat("/sys/kernel/debug/mt_sysfs/count", buf), 0L);
	KUNIT_EXPECT_STREQ(test, buf, "3\n");
	KUNIT_EXPECT_GT(test, cat("/sys/kernel/debug/mt_sysfs/hello", buf), 0L);
	KUNIT_EXPECT_STREQ(test, buf, "hello from mt_sysfs\n");
	KUNIT_ASSERT_EQ(test, unload_module("mt_sysfs", 0), 0L);
	KUNIT_EXPECT_EQ(test, mode_of("/sys/module/mt_sysfs"), (umode_t)0);
	KUNIT_EXPECT_EQ(test, mode_of("/sys/class/mt_sysfs"), (umode_t)0);
	KUNIT_EXPECT_EQ(test, mode_of("/sys/devices/virtual/mt_sysfs"), (umode_t)0);
	KUNIT_EXPECT_EQ(test, mode_of("/sys/kernel/debug/mt_sysfs"), (umode_t)0);
}

/* Built-in code's parameters: a file for each with a mode, with that mode */
static void sysfs_builtin_params_test(struct kunit *test)
{
	char buf[64];

	KUNIT_EXPECT_EQ(test, mode_of("/sys/module"), (umode_t)(S_IFDIR | 0755));
#ifdef CONFIG_SERIO_I8042
	/* module_param_named(debug, i8042_debug, bool, 0600); nokbd's mode is 0: no file */
	KUNIT_EXPECT_EQ(test, mode_of("/sys/module/i8042/parameters/debug"),
			(umode_t)(S_IFREG | 0600));
	KUNIT_EXPECT_EQ(test, mode_of("/sys/module/i8042/parameters/nokbd"), (umode_t)0);
	KUNIT_EXPECT_EQ(test, cat("/sys/module/i8042/parameters/debug", buf), 2L);
	KUNIT_EXPECT_EQ(test, buf[0] == 'Y' || buf[0] == 'N', true);
#endif
#ifdef CONFIG_SERIAL_8250
	KUNIT_EXPECT_EQ(test, mode_of("/sys/module/8250/parameters/nr_uarts"),
			(umode_t)(S_IFREG | 0644));
	KUNIT_EXPECT_GT(test, cat("/sys/module/8250/parameters/nr_uarts", buf), 1L);
	KUNIT_EXPECT_EQ(test, buf[0] >= '0' && buf[0] <= '9', true);
#endif
}

static struct kunit_case sysfs_cases[] = { KUNIT_CASE(sysfs_kobject_dir_test),
					   KUNIT_CASE(sysfs_show_store_test),
					   KUNIT_CASE(sysfs_page_limit_test),
					   KUNIT_CASE(sysfs_open_checks_test),
					   KUNIT_CASE(sysfs_remove_while_open_test),
					   KUNIT_CASE(sysfs_group_test),
					   KUNIT_CASE(sysfs_link_test),
					   KUNIT_CASE(sysfs_notify_poll_test),
					   KUNIT_CASE(sysfs_class_device_test),
					   KUNIT_CASE(sysfs_misc_device_test),
					   KUNIT_CASE(debugfs_files_test),
					   KUNIT_CASE(sysfs_module_test),
					   KUNIT_CASE(sysfs_builtin_params_test),
					   {} };

static struct kunit_suite sysfs_suite = {
	.name = "sysfs",
	.suite_init = sysfs_suite_init,
	.test_cases = sysfs_cases,
};
kunit_test_suite(sysfs_suite);
