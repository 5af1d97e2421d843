/*
 * n_tty_test.c - KUnit tests of the N_TTY line discipline on a real tty.
 *
 * Each case builds a tty on a test driver whose write() records the
 * output (the echo), types bytes into it through the ldisc's
 * receive_buf - as flush_to_ldisc does - and reads it with the ldisc's
 * read(), the path of read(2): canonical editing and one line per read,
 * VEOF, the full-line rule, the four VMIN/VTIME cases, O_NONBLOCK, the
 * signal keys (the test thread stands in for the foreground process
 * group, as kdb_tty's fg_task does), flushing and NOFLSH, IXON's ^S/^Q
 * and OPOST's ONLCR. tests/host/n_tty_shim.c checks the editing core
 * alone, byte for byte, against 2.6.32. See docs/tty.md.
 */
#include <kunit/test.h>
#include <linux/tty.h>
#include <linux/tty_flip.h>
#include <linnet/n_tty.h>
#include <linux/errno.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/jiffies.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/string.h>

#define OUT_SIZE 16384

/* struct n_tty_fixture - a tty on the test driver, and what it wrote */
struct n_tty_fixture {
	struct tty_struct tty;
	struct tty_driver driver;
	struct tty_struct *ttys[1];
	struct ktermios *termios[1];
	struct ktermios termios0;
	char out[OUT_SIZE];
	unsigned int out_len;
	struct file file;
};

static int test_write(struct tty_struct *tty, const unsigned char *buf, int count)
{
	struct n_tty_fixture *f = container_of(tty, struct n_tty_fixture, tty);
	int n = min_t(int, count, OUT_SIZE - f->out_len);

	memcpy(f->out + f->out_len, buf, n);
	f->out_len += n;
	return count;
}

static int test_write_room(struct tty_struct *tty)
{
	return 8192;
}

static const struct tty_operations test_ops = {
	.write = test_write,
	.write_room = test_write_room,
};

KUNIT_DEFINE_ACTION_WRAPPER(release_buffer, tty_buffer_free_all, struct tty_struct *);
KUNIT_DEFINE_ACTION_WRAPPER(release_ldisc, tty_ldisc_release, struct tty_struct *);

static void forget_signals(void *unused)
{
	disallow_signal(SIGINT);
	disallow_signal(SIGTSTP);
	flush_signals(current);
}

/*
 * Each step that succeeds registers its undoing as a KUnit action, so a
 * case ended by a failed allocation (here or in the case) leaves no
 * buffer, ldisc or allowed signal behind: the actions run, newest first,
 * however the case ends.
 */
static int n_tty_test_init(struct kunit *test)
{
	struct n_tty_fixture *f = kunit_kzalloc(test, sizeof(*f), GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, f);
	tty_ldisc_begin(); /* the suites run before the tty layer's own init */
	f->driver.magic = TTY_DRIVER_MAGIC;
	f->driver.name = "ttytest";
	f->driver.num = 1;
	f->driver.ttys = f->ttys;
	f->driver.termios = f->termios;
	f->driver.ops = &test_ops;
	f->termios0 = tty_std_termios;
	f->termios[0] = &f->termios0;
	tty_kernel_init(&f->tty, &f->driver, 0);
	KUNIT_ASSERT_EQ(test, tty_buffer_init(&f->tty), 0);
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, release_buffer, &f->tty), 0);
	KUNIT_ASSERT_EQ(test, tty_ldisc_setup(&f->tty), 0);
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, release_ldisc, &f->tty), 0);
	f->tty.fg_task = current;
	allow_signal(SIGINT);
	allow_signal(SIGTSTP);
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, forget_signals, NULL), 0);
	test->priv = f;
	return 0;
}

/* type - bytes from the "keyboard", straight into the ldisc */
static void type(struct n_tty_fixture *f, const char *keys, size_t n)
{
	local_bh_disable();
	f->tty.ldisc->ops->receive_buf(&f->tty, (const unsigned char *)keys, NULL, n);
	local_bh_enable();
}

#define TYPE(f, s) type((f), (s), sizeof(s) - 1)

static ssize_t do_read(struct n_tty_fixture *f, char *buf, size_t n, bool nonblock)
{
	f->file.f_flags = nonblock ? O_NONBLOCK : 0;
	return f->tty.ldisc->ops->read(&f->tty, &f->file, (unsigned char __user *)buf, n);
}

static void set_raw(struct n_tty_fixture *f, int vmin, int vtime)
{
	struct ktermios t;

	tty_get_termios(&f->tty, &t);
	t.c_lflag &= ~(ICANON | ECHO);
	t.c_cc[VMIN] = vmin;
	t.c_cc[VTIME] = vtime;
	tty_set_termios(&f->tty, &t);
}

