/*
 * slab_test.c - KUnit tests for slab caches (mm/slab.c, mm/slab_debug.c).
 *
 * Each case makes a private cache, uses it the way kernel code does, and
 * checks what Linux's slab layer promises: constructors run when a slab
 * is made, freed objects come back LIFO, memory goes back on shrink and
 * destroy, a busy cache refuses to die, and every misuse caught by the
 * debug flags is reported while the cache's lists stay intact
 * (kmem_cache_validate()). They read as examples of the API.
 */
#include <kunit/test.h>
#include <kunit/printk_capture.h>
#include <linux/cache.h>
#include <linux/completion.h>
#include <linux/delay.h>
#include <linux/kthread.h>
#include <linux/mutex.h>
#include <linux/kasan.h>
#include <linux/mm.h>
#include <linux/poison.h>
#include <linux/slab.h>
#include <linux/slab_def.h>

#define DEBUG_FLAGS (SLAB_RED_ZONE | SLAB_POISON | SLAB_STORE_USER)

static struct printk_capture cap;
static int ctor_calls;

struct item {
	unsigned long magic;
	char name[40];
};

static void item_ctor(void *obj)
{
	struct item *it = obj;

	ctor_calls++;
	it->magic = 0x17e3;
}

static unsigned long free_pages_now(void)
{
	drain_local_pages(NULL);
	return nr_free_pages();
}

/* A cache and one object of it; with either missing, give back the other and end the case */
static void *cache_and_obj(struct kunit *test, struct kmem_cache *c)
{
	void *obj;

	KUNIT_ASSERT_NOT_NULL(test, c);
	obj = kmem_cache_alloc(c, GFP_KERNEL);
	if (!obj)
		kmem_cache_destroy(c);
	KUNIT_ASSERT_NOT_NULL(test, obj);
	return obj;
}

static void slab_ctor_runs_per_slab_test(struct kunit *test)
{
	struct kmem_cache *c = kmem_cache_create("test_item", sizeof(struct item), 0, 0, item_ctor);
	struct item *it;
	void *again;

	KUNIT_ASSERT_NOT_NULL(test, c);
	ctor_calls = 0;
	it = kmem_cache_alloc(c, GFP_KERNEL);
	if (!it)
		kmem_cache_destroy(c);
	KUNIT_ASSERT_NOT_NULL(test, it);
	/* the first allocation made one slab: every object was constructed */
	KUNIT_EXPECT_EQ(test, ctor_calls, (int)c->num);
	KUNIT_EXPECT_EQ(test, it->magic, 0x17e3UL);
	kmem_cache_free(c, it);
	kasan_cache_shrink(c); /* KASAN's quarantine lets it go (a no-op without KASAN) */
	again = kmem_cache_alloc(c, GFP_KERNEL);
	KUNIT_EXPECT_PTR_EQ(test, again, (void *)it);
	KUNIT_EXPECT_EQ(test, ctor_calls, (int)c->num); /* no new slab, no new ctor call */
	if (again)
		kmem_cache_free(c, again);
	kmem_cache_destroy(c);
}

static void slab_pages_lead_back_test(struct kunit *test)
{
	struct kmem_cache *c = kmem_cache_create("test_back", 100, 0, 0, NULL);
	void *obj = cache_and_obj(test, c);
	struct page *page = virt_to_page(obj);

	KUNIT_EXPECT_TRUE(test, PageSlab(page));
	KUNIT_EXPECT_PTR_EQ(test, (void *)page->lru.next, (void *)c);
	KUNIT_EXPECT_FALSE(test, PageHighMem(page));
	KUNIT_EXPECT_EQ(test, kmem_cache_validate(c), 0);
	kmem_cache_free(c, obj);
	kmem_cache_destroy(c);
}

static void slab_refill_takes_a_batch_test(struct kunit *test)
{
	struct kmem_cache *c = kmem_cache_create("test_batch", 200, 0, 0, NULL);
	void *obj = cache_and_obj(test, c);

	/* one new slab, its objects moved to the array cache, one handed out */
	KUNIT_EXPECT_EQ(test, c->array.avail, min(c->num, c->array.batchcount) - 1);
	/* 200 bytes take the array of up to 256; KASAN's metadata makes them 272 */
	KUNIT_EXPECT_EQ(test, c->array.limit, c->buffer_size <= 256 ? 120U : 54U);
	KUNIT_EXPECT_EQ(test, c->array.batchcount, (c->array.limit + 1) / 2);
	KUNIT_EXPECT_FALSE(test, list_empty(&c->lists.slabs_full));
	kmem_cache_free(c, obj);
	KUNIT_EXPECT_EQ(test, kmem_cache_shrink(c), 0);
	KUNIT_EXPECT_TRUE(test, list_empty(&c->lists.slabs_full));
	KUNIT_EXPECT_TRUE(test, list_empty(&c->lists.slabs_free));
	kmem_cache_destroy(c);
}

