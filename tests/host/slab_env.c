/*
 * slab_env.c - the kernel around the slab layer, for the host tests.
 *
 * mm/slab*.c, mm/util.c and kernel/might_sleep.c are built for the host
 * (tests/host/slab.mk) against Linnet's headers, with the few in
 * tests/host/include/ standing in for the hardware. This file provides
 * what they call outside themselves:
 *
 * - a page allocator over HOST_PAGES pages of static "RAM" with a
 *   mem_map: alloc_pages() takes the first free naturally aligned block
 *   (below HOST_DMA_PAGES for GFP_DMA, above it first otherwise), marks
 *   compound pages, and can be told to fail (host_fail_pages);
 * - printk(), which appends to a capture buffer a test can search
 *   (host_log_contains) and echoes to stderr if HOST_VERBOSE is set;
 * - dump_stack(), panic(), spin_bug(), the thread_info and EFLAGS.
 *
 * Freed pages are poisoned for AddressSanitizer.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include "slab_env.h"

#ifndef __has_feature
#define __has_feature(x) 0
#endif
#if defined(__SANITIZE_ADDRESS__) || __has_feature(address_sanitizer)
void __asan_poison_memory_region(void const volatile *addr, size_t size);
void __asan_unpoison_memory_region(void const volatile *addr, size_t size);
#else
/* The callgrind benchmark is built without AddressSanitizer. */
#define __asan_poison_memory_region(addr, size) ((void)(addr), (void)(size))
#define __asan_unpoison_memory_region(addr, size) ((void)(addr), (void)(size))
#endif

u8 host_ram[HOST_PAGES * PAGE_SIZE] __aligned(PAGE_SIZE);
struct page host_mem_map[HOST_PAGES];
static bool page_used[HOST_PAGES];
unsigned long host_free_pages = HOST_PAGES;
int host_fail_pages;

unsigned long host_eflags = X86_EFLAGS_IF;
struct thread_info host_thread_info;
enum system_states system_state = SYSTEM_RUNNING;
int oops_in_progress;

static char host_log[HOST_LOG_SIZE];
static size_t host_log_len;

/**
 * host_mem_init - give all simulated RAM back to the allocator (poisoned)
 */
void host_mem_init(void)
{
	memset(host_mem_map, 0, sizeof(host_mem_map));
	memset(page_used, 0, sizeof(page_used));
	host_free_pages = HOST_PAGES;
	__asan_poison_memory_region(host_ram, sizeof(host_ram));
}

/* The first free aligned block of 2^order pages in [lo, hi), or -1 */
static long find_block(unsigned long lo, unsigned long hi, unsigned int order)
{
	unsigned long n = 1UL << order, pfn, i;

	for (pfn = lo; pfn + n <= hi; pfn += n) {
		for (i = 0; i < n && !page_used[pfn + i]; i++)
			;
		if (i == n)
			return pfn;
	}
	return -1;
}

static void make_compound(struct page *page, unsigned int order)
{
	unsigned long i;

	page->flags |= 1UL << PG_head;
	page->private = order;
	for (i = 1; i < (1UL << order); i++) {
		page[i].flags |= 1UL << PG_tail;
		page[i].first_page = page;
	}
}

struct page *alloc_pages(gfp_t gfp_mask, unsigned int order)
{
	unsigned long i, n = 1UL << order;
	long pfn = -1;

	if (order > 10 || host_fail_pages)
		return NULL;
	if (!(gfp_mask & __GFP_DMA))
		pfn = find_block(HOST_DMA_PAGES, HOST_PAGES, order);
	if (pfn < 0)
		pfn = find_block(0, HOST_DMA_PAGES, order);
	if (pfn < 0)
		return NULL;
	for (i = 0; i < n; i++) {
		page_used[pfn + i] = true;
		memset(&host_mem_map[pfn + i], 0, sizeof(struct page));
	}
	atomic_set(&host_mem_map[pfn]._count, 1);
	if ((gfp_mask & __GFP_COMP) && order)
		make_compound(&host_mem_map[pfn], order);
	host_free_pages -= n;
	__asan_unpoison_memory_region(page_address(&host_mem_map[pfn]), n * PAGE_SIZE);
	if (gfp_mask & __GFP_ZERO)
		memset(page_address(&host_mem_map[pfn]), 0, n * PAGE_SIZE);
	return &host_mem_map[pfn];
}

void __free_pages(struct page *page, unsigned int order)
{
	unsigned long pfn = page - host_mem_map, i, n = 1UL << order;

	if (pfn >= HOST_PAGES || PageSlab(page) || !page_used[pfn] ||
	    compound_order(page) != (PageHead(page) ? order : 0)) {
		printk(KERN_EMERG "BUG: Bad page state: pfn %lu flags 0x%lx order %u\n", pfn,
		       page->flags, order);
		BUG();
	}
	for (i = 0; i < n; i++) {
		page_used[pfn + i] = false;
		page[i].flags = 0;
	}
	host_free_pages += n;
	__asan_poison_memory_region(page_address(page), n * PAGE_SIZE);
}

/* The host has no vmalloc area: one page outside "RAM" stands for it. */
u8 host_vmalloc_area[PAGE_SIZE] __aligned(PAGE_SIZE);

int is_vmalloc_addr(const void *addr)
{
	return (const u8 *)addr >= host_vmalloc_area &&
	       (const u8 *)addr < host_vmalloc_area + PAGE_SIZE;
}

int vprintk(const char *fmt, va_list args)
{
	char buf[512];
	const char *p = buf;
	int len = vscnprintf(buf, sizeof(buf), fmt, args);

	if (p[0] == '<' && p[1] && p[2] == '>')
		p += 3;
	len = strlen(p);
	if (host_log_len + len < sizeof(host_log)) {
		memcpy(host_log + host_log_len, p, len + 1);
		host_log_len += len;
	}
	if (host_verbose())
		host_console_write(p, len);
	return len;
}

int printk(const char *fmt, ...)
{
	va_list args;
	int r;

	va_start(args, fmt);
	r = vprintk(fmt, args);
	va_end(args);
	return r;
}

/**
 * host_log_clear - forget what has been printed so far
 */
void host_log_clear(void)
{
	host_log_len = 0;
	host_log[0] = '\0';
}

/**
 * host_log_contains - has @text been printed since the last host_log_clear()?
 * @text: the text to look for
 */
bool host_log_contains(const char *text)
{
	return strstr(host_log, text) != NULL;
}

void dump_stack(void)
{
	printk(KERN_ERR "Call Trace:\n [<%p>] %pS\n", __builtin_return_address(0),
	       __builtin_return_address(0));
}

void panic(const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	printk(KERN_EMERG "Kernel panic - not syncing: ");
	vprintk(fmt, args);
	va_end(args);
	BUG();
}

void spin_bug(spinlock_t *lock, const char *msg)
{
	printk(KERN_EMERG "BUG: spinlock %s on CPU#0, lock %s\n", msg, lock->name);
	BUG();
}

void preempt_schedule(void)
{
}
