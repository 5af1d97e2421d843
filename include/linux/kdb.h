/*
 * kdb.h - entering and leaving the kernel monitor (kernel/debug/kdb).
 *
 * The monitor is Linnet's kernel shell. It runs on the console when
 * there is no init program, and is entered from user space as Linux's
 * kdb is: SysRq-g (drivers/char/sysrq.c). While kdb_active is set the
 * terminals' input goes to the monitor's terminal, kdb_tty
 * (<linux/tty.h>); its `go` command gives it back. See docs/tty.md.
 */
#ifndef _LINUX_KDB_H
#define _LINUX_KDB_H

#include <linux/types.h>

extern bool kdb_active;

void kdb_enter_monitor(void);
void kdb_monitor_start(void);

#endif /* _LINUX_KDB_H */
