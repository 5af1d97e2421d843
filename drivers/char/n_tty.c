/*
 * n_tty.c - the line discipline N_TTY: what a terminal does to what you type.
 *
 * Between the keyboard (or the serial line) and a program that reads the
 * terminal sits the line discipline. It does what the terminal's termios
 * settings (struct ktermios, <asm/termbits.h>) ask:
 *
 *   c_iflag  ISTRIP clears bit 7; IUCLC (with IEXTEN) lowers case; ICRNL
 *            turns Enter's '\r' into '\n' (IGNCR drops it, INLCR turns
 *            '\n' into '\r'); IXON makes c_cc[VSTOP] (^S) stop output
 *            and c_cc[VSTART] (^Q) restart it (IXANY: any key restarts)
 *   c_lflag  ISIG: c_cc[VINTR] (^C), c_cc[VQUIT] (^\\) and c_cc[VSUSP]
 *            (^Z) are not input: the input is flushed (unless NOFLSH),
 *            the key echoed as ^C, and the foreground process group
 *            signalled (SIGINT, SIGQUIT, SIGTSTP)
 *            ICANON: canonical mode, a line at a time. The reader gets
 *            nothing until '\n' (or VEOL, VEOL2) ends the line. Meanwhile
 *            VERASE (DEL) erases a character, VKILL (^U) the line, and with
 *            IEXTEN VWERASE (^W) a word, VLNEXT (^V) quotes the next
 *            character and VREPRINT (^R) retypes the line. VEOF (^D) hands
 *            over the line without a newline; on an empty line the reader
 *            gets 0 bytes: end of file. A full line (4095 characters)
 *            takes no more but a line's end, and beeps, as 2.6.32.
 *            Without ICANON every byte is handed over at once (raw mode,
 *            as a shell's line editor wants it), and a read returns by
 *            c_cc[VMIN] and c_cc[VTIME] (n_tty_read has the four cases).
 *            ECHO: show what is typed. ECHOCTL shows a control character
 *            as ^X (so ESC [ A, the Up key, shows as ^[[A); ECHOE erases
 *            on screen with "\b \b"; ECHOKE erases a killed line the same
 *            way, else ECHOK echoes the kill character and a newline;
 *            ECHONL echoes '\n' even without ECHO.
 *   c_oflag  OPOST: output processing of what is written and echoed:
 *            ONLCR '\n' -> "\r\n", OCRNL '\r' -> '\n', ONOCR no '\r' at
 *            column 0, OLCUC upper case, XTABS tabs as spaces.
 *
 * The file has two halves. The first is the editing core, driven one
 * input byte at a time, with no locks, sleeping or hardware: it answers
 * through struct n_tty_ops (<linnet/n_tty.h>), so that a host test
 * (tests/host/n_tty_shim.c) builds it alone. The second (not built on
 * the host) is the ldisc, struct tty_ldisc_ops tty_ldisc_N_TTY, which
 * connects the core to a struct tty_struct: receive_buf from the flip
 * buffer, the read buffer, read() with VMIN/VTIME and job control,
 * write() with OPOST, poll().
 *
 *   typed:  l s x DEL  -> echo "lsx\b \b", line "ls"
 *   Enter   -> '\r' -ICRNL-> '\n' -> the line "ls\n" into the read buffer,
 *              its last byte marked a line's end -> reader woken
 *
 * Differences from Linux 2.6.32's n_tty.c: the line being typed is kept
 * apart from the read buffer (2.6.32 edits in place at canon_head), so
 * bytes left unread by a raw-mode reader stay in front of the next line
 * rather than becoming editable; the read buffer is the kernel's kfifo
 * with a bitmap marking line ends (2.6.32's read_flags); echoes are
 * written at once rather than through the echo buffer; erasing a tab
 * backs up to the previous tab stop counted from the start of the line;
 * VDISCARD, ECHOPRT, PARMRK and the parity and break flags are not
 * implemented (Linnet's flip buffer has no flag bytes). tty_std_termios
 * lives here, not in tty_io.c, so that the host test builds this file
 * alone. See docs/tty.md.
 */
#include <linnet/n_tty.h>
#include <linux/kernel.h>
#include <linux/ctype.h>
#include <linux/module.h>
#include <linux/string.h>

/* as <linux/sched.h> has them; this file also builds on the host */
#define SIGINT 2
#define SIGQUIT 3
#define SIGTSTP 20

/* tty_std_termios - a new terminal's settings, Linux's defaults */
struct ktermios tty_std_termios = {
	.c_iflag = ICRNL | IXON,
	.c_oflag = OPOST | ONLCR,
	.c_cflag = B38400 | CS8 | CREAD | HUPCL,
	.c_lflag = ISIG | ICANON | ECHO | ECHOE | ECHOK | ECHOCTL | ECHOKE | IEXTEN,
	.c_cc = INIT_C_CC,
	.c_ispeed = 38400,
	.c_ospeed = 38400,
};
EXPORT_SYMBOL(tty_std_termios);

