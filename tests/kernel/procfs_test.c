/*
 * procfs_test.c - /proc through the VFS: every file reads the same in any
 * pieces, and a driver's entries work the way the 2.6 books write them.
 *
 * Two driver entries are registered at boot, so that the kernel shell
 * can read and write them too (tests/harness/checks.py does):
 *
 *   /proc/driver/book_counter  create_proc_entry() with read_proc and
 *                              write_proc (LDD3 chapter 4's way)
 *   /proc/driver/book_seq      proc_create() with file_operations over
 *                              seq_file (single_open), and a write
 *
 * The cases read every /proc file with one large read, with 1-byte reads
 * and from odd offsets, and compare; they create, list and remove entries.
 */
#include <kunit/test.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/fs.h>
#include <linux/fcntl.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/ctype.h>
#include <linux/uaccess.h>

/* ---- the book-style driver: a counter readable and writable in /proc ---- */

static long book_value = 7;
static int book_writes;

/* read_proc in the books' simplest form: the whole text at page, from 0 */
static int book_read_proc(char *page, char **start, off_t off, int count, int *eof, void *data)
{
	int len = sprintf(page, "value %ld\nwrites %d\n", *(long *)data, book_writes);

	*eof = 1;
	return len;
}

static int book_write_proc(struct file *file, const char __user *buffer, unsigned long count,
			   void *data)
{
	char buf[24];
	size_t n = min_t(size_t, count, sizeof(buf) - 1);

	if (copy_from_user(buf, buffer, n))
		return -EFAULT;
	buf[n] = '\0';
	if (kstrtol(strim(buf), 0, (long *)data))
		return -EINVAL;
	book_writes++;
	return count;
}

static char book_seq_text[64] = "hello from seq_file\n";

static int book_seq_show(struct seq_file *m, void *v)
{
	return seq_printf(m, "%s", book_seq_text);
}

static int book_seq_open(struct inode *inode, struct file *file)
{
	return single_open(file, book_seq_show, PDE(inode)->data);
}

static ssize_t book_seq_write(struct file *file, const char __user *buf, size_t count, loff_t *ppos)
{
	size_t n = min_t(size_t, count, sizeof(book_seq_text) - 1);

	if (copy_from_user(book_seq_text, buf, n))
		return -EFAULT;
	book_seq_text[n] = '\0';
	return count;
}

static const struct file_operations book_seq_fops = {
	.open = book_seq_open,
	.read = seq_read,
	.write = book_seq_write,
	.llseek = seq_lseek,
	.release = single_release,
};

static int book_proc_init(void)
{
	struct proc_dir_entry *ent = create_proc_entry("driver/book_counter", 0644, NULL);

	if (ent) {
		ent->read_proc = book_read_proc;
		ent->write_proc = book_write_proc;
		ent->data = &book_value;
	}
	proc_create("driver/book_seq", 0644, NULL, &book_seq_fops);
	return 0;
}
late_initcall(book_proc_init);

/* ---- helpers ---- */

#define BIG (64 * 1024)
static char big_a[BIG], big_b[BIG];

/* Read @path in @chunk-byte reads into @buf; the length, or a negative errno */
static long read_file(const char *path, char *buf, size_t cap, size_t chunk)
{
	struct file *f = filp_open(path, O_RDONLY, 0);
	size_t len = 0;
	ssize_t n = 0;

	if (IS_ERR(f))
		return PTR_ERR(f);
	while (len < cap && (n = vfs_read(f, buf + len, min(chunk, cap - len), &f->f_pos)) > 0)
		len += n;
	filp_close(f, NULL);
	return n < 0 ? n : (long)len;
}

static long write_file(const char *path, const char *text)
{
	struct file *f = filp_open(path, O_WRONLY, 0);
	ssize_t n;

	if (IS_ERR(f))
		return PTR_ERR(f);
	n = vfs_write(f, text, strlen(text), &f->f_pos);
	filp_close(f, NULL);
	return n;
}

