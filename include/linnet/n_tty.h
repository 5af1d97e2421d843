/*
 * n_tty.h - the line discipline's state and the callbacks that connect it.
 *
 * drivers/char/n_tty.c is the termios line discipline, with no hardware,
 * locks or sleeping in it: it is driven one input byte at a time and
 * answers through struct n_tty_ops, which the console tty
 * (drivers/char/tty_io.c) or a host test (tests/host/n_tty_shim.c)
 * provides. Its settings are a struct ktermios (<asm/termbits.h>), with
 * Linux's flags and c_cc[] control characters. See docs/drivers.md.
 */
#ifndef _LINNET_N_TTY_H
#define _LINNET_N_TTY_H

#include <linux/types.h>
#include <asm/termbits.h>

#define N_TTY_BUF_SIZE 4096 /* the longest canonical line, with its newline (Linux's) */

struct n_tty_data;

/**
 * struct n_tty_ops - where the line discipline's results go
 * @echo: show @n bytes to the user (the terminal's output)
 * @deliver: queue @n bytes for readers; in canonical mode a whole line
 *           ending in '\n' (or in __DISABLED_CHAR, 0, when VEOF pushed it:
 *           the reader drops that byte, and a lone 0 is end of file)
 * @signal: send @sig (SIGINT, SIGQUIT, SIGTSTP) to the terminal's
 *          foreground process group
 * @flush: drop the input delivered and not yet read (a signal key
 *         without NOFLSH); may be NULL
 * @flow: IXON's VSTOP (@stop true) or VSTART: stop or restart output;
 *        may be NULL
 */
struct n_tty_ops {
	void (*echo)(struct n_tty_data *ldata, const char *s, unsigned int n);
	void (*deliver)(struct n_tty_data *ldata, const char *s, unsigned int n);
	void (*signal)(struct n_tty_data *ldata, int sig);
	void (*flush)(struct n_tty_data *ldata);
	void (*flow)(struct n_tty_data *ldata, bool stop);
};

/**
 * struct n_tty_data - the state of one line discipline
 * @ops: the callbacks
 * @priv: the owner's pointer (the tty)
 * @termios: the settings: c_lflag ICANON, ECHO...; c_cc[VERASE]...
 * @line: the canonical line being typed
 * @len: its length
 * @lnext: the last byte was VLNEXT: take the next one literally
 * @stopped: output is stopped by VSTOP (IXON)
 * @dropped: characters dropped because the line was full
 */
struct n_tty_data {
	const struct n_tty_ops *ops;
	void *priv;
	struct ktermios termios;
	char line[N_TTY_BUF_SIZE];
	unsigned int len;
	bool lnext;
	bool stopped;
	unsigned long dropped;
};

extern struct ktermios tty_std_termios;

void n_tty_init(struct n_tty_data *ldata, const struct n_tty_ops *ops, void *priv);
void n_tty_set_termios(struct n_tty_data *ldata, const struct ktermios *termios);
void n_tty_receive_char(struct n_tty_data *ldata, unsigned char c);
void n_tty_receive_buf(struct n_tty_data *ldata, const unsigned char *buf, unsigned int n);

#endif /* _LINNET_N_TTY_H */
