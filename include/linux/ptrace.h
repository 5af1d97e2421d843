/*
 * ptrace.h - who may inspect another process.
 *
 * ptrace_may_access() is the one rule behind ptrace(2) and the sensitive
 * files of /proc/PID (its links exe, cwd, root and fd/N, its environ, its
 * maps): the caller must be in the same thread group, or have the
 * target's real, effective and saved ids as its own real ids and the
 * target must be dumpable (include/linux/sched.h: get_dumpable), or the
 * caller must have CAP_SYS_PTRACE. PTRACE_MODE_READ asks to look,
 * PTRACE_MODE_ATTACH to control; 2.6.32 treats both alike unless a
 * security module tells them apart.
 *
 * Linux 2.6.32's names; Linnet has no ptrace(2) itself (the system call
 * is -ENOSYS), only the check. See kernel/ptrace.c and docs/procfs.md.
 */
#ifndef _LINUX_PTRACE_H
#define _LINUX_PTRACE_H

#include <asm/ptrace.h>

#define PTRACE_MODE_READ 1
#define PTRACE_MODE_ATTACH 2

struct task_struct;

int __ptrace_may_access(struct task_struct *task, unsigned int mode);
bool ptrace_may_access(struct task_struct *task, unsigned int mode);

#endif /* _LINUX_PTRACE_H */
