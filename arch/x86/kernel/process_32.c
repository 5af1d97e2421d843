/*
 * process_32.c - the idle loop: what the CPU does when there is nothing to do.
 *
 * start_kernel() ends here. The idle task runs only when no other task
 * is runnable, and all it does is halt until the next interrupt, or
 * schedule() if that interrupt made a task runnable (softirq work left
 * over goes to the ksoftirqd/0 thread, like any other task). The check
 * and the halt must not race with an interrupt that wakes a task:
 * interrupts go off for the check, and safe_halt() is "sti; hlt", which
 * the CPU guarantees cannot take an interrupt between the two
 * instructions. So a wake-up is never missed:
 *
 *   cli; need_resched? --no--> sti; hlt  (an interrupt ends the hlt)
 *                      --yes-> sti; schedule()
 *
 * Under QEMU -icount sleep=off a halted CPU costs no wall time: the
 * virtual clock jumps to the next timer. This is the idle task (pid 0):
 * when a task becomes runnable, need_resched() sends it to schedule().
 * See docs/sched.md.
 */
#include <linux/kernel.h>
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
		} else {
			safe_halt();
		}
	}
}
