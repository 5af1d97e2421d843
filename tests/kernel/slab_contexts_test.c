/*
 * slab_contexts_test.c - the slab layer used from every context at once.
 *
 * A task, a hard interrupt handler, a timer (softirq) and a tasklet all
 * allocate and free, from kmalloc size classes and from a private
 * cache, and hand objects to each other through one ring: an object may
 * be allocated in an interrupt handler and freed by the task. The timer
 * ticks on its own (the PIT), so softirq work really interrupts the
 * task's allocations; the hard interrupt is a software `int` on IRQ5,
 * which goes through the real IDT/do_IRQ path. Every object's bytes are
 * checked before it is freed, and at the end, with everything freed and
 * the caches shrunk, MemFree must be exactly what it was.
 * kmalloc(GFP_KERNEL) in the interrupt handler must print the
 * sleeping-function report.
 */
#include <kunit/test.h>
#include <linnet/might_sleep.h>
#include <linux/kasan.h>
#include <kunit/printk_capture.h>
#include "mm_test.h"
#include <linux/delay.h>
#include <linux/interrupt.h>
#include <linux/jiffies.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/slab_def.h>
#include <linux/spinlock.h>
#include <linux/timer.h>
#include <asm/irq.h>

#define TEST_IRQ 5
#define RING 64
#define TIMER_RUNS 20

struct obj_rec {
	void *p;
	unsigned int size;
	u8 tag;
};

enum { CTX_TASK, CTX_HARDIRQ, CTX_SOFTIRQ, CTX_TASKLET, NR_CTX };

static struct {
	struct obj_rec ring[RING];
	unsigned int head, tail;
	spinlock_t lock;
	struct kmem_cache *cache;
	unsigned long seed[NR_CTX];
	unsigned int allocs[NR_CTX];
	unsigned int bad, failed, timer_runs;
	bool stop, sleep_in_irq;
} st;

static struct printk_capture cap;

static unsigned int next_rand(int ctx)
{
	st.seed[ctx] = st.seed[ctx] * 1103515245 + 12345;
	return st.seed[ctx] >> 8;
}

static void free_rec(struct obj_rec *r)
{
	const u8 *b = r->p;

	if (b[0] != r->tag || b[r->size - 1] != r->tag)
		st.bad++;
	if (r->size == 24)
		kmem_cache_free(st.cache, r->p);
	else
		kfree(r->p);
}

/* Allocate one object of a random size from @ctx and put it in the ring. */
static void produce(int ctx, gfp_t gfp)
{
	unsigned int rnd = next_rand(ctx);
	struct obj_rec r = { .size = rnd % 3 == 0 ? 24 : 1 + rnd % 3000, .tag = rnd >> 16 };
	unsigned long flags;

	r.p = r.size == 24 ? kmem_cache_alloc(st.cache, gfp) : kmalloc(r.size, gfp);
	if (!r.p) {
		st.failed++;
		return;
	}
	memset(r.p, r.tag, r.size);
	st.allocs[ctx]++;
	spin_lock_irqsave(&st.lock, flags);
	if (st.head - st.tail < RING) {
		st.ring[st.head++ % RING] = r;
		r.p = NULL;
	}
	spin_unlock_irqrestore(&st.lock, flags);
	if (r.p)
		free_rec(&r);
}

/* Take the oldest object out of the ring (whoever made it), check it, free it. */
static void consume(void)
{
	struct obj_rec r = { NULL };
	unsigned long flags;

	spin_lock_irqsave(&st.lock, flags);
	if (st.head != st.tail)
		r = st.ring[st.tail++ % RING];
	spin_unlock_irqrestore(&st.lock, flags);
	if (r.p)
		free_rec(&r);
}

static irqreturn_t stress_irq(int irq, void *dev_id)
{
	void *p;

	produce(CTX_HARDIRQ, GFP_ATOMIC);
	consume();
	if (st.sleep_in_irq) {
		p = kmalloc(32, GFP_KERNEL); /* wrong: may sleep, in a hard interrupt */
		kfree(p);
	}
	return IRQ_HANDLED;
}

static void stress_tasklet_fn(unsigned long data)
{
	produce(CTX_TASKLET, GFP_ATOMIC);
	consume();
}

static DECLARE_TASKLET(stress_tasklet, stress_tasklet_fn, 0);

static struct timer_list stress_timer;

