/*
 * futex.c - fast user-space mutexes: the kernel half.
 *
 * A futex is a 32-bit word in user memory. User space does the
 * uncontended work alone with atomic instructions; only when it must
 * wait does it call futex(FUTEX_WAIT, val): "sleep if the word still
 * holds val". The check and the queueing happen under the hash bucket's
 * lock, so a FUTEX_WAKE that follows the waker's change of the word
 * cannot be lost:
 *
 *   waiter                            waker
 *   queue itself on hash(mm, addr)
 *   read *addr == val? else EAGAIN    *addr = new value (in user space)
 *   sleep                             FUTEX_WAKE: dequeue and wake up to n
 *
 * Waiters hang in futex_queues[], a hash table of lists keyed by (mm,
 * address), each with a spinlock. FUTEX_REQUEUE moves waiters from one
 * futex to another without waking them (condition variables);
 * FUTEX_CMP_REQUEUE first checks the word; FUTEX_WAKE_OP changes a
 * second word and wakes on both; FUTEX_WAIT_BITSET/WAKE_BITSET match
 * waiters by a bit mask. glibc's mutexes, condition variables and
 * pthread_join (CLONE_CHILD_CLEARTID: the exiting thread's tid word is
 * zeroed and woken, kernel/exit.c:mm_release) need exactly this.
 *
 * 2.6.32 keys a shared futex by the page and offset (so processes
 * sharing a file or shm segment meet) and a private one (FUTEX_PRIVATE_FLAG)
 * by (mm, address); Linnet keys both by (mm, address), so a futex shared
 * between processes is not supported. The PI futexes (FUTEX_LOCK_PI...)
 * answer -ENOSYS, as on a 2.6.32 without CONFIG_FUTEX_PI support for
 * them, and robust lists are stored (set_robust_list) but not walked at
 * exit. FUTEX_WAKE_OP's read-modify-write of the second word uses
 * get_user/put_user, so it is not atomic against another thread of the
 * process that is preempted in between (2.6.32 uses a locked instruction
 * with page faults disabled). See docs/processes.md.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/list.h>
#include <linux/hash.h>
#include <linux/spinlock.h>
#include <linux/hrtimer.h>
#include <linux/time.h>
#include <linux/ktime.h>
#include <linux/thread_info.h>
#include <linux/futex.h>
#include <linux/cred.h>
#include <asm/uaccess.h>

#define FUTEX_WAIT 0
#define FUTEX_WAKE 1
#define FUTEX_FD 2
#define FUTEX_REQUEUE 3
#define FUTEX_CMP_REQUEUE 4
#define FUTEX_WAKE_OP 5
#define FUTEX_WAIT_BITSET 9
#define FUTEX_WAKE_BITSET 10
#define FUTEX_PRIVATE_FLAG 128
#define FUTEX_CLOCK_REALTIME 256
#define FUTEX_CMD_MASK ~(FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME)

#define FUTEX_HASHBITS 8

/**
 * struct futex_q - a task waiting on a futex
 * @list: link in its hash bucket
 * @task: the waiting task
 * @mm: the key: the address space...
 * @addr: ...and the word's user address
 * @bitset: FUTEX_WAIT_BITSET's mask (all ones for FUTEX_WAIT)
 */
struct futex_q {
	struct list_head list;
	struct task_struct *task;
	struct mm_struct *mm;
	unsigned long addr;
	u32 bitset;
};

static struct list_head futex_queues[1 << FUTEX_HASHBITS];
static DEFINE_SPINLOCK(futex_lock); /* one lock: Linnet is uniprocessor */

static struct list_head *hash_futex(struct mm_struct *mm, unsigned long addr)
{
	struct list_head *head = &futex_queues[hash_long(addr + (unsigned long)mm, FUTEX_HASHBITS)];

	if (!head->next)
		INIT_LIST_HEAD(head);
	return head;
}

/* A futex word must be aligned and in user space */
static int check_uaddr(u32 __user *uaddr)
{
	if ((unsigned long)uaddr % sizeof(u32))
		return -EINVAL;
	if (!access_ok(VERIFY_WRITE, uaddr, sizeof(u32)))
		return -EFAULT;
	return 0;
}