#define L_FLAG(ld, f) ((ld)->termios.c_lflag & (f))
#define I_FLAG(ld, f) ((ld)->termios.c_iflag & (f))

/* is_cc - is @c the enabled control character c_cc[@v]? */
static bool is_cc(struct n_tty_data *ldata, int v, unsigned char c)
{
	cc_t cc = ldata->termios.c_cc[v];

	return cc != __DISABLED_CHAR && c == cc;
}

static void set_flow(struct n_tty_data *ldata, bool stop);

/**
 * n_tty_init - set up a line discipline with Linux's default termios
 * @ldata: the state to set up
 * @ops: where its results go
 * @priv: the owner's pointer, kept in @ldata->priv
 *
 * Context: any.
 */
void n_tty_init(struct n_tty_data *ldata, const struct n_tty_ops *ops, void *priv)
{
	memset(ldata, 0, sizeof(*ldata));
	ldata->ops = ops;
	ldata->priv = priv;
	ldata->termios = tty_std_termios;
}

/**
 * n_tty_set_termios - change the settings
 * @ldata: the line discipline
 * @termios: the new settings
 *
 * Leaving canonical mode hands the part of a line already typed to the
 * reader, as Linux does, so nothing typed ahead is lost; a change that
 * keeps the mode keeps the line being typed. Turning IXON off restarts
 * stopped output.
 *
 * Context: the caller serialises it with n_tty_receive_char().
 */
void n_tty_set_termios(struct n_tty_data *ldata, const struct ktermios *termios)
{
	bool was_canon = L_FLAG(ldata, ICANON);
	bool was_ixon = I_FLAG(ldata, IXON);

	ldata->termios = *termios;
	if (was_canon != !!L_FLAG(ldata, ICANON)) {
		if (was_canon && ldata->len)
			ldata->ops->deliver(ldata, ldata->line, ldata->len);
		ldata->len = 0;
		ldata->lnext = false;
	}
	if (was_ixon && !I_FLAG(ldata, IXON) && ldata->stopped)
		set_flow(ldata, false);
}

static void echo_raw(struct n_tty_data *ldata, const char *s, unsigned int n)
{
	ldata->ops->echo(ldata, s, n);
}

/* echo_char - echo @c, a control character as ^X with ECHOCTL */
static void echo_char(struct n_tty_data *ldata, unsigned char c)
{
	char ctl[2] = { '^', c ^ 0100 };

	if (!L_FLAG(ldata, ECHO))
		return;
	if (L_FLAG(ldata, ECHOCTL) && iscntrl(c) && c != '\t' && c != '\n')
		echo_raw(ldata, ctl, 2);
	else
		echo_raw(ldata, (const char *)&c, 1);
}

/* How many columns the echo of line[i] took (a tab: to the next stop) */
static unsigned int echo_width(struct n_tty_data *ldata, unsigned int i)
{
	unsigned char c = ldata->line[i];
	unsigned int col = 0, j;

	if (c == '\t') {
		for (j = 0; j < i; j++)
			col += ldata->line[j] == '\t' ? 8 - col % 8 : echo_width(ldata, j);
		return 8 - col % 8;
	}
	if (iscntrl(c))
		return L_FLAG(ldata, ECHOCTL) ? 2 : 0;
	return 1;
}

static void rub_out(struct n_tty_data *ldata, unsigned int width)
{
	while (width--)
		echo_raw(ldata, "\b \b", 3);
}

/* erase_last - take the last character off the line, and off the screen */
static void erase_last(struct n_tty_data *ldata, bool visual)
{
	unsigned int width = echo_width(ldata, ldata->len - 1);

	ldata->len--;
	if (L_FLAG(ldata, ECHO) && visual)
		rub_out(ldata, width);
}

static bool word_char(unsigned char c)
{
	return isalnum(c) || c == '_';
}

/* eraser - VERASE, VWERASE or VKILL: how much goes and how it is shown */
static void eraser(struct n_tty_data *ldata, unsigned char c)
{
	unsigned int seen = 0;

	if (!ldata->len)
		return;
	if (is_cc(ldata, VERASE, c)) {
		if (!L_FLAG(ldata, ECHOE)) {
			ldata->len--;
			echo_char(ldata, c); /* no ECHOE: show the erase character */
			return;
		}
		erase_last(ldata, true);
		return;
	}
	if (is_cc(ldata, VKILL, c) &&
	    (!L_FLAG(ldata, ECHOK) || !L_FLAG(ldata, ECHOKE) || !L_FLAG(ldata, ECHOE))) {
		ldata->len = 0;
		echo_char(ldata, c);
		if (L_FLAG(ldata, ECHOK) && L_FLAG(ldata, ECHO))
			echo_raw(ldata, "\n", 1);
		return;
	}
	while (ldata->len) {
		if (is_cc(ldata, VWERASE, c) && !is_cc(ldata, VKILL, c)) {
			/* a word: trailing non-word characters, then the word */
			if (word_char(ldata->line[ldata->len - 1]))
				seen++;
			else if (seen)
				break;
		}
		erase_last(ldata, true);
	}
}

