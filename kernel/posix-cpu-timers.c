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
 * A POSIX timer on a CPU clock (timer_create) has an expiry in ns of
 * that clock, checked at each tick of its process (check_cpu_timers):
 * when the clock reaches it, the timer's signal is queued; a one-shot
 * timer is disarmed, an interval timer waits for its signal to be taken
 * and is then moved past the clock by whole intervals, each one skipped
 * an overrun (posix_cpu_timer_schedule), as the hrtimer ones are.
 *
 * Differences from 2.6.32: 2.6.32 keeps each process's CPU timers
 * sorted on three lists per task and per process, with the earliest
 * expiry cached (cputime_expires), so the tick compares one number;
 * Linnet walks the process's timers at each tick, which costs as much
 * only while it has some. clock_nanosleep on a CPU clock
 * (posix_cpu_nsleep) waits on a list of sleepers the tick checks, where
 * 2.6.32 arms a timer without a signal; ITIMER_VIRTUAL and ITIMER_PROF are counted down by
 * the tick in kernel/itimer.c instead of being CPU timers here.
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
#include <linux/list.h>
#include <linux/hrtimer.h>
#include <linux/thread_info.h>
#include <asm/uaccess.h>

#define CPUCLOCK_PID(clock) ((pid_t)((unsigned int)~(clock) >> 3)) /* (clock < 0) */
#define CPUCLOCK_PERTHREAD(clock) (((clock) & (clockid_t)CPUCLOCK_PERTHREAD_MASK) != 0)
#define CPUCLOCK_PERTHREAD_MASK 4
#define CPUCLOCK_WHICH(clock) ((clock) & (clockid_t)CPUCLOCK_CLOCK_MASK)
#define CPUCLOCK_CLOCK_MASK 3
#define CPUCLOCK_SCHED 2
#define CPUCLOCK_MAX 3
#define TIMER_ABSTIME 0x01

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

static void check_cpu_timers(struct task_struct *tsk);
static void check_cpu_sleepers(struct task_struct *tsk);

/*
 * The threads in clock_nanosleep on a CPU clock (posix_cpu_nsleep).
 * 2.6.32 sleeps on a timer of its own (a k_itimer without a sigqueue,
 * whose firing wakes the sleeper) on the clock's task's timer lists;
 * Linnet keeps the sleepers on this list, checked at each tick of a
 * task whose clock one of them waits on. Interrupts off to touch it.
 */
static LIST_HEAD(cpu_sleepers);

/**
 * run_posix_cpu_timers - the tick's check of the CPU-time limits and timers
 * @tsk: the task the tick interrupted (current)
 *
 * Context: hard interrupt (the tick), interrupts off.
 */
void run_posix_cpu_timers(struct task_struct *tsk)
{
	if (!tsk->mm || !tsk->signal || tsk->exit_state)
		return;
	check_process_rlimit(tsk);
	if (!list_empty(&tsk->signal->posix_timers))
		check_cpu_timers(tsk);
	if (!list_empty(&cpu_sleepers))
		check_cpu_sleepers(tsk);
}

/* ---- timers on the CPU clocks ---- */

/* A CPU timer's clock now, in ns; 0 for a dead task's (the timer never fires) */
static u64 cpu_timer_sample(struct k_itimer *timr)
{
	clockid_t which = CPUCLOCK_WHICH(timr->it_clock);
	struct task_struct *p = timr->cpu_task;
	u64 now;

	if (p->exit_state)
		return 0;
	spin_lock(&tasklist_lock);
	if (CPUCLOCK_PERTHREAD(timr->it_clock))
		now = cpu_clock_sample(which, p);
	else
		now = cpu_clock_sample_group(which, p);
	spin_unlock(&tasklist_lock);
	return now;
}

/**
 * posix_cpu_timer_create - timer_create on a CPU clock: find whose time it counts
 * @timr: the new timer, its it_clock as the caller gave it
 *
 * CLOCK_PROCESS_CPUTIME_ID and CLOCK_THREAD_CPUTIME_ID become the
 * caller's encoded clocks; another thread must be of the caller's
 * process, another process named by its leader.
 *
 * Context: process context.
 * Return: 0 or -EINVAL.
 */
