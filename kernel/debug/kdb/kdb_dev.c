/*
 * kdb_dev.c - the shell's commands for character devices.
 *
 * cat and echo open a device through its node in /dev ("wait1" means
 * /dev/wait1; a name with a '/' is any path) with filp_open() and call
 * vfs_read()/vfs_write(), the path a program's read() and write() take,
 * so the devices' blocking rules show: `cat wait1` sleeps until someone
 * writes, Ctrl-C ends the sleep with -EINTR, and `cat -n wait1` (opened
 * with O_NONBLOCK) returns -EAGAIN at once. cksum and gen move a large
 * amount of data through a device and print a CRC-32, which is how the
 * test harness checks that a megabyte crossed the serial line intact (a
 * terminal is put in raw mode for it, cfmakeraw's settings, and back);
 * keys shows the tty's raw mode. See docs/shell.md and docs/drivers.md.
 */
#include <linnet/shell.h>
#include <linux/kernel.h>
#include <linux/crc32.h>
#include <linux/ctype.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/fs.h>
#include <linux/jiffies.h>
#include <linux/poll.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/tty.h>
#include <linnet/kdb_io.h>

#define DEV_BUF 4096

/* dev_open - filp_open() of a device (a bare NAME is /dev/NAME) or of a path */
static struct file *dev_open(const char *name, int flags)
{
	char path[64];

	if (strchr(name, '/'))
		return filp_open(name, (flags & O_WRONLY) ? flags | O_CREAT | O_TRUNC : flags,
				 0644);
	scnprintf(path, sizeof(path), "/dev/%s", name);
	return filp_open(path, flags, 0);
}

/*
 * tty_raw - a terminal moves bytes untouched while cksum or gen uses it:
 * cfmakeraw()'s settings through the file's TCSETS, as a program would
 * set them. Returns true (and the old settings in @old) if @f is a tty.
 */
