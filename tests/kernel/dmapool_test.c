/*
 * dmapool_test.c - lab 1's grader: a dma_pool hands out distinct,
 * aligned blocks that never cross its boundary, with their physical
 * addresses; it reuses freed blocks last-in first-out, grows by whole
 * pages, and gives every page back when destroyed.
 * See docs/labs/lab1-dmapool.md.
 */
#include <kunit/test.h>
#include <linux/dmapool.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <asm/io.h>

#define N 40

static struct dma_pool *make_pool(struct kunit *test, size_t size, size_t align, size_t boundary)
{
	struct dma_pool *pool = dma_pool_create("lab1", NULL, size, align, boundary);

	KUNIT_ASSERT_NOT_NULL(test, pool);
	return pool;
}

static void dmapool_distinct_aligned_test(struct kunit *test)
{
	struct dma_pool *pool = make_pool(test, 48, 16, 0);
	void *blk[N];
	dma_addr_t dma[N];
	int i, j;

	for (i = 0; i < N; i++) {
		blk[i] = dma_pool_alloc(pool, GFP_KERNEL, &dma[i]);
		KUNIT_ASSERT_NOT_NULL(test, blk[i]);
		KUNIT_EXPECT_EQ(test, (unsigned long)blk[i] % 16, 0UL);
		memset(blk[i], i, 48);
	}
	for (i = 0; i < N; i++) {
		for (j = 0; j < 48; j++)
			KUNIT_ASSERT_EQ(test, ((unsigned char *)blk[i])[j], (unsigned char)i);
		for (j = i + 1; j < N; j++)
			KUNIT_EXPECT_PTR_NE(test, blk[i], blk[j]);
	}
	for (i = 0; i < N; i++)
		dma_pool_free(pool, blk[i], dma[i]);
	dma_pool_destroy(pool);
}

static void dmapool_handle_is_physical_test(struct kunit *test)
{
	struct dma_pool *pool = make_pool(test, 64, 64, 0);
	dma_addr_t dma[N];
	void *blk[N];
	int i;

	for (i = 0; i < N; i++) {
		blk[i] = dma_pool_alloc(pool, GFP_KERNEL, &dma[i]);
		KUNIT_ASSERT_NOT_NULL(test, blk[i]);
		KUNIT_EXPECT_EQ(test, (unsigned long)dma[i], virt_to_phys(blk[i]));
	}
	for (i = 0; i < N; i++)
		dma_pool_free(pool, blk[i], dma[i]);
	dma_pool_destroy(pool);
}

/* 96-byte blocks, boundary 1024: 10 blocks fit below each boundary, then a gap */
static void dmapool_boundary_test(struct kunit *test)
{
	struct dma_pool *pool = make_pool(test, 96, 32, 1024);
	dma_addr_t dma[N];
	void *blk[N];
	int i;

	for (i = 0; i < N; i++) {
		unsigned long a;

		blk[i] = dma_pool_alloc(pool, GFP_KERNEL, &dma[i]);
		KUNIT_ASSERT_NOT_NULL(test, blk[i]);
		a = (unsigned long)blk[i];
		KUNIT_EXPECT_EQ_MSG(test, a / 1024, (a + 95) / 1024, "block %d at %lx crosses", i,
				    a);
	}
	/* the 11th block starts at the next boundary, not at 10 * 96 */
	KUNIT_EXPECT_EQ(test, (unsigned long)blk[10] - (unsigned long)blk[0], 1024UL);
	for (i = 0; i < N; i++)
		dma_pool_free(pool, blk[i], dma[i]);
	dma_pool_destroy(pool);
}

