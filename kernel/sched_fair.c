/*
 * sched_fair.c - CFS, the Completely Fair Scheduler: SCHED_NORMAL, BATCH and IDLE.
 *
 * CFS models an ideal CPU that runs every runnable task at once, each at
 * a speed proportional to its weight (prio_to_weight[] in sched.c: 1024
 * at nice 0, about 1.25x per nice step). Each task's virtual run time
 * (se->vruntime) is its real run time scaled by NICE_0_LOAD / weight,
 * so a heavy task's vruntime grows slowly. The task that is furthest
 * behind, the one with the smallest vruntime, is the one the ideal CPU
 * owes the most: it runs next. The runnable tasks sit in a red-black
 * tree ordered by vruntime (the "timeline"), with its leftmost node
 * cached:
 *
 *                 [ vr 60 ]                  cfs_rq->rb_leftmost
 *                /         \                        |
 *         [ vr 40 ]       [ vr 90 ]                 v
 *         /                                   [ vr 25 ] runs next
 *   [ vr 25 ]       cfs_rq->curr (running) is not in the tree
 *
 * min_vruntime follows the smallest vruntime and never goes back; new
 * and woken tasks are placed relative to it (place_entity), so sleeping
 * does not bank unlimited credit. The tick charges the running task
 * (update_curr) and preempts it once it has had its slice of the
 * latency period (sched_slice: sysctl_sched_latency, 5 ms, shared in
 * proportion to weight, at least sysctl_sched_min_granularity each);
 * a woken task preempts at once when it is more than
 * sysctl_sched_wakeup_granularity of vruntime behind (check_preempt_wakeup).
 * Vruntimes are compared as signed differences, so they may wrap.
 *
 * As 2.6.32, without group scheduling (for_each_sched_entity visits the
 * task only) and with 2.6.32's default features fixed: START_DEBIT,
 * GENTLE_FAIR_SLEEPERS, WAKEUP_PREEMPT, LAST_BUDDY and ASYM_GRAN on;
 * NEXT_BUDDY, WAKEUP_SYNC and WAKEUP_OVERLAP off (so a WF_SYNC wake-up
 * preempts no more readily than any other, and only pick_next_entity
 * looks at cfs_rq->next). One difference, on purpose: 2.6.32's
 * ADAPTIVE_GRAN (on by default) shrinks the wake-up granularity from
 * per-task statistics (avg_wakeup); Linnet keeps no such statistics and
 * always uses sysctl_sched_wakeup_granularity. Included by
 * kernel/sched.c. See docs/sched.md.
 */

/* Targeted preemption latency for CPU-bound tasks: 5 ms, as 2.6.32 on one CPU */
unsigned int sysctl_sched_latency = 5000000U;
/* Minimal preemption granularity for CPU-bound tasks: 1 ms */
unsigned int sysctl_sched_min_granularity = 1000000U;
/* sched_latency / min_granularity: more tasks than this stretch the period */
static unsigned int sched_nr_latency = 5;
/* A woken task preempts when it is this much vruntime behind: 1 ms */
unsigned int sysctl_sched_wakeup_granularity = 1000000U;
/* 0: a fair task's yield only charges its run time (2.6.32's default) */
unsigned int sysctl_sched_compat_yield;
unsigned int sysctl_sched_child_runs_first;

static const struct sched_class fair_sched_class;

#define for_each_sched_entity(se) for (; se; se = NULL)

static inline struct task_struct *task_of(struct sched_entity *se)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof */
	return container_of(se, struct task_struct, se);
}

static inline struct rq *rq_of(struct cfs_rq *cfs_rq)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof */
	return container_of(cfs_rq, struct rq, cfs);
}

static inline struct cfs_rq *task_cfs_rq(struct task_struct *p)
{
	return &task_rq(p)->cfs;
}

static inline struct cfs_rq *cfs_rq_of(struct sched_entity *se)
{
	return &task_rq(task_of(se))->cfs;
}

static inline u64 max_vruntime(u64 min_vruntime, u64 vruntime)
{
	return (s64)(vruntime - min_vruntime) > 0 ? vruntime : min_vruntime;
}

static inline u64 min_vruntime(u64 min_vruntime, u64 vruntime)
{
	return (s64)(vruntime - min_vruntime) < 0 ? vruntime : min_vruntime;
}

static inline int entity_before(struct sched_entity *a, struct sched_entity *b)
{
	return (s64)(a->vruntime - b->vruntime) < 0;
}

/*
 * min_vruntime: the smaller of curr's and the leftmost's vruntime, never
 * going back. It is stored only when it moves: most calls find it where
 * it was.
 */
