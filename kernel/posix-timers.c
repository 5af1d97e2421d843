/*
 * posix-timers.c - the POSIX clocks (clock_gettime, clock_getres,
 * clock_settime, clock_nanosleep) and the POSIX interval timers
 * (timer_create, timer_settime, timer_gettime, timer_getoverrun,
 * timer_delete).
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
 * and the negative ids, the CPU clocks of any thread or process
 * (clock_getcpuclockid, pthread_getcpuclockid), which, with the two
 * CPUTIME ids, kernel/posix-cpu-timers.c reads. 2.6.32 dispatches
 * through a table of struct k_clock; Linnet through a switch.
 * CLOCK_BOOTTIME is an addition of later Linux, which only adds API.
 *
 * A timer (struct k_itimer) is an hrtimer plus a preallocated sigqueue.
 * When the hrtimer fires (posix_timer_fn, hard interrupt) the sigqueue
 * is queued as an SI_TIMER signal; an interval timer is NOT restarted
 * then, but when its signal is dequeued (do_schedule_next_timer): the
 * hrtimer is moved forward past now by whole intervals, and the count
 * of intervals skipped becomes the overrun the next signal reports.
 * So a process that is slow to take its signals gets one signal with a
 * large si_overrun, never a flood of them:
 *
 *   expiry -> signal queued -> (5 intervals pass) -> dequeued: forward
 *   5 intervals, it_overrun_last = 4 -> next expiry's signal: overrun 4
 *
 * 2.6.32 gives timer ids from one global idr (the lowest free id); later
 * Linux numbers each process's timers from 0. Linnet keeps 2.6.32's
 * global lowest-free numbering, found on a list. Timers on the CPU
 * clocks are kernel/posix-cpu-timers.c's: the tick, not an hrtimer,
 * fires them. See docs/processes.md, "Time".
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/time.h>
#include <linux/ktime.h>
#include <linux/hrtimer.h>
#include <linux/jiffies.h>
#include <linux/slab.h>
#include <linux/posix-timers.h>
#include <asm/uaccess.h>

#define CLOCK_PROCESS_CPUTIME_ID 2
#define CLOCK_THREAD_CPUTIME_ID 3
#define CLOCK_MONOTONIC_RAW 4
#define CLOCK_REALTIME_COARSE 5
#define CLOCK_MONOTONIC_COARSE 6
#define CLOCK_BOOTTIME 7
#define TIMER_ABSTIME 0x01

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
		return posix_cpu_clock_get(PROCESS_CLOCK, tp);
	case CLOCK_THREAD_CPUTIME_ID:
		return posix_cpu_clock_get(THREAD_CLOCK, tp);
	}
	if (which_clock < 0) /* another process's or thread's CPU clock */
		return posix_cpu_clock_get(which_clock, tp);
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
	int error;

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
		if (which_clock >= 0)
			return -EINVAL;
		error = posix_cpu_clock_getres(which_clock, &rtn);
		if (error)
			return error;
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

	if (which_clock > CLOCK_BOOTTIME)
		return -EINVAL;
	if (copy_from_user(&new_tp, tp, sizeof(*tp)))
		return -EFAULT;
	if (which_clock < 0)
		return posix_cpu_clock_set(which_clock); /* -EPERM: no one sets a CPU clock */
	if (which_clock != CLOCK_REALTIME)
		return -EINVAL;
	return do_sys_settimeofday(&new_tp, NULL);
}

/**
 * sys_clock_nanosleep - sleep on a clock, for a time or until one (system call 267)
 * @which_clock: CLOCK_REALTIME, CLOCK_MONOTONIC (or BOOTTIME), or a CPU
 *               clock: CLOCK_PROCESS_CPUTIME_ID or a pid-encoded one
 * @flags: TIMER_ABSTIME to sleep until @rqtp
 * @rqtp: the time
 * @rmtp: where the time left goes if a signal interrupts a relative
 *        sleep, or NULL
 *
 * On a CPU clock the caller sleeps until that CPU time is reached
 * (kernel/posix-cpu-timers.c:posix_cpu_nsleep); on its own thread's
 * clock, which cannot advance while it sleeps, -EINVAL (2.6.32's).
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
	case CLOCK_PROCESS_CPUTIME_ID:
	case CLOCK_THREAD_CPUTIME_ID:
		break;
	default:
		if (which_clock >= 0)
			return -EINVAL;
	}
	if (copy_from_user(&t, rqtp, sizeof(t)))
		return -EFAULT;
	if (t.tv_sec < 0 || (unsigned long)t.tv_nsec >= NSEC_PER_SEC)
		return -EINVAL;
	if (which_clock == CLOCK_THREAD_CPUTIME_ID)
		return -EINVAL; /* 2.6.32's thread_cpu_nsleep: it would never wake */
	if (which_clock == CLOCK_PROCESS_CPUTIME_ID)
		return posix_cpu_nsleep(PROCESS_CLOCK, flags, &t, rmtp);
	if (which_clock < 0)
		return posix_cpu_nsleep(which_clock, flags, &t, rmtp);
	return hrtimer_nanosleep(&t, rmtp,
				 flags & TIMER_ABSTIME ? HRTIMER_MODE_ABS : HRTIMER_MODE_REL,
				 which_clock == CLOCK_REALTIME ? CLOCK_REALTIME : CLOCK_MONOTONIC);
}

