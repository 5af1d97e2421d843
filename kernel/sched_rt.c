/*
 * sched_rt.c - the real-time class: SCHED_FIFO and SCHED_RR.
 *
 * Real-time tasks have fixed priorities 0..99 (task->prio; a
 * sched_setscheduler() priority of 99 is prio 0, the most urgent). The
 * rt_rq keeps one FIFO list per priority and a bitmap of the non-empty
 * lists, so the next task is the first of the list of the first set
 * bit: O(1), the design of 2.6's O(1) scheduler, kept for RT:
 *
 *   bitmap  0 0 1 0 ... 1 ... 1(delimiter, bit 100)
 *   queue[2]: [A] -> [B]        A runs; B runs when A sleeps or, for
 *   queue[40]: [C]              SCHED_RR, when A's 100 ms slice ends
 *
 * A runnable real-time task always runs before any fair one, and a
 * more urgent one preempts at once. SCHED_FIFO runs until it sleeps or
 * yields; SCHED_RR also goes behind its equals every DEF_TIMESLICE.
 * Linux 2.6.32 adds RT throttling (950 ms per second by default) and
 * SMP push/pull; Linnet has neither (one CPU, throttling off, as with
 * sched_rt_runtime_us = -1). Included by kernel/sched.c. See docs/sched.md.
 */

static const struct sched_class rt_sched_class;

static inline struct task_struct *rt_task_of(struct sched_rt_entity *rt_se)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof */
	return container_of(rt_se, struct task_struct, rt);
}

/* update_curr_rt - charge the running RT task */
static void update_curr_rt(struct rq *rq)
{
	struct task_struct *curr = rq->curr;
	u64 delta_exec;

	if (curr->sched_class != &rt_sched_class)
		return;
	delta_exec = rq->clock - curr->se.exec_start;
	if (unlikely((s64)delta_exec < 0))
		delta_exec = 0;
	curr->se.sum_exec_runtime += delta_exec;
	curr->se.exec_start = rq->clock;
	rq->rt.rt_time += delta_exec;
}

static void update_highest_prio(struct rt_rq *rt_rq)
{
	rt_rq->highest_prio = find_first_bit(rt_rq->active.bitmap, MAX_RT_PRIO);
}

static void enqueue_task_rt(struct rq *rq, struct task_struct *p, int wakeup)
{
	struct rt_prio_array *array = &rq->rt.active;

	list_add_tail(&p->rt.run_list, &array->queue[p->prio]);
	__set_bit(p->prio, array->bitmap);
	rq->rt.rt_nr_running++;
	update_highest_prio(&rq->rt);
}

static void dequeue_task_rt(struct rq *rq, struct task_struct *p, int sleep)
{
	struct rt_prio_array *array = &rq->rt.active;

	update_curr_rt(rq);
	list_del_init(&p->rt.run_list);
	if (list_empty(&array->queue[p->prio]))
		__clear_bit(p->prio, array->bitmap);
	rq->rt.rt_nr_running--;
	update_highest_prio(&rq->rt);
}

/* requeue_task_rt - put @p behind the other tasks of its priority */
static void requeue_task_rt(struct rq *rq, struct task_struct *p)
{
	list_move_tail(&p->rt.run_list, &rq->rt.active.queue[p->prio]);
}

static void yield_task_rt(struct rq *rq)
{
	requeue_task_rt(rq, rq->curr);
}

/* A more urgent (lower prio) task preempts; an equal one waits its turn. */
static void check_preempt_curr_rt(struct rq *rq, struct task_struct *p, int flags)
{
	if (p->prio < rq->curr->prio)
		resched_task(rq->curr);
}

static struct task_struct *pick_next_task_rt(struct rq *rq)
{
	struct rt_prio_array *array = &rq->rt.active;
	struct task_struct *p;
	int idx;

	if (!rq->rt.rt_nr_running)
		return NULL;
	idx = find_first_bit(array->bitmap, MAX_RT_PRIO);
	/* cppcheck-suppress nullPointer ; container_of's offsetof */
	p = list_first_entry(&array->queue[idx], struct task_struct, rt.run_list);
	p->se.exec_start = rq->clock;
	return p;
}

static void put_prev_task_rt(struct rq *rq, struct task_struct *p)
{
	update_curr_rt(rq);
	p->se.exec_start = 0;
}

/* task_tick_rt - SCHED_RR: at the end of the slice, go behind the equals */
static void task_tick_rt(struct rq *rq, struct task_struct *p, int queued)
{
	update_curr_rt(rq);
	if (p->policy != SCHED_RR)
		return;
	if (--p->rt.time_slice)
		return;
	p->rt.time_slice = DEF_TIMESLICE;
	if (p->rt.run_list.prev != p->rt.run_list.next) {
		requeue_task_rt(rq, p);
		resched_task(p);
	}
}

static void set_curr_task_rt(struct rq *rq)
{
	rq->curr->se.exec_start = rq->clock;
}

static void switched_to_rt(struct rq *rq, struct task_struct *p, int running)
{
	if (!running && p->prio < rq->curr->prio)
		resched_task(rq->curr);
}

static void prio_changed_rt(struct rq *rq, struct task_struct *p, int oldprio, int running)
{
	if (running) {
		/* lowered: someone queued may now be more urgent */
		if (oldprio < p->prio && rq->rt.highest_prio < p->prio)
			resched_task(p);
	} else if (p->prio < rq->curr->prio) {
		resched_task(rq->curr);
	}
}

static unsigned int get_rr_interval_rt(struct rq *rq, struct task_struct *task)
{
	return task->policy == SCHED_RR ? DEF_TIMESLICE : 0;
}

static const struct sched_class rt_sched_class = {
	.next = &fair_sched_class,
	.enqueue_task = enqueue_task_rt,
	.dequeue_task = dequeue_task_rt,
	.yield_task = yield_task_rt,
	.check_preempt_curr = check_preempt_curr_rt,
	.pick_next_task = pick_next_task_rt,
	.put_prev_task = put_prev_task_rt,
	.set_curr_task = set_curr_task_rt,
	.task_tick = task_tick_rt,
	.prio_changed = prio_changed_rt,
	.switched_to = switched_to_rt,
	.get_rr_interval = get_rr_interval_rt,
};