static __always_inline void update_min_vruntime(struct cfs_rq *cfs_rq)
{
	struct sched_entity *curr = cfs_rq->curr;
	struct rb_node *left = cfs_rq->rb_leftmost;
	u64 vruntime;

	if (curr) {
		vruntime = curr->vruntime;
		if (left) {
			/* cppcheck-suppress nullPointer ; container_of's offsetof */
			struct sched_entity *se = rb_entry(left, struct sched_entity, run_node);

			vruntime = min_vruntime(vruntime, se->vruntime);
		}
	} else if (left) {
		/* cppcheck-suppress nullPointer ; container_of's offsetof */
		vruntime = rb_entry(left, struct sched_entity, run_node)->vruntime;
	} else {
		return;
	}
	if ((s64)(cfs_rq->min_vruntime - vruntime) < 0) /* later: a sign test */
		cfs_rq->min_vruntime = vruntime;
}

/*
 * __enqueue_entity - put @se on the timeline; equal keys go to the right.
 * 2.6.32 compares keys relative to min_vruntime (entity_key()); comparing
 * the signed difference of two vruntimes (entity_before, as later Linux
 * does) orders them the same while they are within 2^63 of each other,
 * with one 64-bit subtraction a level instead of three.
 */
static __always_inline void __enqueue_entity(struct cfs_rq *cfs_rq, struct sched_entity *se)
{
	struct rb_node **link = &cfs_rq->tasks_timeline.rb_node;
	struct rb_node *parent = NULL;
	int leftmost = 1;

	while (*link) {
		parent = *link;
		/* cppcheck-suppress nullPointer ; container_of's offsetof */
		if (entity_before(se, rb_entry(parent, struct sched_entity, run_node))) {
			link = &parent->rb_left;
		} else {
			link = &parent->rb_right;
			leftmost = 0;
		}
	}
	if (leftmost)
		cfs_rq->rb_leftmost = &se->run_node;
	rb_link_node(&se->run_node, parent, link);
	rb_insert_color(&se->run_node, &cfs_rq->tasks_timeline);
}

static __always_inline void __dequeue_entity(struct cfs_rq *cfs_rq, struct sched_entity *se)
{
	if (cfs_rq->rb_leftmost == &se->run_node)
		cfs_rq->rb_leftmost = rb_next(&se->run_node);
	rb_erase(&se->run_node, &cfs_rq->tasks_timeline);
}

static struct sched_entity *__pick_next_entity(struct cfs_rq *cfs_rq)
{
	struct rb_node *left = cfs_rq->rb_leftmost;

	/* cppcheck-suppress nullPointer ; container_of's offsetof */
	return left ? rb_entry(left, struct sched_entity, run_node) : NULL;
}

static struct sched_entity *__pick_last_entity(struct cfs_rq *cfs_rq)
{
	struct rb_node *last = rb_last(&cfs_rq->tasks_timeline);

	/* cppcheck-suppress nullPointer ; container_of's offsetof */
	return last ? rb_entry(last, struct sched_entity, run_node) : NULL;
}

/* delta * NICE_0_LOAD / weight: real time into this entity's virtual time */
static inline unsigned long calc_delta_fair(unsigned long delta, struct sched_entity *se)
{
	if (unlikely(se->load.weight != NICE_0_LOAD))
		delta = calc_delta_mine(delta, NICE_0_LOAD, &se->load);
	return delta;
}

/* The period in which every runnable task should run once: latency, or stretched */
static u64 __sched_period(unsigned long nr_running)
{
	u64 period = sysctl_sched_latency;

	if (unlikely(nr_running > sched_nr_latency))
		period = (u64)sysctl_sched_min_granularity * nr_running;
	return period;
}

/* An entity's share of the period, in real time: period * weight / total weight */
static u64 sched_slice(struct cfs_rq *cfs_rq, struct sched_entity *se)
{
	u64 slice = __sched_period(cfs_rq->nr_running + !se->on_rq);
	struct load_weight *load = &cfs_rq->load;
	struct load_weight lw;

	if (unlikely(!se->on_rq)) {
		lw = cfs_rq->load;
		update_load_add(&lw, se->load.weight);
		load = &lw;
	}
	return calc_delta_mine(slice, se->load.weight, load);
}

/* The same share, in the entity's virtual time */
static u64 sched_vslice(struct cfs_rq *cfs_rq, struct sched_entity *se)
{
	return calc_delta_fair(sched_slice(cfs_rq, se), se);
}

/*
 * __update_curr - charge @curr for @delta_exec ns of real time: its
 * vruntime grows by the weighted amount, and min_vruntime may follow.
 */
