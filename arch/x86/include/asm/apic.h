/*
 * asm/apic.h - the local APIC: only init_bsp_APIC(), its virtual wire mode
 * for the 8259A (arch/x86/kernel/apic/apic.c).
 */
#ifndef _ASM_X86_APIC_H
#define _ASM_X86_APIC_H

void init_bsp_APIC(void);

#endif /* _ASM_X86_APIC_H */
