/*
 * sysctl.c - the kernel's tunables (/proc/sys/kernel, /proc/sys/vm) and
 * the handlers that print and parse them.
 *
 * Each tunable is a variable somewhere in the kernel, listed in a table
 * with its name, size, mode and handler (include/linux/sysctl.h):
 *
 *   proc_dostring         a string: read gives it and a newline, write
 *                         takes up to the first newline or NUL
 *   proc_dointvec         ints, separated by tabs on read, by any white
 *                         space on write
 *   proc_dointvec_minmax  the same, refusing values outside extra1..extra2
 *
 * As in 2.6.32, an int file is read in one go from offset 0 (a later
 * offset reads nothing) and a write parses what it is given.
 *
 * Linnet's tables: kernel.pid_max (read-only: the pid map has a fixed
 * size, kernel/pid.c), kernel.printk (the console log levels),
 * kernel.tainted (the taint mask, kernel/panic.c: reading gives the
 * number, writing ORs bits in, root only, as 2.6.32's proc_taint; 2.6.32
 * parses it as an unsigned long, Linnet as an int, which is the same size
 * on i386, and a negative value is ignored as 2.6.32 ignores one),
 * kernel.panic_on_oops (an oops panics, arch/x86/kernel/dumpstack.c),
 * kernel.panic (seconds before rebooting after a panic), and vm's OOM
 * killer knobs (mm/oom_kill.c). The host name and friends come from
 * kernel/utsname_sysctl.c. 2.6.32 has many more; Linnet has the ones its
 * subsystems read. See docs/procfs.md.
 */
#include <linux/sysctl.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/ctype.h>
#include <linux/printk.h>
#include <linux/oom.h>
#include <linux/uaccess.h>
#include <linux/cred.h>
#include <asm/bitsperlong.h>

/**
 * proc_dostring - read or write a string tunable
 * @table: the tunable: @data a char array of @maxlen bytes
 * @write: 1 to parse the user's text, 0 to print
 * @buffer: the user's buffer
 * @lenp: its length; on return, how much was used
 * @ppos: the file position
 *
 * Context: process context; may sleep.
 * Return: 0 or -EFAULT.
 */
int proc_dostring(struct ctl_table *table, int write, void __user *buffer, size_t *lenp,
		  loff_t *ppos)
{
	char *data = table->data;
	size_t len;

	if (!data || !table->maxlen || !*lenp) {
		*lenp = 0;
		return 0;
	}
	if (write) {
		const char __user *p = buffer;
		char c;

		for (len = 0; len < *lenp; len++) {
			if (get_user(c, p + len))
				return -EFAULT;
			if (c == 0 || c == '\n')
				break;
		}
		if (len >= (size_t)table->maxlen)
			len = table->maxlen - 1;
		if (copy_from_user(data, buffer, len))
			return -EFAULT;
		data[len] = '\0';
		*ppos += *lenp;
		return 0;
	}
	len = strnlen(data, table->maxlen);
	if (*ppos > len) {
		*lenp = 0;
		return 0;
	}
	data += *ppos;
	len -= *ppos;
	if (len > *lenp)
		len = *lenp;
	if (len && copy_to_user(buffer, data, len))
		return -EFAULT;
	if (len < *lenp) {
		if (put_user('\n', (char __user *)buffer + len))
			return -EFAULT;
		len++;
	}
	*lenp = len;
	*ppos += len;
	return 0;
}

/* Print the ints of @table, tab-separated, ending with a newline */
static int dointvec_read(struct ctl_table *table, void __user *buffer, size_t *lenp, loff_t *ppos)
{
	int n = table->maxlen / sizeof(int), i;
	int *vals = table->data;
	char buf[160];
	size_t len = 0;

	if (*ppos) {
		*lenp = 0;
		return 0;
	}
	for (i = 0; i < n && len < sizeof(buf) - 16; i++)
		len += scnprintf(buf + len, sizeof(buf) - len, "%s%d", i ? "\t" : "", vals[i]);
	buf[len++] = '\n';
	if (len > *lenp)
		len = *lenp;
	if (copy_to_user(buffer, buf, len))
		return -EFAULT;
	*lenp = len;
	*ppos += len;
	return 0;
}

/* Parse white-space separated ints into @table, within extra1..extra2 if given */
static int dointvec_write(struct ctl_table *table, void __user *buffer, size_t *lenp, loff_t *ppos,
			  int minmax)
{
	int n = table->maxlen / sizeof(int), i, vals[8];
	const int *min = minmax ? table->extra1 : NULL, *max = minmax ? table->extra2 : NULL;
	size_t len = min_t(size_t, *lenp, PAGE_SIZE - 1);
	char *kbuf, *p;

	if (n > (int)ARRAY_SIZE(vals))
		n = ARRAY_SIZE(vals);
	kbuf = kmalloc(len + 1, GFP_KERNEL);
	if (!kbuf)
		return -ENOMEM;
	if (copy_from_user(kbuf, buffer, len)) {
		kfree(kbuf);
		return -EFAULT;
	}
	kbuf[len] = '\0';
	memcpy(vals, table->data, n * sizeof(int));
	for (i = 0, p = kbuf; i < n; i++) {
		char *end;
		long v;

		p = skip_spaces(p);
		if (!*p)
			break;
		v = simple_strtol(p, &end, 0);
		if (end == p || (*end && !isspace(*end)) || (min && v < *min) ||
		    (max && v > *max)) {
			kfree(kbuf);
			return -EINVAL;
		}
		vals[i] = v;
		p = end;
	}
	kfree(kbuf);
	if (!i)
		return -EINVAL;
	memcpy(table->data, vals, i * sizeof(int));
	*ppos += *lenp;
	return 0;
}

