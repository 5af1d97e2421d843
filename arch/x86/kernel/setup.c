/*
 * setup.c - reading what the boot loader left us: memory map and command line.
 *
 * The multiboot loader passes, in EBX, the physical address of a
 * struct multiboot_info. From it Linnet takes the command line and the
 * memory map, and copies both into its own variables at once: the
 * loader's copies sit in memory that the page allocator will later hand
 * out (QEMU puts the command line right after the kernel's .bss).
 *
 * The first multiboot module, if any, is the initramfs: its place is
 * noted here and reserved from the allocator by reserve_initrd() until
 * init/initramfs.c has unpacked it.
 *
 * The memory map is kept in Linux's e820 form and printed the way Linux
 * 2.6 prints it ("BIOS-provided physical RAM map:"). Linnet has no PAE,
 * so RAM above 4 GiB cannot be addressed: it is reported and ignored.
 * See docs/boot.md.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <asm/e820.h>
#include <asm/page.h>
#include <asm/setup.h>
#include <linux/initrd.h>
#include <linux/bootmem.h>
#include <linux/ioport.h>
#include <linux/mm.h>

/* boot/head.asm maps this much physical memory at PAGE_OFFSET */
#define BOOT_MAPPED_BYTES (16UL << 20)
#define FOUR_GB 0x100000000ULL

struct e820map e820;
char boot_command_line[COMMAND_LINE_SIZE];
char boot_loader_name[64];

/* Is [phys, phys+len) inside what the boot page tables map? */
static bool boot_mapped(u32 phys, u32 len)
{
	return phys && phys < BOOT_MAPPED_BYTES && len <= BOOT_MAPPED_BYTES - phys;
}

static void e820_add_region(u64 start, u64 size, u32 type)
{
	struct e820entry *e;

	if (e820.nr_map >= E820MAX)
		return;
	e = &e820.map[e820.nr_map++];
	e->addr = start;
	e->size = size;
	e->type = type;
}

static void copy_memory_map(const struct multiboot_info *mbi)
{
	u32 off = 0;

	if ((mbi->flags & MULTIBOOT_INFO_MEM_MAP) &&
	    boot_mapped(mbi->mmap_addr, mbi->mmap_length)) {
		while (off + sizeof(struct multiboot_mmap_entry) <= mbi->mmap_length) {
			const struct multiboot_mmap_entry *m = __va(mbi->mmap_addr + off);

			e820_add_region(m->addr, m->len, m->type);
			off += m->size + sizeof(m->size);
		}
	} else if (mbi->flags & MULTIBOOT_INFO_MEMORY) {
		/* No map: the two sizes are all we know. */
		e820_add_region(0, (u64)mbi->mem_lower << 10, E820_RAM);
		e820_add_region(1 << 20, (u64)mbi->mem_upper << 10, E820_RAM);
	}
}

/*
 * QEMU's -kernel passes "<path of the image> <-append text>"; a boot
 * loader passes only the options. Drop a leading word that is a path.
 */
static const char *skip_image_path(const char *s)
{
	const char *end = s;

	while (*end && *end != ' ')
		end++;
	if (memchr(s, '/', end - s) && !memchr(s, '=', end - s))
		s = skip_spaces(end);
	return s;
}

static void copy_string(char *dst, size_t size, u32 phys)
{
	const char *src = __va(phys);

	if (!boot_mapped(phys, 1))
		return;
	/* The string may run to the end of the mapping, no further */
	strscpy(dst, src, min_t(size_t, size, BOOT_MAPPED_BYTES - phys));
}

/* The first module's physical range (the initramfs), 0 if none */
static u32 ramdisk_image, ramdisk_end;

static void copy_initrd_location(const struct multiboot_info *mbi)
{
	const struct multiboot_mod_list *mod;

	if (!(mbi->flags & MULTIBOOT_INFO_MODS) || !mbi->mods_count ||
	    !boot_mapped(mbi->mods_addr, sizeof(*mod)))
		return;
	mod = __va(mbi->mods_addr);
	if (mod->mod_end <= mod->mod_start)
		return;
	ramdisk_image = mod->mod_start;
	ramdisk_end = mod->mod_end;
}

/**
 * reserve_initrd - keep the initramfs out of the page allocator until unpacked
 *
 * An archive beyond the directly mapped memory cannot be read by the
 * kernel; it is reported and ignored, as 2.6.32 reports one beyond the
 * end of memory (2.6.32 would move it lower; Linnet's loaders put it
 * right after the kernel, so this does not happen in practice).
 *
 * Context: boot, once the boot memory allocator knows the memory.
 */
void reserve_initrd(void)
{
	u64 end_of_lowmem = (u64)max_low_pfn << PAGE_SHIFT;

	if (!ramdisk_image)
		return;
	if (ramdisk_end > end_of_lowmem) {
		printk(KERN_ERR "initrd extends beyond end of memory (0x%08x > 0x%08llx)\n"
				"disabling initrd\n",
		       ramdisk_end, end_of_lowmem);
		return;
	}
	printk(KERN_INFO "RAMDISK: %08x - %08x\n", ramdisk_image, ramdisk_end);
	reserve_bootmem(ramdisk_image, ramdisk_end - ramdisk_image, BOOTMEM_DEFAULT);
	initrd_start = (unsigned long)__va(ramdisk_image);
	initrd_end = (unsigned long)__va(ramdisk_end);
}

