/*
 * seq_file.h - files made of records, printed on demand (fs/seq_file.c).
 *
 * A /proc file has no bytes stored anywhere: its text is printed when it
 * is read. seq_file turns "print every record" into read() and lseek():
 * the file's seq_operations walk the records (start, next, stop) and print
 * one (show) into a buffer that seq_read() copies out, however small the
 * reads are. A file that prints everything at once uses single_open().
 * The API is Linux 2.6.32's; see docs/procfs.md.
 */
#ifndef _LINUX_SEQ_FILE_H
#define _LINUX_SEQ_FILE_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/stdarg.h>
#include <linux/compiler.h>

struct file;
struct inode;
struct seq_operations;

/**
 * struct seq_file - the state of one open seq_file
 * @buf: the text of the current record(s), not yet read
 * @size: the buffer's size (it doubles when a record does not fit)
 * @from: where in @buf the unread text starts
 * @count: how many unread bytes there are from @from
 * @index: the position (record number) the iterator is at
 * @read_pos: the file position the buffer corresponds to
 * @version: for iterators that cache where they were (unused by Linnet)
 * @lock: serialises reads and seeks of this open file
 * @op: the iterator
 * @private: the file's own data (single_open's @data, seq_open_private's)
 */
struct seq_file {
	char *buf;
	size_t size;
	size_t from;
	size_t count;
	loff_t index;
	loff_t read_pos;
	u64 version;
	struct mutex lock;
	const struct seq_operations *op;
	void *private;
};

/**
 * struct seq_operations - how to walk a seq_file's records
 * @start: the record at *@pos, or NULL past the end (or an ERR_PTR)
 * @stop: undo what start took (a lock); called with start's last result
 * @next: advance *@pos and return the next record, or NULL
 * @show: print record @v with seq_printf(); 0, SEQ_SKIP, or a negative errno
 */
struct seq_operations {
	void *(*start)(struct seq_file *m, loff_t *pos);
	void (*stop)(struct seq_file *m, void *v);
	void *(*next)(struct seq_file *m, void *v, loff_t *pos);
	int (*show)(struct seq_file *m, void *v);
};

/* show() returns this to print nothing for the record */
#define SEQ_SKIP 1

/* SEQ_START_TOKEN - what start() returns at position 0 for a file with a header line */
#define SEQ_START_TOKEN ((void *)1)

int seq_open(struct file *file, const struct seq_operations *op);
ssize_t seq_read(struct file *file, char __user *buf, size_t size, loff_t *ppos);
loff_t seq_lseek(struct file *file, loff_t offset, int origin);
int seq_release(struct inode *inode, struct file *file);
int seq_vprintf(struct seq_file *m, const char *fmt, va_list args);
int seq_printf(struct seq_file *m, const char *fmt, ...) __printf(2, 3);
int seq_puts(struct seq_file *m, const char *s);
int seq_putc(struct seq_file *m, char c);
int seq_write(struct seq_file *m, const void *data, size_t len);

int single_open(struct file *file, int (*show)(struct seq_file *, void *), void *data);
int single_release(struct inode *inode, struct file *file);
void *__seq_open_private(struct file *file, const struct seq_operations *ops, int psize);
int seq_open_private(struct file *file, const struct seq_operations *ops, int psize);
int seq_release_private(struct inode *inode, struct file *file);

struct list_head *seq_list_start(struct list_head *head, loff_t pos);
struct list_head *seq_list_start_head(struct list_head *head, loff_t pos);
struct list_head *seq_list_next(void *v, struct list_head *head, loff_t *ppos);

/* Linnet's plumbing for views written before seq_file (see fs/seq_file.c) */
struct path;
int seq_path(struct seq_file *m, struct path *path, char *esc);
int seq_show_buf(struct seq_file *m, int (*show)(char *buf, size_t size));
void seq_print_cb(void *m, const char *fmt, ...) __printf(2, 3);

#endif /* _LINUX_SEQ_FILE_H */
