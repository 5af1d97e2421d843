/*
 * vmstat.c - views of the page allocator: buddyinfo, zoneinfo, meminfo, memmap.
 *
 * Each view prints into a buffer in the format of the /proc file of the
 * same name, so the shell can show it and tests can parse it:
 *
 *   buddyinfo  free blocks per order per zone (fragmentation at a glance)
 *   zoneinfo   each zone's free count, watermarks, sizes, protection
 *              (lowmem_reserve) and per-CPU lists
 *   meminfo    the totals, in kB
 *   memmap     Linnet's own: a picture of each zone, one character per
 *              chunk of pages, showing the order of the free block there,
 *              so splitting and merging can be watched
 *
 * Each returns the number of characters written (at most size - 1), like
 * scnprintf. show_mem_views() prints all four with printk, and the
 * slab layer's slabinfo and vmalloc's vmallocinfo (mm/slab_common.c,
 * mm/vmalloc.c) after meminfo. See docs/memory.md.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/slab_def.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include <linux/vmstat.h>
#include <linux/pagemap.h>

#define K(pages) ((pages) << (PAGE_SHIFT - 10))

/**
 * buddyinfo_show - /proc/buddyinfo: free blocks of each order in each zone
 * @buf: where to write
 * @size: its size
 *
 * Context: any.
 * Return: characters written.
 */
int buddyinfo_show(char *buf, size_t size)
{
	struct zone *zone;
	unsigned int order;
	int n = 0;

	for_each_populated_zone(zone)
	{
		n += scnprintf(buf + n, size - n, "Node %d, zone %8s ", 0, zone->name);
		for (order = 0; order < MAX_ORDER; order++)
			n += scnprintf(buf + n, size - n, "%6lu ", zone->free_area[order].nr_free);
		n += scnprintf(buf + n, size - n, "\n");
	}
	return n;
}

static int zoneinfo_pagesets(struct zone *zone, char *buf, size_t size)
{
	int i, n = scnprintf(buf, size, ")\n  pagesets");

	for (i = 0; i < 2; i++) {
		struct per_cpu_pages *pcp = &zone->pageset[0].pcp[i];

		n += scnprintf(buf + n, size - n,
			       "\n    cpu: %i pcp: %i\n              count: %i\n              "
			       "high:  %i\n              batch: %i",
			       0, i, pcp->count, pcp->high, pcp->batch);
	}
	return n +
	       scnprintf(buf + n, size - n, "\n  start_pfn:         %lu\n", zone->zone_start_pfn);
}

/**
 * zoneinfo_show - /proc/zoneinfo: each zone's counts, watermarks and lists
 * @buf: where to write
 * @size: its size
 *
 * Context: any.
 * Return: characters written.
 */
int zoneinfo_show(char *buf, size_t size)
{
	struct zone *zone;
	int i, n = 0;

	for_each_populated_zone(zone)
	{
		n += scnprintf(buf + n, size - n,
			       "Node %d, zone %8s\n  pages free     %lu\n        min      %lu\n"
			       "        low      %lu\n        high     %lu\n        spanned  %lu\n"
			       "        present  %lu\n        managed  %lu\n        protection: (",
			       0, zone->name, zone->free_pages, min_wmark_pages(zone),
			       low_wmark_pages(zone), high_wmark_pages(zone), zone->spanned_pages,
			       zone->present_pages, zone->managed_pages);
		for (i = 0; i < MAX_NR_ZONES; i++)
			n += scnprintf(buf + n, size - n, "%s%lu", i ? ", " : "",
				       zone->lowmem_reserve[i]);
		n += zoneinfo_pagesets(zone, buf + n, size - n);
	}
	return n;
}

/**
 * meminfo_show - /proc/meminfo: memory totals in kB
 * @buf: where to write
 * @size: its size
 *
 * Linux's fields that Linnet has nothing for (no page cache, no swap)
 * print as 0.
 *
 * Context: any.
 * Return: characters written.
 */
