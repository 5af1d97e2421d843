/*
 * seq_file.c - read() and lseek() over records printed on demand.
 *
 * A /proc file is a program, not stored text: reading it runs the file's
 * iterator (struct seq_operations), which prints one record at a time
 * into a buffer. seq_read() hands the buffer out in whatever pieces the
 * reader asks for, and prints the next record only when the buffer is
 * empty:
 *
 *     read(fd, buf, 1)   ->  start(index) show() -> buf: "MemTotal: ...\n"
 *                            copy 1 byte, keep the rest (from, count)
 *     read(fd, buf, 1)   ->  copy the next byte from the buffer
 *     ...                ->  buffer empty: index++, next(), show() ...
 *
 * If a record does not fit, the buffer doubles and the record is printed
 * again (seq_printf() marks the overflow by filling the buffer: count ==
 * size). A seek, or a read at another position (pread), restarts the walk
 * from record 0 and skips records until the position (traverse()), so
 * every position is reachable, at the cost of printing again what lies
 * before it. The design and names are Linux 2.6.32's fs/seq_file.c.
 *
 * Linnet adds two helpers for views written before seq_file existed:
 * seq_show_buf() runs a view that formats into a (char *, size) buffer
 * straight into the seq_file's buffer, and seq_print_cb() is a printf-like
 * callback for views that print through one (show_interrupts). Linux
 * 2.6.32 prints every view with seq_printf; Linnet keeps the subsystems'
 * views as they are so the shell, the oops report and /proc share them.
 * See docs/procfs.md.
 */
#include <linux/seq_file.h>
#include <linux/fs.h>
#include <linux/slab.h>
#include <linux/kernel.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <linux/module.h>
#include <linux/gfp.h>
#include <linux/dcache.h>
#include <asm/page.h>
#include <linux/module.h>

#ifndef SEEK_SET
#define SEEK_SET 0 /* seek to an absolute position */
#define SEEK_CUR 1 /* seek relative to the current position */
#endif

/**
 * seq_open - make @file a seq_file walked by @op
 * @file: the file being opened
 * @op: the iterator
 *
 * Sets @file->private_data to the new struct seq_file (the file's
 * private_data must be NULL: the seq_file takes it). The buffer is
 * allocated at the first read.
 *
 * Return: 0, or -ENOMEM.
 * Context: process context; may sleep.
 */
int seq_open(struct file *file, const struct seq_operations *op)
{
	struct seq_file *m = kzalloc(sizeof(*m), GFP_KERNEL);

	if (!m)
		return -ENOMEM;
	mutex_init(&m->lock);
	m->op = op;
	file->private_data = m;
	return 0;
}
EXPORT_SYMBOL(seq_open);

/* The buffer is full: drop it and get one twice as large. */
static int seq_grow(struct seq_file *m)
{
	kfree(m->buf);
	m->count = 0;
	m->size <<= 1;
	m->buf = kmalloc(m->size, GFP_KERNEL);
	return m->buf ? 0 : -ENOMEM;
}

static int seq_alloc(struct seq_file *m)
{
	if (m->buf)
		return 0;
	m->size = PAGE_SIZE;
	m->buf = kmalloc(m->size, GFP_KERNEL);
	return m->buf ? 0 : -ENOMEM;
}

/*
 * Print one record into the empty buffer. 0 with count > 0: printed;
 * 0 with count == 0: nothing to print (SEQ_SKIP or empty); -EAGAIN: it
 * did not fit and the buffer grew; other negative: the error.
 *
 * The overflow is checked before show's return value: 2.6-era show
 * functions often end with "return seq_printf(...)", which is -1 when the
 * record did not fit. Linux 2.6.32 takes that -1 for an error (-EPERM to
 * the reader); Linnet grows the buffer, as later Linux effectively does.
 */
static int seq_show_one(struct seq_file *m, void *p)
{
	int err = m->op->show(m, p);

	if (m->count == m->size)
		return seq_grow(m) ?: -EAGAIN;
	if (err < 0)
		return err;
	if (err)
		m->count = 0;
	return 0;
}

