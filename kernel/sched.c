/*
 * sched.c - the scheduler: which task runs, and switching to it.
 *
 * Linnet's scheduler is round-robin over one run queue, the way a first
 * scheduler should be read before Linux's CFS. Every runnable task
 * (TASK_RUNNING) is on the queue, the running one included; the task at
 * the head runs next, and a task that gives up the CPU while still
 * runnable goes to the tail:
 *
 *   runqueue: [ A ] -> [ B ] -> [ C ]        idle (pid 0) runs only
 *               ^ runs; when its slice ends   when the queue is empty
 *                 or it yields, it moves
 *                 behind C
 *
 * The tick (scheduler_tick, called from the timer interrupt) counts down
 * the running task's time slice and, at zero, sets TIF_NEED_RESCHED. The
 * flag is acted on at the next preemption point: on the way out of the
 * interrupt (arch/x86/kernel/entry_32.asm, if preempt_count is 0), at
 * preempt_enable(), or at cond_resched(). A task that sleeps sets its
 * state and calls schedule(), which takes it off the queue; a wake-up
 * (try_to_wake_up) puts it back at the tail.
 *
 * The context switch itself is <asm/switch_to.h>. schedule() refuses
 * nothing, but reports a call in atomic context ("BUG: scheduling while
 * atomic"), as Linux does, because the task would sleep holding a lock
 * or inside an interrupt. See docs/sched.md.
 */
#include <linux/module.h>
#include <linux/sched.h>
#include <linux/kernel.h>
#include <linux/kallsyms.h>
#include <linux/string.h>
#include <linux/irqflags.h>
#include <asm/switch_to.h>
#include <asm/mmu_context.h>

/* 100 ms, as Linux 2.6's O(1) scheduler gave a task of nice 0 */
#define DEF_TIMESLICE ((100 * HZ / 1000) ? (100 * HZ / 1000) : 1)

/**
 * init_task - the boot context: pid 0, "swapper", later the idle task
 *
 * Its stack is the boot stack, init_thread_union (boot/head.asm).
 */
struct task_struct init_task = {
	.state = TASK_RUNNING,
	.stack = &init_thread_union,
	.usage = ATOMIC_INIT(2),
	.flags = PF_KTHREAD,
	.run_list = LIST_HEAD_INIT(init_task.run_list),
	.tasks = LIST_HEAD_INIT(init_task.tasks),
	.time_slice = DEF_TIMESLICE,
	.pid = 0,
	.comm = "swapper",
	.active_mm = &init_mm,
};

static LIST_HEAD(runqueue);
static unsigned int rq_nr_running;
static unsigned long long nr_switches;

extern char __sched_text_start[], __sched_text_end[];

/**
 * sched_init - make the boot context the idle task
 *
 * From here on `current` works: the boot stack's thread_info points at
 * init_task.
 *
 * Context: boot, interrupts off, before anything uses current.
 */
void sched_init(void)
{
	init_thread_union.thread_info.task = &init_task;
}

static void enqueue_task(struct task_struct *p)
{
	list_add_tail(&p->run_list, &runqueue);
	p->on_rq = true;
	rq_nr_running++;
}

static void dequeue_task(struct task_struct *p)
{
	list_del_init(&p->run_list);
	p->on_rq = false;
	rq_nr_running--;
}

/**
 * nr_running - how many tasks are runnable (the idle task not counted)
 *
 * Context: any.
 * Return: the length of the run queue.
 */
int nr_running(void)
{
	return rq_nr_running;
}

/**
 * try_to_wake_up - make a sleeping task runnable
 * @p: the task
 * @state: the sleep states that may be ended (TASK_NORMAL, TASK_INTERRUPTIBLE...)
 * @wake_flags: unused on a uniprocessor
 *
 * If @p's state is in @state, it becomes TASK_RUNNING and joins the tail
 * of the run queue. A task that had set its state but not yet called
 * schedule() is still on the queue: it is only marked running, and its
 * schedule() returns at once. If the CPU is idle, the idle task is told
 * to reschedule.
 *
 * Context: any, including hard interrupt handlers. Does not sleep.
 * Return: 1 if @p was woken, 0 if it was not in one of @state.
 */