/* set_flow - VSTOP (@stop) or VSTART: tell the tty to stop or restart output */
static void set_flow(struct n_tty_data *ldata, bool stop)
{
	ldata->stopped = stop;
	if (ldata->ops->flow)
		ldata->ops->flow(ldata, stop);
}

/*
 * isig - a signal character. 2.6.32's order: flush the input (the line
 * and what waits to be read), restart output, echo, then signal the
 * foreground process group.
 */
static void isig(struct n_tty_data *ldata, unsigned char c, int sig)
{
	if (!L_FLAG(ldata, NOFLSH)) {
		ldata->len = 0;
		if (ldata->ops->flush)
			ldata->ops->flush(ldata);
	}
	if (I_FLAG(ldata, IXON) && ldata->stopped)
		set_flow(ldata, false);
	echo_char(ldata, c);
	ldata->ops->signal(ldata, sig);
}

/* put_char - add @c to the line; the last place is kept for the line's end */
static void put_char(struct n_tty_data *ldata, unsigned char c)
{
	if (ldata->len >= N_TTY_BUF_SIZE - 1) {
		ldata->dropped++;
		if (L_FLAG(ldata, ECHO))
			echo_raw(ldata, "\a", 1); /* 2.6.32 beeps: no room */
		return;
	}
	ldata->line[ldata->len++] = c;
}

/* end_line - add the line's end ('\n', VEOL, VEOL2, or 0 for VEOF) and hand it over */
static void end_line(struct n_tty_data *ldata, unsigned char c)
{
	ldata->line[ldata->len++] = c;
	ldata->ops->deliver(ldata, ldata->line, ldata->len);
	ldata->len = 0;
}

static void reprint(struct n_tty_data *ldata, unsigned char c)
{
	unsigned int i;

	echo_char(ldata, c);
	echo_raw(ldata, "\n", 1);
	for (i = 0; i < ldata->len; i++)
		echo_char(ldata, ldata->line[i]);
}

/* receive_canon - one byte in canonical mode; true if it was an editing character */
static bool receive_canon(struct n_tty_data *ldata, unsigned char c)
{
	if (is_cc(ldata, VERASE, c) || is_cc(ldata, VKILL, c) ||
	    (L_FLAG(ldata, IEXTEN) && is_cc(ldata, VWERASE, c))) {
		eraser(ldata, c);
		return true;
	}
	if (L_FLAG(ldata, IEXTEN) && is_cc(ldata, VLNEXT, c)) {
		ldata->lnext = true;
		if (L_FLAG(ldata, ECHO) && L_FLAG(ldata, ECHOCTL))
			echo_raw(ldata, "^\b", 2);
		return true;
	}
	if (L_FLAG(ldata, IEXTEN) && is_cc(ldata, VREPRINT, c) && L_FLAG(ldata, ECHO)) {
		reprint(ldata, c);
		return true;
	}
	if (c == '\n') {
		if (L_FLAG(ldata, ECHO | ECHONL))
			echo_raw(ldata, "\n", 1);
		end_line(ldata, c);
		return true;
	}
	if (is_cc(ldata, VEOF, c)) {
		end_line(ldata, __DISABLED_CHAR); /* pushes the line; the reader drops the 0 */
		return true;
	}
	if (is_cc(ldata, VEOL, c) || is_cc(ldata, VEOL2, c)) {
		echo_char(ldata, c);
		end_line(ldata, c);
		return true;
	}
	return false;
}

/**
 * n_tty_receive_char - process one input byte
 * @ldata: the line discipline
 * @c: the byte, from the keyboard decoder or the serial line
 *
 * Context: the caller serialises calls on one @ldata (the tty's input
 * tasklets). Calls the echo, deliver and signal callbacks synchronously.
 */
void n_tty_receive_char(struct n_tty_data *ldata, unsigned char c)
{
	bool canon = L_FLAG(ldata, ICANON);

	if (I_FLAG(ldata, ISTRIP))
		c &= 0x7f;
	if (I_FLAG(ldata, IUCLC) && L_FLAG(ldata, IEXTEN))
		c = tolower(c);
	if (ldata->stopped && I_FLAG(ldata, IXON) && I_FLAG(ldata, IXANY))
		set_flow(ldata, false);
	if (canon && ldata->lnext) {
		ldata->lnext = false;
		echo_char(ldata, c); /* over the ^ shown for VLNEXT */
		put_char(ldata, c);
		return;
	}
	if (I_FLAG(ldata, IXON)) {
		if (is_cc(ldata, VSTART, c)) {
			set_flow(ldata, false);
			return;
		}
		if (is_cc(ldata, VSTOP, c)) {
			set_flow(ldata, true);
			return;
		}
	}
	if (L_FLAG(ldata, ISIG)) {
		if (is_cc(ldata, VINTR, c)) {
			isig(ldata, c, SIGINT);
			return;
		}
		if (is_cc(ldata, VQUIT, c)) {
			isig(ldata, c, SIGQUIT);
			return;
		}
		if (is_cc(ldata, VSUSP, c)) {
			isig(ldata, c, SIGTSTP);
			return;
		}
	}
	if (c == '\r') {
		if (I_FLAG(ldata, IGNCR))
			return;
		if (I_FLAG(ldata, ICRNL))
			c = '\n';
	} else if (c == '\n' && I_FLAG(ldata, INLCR)) {
		c = '\r';
	}
	if (!canon) {
		echo_char(ldata, c);
		ldata->ops->deliver(ldata, (const char *)&c, 1);
		return;
	}
	if (receive_canon(ldata, c))
		return;
	echo_char(ldata, c);
	put_char(ldata, c);
}

