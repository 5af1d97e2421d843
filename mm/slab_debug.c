/*
 * slab_debug.c - catching misuse of slab objects: poison, red zones, last user.
 *
 * The bugs a slab allocator sees are the caller's: writing past the end
 * of an object, using it after freeing it, freeing it twice, freeing a
 * pointer into its middle. None of them fault; each silently corrupts a
 * neighbour or the allocator's lists, and the crash comes much later,
 * elsewhere. With debugging on, each object carries guard words that
 * make those bugs visible at the next allocation or free. The layout,
 * the byte patterns and the reports are Linux 2.6.32's SLAB
 * (CONFIG_DEBUG_SLAB, mm/slab.c):
 *
 *   buffer: | red zone 1 | object               | red zone 2 | last user |
 *           |  64 bits   | 6b 6b ... 6b a5 (free)|  64 bits   | 1 word    |
 *           |            | 5a 5a ... 5a a5 (used)|            |           |
 *                        ^ what the caller gets (obj_offset into the buffer)
 *
 * - Both red zones hold RED_ACTIVE (0xd84156c5635688c0) while the object
 *   is allocated and RED_INACTIVE (0x09f911029d74e35b) while it is free.
 *   A free that finds them inactive is a double free; anything else is an
 *   overrun or underrun:
 *     slab error in verify_redzone_free(): cache `size-64': double free detected
 *     c7b1a080: redzone 1:0x9f911029d74e35b, redzone 2:0x9f911029d74e35b.
 *   An allocation that finds them other than inactive says
 *     slab error in cache_alloc_debugcheck_after(): cache `size-64': double
 *     free, or memory outside object was overwritten
 * - A free object is poisoned with POISON_FREE (0x6b, the last byte
 *   POISON_END 0xa5); the next allocation checks the poison, and a change
 *   (a write after free) is printed as "Slab corruption", the red zones,
 *   the last user, the damaged lines of the object in hex ("010: 6b 6b
 *   ...") and the neighbours. The allocation then fills the object with
 *   POISON_INUSE (0x5a): 0x5a5a5a5a in a fresh object means "never
 *   initialised", 0x6b6b6b6b means "used after free".
 * - SLAB_STORE_USER keeps one word: the last caller to allocate or free.
 *
 * Differences from 2.6.32, all Linnet's choices:
 * - Debugging is switched on at boot (slab_debug, slab_debug=0/1; the
 *   test harness boots with it), not at compile time: 2.6.32 has
 *   CONFIG_DEBUG_SLAB and no boot option (slab_debug is Linux 6.8's name
 *   for SLUB's slub_debug). Which caches get red zones follows 2.6.32's
 *   FORCED_DEBUG rule (mm/slab.c:kmem_cache_setup).
 * - A double free is reported and then ignored, and so is the free of a
 *   pointer into the middle of an object ("bad object pointer", where
 *   2.6.32 hits a BUG_ON in cache_free_debugcheck()), so the allocator's
 *   lists stay intact and the kernel lives on to be examined. 2.6.32
 *   goes on freeing a double-freed object and dies later in
 *   slab_put_obj() ("slab: double free detected in cache ...").
 * - Caches with a constructor are not poisoned, so that a free object
 *   keeps its constructed state (2.6.32 poisons them and runs the
 *   constructor again at each allocation).
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
 * slab_debug_layout - place the red zones and the user word around an object
 * @cachep: the cache, with @flags and @obj_size set
 * @size: the object size (a multiple of REDZONE_ALIGN when red-zoned)
 * @align: the object alignment
 *
 * Context: cache creation.
 * Return: the bytes a buffer needs, before rounding to @align.
 */
