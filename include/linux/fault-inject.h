/*
 * fault-inject.h - making allocations fail on purpose, to test error paths.
 *
 * Error paths are the code that runs least and breaks most: a
 * kmalloc() that returns NULL once in a million boots. Fault injection
 * (Linux's lib/fault-inject.c) makes such failures happen on demand.
 * A struct fault_attr says how often; should_fail() decides each time:
 *
 *   failslab=<interval>,<probability>,<space>,<times>       boot options
 *   fail_page_alloc=<interval>,<probability>,<space>,<times>
 *
 *   interval     only every interval-th eligible call may fail (1: any)
 *   probability  then it fails with this chance, in percent
 *   space        the first space bytes allocated never fail
 *   times        at most this many failures (-1: no limit)
 *
 * plus failslab.verbose= and fail_page_alloc.verbose= (0 quiet, 1 a
 * line per failure, 2 also a backtrace: the default, as Linux's).
 * Linux turns injection on when the boot option is read, after a
 * booted kernel's own allocations no longer matter; Linnet arms it when
 * the boot is done and the tests begin (fault_injection_begin()), so
 * the kernel always comes up. __GFP_NOFAIL allocations never fail.
 * See docs/debugging.md.
 */
#ifndef _LINUX_FAULT_INJECT_H
#define _LINUX_FAULT_INJECT_H

#include <linux/types.h>
#include <linux/atomic.h>

struct kmem_cache;

/**
 * struct fault_attr - how often one kind of call is made to fail
 * @probability: percent chance of failing an eligible call (0: never)
 * @interval: only every interval-th eligible call is considered (1: all)
 * @times: failures left (-1: unlimited)
 * @space: bytes that may still be allocated before any failure
 * @verbose: 0 silent, 1 a line per failure, 2 a line and a backtrace
 * @count: eligible calls so far (for @interval)
 * @failures: failures injected so far
 * @name: the boot option's name, for the report
 */
struct fault_attr {
	unsigned long probability;
	unsigned long interval;
	atomic_t times;
	atomic_t space;
	unsigned long verbose;
	unsigned long count;
	unsigned long failures;
	const char *name;
};

#define FAULT_ATTR_INITIALIZER(attr_name)                                     \
	{                                                                     \
		.interval = 1, .times = ATOMIC_INIT(1), .verbose = 2,         \
		.name = attr_name,                                            \
	}

#define DECLARE_FAULT_ATTR(name, attr_name) struct fault_attr name = FAULT_ATTR_INITIALIZER(attr_name)

#ifdef LINNET_HOST
/* The host builds of the allocators run without injection. */
static inline bool should_failslab(struct kmem_cache *s, gfp_t gfpflags) { return false; }
static inline bool should_fail_alloc_page(gfp_t gfp_mask, unsigned int order) { return false; }
#else
int setup_fault_attr(struct fault_attr *attr, char *str);
bool should_fail(struct fault_attr *attr, ssize_t size);
bool __should_failslab(struct kmem_cache *s, gfp_t gfpflags);
bool __should_fail_alloc_page(gfp_t gfp_mask, unsigned int order);

/*
 * Asked on every allocation: while injection is not armed (always, unless
 * failslab= or fail_page_alloc= was given and the tests have begun) the
 * answer is one load and a not-taken branch, inline on the fast path.
 */
extern bool fault_injection_armed;

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
	return unlikely(fault_injection_armed) && __should_failslab(s, gfpflags);
}

/**
 * should_fail_alloc_page - should this page allocation fail, to test the caller?
 * @gfp_mask: the allocation's GFP flags
 * @order: its order
 *
 * Context: any.
 * Return: true to make alloc_pages() return NULL.
 */
static inline bool should_fail_alloc_page(gfp_t gfp_mask, unsigned int order)
{
	return unlikely(fault_injection_armed) && __should_fail_alloc_page(gfp_mask, order);
}
unsigned long fault_injected_total(void);
void fault_injection_begin(void);
int fault_injection_end(void);
#endif

#endif /* _LINUX_FAULT_INJECT_H */
