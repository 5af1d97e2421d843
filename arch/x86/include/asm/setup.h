/*
 * asm/setup.h - what the boot loader hands the kernel (multiboot v1).
 */
#ifndef _ASM_SETUP_H
#define _ASM_SETUP_H

#include <linux/types.h>

#define COMMAND_LINE_SIZE 2048
#define MULTIBOOT_BOOTLOADER_MAGIC 0x2BADB002

#define MULTIBOOT_INFO_MEMORY 0x001
#define MULTIBOOT_INFO_CMDLINE 0x004
#define MULTIBOOT_INFO_MODS 0x008
#define MULTIBOOT_INFO_MEM_MAP 0x040
#define MULTIBOOT_INFO_BOOT_LOADER_NAME 0x200

/**
 * struct multiboot_info - the boot loader's information block
 * @flags: which of the fields below are valid (MULTIBOOT_INFO_*)
 * @mem_lower: KiB of memory below 1 MiB
 * @mem_upper: KiB of memory from 1 MiB to the first hole
 * @boot_device: the BIOS disk booted from
 * @cmdline: physical address of the command line
 * @mods_count: number of modules loaded
 * @mods_addr: physical address of the module list
 * @syms: symbol table information (unused)
 * @mmap_length: bytes of memory map
 * @mmap_addr: physical address of the memory map
 * @drives_length: bytes of drive information (unused)
 * @drives_addr: its address
 * @config_table: the BIOS configuration table
 * @boot_loader_name: physical address of the loader's name
 */
struct multiboot_info {
	u32 flags;
	u32 mem_lower;
	u32 mem_upper;
	u32 boot_device;
	u32 cmdline;
	u32 mods_count;
	u32 mods_addr;
	u32 syms[4];
	u32 mmap_length;
	u32 mmap_addr;
	u32 drives_length;
	u32 drives_addr;
	u32 config_table;
	u32 boot_loader_name;
} __packed;

/**
 * struct multiboot_mmap_entry - one entry of the multiboot memory map
 * @size: the size of the rest of this entry (the next starts size + 4 on)
 * @addr: start of the range
 * @len: its length
 * @type: 1 usable RAM, 2 reserved, 3 ACPI reclaimable, 4 ACPI NVS, 5 bad
 */
struct multiboot_mmap_entry {
	u32 size;
	u64 addr;
	u64 len;
	u32 type;
} __packed;

/**
 * struct multiboot_mod_list - one module the boot loader loaded
 * @mod_start: physical address of its first byte
 * @mod_end: physical address of the byte after it
 * @cmdline: physical address of its command line (GRUB's module line)
 * @pad: reserved
 */
struct multiboot_mod_list {
	u32 mod_start;
	u32 mod_end;
	u32 cmdline;
	u32 pad;
} __packed;

void reserve_initrd(void);

extern u32 multiboot_magic;
extern u32 multiboot_info_phys;
extern u64 boot_tsc;
extern char boot_loader_name[64];

void setup_arch(char **cmdline_p);
void setup_print_memory(void);

#endif /* _ASM_SETUP_H */
