/*
 * sched.c - the scheduler core: run queues, classes, schedule() and wake-ups.
 *
 * Linnet's scheduler is Linux 2.6.32's design: the core in this file
 * knows nothing of policies. Every CPU has a run queue (struct rq; one
 * CPU today, so one rq, reached through cpu_rq() and this_rq() as SMP
 * code would), and every task belongs to a scheduling class whose hooks
 * (struct sched_class in <linux/sched.h>) decide. The classes form a
 * chain, asked in order:
 *
 *   rt_sched_class  ->  fair_sched_class  ->  idle_sched_class
 *   SCHED_FIFO/RR       SCHED_NORMAL/          the idle task
 *   prio 0..99          BATCH/IDLE (CFS)       (pid 0, swapper)
 *
 * schedule() puts the running task back through its class
 * (put_prev_task), then asks each class in turn for a task
 * (pick_next_task); the first answer runs. A wake-up enqueues the task
 * in its class and asks the running task's class whether the woken one
 * should preempt it (check_preempt_curr). The timer tick calls the
 * running task's task_tick, which may ask for a reschedule. The classes
 * are kernel/sched_rt.c, kernel/sched_fair.c (CFS: the rbtree timeline
 * ordered by vruntime) and kernel/sched_idletask.c, #included at the
 * end of this file as 2.6.32 does, so that they share its static
 * helpers. kernel/sched_debug.c prints it all in 2.6.32's format.
 *
 * The rq clock is sched_clock() (arch/x86/kernel/tsc.c, the TSC in
 * nanoseconds). The flag TIF_NEED_RESCHED is acted on at the next
 * preemption point: on the way out of an interrupt (entry_32.asm), at
 * preempt_enable() or at cond_resched(). schedule() reports a call in
 * atomic context ("BUG: scheduling while atomic"), as Linux does.
 *
 * Differences from 2.6.32, on purpose: one CPU, so no load balancing,
 * no migration and no rq->lock (interrupts off stand for
 * spin_lock_irq(&rq->lock), which is all the lock does on one CPU); no
 * group scheduling (every sched_entity is a task); no real-time
 * throttling (2.6.32 lets RT tasks use 950 ms a second by default;
 * here it is as sched_rt_runtime_us = -1, so a SCHED_FIFO loop really
 * does starve everything else); no priority inheritance (prio is
 * normal_prio); the scheduler features are the 2.6.32 defaults, fixed.
 * One difference in shape only: 2.6.32 calls every class hook through
 * the sched_class pointer; Linnet's enqueue_task, dequeue_task,
 * put_prev_task and check_preempt_curr call CFS's hooks directly when
 * the task is a fair one (as 2.6.32's pick_next_task does for the pick),
 * so that GCC inlines them (a round trip of the ping-pong benchmark
 * makes 14 calls fewer).
 * See docs/sched.md for the road from a round-robin list to this.
 */
#include <linux/module.h>
#include <linux/sched.h>
#include <linux/fs_struct.h>
#include <linux/fdtable.h>
#include <linux/kernel.h>
#include <linux/kallsyms.h>
#include <linux/string.h>
#include <linux/irqflags.h>
#include <linux/errno.h>
#include <linux/time.h>
#include <linux/jiffies.h>
#include <linux/bitops.h>
#include <linux/percpu.h>
#include <linux/rcupdate.h>
#include <linux/kernel_stat.h>
#include <asm/switch_to.h>
#include <asm/mmu_context.h>
#include <asm/uaccess.h>
#include <linux/cred.h>

/**
 * init_task - the boot context: pid 0, "swapper", later the idle task
 *
 * Its stack is the boot stack, init_thread_union (boot/head.asm). It
 * starts in the fair class (so a boot that schedules before sched_init
 * works, as in 2.6.32) and becomes rq->idle in the idle class.
 */
struct task_struct init_task = {
	.state = TASK_RUNNING,
	.stack = &init_thread_union,
	.usage = ATOMIC_INIT(2),
	.flags = PF_KTHREAD,
	.prio = MAX_PRIO - 20,
	.static_prio = MAX_PRIO - 20,
	.normal_prio = MAX_PRIO - 20,
	.policy = SCHED_NORMAL,
	.rt = { .run_list = LIST_HEAD_INIT(init_task.rt.run_list), .time_slice = DEF_TIMESLICE },
	.tasks = LIST_HEAD_INIT(init_task.tasks),
	.cred = INIT_CRED,
	.pending = { .list = LIST_HEAD_INIT(init_task.pending.list) },
	.pid = 0,
	.comm = "swapper",
	.fs = &init_fs,
	.files = &init_files,
	.active_mm = &init_mm,
	.signal = &init_signals,
};

/* The real-time class's queues: a list per priority and a bitmap of the non-empty ones. */
struct rt_prio_array {
	unsigned long bitmap[BITS_TO_LONGS(MAX_RT_PRIO + 1)]; /* one more: the delimiter */
	struct list_head queue[MAX_RT_PRIO];
};

/* CFS's run queue: the timeline of runnable entities, by vruntime */
struct cfs_rq {
	struct load_weight load; /* the sum of the runnable entities' weights */
	unsigned long nr_running;
	u64 exec_clock;
	u64 min_vruntime; /* grows monotonically: the timeline's "now" */
	struct rb_root tasks_timeline;
	struct rb_node *rb_leftmost; /* the smallest vruntime: the next to run */
	struct sched_entity *curr, *next, *last; /* running; wake-up and preempted buddies */
	unsigned long nr_spread_over;
};

/* The real-time class's run queue */
struct rt_rq {
	struct rt_prio_array active;
	unsigned long rt_nr_running;
	int highest_prio; /* the most urgent queued prio, MAX_RT_PRIO if none */
	u64 rt_time;
};

/*
 * struct rq - a CPU's run queue: every runnable task of the CPU, by class
 */
struct rq {
	unsigned long nr_running;
	struct load_weight load;
	u64 nr_switches;
	struct cfs_rq cfs;
	struct rt_rq rt;
	unsigned long nr_uninterruptible;
	struct task_struct *curr, *idle;
	u64 clock;
	unsigned long calc_load_update; /* when to sample nr_active next */
	long calc_load_active; /* the sample taken then */
};

static DEFINE_PER_CPU(struct rq, runqueues);

