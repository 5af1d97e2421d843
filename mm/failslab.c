/*
 * failslab.c - the failslab= fault injection of slab allocations.
 *
 * kmem_cache_alloc() and kmalloc() ask should_failslab() before taking
 * an object (mm/slab.h:__cache_alloc) and return NULL if it says so, as
 * if memory had run out. The rules are lib/fault-inject.c's, set by
 * the boot options failslab=<interval>,<probability>,<space>,<times>
 * and failslab.verbose=. Linux's failslab by default spares
 * allocations that may sleep (ignore_gfp_reclaim); Linnet has no
 * reclaim to fall back on and fails them too, so every caller's error
 * path is exercised. __GFP_NOFAIL is always spared. See
 * docs/debugging.md.
 */
#include <linux/kernel.h>
#include <linux/fault-inject.h>
#include <linux/gfp.h>
#include <linux/init.h>
#include <linux/slab.h>
#include <linux/slab_def.h>

/* failslab - the rules for slab allocations (boot option failslab=) */
DECLARE_FAULT_ATTR(failslab, "failslab");

static int __init setup_failslab(char *str)
{
	return setup_fault_attr(&failslab, str);
}
__setup("failslab=", setup_failslab);

static int __init setup_failslab_verbose(char *str)
{
	return !kstrtoul(str, 10, &failslab.verbose);
}
__setup("failslab.verbose=", setup_failslab_verbose);

/**
 * __should_failslab - should this slab allocation fail, to test the caller?
 * @s: the cache being allocated from
 * @gfpflags: the allocation's GFP flags
 *
 * The slow path of should_failslab(), taken only while injection is armed.
 *
 * Context: any.
 * Return: true to make the allocation return NULL.
 */
bool __should_failslab(struct kmem_cache *s, gfp_t gfpflags)
{
	if (gfpflags & __GFP_NOFAIL)
		return false;
	return should_fail(&failslab, s->obj_size);
}
