/*
 * sort_test.c - Linnet's heapsort against the C library's qsort().
 *
 * Random arrays of many lengths (0 to 300, including the tiny and the
 * odd ones where heap index arithmetic goes wrong) and element sizes
 * (1 to 24 bytes) are sorted by both. Each element's bytes are a function
 * of its key, so equal keys are identical and the unstable heapsort must
 * produce exactly qsort()'s bytes. The number of comparisons is checked
 * against heapsort's 2 n log2 n bound, and a caller's swap function must
 * be the one used.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "linnet.h"

static size_t elem_size;
static long compares, swaps;

/* The key is the first byte (size 1), else the first 2 bytes, big-endian. */
static int key_of(const void *p)
{
	const unsigned char *b = p;

	return elem_size == 1 ? b[0] : (b[0] << 8) | b[1];
}

static int cmp_elem(const void *a, const void *b)
{
	compares++;
	return key_of(a) - key_of(b);
}

static void counting_swap(void *a, void *b, int size)
{
	unsigned char t;
	unsigned char *x = a, *y = b;

	swaps++;
	while (size--) {
		t = *x;
		*x++ = *y;
		*y++ = t;
	}
}

/* fill - random keys from a small or a large range; the rest derived from the key */
static void fill(unsigned char *base, size_t n, int key_range)
{
	size_t i, j;
	int key;

	for (i = 0; i < n; i++) {
		unsigned char *e = base + i * elem_size;

		key = rand() % key_range;
		if (elem_size == 1) {
			e[0] = key;
			continue;
		}
		e[0] = key >> 8;
		e[1] = key;
		for (j = 2; j < elem_size; j++)
			e[j] = key * 31 + j;
	}
}

static int ilog2_ceil(size_t n)
{
	int k = 0;

	while (((size_t)1 << k) < n)
		k++;
	return k;
}

static void test_one(size_t n, int key_range, int use_swap)
{
	static unsigned char a[300 * 24], b[300 * 24];

	fill(a, n, key_range);
	memcpy(b, a, n * elem_size);
	compares = swaps = 0;
	linnet_sort(a, n, elem_size, cmp_elem, use_swap ? counting_swap : NULL);
	CHECK(compares <= (long)(2 * n * ilog2_ceil(n + 1) + n));
	CHECK(use_swap || swaps == 0);
	CHECK(!use_swap || n < 2 || swaps > 0);
	qsort(b, n, elem_size, cmp_elem);
	if (memcmp(a, b, n * elem_size) != 0) {
		fprintf(stderr, "  n=%zu size=%zu range=%d\n", n, elem_size, key_range);
		CHECK(!"sort differs from qsort");
	} else {
		host_checks++;
	}
}

int main(void)
{
	static const size_t sizes[] = { 1, 2, 3, 4, 8, 12, 16, 24 };
	unsigned int si;
	size_t n;

	srand(2);
	for (si = 0; si < sizeof(sizes) / sizeof(sizes[0]); si++) {
		elem_size = sizes[si];
		for (n = 0; n <= 300; n += n < 40 ? 1 : 13) {
			test_one(n, elem_size == 1 ? 256 : 65536, 0);
			test_one(n, 4, 1); /* many equal keys */
			test_one(n, 1, n & 1); /* all equal */
		}
	}
	return host_summary("sort");
}