#define cpu_rq(cpu) (&per_cpu(runqueues, (cpu)))
#define this_rq() cpu_rq(0)
#define task_rq(p) cpu_rq(0)
#define cpu_curr(cpu) (cpu_rq(cpu)->curr)

extern char __sched_text_start[], __sched_text_end[];

static inline void update_rq_clock(struct rq *rq)
{
	rq->clock = sched_clock();
}

static inline int rt_policy(int policy)
{
	return policy == SCHED_FIFO || policy == SCHED_RR;
}

static inline int task_has_rt_policy(struct task_struct *p)
{
	return rt_policy(p->policy);
}

static inline int rt_prio(int prio)
{
	return prio < MAX_RT_PRIO;
}

static inline int task_running(struct rq *rq, struct task_struct *p)
{
	return rq->curr == p;
}

/*
 * resched_task - mark @p to reschedule at its next preemption point.
 * On SMP this would send an IPI when @p runs elsewhere.
 */
static void resched_task(struct task_struct *p)
{
	set_tsk_need_resched(p);
}

/*
 * The nice levels' weights: each step is about 10% of CPU time between
 * two tasks (a factor of ~1.25), nice 0 is 1024. prio_to_wmult[] holds
 * 2^32 / weight, so that dividing by a weight is a multiply and a shift.
 */
/* clang-format off */
static const int prio_to_weight[40] = {
	/* -20 */     88761,     71755,     56483,     46273,     36291,
	/* -15 */     29154,     23254,     18705,     14949,     11916,
	/* -10 */      9548,      7620,      6100,      4904,      3906,
	/*  -5 */      3121,      2501,      1991,      1586,      1277,
	/*   0 */      1024,       820,       655,       526,       423,
	/*   5 */       335,       272,       215,       172,       137,
	/*  10 */       110,        87,        70,        56,        45,
	/*  15 */        36,        29,        23,        18,        15,
};

static const u32 prio_to_wmult[40] = {
	/* -20 */     48388,     59856,     76040,     92818,    118348,
	/* -15 */    147320,    184698,    229616,    287308,    360437,
	/* -10 */    449829,    563644,    704093,    875809,   1099582,
	/*  -5 */   1376151,   1717300,   2157191,   2708050,   3363326,
	/*   0 */   4194304,   5237765,   6557202,   8165337,  10153587,
	/*   5 */  12820798,  15790321,  19976592,  24970740,  31350126,
	/*  10 */  39045157,  49367440,  61356676,  76695844,  95443717,
	/*  15 */ 119304647, 148102320, 186737708, 238609294, 286331153,
};
/* clang-format on */

/* SCHED_IDLE tasks get a tiny weight, below nice 19's. */
#define WEIGHT_IDLEPRIO 3
#define WMULT_IDLEPRIO 1431655765

#define WMULT_CONST (~0UL)
#define WMULT_SHIFT 32
/* shift right and round */
#define SRR(x, y) (((x) + (1UL << ((y)-1))) >> (y))

/*
 * calc_delta_mine - delta_exec * weight / lw->weight, without a division:
 * the inverse weight is 2^32 / weight, computed once.
 */
static unsigned long calc_delta_mine(unsigned long delta_exec, unsigned long weight,
				     struct load_weight *lw)
{
	u64 tmp;

	if (!lw->inv_weight)
		lw->inv_weight = 1 + (WMULT_CONST - lw->weight / 2) / (lw->weight + 1);
	tmp = (u64)delta_exec * weight;
	/* would tmp * inv_weight overflow 64 bits? then shift in two halves */
	if (unlikely(tmp > WMULT_CONST))
		tmp = SRR(SRR(tmp, WMULT_SHIFT / 2) * lw->inv_weight, WMULT_SHIFT / 2);
	else
		tmp = SRR(tmp * lw->inv_weight, WMULT_SHIFT);
	return (unsigned long)min(tmp, (u64)(unsigned long)LONG_MAX);
}

static inline void update_load_add(struct load_weight *lw, unsigned long inc)
{
	lw->weight += inc;
	lw->inv_weight = 0;
}

static inline void update_load_sub(struct load_weight *lw, unsigned long dec)
{
	lw->weight -= dec;
	lw->inv_weight = 0;
}

static void set_load_weight(struct task_struct *p)
{
	if (task_has_rt_policy(p)) {
		/* as 2.6.32: RT tasks weigh twice nice -20, only for load statistics */
		p->se.load.weight = prio_to_weight[0] * 2;
		p->se.load.inv_weight = prio_to_wmult[0] >> 1;
		return;
	}
	/* LAB 4: BEGIN SOLUTION */
	if (p->policy == SCHED_IDLE) {
		p->se.load.weight = WEIGHT_IDLEPRIO;
		p->se.load.inv_weight = WMULT_IDLEPRIO;
		return;
	}
	p->se.load.weight = prio_to_weight[p->static_prio - MAX_RT_PRIO];
	p->se.load.inv_weight = prio_to_wmult[p->static_prio - MAX_RT_PRIO];
	/* LAB 4: END SOLUTION
	 * skeleton:
	 *	p->se.load.weight = NICE_0_LOAD;
	 *	p->se.load.inv_weight = prio_to_wmult[20];
	 */
}

static void inc_nr_running(struct rq *rq)
{
	rq->nr_running++;
}

static void dec_nr_running(struct rq *rq)
{
	rq->nr_running--;
}

/*
 * Most runnable tasks are fair ones. The hot hooks below test for the
 * fair class and call CFS directly, so that GCC inlines it into
 * schedule() and try_to_wake_up() (one frame and one set of saved
 * registers instead of one per hook); every other class is called
 * through its sched_class pointer as before. 2.6.32's pick_next_task()
 * takes the same shortcut for the pick; the class chain is unchanged.
 */
static const struct sched_class fair_sched_class;
static void enqueue_task_fair(struct rq *rq, struct task_struct *p, int wakeup);
static void dequeue_task_fair(struct rq *rq, struct task_struct *p, int sleep);
static void check_preempt_wakeup(struct rq *rq, struct task_struct *p, int wake_flags);
static void put_prev_task_fair(struct rq *rq, struct task_struct *prev);

static __always_inline void enqueue_task(struct rq *rq, struct task_struct *p, int wakeup)
{
	if (likely(p->sched_class == &fair_sched_class))
		enqueue_task_fair(rq, p, wakeup);
	else
		p->sched_class->enqueue_task(rq, p, wakeup);
	p->se.on_rq = 1;
}

