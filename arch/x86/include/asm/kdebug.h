/*
 * asm/kdebug.h - the events of the die chain (include/linux/kdebug.h).
 *
 * Debuggers, the NMI watchdog and tests register a struct notifier_block
 * with register_die_notifier(); the trap handlers call notify_die() with
 * one of the events below before they act, and a callback that returns
 * NOTIFY_STOP says "mine, handled". Linux 2.6.32 calls the chain from
 * every trap; Linnet calls it from the NMI handler
 * (arch/x86/kernel/traps.c:do_nmi) and, as 2.6.32's __die does, with
 * DIE_OOPS before an oops is printed (arch/x86/kernel/dumpstack.c:__die).
 * See docs/interrupts.md.
 */
#ifndef _ASM_X86_KDEBUG_H
#define _ASM_X86_KDEBUG_H

#include <linux/notifier.h>

struct pt_regs;

/* The events, numbered as Linux 2.6.32's enum die_val */
enum die_val {
	DIE_OOPS = 1,
	DIE_INT3,
	DIE_DEBUG,
	DIE_PANIC,
	DIE_NMI,
	DIE_DIE,
	DIE_NMIWATCHDOG,
	DIE_KERNELDEBUG,
	DIE_TRAP,
	DIE_GPF,
	DIE_CALL,
	DIE_NMI_IPI,
	DIE_PAGE_FAULT,
	DIE_NMIUNKNOWN,
};

#endif /* _ASM_X86_KDEBUG_H */
