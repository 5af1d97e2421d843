/*
 * kfifo_fuzz.c - libFuzzer target: lib/kfifo.c against a reference queue.
 *
 * The fuzzer's input is read as a program: the first byte picks the
 * fifo's size (a power of two from 2 to 256) and where the free-running
 * counters start (so that they wrap), then each following pair of bytes
 * is one operation (in, out, put, get, peek, out_peek, reset_out) and
 * its length. The reference is the simplest queue there is: a big array
 * with a head and a tail index that never wrap. After every operation
 * the fifo's answers and its len/avail/empty/full must match it;
 * AddressSanitizer catches any access outside the fifo's buffer, which
 * is allocated exactly to size. Built and run by tests/fuzz/fuzz.mk.
 *
 * The file is compiled against Linnet's headers (which clash with the C
 * library's), so the three C library calls it needs are declared here.
 */
#include <linux/kfifo.h>
#include <linux/string.h>

void *malloc(size_t size);
void free(void *p);
void abort(void);

void *kmalloc(size_t size, gfp_t flags);
void kfree(const void *objp);

void *kmalloc(size_t size, gfp_t flags)
{
	(void)flags;
	return malloc(size);
}

void kfree(const void *objp)
{
	free((void *)objp);
}

#define REF_MAX 65536

struct ref {
	unsigned char data[REF_MAX];
	unsigned int head, tail; /* bytes live in data[head..tail) */
};

static struct ref ref;

static void check(struct kfifo *f, unsigned int size)
{
	unsigned int len = ref.tail - ref.head;

	if (kfifo_len(f) != len || kfifo_avail(f) != size - len ||
	    kfifo_is_empty(f) != (len == 0) || kfifo_is_full(f) != (len == size))
		abort();
}

static void op_in(struct kfifo *f, unsigned int size, unsigned int n, int single)
{
	unsigned char buf[512];
	unsigned int i, got, room = size - (ref.tail - ref.head);

	if (ref.tail + n >= REF_MAX)
		return;
	for (i = 0; i < n; i++)
		buf[i] = (unsigned char)(ref.tail + i * 7);
	if (single)
		got = kfifo_put(f, buf[0]), n = 1;
	else
		got = kfifo_in(f, buf, n);
	if (got != (n < room ? n : room))
		abort();
	memcpy(ref.data + ref.tail, buf, got);
	ref.tail += got;
}

static void op_out(struct kfifo *f, unsigned int n, int kind)
{
	unsigned char buf[512];
	unsigned int len = ref.tail - ref.head, got, want;

	switch (kind) {
	case 0:
		got = kfifo_out(f, buf, n);
		break;
	case 1:
		got = kfifo_get(f, buf), n = 1;
		break;
	case 2:
		got = kfifo_peek(f, buf), n = 1;
		break;
	default:
		got = kfifo_out_peek(f, buf, n);
		break;
	}
	want = n < len ? n : len;
	if (got != want || memcmp(buf, ref.data + ref.head, got))
		abort();
	if (kind < 2)
		ref.head += got;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	struct kfifo f;
	unsigned int fsize, i;

	if (size < 1)
		return 0;
	fsize = 2u << (data[0] & 7);
	if (kfifo_alloc(&f, fsize, GFP_KERNEL))
		abort();
	f.in = f.out = 0u - (data[0] >> 3) * 37u;
	ref.head = ref.tail = 0;
	for (i = 1; i + 1 < size; i += 2) {
		unsigned int n = data[i + 1] * 2;
		unsigned int op = data[i] % 8;

		if (op < 2)
			op_in(&f, fsize, n, op);
		else if (op < 6)
			op_out(&f, n, op - 2);
		else if (op == 6) {
			kfifo_reset_out(&f);
			ref.head = ref.tail;
		} else
			op_in(&f, fsize, n % (fsize + 1), 0);
		check(&f, fsize);
	}
	kfifo_free(&f);
	return 0;
}
