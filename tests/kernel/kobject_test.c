/*
 * kobject_test.c - lib/kobject.c and the kobject in struct cdev.
 *
 * A kobject starts at one reference; kobject_get() and kobject_put()
 * count, and only the put that reaches zero calls the type's release().
 * kobject_set_name() formats a name, turns '/' into '!' and frees the
 * name it replaces. A cdev embeds a kobject as in 2.6.32: cdev_init()
 * and cdev_alloc() start it, cdev_del() drops that reference, and a
 * cdev_alloc()'d cdev is freed by the last put (LDD3's scull names its
 * cdevs with kobject_set_name(&cdev.kobj, ...) and drops a failed one
 * with kobject_put()). kasprintf() is checked with them: kobject names
 * are made with it.
 */
#include <kunit/test.h>
#include <linux/kobject.h>
#include <linux/cdev.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>

static int releases;

static void count_release(struct kobject *kobj)
{
	releases++;
}

static struct kobj_type count_ktype = {
	.release = count_release,
};

static void kobject_counts_test(struct kunit *test)
{
	struct kobject k;

	memset(&k, 0, sizeof(k));
	releases = 0;
	kobject_init(&k, &count_ktype);
	KUNIT_EXPECT_EQ(test, kref_read(&k.kref), 1U);
	KUNIT_EXPECT_PTR_EQ(test, kobject_get(&k), &k);
	KUNIT_EXPECT_EQ(test, kref_read(&k.kref), 2U);
	kobject_put(&k);
	KUNIT_EXPECT_EQ(test, releases, 0);
	kobject_put(&k);
	KUNIT_EXPECT_EQ(test, releases, 1);
	KUNIT_EXPECT_PTR_EQ(test, kobject_get(NULL), NULL);
	kobject_put(NULL);
}

static void kobject_names_test(struct kunit *test)
{
	struct kobject k;

	memset(&k, 0, sizeof(k));
	kobject_init(&k, &count_ktype);
	KUNIT_EXPECT_PTR_EQ(test, kobject_name(&k), NULL);
	KUNIT_ASSERT_EQ(test, kobject_set_name(&k, "scull%d", 3), 0);
	KUNIT_EXPECT_STREQ(test, kobject_name(&k), "scull3");
	KUNIT_ASSERT_EQ(test, kobject_set_name(&k, "%s/%s", "a", "b/c"), 0);
	KUNIT_EXPECT_STREQ(test, kobject_name(&k), "a!b!c");
	kobject_put(&k);
}

static void kasprintf_test(struct kunit *test)
{
	char *s = kasprintf(GFP_KERNEL, "%s-%d-%x", "dev", 42, 255);

	KUNIT_ASSERT_NOT_NULL(test, s);
	KUNIT_EXPECT_STREQ(test, s, "dev-42-ff");
	KUNIT_EXPECT_EQ(test, ksize(s) >= strlen(s) + 1, true);
	kfree(s);
	s = kasprintf(GFP_KERNEL, "%s", "");
	KUNIT_ASSERT_NOT_NULL(test, s);
	KUNIT_EXPECT_EQ(test, s[0], '\0');
	kfree(s);
}

static const struct file_operations nop_fops;

static void cdev_kobject_test(struct kunit *test)
{
	struct cdev c;
	struct cdev *p;
	dev_t first;

	cdev_init(&c, &nop_fops);
	KUNIT_EXPECT_EQ(test, kref_read(&c.kobj.kref), 1U);
	KUNIT_EXPECT_EQ(test, kobject_set_name(&c.kobj, "kobjdev%d", 0), 0);
	KUNIT_ASSERT_EQ(test, alloc_chrdev_region(&first, 0, 1, "kobjdev"), 0);
	KUNIT_EXPECT_EQ(test, cdev_add(&c, first, 1), 0);
	cdev_del(&c);
	/* the embedded cdev's reference is gone; the name went with it */
	KUNIT_EXPECT_EQ(test, kref_read(&c.kobj.kref), 0U);
	p = cdev_alloc();
	KUNIT_ASSERT_NOT_NULL(test, p);
	p->ops = &nop_fops;
	KUNIT_EXPECT_EQ(test, cdev_add(p, first, 1), 0);
	kobject_get(&p->kobj);
	cdev_del(p);
	/* our extra reference keeps it; the last put frees it */
	KUNIT_EXPECT_EQ(test, kref_read(&p->kobj.kref), 1U);
	kobject_put(&p->kobj);
	unregister_chrdev_region(first, 1);
}

static struct kunit_case kobject_cases[] = { KUNIT_CASE(kobject_counts_test),
					     KUNIT_CASE(kobject_names_test),
					     KUNIT_CASE(kasprintf_test),
					     KUNIT_CASE(cdev_kobject_test),
					     {} };

static struct kunit_suite kobject_suite = {
	.name = "kobject",
	.test_cases = kobject_cases,
};
kunit_test_suite(kobject_suite);
