/*
 * linkage.h - calling conventions between assembly and C.
 *
 * The kernel is built with -mregparm=3, as every i386 Linux is (2.6.32's
 * arch/x86/Makefile): a C function takes its first three words of
 * arguments in %eax, %edx and %ecx. asmlinkage marks a C function called
 * from assembly, which passes everything on the stack (i386's cdecl):
 * the C side of an entry stub (do_trap_or_irq, do_notify_resume,
 * schedule_tail...) and every system call, whose arguments are the
 * saved registers of struct pt_regs on the kernel stack. A system call
 * without asmlinkage would read its arguments from the wrong place.
 * See docs/processes.md.
 */
#ifndef _LINUX_LINKAGE_H
#define _LINUX_LINKAGE_H

#define asmlinkage __attribute__((regparm(0)))

#endif /* _LINUX_LINKAGE_H */
