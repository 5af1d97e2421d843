/*
 * proc_misc_test.c - lab 5's grader: /proc/misc, a seq_file, lists one
 * "%3i name" line per misc device, follows registrations, gives the same
 * text however it is read (small reads restart the iterator in the
 * middle of the list), seeks, and leaves misc_mtx free after every read.
 * See docs/labs/lab5-seq-file.md.
 */
#include <kunit/test.h>
#include <linux/completion.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/kthread.h>
#include <linux/miscdevice.h>
#include <linux/slab.h>
#include <linux/string.h>

#define NDEV 24
#define TEXT 8192

static const struct file_operations dummy_fops;

struct devs {
	struct miscdevice misc[NDEV];
	char names[NDEV][40];
	int n; /* registered so far */
};

/*
 * The devices are the case's fixture (test->priv): a case that ends early
 * (a failed assertion, an allocation failslab= made fail) leaves them to
 * deregister_devs() as the suite's exit, so the next case does not find
 * their names taken (misc_register: -EEXIST).
 */
static struct devs *register_devs(struct kunit *test, int n)
{
	struct devs *d = kzalloc(sizeof(*d), GFP_KERNEL);
	int i;

	KUNIT_ASSERT_NOT_NULL(test, d);
	test->priv = d;
	for (i = 0; i < n; i++) {
		snprintf(d->names[i], sizeof(d->names[i]), "lab5-device-with-a-long-name-%02d", i);
		d->misc[i].minor = MISC_DYNAMIC_MINOR;
		d->misc[i].name = d->names[i];
		d->misc[i].fops = &dummy_fops;
		KUNIT_ASSERT_EQ(test, misc_register(&d->misc[i]), 0);
		d->n++;
	}
	return d;
}

static void deregister_devs(struct kunit *test)
{
	struct devs *d = test->priv;
	int i;

	if (!d)
		return;
	for (i = 0; i < d->n; i++)
		misc_deregister(&d->misc[i]);
	kfree(d);
	test->priv = NULL;
}

/* /proc/misc in @chunk-byte reads; its length or a negative errno */
static long read_misc(char *buf, size_t chunk)
{
	struct file *f = filp_open("/proc/misc", O_RDONLY, 0);
	size_t len = 0;
	ssize_t n;

	if (IS_ERR(f))
		return PTR_ERR(f);
	while (len < TEXT - 1 &&
	       (n = vfs_read(f, buf + len, min(chunk, TEXT - 1 - len), &f->f_pos)) > 0)
		len += n;
	filp_close(f, NULL);
	buf[len] = 0;
	return len;
}

static bool has_line(const char *text, const struct miscdevice *m)
{
	char line[64];

	snprintf(line, sizeof(line), "%3i %s\n", m->minor, m->name);
	return strstr(text, line) && (text == strstr(text, line) || strstr(text, line)[-1] == '\n');
}

static void proc_misc_lists_all_test(struct kunit *test)
{
	char *buf = kmalloc(TEXT, GFP_KERNEL);
	struct devs *d = register_devs(test, 3);
	const char *p;
	int i, lines = 0;

	KUNIT_ASSERT_NOT_NULL(test, buf);
	KUNIT_ASSERT_GT(test, read_misc(buf, TEXT), 0L);
	for (i = 0; i < 3; i++)
		KUNIT_EXPECT_TRUE_MSG(test, has_line(buf, &d->misc[i]), "%s missing", d->names[i]);
	for (p = buf; *p; p++)
		lines += *p == '\n';
	KUNIT_EXPECT_GE(test, lines, 3);
	/* every line is "%3i name": a minor right-aligned in three columns */
	for (p = buf; *p; p = strchr(p, '\n') + 1)
		KUNIT_EXPECT_TRUE(test, p[3] == ' ' && p[2] >= '0' && p[2] <= '9');
	deregister_devs(test);
	kfree(buf);
}

static void proc_misc_new_device_test(struct kunit *test)
{
	char *buf = kmalloc(TEXT, GFP_KERNEL);
	struct miscdevice m = { .minor = MISC_DYNAMIC_MINOR,
				.name = "lab5new",
				.fops = &dummy_fops };

	KUNIT_ASSERT_NOT_NULL(test, buf);
	KUNIT_ASSERT_EQ(test, misc_register(&m), 0);
	read_misc(buf, TEXT);
	KUNIT_EXPECT_TRUE(test, has_line(buf, &m));
	misc_deregister(&m);
	read_misc(buf, TEXT);
	KUNIT_EXPECT_FALSE(test, strstr(buf, "lab5new") != NULL);
	kfree(buf);
}

