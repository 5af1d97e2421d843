/*
 * kdb_io.h - the kernel shell's line editor (kernel/debug/kdb/kdb_io.c).
 *
 * The shell reads the tty in raw mode and feeds each byte to
 * kdb_line_key(), which edits the line, echoes through @echo and keeps a
 * history. See docs/shell.md.
 */
#ifndef _LINNET_KDB_IO_H
#define _LINNET_KDB_IO_H

#include <linux/types.h>

#define KDB_LINE_SIZE 256 /* the longest line, with its NUL */
#define KDB_HISTORY 16    /* lines of history kept */
#define KDB_ESC_MAX 8     /* the longest escape sequence understood */

#define KDB_LINE_MORE 0 /* keep typing */
#define KDB_LINE_DONE 1 /* Enter: the line is complete */
#define KDB_LINE_EOF 2  /* ^D on an empty line */

/**
 * struct kdb_line - a line being edited, and the history
 * @echo: shows @n bytes to the user
 * @priv: the owner's pointer
 * @line: the line; NUL-terminated once complete
 * @len: its length
 * @pos: the cursor's index in @line
 * @esc: an escape sequence being collected (after ESC)
 * @esc_len: bytes in @esc; 0 when not in a sequence
 * @history: previous lines, a ring indexed by @hist_count modulo KDB_HISTORY
 * @hist_count: lines ever added to @history
 * @hist_pos: while browsing, how many lines back from the newest (0: not browsing)
 * @saved: the line being edited when browsing started
 * @saved_len: its length
 * @dropped: characters dropped because the line was full
 */
struct kdb_line {
	void (*echo)(struct kdb_line *ldata, const char *s, unsigned int n);
	void *priv;
	char line[KDB_LINE_SIZE];
	unsigned int len;
	unsigned int pos;
	char esc[KDB_ESC_MAX];
	unsigned int esc_len;
	char history[KDB_HISTORY][KDB_LINE_SIZE];
	unsigned int hist_count;
	unsigned int hist_pos;
	char saved[KDB_LINE_SIZE];
	unsigned int saved_len;
	unsigned long dropped;
};

void kdb_line_init(struct kdb_line *ldata,
		   void (*echo)(struct kdb_line *ldata, const char *s, unsigned int n), void *priv);
void kdb_line_start(struct kdb_line *ldata);
int kdb_line_key(struct kdb_line *ldata, unsigned char c);

#endif /* _LINNET_KDB_IO_H */
