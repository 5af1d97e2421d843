/*
 * asm/param.h - the tick rates the kernel and user space see.
 *
 * HZ is the kernel's own tick rate, chosen at build time (make HZ=100|250|
 * 300|1000 passes -DHZ, where 2.6.32's Kconfig sets CONFIG_HZ). USER_HZ is
 * the rate some user interfaces count in whatever HZ is: times(), the
 * clock ticks of /proc/PID/stat and /proc/stat, the AT_CLKTCK an ELF
 * program is given. It stays 100 so a program's sysconf(_SC_CLK_TCK) is
 * right on every kernel.
 *
 * 2.6.32 has these in include/asm-generic/param.h, which x86's includes;
 * Linnet has no asm-generic folder, so they live here. See docs/time.md.
 */
#ifndef _ASM_X86_PARAM_H
#define _ASM_X86_PARAM_H

#ifndef HZ
#error "HZ must be set by the build (make HZ=100|250|300|1000)"
#endif

/* USER_HZ - the tick rate of times() and /proc's clock ticks */
#define USER_HZ 100
/* CLOCKS_PER_SEC - what times() counts in a second */
#define CLOCKS_PER_SEC (USER_HZ)

#endif /* _ASM_X86_PARAM_H */
