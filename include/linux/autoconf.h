/*
 * autoconf.h - the kernel's configuration as C macros (CONFIG_X 1).
 *
 * Linux 2.6.32 writes this file when the kernel is configured (make
 * menuconfig turns .config into include/linux/autoconf.h; 2.6.33 moved
 * it to include/generated/) and Kbuild puts it in front of every file it
 * compiles with -include. Code then asks `#ifdef CONFIG_PREEMPT`. Module
 * sources written for 2.6.18 and later include it by name where older
 * ones included linux/config.h (removed in 2.6.19): LDD3's examples,
 * ported to 2.6.32, say #include <linux/autoconf.h>.
 *
 * Linnet is not configured by Kconfig: its few build options are -D flags
 * from the Makefile (make KASAN=1 gives -DCONFIG_KASAN; include/linux/
 * kconfig.h explains IS_ENABLED). This file states the fixed choices a
 * 2.6.32 .config would spell out for the kernel Linnet is: i386 on a
 * 686, paging, preemptive, one CPU (so no CONFIG_SMP), modules that can
 * be unloaded, /proc and printk. The vermagic string (linux/vermagic.h)
 * says the same. Unlike Linux, Linnet does not force-include it; a file
 * that needs an option's value includes this header.
 *
 * Read docs/modules.md next.
 */
#ifndef _LINUX_AUTOCONF_H
#define _LINUX_AUTOCONF_H

#define CONFIG_X86 1
#define CONFIG_X86_32 1
#define CONFIG_M686 1
#define CONFIG_MMU 1
#define CONFIG_PREEMPT 1
#define CONFIG_MODULES 1
#define CONFIG_MODULE_UNLOAD 1
#define CONFIG_PROC_FS 1
#define CONFIG_PRINTK 1
#define CONFIG_HZ HZ

#endif /* _LINUX_AUTOCONF_H */
