/*
 * seq_file_test.c - fs/seq_file.c: reads of every size and position agree.
 *
 * A seq_file over a list of records of assorted lengths (empty, skipped
 * with SEQ_SKIP, and longer than a page, so the buffer must grow) is read
 * in one large read, byte by byte, in odd-sized pieces, and from odd
 * offsets reached with lseek and with pread-style positions: each must
 * give the same bytes. Also single_open, seq_list_*, seq_open_private
 * and lseek's errors. The file is a bare struct file, as the VFS would
 * hand to the file's operations.
 */
#include <kunit/test.h>
#include <linux/vmalloc.h>
#include <linux/seq_file.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <asm/page.h>

#define NREC 60

struct rec {
	struct list_head list;
	int n;
};

static LIST_HEAD(recs);
static struct rec rec_pool[NREC];

static void *rec_start(struct seq_file *m, loff_t *pos)
{
	return seq_list_start_head(&recs, *pos);
}

static void *rec_next(struct seq_file *m, void *v, loff_t *pos)
{
	return seq_list_next(v, &recs, pos);
}

static void rec_stop(struct seq_file *m, void *v)
{
}

/* Record n: n % 7 == 3 skipped, n % 11 == 5 empty, n % 13 == 4 longer than a page */
static int rec_show(struct seq_file *m, void *v)
{
	struct rec *r = list_entry(v, struct rec, list);
	int i;

	if (v == &recs)
		return seq_puts(m, "header line\n");
	if (r->n % 7 == 3)
		return SEQ_SKIP;
	if (r->n % 11 == 5)
		return 0;
	seq_printf(m, "record %d:", r->n);
	for (i = 0; i < (r->n % 13 == 4 ? 1500 : r->n % 9); i++)
		seq_printf(m, " %x", r->n * 31 + i);
	return seq_putc(m, '\n');
}

static const struct seq_operations rec_ops = {
	.start = rec_start,
	.next = rec_next,
	.stop = rec_stop,
	.show = rec_show,
};

static void rec_setup(void)
{
	int i;

	INIT_LIST_HEAD(&recs);
	for (i = 0; i < NREC; i++) {
		rec_pool[i].n = i;
		list_add_tail(&rec_pool[i].list, &recs);
	}
}

/* Two buffers for the whole text: one large read and the other way */
/* 128 KB, allocated once at the suite's start and kept (not in .bss: timer_test.c says why) */
static char *text_a, *text_b;
static struct file test_file;

static struct file *open_recs(struct kunit *test)
{
	struct file *f = &test_file;

	memset(f, 0, sizeof(*f));
	KUNIT_ASSERT_EQ(test, seq_open(f, &rec_ops), 0);
	return f;
}

static struct file *fresh_file(void)
{
	memset(&test_file, 0, sizeof(test_file));
	return &test_file;
}

/* Read everything with reads of @chunk bytes; the length read. */
static size_t read_all(struct file *f, char *buf, size_t cap, size_t chunk)
{
	size_t len = 0;
	ssize_t n;

	while (len < cap && (n = seq_read(f, buf + len, min(chunk, cap - len), &f->f_pos)) > 0)
		len += n;
	return len;
}

static void seq_reads_agree_test(struct kunit *test)
{
	size_t cap = 64 * 1024, whole, len;
	char *a = text_a, *b = text_b;
	static const size_t chunks[] = { 1, 2, 3, 7, 100, 4095, 4096, 4097 };
	struct file *f;
	unsigned int i;

	rec_setup();
	f = open_recs(test);
	whole = read_all(f, a, cap, cap);
	KUNIT_EXPECT_GT(test, whole, (size_t)3 * PAGE_SIZE);
	KUNIT_EXPECT_EQ(test, seq_read(f, b, 10, &f->f_pos), 0);
	seq_release(NULL, f);
	KUNIT_EXPECT_TRUE(test, !strncmp(a, "header line\nrecord 0:\nrecord 1: 1f\n", 35));
	for (i = 0; i < ARRAY_SIZE(chunks); i++) {
		f = open_recs(test);
		len = read_all(f, b, cap, chunks[i]);
		KUNIT_EXPECT_EQ_MSG(test, len, whole, "chunk %zu", chunks[i]);
		KUNIT_EXPECT_TRUE_MSG(test, !memcmp(a, b, whole), "chunk %zu", chunks[i]);
		seq_release(NULL, f);
	}
}

