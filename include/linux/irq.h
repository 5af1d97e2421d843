/*
 * irq.h - the IRQ core's view of an interrupt line: struct irq_desc.
 *
 * One descriptor per line holds everything the core knows about it: the
 * controller that delivers it (struct irq_chip: how to mask, unmask and
 * acknowledge it), the chain of handlers drivers registered with
 * request_irq() (struct irqaction), how many times it has been disabled
 * (depth) and its counters. The flow handler (handle_level_irq) is the
 * recipe that runs the chain between acknowledging the chip and
 * re-enabling the line. See kernel/irq/chip.c and docs/interrupts.md.
 *
 * Linux 2.6.32 has IRQ_PENDING and IRQ_REPLAY too, for the edge and
 * fasteoi flows that must resend an interrupt that arrived while the line
 * was disabled; the 8259A's level flow never needs them, so Linnet, which
 * has only that flow, leaves them out.
 */
#ifndef _LINUX_IRQ_H
#define _LINUX_IRQ_H

#include <linux/types.h>
#include <linux/atomic.h>
#include <linux/irqreturn.h>
#include <linux/spinlock.h>
#include <asm/irq.h>
#include <asm/ptrace.h>

struct irqaction;
struct irq_desc;

/* desc->status bits */
#define IRQ_INPROGRESS 0x00000100      /* the handlers are running */
#define IRQ_DISABLED 0x00000200        /* disabled: do not run the handlers */
#define IRQ_SPURIOUS_DISABLED 0x00800000 /* disabled by the nobody-cared rule */

/**
 * struct irq_chip - the operations of an interrupt controller
 * @name: shown in /proc/interrupts ("XT-PIC")
 * @startup: prepare a line when its first handler arrives; unmasks it
 * @shutdown: the last handler has gone; masks it
 * @enable: enable_irq(): unmask
 * @disable: disable_irq(): mask
 * @mask: stop the line from interrupting
 * @unmask: let it interrupt again
 * @mask_ack: mask the line and acknowledge the interrupt (end-of-interrupt)
 * @spurious: was this interrupt a phantom the chip made up? If so the
 *            chip has dealt with it (counted it, acknowledged whatever
 *            needs it) and the handlers must not run. May be NULL.
 */
struct irq_chip {
	const char *name;
	unsigned int (*startup)(unsigned int irq);
	void (*shutdown)(unsigned int irq);
	void (*enable)(unsigned int irq);
	void (*disable)(unsigned int irq);
	void (*mask)(unsigned int irq);
	void (*unmask)(unsigned int irq);
	void (*mask_ack)(unsigned int irq);
	bool (*spurious)(unsigned int irq);
};

typedef void (*irq_flow_handler_t)(unsigned int irq, struct irq_desc *desc);

/**
 * struct irq_desc - one interrupt line
 * @irq: its number
 * @handle_irq: the flow handler do_IRQ() calls (handle_level_irq)
 * @chip: the controller it belongs to
 * @action: the chain of handlers, in the order they were requested
 * @status: IRQ_* status bits
 * @depth: how many disable_irq() calls are outstanding; 0 = enabled
 * @kstat_irqs: interrupts taken on this line (the CPU0 column)
 * @irq_count: interrupts since the last nobody-cared check (of 100,000)
 * @irqs_unhandled: of those, how many no handler claimed
 * @last_unhandled: jiffies at the last unclaimed one
 * @lock: protects the chain and the status
 * @name: the flow's name ("XT")
 */
struct irq_desc {
	unsigned int irq;
	irq_flow_handler_t handle_irq;
	struct irq_chip *chip;
	struct irqaction *action;
	unsigned int status;
	unsigned int depth;
	unsigned int kstat_irqs;
	unsigned int irq_count;
	unsigned int irqs_unhandled;
	unsigned long last_unhandled;
	spinlock_t lock;
	const char *name;
};

extern struct irq_desc irq_desc[NR_IRQS];
extern atomic_t irq_err_count;

irqreturn_t handle_IRQ_event(unsigned int irq, struct irqaction *action);
void handle_level_irq(unsigned int irq, struct irq_desc *desc);
void generic_handle_irq(unsigned int irq);
void set_irq_chip_and_handler_name(unsigned int irq, struct irq_chip *chip,
				   irq_flow_handler_t handle, const char *name);
int setup_irq(unsigned int irq, struct irqaction *new);
void note_interrupt(unsigned int irq, struct irq_desc *desc, irqreturn_t action_ret);
unsigned int do_IRQ(struct pt_regs *regs);
void init_IRQ(void);

/**
 * kstat_irqs - how many interrupts a line has taken
 * @irq: the line
 *
 * Context: any.
 * Return: the count shown in /proc/interrupts.
 */
static inline unsigned int kstat_irqs(unsigned int irq)
{
	return irq_desc[irq].kstat_irqs;
}

#endif /* _LINUX_IRQ_H */