/*
 * Walk from record 0 to file position @offset and leave the record that
 * holds it in the buffer (from, count), as if read sequentially.
 */
static int traverse(struct seq_file *m, loff_t offset)
{
	loff_t pos = 0, index = 0;
	int err = 0;
	void *p;

	m->count = m->from = 0;
	m->index = 0;
	if (!offset)
		return 0;
	err = seq_alloc(m);
	if (err)
		return err;
	p = m->op->start(m, &index);
	while (p && !IS_ERR(p)) {
		err = seq_show_one(m, p);
		if (err)
			break;
		if (pos + m->count > offset) {
			m->from = offset - pos;
			m->count -= m->from;
			break;
		}
		pos += m->count;
		m->count = 0;
		p = m->op->next(m, p, &index);
		if (pos == offset)
			break;
	}
	if (IS_ERR(p))
		err = PTR_ERR(p);
	m->op->stop(m, p);
	m->index = index;
	return err;
}

/* traverse(), starting again each time the buffer had to grow */
static int seq_reposition(struct seq_file *m, loff_t offset)
{
	int err;

	while ((err = traverse(m, offset)) == -EAGAIN)
		;
	if (err) {
		m->count = m->from = 0;
		m->index = 0;
		m->read_pos = 0;
	} else {
		m->read_pos = offset;
	}
	return err;
}

/* Hand out up to @size buffered bytes; the number copied or -EFAULT. */
static ssize_t seq_copy_out(struct seq_file *m, char __user *buf, size_t size)
{
	size_t n = min(m->count, size);

	if (copy_to_user(buf, m->buf + m->from, n))
		return -EFAULT;
	m->count -= n;
	m->from += n;
	if (!m->count) {
		m->from = 0;
		m->index++;
	}
	return n;
}

/*
 * With the buffer empty: print the first record at m->index that prints
 * something, then as many following ones as fit in @size. Returns 0 with
 * the text in the buffer (count == 0 at the end of the file) or an error.
 */
static int seq_fill(struct seq_file *m, size_t size)
{
	loff_t pos = m->index;
	void *p = m->op->start(m, &pos);
	int err = 0;

	while (p && !IS_ERR(p)) {
		err = seq_show_one(m, p);
		if (err == -EAGAIN) {
			m->op->stop(m, p);
			pos = m->index;
			p = m->op->start(m, &pos);
			continue;
		}
		if (err || m->count)
			break;
		p = m->op->next(m, p, &pos);
		m->index = pos;
	}
	if (IS_ERR(p))
		err = PTR_ERR(p);
	if (!m->count) {
		/*
		 * The end (or an error): m->index stays, as 2.6.32's seq_read()
		 * leaves it. start() may have moved pos (LKMPG's procfs4.c puts
		 * it back to 0 to end its sequence); taking that as the index
		 * would start the sequence again at the next read.
		 */
		m->op->stop(m, p);
		return err;
	}
	while (!err && p && !IS_ERR(p) && m->count < size) {
		size_t offs = m->count;
		loff_t next = pos;

		p = m->op->next(m, p, &next);
		if (!p || IS_ERR(p))
			break;
		if (m->op->show(m, p) || m->count == m->size) {
			m->count = offs; /* it did not fit: it is printed again next time */
			break;
		}
		pos = next;
	}
	m->op->stop(m, p);
	/* The buffer now holds records m->index..pos; seq_copy_out's index++ passes them. */
	m->index = pos;
	return err;
}

/**
 * seq_read - read() for a seq_file
 * @file: the file (its private_data is the seq_file)
 * @buf: where to copy
 * @size: at most this many bytes
 * @ppos: the file position; a position other than where the last read
 *        ended restarts the walk (traverse)
 *
 * Return: the number of bytes copied (0 at the end), or a negative errno
 * (-ENOMEM, -EFAULT, or the iterator's error if nothing was copied).
 * Context: process context; may sleep.
 */