static void slab_shrink_gives_pages_back_test(struct kunit *test)
{
	struct kmem_cache *c = kmem_cache_create("test_shrink", 500, 0, 0, NULL);
	static void *objs[400];
	unsigned long before = free_pages_now();
	unsigned int i;

	KUNIT_ASSERT_NOT_NULL(test, c);
	for (i = 0; i < ARRAY_SIZE(objs); i++) {
		objs[i] = kmem_cache_alloc(c, GFP_KERNEL);
		if (!objs[i]) { /* give back what we have, then end the case */
			while (i--)
				kmem_cache_free(c, objs[i]);
			kmem_cache_destroy(c);
			KUNIT_FAIL(test, "no memory");
			return;
		}
	}
	KUNIT_EXPECT_LT(test, free_pages_now(), before);
	KUNIT_EXPECT_EQ(test, kmem_cache_shrink(c), 1);
	for (i = 0; i < ARRAY_SIZE(objs); i++)
		kmem_cache_free(c, objs[i]);
	KUNIT_EXPECT_EQ(test, kmem_cache_validate(c), 0);
	KUNIT_EXPECT_EQ(test, kmem_cache_shrink(c), 0);
	KUNIT_EXPECT_EQ(test, free_pages_now(), before);
	kmem_cache_destroy(c);
}

static void slab_layout_test(struct kunit *test)
{
	struct kmem_cache *hw = kmem_cache_create("test_hw", 20, 0, SLAB_HWCACHE_ALIGN, NULL);
	struct kmem_cache *al = kmem_cache_create("test_al", 20, 128, 0, NULL);
	struct kmem_cache *col = kmem_cache_create("test_col", 200, 0, 0, NULL);
	void *a = hw ? kmem_cache_alloc(hw, GFP_KERNEL) : NULL;
	void *b = al ? kmem_cache_alloc(al, GFP_KERNEL) : NULL;
	static void *objs[100];
	unsigned long starts = 0;
	unsigned int i, n;

	if (!a || !b || !col) { /* give back whatever was made, then end the case */
		if (a)
			kmem_cache_free(hw, a);
		if (b)
			kmem_cache_free(al, b);
		if (hw)
			kmem_cache_destroy(hw);
		if (al)
			kmem_cache_destroy(al);
		if (col)
			kmem_cache_destroy(col);
	}
	KUNIT_ASSERT_TRUE(test, a && b && col);
	if (!(hw->flags & SLAB_RED_ZONE) && !IS_ENABLED(CONFIG_KASAN)) {
		/* 20 bytes fit half a line twice over: aligned to 32 */
		KUNIT_EXPECT_EQ(test, hw->buffer_size, 32U);
		KUNIT_EXPECT_EQ(test, (unsigned long)a % 32, 0UL);
	}
	KUNIT_EXPECT_EQ(test, (unsigned long)b % 128, 0UL);
	for (n = 0; n < ARRAY_SIZE(objs); n++) {
		objs[n] = kmem_cache_alloc(col, GFP_KERNEL);
		if (!objs[n])
			break;
		starts |= 1UL << ((unsigned long)objs[n] % PAGE_SIZE % (col->colour_off * 32) /
				  col->colour_off);
	}
	/* successive slabs put their first object at different cache lines */
	KUNIT_EXPECT_GT(test, col->colour, 1U);
	KUNIT_EXPECT_GT(test, hweight_long(starts), 1);
	KUNIT_EXPECT_EQ(test, n, (unsigned int)ARRAY_SIZE(objs));
	for (i = 0; i < n; i++)
		kmem_cache_free(col, objs[i]);
	kmem_cache_free(hw, a);
	kmem_cache_free(al, b);
	kmem_cache_destroy(hw);
	kmem_cache_destroy(al);
	kmem_cache_destroy(col);
}

