/*
 * 8250.c - the 16550 UART on COM1: polled at boot, then a pair of
 *                interrupt-driven queues.
 *
 * The 16550 is eight registers at I/O ports 0x3F8-0x3FF, with a 16-byte
 * FIFO in each direction. At boot there are no interrupts yet, so the
 * console writes "polled": wait until the Line Status Register says the
 * transmitter is empty (THRE), write a byte, repeat. Once interrupts
 * work, serial8250_init() switches to queues (Pintos's design):
 *
 *            tx_fifo (kfifo)                 IRQ4, THRE: refill the UART FIFO
 *   write --> [.......] ------------------------------------------> wire
 *
 *   wire --> UART FIFO --IRQ4, RX data--> rx_fifo --tasklet--> console tty
 *                         (top half)      (kfifo)    (bottom half)  or ttyS0 reader
 *
 * The top half (serial8250_interrupt) does only what cannot wait: it
 * empties the UART's receive FIFO into rx_fifo before it overflows,
 * refills the transmit FIFO, and counts line errors (overrun, parity,
 * framing, break). The tasklet hands received bytes to the console tty,
 * or, while the raw ttyS0 device is open, wakes its reader instead.
 *
 * Flow control: when rx_fifo is full the top half turns the receive
 * interrupt off, drops RTS (the modem control line that tells the other
 * end to stop sending, as Linux's 8250 does when a tty with CRTSCTS
 * throttles) and leaves the bytes in the UART. QEMU stops sending while
 * the receive interrupt is off, so nothing is lost here; on real
 * hardware only a sender that obeys RTS keeps the UART from overrunning
 * (OE counts it). The consumer turns both back on once there is room.
 *
 * Linux 2.6.32's 8250 hands the tty each byte with a flag (TTY_BREAK,
 * TTY_PARITY, TTY_FRAME, TTY_OVERRUN); Linnet only counts them, so a
 * break reaches the tty as the NUL byte the UART received.
 *
 * printk keeps working in every state: before serial8250_init() and
 * during an oops or panic (oops_in_progress) it polls, first pushing out
 * what is still queued so the order is kept, because the last words of a
 * dying kernel must not wait for an interrupt that may never come.
 *
 * The line runs at 115200 baud, 8 data bits, no parity, 1 stop bit:
 * the divisor latch (DLAB) gets 115200 / 115200 = 1. Linux 2.6.32 runs a
 * console at the speed console= gives ("ttyS0,115200"), 9600 when it
 * gives none, and the tty's termios takes that speed at the first open
 * (uart_update_termios), so there `stty` says 9600 after a bare
 * console=ttyS0; a TCSETS with another speed reprograms the divisor.
 * Linnet always runs at 115200, says so in the termios, and leaves the
 * divisor alone on TCSETS: QEMU's line has no speed of its own, and one
 * speed keeps the harness's timings the same.
 *
 * As a module (CONFIG_SERIAL_8250=m: 8250.ko, 2.6.32's name) the driver
 * does at load what the built-in one does in two steps at boot: it
 * claims the ports (request_region: "03f8-03ff : serial" in
 * /proc/ioports), registers the console, takes IRQ4 and registers ttyS0;
 * serial8250_exit() undoes each, in reverse. An open ttyS0 holds the
 * module (tty_driver.owner), so rmmod answers "in use" while a shell
 * runs there. Linux 2.6.32 can put the console only in a built-in 8250
 * (SERIAL_8250_CONSOLE depends on SERIAL_8250=y): its 8250.ko gives
 * ttyS0 but no console. Linnet's 8250.ko registers the console at load,
 * and with CON_PRINTBUFFER the log so far is replayed on the line,
 * because the harness and `make run` read the kernel's messages there.
 * 2.6.32's parameters nr_uarts, share_irqs and skip_txen_test are
 * taken; Linnet has one port (nr_uarts=0 registers ttyS0 with no port
 * behind it, as 2.6.32 registers none of the lines beyond nr_uarts) and
 * no TXEN test to skip. See docs/drivers.md and docs/modules.md.
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/device.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <linux/ioport.h>
#include <linux/kfifo.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/poll.h>
#include <linux/sched.h>
#include <linux/serial_8250.h>
#include <linux/spinlock.h>
#include <linux/tty.h>
#include <linux/tty_flip.h>
#include <linux/serial.h>
#include <linux/sysrq.h>
#include <linux/jiffies.h>
#include <linux/uaccess.h>
#include <linux/wait.h>
#include <asm/io.h>
#include <asm/processor.h>

#define COM1_BASE 0x3F8
#define COM1_IRQ 4
#define UART_NR 1 /* 2.6.32's CONFIG_SERIAL_8250_NR_UARTS: the lines ttyS has */
#define UART_REGION 8 /* the ports a 16550 answers at */
#define UART_RX 0 /* in: receive buffer (DLAB=0) */
#define UART_TX 0 /* out: transmit buffer (DLAB=0) */
#define UART_DLL 0 /* out: divisor latch low (DLAB=1) */
#define UART_IER 1 /* out: interrupt enable register */
#define UART_DLM 1 /* out: divisor latch high (DLAB=1) */
#define UART_IIR 2 /* in: interrupt identification register */
#define UART_FCR 2 /* out: FIFO control register */
#define UART_LCR 3 /* out: line control register */
#define UART_MCR 4 /* out: modem control register */
#define UART_LSR 5 /* in: line status register */
#define UART_MSR 6 /* in: modem status register */