int posix_cpu_timer_create(struct k_itimer *timr)
{
	clockid_t clock = timr->it_clock;
	struct task_struct *p;
	unsigned long flags;

	if (clock == 2)
		clock = PROCESS_CLOCK;
	else if (clock == 3)
		clock = THREAD_CLOCK;
	timr->it_clock = clock;
	spin_lock_irqsave(&tasklist_lock, flags);
	p = cpu_clock_task(clock);
	if (p && !CPUCLOCK_PERTHREAD(clock))
		p = p->group_leader;
	if (p)
		get_task_struct(p);
	spin_unlock_irqrestore(&tasklist_lock, flags);
	if (!p)
		return -EINVAL;
	timr->cpu_task = p;
	return 0;
}

/* Queue the timer's signal; a one-shot timer is then disarmed (2.6.32's cpu_timer_fire) */
static void cpu_timer_fire(struct k_itimer *timr)
{
	bool shared = !(timr->it_sigev_notify & SIGEV_THREAD_ID);

	if (!timr->cpu_incr) {
		timr->sigq->info.sys_private = 0;
		send_sigqueue(timr->sigq, timr->it_process, shared);
		timr->cpu_expires = 0;
		return;
	}
	timr->sigq->info.sys_private = ++timr->it_requeue_pending;
	if (send_sigqueue(timr->sigq, timr->it_process, shared) > 0)
		posix_cpu_timer_schedule(timr); /* ignored: no dequeue will re-arm it */
}

/* Move an interval timer's expiry past @now; each interval added is an overrun */
static void bump_cpu_timer(struct k_itimer *timr, u64 now)
{
	u64 k;

	if (!timr->cpu_incr || now < timr->cpu_expires)
		return;
	k = now - timr->cpu_expires;
	do_div(k, (u32)min_t(u64, timr->cpu_incr, 0xffffffffu));
	k++;
	timr->cpu_expires += k * timr->cpu_incr;
	timr->it_overrun += (int)k;
}

/**
 * posix_cpu_timer_schedule - an interval CPU timer's signal was taken: re-arm it
 * @timr: the timer
 *
 * Context: dequeue_signal() (do_schedule_next_timer), interrupts off.
 */
void posix_cpu_timer_schedule(struct k_itimer *timr)
{
	if (timr->cpu_expires && !timr->cpu_task->exit_state)
		bump_cpu_timer(timr, cpu_timer_sample(timr));
	timr->it_overrun_last = timr->it_overrun;
	timr->it_overrun = -1;
	++timr->it_requeue_pending;
}

/**
 * posix_cpu_timer_set - timer_settime on a CPU clock
 * @timr: the timer
 * @flags: TIMER_ABSTIME: @value is a time on the clock, else from now
 * @value: the first expiry; zero disarms
 * @interval: the period, or zero
 *
 * An expiry already past fires at once, as 2.6.32: the thread may never
 * run again to make the clock reach it.
 *
 * Context: process context, interrupts off (lock_timer).
 */
void posix_cpu_timer_set(struct k_itimer *timr, int flags, const struct timespec *value,
			 const struct timespec *interval)
{
	u64 now, expires = timespec_to_ns(value);

	timr->it_requeue_pending = (timr->it_requeue_pending + 2) & ~REQUEUE_PENDING;
	timr->it_overrun_last = 0;
	timr->it_overrun = -1;
	timr->cpu_incr = timespec_to_ns(interval);
	timr->cpu_expires = 0;
	if (!expires || timr->cpu_task->exit_state)
		return;
	now = cpu_timer_sample(timr);
	if (!(flags & TIMER_ABSTIME))
		expires += now;
	timr->cpu_expires = expires;
	if ((timr->it_sigev_notify & ~SIGEV_THREAD_ID) != SIGEV_NONE && now >= expires)
		cpu_timer_fire(timr);
}

/**
 * posix_cpu_timer_get - timer_gettime on a CPU clock
 * @timr: the timer
 * @value: filled with the time to the next expiry (0: disarmed; 1 ns: it
 *         expired and its signal waits to be taken)
 * @interval: filled with the period
 *
 * Context: process context, interrupts off (lock_timer).
 */
