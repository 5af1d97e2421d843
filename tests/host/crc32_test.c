/*
 * crc32_test.c - lib/crc32.c against zlib's crc32() on random buffers.
 */
#include <stdio.h>
#include <stdlib.h>
#include <zlib.h>
#include "linnet.h"

int main(void)
{
	static unsigned char buf[4096];
	unsigned int i, n, split;
	unsigned int crc;

	srand(7);
	CHECK(~linnet_crc32_le(~0u, (const unsigned char *)"123456789", 9) == 0xcbf43926u);
	for (i = 0; i < 2000; i++) {
		n = rand() % sizeof(buf);
		split = n ? rand() % n : 0;
		for (unsigned int k = 0; k < n; k++)
			buf[k] = rand();
		crc = linnet_crc32_le(~0u, buf, split);
		crc = linnet_crc32_le(crc, buf + split, n - split);
		CHECK(~crc == crc32(0, buf, n));
	}
	return host_summary("crc32");
}
