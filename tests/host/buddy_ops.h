/*
 * buddy_ops.h - the random-operation driver shared by the host test and the fuzzer.
 *
 * A byte stream drives allocations and frees of every order and GFP type
 * on the simulated machine (buddy_env.c); after each step the allocator's
 * own invariant checker must find nothing, and the pages held plus the
 * free pages must equal what was free at the start. Freeing everything
 * must bring back exactly the starting free lists.
 */
#ifndef LINNET_HOST_BUDDY_OPS_H
#define LINNET_HOST_BUDDY_OPS_H

#include <linux/mm.h>
#include "buddy_env.h"

#define OPS_MAX_LIVE 128

struct ops_block {
	struct page *page;
	unsigned int order;
};

static const gfp_t ops_gfp[] = {
	GFP_KERNEL, GFP_ATOMIC, GFP_DMA, GFP_HIGHUSER, GFP_KERNEL | __GFP_COMP,
	GFP_HIGHUSER | __GFP_COLD, GFP_ATOMIC | __GFP_ZERO, GFP_NOFS | __GFP_COLD,
};

static void ops_free(struct ops_block *b)
{
	if (PageHead(b->page))
		put_page(b->page);
	else
		__free_pages(b->page, b->order);
}

static unsigned long ops_free_pages(void)
{
	return nr_free_pages();
}

/* ops_run - run the operations @data describes; returns the number of failed checks */
static int ops_run(const unsigned char *data, unsigned long size, int check_every)
{
	static struct ops_block live[OPS_MAX_LIVE];
	unsigned long before[MAX_NR_ZONES][MAX_ORDER], after[MAX_NR_ZONES][MAX_ORDER];
	unsigned long free0, held = 0, i;
	int n = 0, bad = 0, z, o;

	buddy_env_snapshot(before);
	free0 = ops_free_pages();
	for (i = 0; i + 1 < size; i += 2) {
		unsigned char op = data[i], arg = data[i + 1];

		if ((op & 1) && n < OPS_MAX_LIVE) {
			unsigned int order = (op >> 1) % MAX_ORDER;
			struct page *p = alloc_pages(ops_gfp[arg % 8] | __GFP_NOWARN, order);

			if (p) {
				live[n++] = (struct ops_block){ p, order };
				held += 1UL << order;
			}
		} else if (n) {
			int k = arg % n;

			held -= 1UL << live[k].order;
			ops_free(&live[k]);
			live[k] = live[--n];
		}
		if (check_every && (page_alloc_check() || ops_free_pages() + held != free0))
			bad++;
	}
	while (n)
		ops_free(&live[--n]);
	buddy_env_snapshot(after);
	for (z = 0; z < MAX_NR_ZONES; z++)
		for (o = 0; o < MAX_ORDER; o++)
			bad += before[z][o] != after[z][o];
	return bad + (page_alloc_check() != 0);
}

#endif /* LINNET_HOST_BUDDY_OPS_H */