size_t slab_debug_layout(struct kmem_cache *cachep, size_t size, size_t align)
{
	if (cachep->flags & SLAB_RED_ZONE) {
		cachep->obj_offset += sizeof(unsigned long long);
		size += 2 * sizeof(unsigned long long);
	}
	/* the user word; after a red zone it keeps the next buffer's aligned */
	if (cachep->flags & SLAB_STORE_USER)
		size += (cachep->flags & SLAB_RED_ZONE) ? REDZONE_ALIGN : sizeof(long);
	return size;
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

static unsigned long long *dbg_redzone1(struct kmem_cache *cachep, const void *obj)
{
	return (unsigned long long *)((u8 *)obj - sizeof(unsigned long long));
}

static unsigned long long *dbg_redzone2(struct kmem_cache *cachep, const void *obj)
{
	return (unsigned long long *)((u8 *)obj + cachep->obj_size);
}

static unsigned long *dbg_userword(struct kmem_cache *cachep, const void *obj)
{
	unsigned long end = (unsigned long)obj + cachep->obj_size;

	if (cachep->flags & SLAB_RED_ZONE)
		end += sizeof(unsigned long long);
	return (unsigned long *)end;
}

static void set_redzones(struct kmem_cache *cachep, void *obj, unsigned long long val)
{
	*dbg_redzone1(cachep, obj) = val;
	*dbg_redzone2(cachep, obj) = val;
}

static void poison_obj(struct kmem_cache *cachep, void *obj, u8 val)
{
	debug_fill(obj, val, cachep->obj_size - 1);
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
		set_redzones(cachep, obj, RED_INACTIVE);
	if (cachep->flags & SLAB_POISON)
		poison_obj(cachep, obj, POISON_FREE);
	if (cachep->flags & SLAB_STORE_USER)
		*dbg_userword(cachep, obj) = 0;
}

/**
 * __slab_error - "slab error in <function>(): cache `<name>': <what>", and a backtrace
 * @function: the function that found the error (slab_error() passes __func__)
 * @cachep: the cache
 * @fmt: what is wrong
 *
 * Context: any.
 */
void __slab_error(const char *function, struct kmem_cache *cachep, const char *fmt, ...)
{
	char buf[128];
	va_list args;

	va_start(args, fmt);
	vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	printk(KERN_ERR "slab error in %s(): cache `%s': %s\n", function, cachep->name, buf);
	dump_stack();
}

/*
 * One line of an object in hex: "010: 6b 6b ...". A line with exactly one
 * byte differing from POISON_FREE by one bit is probably bad RAM.
 */
static void dump_line(const u8 *data, unsigned int offset, unsigned int limit)
{
	char line[16 * 3 + 1];
	unsigned int i, bad_count = 0;
	u8 error = 0;

	for (i = 0; i < limit; i++) {
		if (data[offset + i] != POISON_FREE) {
			error = data[offset + i];
			bad_count++;
		}
		scnprintf(line + 3 * i, 4, " %02x", data[offset + i]);
	}
	line[3 * i] = '\0';
	printk(KERN_ERR "%03x:%s\n", offset, line);
	if (bad_count == 1) {
		error ^= POISON_FREE;
		if (!(error & (error - 1))) {
			printk(KERN_ERR "Single bit error detected. Probably bad RAM.\n");
			printk(KERN_ERR "Run memtest86+ or a similar memory test tool.\n");
		}
	}
}

/* The red zones, the last user and the first @lines lines of the object */
static void print_objinfo(struct kmem_cache *cachep, const void *obj, unsigned int lines)
{
	unsigned int i, size = cachep->obj_size;

	if (cachep->flags & SLAB_RED_ZONE)
		printk(KERN_ERR "Redzone: 0x%llx/0x%llx.\n", *dbg_redzone1(cachep, obj),
		       *dbg_redzone2(cachep, obj));
	if (cachep->flags & SLAB_STORE_USER)
		printk(KERN_ERR "Last user: [<%p>](%pS)\n", (void *)*dbg_userword(cachep, obj),
		       (void *)*dbg_userword(cachep, obj));
	for (i = 0; i < size && lines; i += 16, lines--)
		dump_line(obj, i, min(16U, size - i));
}

/* The objects before and after @obj in its slab, two lines each */
static void print_neighbours(struct kmem_cache *cachep, const void *obj)
{
	struct slab *slabp = virt_to_slab(obj);
	unsigned int objnr = obj_to_index(cachep, slabp, obj);
	const void *other;

	if (objnr) {
		other = index_to_obj(cachep, slabp, objnr - 1);
		printk(KERN_ERR "Prev obj: start=%p, len=%d\n", other, cachep->obj_size);
		print_objinfo(cachep, other, 2);
	}
	if (objnr + 1 < cachep->num) {
		other = index_to_obj(cachep, slabp, objnr + 1);
		printk(KERN_ERR "Next obj: start=%p, len=%d\n", other, cachep->obj_size);
		print_objinfo(cachep, other, 2);
	}
}

/*
 * Is the poison of a free object whole? Print each damaged line (at most
 * six), after a header naming the object, then its neighbours.
 */
static void check_poison_obj(struct kmem_cache *cachep, const void *obj)
{
	const u8 *p = obj;
	unsigned int i, size = cachep->obj_size, lines = 0;

	for (i = 0; i < size; i++) {
		u8 exp = i == size - 1 ? POISON_END : POISON_FREE;

		if (p[i] == exp)
			continue;
		if (!lines) {
			printk(KERN_ERR "Slab corruption: %s start=%p, len=%d\n", cachep->name, obj,
			       size);
			print_objinfo(cachep, obj, 0);
		}
		i = i / 16 * 16;
		dump_line(p, i, min(16U, size - i));
		i += 15;
		if (++lines > 5)
			break;
	}
	if (lines)
		print_neighbours(cachep, obj);
}

/**
 * cache_alloc_debugcheck_after - check an object about to be handed out, and arm it
 * @cachep: the cache
 * @obj: the object
 * @caller: who is allocating it
 *
 * The poison must be whole (else "Slab corruption"), the red zones
 * inactive (else a double free or an overrun happened while the object
 * was free); then the object is filled with POISON_INUSE, the red zones
 * become active and @caller is recorded.
 *
 * Context: as kmem_cache_alloc().
 */
void cache_alloc_debugcheck_after(struct kmem_cache *cachep, void *obj, unsigned long caller)
{
	if (cachep->flags & SLAB_POISON) {
		check_poison_obj(cachep, obj);
		poison_obj(cachep, obj, POISON_INUSE);
	}
	if (cachep->flags & SLAB_STORE_USER)
		*dbg_userword(cachep, obj) = caller;
	if (cachep->flags & SLAB_RED_ZONE) {
		if (*dbg_redzone1(cachep, obj) != RED_INACTIVE ||
		    *dbg_redzone2(cachep, obj) != RED_INACTIVE) {
			slab_error(cachep, "double free, or memory outside object was overwritten");
			printk(KERN_ERR "%p: redzone 1:0x%llx, redzone 2:0x%llx\n",
			       (u8 *)obj - cachep->obj_offset, *dbg_redzone1(cachep, obj),
			       *dbg_redzone2(cachep, obj));
		}
		set_redzones(cachep, obj, RED_ACTIVE);
	}
	if (cachep->ctor && (cachep->flags & SLAB_POISON))
		cachep->ctor(obj);
}

/*
 * Are the red zones of an object being freed active? Both inactive is a
 * double free (false: Linnet ignores this free); anything else is memory
 * outside the object overwritten, reported, and the free goes on.
 */
static bool verify_redzone_free(struct kmem_cache *cachep, const void *obj)
{
	unsigned long long redzone1 = *dbg_redzone1(cachep, obj);
	unsigned long long redzone2 = *dbg_redzone2(cachep, obj);
	bool double_free = redzone1 == RED_INACTIVE && redzone2 == RED_INACTIVE;

	if (redzone1 == RED_ACTIVE && redzone2 == RED_ACTIVE)
		return true;
	if (double_free)
		slab_error(cachep, "double free detected");
	else
		slab_error(cachep, "memory outside object was overwritten");
	/* the address of the buffer, where red zone 1 starts */
	printk(KERN_ERR "%p: redzone 1:0x%llx, redzone 2:0x%llx.\n",
	       (const u8 *)obj - cachep->obj_offset, redzone1, redzone2);
	return !double_free;
}

/**
 * cache_free_debugcheck - check an object being freed, and disarm it
 * @cachep: the cache the object's page belongs to
 * @obj: the pointer being freed
 * @caller: who is freeing it
 *
 * A pointer into the middle of an object (2.6.32: a BUG_ON), or an
 * object already free, is reported and must not be freed: the
 * allocator's lists stay intact. Damaged red zones are reported and the
 * free goes on, as in 2.6.32.
 *
 * Context: as kmem_cache_free().
 * Return: true to go on freeing @obj, false to ignore this free.
 */
bool cache_free_debugcheck(struct kmem_cache *cachep, const void *obj, unsigned long caller)
{
	struct slab *slabp = virt_to_slab(obj);
	long off = (const u8 *)obj - (const u8 *)slabp->s_mem - cachep->obj_offset;
	unsigned long objnr = off < 0 ? ~0UL : (unsigned long)off / cachep->buffer_size;

	if (objnr >= cachep->num || obj != index_to_obj(cachep, slabp, objnr)) {
		slab_error(cachep, "bad object pointer %p", obj);
		if (objnr < cachep->num)
			printk(KERN_ERR "%p: %lu bytes into object %p\n", obj,
			       (unsigned long)off % cachep->buffer_size,
			       index_to_obj(cachep, slabp, objnr));
		return false;
	}
	if (cachep->flags & SLAB_RED_ZONE) {
		if (!verify_redzone_free(cachep, obj))
			return false;
		set_redzones(cachep, (void *)obj, RED_INACTIVE);
	}
	if (cachep->flags & SLAB_STORE_USER)
		*dbg_userword(cachep, obj) = caller;
	if (cachep->flags & SLAB_POISON)
		poison_obj(cachep, (void *)obj, POISON_FREE);
	return true;
}
