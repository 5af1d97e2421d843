/*
 * posix-timers.c - the POSIX clocks: clock_gettime, clock_getres,
 * clock_settime and clock_nanosleep.
 *
 * A clock id names a clock:
 *
 *   CLOCK_REALTIME           the wall clock (settable)
 *   CLOCK_MONOTONIC          time since boot, never set, never jumps
 *   CLOCK_PROCESS_CPUTIME_ID CPU time of the whole process (ns)
 *   CLOCK_THREAD_CPUTIME_ID  CPU time of the calling thread (ns)
 *   CLOCK_MONOTONIC_RAW      the clocksource without NTP's corrections
 *   CLOCK_REALTIME_COARSE    the wall clock at the last tick (cheap)
 *   CLOCK_MONOTONIC_COARSE   the monotonic clock at the last tick
 *   CLOCK_BOOTTIME           monotonic plus time suspended (Linux 2.6.39;
 *                            Linnet never suspends, so it is MONOTONIC)
 *
 * 2.6.32 dispatches through a table of struct k_clock and also accepts
 * negative ids, the CPU clocks of other processes (clock_getcpuclockid);
 * Linnet answers -EINVAL for those, and has no timer_create() yet.
 * CLOCK_BOOTTIME is an addition of later Linux, which only adds API.
 * The CPU clocks read the scheduler's sum_exec_runtime, in nanoseconds.
 * See docs/processes.md, "Time".
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/time.h>
#include <linux/ktime.h>
#include <linux/hrtimer.h>
#include <linux/jiffies.h>
#include <asm/uaccess.h>

#define CLOCK_PROCESS_CPUTIME_ID 2
#define CLOCK_THREAD_CPUTIME_ID 3
#define CLOCK_MONOTONIC_RAW 4
#define CLOCK_REALTIME_COARSE 5
#define CLOCK_MONOTONIC_COARSE 6
#define CLOCK_BOOTTIME 7
#define TIMER_ABSTIME 0x01

/* CPU time of the whole thread group: the dead threads' and the live ones' */
static u64 process_cputime(struct task_struct *tsk)
{
	struct task_struct *t = tsk->group_leader;
	u64 sum = tsk->signal->sum_sched_runtime;
	unsigned long flags;

	spin_lock_irqsave(&tasklist_lock, flags);
	do {
		sum += task_sched_runtime(t);
		/* cppcheck-suppress nullPointer ; container_of's offsetof */
		t = list_entry(t->thread_group.next, struct task_struct, thread_group);
	} while (t != tsk->group_leader);
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return sum;
}

/* The coarse clocks: xtime as the last tick left it */
static void coarse_time(struct timespec *tp, bool mono)
{
	*tp = current_kernel_time();
	if (mono) {
		struct timespec now, raw;

		ktime_get_ts(&now);
		getnstimeofday(&raw);
		/* wall_to_monotonic, as the difference of the two clocks now */
		set_normalized_timespec(tp, tp->tv_sec + now.tv_sec - raw.tv_sec,
					tp->tv_nsec + now.tv_nsec - raw.tv_nsec);
	}
}

/**
 * do_clock_gettime - read a clock
 * @which_clock: the clock id
 * @tp: filled with its time
 *
 * Context: process context.
 * Return: 0, or -EINVAL for a clock Linnet does not have.
 */
int do_clock_gettime(clockid_t which_clock, struct timespec *tp)
{
	switch (which_clock) {
	case CLOCK_REALTIME:
		getnstimeofday(tp);
		return 0;
	case CLOCK_MONOTONIC:
	case CLOCK_MONOTONIC_RAW:
	case CLOCK_BOOTTIME:
		ktime_get_ts(tp);
		return 0;
	case CLOCK_REALTIME_COARSE:
	case CLOCK_MONOTONIC_COARSE:
		coarse_time(tp, which_clock == CLOCK_MONOTONIC_COARSE);
		return 0;
	case CLOCK_PROCESS_CPUTIME_ID:
		*tp = ns_to_timespec(process_cputime(current));
		return 0;
	case CLOCK_THREAD_CPUTIME_ID:
		*tp = ns_to_timespec(task_sched_runtime(current));
		return 0;
	}
	return -EINVAL;
}