#define UART_IER_RDI 0x01 /* interrupt when received data is available */
#define UART_IER_THRI 0x02 /* interrupt when the transmit holding register is empty */
#define UART_IER_RLSI 0x04 /* interrupt on a receiver line status error */
#define UART_IIR_NO_INT 0x01
#define UART_IIR_ID 0x0e
#define UART_IIR_RLSI 0x06 /* line status */
#define UART_IIR_RDI 0x04 /* received data */
#define UART_IIR_TIMEOUT 0x0c /* data waiting below the trigger level */
#define UART_IIR_THRI 0x02 /* transmitter empty */
#define UART_LCR_SBC 0x40 /* set break: hold the line low */
#define UART_LCR_DLAB 0x80
#define UART_LCR_WLEN8 0x03
#define UART_FCR_ENABLE_CLEAR 0xC7 /* enable, clear both FIFOs, 14-byte trigger */
#define UART_MCR_RTS 0x02 /* request to send: the other end may send */
#define UART_MCR_DTR_RTS_OUT2 0x0B /* OUT2 connects the UART's interrupt to the PIC */
#define UART_LSR_DR 0x01 /* a received byte is waiting */
#define UART_LSR_OE 0x02 /* overrun: the UART's FIFO overflowed, a byte was lost */
#define UART_LSR_PE 0x04 /* parity error */
#define UART_LSR_FE 0x08 /* framing error */
#define UART_LSR_BI 0x10 /* break: the line held low */
#define UART_LSR_THRE 0x20 /* the transmit holding register (FIFO) is empty */
#define UART_FIFO_SIZE 16
#define WAKEUP_CHARS 256 /* wake a writer when no more than this waits to be sent */
#define BASE_BAUD 115200

#define RX_FIFO_SIZE 4096
/*
 * A page, as 2.6.32's UART_XMIT_SIZE: the interrupt handler drains at most
 * this in one call (QEMU's UART empties its FIFO at once, so THRE keeps
 * coming back), 256 rounds of 16 bytes, within PASS_LIMIT.
 */
#define TX_FIFO_SIZE 4096
#define RX_UNTHROTTLE (RX_FIFO_SIZE / 4) /* room needed to turn receiving back on */
#define PASS_LIMIT 512 /* rounds of the interrupt loop before it re-arms instead */

static unsigned char rx_buf[RX_FIFO_SIZE], tx_buf[TX_FIFO_SIZE];

/*
 * The port. lock guards ier and the producer side of tx_fifo (printk,
 * the tty and ttyS0 writers all produce); rx_fifo's producer is the top
 * half and its one consumer is the tasklet or the ttyS0 reader.
 */
