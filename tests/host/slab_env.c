/*
 * slab_env.c - the kernel around the slab layer, for the host tests.
 *
 * mm/slab*.c, mm/util.c and kernel/might_sleep.c are built for the host
 * (tests/host/slab.mk) against Linnet's headers, over the host build of
 * the real page allocator (mm/page_alloc.c on the simulated machine of
 * tests/host/buddy_env.c). This file provides the rest of what they
 * call outside themselves:
 *
 * - printk(), which appends to a capture buffer a test can search
 *   (host_log_contains) and echoes to stderr if HOST_VERBOSE is set;
 * - dump_stack(), panic(), spin_bug(), warn_slowpath_fmt();
 * - a way to make the page allocator fail: the programs are linked with
 *   --wrap=alloc_pages, so the slab layer's calls come here first and
 *   fail while host_fail_pages is set;
 * - __vmalloc() and vfree() for mm/util.c's kvmalloc(): the simulated
 *   machine has no vmalloc area, so the fallback fails (NULL);
 * - call_rcu() and rcu_barrier() for SLAB_DESTROY_BY_RCU caches: a host
 *   test has no RCU readers, so every moment is a quiescent state and a
 *   callback may run at once (the kernel's grace periods are tested by
 *   the rcu and slab_rcu KUnit suites).
 *
 * The functions marked __weak assume one task: tests/host/mm_race_env.c,
 * which runs a second one, replaces them (preemption points, mutexes that
 * sleep, the real vmalloc).
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/mutex.h>
#include <linux/sched.h>
#include <linux/workqueue.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include <linux/rcupdate.h>
#include "slab_env.h"

int host_fail_pages;
enum system_states system_state = SYSTEM_RUNNING;
int oops_in_progress;

static char host_log[HOST_LOG_SIZE];
static size_t host_log_len;

/* No readers on the host: the grace period is already over */
void call_rcu(struct rcu_head *head, void (*func)(struct rcu_head *head))
{
	func(head);
}

/* Every callback ran in call_rcu() */
void rcu_barrier(void)
{
}

/* No vmalloc area on the host: kvmalloc()'s fallback fails */
__weak void *(__vmalloc)(unsigned long size, gfp_t gfp_mask, pgprot_t prot)
{
	return NULL;
}

/* Never reached: no address is in the vmalloc area here */
__weak void vfree(const void *addr)
{
	abort();
}

struct page *__real_alloc_pages(gfp_t gfp_mask, unsigned int order);
struct page *__wrap_alloc_pages(gfp_t gfp_mask, unsigned int order);

/* The slab layer's alloc_pages(): fails while host_fail_pages is set. */
__weak struct page *__wrap_alloc_pages(gfp_t gfp_mask, unsigned int order)
{
	if (host_fail_pages)
		return NULL;
	return __real_alloc_pages(gfp_mask, order);
}

/**
 * host_free_pages - free pages of the simulated machine, per-CPU lists drained
 */
unsigned long host_free_pages(void)
{
	drain_local_pages(NULL);
	return nr_free_pages();
}

int vprintk(const char *fmt, va_list args)
{
	char buf[512];
	const char *p = buf;
	int len;

	vscnprintf(buf, sizeof(buf), fmt, args);
	if (p[0] == '<' && p[1] && p[2] == '>')
		p += 3;
	len = strlen(p);
	if (host_log_len + len < sizeof(host_log)) {
		memcpy(host_log + host_log_len, p, len + 1);
		host_log_len += len;
	}
	if (host_verbose())
		host_console_write(p, len);
	return len;
}

int printk(const char *fmt, ...)
{
	va_list args;
	int r;

	va_start(args, fmt);
	r = vprintk(fmt, args);
	va_end(args);
	return r;
}

/**
 * host_log_clear - forget what has been printed so far
 */
void host_log_clear(void)
{
	host_log_len = 0;
	host_log[0] = '\0';
}

/**
 * host_log_contains - has @text been printed since the last host_log_clear()?
 * @text: the text to look for
 */
bool host_log_contains(const char *text)
{
	return strstr(host_log, text) != NULL;
}

void dump_stack(void)
{
	printk(KERN_ERR "Call Trace:\n [<%p>] %pS\n", __builtin_return_address(0),
	       __builtin_return_address(0));
}

void panic(const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	printk(KERN_EMERG "Kernel panic - not syncing: ");
	vprintk(fmt, args);
	va_end(args);
	BUG();
}

void warn_slowpath_fmt(const char *file, int line, const char *fmt, ...)
{
	va_list args;

	printk(KERN_WARNING "WARNING: at %s:%d\n", file, line);
	va_start(args, fmt);
	vprintk(fmt, args);
	va_end(args);
}

void spin_bug(spinlock_t *lock, const char *msg)
{
	printk(KERN_EMERG "BUG: spinlock %s on CPU#0, lock %s\n", msg, lock->name);
	BUG();
}

__weak void preempt_schedule(void)
{
}

/* bad_page() taints the kernel (B): the host build keeps the mask to look at */
unsigned long host_taint;
void add_taint(unsigned int flag);
void add_taint(unsigned int flag)
{
	host_taint |= 1UL << flag;
}

/* One thread: a mutex is a flag, and taking a held one is a bug (a deadlock) */
__weak void mutex_lock(struct mutex *lock)
{
	if (atomic_read(&lock->count) != 1) {
		printk(KERN_EMERG "BUG: mutex %s taken twice\n", lock->name);
		BUG();
	}
	atomic_set(&lock->count, 0);
}

__weak void mutex_unlock(struct mutex *lock)
{
	atomic_set(&lock->count, 1);
}

__weak int mutex_trylock(struct mutex *lock)
{
	if (atomic_read(&lock->count) != 1)
		return 0;
	atomic_set(&lock->count, 0);
	return 1;
}

int _cond_resched(void)
{
	return 0;
}

/* No workqueue on the host: cache_reap() is never started (no initcalls run) */
int schedule_delayed_work(struct delayed_work *dwork, unsigned long delay)
{
	return 0;
}

/* The OOM killer: the host has no processes, so there is never one to kill */
struct zonelist;
int out_of_memory(struct zonelist *zonelist, unsigned int gfp_mask, int order);
int out_of_memory(struct zonelist *zonelist, unsigned int gfp_mask, int order)
{
	return -12; /* -ENOMEM */
}

long schedule_timeout_uninterruptible(long timeout)
{
	return 0;
}
