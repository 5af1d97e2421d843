/*
 * vmstat.c - views of the page allocator: buddyinfo, zoneinfo, meminfo, memmap.
 *
 * Each view prints into a buffer in the format of the /proc file of the
 * same name, so the shell can show it and tests can parse it:
 *
 *   buddyinfo  free blocks per order per zone (fragmentation at a glance)
 *   zoneinfo   each zone's free count, watermarks, sizes, VM counters,
 *              protection (lowmem_reserve) and per-CPU lists
 *   meminfo    the totals, in kB
 *   vmstat     the zoned VM counters (enum zone_stat_item), summed
 *   memmap     Linnet's own: a picture of each zone, one character per
 *              chunk of pages, showing the order of the free block there,
 *              so splitting and merging can be watched
 *
 * Each returns the number of characters written (at most size - 1), like
 * scnprintf. Each prints what 2.6.32's seq_file code prints (mm/vmstat.c
 * for buddyinfo, zoneinfo and vmstat, fs/proc/meminfo.c for meminfo),
 * and reads the allocator's state without changing it: a view that
 * allocated memory would show its own allocation.
 *
 * This file also holds the counters themselves (vm_stat[], updated
 * through include/linux/vmstat.h), as 2.6.32's mm/vmstat.c does. show_mem_views() prints all four with printk, and the
 * slab layer's slabinfo and vmalloc's vmallocinfo (mm/slab_common.c,
 * mm/vmalloc.c) after meminfo. See docs/memory.md.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/bootmem.h>
#include <linux/slab.h>
#include <linux/slab_def.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include <linux/vmstat.h>

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
		unsigned long flags;

		n += scnprintf(buf + n, size - n, "Node %d, zone %8s ", 0, zone->name);
		spin_lock_irqsave(&zone->lock, flags);
		for (order = 0; order < MAX_ORDER; order++)
			n += scnprintf(buf + n, size - n, "%6lu ", zone->free_area[order].nr_free);
		spin_unlock_irqrestore(&zone->lock, flags);
		n += scnprintf(buf + n, size - n, "\n");
	}
	return n;
}

/**
 * vmstat_text - the names of the zoned VM counters, as /proc/vmstat prints them
 */
const char *const vmstat_text[NR_VM_ZONE_STAT_ITEMS] = {
	"nr_free_pages",
	"nr_inactive_anon",
	"nr_active_anon",
	"nr_inactive_file",
	"nr_active_file",
	"nr_unevictable",
	"nr_mlock",
	"nr_anon_pages",
	"nr_mapped",
	"nr_file_pages",
	"nr_dirty",
	"nr_writeback",
	"nr_slab_reclaimable",
	"nr_slab_unreclaimable",
	"nr_page_table_pages",
	"nr_kernel_stack",
	"nr_unstable",
	"nr_bounce",
	"nr_vmscan_write",
	"nr_writeback_temp",
	"nr_isolated_anon",
	"nr_isolated_file",
	"nr_shmem",
};

static int zoneinfo_zone(struct zone *zone, char *buf, size_t size)
{
	struct per_cpu_pages *pcp = &zone->pageset[0].pcp;
	int i, n;

	n = scnprintf(buf, size,
		      "Node %d, zone %8s\n  pages free     %lu\n        min      %lu\n"
		      "        low      %lu\n        high     %lu\n        scanned  %lu\n"
		      "        spanned  %lu\n        present  %lu",
		      0, zone->name, zone_page_state(zone, NR_FREE_PAGES), min_wmark_pages(zone),
		      low_wmark_pages(zone), high_wmark_pages(zone), 0UL, zone->spanned_pages,
		      zone->present_pages);
	for (i = 0; i < NR_VM_ZONE_STAT_ITEMS; i++)
		n += scnprintf(buf + n, size - n, "\n    %-12s %lu", vmstat_text[i],
			       zone_page_state(zone, i));
	n += scnprintf(buf + n, size - n, "\n        protection: (%lu", zone->lowmem_reserve[0]);
	for (i = 1; i < MAX_NR_ZONES; i++)
		n += scnprintf(buf + n, size - n, ", %lu", zone->lowmem_reserve[i]);
	n += scnprintf(buf + n, size - n,
		       ")\n  pagesets\n    cpu: %i\n              count: %i\n"
		       "              high:  %i\n              batch: %i",
		       0, pcp->count, pcp->high, pcp->batch);
	return n + scnprintf(buf + n, size - n,
			     "\n  all_unreclaimable: %u\n  prev_priority:     %i\n"
			     "  start_pfn:         %lu\n  inactive_ratio:    %u\n",
			     0, DEF_PRIORITY, zone->zone_start_pfn, 1);
}

/**
 * zoneinfo_show - /proc/zoneinfo: each zone's counts, watermarks and lists
 * @buf: where to write
 * @size: its size
 *
 * 2.6.32's fields in 2.6.32's order and widths. Linnet has no reclaim:
 * scanned is 0, all_unreclaimable 0, prev_priority DEF_PRIORITY (12, the
 * value of a zone reclaim never touched) and inactive_ratio 1 (2.6.32's
 * value for a zone under 1 GiB; Linnet has no LRU lists to balance).
 *
 * Context: any.
 * Return: characters written.
 */