static bool tty_raw(struct file *f, struct termios *old)
{
	struct termios raw;

	if (!f->f_op->unlocked_ioctl || f->f_op->unlocked_ioctl(f, TCGETS, (unsigned long)old))
		return false;
	raw = *old;
	raw.c_iflag &= ~(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON);
	raw.c_oflag &= ~OPOST;
	raw.c_lflag &= ~(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
	raw.c_cflag = (raw.c_cflag & ~(CSIZE | PARENB)) | CS8;
	raw.c_cc[VMIN] = 1;
	raw.c_cc[VTIME] = 0;
	f->f_op->unlocked_ioctl(f, TCSETS, (unsigned long)&raw);
	return true;
}

/* tty_restore - put back what tty_raw() changed */
static void tty_restore(struct file *f, bool was_tty, struct termios *old)
{
	if (was_tty)
		f->f_op->unlocked_ioctl(f, TCSETSW, (unsigned long)old);
}

/* open_dev - parse "[-n] DEV" at argv[*i] and open DEV; -n means O_NONBLOCK */
static struct file *open_dev(int argc, char **argv, int *i, int mode)
{
	struct file *f;

	if (*i < argc && !strcmp(argv[*i], "-n")) {
		mode |= O_NONBLOCK;
		(*i)++;
	}
	if (*i >= argc)
		return ERR_PTR(-EINVAL);
	f = dev_open(argv[(*i)++], mode);
	if (IS_ERR(f))
		shell_errno(argv[*i - 1], PTR_ERR(f));
	return f;
}

/* print_bytes - show bytes read from a device, escaping what is not text */
static void print_bytes(const unsigned char *buf, ssize_t n)
{
	ssize_t i;

	for (i = 0; i < n; i++) {
		if (isprint(buf[i]) || buf[i] == '\n')
			shell_write((const char *)buf + i, 1);
		else
			shell_printf("\\x%02x", buf[i]);
	}
}

static int cmd_cat(int argc, char **argv, const char *redirect)
{
	unsigned char *buf;
	struct file *f;
	ssize_t n;
	int i = 1;

	if (argc < 2 || argc > 3) {
		shell_printf("usage: cat [-n] DEV   (one read; -n: O_NONBLOCK)\n");
		return -EINVAL;
	}
	f = open_dev(argc, argv, &i, O_RDONLY);
	if (IS_ERR(f))
		return PTR_ERR(f);
	buf = kmalloc(DEV_BUF, GFP_KERNEL);
	n = buf ? vfs_read(f, (char *)buf, DEV_BUF, &f->f_pos) : -ENOMEM;
	if (n >= 0)
		print_bytes(buf, n);
	if (n > 0 && buf[n - 1] != '\n')
		shell_write("\n", 1);
	kfree(buf);
	filp_close(f, NULL);
	return n < 0 ? shell_errno("cat", n) : 0;
}

/* write_all - write all of @buf at the file position, as a program loops on short writes */
static ssize_t write_all(struct file *f, const char *buf, size_t len)
{
	size_t done = 0;
	ssize_t n;

	while (done < len) {
		n = vfs_write(f, buf + done, len - done, &f->f_pos);
		if (n < 0)
			return n;
		done += n;
	}
	return done;
}

/* join_args - the words from argv[i] on, joined by blanks, ending in a newline */
static size_t join_args(char *buf, size_t size, int argc, char **argv, int i)
{
	size_t len = 0;

	for (; i < argc; i++)
		len += scnprintf(buf + len, size - len, "%s%s", argv[i], i + 1 < argc ? " " : "");
	len += scnprintf(buf + len, size - len, "\n");
	return len;
}

static int cmd_echo(int argc, char **argv, const char *redirect)
{
	char text[KDB_LINE_SIZE + 1];
	unsigned int flags = O_WRONLY;
	struct file *f;
	ssize_t n;
	int i = 1;

	if (argc > 1 && !strcmp(argv[1], "-n")) {
		flags |= O_NONBLOCK;
		i++;
	}
	n = join_args(text, sizeof(text), argc, argv, i);
	if (!redirect) {
		shell_write(text, n);
		return 0;
	}
	f = dev_open(redirect, flags);
	if (IS_ERR(f))
		return shell_errno(redirect, PTR_ERR(f));
	n = write_all(f, text, n);
	filp_close(f, NULL);
	return n < 0 ? shell_errno("echo", n) : 0;
}

static int parse_dev_bytes(int argc, char **argv, unsigned long *bytes)
{
	if (argc != 3 || kstrtoul(argv[2], 0, bytes) || !*bytes) {
		shell_printf("usage: %s DEV BYTES\n", argv[0]);
		return -EINVAL;
	}
	return 0;
}

static void print_rate(const char *what, unsigned long bytes, u32 crc, unsigned long start)
{
	unsigned long ms = jiffies_to_msecs(jiffies - start) ?: 1;

	shell_printf("%s: %lu bytes crc32 %08x in %lu ms (%lu KiB/s)\n", what, bytes, crc, ms,
		     bytes * 1000 / 1024 / ms);
}

/* cksum DEV BYTES: read exactly BYTES from DEV and print their CRC-32 */
static int cmd_cksum(int argc, char **argv, const char *redirect)
{
	struct termios old;
	bool is_tty;
	unsigned long bytes, done = 0, start;
	unsigned char *buf;
	struct file *f;
	ssize_t n = 0;
	u32 crc = ~0u;

	if (parse_dev_bytes(argc, argv, &bytes))
		return -EINVAL;
	f = dev_open(argv[1], O_RDONLY);
	if (IS_ERR(f))
		return shell_errno(argv[1], PTR_ERR(f));
	is_tty = tty_raw(f, &old);
	buf = kmalloc(DEV_BUF, GFP_KERNEL);
	shell_printf("cksum: reading %lu bytes from %s\n", bytes, argv[1]);
	start = jiffies;
	while (buf && done < bytes) {
		n = vfs_read(f, (char *)buf, min(bytes - done, (unsigned long)DEV_BUF), &f->f_pos);
		if (n <= 0)
			break;
		crc = crc32_le(crc, buf, n);
		done += n;
	}
	kfree(buf);
	tty_restore(f, is_tty, &old);
	filp_close(f, NULL);
	if (!buf || n < 0)
		return shell_errno("cksum", buf ? n : -ENOMEM);
	print_rate("cksum", done, ~crc, start);
	return 0;
}

/* gen_fill - the next piece of gen's text: letters from a fixed LCG */
static void gen_fill(char *buf, size_t n, u32 *state)
{
	size_t i;

	for (i = 0; i < n; i++) {
		*state = *state * 1103515245 + 12345;
		buf[i] = 'a' + (*state >> 16) % 26;
	}
}

/* gen DEV BYTES: write BYTES letters to DEV, then print their CRC-32 */
static int cmd_gen(int argc, char **argv, const char *redirect)
{
	struct termios old;
	bool is_tty;
	unsigned long bytes, done = 0, start;
	u32 state = 1, crc = ~0u;
	struct file *f;
	ssize_t n = 0;
	char *buf;

	if (parse_dev_bytes(argc, argv, &bytes))
		return -EINVAL;
	f = dev_open(argv[1], O_WRONLY);
	if (IS_ERR(f))
		return shell_errno(argv[1], PTR_ERR(f));
	is_tty = tty_raw(f, &old);
	buf = kmalloc(DEV_BUF, GFP_KERNEL);
	start = jiffies;
	while (buf && done < bytes) {
		size_t k = min(bytes - done, (unsigned long)DEV_BUF);

		gen_fill(buf, k, &state);
		crc = crc32_le(crc, (unsigned char *)buf, k);
		n = write_all(f, buf, k);
		if (n < 0)
			break;
		done += k;
	}
	kfree(buf);
	tty_restore(f, is_tty, &old);
	filp_close(f, NULL);
	if (!buf || n < 0)
		return shell_errno("gen", buf ? n : -ENOMEM);
	shell_printf("\n");
	print_rate("gen", done, ~crc, start);
	return 0;
}

/* keys: the tty in raw mode, each byte shown as it arrives, until 'q' */
static int cmd_keys(int argc, char **argv, const char *redirect)
{
	struct ktermios old, raw;
	char c;
	ssize_t n;

	shell_printf("raw mode: each key's bytes in hex; 'q' ends\n");
	tty_get_termios(&kdb_tty, &old);
	raw = old;
	raw.c_lflag &= ~(ICANON | ECHO | ISIG);
	raw.c_iflag &= ~IXON; /* ^S and ^Q are keys too */
	tty_set_termios(&kdb_tty, &raw);
	while ((n = tty_kernel_read(&kdb_tty, &c, 1, false)) == 1 && c != 'q')
		shell_printf("%02x%s", (unsigned char)c, isprint(c) ? " " : "\n");
	tty_set_termios(&kdb_tty, &old);
	shell_printf("\nback to the shell's settings\n");
	return n < 0 ? shell_errno("keys", n) : 0;
}

/* poll DEV: which operations would not block now */
static int cmd_poll(int argc, char **argv, const char *redirect)
{
	unsigned int mask;
	struct file *f;

	if (argc != 2) {
		shell_printf("usage: poll DEV\n");
		return -EINVAL;
	}
	f = dev_open(argv[1], O_RDONLY);
	if (IS_ERR(f))
		return shell_errno(argv[1], PTR_ERR(f));
	mask = f->f_op->poll ? f->f_op->poll(f, NULL) : 0;
	shell_printf("%s:%s%s\n", argv[1], mask & POLLIN ? " POLLIN" : "",
		     mask & POLLOUT ? " POLLOUT" : "");
	filp_close(f, NULL);
	return 0;
}

const struct shell_command shell_dev_commands[] = {
	{ "cat", "[-n] DEV", "read a device once (-n: O_NONBLOCK)", cmd_cat },
	{ "echo", "[-n] TEXT [> DEV]", "write text to the terminal or a device", cmd_echo, 1 },
	{ "cksum", "DEV BYTES", "read BYTES from a device, print their CRC-32", cmd_cksum },
	{ "gen", "DEV BYTES", "write BYTES of test text to a device, print the CRC-32", cmd_gen },
	{ "keys", "", "show the bytes of each key in raw mode ('q' ends)", cmd_keys },
	{ "poll", "DEV", "which operations on a device would not block", cmd_poll },
	{ NULL },
};
