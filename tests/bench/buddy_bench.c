/*
 * buddy_bench.c - instructions per page allocation and free (`make bench`).
 *
 * Order 0 through the per-CPU list (the common case), order 0 through
 * the buddy core (the same alloc_pages() + __free_pages() calls, with the
 * zone's per-CPU list set to keep nothing: every page is taken from and
 * given back to the buddy lists, split and merged, as on a zone whose
 * list is drained or, like 2.6.32's small DMA zone, has high 0), order 3
 * and order 10. Both order-0 figures pay the same API cost (zonelist,
 * watermark, checks), so their difference is what the per-CPU list
 * saves. tests/harness/bench.py runs them at -m 128M and -m 3500M: the
 * figures must not grow with the size of memory, since nothing in the
 * allocator walks memory.
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

/* The buddy core for one page: the same calls, the per-CPU list keeping nothing */
static u64 bench_order0_drained(unsigned long iters)
{
	struct zone *zone = node_zonelist(0, GFP_KERNEL)->zones[0];
	struct per_cpu_pages *pcp = &zone->pageset[0].pcp;
	int high = pcp->high, batch = pcp->batch;
	unsigned long flags;
	u64 cycles;

	drain_local_pages(NULL);
	setup_pagelist_highmark(&zone->pageset[0], 0);
	cycles = bench_order(iters, GFP_KERNEL, 0);
	local_irq_save(flags);
	pcp->high = high;
	pcp->batch = batch;
	local_irq_restore(flags);
	return cycles;
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
