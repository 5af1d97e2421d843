/*
 * kdb_main.c - the kernel shell: a kernel thread reading the console tty.
 *
 * This is where a student meets Linnet. The shell is an ordinary kernel
 * thread (see `ps`) in the loop every shell has:
 *
 *   tty raw, print "linnet> " -> tty_read() keys (sleeps on the tty's wait
 *     queue) -> edit the line (kdb_io.c) -> Enter -> tty cooked again
 *     -> shell_parse() -> find the command -> run it -> flush signals -> again
 *
 * It is the tty's foreground task, so Ctrl-C sends it SIGINT: a command
 * asleep in an interruptible wait (sleep, cat wait1) wakes with
 * -ERESTARTSYS, which the shell reports as -EINTR the way a system call
 * returns to a program, and the prompt comes back. A line ending in "&"
 * runs in a thread of its own, so the shell can go on (`cat wait1 &`).
 * The commands live in kernel/debug/kdb/kdb_views.c (the /proc-style views),
 * kernel/debug/kdb/kdb_mem.c (allocate and free memory by hand),
 * kernel/debug/kdb/kdb_dev.c (the character devices), kernel/debug/kdb/kdb_mod.c
 * (insmod, rmmod, lsmod) and drivers/misc/lkdtm.c
 * (deliberate bugs), which adds its `crash` with shell_register_commands()
 * whether it is built in or a module (CONFIG_LKDTM=m): the shell holds a
 * reference on the module while one of its commands runs. See docs/shell.md.
 */
#include <linnet/shell.h>
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/fs.h>
#include <linux/gfp.h>
#include <linux/kthread.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/tty.h>
#include <linux/kdb.h>
#include <linnet/kdb_io.h>
#include <linux/reboot.h>
#include <kunit/test.h>
#include <linnet/bench.h>

#define SHELL_PROMPT "linnet> "
#define SHELL_PRINTF_MAX 512
#define SHELL_VIEW_BUF 32768
/* The size of each read of shell_show_file() */
#define SHELL_FILE_BUF 1024

static int cmd_help(int argc, char **argv, const char *redirect);
static int cmd_go(int argc, char **argv, const char *redirect);

/* sleep N: an interruptible sleep, which Ctrl-C's SIGINT ends early */
static int cmd_sleep(int argc, char **argv, const char *redirect)
{
	unsigned int secs;
	long left;

	if (argc != 2 || kstrtouint(argv[1], 0, &secs) || secs > 86400) {
		shell_printf("usage: sleep SECONDS (at most 86400)\n");
		return -EINVAL;
	}
	left = schedule_timeout_interruptible((long)secs * HZ);
	if (left && signal_pending(current)) {
		shell_printf("sleep: interrupted with %ld.%02ld s left\n", left / HZ,
			     (left % HZ) * 100 / HZ);
		return -EINTR;
	}
	return 0;
}

/* join_filter - "a,b,c" from the words after the command, or "all" */
static void join_filter(char *buf, size_t size, int argc, char **argv)
{
	size_t len = 0;
	int i;

	strscpy(buf, "all", size);
	for (i = 1; i < argc; i++)
		len += scnprintf(buf + len, size - len, "%s%s", i > 1 ? "," : "", argv[i]);
}

static int cmd_ktest(int argc, char **argv, const char *redirect)
{
	char filter[128];
	int failed;

	join_filter(filter, sizeof(filter), argc, argv);
	failed = kunit_run_suites(filter);
	shell_printf("ktest: %s\n", failed ? "some tests FAILED" : "all passed");
	return failed ? -EINVAL : 0;
}

static int cmd_bench(int argc, char **argv, const char *redirect)
{
	char filter[128];

	join_filter(filter, sizeof(filter), argc, argv);
	return bench_run(filter) ? 0 : -ENOENT;
}

static int run_command(struct shell_cmdline *cl);

/*
 * repeat N CMD... [; CMD...]: run the commands N times in turn, stopping
 * at the first that fails or at Ctrl-C. The harness loads and removes a
 * module 100 times with one line: repeat 100 insmod F.ko ; rmmod F
 */
