/*
 * kdb_io.c - the kernel shell's line editor: editing keys and history.
 *
 * The terminal's line discipline (drivers/char/n_tty.c) only knows
 * termios editing: erase, kill, word-erase. Anything more - moving the
 * cursor, the arrow keys, history - is done by the program reading the
 * terminal, as readline does for bash and lineedit for busybox. The shell
 * (kernel/debug/kdb/kdb_main.c) does what they do: it turns ICANON and
 * ECHO off, reads the bytes of each key as they come, and hands them to
 * kdb_line_key(), which keeps the line and the cursor and echoes every
 * change so the screen shows what the line holds:
 *
 *   keys:  l s x <BS> Left Left  <^W> m e m i n f o <Enter>
 *   line:  "ls"  ... edited ...  "meminfo"             -> KDB_LINE_DONE
 *
 * To show an edit in the middle of a line, the echo rewrites the tail and
 * walks the cursor back with backspaces, which every terminal and the
 * VGA console understand:
 *
 *   insert 'X' at the cursor of "ab|cd":  echo "Xcd" "\b\b"   -> "abX|cd"
 *   erase before the cursor of "ab|cd":   echo "\b" "cd " "\b\b\b" -> "a|cd"
 *
 * The keys: Backspace (DEL or ^H) erases, ^U kills the line, ^W the word
 * before the cursor, Left/Right/Home/End (or ^A/^E) move, Delete erases
 * under the cursor, Up/Down walk the history, Enter ends the line, ^D on
 * an empty line is end of file. The arrows arrive as escape sequences
 * (ESC [ A), the way drivers/char/keyboard.c makes them and a terminal
 * sends them. ^C is not seen here: the tty keeps ISIG on and turns it into
 * SIGINT, which ends the shell's read.
 *
 * Linux's kdb has its line editor in kernel/debug/kdb/kdb_io.c
 * (kdb_read) too. This file is pure logic, with no locks or devices, so
 * tests/host/kdb_io_shim.c tests it on the host. See docs/shell.md.
 */
#include <linnet/kdb_io.h>
#include <linux/kernel.h>
#include <linux/string.h>

#define CTRL(c) ((c)&0x1f)
#define ESC 0x1b
#define DEL 0x7f

/**
 * kdb_line_init - set up an empty line editor with no history
 * @ldata: the editor
 * @echo: how it shows its changes
 * @priv: the owner's pointer, kept in @ldata->priv
 *
 * Context: any.
 */
void kdb_line_init(struct kdb_line *ldata,
		   void (*echo)(struct kdb_line *ldata, const char *s, unsigned int n), void *priv)
{
	memset(ldata, 0, sizeof(*ldata));
	ldata->echo = echo;
	ldata->priv = priv;
}

/**
 * kdb_line_start - begin a new, empty line (the history is kept)
 * @ldata: the editor
 *
 * Context: any.
 */
void kdb_line_start(struct kdb_line *ldata)
{
	ldata->len = 0;
	ldata->pos = 0;
	ldata->esc_len = 0;
	ldata->hist_pos = 0;
}

static void echo(struct kdb_line *ldata, const char *s, unsigned int n)
{
	if (n)
		ldata->echo(ldata, s, n);
}

static void echo_repeat(struct kdb_line *ldata, char c, unsigned int n)
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
static void move_cursor(struct kdb_line *ldata, unsigned int to)
{
	if (to < ldata->pos)
		echo_repeat(ldata, '\b', ldata->pos - to);
	else
		echo(ldata, ldata->line + ldata->pos, to - ldata->pos);
	ldata->pos = to;
}

static void insert_char(struct kdb_line *ldata, char c)
{
	unsigned int tail = ldata->len - ldata->pos;

	if (ldata->len >= KDB_LINE_SIZE - 1) {
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
static void erase(struct kdb_line *ldata, unsigned int n)
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
static unsigned int word_start(struct kdb_line *ldata)
{
	unsigned int i = ldata->pos;

	while (i && ldata->line[i - 1] == ' ')
		i--;
	while (i && ldata->line[i - 1] != ' ')
		i--;
	return i;
}

/* replace_line - show @s instead of the whole line, cursor at its end */
static void replace_line(struct kdb_line *ldata, const char *s, unsigned int n)
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

static char *history_entry(struct kdb_line *ldata, unsigned int back)
{
	return ldata->history[(ldata->hist_count - back) % KDB_HISTORY];
}

/* history_move - Up (@dir 1) or Down (@dir -1) through the history */
static void history_move(struct kdb_line *ldata, int dir)
{
	unsigned int avail = min_t(unsigned int, ldata->hist_count, KDB_HISTORY);
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

static void history_add(struct kdb_line *ldata)
{
	char *slot;

	if (!ldata->len)
		return;
	if (ldata->hist_count && !strcmp(history_entry(ldata, 1), ldata->line))
		return; /* the same line twice in a row is kept once */
	slot = ldata->history[ldata->hist_count % KDB_HISTORY];
	memcpy(slot, ldata->line, ldata->len + 1);
	ldata->hist_count++;
}

/* end_line - Enter: the line is complete (NUL-terminated), and goes into the history */
static int end_line(struct kdb_line *ldata)
{
	move_cursor(ldata, ldata->len);
	echo(ldata, "\n", 1);
	ldata->line[ldata->len] = '\0';
	history_add(ldata);
	ldata->hist_pos = 0;
	return KDB_LINE_DONE;
}

/* escape_done - act on a complete escape sequence in ldata->esc */
static void escape_done(struct kdb_line *ldata)
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
static void receive_escape(struct kdb_line *ldata, unsigned char c)
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
	} else if (ldata->esc_len >= KDB_ESC_MAX) {
		ldata->esc_len = 0;
	}
}

/**
 * kdb_line_key - edit the line with one input byte
 * @ldata: the line being edited
 * @c: the byte, as the tty delivers it in raw mode
 *
 * Context: the shell's thread.
 * Return: KDB_LINE_DONE when Enter completed the line (in @ldata->line,
 * NUL-terminated, @ldata->len long), KDB_LINE_EOF for ^D on an empty
 * line, else KDB_LINE_MORE.
 */
int kdb_line_key(struct kdb_line *ldata, unsigned char c)
{
	if (ldata->esc_len) {
		receive_escape(ldata, c);
		return KDB_LINE_MORE;
	}
	switch (c) {
	case '\r':
	case '\n':
		return end_line(ldata);
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
	case CTRL('D'):
		if (!ldata->len)
			return KDB_LINE_EOF;
		break;
	case ESC:
		ldata->esc_len = 1;
		break;
	default:
		if (c >= ' ' || c == '\t')
			insert_char(ldata, c);
	}
	return KDB_LINE_MORE;
}
