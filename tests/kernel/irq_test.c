/*
 * irq_test.c - the IRQ core and the 8259A: sharing, errors, nesting,
 * the nobody-cared rule and spurious IRQ7/IRQ15.
 *
 * Interrupts are entered through the real path - IDT gate, entry stub,
 * do_IRQ, the XT-PIC flow - with a software `int $0x20+n` on a line no
 * QEMU device uses (IRQ5). The 8259A never saw such an interrupt, so its
 * in-service register is clear, which is exactly what a spurious IRQ7
 * looks like: injecting vector 0x27 exercises the spurious check for
 * real. 100,000 injected interrupts take about 0.2 s under QEMU.
 */
#include <kunit/test.h>
#include <linux/errno.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/jiffies.h>
#include <linux/init.h>
#include <linux/string.h>
#include <asm/i8259.h>

#define TEST_IRQ 5
#define TEST_IRQ2 3 /* COM2's line: QEMU has no second serial port */
#define inject(vector) __asm__ __volatile__("int %0" : : "i"(vector) : "memory")
#define inject_test_irq() inject(IRQ0_VECTOR + TEST_IRQ)

struct dev {
	unsigned int calls;
	irqreturn_t answer;
	int preempt_count;
	bool irqs_off;
};

static struct dev dev_a, dev_b;

static irqreturn_t test_handler(int irq, void *dev_id)
{
	struct dev *d = dev_id;

	d->calls++;
	d->preempt_count = preempt_count();
	d->irqs_off = irqs_disabled();
	return d->answer;
}

/* Halt through @n timer ticks (interrupts on) */
static void wait_ticks(unsigned long n)
{
	unsigned long end = jiffies + n;

	while (time_before(jiffies, end))
		__asm__ __volatile__("hlt");
}

static void reset_devs(irqreturn_t a, irqreturn_t b)
{
	dev_a = (struct dev){ .answer = a };
	dev_b = (struct dev){ .answer = b };
}

static void irq_request_errors_test(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, request_irq(NR_IRQS, test_handler, 0, "t", &dev_a), -EINVAL);
	KUNIT_EXPECT_EQ(test, request_irq(TEST_IRQ, NULL, 0, "t", &dev_a), -EINVAL);
	KUNIT_EXPECT_EQ(test, request_irq(TEST_IRQ, test_handler, IRQF_SHARED, "t", NULL), -EINVAL);
	/* the timer is not shared */
	KUNIT_EXPECT_EQ(test, request_irq(0, test_handler, IRQF_SHARED, "t", &dev_a), -EBUSY);
	KUNIT_ASSERT_EQ(test, request_irq(TEST_IRQ, test_handler, 0, "a", &dev_a), 0);
	KUNIT_EXPECT_EQ(test, request_irq(TEST_IRQ, test_handler, 0, "b", &dev_b), -EBUSY);
	KUNIT_EXPECT_EQ(test, request_irq(TEST_IRQ, test_handler, IRQF_SHARED, "b", &dev_b),
			-EBUSY);
	free_irq(TEST_IRQ, &dev_a);
	KUNIT_EXPECT_NULL(test, irq_desc[TEST_IRQ].action);
}

static void irq_handler_context_test(struct kunit *test)
{
	unsigned int before = kstat_irqs(TEST_IRQ);

	reset_devs(IRQ_HANDLED, IRQ_HANDLED);
	KUNIT_ASSERT_EQ(test, request_irq(TEST_IRQ, test_handler, 0, "a", &dev_a), 0);
	KUNIT_EXPECT_FALSE(test, cached_irq_mask & (1 << TEST_IRQ));
	inject_test_irq();
	KUNIT_EXPECT_EQ(test, dev_a.calls, 1U);
	KUNIT_EXPECT_TRUE(test, dev_a.irqs_off);
	KUNIT_EXPECT_EQ(test, dev_a.preempt_count & HARDIRQ_MASK, (int)HARDIRQ_OFFSET);
	KUNIT_EXPECT_EQ(test, kstat_irqs(TEST_IRQ), before + 1);
	KUNIT_EXPECT_FALSE(test, in_irq());
	free_irq(TEST_IRQ, &dev_a);
	KUNIT_EXPECT_TRUE(test, cached_irq_mask & (1 << TEST_IRQ));
}

