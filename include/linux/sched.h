/*
 * sched.h - tasks and the scheduler's interface.
 *
 * A task is a context of execution the scheduler can stop and resume: a
 * kernel stack, the registers saved on it, and the struct task_struct
 * that names it. Linnet has only kernel threads (no user space), so a
 * task is exactly a Linux kernel thread: its stack is THREAD_SIZE
 * (8 KiB) aligned to THREAD_SIZE with a struct thread_info at its base,
 * and `current` is found from the stack pointer:
 *
 *   esp & ~(THREAD_SIZE-1) --> struct thread_info --.task--> task_struct
 *                                (preempt_count,             (pid, comm,
 *                                 TIF_NEED_RESCHED,           state, run
 *                                 TIF_SIGPENDING)             list, ...)
 *
 * The task states are Linux's: TASK_RUNNING (on the run queue, running
 * or ready), TASK_INTERRUPTIBLE (asleep; a signal wakes it),
 * TASK_UNINTERRUPTIBLE (asleep; only the event wakes it). A task puts
 * itself to sleep by setting its state and calling schedule(); someone
 * else wakes it with wake_up_process(). See docs/sched.md.
 */
#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H

#include <linux/kernel.h>
#include <linux/linkage.h>
#include <linux/types.h>
#include <linux/list.h>
#include <linux/atomic.h>
#include <linux/compiler.h>
#include <linux/preempt.h>
#include <linux/rbtree.h>
#include <linux/hardirq.h>
#include <linux/thread_info.h>
#include <asm/processor.h>
#include <asm/segment.h>
#include <asm/ptrace.h>
#include <asm/barrier.h>
#include <linux/spinlock.h>
#include <linux/signal.h>
#include <linux/time.h>
#include <linux/hrtimer.h>
#include <linux/resource.h>
#include <linux/cred.h>
#include <linux/capability.h>
#include <linux/smp.h>
#include <linux/percpu.h>
#include <linux/jiffies.h>
#include <linux/timer.h>
#include <linux/sem.h>

#define TASK_RUNNING 0
#define TASK_INTERRUPTIBLE 1
#define TASK_UNINTERRUPTIBLE 2
#define __TASK_STOPPED 4
#define __TASK_TRACED 8
#define EXIT_ZOMBIE 16
#define EXIT_DEAD 32
#define TASK_DEAD 64
#define TASK_WAKEKILL 128

#define TASK_KILLABLE (TASK_WAKEKILL | TASK_UNINTERRUPTIBLE)
#define TASK_STOPPED (TASK_WAKEKILL | __TASK_STOPPED)
#define TASK_TRACED (TASK_WAKEKILL | __TASK_TRACED)
#define TASK_NORMAL (TASK_INTERRUPTIBLE | TASK_UNINTERRUPTIBLE)
#define TASK_ALL (TASK_NORMAL | __TASK_STOPPED | __TASK_TRACED)

#define task_is_traced(task) (((task)->state & __TASK_TRACED) != 0)
#define task_is_stopped(task) (((task)->state & __TASK_STOPPED) != 0)
#define task_is_stopped_or_traced(task) (((task)->state & (__TASK_STOPPED | __TASK_TRACED)) != 0)

#define TASK_COMM_LEN 16

/* task->flags */
#define PF_EXITING 0x00000004 /* in do_exit() */
#define PF_KTHREAD 0x00200000 /* a kernel thread (all of Linnet's are) */

#define MAX_SCHEDULE_TIMEOUT LONG_MAX

/*
 * The load averages (kernel/sched.c:calc_global_load): fixed point with
 * FSHIFT bits of fraction, sampled every LOAD_FREQ, decayed by EXP_n =
 * FIXED_1/exp(5 s/n min), as 2.6.32.
 */
extern unsigned long avenrun[3];
void get_avenrun(unsigned long *loads, unsigned long offset, int shift);
void calc_global_load(void);
#define FSHIFT 11 /* bits of precision */
#define FIXED_1 (1 << FSHIFT) /* 1.0 */
#define LOAD_FREQ (5 * HZ + 1) /* 5 s intervals */
#define EXP_1 1884 /* 1/exp(5sec/1min) */
#define EXP_5 2014 /* 1/exp(5sec/5min) */
#define EXP_15 2037 /* 1/exp(5sec/15min) */
#define LOAD_INT(x) ((x) >> FSHIFT)
#define LOAD_FRAC(x) LOAD_INT(((x) & (FIXED_1 - 1)) * 100)

/* Signals Linnet knows by number (Linux i386's numbering) */
#define SIGHUP 1
#define SIGINT 2
#define SIGQUIT 3
#define SIGKILL 9
#define SIGUSR1 10
#define SIGSEGV 11
#define SIGUSR2 12
#define SIGTERM 15

