/*
 * version.h - which kernel a module is compiled against.
 *
 * Code meant for several kernels tests LINUX_VERSION_CODE against
 * KERNEL_VERSION(2, 6, 32); Linnet answers as the 2.6.32 it follows
 * (its release string is UTS_RELEASE, "2.6.32-linnet"). Linux generates
 * this file at build time; Linnet's is written by hand. See docs/modules.md.
 */
#ifndef _LINUX_VERSION_H
#define _LINUX_VERSION_H

#define LINUX_VERSION_CODE 132640 /* 2.6.32 */
#define KERNEL_VERSION(a, b, c) (((a) << 16) + ((b) << 8) + (c))

#endif /* _LINUX_VERSION_H */
