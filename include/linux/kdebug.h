/*
 * kdebug.h - the die chain: who wants to hear that the CPU trapped.
 *
 * Debuggers, the NMI watchdog and tests register a struct notifier_block
 * with register_die_notifier(); the trap handlers call notify_die() with
 * an event of asm/kdebug.h before they act, and a callback that returns
 * NOTIFY_STOP says "mine, handled". Linux 2.6.32 calls the chain from
 * every trap; Linnet calls it from the NMI handler only
 * (arch/x86/kernel/traps.c:do_nmi). See docs/interrupts.md.
 */
#ifndef _LINUX_KDEBUG_H
#define _LINUX_KDEBUG_H

#include <asm/kdebug.h>

/**
 * struct die_args - what a die-chain callback is told
 * @regs: the trapped registers
 * @str: the trap's name
 * @err: the error code, or the NMI reason byte (port 0x61)
 * @trapnr: the vector
 * @signr: the signal Linux would send a user task
 */
struct die_args {
	struct pt_regs *regs;
	const char *str;
	long err;
	int trapnr;
	int signr;
};

int register_die_notifier(struct notifier_block *nb);
int unregister_die_notifier(struct notifier_block *nb);
int notify_die(enum die_val val, const char *str, struct pt_regs *regs, long err, int trap,
	       int sig);

#endif /* _LINUX_KDEBUG_H */