/**
 * struct thread_struct - the CPU state a switched-out task left behind
 * @sp: its kernel stack pointer; the callee-saved registers are on the stack
 * @ip: where it resumes: inside switch_to, or ret_from_fork for a new task
 */
struct thread_struct {
	unsigned long sp;
	unsigned long ip;
	/* Processes (docs/processes.md): per-task CPU state of user mode */
	unsigned long sp0;
	unsigned long trap_no;
	unsigned long error_code;
	unsigned long cr2;
	u64 tls_array[GDT_ENTRY_TLS_ENTRIES];
	bool fpu_used;
	u8 fpu[512] __aligned(16);
};

struct kthread;
struct vm_struct;
struct fs_struct;
struct files_struct;

/* Scheduling policies (sched_setscheduler), Linux's numbers */
#define SCHED_NORMAL 0
#define SCHED_FIFO 1
#define SCHED_RR 2
#define SCHED_BATCH 3
/* 4 is SCHED_ISO in Linux: reserved, not implemented */
#define SCHED_IDLE 5

/*
 * Priorities: 0..MAX_RT_PRIO-1 are real-time, MAX_RT_PRIO..MAX_PRIO-1
 * are nice -20..19. A lower number is more urgent.
 */
#define MAX_USER_RT_PRIO 100
#define MAX_RT_PRIO MAX_USER_RT_PRIO
#define MAX_PRIO (MAX_RT_PRIO + 40)
#define DEFAULT_PRIO (MAX_RT_PRIO + 20)
#define NICE_TO_PRIO(nice) (MAX_RT_PRIO + (nice) + 20)
#define PRIO_TO_NICE(prio) ((prio)-MAX_RT_PRIO - 20)
#define TASK_NICE(p) PRIO_TO_NICE((p)->static_prio)

/* The CFS weight of nice 0 (prio_to_weight[20]), and the fixed-point shift */
#define NICE_0_LOAD 1024
#define NICE_0_SHIFT 10

/* The SCHED_RR time slice: 100 ms */
#define DEF_TIMESLICE (100 * HZ / 1000)

/**
 * struct sched_param - the argument of sched_setscheduler()
 * @sched_priority: 1..99 for SCHED_FIFO/SCHED_RR, 0 for the others
 */
struct sched_param {
	int sched_priority;
};

/**
 * struct load_weight - a CFS weight and its inverse
 * @weight: the weight (1024 at nice 0; each nice step is about 1.25x)
 * @inv_weight: 2^32 / weight, so that dividing by the weight is a multiply
 */
struct load_weight {
	unsigned long weight, inv_weight;
};

/**
 * struct sched_entity - what CFS schedules: a task (a group, in Linux)
 * @load: its weight, from its nice value
 * @run_node: its node in the cfs_rq's rbtree timeline, ordered by vruntime
 * @on_rq: true while runnable (in the tree, or running as cfs_rq->curr)
 * @exec_start: rq clock (ns) when it last started running or was charged
 * @sum_exec_runtime: total CPU time it used, in nanoseconds
 * @vruntime: its virtual run time: run time scaled by NICE_0_LOAD/weight
 * @prev_sum_exec_runtime: sum_exec_runtime when it was last picked
 */
struct sched_entity {
	struct load_weight load;
	struct rb_node run_node;
	unsigned int on_rq;
	u64 exec_start;
	u64 sum_exec_runtime;
	u64 vruntime;
	u64 prev_sum_exec_runtime;
};

/**
 * struct sched_rt_entity - what the real-time class schedules
 * @run_list: link in its priority's list in the rt_rq
 * @time_slice: SCHED_RR ticks left before it goes behind its equals
 */
struct sched_rt_entity {
	struct list_head run_list;
	unsigned int time_slice;
};

struct rq;

/**
 * struct sched_class - one scheduling policy's hooks, as 2.6.32 has them
 * @next: the next class down (rt -> fair -> idle)
 * @enqueue_task: @p becomes runnable (@wakeup: it was asleep)
 * @dequeue_task: @p stops being runnable (@sleep: it goes to sleep)
 * @yield_task: the running task calls yield()
 * @check_preempt_curr: @p became runnable: should it preempt rq->curr?
 * @pick_next_task: the class's best runnable task, made current, or NULL
 * @put_prev_task: @p stops running (it may still be runnable)
 * @set_curr_task: rq->curr changed class or priority while running
 * @task_tick: the timer tick hit @p, which is running
 * @task_fork: @p was just created by the current task
 * @switched_from: @p leaves this class
 * @switched_to: @p joins this class (@running: it is rq->curr)
 * @prio_changed: @p's priority changed from @oldprio
 * @get_rr_interval: @p's time slice in jiffies (sched_rr_get_interval)
 */
