/*
 * sched_debug.c - the scheduler's state in /proc/sched_debug's format.
 *
 * A snapshot of the run queue as 2.6.32 prints it: the tunables, then
 * per CPU the rq (nr_running, load, nr_switches, clock...), the cfs_rq
 * (min_vruntime, the spread of the timeline), the rt_rq, and one line
 * per runnable task with its tree key (vruntime), switches and prio:
 *
 *   runnable tasks:
 *               task   PID         tree-key  switches  prio     exec-runtime ...
 *   R          hog0    12       512.003411       210   120       512.003411 ...
 *
 * Times are nanoseconds printed as milliseconds with six decimals
 * (SPLIT_NS). Fields 2.6.32 fills from features Linnet lacks (load
 * balancing's cpu_load[], next_balance, RT throttling, schedstats) print
 * as 0, so the layout stays Linux's. The kernel shell's `sched_debug`
 * prints it (kernel/debug/kdb/kdb_views.c) until /proc exists, where it
 * becomes /proc/sched_debug. Included by kernel/sched.c. See docs/sched.md.
 */

#define SEQ_printf(m, x...) print(m, x)

/* Print nanoseconds as milliseconds.nanoseconds, as SPLIT_NS() in 2.6.32 */
static long long nsec_high(unsigned long long nsec)
{
	if ((long long)nsec < 0)
		return -(long long)div_u64(-nsec, 1000000);
	return div_u64(nsec, 1000000);
}

static unsigned long nsec_low(unsigned long long nsec)
{
	if ((long long)nsec < 0)
		nsec = -nsec;
	return (unsigned long)(nsec % 1000000);
}

#define SPLIT_NS(x) nsec_high(x), nsec_low(x)

typedef void (*sd_print_t)(void *arg, const char *fmt, ...);

/* What print_task shows of one task, copied with interrupts off */
struct sd_task {
	char comm[TASK_COMM_LEN];
	pid_t pid;
	bool curr;
	u64 vruntime, sum_exec_runtime;
	unsigned long switches;
	int prio;
};

/* The next runnable task by pid after @after, copied into @t; interrupts off */
static bool sd_next_task(struct rq *rq, pid_t after, struct sd_task *t)
{
	struct task_struct *p, *best = NULL;

	list_for_each_entry(p, &init_task.tasks, tasks)
		if (p->se.on_rq && p->pid > after && (!best || p->pid < best->pid))
			best = p;
	if (!best)
		return false;
	memcpy(t->comm, best->comm, TASK_COMM_LEN);
	t->pid = best->pid;
	t->curr = rq->curr == best;
	t->vruntime = best->se.vruntime;
	t->sum_exec_runtime = best->se.sum_exec_runtime;
	t->switches = best->nvcsw + best->nivcsw;
	t->prio = best->prio;
	return true;
}

static void print_rq(sd_print_t print, void *m, struct rq *rq)
{
	unsigned long flags;
	struct sd_task t;
	pid_t last = 0;
	bool found;

	SEQ_printf(m, "\nrunnable tasks:\n"
		      "            task   PID         tree-key  switches  prio"
		      "     exec-runtime         sum-exec        sum-sleep\n"
		      "------------------------------------------------------"
		      "----------------------------------------------------\n");
	for (;;) {
		local_irq_save(flags);
		found = sd_next_task(rq, last, &t);
		local_irq_restore(flags);
		if (!found)
			break;
		last = t.pid;
		SEQ_printf(m, "%s%15s %5d %9lld.%06ld %9lld %5d ", t.curr ? "R" : " ", t.comm,
			   t.pid, SPLIT_NS(t.vruntime), (long long)t.switches, t.prio);
		SEQ_printf(m, "%15lld %15lld %15lld.%06ld %15lld.%06ld %15lld.%06ld\n", 0LL, 0LL,
			   0LL, 0L, 0LL, 0L, 0LL, 0L);
	}
}