static inline void __update_curr(struct cfs_rq *cfs_rq, struct sched_entity *curr,
				 unsigned long delta_exec)
{
	curr->sum_exec_runtime += delta_exec;
	cfs_rq->exec_clock += delta_exec;
	curr->vruntime += calc_delta_fair(delta_exec, curr);
	update_min_vruntime(cfs_rq);
}

/*
 * update_curr - charge the running entity for the time since exec_start.
 * Inline, as the common case on a wake-up or switch path is a second
 * call with the same rq clock: nothing to charge.
 */
static __always_inline void update_curr(struct cfs_rq *cfs_rq)
{
	struct sched_entity *curr = cfs_rq->curr;
	u64 now = rq_of(cfs_rq)->clock;
	unsigned long delta_exec;

	if (unlikely(!curr))
		return;
	delta_exec = (unsigned long)(now - curr->exec_start);
	if (!delta_exec)
		return;
	curr->exec_start = now;
	__update_curr(cfs_rq, curr, delta_exec);
}

static __always_inline void account_entity_enqueue(struct cfs_rq *cfs_rq, struct sched_entity *se)
{
	update_load_add(&cfs_rq->load, se->load.weight);
	update_load_add(&rq_of(cfs_rq)->load, se->load.weight);
	cfs_rq->nr_running++;
	se->on_rq = 1;
}

static __always_inline void account_entity_dequeue(struct cfs_rq *cfs_rq, struct sched_entity *se)
{
	update_load_sub(&cfs_rq->load, se->load.weight);
	update_load_sub(&rq_of(cfs_rq)->load, se->load.weight);
	cfs_rq->nr_running--;
	se->on_rq = 0;
}

/*
 * place_entity - where a new or woken entity goes on the timeline.
 * A new one (@initial) starts a vslice after min_vruntime (START_DEBIT:
 * the current period is promised to the tasks already there). A woken
 * one gets at most half a latency of credit (GENTLE_FAIR_SLEEPERS), and
 * never moves backwards from where it was.
 */
static __always_inline void place_entity(struct cfs_rq *cfs_rq, struct sched_entity *se,
					 int initial)
{
	u64 vruntime = cfs_rq->min_vruntime;

	if (initial) {
		vruntime += sched_vslice(cfs_rq, se);
	} else {
		unsigned long thresh = sysctl_sched_latency;

		/* SCHED_IDLE tasks are fair among themselves: no weight scaling */
		if (task_of(se)->policy != SCHED_IDLE)
			thresh = calc_delta_fair(thresh, se);
		vruntime -= thresh >> 1;
	}
	/* never gain time by being placed backwards */
	if ((s64)(se->vruntime - vruntime) < 0)
		se->vruntime = vruntime;
}

#define ENQUEUE_WAKEUP 1

/*
 * A sleeping entity keeps its absolute vruntime (place_entity compares
 * it with min_vruntime); any other dequeued one keeps it relative to
 * min_vruntime, and gets the base back here.
 */
static __always_inline void enqueue_entity(struct cfs_rq *cfs_rq, struct sched_entity *se,
					   int flags)
{
	if (!(flags & ENQUEUE_WAKEUP))
		se->vruntime += cfs_rq->min_vruntime;
	update_curr(cfs_rq);
	account_entity_enqueue(cfs_rq, se);
	if (flags & ENQUEUE_WAKEUP)
		place_entity(cfs_rq, se, 0);
	if (se != cfs_rq->curr)
		__enqueue_entity(cfs_rq, se);
}

static __always_inline void clear_buddies(struct cfs_rq *cfs_rq, struct sched_entity *se)
{
	if (cfs_rq->last == se)
		cfs_rq->last = NULL;
	if (cfs_rq->next == se)
		cfs_rq->next = NULL;
}

static __always_inline void dequeue_entity(struct cfs_rq *cfs_rq, struct sched_entity *se,
					   int sleep)
{
	update_curr(cfs_rq);
	clear_buddies(cfs_rq, se);
	if (se != cfs_rq->curr)
		__dequeue_entity(cfs_rq, se);
	account_entity_dequeue(cfs_rq, se);
	update_min_vruntime(cfs_rq);
	if (!sleep)
		se->vruntime -= cfs_rq->min_vruntime;
}