struct sched_class {
	const struct sched_class *next;
	void (*enqueue_task)(struct rq *rq, struct task_struct *p, int wakeup);
	void (*dequeue_task)(struct rq *rq, struct task_struct *p, int sleep);
	void (*yield_task)(struct rq *rq);
	void (*check_preempt_curr)(struct rq *rq, struct task_struct *p, int flags);
	struct task_struct *(*pick_next_task)(struct rq *rq);
	void (*put_prev_task)(struct rq *rq, struct task_struct *p);
	void (*set_curr_task)(struct rq *rq);
	void (*task_tick)(struct rq *rq, struct task_struct *p, int queued);
	void (*task_fork)(struct task_struct *p);
	void (*switched_from)(struct rq *this_rq, struct task_struct *task, int running);
	void (*switched_to)(struct rq *this_rq, struct task_struct *task, int running);
	void (*prio_changed)(struct rq *this_rq, struct task_struct *task, int oldprio,
			     int running);
	unsigned int (*get_rr_interval)(struct rq *rq, struct task_struct *task);
};

/* wake flags for try_to_wake_up and check_preempt_curr */
#define WF_SYNC 0x01 /* the waker goes to sleep right after */
#define WF_FORK 0x02 /* the wakee is a new task */
struct mm_struct;
struct completion;
struct sighand_struct;
struct tty_struct;
struct ksignal_info;

/* signal_struct->flags: the thread group's job-control and exit state */
#define SIGNAL_STOP_STOPPED 0x00000001 /* the group is stopped */
#define SIGNAL_STOP_DEQUEUED 0x00000002 /* a stop signal was dequeued */
#define SIGNAL_STOP_CONTINUED 0x00000004 /* SIGCONT since the last wait */
#define SIGNAL_GROUP_EXIT 0x00000008 /* exit_group or a fatal signal */
#define SIGNAL_CLD_STOPPED 0x00000010 /* tell the parent: stopped */
#define SIGNAL_CLD_CONTINUED 0x00000020 /* tell the parent: continued */
#define SIGNAL_CLD_MASK (SIGNAL_CLD_STOPPED | SIGNAL_CLD_CONTINUED)
#define SIGNAL_UNKILLABLE 0x00000040 /* init: only signals it handles */

/**
 * struct cpu_itimer - an ITIMER_VIRTUAL or ITIMER_PROF timer
 * @expires: CPU time left, in nanoseconds; 0 when disarmed
 * @incr: the interval it is rearmed with, in nanoseconds
 */
struct cpu_itimer {
	u64 expires;
	u64 incr;
};

/**
 * struct signal_struct - what a thread group (a process) shares, as 2.6.32
 * @count: the threads using it; the last one's release frees it
 * @live: the threads not yet exited; the last to exit cancels the timers
 * @shared_pending: signals sent to the process (kill), with their queued
 *                  siginfos; any thread not blocking one may take it
 * @posix_timers: the process's POSIX timers (timer_create; kernel/posix-timers.c)
 * @group_exit_code: the status of exit_group or of a fatal signal
 * @group_exit_task: the thread exec waits on to kill the others, or NULL
 * @group_stop_count: threads still to stop for a group stop
 * @flags: SIGNAL_* bits
 * @real_timer: ITIMER_REAL (alarm, setitimer): an hrtimer sending SIGALRM
 * @leader_pid: the process @real_timer signals
 * @it_real_incr: ITIMER_REAL's interval (0: one shot)
 * @it: ITIMER_PROF and ITIMER_VIRTUAL, indexed by CPUCLOCK_PROF and
 *      CPUCLOCK_VIRT
 * @pgrp: the process group's id (2.6.32 keeps a struct pid in task->pids)
 * @session: the session's id (likewise)
 * @leader: true for a session leader (setsid)
 * @tty: the controlling terminal, or NULL (drivers/char/tty_io.c)
 * @tty_old_pgrp: the foreground group when the terminal was lost
 * @utime: user time of the group's dead threads, jiffies
 * @stime: system time of the group's dead threads, jiffies
 * @cutime: user time of reaped children (and theirs), jiffies
 * @cstime: system time of reaped children, jiffies
 * @nvcsw: voluntary context switches of the dead threads
 * @nivcsw: involuntary context switches of the dead threads
 * @cnvcsw: voluntary context switches of reaped children
 * @cnivcsw: involuntary context switches of reaped children
 * @min_flt: minor faults of the dead threads
 * @maj_flt: major faults of the dead threads
 * @cmin_flt: minor faults of reaped children
 * @cmaj_flt: major faults of reaped children
 * @maxrss: largest resident set of the dead threads, KiB
 * @cmaxrss: largest resident set of a reaped child, KiB
 * @sum_sched_runtime: CPU time of the dead threads, ns
 * @rlim: the resource limits (getrlimit/setrlimit)
 * @oom_adj: the OOM killer's adjustment, -17 (OOM_DISABLE) to 15, shared by
 *           the threads (/proc/PID/oom_adj; mm/oom_kill.c)
 *
 * 2.6.32 finds a task's process group and session through task->pids[]
 * and struct pid; Linnet has pid numbers only, so it keeps them here, as
 * Linux did until 2.6.24 (signal->pgrp, signal->session).
 */