/* The lines' labels: each line up to its first digit (values may move) */
static int labels_equal(const char *a, long alen, const char *b, long blen)
{
	long i = 0, j = 0;

	while (i < alen && j < blen) {
		while (i < alen && a[i] != '\n' && !isdigit(a[i]) && a[i] == b[j]) {
			i++;
			j++;
		}
		if (i < alen && j < blen && a[i] != b[j] && !isdigit(a[i]) && !isdigit(b[j]))
			return 0;
		while (i < alen && a[i] != '\n')
			i++;
		while (j < blen && b[j] != '\n')
			j++;
		i++;
		j++;
	}
	return i >= alen && j >= blen;
}

static int count_lines(const char *s, long len)
{
	int n = 0;
	long i;

	for (i = 0; i < len; i++)
		n += s[i] == '\n';
	return n;
}

/* Files whose text cannot change between two reads in a test */
static const char *const stable_files[] = {
	"/proc/version",  "/proc/cmdline", "/proc/devices",	    "/proc/filesystems",
	"/proc/kallsyms", "/proc/mounts",  "/proc/driver/book_seq", "/proc/driver/book_counter",
};

/* Files whose numbers move (memory, time, counts): the same lines, not bytes */
static const char *const moving_files[] = {
	"/proc/meminfo",     "/proc/buddyinfo",	 "/proc/zoneinfo",    "/proc/slabinfo",
	"/proc/vmallocinfo", "/proc/interrupts", "/proc/softirqs",    "/proc/uptime",
	"/proc/loadavg",     "/proc/stat",	 "/proc/vmstat",      "/proc/timer_list",
	"/proc/sched_debug", "/proc/self/stat",	 "/proc/self/status", "/proc/self/statm",
};

static void proc_stable_files_test(struct kunit *test)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(stable_files); i++) {
		const char *path = stable_files[i];
		long whole = read_file(path, big_a, BIG, BIG), bytes;
		struct file *f;
		loff_t off;

		KUNIT_ASSERT_GT_MSG(test, whole, 0, "%s", path);
		bytes = read_file(path, big_b, BIG, 1);
		KUNIT_EXPECT_EQ_MSG(test, bytes, whole, "%s", path);
		KUNIT_EXPECT_TRUE_MSG(test, !memcmp(big_a, big_b, whole), "%s", path);
		bytes = read_file(path, big_b, BIG, 3);
		KUNIT_EXPECT_TRUE_MSG(test, bytes == whole && !memcmp(big_a, big_b, whole), "%s",
				      path);
		f = filp_open(path, O_RDONLY, 0);
		KUNIT_ASSERT_FALSE(test, IS_ERR(f));
		for (off = 1; off < whole; off += 1 + off / 2) {
			char piece[7];
			ssize_t n;

			KUNIT_EXPECT_EQ(test, vfs_llseek(f, off, 0), off);
			n = vfs_read(f, piece, sizeof(piece), &f->f_pos);
			KUNIT_EXPECT_EQ_MSG(test, n, (ssize_t)min_t(long, 7, whole - off),
					    "%s @%lld", path, off);
			if (n > 0)
				KUNIT_EXPECT_TRUE_MSG(test, !memcmp(piece, big_a + off, n),
						      "%s @%lld", path, off);
		}
		filp_close(f, NULL);
	}
}

static void proc_moving_files_test(struct kunit *test)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(moving_files); i++) {
		const char *path = moving_files[i];
		long whole = read_file(path, big_a, BIG, BIG), bytes;

		if (whole == -ENOENT && !strcmp(path, "/proc/vmstat"))
			continue; /* comes with mm's vmstat view */
		KUNIT_ASSERT_GT_MSG(test, whole, 0, "%s", path);
		bytes = read_file(path, big_b, BIG, 1);
		KUNIT_ASSERT_GT_MSG(test, bytes, 0, "%s", path);
		KUNIT_EXPECT_EQ_MSG(test, count_lines(big_a, whole), count_lines(big_b, bytes),
				    "%s", path);
		KUNIT_EXPECT_TRUE_MSG(test, labels_equal(big_a, whole, big_b, bytes), "%s", path);
		KUNIT_EXPECT_EQ_MSG(test, big_b[bytes - 1], '\n', "%s", path);
	}
}

