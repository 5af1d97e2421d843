/*
 * interrupt.h - interrupt handlers and the deferred work they hand off.
 *
 * The top half: a driver registers a handler for its line with
 * request_irq(); it runs in hard interrupt context, with interrupts off,
 * and should do only what cannot wait. The bottom halves run the rest
 * soon after, with interrupts on:
 *
 *   softirqs   ten fixed vectors, in priority order (kernel/softirq.c)
 *   tasklets   dynamically created work run by the HI and TASKLET softirqs;
 *              a tasklet never runs concurrently with itself
 *   timers     struct timer_list, run by the TIMER softirq (<linux/timer.h>)
 *
 * See docs/interrupts.md and docs/bottom-halves.md.
 */
#ifndef _LINUX_INTERRUPT_H
#define _LINUX_INTERRUPT_H

#include <linux/kernel.h>
#include <linux/atomic.h>
#include <linux/bitops.h>
#include <linux/hardirq.h>
#include <linux/irqflags.h>
#include <linux/irqreturn.h>
#include <linux/bottom_half.h>
#include <asm/irq.h>
#include <linux/smp.h>
#include <linux/percpu.h>

/*
 * request_irq() flags. Linnet runs every handler with interrupts off (as
 * Linux does since 2.6.35), so IRQF_DISABLED is accepted and implied.
 */
#define IRQF_DISABLED 0x00000020 /* keep interrupts off in the handler (always) */
#define IRQF_SHARED 0x00000080   /* the line may be shared with other handlers */
#define IRQF_TIMER 0x00000200    /* the timer interrupt */
#define IRQF_IRQPOLL 0x00001000  /* with irqpoll, poll the other lines at each interrupt */

typedef irqreturn_t (*irq_handler_t)(int irq, void *dev_id);

/**
 * struct irqaction - one handler on an interrupt line
 * @handler: the function to call
 * @flags: IRQF_* flags
 * @name: the owner's name, shown in /proc/interrupts
 * @dev_id: the cookie passed to @handler and to free_irq()
 * @next: the next handler on a shared line
 * @irq: the line
 */
struct irqaction {
	irq_handler_t handler;
	unsigned long flags;
	const char *name;
	void *dev_id;
	struct irqaction *next;
	int irq;
};

int request_irq(unsigned int irq, irq_handler_t handler, unsigned long flags,
		const char *name, void *dev);
void free_irq(unsigned int irq, void *dev_id);
void disable_irq(unsigned int irq);
void disable_irq_nosync(unsigned int irq);
void enable_irq(unsigned int irq);
void synchronize_irq(unsigned int irq);

/*
 * The softirq vectors, highest priority first, as Linux 2.6.32 numbers
 * them. Linux 4.5 renamed BLOCK_IOPOLL_SOFTIRQ to IRQ_POLL_SOFTIRQ; the
 * later name is kept as an alias so that later code compiles.
 */
enum {
	HI_SOFTIRQ = 0,
	TIMER_SOFTIRQ,
	NET_TX_SOFTIRQ,
	NET_RX_SOFTIRQ,
	BLOCK_SOFTIRQ,
	BLOCK_IOPOLL_SOFTIRQ,
	TASKLET_SOFTIRQ,
	SCHED_SOFTIRQ,
	HRTIMER_SOFTIRQ,
	RCU_SOFTIRQ,
	NR_SOFTIRQS
};

#define IRQ_POLL_SOFTIRQ BLOCK_IOPOLL_SOFTIRQ

extern const char *const softirq_to_name[NR_SOFTIRQS];

/**
 * struct softirq_action - a softirq vector's handler
 * @action: called with the entry, in softirq context with interrupts on
 */
struct softirq_action {
	void (*action)(struct softirq_action *);
};

void open_softirq(int nr, void (*action)(struct softirq_action *));
void raise_softirq(unsigned int nr);
void raise_softirq_irqoff(unsigned int nr);
void __raise_softirq_irqoff(unsigned int nr);
void do_softirq(void);
void softirq_init(void);
unsigned int kstat_softirqs_cpu(unsigned int irq, int cpu);

extern unsigned long __softirq_pending;
#define local_softirq_pending() (__softirq_pending)

