/*
 * vmstat.h - the zoned VM counters and the page allocator's views (mm/vmstat.c).
 *
 * Each zone counts its free pages, slab pages, page tables, kernel
 * stacks... in zone->vm_stat[] (enum zone_stat_item), and the sums over
 * all zones are kept in vm_stat[] so that global_page_state() is one
 * read. /proc/vmstat prints the sums, /proc/zoneinfo each zone's, and
 * /proc/meminfo's MemFree, Slab, KernelStack and PageTables come from
 * them.
 *
 * Linux 2.6.32 keeps atomic_long_t counters and per-CPU deltas that are
 * folded in once they pass a threshold, so that SMP updates do not fight
 * over one cache line. Linnet has one CPU: the counters are plain longs,
 * updated with interrupts off (the __ variants expect them off already,
 * as in Linux). See docs/memory.md.
 */
#ifndef _LINUX_VMSTAT_H
#define _LINUX_VMSTAT_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/mmzone.h>
#include <asm/irqflags.h>

extern long vm_stat[NR_VM_ZONE_STAT_ITEMS];

/**
 * global_page_state - a counter summed over all zones
 * @item: the counter
 *
 * Context: any; a snapshot.
 * Return: its value (never negative).
 */
static inline unsigned long global_page_state(enum zone_stat_item item)
{
	long x = READ_ONCE(vm_stat[item]);

	return x < 0 ? 0 : x;
}

/**
 * zone_page_state - one zone's counter
 * @zone: the zone
 * @item: the counter
 *
 * Context: any; a snapshot.
 * Return: its value (never negative).
 */
static inline unsigned long zone_page_state(struct zone *zone, enum zone_stat_item item)
{
	long x = READ_ONCE(zone->vm_stat[item]);

	return x < 0 ? 0 : x;
}

/**
 * __mod_zone_page_state - add @delta to a zone's counter and to the sum
 * @zone: the zone
 * @item: the counter
 * @delta: the change (may be negative)
 *
 * Context: interrupts off (zone->lock held, or local_irq_save).
 */
static inline void __mod_zone_page_state(struct zone *zone, enum zone_stat_item item, int delta)
{
	zone->vm_stat[item] += delta;
	vm_stat[item] += delta;
}

/**
 * mod_zone_page_state - add @delta to a zone's counter, from any context
 * @zone: the zone
 * @item: the counter
 * @delta: the change
 *
 * Context: any.
 */
static inline void mod_zone_page_state(struct zone *zone, enum zone_stat_item item, int delta)
{
	unsigned long flags;

	local_irq_save(flags);
	__mod_zone_page_state(zone, item, delta);
	local_irq_restore(flags);
}

#define __inc_zone_state(zone, item) __mod_zone_page_state(zone, item, 1)
#define __dec_zone_state(zone, item) __mod_zone_page_state(zone, item, -1)
#define __inc_zone_page_state(page, item) __mod_zone_page_state(page_zone(page), item, 1)
#define __dec_zone_page_state(page, item) __mod_zone_page_state(page_zone(page), item, -1)
#define inc_zone_page_state(page, item) mod_zone_page_state(page_zone(page), item, 1)
#define dec_zone_page_state(page, item) mod_zone_page_state(page_zone(page), item, -1)
#define inc_zone_state(zone, item) mod_zone_page_state(zone, item, 1)
#define dec_zone_state(zone, item) mod_zone_page_state(zone, item, -1)

extern const char *const vmstat_text[NR_VM_ZONE_STAT_ITEMS];

int buddyinfo_show(char *buf, size_t size);
int zoneinfo_show(char *buf, size_t size);
int meminfo_show(char *buf, size_t size);
int vmstat_show(char *buf, size_t size);
int memmap_show(char *buf, size_t size);
void show_mem_views(void);

#endif /* _LINUX_VMSTAT_H */
