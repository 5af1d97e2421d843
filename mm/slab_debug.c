/*
 * slab_debug.c - catching misuse of slab objects: poison, red zones, owners.
 *
 * The bugs a slab allocator sees are the caller's: writing past the end
 * of an object, using it after freeing it, freeing it twice, freeing a
 * pointer into its middle. None of them fault; each silently corrupts a
 * neighbour or the allocator's lists, and the crash comes much later,
 * elsewhere. With debugging on, each object carries guard bytes that
 * make those bugs visible at the next allocation or free:
 *
 *   buffer: | red zone | object            | red zone | alloc'd by | freed by |
 *           |  bb / cc | 6b 6b ... 6b a5   |  bb / cc |  caller    |  caller  |
 *                      ^ what the caller gets (obj_offset into the buffer)
 *
 * - Red zones read 0xcc while the object is allocated and 0xbb while it
 *   is free. A free checks them: 0xbb means "Object already free", any
 *   other byte "Redzone overwritten" (an overrun or underrun).
 * - A free object is poisoned (0x6b, the last byte 0xa5); the next
 *   allocation checks the poison: a change is a write after free.
 * - SLAB_STORE_USER records the last allocator and freer, to name them.
 *
 * Every report has SLUB's shape (a line of '=', "BUG <cache>: <what>",
 * a line of '-', the object and its slab, the bytes, a backtrace) and
 * the allocator goes on with its lists intact: a bad free is ignored.
 * The boot option slab_debug turns this on for every cache; the test
 * harness boots with it unless the command line says slab_debug=0. The bytes are Linux's (include/linux/poison.h).
 * See docs/slab.md.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/poison.h>
#include <linux/slab.h>
#include <linux/slab_def.h>
#include <linux/string.h>
#include "slab.h"

/* Bytes of the red zone after an object (the one before fills obj_offset) */
#define REDZONE_BYTES 8
/* Bytes of an object shown in a report */
#define SHOW_BYTES 64

/* slab_debug - check every cache's objects (boot option "slab_debug") */
bool slab_debug;

static int __init slab_debug_setup(char *str)
{
	slab_debug = true;
	return 1;
}
early_param("slab_debug", slab_debug_setup);

/* slab_debug=0 or =1: the test harness turns it on unless told otherwise */
static int __init slab_debug_set(char *str)
{
	return !kstrtobool(str, &slab_debug);
}
early_param("slab_debug=", slab_debug_set);

/**
 * slab_debug_layout - place the red zones and owner words around an object
 * @cachep: the cache, with @flags and @obj_size set
 * @size: the object size
 * @align: the object alignment
 *
 * Context: cache creation.
 * Return: the bytes a buffer needs, before rounding to @align.
 */
size_t slab_debug_layout(struct kmem_cache *cachep, size_t size, size_t align)
{
	size_t total = size;

	if (cachep->flags & SLAB_RED_ZONE) {
		cachep->obj_offset = ALIGN(REDZONE_BYTES, align);
		total += cachep->obj_offset + REDZONE_BYTES;
	}
	if (cachep->flags & SLAB_STORE_USER)
		total = ALIGN(total, sizeof(long)) + 2 * sizeof(long);
	return total;
}

/*
 * The checker's own byte loops, not memset()/memchr_inv(): under KASAN
 * (make KASAN=1) those check their target, and the bytes looked at here
 * (a freed object, a red zone sharing a granule with it) may be marked
 * untouchable. This file is built uninstrumented for the same reason.
 */
static void debug_fill(void *start, u8 val, size_t len)
{
	u8 *p = start;

	while (len--)
		*p++ = val;
}

/* The first byte of [@start, @start + @len) that is not @val, or NULL */
static const u8 *debug_find_other(const void *start, u8 val, size_t len)
{
	const u8 *p = start;

	for (; len; p++, len--)
		if (*p != val)
			return p;
	return NULL;
}

static u8 *redzone2(struct kmem_cache *cachep, const void *obj)
{
	return (u8 *)obj + cachep->obj_size;
}

/* [0] = who allocated the object last, [1] = who freed it last */
static unsigned long *user_track(struct kmem_cache *cachep, const void *obj)
{
	unsigned long end = (unsigned long)redzone2(cachep, obj);

	if (cachep->flags & SLAB_RED_ZONE)
		end += REDZONE_BYTES;
	return (unsigned long *)ALIGN(end, sizeof(long));
}

static void set_redzones(struct kmem_cache *cachep, void *obj, u8 val)
{
	debug_fill((u8 *)obj - cachep->obj_offset, val, cachep->obj_offset);
	debug_fill(redzone2(cachep, obj), val, REDZONE_BYTES);
}