static void slab_off_slab_test(struct kunit *test)
{
	struct kmem_cache *big = kmem_cache_create("test_big", 4096, 0, 0, NULL);
	struct kmem_cache *small = kmem_cache_create("test_small", 64, 0, 0, NULL);
	void *obj = big ? kmem_cache_alloc(big, GFP_KERNEL) : NULL;
	struct page *slab_page;
	void *slabp;

	if (!obj || !small) { /* give back whatever was made, then end the case */
		if (obj)
			kmem_cache_free(big, obj);
		if (big)
			kmem_cache_destroy(big);
		if (small)
			kmem_cache_destroy(small);
	}
	KUNIT_ASSERT_TRUE(test, obj && small);
	slab_page = virt_to_page(obj);
	slabp = slab_page->lru.prev;
	KUNIT_EXPECT_NULL(test, small->slabp_cache);
	if ((big->flags & SLAB_RED_ZONE) || IS_ENABLED(CONFIG_KASAN)) {
		/* debug (or KASAN) bytes leave a slack in the slab: the descriptor fits there */
		KUNIT_EXPECT_NULL(test, big->slabp_cache);
		KUNIT_EXPECT_PTR_EQ(test, (void *)virt_to_page(slabp)->lru.next, (void *)big);
	} else {
		/* a page-sized object leaves no room: the descriptor is kmalloc'ed */
		KUNIT_EXPECT_NOT_NULL(test, big->slabp_cache);
		KUNIT_EXPECT_PTR_EQ(test, (void *)virt_to_page(slabp)->lru.next,
				    (void *)big->slabp_cache);
	}
	kmem_cache_free(big, obj);
	KUNIT_EXPECT_EQ(test, kmem_cache_validate(big), 0);
	kmem_cache_destroy(big);
	kmem_cache_destroy(small);
}

static void slab_destroy_busy_test(struct kunit *test)
{
	struct kmem_cache *c = kmem_cache_create("test_busy", 64, 0, 0, NULL);
	void *obj = cache_and_obj(test, c);

	printk_capture_start(&cap);
	KUNIT_EXPECT_NULL(test, kmem_cache_create("test_busy", 64, 0, 0, NULL));
	kmem_cache_destroy(c);
	printk_capture_stop(&cap);
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "duplicate cache test_busy"));
	KUNIT_EXPECT_TRUE(test,
			  printk_capture_contains(
				  &cap, "slab error in kmem_cache_destroy(): cache `test_busy': "
					"Can't free all objects"));
	/* the cache survived and still works */
	KUNIT_EXPECT_EQ(test, kmem_cache_validate(c), 0);
	kmem_cache_free(c, obj);
	kmem_cache_destroy(c);
}

/*
 * M8: cache_reap() gives an idle cache's memory back with no shrink: the
 * array cache a fifth of its limit every two seconds, then the free slabs.
 * A cache in use keeps its array (touched).
 */
static void slab_reap_idle_cache_test(struct kunit *test)
{
	struct kmem_cache *idle = kmem_cache_create("test_reap", 200, 0, 0, NULL);
	struct kmem_cache *busy = kmem_cache_create("test_busy_reap", 200, 0, 0, NULL);
	static void *objs[100];
	unsigned int i, t;

	if (IS_ENABLED(CONFIG_KASAN)) {
		if (idle)
			kmem_cache_destroy(idle);
		if (busy)
			kmem_cache_destroy(busy);
		kunit_skip(test, "KASAN's quarantine keeps freed objects out of the array cache");
	}
	if (!idle || !busy) {
		if (idle)
			kmem_cache_destroy(idle);
		if (busy)
			kmem_cache_destroy(busy);
		KUNIT_FAIL(test, "no cache");
		return;
	}
	for (i = 0; i < ARRAY_SIZE(objs); i++)
		objs[i] = kmem_cache_alloc(idle, GFP_KERNEL);
	for (i = 0; i < ARRAY_SIZE(objs); i++)
		if (objs[i])
			kmem_cache_free(idle, objs[i]);
	kmem_cache_free(busy, kmem_cache_alloc(busy, GFP_KERNEL));
	KUNIT_EXPECT_GT(test, idle->array.avail, 50U); /* the frees stayed in the array */
	/* 100 objects at 24 a period: 5 periods after the touched mark is cleared */
	for (t = 0; t < 15; t++) {
		kmem_cache_free(busy, kmem_cache_alloc(busy, GFP_KERNEL));
		msleep(2000);
	}
	KUNIT_EXPECT_EQ(test, idle->array.avail, 0U);
	KUNIT_EXPECT_TRUE(test, list_empty(&idle->lists.slabs_free));
	KUNIT_EXPECT_EQ(test, idle->lists.free_objects, 0UL);
	KUNIT_EXPECT_GT(test, busy->array.avail, 0U);
	KUNIT_EXPECT_EQ(test, kmem_cache_validate(idle), 0);
	kmem_cache_destroy(idle);
	kmem_cache_destroy(busy);
}

