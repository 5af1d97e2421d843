/*
 * slab_rcu_test.c - SLAB_DESTROY_BY_RCU: type-stable memory for lock-free readers.
 *
 * The flag delays the slab's pages, not the objects: a freed object is
 * handed out again at once, but a page that held objects of the cache
 * stays the cache's (PageSlab, page->lru.next naming the cache, objects
 * still constructed) until a grace period has passed, and
 * kmem_cache_destroy() waits for those grace periods. The slabs are
 * destroyed inside a reader here by freeing many objects at once: the
 * array cache overflows into free_block(), which gives back whole slabs
 * once the cache has more than free_limit free objects (mm/slab.c).
 */
#include <kunit/test.h>
#include <linux/mm.h>
#include <linux/page-flags.h>
#include <linux/rcupdate.h>
#include <linux/slab.h>
#include <linux/slab_def.h>

#define TS_MAGIC 0x7e57ab1eU
#define NR_OBJS 600

struct ts_obj {
	unsigned int magic; /* set by the constructor, kept while free */
	unsigned int key;
	char pad[92];
};

static void ts_ctor(void *p)
{
	((struct ts_obj *)p)->magic = TS_MAGIC;
}

static struct ts_obj *objs[NR_OBJS];

/* Is @page still a slab page of @cachep? (A slab page's lru.next names its cache.) */
static bool page_of_cache(struct page *page, struct kmem_cache *cachep)
{
	return PageSlab(page) && (struct kmem_cache *)page->lru.next == cachep;
}

static unsigned int slabs_on_lists(struct kmem_cache *cachep)
{
	struct kmem_list3 *l3 = &cachep->lists;
	unsigned long flags;
	unsigned int n;

	spin_lock_irqsave(&l3->list_lock, flags);
	n = list_count_nodes(&l3->slabs_full) + list_count_nodes(&l3->slabs_partial) +
	    list_count_nodes(&l3->slabs_free);
	spin_unlock_irqrestore(&l3->list_lock, flags);
	return n;
}

/* Is objs[@i] the first of objs[] on its page? */
static bool first_on_page(unsigned int i)
{
	unsigned int j;

	for (j = 0; j < i; j++)
		if (virt_to_page(objs[j]) == virt_to_page(objs[i]))
			return false;
	return true;
}

/* How many of objs[]' pages (one a slab: order 0) are still @cachep's */
static unsigned int pages_of_cache(struct kmem_cache *cachep)
{
	unsigned int i, n = 0;

	for (i = 0; i < NR_OBJS; i++)
		n += first_on_page(i) && page_of_cache(virt_to_page(objs[i]), cachep);
	return n;
}

/* Fill objs[]; return how many slabs hold them. */
static unsigned int alloc_objs(struct kunit *test, struct kmem_cache *cachep)
{
	unsigned int i;

	for (i = 0; i < NR_OBJS; i++) {
		objs[i] = kmem_cache_alloc(cachep, GFP_KERNEL);
		KUNIT_ASSERT_NOT_NULL(test, objs[i]);
		objs[i]->key = i;
	}
	return pages_of_cache(cachep);
}

static struct kmem_cache *ts_cache(struct kunit *test, const char *name)
{
	struct kmem_cache *cachep =
		kmem_cache_create(name, sizeof(struct ts_obj), 0, SLAB_DESTROY_BY_RCU, ts_ctor);

	KUNIT_ASSERT_NOT_NULL(test, cachep);
	KUNIT_ASSERT_EQ(test, cachep->gfporder, 0U);
	return cachep;
}

static void destroy_by_rcu_pages_outlive_readers_test(struct kunit *test)
{
	struct kmem_cache *cachep = ts_cache(test, "test_typesafe");
	unsigned int i, slabs, kept, stable = 0;

	slabs = alloc_objs(test, cachep);
	rcu_read_lock();
	for (i = 0; i < NR_OBJS; i++)
		kmem_cache_free(cachep, objs[i]);
	kept = slabs_on_lists(cachep);
	for (i = 0; i < NR_OBJS; i++)
		stable +=
			page_of_cache(virt_to_page(objs[i]), cachep) && objs[i]->magic == TS_MAGIC;
	rcu_read_unlock();
	/* slabs left the cache's lists, yet every object is still readable as one */
	KUNIT_EXPECT_LT(test, kept, slabs);
	KUNIT_EXPECT_EQ(test, stable, (unsigned int)NR_OBJS);

	rcu_barrier(); /* the grace period is over: the destroyed slabs' pages are gone */
	KUNIT_EXPECT_EQ(test, pages_of_cache(cachep), kept);
	kmem_cache_destroy(cachep);
}

/* The flag does not delay objects: a freed one is handed out again at once. */
static void destroy_by_rcu_objects_reused_at_once_test(struct kunit *test)
{
	struct kmem_cache *cachep = ts_cache(test, "test_typesafe_reuse");
	struct ts_obj *a, *b;

	a = kmem_cache_alloc(cachep, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, a);
	rcu_read_lock();
	kmem_cache_free(cachep, a);
	b = kmem_cache_alloc(cachep, GFP_ATOMIC);
	rcu_read_unlock();
	KUNIT_ASSERT_NOT_NULL(test, b); /* under failslab= it may fail */
	KUNIT_EXPECT_PTR_EQ(test, b, a);
	KUNIT_EXPECT_EQ(test, b->magic, TS_MAGIC); /* constructed once, never poisoned */
	kmem_cache_free(cachep, b);
	kmem_cache_destroy(cachep);
}

/*
 * kmem_cache_destroy() returns only after the slabs' callbacks ran: they
 * name the cache, which is freed right after.
 */
static void destroy_by_rcu_cache_destroy_waits_test(struct kunit *test)
{
	struct kmem_cache *cachep = ts_cache(test, "test_typesafe_destroy");
	unsigned int i;

	KUNIT_EXPECT_GT(test, alloc_objs(test, cachep), 1U);
	for (i = 0; i < NR_OBJS; i++)
		kmem_cache_free(cachep, objs[i]);
	kmem_cache_destroy(cachep);
	KUNIT_EXPECT_EQ(test, pages_of_cache(cachep), 0U);
}

static struct kunit_case slab_rcu_cases[] = { KUNIT_CASE(destroy_by_rcu_pages_outlive_readers_test),
					      KUNIT_CASE(
						      destroy_by_rcu_objects_reused_at_once_test),
					      KUNIT_CASE(destroy_by_rcu_cache_destroy_waits_test),
					      {} };

static struct kunit_suite slab_rcu_suite = {
	.name = "slab_rcu",
	.test_cases = slab_rcu_cases,
};
kunit_test_suite(slab_rcu_suite);
