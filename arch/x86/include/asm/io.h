/*
 * asm/io.h - port I/O and physical/virtual conversions (i386).
 *
 * The PC's devices (the 8259A, the 8254, the 16550, the i8042) sit in the
 * 64 KiB I/O port space, reached only through the in and out instructions.
 */
#ifndef _ASM_IO_H
#define _ASM_IO_H

#include <linux/types.h>
#include <asm/page.h>

static inline void outb(u8 value, u16 port)
{
	__asm__ __volatile__("outb %b0, %w1" : : "a"(value), "Nd"(port));
}

static inline void outw(u16 value, u16 port)
{
	__asm__ __volatile__("outw %w0, %w1" : : "a"(value), "Nd"(port));
}

static inline void outl(u32 value, u16 port)
{
	__asm__ __volatile__("outl %0, %w1" : : "a"(value), "Nd"(port));
}

static inline u8 inb(u16 port)
{
	u8 v;

	__asm__ __volatile__("inb %w1, %b0" : "=a"(v) : "Nd"(port));
	return v;
}

static inline u16 inw(u16 port)
{
	u16 v;

	__asm__ __volatile__("inw %w1, %w0" : "=a"(v) : "Nd"(port));
	return v;
}

static inline u32 inl(u16 port)
{
	u32 v;

	__asm__ __volatile__("inl %w1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

/* A write to the unused port 0x80 takes about a microsecond: old chips need it. */
static inline void io_delay(void)
{
	__asm__ __volatile__("outb %al, $0x80");
}

static inline void outb_p(u8 value, u16 port)
{
	outb(value, port);
	io_delay();
}

static inline u8 inb_p(u16 port)
{
	u8 v = inb(port);

	io_delay();
	return v;
}

static inline unsigned long virt_to_phys(volatile void *address)
{
	return __pa(address);
}

static inline void *phys_to_virt(unsigned long address)
{
	return __va(address);
}

#endif /* _ASM_IO_H */