int zoneinfo_show(char *buf, size_t size)
{
	struct zone *zone;
	int n = 0;

	for_each_populated_zone(zone) n += zoneinfo_zone(zone, buf + n, size - n);
	return n;
}

/**
 * vmstat_show - /proc/vmstat: the zoned VM counters summed over the zones
 * @buf: where to write
 * @size: its size
 *
 * One "name value" line per counter, as 2.6.32 prints them. 2.6.32 built
 * with CONFIG_VM_EVENT_COUNTERS goes on with event counts (pgalloc_dma,
 * pgfree, pgfault...); Linnet counts no events, so the file ends where
 * 2.6.32's ends without that option.
 *
 * Context: any.
 * Return: characters written.
 */
int vmstat_show(char *buf, size_t size)
{
	int i, n = 0;

	for (i = 0; i < NR_VM_ZONE_STAT_ITEMS; i++)
		n += scnprintf(buf + n, size - n, "%s %lu\n", vmstat_text[i], global_page_state(i));
	return n;
}

/**
 * meminfo_show - /proc/meminfo: memory totals in kB
 * @buf: where to write
 * @size: its size
 *
 * Every line 2.6.32 prints on i386 (with CONFIG_HIGHMEM, no hugetlbfs,
 * no quicklists), in its order. The values come from the zoned counters:
 * MemFree is NR_FREE_PAGES (pages on the per-CPU lists are not counted,
 * as in 2.6.32), Slab = SReclaimable + SUnreclaim, KernelStack counts
 * stacks of THREAD_SIZE, PageTables the page tables. What Linnet has no
 * data for (page cache, swap, LRU, overcommit accounting) prints 0,
 * except CommitLimit, which is computed as 2.6.32 computes it (half of
 * RAM with the default overcommit_ratio of 50, no swap). DirectMap4k and
 * DirectMap4M come from arch_report_meminfo(): Linnet maps low memory
 * with 4 KiB pages only.
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
	get_vmalloc_info(&vmi);
#define LINE(label, kb) n += scnprintf(buf + n, size - n, "%-16s%8lu kB\n", label ":", kb)
#define GS(item) K(global_page_state(item))
	LINE("MemTotal", K(i.totalram));
	LINE("MemFree", K(i.freeram));
	LINE("Buffers", K(i.bufferram));
	LINE("Cached", GS(NR_FILE_PAGES));
	LINE("SwapCached", 0UL);
	LINE("Active", GS(NR_ACTIVE_ANON) + GS(NR_ACTIVE_FILE));
	LINE("Inactive", GS(NR_INACTIVE_ANON) + GS(NR_INACTIVE_FILE));
	LINE("Active(anon)", GS(NR_ACTIVE_ANON));
	LINE("Inactive(anon)", GS(NR_INACTIVE_ANON));
	LINE("Active(file)", GS(NR_ACTIVE_FILE));
	LINE("Inactive(file)", GS(NR_INACTIVE_FILE));
	LINE("Unevictable", GS(NR_UNEVICTABLE));
	LINE("Mlocked", GS(NR_MLOCK));
	LINE("HighTotal", K(i.totalhigh));
	LINE("HighFree", K(i.freehigh));
	LINE("LowTotal", K(i.totalram - i.totalhigh));
	LINE("LowFree", K(i.freeram - i.freehigh));
	LINE("SwapTotal", K(i.totalswap));
	LINE("SwapFree", K(i.freeswap));
	LINE("Dirty", GS(NR_FILE_DIRTY));
	LINE("Writeback", GS(NR_WRITEBACK));
	LINE("AnonPages", GS(NR_ANON_PAGES));
	LINE("Mapped", GS(NR_FILE_MAPPED));
	LINE("Shmem", GS(NR_SHMEM));
	LINE("Slab", GS(NR_SLAB_RECLAIMABLE) + GS(NR_SLAB_UNRECLAIMABLE));
	LINE("SReclaimable", GS(NR_SLAB_RECLAIMABLE));
	LINE("SUnreclaim", GS(NR_SLAB_UNRECLAIMABLE));
	LINE("KernelStack", global_page_state(NR_KERNEL_STACK) * THREAD_SIZE / 1024);
	LINE("PageTables", GS(NR_PAGETABLE));
	LINE("NFS_Unstable", GS(NR_UNSTABLE_NFS));
	LINE("Bounce", GS(NR_BOUNCE));
	LINE("WritebackTmp", GS(NR_WRITEBACK_TEMP));
	LINE("CommitLimit", K(i.totalram * 50 / 100 + i.totalswap));
	LINE("Committed_AS", 0UL);
	LINE("VmallocTotal", (unsigned long)(VMALLOC_END - VMALLOC_START) >> 10);
	LINE("VmallocUsed", vmi.used >> 10);
	LINE("VmallocChunk", vmi.largest_chunk >> 10);
	LINE("DirectMap4k", K(max_low_pfn));
	LINE("DirectMap4M", 0UL);
#undef GS
#undef LINE
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
 * show_mem_views - print buddyinfo, zoneinfo, meminfo, vmstat, slabinfo, vmallocinfo, memmap
 *
 * Context: any; uses a static buffer, so not re-entrant.
 */
void show_mem_views(void)
{
	static char buf[8192];
	int (*const views[])(char *, size_t) = { buddyinfo_show, zoneinfo_show, meminfo_show,
						 vmstat_show,	 slabinfo_show, vmallocinfo_show,
						 memmap_show };
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
