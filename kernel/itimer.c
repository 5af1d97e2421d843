/*
 * itimer.c - interval timers: alarm(), setitimer() and getitimer().
 *
 * A process has three interval timers, each a pair (value, interval):
 * when the value runs out the process gets a signal and, if the
 * interval is not zero, the timer starts again with it.
 *
 *   ITIMER_REAL     wall time          SIGALRM    an hrtimer (real_timer)
 *   ITIMER_VIRTUAL  user CPU time      SIGVTALRM  counted down by the tick
 *   ITIMER_PROF     user+system CPU    SIGPROF    counted down by the tick
 *
 * ITIMER_REAL is an hrtimer in the process's signal_struct whose
 * callback, it_real_fn, only sends SIGALRM; the timer is started again
 * (for an interval) when the signal is dequeued (kernel/signal.c:
 * dequeue_signal), so a process that does not take its signals does not
 * get a storm of timer interrupts. alarm(s) is setitimer(ITIMER_REAL)
 * with no interval, rounding the old value to whole seconds.
 *
 * The CPU timers are counted down in nanoseconds by the scheduler tick
 * (account_itimers, called from kernel/timer.c:update_process_times):
 * a tick in user mode charges both, one in the kernel only ITIMER_PROF.
 * Linux 2.6.32 arms them as CPU clocks in kernel/posix-cpu-timers.c and
 * checks them at each tick (run_posix_cpu_timers); the granularity seen
 * by the process is the same, a tick. See docs/processes.md, "Time".
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/time.h>
#include <linux/hrtimer.h>
#include <linux/signal.h>
#include <linux/syscalls.h>
#include <linux/irqflags.h>
#include <linux/string.h>
#include <asm/uaccess.h>

#define ITIMER_REAL 0
#define ITIMER_VIRTUAL 1
#define ITIMER_PROF 2

/**
 * struct itimerval - an interval timer's value and interval (i386 ABI)
 * @it_interval: the period it is rearmed with; 0 for a one-shot
 * @it_value: the time left; 0 when disarmed
 */
struct itimerval {
	struct timeval it_interval;
	struct timeval it_value;
};

/* What is left of ITIMER_REAL: never 0 while it is armed, as 2.6.32 */
static struct timeval itimer_get_remtime(struct hrtimer *timer)
{
	ktime_t rem = hrtimer_get_remaining(timer);

	if (hrtimer_active(timer)) {
		if (rem.tv64 <= 0)
			rem.tv64 = NSEC_PER_USEC;
	} else {
		rem.tv64 = 0;
	}
	return ktime_to_timeval(rem);
}

/* ITIMER_PROF/VIRTUAL's index in signal->it */
static int cpu_clock(int which)
{
	return which == ITIMER_PROF ? CPUCLOCK_PROF : CPUCLOCK_VIRT;
}

static void get_cpu_itimer(struct task_struct *tsk, int which, struct itimerval *value)
{
	struct cpu_itimer *it = &tsk->signal->it[cpu_clock(which)];
	unsigned long flags;

	local_irq_save(flags);
	value->it_value = ns_to_timeval(it->expires);
	value->it_interval = ns_to_timeval(it->incr);
	local_irq_restore(flags);
}

/**
 * do_getitimer - read an interval timer of the current process
 * @which: ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF
 * @value: filled with the time left and the interval
 *
 * Context: process context.
 * Return: 0, or -EINVAL for an unknown timer.
 */
int do_getitimer(int which, struct itimerval *value)
{
	struct task_struct *tsk = current;

	switch (which) {
	case ITIMER_REAL:
		value->it_value = itimer_get_remtime(&tsk->signal->real_timer);
		value->it_interval = ktime_to_timeval(tsk->signal->it_real_incr);
		return 0;
	case ITIMER_VIRTUAL:
	case ITIMER_PROF:
		get_cpu_itimer(tsk, which, value);
		return 0;
	}
	return -EINVAL;
}

/**
 * sys_getitimer - read an interval timer (system call 105)
 * @which: ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF
 * @value: where its time left and interval go
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL (unknown timer), -EFAULT.
 */
asmlinkage long sys_getitimer(int which, struct itimerval __user *value)
{
	struct itimerval get;
	int error;

	if (!value)
		return -EFAULT;
	error = do_getitimer(which, &get);
	if (!error && copy_to_user(value, &get, sizeof(get)))
		error = -EFAULT;
	return error;
}

/**
 * it_real_fn - ITIMER_REAL ran out: send SIGALRM to the process
 * @timer: the signal_struct's real_timer
 *
 * Context: hard interrupt (hrtimer expiry).
 * Return: HRTIMER_NORESTART; dequeue_signal() rearms an interval timer.
 */
enum hrtimer_restart it_real_fn(struct hrtimer *timer)
{
	struct signal_struct *sig;

	/* cppcheck-suppress nullPointer ; container_of's offsetof */
	sig = container_of(timer, struct signal_struct, real_timer);
	kill_pid(sig->leader_pid, SIGALRM, 1);
	return HRTIMER_NORESTART;
}

static bool timeval_valid(const struct timeval *tv)
{
	return tv->tv_sec >= 0 && tv->tv_usec >= 0 && tv->tv_usec < USEC_PER_SEC;
}

static void set_cpu_itimer(struct task_struct *tsk, int which, struct itimerval *value,
			   struct itimerval *ovalue)
{
	struct cpu_itimer *it = &tsk->signal->it[cpu_clock(which)];
	u64 nval = timeval_to_ns(&value->it_value), ninterval = timeval_to_ns(&value->it_interval);
	unsigned long flags;

