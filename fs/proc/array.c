/*
 * array.c - /proc/PID/stat, statm and status: a task in numbers.
 *
 * stat is one line of 44 fields in 2.6.32's order, the line ps and top
 * parse (proc(5) names them):
 *
 *   pid (comm) state ppid pgrp session tty_nr tpgid flags minflt cminflt
 *   majflt cmajflt utime stime cutime cstime priority nice num_threads
 *   itrealvalue starttime vsize rss rsslim startcode endcode startstack
 *   kstkesp kstkeip signal blocked sigignore sigcatch wchan nswap cnswap
 *   exit_signal processor rt_priority policy delayacct_blkio_ticks
 *   guest_time cguest_time
 *
 * Times are in USER_HZ (1/100 s) clock ticks: utime and stime as the tick
 * charged them (kernel/sched.c:account_process_tick), starttime since
 * boot. status is the same for people, "Name:\tsh" lines; statm is seven
 * page counts (size resident shared text lib data dt).
 *
 * The process group, session, children's times and limits come from the
 * thread group's signal_struct, as in 2.6.32.
 *
 * Differences from 2.6.32: the capability sets are computed
 * from the uids (Linnet keeps none, see linux/capability.h); Cpus_allowed is
 * the one CPU and Mems_allowed the one node (2.6.32 prints both with
 * cpusets, as Debian's build has). See docs/procfs.md.
 */
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/sched.h>
#include <linux/ptrace.h>
#include <linux/mm.h>
#include <linux/mm_types.h>
#include <linux/fdtable.h>
#include <linux/signal.h>
#include <linux/time.h>
#include <linux/ktime.h>
#include <linux/irqflags.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/resource.h>
#include <linux/tty.h>
#include "internal.h"

/* jiffies (Linnet's cputime) to USER_HZ clock ticks */
#define cputime_to_clock_t(j) ((unsigned long)((u64)(j)*USER_HZ / HZ))

/* 2.6.32's task_state_array: indexed by the bit number of the state, plus one */
static const char *const task_state_array[] = {
	"R (running)", /*  0 */
	"S (sleeping)", /*  1 */
	"D (disk sleep)", /*  2 */
	"T (stopped)", /*  4 */
	"T (tracing stop)", /*  8 */
	"Z (zombie)", /* 16 */
	"X (dead)" /* 32 */
};

/* The states /proc reports: everything below TASK_DEAD */
#define TASK_REPORT \
	(TASK_RUNNING | TASK_INTERRUPTIBLE | TASK_UNINTERRUPTIBLE | __TASK_STOPPED | __TASK_TRACED)

static const char *get_task_state(struct task_struct *tsk)
{
	unsigned int state = (tsk->state & TASK_REPORT) | tsk->exit_state;
	const char *const *p = &task_state_array[0];

	while (state) {
		p++;
		state >>= 1;
	}
	return *p;
}

/*
 * The signal sets, a bit per signal (1 << (sig - 1)) in Linnet's 32-bit
 * sets: pending, blocked, ignored and caught.
 */
struct task_sigsets {
	sigset_t pending, shpending, blocked, ignored, caught;
};

static void collect_sigsets(struct task_struct *p, struct task_sigsets *s)
{
	unsigned long flags;
	int i;

	memset(s, 0, sizeof(*s));
	local_irq_save(flags);
	s->pending = p->pending.signal;
	s->shpending = p->signal->shared_pending.signal;
	s->blocked = p->blocked;
	if (p->sighand) {
		for (i = 0; i < _NSIG; i++) {
			void __user *h = p->sighand->action[i].handler;

			if (h == SIG_IGN)
				s->ignored |= 1ULL << i;
			else if (h != SIG_DFL)
				s->caught |= 1ULL << i;
		}
	}
	local_irq_restore(flags);
}

/* Signals queued to processes of @uid (2.6.32: user->sigpending) */
static int user_sigpending(uid_t uid)
{
	struct user_struct *up = find_user(uid);
	int n = up ? atomic_read(&up->sigpending) : 0;

	free_uid(up);
	return n;
}