static struct {
	unsigned short base;
	spinlock_t lock;
	u8 ier;
	bool irq_mode;
	bool throttled;
	bool tx_stopped;
	unsigned long sysrq;
	int sysrq_key;
	struct kfifo rx_fifo;
	struct kfifo tx_fifo;
	struct uart_icount icount;
} port = {
	.base = COM1_BASE,
	.lock = __SPIN_LOCK_UNLOCKED(port.lock),
};

/* The "ttyS" tty driver (registered by serial8250_init) */
static struct tty_driver *serial_driver;

/* 2.6.32's module parameters (8250.nr_uarts=... when built in) */
static unsigned int nr_uarts = UART_NR;
static unsigned int share_irqs;
static unsigned int skip_txen_test;
module_param(share_irqs, uint, 0644);
MODULE_PARM_DESC(share_irqs, "Share IRQs with other non-8250/16x50 devices (unsafe)");
module_param(nr_uarts, uint, 0644);
MODULE_PARM_DESC(nr_uarts, "Maximum number of UARTs supported. (1-1)");
module_param(skip_txen_test, uint, 0644);
MODULE_PARM_DESC(skip_txen_test, "Skip checking for the TXEN bug at init time");

static void serial_out_polled(char c)
{
	while (!(inb(port.base + UART_LSR) & UART_LSR_THRE))
		cpu_relax();
	outb(c, port.base + UART_TX);
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
		serial_out_polled('\r');
	serial_out_polled(c);
}

static void set_ier(u8 ier)
{
	port.ier = ier;
	outb(ier, port.base + UART_IER);
}

/* count_lsr - account the line-status error bits of one LSR read */
static u8 count_lsr(u8 lsr)
{
	port.icount.overrun += !!(lsr & UART_LSR_OE);
	port.icount.parity += !!(lsr & UART_LSR_PE);
	port.icount.frame += !!(lsr & UART_LSR_FE);
	port.icount.brk += !!(lsr & UART_LSR_BI);
	return lsr;
}

/* receive_chars - move bytes from the UART to rx_fifo; stop receiving when it is full */
static bool receive_chars(void)
{
	bool got = false;
	u8 lsr, c;

	while ((lsr = count_lsr(inb(port.base + UART_LSR))) & UART_LSR_DR) {
		if (kfifo_is_full(&port.rx_fifo)) {
			port.throttled = true;
			set_ier(port.ier & ~UART_IER_RDI); /* QEMU holds further bytes back */
			outb(UART_MCR_DTR_RTS_OUT2 & ~UART_MCR_RTS, port.base + UART_MCR);
			break;
		}
		c = inb(port.base + UART_RX);
		port.icount.rx++;
		got = true;
		if (lsr & UART_LSR_BI) {
			port.sysrq = jiffies + 5 * HZ; /* 2.6.32: a key within 5 s is SysRq's */
			continue; /* the NUL of the break is not input */
		}
		if (port.sysrq && time_before(jiffies, port.sysrq)) {
			port.sysrq = 0;
			port.sysrq_key = c;
			continue;
		}
		port.sysrq = 0;
		kfifo_put(&port.rx_fifo, c);
	}
	return got;
}

/* transmit_chars - refill the UART's FIFO from tx_fifo; stop asking when it is empty */
static void transmit_chars(void)
{
	unsigned char c;
	int n = UART_FIFO_SIZE;

	if (!(inb(port.base + UART_LSR) & UART_LSR_THRE))
		return;
	if (port.tx_stopped) {
		set_ier(port.ier & ~UART_IER_THRI);
		return;
	}
	while (n-- && kfifo_get(&port.tx_fifo, &c)) {
		outb(c, port.base + UART_TX);
		port.icount.tx++;
	}
	if (kfifo_is_empty(&port.tx_fifo))
		set_ier(port.ier & ~UART_IER_THRI);
	/* wake the writer only when it can put a good piece in (2.6.32's WAKEUP_CHARS) */
	if (kfifo_len(&port.tx_fifo) < WAKEUP_CHARS && serial_driver && serial_driver->ttys[0])
		tty_wakeup(serial_driver->ttys[0]);
}

