/*
 * sched_bench.c - what the scheduler's basic operations cost.
 *
 * Under QEMU -icount shift=0 (make bench) the TSC counts instructions:
 *
 *   context_switch_pingpong  two threads wake each other through two
 *                            wait queues and sleep; per switch
 *   context_switch_yield_rt  yield() between two SCHED_FIFO threads of
 *                            one priority (a fair yield() need not switch)
 *   wakeup_latency           from wake_up() on a queue to the woken
 *                            thread running (it reads the TSC first thing);
 *                            the thread is asleep and preempts the waker
 *   schedule_nN              the ping-pong switch with N more runnable
 *                            threads in CFS's tree (N = 1, 10, 100, 1000):
 *                            the tree's O(log n) shows here
 *   mutex_lock_unlock        an uncontended mutex_lock + mutex_unlock
 *
 * The two threads of a ping-pong run at one nice value: 0 in
 * context_switch_pingpong, two threads as they come, whose run time CFS
 * weighs without a multiply (calc_delta_fair's NICE_0_LOAD shortcut, as
 * 2.6.32); -20 in schedule_nN, where the extra threads are SCHED_IDLE,
 * so those are in the tree but rarely picked; the CPU time they do get
 * is subtracted (1 ns of sched_clock is one instruction under -icount).
 * Not yield(): under CFS a yield() need not switch. See docs/sched.md
 * and docs/performance.md.
 */
#include <linux/sched.h>
#include <linux/kthread.h>
#include <linux/wait.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linnet/bench.h>

struct pingpong {
	wait_queue_head_t q[2];
	unsigned long turn; /* whose turn: even for the measurer, odd for the partner */
	bool stop; /* set before kthread_stop(): the partner's loop ends */
};

/*
 * The partner's loop tests a flag of the pair rather than calling
 * kthread_should_stop(): the stop is still kthread_stop()'s (it wakes
 * the partner and waits for it to return), and the measured loop is
 * the wake_up and the wait_event alone.
 */
static int pingpong_partner(void *data)
{
	struct pingpong *pp = data;

	for (;;) {
		wait_event(pp->q[1], (pp->turn & 1) || READ_ONCE(pp->stop));
		if (!(pp->turn & 1))
			break;
		pp->turn++;
		wake_up(&pp->q[0]);
	}
	return 0;
}

/* @switches context switches of the pair; returns the cycles they took */
static u64 pingpong_run(struct pingpong *pp, unsigned long switches)
{
	unsigned long i;
	u64 t0 = get_cycles();

	for (i = 0; i < switches / 2; i++) {
		pp->turn++;
		wake_up(&pp->q[1]);
		wait_event(pp->q[0], !(pp->turn & 1));
	}
	return get_cycles() - t0;
}

/* The partner's loop ends, then the partner: kthread_stop() wakes it */
static void pingpong_stop(struct pingpong *pp, struct task_struct *t)
{
	WRITE_ONCE(pp->stop, true);
	kthread_stop(t);
}

/* The partner runs at the measurer's nice value: the pair is even */
static struct task_struct *pingpong_start(struct pingpong *pp)
{
	struct task_struct *t;

	init_waitqueue_head(&pp->q[0]);
	init_waitqueue_head(&pp->q[1]);
	pp->turn = 0;
	pp->stop = false;
	t = kthread_create(pingpong_partner, pp, "pingpong");
	if (IS_ERR(t))
		return t;
	set_user_nice(t, task_nice(current));
	wake_up_process(t);
	return t;
}

static u64 bench_context_switch(unsigned long iters)
{
	static struct pingpong pp;
	struct task_struct *t = pingpong_start(&pp);
	u64 cycles;

	if (IS_ERR(t))
		return 0;
	pingpong_run(&pp, 100); /* warm up */
	cycles = pingpong_run(&pp, iters);
	pingpong_stop(&pp, t);
	return cycles;
}
DEFINE_BENCH(context_switch_pingpong, bench_context_switch, 10000);

static int yield_partner(void *unused)
{
	while (!kthread_should_stop())
		yield();
	return 0;
}

static int set_fifo(struct task_struct *p, int prio)
{
	struct sched_param param = { .sched_priority = prio };

	return sched_setscheduler(p, prio ? SCHED_FIFO : SCHED_NORMAL, &param);
}

/* yield() between two SCHED_FIFO threads of one priority: it always switches */
static u64 bench_context_switch_yield(unsigned long iters)
{
	struct task_struct *t = kthread_create(yield_partner, NULL, "yield_partner");
	unsigned long i;
	u64 t0;

	if (IS_ERR(t))
		return 0;
	set_fifo(t, 1);
	set_fifo(current, 1);
	wake_up_process(t);
	yield(); /* let it start */
	t0 = get_cycles();
	for (i = 0; i < iters / 2; i++)
		yield(); /* there and back: two switches */
	t0 = get_cycles() - t0;
	set_fifo(t, 0); /* the partner first: alone at FIFO it would never let us run */
	set_fifo(current, 0);
	kthread_stop(t);
	return t0;
}
DEFINE_BENCH(context_switch_yield_rt, bench_context_switch_yield, 10000);