	/* As 2.6.32: CPU time is counted in ticks, so round up to one */
	if (nval && nval < TICK_NSEC)
		nval = TICK_NSEC;
	if (ninterval && ninterval < TICK_NSEC)
		ninterval = TICK_NSEC;
	local_irq_save(flags);
	if (ovalue) {
		ovalue->it_value = ns_to_timeval(it->expires);
		ovalue->it_interval = ns_to_timeval(it->incr);
	}
	it->expires = nval;
	it->incr = ninterval;
	local_irq_restore(flags);
}

/**
 * do_setitimer - arm or disarm an interval timer of the current process
 * @which: ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF
 * @value: the new value (0 disarms) and interval
 * @ovalue: filled with the old ones, or NULL
 *
 * Context: process context.
 * Return: 0, or -EINVAL (unknown timer, or a time with a negative part
 * or a microsecond count of a second or more).
 */
int do_setitimer(int which, struct itimerval *value, struct itimerval *ovalue)
{
	struct task_struct *tsk = current;
	struct hrtimer *timer;
	ktime_t expires;

	if (!timeval_valid(&value->it_value) || !timeval_valid(&value->it_interval))
		return -EINVAL;
	switch (which) {
	case ITIMER_REAL:
		timer = &tsk->signal->real_timer;
		if (ovalue) {
			ovalue->it_value = itimer_get_remtime(timer);
			ovalue->it_interval = ktime_to_timeval(tsk->signal->it_real_incr);
		}
		hrtimer_cancel(timer);
		expires = timeval_to_ktime(value->it_value);
		if (expires.tv64 != 0) {
			tsk->signal->it_real_incr = timeval_to_ktime(value->it_interval);
			hrtimer_start(timer, expires, HRTIMER_MODE_REL);
		} else {
			tsk->signal->it_real_incr.tv64 = 0;
		}
		return 0;
	case ITIMER_VIRTUAL:
	case ITIMER_PROF:
		set_cpu_itimer(tsk, which, value, ovalue);
		return 0;
	}
	return -EINVAL;
}

/**
 * alarm_setitimer - alarm(): ITIMER_REAL in whole seconds
 * @seconds: seconds until SIGALRM; 0 cancels
 *
 * Context: process context.
 * Return: the seconds the previous alarm had left, rounded to the
 * nearest second (and at least 1 if any time was left), as 2.6.32.
 */
unsigned int alarm_setitimer(unsigned int seconds)
{
	struct itimerval it_new, it_old;

	if (seconds > INT_MAX)
		seconds = INT_MAX;
	it_new.it_value.tv_sec = seconds;
	it_new.it_value.tv_usec = 0;
	it_new.it_interval.tv_sec = it_new.it_interval.tv_usec = 0;
	do_setitimer(ITIMER_REAL, &it_new, &it_old);
	if ((!it_old.it_value.tv_sec && it_old.it_value.tv_usec) ||
	    it_old.it_value.tv_usec >= 500000)
		it_old.it_value.tv_sec++;
	return it_old.it_value.tv_sec;
}

/**
 * sys_alarm - SIGALRM after some seconds (system call 27)
 * @seconds: the delay; 0 cancels the alarm
 *
 * Context: process context (system call).
 * Return: the seconds the previous alarm had left (0 if none).
 */
asmlinkage long sys_alarm(unsigned int seconds)
{
	return alarm_setitimer(seconds);
}

/**
 * sys_setitimer - arm or disarm an interval timer (system call 104)
 * @which: ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF
 * @value: the new value and interval; NULL disarms (a misfeature 2.6.32
 *         and later Linux keep)
 * @ovalue: where the old ones go, or NULL
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL, -EFAULT.
 */
asmlinkage long sys_setitimer(int which, struct itimerval __user *value,
			      struct itimerval __user *ovalue)
{
	struct itimerval set_buffer, get_buffer;
	int error;

	if (value) {
		if (copy_from_user(&set_buffer, value, sizeof(set_buffer)))
			return -EFAULT;
	} else {
		memset(&set_buffer, 0, sizeof(set_buffer));
	}
	error = do_setitimer(which, &set_buffer, ovalue ? &get_buffer : NULL);
	if (error || !ovalue)
		return error;
	if (copy_to_user(ovalue, &get_buffer, sizeof(get_buffer)))
		return -EFAULT;
	return 0;
}

/* Charge @ns to one CPU timer; send @sig when it runs out */
static void charge_itimer(struct task_struct *tsk, struct cpu_itimer *it, u64 ns, int sig)
{
	if (!it->expires)
		return;
	if (it->expires > ns) {
		it->expires -= ns;
		return;
	}
	it->expires = it->incr;
	kill_pid(tsk->tgid, sig, 1);
}

/**
 * account_itimers - a tick's worth of CPU time for the CPU interval timers
 * @tsk: the task the tick interrupted (current)
 * @user_tick: 1 if it interrupted user mode
 *
 * Context: hard interrupt (the tick).
 */
void account_itimers(struct task_struct *tsk, int user_tick)
{
	struct signal_struct *sig = tsk->signal;

	if (!tsk->mm || !sig)
		return;
	charge_itimer(tsk, &sig->it[CPUCLOCK_PROF], TICK_NSEC, SIGPROF);
	if (user_tick)
		charge_itimer(tsk, &sig->it[CPUCLOCK_VIRT], TICK_NSEC, SIGVTALRM);
}
