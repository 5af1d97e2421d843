/*
 * bitops_shim.c - <linux/bitops.h>, <linux/bitmap.h>, <linux/log2.h> and
 * lib/find_bit.c against naive loops, compiled with Linnet's headers.
 *
 * Every bit operation runs on a random bitmap next to a plain array of
 * one byte per bit; the find_*_bit() searches are compared with a linear
 * scan from every offset; ffs/fls/hweight/ilog2 with a loop over the
 * bits. On the host, long is 64 bits, so this exercises the 64-bit word
 * paths; the kernel's bitops suite covers the 32-bit ones.
 */
#include <linux/bitmap.h>
#include <linux/log2.h>

void host_check(int ok, const char *file, int line, const char *what);
#define CHECK(cond) host_check(!!(cond), __FILE__, __LINE__, #cond)

#define NBITS 200

static unsigned long long rng_state;

static unsigned long long rnd64(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return rng_state;
}

/* naive_next - the first index >= @from in @model equal to @val, or @size */
static unsigned long naive_next(const unsigned char *model, unsigned long size, unsigned long from,
				int val)
{
	for (; from < size; from++)
		if (model[from] == val)
			return from;
	return size;
}

static void test_bit_ops(void)
{
	DECLARE_BITMAP(map, NBITS);
	unsigned char model[NBITS];
	int r, nr, old, i;

	bitmap_zero(map, NBITS);
	for (i = 0; i < NBITS; i++)
		model[i] = 0;
	for (r = 0; r < 20000; r++) {
		nr = rnd64() % NBITS;
		old = model[nr];
		switch (rnd64() % 12) {
		case 0:
			set_bit(nr, map);
			model[nr] = 1;
			break;
		case 1:
			clear_bit(nr, map);
			model[nr] = 0;
			break;
		case 2:
			change_bit(nr, map);
			model[nr] ^= 1;
			break;
		case 3:
			__set_bit(nr, map);
			model[nr] = 1;
			break;
		case 4:
			__clear_bit(nr, map);
			model[nr] = 0;
			break;
		case 5:
			__change_bit(nr, map);
			model[nr] ^= 1;
			break;
		case 6:
			CHECK(!!test_and_set_bit(nr, map) == old);
			model[nr] = 1;
			break;
		case 7:
			CHECK(!!test_and_clear_bit(nr, map) == old);
			model[nr] = 0;
			break;
		case 8:
			CHECK(!!test_and_change_bit(nr, map) == old);
			model[nr] ^= 1;
			break;
		case 9:
			CHECK(__test_and_set_bit(nr, map) == old);
			model[nr] = 1;
			break;
		case 10:
			CHECK(__test_and_clear_bit(nr, map) == old);
			model[nr] = 0;
			break;
		default:
			CHECK(__test_and_change_bit(nr, map) == old);
			model[nr] ^= 1;
			break;
		}
		CHECK(test_bit(nr, map) == model[nr]);
		if (r % 500 == 0) {
			unsigned int w = 0;

			for (i = 0; i < NBITS; i++) {
				CHECK(test_bit(i, map) == model[i]);
				w += model[i];
			}
			CHECK(bitmap_weight(map, NBITS) == w);
			CHECK(bitmap_empty(map, NBITS) == (w == 0));
			CHECK(bitmap_full(map, NBITS) == (w == NBITS));
		}
	}
}

static void test_find(void)
{
	DECLARE_BITMAP(map, NBITS);
	unsigned char model[NBITS];
	unsigned long size, off, bit, expect;
	int r, i, density;

	for (r = 0; r < 200; r++) {
		density = r % 4 == 0 ? 2 : r % 4 == 1 ? 64 : 8; /* dense, sparse, mixed */
		bitmap_zero(map, NBITS);
		for (i = 0; i < NBITS; i++) {
			model[i] = rnd64() % density == 0;
			if (r % 4 == 0)
				model[i] = !model[i];
			if (model[i])
				__set_bit(i, map);
		}
		size = r % 2 ? NBITS : rnd64() % (NBITS + 1);
		CHECK(find_first_bit(map, size) == naive_next(model, size, 0, 1));
		CHECK(find_first_zero_bit(map, size) == naive_next(model, size, 0, 0));
		for (off = 0; off <= size + 1; off++) {
			CHECK(find_next_bit(map, size, off) == naive_next(model, size, off, 1));
			CHECK(find_next_zero_bit(map, size, off) ==
			      naive_next(model, size, off, 0));
		}
		expect = naive_next(model, size, 0, 1);
		for_each_set_bit(bit, map, size) {
			CHECK(bit == expect);
			expect = naive_next(model, size, bit + 1, 1);
		}
		CHECK(expect == size);
	}
}