int meminfo_show(char *buf, size_t size)
{
	struct vmalloc_info vmi;
	struct sysinfo i;
	int n = 0;

	si_meminfo(&i);
#define LINE(label, pages) n += scnprintf(buf + n, size - n, "%-16s%8lu kB\n", label ":", K(pages))
	LINE("MemTotal", i.totalram);
	LINE("MemFree", i.freeram);
	LINE("Buffers", 0UL);
	LINE("Cached", nr_file_pages());
	LINE("SwapCached", 0UL);
	LINE("Active", 0UL);
	LINE("Inactive", 0UL);
	LINE("HighTotal", i.totalhigh);
	LINE("HighFree", i.freehigh);
	LINE("LowTotal", i.totalram - i.totalhigh);
	LINE("LowFree", i.freeram - i.freehigh);
	LINE("SwapTotal", 0UL);
	LINE("SwapFree", 0UL);
	LINE("Slab", slab_pages());
#undef LINE
	get_vmalloc_info(&vmi);
#define LINE_KB(label, kb) n += scnprintf(buf + n, size - n, "%-16s%8lu kB\n", label ":", kb)
	LINE_KB("VmallocTotal", (VMALLOC_END - VMALLOC_START) >> 10);
	LINE_KB("VmallocUsed", vmi.used >> 10);
	LINE_KB("VmallocChunk", vmi.largest_chunk >> 10);
#undef LINE_KB
	return n;
}

/* free_order_at - the order of the free block containing @pfn, or -1 */
static int free_order_at(struct zone *zone, unsigned long pfn)
{
	unsigned int order;

	for (order = 0; order < MAX_ORDER; order++) {
		unsigned long head = pfn & ~((1UL << order) - 1);
		struct page *page = pfn_to_page(head);

		if (head >= zone->zone_start_pfn && PageBuddy(page) && page_private(page) >= order)
			return page_private(page);
	}
	return -1;
}

/* One character for @scale pages from @pfn: the free order, '.' used, '#' reserved */
static char memmap_char(struct zone *zone, unsigned long pfn, unsigned long scale)
{
	int order = free_order_at(zone, pfn);

	if (order >= 0 && (1UL << order) >= scale)
		return "0123456789A"[order];
	if (PageReserved(pfn_to_page(pfn)))
		return '#';
	return order >= 0 ? '+' : '.';
}

/**
 * memmap_show - a picture of each zone: which pages are free, in which order
 * @buf: where to write
 * @size: its size
 *
 * Each character stands for the same power-of-two number of pages (at
 * most 1024 characters a zone, 64 a line): the digit of the order of the
 * free block covering them (A for 10), '.' allocated, '#' reserved (holes,
 * kernel, mem_map), '+' partly free.
 *
 * Context: any; reads without the zone lock, so a busy zone may be blurred.
 * Return: characters written.
 */
int memmap_show(char *buf, size_t size)
{
	struct zone *zone;
	int n = scnprintf(buf, size,
			  "memmap: 0-9,A free block of that order; . used; "
			  "# reserved; + partly free\n");

	for_each_populated_zone(zone)
	{
		unsigned long scale = 1, pfn, col = 0;

		while (zone->spanned_pages / scale > 1024)
			scale <<= 1;
		n += scnprintf(buf + n, size - n, "zone %s: pfn %#lx-%#lx, %lu page(s) a character",
			       zone->name, zone->zone_start_pfn,
			       zone->zone_start_pfn + zone->spanned_pages, scale);
		for (pfn = zone->zone_start_pfn; pfn < zone->zone_start_pfn + zone->spanned_pages;
		     pfn += scale, col++)
			n += scnprintf(buf + n, size - n, "%s%c", col % 64 ? "" : "\n  ",
				       memmap_char(zone, pfn, scale));
		n += scnprintf(buf + n, size - n, "\n");
	}
	return n;
}

/**
 * show_mem_views - print buddyinfo, zoneinfo, meminfo, slabinfo, vmallocinfo and memmap
 *
 * Context: any; uses a static buffer, so not re-entrant.
 */
void show_mem_views(void)
{
	static char buf[8192];
	int (*const views[])(char *, size_t) = { buddyinfo_show, zoneinfo_show,	   meminfo_show,
						 slabinfo_show,	 vmallocinfo_show, memmap_show };
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(views); i++) {
		char *line = buf, *nl;

		views[i](buf, sizeof(buf));
		while ((nl = strchr(line, '\n'))) {
			*nl = '\0';
			printk(KERN_INFO "%s\n", line);
			line = nl + 1;
		}
	}
}