/* A set as 16 hex digits, signal 64 first (2.6.32's render_sigset_t) */
static void render_sigset_t(struct seq_file *m, const char *header, sigset_t set)
{
	seq_printf(m, "%s%08x%08x\n", header, (u32)(set >> 32), (u32)set);
}

/* The parent's tgid (0 for a task without one: the idle task's children) */
static pid_t task_ppid(struct task_struct *p)
{
	struct task_struct *parent = p->real_parent;

	return parent ? parent->tgid : 0;
}

/* The tracer's pid, 0 if @p is not traced (2.6.32's TracerPid) */
static pid_t task_tracer_pid(struct task_struct *p)
{
	return (p->ptrace & PT_PTRACED) && p->parent ? p->parent->pid : 0;
}

/* Threads in @p's group (2.6.32: signal->count) */
static int get_nr_threads(struct task_struct *p)
{
	struct task_struct *leader = p->group_leader;
	struct list_head *pos;
	unsigned long flags;
	int n = 1;

	spin_lock_irqsave(&tasklist_lock, flags);
	list_for_each(pos, &leader->thread_group)
		n++;
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return n;
}

/* "Name:\tcomm" with backslash and newline escaped, as 2.6.32's task_name */
static void task_name(struct seq_file *m, struct task_struct *p)
{
	char tcomm[TASK_COMM_LEN];
	const char *c;

	get_task_comm(tcomm, p);
	seq_puts(m, "Name:\t");
	for (c = tcomm; *c; c++) {
		if (*c == '\\')
			seq_puts(m, "\\\\");
		else if (*c == '\n')
			seq_puts(m, "\\n");
		else
			seq_putc(m, *c);
	}
	seq_putc(m, '\n');
}

static void task_state(struct seq_file *m, struct task_struct *p)
{
	struct files_struct *files;
	unsigned long flags;
	unsigned int max_fds = 0;
	int g;

	seq_printf(m,
		   "State:\t%s\n"
		   "Tgid:\t%d\n"
		   "Pid:\t%d\n"
		   "PPid:\t%d\n"
		   "TracerPid:\t%d\n"
		   "Uid:\t%d\t%d\t%d\t%d\n"
		   "Gid:\t%d\t%d\t%d\t%d\n",
		   get_task_state(p), p->tgid, p->pid, task_ppid(p), task_tracer_pid(p),
		   p->cred.uid, p->cred.euid, p->cred.suid, p->cred.fsuid, p->cred.gid,
		   p->cred.egid, p->cred.sgid, p->cred.fsgid);
	local_irq_save(flags);
	files = p->files;
	if (files)
		max_fds = files_fdtable(files)->max_fds;
	local_irq_restore(flags);
	seq_printf(m, "FDSize:\t%u\nGroups:\t", max_fds);
	for (g = 0; g < p->cred.ngroups; g++)
		seq_printf(m, "%d ", p->cred.groups[g]);
	seq_putc(m, '\n');
}

static void task_sig(struct seq_file *m, struct task_struct *p)
{
	struct task_sigsets s;

	collect_sigsets(p, &s);
	seq_printf(m, "Threads:\t%d\n", get_nr_threads(p));
	seq_printf(m, "SigQ:\t%d/%lu\n", user_sigpending(p->cred.uid),
		   p->signal->rlim[RLIMIT_SIGPENDING].rlim_cur);
	render_sigset_t(m, "SigPnd:\t", s.pending);
	render_sigset_t(m, "ShdPnd:\t", s.shpending);
	render_sigset_t(m, "SigBlk:\t", s.blocked);
	render_sigset_t(m, "SigIgn:\t", s.ignored);
	render_sigset_t(m, "SigCgt:\t", s.caught);
}