static __always_inline void dequeue_task(struct rq *rq, struct task_struct *p, int sleep)
{
	if (likely(p->sched_class == &fair_sched_class))
		dequeue_task_fair(rq, p, sleep);
	else
		p->sched_class->dequeue_task(rq, p, sleep);
	p->se.on_rq = 0;
}

/* The priority without boosting: from the policy and the rt or nice priority. */
static inline int normal_prio(struct task_struct *p)
{
	if (task_has_rt_policy(p))
		return MAX_RT_PRIO - 1 - p->rt_priority;
	return p->static_prio;
}

/* The effective priority; with priority inheritance it could be boosted. */
static int effective_prio(struct task_struct *p)
{
	p->normal_prio = normal_prio(p);
	return p->normal_prio;
}

/* activate_task - a task becomes runnable on @rq */
static __always_inline void activate_task(struct rq *rq, struct task_struct *p, int wakeup)
{
	if (p->state == TASK_UNINTERRUPTIBLE)
		rq->nr_uninterruptible--;
	enqueue_task(rq, p, wakeup);
	inc_nr_running(rq);
}

/* deactivate_task - a task stops being runnable (it goes to sleep) */
static __always_inline void deactivate_task(struct rq *rq, struct task_struct *p, int sleep)
{
	if (p->state == TASK_UNINTERRUPTIBLE)
		rq->nr_uninterruptible++;
	dequeue_task(rq, p, sleep);
	dec_nr_running(rq);
}

static inline void check_class_changed(struct rq *rq, struct task_struct *p,
				       const struct sched_class *prev_class, int oldprio,
				       int running)
{
	if (prev_class != p->sched_class) {
		if (prev_class->switched_from)
			prev_class->switched_from(rq, p, running);
		p->sched_class->switched_to(rq, p, running);
	} else {
		p->sched_class->prio_changed(rq, p, oldprio, running);
	}
}

/* check_preempt_curr - @p became runnable: does it preempt the running task? */
static __always_inline void check_preempt_curr(struct rq *rq, struct task_struct *p, int flags)
{
	const struct sched_class *class = rq->curr->sched_class;

	if (likely(class == &fair_sched_class))
		check_preempt_wakeup(rq, p, flags);
	else
		class->check_preempt_curr(rq, p, flags);
}

#include "sched_idletask.c"
#include "sched_fair.c"
#include "sched_rt.c"
#include "sched_debug.c"

#define sched_class_highest (&rt_sched_class)
#define for_each_class(class) for (class = sched_class_highest; class; class = class->next)

/**
 * sched_init - set up the run queue and make the boot context the idle task
 *
 * From here on `current` works: the boot stack's thread_info points at
 * init_task, which becomes rq->idle in the idle class.
 *
 * Context: boot, interrupts off, before anything uses current.
 */
void sched_init(void)
{
	struct rq *rq = this_rq();
	int i;

	init_thread_union.thread_info.task = &init_task;
	rq->cfs.tasks_timeline = RB_ROOT;
	rq->cfs.min_vruntime = (u64)(-(1LL << 20)); /* wraps soon: u64 wrap-around is tested */
	for (i = 0; i < MAX_RT_PRIO; i++)
		INIT_LIST_HEAD(&rq->rt.active.queue[i]);
	__set_bit(MAX_RT_PRIO, rq->rt.active.bitmap); /* the delimiter for the bit search */
	rq->rt.highest_prio = MAX_RT_PRIO;
	set_load_weight(&init_task);
	rq->curr = rq->idle = &init_task;
	rq->calc_load_update = INITIAL_JIFFIES + LOAD_FREQ;
	init_task.sched_class = &idle_sched_class;
	update_rq_clock(rq);
	init_task.se.exec_start = rq->clock;
}

/**
 * nr_running - how many tasks are runnable (the idle task not counted)
 *
 * Context: any.
 * Return: the run queue's nr_running.
 */
int nr_running(void)
{
	return this_rq()->nr_running;
}

/**
 * try_to_wake_up - make a sleeping task runnable
 * @p: the task
 * @state: the sleep states that may be ended (TASK_NORMAL, TASK_INTERRUPTIBLE...)
 * @wake_flags: WF_SYNC if the waker is about to sleep
 *
 * If @p's state is in @state, it becomes TASK_RUNNING and is enqueued in
 * its class, which then decides whether it preempts the running task
 * (check_preempt_curr: a woken CFS task that is far enough behind in
 * vruntime does). A task that had set its state but not yet called
 * schedule() is still on the run queue: it is only marked running.
 *
 * Context: any, including hard interrupt handlers. Does not sleep.
 * Return: 1 if @p was woken, 0 if it was not in one of @state.
 */
int try_to_wake_up(struct task_struct *p, unsigned int state, int wake_flags)
{
	struct rq *rq = task_rq(p);
	unsigned long flags;
	int success = 0;

	local_irq_save(flags);
	if (!(p->state & state))
		goto out;
	update_rq_clock(rq);
	if (!p->se.on_rq) {
		activate_task(rq, p, 1);
		success = 1;
	}
	check_preempt_curr(rq, p, wake_flags);
	p->state = TASK_RUNNING;
	success = 1;
out:
	local_irq_restore(flags);
	return success;
}

/**
 * wake_up_process - wake a task whatever it sleeps in
 * @p: the task
 *
 * Context: any, including hard interrupt handlers.
 * Return: 1 if it was asleep and is now runnable, 0 if it was running.
 */
int wake_up_process(struct task_struct *p)
{
	return try_to_wake_up(p, TASK_ALL, 0);
}
EXPORT_SYMBOL(wake_up_process);

/**
 * wake_up_state - wake a task if it sleeps in one of some states
 * @p: the task
 * @state: the states to end
 *
 * Context: any.
 * Return: 1 if it was woken, else 0.
 */
int wake_up_state(struct task_struct *p, unsigned int state)
{
	return try_to_wake_up(p, state, 0);
}

/**
 * sched_fork - set up a new task's scheduling state
 * @p: the new task, not yet running or on any list
 * @clone_flags: unused (no CLONE_* flags affect scheduling here)
 *
 * The child inherits its parent's policy and nice value; a real-time
 * parent's child stays real-time. The fair class places it on the
 * timeline (task_fork_fair).
 *
 * Context: process context (copy_process).
 */
