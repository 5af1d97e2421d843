/*
 * n_tty.c - the line discipline: what a terminal does to what you type.
 *
 * Between the keyboard (or the serial line) and a program that reads the
 * terminal sits the line discipline, N_TTY. It does what the terminal's
 * termios settings (struct ktermios, <asm/termbits.h>) ask, and nothing
 * more:
 *
 *   c_iflag  ICRNL: Enter's '\r' becomes '\n' (IGNCR drops it, INLCR
 *            turns '\n' into '\r')
 *   c_lflag  ISIG: c_cc[VINTR] (^C) and c_cc[VQUIT] (^\) are not input:
 *            the line is flushed, the character echoed as ^C, and the
 *            foreground task signalled (SIGINT, SIGQUIT)
 *            ICANON: canonical mode, a line at a time. The reader gets
 *            nothing until '\n' (or VEOL, VEOL2) ends the line. Meanwhile
 *            VERASE (DEL) erases a character, VKILL (^U) the line, and with
 *            IEXTEN VWERASE (^W) a word, VLNEXT (^V) quotes the next
 *            character and VREPRINT (^R) retypes the line. VEOF (^D) hands
 *            over the line without a newline; on an empty line the reader
 *            gets 0 bytes: end of file.
 *            Without ICANON every byte is handed over at once (raw mode,
 *            as a shell's line editor wants it).
 *            ECHO: show what is typed. ECHOCTL shows a control character
 *            as ^X (so ESC [ A, the Up key, shows as ^[[A); ECHOE erases
 *            on screen with "\b \b"; ECHOKE erases a killed line the same
 *            way, else ECHOK echoes the kill character and a newline.
 *
 * There is no cursor movement, no history and no arrow keys: in Linux, as
 * here, a program that wants line editing (readline, busybox, Linnet's
 * kernel shell in kernel/debug/kdb/kdb_io.c) turns ICANON and ECHO off
 * and does it itself.
 *
 *   typed:  l s x DEL DEL s ^W m e m ^D?  no: m e m i n f o Enter
 *   echo:   l s x \b \b \b \b s ...                   reader: "meminfo\n"
 *
 * Differences from Linux 2.6.32's n_tty.c: erasing a tab backs up to the
 * previous tab stop counted from the start of the line (Linux also knows
 * the column the line started at); ISIG flushes only the line being
 * typed, not lines already waiting for the reader; VSUSP, VSTART/VSTOP
 * (IXON), VDISCARD, ECHOPRT and output processing (OPOST) are not
 * implemented (Linnet has no job control, and the consoles turn '\n'
 * into "\r\n" themselves). tty_std_termios lives here, not in tty_io.c,
 * so that the host test can build this file alone
 * (tests/host/n_tty_shim.c). See docs/drivers.md.
 */
#include <linnet/n_tty.h>
#include <linux/kernel.h>
#include <linux/ctype.h>
#include <linux/string.h>

/* as <linux/sched.h> has them; this file also builds on the host */
#define SIGINT 2
#define SIGQUIT 3

/* tty_std_termios - a new terminal's settings, Linux's defaults */
const struct ktermios tty_std_termios = {
	.c_iflag = ICRNL | IXON,
	.c_oflag = OPOST | ONLCR,
	.c_cflag = B38400 | CS8 | CREAD | HUPCL,
	.c_lflag = ISIG | ICANON | ECHO | ECHOE | ECHOK | ECHOCTL | ECHOKE | IEXTEN,
	.c_cc = INIT_C_CC,
	.c_ispeed = 38400,
	.c_ospeed = 38400,
};

#define L_FLAG(ld, f) ((ld)->termios.c_lflag & (f))
#define I_FLAG(ld, f) ((ld)->termios.c_iflag & (f))

/* is_cc - is @c the enabled control character c_cc[@v]? */
static bool is_cc(struct n_tty_data *ldata, int v, unsigned char c)
{
	cc_t cc = ldata->termios.c_cc[v];

	return cc != __DISABLED_CHAR && c == cc;
}

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
 * reader, as Linux does, so nothing typed ahead is lost.
 *
 * Context: the caller serialises it with n_tty_receive_char().
 */
void n_tty_set_termios(struct n_tty_data *ldata, const struct ktermios *termios)
{
	bool was_canon = L_FLAG(ldata, ICANON);

	ldata->termios = *termios;
	if (was_canon && !L_FLAG(ldata, ICANON) && ldata->len)
		ldata->ops->deliver(ldata, ldata->line, ldata->len);
	ldata->len = 0;
	ldata->lnext = false;
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

/* isig - a signal character: flush the line, echo it, signal the foreground task */
static void isig(struct n_tty_data *ldata, unsigned char c, int sig)
{
	if (!L_FLAG(ldata, NOFLSH))
		ldata->len = 0;
	echo_char(ldata, c);
	ldata->ops->signal(ldata, sig);
}

/* put_char - add @c to the line; the last place is kept for the line's end */
static void put_char(struct n_tty_data *ldata, unsigned char c)
{
	if (ldata->len >= N_TTY_BUF_SIZE - 1) {
		ldata->dropped++;
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

	if (canon && ldata->lnext) {
		ldata->lnext = false;
		echo_char(ldata, c); /* over the ^ shown for VLNEXT */
		put_char(ldata, c);
		return;
	}
	if (c == '\r') {
		if (I_FLAG(ldata, IGNCR))
			return;
		if (I_FLAG(ldata, ICRNL))
			c = '\n';
	} else if (c == '\n' && I_FLAG(ldata, INLCR)) {
		c = '\r';
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