/* Every process's timers, for the lookup by id (2.6.32: the idr posix_timers_id) */
static LIST_HEAD(all_timers);
static struct kmem_cache *posix_timers_cache;

/**
 * struct user_sigevent - struct sigevent as i386 user space passes it
 * @sigev_value: the value the signal carries (si_value)
 * @sigev_signo: the signal
 * @sigev_notify: SIGEV_SIGNAL, SIGEV_NONE, SIGEV_THREAD_ID...
 * @sigev_notify_thread_id: the thread, for SIGEV_THREAD_ID
 * @pad: the rest of its 64 bytes
 */
struct user_sigevent {
	int sigev_value;
	int sigev_signo;
	int sigev_notify;
	int sigev_notify_thread_id;
	int pad[12];
};

/**
 * struct user_itimerspec - struct itimerspec: the interval and the first expiry
 * @it_interval: the period, or zero for one expiry
 * @it_value: the first expiry (relative, or absolute with TIMER_ABSTIME); zero disarms
 */
struct user_itimerspec {
	struct timespec it_interval;
	struct timespec it_value;
};

/* The lowest id no timer has (interrupts off) */
static int alloc_timer_id(void)
{
	struct k_itimer *t;
	int id = 0;

again:
	list_for_each_entry(t, &all_timers, all) {
		if (t->it_id == id) {
			id++;
			goto again;
		}
	}
	return id;
}

/* Current's timer @id, with interrupts off (restored by unlock_timer) */
static struct k_itimer *lock_timer(int id, unsigned long *flags)
{
	struct k_itimer *t;

	local_irq_save(*flags);
	list_for_each_entry(t, &all_timers, all)
		if (t->it_id == id && t->it_signal == current->signal)
			return t;
	local_irq_restore(*flags);
	return NULL;
}

static void unlock_timer(unsigned long flags)
{
	local_irq_restore(flags);
}

/*
 * The hrtimer fired (hard interrupt): queue the signal. Only if the
 * signal is ignored is an interval timer restarted here; otherwise the
 * dequeue re-arms it (2.6.32's posix_timer_fn).
 */
static enum hrtimer_restart posix_timer_fn(struct hrtimer *timer)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof */
	struct k_itimer *timr = container_of(timer, struct k_itimer, timer);
	bool shared = !(timr->it_sigev_notify & SIGEV_THREAD_ID);
	int ignored;

	timr->sigq->info.sys_private = ++timr->it_requeue_pending;
	ignored = send_sigqueue(timr->sigq, timr->it_process, shared);
	if (ignored <= 0 || timr->interval.tv64 == 0)
		return HRTIMER_NORESTART;
	timr->it_overrun += (int)hrtimer_forward(timer, hrtimer_cb_get_time(timer), timr->interval);
	++timr->it_requeue_pending;
	return HRTIMER_RESTART;
}

/* Move an interval timer past now and start it; the skipped intervals are the overrun */
static void schedule_next_timer(struct k_itimer *timr)
{
	struct hrtimer *timer = &timr->timer;

	if (timr->interval.tv64 == 0)
		return;
	timr->it_overrun += (int)hrtimer_forward(timer, hrtimer_cb_get_time(timer), timr->interval);
	timr->it_overrun_last = timr->it_overrun;
	timr->it_overrun = -1;
	++timr->it_requeue_pending;
	hrtimer_start_expires(timer, HRTIMER_MODE_ABS);
}

