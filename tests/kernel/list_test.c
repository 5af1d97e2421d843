/*
 * list_test.c - KUnit tests for <linux/list.h>: lists and hash lists.
 *
 * Each case builds a small list of struct item on the stack, applies one
 * operation, and checks the resulting order by walking it. They read as
 * examples: what list_add() does versus list_add_tail(), what a splice
 * leaves behind, what list_del() writes into the removed entry.
 */
#include <kunit/test.h>
#include <kunit/printk_capture.h>
#include <linux/list.h>

struct item {
	int id;
	struct list_head node;
	struct hlist_node hnode;
};

/* order_of - the ids along @head as digits, e.g. 3,1,2 -> 312; -1 if inconsistent */
static int order_of(struct list_head *head)
{
	struct item *it;
	int v = 0, back = 0, scale = 1;

	list_for_each_entry(it, head, node)
		v = v * 10 + it->id;
	list_for_each_entry_reverse(it, head, node) {
		back += it->id * scale;
		scale *= 10;
	}
	return v == back ? v : -1;
}

/* make - put items 1..n on @head in order */
static void make(struct list_head *head, struct item *items, int n)
{
	int i;

	INIT_LIST_HEAD(head);
	for (i = 0; i < n; i++) {
		items[i].id = i + 1;
		list_add_tail(&items[i].node, head);
	}
}

static void add_del_test(struct kunit *test)
{
	struct item it[4];
	LIST_HEAD(head);
	int i;

	KUNIT_EXPECT_TRUE(test, list_empty(&head));
	for (i = 0; i < 3; i++) {
		it[i].id = i + 1;
		list_add(&it[i].node, &head); /* at the front: a stack */
	}
	KUNIT_EXPECT_EQ(test, order_of(&head), 321);
	it[3].id = 4;
	list_add_tail(&it[3].node, &head); /* at the back: a queue */
	KUNIT_EXPECT_EQ(test, order_of(&head), 3214);
	list_del(&it[1].node);
	KUNIT_EXPECT_EQ(test, order_of(&head), 314);
	KUNIT_EXPECT_PTR_EQ(test, it[1].node.next, LIST_POISON1);
	KUNIT_EXPECT_PTR_EQ(test, it[1].node.prev, LIST_POISON2);
	list_del_init(&it[2].node);
	KUNIT_EXPECT_TRUE(test, list_empty(&it[2].node));
	KUNIT_EXPECT_EQ(test, order_of(&head), 14);
	KUNIT_EXPECT_TRUE(test, list_is_last(&it[3].node, &head));
	list_del(&it[0].node);
	KUNIT_EXPECT_TRUE(test, list_is_singular(&head));
	list_del(&it[3].node);
	KUNIT_EXPECT_TRUE(test, list_empty_careful(&head));
}

static void move_replace_rotate_test(struct kunit *test)
{
	struct item it[5];
	struct list_head head, other;

	make(&head, it, 4);
	INIT_LIST_HEAD(&other);
	list_move(&it[2].node, &head);
	KUNIT_EXPECT_EQ(test, order_of(&head), 3124);
	list_move_tail(&it[2].node, &head);
	KUNIT_EXPECT_EQ(test, order_of(&head), 1243);
	list_move(&it[0].node, &other);
	KUNIT_EXPECT_EQ(test, order_of(&other), 1);
	KUNIT_EXPECT_EQ(test, order_of(&head), 243);
	it[4].id = 5;
	list_replace(&it[3].node, &it[4].node);
	KUNIT_EXPECT_EQ(test, order_of(&head), 253);
	list_replace_init(&it[4].node, &it[3].node);
	KUNIT_EXPECT_TRUE(test, list_empty(&it[4].node));
	list_rotate_left(&head);
	KUNIT_EXPECT_EQ(test, order_of(&head), 432);
}

static void splice_cut_test(struct kunit *test)
{
	struct item a[3], b[3];
	struct list_head ha, hb, cut;
	int i;

	make(&ha, a, 3);
	make(&hb, b, 3);
	for (i = 0; i < 3; i++)
		b[i].id = i + 4;
	list_splice_init(&hb, &ha);
	KUNIT_EXPECT_EQ(test, order_of(&ha), 456123);
	KUNIT_EXPECT_TRUE(test, list_empty(&hb));
	list_cut_position(&cut, &ha, &b[2].node); /* 4,5,6 go to cut */
	KUNIT_EXPECT_EQ(test, order_of(&cut), 456);
	KUNIT_EXPECT_EQ(test, order_of(&ha), 123);
	list_splice_tail_init(&cut, &ha);
	KUNIT_EXPECT_EQ(test, order_of(&ha), 123456);
	list_cut_position(&cut, &ha, &ha); /* cutting at the head moves nothing */
	KUNIT_EXPECT_TRUE(test, list_empty(&cut));
	list_cut_position(&cut, &ha, &a[0].node);
	list_splice(&cut, &hb);
	KUNIT_EXPECT_EQ(test, order_of(&hb), 1);
	list_splice_tail(&ha, &hb);
	KUNIT_EXPECT_EQ(test, order_of(&hb), 123456);
}