struct signal_struct {
	atomic_t count;
	atomic_t live;
	struct sigpending shared_pending;
	struct list_head posix_timers;
	int group_exit_code;
	struct task_struct *group_exit_task;
	int group_stop_count;
	unsigned int flags;
	struct hrtimer real_timer;
	pid_t leader_pid;
	ktime_t it_real_incr;
	struct cpu_itimer it[2];
	pid_t pgrp, session;
	int leader;
	struct tty_struct *tty;
	pid_t tty_old_pgrp;
	unsigned long utime, stime, cutime, cstime;
	unsigned long nvcsw, nivcsw, cnvcsw, cnivcsw;
	unsigned long min_flt, maj_flt, cmin_flt, cmaj_flt;
	unsigned long maxrss, cmaxrss;
	unsigned long long sum_sched_runtime;
	struct rlimit rlim[RLIM_NLIMITS];
	int oom_adj;
};

#define CPUCLOCK_PROF 0
#define CPUCLOCK_VIRT 1

/**
 * struct task_struct - a kernel thread
 * @state: TASK_RUNNING, TASK_INTERRUPTIBLE, TASK_UNINTERRUPTIBLE, TASK_DEAD...
 * @stack: the base of its THREAD_SIZE kernel stack (its struct thread_info)
 * @stack_vm_area: the vmalloc area the stack is mapped in, with the
 *                 unmapped guard page below it (NULL for the boot stack)
 * @usage: references; the task and its stack are freed when it drops to 0
 * @flags: PF_* bits
 * @prio: the priority the scheduler uses: 0..99 real-time, 100..139 fair
 *        (lower is more urgent)
 * @static_prio: the fair priority from the nice value, NICE_TO_PRIO(nice)
 * @normal_prio: the priority from policy and static/rt priority
 * @rt_priority: SCHED_FIFO/SCHED_RR priority, 1..99 (0 for the others)
 * @sched_class: the class whose hooks schedule it (rt, fair or idle)
 * @se: its CFS entity: weight, vruntime, run-queue node
 * @rt: its real-time entity: run-list link, RR time slice
 * @policy: SCHED_NORMAL, SCHED_BATCH, SCHED_IDLE, SCHED_FIFO or SCHED_RR
 * @tasks: link in the list of all tasks (for ps)
 * @utime: ticks (jiffies) charged to it in user mode (account_process_tick)
 * @stime: ticks charged to it in kernel mode; ps shows @utime + @stime
 * @nvcsw: voluntary context switches (it went to sleep)
 * @nivcsw: involuntary ones (preempted, or yielded while runnable)
 * @pid: process id; 0 is the idle task "swapper"
 * @thread_pid: its struct pid, in the pid hash (kernel/pid.c; 2.6.32:
 *              pids[PIDTYPE_PID].pid, and this name is 4.19's)
 * @comm: its name, as ps shows it
 * @thread: saved stack pointer and resume address while switched out;
 *          @thread.sp0 the top of the kernel stack (the TSS's esp0 while
 *          it runs), @thread.trap_no, @thread.error_code and @thread.cr2
 *          the last exception, @thread.tls_array its TLS descriptors,
 *          @thread.fpu its saved FPU/SSE state (fxsave's image, valid if
 *          @thread.fpu_used; arch/x86/kernel/i387.c)
 * @fpu_counter: how many switches in a row it has used the FPU in; past 5,
 *          __switch_to loads its FPU state at once instead of waiting for
 *          the #NM trap (2.6.32's preload; an unsigned char, as 2.6.32's)
 * @pending: signals sent to this thread, with their queued siginfos
 * @allowed: signals 1..32 this kernel thread accepts (allow_signal()); others
 *           are ignored, as Linux's kernel threads ignore signals by default
 * @exit_code: the value it exited with
 * @kthread: kthread_stop()'s rendezvous, on the thread's own stack
 * @fs: root, current directory and umask (shared: init_fs)
 * @files: the descriptor table (shared: init_files)
 * @link_count: symlinks being followed inside each other now
 * @total_link_count: symlinks followed in the current path walk
 * @mm: the process's address space; NULL for a kernel thread
 * @active_mm: the address space the CPU uses while it runs (init_mm for
 *             a kernel thread: Linnet has no lazy TLB, see asm/mmu_context.h)
 * @exit_state: EXIT_ZOMBIE once dead and not yet reaped, then EXIT_DEAD
 * @exit_signal: the signal its parent gets when it dies (SIGCHLD; -1 for a thread)
 * @tgid: the thread group's id, which getpid() returns (the leader's pid)
 * @real_parent: the process that forked it (init once that one dies)
 * @parent: who hears of its stops and death and reaps it: @real_parent,
 *          or its ptrace tracer while it is traced (kernel/ptrace.c)
 * @ptrace: PT_* bits: PT_PTRACED while traced, and the PTRACE_O_ options
 * @ptraced: the tasks it traces (their @ptrace_entry)
 * @ptrace_entry: link in the tracer's @ptraced
 * @ptrace_message: what PTRACE_GETEVENTMSG tells of the last event stop
 * @last_siginfo: while stopped for its tracer, the siginfo of the stop
 * @children: its children (their @sibling)
 * @sibling: link in the parent's @children
 * @group_leader: the first thread of its thread group
 * @thread_group: link in the thread group's list of threads
 * @set_child_tid: CLONE_CHILD_SETTID: where the child stores its tid
 * @clear_child_tid: set_tid_address()/CLONE_CHILD_CLEARTID: zeroed, and
 *                   a futex wake done there, when it exits
 * @vfork_done: the parent's completion that exit or exec completes (vfork)
 * @blocked: the signals it blocks (sigprocmask), a bit per signal 1..64
 * @sighand: its signal handlers (NULL for a kernel thread)
 * @signal: what the thread group shares: shared pending signals, process
 *          group and session, controlling tty, limits, timers, times
 * @did_exec: it has called execve since fork (setpgid's EACCES)
 * @self_exec_id: its execve count: /proc/PID/mem refuses an fd opened before the last one
 * @pdeath_signal: the signal it gets when its parent dies (PR_SET_PDEATHSIG)
 * @min_flt: page faults it took that needed no I/O
 * @maj_flt: page faults that did
 * @real_blocked: the mask sigtimedwait/sigsuspend will restore
 * @saved_sigmask: rt_sigsuspend's mask to restore after the handler
 * @sas_ss_sp: the alternate signal stack's base (sigaltstack), or 0
 * @sas_ss_size: its size
 * @robust_list: the user's robust futex list head (set_robust_list)
 * @start_time: when it was forked (monotonic), for /proc and times
 * @cred: its user and group ids (2.6.32: a pointer to a shared struct cred)
 * @personality: its execution domain (personality(2)); PER_LINUX is 0
 * @sysvsem: its System V semaphore undo list (ipc/sem.c; shared by CLONE_SYSVSEM)
 * @has_io_context: ioprio_set() gave it one (2.6.32's task->io_context != NULL)
 * @ioprio: its I/O priority, when @has_io_context (fs/ioprio.c)
 */
