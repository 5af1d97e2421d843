/*
 * serial_8250.h - the 16550 UART driver's interface (drivers/serial/8250.c).
 */
#ifndef _LINUX_SERIAL_8250_H
#define _LINUX_SERIAL_8250_H

/**
 * struct uart_icount - what a serial port has counted, as Linux's serial_core keeps it
 * @rx: bytes received
 * @tx: bytes transmitted
 * @frame: framing errors (a byte without its stop bit)
 * @parity: parity errors
 * @brk: breaks (the line held low longer than a byte)
 * @overrun: overruns (the UART's own FIFO overflowed: bytes lost in hardware)
 */
struct uart_icount {
	unsigned long rx;
	unsigned long tx;
	unsigned long frame;
	unsigned long parity;
	unsigned long brk;
	unsigned long overrun;
};

void serial8250_console_init(void);
int serial8250_init(void);
void serial8250_putc_polled(char c);
void serial8250_get_icount(struct uart_icount *icount);

#endif /* _LINUX_SERIAL_8250_H */