/* One capability set, the high word first (2.6.32's render_cap_t) */
static void render_cap_t(struct seq_file *m, const char *header, const kernel_cap_t *a)
{
	seq_printf(m, "%s%08x%08x\n", header, a->cap[1], a->cap[0]);
}

/* The task's capability sets (kernel/capability.c says how they follow its uids) */
static void task_cap(struct seq_file *m, struct task_struct *p)
{
	const struct cred *c = &p->cred;

	render_cap_t(m, "CapInh:\t", &c->cap_inheritable);
	render_cap_t(m, "CapPrm:\t", &c->cap_permitted);
	render_cap_t(m, "CapEff:\t", &c->cap_effective);
	render_cap_t(m, "CapBnd:\t", &c->cap_bset);
}

/**
 * proc_pid_status - /proc/PID/status
 * @m: the seq_file
 * @task: the task
 *
 * Context: process context; may sleep.
 * Return: 0.
 */
int proc_pid_status(struct seq_file *m, struct task_struct *task)
{
	struct mm_struct *mm = get_task_mm(task);

	task_name(m, task);
	task_state(m, task);
	if (mm) {
		task_mem(m, mm);
		mmput(mm);
	}
	task_sig(m, task);
	task_cap(m, task);
	/* cpuset_task_status_allowed: the one CPU and the one memory node */
	seq_printf(m, "Cpus_allowed:\t1\nCpus_allowed_list:\t0\n");
	seq_printf(m, "Mems_allowed:\t1\nMems_allowed_list:\t0\n");
	seq_printf(m, "voluntary_ctxt_switches:\t%lu\nnonvoluntary_ctxt_switches:\t%lu\n",
		   task->nvcsw, task->nivcsw);
	return 0;
}

/* The user-mode registers a process left in the kernel: esp and eip */
static void task_user_regs(struct task_struct *task, unsigned long *esp, unsigned long *eip)
{
	struct pt_regs *regs = task_pt_regs(task);

	*esp = regs->sp;
	*eip = regs->ip;
}

/* starttime: the task's creation, in clock ticks since boot */
static unsigned long long task_start_clock_t(struct task_struct *task)
{
	u64 ns = (u64)task->start_time.tv_sec * NSEC_PER_SEC + task->start_time.tv_nsec;

	return div_u64(ns, NSEC_PER_SEC / USER_HZ);
}

/*
 * The controlling terminal's number and foreground group, as 2.6.32's
 * do_task_stat: 0 and -1 without one. session_clear_tty() clears
 * signal->tty under tasklist_lock before the last close frees the tty,
 * so under that lock a tty seen here is alive.
 */
static void task_tty(struct signal_struct *sig, int *tty_nr, int *tty_pgrp)
{
	unsigned long flags;

	*tty_nr = 0;
	*tty_pgrp = -1;
	spin_lock_irqsave(&tasklist_lock, flags);
	if (sig->tty) {
		*tty_nr = new_encode_dev(tty_devnum(sig->tty));
		*tty_pgrp = sig->tty->pgrp;
	}
	spin_unlock_irqrestore(&tasklist_lock, flags);
}