static struct kmem_cache *racer_cache;
static DECLARE_COMPLETION(racer_done);

static int create_racer(void *unused)
{
	racer_cache = kmem_cache_create("test_race", 40, 0, 0, NULL);
	complete(&racer_done);
	return 0;
}

/*
 * B10: kmem_cache_create() holds cache_chain_mutex from the duplicate
 * check to the insertion, so a creator must wait while another holds it
 * (before the fix the check and the insertion were two separate critical
 * sections, and two creators of one name could both succeed).
 */
static void slab_create_serialised_test(struct kunit *test)
{
	struct kmem_cache *mine;

	init_completion(&racer_done);
	racer_cache = NULL;
	mutex_lock(&cache_chain_mutex);
	if (IS_ERR(kthread_run(create_racer, NULL, "slab_racer"))) {
		mutex_unlock(&cache_chain_mutex);
		KUNIT_FAIL(test, "no thread");
		return;
	}
	/* the creator runs, finds the mutex held, and sleeps */
	KUNIT_EXPECT_EQ(test, wait_for_completion_timeout(&racer_done, 5), 0UL);
	KUNIT_EXPECT_NULL(test, racer_cache);
	mutex_unlock(&cache_chain_mutex);
	wait_for_completion(&racer_done);
	KUNIT_ASSERT_NOT_NULL(test, racer_cache);
	printk_capture_start(&cap);
	mine = kmem_cache_create("test_race", 40, 0, 0, NULL);
	printk_capture_stop(&cap);
	KUNIT_EXPECT_NULL(test, mine);
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "duplicate cache test_race"));
	kmem_cache_destroy(racer_cache);
}

/* A debug cache; the case checks the report and that the cache still works. */
static struct kmem_cache *debug_cache(struct kunit *test, const char *name)
{
	struct kmem_cache *c = kmem_cache_create(name, 48, 0, DEBUG_FLAGS, NULL);

	KUNIT_ASSERT_NOT_NULL(test, c);
	printk_capture_start(&cap);
	return c;
}

/* An object of a debug cache; with none to be had, undo debug_cache() and end the case */
static void *debug_alloc(struct kunit *test, struct kmem_cache *c)
{
	void *obj = kmem_cache_alloc(c, GFP_KERNEL);

	if (!obj) {
		printk_capture_stop(&cap);
		kmem_cache_destroy(c);
	}
	KUNIT_ASSERT_NOT_NULL(test, obj);
	return obj;
}

static void expect_report(struct kunit *test, struct kmem_cache *c, const char *what)
{
	void *a, *b;

	printk_capture_stop(&cap);
	KUNIT_EXPECT_TRUE_MSG(test, printk_capture_contains(&cap, what), "no \"%s\"", what);
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "Call Trace:"));
	KUNIT_EXPECT_EQ(test, kmem_cache_validate(c), 0);
	a = kmem_cache_alloc(c, GFP_KERNEL);
	b = kmem_cache_alloc(c, GFP_KERNEL);
	KUNIT_EXPECT_TRUE(test, a && b && a != b);
	if (a)
		kmem_cache_free(c, a);
	if (b)
		kmem_cache_free(c, b);
	kmem_cache_destroy(c);
}

static void slab_double_free_test(struct kunit *test)
{
	struct kmem_cache *c = debug_cache(test, "test_dfree");
	void *obj = debug_alloc(test, c);

	kmem_cache_free(c, obj);
	kmem_cache_free(c, obj);
	expect_report(
		test, c,
		"slab error in verify_redzone_free(): cache `test_dfree': double free detected");
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "redzone 1:0x9f911029d74e35b, "
							      "redzone 2:0x9f911029d74e35b."));
}

