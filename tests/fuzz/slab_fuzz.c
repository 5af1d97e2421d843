/*
 * slab_fuzz.c - libFuzzer target: random slab workloads, invariants after each step.
 *
 * Each input is a program: every byte picks an operation (create a
 * cache, allocate from it, free, kmalloc, kfree, shrink, destroy, make
 * the page allocator fail or work), the next bytes its arguments. After
 * every operation every cache must pass kmem_cache_validate(), and every
 * live object must still hold the bytes written into it. At the end all
 * is freed and every cache shrunk: the simulated page allocator must be
 * back to exactly as many free pages as after boot (the real buddy
 * allocator, tests/host/buddy_env.c). AddressSanitizer watches every
 * access.
 *
 * Build and run: make slab-fuzz (tests/host/slab.mk).
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/slab_def.h>
#include <linux/string.h>
#include "../../mm/slab.h"
#include "slab_env.h"

#define MAX_CACHES 6
#define MAX_LIVE 256

struct live {
	void *obj;
	size_t size;
	int cache; /* index into caches[], or -1 for kmalloc */
	size_t skip; /* constructed bytes at the start: the caller keeps them */
	u8 tag;
};

static const char *const cache_names[MAX_CACHES] = { "fuzz0", "fuzz1", "fuzz2",
						     "fuzz3", "fuzz4", "fuzz5" };
static struct kmem_cache *caches[MAX_CACHES];
static struct live live[MAX_LIVE];
static unsigned long baseline_free;
static bool booted;

struct input {
	const u8 *data;
	size_t size;
};

static unsigned int next_byte(struct input *in)
{
	if (!in->size)
		return 0;
	in->size--;
	return *in->data++;
}

static void fuzz_ctor(void *obj)
{
	memset(obj, 0xc7, 8);
}

static void must(bool ok, const char *what)
{
	if (!ok) {
		printk(KERN_EMERG "slab_fuzz: invariant broken: %s\n", what);
		BUG();
	}
}

/*
 * Fill an object with its tag, except what the constructor set up: an
 * object must go back to a cache with a constructor still constructed.
 */
static void stamp(struct live *l, u8 tag)
{
	l->tag = tag;
	memset((u8 *)l->obj + l->skip, tag, l->size - l->skip);
}

static void check_live(void)
{
	unsigned int i;

	for (i = 0; i < MAX_LIVE; i++) {
		const u8 *p = live[i].obj;

		if (!p)
			continue;
		must(p[live[i].skip] == live[i].tag && p[live[i].size - 1] == live[i].tag,
		     "object contents");
		must(!live[i].skip || p[0] == 0xc7, "constructed bytes kept");
		must(ksize(p) >= live[i].size, "ksize covers the object");
	}
}

static void check_caches(void)
{
	struct kmem_cache *c;

	list_for_each_entry(c, &cache_chain, next)
		must(kmem_cache_validate(c) == 0, "kmem_cache_validate");
}

static void free_live(struct live *l)
{
	if (l->cache >= 0)
		kmem_cache_free(caches[l->cache], l->obj);
	else
		kfree(l->obj);
	l->obj = NULL;
}

static void op_create(struct input *in)
{
	unsigned int i = next_byte(in) % MAX_CACHES, f = next_byte(in);
	size_t size = 8 + ((next_byte(in) << 8 | next_byte(in)) % 5000);
	unsigned long flags = 0;

	if (caches[i])
		return;
	if (f & 1)
		flags |= SLAB_HWCACHE_ALIGN;
	if (f & 2)
		flags |= SLAB_RED_ZONE | SLAB_POISON | SLAB_STORE_USER;
	caches[i] = kmem_cache_create(cache_names[i], size, (f & 4) ? 16 : 0, flags,
				      (f & 8) ? fuzz_ctor : NULL);
	must(caches[i] || host_fail_pages, "kmem_cache_create");
}

static struct live *free_slot(void)
{
	unsigned int i;

	for (i = 0; i < MAX_LIVE; i++)
		if (!live[i].obj)
			return &live[i];
	return NULL;
}