/**
 * do_schedule_next_timer - a timer's signal was dequeued: re-arm an interval timer
 * @info: the signal's siginfo; its si_overrun gains the intervals missed
 *
 * A signal from an earlier setting of the timer (timer_settime since)
 * or of a deleted timer changes nothing.
 *
 * Context: dequeue_signal(), interrupts off.
 */
void do_schedule_next_timer(struct ksignal_info *info)
{
	struct k_itimer *timr;
	unsigned long flags;

	timr = lock_timer(info->tid, &flags);
	if (!timr)
		return;
	if (timr->it_requeue_pending == info->sys_private) {
		if (is_cpu_clock(timr->it_clock))
			posix_cpu_timer_schedule(timr);
		else
			schedule_next_timer(timr);
		info->overrun += timr->it_overrun_last;
	}
	unlock_timer(flags);
}

/* The task a sigevent names, or NULL if it is not valid (2.6.32's good_sigevent) */
static struct task_struct *good_sigevent(const struct user_sigevent *event)
{
	struct task_struct *rtn = current->group_leader;
	int notify = event->sigev_notify;

	if (notify & SIGEV_THREAD_ID) {
		rtn = find_task_by_pid(event->sigev_notify_thread_id);
		if (!rtn || rtn->tgid != current->tgid ||
		    (notify & ~SIGEV_THREAD_ID) != SIGEV_SIGNAL)
			return NULL;
	}
	if ((notify & ~SIGEV_THREAD_ID) != SIGEV_NONE &&
	    (event->sigev_signo <= 0 || event->sigev_signo > SIGRTMAX))
		return NULL;
	return rtn;
}

/* Free a timer no list holds any more; a queued signal frees its own sigqueue */
static void release_posix_timer(struct k_itimer *timr)
{
	if (timr->it_process)
		put_task_struct(timr->it_process);
	if (timr->cpu_task)
		put_task_struct(timr->cpu_task);
	if (timr->sigq)
		sigqueue_free(timr->sigq);
	kmem_cache_free(posix_timers_cache, timr);
}

static struct k_itimer *alloc_posix_timer(void)
{
	struct k_itimer *timr;

	if (!posix_timers_cache)
		posix_timers_cache = kmem_cache_create(
			"posix_timers_cache", sizeof(struct k_itimer), 0, SLAB_PANIC, NULL);
	timr = kmem_cache_zalloc(posix_timers_cache, GFP_KERNEL);
	if (!timr)
		return NULL;
	timr->sigq = sigqueue_alloc();
	if (!timr->sigq) {
		kmem_cache_free(posix_timers_cache, timr);
		return NULL;
	}
	timr->it_overrun = -1;
	return timr;
}

/* Fill in a new timer from its sigevent (NULL: SIGALRM carrying the id) */
static int timer_set_event(struct k_itimer *timr, const struct user_sigevent __user *uevent)
{
	struct user_sigevent event = { .sigev_notify = SIGEV_SIGNAL,
				       .sigev_signo = SIGALRM,
				       .sigev_value = timr->it_id };

	if (uevent && copy_from_user(&event, uevent, sizeof(event)))
		return -EFAULT;
	timr->it_process = good_sigevent(&event);
	if (!timr->it_process)
		return -EINVAL;
	get_task_struct(timr->it_process);
	timr->it_sigev_notify = event.sigev_notify;
	timr->sigq->info.signo = event.sigev_signo;
	timr->sigq->info.value = event.sigev_value;
	timr->sigq->info.tid = timr->it_id;
	timr->sigq->info.code = SI_TIMER;
	return 0;
}

/**
 * sys_timer_create - make a POSIX timer (system call 259)
 * @which_clock: CLOCK_REALTIME, CLOCK_MONOTONIC or a CPU clock
 * @timer_event_spec: what an expiry does (struct sigevent), or NULL for
 *                    SIGALRM to the process with the timer's id as value
 * @created_timer_id: where the new timer's id goes
 *
 * The signal's sigqueue is allocated now, charged to the user's
 * RLIMIT_SIGPENDING, so that every expiry can be delivered.
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL (clock or sigevent), -EAGAIN (no sigqueue to be
 * had), -EFAULT; -EOPNOTSUPP for a clock that has no timers.
 */
