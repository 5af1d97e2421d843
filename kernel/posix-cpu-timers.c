/*
 * posix-cpu-timers.c - the CPU-time clocks, and RLIMIT_CPU.
 *
 * A CPU clock counts the CPU time a thread, or a whole process, has
 * used. Its clock id encodes whose time and which kind, as in 2.6.32:
 *
 *   clockid = (~pid << 3) | perthread << 2 | which
 *
 *   which: CPUCLOCK_PROF (0)  user + system time, counted in ticks
 *          CPUCLOCK_VIRT (1)  user time, counted in ticks
 *          CPUCLOCK_SCHED (2) the scheduler's sum_exec_runtime, in ns
 *   pid 0 means the caller (so CLOCK_PROCESS_CPUTIME_ID, 2, is the
 *   caller's process SCHED clock and CLOCK_THREAD_CPUTIME_ID, 3, its
 *   thread's); glibc's clock_getcpuclockid(pid) makes (~pid << 3) | 2.
 *
 * A thread's clock may be read only by a thread of its own process; a
 * process's clock by anyone, naming the process by its leader's pid.
 * A process's time is its live threads' plus what its dead threads
 * left in the signal_struct. No CPU clock can be set (-EPERM).
 *
 * RLIMIT_CPU is checked at each tick (run_posix_cpu_timers, from
 * update_process_times): past the soft limit (in seconds of user +
 * system time) the process gets SIGXCPU and the soft limit moves a
 * second on, so it gets one a second; at the hard limit, SIGKILL.
 *
 * Differences from 2.6.32: timers on CPU clocks (timer_create on them,
 * the cputimer expiry lists) and clock_nanosleep on the process clock
 * are not built (-EINVAL); ITIMER_VIRTUAL and ITIMER_PROF are counted
 * down by the tick in kernel/itimer.c instead of being CPU timers here.
 * As 2.6.32, clock_settime answers -EINVAL on CLOCK_PROCESS_CPUTIME_ID
 * and CLOCK_THREAD_CPUTIME_ID (their k_clock has no clock_set) and
 * -EPERM on a valid pid-encoded id. See docs/processes.md, "Time".
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/time.h>
#include <linux/signal.h>
#include <linux/resource.h>
#include <linux/posix-timers.h>

#define CPUCLOCK_PID(clock) ((pid_t) ~((clock) >> 3))
#define CPUCLOCK_PERTHREAD(clock) (((clock) & (clockid_t)CPUCLOCK_PERTHREAD_MASK) != 0)
#define CPUCLOCK_PERTHREAD_MASK 4
#define CPUCLOCK_WHICH(clock) ((clock) & (clockid_t)CPUCLOCK_CLOCK_MASK)
#define CPUCLOCK_CLOCK_MASK 3
#define CPUCLOCK_SCHED 2
#define CPUCLOCK_MAX 3

/* One thread's time of the kind @which: ns for SCHED, ticks turned to ns else */
static u64 cpu_clock_sample(clockid_t which, struct task_struct *p)
{
	switch (which) {
	case CPUCLOCK_PROF:
		return (u64)(p->utime + p->stime) * TICK_NSEC;
	case CPUCLOCK_VIRT:
		return (u64)p->utime * TICK_NSEC;
	default:
		return task_sched_runtime(p);
	}
}

/* The whole process's time: the dead threads' (signal_struct) and each live one's */
static u64 cpu_clock_sample_group(clockid_t which, struct task_struct *tsk)
{
	struct signal_struct *sig = tsk->signal;
	struct task_struct *t = tsk->group_leader;
	u64 sum;

	switch (which) {
	case CPUCLOCK_PROF:
		sum = (u64)(sig->utime + sig->stime) * TICK_NSEC;
		break;
	case CPUCLOCK_VIRT:
		sum = (u64)sig->utime * TICK_NSEC;
		break;
	default:
		sum = sig->sum_sched_runtime;
		break;
	}
	do {
		sum += cpu_clock_sample(which, t);
		/* cppcheck-suppress nullPointer ; container_of's offsetof */
		t = list_entry(t->thread_group.next, struct task_struct, thread_group);
	} while (t != tsk->group_leader);
	return sum;
}

/* The task a clock id names, or NULL if it names nobody the caller may read */
static struct task_struct *cpu_clock_task(clockid_t which_clock)
{
	pid_t pid = CPUCLOCK_PID(which_clock);
	struct task_struct *p;