static bool redzones_are(struct kmem_cache *cachep, const void *obj, u8 val)
{
	return !debug_find_other((const u8 *)obj - cachep->obj_offset, val, cachep->obj_offset) &&
	       !debug_find_other(redzone2(cachep, obj), val, REDZONE_BYTES);
}

static void poison_obj(struct kmem_cache *cachep, void *obj)
{
	debug_fill(obj, POISON_FREE, cachep->obj_size - 1);
	((u8 *)obj)[cachep->obj_size - 1] = POISON_END;
}

/**
 * slab_debug_init_obj - give a new object its red zones and poison
 * @cachep: the cache
 * @obj: the object, in a slab being created
 *
 * Context: cache growth.
 */
void slab_debug_init_obj(struct kmem_cache *cachep, void *obj)
{
	if (cachep->flags & SLAB_RED_ZONE)
		set_redzones(cachep, obj, SLUB_RED_INACTIVE);
	if (cachep->flags & SLAB_POISON)
		poison_obj(cachep, obj);
	if (cachep->flags & SLAB_STORE_USER)
		debug_fill(user_track(cachep, obj), 0, 2 * sizeof(long));
}

/**
 * slab_bug - print the head of a slab bug report
 * @name: the cache (or the function) the report is about
 * @fmt: what is wrong
 *
 * Context: any.
 */
void slab_bug(const char *name, const char *fmt, ...)
{
	char buf[128];
	va_list args;

	va_start(args, fmt);
	vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	printk(KERN_ERR "============================================================"
			"=================\n");
	printk(KERN_ERR "BUG %s: %s\n", name, buf);
	printk(KERN_ERR "------------------------------------------------------------"
			"-----------------\n\n");
}

/* "text 0xADDR: bb bb ..." sixteen bytes a line, at most SHOW_BYTES */
static void print_section(const char *text, const u8 *addr, unsigned int len)
{
	unsigned int i, n;

	len = min_t(unsigned int, len, SHOW_BYTES);
	for (i = 0; i < len; i += 16) {
		char line[16 * 3 + 1];

		for (n = 0; n < 16 && i + n < len; n++)
			scnprintf(line + 3 * n, 4, " %02x", addr[i + n]);
		line[3 * n] = '\0';
		printk(KERN_ERR "%8s 0x%p:%s\n", text, addr + i, line);
	}
}

static void print_trailer(struct kmem_cache *cachep, const void *obj)
{
	struct slab *slabp = virt_to_slab(obj);
	unsigned long *track = user_track(cachep, obj);

	printk(KERN_ERR "INFO: Slab 0x%p objects=%u used=%u fp=0x%08lx flags=0x%04lx\n", slabp,
	       cachep->num, slabp->inuse,
	       slabp->free == BUFCTL_END ? 0UL :
					   (unsigned long)index_to_obj(cachep, slabp, slabp->free),
	       virt_to_page(obj)->flags);
	printk(KERN_ERR "INFO: Object 0x%p @offset=%lu size=%d\n", obj,
	       (unsigned long)((const u8 *)obj - (const u8 *)slabp->s_mem), cachep->obj_size);
	if (cachep->flags & SLAB_STORE_USER) {
		printk(KERN_ERR "INFO: Allocated in %pS\n", (void *)track[0]);
		printk(KERN_ERR "INFO: Freed in %pS\n", (void *)track[1]);
	}
	if (cachep->flags & SLAB_RED_ZONE)
		print_section("Redzone", (const u8 *)obj - cachep->obj_offset, cachep->obj_offset);
	print_section("Object", obj, cachep->obj_size);
	if (cachep->flags & SLAB_RED_ZONE)
		print_section("Redzone", redzone2(cachep, obj), REDZONE_BYTES);
}

static void object_err(struct kmem_cache *cachep, const void *obj, const char *reason)
{
	slab_bug(cachep->name, "%s", reason);
	print_trailer(cachep, obj);
	dump_stack();
}

/* The first and last bytes of [@start, @start + @len) that are not @val */
static void report_bytes(const u8 *start, unsigned int len, u8 val)
{
	const u8 *first = debug_find_other(start, val, len);
	const u8 *last = start + len - 1;

	while (last > first && *last == val)
		last--;
	printk(KERN_ERR "INFO: 0x%p-0x%p. First byte 0x%x instead of 0x%x\n", first, last, *first,
	       val);
}