/*
 * The ports every PC has, claimed for the chips the core kernel drives
 * (2.6.32's reserve_standard_io_resources): they head /proc/ioports, and
 * no driver can request them. The keyboard's two ports are claimed here,
 * not by the i8042 driver, so they stay when i8042.ko is removed.
 */
#define STD_IO(n, s, e)                                                                   \
	{                                                                                 \
		.name = n, .start = s, .end = e, .flags = IORESOURCE_BUSY | IORESOURCE_IO \
	}
static struct resource standard_io_resources[] = {
	STD_IO("dma1", 0x00, 0x1f),	    STD_IO("pic1", 0x20, 0x21),
	STD_IO("timer0", 0x40, 0x43),	    STD_IO("timer1", 0x50, 0x53),
	STD_IO("keyboard", 0x60, 0x60),	    STD_IO("keyboard", 0x64, 0x64),
	STD_IO("dma page reg", 0x80, 0x8f), STD_IO("pic2", 0xa0, 0xa1),
	STD_IO("dma2", 0xc0, 0xdf),	    STD_IO("fpu", 0xf0, 0xff),
};

static void reserve_standard_io_resources(void)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(standard_io_resources); i++)
		request_resource(&ioport_resource, &standard_io_resources[i]);
}

/**
 * setup_arch - take the command line and memory map from the boot loader
 * @cmdline_p: set to the kernel's copy of the command line
 *
 * Context: boot, before the consoles; prints nothing.
 */
void setup_arch(char **cmdline_p)
{
	const struct multiboot_info *mbi = __va(multiboot_info_phys);
	static char raw[COMMAND_LINE_SIZE];

	*cmdline_p = boot_command_line;
	reserve_standard_io_resources();
	if (multiboot_magic != MULTIBOOT_BOOTLOADER_MAGIC ||
	    !boot_mapped(multiboot_info_phys, sizeof(*mbi)))
		return;
	raw[0] = '\0';
	if (mbi->flags & MULTIBOOT_INFO_CMDLINE)
		copy_string(raw, sizeof(raw), mbi->cmdline);
	strscpy(boot_command_line, skip_image_path(raw), sizeof(boot_command_line));
	if (mbi->flags & MULTIBOOT_INFO_BOOT_LOADER_NAME)
		copy_string(boot_loader_name, sizeof(boot_loader_name), mbi->boot_loader_name);
	copy_memory_map(mbi);
	copy_initrd_location(mbi);
}

static const char *e820_type_name(u32 type)
{
	switch (type) {
	case E820_RAM:
		return "usable";
	case E820_RESERVED:
		return "reserved";
	case E820_ACPI:
		return "ACPI data";
	case E820_NVS:
		return "ACPI NVS";
	case E820_UNUSABLE:
		return "unusable";
	default:
		return "type?";
	}
}

/**
 * e820_print_map - print the memory map as Linux 2.6 does at boot
 * @who: the source of the map, "BIOS-e820" as in Linux
 *
 * Context: any.
 */
void e820_print_map(const char *who)
{
	u32 i;

	for (i = 0; i < e820.nr_map; i++) {
		const struct e820entry *e = &e820.map[i];

		printk(KERN_INFO " %s: %016llx - %016llx (%s)\n", who, e->addr, e->addr + e->size,
		       e820_type_name(e->type));
	}
}

/**
 * e820_usable_below - bytes of usable RAM below an address
 * @limit: the address
 *
 * Return: the sum of the E820_RAM ranges, clipped at @limit.
 */
u64 e820_usable_below(u64 limit)
{
	u64 total = 0;
	u32 i;

	for (i = 0; i < e820.nr_map; i++) {
		const struct e820entry *e = &e820.map[i];
		u64 end = min(e->addr + e->size, limit);

		if (e->type == E820_RAM && end > e->addr)
			total += end - e->addr;
	}
	return total;
}

/**
 * setup_print_memory - print the memory map and what of it Linnet can use
 *
 * Context: boot.
 */
void setup_print_memory(void)
{
	u64 usable = e820_usable_below(FOUR_GB);
	u64 above = e820_usable_below(~0ULL) - usable;

	if (!e820.nr_map) {
		printk(KERN_ERR "BUG: the boot loader gave no memory map\n");
		return;
	}
	printk(KERN_INFO "BIOS-provided physical RAM map:\n");
	e820_print_map("BIOS-e820");
	printk(KERN_INFO "Memory: %lluk usable RAM (%llu MiB)\n", usable >> 10, usable >> 20);
	if (above)
		printk(KERN_WARNING "Warning: %llu MiB of RAM above 4 GiB ignored: "
				    "Linnet has no PAE (Linux would need a HIGHMEM64G kernel)\n",
		       above >> 20);
}