static void serial8250_rx_tasklet_fn(unsigned long data);
static DECLARE_TASKLET(serial8250_rx_tasklet, serial8250_rx_tasklet_fn, 0);

/*
 * The PIC sees the UART's interrupt as an edge: if the handler returned
 * with a cause still pending, the line would stay high and never
 * interrupt again. So the handler loops until the UART has nothing
 * pending (IIR bit 0); if it gives up after PASS_LIMIT rounds, it drops
 * and raises the enables, which makes a fresh edge for what is left.
 */
static irqreturn_t serial8250_interrupt(int irq, void *dev_id)
{
	bool got = false;
	int loops = 0;
	u8 iir;

	spin_lock(&port.lock);
	while (!((iir = inb(port.base + UART_IIR)) & UART_IIR_NO_INT)) {
		if (++loops > PASS_LIMIT) {
			outb(0, port.base + UART_IER);
			outb(port.ier, port.base + UART_IER);
			break;
		}
		switch (iir & UART_IIR_ID) {
		case UART_IIR_RLSI:
		case UART_IIR_RDI:
		case UART_IIR_TIMEOUT:
			got |= receive_chars();
			break;
		case UART_IIR_THRI:
			transmit_chars();
			break;
		default:
			inb(port.base + UART_MSR); /* modem status: reading it clears it */
		}
	}
	spin_unlock(&port.lock);
	/* after the unlock: printk writes to this port and takes port.lock */
	if (loops > PASS_LIMIT)
		printk(KERN_ERR "serial8250: too much work for irq%d\n", irq);
	if (got)
		tasklet_schedule(&serial8250_rx_tasklet);
	return loops ? IRQ_HANDLED : IRQ_NONE;
}

/* unthrottle - turn receiving back on once the consumer has made room */
static void unthrottle(void)
{
	unsigned long flags;

	if (!READ_ONCE(port.throttled) || kfifo_avail(&port.rx_fifo) < RX_UNTHROTTLE)
		return;
	spin_lock_irqsave(&port.lock, flags);
	port.throttled = false;
	outb(UART_MCR_DTR_RTS_OUT2, port.base + UART_MCR); /* RTS up: send again */
	set_ier(port.ier | UART_IER_RDI);
	spin_unlock_irqrestore(&port.lock, flags);
}

/*
 * The bottom half: hand the received bytes to ttyS0's flip buffer (or the
 * monitor's terminal, tty_input_target), as much as it takes; the rest
 * stays in rx_fifo, which throttles the UART when full, until the flip
 * buffer has room (serial8250_unthrottle). A byte after a break is a
 * SysRq command (the top half keeps it apart). With no tty open and the
 * monitor not reading, input is dropped, as 2.6.32's.
 */
static void serial8250_rx_tasklet_fn(unsigned long data)
{
	unsigned char buf[64];
	struct tty_struct *tty;
	unsigned int n, room;
	int key = READ_ONCE(port.sysrq_key);

	if (key) {
		WRITE_ONCE(port.sysrq_key, 0);
		handle_sysrq(key, NULL);
	}
	tty = tty_input_target(serial_driver ? serial_driver->ttys[0] : NULL);
	while (!kfifo_is_empty(&port.rx_fifo)) {
		room = tty ? tty_buffer_request_room(tty, sizeof(buf)) : sizeof(buf);
		if (!room)
			break;
		n = kfifo_out(&port.rx_fifo, buf, room);
		if (tty)
			tty_insert_flip_string(tty, buf, n);
		unthrottle();
	}
	if (tty)
		tty_flip_buffer_push(tty);
}

/* drain_polled - with interrupts off, send what tx_fifo holds by polling */
static void drain_polled(void)
{
	unsigned char c;

	while (kfifo_get(&port.tx_fifo, &c)) {
		serial_out_polled(c);
		port.icount.tx++;
	}
}

/* queue_byte - put @c in tx_fifo, polling one byte out when full and interrupts are off */
static bool queue_byte(char c, unsigned long flags)
{
	unsigned char out;

	while (!kfifo_put(&port.tx_fifo, c)) {
		if (!irqs_disabled_flags(flags))
			return false; /* let the interrupt drain it */
		if (kfifo_get(&port.tx_fifo, &out)) {
			serial_out_polled(out);
			port.icount.tx++;
		}
	}
	return true;
}

