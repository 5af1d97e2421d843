/*
 * mm_test.h - for the memory tests: bring the allocators back to rest.
 *
 * A test that checks "everything I allocated came back" compares
 * nr_free_pages() before and after. Freed memory may still sit in the
 * per-CPU page lists or in empty slabs that the caches keep for later;
 * these helpers hand all of it back to the buddy allocator first, so the
 * count is exact.
 */
#ifndef _TESTS_MM_TEST_H
#define _TESTS_MM_TEST_H

#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/slab_def.h>

/*
 * Shrink the kmalloc caches, largest first: a large class keeps its slab
 * descriptors in a smaller one, which must be shrunk after it.
 */
static inline void shrink_kmalloc_caches(void)
{
	int i = 0;

	while (malloc_sizes[i].cs_size)
		i++;
	while (--i >= 0) {
		if (!malloc_sizes[i].cs_cachep) /* size-4194304 under KASAN */
			continue;
		kmem_cache_shrink(malloc_sizes[i].cs_cachep);
		kmem_cache_shrink(malloc_sizes[i].cs_dmacachep);
	}
}

/* Free pages once the per-CPU lists are drained into the buddy allocator. */
static inline unsigned long drained_free_pages(void)
{
	drain_local_pages(NULL);
	return nr_free_pages();
}

#endif /* _TESTS_MM_TEST_H */
