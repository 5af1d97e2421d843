/*
 * jit.h - "just in time": deferred work from a kernel timer and a tasklet,
 * after the jit module of Linux Device Drivers (3rd ed., chapter 7).
 * See drivers/misc/jit.c and docs/labs/lab2-timer-tasklet.md.
 */
#ifndef _LINNET_JIT_H
#define _LINNET_JIT_H

#include <linux/interrupt.h>
#include <linux/timer.h>
#include <linux/wait.h>

#define JIT_MAX_LOOPS 16

/**
 * struct jit_data - one run of the timer and the tasklet
 * @timer: re-armed @delay jiffies after each expiry, @loops times in all
 * @tlet: scheduled by the last expiry; wakes the waiter
 * @wait: where jit_run() sleeps until the tasklet is done
 * @loops: expiries still to come
 * @delay: jiffies between two expiries
 * @nstamps: expiries recorded so far
 * @stamps: jiffies at each expiry
 * @in_softirq: in_softirq() at each expiry (timers run in the TIMER softirq)
 * @tasklet_stamp: jiffies when the tasklet ran
 * @tasklet_after: how many expiries the tasklet saw before it ran
 * @done: set by the tasklet, tested by the waiter
 */
struct jit_data {
	struct timer_list timer;
	struct tasklet_struct tlet;
	wait_queue_head_t wait;
	int loops;
	unsigned long delay;
	int nstamps;
	unsigned long stamps[JIT_MAX_LOOPS];
	int in_softirq[JIT_MAX_LOOPS];
	unsigned long tasklet_stamp;
	int tasklet_after;
	int done;
};

int jit_start(struct jit_data *data, int loops, unsigned long delay);
int jit_run(struct jit_data *data, int loops, unsigned long delay);
void jit_stop(struct jit_data *data);

#endif