/* check_preempt_tick - has the running entity had its slice? */
static void check_preempt_tick(struct cfs_rq *cfs_rq, struct sched_entity *curr)
{
	unsigned long ideal_runtime = sched_slice(cfs_rq, curr);
	unsigned long delta_exec = curr->sum_exec_runtime - curr->prev_sum_exec_runtime;
	struct sched_entity *se;

	if (delta_exec > ideal_runtime) {
		resched_task(rq_of(cfs_rq)->curr);
		clear_buddies(cfs_rq, curr);
		return;
	}
	/* one that narrowly missed wake-up preemption need not wait a whole slice */
	if (delta_exec < sysctl_sched_min_granularity || cfs_rq->nr_running < 2)
		return;
	se = __pick_next_entity(cfs_rq);
	if ((s64)(curr->vruntime - se->vruntime) > (s64)ideal_runtime)
		resched_task(rq_of(cfs_rq)->curr);
}

/* set_next_entity - @se starts running: it leaves the tree while it runs */
static __always_inline void set_next_entity(struct cfs_rq *cfs_rq, struct sched_entity *se)
{
	if (se->on_rq)
		__dequeue_entity(cfs_rq, se);
	se->exec_start = rq_of(cfs_rq)->clock;
	cfs_rq->curr = se;
	se->prev_sum_exec_runtime = se->sum_exec_runtime;
}

/* wake-up granularity in @se's virtual time (ASYM_GRAN) */
static __always_inline unsigned long wakeup_gran(struct sched_entity *se)
{
	unsigned long gran = sysctl_sched_wakeup_granularity;

	if (unlikely(se->load.weight != NICE_0_LOAD))
		gran = calc_delta_fair(gran, se);
	return gran;
}

/*
 * wakeup_preempt_entity - should @se preempt @curr? -1: no, @se is not
 * behind; 0: behind, but within the granularity; 1: yes.
 */
static __always_inline int wakeup_preempt_entity(struct sched_entity *curr, struct sched_entity *se)
{
	s64 vdiff = curr->vruntime - se->vruntime;

	if (vdiff <= 0)
		return -1;
	return vdiff > (s64)wakeup_gran(se) ? 1 : 0;
}

/*
 * pick_next_entity - the leftmost, unless a buddy (the task just woken,
 * or the one it preempted) is close enough behind it: running the buddy
 * keeps a producer and its consumer together.
 */
static __always_inline struct sched_entity *pick_next_entity(struct cfs_rq *cfs_rq)
{
	struct sched_entity *se = __pick_next_entity(cfs_rq), *left = se;

	if (cfs_rq->next && wakeup_preempt_entity(cfs_rq->next, left) < 1)
		se = cfs_rq->next;
	if (cfs_rq->last && wakeup_preempt_entity(cfs_rq->last, left) < 1)
		se = cfs_rq->last;
	clear_buddies(cfs_rq, se);
	return se;
}

static __always_inline void put_prev_entity(struct cfs_rq *cfs_rq, struct sched_entity *prev)
{
	if (prev->on_rq) {
		update_curr(cfs_rq);
		__enqueue_entity(cfs_rq, prev);
	}
	cfs_rq->curr = NULL;
}

static __always_inline void enqueue_task_fair(struct rq *rq, struct task_struct *p, int wakeup)
{
	struct sched_entity *se = &p->se;

	for_each_sched_entity(se) enqueue_entity(cfs_rq_of(se), se, wakeup ? ENQUEUE_WAKEUP : 0);
}

static __always_inline void dequeue_task_fair(struct rq *rq, struct task_struct *p, int sleep)
{
	struct sched_entity *se = &p->se;

	for_each_sched_entity(se) dequeue_entity(cfs_rq_of(se), se, sleep);
}

/*
 * yield_task_fair - with sched_compat_yield 0 (and not SCHED_BATCH) only
 * charge the run time: schedule() switches only if another task is now
 * further behind. Otherwise move to the right end of the timeline.
 */
static void yield_task_fair(struct rq *rq)
{
	struct task_struct *curr = rq->curr;
	struct cfs_rq *cfs_rq = task_cfs_rq(curr);
	struct sched_entity *rightmost, *se = &curr->se;

	if (unlikely(cfs_rq->nr_running == 1))
		return;
	clear_buddies(cfs_rq, se);
	if (likely(!sysctl_sched_compat_yield) && curr->policy != SCHED_BATCH) {
		update_rq_clock(rq);
		update_curr(cfs_rq);
		return;
	}
	rightmost = __pick_last_entity(cfs_rq);
	if (unlikely(!rightmost || entity_before(rightmost, se)))
		return;
	se->vruntime = rightmost->vruntime + 1;
}