static void proc_book_entry_test(struct kunit *test)
{
	long n;

	book_value = 7;
	n = read_file("/proc/driver/book_counter", big_a, BIG, BIG);
	KUNIT_ASSERT_GT(test, n, 0);
	big_a[n] = '\0';
	KUNIT_EXPECT_TRUE(test, !strncmp(big_a, "value 7\n", 8));
	KUNIT_EXPECT_EQ(test, write_file("/proc/driver/book_counter", "42\n"), 3);
	KUNIT_EXPECT_EQ(test, book_value, 42);
	n = read_file("/proc/driver/book_counter", big_a, BIG, 1);
	KUNIT_ASSERT_GT(test, n, 0); /* (an error is no index into big_a) */
	big_a[n] = '\0';
	KUNIT_EXPECT_TRUE(test, !strncmp(big_a, "value 42\n", 9));
	KUNIT_EXPECT_EQ(test, write_file("/proc/driver/book_counter", "nonsense"), -EINVAL);
}

static void restore_book_seq(void *unused)
{
	strscpy(book_seq_text, "hello from seq_file\n", sizeof(book_seq_text));
}

static void proc_seq_entry_test(struct kunit *test)
{
	long n;

	KUNIT_ASSERT_EQ(test, kunit_add_action(test, restore_book_seq, NULL), 0);
	KUNIT_EXPECT_EQ(test, write_file("/proc/driver/book_seq", "written\n"), 8);
	n = read_file("/proc/driver/book_seq", big_a, BIG, 2);
	KUNIT_ASSERT_EQ(test, n, 8);
	KUNIT_EXPECT_TRUE(test, !memcmp(big_a, "written\n", 8));
}

/*
 * The entries a case creates are removed by KUnit actions, so a case that
 * ends early (an allocation made to fail under fault injection) leaves
 * none behind. remove_proc_entry() warns about a name that is not there,
 * so each entry has its own action, released where the case removes it
 * (an action is found by its context pointer: one string for each).
 */
static char kt_dir_path[] = "kt_dir", kt_f2_path[] = "kt_dir/kt_f2", kt_many_path[] = "kt_many";

static void remove_entry(void *path)
{
	remove_proc_entry(path, NULL);
}

/* read_proc's third form: *start = (char *)1 per block, many blocks */
static int many_read_proc(char *page, char **start, off_t off, int count, int *eof, void *data)
{
	int line = off, len = 0;

	while (line < 3000 && len + 16 < count)
		len += sprintf(page + len, "line %05d %s\n", line++, "abc");
	/* The hack: returned bytes are at page; the position moves by lines. */
	*start = (char *)(unsigned long)(line - off);
	if (line >= 3000)
		*eof = 1;
	return len;
}

static void proc_read_proc_blocks_test(struct kunit *test)
{
	struct proc_dir_entry *ent =
		create_proc_read_entry("kt_many", 0, NULL, many_read_proc, NULL);
	long n;

	KUNIT_ASSERT_NOT_NULL(test, ent);
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, remove_entry, kt_many_path), 0);
	n = read_file("/proc/kt_many", big_a, BIG, BIG);
	KUNIT_EXPECT_EQ(test, n, 3000L * 15);
	KUNIT_EXPECT_TRUE(test, !memcmp(big_a + 2999 * 15, "line 02999 abc\n", 15));
}

/*
 * LDD3's jit_currentime style: a fresh 20-byte line at page on every call,
 * whatever the offset and count, never at end of file. A read is filled
 * line after line; the last piece must stop at the reader's count (2.6.32
 * clips n to count when start is inside the page), not run past its buffer.
 */
static char kt_jit_path[] = "kt_jit";

static int jit_style_read_proc(char *page, char **start, off_t off, int count, int *eof, void *data)
{
	*start = page;
	return sprintf(page, "0123456789abcdefghi\n");
}