static int cmd_repeat(int argc, char **argv, const char *redirect)
{
	struct shell_cmdline cl;
	unsigned int n, i;
	int a, ret = 0;

	if (argc < 3 || kstrtouint(argv[1], 0, &n)) {
		shell_printf("usage: repeat N CMD [ARGS...] [; CMD [ARGS...]]...\n");
		return -EINVAL;
	}
	for (i = 0; i < n && !ret; i++) {
		for (a = 2; a < argc && !ret; a++) {
			memset(&cl, 0, sizeof(cl));
			for (; a < argc && strcmp(argv[a], ";"); a++)
				cl.argv[cl.argc++] = argv[a];
			if (cl.argc)
				ret = run_command(&cl);
			if (!ret && signal_pending(current))
				ret = -EINTR;
		}
	}
	if (ret)
		shell_printf("repeat: stopped in round %u of %u (%d)\n", i, n, ret);
	else
		shell_printf("repeat: %u rounds done\n", n);
	return ret;
}

static int cmd_halt(int argc, char **argv, const char *redirect)
{
	shell_printf("System halted.\n");
	machine_halt();
}

static int cmd_reboot(int argc, char **argv, const char *redirect)
{
	shell_printf("Restarting system.\n");
	machine_restart(NULL);
}

static const struct shell_command shell_core_commands[] = {
	{ "help", "", "list the commands", cmd_help },
	{ "sleep", "N", "sleep N seconds in an interruptible wait (Ctrl-C ends it)", cmd_sleep },
	{ "ktest", "[suite...]", "run KUnit suites now (all without arguments)", cmd_ktest },
	{ "bench", "[name...]", "run benchmarks (all without arguments)", cmd_bench },
	{ "repeat", "N CMD [; CMD]", "run commands N times, stop at an error", cmd_repeat },
	{ "halt", "", "stop the CPU for good (then quit QEMU: Ctrl-A X)", cmd_halt },
	{ "reboot", "", "restart the machine", cmd_reboot },
	{ "go", "", "leave the monitor: user space gets its terminals back", cmd_go },
	{ NULL },
};

static const struct shell_command *const command_groups[] = {
	shell_core_commands, shell_view_commands, shell_mem_commands,
	shell_dev_commands,  shell_mod_commands,
};

/* The group a driver adds at run time (lkdtm's crash), and its module */
static const struct shell_command *added_commands;
static struct module *added_owner;
static DEFINE_MUTEX(added_lock);

/**
 * shell_register_commands - add a driver's commands to the shell
 * @cmds: the commands, ended by an entry with a NULL name
 * @owner: the module they live in (THIS_MODULE)
 *
 * Context: process context.
 * Return: 0, or -EBUSY if another driver's commands are there (one group).
 */
int shell_register_commands(const struct shell_command *cmds, struct module *owner)
{
	int ret = -EBUSY;

	mutex_lock(&added_lock);
	if (!added_commands) {
		added_commands = cmds;
		added_owner = owner;
		ret = 0;
	}
	mutex_unlock(&added_lock);
	return ret;
}
EXPORT_SYMBOL_GPL(shell_register_commands);

/**
 * shell_unregister_commands - take a driver's commands out of the shell
 * @cmds: as registered
 *
 * Context: process context.
 */
void shell_unregister_commands(const struct shell_command *cmds)
{
	mutex_lock(&added_lock);
	if (added_commands == cmds)
		added_commands = NULL;
	mutex_unlock(&added_lock);
}
EXPORT_SYMBOL_GPL(shell_unregister_commands);

/**
 * shell_write - write text to the shell's terminal
 * @s: the text
 * @n: its length
 *
 * Context: process context; may sleep.
 */
void shell_write(const char *s, size_t n)
{
	tty_kernel_write(&kdb_tty, s, n);
}

/**
 * shell_printf - formatted output to the shell's terminal
 * @fmt: the format, as printk's (without a log level)
 *
 * Context: process context; may sleep.
 */
void shell_printf(const char *fmt, ...)
{
	char buf[SHELL_PRINTF_MAX];
	va_list args;
	int n;

	va_start(args, fmt);
	n = vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	shell_write(buf, n);
}
EXPORT_SYMBOL_GPL(shell_printf);

/**
 * shell_print_fmt - a printf-like callback for views that print through one
 * @arg: unused
 * @fmt: the format
 *
 * Context: process context; may sleep.
 */
void shell_print_fmt(void *arg, const char *fmt, ...)
{
	char buf[SHELL_PRINTF_MAX];
	va_list args;
	int n;

	va_start(args, fmt);
	n = vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	shell_write(buf, n);
}

/**
 * shell_print_line - a line callback for views that print line by line
 * @ctx: unused
 * @line: one line, without its newline
 *
 * Context: process context; may sleep.
 */
void shell_print_line(void *ctx, const char *line)
{
	shell_printf("%s\n", line);
}

/*
 * The views' buffer is static: allocating it while a view runs would change
 * what the memory views show (a 32 KiB kmalloc took an order-3 block, so
 * buddyinfo, zoneinfo and memmap showed one block fewer than was free).
 */
