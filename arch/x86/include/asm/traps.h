/*
 * asm/traps.h - the exception vectors of the i386 and their handlers.
 */
#ifndef _ASM_TRAPS_H
#define _ASM_TRAPS_H

#include <asm/ptrace.h>
#include <linux/linkage.h>

enum {
	X86_TRAP_DE = 0,   /* divide error */
	X86_TRAP_DB,       /* debug */
	X86_TRAP_NMI,      /* non-maskable interrupt */
	X86_TRAP_BP,       /* breakpoint (int3) */
	X86_TRAP_OF,       /* overflow (into) */
	X86_TRAP_BR,       /* bound range exceeded */
	X86_TRAP_UD,       /* invalid opcode (ud2: BUG()) */
	X86_TRAP_NM,       /* device not available */
	X86_TRAP_DF,       /* double fault */
	X86_TRAP_OLD_MF,   /* coprocessor segment overrun */
	X86_TRAP_TS,       /* invalid TSS */
	X86_TRAP_NP,       /* segment not present */
	X86_TRAP_SS,       /* stack segment fault */
	X86_TRAP_GP,       /* general protection fault */
	X86_TRAP_PF,       /* page fault */
	X86_TRAP_SPURIOUS, /* reserved */
	X86_TRAP_MF,       /* x87 floating-point error */
	X86_TRAP_AC,       /* alignment check */
	X86_TRAP_MC,       /* machine check */
	X86_TRAP_XF,       /* SIMD floating-point error */
};

#define FIRST_EXTERNAL_VECTOR 0x20
#define NR_VECTORS 48

/* Page-fault error code bits */
#define PF_PROT 0x1  /* 0: page not present, 1: protection violation */
#define PF_WRITE 0x2 /* 0: read, 1: write */
#define PF_USER 0x4  /* 0: kernel mode, 1: user mode */
#define PF_RSVD 0x8  /* a reserved bit was set in a page-table entry */
#define PF_INSTR 0x10

void trap_init(void);
void set_intr_gate(unsigned int n, void *addr);
void set_task_gate(unsigned int n, unsigned int gdt_entry);
void doublefault_init(void);
asmlinkage void do_trap_or_irq(struct pt_regs *regs, unsigned long vector);
void do_page_fault(struct pt_regs *regs, unsigned long error_code);
extern int show_unhandled_signals;

/* int $0x80: Linux's i386 system call */
#define SYSCALL_VECTOR 0x80
void die(const char *str, struct pt_regs *regs, long err);
int __die(const char *str, struct pt_regs *regs, long err);
void show_regs(struct pt_regs *regs);
void __show_regs(struct pt_regs *regs, int all);
void show_registers(struct pt_regs *regs);
void show_trace(unsigned long *stack, unsigned long bp);
unsigned long oops_begin(void);
void oops_end(unsigned long flags, struct pt_regs *regs, int signr);
const char *trap_name(unsigned int trapnr);

/*
 * Handlers for vectors at and above FIRST_EXTERNAL_VECTOR: the IRQ layer
 * installs do_IRQ here (kernel/irq.c); until then they are reported.
 */
extern void (*external_interrupt_handler)(struct pt_regs *regs);
/* Called by the page fault handler with the address, before the oops (mm/vmalloc.c) */
extern void (*page_fault_notify)(unsigned long address);

/* NMIs taken so far (the NMI row of /proc/interrupts) */
extern unsigned int nmi_count;

#endif /* _ASM_TRAPS_H */