static void test_bitmap_fill(void)
{
	DECLARE_BITMAP(map, NBITS);
	unsigned int n;

	for (n = 0; n <= NBITS; n++) {
		bitmap_zero(map, NBITS);
		bitmap_fill(map, n);
		CHECK(bitmap_weight(map, NBITS) == n);
		CHECK(bitmap_full(map, n));
		CHECK(n == 0 || !bitmap_empty(map, n));
		CHECK(find_first_zero_bit(map, NBITS) == n);
	}
	CHECK(BITS_TO_LONGS(0) == 0 && BITS_TO_LONGS(1) == 1);
	CHECK(BITS_TO_LONGS(BITS_PER_LONG) == 1 && BITS_TO_LONGS(BITS_PER_LONG + 1) == 2);
	CHECK(BIT(3) == 8 && BIT_WORD(BITS_PER_LONG + 1) == 1 && BIT_MASK(BITS_PER_LONG + 1) == 2);
}

/* naive_fls64 - the 1-based position of the highest set bit, by loop */
static int naive_fls64(unsigned long long x)
{
	int n = 0;

	while (x) {
		n++;
		x >>= 1;
	}
	return n;
}

static int naive_ffs64(unsigned long long x)
{
	int n = 1;

	if (!x)
		return 0;
	while (!(x & 1)) {
		n++;
		x >>= 1;
	}
	return n;
}

static unsigned int naive_weight(unsigned long long x)
{
	unsigned int n = 0;

	for (; x; x >>= 1)
		n += x & 1;
	return n;
}

/* check_word - every single-word primitive on @x */
static void check_word(unsigned long long x)
{
	unsigned int lo = (unsigned int)x;
	unsigned long ul = (unsigned long)x;

	CHECK(ffs((int)lo) == naive_ffs64(lo));
	CHECK(fls(lo) == naive_fls64(lo));
	CHECK(fls64(x) == naive_fls64(x));
	CHECK(fls_long(ul) == naive_fls64(ul));
	CHECK(hweight32(lo) == naive_weight(lo));
	CHECK(hweight16(lo) == naive_weight(lo & 0xffff));
	CHECK(hweight8(lo) == naive_weight(lo & 0xff));
	CHECK(hweight64(x) == naive_weight(x));
	CHECK(hweight_long(ul) == naive_weight(ul));
	if (ul) {
		CHECK(__ffs(ul) == (unsigned long)naive_ffs64(ul) - 1);
		CHECK(__fls(ul) == (unsigned long)naive_fls64(ul) - 1);
		CHECK(ilog2(ul) == naive_fls64(ul) - 1);
		CHECK(ilog2(x) == naive_fls64(x) - 1);
		CHECK(is_power_of_2(ul) == (naive_weight(ul) == 1));
		CHECK(rounddown_pow_of_two(ul) == 1UL << (naive_fls64(ul) - 1));
		if (ul <= 1UL << (BITS_PER_LONG - 1)) {
			unsigned long up = roundup_pow_of_two(ul);

			CHECK(is_power_of_2(up) && up >= ul && (up == 1 || up / 2 < ul));
			CHECK(order_base_2(ul) == ilog2(up));
		}
	}
	if (~ul)
		CHECK(ffz(ul) == (unsigned long)naive_ffs64(~ul) - 1);
}

static void test_words(void)
{
	int r, i;

	check_word(0);
	check_word(~0ULL);
	for (i = 0; i < 64; i++) {
		check_word(1ULL << i);
		check_word((1ULL << i) - 1);
		check_word(~(1ULL << i));
		check_word((1ULL << i) + 1);
	}
	for (r = 0; r < 20000; r++)
		check_word(rnd64() >> (rnd64() % 64));
	CHECK(ilog2(4096) == 12 && ilog2(1) == 0 && ilog2(0x80000000u) == 31);
	CHECK(!is_power_of_2(0) && is_power_of_2(1) && !is_power_of_2(6));
}

/**
 * bitops_shim_run - run the bit operation tests
 * @seed: the random seed (non-zero)
 *
 * Context: host test program.
 */
void bitops_shim_run(unsigned int seed)
{
	rng_state = seed | 1;
	test_bit_ops();
	test_find();
	test_bitmap_fill();
	test_words();
}
