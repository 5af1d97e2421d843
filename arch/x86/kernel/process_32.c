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
 *   cli; need_resched? --no--> start the idle clock; sti; hlt  (an interrupt ends the hlt)
 *                      --yes-> sti; stop the idle clock; schedule()
 *
 * The idle clock is NO_HZ's idle accounting (kernel/time/tick-sched.c,
 * docs/time.md). Linux 2.6.32 starts it once per call of schedule(), as
 * its idle loop runs with preemption off; Linnet's can be preempted at an
 * interrupt's return, and resumes after the hlt, so the clock is started
 * before every hlt.
 *
 * Under QEMU -icount sleep=off a halted CPU costs no wall time: the
 * virtual clock jumps to the next timer. This is the idle task (pid 0):
 * when a task becomes runnable, need_resched() sends it to schedule().
 * The file also has __switch_to, the CPU state a task switch carries
 * besides the stack (docs/processes.md). See docs/sched.md.
 */
#include <linux/kernel.h>
#include <linux/irqflags.h>
#include <linux/sched.h>
#include <linux/tick.h>
#include <asm/desc.h>
#include <asm/switch_to.h>
#include <asm/i387.h>

/* Load @next's thread-local-storage descriptors into GDT entries 6-8 */
static void load_TLS(struct task_struct *next)
{
	unsigned int i;

	for (i = 0; i < GDT_ENTRY_TLS_ENTRIES; i++)
		gdt_table[GDT_ENTRY_TLS_MIN + i] = next->thread.tls_array[i];
}

/**
 * __switch_to - the per-task CPU state that goes with a stack switch
 * @prev: the task leaving the CPU
 * @next: the task taking it; switch_to already runs on its stack
 *
 * The TSS's esp0 becomes @next's stack top, where the CPU will build
 * the frame of @next's next entry from user mode; @next's TLS segments
 * go into the GDT; @prev's FPU state is saved if the FPU holds it, and
 * CR0.TS set so that @next's first FPU instruction loads its own
 * (arch/x86/kernel/i387.c) - unless @next used the FPU in each of its
 * last 6 turns: then its state is loaded now, as 2.6.32 preloads it.
 *
 * Context: switch_to, interrupts off. Returns into @next.
 * Return: @prev, in %eax: switch_to's `last`.
 */
__attribute__((regparm(3))) struct task_struct *__switch_to(struct task_struct *prev,
							    struct task_struct *next)
{
	__unlazy_fpu(prev);
	init_tss.sp0 = next->thread.sp0;
	load_TLS(next);
	/*
	 * 2.6.32's preload: it will very likely use the FPU again, so spare it
	 * the trap. (2.6.32 decides first, to prefetch the state; asked here,
	 * a kernel thread's switch pays one compare.)
	 */
	if (next->thread.fpu_used && (use_eager_fpu() || unlikely(next->fpu_counter > 5))) {
		clts();
		__math_state_restore(); /* current is @next: we are on its stack */
	}
	return prev;
}

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
			tick_nohz_restart_sched_tick();
			schedule();
		} else {
			/*
			 * idle time, counted from here to the next interrupt
			 * (kernel/time/tick-sched.c); here at every turn, as an
			 * interrupt's return may have preempted this loop
			 */
			tick_nohz_stop_sched_tick(1);
			safe_halt();
		}
	}
}