/* check_preempt_wakeup - does the woken (or new) @p preempt the running task? */
static __always_inline void check_preempt_wakeup(struct rq *rq, struct task_struct *p,
						 int wake_flags)
{
	struct task_struct *curr = rq->curr;
	struct sched_entity *se = &curr->se, *pse = &p->se;
	struct cfs_rq *cfs_rq = task_cfs_rq(curr);

	update_curr(cfs_rq);
	if (unlikely(rt_prio(p->prio))) {
		resched_task(curr);
		return;
	}
	if (unlikely(p->sched_class != &fair_sched_class) || unlikely(se == pse))
		return;
	/* no NEXT_BUDDY here: it is off in 2.6.32's defaults */
	if (test_tsk_need_resched(curr))
		return;
	/* batch and idle tasks do not preempt: the tick does it for them */
	if (unlikely(p->policy != SCHED_NORMAL))
		return;
	/* WF_SYNC changes nothing here: 2.6.32's WAKEUP_SYNC is off */
	if (unlikely(curr->policy == SCHED_IDLE)) {
		resched_task(curr);
		return;
	}
	if (wakeup_preempt_entity(se, pse) == 1) {
		resched_task(curr);
		/* LAST_BUDDY: give the CPU back to it soon */
		if (se->on_rq && curr != rq->idle && cfs_rq->nr_running >= sched_nr_latency)
			cfs_rq->last = se;
	}
}

static __always_inline struct task_struct *pick_next_task_fair(struct rq *rq)
{
	struct cfs_rq *cfs_rq = &rq->cfs;
	struct sched_entity *se;

	if (unlikely(!cfs_rq->nr_running))
		return NULL;
	se = pick_next_entity(cfs_rq);
	set_next_entity(cfs_rq, se);
	return task_of(se);
}

static __always_inline void put_prev_task_fair(struct rq *rq, struct task_struct *prev)
{
	struct sched_entity *se = &prev->se;

	for_each_sched_entity(se) put_prev_entity(cfs_rq_of(se), se);
}

static void task_tick_fair(struct rq *rq, struct task_struct *curr, int queued)
{
	struct cfs_rq *cfs_rq = task_cfs_rq(curr);

	update_curr(cfs_rq);
	if (cfs_rq->nr_running > 1)
		check_preempt_tick(cfs_rq, &curr->se);
}

/*
 * task_fork_fair - place a new task: a vslice after the parent's
 * vruntime or min_vruntime, whichever is later; stored relative to
 * min_vruntime until wake_up_new_task() enqueues it.
 */
static void task_fork_fair(struct task_struct *p)
{
	struct cfs_rq *cfs_rq = task_cfs_rq(current);
	struct sched_entity *se = &p->se, *curr = cfs_rq->curr;
	struct rq *rq = this_rq();
	unsigned long flags;

	local_irq_save(flags);
	update_rq_clock(rq);
	update_curr(cfs_rq);
	if (curr)
		se->vruntime = curr->vruntime;
	place_entity(cfs_rq, se, 1);
	if (sysctl_sched_child_runs_first && curr && entity_before(curr, se)) {
		u64 tmp = curr->vruntime;

		curr->vruntime = se->vruntime;
		se->vruntime = tmp;
		resched_task(rq->curr);
	}
	se->vruntime -= cfs_rq->min_vruntime;
	local_irq_restore(flags);
}

static void prio_changed_fair(struct rq *rq, struct task_struct *p, int oldprio, int running)
{
	if (running) {
		if (p->prio > oldprio)
			resched_task(rq->curr);
	} else {
		check_preempt_curr(rq, p, 0);
	}
}

static void switched_to_fair(struct rq *rq, struct task_struct *p, int running)
{
	if (running)
		resched_task(rq->curr);
	else
		check_preempt_curr(rq, p, 0);
}

static void set_curr_task_fair(struct rq *rq)
{
	struct sched_entity *se = &rq->curr->se;

	for_each_sched_entity(se) set_next_entity(cfs_rq_of(se), se);
}

static unsigned int get_rr_interval_fair(struct rq *rq, struct task_struct *task)
{
	if (!rq->cfs.load.weight)
		return 0;
	return (unsigned int)(sched_slice(&rq->cfs, &task->se) / (NSEC_PER_SEC / HZ));
}

static const struct sched_class fair_sched_class = {
	.next = &idle_sched_class,
	.enqueue_task = enqueue_task_fair,
	.dequeue_task = dequeue_task_fair,
	.yield_task = yield_task_fair,
	.check_preempt_curr = check_preempt_wakeup,
	.pick_next_task = pick_next_task_fair,
	.put_prev_task = put_prev_task_fair,
	.set_curr_task = set_curr_task_fair,
	.task_tick = task_tick_fair,
	.task_fork = task_fork_fair,
	.prio_changed = prio_changed_fair,
	.switched_to = switched_to_fair,
	.get_rr_interval = get_rr_interval_fair,
};
