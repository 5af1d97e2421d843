/*
 * sysrq.c - the Magic SysRq key.
 *
 * A key pressed while Alt and SysRq are held (drivers/char/keyboard.c),
 * a key arriving within five seconds of a BREAK on the serial console
 * (drivers/serial/8250.c), or a character written to
 * /proc/sysrq-trigger reaches __handle_sysrq(), which looks the key up
 * in a table of struct sysrq_key_op - 0-9 and a-z - prints
 * "SysRq : <action>" at a raised console log level (so it shows even
 * under `quiet`) and runs the handler. An unknown key prints the help:
 * "SysRq : HELP : " and each operation's help word once.
 *
 *   Alt-SysRq-t -> i8042 tasklet -> kbd_translate sets sysrq_key 't'
 *     -> handle_sysrq('t') -> "SysRq : Show State" -> show_state()
 *
 * The keys are 2.6.32's: b reBoot, c Crash (a NULL write: an oops that
 * panics, as 2.6.32 sets panic_on_oops), e terminate-all-tasks (SIGTERM
 * to every process but init), i kill-all-tasks (SIGKILL), g debug (the
 * kernel monitor: kernel/debug/kdb, registered as kgdb registers it in
 * later Linux), m show-memory-usage, o powerOff, p show-registers, s
 * Sync, t show-task-states, u Unmount, w show-blocked-tasks, 0-9
 * loglevel. Differences: SysRq is always enabled (2.6.32's
 * kernel.sysrq default is 1 too, but Linnet has no sysctl to change
 * it); s and u have nothing to sync or remount (ramfs) and say so
 * with 2.6.32's completion messages; p shows the interrupted user
 * registers of the current process, or the kernel stack of a kernel
 * thread (2.6.32 shows the interrupt's registers, which Linnet's
 * bottom halves do not keep); t shows no stack traces. Also as 2.6.32:
 * f memory-full-oom-kill, k saK (tty_io.c:__do_SAK on tty1), n
 * nice-all-RT-tasks, q show-all-timers (/proc/timer_list), r unRaw (a
 * no-op: Linnet's keyboard never leaves translated mode). The keys
 * 2.6.32 leaves empty in a kernel like Linnet's stay empty: d (needs
 * lockdep), j (CONFIG_BLOCK), l (CONFIG_SMP), v (a frame buffer), z
 * (CONFIG_TRACING); they print the help line. See docs/tty.md.
 */
#include <linux/module.h>
#include <linux/sysrq.h>
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/proc_fs.h>
#include <linux/reboot.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/spinlock.h>
#include <linux/stat.h>
#include <linux/tty.h>
#include <linux/kdb.h>
#include <linux/oom.h>
#include <linux/gfp.h>
#include <linux/hrtimer.h>
#include <linux/workqueue.h>
#include <linux/vt_kern.h>
#include <linux/uaccess.h>
#include <asm/traps.h>
#include <asm/barrier.h>

static void sysrq_handle_loglevel(int key, struct tty_struct *tty)
{
	int i = key - '0';

	console_loglevel = 7;
	printk("Loglevel set to %d\n", i);
	console_loglevel = i;
}

static struct sysrq_key_op sysrq_loglevel_op = {
	.handler = sysrq_handle_loglevel,
	.help_msg = "loglevel(0-9)",
	.action_msg = "Changing Loglevel",
	.enable_mask = SYSRQ_ENABLE_LOG,
};

static void sysrq_handle_crash(int key, struct tty_struct *tty)
{
	char *killer = NULL;

	panic_on_oops = 1; /* force panic */
	wmb();
	*(volatile char *)killer = 1;
}

static struct sysrq_key_op sysrq_crash_op = {
	.handler = sysrq_handle_crash,
	.help_msg = "Crash",
	.action_msg = "Trigger a crash",
	.enable_mask = SYSRQ_ENABLE_DUMP,
};

static void sysrq_handle_reboot(int key, struct tty_struct *tty)
{
	local_irq_enable();
	emergency_restart();
}

static struct sysrq_key_op sysrq_reboot_op = {
	.handler = sysrq_handle_reboot,
	.help_msg = "reBoot",
	.action_msg = "Resetting",
	.enable_mask = SYSRQ_ENABLE_BOOT,
};