static void seq_odd_offsets_test(struct kunit *test)
{
	size_t cap = 64 * 1024, whole;
	char *a = text_a, *b = text_b;
	struct file *f;
	loff_t off;

	rec_setup();
	f = open_recs(test);
	whole = read_all(f, a, cap, cap);
	for (off = 1; off < (loff_t)whole + 5; off += 1 + off / 3) {
		ssize_t n;

		KUNIT_ASSERT_EQ(test, seq_lseek(f, off, 0), off);
		n = seq_read(f, b, 13, &f->f_pos);
		if (off >= (loff_t)whole) {
			KUNIT_EXPECT_EQ(test, n, 0);
			continue;
		}
		KUNIT_EXPECT_EQ(test, n, (ssize_t)min_t(size_t, 13, whole - off));
		KUNIT_EXPECT_TRUE_MSG(test, !memcmp(b, a + off, n), "offset %lld", off);
	}
	/* A read at a position of its own (pread) repositions too. */
	off = 4001;
	KUNIT_EXPECT_EQ(test, seq_read(f, b, 9, &off), 9);
	KUNIT_EXPECT_TRUE(test, !memcmp(b, a + 4001, 9));
	KUNIT_EXPECT_EQ(test, off, 4010);
	/* SEEK_CUR from there, and the errors. */
	KUNIT_EXPECT_EQ(test, seq_lseek(f, 100, 0), 100);
	KUNIT_EXPECT_EQ(test, seq_lseek(f, 5, 1), 105);
	KUNIT_EXPECT_EQ(test, seq_read(f, b, 4, &f->f_pos), 4);
	KUNIT_EXPECT_TRUE(test, !memcmp(b, a + 105, 4));
	KUNIT_EXPECT_EQ(test, seq_lseek(f, 0, 2), -EINVAL);
	KUNIT_EXPECT_EQ(test, seq_lseek(f, -1, 0), -EINVAL);
	seq_release(NULL, f);
}

static int single_show(struct seq_file *m, void *v)
{
	int i;

	for (i = 0; i < 500; i++)
		seq_printf(m, "%s line %d\n", (char *)m->private, i);
	return 0;
}

static void seq_single_open_test(struct kunit *test)
{
	size_t cap = 32 * 1024, whole, len;
	char *a = text_a, *b = text_b;
	struct file *f = fresh_file();

	KUNIT_ASSERT_EQ(test, single_open(f, single_show, "single"), 0);
	whole = read_all(f, a, cap, cap);
	KUNIT_EXPECT_EQ(test, whole, (size_t)(10 * 14 + 90 * 15 + 400 * 16));
	KUNIT_EXPECT_TRUE(test, !strncmp(a, "single line 0\nsingle line 1\n", 28));
	single_release(NULL, f);
	f = fresh_file();
	KUNIT_ASSERT_EQ(test, single_open(f, single_show, "single"), 0);
	len = read_all(f, b, cap, 1);
	KUNIT_EXPECT_EQ(test, len, whole);
	KUNIT_EXPECT_TRUE(test, !memcmp(a, b, whole));
	single_release(NULL, f);
}

struct priv_iter {
	int calls;
};

static void *priv_start(struct seq_file *m, loff_t *pos)
{
	struct priv_iter *it = m->private;

	it->calls++;
	return *pos < 3 ? pos : NULL;
}

static void *priv_next(struct seq_file *m, void *v, loff_t *pos)
{
	++*pos;
	return *pos < 3 ? pos : NULL;
}

static int priv_show(struct seq_file *m, void *v)
{
	return seq_printf(m, "%lld\n", *(loff_t *)v);
}

static const struct seq_operations priv_ops = {
	.start = priv_start,
	.next = priv_next,
	.stop = rec_stop,
	.show = priv_show,
};

static void seq_open_private_test(struct kunit *test)
{
	struct file *f = fresh_file();
	struct priv_iter *it;
	char buf[16];

	it = __seq_open_private(f, &priv_ops, sizeof(*it));
	KUNIT_ASSERT_NOT_NULL(test, it);
	KUNIT_EXPECT_EQ(test, it->calls, 0);
	KUNIT_EXPECT_EQ(test, seq_read(f, buf, sizeof(buf), &f->f_pos), 6);
	KUNIT_EXPECT_TRUE(test, !memcmp(buf, "0\n1\n2\n", 6));
	KUNIT_EXPECT_GE(test, it->calls, 1);
	seq_release_private(NULL, f);
	KUNIT_EXPECT_PTR_EQ(test, f->private_data, NULL);
}