static char shell_view_buf[SHELL_VIEW_BUF];
static DEFINE_MUTEX(shell_view_mutex);

/**
 * shell_show_buf - run a view that formats into a buffer, and print the buffer
 * @show: the view, returning the length it wrote
 *
 * The buffer is allocated once, not per view, so that a memory view does
 * not see its own buffer; shells running at once take turns.
 *
 * Context: process context; may sleep.
 */
void shell_show_buf(int (*show)(char *buf, size_t size))
{
	int n;

	mutex_lock(&shell_view_mutex);
	n = show(shell_view_buf, SHELL_VIEW_BUF);
	if (n > 0)
		shell_write(shell_view_buf, n);
	mutex_unlock(&shell_view_mutex);
}

/**
 * shell_show_file - print a file, as cat does: how the views show /proc
 * @path: the file ("/proc/meminfo")
 *
 * The view commands (meminfo, interrupts...) print their /proc file, so
 * the shell shows exactly what a program reading the file gets.
 *
 * Context: process context; may sleep.
 * Return: 0, or the negative errno of the open or a read (reported).
 */
int shell_show_file(const char *path)
{
	struct file *f = filp_open(path, O_RDONLY, 0);
	char *buf;
	ssize_t n;

	if (IS_ERR(f))
		return shell_errno(path, PTR_ERR(f));
	buf = kmalloc(SHELL_FILE_BUF, GFP_KERNEL);
	if (!buf) {
		filp_close(f, NULL);
		return shell_errno(path, -ENOMEM);
	}
	while ((n = vfs_read(f, buf, SHELL_FILE_BUF, &f->f_pos)) > 0)
		shell_write(buf, n);
	kfree(buf);
	filp_close(f, NULL);
	return n < 0 ? shell_errno(path, n) : 0;
}

/**
 * shell_errno - report a failed command the way a C program would
 * @what: the command (and argument)
 * @err: the negative errno; -ERESTARTSYS is reported as -EINTR, as a
 *       system call returns it to a program that a signal interrupted
 *
 * Context: process context; may sleep.
 * Return: @err, with -ERESTARTSYS turned into -EINTR.
 */
int shell_errno(const char *what, long err)
{
	static const struct {
		int err;
		const char *text;
	} names[] = {
		{ EINTR, "Interrupted system call" },
		{ EAGAIN, "Resource temporarily unavailable" },
		{ ENOENT, "No such file or directory" },
		{ ENXIO, "No such device or address" },
		{ EEXIST, "File exists" },
		{ ENOTDIR, "Not a directory" },
		{ EISDIR, "Is a directory" },
		{ ELOOP, "Too many levels of symbolic links" },
		{ ENAMETOOLONG, "File name too long" },
		{ ENOMEM, "Cannot allocate memory" },
		{ EINVAL, "Invalid argument" },
		{ EBUSY, "Device or resource busy" },
		{ EBADF, "Bad file descriptor" },
		{ ERANGE, "Numerical result out of range" },
	};
	const char *text = "error";
	unsigned int i;

	if (err == -ERESTARTSYS)
		err = -EINTR;
	for (i = 0; i < ARRAY_SIZE(names); i++)
		if (names[i].err == -err)
			text = names[i].text;
	shell_printf("%s: %s (%ld)\n", what, text, err);
	return err;
}
EXPORT_SYMBOL_GPL(shell_errno);

/**
 * shell_parse_gfp - read a GFP flags argument: a name or a number
 * @s: "GFP_KERNEL", "GFP_ATOMIC", "GFP_DMA", "GFP_HIGHUSER", "GFP_NOWAIT",
 *     or a number such as 0xd0
 * @gfp: the result
 *
 * Context: any.
 * Return: 0 or -EINVAL.
 */
int shell_parse_gfp(const char *s, gfp_t *gfp)
{
	static const struct {
		const char *name;
		gfp_t gfp;
	} names[] = {
		{ "GFP_KERNEL", GFP_KERNEL },	     { "GFP_ATOMIC", GFP_ATOMIC },
		{ "GFP_DMA", GFP_KERNEL | GFP_DMA }, { "GFP_HIGHUSER", GFP_HIGHUSER },
		{ "GFP_NOWAIT", GFP_NOWAIT },	     { "GFP_USER", GFP_USER },
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(names); i++) {
		if (!strcmp(s, names[i].name)) {
			*gfp = names[i].gfp;
			return 0;
		}
	}
	return kstrtouint(s, 0, gfp);
}