/* As 2.6.32's kernel/power/poweroff.c: power off from process context */
static void do_poweroff(struct work_struct *dummy)
{
	kernel_power_off();
}

static DECLARE_WORK(poweroff_work, do_poweroff);

static void sysrq_handle_poweroff(int key, struct tty_struct *tty)
{
	schedule_work(&poweroff_work);
}

static struct sysrq_key_op sysrq_poweroff_op = {
	.handler = sysrq_handle_poweroff,
	.help_msg = "powerOff",
	.action_msg = "Power Off",
	.enable_mask = SYSRQ_ENABLE_BOOT,
};

static void sysrq_handle_sync(int key, struct tty_struct *tty)
{
	printk(KERN_INFO "Emergency Sync complete\n"); /* ramfs: nothing to write */
}

static struct sysrq_key_op sysrq_sync_op = {
	.handler = sysrq_handle_sync,
	.help_msg = "Sync",
	.action_msg = "Emergency Sync",
	.enable_mask = SYSRQ_ENABLE_SYNC,
};

static void sysrq_handle_mountro(int key, struct tty_struct *tty)
{
	printk(KERN_INFO "Emergency Remount complete\n");
}

static struct sysrq_key_op sysrq_mountro_op = {
	.handler = sysrq_handle_mountro,
	.help_msg = "Unmount",
	.action_msg = "Emergency Remount R/O",
	.enable_mask = SYSRQ_ENABLE_REMOUNT,
};

static void sysrq_handle_showregs(int key, struct tty_struct *tty)
{
	if (current->mm)
		show_regs(task_pt_regs(current));
	else
		dump_stack();
}

static struct sysrq_key_op sysrq_showregs_op = {
	.handler = sysrq_handle_showregs,
	.help_msg = "show-registers(P)",
	.action_msg = "Show Regs",
	.enable_mask = SYSRQ_ENABLE_DUMP,
};

static const char stat_nam[] = "RSDTtZX";

/* state_index - 2.6.32's letter index of a task's state: R S D T t Z X */
static int state_index(struct task_struct *p)
{
	long state = p->state;

	if (p->exit_state)
		return 5;
	if (!state)
		return 0;
	if (state & TASK_INTERRUPTIBLE)
		return 1;
	if (state & TASK_UNINTERRUPTIBLE)
		return 2;
	return 6;
}

/* sched_show_task - one line of show_state(), 2.6.32's columns */
static void sched_show_task(struct task_struct *p)
{
	int state = state_index(p);
	pid_t ppid = p->real_parent ? p->real_parent->pid : 0;

	printk(KERN_INFO "%-13.13s %c", p->comm, stat_nam[state]);
	if (state == 0)
		printk(KERN_CONT " running  ");
	else
		printk(KERN_CONT " %08lx ", get_wchan(p));
	printk(KERN_CONT "%5lu %5d %6d 0x%08lx\n", 0UL, p->pid, ppid,
	       (unsigned long)task_thread_info(p)->flags);
}

/* show_state_filter - every task, or those in @state_filter's states */
static void show_state_filter(unsigned long state_filter)
{
	struct task_struct *p;
	unsigned long flags;

	printk(KERN_INFO "  task                PC stack   pid father\n");
	local_irq_save(flags);
	sched_show_task(&init_task);
	list_for_each_entry(p, &init_task.tasks, tasks)
		if (!state_filter || (p->state & state_filter))
			sched_show_task(p);
	local_irq_restore(flags);
}

static void sysrq_handle_showstate(int key, struct tty_struct *tty)
{
	show_state_filter(0);
}

static struct sysrq_key_op sysrq_showstate_op = {
	.handler = sysrq_handle_showstate,
	.help_msg = "show-task-states(T)",
	.action_msg = "Show State",
	.enable_mask = SYSRQ_ENABLE_DUMP,
};

static void sysrq_handle_showstate_blocked(int key, struct tty_struct *tty)
{
	show_state_filter(TASK_UNINTERRUPTIBLE);
}

