/*
 * asm/i8259.h - the two cascaded 8259A interrupt controllers of the PC.
 *
 * The master's command port is 0x20 and its data (mask) port 0x21; the
 * slave's are 0xa0 and 0xa1. The slave's output is wired to the master's
 * IRQ2 (the cascade). See arch/x86/kernel/i8259.c and docs/interrupts.md.
 */
#ifndef _ASM_I8259_H
#define _ASM_I8259_H

#include <linux/types.h>

#define PIC_MASTER_CMD 0x20
#define PIC_MASTER_IMR 0x21
#define PIC_SLAVE_CMD 0xa0
#define PIC_SLAVE_IMR 0xa1
#define PIC_CASCADE_IR 2 /* the master's input the slave drives */

extern unsigned int cached_irq_mask;

#define __byte(x, y) (((unsigned char *)&(y))[x])
#define cached_master_mask (__byte(0, cached_irq_mask))
#define cached_slave_mask (__byte(1, cached_irq_mask))

void init_8259A(int auto_eoi);
void init_ISA_irqs(void);

#endif /* _ASM_I8259_H */