/**
 * proc_dointvec - read or write an int (or an array of ints) tunable
 * @table: the tunable: @data an int array of @maxlen bytes
 * @write: 1 to parse the user's text, 0 to print
 * @buffer: the user's buffer
 * @lenp: its length; on return, how much was used
 * @ppos: the file position
 *
 * Context: process context; may sleep.
 * Return: 0, -EINVAL for text that is not a number, or -EFAULT.
 */
int proc_dointvec(struct ctl_table *table, int write, void __user *buffer, size_t *lenp,
		  loff_t *ppos)
{
	if (!table->data || !table->maxlen || !*lenp) {
		*lenp = 0;
		return 0;
	}
	return write ? dointvec_write(table, buffer, lenp, ppos, 0) :
		       dointvec_read(table, buffer, lenp, ppos);
}

/**
 * proc_dointvec_minmax - proc_dointvec() within bounds
 * @table: the tunable; @extra1 and @extra2 point to the smallest and
 *         largest value allowed (NULL: no bound)
 * @write: 1 to parse the user's text, 0 to print
 * @buffer: the user's buffer
 * @lenp: its length; on return, how much was used
 * @ppos: the file position
 *
 * Context: process context; may sleep.
 * Return: 0, -EINVAL (not a number, or out of bounds), or -EFAULT.
 */
int proc_dointvec_minmax(struct ctl_table *table, int write, void __user *buffer, size_t *lenp,
			 loff_t *ppos)
{
	if (!table->data || !table->maxlen || !*lenp) {
		*lenp = 0;
		return 0;
	}
	return write ? dointvec_write(table, buffer, lenp, ppos, 1) :
		       dointvec_read(table, buffer, lenp, ppos);
}

/*
 * kernel.tainted: a copy of the mask goes through proc_dointvec; a write
 * adds each bit it sets with add_taint(), so bits are only ever added.
 */
static int proc_taint(struct ctl_table *table, int write, void __user *buffer, size_t *lenp,
		      loff_t *ppos)
{
	struct ctl_table t = *table;
	int tmptaint = get_taint();
	unsigned int i;
	int err;

	if (write && !capable(CAP_SYS_ADMIN))
		return -EPERM;
	t.data = &tmptaint;
	err = proc_dointvec(&t, write, buffer, lenp, ppos);
	if (err < 0 || !write || tmptaint < 0)
		return err;
	for (i = 0; i < BITS_PER_LONG && (unsigned int)tmptaint >> i; i++)
		if ((tmptaint >> i) & 1)
			add_taint(i);
	return 0;
}

static int zero;
static int one = 1;
static int two = 2;
/* kernel.pid_max: the pid map's size (kernel/pid.c's PID_MAX_DEFAULT) */
static int pid_max = 32768;

static struct ctl_table kern_table[] = {
	{ .procname = "pid_max",
	  .data = &pid_max,
	  .maxlen = sizeof(int),
	  .mode = 0444,
	  .proc_handler = proc_dointvec },
	{ .procname = "printk",
	  .data = &console_printk,
	  .maxlen = 4 * sizeof(int),
	  .mode = 0644,
	  .proc_handler = proc_dointvec },
	{ .procname = "tainted", .maxlen = sizeof(long), .mode = 0644, .proc_handler = proc_taint },
	{ .procname = "panic_on_oops",
	  .data = &panic_on_oops,
	  .maxlen = sizeof(int),
	  .mode = 0644,
	  .proc_handler = proc_dointvec },
	{}
};

static struct ctl_table vm_table[] = { { .procname = "panic_on_oom",
					 .data = &sysctl_panic_on_oom,
					 .maxlen = sizeof(int),
					 .mode = 0644,
					 .proc_handler = proc_dointvec_minmax,
					 .extra1 = &zero,
					 .extra2 = &two },
				       { .procname = "oom_kill_allocating_task",
					 .data = &sysctl_oom_kill_allocating_task,
					 .maxlen = sizeof(int),
					 .mode = 0644,
					 .proc_handler = proc_dointvec_minmax,
					 .extra1 = &zero,
					 .extra2 = &one },
				       { .procname = "oom_dump_tasks",
					 .data = &sysctl_oom_dump_tasks,
					 .maxlen = sizeof(int),
					 .mode = 0644,
					 .proc_handler = proc_dointvec_minmax,
					 .extra1 = &zero,
					 .extra2 = &one },
				       {} };

static struct ctl_table root_table[] = {
	{ .procname = "kernel", .mode = 0555, .child = kern_table },
	{ .procname = "vm", .mode = 0555, .child = vm_table },
	{}
};

static int sysctl_init(void)
{
	register_sysctl_table(root_table);
	return 0;
}
fs_initcall(sysctl_init);