void sched_fork(struct task_struct *p, int clone_flags)
{
	p->se.exec_start = 0;
	p->se.sum_exec_runtime = 0;
	p->se.prev_sum_exec_runtime = 0;
	p->se.vruntime = 0;
	p->se.on_rq = 0;
	RB_CLEAR_NODE(&p->se.run_node);
	INIT_LIST_HEAD(&p->rt.run_list);
	p->rt.time_slice = DEF_TIMESLICE;
	p->state = TASK_RUNNING;
	if (current == this_rq()->idle) {
		/* the boot context forks as a nice-0 SCHED_NORMAL task */
		p->policy = SCHED_NORMAL;
		p->static_prio = NICE_TO_PRIO(0);
		p->rt_priority = 0;
	} else {
		p->policy = current->policy;
		p->static_prio = current->static_prio;
		p->rt_priority = current->rt_priority;
	}
	p->prio = p->normal_prio = normal_prio(p);
	set_load_weight(p);
	p->sched_class = rt_prio(p->prio) ? &rt_sched_class : &fair_sched_class;
	if (p->sched_class->task_fork)
		p->sched_class->task_fork(p);
}

/**
 * wake_up_new_task - put a task that was just created on the run queue
 * @p: the new task (from copy_process(), never run)
 *
 * Context: process context.
 */
void wake_up_new_task(struct task_struct *p)
{
	struct rq *rq = task_rq(p);
	unsigned long flags;

	local_irq_save(flags);
	update_rq_clock(rq);
	p->state = TASK_RUNNING;
	activate_task(rq, p, 0);
	check_preempt_curr(rq, p, WF_FORK);
	local_irq_restore(flags);
}

/* kstat - where CPU 0's time went, by kind (/proc/stat's cpu lines) */
struct kernel_stat kstat;

/**
 * account_user_time - charge ticks of user mode to a task and the CPU
 * @p: the task that ran
 * @ticks: how many ticks
 *
 * A task at a positive nice value makes "nice" time, as 2.6.32 counts it.
 *
 * Context: the tick (hard interrupt).
 */
void account_user_time(struct task_struct *p, unsigned long ticks)
{
	p->utime += ticks;
	if (TASK_NICE(p) > 0)
		kstat.cpustat.nice += ticks;
	else
		kstat.cpustat.user += ticks;
}

/**
 * account_system_time - charge ticks of kernel mode to a task and the CPU
 * @p: the task that was running (or was interrupted)
 * @hardirq_offset: the tick's own hard-interrupt level, not to be counted
 * @ticks: how many ticks
 *
 * The CPU's share goes to irq when a handler was interrupted, to softirq
 * when softirqs were running, else to system.
 *
 * Context: the tick (hard interrupt).
 */
void account_system_time(struct task_struct *p, int hardirq_offset, unsigned long ticks)
{
	p->stime += ticks;
	if (hardirq_count() - hardirq_offset)
		kstat.cpustat.irq += ticks;
	else if (in_serving_softirq())
		kstat.cpustat.softirq += ticks;
	else
		kstat.cpustat.system += ticks;
}

/**
 * account_idle_time - charge ticks to the idle CPU
 * @ticks: how many ticks
 *
 * Context: the tick (hard interrupt).
 */
void account_idle_time(unsigned long ticks)
{
	kstat.cpustat.idle += ticks;
}

/**
 * account_process_tick - charge one tick to the task that was running
 * @p: the running task
 * @user_tick: 1 if the tick interrupted user mode
 *
 * The idle task's ticks are idle time unless an interrupt handler was
 * what the tick interrupted (then they are irq time).
 *
 * Context: the tick (hard interrupt).
 */
void account_process_tick(struct task_struct *p, int user_tick)
{
	struct rq *rq = this_rq();

	if (user_tick)
		account_user_time(p, 1);
	else if (p != rq->idle || hardirq_count() != HARDIRQ_OFFSET)
		account_system_time(p, HARDIRQ_OFFSET, 1);
	else {
		account_idle_time(1);
	}
}

/*
 * The load average: every LOAD_FREQ (5 s + 1 tick) the tick samples the
 * tasks that are runnable or in uninterruptible sleep, and 10 ticks later
 * do_timer() folds the sample into the three exponentially decaying
 * averages avenrun[] (1, 5 and 15 minutes), fixed point with FSHIFT bits
 * of fraction, as 2.6.32's calc_global_load. /proc/loadavg prints them.
 */
static long calc_load_tasks;
static unsigned long calc_load_update = INITIAL_JIFFIES + LOAD_FREQ;

/* avenrun - the load averages over 1, 5 and 15 minutes, in FIXED_1 units */
unsigned long avenrun[3];
EXPORT_SYMBOL(avenrun);

/**
 * get_avenrun - read the load averages
 * @loads: where the three go
 * @offset: added to each (FIXED_1/200 rounds to hundredths)
 * @shift: each is shifted left by this
 *
 * Context: any; the values are estimates and need no lock.
 */
void get_avenrun(unsigned long *loads, unsigned long offset, int shift)
{
	loads[0] = (avenrun[0] + offset) << shift;
	loads[1] = (avenrun[1] + offset) << shift;
	loads[2] = (avenrun[2] + offset) << shift;
}

static unsigned long calc_load(unsigned long load, unsigned long exp, unsigned long active)
{
	load *= exp;
	load += active * (FIXED_1 - exp);
	return load >> FSHIFT;
}

/**
 * calc_global_load - fold the last sample into avenrun[]
 *
 * Context: the tick (do_timer), xtime_lock held.
 */
void calc_global_load(void)
{
	unsigned long upd = calc_load_update + 10;
	long active;

	if (time_before(jiffies, upd))
		return;
	active = calc_load_tasks;
	active = active > 0 ? active * FIXED_1 : 0;
	avenrun[0] = calc_load(avenrun[0], EXP_1, active);
	avenrun[1] = calc_load(avenrun[1], EXP_5, active);
	avenrun[2] = calc_load(avenrun[2], EXP_15, active);
	calc_load_update += LOAD_FREQ;
}

/* Sample the run queue: runnable plus uninterruptible tasks */
static void calc_load_account_active(struct rq *this_rq)
{
	long nr_active = this_rq->nr_running + (long)this_rq->nr_uninterruptible;

	if (nr_active != this_rq->calc_load_active) {
		calc_load_tasks += nr_active - this_rq->calc_load_active;
		this_rq->calc_load_active = nr_active;
	}
}

