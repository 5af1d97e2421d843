/*
 * irq_proc_test.c - the views print exactly /proc/interrupts' and
 * /proc/softirqs' formats.
 *
 * The expected text is built here field by field from the format strings
 * of Linux 2.6.32's arch/x86/kernel/irq.c ("%*d: ", "%10u ", " %8s",
 * "-%-8s", "  %s", ", %s"; "%*s: " "%10u " "  Non-maskable interrupts",
 * and the same for the local APIC's LOC, SPU, PMI and PND rows;
 * "%*s: %10u" for ERR; the header "%*s" of prec + 8 then "CPU%-8d") and
 * fs/proc/softirqs.c (16 spaces, "CPU%-8d"; "%8s:", " %10u"), with
 * 2.6.32's softirq names, and the live counters, read with interrupts off
 * so that no tick moves them between the view and the expectation.
 *
 * The local APIC's own vectors (arch/x86/kernel/apic/apic.c): `int $0xff`
 * must reach smp_spurious_interrupt() and move the SPU row by one, `int
 * $0xfe` smp_error_interrupt() and the ERR row, as on 2.6.32. Without
 * their gates the int faults (a not-present gate: a general protection
 * fault, an oops).
 */
#include <kunit/test.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/jiffies.h>
#include <linux/string.h>
#include <asm/i8259.h>
#include <asm/traps.h>
#include <asm/apic.h>
#include <asm/hardirq.h>

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

#define inject_irq5() __asm__ __volatile__("int %0" : : "i"(IRQ0_VECTOR + 5) : "memory")

static void want_line(unsigned int irq)
{
	struct irqaction *action = irq_desc[irq].action;

	buf_print(&want, "%*d: ", 3, irq);
	buf_print(&want, "%10u ", kstat_irqs(irq));
	buf_print(&want, " %8s", "XT-PIC");
	buf_print(&want, "-%-8s", "XT");
	if (action) {
		buf_print(&want, "  %s", action->name);
		while ((action = action->next) != NULL)
			buf_print(&want, ", %s", action->name);
	}
	buf_print(&want, "\n");
}

static void want_tail(void)
{
	buf_print(&want, "%*s: ", 3, "NMI");
	buf_print(&want, "%10u ", nmi_count);
	buf_print(&want, "  Non-maskable interrupts\n");
	buf_print(&want, "%*s: ", 3, "LOC");
	buf_print(&want, "%10u ", irq_stat.apic_timer_irqs);
	buf_print(&want, "  Local timer interrupts\n");
	buf_print(&want, "%*s: ", 3, "SPU");
	buf_print(&want, "%10u ", irq_stat.irq_spurious_count);
	buf_print(&want, "  Spurious interrupts\n");
	buf_print(&want, "%*s: ", 3, "PMI");
	buf_print(&want, "%10u ", irq_stat.apic_perf_irqs);
	buf_print(&want, "  Performance monitoring interrupts\n");
	buf_print(&want, "%*s: ", 3, "PND");
	buf_print(&want, "%10u ", irq_stat.apic_pending_irqs);
	buf_print(&want, "  Performance pending work\n");
	buf_print(&want, "%*s: %10u\n", 3, "ERR", atomic_read(&irq_err_count));
}

/* Lines with a handler or with counts, in order */
static void want_lines(void)
{
	unsigned int irq;

	for (irq = 0; irq < NR_IRQS; irq++)
		if (irq_desc[irq].action || kstat_irqs(irq))
			want_line(irq);
}

static void free_irq5(void *dev_id)
{
	free_irq(5, dev_id);
}

/*
 * IRQ 5 with a handler, freed when the case ends however it ends: a case
 * stopped by a failed allocation (an irqaction comes from kzalloc) must
 * not leave the line claimed for the cases and suites after it.
 */
static void request_irq5(struct kunit *test, unsigned long flags, const char *name, int *dev)
{
	KUNIT_ASSERT_EQ(test, request_irq(5, nop_handler, flags, name, dev), 0);
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, free_irq5, dev), 0);
}

static void show_interrupts_format_test(struct kunit *test)
{
	unsigned long flags;

	request_irq5(test, IRQF_SHARED, "linnet-a", &dev_a);
	request_irq5(test, IRQF_SHARED, "linnet-b", &dev_b);
	inject_irq5();
	got.len = want.len = 0;
	local_irq_save(flags);
	show_interrupts(buf_print, &got);
	buf_print(&want, "%*s", 3 + 8, "");
	buf_print(&want, "CPU%-8d", 0);
	buf_print(&want, "\n");
	want_lines();
	want_tail();
	local_irq_restore(flags);
	kunit_release_action(test, free_irq5, &dev_a);
	kunit_release_action(test, free_irq5, &dev_b);
	KUNIT_EXPECT_STREQ(test, got.text, want.text);
	KUNIT_EXPECT_GT(test, kstat_irqs(0), 0U);
	/* and the literal text of 2.6.32's lines, for the reader */
	KUNIT_EXPECT_NOT_NULL(test, strstr(got.text, "           CPU0       \n"));
	KUNIT_EXPECT_NOT_NULL(test, strstr(got.text, "    XT-PIC-XT        timer\n"));
	KUNIT_EXPECT_NOT_NULL(test, strstr(got.text, "    XT-PIC-XT        linnet-a, linnet-b\n"));
	KUNIT_EXPECT_NOT_NULL(test, strstr(got.text, "   Non-maskable interrupts\nLOC: "));
	KUNIT_EXPECT_NOT_NULL(test, strstr(got.text, "   Performance pending work\nERR: "));
}

