/*
 * report.c - what KASAN prints when a check fails, as Linux prints it.
 *
 *   ==================================================================
 *   BUG: KASAN: slab-out-of-bounds in demo_kasan_oob_test+0x5c/0xe0
 *   Write of size 1 at addr c7f1a2cd by task ktest/1
 *   Call Trace: ...                      (where it happened)
 *   Allocated by task 1:                 (the object's history)
 *    kmalloc+0x42/0x90 ...
 *   Freed by task 1: ...
 *   The buggy address belongs to the object at c7f1a2c0
 *    which belongs to the cache size-16 of size 16
 *   The buggy address is located 13 bytes inside of
 *    16-byte region [c7f1a2c0, c7f1a2d0)
 *   Memory state around the buggy address:
 *    c7f1a200: fc fc ...
 *   >c7f1a280: fc fc 00 05 fc ...        (the shadow; ^ marks the byte)
 *   ==================================================================
 *
 * The kind of bug is read from the shadow: the first bad shadow byte of
 * the access (past a partial granule, the next one) says what the
 * memory is. The stacks of an object were saved at its allocation and
 * free (kasan_save_track). Checks are off while a report prints, so
 * printing cannot report itself. See docs/debugging.md.
 */
#include <linux/kernel.h>
#include <linux/irqflags.h>
#include <linux/kallsyms.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/vmalloc.h>
#include "kasan.h"
#include "../slab.h"

#define SHADOW_BYTES_PER_ROW 16
#define SHADOW_ROWS_AROUND 2

/**
 * kasan_save_track - record who is doing this, and the call chain from @caller
 * @track: where to record it
 * @caller: the return address into the allocator's or freer's caller
 *
 * Walks the saved frame pointers of the current stack (every function
 * keeps one: -fno-omit-frame-pointer), starting at @caller.
 *
 * Context: any.
 */
void kasan_save_track(struct kasan_track *track, unsigned long caller)
{
	unsigned long bp = (unsigned long)__builtin_frame_address(0);
	unsigned long base = bp & ~(THREAD_SIZE - 1UL);
	bool found = false;

	track->pid = current->pid;
	track->nr = 0;
	while (bp >= base && bp + 2 * sizeof(long) <= base + THREAD_SIZE &&
	       track->nr < KASAN_STACK_DEPTH) {
		unsigned long ret = ((unsigned long *)bp)[1];

		if (!__kernel_text_address(ret))
			break;
		found = found || ret == caller;
		if (found)
			track->entries[track->nr++] = ret;
		bp = *(unsigned long *)bp;
	}
	if (!found) {
		track->entries[0] = caller;
		track->nr = 1;
	}
}

/* The shadow byte that says what kind of memory @addr..+@size hit */
static u8 first_bad_shadow(unsigned long addr, size_t size)
{
	unsigned long a;

	for (a = addr; a < addr + size; a = (a | KASAN_SHADOW_MASK) + 1) {
		u8 *p = kasan_mem_to_shadow((void *)a);

		if (*p == 0)
			continue;
		/* a partial granule: the byte after it tells what lies beyond */
		if (*p < KASAN_SHADOW_SCALE_SIZE)
			p++;
		return *p;
	}
	return *kasan_mem_to_shadow((void *)addr);
}

static const char *bug_type(unsigned long addr, size_t size)
{
	switch (first_bad_shadow(addr, size)) {
	case KASAN_PAGE_REDZONE:
	case KASAN_SLAB_REDZONE:
		return "slab-out-of-bounds";
	case KASAN_PAGE_FREE:
	case KASAN_SLAB_FREE:
		return "use-after-free";
	case KASAN_GLOBAL_REDZONE:
		return "global-out-of-bounds";
	case KASAN_STACK_LEFT:
	case KASAN_STACK_MID:
	case KASAN_STACK_RIGHT:
	case KASAN_STACK_PARTIAL:
		return "stack-out-of-bounds";
	case KASAN_VMALLOC_INVALID: /* == GCC's use-after-scope byte */
		return is_vmalloc_addr((void *)addr) ? "vmalloc-out-of-bounds" : "use-after-scope";
	}
	return "out-of-bounds";
}

static void print_track(const char *what, const struct kasan_track *track)
{
	unsigned int i;

	printk(KERN_ERR "%s by task %d:\n", what, track->pid);
	for (i = 0; i < track->nr; i++)
		printk(KERN_ERR " %pS\n", (void *)track->entries[i]);
	printk(KERN_ERR "\n");
}

