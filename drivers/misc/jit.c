/*
 * jit.c - deferred work "just in time": a kernel timer that re-arms
 * itself, and a tasklet it schedules, after LDD3's jit module.
 *
 * A driver often has to act later: poll a device every few jiffies, or
 * finish in a softer context what its interrupt handler started. The
 * two oldest tools for that are the kernel timer (run from the TIMER
 * softirq when its expiry jiffy comes: kernel/timer.c) and the tasklet
 * (run from the TASKLET softirq soon after it is scheduled:
 * kernel/softirq.c). Both run in softirq context, so neither may sleep;
 * a process that wants the result sleeps on a wait queue that the
 * deferred code wakes:
 *
 *   jit_start():    setup, mod_timer(jiffies + delay)
 *   jit_run():      jit_start(), then sleep on data->wait until done
 *   jit_timer_fn(): record jiffies; loops left? mod_timer(+delay)
 *                   : tasklet_schedule()
 *   jit_tasklet_fn(): record jiffies; done = 1; wake_up(&data->wait)
 *
 * LDD3's jit prints its records through /proc/jitimer and
 * /proc/jitasklet; Linnet keeps them in struct jit_data for the tests to
 * read (tests/kernel/jit_test.c), and there is no /proc file. This is
 * lab 2's reference solution (docs/labs/lab2-timer-tasklet.md); read
 * docs/time.md and docs/bottom-halves.md first.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/hardirq.h>
#include <linux/jiffies.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linnet/jit.h>

static void jit_tasklet_fn(unsigned long arg)
{
	struct jit_data *data = (struct jit_data *)arg;

	/* LAB 2: BEGIN SOLUTION */
	data->tasklet_stamp = jiffies;
	data->tasklet_after = data->nstamps;
	data->done = 1;
	wake_up(&data->wait);
	/* LAB 2: END SOLUTION (skeleton: (void)data;) */
}

static void jit_timer_fn(unsigned long arg)
{
	struct jit_data *data = (struct jit_data *)arg;

	/* LAB 2: BEGIN SOLUTION */
	data->stamps[data->nstamps] = jiffies;
	data->in_softirq[data->nstamps] = in_softirq() != 0;
	data->nstamps++;
	if (--data->loops > 0)
		mod_timer(&data->timer, data->timer.expires + data->delay);
	else
		tasklet_schedule(&data->tlet);
	/* LAB 2: END SOLUTION (skeleton: (void)data;) */
}

/**
 * jit_start - start a run: the timer @loops times, @delay jiffies apart, then the tasklet
 * @data: the run's record; filled in as the timer and the tasklet run
 * @loops: how many expiries (1 to JIT_MAX_LOOPS)
 * @delay: jiffies between expiries (at least 1)
 *
 * Context: any; does not sleep.
 * Return: 0, or -EINVAL for a bad @loops or @delay.
 */
int jit_start(struct jit_data *data, int loops, unsigned long delay)
{
	if (loops < 1 || loops > JIT_MAX_LOOPS || delay < 1)
		return -EINVAL;
	memset(data, 0, sizeof(*data));
	init_waitqueue_head(&data->wait);
	data->loops = loops;
	data->delay = delay;
	setup_timer(&data->timer, jit_timer_fn, (unsigned long)data);
	tasklet_init(&data->tlet, jit_tasklet_fn, (unsigned long)data);
	/* LAB 2: BEGIN SOLUTION */
	mod_timer(&data->timer, jiffies + delay);
	/* LAB 2: END SOLUTION */
	return 0;
}

/**
 * jit_run - a whole run: jit_start(), then sleep until the tasklet has run
 * @data: the run's record
 * @loops: how many expiries
 * @delay: jiffies between expiries
 *
 * A signal ends the sleep early: the run is stopped before returning.
 *
 * Context: process context; sleeps.
 * Return: 0, -EINVAL for a bad @loops or @delay, -ERESTARTSYS on a signal.
 */
int jit_run(struct jit_data *data, int loops, unsigned long delay)
{
	int ret = jit_start(data, loops, delay);

	if (ret)
		return ret;
	/* LAB 2: BEGIN SOLUTION */
	if (wait_event_interruptible(data->wait, data->done)) {
		jit_stop(data);
		return -ERESTARTSYS;
	}
	/* LAB 2: END SOLUTION */
	return 0;
}

/**
 * jit_stop - stop a run: after it returns, neither the timer nor the tasklet runs
 * @data: the run
 *
 * The order matters: the timer first (del_timer_sync waits for a running
 * callback, which may schedule the tasklet), then the tasklet.
 *
 * Context: process context; may sleep.
 */
void jit_stop(struct jit_data *data)
{
	/* LAB 2: BEGIN SOLUTION */
	del_timer_sync(&data->timer);
	tasklet_kill(&data->tlet);
	/* LAB 2: END SOLUTION */
}
