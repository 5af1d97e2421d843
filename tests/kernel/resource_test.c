/*
 * resource_test.c - the I/O port tree (kernel/resource.c): a claimed
 * range refuses an overlapping claim, a range that is not busy takes
 * claims inside it, release gives the ports back exactly, releasing
 * what was never claimed is reported as 2.6.32 reports it, and
 * /proc/ioports shows each claim, nested ones indented, in 2.6.32's
 * format. The tests use ports 0x7000-0x70ff, which no PC device has.
 * See docs/drivers.md.
 */
#include <kunit/printk_capture.h>
#include <kunit/test.h>
#include <linux/fs.h>
#include <linux/ioport.h>
#include <linux/slab.h>
#include <linux/string.h>

#define IOPORTS_TEXT 4096

/* /proc/ioports as a string (kmalloc'ed), or NULL */
static char *read_ioports(void)
{
	struct file *f = filp_open("/proc/ioports", O_RDONLY, 0);
	char *buf = kzalloc(IOPORTS_TEXT, GFP_KERNEL);
	size_t len = 0;
	ssize_t n;

	if (IS_ERR(f)) {
		kfree(buf);
		return NULL;
	}
	if (!buf) {
		filp_close(f, NULL);
		return NULL;
	}
	while (len < IOPORTS_TEXT - 1 &&
	       (n = vfs_read(f, (char __user *)buf + len, IOPORTS_TEXT - 1 - len, &f->f_pos)) > 0)
		len += n;
	filp_close(f, NULL);
	return buf;
}

/*
 * No assertion here: a case must get to its release_*() calls even when
 * reading /proc/ioports fails (fault injection), or a resource on its
 * stack stays linked in the tree after it returns.
 */
static bool ioports_has(struct kunit *test, const char *line)
{
	char *text = read_ioports();
	bool found;

	KUNIT_EXPECT_NOT_NULL(test, text);
	if (!text)
		return false;
	found = strstr(text, line) != NULL;
	kfree(text);
	return found;
}

static void resource_claim_and_conflict_test(struct kunit *test)
{
	struct resource *a = request_region(0x7000, 8, "test-a");

	KUNIT_ASSERT_NOT_NULL(test, a);
	KUNIT_EXPECT_EQ(test, a->start, 0x7000UL);
	KUNIT_EXPECT_EQ(test, a->end, 0x7007UL);
	KUNIT_EXPECT_TRUE(test, a->flags & IORESOURCE_BUSY);
	/* the same ports, a part of them, and a range across the end: all refused */
	KUNIT_EXPECT_NULL(test, request_region(0x7000, 8, "test-b"));
	KUNIT_EXPECT_NULL(test, request_region(0x7004, 1, "test-b"));
	KUNIT_EXPECT_NULL(test, request_region(0x6ffc, 8, "test-b"));
	KUNIT_EXPECT_TRUE(test, ioports_has(test, "\n7000-7007 : test-a\n"));
	release_region(0x7000, 8);
	KUNIT_EXPECT_FALSE(test, ioports_has(test, "test-a"));
	/* given back: the next claim gets them */
	a = request_region(0x7004, 1, "test-b");
	KUNIT_EXPECT_NOT_NULL(test, a);
	release_region(0x7004, 1);
}

static void resource_neighbours_sorted_test(struct kunit *test)
{
	struct resource *hi = request_region(0x7020, 0x10, "test-hi");
	struct resource *lo = request_region(0x7010, 0x10, "test-lo");

	KUNIT_EXPECT_NOT_NULL(test, hi);
	KUNIT_EXPECT_NOT_NULL(test, lo);
	if (hi && lo)
		KUNIT_EXPECT_TRUE(test,
				  ioports_has(test, "7010-701f : test-lo\n7020-702f : test-hi\n"));
	if (lo)
		release_region(0x7010, 0x10);
	if (hi)
		release_region(0x7020, 0x10);
}

static void resource_nested_in_window_test(struct kunit *test)
{
	struct resource window = {
		.name = "test-window", .start = 0x7040, .end = 0x707f, .flags = IORESOURCE_IO
	};

	KUNIT_ASSERT_EQ(test, request_resource(&ioport_resource, &window), 0);
	KUNIT_EXPECT_EQ(test, request_resource(&ioport_resource, &window), -EBUSY);
	/* a window is not busy: a driver's claim goes inside it, indented by two */
	KUNIT_EXPECT_NOT_NULL(test, request_region(0x7048, 8, "test-dev"));
	KUNIT_EXPECT_TRUE(test,
			  ioports_has(test, "7040-707f : test-window\n  7048-704f : test-dev\n"));
	KUNIT_EXPECT_NULL(test, request_region(0x7048, 2, "test-dev2"));
	release_region(0x7048, 8);
	KUNIT_EXPECT_EQ(test, release_resource(&window), 0);
	KUNIT_EXPECT_FALSE(test, ioports_has(test, "test-window"));
}

static void resource_release_unclaimed_test(struct kunit *test)
{
	struct printk_capture *cap = kzalloc(sizeof(*cap), GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, cap);
	KUNIT_ASSERT_NOT_NULL(test, request_region(0x7080, 8, "test-c"));
	printk_capture_start(cap);
	release_region(0x7080, 4); /* not the range that was claimed */
	release_region(0x7090, 1);
	printk_capture_stop(cap);
	KUNIT_EXPECT_TRUE(
		test,
		printk_capture_contains(
			cap,
			"Trying to free nonexistent resource <0000000000007080-0000000000007083>"));
	KUNIT_EXPECT_TRUE(
		test,
		printk_capture_contains(
			cap,
			"Trying to free nonexistent resource <0000000000007090-0000000000007090>"));
	/* the claim survived the wrong releases */
	KUNIT_EXPECT_TRUE(test, ioports_has(test, "7080-7087 : test-c\n"));
	release_region(0x7080, 8);
	kfree(cap);
}

static void resource_standard_ranges_test(struct kunit *test)
{
	/* arch/x86/kernel/setup.c claims the PC's own chips, as 2.6.32 */
	KUNIT_EXPECT_TRUE(test, ioports_has(test, "0000-001f : dma1\n0020-0021 : pic1\n"));
	KUNIT_EXPECT_TRUE(test, ioports_has(test, "0060-0060 : keyboard\n0064-0064 : keyboard\n"));
	KUNIT_EXPECT_NULL(test, request_region(0x20, 2, "test-pic"));
	KUNIT_EXPECT_NULL(test, request_region(0x64, 1, "test-kbd"));
}

static struct kunit_case resource_cases[] = {
	KUNIT_CASE(resource_claim_and_conflict_test), KUNIT_CASE(resource_neighbours_sorted_test),
	KUNIT_CASE(resource_nested_in_window_test),   KUNIT_CASE(resource_release_unclaimed_test),
	KUNIT_CASE(resource_standard_ranges_test),    {}
};

static struct kunit_suite resource_suite = {
	.name = "resource",
	.test_cases = resource_cases,
};
kunit_test_suite(resource_suite);