ssize_t seq_read(struct file *file, char __user *buf, size_t size, loff_t *ppos)
{
	struct seq_file *m = file->private_data;
	ssize_t copied = 0, n;
	int err = 0;

	mutex_lock(&m->lock);
	if (*ppos != m->read_pos) {
		err = seq_reposition(m, *ppos);
		if (err)
			goto out;
	}
	err = seq_alloc(m);
	while (!err && size) {
		if (!m->count) {
			err = seq_fill(m, size);
			if (err || !m->count)
				break;
		}
		n = seq_copy_out(m, buf + copied, size);
		if (n < 0) {
			err = n;
			break;
		}
		copied += n;
		size -= n;
	}
	*ppos += copied;
	m->read_pos += copied;
out:
	mutex_unlock(&m->lock);
	return copied ? copied : err;
}
EXPORT_SYMBOL(seq_read);

/**
 * seq_lseek - lseek() for a seq_file
 * @file: the file
 * @offset: the new position, absolute or from the current one
 * @origin: SEEK_SET or SEEK_CUR (SEEK_END: the end is not known: -EINVAL)
 *
 * Return: the new position, or -EINVAL; a position past the end is
 * allowed (reads there return 0).
 * Context: process context; may sleep.
 */
loff_t seq_lseek(struct file *file, loff_t offset, int origin)
{
	struct seq_file *m = file->private_data;
	loff_t ret = -EINVAL;

	mutex_lock(&m->lock);
	if (origin == SEEK_CUR)
		offset += file->f_pos;
	if ((origin == SEEK_SET || origin == SEEK_CUR) && offset >= 0) {
		ret = offset;
		if (offset != m->read_pos)
			ret = seq_reposition(m, offset) ?: offset;
		file->f_pos = ret < 0 ? 0 : ret;
	}
	mutex_unlock(&m->lock);
	return ret;
}
EXPORT_SYMBOL(seq_lseek);

/**
 * seq_release - release() for a seq_file: free its buffer and state
 * @inode: the file's inode
 * @file: the file
 *
 * Return: 0.
 * Context: process context.
 */
int seq_release(struct inode *inode, struct file *file)
{
	struct seq_file *m = file->private_data;

	kfree(m->buf);
	kfree(m);
	file->private_data = NULL;
	return 0;
}
EXPORT_SYMBOL(seq_release);

/**
 * seq_vprintf - print into the seq_file's buffer
 * @m: the seq_file
 * @fmt: the format
 * @args: its arguments
 *
 * Return: 0, or -1 if it did not fit (the buffer is then marked full, and
 * seq_read() prints the record again into a larger one).
 * Context: within a show function.
 */
int seq_vprintf(struct seq_file *m, const char *fmt, va_list args)
{
	size_t room = m->size - m->count;

	if (m->count < m->size) {
		int len = vsnprintf(m->buf + m->count, room, fmt, args);

		if ((size_t)len < room) {
			m->count += len;
			return 0;
		}
	}
	m->count = m->size;
	return -1;
}

/**
 * seq_printf - print into the seq_file's buffer, printf-style
 * @m: the seq_file
 * @fmt: the format
 *
 * Return: 0, or -1 on overflow (see seq_vprintf()).
 * Context: within a show function.
 */
int seq_printf(struct seq_file *m, const char *fmt, ...)
{
	va_list args;
	int ret;

	va_start(args, fmt);
	ret = seq_vprintf(m, fmt, args);
	va_end(args);
	return ret;
}
EXPORT_SYMBOL(seq_printf);

/**
 * seq_write - put @len bytes into the seq_file's buffer
 * @m: the seq_file
 * @data: the bytes
 * @len: how many
 *
 * Return: 0, or -1 on overflow.
 * Context: within a show function.
 */
int seq_write(struct seq_file *m, const void *data, size_t len)
{
	if (m->count + len < m->size) {
		memcpy(m->buf + m->count, data, len);
		m->count += len;
		return 0;
	}
	m->count = m->size;
	return -1;
}
EXPORT_SYMBOL(seq_write);

