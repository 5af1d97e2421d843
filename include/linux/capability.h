/*
 * capability.h - the capabilities: root's powers, one bit each.
 *
 * Linux splits what root may do into capabilities, numbered below: a
 * driver asks capable(CAP_SYS_ADMIN) before a privileged ioctl, LDD3's
 * scull_u lets another user open a device held by its owner only if
 * capable(CAP_DAC_OVERRIDE). The numbers are the ABI (capget and
 * capset, and file capabilities, carry them), so they are 2.6.32's.
 *
 * Linux 2.6.32 keeps effective, permitted and inheritable sets in the
 * task's struct cred and asks the security module; without one, root
 * (euid 0) has them all and everybody else none. Linnet has no sets and
 * no security modules: capable() (kernel/sys.c) is that default,
 * "effective uid 0", whatever capability is asked for. Its docs are in
 * linux/cred.h's opening comment; read docs/processes.md, "Identity".
 */
#ifndef _LINUX_CAPABILITY_H
#define _LINUX_CAPABILITY_H

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

int capable(int cap);

#endif /* _LINUX_CAPABILITY_H */
