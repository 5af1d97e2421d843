/*
 * completion.h - waiting for something to be done, once or many times.
 *
 * A completion is a counter of "done" events with a wait queue: one
 * side waits (wait_for_completion) until the count is positive and takes
 * one; the other side calls complete() to add one and wake one waiter,
 * or complete_all() to let every present and future waiter through. It
 * is the right tool where a semaphore used as "wait until that thread
 * has finished" would be misused (Linux's reason for adding it in 2.4).
 * Implemented in kernel/completion.c; see docs/wait.md.
 */
#ifndef _LINUX_COMPLETION_H
#define _LINUX_COMPLETION_H

#include <linux/wait.h>

/**
 * struct completion - a count of completions and the queue of waiters
 * @done: completions not yet consumed; complete_all() makes it huge
 * @wait: the waiters, all exclusive
 */
struct completion {
	unsigned int done;
	wait_queue_head_t wait;
};

#define COMPLETION_INITIALIZER(work) { 0, __WAIT_QUEUE_HEAD_INITIALIZER((work).wait) }
#define COMPLETION_INITIALIZER_ONSTACK(work) \
	({ init_completion(&work); work; })
#define DECLARE_COMPLETION(work) struct completion work = COMPLETION_INITIALIZER(work)
#define DECLARE_COMPLETION_ONSTACK(work) DECLARE_COMPLETION(work)

/* init_completion - make a completion not done, with no waiters */
static inline void init_completion(struct completion *x)
{
	x->done = 0;
	init_waitqueue_head(&x->wait);
}

/* INIT_COMPLETION - make a used completion not done again */
#define INIT_COMPLETION(x) ((x).done = 0)

void wait_for_completion(struct completion *x);
unsigned long wait_for_completion_timeout(struct completion *x, unsigned long timeout);
int wait_for_completion_interruptible(struct completion *x);
long wait_for_completion_interruptible_timeout(struct completion *x, unsigned long timeout);
int wait_for_completion_killable(struct completion *x);
long wait_for_completion_killable_timeout(struct completion *x, unsigned long timeout);
bool try_wait_for_completion(struct completion *x);
bool completion_done(struct completion *x);
void complete(struct completion *x);
void complete_all(struct completion *x);

#endif /* _LINUX_COMPLETION_H */