static void irq_shared_test(struct kunit *test)
{
	struct irq_desc *desc = &irq_desc[TEST_IRQ];

	reset_devs(IRQ_NONE, IRQ_HANDLED);
	KUNIT_ASSERT_EQ(test, request_irq(TEST_IRQ, test_handler, IRQF_SHARED, "a", &dev_a), 0);
	KUNIT_ASSERT_EQ(test, request_irq(TEST_IRQ, test_handler, IRQF_SHARED, "b", &dev_b), 0);
	inject_test_irq();
	KUNIT_EXPECT_EQ(test, dev_a.calls, 1U);
	KUNIT_EXPECT_EQ(test, dev_b.calls, 1U);
	KUNIT_EXPECT_EQ(test, desc->irqs_unhandled, 0U);

	dev_b.answer = IRQ_NONE;
	inject_test_irq();
	inject_test_irq();
	KUNIT_EXPECT_EQ(test, dev_a.calls, 3U);
	KUNIT_EXPECT_EQ(test, dev_b.calls, 3U);
	KUNIT_EXPECT_EQ(test, desc->irqs_unhandled, 2U);

	free_irq(TEST_IRQ, &dev_a); /* by dev_id: b stays */
	inject_test_irq();
	KUNIT_EXPECT_EQ(test, dev_a.calls, 3U);
	KUNIT_EXPECT_EQ(test, dev_b.calls, 4U);
	free_irq(TEST_IRQ, &dev_b);
	inject_test_irq(); /* masked, no handler: counted as spurious, nobody called */
	KUNIT_EXPECT_EQ(test, dev_b.calls, 4U);
}

static void irq_disable_nests_test(struct kunit *test)
{
	struct irq_desc *desc = &irq_desc[TEST_IRQ];
	unsigned int err;

	reset_devs(IRQ_HANDLED, IRQ_HANDLED);
	KUNIT_ASSERT_EQ(test, request_irq(TEST_IRQ, test_handler, 0, "a", &dev_a), 0);
	disable_irq(TEST_IRQ);
	disable_irq_nosync(TEST_IRQ);
	KUNIT_EXPECT_EQ(test, desc->depth, 2U);
	enable_irq(TEST_IRQ);
	KUNIT_EXPECT_TRUE(test, desc->status & IRQ_DISABLED);
	KUNIT_EXPECT_TRUE(test, cached_irq_mask & (1 << TEST_IRQ));
	err = atomic_read(&irq_err_count);
	inject_test_irq();
	KUNIT_EXPECT_EQ(test, dev_a.calls, 0U);
	KUNIT_EXPECT_EQ(test, (unsigned int)atomic_read(&irq_err_count), err + 1);
	enable_irq(TEST_IRQ);
	KUNIT_EXPECT_EQ(test, desc->depth, 0U);
	KUNIT_EXPECT_FALSE(test, cached_irq_mask & (1 << TEST_IRQ));
	inject_test_irq();
	KUNIT_EXPECT_EQ(test, dev_a.calls, 1U);
	enable_irq(TEST_IRQ); /* unbalanced: a warning, depth stays 0 */
	KUNIT_EXPECT_EQ(test, desc->depth, 0U);
	free_irq(TEST_IRQ, &dev_a);
	free_irq(TEST_IRQ, &dev_a); /* a warning: already free */
}

/*
 * The race disable_irq() cannot close: the chip raised the interrupt just
 * before the mask took effect. Simulate it by unmasking the disabled line
 * at the chip and injecting. As in Linux 2.6.32's handle_level_irq, the
 * interrupt is counted, the line is masked again, no handler runs and
 * nothing is replayed when enable_irq() opens the line: a real device
 * still asserting its line would be delivered again from the 8259A's IRR.
 */
static void irq_disabled_is_not_replayed_test(struct kunit *test)
{
	unsigned int before = kstat_irqs(TEST_IRQ);

	reset_devs(IRQ_HANDLED, IRQ_HANDLED);
	KUNIT_ASSERT_EQ(test, request_irq(TEST_IRQ, test_handler, 0, "a", &dev_a), 0);
	disable_irq(TEST_IRQ);
	irq_desc[TEST_IRQ].chip->unmask(TEST_IRQ);
	inject_test_irq();
	KUNIT_EXPECT_EQ(test, dev_a.calls, 0U);
	KUNIT_EXPECT_EQ(test, kstat_irqs(TEST_IRQ), before + 1);
	KUNIT_EXPECT_TRUE(test, cached_irq_mask & (1 << TEST_IRQ)); /* masked again */
	local_bh_disable();
	enable_irq(TEST_IRQ);
	local_bh_enable(); /* any softirq or tasklet would run here */
	KUNIT_EXPECT_EQ(test, dev_a.calls, 0U);
	KUNIT_EXPECT_FALSE(test, cached_irq_mask & (1 << TEST_IRQ));
	inject_test_irq();
	KUNIT_EXPECT_EQ(test, dev_a.calls, 1U);
	free_irq(TEST_IRQ, &dev_a);
}