asmlinkage long sys_timer_create(clockid_t which_clock,
				 struct user_sigevent __user *timer_event_spec,
				 int __user *created_timer_id)
{
	struct k_itimer *timr;
	unsigned long flags;
	int error;

	if (which_clock == CLOCK_MONOTONIC_RAW || which_clock == CLOCK_REALTIME_COARSE ||
	    which_clock == CLOCK_MONOTONIC_COARSE)
		return -EOPNOTSUPP;
	if (which_clock != CLOCK_REALTIME && which_clock != CLOCK_MONOTONIC &&
	    !is_cpu_clock(which_clock))
		return -EINVAL;
	timr = alloc_posix_timer();
	if (!timr)
		return -EAGAIN;
	/* a CPU-clock timer never starts its hrtimer: the tick checks it */
	hrtimer_init(&timr->timer, is_cpu_clock(which_clock) ? CLOCK_MONOTONIC : which_clock,
		     HRTIMER_MODE_ABS);
	timr->timer.function = posix_timer_fn;
	timr->it_clock = which_clock;
	timr->it_signal = current->signal;
	if (is_cpu_clock(which_clock)) {
		error = posix_cpu_timer_create(timr);
		if (error) {
			release_posix_timer(timr);
			return error;
		}
	}
	local_irq_save(flags);
	timr->it_id = alloc_timer_id();
	list_add(&timr->all, &all_timers); /* holds the id; not yet current's */
	local_irq_restore(flags);
	error = put_user(timr->it_id, created_timer_id);
	if (!error)
		error = timer_set_event(timr, timer_event_spec);
	local_irq_save(flags);
	if (error)
		list_del(&timr->all);
	else
		list_add(&timr->list, &current->signal->posix_timers);
	local_irq_restore(flags);
	if (error)
		release_posix_timer(timr);
	return error;
}

/* What timer_gettime reports: time to the next expiry and the interval (2.6.32's common_timer_get) */
static void common_timer_get(struct k_itimer *timr, struct user_itimerspec *cur)
{
	struct hrtimer *timer = &timr->timer;
	bool sigev_none = (timr->it_sigev_notify & ~SIGEV_THREAD_ID) == SIGEV_NONE;
	ktime_t now, remaining, iv = timr->interval;

	memset(cur, 0, sizeof(*cur));
	if (iv.tv64)
		cur->it_interval = ktime_to_timespec(iv);
	else if (!hrtimer_active(timer) && !sigev_none)
		return;
	now = hrtimer_cb_get_time(timer);
	/* a signal waiting to be taken, or SIGEV_NONE: count the expiries gone by */
	if (iv.tv64 && ((timr->it_requeue_pending & REQUEUE_PENDING) || sigev_none))
		timr->it_overrun += (int)hrtimer_forward(timer, now, iv);
	remaining = ktime_sub(hrtimer_get_expires(timer), now);
	if (remaining.tv64 > 0)
		cur->it_value = ktime_to_timespec(remaining);
	else if (!sigev_none) /* expired, its signal pending: not "disarmed" */
		cur->it_value.tv_nsec = 1;
}

/* timer_gettime's answer, from the timer's kind of clock */
static void timer_get(struct k_itimer *timr, struct user_itimerspec *cur)
{
	if (is_cpu_clock(timr->it_clock))
		posix_cpu_timer_get(timr, &cur->it_value, &cur->it_interval);
	else
		common_timer_get(timr, cur);
}

/**
 * sys_timer_gettime - time to a timer's next expiry, and its interval (system call 261)
 * @timer_id: the timer
 * @setting: where the struct itimerspec goes
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL (no such timer of this process), -EFAULT.
 */
asmlinkage long sys_timer_gettime(int timer_id, struct user_itimerspec __user *setting)
{
	struct user_itimerspec cur;
	struct k_itimer *timr;
	unsigned long flags;

	timr = lock_timer(timer_id, &flags);
	if (!timr)
		return -EINVAL;
	timer_get(timr, &cur);
	unlock_timer(flags);
	return copy_to_user(setting, &cur, sizeof(cur)) ? -EFAULT : 0;
}

/**
 * sys_timer_getoverrun - the overrun of the timer's last delivered signal (system call 262)
 * @timer_id: the timer
 *
 * Context: process context (system call).
 * Return: the number of expiries missed, or -EINVAL.
 */
asmlinkage long sys_timer_getoverrun(int timer_id)
{
	struct k_itimer *timr;
	unsigned long flags;
	int overrun;

	timr = lock_timer(timer_id, &flags);
	if (!timr)
		return -EINVAL;
	overrun = timr->it_overrun_last;
	unlock_timer(flags);
	return overrun;
}

static bool timespec_ok(const struct timespec *ts)
{
	return ts->tv_sec >= 0 && ts->tv_nsec >= 0 && ts->tv_nsec < NSEC_PER_SEC;
}