/* After a free: is the poison still whole? Report and repair if not. */
static void check_poison(struct kmem_cache *cachep, void *obj)
{
	u8 *p = obj;
	unsigned int size = cachep->obj_size;

	if (!debug_find_other(p, POISON_FREE, size - 1) && p[size - 1] == POISON_END)
		return;
	slab_bug(cachep->name, "Poison overwritten");
	if (debug_find_other(p, POISON_FREE, size - 1))
		report_bytes(p, size - 1, POISON_FREE);
	else
		report_bytes(p + size - 1, 1, POISON_END);
	print_trailer(cachep, obj);
	dump_stack();
	printk(KERN_ERR "FIX %s: Restoring 0x%p-0x%p=0x%x\n", cachep->name, p, p + size - 1,
	       POISON_FREE);
	poison_obj(cachep, obj);
}

/* Are both red zones @val? If not, report the damage and repair it. */
static void check_redzones(struct kmem_cache *cachep, void *obj, u8 val)
{
	u8 *rz1 = (u8 *)obj - cachep->obj_offset;

	if (redzones_are(cachep, obj, val))
		return;
	slab_bug(cachep->name, "Redzone overwritten");
	if (debug_find_other(rz1, val, cachep->obj_offset))
		report_bytes(rz1, cachep->obj_offset, val);
	else
		report_bytes(redzone2(cachep, obj), REDZONE_BYTES, val);
	print_trailer(cachep, obj);
	dump_stack();
	printk(KERN_ERR "FIX %s: Restoring Redzone 0x%p-0x%p=0x%x\n", cachep->name, rz1,
	       redzone2(cachep, obj) + REDZONE_BYTES - 1, val);
	set_redzones(cachep, obj, val);
}

/**
 * slab_debug_alloc - check an object about to be handed out, and arm it
 * @cachep: the cache
 * @obj: the object
 * @caller: who is allocating it
 *
 * Context: as kmem_cache_alloc().
 */
void slab_debug_alloc(struct kmem_cache *cachep, void *obj, unsigned long caller)
{
	if (cachep->flags & SLAB_POISON) {
		check_poison(cachep, obj);
		if (cachep->ctor)
			cachep->ctor(obj);
	}
	if (cachep->flags & SLAB_RED_ZONE) {
		check_redzones(cachep, obj, SLUB_RED_INACTIVE);
		set_redzones(cachep, obj, SLUB_RED_ACTIVE);
	}
	if (cachep->flags & SLAB_STORE_USER)
		user_track(cachep, obj)[0] = caller;
}

/* Is @obj the start of an object of its slab? Report it if not. */
static bool check_valid_pointer(struct kmem_cache *cachep, const void *obj)
{
	struct slab *slabp = virt_to_slab(obj);
	unsigned long off = (const u8 *)obj - (const u8 *)slabp->s_mem;

	if ((const u8 *)obj >= (const u8 *)slabp->s_mem &&
	    off < cachep->num * cachep->buffer_size &&
	    off % cachep->buffer_size == (unsigned long)cachep->obj_offset)
		return true;
	slab_bug(cachep->name, "Invalid object pointer 0x%p", obj);
	if ((const u8 *)obj >= (const u8 *)slabp->s_mem && off < cachep->num * cachep->buffer_size)
		printk(KERN_ERR "INFO: 0x%p points %ld bytes into object 0x%p\n", obj,
		       (long)(off % cachep->buffer_size) - cachep->obj_offset,
		       index_to_obj(cachep, slabp, off / cachep->buffer_size));
	else
		printk(KERN_ERR "INFO: 0x%p is not an object of slab 0x%p\n", obj, slabp);
	dump_stack();
	return false;
}

/**
 * slab_debug_free - check an object being freed, and disarm it
 * @cachep: the cache the object's page belongs to
 * @obj: the pointer being freed
 * @caller: who is freeing it
 *
 * A pointer into the middle of an object, or an object already free, is
 * reported and must not be freed: the allocator's lists stay intact.
 * Damaged red zones are reported and repaired, and the free goes on.
 *
 * Context: as kmem_cache_free().
 * Return: true to go on freeing @obj, false to ignore this free.
 */
bool slab_debug_free(struct kmem_cache *cachep, const void *obj, unsigned long caller)
{
	void *p = (void *)obj;

	if (!check_valid_pointer(cachep, obj))
		return false;
	if (cachep->flags & SLAB_RED_ZONE) {
		if (redzones_are(cachep, obj, SLUB_RED_INACTIVE)) {
			object_err(cachep, obj, "Object already free");
			return false;
		}
		check_redzones(cachep, p, SLUB_RED_ACTIVE);
		set_redzones(cachep, p, SLUB_RED_INACTIVE);
	}
	if (cachep->flags & SLAB_STORE_USER)
		user_track(cachep, obj)[1] = caller;
	if (cachep->flags & SLAB_POISON)
		poison_obj(cachep, p);
	return true;
}