/**
 * seq_puts - put a string into the seq_file's buffer
 * @m: the seq_file
 * @s: the string
 *
 * Return: 0, or -1 on overflow.
 * Context: within a show function.
 */
int seq_puts(struct seq_file *m, const char *s)
{
	return seq_write(m, s, strlen(s));
}
EXPORT_SYMBOL(seq_puts);

/**
 * seq_putc - put one character into the seq_file's buffer
 * @m: the seq_file
 * @c: the character
 *
 * Return: 0, or -1 on overflow.
 * Context: within a show function.
 */
int seq_putc(struct seq_file *m, char c)
{
	return seq_write(m, &c, 1);
}
EXPORT_SYMBOL(seq_putc);

/* single_open's iterator: one record, at position 0 */
static void *single_start(struct seq_file *m, loff_t *pos)
{
	return *pos == 0 ? (void *)1 : NULL;
}

static void *single_next(struct seq_file *m, void *v, loff_t *pos)
{
	++*pos;
	return NULL;
}

static void single_stop(struct seq_file *m, void *v)
{
}

/**
 * single_open - a seq_file whose whole text is one record
 * @file: the file being opened
 * @show: prints the whole text
 * @data: stored in the seq_file's private field for @show
 *
 * Return: 0, or -ENOMEM.
 * Context: process context; may sleep.
 */
int single_open(struct file *file, int (*show)(struct seq_file *, void *), void *data)
{
	struct seq_operations *op = kmalloc(sizeof(*op), GFP_KERNEL);
	int res;

	if (!op)
		return -ENOMEM;
	op->start = single_start;
	op->next = single_next;
	op->stop = single_stop;
	op->show = show;
	res = seq_open(file, op);
	if (res) {
		kfree(op);
		return res;
	}
	((struct seq_file *)file->private_data)->private = data;
	return 0;
}
EXPORT_SYMBOL(single_open);

/**
 * single_release - release() for a file opened with single_open()
 * @inode: the file's inode
 * @file: the file
 *
 * Return: 0.
 * Context: process context.
 */
int single_release(struct inode *inode, struct file *file)
{
	const struct seq_operations *op = ((struct seq_file *)file->private_data)->op;

	seq_release(inode, file);
	kfree(op);
	return 0;
}
EXPORT_SYMBOL(single_release);

/**
 * __seq_open_private - seq_open() with a zeroed private area for the iterator
 * @file: the file being opened
 * @ops: the iterator
 * @psize: the private area's size
 *
 * Return: the private area (also in the seq_file's private field), or NULL.
 * Context: process context; may sleep.
 */
void *__seq_open_private(struct file *file, const struct seq_operations *ops, int psize)
{
	void *private = kzalloc(psize, GFP_KERNEL);

	if (!private)
		return NULL;
	if (seq_open(file, ops)) {
		kfree(private);
		return NULL;
	}
	((struct seq_file *)file->private_data)->private = private;
	return private;
}
EXPORT_SYMBOL(__seq_open_private);

/**
 * seq_open_private - seq_open() with a zeroed private area
 * @file: the file being opened
 * @ops: the iterator
 * @psize: the private area's size
 *
 * Return: 0, or -ENOMEM.
 * Context: process context; may sleep.
 */
int seq_open_private(struct file *file, const struct seq_operations *ops, int psize)
{
	return __seq_open_private(file, ops, psize) ? 0 : -ENOMEM;
}
EXPORT_SYMBOL(seq_open_private);

/**
 * seq_release_private - release() for seq_open_private(): frees the area too
 * @inode: the file's inode
 * @file: the file
 *
 * Return: 0.
 * Context: process context.
 */
int seq_release_private(struct inode *inode, struct file *file)
{
	struct seq_file *m = file->private_data;

	kfree(m->private);
	m->private = NULL;
	return seq_release(inode, file);
}
EXPORT_SYMBOL(seq_release_private);

