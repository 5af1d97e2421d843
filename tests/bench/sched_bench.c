/*
 * sched_bench.c - what the scheduler's basic operations cost.
 *
 * Under QEMU -icount shift=0 (make bench) the TSC counts instructions:
 *
 *   context_switch_yield  two threads yield to each other; per switch
 *   wakeup_latency        from wake_up() on a queue to the woken thread
 *                         running (it reads the TSC first thing)
 *   mutex_lock_unlock     an uncontended mutex_lock + mutex_unlock
 *
 * See docs/sched.md and docs/testing.md.
 */
#include <linux/sched.h>
#include <linux/kthread.h>
#include <linux/wait.h>
#include <linux/mutex.h>
#include <linnet/bench.h>

static int yield_partner(void *unused)
{
	while (!kthread_should_stop())
		yield();
	return 0;
}

static u64 bench_context_switch(unsigned long iters)
{
	struct task_struct *t = kthread_run(yield_partner, NULL, "yield_partner");
	unsigned long i;
	u64 t0;

	yield(); /* let it start */
	t0 = get_cycles();
	for (i = 0; i < iters / 2; i++)
		yield(); /* there and back: two switches */
	t0 = get_cycles() - t0;
	kthread_stop(t);
	return t0;
}
DEFINE_BENCH(context_switch_yield, bench_context_switch, 10000);

struct wakeup_bench {
	wait_queue_head_t q;
	unsigned long posted, seen;
	u64 sent_at, total;
};

static int wakeup_partner(void *data)
{
	struct wakeup_bench *b = data;

	while (!kthread_should_stop()) {
		wait_event(b->q, b->posted != b->seen || kthread_should_stop());
		if (b->posted != b->seen) {
			b->total += get_cycles() - b->sent_at;
			b->seen = b->posted;
		}
	}
	return 0;
}

static u64 bench_wakeup_latency(unsigned long iters)
{
	static struct wakeup_bench b;
	struct task_struct *t;
	unsigned long i;

	init_waitqueue_head(&b.q);
	b.posted = b.seen = 0;
	b.total = 0;
	t = kthread_run(wakeup_partner, &b, "wakeup_partner");
	yield(); /* it goes to sleep on b.q */
	for (i = 0; i < iters; i++) {
		b.sent_at = get_cycles();
		b.posted++;
		wake_up(&b.q);
		yield();
	}
	kthread_stop(t);
	return b.total;
}
DEFINE_BENCH(wakeup_latency, bench_wakeup_latency, 10000);

static u64 bench_mutex(unsigned long iters)
{
	static DEFINE_MUTEX(m);
	unsigned long i;
	u64 t0 = get_cycles();

	for (i = 0; i < iters; i++) {
		mutex_lock(&m);
		mutex_unlock(&m);
	}
	return get_cycles() - t0;
}
DEFINE_BENCH(mutex_lock_unlock, bench_mutex, 100000);
