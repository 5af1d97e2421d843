/*
 * kasan.c - the shadow: poisoning memory, and the checks GCC calls.
 *
 * Every load and store of an instrumented file goes through one of the
 * __asan_loadN/__asan_storeN functions below, with its address. The
 * check reads the shadow byte of each 8-byte granule the access touches:
 *
 *   object of 13 bytes at a:   a      a+8    a+16
 *   memory                     |xxxxxxxx|xxxxx...|........|
 *   shadow                        00       05       fc
 *                              all valid  first 5  red zone
 *
 * A write of one byte at a+13 falls in the granule whose shadow is 05:
 * only its first 5 bytes (a+8..a+12) are valid, so the check fails and
 * mm/kasan/report.c says why, from the next shadow byte (fc: a slab red
 * zone, so "slab-out-of-bounds").
 *
 * The allocators call the hooks here to keep the shadow true: pages on
 * alloc and free, slab objects (with a red zone and, while free, a stay
 * in the quarantine), vmalloc areas (whose shadow pages are allocated as
 * areas are mapped). Addresses below PAGE_OFFSET have no shadow: they
 * are not checked, and the access itself faults (a NULL dereference
 * still oopses as one). See docs/debugging.md.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <asm/pgtable.h>
#include "kasan.h"
#include "../slab.h"

/* Set by kasan_init() once the shadow is real: until then nothing is checked */
bool kasan_enabled;

extern u8 kasan_zero_page[];

/**
 * kasan_poison_shadow - mark memory as not to be touched
 * @addr: the start, 8-byte aligned
 * @size: bytes, rounded up to whole granules
 * @value: why (KASAN_SLAB_FREE, ...)
 *
 * Context: any.
 */
void kasan_poison_shadow(const void *addr, size_t size, u8 value)
{
	u8 *start, *end;

	if ((unsigned long)addr < PAGE_OFFSET)
		return;
	start = kasan_mem_to_shadow(addr);
	end = kasan_mem_to_shadow((const u8 *)addr + size + KASAN_SHADOW_MASK);
	memset(start, value, end - start);
}

/**
 * kasan_unpoison_shadow - mark memory as valid
 * @addr: the start, 8-byte aligned
 * @size: bytes; a last partial granule gets its count of valid bytes
 *
 * Context: any.
 */
void kasan_unpoison_shadow(const void *addr, size_t size)
{
	kasan_poison_shadow(addr, size, 0);
	if ((unsigned long)addr >= PAGE_OFFSET && (size & KASAN_SHADOW_MASK))
		*kasan_mem_to_shadow((const u8 *)addr + size) = size & KASAN_SHADOW_MASK;
}

/* Is any byte of [addr, addr + size) poisoned? */
static bool memory_is_poisoned(unsigned long addr, size_t size)
{
	unsigned long a, last = addr + size - 1;

	for (a = addr; a <= last && a >= addr; a = (a | KASAN_SHADOW_MASK) + 1) {
		s8 v = *(s8 *)kasan_mem_to_shadow((void *)a);
		unsigned long end = min(last, a | KASAN_SHADOW_MASK);

		if (v < 0 || (v && (long)(end & KASAN_SHADOW_MASK) >= v))
			return true;
	}
	return false;
}

/* The check behind every instrumented access; reports and returns false if bad */
static __always_inline bool check_memory_region(unsigned long addr, size_t size, bool write,
						unsigned long ret_ip)
{
	if (unlikely(!kasan_enabled) || !size || addr < PAGE_OFFSET)
		return true;
	if (likely(!memory_is_poisoned(addr, size)))
		return true;
	kasan_report(addr, size, write, ret_ip);
	return false;
}

/**
 * kasan_check_read - check a read of @size bytes at @p made outside the compiler's view
 * @p: the address
 * @size: the bytes
 *
 * For memcpy() and friends, whose assembly the compiler cannot instrument.
 *
 * Context: any.
 * Return: true if the access is valid (a bad one has been reported).
 */
bool kasan_check_read(const volatile void *p, unsigned int size)
{
	return check_memory_region((unsigned long)p, size, false, _RET_IP_);
}