static int buf_view(char *buf, size_t size)
{
	int i, n = 0;

	for (i = 0; i < 800; i++)
		n += scnprintf(buf + n, size - n, "view line %03d\n", i);
	return n;
}

static int buf_view_show(struct seq_file *m, void *v)
{
	return seq_show_buf(m, buf_view);
}

static void seq_show_buf_test(struct kunit *test)
{
	size_t cap = 32 * 1024;
	char *a = text_a;
	struct file *f = fresh_file();

	KUNIT_ASSERT_EQ(test, single_open(f, buf_view_show, NULL), 0);
	/* 800 lines of 14 bytes: more than a page, so the view runs again in a larger buffer */
	KUNIT_EXPECT_EQ(test, read_all(f, a, cap, 1), (size_t)800 * 14);
	KUNIT_EXPECT_TRUE(test, !strncmp(a + 799 * 14, "view line 799\n", 14));
	single_release(NULL, f);
}

/*
 * An iterator in the style of LKMPG's procfs4.c: one record at position
 * 0, and a start() that ends the sequence at any other position by
 * putting *pos back to 0. 2.6.32's seq_read() leaves m->index alone when
 * start() gives nothing, so every later read is at the end: cat prints
 * one line. Taking *pos back as the index would restart the sequence,
 * and cat would print numbers for ever.
 */
static unsigned long once_counter;

static void *once_start(struct seq_file *m, loff_t *pos)
{
	if (*pos == 0)
		return &once_counter;
	*pos = 0;
	return NULL;
}

static void *once_next(struct seq_file *m, void *v, loff_t *pos)
{
	(*(unsigned long *)v)++;
	(*pos)++;
	return NULL;
}

static int once_show(struct seq_file *m, void *v)
{
	return seq_printf(m, "%lu\n", *(unsigned long *)v);
}

static const struct seq_operations once_ops = {
	.start = once_start,
	.next = once_next,
	.stop = rec_stop,
	.show = once_show,
};

static void seq_start_resets_pos_test(struct kunit *test)
{
	struct file *f = fresh_file();
	char buf[32];

	once_counter = 0;
	KUNIT_ASSERT_EQ(test, seq_open(f, &once_ops), 0);
	KUNIT_EXPECT_EQ(test, seq_read(f, buf, sizeof(buf), &f->f_pos), 2);
	KUNIT_EXPECT_TRUE(test, !memcmp(buf, "0\n", 2));
	KUNIT_EXPECT_EQ(test, seq_read(f, buf, sizeof(buf), &f->f_pos), 0);
	KUNIT_EXPECT_EQ(test, seq_read(f, buf, sizeof(buf), &f->f_pos), 0);
	seq_release(NULL, f);
	/* a second open starts again, with the counter one further */
	f = fresh_file();
	KUNIT_ASSERT_EQ(test, seq_open(f, &once_ops), 0);
	KUNIT_EXPECT_EQ(test, seq_read(f, buf, sizeof(buf), &f->f_pos), 2);
	KUNIT_EXPECT_TRUE(test, !memcmp(buf, "1\n", 2));
	KUNIT_EXPECT_EQ(test, seq_read(f, buf, sizeof(buf), &f->f_pos), 0);
	seq_release(NULL, f);
}

static struct kunit_case seq_file_cases[] = { KUNIT_CASE(seq_reads_agree_test),
					      KUNIT_CASE(seq_odd_offsets_test),
					      KUNIT_CASE(seq_single_open_test),
					      KUNIT_CASE(seq_open_private_test),
					      KUNIT_CASE(seq_show_buf_test),
					      KUNIT_CASE(seq_start_resets_pos_test),
					      {} };

static int seq_file_suite_init(struct kunit_suite *suite)
{
	if (!text_a)
		text_a = vmalloc(64 * 1024);
	if (!text_b)
		text_b = vmalloc(64 * 1024);
	return text_a && text_b ? 0 : -ENOMEM;
}

static struct kunit_suite seq_file_suite = {
	.name = "seq_file",
	.suite_init = seq_file_suite_init,
	.test_cases = seq_file_cases,
};
kunit_test_suite(seq_file_suite);
