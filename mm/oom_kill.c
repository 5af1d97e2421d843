/*
 * oom_kill.c - the OOM killer: when no page can be had, kill a process.
 *
 * Linnet has no swap and nothing to reclaim, so when a page allocation
 * that may sleep fails, and a user process is what holds the memory,
 * the only way on is to end one. The page allocator's slow path
 * (mm/page_alloc.c:__alloc_pages_may_oom) and the page fault handler
 * (arch/x86/mm/fault.c, on VM_FAULT_OOM: pagefault_out_of_memory) call
 * out_of_memory(), which chooses the victim with 2.6.32's heuristic:
 *
 *   badness(p) = total_vm of p (its size in pages)
 *              + half the total_vm of each child with its own mm
 *              / sqrt(cpu time in units of 8 s)   (long-running work is worth keeping)
 *              / sqrt(sqrt(run time in ~17 min))   (so are old processes)
 *              * 2 if it is niced
 *              / 4 if it has CAP_SYS_ADMIN or CAP_SYS_RESOURCE (root does)
 *              / 4 if it has CAP_SYS_RAWIO (root does)
 *              << oom_adj (or >> -oom_adj); oom_adj -17 (OOM_DISABLE) means never
 *
 * select_bad_process() takes the highest score among the processes (not
 * kernel threads, not init), and oom_kill_process() prints
 *
 *   Out of memory: kill process 42 (hog) score 4113 or a child
 *   Killed process 42 (hog)
 *
 * kills a child with its own memory first if there is one, else the
 * process: SIGKILL, and TIF_MEMDIE so that its allocations on the way
 * out may dip below the watermarks (the reserves the min watermark
 * keeps). While a TIF_MEMDIE task is still dying, nobody else is chosen.
 *
 * Differences from 2.6.32: with no process to kill (a boot where only
 * kernel threads run, as the kernel's own tests that exhaust memory on
 * purpose do), 2.6.32 panics "Out of memory and no killable processes";
 * Linnet lets the allocation fail, as it did before it had an OOM killer.
 * Every score is divided by 16 (the two /4 rules), whatever the task's
 * credentials (capable() is not asked);
 * there are no cpusets, memory cgroups or OOM notifiers.
 * See docs/memory.md ("When memory runs out").
 */
#include <linux/oom.h>
#include <linux/mm.h>
#include <linux/mm_types.h>
#include <linux/err.h>
#include <linux/sched.h>
#include <linux/jiffies.h>
#include <linux/ktime.h>
#include <linux/math.h>
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/spinlock.h>
#include <linux/irqflags.h>

/* sysctl_panic_on_oom - panic instead of killing (vm.panic_on_oom; 0) */
int sysctl_panic_on_oom;
/* sysctl_oom_kill_allocating_task - kill the allocating task, not the worst (0) */
int sysctl_oom_kill_allocating_task;
/* sysctl_oom_dump_tasks - list every process's memory in the report (0) */
int sysctl_oom_dump_tasks;

/* Is @p init (the process every orphan goes to)? */
static bool is_global_init(struct task_struct *p)
{
	return p->tgid == 1;
}

/* The user and system ticks of @p's whole thread group; tasklist_lock held */
static unsigned long thread_group_ticks(struct task_struct *p)
{
	struct task_struct *leader = p->group_leader, *t;
	unsigned long ticks = leader->utime + leader->stime;

	list_for_each_entry(t, &leader->thread_group, thread_group)
		ticks += t->utime + t->stime;
	return ticks;
}

/**
 * badness - how good a choice for the OOM killer a task is
 * @p: the task
 * @uptime: seconds since boot (the monotonic clock)
 *
 * The score grows with the memory the task (and half of each child's)
 * would give back, and shrinks with the work it has done and how long it
 * has run, as the comment at the top of this file details.
 *
 * Context: any; tasklist_lock may be held.
 * Return: the score, 0 for a task without memory or with OOM_DISABLE.
 */
