/*
 * radix_tree_test.c - lib/radix-tree.c against a plain array.
 *
 * Inserts, lookups, deletes, tags and gang lookups at indices chosen to
 * make the tree grow and shrink across every height: 0 (index 0 kept in
 * the root pointer), 1, 2, and the full 32-bit range. After each phase
 * the tree must say exactly what an array of the same items says, and
 * once empty it must hold no node (the node cache gives back what it
 * took). See lib/radix-tree.c and docs/files.md.
 */
#include <kunit/test.h>
#include <linux/radix-tree.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/errno.h>

#define NITEMS 300

static unsigned long items_index[NITEMS];

/* An item is its index (below 2^29) disguised as a pointer, never NULL: index * 4 + 2 */
static void *item(unsigned long index)
{
	return (void *)((index << 2) | 2);
}

static void radix_tree_small_tree_test(struct kunit *test)
{
	RADIX_TREE(tree, GFP_KERNEL);
	void *results[4];

	KUNIT_EXPECT_NULL(test, radix_tree_lookup(&tree, 0));
	KUNIT_EXPECT_EQ(test, radix_tree_insert(&tree, 0, item(0)), 0);
	KUNIT_EXPECT_EQ(test, tree.height, 0U); /* index 0 lives in the root pointer */
	KUNIT_EXPECT_EQ(test, radix_tree_insert(&tree, 0, item(0)), -EEXIST);
	KUNIT_EXPECT_PTR_EQ(test, radix_tree_lookup(&tree, 0), item(0));
	KUNIT_ASSERT_EQ(test, radix_tree_insert(&tree, 63, item(63)), 0);
	KUNIT_EXPECT_EQ(test, tree.height, 1U);
	if (radix_tree_insert(&tree, 64, item(64))) {
		radix_tree_delete(&tree, 63);
		radix_tree_delete(&tree, 0);
		KUNIT_FAIL(test, "insert 64: no memory");
		return;
	}
	KUNIT_EXPECT_EQ(test, tree.height, 2U);
	KUNIT_EXPECT_EQ(test, radix_tree_gang_lookup(&tree, results, 1, 4), 2U);
	KUNIT_EXPECT_PTR_EQ(test, results[0], item(63));
	KUNIT_EXPECT_PTR_EQ(test, results[1], item(64));
	KUNIT_EXPECT_PTR_EQ(test, radix_tree_delete(&tree, 64), item(64));
	KUNIT_EXPECT_NULL(test, radix_tree_delete(&tree, 64));
	KUNIT_EXPECT_EQ(test, tree.height, 1U); /* shrunk back */
	KUNIT_EXPECT_PTR_EQ(test, radix_tree_delete(&tree, 63), item(63));
	KUNIT_EXPECT_EQ(test, tree.height, 0U);
	KUNIT_EXPECT_PTR_EQ(test, radix_tree_lookup(&tree, 0), item(0));
	KUNIT_EXPECT_PTR_EQ(test, radix_tree_delete(&tree, 0), item(0));
	KUNIT_EXPECT_NULL(test, tree.rnode);
	/* the largest index: a tree of full height, then empty again */
	if (radix_tree_insert(&tree, ~0UL, &tree)) {
		KUNIT_EXPECT_NULL(test, tree.rnode); /* -ENOMEM left nothing behind */
		return;
	}
	KUNIT_EXPECT_EQ(test, tree.height, (unsigned int)RADIX_TREE_MAX_PATH);
	KUNIT_EXPECT_PTR_EQ(test, radix_tree_lookup(&tree, ~0UL), (void *)&tree);
	KUNIT_EXPECT_NULL(test, radix_tree_lookup(&tree, ~0UL - 1));
	KUNIT_EXPECT_PTR_EQ(test, radix_tree_delete(&tree, ~0UL), (void *)&tree);
	KUNIT_EXPECT_NULL(test, tree.rnode);
}