/* ksoftirqd: the softirqs left over after MAX_SOFTIRQ_RESTART rounds */
struct task_struct;
void wakeup_softirqd(void);
void spawn_ksoftirqd(void);
struct task_struct *ksoftirqd_thread(void);

/* Tasklets ---------------------------------------------------------- */

/**
 * struct tasklet_struct - a deferred function run in softirq context
 * @next: the next tasklet on the per-CPU list
 * @state: TASKLET_STATE_SCHED (queued) and TASKLET_STATE_RUN (running)
 * @count: 0 = enabled; tasklet_disable() raises it
 * @func: the function
 * @data: its argument
 */
struct tasklet_struct {
	struct tasklet_struct *next;
	unsigned long state;
	atomic_t count;
	void (*func)(unsigned long);
	unsigned long data;
};

#define DECLARE_TASKLET(name, func, data) \
	struct tasklet_struct name = { NULL, 0, ATOMIC_INIT(0), func, data }

#define DECLARE_TASKLET_DISABLED(name, func, data) \
	struct tasklet_struct name = { NULL, 0, ATOMIC_INIT(1), func, data }

enum {
	TASKLET_STATE_SCHED, /* scheduled: on a list, will run */
	TASKLET_STATE_RUN    /* running now */
};

/* tasklet_trylock - claim the RUN bit; false if the tasklet is already running */
static inline int tasklet_trylock(struct tasklet_struct *t)
{
	return !test_and_set_bit(TASKLET_STATE_RUN, &t->state);
}

static inline void tasklet_unlock(struct tasklet_struct *t)
{
	barrier();
	clear_bit(TASKLET_STATE_RUN, &t->state);
}

void tasklet_unlock_wait(struct tasklet_struct *t);
void __tasklet_schedule(struct tasklet_struct *t);
void __tasklet_hi_schedule(struct tasklet_struct *t);

/**
 * tasklet_schedule - queue a tasklet to run soon in softirq context
 * @t: the tasklet; it runs once even if scheduled several times before it runs
 *
 * Context: any, including hard interrupt handlers. Does not sleep.
 */
static inline void tasklet_schedule(struct tasklet_struct *t)
{
	if (!test_and_set_bit(TASKLET_STATE_SCHED, &t->state))
		__tasklet_schedule(t);
}

/**
 * tasklet_hi_schedule - like tasklet_schedule(), on the HI softirq (runs first)
 * @t: the tasklet
 *
 * Context: any. Does not sleep.
 */
static inline void tasklet_hi_schedule(struct tasklet_struct *t)
{
	if (!test_and_set_bit(TASKLET_STATE_SCHED, &t->state))
		__tasklet_hi_schedule(t);
}

/**
 * tasklet_disable_nosync - stop a tasklet from running; do not wait
 * @t: the tasklet; it may still be running on return
 *
 * Context: any.
 */
static inline void tasklet_disable_nosync(struct tasklet_struct *t)
{
	atomic_inc(&t->count);
	barrier();
}

/**
 * tasklet_disable - stop a tasklet from running and wait until it is not
 * @t: the tasklet; if scheduled it stays queued and runs after tasklet_enable()
 *
 * Context: any but the tasklet itself or an interrupt that interrupted it.
 */
static inline void tasklet_disable(struct tasklet_struct *t)
{
	tasklet_disable_nosync(t);
	tasklet_unlock_wait(t);
	barrier();
}

/**
 * tasklet_enable - undo one tasklet_disable()
 * @t: the tasklet
 *
 * Context: any.
 */
static inline void tasklet_enable(struct tasklet_struct *t)
{
	barrier();
	atomic_dec(&t->count);
}

void tasklet_init(struct tasklet_struct *t, void (*func)(unsigned long), unsigned long data);
void tasklet_kill(struct tasklet_struct *t);

/* Views (kernel/irq/proc.c): printed like /proc/interrupts and /proc/softirqs */
typedef void (*show_print_t)(void *arg, const char *fmt, ...);
void show_interrupts(show_print_t print, void *arg);
void show_softirqs(show_print_t print, void *arg);
void show_print_printk(void *arg, const char *fmt, ...);

#endif /* _LINUX_INTERRUPT_H */
