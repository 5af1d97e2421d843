/*
 * irqreturn.h - what an interrupt handler says about an interrupt.
 *
 * A handler returns IRQ_HANDLED if its device raised the interrupt and it
 * dealt with it, IRQ_NONE if its device was not the one (on a shared line
 * every handler is asked). The IRQ core counts the IRQ_NONE answers: a
 * line that nobody claims is stuck, and kernel/irq/spurious.c turns it off.
 */
#ifndef _LINUX_IRQRETURN_H
#define _LINUX_IRQRETURN_H

/**
 * enum irqreturn - an interrupt handler's answer
 * @IRQ_NONE: the interrupt was not from this device
 * @IRQ_HANDLED: it was, and it has been dealt with
 */
enum irqreturn {
	IRQ_NONE = 0,
	IRQ_HANDLED = 1,
};

typedef enum irqreturn irqreturn_t;

/* IRQ_RETVAL - IRQ_HANDLED if @x is non-zero, else IRQ_NONE */
#define IRQ_RETVAL(x) ((x) ? IRQ_HANDLED : IRQ_NONE)

#endif /* _LINUX_IRQRETURN_H */