static struct sysrq_key_op sysrq_showstate_blocked_op = {
	.handler = sysrq_handle_showstate_blocked,
	.help_msg = "show-blocked-tasks(W)",
	.action_msg = "Show Blocked State",
	.enable_mask = SYSRQ_ENABLE_DUMP,
};

static void sysrq_handle_showmem(int key, struct tty_struct *tty)
{
	show_mem();
}

static struct sysrq_key_op sysrq_showmem_op = {
	.handler = sysrq_handle_showmem,
	.help_msg = "show-memory-usage(M)",
	.action_msg = "Show Memory",
	.enable_mask = SYSRQ_ENABLE_DUMP,
};

/* send_sig_all - @sig to every user process but init (pid 1) */
static void send_sig_all(int sig)
{
	struct task_struct *p;
	unsigned long flags;

	local_irq_save(flags);
	list_for_each_entry(p, &init_task.tasks, tasks)
		if (p->mm && p->pid > 1 && !p->exit_state)
			send_sig(sig, p, 1);
	local_irq_restore(flags);
}

static void sysrq_handle_term(int key, struct tty_struct *tty)
{
	send_sig_all(SIGTERM);
	console_loglevel = 8;
}

static struct sysrq_key_op sysrq_term_op = {
	.handler = sysrq_handle_term,
	.help_msg = "terminate-all-tasks(E)",
	.action_msg = "Terminate All Tasks",
	.enable_mask = SYSRQ_ENABLE_SIGNAL,
};

static void sysrq_handle_kill(int key, struct tty_struct *tty)
{
	send_sig_all(SIGKILL);
	console_loglevel = 8;
}

static struct sysrq_key_op sysrq_kill_op = {
	.handler = sysrq_handle_kill,
	.help_msg = "kill-all-tasks(I)",
	.action_msg = "Kill All Tasks",
	.enable_mask = SYSRQ_ENABLE_SIGNAL,
};

static void sysrq_handle_dbg(int key, struct tty_struct *tty)
{
	kdb_enter_monitor();
}

static struct sysrq_key_op sysrq_dbg_op = {
	.handler = sysrq_handle_dbg,
	.help_msg = "debug(G)",
	.action_msg = "DEBUG",
};

/* f: the OOM killer, as if memory had run out (from a work item: it may sleep) */
static void moom_callback(struct work_struct *ignored)
{
	out_of_memory(node_zonelist(0, GFP_KERNEL), GFP_KERNEL, 0);
}

static DECLARE_WORK(moom_work, moom_callback);

static void sysrq_handle_moom(int key, struct tty_struct *tty)
{
	schedule_work(&moom_work);
}

static struct sysrq_key_op sysrq_moom_op = {
	.handler = sysrq_handle_moom,
	.help_msg = "memory-full-oom-kill(F)",
	.action_msg = "Manual OOM execution",
	.enable_mask = SYSRQ_ENABLE_SIGNAL,
};

/* k: the Secure Attention Key on the console in front (tty_io.c:__do_SAK) */
static void sysrq_handle_SAK(int key, struct tty_struct *tty)
{
	schedule_work(&vc_SAK_work);
}

static struct sysrq_key_op sysrq_SAK_op = {
	.handler = sysrq_handle_SAK,
	.help_msg = "saK",
	.action_msg = "SAK",
	.enable_mask = SYSRQ_ENABLE_KEYBOARD,
};

/*
 * n: every real-time user task back to SCHED_NORMAL, every negative nice
 * back to 0 (2.6.32's normalize_rt_tasks, which lives in kernel/sched.c):
 * the way out when a runaway SCHED_FIFO program holds the CPU.
 */
static void normalize_rt_tasks(void)
{
	struct sched_param param = { .sched_priority = 0 };
	struct task_struct *p;
	unsigned long flags;

	local_irq_save(flags);
	list_for_each_entry(p, &init_task.tasks, tasks) {
		if (!p->mm || p->exit_state)
			continue;
		if (p->policy == SCHED_FIFO || p->policy == SCHED_RR)
			sched_setscheduler_nocheck(p, SCHED_NORMAL, &param);
		else if (TASK_NICE(p) < 0)
			set_user_nice(p, 0);
	}
	local_irq_restore(flags);
}