/**
 * n_tty_receive_buf - process @n input bytes
 * @ldata: the line discipline
 * @buf: the bytes
 * @n: how many
 *
 * Context: as n_tty_receive_char().
 */
void n_tty_receive_buf(struct n_tty_data *ldata, const unsigned char *buf, unsigned int n)
{
	while (n--)
		n_tty_receive_char(ldata, *buf++);
}

#ifndef LINNET_HOST
/*
 * The ldisc: the core above joined to a struct tty_struct. Input comes
 * from flush_to_ldisc (drivers/char/tty_buffer.c) in softirq context;
 * read(), write() and poll() come from drivers/char/tty_io.c in process
 * context. The read buffer is a kfifo with one producer (receive_buf,
 * softirq) and one consumer (a reader holding atomic_read_lock); the
 * line-end marks (read_flags) and the counters are changed by both, so
 * the reader takes them with the input softirq kept out
 * (local_bh_disable), as it does to change the settings.
 */
#include <linux/tty.h>
#include <linux/tty_flip.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/poll.h>
#include <linux/bitops.h>
#include <linux/bitmap.h>
#include <linux/uaccess.h>
#include <linux/jiffies.h>

/**
 * struct n_tty_ldisc - N_TTY's state on one tty (tty->disc_data)
 * @ld: the editing core's state
 * @tty: the tty
 * @read_fifo: input ready for readers
 * @read_buf: @read_fifo's storage
 * @read_flags: a bit per @read_buf byte: it ends a canonical line
 * @canon_data: complete lines in @read_fifo
 * @canon_bytes: bytes in @read_fifo up to the last line's end
 * @column: the output column, for ONOCR, tabs and erasing
 */
struct n_tty_ldisc {
	struct n_tty_data ld;
	struct tty_struct *tty;
	struct kfifo read_fifo;
	unsigned char read_buf[N_TTY_BUF_SIZE];
	unsigned long read_flags[N_TTY_BUF_SIZE / BITS_PER_LONG];
	unsigned int canon_data;
	unsigned int canon_bytes;
	unsigned int column;
};

static struct n_tty_ldisc *to_ldisc(struct n_tty_data *ldata)
{
	return ldata->priv; /* n_tty_open set it */
}

/* do_output_char - one byte through OPOST; returns the bytes it used, or -1 without room */
static int do_output_char(unsigned char c, struct tty_struct *tty, int space)
{
	struct n_tty_ldisc *nl = tty->disc_data;
	int spaces;

	if (!space)
		return -1;
	switch (c) {
	case '\n':
		if (_O_FLAG(tty, ONLRET))
			nl->column = 0;
		if (_O_FLAG(tty, ONLCR)) {
			if (space < 2)
				return -1;
			nl->column = 0;
			tty->ops->write(tty, (const unsigned char *)"\r\n", 2);
			return 2;
		}
		break;
	case '\r':
		if (_O_FLAG(tty, ONOCR) && nl->column == 0)
			return 0;
		if (_O_FLAG(tty, OCRNL)) {
			c = '\n';
			if (_O_FLAG(tty, ONLRET))
				nl->column = 0;
			break;
		}
		nl->column = 0;
		break;
	case '\t':
		spaces = 8 - (nl->column & 7);
		if ((tty->termios->c_oflag & TABDLY) == XTABS) {
			if (space < spaces)
				return -1;
			nl->column += spaces;
			tty->ops->write(tty, (const unsigned char *)"        ", spaces);
			return spaces;
		}
		nl->column += spaces;
		break;
	case '\b':
		if (nl->column > 0)
			nl->column--;
		break;
	default:
		if (c >= ' ' && c != 0x7f) {
			if (_O_FLAG(tty, OLCUC))
				c = toupper(c);
			nl->column++;
		}
		break;
	}
	tty_put_char(tty, c);
	return 1;
}

/*
 * output_as_is - does OPOST leave @c as it is? If so, account its column
 * as do_output_char would; a byte that needs more (ONLCR's '\n', a tab,
 * OLCUC's letters...) is left to do_output_char.
 */