	if (CPUCLOCK_WHICH(which_clock) >= CPUCLOCK_MAX)
		return NULL;
	if (pid == 0)
		return current;
	p = find_task_by_pid(pid);
	if (!p || p->exit_state)
		return NULL;
	if (CPUCLOCK_PERTHREAD(which_clock))
		return p->tgid == current->tgid ? p : NULL; /* same_thread_group */
	return thread_group_leader(p) ? p : NULL;
}

/**
 * posix_cpu_clock_get - read a CPU-time clock
 * @which_clock: CLOCK_PROCESS_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID, or a
 *               pid-encoded clock (negative)
 * @tp: filled with the time used
 *
 * Context: process context.
 * Return: 0, or -EINVAL (a bad kind, nobody with that pid, another
 * process's thread, or a process clock naming a thread that is not the
 * leader).
 */
int posix_cpu_clock_get(clockid_t which_clock, struct timespec *tp)
{
	struct task_struct *p;
	unsigned long flags;
	u64 ns = 0;
	int error = 0;

	spin_lock_irqsave(&tasklist_lock, flags);
	p = cpu_clock_task(which_clock);
	if (!p)
		error = -EINVAL;
	else if (CPUCLOCK_PERTHREAD(which_clock))
		ns = cpu_clock_sample(CPUCLOCK_WHICH(which_clock), p);
	else
		ns = cpu_clock_sample_group(CPUCLOCK_WHICH(which_clock), p);
	spin_unlock_irqrestore(&tasklist_lock, flags);
	if (!error)
		*tp = ns_to_timespec(ns);
	return error;
}

/* 2.6.32's check_clock: does the id name a clock the caller may use? */
static int check_clock(clockid_t which_clock)
{
	unsigned long flags;
	int error;

	spin_lock_irqsave(&tasklist_lock, flags);
	error = cpu_clock_task(which_clock) ? 0 : -EINVAL;
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return error;
}

/**
 * posix_cpu_clock_getres - a CPU-time clock's resolution
 * @which_clock: as posix_cpu_clock_get()
 * @tp: filled with it: 1 ns for the SCHED clocks, a tick for the others
 *
 * Context: process context.
 * Return: 0 or -EINVAL.
 */
int posix_cpu_clock_getres(clockid_t which_clock, struct timespec *tp)
{
	int error = check_clock(which_clock);

	if (!error) {
		tp->tv_sec = 0;
		tp->tv_nsec = CPUCLOCK_WHICH(which_clock) == CPUCLOCK_SCHED ?
				      1 :
				      (NSEC_PER_SEC + HZ - 1) / HZ;
	}
	return error;
}

/**
 * posix_cpu_clock_set - clock_settime on a pid-encoded CPU clock
 * @which_clock: the clock
 *
 * Context: process context.
 * Return: -EPERM (nobody can set a CPU clock), or -EINVAL for a bad id.
 */
int posix_cpu_clock_set(clockid_t which_clock)
{
	return check_clock(which_clock) ?: -EPERM;
}

/*
 * RLIMIT_CPU against the process's user + system time: SIGKILL at the
 * hard limit; SIGXCPU at the soft one, which then moves a second on.
 */
static void check_process_rlimit(struct task_struct *tsk)
{
	struct signal_struct *sig = tsk->signal;
	struct rlimit *rl = &sig->rlim[RLIMIT_CPU];
	u64 secs;

	if (rl->rlim_cur == RLIM_INFINITY)
		return;
	spin_lock(&tasklist_lock);
	secs = cpu_clock_sample_group(CPUCLOCK_PROF, tsk);
	spin_unlock(&tasklist_lock);
	do_div(secs, NSEC_PER_SEC);
	if (secs >= rl->rlim_max) {
		kill_pid(tsk->tgid, SIGKILL, 1);
		return;
	}
	if (secs >= rl->rlim_cur) {
		kill_pid(tsk->tgid, SIGXCPU, 1);
		if (rl->rlim_cur < rl->rlim_max)
			rl->rlim_cur++;
	}
}

/**
 * run_posix_cpu_timers - the tick's check of the CPU-time limits
 * @tsk: the task the tick interrupted (current)
 *
 * Context: hard interrupt (the tick), interrupts off.
 */
void run_posix_cpu_timers(struct task_struct *tsk)
{
	if (!tsk->mm || !tsk->signal || tsk->exit_state)
		return;
	check_process_rlimit(tsk);
}
