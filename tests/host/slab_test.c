/*
 * slab_test.c - the slab layer on the host, under ASan and UBSan.
 *
 * Built against Linnet's headers over the host build of the page
 * allocator and the simulated machine of buddy_env.c (see
 * tests/host/slab.mk). The kmalloc caches are created
 * with slab_debug on, as in a test boot; private caches are created with
 * it off unless a case asks for the debug flags, so both the plain fast
 * path and the checks are exercised. Every case ends by validating the
 * caches it used, and by checking that the interrupt flag and the
 * preempt count are back where they were.
 */
#include <linux/kernel.h>
#include <linux/cache.h>
#include <linux/mm.h>
#include <linux/poison.h>
#include <linux/slab.h>
#include <linux/slab_def.h>
#include <linux/string.h>
#include "../../mm/slab.h"
#include "slab_env.h"

static unsigned long baseline_free;

static bool context_clean(void)
{
	return !irqs_disabled() && preempt_count() == 0;
}

static int all_caches_valid(void)
{
	struct kmem_cache *c;
	int errors = 0;

	list_for_each_entry(c, &cache_chain, next)
		errors += kmem_cache_validate(c);
	return errors;
}

/* Shrink every cache, the cache of caches included (destroyed caches wait in its array). */
static void shrink_all_caches(void)
{
	struct kmem_cache *c;

	list_for_each_entry(c, &cache_chain, next)
		kmem_cache_shrink(c);
}

static unsigned long page_pfn(const void *p)
{
	return page_to_pfn(virt_to_page(p));
}

static void test_size_classes(void)
{
	/* 2.6.32's kmalloc_sizes.h with 4 KiB pages and 64-byte lines */
	static const size_t classes[] = { 32,	64,   128,   192,   256,   512,	   1024,  2048,
					  4096, 8192, 16384, 32768, 65536, 131072, 262144 };
	size_t size;
	void *p96;

	for (size = 1; size <= 262144; size += (size < 300 ? 1 : size < 9000 ? 37 : 4099)) {
		char *p = kmalloc(size, GFP_KERNEL);
		size_t want = 0, i;

		for (i = 0; i < ARRAY_SIZE(classes) && !want; i++)
			if (size <= classes[i])
				want = classes[i];
		CHECK(p && ksize(p) == want);
		CHECK(IS_ALIGNED((unsigned long)p, ARCH_KMALLOC_MINALIGN));
		CHECK(PageSlab(virt_to_page(p)));
		memset(p, 0x5c, ksize(p));
		kfree(p);
	}
	p96 = kmalloc(96, GFP_KERNEL); /* no size-96 with 64-byte cache lines */
	CHECK(!strcmp(kmem_cache_name(virt_to_cache(p96)), "size-128"));
	kfree(p96);
	CHECK(!strcmp(malloc_sizes[0].cs_cachep->name, "size-32"));
}

static void test_dma_and_zero(void)
{
	void *p = kmalloc(100, GFP_KERNEL | GFP_DMA);
	void *q = kmalloc(100, GFP_KERNEL);

	CHECK(p && page_pfn(p) < ENV_DMA_END);
	CHECK(!strcmp(virt_to_cache(p)->name, "size-128(DMA)"));
	CHECK(q && page_pfn(q) >= ENV_DMA_END);
	kfree(p);
	kfree(q);
	CHECK(kmalloc(0, GFP_KERNEL) == ZERO_SIZE_PTR);
	kfree(NULL);
	kfree(ZERO_SIZE_PTR);
	CHECK(ksize(ZERO_SIZE_PTR) == 0); /* ksize(NULL) is a BUG, as in 2.6.32 */
}

/* The kmalloc caches, largest first: a large class keeps its descriptors in a small one */
static void shrink_kmalloc_caches(void)
{
	int i = 0;

	while (malloc_sizes[i].cs_size)
		i++;
	while (--i >= 0) {
		kmem_cache_shrink(malloc_sizes[i].cs_cachep);
		kmem_cache_shrink(malloc_sizes[i].cs_dmacachep);
	}
}