/* serial8250_queue - queue up to @n bytes; returns how many were taken */
static unsigned int serial8250_queue(const char *s, unsigned int n, bool crlf)
{
	unsigned long flags;
	unsigned int done = 0;

	spin_lock_irqsave(&port.lock, flags);
	if (!crlf) /* the tty's bytes: as many as fit in one copy */
		done = kfifo_in(&port.tx_fifo, s, n);
	for (; done < n; done++) {
		if (crlf && s[done] == '\n' && kfifo_avail(&port.tx_fifo) < 2 &&
		    !irqs_disabled_flags(flags))
			break;
		if (crlf && s[done] == '\n')
			queue_byte('\r', flags);
		if (!queue_byte(s[done], flags))
			break;
	}
	/*
	 * Enabling THRI interrupts at once if the transmitter is empty, or as
	 * soon as the UART's FIFO drains if it is still sending: either way
	 * transmit_chars() runs when there is room.
	 */
	if (!kfifo_is_empty(&port.tx_fifo) && !(port.ier & UART_IER_THRI) && !port.tx_stopped)
		set_ier(port.ier | UART_IER_THRI);
	spin_unlock_irqrestore(&port.lock, flags);
	return done;
}

/* serial8250_write_all - queue all of @s, waiting for room between pieces */
static void serial8250_write_all(const char *s, unsigned int n, bool crlf)
{
	unsigned int done;

	while (n) {
		done = serial8250_queue(s, n, crlf);
		s += done;
		n -= done;
		if (n)
			cpu_relax(); /* interrupts are on: IRQ4 is draining tx_fifo */
	}
}

static void serial8250_console_write(struct console *co, const char *s, unsigned int count)
{
	unsigned long flags;

	if (!port.irq_mode || oops_in_progress) {
		local_irq_save(flags);
		drain_polled();
		while (count--)
			serial8250_putc_polled(*s++);
		local_irq_restore(flags);
		return;
	}
	serial8250_write_all(s, count, true);
}

/* The machine is about to stop: send what tx_fifo still holds (console_unblank) */
static void serial8250_console_unblank(void)
{
	unsigned long flags;

	local_irq_save(flags);
	drain_polled();
	local_irq_restore(flags);
}

static int serial8250_console_setup(struct console *co, char *options)
{
	unsigned int divisor = BASE_BAUD / 115200;

	outb(0, port.base + UART_IER);
	outb(UART_LCR_DLAB, port.base + UART_LCR);
	outb(divisor & 0xff, port.base + UART_DLL);
	outb(divisor >> 8, port.base + UART_DLM);
	outb(UART_LCR_WLEN8, port.base + UART_LCR);
	outb(UART_FCR_ENABLE_CLEAR, port.base + UART_FCR);
	outb(UART_MCR_DTR_RTS_OUT2, port.base + UART_MCR);
	return 0;
}

static struct tty_driver *serial8250_console_device(struct console *co, int *index);

static struct console serial8250_console = {
	.name = "ttyS",
	.write = serial8250_console_write,
	.setup = serial8250_console_setup,
	.device = serial8250_console_device,
	.unblank = serial8250_console_unblank,
	.flags = CON_PRINTBUFFER,
	.index = 0,
};

#ifndef MODULE /* a module registers its console at load: serial8250_init */
/**
 * serial8250_console_init - set up COM1 at 115200 8N1 and register it as ttyS0
 *
 * Context: boot.
 */
void serial8250_console_init(void)
{
	register_console(&serial8250_console);
}
#endif

/* The tty side: the "ttyS" driver, line 0 is COM1 (/dev/ttyS0, 4:64) */

static int serial8250_open(struct tty_struct *tty, struct file *filp)
{
	tty->low_latency = 1;
	tasklet_schedule(&serial8250_rx_tasklet); /* bytes already received go to the new tty */
	return 0;
}

static int serial8250_write(struct tty_struct *tty, const unsigned char *buf, int count)
{
	return serial8250_queue((const char *)buf, count, false);
}