static void sysrq_handle_unrt(int key, struct tty_struct *tty)
{
	normalize_rt_tasks();
}

static struct sysrq_key_op sysrq_unrt_op = {
	.handler = sysrq_handle_unrt,
	.help_msg = "nice-all-RT-tasks(N)",
	.action_msg = "Nice All RT Tasks",
	.enable_mask = SYSRQ_ENABLE_RTNICE,
};

/* q: /proc/timer_list on the console (2.6.32's sysrq_timer_list_show) */
static void sysrq_print(void *arg, const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	vprintk(fmt, args);
	va_end(args);
}

static void sysrq_handle_show_timers(int key, struct tty_struct *tty)
{
	timer_list_show(sysrq_print, NULL);
}

static struct sysrq_key_op sysrq_show_timers_op = {
	.handler = sysrq_handle_show_timers,
	.help_msg = "show-all-timers(Q)",
	.action_msg = "Show clockevent devices & pending hrtimers (no others)",
};

/*
 * r: the keyboard back to the translated mode a raw-mode program (X)
 * may have left it in. Linnet's keyboard never leaves K_XLATE (vt.c
 * refuses KDSKBMODE), so there is nothing to undo.
 */
static void sysrq_handle_unraw(int key, struct tty_struct *tty)
{
}

static struct sysrq_key_op sysrq_unraw_op = {
	.handler = sysrq_handle_unraw,
	.help_msg = "unRaw",
	.action_msg = "Keyboard mode set to system default",
	.enable_mask = SYSRQ_ENABLE_KEYBOARD,
};

static DEFINE_SPINLOCK(sysrq_key_table_lock);

static struct sysrq_key_op *sysrq_key_table[36] = {
	&sysrq_loglevel_op, /* 0 */
	&sysrq_loglevel_op, /* 1 */
	&sysrq_loglevel_op, /* 2 */
	&sysrq_loglevel_op, /* 3 */
	&sysrq_loglevel_op, /* 4 */
	&sysrq_loglevel_op, /* 5 */
	&sysrq_loglevel_op, /* 6 */
	&sysrq_loglevel_op, /* 7 */
	&sysrq_loglevel_op, /* 8 */
	&sysrq_loglevel_op, /* 9 */
	NULL, /* a */
	&sysrq_reboot_op, /* b */
	&sysrq_crash_op, /* c */
	NULL, /* d: show-all-locks needs lockdep */
	&sysrq_term_op, /* e */
	&sysrq_moom_op, /* f */
	&sysrq_dbg_op, /* g: the kernel monitor */
	NULL, /* h: help */
	&sysrq_kill_op, /* i */
	NULL, /* j: thaw needs CONFIG_BLOCK */
	&sysrq_SAK_op, /* k */
	NULL, /* l: CPUs' backtraces need CONFIG_SMP */
	&sysrq_showmem_op, /* m */
	&sysrq_unrt_op, /* n */
	&sysrq_poweroff_op, /* o */
	&sysrq_showregs_op, /* p */
	&sysrq_show_timers_op, /* q */
	&sysrq_unraw_op, /* r */
	&sysrq_sync_op, /* s */
	&sysrq_showstate_op, /* t */
	&sysrq_mountro_op, /* u */
	NULL, /* v: a frame buffer registers it */
	&sysrq_showstate_blocked_op, /* w */
	NULL, /* x */
	NULL, /* y */
	NULL, /* z: the ftrace dump needs CONFIG_TRACING */
};

/* sysrq_key_table_key2index - the table slot of @key, or -1 */
static int sysrq_key_table_key2index(int key)
{
	if (key >= '0' && key <= '9')
		return key - '0';
	if (key >= 'a' && key <= 'z')
		return key + 10 - 'a';
	return -1;
}

/**
 * __sysrq_get_key_op - the operation of a key
 * @key: '0'-'9' or 'a'-'z'
 *
 * Context: any.
 * Return: the operation, or NULL.
 */
struct sysrq_key_op *__sysrq_get_key_op(int key)
{
	int i = sysrq_key_table_key2index(key);