/**
 * kasan_check_write - check a write of @size bytes at @p made outside the compiler's view
 * @p: the address
 * @size: the bytes
 *
 * Context: any.
 * Return: true if the access is valid (a bad one has been reported).
 */
bool kasan_check_write(const volatile void *p, unsigned int size)
{
	return check_memory_region((unsigned long)p, size, true, _RET_IP_);
}

/**
 * kasan_check_range - check an access on behalf of a function's caller
 * @p: the address
 * @size: the bytes
 * @write: a write (else a read)
 * @ret_ip: the return address to name in a report (memcpy()'s caller)
 *
 * Context: any.
 * Return: true if the access is valid (a bad one has been reported).
 */
bool kasan_check_range(const volatile void *p, size_t size, bool write, unsigned long ret_ip)
{
	return check_memory_region((unsigned long)p, size, write, ret_ip);
}

/*
 * The compiler's entry points: __asan_load4(addr) before a 4-byte read.
 * The _noabort names are what -fsanitize=kernel-address calls (the
 * kernel goes on after a report); both are defined, as in Linux.
 */
#define DEFINE_ASAN_LOAD_STORE(size)                              \
	void __asan_load##size(unsigned long addr)                \
	{                                                         \
		check_memory_region(addr, size, false, _RET_IP_); \
	}                                                         \
	void __asan_load##size##_noabort(unsigned long)           \
		__attribute__((alias("__asan_load" #size)));      \
	void __asan_store##size(unsigned long addr)               \
	{                                                         \
		check_memory_region(addr, size, true, _RET_IP_);  \
	}                                                         \
	void __asan_store##size##_noabort(unsigned long)          \
		__attribute__((alias("__asan_store" #size)))

void __asan_load1(unsigned long addr);
void __asan_load2(unsigned long addr);
void __asan_load4(unsigned long addr);
void __asan_load8(unsigned long addr);
void __asan_load16(unsigned long addr);
void __asan_store1(unsigned long addr);
void __asan_store2(unsigned long addr);
void __asan_store4(unsigned long addr);
void __asan_store8(unsigned long addr);
void __asan_store16(unsigned long addr);
DEFINE_ASAN_LOAD_STORE(1);
DEFINE_ASAN_LOAD_STORE(2);
DEFINE_ASAN_LOAD_STORE(4);
DEFINE_ASAN_LOAD_STORE(8);
DEFINE_ASAN_LOAD_STORE(16);

/**
 * __asan_loadN - the compiler's check of a read of an unusual size
 * @addr: the address
 * @size: the bytes
 *
 * Context: any.
 */
void __asan_loadN(unsigned long addr, size_t size)
{
	check_memory_region(addr, size, false, _RET_IP_);
}
void __asan_loadN_noabort(unsigned long, size_t) __attribute__((alias("__asan_loadN")));

/**
 * __asan_storeN - the compiler's check of a write of an unusual size
 * @addr: the address
 * @size: the bytes
 *
 * Context: any.
 */
void __asan_storeN(unsigned long addr, size_t size)
{
	check_memory_region(addr, size, true, _RET_IP_);
}
void __asan_storeN_noabort(unsigned long, size_t) __attribute__((alias("__asan_storeN")));

/**
 * __asan_handle_no_return - the compiler's call before a function that never returns
 *
 * User-space ASan clears the stack's shadow here; the kernel's noreturn
 * calls (panic, do_exit, BUG) never come back to the frames they leave,
 * and a stack is unpoisoned when it is reused (kasan_unpoison_task_stack).
 *
 * Context: any.
 */
void __asan_handle_no_return(void)
{
}

/**
 * struct kasan_source_location - where a global is defined (GCC's layout)
 * @filename: the source file
 * @line_no: its line
 * @column_no: its column
 */
struct kasan_source_location {
	const char *filename;
	int line_no;
	int column_no;
};

/**
 * struct kasan_global - one instrumented global, as GCC describes it
 * @beg: its address
 * @size: its size
 * @size_with_redzone: its size with the red zone GCC put after it
 * @name: its name
 * @module_name: the file it is in
 * @has_dynamic_init: C++ only
 * @location: where it is defined
 * @odr_indicator: C++ only
 */
struct kasan_global {
	const void *beg;
	size_t size;
	size_t size_with_redzone;
	const void *name;
	const void *module_name;
	unsigned long has_dynamic_init;
	struct kasan_source_location *location;
	char *odr_indicator;
};

/**
 * __asan_register_globals - poison the red zones after a file's globals
 * @globals: GCC's table of the file's globals
 * @size: how many
 *
 * Called by the constructor GCC emits in every instrumented file
 * (mm/kasan/init.c runs them).
 *
 * Context: boot.
 */
void __asan_register_globals(struct kasan_global *globals, size_t size)
{
	size_t i;

	for (i = 0; i < size; i++) {
		const u8 *beg = globals[i].beg;
		size_t aligned = ALIGN(globals[i].size, KASAN_SHADOW_SCALE_SIZE);

		kasan_unpoison_shadow(beg, globals[i].size);
		kasan_poison_shadow(beg + aligned, globals[i].size_with_redzone - aligned,
				    KASAN_GLOBAL_REDZONE);
	}
}

/**
 * __asan_unregister_globals - the destructor's counterpart (never called: no modules)
 * @globals: GCC's table
 * @size: how many
 *
 * Context: none.
 */
void __asan_unregister_globals(struct kasan_global *globals, size_t size)
{
}

/* ---- pages ---- */

/**
 * kasan_alloc_pages - a block leaves the buddy allocator: its memory is valid
 * @page: the first page
 * @order: the order
 *
 * Context: any (the page allocator's).
 */
void kasan_alloc_pages(struct page *page, unsigned int order)
{
	if (!PageHighMem(page))
		kasan_unpoison_shadow(page_address(page), PAGE_SIZE << order);
}

/**
 * kasan_free_pages - a block returns to the buddy allocator: untouchable
 * @page: the first page
 * @order: the order
 *
 * Context: any (the page allocator's).
 */
void kasan_free_pages(struct page *page, unsigned int order)
{
	if (!PageHighMem(page))
		kasan_poison_shadow(page_address(page), PAGE_SIZE << order, KASAN_PAGE_FREE);
}

/**
 * kasan_kmalloc_large - a kmalloc() served by whole pages: poison past @size
 * @ptr: the memory
 * @size: the bytes asked for
 *
 * Context: as kmalloc().
 */
void kasan_kmalloc_large(const void *ptr, size_t size)
{
	size_t block = PAGE_SIZE << compound_order(virt_to_page(ptr));
	size_t valid = ALIGN(size, KASAN_SHADOW_SCALE_SIZE);

	kasan_unpoison_shadow(ptr, size);
	kasan_poison_shadow((const u8 *)ptr + valid, block - valid, KASAN_PAGE_REDZONE);
}

/* ---- slab objects ---- */

/**
 * kasan_cache_create - make room for KASAN's metadata in a cache's buffers
 * @cache: the cache being set up (obj_offset and obj_size set)
 * @size: the buffer size so far; grows by the metadata
 * @align: the object alignment; at least a granule, so objects start on one
 *
 * The metadata (struct kasan_alloc_meta) goes after everything else and
 * is poisoned as red zone: it is also what catches an overflow.
 *
 * Context: cache creation.
 */
void kasan_cache_create(struct kmem_cache *cache, size_t *size, size_t *align)
{
	*align = max_t(size_t, *align, KASAN_SHADOW_SCALE_SIZE);
	*size = ALIGN(*size, KASAN_SHADOW_SCALE_SIZE);
	cache->kasan_meta_offset = *size - cache->obj_offset;
	*size += sizeof(struct kasan_alloc_meta);
}

/**
 * kasan_poison_object_data - poison a new object (never allocated yet)
 * @cache: its cache
 * @object: the object
 *
 * Context: cache growth.
 */
void kasan_poison_object_data(struct kmem_cache *cache, void *object)
{
	struct kasan_alloc_meta *meta = get_alloc_meta(cache, object);

	kasan_poison_shadow(object, cache->obj_size, KASAN_SLAB_REDZONE);
	kasan_poison_shadow(meta, sizeof(*meta), KASAN_SLAB_REDZONE);
	/* not memset(): it checks its target, and the metadata is poisoned */
	meta->alloc.pid = meta->free.pid = 0;
	meta->alloc.nr = meta->free.nr = 0;
	meta->qlink = NULL;
}

/**
 * kasan_slab_alloc - an object is handed out: valid, and its allocator noted
 * @cache: its cache
 * @object: the object
 * @caller: the allocation's caller
 *
 * Context: as kmem_cache_alloc().
 */
void kasan_slab_alloc(struct kmem_cache *cache, void *object, unsigned long caller)
{
	kasan_unpoison_shadow(object, cache->obj_size);
	kasan_save_track(&get_alloc_meta(cache, object)->alloc, caller);
}

/**
 * kasan_kmalloc - trim a kmalloc() object to the size asked for
 * @cache: the size class's cache
 * @object: the object (already unpoisoned whole)
 * @size: the bytes asked for: the rest of the object becomes red zone
 *
 * Context: as kmalloc().
 */
void kasan_kmalloc(struct kmem_cache *cache, const void *object, size_t size)
{
	size_t valid = ALIGN(size, KASAN_SHADOW_SCALE_SIZE);

	kasan_unpoison_shadow(object, size);
	if (valid < (size_t)cache->obj_size)
		kasan_poison_shadow((const u8 *)object + valid, cache->obj_size - valid,
				    KASAN_SLAB_REDZONE);
}

/* Does @object point at the start of an object of @cache? */
static bool is_object_start(struct kmem_cache *cache, const void *object)
{
	struct slab *slabp = virt_to_slab(object);
	unsigned long off = (const u8 *)object - (const u8 *)slabp->s_mem;

	return (const u8 *)object >= (const u8 *)slabp->s_mem &&
	       off < cache->num * cache->buffer_size &&
	       off % cache->buffer_size == (unsigned long)cache->obj_offset;
}

/**
 * kasan_slab_free - an object is freed: poison it and hold it in the quarantine
 * @cache: its cache
 * @object: the pointer being freed
 * @caller: who frees it
 *
 * A pointer that is not an allocated object (already freed, or into the
 * middle of one) is reported as "double-free" or "invalid-free".
 *
 * Context: as kmem_cache_free().
 * Return: true if the slab layer must not free @object now (it went into
 * the quarantine, or the free was bad).
 */
bool kasan_slab_free(struct kmem_cache *cache, void *object, unsigned long caller)
{
	s8 shadow = *(s8 *)kasan_mem_to_shadow(object);

	if (!is_object_start(cache, object) || shadow < 0) {
		kasan_report_invalid_free(object, caller);
		return true;
	}
	/* its readers may still look at it until a grace period: as later Linux, no poison */
	if (cache->flags & SLAB_DESTROY_BY_RCU)
		return false;
	kasan_poison_shadow(object, cache->obj_size, KASAN_SLAB_FREE);
	kasan_save_track(&get_alloc_meta(cache, object)->free, caller);
	if (!kasan_enabled)
		return false;
	quarantine_put(cache, object);
	return true;
}

/**
 * kasan_cache_shrink - give back the quarantined objects of a cache
 * @cache: the cache being shrunk or destroyed
 *
 * Context: process context.
 */
void kasan_cache_shrink(struct kmem_cache *cache)
{
	quarantine_remove_cache(cache);
}

/* ---- vmalloc ---- */

static bool shadow_is_zero_page(pte_t *pte)
{
	return (pte_val(*pte) & PAGE_MASK) == __pa(kasan_zero_page);
}

/**
 * kasan_populate_vmalloc - give the shadow of a vmalloc range real pages
 * @addr: the start of the range
 * @size: its bytes
 *
 * Each shadow page still mapping the shared zero page gets a page of its
 * own, filled with KASAN_VMALLOC_INVALID: the caller unpoisons what it
 * maps.
 *
 * Context: process context (allocates with GFP_KERNEL).
 * Return: 0, or -ENOMEM.
 */
int kasan_populate_vmalloc(unsigned long addr, unsigned long size)
{
	unsigned long sp = (unsigned long)kasan_mem_to_shadow((void *)addr) & PAGE_MASK;
	unsigned long end = PAGE_ALIGN((unsigned long)kasan_mem_to_shadow((void *)(addr + size)));

	for (; sp < end; sp += PAGE_SIZE) {
		unsigned int level;
		pte_t *pte = lookup_address(sp, &level);
		struct page *page;

		if (!shadow_is_zero_page(pte))
			continue;
		page = alloc_page(GFP_KERNEL);
		if (!page)
			return -ENOMEM;
		memset(page_address(page), KASAN_VMALLOC_INVALID, PAGE_SIZE);
		set_pte(pte, mk_pte(page, PAGE_KERNEL));
		__flush_tlb_one(sp);
	}
	return 0;
}

/* Mark [start, end) invalid where its shadow has pages (an area may never have been mapped) */
static void poison_vmalloc_shadow(unsigned long start, unsigned long end)
{
	unsigned long s = (unsigned long)kasan_mem_to_shadow((void *)start);
	unsigned long e = (unsigned long)kasan_mem_to_shadow((void *)end);

	while (s < e) {
		unsigned long next = min(e, (s & PAGE_MASK) + PAGE_SIZE);
		unsigned int level;

		if (!shadow_is_zero_page(lookup_address(s, &level)))
			memset((void *)s, KASAN_VMALLOC_INVALID, next - s);
		s = next;
	}
}

/**
 * kasan_release_vmalloc - poison a vmalloc range and free the shadow it alone used
 * @start: the start of the range being unmapped
 * @end: its end
 * @free_start: where the free space around it begins (the previous area's end)
 * @free_end: where it ends (the next area's start)
 *
 * A shadow page is freed only if every address it covers is free: other
 * areas may share it.
 *
 * Context: process context.
 */
void kasan_release_vmalloc(unsigned long start, unsigned long end, unsigned long free_start,
			   unsigned long free_end)
{
	unsigned long lo = PAGE_ALIGN((unsigned long)kasan_mem_to_shadow((void *)free_start));
	unsigned long hi = (unsigned long)kasan_mem_to_shadow((void *)free_end) & PAGE_MASK;
	unsigned long sp;

	lo = max(lo, (unsigned long)kasan_mem_to_shadow((void *)start) & PAGE_MASK);
	hi = min(hi, PAGE_ALIGN((unsigned long)kasan_mem_to_shadow((void *)end)));

	poison_vmalloc_shadow(start, end);
	for (sp = lo; sp < hi; sp += PAGE_SIZE) {
		unsigned int level;
		pte_t *pte = lookup_address(sp, &level);

		if (shadow_is_zero_page(pte))
			continue;
		__free_page(pte_page(*pte));
		set_pte(pte, pfn_pte(__pa(kasan_zero_page) >> PAGE_SHIFT, PAGE_KERNEL_RO));
		__flush_tlb_one(sp);
	}
}

/* ---- stacks ---- */

/**
 * kasan_unpoison_task_stack - clear what a task's old frames left in the shadow
 * @task: a task whose stack is about to be (re)used
 *
 * Context: process context; @task is not running.
 */
void kasan_unpoison_task_stack(struct task_struct *task)
{
	kasan_unpoison_shadow(task->stack, THREAD_SIZE);
}

/**
 * kasan_unpoison_task_stack_below - clear the shadow of the stack below a frame
 * @watermark: an address in the current stack; everything below it is dead
 *
 * After a non-local jump (KUnit's abort) the frames it skipped never
 * cleared their red zones.
 *
 * Context: any.
 */
void kasan_unpoison_task_stack_below(const void *watermark)
{
	unsigned long base = (unsigned long)watermark & ~(THREAD_SIZE - 1UL);

	kasan_unpoison_shadow((void *)base, (unsigned long)watermark - base);
}