/**
 * scheduler_tick - account a tick to the running task; let its class decide
 *
 * Called from the timer interrupt HZ times a second. The rq clock moves
 * on, and the running task's class charges it (task_tick): CFS asks for
 * a reschedule when the task has had its slice of the latency period,
 * SCHED_RR when its 100 ms slice is used up.
 *
 * Context: hard interrupt.
 */
void scheduler_tick(void)
{
	struct rq *rq = this_rq();
	struct task_struct *curr = rq->curr;

	update_rq_clock(rq);
	if (time_after_eq(jiffies, rq->calc_load_update)) {
		rq->calc_load_update += LOAD_FREQ;
		calc_load_account_active(rq);
	}
	curr->sched_class->task_tick(rq, curr, 0);
}

static noinline void __schedule_bug(struct task_struct *prev)
{
	printk(KERN_ERR "BUG: scheduling while atomic: %s/%d/0x%08x\n", prev->comm, prev->pid,
	       preempt_count());
	dump_stack();
}

static inline void put_prev_task(struct rq *rq, struct task_struct *prev)
{
	if (likely(prev->sched_class == &fair_sched_class))
		put_prev_task_fair(rq, prev);
	else
		prev->sched_class->put_prev_task(rq, prev);
}

/*
 * pick_next_task - ask the classes in order for a task. Most of the
 * time every runnable task is a fair one: ask CFS directly.
 */
static inline struct task_struct *pick_next_task(struct rq *rq)
{
	const struct sched_class *class;
	struct task_struct *p;

	if (likely(rq->nr_running == rq->cfs.nr_running)) {
		/* 2.6.32: fair_sched_class.pick_next_task(rq), the same call */
		p = pick_next_task_fair(rq);
		if (likely(p))
			return p;
	}
	for_each_class(class)
	{
		p = class->pick_next_task(rq);
		if (p)
			return p;
	}
	BUG(); /* the idle class always has a task */
}

/*
 * After the switch, in the new task: the task we came from may have
 * died, and now that nobody runs on its stack it can be freed.
 */
static void finish_task_switch(struct task_struct *prev)
{
	if (unlikely(prev->state == TASK_DEAD))
		put_task_struct(prev);
}

/**
 * schedule_tail - the first thing a new task does, in ret_from_fork
 * @prev: the task that switched to it
 *
 * Context: a new task, interrupts off, preempt count 1; returns with
 * both enabled.
 */
asmlinkage void schedule_tail(struct task_struct *prev)
{
	finish_task_switch(prev);
	local_irq_enable();
	preempt_enable();
}

/*
 * __schedule - one pass of schedule(). A task that set a sleeping state
 * (and is not being preempted on its way there) leaves the run queue,
 * unless a signal is already pending for an interruptible sleep; only
 * that counts as a voluntary switch (nvcsw), as in Linux. Everything
 * else, preemption and yield() alike, is involuntary (nivcsw).
 */
static void __sched __schedule(void)
{
	struct task_struct *prev = current, *next, *last;
	struct rq *rq = this_rq();
	unsigned long *switch_count = &prev->nivcsw;

	if (unlikely((preempt_count() & ~PREEMPT_ACTIVE) != 1 && prev->state != TASK_DEAD))
		__schedule_bug(prev);
	local_irq_disable();
	rcu_sched_qs(0); /* a reader cannot be switched out: this is a quiescent state */
	update_rq_clock(rq);
	clear_tsk_need_resched(prev);
	if (prev->state && !(preempt_count() & PREEMPT_ACTIVE)) {
		if (unlikely(signal_pending_state(prev->state, prev)))
			prev->state = TASK_RUNNING;
		else
			deactivate_task(rq, prev, 1);
		switch_count = &prev->nvcsw;
	}
	put_prev_task(rq, prev);
	next = pick_next_task(rq);
	if (likely(prev != next)) {
		rq->nr_switches++;
		rq->curr = next;
		++*switch_count;
		/* 2.6.32's switch_mm is inline and tests this first: two kernel threads share init_mm */
		if (prev->active_mm != next->active_mm)
			switch_mm(prev->active_mm, next->active_mm, next);
		switch_to(prev, next, last);
		finish_task_switch(last);
	}
	local_irq_enable();
}

/**
 * schedule - give the CPU to the task the classes pick
 *
 * If the caller set its state to a sleeping one first, it leaves the
 * run queue and runs again only once woken; if it is still
 * TASK_RUNNING, its class puts it back (CFS: on the timeline by its
 * vruntime). Returns when the caller is picked again.
 *
 * Context: process context, not atomic: calling it with the preempt
 * count raised (a spinlock held, preemption or softirqs disabled) or
 * from an interrupt prints "BUG: scheduling while atomic". Returns with
 * interrupts enabled.
 */
asmlinkage void __sched schedule(void)
{
	do {
		preempt_disable();
		__schedule();
		preempt_enable_no_resched();
	} while (need_resched());
}
EXPORT_SYMBOL(schedule);

/**
 * preempt_schedule - switch away at the end of a preempt-disabled section
 *
 * Called by preempt_enable() when the count reaches 0 with
 * TIF_NEED_RESCHED set. PREEMPT_ACTIVE tells schedule() that the task is
 * being preempted, not going to sleep, so it stays on the run queue
 * whatever its state.
 *
 * Context: process context, preemption just re-enabled.
 */
void __sched preempt_schedule(void)
{
	if (likely(preempt_count() || irqs_disabled()))
		return;
	do {
		add_preempt_count(PREEMPT_ACTIVE);
		schedule();
		sub_preempt_count(PREEMPT_ACTIVE);
		barrier();
	} while (need_resched());
}
EXPORT_SYMBOL(preempt_schedule);

/**
 * preempt_schedule_irq - preempt the interrupted task on return from an interrupt
 *
 * arch/x86/kernel/entry_32.asm calls this when it is about to return to a task whose
 * preempt count is 0, that had interrupts on, and that has
 * TIF_NEED_RESCHED set: the tick ended its slice, or a wake-up
 * preempted it.
 *
 * Context: the interrupt return path, interrupts off; returns with them off.
 */
void __sched preempt_schedule_irq(void)
{
	BUG_ON(preempt_count() || !irqs_disabled());
	do {
		add_preempt_count(PREEMPT_ACTIVE);
		local_irq_enable();
		schedule();
		local_irq_disable();
		sub_preempt_count(PREEMPT_ACTIVE);
		barrier();
	} while (need_resched());
}

