/*
 * capability.h - the capabilities: root's powers, one bit each.
 *
 * Linux splits what root may do into capabilities, numbered below: a
 * driver asks capable(CAP_SYS_ADMIN) before a privileged ioctl, LDD3's
 * scull_u lets another user open a device held by its owner only if
 * capable(CAP_DAC_OVERRIDE). The numbers are the ABI (capget and
 * capset, and file capabilities, carry them), so they are 2.6.32's.
 *
 * A task holds four sets in its struct cred, as in 2.6.32: effective
 * (what capable() tests), permitted (what it may make effective),
 * inheritable (what it may pass through execve) and the bounding set
 * (the most it may ever gain). Root's sets are full and follow its uids
 * (security/commoncap.c's rules, kernel/capability.c here); capget and
 * capset read and change them. The sets are two 32-bit words, as
 * 2.6.32's _KERNEL_CAPABILITY_U32S; 2.6.32 fills them whole (CAP_FULL_SET
 * is ~0 in both), where later Linux masks them to the capabilities it
 * knows. Read docs/processes.md, "Identity".
 */
#ifndef _LINUX_CAPABILITY_H
#define _LINUX_CAPABILITY_H

#include <linux/types.h>

/* capget/capset's header versions: v1 has one 32-bit word per set, v2 and v3 two */
#define _LINUX_CAPABILITY_VERSION_1 0x19980330
#define _LINUX_CAPABILITY_U32S_1 1
#define _LINUX_CAPABILITY_VERSION_2 0x20071026 /* deprecated: use v3 */
#define _LINUX_CAPABILITY_U32S_2 2
#define _LINUX_CAPABILITY_VERSION_3 0x20080522
#define _LINUX_CAPABILITY_U32S_3 2
#define _KERNEL_CAPABILITY_VERSION _LINUX_CAPABILITY_VERSION_3
#define _KERNEL_CAPABILITY_U32S _LINUX_CAPABILITY_U32S_3

/**
 * struct __user_cap_header_struct - capget/capset's header
 * @version: one of the _LINUX_CAPABILITY_VERSION_*; a wrong one is
 *           overwritten with _KERNEL_CAPABILITY_VERSION
 * @pid: whose sets (0: the caller's)
 */
struct __user_cap_header_struct {
	__u32 version;
	int pid;
};

/**
 * struct __user_cap_data_struct - one 32-bit word of each set, as capget/capset carry them
 * @effective: the effective set's word
 * @permitted: the permitted set's word
 * @inheritable: the inheritable set's word
 */
struct __user_cap_data_struct {
	__u32 effective;
	__u32 permitted;
	__u32 inheritable;
};

/**
 * struct kernel_cap_struct - a capability set: bit N of word N / 32 is capability N
 * @cap: the words
 */
typedef struct kernel_cap_struct {
	__u32 cap[_KERNEL_CAPABILITY_U32S];
} kernel_cap_t;

#define CAP_CHOWN 0
#define CAP_DAC_OVERRIDE 1
#define CAP_DAC_READ_SEARCH 2
#define CAP_FOWNER 3
#define CAP_FSETID 4
#define CAP_KILL 5
#define CAP_SETGID 6
#define CAP_SETUID 7
#define CAP_SETPCAP 8
#define CAP_LINUX_IMMUTABLE 9
#define CAP_NET_BIND_SERVICE 10
#define CAP_NET_BROADCAST 11
#define CAP_NET_ADMIN 12
#define CAP_NET_RAW 13
#define CAP_IPC_LOCK 14
#define CAP_IPC_OWNER 15
#define CAP_SYS_MODULE 16
#define CAP_SYS_RAWIO 17
#define CAP_SYS_CHROOT 18
#define CAP_SYS_PTRACE 19
#define CAP_SYS_PACCT 20
#define CAP_SYS_ADMIN 21
#define CAP_SYS_BOOT 22
#define CAP_SYS_NICE 23
#define CAP_SYS_RESOURCE 24
#define CAP_SYS_TIME 25
#define CAP_SYS_TTY_CONFIG 26
#define CAP_MKNOD 27
#define CAP_LEASE 28
#define CAP_AUDIT_WRITE 29
#define CAP_AUDIT_CONTROL 30
#define CAP_SETFCAP 31
#define CAP_MAC_OVERRIDE 32
#define CAP_MAC_ADMIN 33

#define CAP_LAST_CAP CAP_MAC_ADMIN
#define cap_valid(x) ((x) >= 0 && (x) <= CAP_LAST_CAP)

#define CAP_TO_INDEX(x) ((x) >> 5) /* 1 << 5 == bits in __u32 */
#define CAP_TO_MASK(x) (1 << ((x)&31))

/* The capabilities that override file permissions: dropped with fsuid 0 (2.6.32's CAP_FS_MASK) */
#define CAP_FS_MASK_B0                                                                   \
	(CAP_TO_MASK(CAP_CHOWN) | CAP_TO_MASK(CAP_MKNOD) | CAP_TO_MASK(CAP_DAC_OVERRIDE) |   \
	 CAP_TO_MASK(CAP_DAC_READ_SEARCH) | CAP_TO_MASK(CAP_FOWNER) | CAP_TO_MASK(CAP_FSETID))
#define CAP_FS_MASK_B1 (CAP_TO_MASK(CAP_MAC_OVERRIDE))

#define CAP_EMPTY_SET ((kernel_cap_t){ { 0, 0 } })
#define CAP_FULL_SET ((kernel_cap_t){ { ~0, ~0 } })
#define CAP_INIT_EFF_SET ((kernel_cap_t){ { ~CAP_TO_MASK(CAP_SETPCAP), ~0 } })
#define CAP_FS_SET ((kernel_cap_t){ { CAP_FS_MASK_B0 | CAP_TO_MASK(CAP_LINUX_IMMUTABLE), CAP_FS_MASK_B1 } })
#define CAP_INIT_INH_SET CAP_EMPTY_SET
#define CAP_INIT_BSET CAP_FULL_SET

#define cap_raised(c, flag) ((c).cap[CAP_TO_INDEX(flag)] & CAP_TO_MASK(flag))
#define cap_clear(c) ((c) = CAP_EMPTY_SET)

/* cap_combine - the union of two sets */
static inline kernel_cap_t cap_combine(const kernel_cap_t a, const kernel_cap_t b)
{
	kernel_cap_t dest = { { a.cap[0] | b.cap[0], a.cap[1] | b.cap[1] } };

	return dest;
}

/* cap_intersect - the intersection of two sets */
static inline kernel_cap_t cap_intersect(const kernel_cap_t a, const kernel_cap_t b)
{
	kernel_cap_t dest = { { a.cap[0] & b.cap[0], a.cap[1] & b.cap[1] } };

	return dest;
}

/* cap_issubset - is every capability of @a in @set? */
static inline int cap_issubset(const kernel_cap_t a, const kernel_cap_t set)
{
	return !(a.cap[0] & ~set.cap[0]) && !(a.cap[1] & ~set.cap[1]);
}

/* cap_isclear - is the set empty? */
static inline int cap_isclear(const kernel_cap_t a)
{
	return !a.cap[0] && !a.cap[1];
}

int capable(int cap);

#endif /* _LINUX_CAPABILITY_H */