static void irq_nobody_cared_test(struct kunit *test)
{
	struct irq_desc *desc = &irq_desc[TEST_IRQ];
	unsigned int i;

	reset_devs(IRQ_NONE, IRQ_NONE);
	KUNIT_ASSERT_EQ(test, request_irq(TEST_IRQ, test_handler, IRQF_SHARED, "a", &dev_a), 0);
	KUNIT_ASSERT_EQ(test, request_irq(TEST_IRQ, test_handler, IRQF_SHARED, "b", &dev_b), 0);
	for (i = 0; i < 99999; i++)
		inject_test_irq();
	KUNIT_EXPECT_FALSE(test, desc->status & IRQ_DISABLED);
	KUNIT_EXPECT_EQ(test, desc->irqs_unhandled, 99999U);
	inject_test_irq(); /* the 100,000th: the line is switched off */
	KUNIT_EXPECT_TRUE(test, desc->status & IRQ_DISABLED);
	KUNIT_EXPECT_TRUE(test, desc->status & IRQ_SPURIOUS_DISABLED);
	KUNIT_EXPECT_EQ(test, desc->depth, 1U);
	KUNIT_EXPECT_TRUE(test, cached_irq_mask & (1 << TEST_IRQ));
	inject_test_irq();
	KUNIT_EXPECT_EQ(test, dev_a.calls, 100000U);
	KUNIT_EXPECT_EQ(test, dev_b.calls, 100000U);
	/* the switched-off line's shared handlers are polled every HZ/10 */
	wait_ticks(HZ / 10 + 2);
	KUNIT_EXPECT_GT(test, dev_a.calls, 100000U);
	KUNIT_EXPECT_GT(test, dev_b.calls, 100000U);
	KUNIT_EXPECT_TRUE(test, desc->status & IRQ_DISABLED);
	free_irq(TEST_IRQ, &dev_a);
	free_irq(TEST_IRQ, &dev_b);
}

/* Is @word one of the command line's words (boot options such as irqpoll)? */
static bool cmdline_has(const char *word)
{
	const char *p = boot_command_line;
	size_t n = strlen(word);

	while ((p = strstr(p, word))) {
		if ((p == boot_command_line || p[-1] == ' ') && (p[n] == ' ' || !p[n]))
			return true;
		p += n;
	}
	return false;
}

/*
 * Misrouted interrupts (2.6.32's irqfixup and irqpoll). A device with a
 * shared handler on IRQ 3 (nothing else is there under QEMU) claims
 * whatever it is asked. Without either option nobody looks at IRQ 3 when
 * IRQ 5 goes unclaimed or the timer ticks; with irqfixup an unclaimed
 * IRQ 5 tries it, and its claim takes the interrupt off IRQ 5's unhandled
 * count; with irqpoll every tick tries it too. The harness boots with each
 * option and with noirqdebug, which counts nothing and looks nowhere
 * (check irq_misrouted); ktest=all covers none of them.
 */
static void irq_misrouted_test(struct kunit *test)
{
	struct irq_desc *desc = &irq_desc[TEST_IRQ];
	bool noirqdebug = cmdline_has("noirqdebug");
	int fixup = noirqdebug ? 0 : cmdline_has("irqpoll") ? 2 : cmdline_has("irqfixup") ? 1 : 0;
	unsigned int before, polled, a_calls;
	unsigned long flags;

	kunit_info(test, "irqfixup=%d\n", fixup);
	reset_devs(IRQ_NONE, IRQ_HANDLED);
	KUNIT_ASSERT_EQ(test, request_irq(TEST_IRQ, test_handler, IRQF_SHARED, "a", &dev_a), 0);
	KUNIT_ASSERT_EQ(test, request_irq(TEST_IRQ2, test_handler, IRQF_SHARED, "b", &dev_b), 0);
	before = dev_b.calls;
	wait_ticks(3);
	polled = dev_b.calls - before;
	if (fixup == 2)
		KUNIT_EXPECT_GE(test, polled, 2U);
	else
		KUNIT_EXPECT_EQ(test, polled, 0U);

	local_irq_save(flags); /* no tick in between */
	desc->irqs_unhandled = 0;
	desc->last_unhandled = jiffies - HZ;
	before = dev_b.calls;
	a_calls = dev_a.calls; /* irqpoll's ticks have polled it too */
	inject_test_irq();
	polled = dev_b.calls - before;
	local_irq_restore(flags);
	KUNIT_EXPECT_EQ(test, dev_a.calls, a_calls + 1);
	KUNIT_EXPECT_EQ(test, polled, fixup ? 1U : 0U);
	/* noirqdebug: nothing is counted at all */
	KUNIT_EXPECT_EQ(test, desc->irqs_unhandled, fixup || noirqdebug ? 0U : 1U);
	free_irq(TEST_IRQ, &dev_a);
	free_irq(TEST_IRQ2, &dev_b);
}