static int cmd_help(int argc, char **argv, const char *redirect)
{
	const struct shell_command *c;
	char synopsis[40];
	unsigned int g;

	shell_printf(
		"Linnet shell commands (Ctrl-C interrupts, \"cmd &\" runs in the background):\n");
	for (g = 0; g <= ARRAY_SIZE(command_groups); g++) {
		mutex_lock(&added_lock);
		c = g < ARRAY_SIZE(command_groups) ? command_groups[g] : added_commands;
		for (; c && c->name; c++) {
			snprintf(synopsis, sizeof(synopsis), "%s %s", c->name, c->args);
			shell_printf("  %-28s %s\n", synopsis, c->help);
		}
		mutex_unlock(&added_lock);
	}
	return 0;
}

/* The command called @name; one a driver added comes with a reference on its module (*@owner) */
static const struct shell_command *find_command(const char *name, struct module **owner)
{
	const struct shell_command *c;
	unsigned int g;

	*owner = NULL;
	for (g = 0; g < ARRAY_SIZE(command_groups); g++)
		for (c = command_groups[g]; c->name; c++)
			if (!strcmp(c->name, name))
				return c;
	mutex_lock(&added_lock);
	for (c = added_commands; c && c->name; c++)
		if (!strcmp(c->name, name))
			break;
	if (c && c->name && try_module_get(added_owner))
		*owner = added_owner;
	else
		c = NULL;
	mutex_unlock(&added_lock);
	return c;
}

/* run_command - look the command up, check the redirection, run it */
static int run_command(struct shell_cmdline *cl)
{
	struct module *owner;
	const struct shell_command *c = find_command(cl->argv[0], &owner);
	int ret;

	if (!c) {
		shell_printf("%s: command not found (try 'help')\n", cl->argv[0]);
		return -ENOENT;
	}
	if (cl->redirect && !c->redirect) {
		shell_printf("%s: does not take '> DEV'\n", c->name);
		ret = -EINVAL;
	} else {
		ret = c->fn(cl->argc, cl->argv, cl->redirect);
	}
	module_put(owner);
	return ret;
}

static int shell_background(void *data)
{
	struct shell_cmdline cl;
	const char *err;
	char *line = data;

	if (!shell_parse(line, &cl, &err)) {
		run_command(&cl);
		shell_printf("[%d] done: %s\n", current->pid, cl.argv[0]);
	}
	kfree(line);
	return 0;
}

/* start_background - run a copy of @line (re-parsed there) in a kernel thread */
static void start_background(const char *line)
{
	char *copy = kstrdup(line, GFP_KERNEL);
	struct task_struct *t;

	if (!copy) {
		shell_errno("&", -ENOMEM);
		return;
	}
	t = kthread_run(shell_background, copy, "sh-bg");
	if (IS_ERR(t)) {
		kfree(copy);
		shell_errno("&", PTR_ERR(t));
		return;
	}
	shell_printf("[%d]\n", t->pid);
}

static void shell_execute(char *line)
{
	char copy[KDB_LINE_SIZE];
	struct shell_cmdline cl;
	const char *err = NULL;

	strscpy(copy, line, sizeof(copy));
	if (shell_parse(line, &cl, &err)) {
		shell_printf("shell: %s\n", err);
		return;
	}
	if (!cl.argc)
		return;
	if (cl.background)
		start_background(copy);
	else
		run_command(&cl);
}

static void shell_banner(void)
{
	shell_printf(
		"\nLinnet shell. Type 'help' for the commands. Quit QEMU with Ctrl-A then X.\n"
		"Start reading at docs/README.md; this shell is kernel/debug/kdb/kdb_main.c (docs/shell.md).\n");
}

static struct kdb_line shell_line;
static char typeahead[64]; /* bytes read after the Enter that ended a line */
static unsigned int typeahead_len;

static void shell_echo(struct kdb_line *kl, const char *s, unsigned int n)
{
	shell_write(s, n);
}

/* Feed typeahead bytes to the editor until one completes the line */
static int shell_edit(void)
{
	unsigned int i;
	int r = KDB_LINE_MORE;

	for (i = 0; i < typeahead_len && r == KDB_LINE_MORE; i++)
		r = kdb_line_key(&shell_line, typeahead[i]);
	memmove(typeahead, typeahead + i, typeahead_len - i);
	typeahead_len -= i;
	return r;
}

/*
 * shell_readline - read one line the way busybox does: the tty's ICANON
 * and ECHO off (ISIG stays on, so ^C still signals us), the editing done
 * here (kernel/debug/kdb/kdb_io.c), the settings put back before the
 * command runs. Returns the line's length, 0 at ^D, or -EINTR at ^C.
 */