/* Wake (or with @requeue_to, move) the waiters on @uaddr; futex_lock held */
static int wake_and_requeue(u32 __user *uaddr, int nr_wake, u32 bitset, u32 __user *uaddr2,
			    int nr_requeue)
{
	struct mm_struct *mm = current->mm;
	struct list_head *head = hash_futex(mm, (unsigned long)uaddr);
	struct futex_q *q, *n;
	int woken = 0, moved = 0;

	list_for_each_entry_safe(q, n, head, list) {
		if (q->mm != mm || q->addr != (unsigned long)uaddr || !(q->bitset & bitset))
			continue;
		if (woken < nr_wake) {
			list_del_init(&q->list);
			wake_up_process(q->task);
			woken++;
		} else if (uaddr2 && moved < nr_requeue) {
			list_del(&q->list);
			q->addr = (unsigned long)uaddr2;
			list_add_tail(&q->list, hash_futex(mm, q->addr));
			moved++;
		} else {
			break;
		}
	}
	return woken + moved;
}

/**
 * futex_wake - wake up to @nr_wake waiters on a futex
 * @uaddr: the futex word
 * @nr_wake: how many at most
 * @bitset: wake only waiters whose bitset shares a bit with this
 *
 * Context: process context.
 * Return: the number woken, -EINVAL (misaligned, bitset 0), -EFAULT.
 */
int futex_wake(u32 __user *uaddr, int nr_wake, u32 bitset)
{
	unsigned long flags;
	int ret = check_uaddr(uaddr);

	if (ret)
		return ret;
	if (!bitset)
		return -EINVAL;
	spin_lock_irqsave(&futex_lock, flags);
	ret = wake_and_requeue(uaddr, nr_wake, bitset, NULL, 0);
	spin_unlock_irqrestore(&futex_lock, flags);
	return ret;
}

static long futex_wait_restart(struct restart_block *restart);

/*
 * Sleep on @uaddr if it holds @val, until woken, @abs_time (monotonic,
 * or NULL) or a signal.
 */
static int futex_wait(u32 __user *uaddr, u32 val, ktime_t *abs_time, u32 bitset)
{
	struct futex_q q = {
		.task = current, .mm = current->mm, .addr = (unsigned long)uaddr, .bitset = bitset
	};
	struct restart_block *restart;
	unsigned long flags;
	int ret = check_uaddr(uaddr), woken;
	u32 uval;

	if (ret)
		return ret;
	if (!bitset)
		return -EINVAL;
	/* Read first (it may fault and sleep), then again under the lock */
	if (get_user(uval, uaddr))
		return -EFAULT;
	spin_lock_irqsave(&futex_lock, flags);
	if (__get_user(uval, uaddr)) { /* the page went away meanwhile */
		spin_unlock_irqrestore(&futex_lock, flags);
		return -EFAULT;
	}
	if (uval != val) {
		spin_unlock_irqrestore(&futex_lock, flags);
		return -EWOULDBLOCK;
	}
	list_add_tail(&q.list, hash_futex(q.mm, q.addr));
	set_current_state(TASK_INTERRUPTIBLE);
	spin_unlock_irqrestore(&futex_lock, flags);

	if (abs_time)
		ret = schedule_hrtimeout(abs_time, HRTIMER_MODE_ABS);
	else
		schedule();
	__set_current_state(TASK_RUNNING);

	spin_lock_irqsave(&futex_lock, flags);
	woken = list_empty(&q.list);
	if (!woken)
		list_del(&q.list);
	spin_unlock_irqrestore(&futex_lock, flags);
	if (woken)
		return 0;
	if (abs_time && !ret)
		return -ETIMEDOUT;
	if (!signal_pending(current))
		return 0; /* a spurious wake-up: user space rechecks the word */
	if (!abs_time)
		return -ERESTARTSYS;
	restart = &current_thread_info()->restart_block;
	restart->fn = futex_wait_restart;
	restart->futex.uaddr = uaddr;
	restart->futex.val = val;
	restart->futex.time = abs_time->tv64;
	restart->futex.bitset = bitset;
	return -ERESTART_RESTARTBLOCK;
}

/* restart_syscall after a signal interrupted a FUTEX_WAIT with a timeout */
static long futex_wait_restart(struct restart_block *restart)
{
	ktime_t t = ns_to_ktime(restart->futex.time);

	restart->fn = do_no_restart_syscall;
	return futex_wait(restart->futex.uaddr, restart->futex.val, &t, restart->futex.bitset);
}