static void op_alloc(struct input *in)
{
	int i = next_byte(in) % MAX_CACHES;
	struct live *l = free_slot();

	if (!l || !caches[i])
		return;
	l->obj = kmem_cache_alloc(caches[i], (i & 1) ? GFP_ATOMIC : GFP_KERNEL);
	must(l->obj || host_fail_pages, "kmem_cache_alloc");
	if (!l->obj)
		return;
	must(caches[i]->ctor == NULL || ((u8 *)l->obj)[0] == 0xc7, "constructed object");
	l->cache = i;
	l->size = kmem_cache_size(caches[i]);
	l->skip = caches[i]->ctor && l->size > 8 ? 8 : 0;
	if (caches[i]->ctor && !l->skip) {
		l->tag = 0xc7;
		return;
	}
	stamp(l, next_byte(in) | 1);
}

static void op_kmalloc(struct input *in)
{
	size_t size = (next_byte(in) << 8 | next_byte(in)) % 20000;
	gfp_t gfp = (size & 1) ? GFP_KERNEL | GFP_DMA : GFP_KERNEL;
	struct live *l = free_slot();
	void *p;

	/* now and then a large class (up to size-524288): kmalloc has no page bypass */
	if ((size & 7) == 6)
		size <<= 4;

	if (!l)
		return;
	p = kmalloc(size, gfp);
	if (!size) {
		must(p == ZERO_SIZE_PTR, "kmalloc(0)");
		return;
	}
	must(p || host_fail_pages, "kmalloc");
	if (!p)
		return;
	l->obj = p;
	l->size = size;
	l->cache = -1;
	l->skip = 0;
	stamp(l, next_byte(in) | 1);
}

static void op_free(struct input *in)
{
	struct live *l = &live[next_byte(in) % MAX_LIVE];

	if (l->obj)
		free_live(l);
}

static void op_destroy(struct input *in)
{
	int i = next_byte(in) % MAX_CACHES;
	unsigned int j;

	if (!caches[i])
		return;
	for (j = 0; j < MAX_LIVE; j++)
		if (live[j].obj && live[j].cache == i)
			free_live(&live[j]);
	kmem_cache_destroy(caches[i]);
	caches[i] = NULL;
}

static void run_op(struct input *in)
{
	switch (next_byte(in) % 8) {
	case 0:
		op_create(in);
		break;
	case 1:
	case 2:
		op_alloc(in);
		break;
	case 3:
		op_kmalloc(in);
		break;
	case 4:
	case 5:
		op_free(in);
		break;
	case 6:
		op_destroy(in);
		break;
	default:
		if (next_byte(in) & 1)
			host_fail_pages = !host_fail_pages;
		else if (caches[next_byte(in) % MAX_CACHES])
			kmem_cache_shrink(caches[in->size % MAX_CACHES] ?
						  caches[in->size % MAX_CACHES] :
						  malloc_sizes[0].cs_cachep);
	}
}

static void clean_up(void)
{
	struct kmem_cache *c;
	unsigned int i;

	host_fail_pages = 0;
	for (i = 0; i < MAX_LIVE; i++)
		if (live[i].obj)
			free_live(&live[i]);
	for (i = 0; i < MAX_CACHES; i++)
		if (caches[i])
			kmem_cache_destroy(caches[i]);
	memset(caches, 0, sizeof(caches));
	list_for_each_entry(c, &cache_chain, next)
		kmem_cache_shrink(c);
	must(host_free_pages() == baseline_free, "every page given back");
	must(!irqs_disabled() && !preempt_count(), "context restored");
}

int LLVMFuzzerTestOneInput(const u8 *data, size_t size);

int LLVMFuzzerTestOneInput(const u8 *data, size_t size)
{
	struct input in = { data, size };

	if (!booted) {
		buddy_env_init();
		kmem_cache_init();
		baseline_free = host_free_pages();
		booted = true;
	}
	while (in.size) {
		run_op(&in);
		check_caches();
		check_live();
	}
	clean_up();
	host_log_clear();
	return 0;
}