struct task_struct {
	volatile long state;
	void *stack;
	struct vm_struct *stack_vm_area;
	atomic_t usage;
	unsigned int flags;
	/* scheduling (kernel/sched.c), grouped as 2.6.32 groups them */
	int prio, static_prio, normal_prio;
	unsigned int rt_priority;
	const struct sched_class *sched_class;
	struct sched_entity se;
	struct sched_rt_entity rt;
	unsigned int policy;
	/* end of scheduling fields */
	struct list_head tasks;
	unsigned long utime, stime;
	unsigned long nvcsw, nivcsw;
	pid_t pid;
	struct pid *thread_pid;
	char comm[TASK_COMM_LEN];
	struct thread_struct thread;
	unsigned char fpu_counter;
	struct sigpending pending;
	unsigned long allowed;
	int exit_code;
	struct kthread *kthread;
	/*
	 * Files (fs/): where path walks start and the open files. The idle
	 * task and every kernel thread share init_fs and init_files, as
	 * 2.6.32's kernel threads do (CLONE_FS | CLONE_FILES); link_count
	 * and total_link_count bound symlink nesting (fs/namei.c).
	 */
	struct fs_struct *fs;
	struct files_struct *files;
	int link_count, total_link_count;

	/*
	 * Processes (kernel/fork.c, kernel/exit.c; docs/processes.md). Linux
	 * 2.6.32 keeps these at several places in task_struct; here they are
	 * one block so the scheduler's fields stay apart.
	 */
	struct mm_struct *mm, *active_mm;
	int exit_state;
	int exit_signal;
	pid_t tgid;
	struct task_struct *real_parent;
	struct task_struct *parent;
	struct list_head children;
	struct list_head sibling;
	unsigned int ptrace;
	struct list_head ptraced;
	struct list_head ptrace_entry;
	unsigned long ptrace_message;
	struct ksignal_info *last_siginfo;
	struct task_struct *group_leader;
	struct list_head thread_group;
	int __user *set_child_tid;
	int __user *clear_child_tid;
	struct completion *vfork_done;
	sigset_t blocked;
	struct sighand_struct *sighand;

