/*
 * random_test.c - the entropy pool (drivers/char/random.c), SHA-1
 * (lib/sha1.c) and misc_register's minors (drivers/char/misc.c).
 */
#include <kunit/test.h>
#include <linux/cryptohash.h>
#include <linux/random.h>
#include <linux/miscdevice.h>
#include <linux/fs.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/bitops.h>

/* FIPS 180-1's first example: SHA-1("abc"), one padded block */
static char big[4096];

static void sha1_abc_test(struct kunit *test)
{
	static const u32 want[5] = { 0xa9993e36, 0x4706816a, 0xba3e2571, 0x7850c26c, 0x9cd0d89d };
	char block[64] = { 'a', 'b', 'c', (char)0x80 };
	u32 digest[SHA_DIGEST_WORDS], ws[SHA_WORKSPACE_WORDS];
	int i;

	block[63] = 24; /* the message length in bits */
	sha_init(digest);
	sha_transform(digest, block, ws);
	for (i = 0; i < 5; i++)
		KUNIT_EXPECT_EQ(test, digest[i], want[i]);
}

static void random_bytes_differ_test(struct kunit *test)
{
	u8 a[64], b[64];
	int ones = 0, i;

	get_random_bytes(a, sizeof(a));
	get_random_bytes(b, sizeof(b));
	KUNIT_EXPECT_NE(test, memcmp(a, b, sizeof(a)), 0);
	for (i = 0; i < 64; i++)
		ones += hweight8(a[i]);
	/* 512 fair bits: far outside 200..312 is a broken generator */
	KUNIT_EXPECT_GT(test, ones, 200);
	KUNIT_EXPECT_LT(test, ones, 312);
}

/*
 * Interrupts are credited through the fast pool: one bit when the 64th
 * interrupt spills it into the main pool (fewer may spill too, if a
 * second has passed since the last spill).
 */
static void random_entropy_from_interrupts_test(struct kunit *test)
{
	struct file f = { .f_op = &random_fops, .f_flags = O_NONBLOCK };
	unsigned long flags;
	loff_t pos = 0;
	int before, after, i;

	/* Drain the estimate first: after a long boot the pool may be full. */
	while (random_fops.read(&f, big, sizeof(big), &pos) > 0)
		;
	/* Interrupts off: only our 64 calls feed the fast pool meanwhile. */
	local_irq_save(flags);
	before = random_entropy_count();
	for (i = 0; i < 64; i++)
		add_interrupt_randomness(15);
	after = random_entropy_count();
	local_irq_restore(flags);
	KUNIT_EXPECT_GE(test, after, before + 1);
	KUNIT_EXPECT_LE(test, after, before + 2);
}

/* Key presses are credited by their timing's differences, up to 11 bits each */
static void random_entropy_from_input_test(struct kunit *test)
{
	struct file f = { .f_op = &random_fops, .f_flags = O_NONBLOCK };
	volatile unsigned long spin;
	loff_t pos = 0;
	int before, i;

	while (random_fops.read(&f, big, sizeof(big), &pos) > 0)
		;
	before = random_entropy_count();
	for (i = 1; i < 12; i++) {
		for (spin = 0; spin < (unsigned long)(i * i * 37 + (i & 3) * 1000); spin++)
			;
		add_input_randomness(1, 30 + i, 1);
	}
	KUNIT_EXPECT_GT(test, random_entropy_count(), before);
}

static void urandom_read_test(struct kunit *test)
{
	struct file f = { .f_op = &urandom_fops };
	char buf[1000];
	loff_t pos = 0;

	memset(buf, 0, sizeof(buf));
	KUNIT_EXPECT_EQ(test, urandom_fops.read(&f, buf, sizeof(buf), &pos), (ssize_t)sizeof(buf));
	KUNIT_EXPECT_PTR_NE(test, memchr_inv(buf + 900, 0, 100), NULL);
}

static void random_nonblock_test(struct kunit *test)
{
	struct file f = { .f_op = &random_fops, .f_flags = O_NONBLOCK };
	/* off the 8 KiB stack: KASAN's red zones around a 4 KiB array overflow it */
	char *buf = kunit_kmalloc(test, 4096, GFP_KERNEL);
	loff_t pos = 0;
	ssize_t n;

	KUNIT_ASSERT_NOT_NULL(test, buf);
	/* Drain the estimate: then a non-blocking read says -EAGAIN. */
	while ((n = random_fops.read(&f, buf, 4096, &pos)) > 0)
		;
	KUNIT_EXPECT_EQ(test, n, -EAGAIN);
	KUNIT_EXPECT_LT(test, random_entropy_count(), 8);
}

static const struct file_operations dummy_fops;

KUNIT_DEFINE_ACTION_WRAPPER(misc_deregister_action, misc_deregister, struct miscdevice *);

/* Register @misc, to be deregistered when the case ends, however it ends */
static int misc_register_kunit(struct kunit *test, struct miscdevice *misc)
{
	int ret = misc_register(misc);

	if (ret)
		return ret;
	return kunit_add_action_or_reset(test, misc_deregister_action, misc);
}

/*
 * The devices are static and deregistered by KUnit actions: a case ended
 * early by a failed assertion must not leave a stack frame on misc_list.
 */
static void misc_dynamic_minor_test(struct kunit *test)
{
	static struct miscdevice a, b, c;
	int first;

	a = (struct miscdevice){ .minor = MISC_DYNAMIC_MINOR, .name = "kt_a", .fops = &dummy_fops };
	b = (struct miscdevice){ .minor = MISC_DYNAMIC_MINOR, .name = "kt_b", .fops = &dummy_fops };
	c = (struct miscdevice){ .minor = 0, .name = "kt_c", .fops = &dummy_fops };
	KUNIT_ASSERT_EQ(test, misc_register_kunit(test, &a), 0);
	KUNIT_ASSERT_EQ(test, misc_register_kunit(test, &b), 0);
	first = a.minor;
	KUNIT_EXPECT_LT(test, first, 64);
	KUNIT_EXPECT_EQ(test, b.minor, first - 1);
	c.minor = a.minor;
	KUNIT_EXPECT_EQ(test, misc_register(&c), -EBUSY);
	kunit_release_action(test, misc_deregister_action, &a);
	KUNIT_EXPECT_EQ(test, misc_deregister(&a), -EINVAL);
	c.minor = MISC_DYNAMIC_MINOR;
	KUNIT_ASSERT_EQ(test, misc_register_kunit(test, &c), 0);
	KUNIT_EXPECT_EQ(test, c.minor, first); /* the freed minor is given again */
}

static struct kunit_case random_cases[] = { KUNIT_CASE(sha1_abc_test),
					    KUNIT_CASE(random_bytes_differ_test),
					    KUNIT_CASE(random_entropy_from_interrupts_test),
					    KUNIT_CASE(random_entropy_from_input_test),
					    KUNIT_CASE(urandom_read_test),
					    KUNIT_CASE(random_nonblock_test),
					    KUNIT_CASE(misc_dynamic_minor_test),
					    {} };

static struct kunit_suite random_suite = {
	.name = "random",
	.test_cases = random_cases,
};
kunit_test_suite(random_suite);