static void stress_timer_fn(unsigned long data)
{
	produce(CTX_SOFTIRQ, GFP_ATOMIC);
	produce(CTX_SOFTIRQ, GFP_ATOMIC);
	consume();
	tasklet_schedule(&stress_tasklet);
	st.timer_runs++;
	if (!st.stop)
		mod_timer(&stress_timer, jiffies + 1);
}

static unsigned long free_pages_now(void)
{
	kasan_quarantine_drain(); /* KASAN's held-back objects pin slabs (no-op without) */
	kmem_cache_shrink(st.cache);
	shrink_kmalloc_caches();
	return drained_free_pages();
}

static void slab_all_contexts_test(struct kunit *test)
{
	unsigned long before;
	unsigned int i;
	int ret;

	memset(&st, 0, sizeof(st));
	spin_lock_init(&st.lock);
	for (i = 0; i < NR_CTX; i++)
		st.seed[i] = i + 1;
	st.cache = kmem_cache_create("test_contexts", 24, 0, 0, NULL);
	KUNIT_ASSERT_NOT_NULL(test, st.cache);
	before = free_pages_now();
	ret = request_irq(TEST_IRQ, stress_irq, 0, "slab_test", &st);
	if (ret)
		kmem_cache_destroy(st.cache);
	KUNIT_ASSERT_EQ(test, ret, 0);
	setup_timer(&stress_timer, stress_timer_fn, 0);
	mod_timer(&stress_timer, jiffies + 1);
	while (st.timer_runs < TIMER_RUNS) {
		for (i = 0; i < 40; i++) {
			produce(CTX_TASK, GFP_KERNEL);
			consume();
			if (i % 8 == 0)
				__asm__ __volatile__("int %0"
						     :
						     : "i"(IRQ0_VECTOR + TEST_IRQ)
						     : "memory");
		}
		safe_halt(); /* until the next interrupt: the tick, or QEMU's serial */
	}
	st.stop = true;
	del_timer_sync(&stress_timer);
	tasklet_kill(&stress_tasklet);
	free_irq(TEST_IRQ, &st);
	while (st.head != st.tail)
		consume();
	for (i = 0; i < NR_CTX; i++)
		KUNIT_EXPECT_GT_MSG(test, st.allocs[i], 0U, "context %u", i);
	KUNIT_EXPECT_EQ(test, st.bad, 0U);
	KUNIT_EXPECT_EQ(test, st.failed, 0U);
	KUNIT_EXPECT_EQ(test, kmem_cache_validate(st.cache), 0);
	KUNIT_EXPECT_EQ(test, free_pages_now(), before);
	kmem_cache_destroy(st.cache);
}

static void slab_sleep_in_hardirq_test(struct kunit *test)
{
	int ret;

	memset(&st, 0, sizeof(st));
	spin_lock_init(&st.lock);
	st.cache = kmem_cache_create("test_hardirq", 24, 0, 0, NULL);
	KUNIT_ASSERT_NOT_NULL(test, st.cache);
	st.sleep_in_irq = true;
	ret = request_irq(TEST_IRQ, stress_irq, 0, "slab_test", &st);
	if (ret)
		kmem_cache_destroy(st.cache);
	KUNIT_ASSERT_EQ(test, ret, 0);
	might_sleep_ratelimit_reset();
	printk_capture_start(&cap);
	__asm__ __volatile__("int %0" : : "i"(IRQ0_VECTOR + TEST_IRQ) : "memory");
	printk_capture_stop(&cap);
	free_irq(TEST_IRQ, &st);
	while (st.head != st.tail)
		consume();
	KUNIT_EXPECT_TRUE(test,
			  printk_capture_contains(
				  &cap, "BUG: sleeping function called from invalid context at"));
	KUNIT_EXPECT_TRUE(test,
			  printk_capture_contains(&cap, "in_atomic(): 1, irqs_disabled(): 1"));
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(&cap, "stress_irq+0x"));
	kmem_cache_destroy(st.cache);
}

static struct kunit_case slab_contexts_cases[] = { KUNIT_CASE(slab_all_contexts_test),
						   KUNIT_CASE(slab_sleep_in_hardirq_test),
						   {} };

static struct kunit_suite slab_contexts_suite = {
	.name = "slab_contexts",
	.test_cases = slab_contexts_cases,
};
kunit_test_suite(slab_contexts_suite);
