/*
 * vermagic.h - the stamp that says which kernel a module was built for.
 *
 * A module is machine code compiled against one kernel's structures; in
 * another kernel the same field may sit elsewhere. So every module carries
 * "vermagic=<release> <options>" in its .modinfo, and the loader refuses a
 * module whose stamp differs from the kernel's ("version magic '...'
 * should be '...'"). The options are those that change the ABI: SMP,
 * preemption, module unloading, and the CPU family. Linnet is a preemptive
 * uniprocessor kernel for the i686, so its stamp reads, as a Linux 2.6.32
 * kernel configured alike would: "2.6.32-linnet preempt mod_unload 686 ".
 * See docs/modules.md.
 */
#ifndef _LINUX_VERMAGIC_H
#define _LINUX_VERMAGIC_H

#include <linux/utsrelease.h>

#define MODULE_VERMAGIC_SMP ""
#define MODULE_VERMAGIC_PREEMPT "preempt "
#define MODULE_VERMAGIC_MODULE_UNLOAD "mod_unload "
#define MODULE_ARCH_VERMAGIC "686 "

#define VERMAGIC_STRING                                                      \
	UTS_RELEASE " " MODULE_VERMAGIC_SMP MODULE_VERMAGIC_PREEMPT          \
		MODULE_VERMAGIC_MODULE_UNLOAD MODULE_ARCH_VERMAGIC

#endif /* _LINUX_VERMAGIC_H */