void posix_cpu_timer_get(struct k_itimer *timr, struct timespec *value, struct timespec *interval)
{
	u64 now;

	*interval = ns_to_timespec(timr->cpu_incr);
	*value = ns_to_timespec(0);
	if (!timr->cpu_expires || timr->cpu_task->exit_state)
		return;
	now = cpu_timer_sample(timr);
	if ((timr->it_sigev_notify & ~SIGEV_THREAD_ID) == SIGEV_NONE && now >= timr->cpu_expires) {
		if (!timr->cpu_incr) {
			timr->cpu_expires = 0;
			return;
		}
		bump_cpu_timer(timr, now);
	}
	if (now < timr->cpu_expires)
		*value = ns_to_timespec(timr->cpu_expires - now);
	else
		value->tv_nsec = 1;
}

/* The tick: fire the process's CPU timers whose clock reached their expiry */
static void check_cpu_timers(struct task_struct *tsk)
{
	struct k_itimer *timr;

	list_for_each_entry(timr, &tsk->signal->posix_timers, list) {
		if (!is_cpu_clock(timr->it_clock) || !timr->cpu_expires ||
		    (timr->it_requeue_pending & REQUEUE_PENDING) ||
		    (timr->it_sigev_notify & ~SIGEV_THREAD_ID) == SIGEV_NONE ||
		    timr->cpu_task->exit_state)
			continue;
		if (cpu_timer_sample(timr) >= timr->cpu_expires)
			cpu_timer_fire(timr);
	}
}

/* ---- clock_nanosleep on the CPU clocks ---- */

/**
 * struct cpu_nsleeper - a thread sleeping until a CPU clock reaches a time
 * @list: link in cpu_sleepers
 * @sleeper: the sleeping thread
 * @cpu_task: whose clock: the thread, or the process's leader (a reference)
 * @clock: the clock id, pid-encoded
 * @expires: the time to wake at, in ns of that clock
 * @fired: the clock reached @expires (set by the tick)
 */
struct cpu_nsleeper {
	struct list_head list;
	struct task_struct *sleeper;
	struct task_struct *cpu_task;
	clockid_t clock;
	u64 expires;
	bool fired;
};

/* The sleeper's clock now (tasklist_lock held, or the tick) */
static u64 cpu_nsleeper_sample(struct cpu_nsleeper *s)
{
	clockid_t which = CPUCLOCK_WHICH(s->clock);

	if (CPUCLOCK_PERTHREAD(s->clock))
		return cpu_clock_sample(which, s->cpu_task);
	return cpu_clock_sample_group(which, s->cpu_task);
}

/* The tick of @tsk: wake the sleepers whose clock, @tsk's or its process's, got there */
static void check_cpu_sleepers(struct task_struct *tsk)
{
	struct cpu_nsleeper *s;

	list_for_each_entry(s, &cpu_sleepers, list) {
		if (s->fired)
			continue;
		if (CPUCLOCK_PERTHREAD(s->clock) ? s->cpu_task != tsk :
						   s->cpu_task->signal != tsk->signal)
			continue;
		if (cpu_nsleeper_sample(s) >= s->expires) {
			s->fired = true;
			wake_up_process(s->sleeper);
		}
	}
}

/*
 * Sleep until @clock reaches *@rqtp (TIMER_ABSTIME) or *@rqtp from now.
 * Returns 0 when it did, -EINVAL for a clock naming nobody the caller may
 * use, or -ERESTART_RESTARTBLOCK when a signal came first: then *@rqtp
 * is the absolute time to wake at and *@left what was left of the sleep.
 * 2.6.32's do_cpu_nanosleep.
 */
static int do_cpu_nanosleep(clockid_t clock, int flags, struct timespec *rqtp,
			    struct timespec *left)
{
	struct cpu_nsleeper s = { .sleeper = current, .clock = clock };
	unsigned long irqflags;
	struct task_struct *p;
	u64 now;

