/*
 * pid.c - process ids: numbers from a bitmap, struct pids in a hash under RCU.
 *
 * A pid number is a bit in a bitmap of PID_MAX_DEFAULT (32768) bits, one
 * page, as 2.6.32's pidmap. alloc_pidmap() takes the first clear bit
 * after the last pid handed out, wrapping to RESERVED_PIDS (300: low pids
 * stay for the daemons started at boot), so a pid is not reused soon
 * after its task dies. pid 0 is the idle task's and is never handed out.
 *
 * Each number handed out belongs to a struct pid (include/linux/pid.h),
 * hashed by number into pid_hash[], so that kill(), wait4() and every
 * other "which task is pid N?" (kernel/fork.c:find_task_by_pid) is a
 * short chain walk instead of a walk of every task. The hash is read
 * under RCU, as 2.6.32's find_pid_ns() reads it:
 *
 *   reader:   rcu_read_lock();
 *             pid = find_pid(nr);             hlist_for_each_entry_rcu
 *             task = pid_task(pid, PIDTYPE_PID);   rcu_dereference
 *             rcu_read_unlock();
 *   updater:  alloc_pid()    hlist_add_head_rcu under pidmap_lock
 *             attach_pid()   rcu_assign_pointer(pid->task, task)
 *             detach_pid()   pid->task = NULL, then free_pid():
 *             free_pid()     hlist_del_rcu under pidmap_lock, and the
 *                            hash's reference dropped by call_rcu()
 *
 * The readers take no lock: a writer never changes a node a reader may
 * be standing on except through the _rcu list helpers, and a struct pid
 * taken out of the hash stays whole until every reader that might have
 * found it has left its read-side section (a grace period). Freeing it at
 * once in free_pid() would let find_pid() hand out freed memory to a
 * reader that found it just before.
 *
 * Lifetime. alloc_pid() gives two references: the hash's, dropped a
 * grace period after free_pid(), and the task's, dropped when the task
 * struct is freed (kernel/fork.c:__put_task_struct). The number goes back
 * to the bitmap when the last one goes (put_pid). Differences from
 * 2.6.32: 2.6.32 frees the number in free_pid() itself, at release_task,
 * and a struct pid outlives its number only for those who hold it (a
 * file owner, /proc's inodes); Linnet's /proc holds the task, not the
 * pid (fs/proc/base.c), so the number stays taken while the task struct
 * lives, which keeps a reaped task's /proc files from answering for a
 * new task of the same number. 2.6.32 has a struct pid for process
 * groups and sessions too, and a level of numbers per pid namespace;
 * Linnet has neither. 2.6.32 sizes pid_hash[] at boot from the memory
 * (alloc_large_system_hash, 16 to 4096 chains); Linnet does the same
 * arithmetic with kmalloc(), once the slab allocator is up. 2.6.32 also
 * frees the task struct a grace period after release_task
 * (delayed_put_task_struct), so pid_task()'s answer stays valid to the
 * end of the reader; Linnet frees it at its last put_task_struct(), so a
 * caller of find_task_by_pid() must hold a reference or know the task
 * cannot go (docs/rcu.md's exercise). See docs/processes.md and
 * docs/rcu.md.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/bitops.h>
#include <linux/hash.h>
#include <linux/log2.h>
#include <linux/mm.h>
#include <linux/pid.h>
#include <linux/rculist.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/module.h>

#define PID_MAX_DEFAULT 0x8000
#define RESERVED_PIDS 300

static DECLARE_BITMAP(pidmap, PID_MAX_DEFAULT) = { 1 }; /* pid 0: the idle task */
/* last_pid - the pid handed out last (/proc/loadavg's last field) */
int last_pid;
/* pidmap_lock - guards the bitmap and the hash chains' writers */
static DEFINE_SPINLOCK(pidmap_lock);

static struct hlist_head *pid_hash;
static unsigned int pidhash_shift = 4;
static struct kmem_cache *pid_cachep;

#define pid_hashfn(nr) hash_long((unsigned long)(nr), pidhash_shift)

