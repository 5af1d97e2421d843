/*
 * asm/desc.h - segment and gate descriptors: the GDT and the IDT (i386).
 *
 * The GDT holds the segments (flat 4 GiB code and data for the kernel) and
 * the task-state segments; the IDT holds one gate per vector, saying which
 * code runs when that exception or interrupt arrives. See arch/x86/kernel/cpu/common.c
 * and arch/x86/kernel/traps.c.
 */
#ifndef _ASM_DESC_H
#define _ASM_DESC_H

#include <linux/types.h>
#include <asm/segment.h>

/**
 * struct desc_ptr - the operand of lgdt and lidt
 * @size: the table's size in bytes, minus one
 * @address: the table's linear address
 */
struct desc_ptr {
	u16 size;
	u32 address;
} __packed;

/**
 * struct gate_desc - an IDT entry
 * @offset_low: handler address, bits 0-15
 * @segment: the code segment to run the handler in
 * @reserved: zero
 * @type: P, DPL and the gate type (0x8E: present, ring 0, 32-bit interrupt gate)
 * @offset_high: handler address, bits 16-31
 */
struct gate_desc {
	u16 offset_low;
	u16 segment;
	u8 reserved;
	u8 type;
	u16 offset_high;
} __packed;

/**
 * struct tss_struct - the i386 task-state segment (the fields Linnet uses)
 * @back_link: the previous task, for a task switch through a task gate
 * @sp0: the ring-0 stack pointer
 * @ss0: the ring-0 stack segment
 * @fields: the rest of the hardware layout (registers of a hardware task)
 */
struct tss_struct {
	u16 back_link, __blh;
	u32 sp0;
	u16 ss0, __ss0h;
	u32 sp1;
	u16 ss1, __ss1h;
	u32 sp2;
	u16 ss2, __ss2h;
	u32 cr3;
	u32 ip;
	u32 flags;
	u32 ax, cx, dx, bx;
	u32 sp, bp, si, di;
	u16 es, __esh;
	u16 cs, __csh;
	u16 ss, __ssh;
	u16 ds, __dsh;
	u16 fs, __fsh;
	u16 gs, __gsh;
	u16 ldt, __ldth;
	u16 trace, io_bitmap_base;
} __packed;

#define GATE_INTERRUPT 0x8E
#define GATE_TRAP 0x8F /* like an interrupt gate, but interrupts stay on */
#define GATE_TASK 0x85
#define GATE_DPL3 0x60 /* reachable by `int n` from ring 3 */

extern u64 gdt_table[GDT_ENTRIES];
extern struct tss_struct init_tss;

void cpu_init(void);
void set_tss_desc(int entry, struct tss_struct *tss);
void set_ldt_desc(const void *ldt, unsigned int entries);

#endif /* _ASM_DESC_H */