static void irq_mostly_handled_stays_on_test(struct kunit *test)
{
	struct irq_desc *desc = &irq_desc[TEST_IRQ];
	unsigned int i;

	reset_devs(IRQ_NONE, IRQ_HANDLED);
	KUNIT_ASSERT_EQ(test, request_irq(TEST_IRQ, test_handler, 0, "a", &dev_a), 0);
	for (i = 0; i < 100000; i++) {
		dev_a.answer = (i % 500) ? IRQ_NONE : IRQ_HANDLED; /* 200 claimed: enough */
		inject_test_irq();
	}
	KUNIT_EXPECT_FALSE(test, desc->status & IRQ_DISABLED);
	free_irq(TEST_IRQ, &dev_a);
}

static void irq7_spurious_test(struct kunit *test)
{
	unsigned int err = atomic_read(&irq_err_count), seen = kstat_irqs(7);

	/* with a handler on the line, unmasked: still not dispatched (ISR says no) */
	reset_devs(IRQ_HANDLED, IRQ_HANDLED);
	KUNIT_ASSERT_EQ(test, request_irq(7, test_handler, 0, "parport0", &dev_a), 0);
	inject(IRQ0_VECTOR + 7);
	KUNIT_EXPECT_EQ(test, dev_a.calls, 0U);
	KUNIT_EXPECT_EQ(test, kstat_irqs(7), seen);
	KUNIT_EXPECT_EQ(test, (unsigned int)atomic_read(&irq_err_count), err + 1);
	free_irq(7, &dev_a);
	/* masked, no handler: the same */
	inject(IRQ0_VECTOR + 7);
	KUNIT_EXPECT_EQ(test, (unsigned int)atomic_read(&irq_err_count), err + 2);
	/* and the slave's IRQ15 */
	inject(IRQ0_VECTOR + 15);
	KUNIT_EXPECT_EQ(test, (unsigned int)atomic_read(&irq_err_count), err + 3);
	KUNIT_EXPECT_EQ(test, kstat_irqs(15), 0U);
}

static void irq_timer_line_ticks_test(struct kunit *test)
{
	unsigned int before = kstat_irqs(0);
	unsigned long j = jiffies;

	while (jiffies == j)
		__asm__ __volatile__("hlt");
	KUNIT_EXPECT_GT(test, kstat_irqs(0), before);
	KUNIT_EXPECT_STREQ(test, irq_desc[0].action->name, "timer");
	KUNIT_EXPECT_STREQ(test, irq_desc[2].action->name, "cascade");
	KUNIT_EXPECT_STREQ(test, irq_desc[0].chip->name, "XT-PIC");
}

/* Free @dev's handler on @irq if the case left one there */
static void free_if_requested(unsigned int irq, void *dev)
{
	struct irqaction *action;

	for (action = irq_desc[irq].action; action; action = action->next)
		if (action->dev_id == dev) {
			free_irq(irq, dev);
			return;
		}
}

/*
 * After each case: one that stopped at an assertion (under fault
 * injection, the irqaction's kzalloc in request_irq) may hold IRQ 5 or 7;
 * free it, or every later request of the line fails with -EBUSY.
 */
static void irq_test_exit(struct kunit *test)
{
	free_if_requested(TEST_IRQ, &dev_a);
	free_if_requested(TEST_IRQ, &dev_b);
	free_if_requested(7, &dev_a);
	free_if_requested(TEST_IRQ2, &dev_b);
}

static struct kunit_case irq_cases[] = { KUNIT_CASE(irq_request_errors_test),
					 KUNIT_CASE(irq_handler_context_test),
					 KUNIT_CASE(irq_shared_test),
					 KUNIT_CASE(irq_disable_nests_test),
					 KUNIT_CASE(irq_disabled_is_not_replayed_test),
					 KUNIT_CASE(irq_nobody_cared_test),
					 KUNIT_CASE(irq_mostly_handled_stays_on_test),
					 KUNIT_CASE(irq_misrouted_test),
					 KUNIT_CASE(irq7_spurious_test),
					 KUNIT_CASE(irq_timer_line_ticks_test),
					 {} };

static struct kunit_suite irq_suite = {
	.name = "irq",
	.exit = irq_test_exit,
	.test_cases = irq_cases,
};
kunit_test_suite(irq_suite);