/* The value in the row @name ("SPU: ...") of /proc/interrupts, or -1 */
static long interrupts_row(const char *name)
{
	const char *p;

	got.len = 0;
	show_interrupts(buf_print, &got);
	p = strstr(got.text, name);
	return p ? simple_strtol(skip_spaces(p + strlen(name)), NULL, 10) : -1;
}

/* int $0xff reaches smp_spurious_interrupt: irq_stat and the SPU row move by one */
static void spurious_apic_vector_test(struct kunit *test)
{
	unsigned int before = irq_stat.irq_spurious_count;
	long row = interrupts_row("\nSPU: ");

	KUNIT_ASSERT_EQ(test, row, (long)before);
	__asm__ __volatile__("int %0" : : "i"(SPURIOUS_APIC_VECTOR) : "memory");
	KUNIT_EXPECT_EQ(test, irq_stat.irq_spurious_count, before + 1);
	KUNIT_EXPECT_EQ(test, interrupts_row("\nSPU: "), row + 1);
	KUNIT_EXPECT_NOT_NULL(test, strstr(got.text, "   Spurious interrupts\n"));
}

/* int $0xfe reaches smp_error_interrupt: irq_err_count and the ERR row move by one */
static void error_apic_vector_test(struct kunit *test)
{
	long before = atomic_read(&irq_err_count);
	long spu = irq_stat.irq_spurious_count;

	KUNIT_ASSERT_EQ(test, interrupts_row("\nERR: "), before);
	__asm__ __volatile__("int %0" : : "i"(ERROR_APIC_VECTOR) : "memory");
	KUNIT_EXPECT_EQ(test, (long)atomic_read(&irq_err_count), before + 1);
	KUNIT_EXPECT_EQ(test, interrupts_row("\nERR: "), before + 1);
	KUNIT_EXPECT_EQ(test, (long)irq_stat.irq_spurious_count, spu);
}

/* A line that has counted interrupts keeps its row after its last free_irq() */
static void show_interrupts_keeps_counted_lines_test(struct kunit *test)
{
	unsigned long flags;

	request_irq5(test, 0, "linnet-a", &dev_a);
	inject_irq5();
	kunit_release_action(test, free_irq5, &dev_a);
	KUNIT_ASSERT_NULL(test, irq_desc[5].action);
	got.len = want.len = 0;
	local_irq_save(flags);
	show_interrupts(buf_print, &got);
	want_line(5);
	local_irq_restore(flags);
	KUNIT_EXPECT_NOT_NULL(test, strstr(got.text, want.text));
}

static void show_softirqs_format_test(struct kunit *test)
{
	static const char *const names[] = { "HI",	"TIMER",	"NET_TX",  "NET_RX",
					     "BLOCK",	"BLOCK_IOPOLL", "TASKLET", "SCHED",
					     "HRTIMER", "RCU" };
	unsigned long flags;
	int i;

	got.len = want.len = 0;
	local_irq_save(flags);
	show_softirqs(buf_print, &got);
	buf_print(&want, "                ");
	buf_print(&want, "CPU%-8d", 0);
	buf_print(&want, "\n");
	for (i = 0; i < NR_SOFTIRQS; i++) {
		buf_print(&want, "%8s:", names[i]);
		buf_print(&want, " %10u", kstat_softirqs_cpu(i, 0));
		buf_print(&want, "\n");
	}
	local_irq_restore(flags);
	KUNIT_EXPECT_STREQ(test, got.text, want.text);
	KUNIT_EXPECT_EQ(test, NR_SOFTIRQS, 10);
	KUNIT_EXPECT_EQ(test, IRQ_POLL_SOFTIRQ, BLOCK_IOPOLL_SOFTIRQ);
	KUNIT_EXPECT_NOT_NULL(test, strstr(got.text, "\nBLOCK_IOPOLL:          0\n TASKLET:"));
	KUNIT_EXPECT_GT(test, kstat_softirqs_cpu(TIMER_SOFTIRQ, 0), 0U);
}

static struct kunit_case irq_proc_cases[] = { KUNIT_CASE(show_interrupts_format_test),
					      KUNIT_CASE(show_interrupts_keeps_counted_lines_test),
					      KUNIT_CASE(show_softirqs_format_test),
					      KUNIT_CASE(spurious_apic_vector_test),
					      KUNIT_CASE(error_apic_vector_test),
					      {} };

static struct kunit_suite irq_proc_suite = {
	.name = "irq_proc",
	.init = irq_proc_init,
	.test_cases = irq_proc_cases,
};
kunit_test_suite(irq_proc_suite);