static void proc_misc_small_reads_test(struct kunit *test)
{
	char *a = kmalloc(TEXT, GFP_KERNEL), *b = kmalloc(TEXT, GFP_KERNEL);
	struct devs *d = register_devs(test, NDEV);
	long la, lb;
	int i;

	KUNIT_ASSERT_NOT_NULL(test, a);
	KUNIT_ASSERT_NOT_NULL(test, b);
	la = read_misc(a, TEXT);
	lb = read_misc(b, 7); /* 7 bytes at a time: most reads end inside a line */
	KUNIT_EXPECT_GT(test, la, (long)NDEV * 30);
	KUNIT_EXPECT_EQ(test, la, lb);
	KUNIT_EXPECT_TRUE(test, !strcmp(a, b));
	for (i = 0; i < NDEV; i++)
		KUNIT_EXPECT_TRUE_MSG(test, has_line(b, &d->misc[i]), "%s missing", d->names[i]);
	deregister_devs(test);
	kfree(a);
	kfree(b);
}

static void proc_misc_lseek_test(struct kunit *test)
{
	char *a = kmalloc(TEXT, GFP_KERNEL), *b = kmalloc(TEXT, GFP_KERNEL);
	struct file *f;
	long la;
	ssize_t n;

	register_devs(test, 8);

	KUNIT_ASSERT_NOT_NULL(test, a);
	KUNIT_ASSERT_NOT_NULL(test, b);
	la = read_misc(a, TEXT);
	KUNIT_ASSERT_GT(test, la, 40L);
	f = filp_open("/proc/misc", O_RDONLY, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(f));
	KUNIT_EXPECT_EQ(test, vfs_llseek(f, 40, SEEK_SET), (loff_t)40);
	n = vfs_read(f, b, TEXT - 1, &f->f_pos);
	KUNIT_EXPECT_EQ(test, n, (ssize_t)(la - 40));
	KUNIT_EXPECT_TRUE(test, n > 0 && !memcmp(a + 40, b, n));
	KUNIT_EXPECT_EQ(test, vfs_llseek(f, 0, SEEK_SET), (loff_t)0);
	n = vfs_read(f, b, TEXT - 1, &f->f_pos);
	KUNIT_EXPECT_TRUE(test, n == la && !memcmp(a, b, n));
	filp_close(f, NULL);
	deregister_devs(test);
	kfree(a);
	kfree(b);
}

struct reg {
	struct miscdevice m;
	struct completion done;
};

static int register_fn(void *arg)
{
	struct reg *r = arg;

	misc_register(&r->m);
	complete(&r->done);
	return 0;
}

static void proc_misc_unlocked_test(struct kunit *test)
{
	static struct reg r = {
		.m = { .minor = MISC_DYNAMIC_MINOR, .name = "lab5lock", .fops = &dummy_fops }
	};
	char buf[8];
	struct file *f;

	register_devs(test, 2);
	init_completion(&r.done);
	r.m.minor = MISC_DYNAMIC_MINOR;
	f = filp_open("/proc/misc", O_RDONLY, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(f));
	/* a read that stops in the middle of a record, then a close */
	KUNIT_EXPECT_EQ(test, vfs_read(f, buf, 5, &f->f_pos), (ssize_t)5);
	filp_close(f, NULL);
	/* stop() must have dropped misc_mtx: another task can register now */
	kthread_run(register_fn, &r, "lab5-register");
	KUNIT_EXPECT_GT(test, wait_for_completion_timeout(&r.done, HZ), 0UL);
	if (completion_done(&r.done))
		misc_deregister(&r.m);
	deregister_devs(test);
}

static struct kunit_case proc_misc_cases[] = {
	KUNIT_CASE(proc_misc_lists_all_test),	KUNIT_CASE(proc_misc_new_device_test),
	KUNIT_CASE(proc_misc_small_reads_test), KUNIT_CASE(proc_misc_lseek_test),
	KUNIT_CASE(proc_misc_unlocked_test),	{}
};

static struct kunit_suite proc_misc_suite = {
	.name = "proc_misc",
	.exit = deregister_devs,
	.test_cases = proc_misc_cases,
};
kunit_test_suite(proc_misc_suite);
