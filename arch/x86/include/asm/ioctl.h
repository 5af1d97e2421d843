/*
 * ioctl.h - how an ioctl command number is built: _IO, _IOR, _IOW, _IOWR.
 *
 * An ioctl command is one 32-bit number that says what a driver should
 * do and, for the kernel and tools such as strace, how much data moves
 * which way. It packs four fields (i386, as every Linux architecture but
 * a few):
 *
 *   bits 31-30  direction: _IOC_NONE 0, _IOC_WRITE 1 (user to kernel),
 *               _IOC_READ 2 (kernel to user), both 3
 *   bits 29-16  size of the argument the pointer points at (14 bits)
 *   bits 15-8   type, the driver's "magic" letter (Documentation's
 *               ioctl-number.txt lists who has which)
 *   bits  7-0   the command's number within that driver
 *
 * A driver (LDD3's scull: SCULL_IOCSQUANTUM is _IOW('k', 1, int)) builds
 * its numbers with these macros, and in its ioctl method takes them apart
 * again with _IOC_TYPE, _IOC_NR, _IOC_DIR and _IOC_SIZE to refuse a wrong
 * magic and to access_ok() the argument for the direction the number
 * declares. The values are the ABI: the same program runs on Linux.
 *
 * Linux 2.6.32 keeps this in include/asm-generic/ioctl.h, which x86's
 * asm/ioctl.h includes; Linnet has no asm-generic folder and writes it
 * here. Read docs/drivers.md next.
 */
#ifndef _ASM_X86_IOCTL_H
#define _ASM_X86_IOCTL_H

#define _IOC_NRBITS 8
#define _IOC_TYPEBITS 8
#define _IOC_SIZEBITS 14
#define _IOC_DIRBITS 2

#define _IOC_NRMASK ((1 << _IOC_NRBITS) - 1)
#define _IOC_TYPEMASK ((1 << _IOC_TYPEBITS) - 1)
#define _IOC_SIZEMASK ((1 << _IOC_SIZEBITS) - 1)
#define _IOC_DIRMASK ((1 << _IOC_DIRBITS) - 1)

#define _IOC_NRSHIFT 0
#define _IOC_TYPESHIFT (_IOC_NRSHIFT + _IOC_NRBITS)
#define _IOC_SIZESHIFT (_IOC_TYPESHIFT + _IOC_TYPEBITS)
#define _IOC_DIRSHIFT (_IOC_SIZESHIFT + _IOC_SIZEBITS)

#define _IOC_NONE 0U
#define _IOC_WRITE 1U
#define _IOC_READ 2U

#define _IOC(dir, type, nr, size)                                                        \
	(((dir) << _IOC_DIRSHIFT) | ((type) << _IOC_TYPESHIFT) | ((nr) << _IOC_NRSHIFT) | \
	 ((size) << _IOC_SIZESHIFT))

/*
 * _IOC_TYPECHECK - the size field from a type, and a build error when
 * the type is too big for 14 bits (as 2.6.32's kernel-side check: the
 * reference to an undefined function stays only if the test is true).
 */
#ifdef __KERNEL__
extern unsigned int __invalid_size_argument_for_IOC;
#define _IOC_TYPECHECK(t)                                                           \
	((sizeof(t) == sizeof(t[1]) && sizeof(t) < (1 << _IOC_SIZEBITS)) ? sizeof(t) : \
									   __invalid_size_argument_for_IOC)
#else
#define _IOC_TYPECHECK(t) (sizeof(t))
#endif

#define _IO(type, nr) _IOC(_IOC_NONE, (type), (nr), 0)
#define _IOR(type, nr, size) _IOC(_IOC_READ, (type), (nr), (_IOC_TYPECHECK(size)))
#define _IOW(type, nr, size) _IOC(_IOC_WRITE, (type), (nr), (_IOC_TYPECHECK(size)))
#define _IOWR(type, nr, size) _IOC(_IOC_READ | _IOC_WRITE, (type), (nr), (_IOC_TYPECHECK(size)))
#define _IOR_BAD(type, nr, size) _IOC(_IOC_READ, (type), (nr), sizeof(size))
#define _IOW_BAD(type, nr, size) _IOC(_IOC_WRITE, (type), (nr), sizeof(size))
#define _IOWR_BAD(type, nr, size) _IOC(_IOC_READ | _IOC_WRITE, (type), (nr), sizeof(size))

/* Taking a command apart again */
#define _IOC_DIR(nr) (((nr) >> _IOC_DIRSHIFT) & _IOC_DIRMASK)
#define _IOC_TYPE(nr) (((nr) >> _IOC_TYPESHIFT) & _IOC_TYPEMASK)
#define _IOC_NR(nr) (((nr) >> _IOC_NRSHIFT) & _IOC_NRMASK)
#define _IOC_SIZE(nr) (((nr) >> _IOC_SIZESHIFT) & _IOC_SIZEMASK)

/* The same fields as the old names of BSD and Linux's early drivers */
#define IOC_IN (_IOC_WRITE << _IOC_DIRSHIFT)
#define IOC_OUT (_IOC_READ << _IOC_DIRSHIFT)
#define IOC_INOUT ((_IOC_WRITE | _IOC_READ) << _IOC_DIRSHIFT)
#define IOCSIZE_MASK (_IOC_SIZEMASK << _IOC_SIZESHIFT)
#define IOCSIZE_SHIFT (_IOC_SIZESHIFT)

#endif /* _ASM_X86_IOCTL_H */