static void n_tty_test_canonical_line(struct kunit *test)
{
	struct n_tty_fixture *f = test->priv;
	char buf[64];

	TYPE(f, "ls");
	KUNIT_EXPECT_EQ(test, do_read(f, buf, sizeof(buf), true), -EAGAIN); /* no line yet */
	KUNIT_EXPECT_EQ(test, n_tty_inq(&f->tty), 0);
	TYPE(f, "x\x7f\r"); /* DEL erases; Enter is '\r', ICRNL makes it '\n' */
	KUNIT_EXPECT_EQ(test, n_tty_inq(&f->tty), 3);
	KUNIT_ASSERT_EQ(test, do_read(f, buf, sizeof(buf), false), 3);
	KUNIT_EXPECT_MEMEQ(test, buf, "ls\n", 3);
	/* the echo: ONLCR turns the newline into "\r\n" */
	KUNIT_EXPECT_EQ(test, f->out_len, 8u);
	KUNIT_EXPECT_MEMEQ(test, f->out, "lsx\b \b\r\n", 8);
}

static void n_tty_test_one_line_per_read(struct kunit *test)
{
	struct n_tty_fixture *f = test->priv;
	char buf[64];

	TYPE(f, "one\rtwo\rthr");
	KUNIT_ASSERT_EQ(test, do_read(f, buf, sizeof(buf), false), 4);
	KUNIT_EXPECT_MEMEQ(test, buf, "one\n", 4);
	KUNIT_ASSERT_EQ(test, do_read(f, buf, 2, false), 2); /* a short read takes part of a line */
	KUNIT_EXPECT_MEMEQ(test, buf, "tw", 2);
	KUNIT_ASSERT_EQ(test, do_read(f, buf, sizeof(buf), false), 2);
	KUNIT_EXPECT_MEMEQ(test, buf, "o\n", 2);
	KUNIT_EXPECT_EQ(test, do_read(f, buf, sizeof(buf), true), -EAGAIN);
}

static void n_tty_test_veof(struct kunit *test)
{
	struct n_tty_fixture *f = test->priv;
	char buf[64];

	TYPE(f, "ab\x04"); /* ^D pushes the line without a newline */
	KUNIT_ASSERT_EQ(test, do_read(f, buf, sizeof(buf), false), 2);
	KUNIT_EXPECT_MEMEQ(test, buf, "ab", 2);
	TYPE(f, "\x04"); /* ^D on an empty line: end of file */
	KUNIT_EXPECT_EQ(test, do_read(f, buf, sizeof(buf), false), 0);
	TYPE(f, "\x16\x04\r"); /* ^V quotes it: an ordinary byte */
	KUNIT_ASSERT_EQ(test, do_read(f, buf, sizeof(buf), false), 2);
	KUNIT_EXPECT_MEMEQ(test, buf, "\x04\n", 2);
}

static void n_tty_test_full_line(struct kunit *test)
{
	struct n_tty_fixture *f = test->priv;
	char *keys = kunit_kmalloc(test, 5000, GFP_KERNEL);
	char *buf = kunit_kmalloc(test, 8192, GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, keys);
	KUNIT_ASSERT_NOT_NULL(test, buf);
	memset(keys, 'x', 5000);
	type(f, keys, 5000);
	/* 2.6.32 keeps 4095 characters, beeps at the rest, and still takes the newline */
	KUNIT_EXPECT_NOT_NULL(test, memchr(f->out, '\a', f->out_len));
	TYPE(f, "\r");
	KUNIT_ASSERT_EQ(test, do_read(f, buf, 8192, false), N_TTY_BUF_SIZE);
	KUNIT_EXPECT_EQ(test, buf[N_TTY_BUF_SIZE - 2], 'x');
	KUNIT_EXPECT_EQ(test, buf[N_TTY_BUF_SIZE - 1], '\n');
}

