/*
 * cdev_test.c - a scull-like driver registered the Linux 2.6 way.
 *
 * The driver part is registered as LDD3's scull is: a region of device
 * numbers from alloc_chrdev_region(), a struct cdev embedded in each
 * device's structure, open() finding that structure with
 * container_of(inode->i_cdev, ...). Its read() and write() are libfs's
 * simple_read_from_buffer()/simple_write_to_buffer() on the device's
 * buffer (scull, tests/modules/scull.c, writes them out by hand: lab 6).
 * The tests open the two devices by nodes (/dev/memdev0 and
 * /dev/memdev1, made by cdev_add()), check they keep separate data, and
 * check the registry's errors.
 */
#include <kunit/test.h>
#include <linux/cdev.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/module.h>

#define MEMDEV_SIZE 64

/* One device: its bytes, how many were written, its cdev (the tests run one at a time: no lock) */
struct memdev {
	char data[MEMDEV_SIZE];
	size_t size;
	struct cdev cdev;
};

static struct memdev memdevs[2];

static int memdev_open(struct inode *inode, struct file *filp)
{
	filp->private_data = container_of(inode->i_cdev, struct memdev, cdev);
	return 0;
}

static ssize_t memdev_read(struct file *filp, char __user *buf, size_t count, loff_t *f_pos)
{
	struct memdev *dev = filp->private_data;

	return simple_read_from_buffer(buf, count, f_pos, dev->data, dev->size);
}

static ssize_t memdev_write(struct file *filp, const char __user *buf, size_t count, loff_t *f_pos)
{
	struct memdev *dev = filp->private_data;
	ssize_t ret = simple_write_to_buffer(dev->data, MEMDEV_SIZE, f_pos, buf, count);

	if (ret > 0)
		dev->size = max_t(size_t, dev->size, *f_pos);
	return ret;
}

static const struct file_operations memdev_fops = {
	.owner = THIS_MODULE,
	.open = memdev_open,
	.read = memdev_read,
	.write = memdev_write,
};

static dev_t memdev_first;

static int memdev_setup(void)
{
	int i, err = alloc_chrdev_region(&memdev_first, 0, 2, "memdev");

	if (err)
		return err;
	for (i = 0; i < 2; i++) {
		memdevs[i].size = 0;
		cdev_init(&memdevs[i].cdev, &memdev_fops);
		memdevs[i].cdev.owner = THIS_MODULE;
		err = cdev_add(&memdevs[i].cdev, MKDEV(MAJOR(memdev_first), i), 1);
		if (err)
			return err;
	}
	return 0;
}

static void memdev_teardown(void)
{
	cdev_del(&memdevs[0].cdev);
	cdev_del(&memdevs[1].cdev);
	unregister_chrdev_region(memdev_first, 2);
}

/* rw - open /dev/NAME (the node cdev_add() made), read or write once, close */
static ssize_t rw(const char *name, bool write, char *buf, size_t n)
{
	char path[32];
	struct file *f;
	ssize_t r;

	scnprintf(path, sizeof(path), "/dev/%s", name);
	f = filp_open(path, write ? O_WRONLY : O_RDONLY, 0);
	if (IS_ERR(f))
		return PTR_ERR(f);
	r = write ? vfs_write(f, (const char __user *)buf, n, &f->f_pos) :
		    vfs_read(f, (char __user *)buf, n, &f->f_pos);
	filp_close(f, NULL);
	return r;
}

static void cdev_devices_keep_their_data_test(struct kunit *test)
{
	char buf[16] = "";

	KUNIT_ASSERT_EQ(test, memdev_setup(), 0);
	KUNIT_EXPECT_EQ(test, rw("memdev0", true, "first", 5), 5);
	KUNIT_EXPECT_EQ(test, rw("memdev1", true, "second", 6), 6);
	KUNIT_EXPECT_EQ(test, rw("memdev0", false, buf, sizeof(buf)), 5);
	KUNIT_EXPECT_MEMEQ(test, buf, "first", 5);
	KUNIT_EXPECT_EQ(test, rw("memdev1", false, buf, sizeof(buf)), 6);
	KUNIT_EXPECT_MEMEQ(test, buf, "second", 6);
	KUNIT_EXPECT_EQ(test, MINOR(memdevs[1].cdev.dev), 1U);
	memdev_teardown();
	KUNIT_EXPECT_EQ(test, rw("memdev0", false, buf, sizeof(buf)), -ENOENT);
}

static void cdev_region_errors_test(struct kunit *test)
{
	struct cdev c;
	dev_t first;

	KUNIT_ASSERT_EQ(test, alloc_chrdev_region(&first, 0, 1, "onedev"), 0);
	KUNIT_EXPECT_GT(test, MAJOR(first), 0U);
	KUNIT_EXPECT_EQ(test, register_chrdev_region(first, 1, "again"), -EBUSY);
	KUNIT_EXPECT_EQ(test, register_chrdev(MAJOR(first), "clash", &memdev_fops), -EBUSY);
	cdev_init(&c, &memdev_fops);
	KUNIT_EXPECT_EQ(test, cdev_add(&c, MKDEV(MAJOR(first), 1), 1), -EINVAL);
	KUNIT_EXPECT_EQ(test, cdev_add(&c, first, 1), 0);
	KUNIT_EXPECT_EQ(test, c.dev, first);
	cdev_del(&c);
	unregister_chrdev_region(first, 1);
	KUNIT_EXPECT_EQ(test, register_chrdev_region(first, 1, "again"), 0);
	unregister_chrdev_region(first, 1);
	KUNIT_EXPECT_EQ(test, alloc_chrdev_region(&first, 0, 0, "none"), -EINVAL);
}

/* One major, several regions: LDD3's scull, scullpipe and scullaccess */
static void cdev_regions_share_a_major_test(struct kunit *test)
{
	dev_t first;

	KUNIT_ASSERT_EQ(test, alloc_chrdev_region(&first, 0, 4, "tscull"), 0);
	KUNIT_EXPECT_EQ(test, register_chrdev_region(MKDEV(MAJOR(first), 4), 4, "tscullp"), 0);
	KUNIT_EXPECT_EQ(test, register_chrdev_region(MKDEV(MAJOR(first), 8), 4, "tsculla"), 0);
	/* overlapping minors stay refused, at either end */
	KUNIT_EXPECT_EQ(test, register_chrdev_region(MKDEV(MAJOR(first), 3), 2, "tover"), -EBUSY);
	KUNIT_EXPECT_EQ(test, register_chrdev_region(MKDEV(MAJOR(first), 11), 1, "tover"), -EBUSY);
	/* register_chrdev wants minors 0-255 of the major: taken */
	KUNIT_EXPECT_EQ(test, register_chrdev(MAJOR(first), "tclash", &memdev_fops), -EBUSY);
	unregister_chrdev_region(MKDEV(MAJOR(first), 8), 4);
	unregister_chrdev_region(MKDEV(MAJOR(first), 4), 4);
	unregister_chrdev_region(first, 4);
	KUNIT_EXPECT_EQ(test, register_chrdev_region(MKDEV(MAJOR(first), 3), 2, "tover"), 0);
	unregister_chrdev_region(MKDEV(MAJOR(first), 3), 2);
}

static struct kunit_case cdev_cases[] = { KUNIT_CASE(cdev_devices_keep_their_data_test),
					  KUNIT_CASE(cdev_region_errors_test),
					  KUNIT_CASE(cdev_regions_share_a_major_test),
					  {} };

static struct kunit_suite cdev_suite = {
	.name = "cdev",
	.test_cases = cdev_cases,
};
kunit_test_suite(cdev_suite);