/* Large requests are slab objects too (no page-allocator bypass), up to 4 MiB */
static void test_large(void)
{
	unsigned long before;
	u8 *p, *big;

	shrink_kmalloc_caches();
	before = host_free_pages();
	p = kmalloc(8193, GFP_KERNEL);
	big = kmalloc(KMALLOC_MAX_SIZE, GFP_KERNEL);
	CHECK(p && ksize(p) == 4 * PAGE_SIZE && !strcmp(virt_to_cache(p)->name, "size-16384"));
	CHECK(PageSlab(virt_to_page(p)) && PageSlab(virt_to_page(p + 3 * PAGE_SIZE)));
	CHECK(big && ksize(big) == KMALLOC_MAX_SIZE);
	CHECK(!strcmp(virt_to_cache(big)->name, "size-4194304"));
	big[KMALLOC_MAX_SIZE - 1] = 1;
	host_log_clear();
	CHECK(kmalloc(KMALLOC_MAX_SIZE + 1, GFP_KERNEL) == NULL);
	CHECK(!host_log_contains("WARNING")); /* silently, as 2.6.32 */
	kfree(p);
	kfree(big);
	shrink_kmalloc_caches();
	CHECK(host_free_pages() == before);
}

static void test_zeroing_and_overflow(void)
{
	u8 *p = kmalloc(64, GFP_KERNEL);
	size_t i;
	bool zero = true;

	memset(p, 0xff, 64);
	kfree(p);
	p = kzalloc(64, GFP_KERNEL);
	for (i = 0; i < 64; i++)
		zero &= p[i] == 0;
	CHECK(zero);
	kfree(p);
	CHECK(kcalloc((size_t)-1 / 4 + 2, 4, GFP_KERNEL) == NULL);
	p = kcalloc(10, 10, GFP_KERNEL);
	CHECK(p && p[99] == 0 && ksize(p) == 128);
	kfree(p);
}

static void test_krealloc(void)
{
	char *p = krealloc(NULL, 20, GFP_KERNEL), *q;

	CHECK(p && ksize(p) == 32);
	strcpy(p, "linnet");
	CHECK(krealloc(p, 30, GFP_KERNEL) == p);
	q = krealloc(p, 100, GFP_KERNEL);
	CHECK(q && q != p && !strcmp(q, "linnet") && ksize(q) == 128);
	host_fail_pages = 1;
	p = krealloc(q, 1 << 20, GFP_KERNEL);
	host_fail_pages = 0;
	CHECK(p == NULL && !strcmp(q, "linnet"));
	CHECK(krealloc(q, 0, GFP_KERNEL) == ZERO_SIZE_PTR);
	p = krealloc(ZERO_SIZE_PTR, 10, GFP_KERNEL);
	CHECK(p && p != ZERO_SIZE_PTR);
	kfree(p);
}

static void test_dup(void)
{
	char *s = kstrdup("slab", GFP_KERNEL), *n = kstrndup("allocator", 5, GFP_KERNEL);
	int *m;
	int v[3] = { 1, 2, 3 };

	CHECK(s && !strcmp(s, "slab") && ksize(s) == 32);
	CHECK(n && !strcmp(n, "alloc"));
	CHECK(kstrdup(NULL, GFP_KERNEL) == NULL);
	m = kmemdup(v, sizeof(v), GFP_KERNEL);
	CHECK(m && m[0] == 1 && m[2] == 3);
	kfree(s);
	kfree(n);
	kfree(m);
}

static int ctor_calls;

static void count_ctor(void *obj)
{
	ctor_calls++;
	*(unsigned long *)obj = 0x600d;
}

static void test_private_cache(void)
{
	struct kmem_cache *c = kmem_cache_create("test_obj", 200, 0, 0, count_ctor);
	void *objs[300];
	unsigned int i;

	CHECK(c && c->num > 1 && kmem_cache_size(c) == 200);
	objs[0] = kmem_cache_alloc(c, GFP_KERNEL);
	CHECK(ctor_calls == (int)c->num);
	CHECK(*(unsigned long *)objs[0] == 0x600d);
	kmem_cache_free(c, objs[0]);
	CHECK(kmem_cache_alloc(c, GFP_KERNEL) == objs[0]); /* LIFO */
	for (i = 1; i < ARRAY_SIZE(objs); i++)
		objs[i] = kmem_cache_alloc(c, GFP_KERNEL);
	CHECK(kmem_cache_validate(c) == 0);
	CHECK(!list_empty(&c->lists.slabs_full));
	for (i = 0; i < ARRAY_SIZE(objs); i++)
		CHECK(*(unsigned long *)objs[i] == 0x600d);
	for (i = 0; i < ARRAY_SIZE(objs); i++)
		kmem_cache_free(c, objs[i]);
	CHECK(kmem_cache_validate(c) == 0);
	CHECK(kmem_cache_shrink(c) == 0);
	CHECK(list_empty(&c->lists.slabs_free) && c->array.avail == 0);
	kmem_cache_destroy(c);
}