/**
 * alloc_pidmap - take the next free pid
 *
 * Context: any; takes a spinlock with interrupts off.
 * Return: the pid, or -EAGAIN when all 32767 are in use.
 */
int alloc_pidmap(void)
{
	unsigned long flags;
	int pid = last_pid, tries;

	spin_lock_irqsave(&pidmap_lock, flags);
	for (tries = 0; tries < PID_MAX_DEFAULT; tries++) {
		if (++pid >= PID_MAX_DEFAULT)
			pid = RESERVED_PIDS;
		if (!test_and_set_bit(pid, pidmap)) {
			last_pid = pid;
			spin_unlock_irqrestore(&pidmap_lock, flags);
			return pid;
		}
	}
	spin_unlock_irqrestore(&pidmap_lock, flags);
	return -EAGAIN;
}

/**
 * free_pidmap - give a pid back
 * @pid: a pid alloc_pidmap() returned
 *
 * Context: any.
 */
void free_pidmap(int pid)
{
	unsigned long flags;

	if (WARN_ON(pid <= 0 || pid >= PID_MAX_DEFAULT))
		return;
	spin_lock_irqsave(&pidmap_lock, flags);
	WARN_ON(!test_and_clear_bit(pid, pidmap));
	spin_unlock_irqrestore(&pidmap_lock, flags);
}

/**
 * put_pid - drop a reference on a struct pid
 * @pid: the pid, or NULL
 *
 * The last reference frees the struct and gives its number back.
 *
 * Context: any (an RCU callback's softirq too).
 */
void put_pid(struct pid *pid)
{
	if (!pid || !atomic_dec_and_test(&pid->count))
		return;
	free_pidmap(pid->nr);
	kmem_cache_free(pid_cachep, pid);
}
EXPORT_SYMBOL_GPL(put_pid);

static void delayed_put_pid(struct rcu_head *rhp)
{
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	put_pid(container_of(rhp, struct pid, rcu));
}

/**
 * alloc_pid - a new struct pid with a new number, in the hash
 *
 * find_pid() finds it at once; pid_task() gives NULL until attach_pid().
 *
 * Context: process context; may sleep (GFP_KERNEL).
 * Return: the pid with two references (the hash's and the caller's), or
 * ERR_PTR(-ENOMEM) or ERR_PTR(-EAGAIN) (no number left).
 */
struct pid *alloc_pid(void)
{
	unsigned long flags;
	struct pid *pid;
	int nr;

	pid = kmem_cache_alloc(pid_cachep, GFP_KERNEL);
	if (!pid)
		return ERR_PTR(-ENOMEM);
	nr = alloc_pidmap();
	if (nr < 0) {
		kmem_cache_free(pid_cachep, pid);
		return ERR_PTR(nr);
	}
	pid->nr = nr;
	pid->task = NULL;
	atomic_set(&pid->count, 2);
	spin_lock_irqsave(&pidmap_lock, flags);
	hlist_add_head_rcu(&pid->pid_chain, &pid_hash[pid_hashfn(nr)]);
	spin_unlock_irqrestore(&pidmap_lock, flags);
	return pid;
}

/**
 * free_pid - take a struct pid out of the hash; free it after the readers
 * @pid: a pid alloc_pid() returned, not freed yet
 *
 * The node leaves its chain with hlist_del_rcu(), which keeps its forward
 * link, so a reader standing on it walks on; the hash's reference is
 * dropped by an RCU callback, after every reader that may have found the
 * pid has finished. The caller's reference (the task's) is its own.
 *
 * Context: any; takes a spinlock with interrupts off.
 */
void free_pid(struct pid *pid)
{
	unsigned long flags;

	spin_lock_irqsave(&pidmap_lock, flags);
	hlist_del_init_rcu(&pid->pid_chain);
	spin_unlock_irqrestore(&pidmap_lock, flags);
	call_rcu(&pid->rcu, delayed_put_pid);
}

/**
 * find_pid - the struct pid with a number
 * @nr: the number
 *
 * Context: inside rcu_read_lock(): the pid stays valid until the reader
 * ends, and no longer unless the caller takes a reference (get_pid).
 * Return: the pid, or NULL if no pid in the hash has that number.
 */
