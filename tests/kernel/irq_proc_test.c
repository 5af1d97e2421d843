/*
 * irq_proc_test.c - the views print exactly /proc/interrupts' and
 * /proc/softirqs' formats.
 *
 * The expected text is built here field by field from Linux's formats
 * ("%3d: ", "%10u ", " %14s", "  %s", ", %s"; "%12s:", " %10u") and the
 * live counters, read with interrupts off so that no tick moves them
 * between the view and the expectation.
 */
#include <kunit/test.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/jiffies.h>
#include <asm/traps.h>

struct buf {
	char text[2048];
	size_t len;
};

static void buf_print(void *arg, const char *fmt, ...)
{
	struct buf *b = arg;
	va_list args;

	va_start(args, fmt);
	b->len += vscnprintf(b->text + b->len, sizeof(b->text) - b->len, fmt, args);
	va_end(args);
}

static irqreturn_t nop_handler(int irq, void *dev_id)
{
	return IRQ_HANDLED;
}

static struct buf got, want;

/* Let one tick pass, so the timer's counters are not zero. */
static int irq_proc_init(struct kunit *test)
{
	unsigned long j = jiffies;

	while (jiffies == j)
		__asm__ __volatile__("hlt");
	return 0;
}
static int dev_a, dev_b;

static void show_interrupts_format_test(struct kunit *test)
{
	unsigned long flags;

	KUNIT_ASSERT_EQ(test, request_irq(5, nop_handler, IRQF_SHARED, "linnet-a", &dev_a), 0);
	KUNIT_ASSERT_EQ(test, request_irq(5, nop_handler, IRQF_SHARED, "linnet-b", &dev_b), 0);
	got.len = want.len = 0;
	local_irq_save(flags);
	show_interrupts(buf_print, &got);
	buf_print(&want, "           CPU0       \n");
	buf_print(&want, "  0: %10u          XT-PIC  timer\n", kstat_irqs(0));
	buf_print(&want, "  2: %10u          XT-PIC  cascade\n", kstat_irqs(2));
	buf_print(&want, "  5: %10u          XT-PIC  linnet-a, linnet-b\n", kstat_irqs(5));
	buf_print(&want, "NMI: %10u \n", nmi_count);
	buf_print(&want, "ERR: %10u\n", atomic_read(&irq_err_count));
	local_irq_restore(flags);
	free_irq(5, &dev_a);
	free_irq(5, &dev_b);
	KUNIT_EXPECT_STREQ(test, got.text, want.text);
	KUNIT_EXPECT_GT(test, kstat_irqs(0), 0U);
}

static void show_softirqs_format_test(struct kunit *test)
{
	static const char *const names[] = { "HI",	 "TIMER",   "NET_TX", "NET_RX",	 "BLOCK",
					     "IRQ_POLL", "TASKLET", "SCHED",  "HRTIMER", "RCU" };
	unsigned long flags;
	int i;

	got.len = want.len = 0;
	local_irq_save(flags);
	show_softirqs(buf_print, &got);
	buf_print(&want, "                    CPU0       \n");
	for (i = 0; i < NR_SOFTIRQS; i++)
		buf_print(&want, "%12s: %10u\n", names[i], kstat_softirqs_cpu(i, 0));
	local_irq_restore(flags);
	KUNIT_EXPECT_STREQ(test, got.text, want.text);
	KUNIT_EXPECT_EQ(test, NR_SOFTIRQS, 10);
	KUNIT_EXPECT_GT(test, kstat_softirqs_cpu(TIMER_SOFTIRQ, 0), 0U);
}

static struct kunit_case irq_proc_cases[] = { KUNIT_CASE(show_interrupts_format_test),
					      KUNIT_CASE(show_softirqs_format_test),
					      {} };

static struct kunit_suite irq_proc_suite = {
	.name = "irq_proc",
	.init = irq_proc_init,
	.test_cases = irq_proc_cases,
};
kunit_test_suite(irq_proc_suite);