/* FUTEX_WAKE_OP's operation on the second word; the old value in *@oldval */
static int futex_atomic_op(int encoded_op, u32 __user *uaddr, int *oldval)
{
	int op = (encoded_op >> 28) & 7, cmp = (encoded_op >> 24) & 15;
	int oparg = (encoded_op << 8) >> 20, cmparg = (encoded_op << 20) >> 20;
	u32 old, new;

	if ((u32)encoded_op & (8U << 28))
		oparg = 1 << oparg;
	if (get_user(old, uaddr))
		return -EFAULT;
	switch (op) {
	case 0: /* FUTEX_OP_SET */
		new = oparg;
		break;
	case 1: /* FUTEX_OP_ADD */
		new = old + oparg;
		break;
	case 2: /* FUTEX_OP_OR */
		new = old | oparg;
		break;
	case 3: /* FUTEX_OP_ANDN */
		new = old & ~oparg;
		break;
	case 4: /* FUTEX_OP_XOR */
		new = old ^ oparg;
		break;
	default:
		return -ENOSYS;
	}
	if (put_user(new, uaddr))
		return -EFAULT;
	*oldval = old;
	switch (cmp) {
	case 0:
		return (int)old == cmparg;
	case 1:
		return (int)old != cmparg;
	case 2:
		return (int)old < cmparg;
	case 3:
		return (int)old >= cmparg;
	case 4:
		return (int)old <= cmparg;
	case 5:
		return (int)old > cmparg;
	}
	return -ENOSYS;
}

static int futex_wake_op(u32 __user *uaddr1, u32 __user *uaddr2, int nr_wake, int nr_wake2, int op)
{
	unsigned long flags;
	int ret, oldval, op_ret;

	ret = check_uaddr(uaddr1) ?: check_uaddr(uaddr2);
	if (ret)
		return ret;
	op_ret = futex_atomic_op(op, uaddr2, &oldval);
	if (op_ret < 0)
		return op_ret;
	spin_lock_irqsave(&futex_lock, flags);
	ret = wake_and_requeue(uaddr1, nr_wake, FUTEX_BITSET_MATCH_ANY, NULL, 0);
	if (op_ret > 0)
		ret += wake_and_requeue(uaddr2, nr_wake2, FUTEX_BITSET_MATCH_ANY, NULL, 0);
	spin_unlock_irqrestore(&futex_lock, flags);
	return ret;
}

static int futex_requeue(u32 __user *uaddr1, u32 __user *uaddr2, int nr_wake, int nr_requeue,
			 u32 *cmpval)
{
	unsigned long flags;
	int ret;
	u32 curval;

	ret = check_uaddr(uaddr1) ?: check_uaddr(uaddr2);
	if (ret)
		return ret;
	if (cmpval && get_user(curval, uaddr1))
		return -EFAULT;
	spin_lock_irqsave(&futex_lock, flags);
	if (cmpval && (__get_user(curval, uaddr1) || curval != *cmpval)) {
		spin_unlock_irqrestore(&futex_lock, flags);
		return -EAGAIN;
	}
	ret = wake_and_requeue(uaddr1, nr_wake, FUTEX_BITSET_MATCH_ANY, uaddr2, nr_requeue);
	spin_unlock_irqrestore(&futex_lock, flags);
	return ret;
}

/**
 * do_futex - the futex operations
 * @uaddr: the futex word
 * @op: FUTEX_* with FUTEX_PRIVATE_FLAG and FUTEX_CLOCK_REALTIME
 * @val: the expected value (WAIT) or how many to wake
 * @timeout: the absolute deadline on the monotonic clock, or NULL
 * @uaddr2: the second futex (REQUEUE, WAKE_OP)
 * @val2: how many to requeue, or to wake on @uaddr2
 * @val3: CMP_REQUEUE's expected value, WAKE_OP's op, or the bitset
 *
 * Context: process context.
 * Return: as sys_futex().
 */
long do_futex(u32 __user *uaddr, int op, u32 val, ktime_t *timeout, u32 __user *uaddr2, u32 val2,
	      u32 val3)
{
	int cmd = op & FUTEX_CMD_MASK;

	if ((op & FUTEX_CLOCK_REALTIME) && cmd != FUTEX_WAIT_BITSET)
		return -ENOSYS;
	switch (cmd) {
	case FUTEX_WAIT:
		val3 = FUTEX_BITSET_MATCH_ANY;
		/* fall through */
	case FUTEX_WAIT_BITSET:
		return futex_wait(uaddr, val, timeout, val3);
	case FUTEX_WAKE:
		val3 = FUTEX_BITSET_MATCH_ANY;
		/* fall through */
	case FUTEX_WAKE_BITSET:
		return futex_wake(uaddr, val, val3);
	case FUTEX_REQUEUE:
		return futex_requeue(uaddr, uaddr2, val, val2, NULL);
	case FUTEX_CMP_REQUEUE:
		return futex_requeue(uaddr, uaddr2, val, val2, &val3);
	case FUTEX_WAKE_OP:
		return futex_wake_op(uaddr, uaddr2, val, val2, val3);
	}
	return -ENOSYS;
}

