/*
 * asm/io.h - port I/O and physical/virtual conversions (i386).
 *
 * The PC's devices (the 8259A, the 8254, the 16550, the i8042) sit in the
 * 64 KiB I/O port space, reached only through the in and out instructions.
 * Devices with memory (a frame buffer, PCI registers) are reached through
 * an address from ioremap() (arch/x86/mm/ioremap.c) with readb()/writeb();
 * ioread8()/iowrite8() (lib/iomap.c) take either kind. As Linux 2.6.32's.
 */
#ifndef _ASM_IO_H
#define _ASM_IO_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/ioport.h>
#include <linux/string.h>
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

/*
 * String I/O: @count items between a port and a buffer (rep ins/outs), for
 * a device that hands out a block through one data port (a disk, LDD3's
 * short with a FIFO).
 */
#define BUILDIO_STRING(bwl, type)                                                       \
	static inline void ins##bwl(u16 port, void *addr, unsigned long count)         \
	{                                                                               \
		__asm__ __volatile__("rep; ins" #bwl                                    \
				     : "+D"(addr), "+c"(count)                          \
				     : "d"(port)                                        \
				     : "memory");                                       \
	}                                                                               \
	static inline void outs##bwl(u16 port, const void *addr, unsigned long count)  \
	{                                                                               \
		__asm__ __volatile__("rep; outs" #bwl                                   \
				     : "+S"(addr), "+c"(count)                          \
				     : "d"(port));                                      \
	}

BUILDIO_STRING(b, u8)
BUILDIO_STRING(w, u16)
BUILDIO_STRING(l, u32)

/*
 * Memory-mapped I/O: a device's registers at an address from ioremap().
 * Each access is one mov of that width in inline assembly, as 2.6.32's
 * build_mmio_read/build_mmio_write: the compiler neither merges, drops
 * nor reorders it against other memory accesses ("memory"), and KASAN,
 * which instruments only the compiler's own loads and stores, does not
 * look for shadow memory behind a device's registers (an ioremap()
 * area has none).
 */
#define BUILDIO_MMIO(bwl, type, reg)                                                     \
	static inline type read##bwl(const volatile void __iomem *addr)                 \
	{                                                                                \
		type ret;                                                                \
		__asm__ __volatile__("mov" #bwl " %1, %0"                                \
				     : "=" reg(ret)                                      \
				     : "m"(*(const volatile type __force *)addr)         \
				     : "memory");                                        \
		return ret;                                                              \
	}                                                                                \
	static inline void write##bwl(type val, volatile void __iomem *addr)            \
	{                                                                                \
		__asm__ __volatile__("mov" #bwl " %0, %1"                                \
				     :                                                   \
				     : reg(val), "m"(*(volatile type __force *)addr)     \
				     : "memory");                                        \
	}

BUILDIO_MMIO(b, u8, "q")
BUILDIO_MMIO(w, u16, "r")
BUILDIO_MMIO(l, u32, "r")

#define __raw_readb readb
#define __raw_readw readw
#define __raw_readl readl
#define __raw_writeb writeb
#define __raw_writew writew
#define __raw_writel writel

static inline void memcpy_fromio(void *dst, const volatile void __iomem *src, size_t count)
{
	memcpy(dst, (const void __force *)src, count);
}

static inline void memcpy_toio(volatile void __iomem *dst, const void *src, size_t count)
{
	memcpy((void __force *)dst, src, count);
}

static inline void memset_io(volatile void __iomem *addr, unsigned char val, size_t count)
{
	memset((void __force *)addr, val, count);
}

/* arch/x86/mm/ioremap.c */
void __iomem *ioremap_nocache(resource_size_t phys_addr, unsigned long size);
void __iomem *ioremap_cache(resource_size_t phys_addr, unsigned long size);
void iounmap(volatile void __iomem *addr);

/**
 * ioremap - map device memory (uncached, as 2.6.32's x86 ioremap())
 * @offset: the physical address
 * @size: how many bytes
 *
 * Context: process context.
 * Return: the kernel address, or NULL.
 */
static inline void __iomem *ioremap(resource_size_t offset, unsigned long size)
{
	return ioremap_nocache(offset, size);
}

/* lib/iomap.c: one accessor for a port cookie (ioport_map) or an ioremap() address */
unsigned int ioread8(void __iomem *addr);
unsigned int ioread16(void __iomem *addr);
unsigned int ioread32(void __iomem *addr);
void iowrite8(u8 val, void __iomem *addr);
void iowrite16(u16 val, void __iomem *addr);
void iowrite32(u32 val, void __iomem *addr);
void __iomem *ioport_map(unsigned long port, unsigned int nr);
void ioport_unmap(void __iomem *addr);

#endif /* _ASM_IO_H */