static bool output_as_is(struct tty_struct *tty, struct n_tty_ldisc *nl, unsigned char c)
{
	switch (c) {
	case '\n':
		if (_O_FLAG(tty, ONLCR))
			return false;
		if (_O_FLAG(tty, ONLRET))
			nl->column = 0;
		return true;
	case '\r':
		if (_O_FLAG(tty, OCRNL) || (_O_FLAG(tty, ONOCR) && nl->column == 0))
			return false;
		nl->column = 0;
		return true;
	case '\t':
		return false;
	case '\b':
		if (nl->column > 0)
			nl->column--;
		return true;
	default:
		if (c >= ' ' && c != 0x7f) {
			if (_O_FLAG(tty, OLCUC))
				return false;
			nl->column++;
		}
		return true;
	}
}

/*
 * n_tty_output_block - the run at the head of @s that OPOST leaves as it
 * is, up to the driver's room, in one write (2.6.32's process_output_block):
 * the bytes of a line of text reach the driver together, not one by one.
 */
static int n_tty_output_block(struct tty_struct *tty, const unsigned char *s, int n)
{
	struct n_tty_ldisc *nl = tty->disc_data;
	int i;

	n = min(n, tty_write_room(tty));
	for (i = 0; i < n; i++)
		if (!output_as_is(tty, nl, s[i]))
			break;
	return i ? tty->ops->write(tty, s, i) : 0;
}

/* n_tty_output - @n bytes out, through OPOST when it is on; returns how many were taken */
static int n_tty_output(struct tty_struct *tty, const unsigned char *s, int n)
{
	int done = 0;

	if (!O_OPOST(tty))
		return tty->ops->write(tty, s, n);
	while (done < n) {
		done += n_tty_output_block(tty, s + done, n - done);
		if (done == n || do_output_char(s[done], tty, tty_write_room(tty)) < 0)
			break;
		done++;
	}
	return done;
}

static void n_tty_echo(struct n_tty_data *ldata, const char *s, unsigned int n)
{
	struct tty_struct *tty = to_ldisc(ldata)->tty;

	n_tty_output(tty, (const unsigned char *)s,
		     n); /* an echo without room is lost, as 2.6.32's */
	if (tty->ops->flush_chars)
		tty->ops->flush_chars(tty);
}

static void n_tty_deliver(struct n_tty_data *ldata, const char *s, unsigned int n)
{
	struct n_tty_ldisc *nl = to_ldisc(ldata);
	struct tty_struct *tty = nl->tty;
	unsigned int done, end;

	done = kfifo_in(&nl->read_fifo, s, n);
	if (done && (ldata->termios.c_lflag & ICANON)) {
		end = (nl->read_fifo.in - 1) & (N_TTY_BUF_SIZE - 1);
		__set_bit(end, nl->read_flags);
		nl->canon_data++;
		nl->canon_bytes = kfifo_len(&nl->read_fifo);
	}
	if (done < n)
		tty->buf.dropped += n - done; /* receive_room makes this not happen */
}

/* n_tty_wake_reader - after input: wake readers if a line or enough bytes are there */
static void n_tty_wake_reader(struct tty_struct *tty)
{
	struct n_tty_ldisc *nl = tty->disc_data;

	if (L_ICANON(tty) ? nl->canon_data > 0 :
			    kfifo_len(&nl->read_fifo) >= (unsigned int)tty->minimum_to_wake)
		wake_up_interruptible(&tty->read_wait);
}

/*
 * real_raw - no input processing at all (2.6.32's tty->real_raw): the
 * bytes go into the read buffer as they are, in one copy.
 */
static bool real_raw(struct tty_struct *tty)
{
	struct n_tty_ldisc *nl = tty->disc_data;

	return !(tty->termios->c_iflag & (ISTRIP | IUCLC | IXON | ICRNL | INLCR | IGNCR)) &&
	       !(tty->termios->c_lflag & (ICANON | ISIG | ECHO | ECHONL)) && !nl->ld.stopped;
}

static void n_tty_signal(struct n_tty_data *ldata, int sig)
{
	tty_signal_pgrp(to_ldisc(ldata)->tty, sig);
}

/* reset_read - empty the read buffer */
static void reset_read(struct n_tty_ldisc *nl)
{
	kfifo_reset(&nl->read_fifo);
	bitmap_zero(nl->read_flags, N_TTY_BUF_SIZE);
	nl->canon_data = 0;
	nl->canon_bytes = 0;
}

static void n_tty_flush(struct n_tty_data *ldata)
{
	struct n_tty_ldisc *nl = to_ldisc(ldata);

	reset_read(nl);
	tty_driver_flush_buffer(nl->tty);
}

static void n_tty_flow(struct n_tty_data *ldata, bool stop)
{
	struct tty_struct *tty = to_ldisc(ldata)->tty;

	if (stop)
		stop_tty(tty);
	else
		start_tty(tty);
}