static void iterate_test(struct kunit *test)
{
	struct item it[6], *pos, *n;
	struct list_head head;
	int sum = 0;

	make(&head, it, 6);
	list_for_each_entry_safe(pos, n, &head, node)
		if (pos->id % 2 == 0)
			list_del(&pos->node);
	KUNIT_EXPECT_EQ(test, order_of(&head), 135);
	pos = &it[2];
	list_for_each_entry_continue(pos, &head, node)
		sum += pos->id;
	KUNIT_EXPECT_EQ(test, sum, 5);
	pos = &it[2];
	sum = 0;
	list_for_each_entry_from(pos, &head, node)
		sum += pos->id;
	KUNIT_EXPECT_EQ(test, sum, 8);
	KUNIT_EXPECT_PTR_EQ(test, list_first_entry(&head, struct item, node), &it[0]);
	KUNIT_EXPECT_PTR_EQ(test, list_last_entry(&head, struct item, node), &it[4]);
	KUNIT_EXPECT_PTR_EQ(test, list_next_entry(&it[0], node), &it[2]);
	KUNIT_EXPECT_PTR_EQ(test, list_prev_entry(&it[2], node), &it[0]);
	list_for_each_entry_safe_reverse(pos, n, &head, node)
		list_del_init(&pos->node);
	KUNIT_EXPECT_NULL(test, list_first_entry_or_null(&head, struct item, node));
}

static void hlist_test(struct kunit *test)
{
	struct item it[4], *pos;
	struct hlist_node *tmp;
	HLIST_HEAD(bucket);
	int v = 0, i;

	for (i = 0; i < 4; i++) {
		it[i].id = i + 1;
		INIT_HLIST_NODE(&it[i].hnode);
	}
	KUNIT_EXPECT_TRUE(test, hlist_unhashed(&it[0].hnode));
	hlist_add_head(&it[0].hnode, &bucket);
	hlist_add_head(&it[1].hnode, &bucket); /* 2 1 */
	hlist_add_before(&it[2].hnode, &it[0].hnode); /* 2 3 1 */
	hlist_add_behind(&it[3].hnode, &it[0].hnode); /* 2 3 1 4 */
	hlist_for_each_entry(pos, &bucket, hnode)
		v = v * 10 + pos->id;
	KUNIT_EXPECT_EQ(test, v, 2314);
	hlist_del(&it[2].hnode);
	KUNIT_EXPECT_PTR_EQ(test, it[2].hnode.next, LIST_POISON1);
	hlist_del_init(&it[1].hnode);
	KUNIT_EXPECT_TRUE(test, hlist_unhashed(&it[1].hnode));
	KUNIT_EXPECT_PTR_EQ(test, bucket.first, &it[0].hnode);
	KUNIT_EXPECT_PTR_EQ(test, it[0].hnode.pprev, &bucket.first);
	hlist_for_each_entry_safe(pos, tmp, &bucket, hnode)
		hlist_del_init(&pos->hnode);
	KUNIT_EXPECT_TRUE(test, hlist_empty(&bucket));
}

static struct printk_capture cap;

/* A second list_del(), and a neighbour overwritten: reported, list left whole */
static void list_del_corruption_test(struct kunit *test)
{
	struct list_head a, b, c;
	LIST_HEAD(head);

	list_add_tail(&a, &head);
	list_add_tail(&b, &head);
	list_add_tail(&c, &head);
	list_del(&b);
	printk_capture_start(&cap);
	list_del(&b);
	a.next = &a; /* a stray write: a no longer points at its successor */
	list_del(&c);
	list_add(&a, &head);
	printk_capture_stop(&cap);
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "list_del corruption, "));
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "->next is LIST_POISON1 (00100100)"));
	KUNIT_EXPECT_TRUE(
		test, printk_capture_contains(&cap, "list_del corruption. prev->next should be"));
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "list_add double add: new="));
	/* every bad operation was skipped: nothing was written through a bad link */
	KUNIT_EXPECT_PTR_EQ(test, head.prev, &c);
	KUNIT_EXPECT_PTR_EQ(test, a.next, &a);
	KUNIT_EXPECT_PTR_EQ(test, head.next, &a);
}

static struct kunit_case list_cases[] = { KUNIT_CASE(list_del_corruption_test),
					  KUNIT_CASE(add_del_test),
					  KUNIT_CASE(move_replace_rotate_test),
					  KUNIT_CASE(splice_cut_test),
					  KUNIT_CASE(iterate_test),
					  KUNIT_CASE(hlist_test),
					  {} };

static struct kunit_suite list_suite = {
	.name = "list",
	.test_cases = list_cases,
};
kunit_test_suite(list_suite);
