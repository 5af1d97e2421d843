/*
 * mm_race_env.c - where a second task may run, for the host race tests.
 *
 * Linnet runs on one CPU with kernel preemption. Another task can run in
 * the middle of a kernel function only at two kinds of place:
 *
 *   - a preemption point: preempt_enable() bringing the count to 0 with
 *     TIF_NEED_RESCHED set (it calls preempt_schedule()), or an interrupt
 *     arriving while the count is 0 and interrupts are on;
 *   - a sleep: mutex_lock() of a mutex another task holds.
 *
 * tests/host/mm_race_test.c gets a race by starting a racer task
 * (race_start) and setting TIF_NEED_RESCHED: the racer then runs at the
 * test task's next preemption point, until it finishes or sleeps. This
 * file makes those places real in the host build of the kernel:
 *
 *   preempt_schedule()  the kernel's own call from preempt_enable();
 *   alloc_pages()       wrapped (--wrap): an interrupt just after the
 *                       allocation returns may preempt, if the count
 *                       is 0 and interrupts are on, as on the machine
 *                       (this is the window of pte_alloc_kernel());
 *   mutex_lock()        sleeps (gives the CPU to the other task) while
 *                       the mutex is held; mutex_unlock() is where the
 *                       woken waiter may preempt the task that woke it.
 *
 * No task switch happens with a spinlock held or interrupts off, just as
 * on the machine, so the interleavings tried are ones Linnet can have.
 * flush_tlb_kernel_range() records each flush, so a test can ask whether
 * a range had been flushed before it was handed out again. Also here:
 * swapper_pg_dir, init_mm and the page-fault hook vmalloc.c sets.
 * The hand-over itself is tests/host/mm_race_sched.c.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/mutex.h>
#include <linux/sched.h>
#include <linux/irqflags.h>
#include <asm/pgtable.h>
#include "mm_race_env.h"

pgd_t swapper_pg_dir[PTRS_PER_PGD] __aligned(PAGE_SIZE);
struct mm_struct init_mm;
void (*page_fault_notify)(unsigned long address);

/* tests/host/mm_race_sched.c */
void host_task_spawn(void (*fn)(void *), void *arg);
int host_task_switch(void);
int host_task_current(void);
int host_task_racer_done(void);

#define MAX_FLUSHES 64
static struct {
	unsigned long start, end;
} flushes[MAX_FLUSHES];
static int nr_flushes;

/**
 * race_start - start a racer; it runs at the test task's next preemption point
 * @fn: the racer's work
 * @arg: its argument
 *
 * Context: the test task.
 */
void race_start(void (*fn)(void *), void *arg)
{
	nr_flushes = 0;
	host_task_spawn(fn, arg);
	set_thread_flag(TIF_NEED_RESCHED);
}

/**
 * race_finish - let the racer run to its end if it has not
 *
 * Context: the test task, at a point where it could sleep.
 */
void race_finish(void)
{
	int n = 0;

	while (!host_task_racer_done()) {
		if (++n > 1000) {
			printk(KERN_EMERG "BUG: the racer never finishes (deadlock)\n");
			BUG();
		}
		host_task_switch();
	}
	clear_thread_flag(TIF_NEED_RESCHED);
}

/**
 * race_in_racer - is the racer the running task?
 *
 * Context: either task.
 * Return: true in the racer.
 */
bool race_in_racer(void)
{
	return host_task_current() == 1;
}

/* A place where the test task may be preempted: run the racer if one is due */
static void preemption_point(void)
{
	if (race_in_racer() || !test_thread_flag(TIF_NEED_RESCHED))
		return;
	if (preempt_count() || irqs_disabled())
		return;
	if (host_task_racer_done()) {
		clear_thread_flag(TIF_NEED_RESCHED);
		return;
	}
	host_task_switch();
	if (host_task_racer_done())
		clear_thread_flag(TIF_NEED_RESCHED);
}

/* preempt_enable() calls this when the count reaches 0 with TIF_NEED_RESCHED set */
void preempt_schedule(void)
{
	preemption_point();
}

struct page *__real_alloc_pages(gfp_t gfp_mask, unsigned int order);
struct page *__wrap_alloc_pages(gfp_t gfp_mask, unsigned int order);

/* An interrupt right after the allocation may preempt (if preemption is possible) */
struct page *__wrap_alloc_pages(gfp_t gfp_mask, unsigned int order)
{
	struct page *page;

	if (host_fail_pages)
		return NULL;
	page = __real_alloc_pages(gfp_mask, order);
	preemption_point();
	return page;
}

/* Which task holds each mutex taken so far (the kernel's owner field is a task_struct) */
static struct {
	struct mutex *lock;
	int task;
} owners[16];

static int *owner_of(struct mutex *lock)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(owners); i++) {
		if (owners[i].lock == lock)
			return &owners[i].task;
		if (!owners[i].lock) {
			owners[i].lock = lock;
			owners[i].task = -1;
			return &owners[i].task;
		}
	}
	BUG();
}

/* While the mutex is held, the caller sleeps: the other task runs */
void mutex_lock(struct mutex *lock)
{
	int *owner = owner_of(lock), n = 0;

	might_sleep();
	while (atomic_read(&lock->count) != 1) {
		if (*owner == host_task_current()) {
			printk(KERN_EMERG "BUG: mutex %s taken twice\n", lock->name);
			BUG();
		}
		if (++n > 1000 || !host_task_switch()) {
			printk(KERN_EMERG "BUG: mutex %s is never released (deadlock)\n",
			       lock->name);
			BUG();
		}
	}
	atomic_set(&lock->count, 0);
	*owner = host_task_current();
}

/* A waiter the unlock wakes may preempt the task that unlocked */
void mutex_unlock(struct mutex *lock)
{
	*owner_of(lock) = -1;
	atomic_set(&lock->count, 1);
	preemption_point();
}

int mutex_trylock(struct mutex *lock)
{
	if (atomic_read(&lock->count) != 1)
		return 0;
	atomic_set(&lock->count, 0);
	*owner_of(lock) = host_task_current();
	return 1;
}

/* No TLB on the host: remember what was flushed */
void flush_tlb_kernel_range(unsigned long start, unsigned long end)
{
	if (nr_flushes < MAX_FLUSHES) {
		flushes[nr_flushes].start = start;
		flushes[nr_flushes].end = end;
		nr_flushes++;
	}
}

void flush_tlb_all(void)
{
	flush_tlb_kernel_range(0, ~0UL);
}

/**
 * race_range_flushed - was [@start, @end) flushed from the TLB since race_start()?
 * @start: first address
 * @end: the address after the last
 *
 * Context: either task.
 * Return: true if one flush covered the whole range.
 */
bool race_range_flushed(unsigned long start, unsigned long end)
{
	int i;

	for (i = 0; i < nr_flushes; i++)
		if (flushes[i].start <= start && flushes[i].end >= end)
			return true;
	return false;
}
