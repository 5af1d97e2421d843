/*
 * vmstat.h - the page allocator's views, in /proc's formats (mm/vmstat.c).
 */
#ifndef _LINUX_VMSTAT_H
#define _LINUX_VMSTAT_H

#include <linux/types.h>

int buddyinfo_show(char *buf, size_t size);
int zoneinfo_show(char *buf, size_t size);
int meminfo_show(char *buf, size_t size);
int memmap_show(char *buf, size_t size);
void show_mem_views(void);

#endif /* _LINUX_VMSTAT_H */