static const struct n_tty_ops n_tty_core_ops = {
	.echo = n_tty_echo,
	.deliver = n_tty_deliver,
	.signal = n_tty_signal,
	.flush = n_tty_flush,
	.flow = n_tty_flow,
};

/*
 * n_tty_set_room - how much input the ldisc takes now (2.6.32's rule): in
 * canonical mode the line being typed must still fit in the read buffer
 * when it ends; with no room and no complete line, one byte more is let
 * in, so that a newline can end a full line and a reader can wake.
 * Bytes the ldisc does not take wait in the flip buffer.
 */
static void n_tty_set_room(struct tty_struct *tty)
{
	struct n_tty_ldisc *nl = tty->disc_data;
	int left = N_TTY_BUF_SIZE - (int)kfifo_len(&nl->read_fifo) - 1;

	if (L_ICANON(tty))
		left -= nl->ld.len;
	if (left <= 0)
		left = L_ICANON(tty) && !nl->canon_data;
	tty->receive_room = left;
}

static int n_tty_open(struct tty_struct *tty)
{
	struct n_tty_ldisc *nl = kzalloc(sizeof(*nl), GFP_KERNEL);

	if (!nl)
		return -ENOMEM;
	nl->tty = tty;
	n_tty_init(&nl->ld, &n_tty_core_ops, nl);
	nl->ld.termios = *tty->termios;
	kfifo_init(&nl->read_fifo, nl->read_buf, sizeof(nl->read_buf));
	tty->disc_data = nl;
	tty->minimum_to_wake = 1;
	n_tty_set_room(tty);
	return 0;
}

static void n_tty_close(struct tty_struct *tty)
{
	kfree(tty->disc_data);
	tty->disc_data = NULL;
}

static void n_tty_flush_buffer(struct tty_struct *tty)
{
	struct n_tty_ldisc *nl = tty->disc_data;

	local_bh_disable();
	reset_read(nl);
	nl->ld.len = 0;
	n_tty_set_room(tty);
	local_bh_enable();
}

static ssize_t n_tty_chars_in_buffer(struct tty_struct *tty)
{
	return n_tty_inq(tty);
}

/**
 * n_tty_inq - the bytes a read could return now (FIONREAD)
 * @tty: the tty (N_TTY)
 *
 * In canonical mode only complete lines count, as 2.6.32's.
 *
 * Context: process context.
 * Return: the count.
 */
int n_tty_inq(struct tty_struct *tty)
{
	struct n_tty_ldisc *nl = tty->disc_data;

	if (!nl)
		return 0;
	return L_ICANON(tty) ? nl->canon_bytes : kfifo_len(&nl->read_fifo);
}

/**
 * tty_line_dropped - characters a full canonical line refused (the monitor's `devices`)
 * @tty: the tty (N_TTY)
 *
 * Context: any.
 * Return: the count.
 */
unsigned long tty_line_dropped(struct tty_struct *tty)
{
	struct n_tty_ldisc *nl = tty->disc_data;

	return nl ? nl->ld.dropped : 0;
}

/*
 * n_tty_signal_input - SIGIO to the owners of the tty's O_ASYNC files:
 * one per line ended in canonical mode (2.6.32 sends it at each
 * newline), one per arrival of bytes enough to wake a raw reader.
 */
static void n_tty_signal_input(struct tty_struct *tty, unsigned int lines_before)
{
	struct n_tty_ldisc *nl = tty->disc_data;
	int lines = (int)(nl->canon_data - lines_before);

	if (!tty->fasync)
		return;
	if (L_ICANON(tty)) {
		while (lines-- > 0)
			kill_fasync(&tty->fasync, SIGIO, POLL_IN);
	} else if (kfifo_len(&nl->read_fifo) >= (unsigned int)tty->minimum_to_wake) {
		kill_fasync(&tty->fasync, SIGIO, POLL_IN);
	}
}

static void n_tty_ldisc_receive_buf(struct tty_struct *tty, const unsigned char *cp, char *fp,
				    int count)
{
	struct n_tty_ldisc *nl = tty->disc_data;
	unsigned int lines = nl->canon_data;

	tty->received += count;
	if (real_raw(tty))
		n_tty_deliver(&nl->ld, (const char *)cp, count);
	else
		while (count--)
			n_tty_receive_char(&nl->ld, *cp++);
	n_tty_set_room(tty);
	n_tty_signal_input(tty, lines);
	n_tty_wake_reader(tty);
	if (tty->ops->flush_chars)
		tty->ops->flush_chars(tty);
}

static void n_tty_ldisc_set_termios(struct tty_struct *tty, struct ktermios *old)
{
	struct n_tty_ldisc *nl = tty->disc_data;
	bool canon_change = old && ((old->c_lflag ^ tty->termios->c_lflag) & ICANON);

	local_bh_disable();
	n_tty_set_termios(&nl->ld, tty->termios);
	if (canon_change) {
		/* lines already ended stay readable as raw bytes; new lines are marked anew */
		bitmap_zero(nl->read_flags, N_TTY_BUF_SIZE);
		nl->canon_data = 0;
		nl->canon_bytes = 0;
	}
	n_tty_set_room(tty);
	local_bh_enable();
	n_tty_wake_reader(tty);
}

