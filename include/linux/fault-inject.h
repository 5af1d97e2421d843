/*
 * fault-inject.h - making allocations fail on purpose, to test error paths.
 *
 * Every kmem_cache_alloc() asks should_failslab() first and fails if it
 * says so, as Linux's slab does. Linux builds the real decision (boot
 * option failslab=, with a probability, an interval and a count) only
 * with CONFIG_FAILSLAB; without it the question always answers no, as
 * here. The fault-injection work (docs/debugging.md) replaces this
 * answer with the configurable one; the call sites stay as they are.
 */
#ifndef _LINUX_FAULT_INJECT_H
#define _LINUX_FAULT_INJECT_H

#include <linux/types.h>

struct kmem_cache;

/**
 * should_failslab - should this slab allocation fail, to test the caller?
 * @s: the cache being allocated from
 * @gfpflags: the allocation's GFP flags
 *
 * Context: any.
 * Return: true to make the allocation return NULL.
 */
static inline bool should_failslab(struct kmem_cache *s, gfp_t gfpflags)
{
	return false;
}

#endif /* _LINUX_FAULT_INJECT_H */
