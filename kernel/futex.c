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
 *   queue itself on hash(key)
 *   read *addr == val? else EAGAIN    *addr = new value (in user space)
 *   sleep                             FUTEX_WAKE: dequeue and wake up to n
 *
 * Waiters hang in futex_queues[], a hash table of lists by the futex's
 * key (below), under one spinlock. FUTEX_REQUEUE moves waiters from one
 * futex to another without waking them (condition variables);
 * FUTEX_CMP_REQUEUE first checks the word; FUTEX_WAKE_OP changes a
 * second word and wakes on both; FUTEX_WAIT_BITSET/WAKE_BITSET match
 * waiters by a bit mask. glibc's mutexes, condition variables and
 * pthread_join (CLONE_CHILD_CLEARTID: the exiting thread's tid word is
 * zeroed and woken, kernel/exit.c:mm_release) need exactly this.
 *
 * A futex is found by its key (get_futex_key, as 2.6.32): a private
 * one (FUTEX_PRIVATE_FLAG, glibc's default for a process's own locks)
 * by (mm, address); a shared one in memory processes can share
 * (MAP_SHARED, anonymous or of a file) by the page and the offset in it,
 * so a parent and its child, or two processes mapping one file, meet on
 * it whatever addresses they map it at (pthread_mutexattr_setpshared).
 * 2.6.32 keys a file's page by (inode, index); Linnet by the struct page
 * itself, which the key holds a reference on.
 *
 * Robust futexes: a thread registers a list of the robust mutexes it
 * holds (set_robust_list); when it exits or execs, mm_release() walks
 * it (exit_robust_list), and each mutex still naming the thread's tid
 * gets FUTEX_OWNER_DIED and a waiter is woken, so the next locker learns
 * EOWNERDEAD instead of waiting forever.
 *
 * The read-modify-write operations on a user word (FUTEX_WAKE_OP, the
 * robust list's cmpxchg) run with page faults disabled, so nothing
 * sleeps between the read and the write; a fault makes the page present
 * and writable (fault_in_user_writeable) and the operation is retried.
 * On one CPU that is atomic; 2.6.32 uses locked instructions.
 *
 * The PI futexes (FUTEX_LOCK_PI, FUTEX_UNLOCK_PI, FUTEX_TRYLOCK_PI,
 * FUTEX_WAIT_REQUEUE_PI, FUTEX_CMP_REQUEUE_PI) answer -ENOSYS: Linnet
 * has no rt_mutex to give the owner the waiter's priority (glibc then
 * refuses PTHREAD_PRIO_INHERIT mutexes with ENOTSUP). See docs/processes.md.
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
#include <linux/mm.h>
#include <linux/rwsem.h>
#include <linux/uaccess.h>
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

#define FUTEX_TID_MASK 0x3fffffff /* the owner's tid in a robust futex word */
#define FUTEX_OWNER_DIED 0x40000000 /* the owner died holding it */
#define FUTEX_WAITERS 0x80000000 /* someone sleeps on it: wake at unlock */
#define ROBUST_LIST_LIMIT 2048 /* at most this many entries are walked */

/* futex_key.word's low bit: the key is (page, offset) and holds the page */
#define FUT_OFF_PAGE 1

/**
 * struct futex_key - what makes two futex calls meet
 * @ptr: the mm_struct for a private futex, the struct page for a shared one
 * @word: the user address for a private futex; for a shared one the
 *        offset in the page, with FUT_OFF_PAGE set
 *
 * 2.6.32's union futex_key has the same two forms, with (inode, page
 * index) for a page of a file or of shmem; see get_futex_key().
 */
struct futex_key {
	void *ptr;
	unsigned long word;
};

/**
 * struct futex_q - a task waiting on a futex
 * @list: link in its hash bucket
 * @task: the waiting task
 * @key: the futex it waits on (a shared key holds its page)
 * @bitset: FUTEX_WAIT_BITSET's mask (all ones for FUTEX_WAIT)
 */
struct futex_q {
	struct list_head list;
	struct task_struct *task;
	struct futex_key key;
	u32 bitset;
};

static struct list_head futex_queues[1 << FUTEX_HASHBITS];
static DEFINE_SPINLOCK(futex_lock); /* one lock: Linnet is uniprocessor */

static struct list_head *hash_futex(struct futex_key *key)
{
	struct list_head *head =
		&futex_queues[hash_long(key->word + (unsigned long)key->ptr, FUTEX_HASHBITS)];

	if (!head->next)
		INIT_LIST_HEAD(head);
	return head;
}