/* input_available - can a read return now? (@amt: bytes wanted in raw mode) */
static bool input_available(struct tty_struct *tty, int amt)
{
	struct n_tty_ldisc *nl = tty->disc_data;

	if (L_ICANON(tty))
		return nl->canon_data > 0;
	return kfifo_len(&nl->read_fifo) >= (unsigned int)(amt ? amt : 1);
}

/*
 * copy_from_read_buf - take up to @nr bytes into @kbuf: in canonical mode
 * up to and including a line's end (the VEOF mark, a 0 byte, is taken and
 * dropped). Sets *@eol when a line's end was taken.
 */
static size_t copy_from_read_buf(struct tty_struct *tty, unsigned char *kbuf, size_t nr, bool *eol)
{
	struct n_tty_ldisc *nl = tty->disc_data;
	bool canon = L_ICANON(tty);
	size_t n = 0;
	unsigned int pos;
	unsigned char c;

	*eol = false;
	local_bh_disable();
	if (!canon) {
		/* no line ends to look for: one copy (a mark left by canonical mode is cleared) */
		unsigned int i, start = nl->read_fifo.out;

		n = kfifo_out(&nl->read_fifo, kbuf, nr);
		for (i = 0; i < n; i++)
			__clear_bit((start + i) & (N_TTY_BUF_SIZE - 1), nl->read_flags);
		nl->canon_bytes = n < nl->canon_bytes ? nl->canon_bytes - n : 0;
		n_tty_set_room(tty);
		local_bh_enable();
		return n;
	}
	while (n < nr && !kfifo_is_empty(&nl->read_fifo)) {
		pos = nl->read_fifo.out & (N_TTY_BUF_SIZE - 1);
		kfifo_get(&nl->read_fifo, &c);
		if (nl->canon_bytes)
			nl->canon_bytes--;
		if (canon && __test_and_clear_bit(pos, nl->read_flags)) {
			nl->canon_data--;
			*eol = true;
			if (c != __DISABLED_CHAR)
				kbuf[n++] = c;
			break;
		}
		kbuf[n++] = c;
	}
	n_tty_set_room(tty);
	local_bh_enable();
	return n;
}

/* is_ignored - is @sig blocked or ignored by the current task? */
static bool is_ignored(int sig)
{
	return (current->blocked & (1ULL << (sig - 1))) || sig_ignored(current, sig);
}

/*
 * job_control - a read by a process of a background process group on its
 * controlling terminal: SIGTTIN to its group and -ERESTARTSYS, or -EIO if
 * SIGTTIN is ignored or the group is orphaned. /dev/console is exempt.
 */
static int job_control(struct tty_struct *tty, struct file *file)
{
	if (file && file->f_op && file->f_op->write == redirected_tty_write)
		return 0;
	if (!tty_is_current_ctty(tty))
		return 0;
	if (!tty->pgrp) {
		printk(KERN_ERR "n_tty_read: no tty->pgrp!\n");
		return 0;
	}
	if (task_pgrp_nr(current) == tty->pgrp)
		return 0;
	if (is_ignored(SIGTTIN) || is_current_pgrp_orphaned())
		return -EIO;
	kill_pgrp(task_pgrp_nr(current), SIGTTIN, 1);
	return -ERESTARTSYS;
}

/*
 * n_tty_read - read() on the tty. Canonical: one line (or what fits).
 * Raw, by c_cc[VMIN] and c_cc[VTIME] (tenths of a second):
 *   MIN 0 TIME 0  what is there, maybe nothing
 *   MIN 0 TIME t  the first byte to come within t, else 0
 *   MIN m TIME 0  wait for m bytes (or @nr if fewer)
 *   MIN m TIME t  wait for the first byte, then until m bytes or a gap of t
 * A signal ends the wait with -ERESTARTSYS if nothing was read yet.
 */