/**
 * sys_clock_gettime - read a clock (system call 265)
 * @which_clock: the clock id
 * @tp: where its time goes
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL (unknown clock), -EFAULT.
 */
asmlinkage long sys_clock_gettime(clockid_t which_clock, struct timespec __user *tp)
{
	struct timespec kernel_tp;
	int error = do_clock_gettime(which_clock, &kernel_tp);

	if (!error && copy_to_user(tp, &kernel_tp, sizeof(kernel_tp)))
		error = -EFAULT;
	return error;
}

/**
 * sys_clock_getres - a clock's resolution (system call 266)
 * @which_clock: the clock id
 * @tp: where the resolution goes, or NULL (only checks the clock)
 *
 * The hrtimer clocks resolve to the hrtimer resolution (1 ns in high
 * resolution mode, a tick otherwise), the coarse ones to a tick, the CPU
 * clocks to 1 ns, as 2.6.32.
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL, -EFAULT.
 */
asmlinkage long sys_clock_getres(clockid_t which_clock, struct timespec __user *tp)
{
	struct timespec rtn = { 0, 1 };

	switch (which_clock) {
	case CLOCK_REALTIME:
	case CLOCK_MONOTONIC:
	case CLOCK_MONOTONIC_RAW:
	case CLOCK_BOOTTIME:
		if (!hrtimer_hres_active())
			rtn.tv_nsec = TICK_NSEC;
		break;
	case CLOCK_REALTIME_COARSE:
	case CLOCK_MONOTONIC_COARSE:
		rtn.tv_nsec = TICK_NSEC;
		break;
	case CLOCK_PROCESS_CPUTIME_ID:
	case CLOCK_THREAD_CPUTIME_ID:
		break;
	default:
		return -EINVAL;
	}
	if (tp && copy_to_user(tp, &rtn, sizeof(rtn)))
		return -EFAULT;
	return 0;
}

/**
 * sys_clock_settime - set a clock: only CLOCK_REALTIME can be (system call 264)
 * @which_clock: the clock id
 * @tp: the new time
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL (another clock, or a bad time), -EFAULT, -EPERM.
 */
asmlinkage long sys_clock_settime(clockid_t which_clock, const struct timespec __user *tp)
{
	struct timespec new_tp;

	if (which_clock < 0 || which_clock > CLOCK_BOOTTIME)
		return -EINVAL;
	if (copy_from_user(&new_tp, tp, sizeof(*tp)))
		return -EFAULT;
	if (which_clock != CLOCK_REALTIME)
		return -EINVAL;
	return do_sys_settimeofday(&new_tp, NULL);
}

/**
 * sys_clock_nanosleep - sleep on a clock, for a time or until one (system call 267)
 * @which_clock: CLOCK_REALTIME, CLOCK_MONOTONIC (or BOOTTIME)
 * @flags: TIMER_ABSTIME to sleep until @rqtp
 * @rqtp: the time
 * @rmtp: where the time left goes if a signal interrupts a relative
 *        sleep, or NULL
 *
 * The CPU-time clocks cannot be slept on in Linnet (2.6.32 can sleep on
 * the process's): -EINVAL, as for an unknown clock.
 *
 * Context: process context (system call); sleeps.
 * Return: 0, -EINVAL, -EFAULT, -EINTR (through the restart rules).
 */
asmlinkage long sys_clock_nanosleep(clockid_t which_clock, int flags,
				    const struct timespec __user *rqtp,
				    struct timespec __user *rmtp)
{
	struct timespec t;

	switch (which_clock) {
	case CLOCK_REALTIME:
	case CLOCK_MONOTONIC:
	case CLOCK_BOOTTIME:
		break;
	default:
		return -EINVAL;
	}
	if (copy_from_user(&t, rqtp, sizeof(t)))
		return -EFAULT;
	if (t.tv_sec < 0 || (unsigned long)t.tv_nsec >= NSEC_PER_SEC)
		return -EINVAL;
	return hrtimer_nanosleep(&t, rmtp,
				 flags & TIMER_ABSTIME ? HRTIMER_MODE_ABS : HRTIMER_MODE_REL,
				 which_clock == CLOCK_REALTIME ? CLOCK_REALTIME : CLOCK_MONOTONIC);
}
