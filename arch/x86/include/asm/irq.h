/*
 * asm/irq.h - the interrupt lines of a PC with two 8259As.
 *
 * Sixteen lines, IRQ0-15, arrive at vectors 0x20-0x2f (the master PIC
 * remapped to 0x20, the slave to 0x28: see arch/x86/kernel/i8259.c).
 */
#ifndef _ASM_IRQ_H
#define _ASM_IRQ_H

#define NR_IRQS 16
#define IRQ0_VECTOR 0x20 /* FIRST_EXTERNAL_VECTOR: IRQ n is vector 0x20 + n */

#endif /* _ASM_IRQ_H */
