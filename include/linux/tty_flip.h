/*
 * tty_flip.h - how a driver hands received bytes to the tty.
 *
 * A driver's interrupt path (or its bottom half) calls
 * tty_insert_flip_char() or tty_insert_flip_string() for what the
 * hardware received, then tty_flip_buffer_push(); the bytes wait in the
 * tty's flip buffer until the line discipline takes them
 * (drivers/char/tty_buffer.c:flush_to_ldisc). The calls are 2.6.32's;
 * Linnet's buffer is a kfifo without the per-byte flags (see
 * tty_buffer.c). See docs/tty.md.
 */
#ifndef _LINUX_TTY_FLIP_H
#define _LINUX_TTY_FLIP_H

struct tty_struct;

/* The flag bytes of 2.6.32's flip buffer; Linnet keeps TTY_NORMAL only */
#define TTY_NORMAL 0
#define TTY_BREAK 1
#define TTY_FRAME 2
#define TTY_PARITY 3
#define TTY_OVERRUN 4

int tty_buffer_request_room(struct tty_struct *tty, size_t size);
int tty_insert_flip_string(struct tty_struct *tty, const unsigned char *chars, size_t size);
int tty_insert_flip_char(struct tty_struct *tty, unsigned char ch, char flag);
void tty_flip_buffer_push(struct tty_struct *tty);

#endif /* _LINUX_TTY_FLIP_H */
