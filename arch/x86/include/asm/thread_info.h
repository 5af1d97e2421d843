/*
 * asm/thread_info.h - the little structure at the bottom of every kernel stack.
 *
 * Each kernel stack is THREAD_SIZE (8 KiB) bytes, aligned to THREAD_SIZE,
 * and its lowest bytes hold a struct thread_info. So from any stack
 * pointer, rounding down to THREAD_SIZE finds the running context's
 * thread_info: no global variable, no lookup. This is how Linux 2.6 on
 * i386 finds `current` and the preempt count.
 *
 *   stack top  +------------------+  (esp starts here and grows down)
 *              |   ...            |
 *              |   stack frames   |
 *              |   ...            |
 *   base+32    +------------------+
 *              | struct           |
 *   base       | thread_info      |  = esp & ~(THREAD_SIZE - 1)
 *              +------------------+
 *
 * The boot stack (init_thread_union in boot/head.asm) is laid out the same
 * way, so the boot context has a thread_info too (all zero at first).
 */
#ifndef _ASM_THREAD_INFO_H
#define _ASM_THREAD_INFO_H

#include <linux/types.h>
#include <linux/thread_info.h> /* struct restart_block */
#include <asm/page.h>

struct task_struct;

/**
 * mm_segment_t - an address limit: user accesses must lie below it
 * @seg: addr + size of an access must be at most this
 */
typedef struct {
	unsigned long seg;
} mm_segment_t;

/**
 * struct thread_info - per-context state kept at the base of the kernel stack
 * @task: the task that owns this stack (NULL for the boot context before tasks)
 * @flags: TIF_* bits: work to do before returning from an interrupt
 * @preempt_count: the preemption, softirq and hardirq nesting counts
 *                 (include/linux/hardirq.h); 0 means preemptible
 * @cpu: always 0: Linnet is uniprocessor
 * @addr_limit: user accesses must lie below it (asm/uaccess.h): USER_DS
 *              for a process, KERNEL_DS for a kernel thread
 * @status: TS_USEDFPU while the FPU holds this task's state (lazy FPU)
 * @restart_block: how restart_syscall finishes an interrupted sleep
 *                 (include/linux/thread_info.h)
 */
struct thread_info {
	struct task_struct *task;
	unsigned long flags;
	int preempt_count;
	int cpu;
	mm_segment_t addr_limit;
	unsigned long status;
	struct restart_block restart_block;
};

#define TS_USEDFPU 0x0001 /* the FPU's registers are this task's */

#define TIF_SYSCALL_TRACE 0 /* ptrace: stop at system call entry and exit */
#define TIF_SIGPENDING 2 /* a signal is pending */
#define TIF_NEED_RESCHED 3 /* schedule() at the next opportunity */
#define TIF_SINGLESTEP 4 /* ptrace: stepping; a system call ends in SIGTRAP */
#define TIF_RESTORE_SIGMASK 9 /* sigsuspend: put saved_sigmask back after the handler */
#define TIF_MEMDIE 16 /* the OOM killer chose it: it may use the reserves to die */
#define TIF_FORCED_TF 24 /* ptrace set EFLAGS.TF, not the program */

/* What makes system_call leave its fast path (2.6.32's masks, entry_32.asm's too) */
#define _TIF_WORK_SYSCALL_ENTRY (1UL << TIF_SYSCALL_TRACE)
#define _TIF_WORK_SYSCALL_EXIT ((1UL << TIF_SYSCALL_TRACE) | (1UL << TIF_SINGLESTEP))

/**
 * current_thread_info - the thread_info of the stack we are running on
 *
 * Context: any.
 * Return: the thread_info at the base of the current kernel stack.
 */
#ifdef LINNET_HOST
/* The host test build has one context: its thread_info is a variable. */
extern struct thread_info host_thread_info;

static inline struct thread_info *current_thread_info(void)
{
	return &host_thread_info;
}

static inline void set_ti_thread_flag(struct thread_info *ti, int flag)
{
	ti->flags |= 1UL << flag;
}

static inline void clear_ti_thread_flag(struct thread_info *ti, int flag)
{
	ti->flags &= ~(1UL << flag);
}
#else
static inline struct thread_info *current_thread_info(void)
{
	unsigned long sp;

	__asm__("mov %%esp, %0" : "=r"(sp));
	return (struct thread_info *)(sp & ~(THREAD_SIZE - 1UL));
}

static inline void set_ti_thread_flag(struct thread_info *ti, int flag)
{
	__asm__ __volatile__("btsl %1, %0" : "+m"(ti->flags) : "Ir"(flag) : "memory");
}

static inline void clear_ti_thread_flag(struct thread_info *ti, int flag)
{
	__asm__ __volatile__("btrl %1, %0" : "+m"(ti->flags) : "Ir"(flag) : "memory");
}

#endif /* LINNET_HOST */

static inline bool test_ti_thread_flag(struct thread_info *ti, int flag)
{
	return (ti->flags >> flag) & 1;
}

#define set_thread_flag(flag) set_ti_thread_flag(current_thread_info(), flag)
#define clear_thread_flag(flag) clear_ti_thread_flag(current_thread_info(), flag)
#define test_thread_flag(flag) test_ti_thread_flag(current_thread_info(), flag)

/**
 * union thread_union - a kernel stack with its thread_info at the base
 * @thread_info: the per-context state
 * @stack: the stack itself
 */
union thread_union {
	struct thread_info thread_info;
	unsigned long stack[THREAD_SIZE / sizeof(long)];
};

extern union thread_union init_thread_union;

#endif /* _ASM_THREAD_INFO_H */