/**
 * seq_list_start - start() for a seq_file over a list: the @pos-th entry
 * @head: the list
 * @pos: the position
 *
 * Return: the entry's list_head, or NULL past the end.
 * Context: with the list's lock held (take it in start, drop it in stop).
 */
struct list_head *seq_list_start(struct list_head *head, loff_t pos)
{
	struct list_head *lh;

	list_for_each(lh, head)
		if (pos-- == 0)
			return lh;
	return NULL;
}
EXPORT_SYMBOL(seq_list_start);

/**
 * seq_list_start_head - seq_list_start() with the head itself at position 0
 * @head: the list
 * @pos: the position (0 is the head, for a header line)
 *
 * Return: the head, an entry's list_head, or NULL past the end.
 * Context: with the list's lock held.
 */
struct list_head *seq_list_start_head(struct list_head *head, loff_t pos)
{
	if (!pos)
		return head;
	return seq_list_start(head, pos - 1);
}
EXPORT_SYMBOL(seq_list_start_head);

/**
 * seq_list_next - next() for a seq_file over a list
 * @v: the current entry's list_head
 * @head: the list
 * @ppos: the position, advanced by one
 *
 * Return: the next entry's list_head, or NULL at the end.
 * Context: with the list's lock held.
 */
struct list_head *seq_list_next(void *v, struct list_head *head, loff_t *ppos)
{
	struct list_head *lh = ((struct list_head *)v)->next;

	++*ppos;
	return lh == head ? NULL : lh;
}
EXPORT_SYMBOL(seq_list_next);

/**
 * seq_show_buf - run a view that formats into a buffer, into a seq_file
 * @m: the seq_file
 * @show: the view (meminfo_show...): writes at most size - 1 characters
 *        and returns how many it wrote
 *
 * The view writes straight into the seq_file's buffer. If it filled the
 * room it had, the text may have been cut, so the buffer is marked full
 * and seq_read() runs the view again with a buffer twice as large.
 *
 * Return: 0.
 * Context: within a show function.
 */
int seq_show_buf(struct seq_file *m, int (*show)(char *buf, size_t size))
{
	size_t room = m->size - m->count;
	int n;

	if (room < 2) {
		m->count = m->size;
		return 0;
	}
	n = show(m->buf + m->count, room);
	if ((size_t)n >= room - 1)
		m->count = m->size;
	else
		m->count += n;
	return 0;
}

/**
 * seq_print_cb - a printf-like callback that prints into a seq_file
 * @m: the seq_file (as void *, to match show_print_t)
 * @fmt: the format
 *
 * For views that print through a callback (show_interrupts,
 * show_softirqs, chrdev_show): pass seq_print_cb and the seq_file.
 *
 * Context: within a show function.
 */
void seq_print_cb(void *m, const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	seq_vprintf(m, fmt, args);
	va_end(args);
}

/**
 * seq_path - print a path, escaping the characters of @esc
 * @m: the seq_file
 * @path: the path (d_path() prints it: from the reader's root)
 * @esc: characters to print as \ooo octal escapes ("\n" for /proc/PID/maps,
 *       " \t\n\\" for /proc/mounts)
 *
 * Return: the number of characters printed, or -1 if the buffer filled
 * (seq_read() then runs the show function again with a larger buffer).
 * Context: within a show function; may sleep.
 */
int seq_path(struct seq_file *m, struct path *path, char *esc)
{
	char *buf = (char *)__get_free_page(GFP_KERNEL), *p;
	int n = 0;

	if (!buf)
		return -1;
	p = d_path(path, buf, PAGE_SIZE);
	if (IS_ERR(p)) {
		free_page((unsigned long)buf);
		return -1;
	}
	for (; *p; p++) {
		if (strchr(esc, *p))
			seq_printf(m, "\\%03o", (unsigned char)*p);
		else
			seq_putc(m, *p);
		n++;
	}
	free_page((unsigned long)buf);
	return m->count == m->size ? -1 : n;
}
EXPORT_SYMBOL(seq_path);