	/* Thread groups, sessions, limits, times (kernel/sys.c, signal.c) */
	struct signal_struct *signal;
	int did_exec;
	u32 self_exec_id;
	int pdeath_signal;
	unsigned long min_flt, maj_flt;
	sigset_t real_blocked;
	sigset_t saved_sigmask;
	unsigned long sas_ss_sp;
	size_t sas_ss_size;
	void __user *robust_list;
	struct timespec start_time;
	struct cred cred;
	unsigned int personality;
	struct sysv_sem sysvsem;
	bool has_io_context;
	unsigned short ioprio;
};

/**
 * get_current - the task running now
 *
 * Context: any (in an interrupt handler: the task it interrupted).
 * Return: the task_struct of the stack we are on.
 */
static inline struct task_struct *get_current(void)
{
	return current_thread_info()->task;
}
#define current get_current()

#define task_thread_info(task) ((struct thread_info *)(task)->stack)

/*
 * set_current_state - publish the state before testing the condition.
 * The barrier orders the store to ->state before the caller's load of
 * the condition, so a waker that changes the condition and then wakes us
 * either sees the new state or we see the new condition (docs/wait.md).
 * It is smp_mb(), as 2.6.32's set_mb(): on one CPU, where the waker is an
 * interrupt handler or a task that preempted us and sees our accesses in
 * program order, only the compiler must not reorder them.
 */
#define __set_current_state(state_value)        \
	do {                                    \
		current->state = (state_value); \
	} while (0)
#define set_current_state(state_value)                                       \
	do {                                                                 \
		current->state = (state_value);                              \
		smp_mb();                                                    \
	} while (0)
#define __set_task_state(tsk, state_value)    \
	do {                                  \
		(tsk)->state = (state_value); \
	} while (0)
#define set_task_state(tsk, state_value) __set_task_state(tsk, state_value)

#define get_task_struct(tsk) atomic_inc(&(tsk)->usage)
void __put_task_struct(struct task_struct *tsk);
static inline void put_task_struct(struct task_struct *tsk)
{
	if (atomic_dec_and_test(&tsk->usage))
		__put_task_struct(tsk);
}

static inline void set_tsk_need_resched(struct task_struct *tsk)
{
	set_ti_thread_flag(task_thread_info(tsk), TIF_NEED_RESCHED);
}

static inline void clear_tsk_need_resched(struct task_struct *tsk)
{
	clear_ti_thread_flag(task_thread_info(tsk), TIF_NEED_RESCHED);
}

static inline int test_tsk_need_resched(struct task_struct *tsk)
{
	return test_ti_thread_flag(task_thread_info(tsk), TIF_NEED_RESCHED);
}

static inline int signal_pending(struct task_struct *p)
{
	return unlikely(test_ti_thread_flag(task_thread_info(p), TIF_SIGPENDING));
}

static inline int fatal_signal_pending(struct task_struct *p)
{
	return signal_pending(p) && (p->pending.signal & sigmask(SIGKILL));
}

/* Would a sleep in @state be ended by a signal pending for @p? */
static inline int signal_pending_state(long state, struct task_struct *p)
{
	if (!(state & (TASK_INTERRUPTIBLE | TASK_WAKEKILL)))
		return 0;
	if (!signal_pending(p))
		return 0;
	return (state & TASK_INTERRUPTIBLE) || fatal_signal_pending(p);
}

#define __sched __section(".sched.text")

extern struct task_struct init_task;

void sched_init(void);
void scheduler_tick(void);
void do_timer(unsigned long ticks);

/* set_need_resched - ask for a reschedule at the next preemption point */
#define set_need_resched() set_thread_flag(TIF_NEED_RESCHED)
asmlinkage void schedule(void);
void preempt_schedule_irq(void);
void yield(void);
int _cond_resched(void);
/* As 2.6.32: a cond_resched() in atomic context is reported, even when no reschedule is due. */
#define cond_resched()                                \
	({                                            \
		__might_sleep(__FILE__, __LINE__, 0); \
		_cond_resched();                      \
	})
