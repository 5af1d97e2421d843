/*
 * serial.h - what TIOCGSERIAL tells about a serial port (i386 layout).
 *
 * Programs ask a terminal whether it is a serial port and which line
 * (busybox's cttyhack maps /dev/console to /dev/ttyS<line> this way);
 * drivers/serial/8250.c answers for COM1. See docs/tty.md.
 */
#ifndef _LINUX_SERIAL_H
#define _LINUX_SERIAL_H

#define PORT_UNKNOWN 0
#define PORT_16550A 4

/**
 * struct serial_struct - a serial port's configuration (TIOCGSERIAL)
 * @type: PORT_16550A...
 * @line: the line number (ttyS<line>)
 * @port: the I/O port base
 * @irq: the interrupt line
 * @flags: ASYNC_* flags
 * @xmit_fifo_size: the transmit FIFO's size
 * @custom_divisor: a divisor for the 38400 speed
 * @baud_base: the clock divided by 16
 * @close_delay: hundredths of a second to wait at close
 * @io_type: how the registers are reached
 * @reserved_char: padding
 * @hub6: unused
 * @closing_wait: hundredths of a second to wait for output at close
 * @closing_wait2: unused
 * @iomem_base: memory-mapped base
 * @iomem_reg_shift: register spacing
 * @port_high: the high half of the port
 * @iomap_base: the cookie of a mapped port
 */
struct serial_struct {
	int type;
	int line;
	unsigned int port;
	int irq;
	int flags;
	int xmit_fifo_size;
	int custom_divisor;
	int baud_base;
	unsigned short close_delay;
	char io_type;
	char reserved_char[1];
	int hub6;
	unsigned short closing_wait;
	unsigned short closing_wait2;
	unsigned char *iomem_base;
	unsigned short iomem_reg_shift;
	unsigned int port_high;
	unsigned long iomap_base;
};

#endif /* _LINUX_SERIAL_H */
