/*
 * serial8250.c - the 16550 UART on COM1, as a console.
 *
 * The 16550 is eight registers at I/O ports 0x3F8-0x3FF. To send a byte,
 * wait until the Line Status Register says the transmit holding register
 * is empty (THRE), then write the byte to the data register. That is
 * "polled" output: slow, but it needs no interrupts, so it works from the
 * first line of boot and inside an oops. (The drivers issue turns this
 * into an interrupt-driven queue for normal output and keeps polling for
 * oops and panic, as Pintos does.)
 *
 * The line runs at 115200 baud, 8 data bits, no parity, 1 stop bit:
 * the divisor latch (DLAB) gets 115200 / 115200 = 1. See docs/drivers.md.
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <asm/io.h>
#include <asm/processor.h>

#define COM1_BASE 0x3F8
#define UART_TX 0 /* out: transmit buffer (DLAB=0) */
#define UART_DLL 0 /* out: divisor latch low (DLAB=1) */
#define UART_IER 1 /* out: interrupt enable register */
#define UART_DLM 1 /* out: divisor latch high (DLAB=1) */
#define UART_FCR 2 /* out: FIFO control register */
#define UART_LCR 3 /* out: line control register */
#define UART_MCR 4 /* out: modem control register */
#define UART_LSR 5 /* in: line status register */

#define UART_LCR_DLAB 0x80
#define UART_LCR_WLEN8 0x03
#define UART_FCR_ENABLE_CLEAR 0xC7 /* enable, clear both FIFOs, 14-byte trigger */
#define UART_MCR_DTR_RTS_OUT2 0x0B
#define UART_LSR_THRE 0x20
#define UART_LSR_TEMT 0x40
#define BASE_BAUD 115200

static unsigned short serial_port = COM1_BASE;

static void serial_putc(char c)
{
	while (!(inb(serial_port + UART_LSR) & UART_LSR_THRE))
		cpu_relax();
	outb(c, serial_port + UART_TX);
}

/**
 * serial8250_putc_polled - write one byte to COM1, waiting for room
 * @c: the byte; "\n" is sent as "\r\n" so terminals start a new line
 *
 * Context: any; works with interrupts off and inside an oops.
 */
void serial8250_putc_polled(char c)
{
	if (c == '\n')
		serial_putc('\r');
	serial_putc(c);
}

static void serial8250_console_write(struct console *co, const char *s, unsigned int count)
{
	while (count--)
		serial8250_putc_polled(*s++);
}

static int serial8250_console_setup(struct console *co, char *options)
{
	unsigned int divisor = BASE_BAUD / 115200;

	outb(0, serial_port + UART_IER);
	outb(UART_LCR_DLAB, serial_port + UART_LCR);
	outb(divisor & 0xff, serial_port + UART_DLL);
	outb(divisor >> 8, serial_port + UART_DLM);
	outb(UART_LCR_WLEN8, serial_port + UART_LCR);
	outb(UART_FCR_ENABLE_CLEAR, serial_port + UART_FCR);
	outb(UART_MCR_DTR_RTS_OUT2, serial_port + UART_MCR);
	return 0;
}

static struct console serial8250_console = {
	.name = "ttyS",
	.write = serial8250_console_write,
	.setup = serial8250_console_setup,
	.flags = CON_PRINTBUFFER,
	.index = 0,
};

/**
 * serial8250_console_init - set up COM1 at 115200 8N1 and register it as ttyS0
 *
 * Context: boot.
 */
void serial8250_console_init(void)
{
	register_console(&serial8250_console);
}
