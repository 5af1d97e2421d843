/*
 * kviews.c - the scheduler's and the clocks' /proc files: sched_debug and
 * timer_list.
 *
 * Each is printed by the kernel's own view (kernel/sched_debug.c:
 * sched_debug_show, kernel/time/timer_list.c:timer_list_show), the one the
 * kernel shell's commands of the same names use, through a printf-like
 * callback that prints into the seq_file (fs/seq_file.c:seq_print_cb).
 * If the text outgrows the buffer, seq_read() runs the view again with a
 * larger one. Linux 2.6.32 registers these two files from
 * kernel/sched_debug.c and kernel/time/timer_list.c; Linnet keeps the
 * /proc side here, as mmviews.c does for mm's views. See docs/procfs.md.
 */
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/hrtimer.h>

typedef void (*print_view_t)(void (*print)(void *arg, const char *fmt, ...), void *arg);

static int kview_show(struct seq_file *m, void *v)
{
	print_view_t view = (print_view_t)m->private;

	view(seq_print_cb, m);
	return 0;
}

static int kview_open(struct inode *inode, struct file *file)
{
	return single_open(file, kview_show, PDE(inode)->data);
}

static const struct file_operations kview_fops = {
	.open = kview_open,
	.read = seq_read,
	.llseek = seq_lseek,
	.release = single_release,
};

static int proc_kviews_init(void)
{
	proc_create_data("sched_debug", S_IRUGO, NULL, &kview_fops, (void *)sched_debug_show);
	proc_create_data("timer_list", S_IRUGO, NULL, &kview_fops, (void *)timer_list_show);
	return 0;
}
fs_initcall(proc_kviews_init);
