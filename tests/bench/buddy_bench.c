/*
 * buddy_bench.c - instructions per page allocation and free (`make bench`).
 *
 * Order 0 through the per-CPU list (the common case), order 0 through
 * the buddy core itself (as when the lists are drained: take a block,
 * split, free, merge back), order 3 and order 10. tests/harness/bench.py
 * runs them at -m 16M and -m 3500M: the figures must not grow with the
 * size of memory, since nothing in the allocator walks memory.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linnet/bench.h>

static u64 bench_order(unsigned long iters, gfp_t gfp, unsigned int order)
{
	u64 t0 = get_cycles();
	unsigned long i;

	for (i = 0; i < iters; i++)
		__free_pages(alloc_pages(gfp, order), order);
	return get_cycles() - t0;
}

static u64 bench_order0_pcp(unsigned long iters)
{
	return bench_order(iters, GFP_KERNEL, 0);
}
DEFINE_BENCH(page_order0_pcp, bench_order0_pcp, 10000);

/* The buddy core for one page, as a refill or drain of the lists does it */
static u64 bench_order0_drained(unsigned long iters)
{
	struct zone *zone = &NODE_DATA(0)->node_zones[ZONE_DMA];
	unsigned long i, flags;
	u64 t0;

	drain_local_pages(NULL);
	t0 = get_cycles();
	for (i = 0; i < iters; i++) {
		struct page *page;

		spin_lock_irqsave(&zone->lock, flags);
		page = __rmqueue_smallest(zone, 0);
		__free_one_page(page, zone, 0);
		spin_unlock_irqrestore(&zone->lock, flags);
	}
	return get_cycles() - t0;
}
DEFINE_BENCH(page_order0_drained, bench_order0_drained, 10000);

static u64 bench_order3(unsigned long iters)
{
	return bench_order(iters, GFP_KERNEL, 3);
}
DEFINE_BENCH(page_order3, bench_order3, 10000);

static u64 bench_order10(unsigned long iters)
{
	return bench_order(iters, GFP_KERNEL, 10);
}
DEFINE_BENCH(page_order10, bench_order10, 1000);