static bool fillers_stop;

/* A runnable thread that wants the CPU, as SCHED_IDLE */
static int filler(void *unused)
{
	while (!READ_ONCE(fillers_stop))
		barrier();
	for (;;) {
		set_current_state(TASK_INTERRUPTIBLE);
		if (kthread_should_stop())
			break;
		schedule();
	}
	__set_current_state(TASK_RUNNING);
	return 0;
}

static u64 fillers_runtime(struct task_struct **f, int n)
{
	u64 ns = 0;
	int i;

	for (i = 0; i < n; i++)
		ns += task_sched_runtime(f[i]);
	return ns;
}

/*
 * The ping-pong with @n SCHED_IDLE hogs in the tree: they are in the
 * timeline but never preempt (a wake-up of a normal task preempts them
 * at once), and the CPU time they still get is subtracted.
 */
static u64 schedule_with_runnable(int n, unsigned long iters)
{
	static struct pingpong pp;
	struct sched_param idle = { .sched_priority = 0 };
	struct task_struct **f, *t;
	u64 cycles = 0, ran;
	int i, made;

	f = kcalloc(n, sizeof(*f), GFP_KERNEL);
	if (!f)
		return 0;
	set_user_nice(current, -20);
	fillers_stop = false;
	for (made = 0; made < n; made++) {
		f[made] = kthread_create(filler, NULL, "filler%d", made);
		if (IS_ERR(f[made]))
			break;
		sched_setscheduler(f[made], SCHED_IDLE, &idle);
		wake_up_process(f[made]);
	}
	t = pingpong_start(&pp);
	if (made == n && !IS_ERR(t)) {
		pingpong_run(&pp, 100);
		ran = fillers_runtime(f, n);
		cycles = pingpong_run(&pp, iters);
		cycles -= fillers_runtime(f, n) - ran;
	}
	if (!IS_ERR(t))
		pingpong_stop(&pp, t);
	WRITE_ONCE(fillers_stop, true);
	for (i = 0; i < made; i++)
		kthread_stop(f[i]);
	kfree(f);
	set_user_nice(current, 0);
	return cycles;
}

static u64 bench_schedule_n1(unsigned long iters)
{
	return schedule_with_runnable(1, iters);
}
DEFINE_BENCH(schedule_n1, bench_schedule_n1, 4000);

static u64 bench_schedule_n10(unsigned long iters)
{
	return schedule_with_runnable(10, iters);
}
DEFINE_BENCH(schedule_n10, bench_schedule_n10, 4000);

static u64 bench_schedule_n100(unsigned long iters)
{
	return schedule_with_runnable(100, iters);
}
DEFINE_BENCH(schedule_n100, bench_schedule_n100, 4000);

static u64 bench_schedule_n1000(unsigned long iters)
{
	return schedule_with_runnable(1000, iters);
}
DEFINE_BENCH(schedule_n1000, bench_schedule_n1000, 4000);

struct wakeup_bench {
	wait_queue_head_t q, ack;
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
			wake_up(&b->ack);
		}
	}
	return 0;
}

/*
 * Before the timed loop the measurer runs alone for 20 ms: the tick lets
 * the new partner run to its first sleep, and by the first post it has
 * slept so long that place_entity() puts it the full sleeper credit
 * behind. Every timed post then wakes a sleeping partner that preempts
 * the measurer at once, and it does not drift out of that: the measurer
 * is charged more per round than the partner. Without this the pair
 * could settle the other way round (the measurer's own wake-up on ack
 * preempting the partner before it slept), and the loop timed a
 * runnable task getting the CPU back, with no wake-up at all: a
 * warning says if any post found the partner awake.
 */
static void wakeup_settle(void)
{
	u64 until = sched_clock() + 20 * NSEC_PER_MSEC;

	while (sched_clock() < until)
		cpu_relax();
}

static u64 bench_wakeup_latency(unsigned long iters)
{
	static struct wakeup_bench b;
	struct task_struct *t;
	unsigned long i, slept;

	init_waitqueue_head(&b.q);
	init_waitqueue_head(&b.ack);
	b.posted = b.seen = 0;
	b.total = 0;
	t = kthread_run(wakeup_partner, &b, "wakeup_partner");
	if (IS_ERR(t))
		return 0;
	wakeup_settle();
	slept = t->nvcsw;
	for (i = 0; i < iters; i++) {
		b.sent_at = get_cycles();
		b.posted++;
		wake_up(&b.q);
		wait_event(b.ack, b.seen == b.posted);
	}
	if (t->nvcsw - slept != iters)
		printk(KERN_WARNING
		       "bench: wakeup_latency: %lu of %lu posts found the partner awake\n",
		       iters - (t->nvcsw - slept), iters);
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