static int serial8250_put_char(struct tty_struct *tty, unsigned char ch)
{
	return serial8250_queue((const char *)&ch, 1, false);
}

static int serial8250_write_room(struct tty_struct *tty)
{
	return tty->stopped ? 0 : kfifo_avail(&port.tx_fifo);
}

static int serial8250_chars_in_buffer(struct tty_struct *tty)
{
	return kfifo_len(&port.tx_fifo);
}

static void serial8250_flush_buffer(struct tty_struct *tty)
{
	unsigned long flags;

	spin_lock_irqsave(&port.lock, flags);
	kfifo_reset_out(&port.tx_fifo);
	spin_unlock_irqrestore(&port.lock, flags);
	tty_wakeup(tty);
}

/* the flip buffer has room again: hand over what rx_fifo kept back */
static void serial8250_unthrottle(struct tty_struct *tty)
{
	tasklet_schedule(&serial8250_rx_tasklet);
}

static void serial8250_stop(struct tty_struct *tty)
{
	unsigned long flags;

	spin_lock_irqsave(&port.lock, flags);
	port.tx_stopped = true;
	set_ier(port.ier & ~UART_IER_THRI);
	spin_unlock_irqrestore(&port.lock, flags);
}

static void serial8250_start(struct tty_struct *tty)
{
	unsigned long flags;

	spin_lock_irqsave(&port.lock, flags);
	port.tx_stopped = false;
	if (!kfifo_is_empty(&port.tx_fifo))
		set_ier(port.ier | UART_IER_THRI);
	spin_unlock_irqrestore(&port.lock, flags);
}

static int serial8250_break_ctl(struct tty_struct *tty, int state)
{
	unsigned long flags;
	u8 lcr;

	spin_lock_irqsave(&port.lock, flags);
	lcr = inb(port.base + UART_LCR);
	outb(state ? lcr | UART_LCR_SBC : lcr & ~UART_LCR_SBC, port.base + UART_LCR);
	spin_unlock_irqrestore(&port.lock, flags);
	return 0;
}

static int serial8250_ioctl(struct tty_struct *tty, struct file *file, unsigned int cmd,
			    unsigned long arg)
{
	struct serial_struct ss = {
		.type = PORT_16550A,
		.line = tty->index,
		.port = port.base,
		.irq = COM1_IRQ,
		.xmit_fifo_size = UART_FIFO_SIZE,
		.baud_base = BASE_BAUD,
	};

	if (cmd == TIOCGSERIAL)
		return copy_to_user((void __user *)arg, &ss, sizeof(ss)) ? -EFAULT : 0;
	return -ENOIOCTLCMD;
}

static const struct tty_operations serial8250_ops = {
	.open = serial8250_open,
	.write = serial8250_write,
	.put_char = serial8250_put_char,
	.write_room = serial8250_write_room,
	.chars_in_buffer = serial8250_chars_in_buffer,
	.flush_buffer = serial8250_flush_buffer,
	.unthrottle = serial8250_unthrottle,
	.stop = serial8250_stop,
	.start = serial8250_start,
	.break_ctl = serial8250_break_ctl,
	.ioctl = serial8250_ioctl,
};

static struct tty_driver *serial8250_console_device(struct console *co, int *index)
{
	*index = co->index;
	return serial_driver;
}

/**
 * serial8250_get_icount - the port's counters: bytes moved and line errors
 * @icount: filled with a snapshot
 *
 * Context: any.
 */
void serial8250_get_icount(struct uart_icount *icount)
{
	unsigned long flags;

	spin_lock_irqsave(&port.lock, flags);
	*icount = port.icount;
	spin_unlock_irqrestore(&port.lock, flags);
}

