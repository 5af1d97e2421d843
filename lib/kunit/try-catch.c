/*
 * try-catch.c - ending a test case early: from an assertion or an oops.
 *
 * Linux's KUnit runs each case in a kernel thread; an assertion that
 * fails, or an oops, ends that thread and the runner carries on. Linnet
 * gets the same effect with a non-local jump: before the case runs, the
 * runner records its stack and registers (__builtin_setjmp); to end the
 * case from any depth, kunit_abort() jumps back there
 * (__builtin_longjmp), dropping every frame in between. Nothing the
 * dropped frames held is released, which is why a test must not abort
 * while holding a lock; the runner restores the interrupt flag and the
 * preempt count itself, so an oops inside a spinlock or an interrupt
 * handler does not leave the next case running in atomic context.
 *
 * The jump can only return to the stack it was taken on, so only a fault
 * in the task running the case ends the case. A thread the case started
 * that oopses is killed like any other task (arch/x86/kernel/dumpstack.c:oops_end)
 * and the case sees its thread gone. Linnet keeps the jump rather than
 * Linux's thread per case because it costs nothing, works before the
 * scheduler can run anything, and gives the same result for the faults a
 * case can make.
 */
#include <kunit/test.h>
#include <linux/irqflags.h>
#include <linux/kasan.h>
#include <linux/preempt.h>
#include <linux/sched.h>

static struct kunit *current_test;
static struct task_struct *current_test_task;

/**
 * kunit_try_run_case - run a case, catching assertions and faults
 * @test: the case's state; @test->try_catch is the jump buffer
 * @fn: the function to run
 *
 * Context: the test runner. The interrupt flag and the preempt count are
 * the same after as before.
 * Return: true if @fn returned normally, false if it was aborted.
 */
bool kunit_try_run_case(struct kunit *test, void (*fn)(struct kunit *))
{
	unsigned long flags;
	struct kunit *prev = current_test;
	struct task_struct *prev_task = current_test_task;
	int count = preempt_count();

	local_save_flags(flags);
	if (__builtin_setjmp(test->try_catch)) {
		/* the frames jumped over never cleared their KASAN red zones */
		kasan_unpoison_task_stack_below(__builtin_frame_address(0));
		current_test = prev;
		current_test_task = prev_task;
		preempt_count() = count;
		local_irq_restore(flags);
		return false;
	}
	current_test = test;
	current_test_task = current;
	fn(test);
	current_test = prev;
	current_test_task = prev_task;
	return true;
}

/**
 * kunit_get_current_test - the case the current task is running
 *
 * Context: any.
 * Return: the case's struct kunit, or NULL outside a case.
 */
struct kunit *kunit_get_current_test(void)
{
	return kunit_case_running() ? current_test : NULL;
}

/**
 * kunit_case_running - is the current task running a KUnit case?
 *
 * Context: any.
 * Return: true between the start and the end of a case, in the task
 * (and on the stack) that runs it.
 */
bool kunit_case_running(void)
{
	return current_test != NULL && current_test_task == current;
}

/**
 * kunit_abort - end the running case now
 * @test: the case
 *
 * Context: inside a case. Does not return.
 */
void kunit_abort(struct kunit *test)
{
	__builtin_longjmp(test->try_catch, 1);
}

/**
 * kunit_abort_fault - end the running case after an oops, marking it failed
 *
 * Context: the oops path, inside a case. Does not return.
 */
void kunit_abort_fault(void)
{
	struct kunit *test = current_test;

	test->status = KUNIT_FAILURE;
	test->faulted = true;
	kunit_abort(test);
}
