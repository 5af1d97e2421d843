/*
 * asm/apic.h - the local APIC as Linnet uses it: virtual wire mode for
 * the 8259A (init_bsp_APIC) and the two vectors of the APIC's own,
 * spurious and error, with 2.6.32's vector numbers and handler names
 * (arch/x86/kernel/apic/apic.c, docs/interrupts.md).
 */
#ifndef _ASM_X86_APIC_H
#define _ASM_X86_APIC_H

#include <linux/linkage.h>

struct pt_regs;

/* 2.6.32's irq_vectors.h: the top two vectors, the lowest priority class */
#define SPURIOUS_APIC_VECTOR 0xff
#define ERROR_APIC_VECTOR 0xfe

void init_bsp_APIC(void);

/* the entry stubs (arch/x86/kernel/entry_32.asm:BUILD_INTERRUPT) */
void spurious_interrupt(void);
void error_interrupt(void);
asmlinkage void smp_spurious_interrupt(struct pt_regs *regs);
asmlinkage void smp_error_interrupt(struct pt_regs *regs);

#endif /* _ASM_X86_APIC_H */