static int shell_readline(void)
{
	struct ktermios cooked, raw;
	int r = KDB_LINE_MORE;
	ssize_t n = 0;

	tty_get_termios(&kdb_tty, &cooked);
	raw = cooked;
	raw.c_lflag &= ~(ICANON | ECHO | ECHONL | IEXTEN);
	raw.c_iflag &= ~IXON;
	raw.c_cc[VMIN] = 1;
	raw.c_cc[VTIME] = 0;
	tty_set_termios(&kdb_tty, &raw);
	kdb_line_start(&shell_line);
	shell_write(SHELL_PROMPT, strlen(SHELL_PROMPT));
	while ((r = shell_edit()) == KDB_LINE_MORE) {
		n = tty_kernel_read(&kdb_tty, typeahead, sizeof(typeahead), false);
		if (n < 0)
			break;
		typeahead_len = n;
	}
	tty_set_termios(&kdb_tty, &cooked);
	if (n < 0) {
		shell_write("^C\n", 3); /* what busybox prints: the line is dropped */
		return -EINTR;
	}
	if (r == KDB_LINE_EOF) {
		shell_write("\n", 1);
		return 0;
	}
	return shell_line.len;
}

/*
 * The monitor's state. kdb_active: the drivers' input goes to kdb_tty
 * (from boot until user space opens a terminal, and from SysRq-g until
 * `go`). kdb_running: the shell thread reads and runs commands (from
 * shell_init() when there is no init, or from SysRq-g); otherwise it
 * sleeps on kdb_wait.
 */
bool kdb_active = true;
static bool kdb_running;
static DECLARE_WAIT_QUEUE_HEAD(kdb_wait);

/**
 * kdb_enter_monitor - SysRq-g: the monitor takes the terminals' input
 *
 * User tasks keep running; only their terminal input waits until `go`.
 *
 * Context: any (SysRq runs in a bottom half or a write to /proc/sysrq-trigger).
 */
void kdb_enter_monitor(void)
{
	printk(KERN_INFO "\nEntering kdb (current=0x%p, pid %d) due to Keyboard Entry\n", current,
	       current->pid);
	WRITE_ONCE(kdb_active, true);
	WRITE_ONCE(kdb_running, true);
	wake_up(&kdb_wait);
}

/* go: leave the monitor; user space gets its terminals' input back */
static int cmd_go(int argc, char **argv, const char *redirect)
{
	if (!tty_user_opened) {
		shell_printf("go: no user space to resume; the monitor keeps the console\n");
		return -EINVAL;
	}
	/*
	 * The input goes back first, then the words say so: whoever answers
	 * the message (a person or the test harness, as soon as its first
	 * bytes arrive) types to the shell. The other way round, what came
	 * between the message and the switch went to the monitor, which
	 * drops it when next entered.
	 */
	WRITE_ONCE(kdb_running, false);
	WRITE_ONCE(kdb_active, false);
	shell_printf("kdb: leaving the monitor, user space has the terminals again\n");
	return 0;
}

static int shell_thread(void *unused)
{
	char line[KDB_LINE_SIZE];
	bool first = true;
	int n;

	allow_signal(SIGINT);
	kdb_tty.fg_task = current;
	kdb_line_init(&shell_line, shell_echo, NULL);
	for (;;) {
		if (!READ_ONCE(kdb_running)) {
			/* asleep as S, not D: an idle thread must not count in the load average */
			while (wait_event_interruptible(kdb_wait, READ_ONCE(kdb_running)))
				flush_signals(current);
			tty_ldisc_flush(&kdb_tty); /* what came while away was the user's */
		}
		if (first)
			shell_banner();
		first = false;
		n = shell_readline();
		flush_signals(current);
		if (n <= 0)
			continue; /* ^C or ^D */
		strscpy(line, shell_line.line, sizeof(line));
		shell_execute(line);
		flush_signals(current);
	}
	return 0;
}

/**
 * kdb_monitor_start - start the monitor's thread, asleep until it is entered
 *
 * Context: process context, after the tty layer is up.
 */
void kdb_monitor_start(void)
{
	struct task_struct *t = kthread_run(shell_thread, NULL, "shell");

	if (IS_ERR(t))
		printk(KERN_ERR "shell: cannot start (%ld)\n", PTR_ERR(t));
}

/**
 * shell_init - no init to run: the monitor takes the console for good
 *
 * Context: process context, after the tty and its input drivers are up.
 */
void shell_init(void)
{
	WRITE_ONCE(kdb_running, true);
	wake_up(&kdb_wait);
}