unsigned long badness(struct task_struct *p, unsigned long uptime)
{
	unsigned long points, cpu_time, run_time, flags;
	struct task_struct *child;
	struct mm_struct *mm;
	int oom_adj = p->signal->oom_adj;

	if (oom_adj == OOM_DISABLE)
		return 0;
	local_irq_save(flags); /* task_lock(p) in 2.6.32: p->mm stays */
	mm = (p->flags & PF_KTHREAD) ? NULL : p->mm;
	if (!mm) {
		local_irq_restore(flags);
		return 0;
	}
	/* The memory size of the process is the basis for the badness */
	points = mm->total_vm;
	/* Forking servers: half the size of each child that has its own mm */
	list_for_each_entry(child, &p->children, sibling)
		if (child->mm && child->mm != mm && !(child->flags & PF_KTHREAD))
			points += child->mm->total_vm / 2 + 1;
	cpu_time = thread_group_ticks(p) >> (SHIFT_HZ + 3);
	local_irq_restore(flags);

	run_time = uptime >= (unsigned long)p->start_time.tv_sec ?
			   (uptime - p->start_time.tv_sec) >> 10 :
			   0;
	if (cpu_time)
		points /= int_sqrt(cpu_time);
	if (run_time)
		points /= int_sqrt(int_sqrt(run_time));
	/* Niced processes are most likely less important */
	if (task_nice(p) > 0)
		points *= 2;
	/* Superuser processes (CAP_SYS_ADMIN/CAP_SYS_RESOURCE): every Linnet process */
	points /= 4;
	/* Direct hardware access (CAP_SYS_RAWIO): every Linnet process too */
	points /= 4;
	if (oom_adj) {
		if (oom_adj > 0) {
			if (!points)
				points = 1;
			points <<= oom_adj;
		} else {
			points >>= -oom_adj;
		}
	}
	return points;
}

/* Is @p already dying with the reserves at hand? */
static bool task_memdie(struct task_struct *p)
{
	return test_ti_thread_flag(task_thread_info(p), TIF_MEMDIE);
}

/*
 * The process with the highest score, NULL if there is none, or
 * ERR_PTR(-1UL) if one chosen earlier is still dying (wait for it rather
 * than kill another). tasklist_lock held.
 */
static struct task_struct *select_bad_process(unsigned long *ppoints)
{
	struct task_struct *p, *chosen = NULL;
	struct timespec uptime;

	*ppoints = 0;
	ktime_get_ts(&uptime);
	list_for_each_entry(p, &init_task.tasks, tasks) {
		unsigned long points;

		/* kernel threads, and tasks that have let go of their mm */
		if (!p->mm || (p->flags & PF_KTHREAD))
			continue;
		if (is_global_init(p))
			continue;
		if (task_memdie(p))
			return ERR_PTR(-1UL);
		/*
		 * A task on its way out frees memory soon: wait for it, unless
		 * it is us (then let us have the reserves to finish exiting).
		 */
		if (p->flags & PF_EXITING) {
			if (p != current)
				return ERR_PTR(-1UL);
			chosen = p;
			*ppoints = ULONG_MAX;
		}
		if (p->signal->oom_adj == OOM_DISABLE)
			continue;
		points = badness(p, uptime.tv_sec);
		if (points > *ppoints || !chosen) {
			chosen = p;
			*ppoints = points;
		}
	}
	return chosen;
}

/* The sysctl_oom_dump_tasks table; tasklist_lock held */
static void dump_tasks(void)
{
	struct task_struct *p;

	printk(KERN_INFO "[ pid ]   uid  tgid total_vm      rss cpu oom_adj name\n");
	list_for_each_entry(p, &init_task.tasks, tasks) {
		if (p->group_leader != p || !p->mm || (p->flags & PF_KTHREAD))
			continue;
		printk(KERN_INFO "[%5d] %5d %5d %8lu %8lu %3d     %3d %s\n", p->pid, 0, p->tgid,
		       p->mm->total_vm, 0UL, 0, p->signal->oom_adj, p->comm);
	}
}

/* SIGKILL, and the reserves to die with */
static void __oom_kill_task(struct task_struct *p, int verbose)
{
	if (is_global_init(p)) {
		WARN_ON(1);
		printk(KERN_WARNING "tried to kill init!\n");
		return;
	}
	if (!p->mm) {
		WARN_ON(1);
		printk(KERN_WARNING "tried to kill an mm-less task!\n");
		return;
	}
	if (verbose)
		printk(KERN_ERR "Killed process %d (%s)\n", p->pid, p->comm);
	p->rt.time_slice = HZ;
	set_ti_thread_flag(task_thread_info(p), TIF_MEMDIE);
	force_sig(SIGKILL, p);
}

