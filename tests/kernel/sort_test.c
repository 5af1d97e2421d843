/*
 * sort_test.c - KUnit tests for sort() (lib/sort.c, a heapsort).
 *
 * Sorts arrays that are random, already sorted, reversed and all equal,
 * of ints and of small structures, and checks the result is ordered and
 * is a permutation of the input (the checksum and the multiset of keys
 * survive). A caller's swap function must be the one used.
 */
#include <kunit/test.h>
#include <linux/sort.h>

#define N 97 /* odd, and not a power of two */

struct pair {
	u16 key;
	u16 check; /* derived from key, so a torn swap shows */
};

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return x < y ? -1 : x > y;
}

static int cmp_pair(const void *a, const void *b)
{
	return ((const struct pair *)a)->key - ((const struct pair *)b)->key;
}

static int swap_calls;

static void swap_pair(void *a, void *b, int size)
{
	struct pair t = *(struct pair *)a;

	swap_calls++;
	*(struct pair *)a = *(struct pair *)b;
	*(struct pair *)b = t;
}

/* fill_ints - @kind 0 random, 1 sorted, 2 reversed, 3 all equal */
static void fill_ints(int *a, int kind)
{
	unsigned int seed = 12345;
	int i;

	for (i = 0; i < N; i++) {
		seed = seed * 1103515245 + 12345;
		a[i] = kind == 0 ? (int)(seed >> 8) % 50 - 25 :
		       kind == 1 ? i :
		       kind == 2 ? N - i :
				   7;
	}
}

static void ints_test(struct kunit *test)
{
	static int a[N];
	int kind, i, sum_before, sum_after;

	for (kind = 0; kind < 4; kind++) {
		fill_ints(a, kind);
		sum_before = 0;
		for (i = 0; i < N; i++)
			sum_before += a[i] * a[i] + a[i];
		sort(a, N, sizeof(a[0]), cmp_int, NULL);
		sum_after = 0;
		for (i = 0; i < N; i++)
			sum_after += a[i] * a[i] + a[i];
		KUNIT_EXPECT_EQ_MSG(test, sum_before, sum_after, "input kind %d", kind);
		for (i = 1; i < N; i++)
			KUNIT_EXPECT_LE_MSG(test, a[i - 1], a[i], "input kind %d at %d", kind, i);
	}
}

static void small_sizes_test(struct kunit *test)
{
	int a[3] = { 3, 1, 2 };

	sort(a, 0, sizeof(int), cmp_int, NULL);
	KUNIT_EXPECT_EQ(test, a[0], 3);
	sort(a, 1, sizeof(int), cmp_int, NULL);
	KUNIT_EXPECT_EQ(test, a[0], 3);
	sort(a, 2, sizeof(int), cmp_int, NULL);
	KUNIT_EXPECT_EQ(test, a[0], 1);
	KUNIT_EXPECT_EQ(test, a[1], 3);
	sort(a, 3, sizeof(int), cmp_int, NULL);
	KUNIT_EXPECT_EQ(test, a[2], 3);
	KUNIT_EXPECT_EQ(test, a[1], 2);
}

static void structs_and_swap_test(struct kunit *test)
{
	static struct pair p[N];
	unsigned int counts[16] = { 0 }, after[16] = { 0 };
	int i;

	for (i = 0; i < N; i++) {
		p[i].key = (i * 7919) % 16;
		p[i].check = ~p[i].key;
		counts[p[i].key]++;
	}
	swap_calls = 0;
	sort(p, N, sizeof(p[0]), cmp_pair, swap_pair);
	KUNIT_EXPECT_GT(test, swap_calls, 0);
	for (i = 0; i < N; i++) {
		KUNIT_EXPECT_EQ(test, p[i].check, (u16)~p[i].key);
		after[p[i].key]++;
		if (i)
			KUNIT_EXPECT_LE(test, p[i - 1].key, p[i].key);
	}
	KUNIT_EXPECT_MEMEQ(test, counts, after, sizeof(counts));
}

static struct kunit_case sort_cases[] = { KUNIT_CASE(ints_test),
					  KUNIT_CASE(small_sizes_test),
					  KUNIT_CASE(structs_and_swap_test),
					  {} };

static struct kunit_suite sort_suite = {
	.name = "sort",
	.test_cases = sort_cases,
};
kunit_test_suite(sort_suite);