/**
 * yield - give up the CPU, staying runnable
 *
 * As 2.6.32's sys_sched_yield(): the class's yield_task, then
 * schedule(). For a real-time task that means going behind the tasks
 * of its priority. For a fair task (with sched_compat_yield at 0, the
 * default) it only charges the run time so far: the task runs on
 * unless another is further behind on the timeline, so yield() is not
 * a way to wait for another task. Wait on a wait queue or a completion.
 *
 * Context: process context; the caller stays runnable.
 */
void __sched yield(void)
{
	struct rq *rq = this_rq();

	set_current_state(TASK_RUNNING);
	local_irq_disable();
	current->sched_class->yield_task(rq);
	local_irq_enable();
	schedule();
}
EXPORT_SYMBOL(yield);

/* should_resched - a reschedule is due and we are not already in one */
static inline int should_resched(void)
{
	return need_resched() && !(preempt_count() & PREEMPT_ACTIVE);
}

/**
 * _cond_resched - reschedule if one is due (behind cond_resched())
 *
 * A long loop in a kernel thread calls cond_resched() to offer a
 * preemption point. The cond_resched() macro first calls
 * __might_sleep(), so a call in atomic context is reported whether or
 * not a reschedule is due, as in 2.6.32.
 *
 * Context: process context, not atomic.
 * Return: 1 if it rescheduled, else 0.
 */
int __sched _cond_resched(void)
{
	if (should_resched()) {
		add_preempt_count(PREEMPT_ACTIVE);
		schedule();
		sub_preempt_count(PREEMPT_ACTIVE);
		return 1;
	}
	return 0;
}
EXPORT_SYMBOL(_cond_resched);

/**
 * task_nice - a task's nice value
 * @p: the task
 *
 * Context: any.
 * Return: -20..19.
 */
int task_nice(const struct task_struct *p)
{
	return TASK_NICE(p);
}
EXPORT_SYMBOL(task_nice);

/**
 * task_prio - a task's priority as ps and /proc show it
 * @p: the task
 *
 * Context: any.
 * Return: prio - MAX_RT_PRIO: -100..-1 for real-time tasks, 0..39 for the others.
 */
int task_prio(const struct task_struct *p)
{
	return p->prio - MAX_RT_PRIO;
}

/*
 * The task leaves the run queue (and stops being current) while its
 * scheduling parameters change, then comes back: its class sees a
 * dequeue, a new weight or class, an enqueue, then prio_changed or
 * switched_to, which decide about preemption.
 */
static void change_begin(struct rq *rq, struct task_struct *p, int *on_rq, int *running)
{
	update_rq_clock(rq);
	*on_rq = p->se.on_rq;
	*running = task_running(rq, p);
	if (*on_rq)
		dequeue_task(rq, p, 0);
	if (*running)
		p->sched_class->put_prev_task(rq, p);
}

static void change_end(struct rq *rq, struct task_struct *p, int on_rq, int running)
{
	if (running)
		p->sched_class->set_curr_task(rq);
	if (on_rq)
		enqueue_task(rq, p, 0);
}

/**
 * set_user_nice - change a task's nice value
 * @p: the task
 * @nice: -20 (most CPU) to 19 (least); out-of-range values are ignored
 *
 * A fair task's weight changes at once. A real-time task keeps its
 * priority; the new nice value applies if it returns to SCHED_NORMAL.
 *
 * Context: process context.
 */
void set_user_nice(struct task_struct *p, long nice)
{
	struct rq *rq = task_rq(p);
	int old_prio, delta, on_rq, running;
	unsigned long flags;

	if (TASK_NICE(p) == nice || nice < -20 || nice > 19)
		return;
	local_irq_save(flags);
	if (task_has_rt_policy(p)) {
		p->static_prio = NICE_TO_PRIO(nice);
		goto out;
	}
	change_begin(rq, p, &on_rq, &running);
	p->static_prio = NICE_TO_PRIO(nice);
	set_load_weight(p);
	old_prio = p->prio;
	p->prio = effective_prio(p);
	delta = p->prio - old_prio;
	change_end(rq, p, on_rq, running);
	/* Running and now lower in priority, or queued and higher: reschedule. */
	if (on_rq && (delta < 0 || (delta > 0 && task_running(rq, p))))
		resched_task(rq->curr);
out:
	local_irq_restore(flags);
}
EXPORT_SYMBOL(set_user_nice);

static void __setscheduler(struct task_struct *p, int policy, int prio)
{
	p->policy = policy;
	p->rt_priority = prio;
	p->normal_prio = normal_prio(p);
	p->prio = p->normal_prio;
	p->sched_class = rt_prio(p->prio) ? &rt_sched_class : &fair_sched_class;
	set_load_weight(p);
}

static int sched_param_valid(int policy, const struct sched_param *param)
{
	if (policy != SCHED_FIFO && policy != SCHED_RR && policy != SCHED_NORMAL &&
	    policy != SCHED_BATCH && policy != SCHED_IDLE)
		return 0;
	if (param->sched_priority < 0 || param->sched_priority > MAX_USER_RT_PRIO - 1)
		return 0;
	/* real-time policies need 1..99, the others 0 */
	return rt_policy(policy) == (param->sched_priority != 0);
}

/**
 * sched_setscheduler_nocheck - sched_setscheduler() without permission checks
 * @p: the task
 * @policy: SCHED_NORMAL, SCHED_BATCH, SCHED_IDLE, SCHED_FIFO or SCHED_RR
 * @param: the real-time priority (1..99 for FIFO/RR, 0 otherwise)
 *
 * Context: process context.
 * Return: 0, or -EINVAL for a bad policy or priority.
 */
int sched_setscheduler_nocheck(struct task_struct *p, int policy, struct sched_param *param)
{
	const struct sched_class *prev_class;
	struct rq *rq = task_rq(p);
	int oldprio, on_rq, running;
	unsigned long flags;

	if (!sched_param_valid(policy, param))
		return -EINVAL;
	local_irq_save(flags);
	change_begin(rq, p, &on_rq, &running);
	oldprio = p->prio;
	prev_class = p->sched_class;
	__setscheduler(p, policy, param->sched_priority);
	change_end(rq, p, on_rq, running);
	if (on_rq || running)
		check_class_changed(rq, p, prev_class, oldprio, running);
	local_irq_restore(flags);
	return 0;
}