static void test_colour_and_layout(void)
{
	struct kmem_cache *c = kmem_cache_create("test_colour", 200, 0, SLAB_HWCACHE_ALIGN, NULL);
	struct kmem_cache *off = kmem_cache_create("test_offslab", 1024, 0, 0, NULL);
	struct kmem_cache *small = kmem_cache_create("test_align", 20, 0, SLAB_HWCACHE_ALIGN, NULL);
	void *objs[200], *o, *s;
	unsigned long offsets = 0;
	unsigned int i;

	CHECK(c->colour > 1 && c->colour_off == L1_CACHE_BYTES && c->buffer_size == 256);
	for (i = 0; i < ARRAY_SIZE(objs); i++) {
		objs[i] = kmem_cache_alloc(c, GFP_KERNEL);
		offsets |= 1UL << ((((unsigned long)virt_to_slab(objs[i])->s_mem) % PAGE_SIZE) /
				   L1_CACHE_BYTES);
	}
	/* slabs started at several different cache lines */
	CHECK(__builtin_popcountl(offsets) >= 2);
	for (i = 0; i < ARRAY_SIZE(objs); i++)
		kmem_cache_free(c, objs[i]);
	CHECK(off->flags & CFLGS_OFF_SLAB);
	o = kmem_cache_alloc(off, GFP_KERNEL);
	CHECK(((unsigned long)virt_to_slab(o)->s_mem % PAGE_SIZE) % L1_CACHE_BYTES == 0);
	CHECK(!virt_addr_valid(virt_to_slab(o)) ||
	      page_get_cache(virt_to_page(virt_to_slab(o))) != off);
	s = kmem_cache_alloc(small, GFP_KERNEL);
	CHECK(small->buffer_size == 32 && IS_ALIGNED((unsigned long)s, 32));
	kmem_cache_free(off, o);
	kmem_cache_free(small, s);
	kmem_cache_destroy(c);
	kmem_cache_destroy(off);
	kmem_cache_destroy(small);
}

static void test_destroy_busy_and_duplicate(void)
{
	struct kmem_cache *c = kmem_cache_create("test_busy", 64, 0, 0, NULL);
	void *o = kmem_cache_alloc(c, GFP_KERNEL);

	CHECK(kmem_cache_create("test_busy", 64, 0, 0, NULL) == NULL);
	CHECK(host_log_contains("kmem_cache_create: duplicate cache test_busy"));
	host_log_clear();
	CHECK(kmem_cache_shrink(c) == 1);
	kmem_cache_destroy(c);
	CHECK(host_log_contains("slab error in kmem_cache_destroy(): cache `test_busy': "
				"Can't free all objects"));
	CHECK(kmem_cache_validate(c) == 0);
	kmem_cache_free(c, o);
	kmem_cache_destroy(c);
	c = kmem_cache_create("test_busy", 64, 0, 0, NULL);
	CHECK(c != NULL);
	kmem_cache_destroy(c);
}

/* Each misuse is reported, and the allocator goes on working. */
static void check_report(const char *what)
{
	CHECK(host_log_contains(what));
	CHECK(host_log_contains("Call Trace:"));
	CHECK(all_caches_valid() == 0);
	host_log_clear();
}

static int global_object;

static void test_misuse(void)
{
	u8 *p = kmalloc(32, GFP_KERNEL), *q, *r, *big;

	kfree(p);
	kfree(p);
	CHECK(host_log_contains("redzone 1:0x9f911029d74e35b, redzone 2:0x9f911029d74e35b."));
	check_report("slab error in verify_redzone_free(): cache `size-32': double free detected");
	q = kmalloc(32, GFP_KERNEL);
	r = kmalloc(32, GFP_KERNEL);
	CHECK(q == p && r != p); /* it was on the free stack once */
	kfree(r);
	CHECK(*(u64 *)(q - 8) == RED_ACTIVE && *(u64 *)(q + 32) == RED_ACTIVE);
	CHECK(q[0] == POISON_INUSE && q[31] == POISON_END); /* fresh: 0x5a */
	q[32] = 0; /* one byte too far */
	kfree(q);
	check_report("slab error in verify_redzone_free(): cache `size-32': memory outside object "
		     "was overwritten");
	CHECK(*(u64 *)(p - 8) == RED_INACTIVE && *(u64 *)(p + 32) == RED_INACTIVE);
	CHECK(p[0] == POISON_FREE && p[31] == POISON_END);
	p[3] = 7; /* write after free */
	q = kmalloc(32, GFP_KERNEL);
	CHECK(host_log_contains("Slab corruption: size-32 start="));
	CHECK(host_log_contains("000: 6b 6b 6b 07 6b 6b"));
	host_log_clear();
	kfree(q + 8);
	check_report("slab error in cache_free_debugcheck(): cache `size-32': bad object pointer");
	kfree(q);
	kfree(&global_object);
	check_report("kfree_debugcheck: out of range ptr");
	/* kfree() of a vmalloc address: the host has no vmalloc area (KUnit vmalloc suite) */
	big = kmalloc(20000, GFP_KERNEL);
	kfree(big + PAGE_SIZE);
	check_report(
		"slab error in cache_free_debugcheck(): cache `size-32768': bad object pointer");
	kfree(big);
	q = kmalloc(64, GFP_KERNEL);
	kmem_cache_free(malloc_sizes[0].cs_cachep, q);
	check_report("slab error in kmem_cache_free(): cache `size-32': object ");
	kfree(q);
	CHECK(host_log_contains("slab error") == false);
}

