/*
 * reboot.h - stopping the machine: halt, restart, power off.
 */
#ifndef _LINUX_REBOOT_H
#define _LINUX_REBOOT_H

#include <linux/compiler.h>

void __noreturn machine_halt(void);
void __noreturn machine_restart(char *cmd);
void __noreturn machine_power_off(void);
void qemu_debug_exit(int code);

void __noreturn kernel_restart(char *cmd);
void __noreturn kernel_halt(void);
void __noreturn kernel_power_off(void);
void __noreturn emergency_restart(void);
void ctrl_alt_del(void);

#endif /* _LINUX_REBOOT_H */