/* Arm or disarm a timer (2.6.32's common_timer_set); interrupts off */
static void common_timer_set(struct k_itimer *timr, int flags, const struct user_itimerspec *new)
{
	struct hrtimer *timer = &timr->timer;
	enum hrtimer_mode mode = flags & TIMER_ABSTIME ? HRTIMER_MODE_ABS : HRTIMER_MODE_REL;

	/* a signal of the old setting still queued must not re-arm it */
	timr->it_requeue_pending = (timr->it_requeue_pending + 2) & ~REQUEUE_PENDING;
	timr->it_overrun_last = 0;
	hrtimer_try_to_cancel(timer);
	timr->interval.tv64 = 0;
	if (!new->it_value.tv_sec && !new->it_value.tv_nsec)
		return; /* disarmed */
	hrtimer_init(timer, timr->it_clock, mode);
	timer->function = posix_timer_fn;
	hrtimer_set_expires(timer, timespec_to_ktime(new->it_value));
	if (mode == HRTIMER_MODE_REL)
		hrtimer_set_expires(
			timer, ktime_add(hrtimer_get_expires(timer), hrtimer_cb_get_time(timer)));
	timr->interval = timespec_to_ktime(new->it_interval);
	if ((timr->it_sigev_notify & ~SIGEV_THREAD_ID) == SIGEV_NONE)
		return; /* never fires: timer_gettime alone watches it */
	hrtimer_start_expires(timer, HRTIMER_MODE_ABS);
}

/**
 * sys_timer_settime - arm or disarm a timer (system call 260)
 * @timer_id: the timer
 * @flags: TIMER_ABSTIME: it_value is a time on the timer's clock
 * @new_setting: the interval and the first expiry; a zero it_value disarms
 * @old_setting: where the setting it had goes, or NULL
 *
 * A first expiry already past fires at once.
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL (no such timer, a bad time), -EFAULT.
 */
asmlinkage long sys_timer_settime(int timer_id, int flags,
				  const struct user_itimerspec __user *new_setting,
				  struct user_itimerspec __user *old_setting)
{
	struct user_itimerspec new, old;
	struct k_itimer *timr;
	unsigned long irqflags;

	if (!new_setting)
		return -EINVAL;
	if (copy_from_user(&new, new_setting, sizeof(new)))
		return -EFAULT;
	if (!timespec_ok(&new.it_interval) || !timespec_ok(&new.it_value))
		return -EINVAL;
	timr = lock_timer(timer_id, &irqflags);
	if (!timr)
		return -EINVAL;
	if (old_setting)
		timer_get(timr, &old);
	if (is_cpu_clock(timr->it_clock))
		posix_cpu_timer_set(timr, flags, &new.it_value, &new.it_interval);
	else
		common_timer_set(timr, flags, &new);
	unlock_timer(irqflags);
	if (old_setting && copy_to_user(old_setting, &old, sizeof(old)))
		return -EFAULT;
	return 0;
}

/* Take a timer off the lists and stop it; interrupts off */
static void itimer_delete(struct k_itimer *timr)
{
	hrtimer_try_to_cancel(&timr->timer);
	list_del(&timr->list);
	list_del(&timr->all);
}

/**
 * sys_timer_delete - stop and free a timer (system call 263)
 * @timer_id: the timer
 *
 * Its signal, if queued, is still delivered.
 *
 * Context: process context (system call).
 * Return: 0, or -EINVAL.
 */
asmlinkage long sys_timer_delete(int timer_id)
{
	struct k_itimer *timr;
	unsigned long flags;

	timr = lock_timer(timer_id, &flags);
	if (!timr)
		return -EINVAL;
	itimer_delete(timr);
	unlock_timer(flags);
	release_posix_timer(timr);
	return 0;
}

/**
 * exit_itimers - delete every POSIX timer of a process
 * @sig: the process's signal_struct
 *
 * Context: process context: the last thread's exit, or exec.
 */
void exit_itimers(struct signal_struct *sig)
{
	struct k_itimer *timr;
	unsigned long flags;

	for (;;) {
		local_irq_save(flags);
		if (list_empty(&sig->posix_timers)) {
			local_irq_restore(flags);
			return;
		}
		/* cppcheck-suppress nullPointer ; container_of's offsetof */
		timr = list_first_entry(&sig->posix_timers, struct k_itimer, list);
		itimer_delete(timr);
		local_irq_restore(flags);
		release_posix_timer(timr);
	}
}
