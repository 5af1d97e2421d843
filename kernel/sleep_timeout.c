/*
 * sleep_timeout.c - sleeping for a time: schedule_timeout() and msleep().
 *
 * schedule_timeout(n) is schedule() with an alarm clock: it arms a
 * kernel timer for n jiffies whose function wakes the task, then
 * schedules. The caller sets its state first, exactly as before a plain
 * schedule(), so whichever comes first (the event's wake_up, a signal
 * for TASK_INTERRUPTIBLE, or the timer) ends the sleep:
 *
 *   set_current_state(TASK_INTERRUPTIBLE)
 *   schedule_timeout(n) --> add timer(jiffies + n, process_timeout)
 *                           schedule()   ... zzz ...  <-- wake_up / signal
 *                           del timer                 <-- or the timer
 *                           return jiffies left (0 if the timer fired)
 *
 * msleep() loops until the whole time has passed; msleep_interruptible()
 * stops early on a signal and says how many milliseconds were left.
 * Linux keeps these in kernel/timer.c (2.6.32) and today in
 * kernel/time/sleep_timeout.c. See docs/sched.md.
 */
#include <linux/module.h>
#include <linux/sched.h>
#include <linux/timer.h>
#include <linux/jiffies.h>
#include <linux/delay.h>
#include <linux/kernel.h>

static void process_timeout(unsigned long data)
{
	wake_up_process((struct task_struct *)data);
}

/**
 * schedule_timeout - sleep until woken or until a number of jiffies pass
 * @timeout: jiffies to sleep at most; MAX_SCHEDULE_TIMEOUT: no limit
 *
 * The caller sets the task state first. In TASK_RUNNING it only yields.
 *
 * Context: process context; sleeps. Returns in TASK_RUNNING.
 * Return: 0 if the time ran out, else the jiffies left (MAX_SCHEDULE_TIMEOUT
 * for an unlimited sleep); a negative @timeout is reported and returns 0.
 */
long __sched schedule_timeout(long timeout)
{
	struct timer_list timer;
	unsigned long expire;

	might_sleep();
	if (timeout == MAX_SCHEDULE_TIMEOUT) {
		schedule();
		return timeout;
	}
	if (timeout < 0) {
		printk(KERN_ERR "schedule_timeout: wrong timeout value %lx\n",
		       (unsigned long)timeout);
		dump_stack();
		current->state = TASK_RUNNING;
		return 0;
	}
	expire = timeout + jiffies;
	setup_timer(&timer, process_timeout, (unsigned long)current);
	timer.expires = expire;
	add_timer(&timer);
	schedule();
	del_timer_sync(&timer);
	timeout = expire - jiffies;
	return timeout < 0 ? 0 : timeout;
}
EXPORT_SYMBOL(schedule_timeout);

/**
 * schedule_timeout_interruptible - schedule_timeout() in TASK_INTERRUPTIBLE
 * @timeout: jiffies to sleep at most
 *
 * Context: process context; sleeps; a signal ends it.
 * Return: as schedule_timeout().
 */
long __sched schedule_timeout_interruptible(long timeout)
{
	__set_current_state(TASK_INTERRUPTIBLE);
	return schedule_timeout(timeout);
}
EXPORT_SYMBOL(schedule_timeout_interruptible);

/**
 * schedule_timeout_killable - schedule_timeout() in TASK_KILLABLE
 * @timeout: jiffies to sleep at most
 *
 * Context: process context; sleeps; SIGKILL ends it.
 * Return: as schedule_timeout().
 */
long __sched schedule_timeout_killable(long timeout)
{
	__set_current_state(TASK_KILLABLE);
	return schedule_timeout(timeout);
}
EXPORT_SYMBOL(schedule_timeout_killable);

/**
 * schedule_timeout_uninterruptible - schedule_timeout() in TASK_UNINTERRUPTIBLE
 * @timeout: jiffies to sleep at most
 *
 * Context: process context; sleeps.
 * Return: as schedule_timeout().
 */
long __sched schedule_timeout_uninterruptible(long timeout)
{
	__set_current_state(TASK_UNINTERRUPTIBLE);
	return schedule_timeout(timeout);
}
EXPORT_SYMBOL(schedule_timeout_uninterruptible);

/**
 * msleep - sleep for at least a number of milliseconds
 * @msecs: the time; one jiffy more is added, as the current one is partly gone
 *
 * Context: process context; sleeps uninterruptibly.
 */
void __sched msleep(unsigned int msecs)
{
	long timeout = msecs_to_jiffies(msecs) + 1;

	while (timeout)
		timeout = schedule_timeout_uninterruptible(timeout);
}
EXPORT_SYMBOL(msleep);

/**
 * msleep_interruptible - sleep for some milliseconds unless a signal comes
 * @msecs: the time
 *
 * Context: process context; sleeps.
 * Return: 0 if the whole time passed, else the milliseconds that were left
 * when a signal ended the sleep.
 */
unsigned long __sched msleep_interruptible(unsigned int msecs)
{
	long timeout = msecs_to_jiffies(msecs) + 1;

	while (timeout && !signal_pending(current))
		timeout = schedule_timeout_interruptible(timeout);
	return jiffies_to_msecs(timeout);
}
EXPORT_SYMBOL(msleep_interruptible);