static void slab_overflow_test(struct kunit *test)
{
	struct kmem_cache *c = debug_cache(test, "test_over");
	char *obj = debug_alloc(test, c);

	obj[48] = 'x'; /* one past the end */
	kmem_cache_free(c, obj);
	expect_report(test, c,
		      "slab error in verify_redzone_free(): cache `test_over': memory outside "
		      "object was overwritten");
	/* red zone 2's first byte (little-endian: the low byte 0xc0) became 'x' */
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "redzone 1:0xd84156c5635688c0, "
							      "redzone 2:0xd84156c563568878."));
}

static void slab_use_after_free_test(struct kunit *test)
{
	struct kmem_cache *c;
	char *obj;
	void *again;

	if (IS_ENABLED(CONFIG_KASAN))
		kunit_skip(test, "KASAN reports this use after free itself, at the access");
	c = debug_cache(test, "test_uaf");
	obj = debug_alloc(test, c);

	kmem_cache_free(c, obj);
	KUNIT_EXPECT_EQ(test, (u8)obj[0], POISON_FREE);
	KUNIT_EXPECT_EQ(test, (u8)obj[47], POISON_END);
	obj[5] = 0;
	again = kmem_cache_alloc(c, GFP_KERNEL);
	KUNIT_EXPECT_PTR_EQ(test, again, (void *)obj);
	/* handed out filled with POISON_INUSE, the last byte POISON_END */
	if (again) {
		KUNIT_EXPECT_EQ(test, (u8)obj[0], POISON_INUSE);
		KUNIT_EXPECT_EQ(test, (u8)obj[5], POISON_INUSE);
		KUNIT_EXPECT_EQ(test, (u8)obj[47], POISON_END);
		kmem_cache_free(c, again);
	}
	printk_capture_stop(&cap);
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "Slab corruption: test_uaf start="));
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, ", len=48"));
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "Redzone: 0x9f911029d74e35b/"
							      "0x9f911029d74e35b."));
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "Last user: [<"));
	KUNIT_EXPECT_TRUE(test,
			  printk_capture_contains(&cap, "000: 6b 6b 6b 6b 6b 00 6b 6b 6b 6b 6b 6b "
							"6b 6b 6b 6b"));
	KUNIT_EXPECT_EQ(test, kmem_cache_validate(c), 0);
	kmem_cache_destroy(c);
}

static void slab_free_middle_test(struct kunit *test)
{
	struct kmem_cache *c = debug_cache(test, "test_mid");
	char *obj = debug_alloc(test, c);

	kmem_cache_free(c, obj + 16);
	kmem_cache_free(c, obj);
	expect_report(test, c,
		      "slab error in cache_free_debugcheck(): cache `test_mid': bad object "
		      "pointer");
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, ": 16 bytes into object"));
}

static void slab_wrong_cache_test(struct kunit *test)
{
	struct kmem_cache *c = debug_cache(test, "test_wrong");
	void *obj = kmalloc(48, GFP_KERNEL);

	if (!obj) {
		printk_capture_stop(&cap);
		kmem_cache_destroy(c);
		KUNIT_FAIL(test, "no memory");
		return;
	}
	kmem_cache_free(c, obj);
	kfree(obj);
	expect_report(test, c, "slab error in kmem_cache_free(): cache `test_wrong': object ");
}

static struct kunit_case slab_cases[] = { KUNIT_CASE(slab_ctor_runs_per_slab_test),
					  KUNIT_CASE(slab_pages_lead_back_test),
					  KUNIT_CASE(slab_refill_takes_a_batch_test),
					  KUNIT_CASE(slab_shrink_gives_pages_back_test),
					  KUNIT_CASE(slab_layout_test),
					  KUNIT_CASE(slab_off_slab_test),
					  KUNIT_CASE(slab_destroy_busy_test),
					  KUNIT_CASE(slab_create_serialised_test),
					  KUNIT_CASE(slab_reap_idle_cache_test),
					  KUNIT_CASE(slab_double_free_test),
					  KUNIT_CASE(slab_overflow_test),
					  KUNIT_CASE(slab_use_after_free_test),
					  KUNIT_CASE(slab_free_middle_test),
					  KUNIT_CASE(slab_wrong_cache_test),
					  {} };

static struct kunit_suite slab_suite = {
	.name = "slab",
	.test_cases = slab_cases,
};
kunit_test_suite(slab_suite);