static void proc_read_proc_count_test(struct kunit *test)
{
	struct proc_dir_entry *ent =
		create_proc_read_entry("kt_jit", 0, NULL, jit_style_read_proc, NULL);

	KUNIT_ASSERT_NOT_NULL(test, ent);
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, remove_entry, kt_jit_path), 0);
	memset(big_b, 'X', 200);
	/* 90 bytes asked for: four lines and half of the fifth, nothing past */
	KUNIT_EXPECT_EQ(test, read_file("/proc/kt_jit", big_b, 90, 90), 90L);
	KUNIT_EXPECT_TRUE(test, !memcmp(big_b + 80, "0123456789", 10));
	KUNIT_EXPECT_EQ(test, big_b[90], 'X');
	KUNIT_EXPECT_EQ(test, big_b[99], 'X');
}

static int kt_filldir(void *buf, const char *name, int len, loff_t off, u64 ino, unsigned type)
{
	char *seen = buf;

	if (len == 5 && !memcmp(name, "kt_f1", 5))
		seen[0]++;
	if (len == 5 && !memcmp(name, "kt_f2", 5))
		seen[1]++;
	return 0;
}

static void remove_kt_f1(void *dir)
{
	remove_proc_entry("kt_f1", dir);
}

static void filp_close_action(void *f)
{
	filp_close(f, NULL);
}

/* The error opening @path gives, 0 if it opens (the file is closed again) */
static long open_error(const char *path, int flags)
{
	struct file *f = filp_open(path, flags, 0);

	if (IS_ERR(f))
		return PTR_ERR(f);
	filp_close(f, NULL);
	return 0;
}

static void proc_mkdir_remove_test(struct kunit *test)
{
	struct proc_dir_entry *dir = proc_mkdir("kt_dir", NULL);
	char seen[2] = { 0, 0 };
	struct file *f, *held;
	char c;

	KUNIT_ASSERT_NOT_NULL(test, dir);
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, remove_entry, kt_dir_path), 0);
	KUNIT_ASSERT_NOT_NULL(test, proc_create("kt_f1", 0, dir, &book_seq_fops));
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, remove_kt_f1, dir), 0);
	KUNIT_ASSERT_NOT_NULL(test, create_proc_entry("kt_dir/kt_f2", 0, NULL));
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, remove_entry, kt_f2_path), 0);
	/* The same name twice is refused */
	KUNIT_EXPECT_PTR_EQ(test, proc_create("kt_f1", 0, dir, &book_seq_fops), NULL);
	f = filp_open("/proc/kt_dir", O_RDONLY | O_DIRECTORY, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(f));
	KUNIT_EXPECT_EQ(test, vfs_readdir(f, kt_filldir, seen), 0);
	filp_close(f, NULL);
	KUNIT_EXPECT_EQ(test, seen[0], 1);
	KUNIT_EXPECT_EQ(test, seen[1], 1);
	/* An entry removed while open: reads fail with -EIO, the entry goes at close */
	held = filp_open("/proc/kt_dir/kt_f1", O_RDONLY, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(held));
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, filp_close_action, held), 0);
	kunit_release_action(test, remove_kt_f1, dir);
	KUNIT_EXPECT_EQ(test, vfs_read(held, &c, 1, &held->f_pos), -EIO);
	kunit_release_action(test, filp_close_action, held);
	KUNIT_EXPECT_EQ(test, open_error("/proc/kt_dir/kt_f1", O_RDONLY), (long)-ENOENT);
	kunit_release_action(test, remove_entry, kt_f2_path);
	kunit_release_action(test, remove_entry, kt_dir_path);
	KUNIT_EXPECT_EQ(test, open_error("/proc/kt_dir", O_RDONLY), (long)-ENOENT);
}

static struct kunit_case procfs_cases[] = {
	KUNIT_CASE(proc_stable_files_test),	KUNIT_CASE(proc_moving_files_test),
	KUNIT_CASE(proc_book_entry_test),	KUNIT_CASE(proc_seq_entry_test),
	KUNIT_CASE(proc_read_proc_blocks_test), KUNIT_CASE(proc_read_proc_count_test),
	KUNIT_CASE(proc_mkdir_remove_test),	{}
};

static struct kunit_suite procfs_suite = {
	.name = "procfs",
	.test_cases = procfs_cases,
};
kunit_test_suite(procfs_suite);
