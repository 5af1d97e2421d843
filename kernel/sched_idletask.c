/*
 * sched_idletask.c - the idle class: the task that runs when nothing else can.
 *
 * The lowest class of the chain has exactly one task per CPU, rq->idle
 * (pid 0, "swapper", the boot context running cpu_idle()). It is never
 * on a queue: pick_next_task_idle() returns it whenever the classes
 * above have nothing, and any task that becomes runnable preempts it.
 * As 2.6.32's kernel/sched_idletask.c; included by kernel/sched.c.
 * See docs/sched.md.
 */

static const struct sched_class idle_sched_class;

/* Anything that wakes up preempts the idle task. */
static void check_preempt_curr_idle(struct rq *rq, struct task_struct *p, int flags)
{
	resched_task(rq->idle);
}

static struct task_struct *pick_next_task_idle(struct rq *rq)
{
	return rq->idle;
}

/* The idle task is never enqueued or dequeued: that would be a bug. */
static void dequeue_task_idle(struct rq *rq, struct task_struct *p, int sleep)
{
	printk(KERN_ERR "bad: scheduling from the idle thread!\n");
	dump_stack();
}

static void enqueue_task_idle(struct rq *rq, struct task_struct *p, int wakeup)
{
	printk(KERN_ERR "bad: enqueueing the idle thread!\n");
	dump_stack();
}

static void yield_task_idle(struct rq *rq)
{
}

static void put_prev_task_idle(struct rq *rq, struct task_struct *prev)
{
}

static void task_tick_idle(struct rq *rq, struct task_struct *curr, int queued)
{
}

static void set_curr_task_idle(struct rq *rq)
{
}

static void switched_to_idle(struct rq *rq, struct task_struct *p, int running)
{
	BUG(); /* no task can switch to the idle class */
}

static void prio_changed_idle(struct rq *rq, struct task_struct *p, int oldprio, int running)
{
}

static unsigned int get_rr_interval_idle(struct rq *rq, struct task_struct *task)
{
	return 0;
}

static const struct sched_class idle_sched_class = {
	/* .next is NULL: the idle class is the last */
	.enqueue_task = enqueue_task_idle,	 .dequeue_task = dequeue_task_idle,
	.yield_task = yield_task_idle,		 .check_preempt_curr = check_preempt_curr_idle,
	.pick_next_task = pick_next_task_idle,	 .put_prev_task = put_prev_task_idle,
	.set_curr_task = set_curr_task_idle,	 .task_tick = task_tick_idle,
	.prio_changed = prio_changed_idle,	 .switched_to = switched_to_idle,
	.get_rr_interval = get_rr_interval_idle,
};