int try_to_wake_up(struct task_struct *p, unsigned int state, int wake_flags)
{
	unsigned long flags;
	int success = 0;

	local_irq_save(flags);
	if (p->state & state) {
		p->state = TASK_RUNNING;
		if (!p->on_rq && p != &init_task)
			enqueue_task(p);
		if (current == &init_task)
			set_tsk_need_resched(current);
		success = 1;
	}
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
 * wake_up_new_task - put a task that was just created on the run queue
 * @p: the new task (from copy_process(), never run)
 *
 * Context: process context.
 */
void wake_up_new_task(struct task_struct *p)
{
	unsigned long flags;

	local_irq_save(flags);
	p->state = TASK_RUNNING;
	enqueue_task(p);
	if (current == &init_task)
		set_tsk_need_resched(current);
	local_irq_restore(flags);
}

/**
 * scheduler_tick - account a tick to the running task; end its slice
 *
 * Called from the timer interrupt HZ times a second. The running task is
 * charged one jiffy of run time; when its time slice is used up it gets
 * a fresh one and TIF_NEED_RESCHED, so it is preempted on the way out of
 * the interrupt and goes to the back of the queue. The idle task asks
 * for a reschedule as soon as anything is runnable.
 *
 * Context: hard interrupt.
 */
void scheduler_tick(void)
{
	struct task_struct *p = current;

	p->stime++;
	if (p == &init_task) {
		if (rq_nr_running)
			set_tsk_need_resched(p);
		return;
	}
	if (--p->time_slice <= 0) {
		p->time_slice = DEF_TIMESLICE;
		set_tsk_need_resched(p);
	}
}

static noinline void __schedule_bug(struct task_struct *prev)
{
	printk(KERN_ERR "BUG: scheduling while atomic: %s/%d/0x%08x\n", prev->comm, prev->pid,
	       preempt_count());
	dump_stack();
}

/*
 * The task leaving the CPU: if it went to sleep (and was not preempted
 * on its way there), it leaves the queue, unless a signal is already
 * pending for an interruptible sleep; if it is still runnable, it goes
 * to the tail: round-robin.
 */
static void put_prev_task(struct task_struct *prev)
{
	if (prev == &init_task)
		return;
	if (prev->state && !(preempt_count() & PREEMPT_ACTIVE)) {
		if (signal_pending_state(prev->state, prev))
			prev->state = TASK_RUNNING;
		else
			dequeue_task(prev);
	}
	if (prev->on_rq)
		list_move_tail(&prev->run_list, &runqueue);
}

static struct task_struct *pick_next_task(void)
{
	if (list_empty(&runqueue))
		return &init_task;
	/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
	return list_first_entry(&runqueue, struct task_struct, run_list);
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

static void account_switch(struct task_struct *prev)
{
	nr_switches++;
	if (preempt_count() & PREEMPT_ACTIVE)
		prev->nivcsw++;
	else
		prev->nvcsw++;
}

static void __sched __schedule(void)
{
	struct task_struct *prev = current, *next, *last;

	if (unlikely((preempt_count() & ~PREEMPT_ACTIVE) != 1 && prev->state != TASK_DEAD))
		__schedule_bug(prev);
	local_irq_disable();
	clear_tsk_need_resched(prev);
	put_prev_task(prev);
	next = pick_next_task();
	if (likely(prev != next)) {
		account_switch(prev);
		switch_mm(prev->active_mm, next->active_mm, next);
		switch_to(prev, next, last);
		finish_task_switch(last);
	}
	local_irq_enable();
}

/**
 * schedule - give the CPU to the next task on the run queue
 *
 * If the caller set its state to a sleeping one first, it leaves the
 * run queue and runs again only once woken; if it is still
 * TASK_RUNNING, it goes to the back of the queue. Returns when the
 * caller is chosen again.
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
 * TIF_NEED_RESCHED set: the tick ended its slice, or an interrupt woke
 * a task while the CPU was idle.
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
 * yield - let every other runnable task run before this one again
 *
 * Context: process context; the caller stays runnable.
 */
void __sched yield(void)
{
	set_current_state(TASK_RUNNING);
	schedule();
}
EXPORT_SYMBOL(yield);

/**
 * _cond_resched - reschedule if the tick asked for it (cond_resched())
 *
 * A long loop in a kernel thread calls cond_resched() to offer a
 * preemption point where preemption is otherwise off.
 *
 * Context: process context, not atomic.
 * Return: 1 if it rescheduled, else 0.
 */
int __sched _cond_resched(void)
{
	if (need_resched() && !preempt_count()) {
		add_preempt_count(PREEMPT_ACTIVE);
		schedule();
		sub_preempt_count(PREEMPT_ACTIVE);
		return 1;
	}
	return 0;
}
EXPORT_SYMBOL(_cond_resched);

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
	return current == &init_task && !rq_nr_running;
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
	return nr_switches;
}