	spin_lock_irqsave(&tasklist_lock, irqflags);
	p = cpu_clock_task(clock);
	if (p && !CPUCLOCK_PERTHREAD(clock))
		p = p->group_leader;
	if (!p) {
		spin_unlock_irqrestore(&tasklist_lock, irqflags);
		return -EINVAL;
	}
	get_task_struct(p); /* the clock's task may die while we sleep */
	s.cpu_task = p;
	now = cpu_nsleeper_sample(&s);
	s.expires = timespec_to_ns(rqtp);
	if (!(flags & TIMER_ABSTIME))
		s.expires += now;
	s.fired = now >= s.expires; /* already there: 2.6.32's timer fires at once */
	list_add_tail(&s.list, &cpu_sleepers);
	while (!s.fired && !signal_pending(current)) {
		__set_current_state(TASK_INTERRUPTIBLE);
		spin_unlock_irqrestore(&tasklist_lock, irqflags);
		schedule();
		spin_lock_irqsave(&tasklist_lock, irqflags);
	}
	__set_current_state(TASK_RUNNING);
	list_del(&s.list);
	now = cpu_nsleeper_sample(&s);
	spin_unlock_irqrestore(&tasklist_lock, irqflags);
	put_task_struct(p);
	if (s.fired || now >= s.expires)
		return 0;
	*rqtp = ns_to_timespec(s.expires);
	*left = ns_to_timespec(s.expires - now);
	return -ERESTART_RESTARTBLOCK;
}

static long posix_cpu_nsleep_restart(struct restart_block *restart_block);

/* A sleep a signal interrupted: the time left to user space, the deadline to the restart block */
static int cpu_nsleep_interrupted(clockid_t clock, struct timespec *deadline, struct timespec *left,
				  struct timespec __user *rmtp)
{
	struct restart_block *restart = &current_thread_info()->restart_block;

	if (rmtp && copy_to_user(rmtp, left, sizeof(*rmtp)))
		return -EFAULT;
	restart->fn = posix_cpu_nsleep_restart;
	restart->arg0 = clock;
	restart->arg1 = (unsigned long)rmtp;
	restart->arg2 = deadline->tv_sec;
	restart->arg3 = deadline->tv_nsec;
	return -ERESTART_RESTARTBLOCK;
}

/**
 * posix_cpu_nsleep - clock_nanosleep on a CPU clock
 * @which_clock: a pid-encoded CPU clock (PROCESS_CLOCK for the caller's process)
 * @flags: TIMER_ABSTIME to sleep until the clock reads *@rqtp
 * @rqtp: the time, on that clock
 * @rmtp: where the time left goes when a signal interrupts a relative
 *        sleep, or NULL
 *
 * The caller sleeps until the clock - its process's CPU time, or
 * another process's, or another thread's of its process - reaches the
 * time, checked at each tick of the tasks that clock counts; its own
 * thread clock never would (it does not run while asleep): -EINVAL, as
 * 2.6.32. A signal with a handler ends the sleep with -EINTR and the
 * time left in *@rmtp; a relative sleep otherwise restarts (through
 * restart_syscall) until the same absolute time, an absolute one
 * (-ERESTARTNOHAND) with its own arguments.
 *
 * Context: process context (system call); sleeps.
 * Return: 0, -EINVAL, -EFAULT, or a restart code.
 */
int posix_cpu_nsleep(clockid_t which_clock, int flags, struct timespec *rqtp,
		     struct timespec __user *rmtp)
{
	struct timespec left;
	int error;

	if (CPUCLOCK_PERTHREAD(which_clock) &&
	    (CPUCLOCK_PID(which_clock) == 0 || CPUCLOCK_PID(which_clock) == current->pid))
		return -EINVAL;
	error = do_cpu_nanosleep(which_clock, flags, rqtp, &left);
	if (error != -ERESTART_RESTARTBLOCK)
		return error;
	if (flags & TIMER_ABSTIME)
		return -ERESTARTNOHAND;
	return cpu_nsleep_interrupted(which_clock, rqtp, &left, rmtp);
}

/* restart_syscall after a signal interrupted a relative CPU-clock sleep */
static long posix_cpu_nsleep_restart(struct restart_block *restart_block)
{
	clockid_t clock = restart_block->arg0;
	struct timespec __user *rmtp = (struct timespec __user *)restart_block->arg1;
	struct timespec t = { .tv_sec = restart_block->arg2, .tv_nsec = restart_block->arg3 };
	struct timespec left;
	int error;

	restart_block->fn = do_no_restart_syscall;
	error = do_cpu_nanosleep(clock, TIMER_ABSTIME, &t, &left);
	if (error != -ERESTART_RESTARTBLOCK)
		return error;
	return cpu_nsleep_interrupted(clock, &t, &left, rmtp);
}
