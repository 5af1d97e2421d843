/*
 * utsrelease.h - the kernel's release string, as `uname -r` prints it.
 *
 * Linux generates this file from its Makefile's VERSION, PATCHLEVEL,
 * SUBLEVEL and EXTRAVERSION. Linnet's release names the Linux it follows
 * (2.6.32) and itself; modules are stamped with it (vermagic) and live
 * under /lib/modules/<release>/. See docs/modules.md.
 */
#ifndef _LINUX_UTSRELEASE_H
#define _LINUX_UTSRELEASE_H

#define UTS_RELEASE "2.6.32-linnet"

#endif /* _LINUX_UTSRELEASE_H */