/**
 * sched_setscheduler - change a task's policy and real-time priority
 * @p: the task
 * @policy: SCHED_NORMAL, SCHED_BATCH, SCHED_IDLE, SCHED_FIFO or SCHED_RR
 * @param: the real-time priority (1..99 for FIFO/RR, 0 otherwise)
 *
 * Linnet has only kernel threads, which Linux allows everything, so
 * this is sched_setscheduler_nocheck(); the permission checks arrive
 * with user processes.
 *
 * Context: process context.
 * Return: 0, or -EINVAL for a bad policy or priority.
 */
int sched_setscheduler(struct task_struct *p, int policy, struct sched_param *param)
{
	return sched_setscheduler_nocheck(p, policy, param);
}
EXPORT_SYMBOL_GPL(sched_setscheduler);

/**
 * task_sched_runtime - the CPU time a task has used, in nanoseconds
 * @p: the task
 *
 * Context: any.
 * Return: sum_exec_runtime, including the running slice if @p runs now.
 */
unsigned long long task_sched_runtime(struct task_struct *p)
{
	struct rq *rq = task_rq(p);
	unsigned long flags;
	u64 ns;

	local_irq_save(flags);
	ns = p->se.sum_exec_runtime;
	if (task_running(rq, p)) {
		update_rq_clock(rq);
		ns += rq->clock - p->se.exec_start;
	}
	local_irq_restore(flags);
	return ns;
}

/**
 * task_curr - is a task running on the CPU right now?
 * @p: the task
 *
 * Context: any.
 * Return: 1 if @p is current.
 */
int task_curr(const struct task_struct *p)
{
	return p == current;
}

/**
 * idle_cpu - is the CPU running its idle task?
 * @cpu: the CPU (0: Linnet is uniprocessor)
 *
 * Context: any.
 * Return: 1 if idle with nothing runnable.
 */
int idle_cpu(int cpu)
{
	struct rq *rq = cpu_rq(cpu);

	return rq->curr == rq->idle && !rq->nr_running;
}

/**
 * in_sched_functions - is an address inside the scheduler's own functions?
 * @addr: a code address
 *
 * Functions marked __sched (schedule, the sleeping primitives) are kept
 * together in .sched.text, so that the wait channel of a sleeping task
 * is the first return address outside them: the function that chose
 * to sleep.
 *
 * Context: any.
 * Return: 1 if @addr is in .sched.text.
 */
int in_sched_functions(unsigned long addr)
{
	return addr >= (unsigned long)__sched_text_start && addr < (unsigned long)__sched_text_end;
}

/**
 * get_wchan - the function a sleeping task sleeps in (its wait channel)
 * @p: the task
 *
 * Walks @p's saved frame-pointer chain from its switch_to frame, skipping
 * the scheduler's own functions.
 *
 * Context: any; @p must not be running.
 * Return: the return address in the sleeping function, or 0 if @p runs
 * or the walk leaves its stack.
 */
unsigned long get_wchan(struct task_struct *p)
{
	unsigned long base, bp, ip;
	int i;

	if (!p || p == current || p->state == TASK_RUNNING)
		return 0;
	base = (unsigned long)p->stack;
	bp = *(unsigned long *)p->thread.sp;
	for (i = 0; i < 16; i++) {
		if (bp < base || bp + 8 > base + THREAD_SIZE)
			return 0;
		ip = ((unsigned long *)bp)[1];
		if (!in_sched_functions(ip))
			return ip;
		bp = *(unsigned long *)bp;
	}
	return 0;
}

/**
 * set_task_comm - rename a task
 * @tsk: the task
 * @from: the new name; cut to TASK_COMM_LEN - 1 characters
 *
 * Context: any.
 */
void set_task_comm(struct task_struct *tsk, const char *from)
{
	strscpy(tsk->comm, from, sizeof(tsk->comm));
}

/**
 * get_task_comm - copy a task's name
 * @to: a buffer of TASK_COMM_LEN bytes
 * @tsk: the task
 *
 * Context: any.
 * Return: @to.
 */
char *get_task_comm(char *to, struct task_struct *tsk)
{
	strscpy(to, tsk->comm, TASK_COMM_LEN);
	return to;
}

/**
 * nr_context_switches - context switches since boot
 *
 * Context: any.
 * Return: the count.
 */
unsigned long long nr_context_switches(void)
{
	return this_rq()->nr_switches;
}

/*
 * The scheduler's system calls (2.6.32 keeps them here too). Linnet's
 * tasks are all root until they setuid() away; an unprivileged task may
 * not choose a real-time policy or lower its nice value (RLIMIT_RTPRIO
 * and RLIMIT_NICE are 0 by default, as in 2.6.32).
 */

/* The task a scheduler call names: 0 is the caller */
static struct task_struct *find_process_by_pid(pid_t pid)
{
	return pid ? find_task_by_pid(pid) : current;
}

static int do_sched_setscheduler(pid_t pid, int policy, struct sched_param __user *param)
{
	struct sched_param lparam;
	struct task_struct *p;

	if (!param || pid < 0)
		return -EINVAL;
	if (copy_from_user(&lparam, param, sizeof(struct sched_param)))
		return -EFAULT;
	p = find_process_by_pid(pid);
	if (!p)
		return -ESRCH;
	if (policy < 0)
		policy = p->policy;
	if (!sched_param_valid(policy, &lparam))
		return -EINVAL;
	if ((policy == SCHED_FIFO || policy == SCHED_RR) && !capable(CAP_SYS_NICE))
		return -EPERM;
	if (p->cred.uid != current->cred.euid && p->cred.euid != current->cred.euid &&
	    !capable(CAP_SYS_NICE))
		return -EPERM;
	return sched_setscheduler(p, policy, &lparam);
}

/**
 * sys_sched_setscheduler - set a task's policy and priority (system call 156)
 * @pid: the task, 0 for the caller
 * @policy: SCHED_NORMAL, SCHED_FIFO, SCHED_RR, SCHED_BATCH or SCHED_IDLE
 * @param: the real-time priority
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL, -EFAULT, -ESRCH, -EPERM.
 */
asmlinkage long sys_sched_setscheduler(pid_t pid, int policy, struct sched_param __user *param)
{
	if (policy < 0)
		return -EINVAL;
	return do_sched_setscheduler(pid, policy, param);
}

