/*
 * process.c - the idle loop: what the CPU does when there is nothing to do.
 *
 * start_kernel() ends here. The loop runs whatever work was handed to
 * ksoftirqd (softirqs left over after MAX_SOFTIRQ_RESTART rounds, or
 * raised outside interrupt context), then halts until the next
 * interrupt. The check and the halt must not race with an interrupt that
 * raises new work: interrupts go off for the check, and safe_halt() is
 * "sti; hlt", which the CPU guarantees cannot take an interrupt between
 * the two instructions. So a wake-up is never missed:
 *
 *   cli; work pending? --no--> sti; hlt  (an interrupt ends the hlt)
 *                      --yes-> sti; run it
 *
 * Under QEMU -icount sleep=off a halted CPU costs no wall time: the
 * virtual clock jumps to the next timer. This is the idle task (pid 0):
 * when a task becomes runnable, need_resched() sends it to schedule().
 * See docs/bottom-halves.md.
 */
#include <linux/kernel.h>
#include <linux/interrupt.h>
#include <linux/irqflags.h>
#include <linux/sched.h>

/**
 * cpu_idle - the idle loop; never returns
 *
 * Context: the boot context at the end of start_kernel(), interrupts on.
 */
void cpu_idle(void)
{
	for (;;) {
		local_irq_disable();
		if (need_resched()) {
			local_irq_enable();
			schedule();
		} else if (ksoftirqd_should_run()) {
			local_irq_enable();
			run_ksoftirqd();
		} else {
			safe_halt();
		}
	}
}
