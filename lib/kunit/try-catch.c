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
 */
#include <kunit/test.h>
#include <linux/irqflags.h>
#include <linux/preempt.h>

static struct kunit *current_test;

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
	int count = preempt_count();

	local_save_flags(flags);
	if (__builtin_setjmp(test->try_catch)) {
		current_test = prev;
		preempt_count() = count;
		local_irq_restore(flags);
		return false;
	}
	current_test = test;
	fn(test);
	current_test = prev;
	return true;
}

/**
 * kunit_case_running - is a KUnit case running now?
 *
 * Context: any.
 * Return: true between the start and the end of a case.
 */
bool kunit_case_running(void)
{
	return current_test != NULL;
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