/* If @addr is in a slab page: which object, and its history */
static void describe_object(unsigned long addr)
{
	struct page *page = virt_to_page((void *)addr);
	struct kmem_cache *cache = page_get_cache(page);
	struct slab *slabp = page_get_slab(page);
	unsigned int idx;
	const u8 *obj;
	long off;
	struct kasan_alloc_meta *meta;

	if ((const u8 *)addr < (const u8 *)slabp->s_mem)
		return;
	idx = obj_to_index(cache, slabp, (void *)addr);
	if (idx >= cache->num)
		return;
	obj = index_to_obj(cache, slabp, idx);
	meta = get_alloc_meta(cache, obj);
	if (meta->alloc.pid || meta->alloc.nr)
		print_track("Allocated", &meta->alloc);
	if (meta->free.nr)
		print_track("Freed", &meta->free);
	off = (long)(addr - (unsigned long)obj);
	printk(KERN_ERR "The buggy address belongs to the object at %p\n"
			" which belongs to the cache %s of size %d\n",
	       obj, cache->name, cache->obj_size);
	printk(KERN_ERR "The buggy address is located %ld bytes %s of\n"
			" %d-byte region [%p, %p)\n",
	       off < 0		      ? -off :
	       off >= cache->obj_size ? off - cache->obj_size :
					off,
	       off < 0		      ? "to the left" :
	       off >= cache->obj_size ? "to the right" :
					"inside",
	       cache->obj_size, obj, obj + cache->obj_size);
}

static void describe_address(unsigned long addr)
{
	if (virt_addr_valid(addr)) {
		struct page *page = virt_to_page((void *)addr);

		if (PageSlab(page)) {
			describe_object(addr);
			return;
		}
		printk(KERN_ERR "The buggy address belongs to the page:\n"
				"page:%p count:%d mapcount:%d flags:%#lx pfn:%#lx\n",
		       page, page_count(page), page_mapcount(page), page->flags, page_to_pfn(page));
	} else if (is_vmalloc_addr((void *)addr)) {
		printk(KERN_ERR "The buggy address %#lx is in the vmalloc area\n", addr);
	} else {
		printk(KERN_ERR "The buggy address belongs to the variable:\n %pS\n", (void *)addr);
	}
}

/* Two rows of shadow before the address's row, the row, and two after */
static void print_shadow_for_address(unsigned long addr)
{
	unsigned long row_bytes = SHADOW_BYTES_PER_ROW << KASAN_SHADOW_SCALE_SHIFT;
	unsigned long row = (addr & ~(row_bytes - 1)) - SHADOW_ROWS_AROUND * row_bytes;
	int i, j;

	printk(KERN_ERR "Memory state around the buggy address:\n");
	for (i = -SHADOW_ROWS_AROUND; i <= SHADOW_ROWS_AROUND; i++, row += row_bytes) {
		const u8 *shadow = kasan_mem_to_shadow((void *)row);
		char line[SHADOW_BYTES_PER_ROW * 3 + 1];

		for (j = 0; j < SHADOW_BYTES_PER_ROW; j++)
			scnprintf(line + 3 * j, 4, " %02x", shadow[j]);
		printk(KERN_ERR "%c%08lx:%s\n", i ? ' ' : '>', row, line);
		if (!i)
			printk(KERN_ERR "%*c\n",
			       (int)(10 + 3 * ((addr - row) >> KASAN_SHADOW_SCALE_SHIFT) + 2), '^');
	}
}

static unsigned long report_begin(void)
{
	unsigned long flags;

	local_irq_save(flags);
	kasan_enabled = false;
	printk(KERN_ERR "=================================================================="
			"\n");
	return flags;
}

static void report_end(unsigned long flags)
{
	printk(KERN_ERR "=================================================================="
			"\n");
	kasan_enabled = true;
	local_irq_restore(flags);
}

/**
 * kasan_report - report a bad access, with everything known about its target
 * @addr: the address accessed
 * @size: the bytes accessed
 * @is_write: a write (else a read)
 * @ip: the return address into the function that made the access
 *
 * Context: any; interrupts are off while it prints.
 */
void kasan_report(unsigned long addr, size_t size, bool is_write, unsigned long ip)
{
	unsigned long flags = report_begin();

	printk(KERN_ERR "BUG: KASAN: %s in %pS\n", bug_type(addr, size), (void *)ip);
	printk(KERN_ERR "%s of size %zu at addr %08lx by task %s/%d\n", is_write ? "Write" : "Read",
	       size, addr, current->comm, current->pid);
	printk(KERN_ERR "\n");
	dump_stack();
	printk(KERN_ERR "\n");
	describe_address(addr);
	printk(KERN_ERR "\n");
	print_shadow_for_address(addr);
	report_end(flags);
}

/**
 * kasan_report_invalid_free - report a free of something that is not an allocated object
 * @object: the pointer freed
 * @ip: the return address into the freeing function's caller
 *
 * Context: any; interrupts are off while it prints.
 */
void kasan_report_invalid_free(void *object, unsigned long ip)
{
	unsigned long flags = report_begin();
	s8 shadow = *(s8 *)kasan_mem_to_shadow(object);

	printk(KERN_ERR "BUG: KASAN: %s in %pS\n",
	       (u8)shadow == KASAN_SLAB_FREE ? "double-free" : "invalid-free", (void *)ip);
	printk(KERN_ERR "Free of addr %p by task %s/%d\n", object, current->comm, current->pid);
	printk(KERN_ERR "\n");
	dump_stack();
	printk(KERN_ERR "\n");
	describe_address((unsigned long)object);
	printk(KERN_ERR "\n");
	print_shadow_for_address((unsigned long)object);
	report_end(flags);
}
