/*
 * posix-timers.h - the POSIX interval timers of timer_create(2).
 *
 * A process's timer is a struct k_itimer on its signal_struct's list: an
 * hrtimer on CLOCK_REALTIME or CLOCK_MONOTONIC, and the sigqueue its
 * expiry sends, allocated when the timer is made so that the expiry (in
 * a hard interrupt) never needs memory. kernel/posix-timers.c has the
 * algorithm; docs/processes.md, "Time", the tour.
 */
#ifndef _LINUX_POSIX_TIMERS_H
#define _LINUX_POSIX_TIMERS_H

#include <linux/list.h>
#include <linux/hrtimer.h>
#include <linux/signal.h>

/**
 * struct k_itimer - one POSIX timer
 * @list: link in signal->posix_timers (and the list of all timers)
 * @all: link in the list of every process's timers, for the id lookup
 * @it_clock: its clock
 * @it_id: its id, the timer_t user space holds
 * @it_overrun: expiries missed since the signal was sent (-1 before any)
 * @it_overrun_last: the overrun the last delivered signal reported
 *                   (timer_getoverrun)
 * @it_requeue_pending: odd while its signal is queued and the interval
 *                     timer waits for the dequeue to re-arm it; counts up,
 *                     so a stale signal (of an earlier setting) is known
 * @it_sigev_notify: SIGEV_SIGNAL, SIGEV_NONE, SIGEV_SIGNAL|SIGEV_THREAD_ID
 * @it_process: the task it signals: the process, or the thread for
 *              SIGEV_THREAD_ID
 * @it_signal: the signal_struct of the process that owns it
 * @sigq: its signal, preallocated (SIGQUEUE_PREALLOC)
 * @timer: the hrtimer (the clock timers')
 * @interval: the interval, or 0 for a one-shot timer
 * @cpu_task: a CPU-clock timer's task: the thread, or the process's
 *            leader, whose CPU time it counts (kernel/posix-cpu-timers.c)
 * @cpu_expires: a CPU-clock timer's expiry, in ns of that clock; 0: disarmed
 * @cpu_incr: its interval in ns, 0 for one expiry
 */
struct k_itimer {
	struct list_head list;
	struct list_head all;
	clockid_t it_clock;
	int it_id;
	int it_overrun;
	int it_overrun_last;
	int it_requeue_pending;
	int it_sigev_notify;
	struct task_struct *it_process;
	struct signal_struct *it_signal;
	struct sigqueue *sigq;
	struct hrtimer timer;
	ktime_t interval;
	struct task_struct *cpu_task;
	u64 cpu_expires;
	u64 cpu_incr;
};

#define REQUEUE_PENDING 1

struct signal_struct;
struct task_struct;
struct timespec;
void exit_itimers(struct signal_struct *sig);

/* The CPU clocks' ids (kernel/posix-cpu-timers.c): (~pid << 3) | perthread << 2 | which */
#define MAKE_PROCESS_CPUCLOCK(pid, clock) \
	((clockid_t)(~(unsigned int)(pid) << 3) | (clockid_t)(clock))
#define MAKE_THREAD_CPUCLOCK(tid, clock) MAKE_PROCESS_CPUCLOCK((pid_t)(tid), (clock) | 4)
#define PROCESS_CLOCK MAKE_PROCESS_CPUCLOCK(0, 2) /* the caller's process, CPUCLOCK_SCHED */
#define THREAD_CLOCK MAKE_THREAD_CPUCLOCK(0, 2) /* the calling thread, CPUCLOCK_SCHED */

int posix_cpu_clock_get(clockid_t which_clock, struct timespec *tp);
int posix_cpu_clock_getres(clockid_t which_clock, struct timespec *tp);
int posix_cpu_clock_set(clockid_t which_clock);
void run_posix_cpu_timers(struct task_struct *tsk);
struct user_itimerspec;
int posix_cpu_timer_create(struct k_itimer *timr);
void posix_cpu_timer_set(struct k_itimer *timr, int flags, const struct timespec *value,
			 const struct timespec *interval);
void posix_cpu_timer_get(struct k_itimer *timr, struct timespec *value,
			 struct timespec *interval);
void posix_cpu_timer_schedule(struct k_itimer *timr);
int posix_cpu_nsleep(clockid_t which_clock, int flags, struct timespec *rqtp,
		     struct timespec __user *rmtp);

/* Is @clock one of the CPU clocks (the two ids, or a pid-encoded one)? */
static inline bool is_cpu_clock(clockid_t clock)
{
	return clock < 0 || clock == 2 || clock == 3;
}

#endif /* _LINUX_POSIX_TIMERS_H */
