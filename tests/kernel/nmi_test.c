/*
 * nmi_test.c - the NMI path: its own stub, nmi_enter/nmi_exit, no preemption.
 *
 * `int $2` enters through the IDT gate of vector 2, exactly as the CPU
 * enters for a real NMI (QEMU's monitor command "nmi"), so the stub in
 * arch/x86/kernel/entry_32.asm, do_nmi and the return path all run. A die
 * notifier (register_die_notifier) looks at the preempt count from inside
 * the handler and claims the NMI, so no "Uhhuh" report is printed.
 */
#include <kunit/test.h>
#include <linux/errno.h>
#include <linux/hardirq.h>
#include <linux/interrupt.h>
#include <linux/kdebug.h>
#include <linux/sched.h>
#include <asm/traps.h>

#define raise_nmi() __asm__ __volatile__("int $2" : : : "memory")

static struct nmi_seen {
	unsigned int calls;
	unsigned long preempt_count;
	bool in_nmi, in_irq, in_interrupt;
	unsigned long val;
	int trapnr;
} seen;

static int nmi_test_notify(struct notifier_block *nb, unsigned long val, void *data)
{
	struct die_args *args = data;

	seen.calls++;
	seen.val = val;
	seen.trapnr = args->trapnr;
	seen.preempt_count = preempt_count();
	seen.in_nmi = in_nmi();
	seen.in_irq = in_irq();
	seen.in_interrupt = in_interrupt();
	return NOTIFY_STOP;
}

static struct notifier_block nmi_test_nb = { .notifier_call = nmi_test_notify };

static void nmi_context_test(struct kunit *test)
{
	unsigned long before_count = preempt_count();
	unsigned int before = nmi_count;

	seen = (struct nmi_seen){};
	KUNIT_ASSERT_EQ(test, register_die_notifier(&nmi_test_nb), 0);
	raise_nmi();
	unregister_die_notifier(&nmi_test_nb);
	KUNIT_EXPECT_EQ(test, seen.calls, 1U);
	KUNIT_EXPECT_EQ(test, seen.val, (unsigned long)DIE_NMI_IPI);
	KUNIT_EXPECT_EQ(test, seen.trapnr, 2);
	KUNIT_EXPECT_TRUE(test, seen.in_nmi);
	KUNIT_EXPECT_TRUE(test, seen.in_irq);
	KUNIT_EXPECT_TRUE(test, seen.in_interrupt);
	KUNIT_EXPECT_EQ(test, seen.preempt_count, before_count + NMI_OFFSET + HARDIRQ_OFFSET);
	KUNIT_EXPECT_EQ(test, nmi_count, before + 1);
	KUNIT_EXPECT_EQ(test, preempt_count(), before_count);
	KUNIT_EXPECT_FALSE(test, in_nmi());
}

/*
 * The interrupted code is preemptible (count 0, interrupts on) and
 * TIF_NEED_RESCHED is set: an ordinary interrupt would schedule on its
 * way out, which clears the flag. The NMI must not. `sti` lets no
 * interrupt in before the next instruction, so the NMI is the first
 * thing to arrive with IF set.
 */
static void nmi_no_preempt_test(struct kunit *test)
{
	bool still_set;

	KUNIT_ASSERT_EQ(test, preempt_count(), 0);
	KUNIT_ASSERT_EQ(test, register_die_notifier(&nmi_test_nb), 0);
	local_irq_disable();
	set_need_resched();
	__asm__ __volatile__("sti; int $2; cli" : : : "memory");
	still_set = test_thread_flag(TIF_NEED_RESCHED);
	local_irq_enable();
	unregister_die_notifier(&nmi_test_nb);
	preempt_disable();
	preempt_enable(); /* the reschedule we asked for happens here */
	KUNIT_EXPECT_TRUE(test, still_set);
}

static int notify_a(struct notifier_block *nb, unsigned long val, void *data)
{
	*(int *)data = *(int *)data * 10 + 1;
	return NOTIFY_OK;
}

static int notify_b(struct notifier_block *nb, unsigned long val, void *data)
{
	*(int *)data = *(int *)data * 10 + 2;
	return val ? NOTIFY_STOP : NOTIFY_DONE;
}

/* A chain runs by priority, highest first, and NOTIFY_STOP ends the walk. */
static void notifier_order_test(struct kunit *test)
{
	static ATOMIC_NOTIFIER_HEAD(chain);
	struct notifier_block a = { .notifier_call = notify_a, .priority = 1 };
	struct notifier_block b = { .notifier_call = notify_b, .priority = 2 };
	int trace = 0;

	KUNIT_EXPECT_EQ(test, atomic_notifier_call_chain(&chain, 0, &trace), NOTIFY_DONE);
	atomic_notifier_chain_register(&chain, &a);
	atomic_notifier_chain_register(&chain, &b);
	KUNIT_EXPECT_EQ(test, atomic_notifier_call_chain(&chain, 0, &trace), NOTIFY_OK);
	KUNIT_EXPECT_EQ(test, trace, 21);
	trace = 0;
	KUNIT_EXPECT_EQ(test, atomic_notifier_call_chain(&chain, 1, &trace), NOTIFY_STOP);
	KUNIT_EXPECT_EQ(test, trace, 2);
	KUNIT_EXPECT_EQ(test, atomic_notifier_chain_unregister(&chain, &b), 0);
	KUNIT_EXPECT_EQ(test, atomic_notifier_chain_unregister(&chain, &b), -ENOENT);
	atomic_notifier_chain_unregister(&chain, &a);
}

static struct kunit_case nmi_cases[] = { KUNIT_CASE(nmi_context_test),
					 KUNIT_CASE(nmi_no_preempt_test),
					 KUNIT_CASE(notifier_order_test),
					 {} };

static struct kunit_suite nmi_suite = {
	.name = "nmi",
	.test_cases = nmi_cases,
};
kunit_test_suite(nmi_suite);
