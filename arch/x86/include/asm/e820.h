/*
 * asm/e820.h - the firmware's map of physical memory.
 *
 * The PC BIOS describes physical memory as a list of ranges, each usable
 * RAM or reserved for something (the BIOS itself, ACPI tables, device
 * memory). Linux calls it the e820 map after the BIOS call that returns
 * it; a multiboot loader hands the same list over, and arch/x86/kernel/setup.c
 * copies it into e820 and prints it as Linux does at boot.
 */
#ifndef _ASM_E820_H
#define _ASM_E820_H

#include <linux/types.h>

#define E820MAX 128
#define E820_RAM 1
#define E820_RESERVED 2
#define E820_ACPI 3
#define E820_NVS 4
#define E820_UNUSABLE 5

/**
 * struct e820entry - one range of the physical memory map
 * @addr: its start
 * @size: its length in bytes
 * @type: E820_RAM, E820_RESERVED, ...
 */
struct e820entry {
	u64 addr;
	u64 size;
	u32 type;
} __packed;

/**
 * struct e820map - the physical memory map
 * @nr_map: how many entries are used
 * @map: the entries, in the order the firmware gave them
 */
struct e820map {
	u32 nr_map;
	struct e820entry map[E820MAX];
};

extern struct e820map e820;

void e820_print_map(const char *who);
u64 e820_usable_below(u64 limit);

#endif /* _ASM_E820_H */