/**
 * sys_sched_setparam - set a task's real-time priority (system call 154)
 * @pid: the task, 0 for the caller
 * @param: the priority (valid for the task's policy)
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL, -EFAULT, -ESRCH, -EPERM.
 */
asmlinkage long sys_sched_setparam(pid_t pid, struct sched_param __user *param)
{
	return do_sched_setscheduler(pid, -1, param);
}

/**
 * sys_sched_getscheduler - a task's policy (system call 157)
 * @pid: the task, 0 for the caller
 *
 * Context: process context (system call).
 * Return: the policy, -EINVAL (negative pid), -ESRCH.
 */
asmlinkage long sys_sched_getscheduler(pid_t pid)
{
	struct task_struct *p;

	if (pid < 0)
		return -EINVAL;
	p = find_process_by_pid(pid);
	return p ? (long)p->policy : -ESRCH;
}

/**
 * sys_sched_getparam - a task's real-time priority (system call 155)
 * @pid: the task, 0 for the caller
 * @param: where it goes
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL, -ESRCH, -EFAULT.
 */
asmlinkage long sys_sched_getparam(pid_t pid, struct sched_param __user *param)
{
	struct sched_param lp;
	struct task_struct *p;

	if (!param || pid < 0)
		return -EINVAL;
	p = find_process_by_pid(pid);
	if (!p)
		return -ESRCH;
	lp.sched_priority = p->rt_priority;
	return copy_to_user(param, &lp, sizeof(*param)) ? -EFAULT : 0;
}

/**
 * sys_sched_yield - give up the CPU (system call 158)
 *
 * Context: process context (system call).
 * Return: 0.
 */
asmlinkage long sys_sched_yield(void)
{
	yield();
	return 0;
}

/**
 * sys_sched_get_priority_max - the highest priority of a policy (system call 159)
 * @policy: the policy
 *
 * Context: process context (system call).
 * Return: 99 for SCHED_FIFO/RR, 0 for the others, -EINVAL if unknown.
 */
asmlinkage long sys_sched_get_priority_max(int policy)
{
	switch (policy) {
	case SCHED_FIFO:
	case SCHED_RR:
		return MAX_USER_RT_PRIO - 1;
	case SCHED_NORMAL:
	case SCHED_BATCH:
	case SCHED_IDLE:
		return 0;
	}
	return -EINVAL;
}

/**
 * sys_sched_get_priority_min - the lowest priority of a policy (system call 160)
 * @policy: the policy
 *
 * Context: process context (system call).
 * Return: 1 for SCHED_FIFO/RR, 0 for the others, -EINVAL if unknown.
 */
asmlinkage long sys_sched_get_priority_min(int policy)
{
	switch (policy) {
	case SCHED_FIFO:
	case SCHED_RR:
		return 1;
	case SCHED_NORMAL:
	case SCHED_BATCH:
	case SCHED_IDLE:
		return 0;
	}
	return -EINVAL;
}

/**
 * sys_sched_rr_get_interval - a task's time slice (system call 161)
 * @pid: the task, 0 for the caller
 * @interval: where the slice goes (0 for SCHED_FIFO)
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL, -ESRCH, -EFAULT.
 */
asmlinkage long sys_sched_rr_get_interval(pid_t pid, struct timespec __user *interval)
{
	struct task_struct *p;
	unsigned int time_slice;
	struct timespec t;
	unsigned long flags;

	if (pid < 0)
		return -EINVAL;
	p = find_process_by_pid(pid);
	if (!p)
		return -ESRCH;
	local_irq_save(flags);
	time_slice = p->sched_class->get_rr_interval(task_rq(p), p);
	local_irq_restore(flags);
	jiffies_to_timespec(time_slice, &t);
	return copy_to_user(interval, &t, sizeof(t)) ? -EFAULT : 0;
}

/**
 * sys_sched_setaffinity - the CPUs a task may run on (system call 241)
 * @pid: the task, 0 for the caller
 * @len: the size of the mask in bytes
 * @user_mask_ptr: the mask
 *
 * Linnet has one CPU: a mask that includes CPU 0 is accepted (and
 * changes nothing), one without it is -EINVAL, as 2.6.32 says of a mask
 * with no online CPU.
 *
 * Context: process context (system call).
 * Return: 0, -EFAULT, -EINVAL, -ESRCH.
 */
asmlinkage long sys_sched_setaffinity(pid_t pid, unsigned int len,
				      unsigned long __user *user_mask_ptr)
{
	unsigned long mask = 0;

	if (len < sizeof(mask)) {
		if (copy_from_user(&mask, user_mask_ptr, len))
			return -EFAULT;
	} else if (copy_from_user(&mask, user_mask_ptr, sizeof(mask))) {
		return -EFAULT;
	}
	if (!find_process_by_pid(pid))
		return -ESRCH;
	return mask & 1 ? 0 : -EINVAL;
}

/**
 * sys_sched_getaffinity - the CPUs a task may run on (system call 242)
 * @pid: the task, 0 for the caller
 * @len: the room at @user_mask_ptr, a multiple of sizeof(long)
 * @user_mask_ptr: where the mask goes (CPU 0 only)
 *
 * Context: process context (system call).
 * Return: the bytes written (4), -EINVAL, -ESRCH, -EFAULT.
 */
asmlinkage long sys_sched_getaffinity(pid_t pid, unsigned int len,
				      unsigned long __user *user_mask_ptr)
{
	unsigned long mask = 1;

	if (len * 8 < 1 || (len & (sizeof(unsigned long) - 1)))
		return -EINVAL;
	if (!find_process_by_pid(pid))
		return -ESRCH;
	if (copy_to_user(user_mask_ptr, &mask, sizeof(mask)))
		return -EFAULT;
	return sizeof(mask);
}

/**
 * sys_nice - change the caller's nice value by an increment (system call 34)
 * @increment: added to the nice value (clamped to -40..40, then the
 *             result to -20..19)
 *
 * Context: process context (system call).
 * Return: 0, or -EPERM to lower it without privilege.
 */
asmlinkage long sys_nice(int increment)
{
	long nice;

	if (increment < -40)
		increment = -40;
	if (increment > 40)
		increment = 40;
	nice = TASK_NICE(current) + increment;
	if (nice < -20)
		nice = -20;
	if (nice > 19)
		nice = 19;
	if (increment < 0 && !capable(CAP_SYS_NICE))
		return -EPERM;
	set_user_nice(current, nice);
	return 0;
}
