/*
 * n_tty.c - the line discipline: turning keystrokes into lines.
 *
 * Between the keyboard (or the serial line) and a program that reads
 * the terminal sits the line discipline. In canonical mode it keeps the
 * line being typed, lets the user edit it, echoes every change so the
 * screen shows what the line holds, and passes only whole lines on:
 *
 *   keys:  l s x <BS> Left Left  <^W> m e m i n f o <Enter>
 *   line:  "ls"  ... edited ...  "meminfo"              -> reader gets "meminfo\n"
 *
 * Editing is done with the line in an array and a cursor index. To
 * show an edit in the middle of a line, the echo rewrites the tail and
 * walks the cursor back with backspaces, which every terminal and the
 * VGA console understand:
 *
 *   insert 'X' at the cursor of "ab|cd":  echo "Xcd" "\b\b"   -> "abX|cd"
 *   erase before the cursor of "ab|cd":   echo "\b" "cd " "\b\b\b" -> "a|cd"
 *
 * The keys: Backspace (DEL or ^H) erases, ^U kills the line, ^W the word
 * before the cursor, Left/Right/Home/End (or ^A/^E) move, Delete erases
 * under the cursor, Up/Down walk the history, Enter ends the line, ^D
 * on an empty line is end of file, and ^C discards the line and asks the
 * owner to send SIGINT. The arrows arrive as escape sequences (ESC [ A),
 * the way drivers/char/keyboard.c makes them and a terminal sends them.
 *
 * In raw mode every byte is delivered at once and nothing is echoed or
 * interpreted: programs that want single keys use it.
 *
 * This file is pure logic; drivers/char/tty_io.c connects it to the devices and
 * the readers, and tests/host/n_tty_shim.c tests it on the host. Linux's
 * n_tty.c has the same job (and many more termios flags). See
 * docs/drivers.md.
 */
#include <linnet/n_tty.h>
#include <linux/kernel.h>
#include <linux/string.h>

#define CTRL(c) ((c)&0x1f)
#define ESC 0x1b
#define DEL 0x7f

/**
 * n_tty_init - set up a line discipline in canonical mode with echo
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
	ldata->icanon = true;
	ldata->echo = true;
}

/**
 * n_tty_set_canonical - switch between canonical and raw mode
 * @ldata: the line discipline
 * @icanon: true for canonical (line editing) mode, false for raw
 * @echo: whether canonical mode echoes
 *
 * A line being edited is discarded when the mode changes.
 *
 * Context: the caller serialises it with n_tty_receive_char().
 */
void n_tty_set_canonical(struct n_tty_data *ldata, bool icanon, bool echo)
{
	ldata->icanon = icanon;
	ldata->echo = echo;
	ldata->len = 0;
	ldata->pos = 0;
	ldata->esc_len = 0;
	ldata->hist_pos = 0;
}

static void echo(struct n_tty_data *ldata, const char *s, unsigned int n)
{
	if (ldata->echo && n)
		ldata->ops->echo(ldata, s, n);
}

static void echo_repeat(struct n_tty_data *ldata, char c, unsigned int n)
{
	char buf[32];

	memset(buf, c, sizeof(buf));
	while (n) {
		unsigned int k = min_t(unsigned int, n, sizeof(buf));

		echo(ldata, buf, k);
		n -= k;
	}
}

/* move_cursor - move the cursor to @to, echoing backspaces or the text crossed */
static void move_cursor(struct n_tty_data *ldata, unsigned int to)
{
	if (to < ldata->pos)
		echo_repeat(ldata, '\b', ldata->pos - to);
	else
		echo(ldata, ldata->line + ldata->pos, to - ldata->pos);
	ldata->pos = to;
}

static void insert_char(struct n_tty_data *ldata, char c)
{
	unsigned int tail = ldata->len - ldata->pos;

	if (ldata->len >= N_TTY_BUF_SIZE - 1) {
		ldata->dropped++; /* keep room for the newline */
		return;
	}
	memmove(ldata->line + ldata->pos + 1, ldata->line + ldata->pos, tail);
	ldata->line[ldata->pos] = c;
	ldata->len++;
	echo(ldata, ldata->line + ldata->pos, tail + 1);
	ldata->pos++;
	echo_repeat(ldata, '\b', tail);
}

/* erase - remove the @n characters before the cursor, and redraw the tail */
static void erase(struct n_tty_data *ldata, unsigned int n)
{
	unsigned int tail = ldata->len - ldata->pos;

	if (!n)
		return;
	memmove(ldata->line + ldata->pos - n, ldata->line + ldata->pos, tail);
	echo_repeat(ldata, '\b', n);
	ldata->pos -= n;
	ldata->len -= n;
	echo(ldata, ldata->line + ldata->pos, tail);
	echo_repeat(ldata, ' ', n);
	echo_repeat(ldata, '\b', tail + n);
}

/* word_start - where the word before the cursor starts (Ctrl-W erases back to it) */
static unsigned int word_start(struct n_tty_data *ldata)
{
	unsigned int i = ldata->pos;

	while (i && ldata->line[i - 1] == ' ')
		i--;
	while (i && ldata->line[i - 1] != ' ')
		i--;
	return i;
}

/* replace_line - show @s instead of the whole line, cursor at its end */
static void replace_line(struct n_tty_data *ldata, const char *s, unsigned int n)
{
	unsigned int old = ldata->len;

	move_cursor(ldata, 0);
	memcpy(ldata->line, s, n);
	ldata->len = n;
	echo(ldata, s, n);
	if (old > n) {
		echo_repeat(ldata, ' ', old - n);
		echo_repeat(ldata, '\b', old - n);
	}
	ldata->pos = n;
}