struct pid *find_pid(int nr)
{
	struct pid *pid;

	hlist_for_each_entry_rcu(pid, &pid_hash[pid_hashfn(nr)], pid_chain)
		if (pid->nr == nr)
			return pid;
	return NULL;
}
EXPORT_SYMBOL_GPL(find_pid);

/**
 * pid_task - the task a struct pid stands for
 * @pid: the pid, or NULL
 * @type: the kind; Linnet's pids stand only for PIDTYPE_PID
 *
 * Context: inside rcu_read_lock(), or with tasklist_lock held.
 * Return: the task, or NULL (no pid, detached, or another @type).
 */
struct task_struct *pid_task(struct pid *pid, enum pid_type type)
{
	if (!pid || type != PIDTYPE_PID)
		return NULL;
	return rcu_dereference(pid->task);
}
EXPORT_SYMBOL(pid_task);

/**
 * attach_pid - make a pid stand for a task
 * @task: the task; @task->thread_pid is @pid
 * @pid: its pid
 *
 * Context: tasklist_lock held (kernel/fork.c:link_task).
 */
void attach_pid(struct task_struct *task, struct pid *pid)
{
	rcu_assign_pointer(pid->task, task);
}

/**
 * detach_pid - a task leaves its pid: lookups stop finding either
 * @task: the task being unlinked
 *
 * Context: tasklist_lock held or interrupts off (kernel/fork.c:unlink_task).
 */
void detach_pid(struct task_struct *task)
{
	struct pid *pid = task->thread_pid;

	rcu_assign_pointer(pid->task, NULL);
	free_pid(pid);
}

/**
 * exchange_tids - two threads swap their pids (exec by a non-leader thread)
 * @left: one task
 * @right: the other
 *
 * fs/exec.c:de_thread gives the exec'ing thread its leader's pid, as
 * 2.6.32's de_thread does with transfer_pid(); the name is later Linux's.
 *
 * Context: tasklist_lock held.
 */
void exchange_tids(struct task_struct *left, struct task_struct *right)
{
	struct pid *pid = left->thread_pid;

	left->thread_pid = right->thread_pid;
	right->thread_pid = pid;
	left->pid = pid_nr(left->thread_pid);
	right->pid = pid_nr(right->thread_pid);
	rcu_assign_pointer(left->thread_pid->task, left);
	rcu_assign_pointer(right->thread_pid->task, right);
}

/**
 * pidmap_init - the pid hash and the struct pid cache
 *
 * 2.6.32's pidhash_init() sizing (alloc_large_system_hash with scale 18):
 * one chain for every 256 KiB of low memory (rounded up to a MiB), at
 * least 16, rounded up to a power of two, at most 4096; and its line
 * "PID hash table entries: N (order: O, B bytes)", O being the size's
 * log2 less PAGE_SHIFT (negative for less than a page).
 *
 * Context: boot, after kmem_cache_init(), before the first fork.
 */
void pidmap_init(void)
{
	unsigned long mib = 1UL << (20 - PAGE_SHIFT);
	unsigned long entries = (totalram_pages - totalhigh_pages + mib - 1) & ~(mib - 1);
	unsigned long size;
	unsigned int i;

	entries >>= 18 - PAGE_SHIFT;
	entries = roundup_pow_of_two(max(entries, 1UL << pidhash_shift));
	pidhash_shift = ilog2(min(entries, 4096UL));
	size = sizeof(*pid_hash) << pidhash_shift;
	pid_hash = kmalloc(size, GFP_KERNEL);
	BUG_ON(!pid_hash);
	for (i = 0; i < 1U << pidhash_shift; i++)
		INIT_HLIST_HEAD(&pid_hash[i]);
	printk(KERN_INFO "PID hash table entries: %u (order: %d, %lu bytes)\n", 1U << pidhash_shift,
	       (int)ilog2(size) - PAGE_SHIFT, size);
	pid_cachep = kmem_cache_create("pid", sizeof(struct pid), 0,
				       SLAB_HWCACHE_ALIGN | SLAB_PANIC, NULL);
}