	return i == -1 ? NULL : sysrq_key_table[i];
}

/**
 * __handle_sysrq - run the SysRq command of @key, or print the help
 * @key: the key
 * @tty: the terminal it came from, or NULL
 * @check_mask: check kernel.sysrq (Linnet: always enabled)
 *
 * "SysRq : " is printed with the console log level raised to 7, so it is
 * seen whatever the level; the handler runs with the level put back.
 *
 * Context: any (a bottom half, an interrupt, a write to /proc/sysrq-trigger).
 */
void __handle_sysrq(int key, struct tty_struct *tty, int check_mask)
{
	struct sysrq_key_op *op_p;
	int orig_log_level, i, j;
	unsigned long flags;

	spin_lock_irqsave(&sysrq_key_table_lock, flags);
	orig_log_level = console_loglevel;
	console_loglevel = 7;
	printk(KERN_INFO "SysRq : ");
	op_p = __sysrq_get_key_op(key);
	if (op_p) {
		printk(KERN_CONT "%s\n", op_p->action_msg);
		console_loglevel = orig_log_level;
		op_p->handler(key, tty);
	} else {
		printk(KERN_CONT "HELP : ");
		for (i = 0; i < (int)ARRAY_SIZE(sysrq_key_table); i++) {
			if (!sysrq_key_table[i])
				continue;
			for (j = 0; sysrq_key_table[i] != sysrq_key_table[j]; j++)
				;
			if (j == i) /* each operation once */
				printk(KERN_CONT "%s ", sysrq_key_table[i]->help_msg);
		}
		printk(KERN_CONT "\n");
		console_loglevel = orig_log_level;
	}
	spin_unlock_irqrestore(&sysrq_key_table_lock, flags);
}

/**
 * handle_sysrq - a SysRq key from the keyboard or the serial line
 * @key: the key
 * @tty: the terminal, or NULL
 *
 * Context: any.
 */
void handle_sysrq(int key, struct tty_struct *tty)
{
	__handle_sysrq(key, tty, 1);
}
EXPORT_SYMBOL(handle_sysrq);

static int sysrq_swap_key_ops(int key, struct sysrq_key_op *insert, struct sysrq_key_op *remove)
{
	int i = sysrq_key_table_key2index(key), ret = -1;
	unsigned long flags;

	spin_lock_irqsave(&sysrq_key_table_lock, flags);
	if (i != -1 && sysrq_key_table[i] == remove) {
		sysrq_key_table[i] = insert;
		ret = 0;
	}
	spin_unlock_irqrestore(&sysrq_key_table_lock, flags);
	return ret;
}

/**
 * register_sysrq_key - give a free key an operation
 * @key: the key
 * @op: the operation
 *
 * Context: any.
 * Return: 0, or -1 if the key is taken.
 */
int register_sysrq_key(int key, struct sysrq_key_op *op)
{
	return sysrq_swap_key_ops(key, op, NULL);
}

/**
 * unregister_sysrq_key - take an operation off its key
 * @key: the key
 * @op: the operation it has
 *
 * Context: any.
 * Return: 0, or -1 if @key does not have @op.
 */
int unregister_sysrq_key(int key, struct sysrq_key_op *op)
{
	return sysrq_swap_key_ops(key, NULL, op);
}

/* /proc/sysrq-trigger: writing 'c' is like SysRq-c (no enable check) */
static ssize_t write_sysrq_trigger(struct file *file, const char __user *buf, size_t count,
				   loff_t *ppos)
{
	if (count) {
		char c = 0;

		if (get_user(c, buf))
			return -EFAULT;
		__handle_sysrq(c, NULL, 0);
	}
	return count;
}

static const struct file_operations proc_sysrq_trigger_operations = {
	.write = write_sysrq_trigger,
};

/**
 * sysrq_init - create /proc/sysrq-trigger
 *
 * Context: process context, after procfs is mounted.
 */
void sysrq_init(void)
{
	if (!proc_create("sysrq-trigger", S_IWUSR, NULL, &proc_sysrq_trigger_operations))
		printk(KERN_ERR "sysrq: cannot create /proc/sysrq-trigger\n");
}