/* serial8250_register_tty - the "ttyS" driver: line 0 is /dev/ttyS0 (4:64) */
static int serial8250_register_tty(void)
{
	int ret;

	serial_driver = alloc_tty_driver(UART_NR);
	if (!serial_driver)
		return -ENOMEM;
	serial_driver->owner = THIS_MODULE; /* an open ttyS0 holds 8250.ko */
	serial_driver->driver_name = "serial";
	serial_driver->name = "ttyS";
	serial_driver->major = TTY_MAJOR;
	serial_driver->minor_start = 64;
	serial_driver->type = TTY_DRIVER_TYPE_SERIAL;
	serial_driver->subtype = SERIAL_TYPE_NORMAL;
	serial_driver->init_termios = tty_std_termios;
	serial_driver->init_termios.c_cflag = B115200 | CS8 | CREAD | HUPCL | CLOCAL;
	tty_set_operations(serial_driver, &serial8250_ops);
	ret = tty_register_driver(serial_driver);
	if (ret) {
		put_tty_driver(serial_driver);
		serial_driver = NULL;
	}
	return ret;
}

/* serial8250_startup - claim COM1's ports and IRQ4 and switch it to interrupts */
static int serial8250_startup(void)
{
	unsigned long flags;
	int ret;

	if (!request_region(port.base, UART_REGION, "serial"))
		return -EBUSY;
	kfifo_init(&port.rx_fifo, rx_buf, sizeof(rx_buf));
	kfifo_init(&port.tx_fifo, tx_buf, sizeof(tx_buf));
	ret = request_irq(COM1_IRQ, serial8250_interrupt, share_irqs ? IRQF_SHARED : 0, "serial",
			  &port);
	if (ret) {
		release_region(port.base, UART_REGION);
		return ret;
	}
	local_irq_save(flags);
	port.irq_mode = true;
	set_ier(UART_IER_RDI | UART_IER_RLSI);
	local_irq_restore(flags);
	return 0;
}

/* serial8250_shutdown - back to polling, IRQ4 and the ports given back */
static void serial8250_shutdown(void)
{
	unsigned long flags;

	spin_lock_irqsave(&port.lock, flags);
	port.irq_mode = false;
	set_ier(0);
	drain_polled(); /* what the interrupt had still to send */
	spin_unlock_irqrestore(&port.lock, flags);
	free_irq(COM1_IRQ, &port);
	tasklet_kill(&serial8250_rx_tasklet);
	release_region(port.base, UART_REGION);
}

/**
 * serial8250_init - switch COM1 from polling to interrupts and register ttyS0
 *
 * After this the console writes through tx_fifo, received bytes reach the
 * console tty, and the raw device "ttyS0" exists. As a module it first
 * registers the console, which the built-in driver did at boot.
 *
 * Context: process context, after the IRQ layer and the console tty are up.
 * Return: 0, -EBUSY if COM1's ports are claimed, or the error of
 * request_irq() (built in, the port then stays polled) or of
 * tty_register_driver().
 */
int __init serial8250_init(void)
{
	int ret;

	if (nr_uarts > UART_NR)
		nr_uarts = UART_NR;
	printk(KERN_INFO "Serial: 8250/16550 driver, %u ports, IRQ sharing %sabled\n", nr_uarts,
	       share_irqs ? "en" : "dis");
#ifdef MODULE
	register_console(&serial8250_console);
#endif
	ret = nr_uarts ? serial8250_startup() : 0;
	if (!ret) {
		ret = serial8250_register_tty();
		if (ret && nr_uarts)
			serial8250_shutdown();
	}
#ifdef MODULE
	if (ret)
		unregister_console(&serial8250_console);
#endif
	return ret;
}

/*
 * serial8250_exit - rmmod 8250: the console, ttyS0, IRQ4 and the ports
 * go, in the reverse order; the UART is left quiet (no interrupt
 * enabled), as the next load expects to find it.
 */
static void __exit serial8250_exit(void)
{
	unregister_console(&serial8250_console);
	tty_unregister_driver(serial_driver);
	put_tty_driver(serial_driver);
	serial_driver = NULL;
	if (nr_uarts)
		serial8250_shutdown();
}

#ifdef MODULE
module_init(serial8250_init);
#endif
module_exit(serial8250_exit);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Generic 8250/16x50 serial driver");
MODULE_AUTHOR("Linnet developers");
MODULE_ALIAS_CHARDEV_MAJOR(TTY_MAJOR);
