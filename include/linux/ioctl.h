/*
 * ioctl.h - ioctl command numbers (_IO, _IOR, _IOW, _IOWR).
 *
 * As in Linux 2.6.32, only the architecture's header:
 * arch/x86/include/asm/ioctl.h says how a command number is laid out and
 * why. A driver's header (LDD3's scull.h) includes this one to define
 * its commands. Read docs/drivers.md next.
 */
#ifndef _LINUX_IOCTL_H
#define _LINUX_IOCTL_H

#include <asm/ioctl.h>

#endif /* _LINUX_IOCTL_H */
