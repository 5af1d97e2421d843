/*
 * kfifo_test.c - KUnit tests for lib/kfifo.c, read as examples of the API,
 * and the kfifo benchmarks.
 *
 * The host test (tests/host/kfifo_shim.c) and the fuzzer hammer the
 * logic; these run the same code as the kernel builds it, with
 * kmalloc-backed fifos and a producer in a real interrupt context (a
 * timer), as the drivers use it.
 */
#include <kunit/test.h>
#include <linux/errno.h>
#include <linux/kfifo.h>
#include <linux/jiffies.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/timer.h>
#include <linnet/bench.h>

static void kfifo_test_alloc_rounds_up(struct kunit *test)
{
	struct kfifo f;

	KUNIT_ASSERT_EQ(test, kfifo_alloc(&f, 100, GFP_KERNEL), 0);
	KUNIT_EXPECT_EQ(test, kfifo_size(&f), 128u);
	KUNIT_EXPECT_TRUE(test, kfifo_is_empty(&f));
	KUNIT_EXPECT_EQ(test, kfifo_avail(&f), 128u);
	kfifo_free(&f);
	KUNIT_EXPECT_PTR_EQ(test, f.data, NULL);
	KUNIT_EXPECT_EQ(test, kfifo_alloc(&f, 1, GFP_KERNEL), -EINVAL);
}

static void kfifo_test_in_out_wrap(struct kunit *test)
{
	unsigned char buf[16] = {}, out[16];
	struct kfifo f;
	unsigned int i;

	KUNIT_ASSERT_EQ(test, kfifo_init(&f, buf, sizeof(buf)), 0);
	f.in = f.out = 0xfffffffa; /* the counters wrap in the middle of this test */
	for (i = 0; i < 40; i++) {
		KUNIT_EXPECT_EQ(test, kfifo_in(&f, "abcdefghij", 10), 10u);
		KUNIT_EXPECT_EQ(test, kfifo_len(&f), 10u);
		KUNIT_EXPECT_EQ(test, kfifo_out(&f, out, 16), 10u);
		KUNIT_EXPECT_MEMEQ(test, out, "abcdefghij", 10);
	}
	KUNIT_EXPECT_EQ(test, kfifo_in(&f, "0123456789abcdefXYZ", 19), 16u);
	KUNIT_EXPECT_TRUE(test, kfifo_is_full(&f));
	KUNIT_EXPECT_EQ(test, kfifo_put(&f, 'z'), 0u);
	KUNIT_EXPECT_EQ(test, kfifo_peek(&f, out), 1u);
	KUNIT_EXPECT_EQ(test, out[0], '0');
	kfifo_reset(&f);
	KUNIT_EXPECT_EQ(test, kfifo_get(&f, out), 0u);
}

struct irq_producer {
	struct kfifo fifo;
	struct timer_list timer;
	unsigned int next, ticks;
};

/* A timer (softirq context) produces a numbered byte stream; the test consumes it. */
static void producer_fn(unsigned long data)
{
	struct irq_producer *p = (struct irq_producer *)data;
	unsigned int i;

	for (i = 0; i < 40 && kfifo_put(&p->fifo, (unsigned char)p->next); i++)
		p->next++;
	if (++p->ticks < 20)
		mod_timer(&p->timer, jiffies + 1);
}

static void kfifo_test_interrupt_producer(struct kunit *test)
{
	struct irq_producer *p = kzalloc(sizeof(*p), GFP_KERNEL);
	unsigned int expect = 0;
	unsigned char c;

	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_ASSERT_EQ(test, kfifo_alloc(&p->fifo, 64, GFP_KERNEL), 0);
	setup_timer(&p->timer, producer_fn, (unsigned long)p);
	mod_timer(&p->timer, jiffies + 1);
	while (READ_ONCE(p->ticks) < 20 || !kfifo_is_empty(&p->fifo)) {
		while (kfifo_get(&p->fifo, &c)) {
			KUNIT_EXPECT_EQ(test, c, (unsigned char)expect);
			expect++;
		}
		schedule();
	}
	del_timer_sync(&p->timer);
	KUNIT_EXPECT_EQ(test, expect, p->next);
	KUNIT_EXPECT_GT(test, expect, 20u);
	kfifo_free(&p->fifo);
	kfree(p);
}

static struct kunit_case kfifo_test_cases[] = { KUNIT_CASE(kfifo_test_alloc_rounds_up),
						KUNIT_CASE(kfifo_test_in_out_wrap),
						KUNIT_CASE(kfifo_test_interrupt_producer),
						{} };

static struct kunit_suite kfifo_test_suite = {
	.name = "kfifo",
	.test_cases = kfifo_test_cases,
};
kunit_test_suite(kfifo_test_suite);

static unsigned char bench_buf[256];

/* kfifo_put then kfifo_get of one byte: the per-byte cost of a driver's queue */
static u64 bench_kfifo_put_get(unsigned long iters)
{
	struct kfifo f;
	unsigned char c;
	u64 t;

	kfifo_init(&f, bench_buf, sizeof(bench_buf));
	t = get_cycles();
	while (iters--) {
		kfifo_put(&f, (unsigned char)iters);
		kfifo_get(&f, &c);
	}
	return get_cycles() - t;
}
DEFINE_BENCH(kfifo_put_get, bench_kfifo_put_get, 10000);

/* 64 bytes in and out with kfifo_in/kfifo_out: the bulk path */
static u64 bench_kfifo_in_out_64(unsigned long iters)
{
	unsigned char data[64] = {};
	struct kfifo f;
	u64 t;

	kfifo_init(&f, bench_buf, sizeof(bench_buf));
	t = get_cycles();
	while (iters--) {
		kfifo_in(&f, data, sizeof(data));
		kfifo_out(&f, data, sizeof(data));
	}
	return get_cycles() - t;
}
DEFINE_BENCH(kfifo_in_out_64, bench_kfifo_in_out_64, 10000);