static bool match_futex(struct futex_key *a, struct futex_key *b)
{
	return a->ptr == b->ptr && a->word == b->word;
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

/*
 * get_futex_key - the key of the futex at @uaddr, as 2.6.32's
 *
 * A private futex (FUTEX_PRIVATE_FLAG) is (current->mm, address). A
 * shared one in a mapping processes can share (VM_MAYSHARE: MAP_SHARED
 * of a file or anonymous memory) is the page under the address and the
 * offset in it, whatever address each process maps it at; the key holds
 * a reference on the page until put_futex_key(). A shared futex in a
 * private mapping is (mm, address) too, as 2.6.32 keys an anonymous page.
 * 2.6.32 keys a file page by (inode, index), which also meets in a
 * MAP_PRIVATE file page nobody has written yet; Linnet keys it by
 * (mm, address) there (docs/processes.md).
 */
static int get_futex_key(u32 __user *uaddr, int fshared, struct futex_key *key)
{
	unsigned long address = (unsigned long)uaddr;
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;
	struct page *page;
	int err = check_uaddr(uaddr);

	if (err)
		return err;
	key->ptr = mm;
	key->word = address;
	if (!fshared || !mm)
		return 0;
	down_read(&mm->mmap_sem);
	vma = find_vma(mm, address);
	if (!vma || vma->vm_start > address) {
		up_read(&mm->mmap_sem);
		return -EFAULT;
	}
	if (!(vma->vm_flags & VM_MAYSHARE)) {
		up_read(&mm->mmap_sem);
		return 0;
	}
	page = follow_page(vma, address, FOLL_GET);
	if (!page && !(handle_mm_fault(mm, vma, address, 0) & VM_FAULT_ERROR))
		page = follow_page(vma, address, FOLL_GET);
	up_read(&mm->mmap_sem);
	if (!page)
		return -EFAULT;
	key->ptr = page;
	key->word = (address & ~PAGE_MASK) | FUT_OFF_PAGE;
	return 0;
}

/* Another holder of @key (a requeued waiter): one more page reference */
static void get_futex_key_refs(struct futex_key *key)
{
	if (key->word & FUT_OFF_PAGE)
		get_page(key->ptr);
}

static void put_futex_key(struct futex_key *key)
{
	if (key->word & FUT_OFF_PAGE)
		put_page(key->ptr);
}

/* Wake (or with @key2, move) the waiters on @key; futex_lock held */
static int wake_and_requeue(struct futex_key *key, int nr_wake, u32 bitset, struct futex_key *key2,
			    int nr_requeue)
{
	struct list_head *head = hash_futex(key);
	struct futex_q *q, *n;
	int woken = 0, moved = 0;

	list_for_each_entry_safe(q, n, head, list) {
		if (!match_futex(&q->key, key) || !(q->bitset & bitset))
			continue;
		if (woken < nr_wake) {
			list_del_init(&q->list);
			wake_up_process(q->task);
			woken++;
		} else if (key2 && moved < nr_requeue) {
			list_del(&q->list);
			/* the waiter's reference moves with it; ours stays ours */
			get_futex_key_refs(key2);
			put_futex_key(&q->key);
			q->key = *key2;
			list_add_tail(&q->list, hash_futex(&q->key));
			moved++;
		} else {
			break;
		}
	}
	return woken + moved;
}

/* futex_wake with a shared (@fshared) or private key */
static int __futex_wake(u32 __user *uaddr, int fshared, int nr_wake, u32 bitset)
{
	struct futex_key key;
	unsigned long flags;
	int ret;

	if (!bitset)
		return -EINVAL;
	ret = get_futex_key(uaddr, fshared, &key);
	if (ret)
		return ret;
	spin_lock_irqsave(&futex_lock, flags);
	ret = wake_and_requeue(&key, nr_wake, bitset, NULL, 0);
	spin_unlock_irqrestore(&futex_lock, flags);
	put_futex_key(&key);
	return ret;
}

/**
 * futex_wake - wake up to @nr_wake waiters on a shared futex
 * @uaddr: the futex word
 * @nr_wake: how many at most
 * @bitset: wake only waiters whose bitset shares a bit with this
 *
 * The key is the shared one (no FUTEX_PRIVATE_FLAG), as 2.6.32's
 * mm_release and handle_futex_death wake: glibc waits on the tid word
 * and on robust mutexes with shared operations.
 *
 * Context: process context.
 * Return: the number woken, -EINVAL (misaligned, bitset 0), -EFAULT.
 */
int futex_wake(u32 __user *uaddr, int nr_wake, u32 bitset)
{
	return __futex_wake(uaddr, 1, nr_wake, bitset);
}

static long futex_wait_restart(struct restart_block *restart);

/*
 * Sleep on @uaddr if it holds @val, until woken, @abs_time (monotonic,
 * or NULL) or a signal.
 */
static int futex_wait(u32 __user *uaddr, int fshared, u32 val, ktime_t *abs_time, u32 bitset)
{
	struct futex_q q = { .task = current, .bitset = bitset };
	struct restart_block *restart;
	unsigned long flags;
	int ret, woken;
	u32 uval;

	if (!bitset)
		return -EINVAL;
	ret = get_futex_key(uaddr, fshared, &q.key);
	if (ret)
		return ret;
	/* Read first (it may fault and sleep), then again under the lock */
	ret = -EFAULT;
	if (get_user(uval, uaddr))
		goto out;
	spin_lock_irqsave(&futex_lock, flags);
	if (__get_user(uval, uaddr)) { /* the page went away meanwhile */
		spin_unlock_irqrestore(&futex_lock, flags);
		goto out;
	}
	if (uval != val) {
		spin_unlock_irqrestore(&futex_lock, flags);
		ret = -EWOULDBLOCK;
		goto out;
	}
	list_add_tail(&q.list, hash_futex(&q.key));
	set_current_state(TASK_INTERRUPTIBLE);
	spin_unlock_irqrestore(&futex_lock, flags);

	ret = 0;
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
	if (woken) {
		ret = 0;
	} else if (abs_time && !ret) {
		ret = -ETIMEDOUT;
	} else if (!signal_pending(current)) {
		ret = 0; /* a spurious wake-up: user space rechecks the word */
	} else if (!abs_time) {
		ret = -ERESTARTSYS;
	} else {
		restart = &current_thread_info()->restart_block;
		restart->fn = futex_wait_restart;
		restart->futex.uaddr = uaddr;
		restart->futex.val = val;
		restart->futex.time = abs_time->tv64;
		restart->futex.bitset = bitset;
		restart->futex.flags = fshared;
		ret = -ERESTART_RESTARTBLOCK;
	}
out:
	put_futex_key(&q.key); /* a requeue may have changed it: the reference moved too */
	return ret;
}

/* restart_syscall after a signal interrupted a FUTEX_WAIT with a timeout */
static long futex_wait_restart(struct restart_block *restart)
{
	ktime_t t = ns_to_ktime(restart->futex.time);

	restart->fn = do_no_restart_syscall;
	return futex_wait(restart->futex.uaddr, restart->futex.flags, restart->futex.val, &t,
			  restart->futex.bitset);
}

/*
 * fault_in_user_writeable - make the word at @uaddr present and writable
 *
 * The atomic operations below run with page faults disabled (they must
 * not sleep between reading and writing the word); when one faults, the
 * caller brings the page in for writing with this, as a write fault
 * would (a copy-on-write copy, a demand-zero page), and tries again.
 * 2.6.32 does this with get_user_pages(write = 1).
 */
static int fault_in_user_writeable(u32 __user *uaddr)
{
	unsigned long address = (unsigned long)uaddr;
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;
	int ret = -EFAULT;

	if (!mm)
		return -EFAULT;
	down_read(&mm->mmap_sem);
	vma = find_vma(mm, address);
	if (vma && vma->vm_start <= address && (vma->vm_flags & VM_WRITE) &&
	    !(handle_mm_fault(mm, vma, address, FAULT_FLAG_WRITE) & VM_FAULT_ERROR))
		ret = 0;
	up_read(&mm->mmap_sem);
	return ret;
}

/*
 * futex_atomic_cmpxchg_inatomic - *@uaddr = @newval if it holds @oldval
 *
 * Returns the value found, or -EFAULT if the page is not there or not
 * writable (page faults are disabled: nothing sleeps, so on one CPU no
 * other thread can run between the read and the write; 2.6.32 uses a
 * locked cmpxchg instruction, which SMP needs).
 */
static int futex_atomic_cmpxchg_inatomic(u32 __user *uaddr, u32 oldval, u32 newval)
{
	u32 cur = 0;
	int ret = 0;

	pagefault_disable();
	if (__get_user(cur, uaddr))
		ret = -EFAULT;
	else if (cur == oldval && __put_user(newval, uaddr))
		ret = -EFAULT;
	pagefault_enable();
	return ret ?: (int)cur;
}

/* FUTEX_WAKE_OP's operation on the second word (page faults disabled) */
static int futex_atomic_op_inuser(int encoded_op, u32 __user *uaddr)
{
	int op = (encoded_op >> 28) & 7, cmp = (encoded_op >> 24) & 15;
	/* the two signed 12-bit fields, shifted as unsigned: a signed << is undefined in C */
	int oparg = (int)((u32)encoded_op << 8) >> 20, cmparg = (int)((u32)encoded_op << 20) >> 20;
	u32 old, new;

	/*
	 * 2.6.32 shifts by oparg as it is; i386's shl uses the count's low five
	 * bits, which is what the mask says without C's undefined behaviour
	 * (later Linux masks it too, and warns).
	 */
	if ((u32)encoded_op & (8U << 28))
		oparg = (int)(1U << (oparg & 31));
	if (__get_user(old, uaddr))
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
	if (__put_user(new, uaddr))
		return -EFAULT;
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

static int futex_wake_op(u32 __user *uaddr1, u32 __user *uaddr2, int fshared, int nr_wake,
			 int nr_wake2, int op)
{
	struct futex_key key1, key2;
	unsigned long flags;
	int ret, op_ret;

	ret = get_futex_key(uaddr1, fshared, &key1);
	if (ret)
		return ret;
	ret = get_futex_key(uaddr2, fshared, &key2);
	if (ret)
		goto out_put_key1;
	for (;;) {
		pagefault_disable(); /* the read-modify-write is atomic */
		op_ret = futex_atomic_op_inuser(op, uaddr2);
		pagefault_enable();
		if (op_ret != -EFAULT)
			break;
		ret = fault_in_user_writeable(uaddr2);
		if (ret)
			goto out_put_keys;
	}
	ret = op_ret;
	if (op_ret < 0)
		goto out_put_keys;
	spin_lock_irqsave(&futex_lock, flags);
	ret = wake_and_requeue(&key1, nr_wake, FUTEX_BITSET_MATCH_ANY, NULL, 0);
	if (op_ret > 0)
		ret += wake_and_requeue(&key2, nr_wake2, FUTEX_BITSET_MATCH_ANY, NULL, 0);
	spin_unlock_irqrestore(&futex_lock, flags);
out_put_keys:
	put_futex_key(&key2);
out_put_key1:
	put_futex_key(&key1);
	return ret;
}

static int futex_requeue(u32 __user *uaddr1, u32 __user *uaddr2, int fshared, int nr_wake,
			 int nr_requeue, u32 *cmpval)
{
	struct futex_key key1, key2;
	unsigned long flags;
	int ret;
	u32 curval;

	ret = get_futex_key(uaddr1, fshared, &key1);
	if (ret)
		return ret;
	ret = get_futex_key(uaddr2, fshared, &key2);
	if (ret)
		goto out_put_key1;
	ret = -EFAULT;
	if (cmpval && get_user(curval, uaddr1))
		goto out_put_keys;
	spin_lock_irqsave(&futex_lock, flags);
	if (cmpval && (__get_user(curval, uaddr1) || curval != *cmpval))
		ret = -EAGAIN;
	else
		ret = wake_and_requeue(&key1, nr_wake, FUTEX_BITSET_MATCH_ANY, &key2, nr_requeue);
	spin_unlock_irqrestore(&futex_lock, flags);
out_put_keys:
	put_futex_key(&key2);
out_put_key1:
	put_futex_key(&key1);
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
	int fshared = !(op & FUTEX_PRIVATE_FLAG);

	if ((op & FUTEX_CLOCK_REALTIME) && cmd != FUTEX_WAIT_BITSET)
		return -ENOSYS;
	switch (cmd) {
	case FUTEX_WAIT:
		val3 = FUTEX_BITSET_MATCH_ANY;
		/* fall through */
	case FUTEX_WAIT_BITSET:
		return futex_wait(uaddr, fshared, val, timeout, val3);
	case FUTEX_WAKE:
		val3 = FUTEX_BITSET_MATCH_ANY;
		/* fall through */
	case FUTEX_WAKE_BITSET:
		return __futex_wake(uaddr, fshared, val, val3);
	case FUTEX_REQUEUE:
		return futex_requeue(uaddr, uaddr2, fshared, val, val2, NULL);
	case FUTEX_CMP_REQUEUE:
		return futex_requeue(uaddr, uaddr2, fshared, val, val2, &val3);
	case FUTEX_WAKE_OP:
		return futex_wake_op(uaddr, uaddr2, fshared, val, val2, val3);
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
 * struct robust_list - an entry of a robust futex list (ABI)
 * @next: the next entry; its bit 0 set marks a PI futex
 *
 * User space embeds it in each robust mutex it holds; the futex word is
 * at the list head's @futex_offset from the entry.
 */
struct robust_list {
	struct robust_list __user *next;
};

/**
 * struct robust_list_head - the head of a thread's robust futex list (ABI)
 * @list: the first entry (the head itself when the list is empty)
 * @futex_offset: where the futex word is, relative to an entry
 * @list_op_pending: the entry being acquired or released, or NULL
 */
struct robust_list_head {
	struct robust_list list;
	long futex_offset;
	struct robust_list __user *list_op_pending;
};

/*
 * handle_futex_death - the dying @curr owned the robust futex at @uaddr?
 *
 * If the word's tid bits name it, the word becomes FUTEX_OWNER_DIED
 * (FUTEX_WAITERS kept) and one waiter is woken: its pthread_mutex_lock
 * returns EOWNERDEAD. A word that changed meanwhile is read again.
 * Returns -1 if the word cannot be read or written (stop walking).
 */
static int handle_futex_death(u32 __user *uaddr, struct task_struct *curr, int pi)
{
	u32 uval = 0, mval;
	int nval;

retry:
	if (check_uaddr(uaddr) || get_user(uval, uaddr))
		return -1;
	if ((uval & FUTEX_TID_MASK) != (u32)curr->pid)
		return 0;
	mval = (uval & FUTEX_WAITERS) | FUTEX_OWNER_DIED;
	nval = futex_atomic_cmpxchg_inatomic(uaddr, uval, mval);
	if (nval == -EFAULT) {
		if (fault_in_user_writeable(uaddr))
			return -1;
		goto retry;
	}
	if ((u32)nval != uval)
		goto retry;
	/* even with OWNER_DIED already set: a waiter may be left from an earlier death */
	if (!pi && (uval & FUTEX_WAITERS))
		futex_wake(uaddr, 1, FUTEX_BITSET_MATCH_ANY);
	return 0;
}

/* Read a list pointer: the entry, and in *@pi its bit 0 (a PI futex) */
static int fetch_robust_entry(struct robust_list __user **entry,
			      struct robust_list __user *__user *head, unsigned int *pi)
{
	unsigned long uentry = 0;

	if (get_user(uentry, (unsigned long __user *)head))
		return -EFAULT;
	*entry = (void __user *)(uentry & ~1UL);
	*pi = uentry & 1;
	return 0;
}

/**
 * exit_robust_list - mark the robust futexes a dying thread holds
 * @curr: the thread (current), leaving its address space
 *
 * Walks the list set_robust_list() registered, in user memory, with
 * handle_futex_death() for each entry, then for the list_op_pending
 * entry (a lock taken or being released when the thread died) unless it
 * was on the list already. A list that cannot be read, or that is longer
 * than ROBUST_LIST_LIMIT (a loop a buggy or hostile program made), ends
 * the walk: the kernel trusts nothing it finds there. 2.6.32's.
 *
 * Context: process context, from mm_release() (exit, exec).
 */
void exit_robust_list(struct task_struct *curr)
{
	struct robust_list_head __user *head = curr->robust_list;
	struct robust_list __user *entry, *next_entry, *pending;
	unsigned int limit = ROBUST_LIST_LIMIT, pi, next_pi, pip;
	long futex_offset;
	int rc;

	if (fetch_robust_entry(&entry, &head->list.next, &pi))
		return;
	if (get_user(futex_offset, &head->futex_offset))
		return;
	if (fetch_robust_entry(&pending, &head->list_op_pending, &pip))
		return;
	next_entry = NULL;
	while (entry != &head->list) {
		/* the next one first: handle_futex_death may let another thread free this one */
		rc = fetch_robust_entry(&next_entry, &entry->next, &next_pi);
		if (entry != pending &&
		    handle_futex_death((u32 __user *)((char __user *)entry + futex_offset), curr,
				       pi))
			return;
		if (rc)
			return;
		entry = next_entry;
		pi = next_pi;
		if (!--limit)
			break;
		cond_resched();
	}
	if (pending)
		handle_futex_death((u32 __user *)((char __user *)pending + futex_offset), curr,
				   pip);
}

/**
 * sys_set_robust_list - where the thread's robust futex list is (system call 311)
 * @head: the list head in user memory
 * @len: sizeof(struct robust_list_head), 12
 *
 * Nothing is read now: when the thread exits or execs, mm_release()
 * walks the list (exit_robust_list), marking each robust mutex it
 * still holds FUTEX_OWNER_DIED and waking a waiter.
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