static void test_might_sleep(void)
{
	void *p;

	preempt_count() = 1;
	p = kmalloc(16, GFP_ATOMIC);
	CHECK(!host_log_contains("sleeping function"));
	kfree(p);
	p = kmalloc(16, GFP_KERNEL);
	CHECK(host_log_contains("BUG: sleeping function called from invalid context at mm/slab"));
	CHECK(host_log_contains("in_atomic(): 1, irqs_disabled(): 0"));
	kfree(p);
	preempt_count() = 0;
	host_log_clear();
	local_irq_disable();
	system_state = SYSTEM_BOOTING;
	kfree(kmalloc(16, GFP_KERNEL));
	CHECK(!host_log_contains("sleeping function"));
	system_state = SYSTEM_RUNNING;
	kfree(kmalloc(16, GFP_KERNEL));
	CHECK(host_log_contains("in_atomic(): 0, irqs_disabled(): 1"));
	local_irq_enable();
	host_log_clear();
}

static void test_failure(void)
{
	struct kmem_cache *c = kmem_cache_create("test_fail", 128, 0, 0, NULL);
	unsigned long before = host_free_pages();

	host_fail_pages = 1;
	CHECK(kmem_cache_alloc(c, GFP_KERNEL) == NULL);
	CHECK(kmalloc(100000, GFP_KERNEL) == NULL);
	host_fail_pages = 0;
	CHECK(host_free_pages() == before && kmem_cache_validate(c) == 0);
	kmem_cache_free(c, kmem_cache_alloc(c, GFP_KERNEL));
	kmem_cache_shrink(c);
	kmem_cache_destroy(c);
}

/* Mixed sizes and caches, contents checked, everything given back. */
static void test_stress(unsigned int seed)
{
	static void *live[2000];
	static size_t sizes[2000];
	struct kmem_cache *c = kmem_cache_create("test_stress", 72, 0, SLAB_HWCACHE_ALIGN, NULL);
	unsigned int i, step;

	for (step = 0; step < 40000; step++) {
		seed = seed * 1103515245 + 12345;
		i = (seed >> 8) % ARRAY_SIZE(live);
		if (live[i]) {
			CHECK(((u8 *)live[i])[sizes[i] - 1] == (u8)i &&
			      ((u8 *)live[i])[0] == (u8)i);
			if (sizes[i] == 72)
				kmem_cache_free(c, live[i]);
			else
				kfree(live[i]);
			live[i] = NULL;
			continue;
		}
		sizes[i] =
			(seed >> 20) % 5 == 0 ? 72 : 1 + (seed >> 12) % ((seed & 1) ? 300 : 12000);
		live[i] = sizes[i] == 72 ? kmem_cache_alloc(c, GFP_KERNEL) :
					   kmalloc(sizes[i], (seed & 2) ? GFP_ATOMIC : GFP_KERNEL);
		memset(live[i], (u8)i, sizes[i]);
	}
	CHECK(all_caches_valid() == 0);
	for (i = 0; i < ARRAY_SIZE(live); i++) {
		if (live[i] && sizes[i] == 72)
			kmem_cache_free(c, live[i]);
		else
			kfree(live[i]);
		live[i] = NULL;
	}
	kmem_cache_destroy(c);
}

int main(void)
{
	buddy_env_init();
	slab_debug = true;
	kmem_cache_init();
	slab_debug = false;
	baseline_free = host_free_pages();

	test_size_classes();
	test_dma_and_zero();
	test_large();
	test_zeroing_and_overflow();
	test_krealloc();
	test_dup();
	test_private_cache();
	test_colour_and_layout();
	test_destroy_busy_and_duplicate();
	host_log_clear();
	test_misuse();
	test_might_sleep();
	test_failure();
	test_stress(1);
	slab_debug = true;
	test_stress(2);
	slab_debug = false;

	shrink_all_caches();
	CHECK(host_free_pages() == baseline_free);
	CHECK(all_caches_valid() == 0);
	CHECK(context_clean());
	CHECK(!host_log_contains("BUG"));
	return host_summary("slab");
}
