/*
 * lib/iomap.c - ioread8() and friends: one accessor for ports and memory.
 *
 * A driver that may find its device either in I/O port space or in
 * memory (LDD3's short, with use_mem=1 or not) gets a cookie from
 * ioport_map(port) or from ioremap(phys) and does ioread8(cookie) either
 * way. The cookie says which: ports are mapped to small fake addresses
 *
 *   0x10000 + port   (below 0x40000)   -> inb(port)
 *   0x40000 and up                     -> a real kernel address: readb()
 *
 * and anything below 0x10000 is a bug, warned about (at most ten times).
 * The encoding and names are Linux 2.6.32's lib/iomap.c (without the
 * _rep forms and the PCI helpers). Read docs/drivers.md next.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <asm/io.h>

#define PIO_OFFSET 0x10000UL
#define PIO_MASK 0x0ffffUL
#define PIO_RESERVED 0x40000UL

static void bad_io_access(unsigned long port, const char *access)
{
	static int count = 10;

	if (count) {
		count--;
		WARN(1, KERN_ERR "Bad IO access at port %#lx (%s)\n", port, access);
	}
}

/* Run @is_pio with port set, or @is_mmio, as the cookie says */
#define IO_COND(addr, is_pio, is_mmio)                      \
	do {                                                \
		unsigned long port = (unsigned long)(addr); \
		if (port >= PIO_RESERVED) {                 \
			is_mmio;                            \
		} else if (port > PIO_OFFSET) {             \
			port &= PIO_MASK;                   \
			is_pio;                             \
		} else                                      \
			bad_io_access(port, #is_pio);       \
	} while (0)

/**
 * ioread8 - read a byte from a port or memory cookie
 * @addr: from ioport_map() or ioremap()
 *
 * Context: any.
 * Return: the byte (0xff for a bad cookie).
 */
unsigned int ioread8(void __iomem *addr)
{
	IO_COND(addr, return inb(port), return readb(addr));
	return 0xff;
}
EXPORT_SYMBOL(ioread8);

/**
 * ioread16 - read a 16-bit word from a port or memory cookie
 * @addr: from ioport_map() or ioremap()
 *
 * Context: any.
 * Return: the word (0xffff for a bad cookie).
 */
unsigned int ioread16(void __iomem *addr)
{
	IO_COND(addr, return inw(port), return readw(addr));
	return 0xffff;
}
EXPORT_SYMBOL(ioread16);

/**
 * ioread32 - read a 32-bit word from a port or memory cookie
 * @addr: from ioport_map() or ioremap()
 *
 * Context: any.
 * Return: the word (0xffffffff for a bad cookie).
 */
unsigned int ioread32(void __iomem *addr)
{
	IO_COND(addr, return inl(port), return readl(addr));
	return 0xffffffff;
}
EXPORT_SYMBOL(ioread32);

/**
 * iowrite8 - write a byte to a port or memory cookie
 * @val: the byte
 * @addr: from ioport_map() or ioremap()
 *
 * Context: any.
 */
void iowrite8(u8 val, void __iomem *addr)
{
	IO_COND(addr, outb(val, port), writeb(val, addr));
}
EXPORT_SYMBOL(iowrite8);

/**
 * iowrite16 - write a 16-bit word to a port or memory cookie
 * @val: the word
 * @addr: from ioport_map() or ioremap()
 *
 * Context: any.
 */
void iowrite16(u16 val, void __iomem *addr)
{
	IO_COND(addr, outw(val, port), writew(val, addr));
}
EXPORT_SYMBOL(iowrite16);

/**
 * iowrite32 - write a 32-bit word to a port or memory cookie
 * @val: the word
 * @addr: from ioport_map() or ioremap()
 *
 * Context: any.
 */
void iowrite32(u32 val, void __iomem *addr)
{
	IO_COND(addr, outl(val, port), writel(val, addr));
}
EXPORT_SYMBOL(iowrite32);

/**
 * ioport_map - a cookie for @nr ports from @port, for ioread8() and friends
 * @port: the first port
 * @nr: how many (unused: the cookie holds only the port)
 *
 * Context: any.
 * Return: the cookie.
 */
void __iomem *ioport_map(unsigned long port, unsigned int nr)
{
	return (void __iomem *)(port + PIO_OFFSET);
}
EXPORT_SYMBOL(ioport_map);

/**
 * ioport_unmap - give back an ioport_map() cookie (nothing to undo)
 * @addr: the cookie
 *
 * Context: any.
 */
void ioport_unmap(void __iomem *addr)
{
}
EXPORT_SYMBOL(ioport_unmap);