/**
 * sys_futex - wait on, wake or requeue futexes (system call 240)
 * @uaddr: the futex word
 * @op: the operation and its flags
 * @val: the expected value or a count
 * @utime: FUTEX_WAIT: a relative timeout; FUTEX_WAIT_BITSET: an absolute
 *         one (CLOCK_MONOTONIC, or CLOCK_REALTIME with the flag); for
 *         REQUEUE/CMP_REQUEUE/WAKE_OP, a count passed as a pointer
 * @uaddr2: the second futex
 * @val3: a value, an op or a bitset
 *
 * Context: process context (system call); may sleep.
 * Return: 0 or a count; -EWOULDBLOCK (the word differs), -ETIMEDOUT,
 * -EINTR (through the restart rules), -EAGAIN (CMP_REQUEUE), -EFAULT,
 * -EINVAL, -ENOSYS (an operation Linnet lacks: FUTEX_FD, the PI ones).
 */
asmlinkage long sys_futex(u32 __user *uaddr, int op, u32 val, struct timespec __user *utime,
			  u32 __user *uaddr2, u32 val3)
{
	int cmd = op & FUTEX_CMD_MASK;
	ktime_t t, *tp = NULL;
	u32 val2 = 0;

	if (utime && (cmd == FUTEX_WAIT || cmd == FUTEX_WAIT_BITSET)) {
		struct timespec ts;

		if (copy_from_user(&ts, utime, sizeof(ts)))
			return -EFAULT;
		if (ts.tv_sec < 0 || (unsigned long)ts.tv_nsec >= NSEC_PER_SEC)
			return -EINVAL;
		t = timespec_to_ktime(ts);
		if (cmd == FUTEX_WAIT) {
			t = ktime_add(ktime_get(), t);
		} else if (op & FUTEX_CLOCK_REALTIME) { /* to the monotonic clock */
			ktime_t real = ktime_get_real(), mono = ktime_get();

			t.tv64 -= real.tv64 - mono.tv64;
		}
		tp = &t;
	}
	if (cmd == FUTEX_REQUEUE || cmd == FUTEX_CMP_REQUEUE || cmd == FUTEX_WAKE_OP)
		val2 = (u32)(unsigned long)utime;
	return do_futex(uaddr, op, val, tp, uaddr2, val2, val3);
}

/**
 * struct robust_list_head - the head of a thread's robust futex list (ABI)
 * @list: the first entry
 * @futex_offset: where the futex word is, relative to an entry
 * @list_op_pending: the entry being acquired or released
 */
struct robust_list_head {
	void __user *list;
	long futex_offset;
	void __user *list_op_pending;
};

/**
 * sys_set_robust_list - where the thread's robust futex list is (system call 311)
 * @head: the list head in user memory
 * @len: sizeof(struct robust_list_head), 12
 *
 * Linnet records it (get_robust_list reports it) but does not walk it
 * when the thread dies: a robust mutex held by a dead thread is not
 * marked FUTEX_OWNER_DIED (docs/processes.md).
 *
 * Context: process context (system call).
 * Return: 0, or -EINVAL for a wrong @len.
 */
asmlinkage long sys_set_robust_list(struct robust_list_head __user *head, size_t len)
{
	if (len != sizeof(*head))
		return -EINVAL;
	current->robust_list = head;
	return 0;
}

/**
 * sys_get_robust_list - a thread's robust futex list (system call 312)
 * @pid: the thread, 0 for the caller
 * @head_ptr: where the head's address goes
 * @len_ptr: where its size goes
 *
 * Context: process context (system call).
 * Return: 0, -ESRCH, -EPERM (another user's thread), -EFAULT.
 */
asmlinkage long sys_get_robust_list(int pid, void __user *__user *head_ptr, size_t __user *len_ptr)
{
	struct task_struct *p = pid ? find_task_by_pid(pid) : current;

	if (!p || (pid && !p->mm))
		return -ESRCH;
	if (p->cred.euid != current->cred.euid && p->cred.uid != current->cred.euid &&
	    !capable(CAP_SYS_PTRACE))
		return -EPERM;
	if (put_user(sizeof(struct robust_list_head), len_ptr))
		return -EFAULT;
	return put_user(p->robust_list, head_ptr);
}
