/*
 * kfifo_shim.c - lib/kfifo.c against a model queue, compiled with
 * Linnet's headers.
 *
 * A fifo of a random power-of-two size undergoes thousands of random
 * kfifo_in/out/put/get/peek/reset calls of random lengths, and after
 * each one its answers and its len/avail/empty/full are compared with a
 * plain array that models the queue. The counters start just below 2^32
 * so that they wrap during the run, as they do after 4 GiB of traffic
 * on a real device. kfifo_test.c in the same folder runs this and reports.
 */
#include <linux/kfifo.h>
#include <linux/errno.h>
#include <linux/string.h>

void host_check(int ok, const char *file, int line, const char *what);
#define CHECK(cond) host_check(!!(cond), __FILE__, __LINE__, #cond)

void kfifo_shim_run(unsigned int seed);
void kfifo_shim_api(void);

#define MAXSIZE 64
#define ROUNDS 20000

static unsigned int rng_state;

static unsigned int rnd(unsigned int n)
{
	rng_state = rng_state * 1103515245 + 12345;
	return (rng_state >> 8) % n;
}

/* The model: a plain array with the oldest byte first. */
static unsigned char model[MAXSIZE];
static unsigned int model_len;

static void model_in(const unsigned char *p, unsigned int n)
{
	memcpy(model + model_len, p, n);
	model_len += n;
}

static void model_out(unsigned int n)
{
	memmove(model, model + n, model_len - n);
	model_len -= n;
}

static void check_state(struct kfifo *f, unsigned int size)
{
	CHECK(kfifo_len(f) == model_len);
	CHECK(kfifo_avail(f) == size - model_len);
	CHECK(kfifo_is_empty(f) == (model_len == 0));
	CHECK(kfifo_is_full(f) == (model_len == size));
	CHECK(kfifo_size(f) == size);
}

static void step_in(struct kfifo *f, unsigned int size)
{
	unsigned char buf[MAXSIZE * 2];
	unsigned int n = rnd(size + 4), i, done, want;

	for (i = 0; i < n; i++)
		buf[i] = rnd(256);
	want = n < size - model_len ? n : size - model_len;
	if (rnd(4)) {
		done = kfifo_in(f, buf, n);
		CHECK(done == want);
	} else {
		done = kfifo_put(f, buf[0]);
		CHECK(done == (model_len < size ? 1u : 0u));
	}
	model_in(buf, done);
}

static void step_out(struct kfifo *f, unsigned int size)
{
	unsigned char buf[MAXSIZE * 2];
	unsigned int n = rnd(size + 4), done, want;

	want = n < model_len ? n : model_len;
	switch (rnd(4)) {
	case 0:
		done = kfifo_out_peek(f, buf, n);
		CHECK(done == want && !memcmp(buf, model, done));
		return;
	case 1:
		done = kfifo_peek(f, buf);
		CHECK(done == (model_len ? 1u : 0u));
		CHECK(!done || buf[0] == model[0]);
		return;
	case 2:
		done = kfifo_get(f, buf);
		CHECK(done == (model_len ? 1u : 0u));
		break;
	default:
		done = kfifo_out(f, buf, n);
		CHECK(done == want);
		break;
	}
	CHECK(!memcmp(buf, model, done));
	model_out(done);
}

/**
 * kfifo_shim_run - random operations on a fifo against the model
 * @seed: the random seed; each seed picks its own fifo size
 *
 * Context: host test program.
 */
void kfifo_shim_run(unsigned int seed)
{
	static unsigned char storage[MAXSIZE];
	unsigned int size = 2u << (seed % 5), r;
	struct kfifo f;

	rng_state = seed;
	model_len = 0;
	CHECK(kfifo_init(&f, storage, size) == 0);
	f.in = f.out = 0xffffffffu - rnd(3 * size); /* wrap during the run */
	for (r = 0; r < ROUNDS; r++) {
		if (rnd(2))
			step_in(&f, size);
		else
			step_out(&f, size);
		if (!rnd(500)) {
			kfifo_reset_out(&f);
			model_len = 0;
		}
		check_state(&f, size);
	}
}

/**
 * kfifo_shim_api - the edge cases of kfifo_init/alloc/free/reset
 *
 * Context: host test program.
 */
void kfifo_shim_api(void)
{
	static unsigned char buf[100];
	struct kfifo f;

	CHECK(kfifo_init(&f, buf, 100) == 0 && kfifo_size(&f) == 64);
	CHECK(kfifo_init(&f, buf, 1) == -EINVAL);
	CHECK(kfifo_alloc(&f, 100, GFP_KERNEL) == 0 && kfifo_size(&f) == 128);
	CHECK(kfifo_in(&f, "hello", 5) == 5 && kfifo_len(&f) == 5);
	kfifo_reset(&f);
	CHECK(kfifo_is_empty(&f) && kfifo_avail(&f) == 128);
	kfifo_free(&f);
	CHECK(f.data == NULL);
	CHECK(kfifo_alloc(&f, 1, GFP_KERNEL) == -EINVAL);
	CHECK(kfifo_alloc(&f, 2, GFP_KERNEL) == 0 && kfifo_size(&f) == 2);
	CHECK(kfifo_put(&f, 'a') == 1 && kfifo_put(&f, 'b') == 1 && kfifo_put(&f, 'c') == 0);
	CHECK(kfifo_is_full(&f));
	kfifo_free(&f);
}
