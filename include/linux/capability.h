/*
 * capability.h - the names of root's separate powers.
 *
 * Linux splits "root may do anything" into capabilities, one bit each:
 * CAP_DAC_OVERRIDE passes the file mode checks, CAP_CHOWN changes a
 * file's owner, CAP_SYS_MODULE loads modules, and so on. A privileged
 * operation asks capable(CAP_X), never "is the uid 0?", so the two ideas
 * (who you are, what you may do) stay apart.
 *
 * The numbers are Linux 2.6.32's (CAP_LAST_CAP is 33). Linux 2.6.32
 * keeps four capability sets in struct cred (inheritable, permitted,
 * effective, bounding) and recomputes them on setuid and exec; Linnet
 * keeps no sets: capable() in kernel/sys.c grants every capability to a
 * task whose effective uid is 0 and none to anyone else, which is what
 * 2.6.32's default rules give a task that has not asked otherwise
 * (prctl, file capabilities). See docs/processes.md, "Identity".
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

int capable(int cap);

#endif /* _LINUX_CAPABILITY_H */