static void dmapool_reuse_test(struct kunit *test)
{
	struct dma_pool *pool = make_pool(test, 32, 8, 0);
	dma_addr_t da, db, dc;
	void *a, *b, *c;

	a = dma_pool_alloc(pool, GFP_KERNEL, &da);
	b = dma_pool_alloc(pool, GFP_KERNEL, &db);
	KUNIT_ASSERT_NOT_NULL(test, a);
	KUNIT_ASSERT_NOT_NULL(test, b);
	dma_pool_free(pool, a, da);
	dma_pool_free(pool, b, db);
	c = dma_pool_alloc(pool, GFP_KERNEL, &dc);
	KUNIT_EXPECT_PTR_EQ(test, c, b); /* last freed, first reused */
	KUNIT_EXPECT_EQ(test, (unsigned long)dc, (unsigned long)db);
	c = dma_pool_alloc(pool, GFP_KERNEL, &dc);
	KUNIT_EXPECT_PTR_EQ(test, c, a);
	dma_pool_free(pool, a, da);
	dma_pool_free(pool, b, db);
	dma_pool_destroy(pool);
}

/* 1,000 blocks of 200 bytes: 20 to a page, 50 pages, all usable at once */
static void dmapool_many_pages_test(struct kunit *test)
{
	struct dma_pool *pool = make_pool(test, 200, 8, 0);
	void **blk = kmalloc(1000 * sizeof(void *), GFP_KERNEL);
	dma_addr_t *dma = kmalloc(1000 * sizeof(dma_addr_t), GFP_KERNEL);
	unsigned long pages = 0, prev = 0;
	int i;

	KUNIT_ASSERT_NOT_NULL(test, blk);
	KUNIT_ASSERT_NOT_NULL(test, dma);
	for (i = 0; i < 1000; i++) {
		blk[i] = dma_pool_alloc(pool, GFP_KERNEL, &dma[i]);
		KUNIT_ASSERT_NOT_NULL(test, blk[i]);
		*(int *)blk[i] = i;
		if (((unsigned long)blk[i] & PAGE_MASK) != prev)
			pages++;
		prev = (unsigned long)blk[i] & PAGE_MASK;
	}
	KUNIT_EXPECT_EQ(test, pages, 50UL);
	for (i = 0; i < 1000; i++)
		KUNIT_EXPECT_EQ(test, *(int *)blk[i], i);
	for (i = 0; i < 1000; i++)
		dma_pool_free(pool, blk[i], dma[i]);
	dma_pool_destroy(pool);
	kfree(blk);
	kfree(dma);
}

static void dmapool_destroy_frees_pages_test(struct kunit *test)
{
	struct dma_pool *pool = make_pool(test, 512, 8, 0);
	dma_addr_t dma[64];
	void *blk[64];
	int i;

	for (i = 0; i < 64; i++) {
		blk[i] = dma_pool_alloc(pool, GFP_KERNEL, &dma[i]);
		KUNIT_ASSERT_NOT_NULL(test, blk[i]);
	}
	/* 8 blocks of 512 bytes to a page, each page held once by the pool */
	for (i = 0; i < 64; i += 8) {
		KUNIT_EXPECT_EQ(test, (unsigned long)blk[i + 7] - (unsigned long)blk[i], 7 * 512UL);
		KUNIT_EXPECT_EQ(test, page_count(virt_to_page(blk[i])), 1);
	}
	for (i = 0; i < 64; i++)
		dma_pool_free(pool, blk[i], dma[i]);
	dma_pool_destroy(pool);
	for (i = 0; i < 64; i += 8)
		KUNIT_EXPECT_EQ(test, page_count(virt_to_page(blk[i])), 0);
}

static struct kunit_case dmapool_cases[] = { KUNIT_CASE(dmapool_distinct_aligned_test),
					     KUNIT_CASE(dmapool_handle_is_physical_test),
					     KUNIT_CASE(dmapool_boundary_test),
					     KUNIT_CASE(dmapool_reuse_test),
					     KUNIT_CASE(dmapool_many_pages_test),
					     KUNIT_CASE(dmapool_destroy_frees_pages_test),
					     {} };

static struct kunit_suite dmapool_suite = {
	.name = "dmapool",
	.test_cases = dmapool_cases,
};
kunit_test_suite(dmapool_suite);