static int oom_kill_task(struct task_struct *p)
{
	if (!p->mm || (p->flags & PF_KTHREAD) || p->signal->oom_adj == OOM_DISABLE)
		return 1;
	__oom_kill_task(p, 1);
	return 0;
}

/* Report, then kill a child of @p with its own memory, else @p. 0: someone was killed */
static int oom_kill_process(struct task_struct *p, gfp_t gfp_mask, int order, unsigned long points,
			    const char *message)
{
	struct task_struct *c;

	printk(KERN_WARNING "%s invoked oom-killer: gfp_mask=0x%x, order=%d, oom_adj=%d\n",
	       current->comm, gfp_mask, order, current->signal->oom_adj);
	dump_stack();
	show_mem();
	if (sysctl_oom_dump_tasks)
		dump_tasks();
	/* Already exiting: no need to alarm anyone, just let it die quickly */
	if (p->flags & PF_EXITING) {
		__oom_kill_task(p, 0);
		return 0;
	}
	printk(KERN_ERR "%s: kill process %d (%s) score %li or a child\n", message, p->pid, p->comm,
	       points);
	list_for_each_entry(c, &p->children, sibling) {
		if (c->mm == p->mm)
			continue;
		if (!oom_kill_task(c))
			return 0;
	}
	return oom_kill_task(p);
}

/*
 * Choose and kill; tasklist_lock held. Returns 1 if there was nobody to
 * kill (2.6.32 panics there), 0 otherwise.
 */
static int __out_of_memory(gfp_t gfp_mask, int order)
{
	struct task_struct *p;
	unsigned long points;

	if (sysctl_oom_kill_allocating_task && current->mm && !(current->flags & PF_KTHREAD) &&
	    !oom_kill_process(current, gfp_mask, order, 0,
			      "Out of memory (oom_kill_allocating_task)"))
		return 0;
	for (;;) {
		p = select_bad_process(&points);
		if (PTR_ERR(p) == -1L)
			return 0;
		if (!p)
			return 1;
		if (!oom_kill_process(p, gfp_mask, order, points, "Out of memory"))
			return 0;
	}
}

/**
 * out_of_memory - kill the "best" process when memory runs out
 * @zonelist: the zones the failing allocation could use (unused: one node)
 * @gfp_mask: its flags
 * @order: its order
 *
 * Context: process context (an allocation that may sleep); takes
 * tasklist_lock with interrupts off.
 * Return: 0 if a process was killed (or one is still dying), so the
 * caller should wait a little and retry; -ENOMEM if there is no process
 * to kill.
 */
int out_of_memory(struct zonelist *zonelist, gfp_t gfp_mask, int order)
{
	unsigned long flags;
	int none;

	if (sysctl_panic_on_oom == 2)
		panic("out of memory. Compulsory panic_on_oom is selected.\n");
	if (sysctl_panic_on_oom)
		panic("out of memory. panic_on_oom is selected\n");
	spin_lock_irqsave(&tasklist_lock, flags);
	none = __out_of_memory(gfp_mask, order);
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return none ? -ENOMEM : 0;
}

/**
 * pagefault_out_of_memory - a page fault found no page: kill someone
 *
 * The fault handler does not know the allocation that failed, so the
 * choice is made as for any allocation; then the caller returns to user
 * mode and retries the fault, or dies of the SIGKILL.
 *
 * Context: process context, from the page fault handler (VM_FAULT_OOM).
 */
void pagefault_out_of_memory(void)
{
	unsigned long flags;
	int none;

	if (sysctl_panic_on_oom)
		panic("out of memory from page fault. panic_on_oom is selected.\n");
	spin_lock_irqsave(&tasklist_lock, flags);
	none = __out_of_memory(0, 0);
	spin_unlock_irqrestore(&tasklist_lock, flags);
	/* Nobody to kill (not even us): the faulting process gets SIGKILL, as before */
	if (none)
		force_sig(SIGKILL, current);
	/* Give the victim a chance to die before the fault is retried */
	if (!task_memdie(current))
		schedule_timeout_uninterruptible(1);
}