static char *history_entry(struct n_tty_data *ldata, unsigned int back)
{
	return ldata->history[(ldata->hist_count - back) % N_TTY_HISTORY];
}

/* history_move - Up (@dir 1) or Down (@dir -1) through the history */
static void history_move(struct n_tty_data *ldata, int dir)
{
	unsigned int avail = min_t(unsigned int, ldata->hist_count, N_TTY_HISTORY);
	unsigned int to = ldata->hist_pos + dir;
	const char *s;

	if ((dir > 0 && ldata->hist_pos >= avail) || (dir < 0 && !ldata->hist_pos))
		return;
	if (!ldata->hist_pos) {
		memcpy(ldata->saved, ldata->line, ldata->len);
		ldata->saved_len = ldata->len;
	}
	ldata->hist_pos = to;
	if (!to) {
		replace_line(ldata, ldata->saved, ldata->saved_len);
		return;
	}
	s = history_entry(ldata, to);
	replace_line(ldata, s, strlen(s));
}

static void history_add(struct n_tty_data *ldata)
{
	char *slot;

	if (!ldata->len)
		return;
	if (ldata->hist_count && !strcmp(history_entry(ldata, 1), ldata->line))
		return; /* the same line twice in a row is kept once */
	slot = ldata->history[ldata->hist_count % N_TTY_HISTORY];
	memcpy(slot, ldata->line, ldata->len + 1);
	ldata->hist_count++;
}

/* end_line - Enter: deliver the line with its newline and start a new one */
static void end_line(struct n_tty_data *ldata)
{
	move_cursor(ldata, ldata->len);
	echo(ldata, "\n", 1);
	ldata->line[ldata->len] = '\0';
	history_add(ldata);
	ldata->line[ldata->len] = '\n';
	ldata->ops->deliver(ldata, ldata->line, ldata->len + 1);
	ldata->len = 0;
	ldata->pos = 0;
	ldata->hist_pos = 0;
}

static void interrupt(struct n_tty_data *ldata)
{
	echo(ldata, "^C\n", 3);
	ldata->len = 0;
	ldata->pos = 0;
	ldata->hist_pos = 0;
	ldata->ops->intr(ldata);
}

/* escape_done - act on a complete escape sequence in ldata->esc */
static void escape_done(struct n_tty_data *ldata)
{
	const char *seq = ldata->esc + 1; /* after the '[' or 'O' */

	if (!strcmp(seq, "A"))
		history_move(ldata, 1);
	else if (!strcmp(seq, "B"))
		history_move(ldata, -1);
	else if (!strcmp(seq, "C") && ldata->pos < ldata->len)
		move_cursor(ldata, ldata->pos + 1);
	else if (!strcmp(seq, "D") && ldata->pos)
		move_cursor(ldata, ldata->pos - 1);
	else if (!strcmp(seq, "H") || !strcmp(seq, "1~"))
		move_cursor(ldata, 0);
	else if (!strcmp(seq, "F") || !strcmp(seq, "4~"))
		move_cursor(ldata, ldata->len);
	else if (!strcmp(seq, "3~") && ldata->pos < ldata->len) {
		move_cursor(ldata, ldata->pos + 1);
		erase(ldata, 1);
	}
}

/* receive_escape - collect one byte of an escape sequence (ESC [ ... final) */
static void receive_escape(struct n_tty_data *ldata, unsigned char c)
{
	if (ldata->esc_len == 1 && c != '[' && c != 'O') {
		ldata->esc_len = 0; /* not a sequence: ESC alone, dropped */
		return;
	}
	ldata->esc[ldata->esc_len - 1] = c;
	ldata->esc[ldata->esc_len++] = '\0';
	if (ldata->esc_len > 2 && (c < '0' || c > '9')) {
		escape_done(ldata);
		ldata->esc_len = 0;
	} else if (ldata->esc_len >= N_TTY_ESC_MAX) {
		ldata->esc_len = 0;
	}
}

static void receive_canonical(struct n_tty_data *ldata, unsigned char c)
{
	if (ldata->esc_len) {
		receive_escape(ldata, c);
		return;
	}
	switch (c) {
	case '\r':
	case '\n':
		end_line(ldata);
		break;
	case DEL:
	case CTRL('H'):
		erase(ldata, ldata->pos ? 1 : 0);
		break;
	case CTRL('U'):
		move_cursor(ldata, ldata->len);
		erase(ldata, ldata->len);
		break;
	case CTRL('W'):
		erase(ldata, ldata->pos - word_start(ldata));
		break;
	case CTRL('A'):
		move_cursor(ldata, 0);
		break;
	case CTRL('E'):
		move_cursor(ldata, ldata->len);
		break;
	case CTRL('C'):
		interrupt(ldata);
		break;
	case CTRL('D'):
		if (!ldata->len)
			ldata->ops->deliver(ldata, ldata->line, 0);
		break;
	case ESC:
		ldata->esc_len = 1;
		break;
	default:
		if (c >= ' ' || c == '\t')
			insert_char(ldata, c);
	}
}

/**
 * n_tty_receive_char - process one input byte
 * @ldata: the line discipline
 * @c: the byte, from the keyboard decoder or the serial line
 *
 * Context: the caller serialises calls on one @ldata (the tty's input
 * tasklet). Calls the echo, deliver and intr callbacks synchronously.
 */
void n_tty_receive_char(struct n_tty_data *ldata, unsigned char c)
{
	if (!ldata->icanon) {
		ldata->ops->deliver(ldata, (const char *)&c, 1);
		return;
	}
	receive_canonical(ldata, c);
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