static void radix_tree_against_array_test(struct kunit *test)
{
	RADIX_TREE(tree, GFP_KERNEL);
	static void *results[NITEMS];
	unsigned long x = 12345, i, n;
	int err;

	for (i = 0; i < NITEMS; i++) {
		x = x * 1103515245 + 12345;
		/* small, medium and huge indices, some repeated */
		items_index[i] = i % 3 == 0 ? x % 200 : i % 3 == 1 ? x % 100000 : x % (1UL << 29);
		err = radix_tree_insert(&tree, items_index[i], item(items_index[i]));
		if (err == -EEXIST) {
			items_index[i] = (1UL << 29) + i; /* a duplicate: use a distinct index */
			err = radix_tree_insert(&tree, items_index[i], item(items_index[i]));
		}
		if (err) {
			while (i--) /* -ENOMEM (fault injection): empty the tree, then fail */
				radix_tree_delete(&tree, items_index[i]);
			KUNIT_ASSERT_EQ(test, err, 0);
		}
	}
	for (i = 0; i < NITEMS; i++)
		KUNIT_EXPECT_PTR_EQ(test, radix_tree_lookup(&tree, items_index[i]),
				    item(items_index[i]));
	KUNIT_EXPECT_NULL(test, radix_tree_lookup(&tree, 200000));
	/* a gang lookup from 0 returns every item, in index order */
	n = radix_tree_gang_lookup(&tree, results, 0, NITEMS);
	KUNIT_EXPECT_EQ(test, n, (unsigned long)NITEMS);
	for (i = 1; i < n; i++)
		KUNIT_EXPECT_LT(test, (unsigned long)results[i - 1], (unsigned long)results[i]);
	/* tag the even indices, then look the tagged ones up */
	for (i = 0; i < NITEMS; i++)
		if (!(items_index[i] & 1))
			radix_tree_tag_set(&tree, items_index[i], 0);
	n = radix_tree_gang_lookup_tag(&tree, results, 0, NITEMS, 0);
	for (i = 0; i < n; i++)
		KUNIT_EXPECT_EQ(test, ((unsigned long)results[i] >> 2) & 1, 0UL);
	for (i = 0; i < NITEMS; i++)
		KUNIT_EXPECT_EQ(test, radix_tree_tag_get(&tree, items_index[i], 0),
				!(items_index[i] & 1));
	KUNIT_EXPECT_FALSE(test, radix_tree_tagged(&tree, 1));
	/* delete all; tags go with the items, and the tree ends empty */
	for (i = 0; i < NITEMS; i++)
		KUNIT_EXPECT_PTR_EQ(test, radix_tree_delete(&tree, items_index[i]),
				    item(items_index[i]));
	KUNIT_EXPECT_FALSE(test, radix_tree_tagged(&tree, 0));
	KUNIT_EXPECT_NULL(test, tree.rnode);
	KUNIT_EXPECT_EQ(test, tree.height, 0U);
}

static void radix_tree_tag_clear_test(struct kunit *test)
{
	RADIX_TREE(tree, GFP_KERNEL);
	void *results[2];

	KUNIT_ASSERT_EQ(test, radix_tree_insert(&tree, 5, item(5)), 0);
	if (radix_tree_insert(&tree, 5000, item(5000))) {
		radix_tree_delete(&tree, 5);
		KUNIT_FAIL(test, "insert 5000: no memory");
		return;
	}
	radix_tree_tag_set(&tree, 5, 1);
	radix_tree_tag_set(&tree, 5000, 1);
	KUNIT_EXPECT_PTR_EQ(test, radix_tree_tag_clear(&tree, 5, 1), item(5));
	KUNIT_EXPECT_TRUE(test, radix_tree_tagged(&tree, 1)); /* 5000 still has it */
	KUNIT_EXPECT_EQ(test, radix_tree_gang_lookup_tag(&tree, results, 0, 2, 1), 1U);
	KUNIT_EXPECT_PTR_EQ(test, results[0], item(5000));
	radix_tree_tag_clear(&tree, 5000, 1);
	KUNIT_EXPECT_FALSE(test, radix_tree_tagged(&tree, 1));
	KUNIT_EXPECT_EQ(test, radix_tree_gang_lookup_tag(&tree, results, 0, 2, 1), 0U);
	radix_tree_delete(&tree, 5);
	radix_tree_delete(&tree, 5000);
	KUNIT_EXPECT_NULL(test, tree.rnode);
}

static struct kunit_case radix_tree_cases[] = { KUNIT_CASE(radix_tree_small_tree_test),
						KUNIT_CASE(radix_tree_against_array_test),
						KUNIT_CASE(radix_tree_tag_clear_test),
						{} };

static struct kunit_suite radix_tree_suite = {
	.name = "radix_tree",
	.test_cases = radix_tree_cases,
};
kunit_test_suite(radix_tree_suite);