static void print_cfs_rq(sd_print_t print, void *m, int cpu, struct cfs_rq *cfs_rq)
{
	s64 MIN_vruntime = -1, min_vruntime, max_vruntime = -1, spread;
	struct sched_entity *last;
	unsigned long flags;

	SEQ_printf(m, "\ncfs_rq[%d]:\n", cpu);
	SEQ_printf(m, "  .%-30s: %lld.%06ld\n", "exec_clock", SPLIT_NS(cfs_rq->exec_clock));
	local_irq_save(flags);
	if (cfs_rq->rb_leftmost)
		MIN_vruntime = __pick_next_entity(cfs_rq)->vruntime;
	last = __pick_last_entity(cfs_rq);
	if (last)
		max_vruntime = last->vruntime;
	min_vruntime = cfs_rq->min_vruntime;
	local_irq_restore(flags);
	SEQ_printf(m, "  .%-30s: %lld.%06ld\n", "MIN_vruntime", SPLIT_NS(MIN_vruntime));
	SEQ_printf(m, "  .%-30s: %lld.%06ld\n", "min_vruntime", SPLIT_NS(min_vruntime));
	SEQ_printf(m, "  .%-30s: %lld.%06ld\n", "max_vruntime", SPLIT_NS(max_vruntime));
	spread = max_vruntime - MIN_vruntime;
	SEQ_printf(m, "  .%-30s: %lld.%06ld\n", "spread", SPLIT_NS(spread));
	SEQ_printf(m, "  .%-30s: %lld.%06ld\n", "spread0", SPLIT_NS(0LL));
	SEQ_printf(m, "  .%-30s: %ld\n", "nr_running", cfs_rq->nr_running);
	SEQ_printf(m, "  .%-30s: %ld\n", "load", cfs_rq->load.weight);
	SEQ_printf(m, "  .%-30s: %d\n", "nr_spread_over", (int)cfs_rq->nr_spread_over);
}

static void print_rt_rq(sd_print_t print, void *m, int cpu, struct rt_rq *rt_rq)
{
	SEQ_printf(m, "\nrt_rq[%d]:\n", cpu);
	SEQ_printf(m, "  .%-30s: %lld\n", "rt_nr_running", (long long)rt_rq->rt_nr_running);
	SEQ_printf(m, "  .%-30s: %lld\n", "rt_throttled", 0LL);
	SEQ_printf(m, "  .%-30s: %lld.%06ld\n", "rt_time", SPLIT_NS(rt_rq->rt_time));
	/* RUNTIME_INF: no throttling */
	SEQ_printf(m, "  .%-30s: %lld.%06ld\n", "rt_runtime", SPLIT_NS(-1LL));
}

static void print_cpu(sd_print_t print, void *m, int cpu)
{
	struct rq *rq = cpu_rq(cpu);
	unsigned int freq = cpu_khz ? cpu_khz : 1;

	SEQ_printf(m, "\ncpu#%d, %u.%03u MHz\n", cpu, freq / 1000, freq % 1000);
#define P(x) SEQ_printf(m, "  .%-30s: %lld\n", #x, (long long)(rq->x))
#define PN(x) SEQ_printf(m, "  .%-30s: %lld.%06ld\n", #x, SPLIT_NS(rq->x))
	P(nr_running);
	SEQ_printf(m, "  .%-30s: %lu\n", "load", rq->load.weight);
	P(nr_switches);
	SEQ_printf(m, "  .%-30s: %lld\n", "nr_load_updates", 0LL);
	P(nr_uninterruptible);
	SEQ_printf(m, "  .%-30s: %lld.%06ld\n", "next_balance", SPLIT_NS(0LL));
	P(curr->pid);
	PN(clock);
#undef P
#undef PN
	SEQ_printf(m, "  .%-30s: %lld\n", "cpu_load[0]", 0LL);
	SEQ_printf(m, "  .%-30s: %lld\n", "cpu_load[1]", 0LL);
	SEQ_printf(m, "  .%-30s: %lld\n", "cpu_load[2]", 0LL);
	SEQ_printf(m, "  .%-30s: %lld\n", "cpu_load[3]", 0LL);
	SEQ_printf(m, "  .%-30s: %lld\n", "cpu_load[4]", 0LL);
	print_cfs_rq(print, m, cpu, &rq->cfs);
	print_rt_rq(print, m, cpu, &rq->rt);
	print_rq(print, m, rq);
}

/**
 * sched_debug_show - print the scheduler's state as /proc/sched_debug does
 * @print: a printf-like function
 * @arg: passed to @print
 *
 * Context: process context; @print may sleep.
 */
void sched_debug_show(void (*print)(void *arg, const char *fmt, ...), void *arg)
{
	u64 now = sched_clock();
	void *m = arg;

	SEQ_printf(m, "Sched Debug Version: v0.09, 2.6.32-linnet #1\n");
	SEQ_printf(m, "now at %llu.%06ld msecs\n", (unsigned long long)nsec_high(now),
		   nsec_low(now));
#define P(x) SEQ_printf(m, "  .%-40s: %lld\n", #x, (long long)(x))
#define PN(x) SEQ_printf(m, "  .%-40s: %lld.%06ld\n", #x, SPLIT_NS(x))
	P(jiffies);
	PN(sysctl_sched_latency);
	PN(sysctl_sched_min_granularity);
	PN(sysctl_sched_wakeup_granularity);
	PN(sysctl_sched_child_runs_first);
	SEQ_printf(m, "  .%-40s: %lld\n", "sysctl_sched_features", 0LL);
#undef P
#undef PN
	print_cpu(print, m, 0);
	SEQ_printf(m, "\n");
}