static ssize_t n_tty_read(struct tty_struct *tty, struct file *file, unsigned char __user *buf,
			  size_t nr)
{
	unsigned char kbuf[128];
	size_t done = 0, n;
	long timeout = MAX_SCHEDULE_TIMEOUT, time = 0;
	int minimum = 0;
	ssize_t retval = 0;
	bool eol = false;
	DECLARE_WAITQUEUE(wait, current);

	retval = job_control(tty, file);
	if (retval < 0)
		return retval;
	if (!L_ICANON(tty)) {
		time = (HZ / 10) * tty->termios->c_cc[VTIME];
		minimum = tty->termios->c_cc[VMIN];
		if (!minimum) {
			timeout = time; /* 0: do not wait at all */
			time = 0;
			minimum = 1;
		}
	}
	if (file && (file->f_flags & O_NONBLOCK)) {
		if (!mutex_trylock(&tty->atomic_read_lock))
			return -EAGAIN;
	} else if (mutex_lock_interruptible(&tty->atomic_read_lock)) {
		return -ERESTARTSYS;
	}
	add_wait_queue(&tty->read_wait, &wait);
	while (nr) {
		set_current_state(TASK_INTERRUPTIBLE);
		tty->minimum_to_wake = L_ICANON(tty) ? 1 : max(1, minimum - (int)done);
		if (!input_available(tty, 0)) {
			if (test_bit(TTY_OTHER_CLOSED, &tty->flags)) {
				retval = -EIO;
				break;
			}
			if (file && tty_hung_up_p(file))
				break;
			if (!timeout)
				break;
			if (file && (file->f_flags & O_NONBLOCK)) {
				retval = -EAGAIN;
				break;
			}
			if (signal_pending(current)) {
				retval = -ERESTARTSYS;
				break;
			}
			timeout = schedule_timeout(timeout);
			continue;
		}
		__set_current_state(TASK_RUNNING);
		n = copy_from_read_buf(tty, kbuf, min(nr, sizeof(kbuf)), &eol);
		if (n && copy_to_user(buf + done, kbuf, n)) {
			retval = -EFAULT;
			break;
		}
		done += n;
		nr -= n;
		if (L_ICANON(tty)) {
			if (eol)
				break;
			continue;
		}
		if ((int)done >= minimum)
			break;
		if (time)
			timeout = time;
	}
	__set_current_state(TASK_RUNNING);
	remove_wait_queue(&tty->read_wait, &wait);
	tty->minimum_to_wake = 1;
	mutex_unlock(&tty->atomic_read_lock);
	tty_schedule_flip(tty); /* room again: what waits in the flip buffer comes in */
	if (done)
		retval = done;
	return retval;
}

/*
 * n_tty_write - write() on the tty: TOSTOP's job control, then the bytes
 * through OPOST to the driver, sleeping while it has no room and while
 * output is stopped (^S).
 */
static ssize_t n_tty_write(struct tty_struct *tty, struct file *file, const unsigned char *buf,
			   size_t nr)
{
	size_t done = 0;
	ssize_t retval = 0;
	int c;
	DECLARE_WAITQUEUE(wait, current);

	if (L_TOSTOP(tty) && !(file && file->f_op && file->f_op->write == redirected_tty_write)) {
		retval = tty_check_change(tty);
		if (retval)
			return retval;
	}
	add_wait_queue(&tty->write_wait, &wait);
	for (;;) {
		set_current_state(TASK_INTERRUPTIBLE);
		if (signal_pending(current)) {
			retval = -ERESTARTSYS;
			break;
		}
		if (file && tty_hung_up_p(file)) {
			retval = -EIO;
			break;
		}
		if (!tty->stopped) {
			c = n_tty_output(tty, buf + done, nr - done);
			if (c < 0) {
				retval = c;
				break;
			}
			done += c;
			if (tty->ops->flush_chars)
				tty->ops->flush_chars(tty);
		}
		if (done == nr)
			break;
		if (file && (file->f_flags & O_NONBLOCK)) {
			retval = -EAGAIN;
			break;
		}
		schedule();
	}
	__set_current_state(TASK_RUNNING);
	remove_wait_queue(&tty->write_wait, &wait);
	return done ? (ssize_t)done : retval;
}

static unsigned int n_tty_poll(struct tty_struct *tty, struct file *file, poll_table *wait)
{
	unsigned int mask = 0;

	poll_wait(file, &tty->read_wait, wait);
	poll_wait(file, &tty->write_wait, wait);
	if (input_available(tty, L_ICANON(tty) ? 0 : max(1, (int)tty->termios->c_cc[VMIN])))
		mask |= POLLIN | POLLRDNORM;
	if (test_bit(TTY_OTHER_CLOSED, &tty->flags) || (file && tty_hung_up_p(file)))
		mask |= POLLHUP;
	if (!tty->stopped && tty_write_room(tty) > 0)
		mask |= POLLOUT | POLLWRNORM;
	return mask;
}

static void n_tty_write_wakeup(struct tty_struct *tty)
{
	wake_up_interruptible(&tty->write_wait);
}

/* tty_ldisc_N_TTY - the terminal line discipline, registered as number N_TTY */
struct tty_ldisc_ops tty_ldisc_N_TTY = {
	.magic = TTY_LDISC_MAGIC,
	.name = "n_tty",
	.open = n_tty_open,
	.close = n_tty_close,
	.flush_buffer = n_tty_flush_buffer,
	.chars_in_buffer = n_tty_chars_in_buffer,
	.read = n_tty_read,
	.write = n_tty_write,
	.ioctl = n_tty_ioctl_helper,
	.set_termios = n_tty_ldisc_set_termios,
	.poll = n_tty_poll,
	.receive_buf = n_tty_ldisc_receive_buf,
	.write_wakeup = n_tty_write_wakeup,
};
#endif /* LINNET_HOST */
