/*
 * common.c - the Global Descriptor Table and the task-state segment.
 *
 * x86 still runs every memory access through a segment. Linnet, like
 * Linux, makes segmentation vanish: its code and data segments start at 0
 * and cover all 4 GiB ("flat"), so a segment:offset is just the offset.
 * The GDT also has to hold a TSS descriptor, which the CPU uses to find
 * the kernel stack on a privilege change, and (later) a second TSS for
 * the double-fault task.
 *
 * The entries sit at Linux i386's positions (arch/x86/include/asm/segment.h):
 * __KERNEL_CS is 0x60 and __KERNEL_DS 0x68, as in a Linux oops.
 * boot/head.asm loads this table before it drops the identity map;
 * cpu_init() fills in the TSS, whose address is only known at run time.
 * See docs/boot.md.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <asm/desc.h>
#include <asm/page.h>

/*
 * GDT_ENTRY - encode a segment descriptor
 * @flags: the access byte in bits 0-7 and the G/D bits in 12-15
 * @base: the segment's start
 * @limit: its size in units of the granularity, minus one
 */
#define GDT_ENTRY(flags, base, limit)                                              \
	((((base)&0xff000000ULL) << (56 - 24)) | (((flags)&0x0000f0ffULL) << 40) | \
	 (((limit)&0x000f0000ULL) << (48 - 16)) | (((base)&0x00ffffffULL) << 16) | \
	 (((limit)&0x0000ffffULL)))

/* 0xc09b: 4 KiB granularity, 32-bit, present, ring 0, code read/exec */
#define KERNEL_CODE_FLAGS 0xc09b
/* 0xc093: the same, data read/write */
#define KERNEL_DATA_FLAGS 0xc093
/* 0xc0fb and 0xc0f3: the same at ring 3 (DPL 3), for user mode */
#define USER_CODE_FLAGS 0xc0fb
#define USER_DATA_FLAGS 0xc0f3
/* 0x0089: present, ring 0, available 32-bit TSS, byte granularity */
#define TSS_FLAGS 0x0089
/* 0x0082: present, ring 0, a local descriptor table, byte granularity */
#define LDT_FLAGS 0x0082

u64 gdt_table[GDT_ENTRIES] __aligned(8) = {
	[GDT_ENTRY_KERNEL_CS] = GDT_ENTRY(KERNEL_CODE_FLAGS, 0, 0xfffff),
	[GDT_ENTRY_KERNEL_DS] = GDT_ENTRY(KERNEL_DATA_FLAGS, 0, 0xfffff),
	[GDT_ENTRY_DEFAULT_USER_CS] = GDT_ENTRY(USER_CODE_FLAGS, 0, 0xfffff),
	[GDT_ENTRY_DEFAULT_USER_DS] = GDT_ENTRY(USER_DATA_FLAGS, 0, 0xfffff),
};

/* The operand of lgdt, used by boot/head.asm. */
struct desc_ptr gdt_descr = {
	.size = sizeof(gdt_table) - 1,
	.address = (u32)gdt_table,
};

struct tss_struct init_tss __aligned(64);

/**
 * set_ldt_desc - point the GDT's LDT entry at a table of descriptors
 * @ldt: the table
 * @entries: how many 8-byte descriptors it holds (at least one)
 *
 * Context: preemption off until the lldt that follows (load_LDT_nolock).
 */
void set_ldt_desc(const void *ldt, unsigned int entries)
{
	gdt_table[GDT_ENTRY_LDT] = GDT_ENTRY(LDT_FLAGS, (u32)ldt, entries * 8 - 1);
}

/**
 * set_tss_desc - point a GDT entry at a task-state segment
 * @entry: the GDT index
 * @tss: the TSS
 *
 * Context: boot, before the entry is used.
 */
void set_tss_desc(int entry, struct tss_struct *tss)
{
	gdt_table[entry] = GDT_ENTRY(TSS_FLAGS, (u32)tss, sizeof(*tss) - 1);
}

/**
 * cpu_init - finish the GDT and load the task register
 *
 * The TSS gives the CPU the kernel stack for entries from user mode
 * (esp0, which arch/x86/kernel/process_32.c:__switch_to sets to each
 * task's stack top), and a valid TSS is what makes hardware task
 * switches (the double-fault task gate) possible. An I/O bitmap offset
 * past the TSS's limit means no port is open to user mode.
 *
 * Context: boot, interrupts off.
 */
void cpu_init(void)
{
	memset(&init_tss, 0, sizeof(init_tss));
	init_tss.ss0 = __KERNEL_DS;
	init_tss.io_bitmap_base = sizeof(init_tss);
	set_tss_desc(GDT_ENTRY_TSS, &init_tss);
	__asm__ __volatile__("ltr %w0" : : "r"(__TSS_SELECTOR));
	/*
	 * No LDT: a null LDTR makes every LDT selector fault (#GP). Left as
	 * the CPU came out of reset, the LDTR's hidden part says base 0,
	 * limit 0xffff, and a selector with TI set (a forged sigcontext's
	 * %fs = 0xffff) would read its descriptor from user address 0xfff8.
	 * 2.6.32 does the same with load_LDT(&init_mm.context).
	 */
	__asm__ __volatile__("lldt %w0" : : "r"(0));
}