static int do_task_stat(struct seq_file *m, struct task_struct *task, int whole)
{
	unsigned long vsize = 0, eip = 0, esp = 0, wchan, rss = 0, utime, stime;
	unsigned long min_flt, maj_flt, start_code = 0, end_code = 0, start_stack = 0;
	struct mm_struct *mm = get_task_mm(task);
	struct signal_struct *sig = task->signal;
	char tcomm[TASK_COMM_LEN];
	struct task_sigsets s;
	int num_threads = get_nr_threads(task);
	int tty_nr;
	int tty_pgrp;

	task_tty(sig, &tty_nr, &tty_pgrp);
	if (mm) {
		vsize = task_vsize(mm);
		rss = get_mm_rss(mm);
		task_user_regs(task, &esp, &eip);
		start_code = mm->start_code;
		end_code = mm->end_code;
		start_stack = mm->start_stack;
	}
	get_task_comm(tcomm, task);
	collect_sigsets(task, &s);
	utime = task->utime;
	stime = task->stime;
	min_flt = task->min_flt;
	maj_flt = task->maj_flt;
	if (whole) {
		/* the live threads, plus what the dead ones left in signal_struct */
		struct task_struct *t, *leader = task->group_leader;
		unsigned long flags;

		spin_lock_irqsave(&tasklist_lock, flags);
		utime = leader->utime + sig->utime;
		stime = leader->stime + sig->stime;
		min_flt = leader->min_flt + sig->min_flt;
		maj_flt = leader->maj_flt + sig->maj_flt;
		list_for_each_entry(t, &leader->thread_group, thread_group) {
			utime += t->utime;
			stime += t->stime;
			min_flt += t->min_flt;
			maj_flt += t->maj_flt;
		}
		spin_unlock_irqrestore(&tasklist_lock, flags);
	}
	/* 2.6.32 shows wchan only where it is meaningful: one thread */
	wchan = (!whole || num_threads < 2) ? get_wchan(task) : 0;

	seq_printf(
		m,
		"%d (%s) %c %d %d %d %d %d %u %lu %lu %lu %lu %lu %lu %ld %ld %ld %ld %d 0 %llu %lu %ld %lu %lu %lu %lu %lu %lu %lu %lu %lu %lu %lu %lu %lu %d %d %u %u %llu %lu %ld\n",
		task->pid, tcomm, *get_task_state(task), task_ppid(task), task_pgrp_nr(task),
		task_session_nr(task), tty_nr, tty_pgrp, task->flags, min_flt, sig->cmin_flt,
		maj_flt, sig->cmaj_flt, cputime_to_clock_t(utime), cputime_to_clock_t(stime),
		(long)cputime_to_clock_t(sig->cutime), (long)cputime_to_clock_t(sig->cstime),
		(long)task_prio(task), (long)task_nice(task), num_threads, task_start_clock_t(task),
		vsize, (long)rss, sig->rlim[RLIMIT_RSS].rlim_cur, start_code, end_code, start_stack,
		esp, eip, (unsigned long)s.pending & 0x7fffffffUL,
		(unsigned long)s.blocked & 0x7fffffffUL, (unsigned long)s.ignored & 0x7fffffffUL,
		(unsigned long)s.caught & 0x7fffffffUL, wchan, 0UL, 0UL, task->exit_signal, 0,
		task->rt_priority, task->policy, 0ULL, 0UL, 0L);
	if (mm)
		mmput(mm);
	return 0;
}

/**
 * proc_tid_stat - /proc/PID/task/TID/stat: one thread's numbers
 * @m: the seq_file
 * @task: the thread
 *
 * Context: process context; may sleep.
 * Return: 0.
 */
int proc_tid_stat(struct seq_file *m, struct task_struct *task)
{
	return do_task_stat(m, task, 0);
}

/**
 * proc_tgid_stat - /proc/PID/stat: the thread group's numbers
 * @m: the seq_file
 * @task: the task (its group's times are added up)
 *
 * Context: process context; may sleep.
 * Return: 0.
 */
int proc_tgid_stat(struct seq_file *m, struct task_struct *task)
{
	return do_task_stat(m, task, 1);
}

/**
 * proc_pid_statm - /proc/PID/statm: size resident shared text lib data dt
 * @m: the seq_file
 * @task: the task
 *
 * All in pages; lib and dt are 0, as in 2.6.32.
 *
 * Context: process context; may sleep.
 * Return: 0.
 */
int proc_pid_statm(struct seq_file *m, struct task_struct *task)
{
	int size = 0, resident = 0, shared = 0, text = 0, lib = 0, data = 0;
	struct mm_struct *mm = get_task_mm(task);

	if (mm) {
		size = task_statm(mm, &shared, &text, &data, &resident);
		mmput(mm);
	}
	seq_printf(m, "%d %d %d %d %d %d %d\n", size, resident, shared, text, lib, data, 0);
	return 0;
}
