/*
 * n_tty.h - the line discipline's editing core.
 *
 * A terminal's line discipline sits between the keyboard and the program
 * reading: in canonical mode it collects a line, lets the user edit it
 * (backspace, Ctrl-U, Ctrl-W, the arrow keys, history) while echoing
 * every change, and hands the program only finished lines; Ctrl-C
 * becomes a signal instead of a character. In raw mode every byte goes
 * straight through. drivers/char/n_tty.c holds that logic with no hardware,
 * locks or sleeping in it; the three callbacks in struct n_tty_ops
 * connect it to the console tty (drivers/char/tty_io.c) or to a host test.
 * See docs/drivers.md.
 */
#ifndef _LINUX_N_TTY_H
#define _LINUX_N_TTY_H

#include <linux/types.h>

#define N_TTY_BUF_SIZE 256 /* the longest line, with its newline */
#define N_TTY_HISTORY 16   /* lines of history kept */
#define N_TTY_ESC_MAX 8    /* the longest escape sequence understood */

struct n_tty_data;

/**
 * struct n_tty_ops - where the line discipline's results go
 * @echo: show @n bytes to the user (the terminal's output)
 * @deliver: pass @n bytes of input to readers; @n == 0 is end of file (Ctrl-D)
 * @intr: the interrupt character (Ctrl-C) was typed: the owner sends SIGINT
 *        to the terminal's foreground command
 */
struct n_tty_ops {
	void (*echo)(struct n_tty_data *ldata, const char *s, unsigned int n);
	void (*deliver)(struct n_tty_data *ldata, const char *s, unsigned int n);
	void (*intr)(struct n_tty_data *ldata);
};

/**
 * struct n_tty_data - the state of one line discipline
 * @ops: the callbacks
 * @priv: the owner's pointer (the tty)
 * @icanon: canonical (line-at-a-time, editing) mode; else raw
 * @echo: echo input in canonical mode
 * @line: the line being edited
 * @len: its length
 * @pos: the cursor's index in @line
 * @esc: an escape sequence being collected (after ESC)
 * @esc_len: bytes in @esc; 0 when not in a sequence
 * @history: previous lines, a ring indexed by @hist_count modulo N_TTY_HISTORY
 * @hist_count: lines ever added to @history
 * @hist_pos: while browsing, how many lines back from the newest (0: not browsing)
 * @saved: the line being edited when browsing started
 * @saved_len: its length
 * @dropped: characters dropped because the line was full
 */
struct n_tty_data {
	const struct n_tty_ops *ops;
	void *priv;
	bool icanon;
	bool echo;
	char line[N_TTY_BUF_SIZE];
	unsigned int len;
	unsigned int pos;
	char esc[N_TTY_ESC_MAX];
	unsigned int esc_len;
	char history[N_TTY_HISTORY][N_TTY_BUF_SIZE];
	unsigned int hist_count;
	unsigned int hist_pos;
	char saved[N_TTY_BUF_SIZE];
	unsigned int saved_len;
	unsigned long dropped;
};

void n_tty_init(struct n_tty_data *ldata, const struct n_tty_ops *ops, void *priv);
void n_tty_set_canonical(struct n_tty_data *ldata, bool icanon, bool echo);
void n_tty_receive_char(struct n_tty_data *ldata, unsigned char c);
void n_tty_receive_buf(struct n_tty_data *ldata, const unsigned char *buf, unsigned int n);

#endif /* _LINUX_N_TTY_H */