static void n_tty_test_vmin_vtime(struct kunit *test)
{
	struct n_tty_fixture *f = test->priv;
	unsigned long t0;
	char buf[16];

	set_raw(f, 0, 0); /* MIN 0 TIME 0: what is there, maybe nothing */
	KUNIT_EXPECT_EQ(test, do_read(f, buf, sizeof(buf), false), 0);
	TYPE(f, "ab");
	KUNIT_EXPECT_EQ(test, do_read(f, buf, sizeof(buf), false), 2);

	set_raw(f, 0, 2); /* MIN 0 TIME 2: 0 after 0.2 s without input */
	t0 = jiffies;
	KUNIT_EXPECT_EQ(test, do_read(f, buf, sizeof(buf), false), 0);
	KUNIT_EXPECT_GE(test, jiffies - t0, (unsigned long)(HZ / 10) * 2);

	set_raw(f, 3, 0); /* MIN 3 TIME 0: three bytes, even if more were asked for */
	TYPE(f, "xyz!");
	KUNIT_EXPECT_EQ(test, do_read(f, buf, sizeof(buf), false), 4); /* all that is there */
	TYPE(f, "abc");
	KUNIT_EXPECT_EQ(test, do_read(f, buf, 2, false), 2); /* a smaller buffer is enough */
	KUNIT_EXPECT_EQ(test, do_read(f, buf, sizeof(buf), true),
			1); /* fewer than MIN: O_NONBLOCK returns them */

	set_raw(f, 5, 1); /* MIN 5 TIME 1: after the first byte, a 0.1 s gap ends the read */
	TYPE(f, "q");
	t0 = jiffies;
	KUNIT_EXPECT_EQ(test, do_read(f, buf, sizeof(buf), false), 1);
	KUNIT_EXPECT_GE(test, jiffies - t0, (unsigned long)(HZ / 10));
	KUNIT_EXPECT_EQ(test, do_read(f, buf, sizeof(buf), true), -EAGAIN);
}

static void n_tty_test_isig(struct kunit *test)
{
	struct n_tty_fixture *f = test->priv;
	char buf[16];

	TYPE(f, "done\rhalf");
	TYPE(f, "\x03"); /* ^C: flush, echo ^C, SIGINT */
	KUNIT_EXPECT_TRUE(test, signal_pending(current));
	KUNIT_EXPECT_EQ(test, n_tty_inq(&f->tty), 0); /* the waiting line went too */
	KUNIT_EXPECT_MEMEQ(test, f->out + f->out_len - 2, "^C", 2);
	/* a read with a signal pending returns -ERESTARTSYS at once */
	KUNIT_EXPECT_EQ(test, do_read(f, buf, sizeof(buf), false), -ERESTARTSYS);
	flush_signals(current);

	f->termios0.c_lflag |= NOFLSH;
	tty_set_termios(&f->tty, &f->termios0);
	TYPE(f, "kept\r\x1a"); /* ^Z with NOFLSH: SIGTSTP, input kept */
	KUNIT_EXPECT_TRUE(test, signal_pending(current));
	flush_signals(current);
	KUNIT_ASSERT_EQ(test, do_read(f, buf, sizeof(buf), false), 5);
	KUNIT_EXPECT_MEMEQ(test, buf, "kept\n", 5);
}

static void n_tty_test_ixon(struct kunit *test)
{
	struct n_tty_fixture *f = test->priv;
	char buf[16];

	TYPE(f, "\x13"); /* ^S stops output */
	KUNIT_EXPECT_TRUE(test, f->tty.stopped);
	TYPE(f, "\x11"); /* ^Q restarts it */
	KUNIT_EXPECT_FALSE(test, f->tty.stopped);
	TYPE(f, "\r");
	KUNIT_EXPECT_EQ(test, do_read(f, buf, sizeof(buf), false), 1); /* neither is input */
}

static void n_tty_test_raw_keeps_typeahead(struct kunit *test)
{
	struct n_tty_fixture *f = test->priv;
	char buf[16];

	TYPE(f, "hal");
	set_raw(f, 1, 0); /* leaving canonical mode hands over the half line */
	KUNIT_ASSERT_EQ(test, do_read(f, buf, sizeof(buf), false), 3);
	KUNIT_EXPECT_MEMEQ(test, buf, "hal", 3);
	TYPE(f, "\r");
	KUNIT_ASSERT_EQ(test, do_read(f, buf, sizeof(buf), false), 1);
	KUNIT_EXPECT_EQ(test, buf[0], '\n'); /* ICRNL stays on in raw mode */
}

static struct kunit_case n_tty_test_cases[] = { KUNIT_CASE(n_tty_test_canonical_line),
						KUNIT_CASE(n_tty_test_one_line_per_read),
						KUNIT_CASE(n_tty_test_veof),
						KUNIT_CASE(n_tty_test_full_line),
						KUNIT_CASE(n_tty_test_vmin_vtime),
						KUNIT_CASE(n_tty_test_isig),
						KUNIT_CASE(n_tty_test_ixon),
						KUNIT_CASE(n_tty_test_raw_keeps_typeahead),
						{} };

static struct kunit_suite n_tty_test_suite = {
	.name = "n_tty",
	.init = n_tty_test_init,
	.test_cases = n_tty_test_cases,
};
kunit_test_suite(n_tty_test_suite);