void set_user_nice(struct task_struct *p, long nice);
int task_nice(const struct task_struct *p);
int task_prio(const struct task_struct *p);
int sched_setscheduler(struct task_struct *p, int policy, struct sched_param *param);
int sched_setscheduler_nocheck(struct task_struct *p, int policy, struct sched_param *param);
void sched_fork(struct task_struct *p, int clone_flags);
unsigned long long task_sched_runtime(struct task_struct *p);
void sched_debug_show(void (*print)(void *arg, const char *fmt, ...), void *arg);
int wake_up_process(struct task_struct *p);
int wake_up_state(struct task_struct *p, unsigned int state);
int try_to_wake_up(struct task_struct *p, unsigned int state, int wake_flags);
int task_curr(const struct task_struct *p);
int idle_cpu(int cpu);
void cpu_idle(void) __noreturn;
void set_task_comm(struct task_struct *tsk, const char *from);
char *get_task_comm(char *to, struct task_struct *tsk);
unsigned long get_wchan(struct task_struct *p);
int in_sched_functions(unsigned long addr);
struct task_struct *find_task_by_pid(pid_t pid);
int nr_running(void);
int nr_threads(void);

long schedule_timeout(long timeout);
long schedule_timeout_interruptible(long timeout);
long schedule_timeout_killable(long timeout);
long schedule_timeout_uninterruptible(long timeout);

/* clone() flags (Linux's values: the ABI) */
#define CSIGNAL 0x000000ff /* the signal the parent gets when the child dies */
#define CLONE_VM 0x00000100
#define CLONE_FS 0x00000200
#define CLONE_FILES 0x00000400
#define CLONE_SIGHAND 0x00000800
#define CLONE_PTRACE 0x00002000
#define CLONE_VFORK 0x00004000
#define CLONE_PARENT 0x00008000
#define CLONE_THREAD 0x00010000
#define CLONE_SYSVSEM 0x00040000
#define CLONE_SETTLS 0x00080000
#define CLONE_PARENT_SETTID 0x00100000
#define CLONE_CHILD_CLEARTID 0x00200000
#define CLONE_UNTRACED 0x00800000 /* a tracer may not trace the child (kernel threads) */
#define CLONE_CHILD_SETTID 0x01000000

/* The namespace and I/O flags (unshare: kernel/fork.c; CLONE_IO: fs/ioprio.c) */
#define CLONE_NEWNS 0x00020000
#define CLONE_NEWUTS 0x04000000
#define CLONE_NEWIPC 0x08000000
#define CLONE_NEWUSER 0x10000000
#define CLONE_NEWPID 0x20000000
#define CLONE_NEWNET 0x40000000
#define CLONE_IO 0x80000000

/* kernel/fork.c */
extern int max_threads;
extern spinlock_t tasklist_lock;

/*
 * The dumpable flag, in mm->flags as 2.6.32 keeps it (two bits):
 * get_dumpable() is 0 (not dumpable), 1 (SUID_DUMP_USER: the owner may
 * inspect it: ptrace, /proc/PID) or 2 (dumpable by root only). exec
 * sets it to 1, or to suid_dumpable when the program changes the ids or
 * cannot be read; a change of effective or file-system ids sets it to
 * suid_dumpable; prctl(PR_SET_DUMPABLE) sets 0 or 1. fs/exec.c.
 */
#define MMF_DUMPABLE 0
#define MMF_DUMP_SECURELY 1
#define SUID_DUMP_DISABLE 0
#define SUID_DUMP_USER 1
#define SUID_DUMP_ROOT 2

struct mm_struct;
extern int suid_dumpable;
void set_dumpable(struct mm_struct *mm, int value);
int get_dumpable(struct mm_struct *mm);
long do_fork(unsigned long clone_flags, unsigned long stack_start, struct pt_regs *regs,
	     unsigned long stack_size, int __user *parent_tidptr, int __user *child_tidptr);
void schedule_tail_user(void);
/* kernel/pid.c */
int alloc_pidmap(void);
extern int last_pid;
void free_pidmap(int pid);
/* kernel/exit.c */
void release_task(struct task_struct *p);
void mm_release(struct task_struct *tsk);
/* fs/exec.c */
int kernel_execve(const char *filename, const char *const argv[], const char *const envp[]);
void fork_init(void);
struct mm_struct *mm_alloc(void);
struct mm_struct *dup_mm(struct mm_struct *oldmm);
void mmput(struct mm_struct *mm);
struct mm_struct *get_task_mm(struct task_struct *task);
struct file;
void set_mm_exe_file(struct mm_struct *mm, struct file *new_exe_file);
struct file *get_mm_exe_file(struct mm_struct *mm);
extern unsigned long total_forks;
void mmdrop(struct mm_struct *mm);
void use_mm(struct mm_struct *mm);
void unuse_mm(struct mm_struct *mm);
void kthread_use_mm(struct mm_struct *mm);
void kthread_unuse_mm(struct mm_struct *mm);

