/*
 * ptrace.h - process tracing: one process (the tracer) stops, inspects and
 * steers another (the tracee), as debuggers and strace do.
 *
 * ptrace_may_access() is the one rule behind ptrace(2)'s PTRACE_ATTACH and
 * the sensitive files of /proc/PID (its links exe, cwd, root and fd/N, its
 * environ, its maps): the caller must be in the same thread group, or have
 * the target's real, effective and saved ids as its own real ids and the
 * target must be dumpable (include/linux/sched.h: get_dumpable), or the
 * caller must have CAP_SYS_PTRACE. PTRACE_MODE_READ asks to look,
 * PTRACE_MODE_ATTACH to control; 2.6.32 treats both alike unless a
 * security module tells them apart.
 *
 * The requests, options and event numbers are the i386 ABI's, as Linux
 * 2.6.32's include/linux/ptrace.h has them; so are the PT_* bits of
 * task->ptrace. See kernel/ptrace.c, arch/x86/kernel/ptrace.c and
 * docs/ptrace.md.
 */
#ifndef _LINUX_PTRACE_H
#define _LINUX_PTRACE_H

#include <asm/ptrace.h>

#define PTRACE_TRACEME 0
#define PTRACE_PEEKTEXT 1
#define PTRACE_PEEKDATA 2
#define PTRACE_PEEKUSR 3
#define PTRACE_POKETEXT 4
#define PTRACE_POKEDATA 5
#define PTRACE_POKEUSR 6
#define PTRACE_CONT 7
#define PTRACE_KILL 8
#define PTRACE_SINGLESTEP 9
#define PTRACE_GETREGS 12
#define PTRACE_SETREGS 13
#define PTRACE_GETFPREGS 14
#define PTRACE_SETFPREGS 15
#define PTRACE_ATTACH 16
#define PTRACE_DETACH 17
#define PTRACE_GETFPXREGS 18
#define PTRACE_SETFPXREGS 19
#define PTRACE_SYSCALL 24
#define PTRACE_SETOPTIONS 0x4200
#define PTRACE_GETEVENTMSG 0x4201
#define PTRACE_GETSIGINFO 0x4202
#define PTRACE_SETSIGINFO 0x4203

/* PTRACE_SETOPTIONS */
#define PTRACE_O_TRACESYSGOOD 0x00000001
#define PTRACE_O_TRACEFORK 0x00000002
#define PTRACE_O_TRACEVFORK 0x00000004
#define PTRACE_O_TRACECLONE 0x00000008
#define PTRACE_O_TRACEEXEC 0x00000010
#define PTRACE_O_TRACEVFORKDONE 0x00000020
#define PTRACE_O_TRACEEXIT 0x00000040
#define PTRACE_O_MASK 0x0000007f

/* The event in the high byte of an event stop's wait status (status >> 16) */
#define PTRACE_EVENT_FORK 1
#define PTRACE_EVENT_VFORK 2
#define PTRACE_EVENT_CLONE 3
#define PTRACE_EVENT_EXEC 4
#define PTRACE_EVENT_VFORK_DONE 5
#define PTRACE_EVENT_EXIT 6

/* task->ptrace */
#define PT_PTRACED 0x00000001
#define PT_TRACESYSGOOD 0x00000004
#define PT_PTRACE_CAP 0x00000008 /* the tracer had CAP_SYS_PTRACE */
#define PT_TRACE_FORK 0x00000010
#define PT_TRACE_VFORK 0x00000020
#define PT_TRACE_CLONE 0x00000040
#define PT_TRACE_EXEC 0x00000080
#define PT_TRACE_VFORK_DONE 0x00000100
#define PT_TRACE_EXIT 0x00000200
#define PT_TRACE_MASK 0x000003f4

#define PTRACE_MODE_READ 1
#define PTRACE_MODE_ATTACH 2

struct task_struct;
struct ksignal_info;

int __ptrace_may_access(struct task_struct *task, unsigned int mode);
bool ptrace_may_access(struct task_struct *task, unsigned int mode);

/* Is someone else than its real parent tracing @p? (2.6.32's ptrace_reparented) */
#define ptrace_reparented(p) ((p)->real_parent != (p)->parent)

/* task_ptrace - the PT_* bits of @task, 0 if it is not traced */
#define task_ptrace(task) ((task)->ptrace)

void __ptrace_unlink(struct task_struct *child);
int ptrace_clone_event(unsigned long clone_flags);
void ptrace_init_task(struct task_struct *child, bool ptrace);
void exit_ptrace(struct task_struct *tracer);
void ptrace_notify(int exit_code);
int ptrace_event(int mask, int event, unsigned long message);
void ptrace_report_exec(void);

/* arch/x86/kernel/ptrace.c */
long arch_ptrace(struct task_struct *child, long request, long addr, long data);
void user_enable_single_step(struct task_struct *child);
void user_disable_single_step(struct task_struct *child);
void ptrace_disable(struct task_struct *child);
int ptrace_request(struct task_struct *child, long request, long addr, long data);

#endif /* _LINUX_PTRACE_H */