/* task_pt_regs - where a task's user registers are saved: the top of its kernel stack */
#define task_pt_regs(task) ((struct pt_regs *)((char *)(task)->stack + THREAD_SIZE) - 1)
bool task_stack_guard(struct task_struct *p, unsigned long addr);
struct task_struct *copy_process(int (*fn)(void *), void *arg, const char *name);
pid_t kernel_thread(int (*fn)(void *), void *arg, unsigned long flags);
void wake_up_new_task(struct task_struct *p);
void unlink_task(struct task_struct *p);
unsigned long long nr_context_switches(void);
/* kernel/exit.c */
void do_exit(long code) __noreturn;

/* kernel/signal.c, kernel/exit.c, kernel/sys.c: process groups and sessions */
extern struct signal_struct init_signals;

/**
 * task_pgrp_nr - the id of a task's process group
 * @tsk: the task
 *
 * Context: any.
 * Return: the process group id (0 for the kernel's own tasks).
 */
static inline pid_t task_pgrp_nr(struct task_struct *tsk)
{
	return tsk->signal->pgrp;
}

/**
 * task_session_nr - the id of a task's session
 * @tsk: the task
 *
 * Context: any.
 * Return: the session id (0 for the kernel's own tasks).
 */
static inline pid_t task_session_nr(struct task_struct *tsk)
{
	return tsk->signal->session;
}

static inline int thread_group_leader(struct task_struct *p)
{
	return p->group_leader == p;
}

static inline int thread_group_empty(struct task_struct *p)
{
	return list_empty(&p->group_leader->thread_group);
}

/* The thread after @p in its group, round the ring (@p itself if alone) */
static inline struct task_struct *next_thread(const struct task_struct *p)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof */
	return list_entry(p->thread_group.next, struct task_struct, thread_group);
}

/* do { ... } while_each_thread(g, t): each other thread of @g's group after @g */
#define while_each_thread(g, t) while ((t = next_thread(t)) != g)

/* A zombie leader whose threads still run: its parent must wait (2.6.32's) */
static inline int delay_group_leader(struct task_struct *p)
{
	return thread_group_leader(p) && !thread_group_empty(p);
}

/* The group is exiting (exit_group, a fatal signal) or exec is killing its threads */
static inline int signal_group_exit(const struct signal_struct *sig)
{
	return (sig->flags & SIGNAL_GROUP_EXIT) || sig->group_exit_task != NULL;
}

/* for_each_process - every thread group leader (tasklist_lock held) */
#define for_each_process(p)                             \
	list_for_each_entry(p, &init_task.tasks, tasks) \
		if (thread_group_leader(p))

int kill_pgrp(pid_t pgrp, int sig, int priv);
int kill_pid(pid_t pid, int sig, int priv);
int is_current_pgrp_orphaned(void);
int session_of_pgrp(pid_t pgrp);
enum hrtimer_restart it_real_fn(struct hrtimer *timer);
void account_itimers(struct task_struct *tsk, int user_tick);
struct signal_struct *copy_signal_struct(struct task_struct *tsk, unsigned long clone_flags);
void put_signal_struct(struct signal_struct *sig);
void account_dead_thread(struct task_struct *tsk);

/* kernel/signal.c */
int send_sig(int sig, struct task_struct *p, int priv);
void force_sig(int sig, struct task_struct *p);
void flush_signals(struct task_struct *t);
int allow_signal(int sig);
int disallow_signal(int sig);

/**
 * struct user_struct - what the kernel counts per user id (kernel/user.c)
 * @__count: references: one per sigqueue charged to the user
 * @sigpending: signals queued to the user's processes (RLIMIT_SIGPENDING)
 * @epoll_watches: the items in this user's epoll sets (fs/eventpoll.c)
 * @inotify_watches: the user's inotify watches (max_user_watches)
 * @inotify_devs: the user's inotify instances (max_user_instances)
 * @mq_bytes: the bytes the user's POSIX message queues may hold
 *            (RLIMIT_MSGQUEUE; ipc/mqueue.c, under its mq_lock)
 * @uid: the user
 * @uidhash_node: link in the table of users
 *
 * 2.6.32's also counts processes, files and locked memory, and the
 * cred points to it; Linnet counts pending signals here.
 */
struct user_struct {
	atomic_t __count;
	atomic_t sigpending;
	atomic_t epoll_watches;
	atomic_t inotify_watches;
	atomic_t inotify_devs;
	unsigned long mq_bytes;
	uid_t uid;
	struct list_head uidhash_node;
};

struct user_struct *alloc_uid(uid_t uid, gfp_t flags);
struct user_struct *find_user(uid_t uid);
void free_uid(struct user_struct *up);

#endif /* _LINUX_SCHED_H */
