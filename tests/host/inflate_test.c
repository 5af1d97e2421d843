/*
 * inflate_test.c - lib/decompress_inflate.c:gunzip against zlib and gzip(1).
 *
 * Many random files of every kind of compressibility (random bytes, text
 * from a small alphabet, long runs, repeats from far back) are compressed
 * by zlib at every level and strategy (stored, fixed and dynamic blocks)
 * and by the gzip program (which writes a file name in the header);
 * gunzip must give back the exact bytes and consume exactly the member.
 * Then damaged members: every truncation of a few files and random byte
 * flips must end in an error message or a correct result, never a read or
 * write out of bounds (AddressSanitizer watches).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>
#include "linnet.h"

int linnet_gunzip(unsigned char *inbuf, int len, int (*fill)(void *, unsigned int),
		  int (*flush)(void *, unsigned int), unsigned char *outbuf, int *posp,
		  void (*error)(char *x));

static unsigned char *out;
static size_t out_len, out_cap;
static const char *last_error;

static int flush(void *buf, unsigned int len)
{
	if (out_len + len > out_cap) {
		out_cap = (out_len + len) * 2;
		out = realloc(out, out_cap);
	}
	memcpy(out + out_len, buf, len);
	out_len += len;
	return len;
}

static void error(char *x)
{
	if (!last_error)
		last_error = x;
}

static void make_data(unsigned char *p, size_t n, int kind)
{
	for (size_t i = 0; i < n; i++) {
		switch (kind) {
		case 0:
			p[i] = rand();
			break;
		case 1:
			p[i] = "abcde \n"[rand() % 7];
			break;
		case 2:
			p[i] = (i / (1 + rand() % 500)) & 1 ? 'x' : 0;
			break;
		default:
			p[i] = i > 40000 && rand() % 4 ? p[i - 40000 + rand() % 8000] :
							 (unsigned char)rand();
		}
	}
}

static size_t zlib_gzip(const unsigned char *in, size_t n, unsigned char *z, size_t zcap, int level,
			int strategy)
{
	z_stream s = { 0 };

	deflateInit2(&s, level, Z_DEFLATED, 15 + 16, 8, strategy);
	s.next_in = (unsigned char *)in;
	s.avail_in = n;
	s.next_out = z;
	s.avail_out = zcap;
	if (deflate(&s, Z_FINISH) != Z_STREAM_END)
		abort();
	deflateEnd(&s);
	return s.total_out;
}

static int run(unsigned char *z, size_t zn, int *pos)
{
	out_len = 0;
	last_error = NULL;
	return linnet_gunzip(z, zn, NULL, flush, NULL, pos, error);
}

static void roundtrip(const unsigned char *data, size_t n, unsigned char *z, size_t zn)
{
	int pos, rc;

	/* Trailing bytes after the member must be left alone. */
	memcpy(z + zn, "TRAIL", 5);
	rc = run(z, zn + 5, &pos);
	CHECK(rc == 0);
	CHECK(last_error == NULL);
	CHECK(pos == (int)zn);
	CHECK(out_len == n && (!n || !memcmp(out, data, n)));
}

static size_t gzip_tool(const unsigned char *in, size_t n, unsigned char *z, size_t zcap,
			const char *opt)
{
	char cmd[256], tmpname[64];
	FILE *f;
	size_t got;

	snprintf(tmpname, sizeof(tmpname), "/tmp/linnet_inflate_%d.dat", (int)getpid());
	f = fopen(tmpname, "wb");
	fwrite(in, 1, n, f);
	fclose(f);
	snprintf(cmd, sizeof(cmd), "gzip %s -c %s", opt, tmpname);
	f = popen(cmd, "r");
	got = fread(z, 1, zcap, f);
	pclose(f);
	remove(tmpname);
	return got;
}

static void damaged(const unsigned char *data, size_t n, unsigned char *z, size_t zn)
{
	unsigned char *copy = malloc(zn);
	int pos;

	/* Every truncation: an error (a stored copy of a prefix cannot match the CRC). */
	for (size_t cut = 0; cut < zn; cut += 1 + cut / 64) {
		memcpy(copy, z, cut);
		CHECK(run(copy, cut, &pos) == -1 && last_error != NULL);
		CHECK(pos >= 0 && pos <= (int)cut + 8);
	}
	/* Random flips: an error, or (rarely) the right bytes. */
	for (int i = 0; i < 300; i++) {
		memcpy(copy, z, zn);
		for (int k = 0; k < 1 + rand() % 4; k++)
			copy[rand() % zn] ^= 1 << (rand() % 8);
		if (run(copy, zn, &pos) == 0)
			CHECK(out_len == n && (!n || !memcmp(out, data, n)));
		else
			CHECK(last_error != NULL);
	}
	free(copy);
}

int main(void)
{
	static const int strategies[] = { Z_DEFAULT_STRATEGY, Z_FILTERED, Z_HUFFMAN_ONLY, Z_RLE,
					  Z_FIXED };
	size_t cap = 200000;
	unsigned char *data = malloc(cap), *z = malloc(2 * cap);
	int files = 0;

	srand(14);
	for (int i = 0; i < 300; i++) {
		size_t n = i < 20 ? (size_t)i : (size_t)rand() % (i % 10 == 0 ? cap : 5000);
		int kind = rand() % 4;
		size_t zn;

		make_data(data, n, kind);
		zn = zlib_gzip(data, n, z, 2 * cap, rand() % 10, strategies[rand() % 5]);
		roundtrip(data, n, z, zn);
		files++;
		if (i % 40 == 0) {
			zn = gzip_tool(data, n, z, 2 * cap, i % 80 ? "-9" : "-1");
			roundtrip(data, n, z, zn);
			files++;
		}
		if (i % 100 == 50)
			damaged(data, n, z, zn);
	}
	/* Not gzip at all, and a reserved flag bit. */
	memcpy(z, "070701", 6);
	CHECK(run(z, 6, NULL) == -1 && !strcmp(last_error, "Not a gzip file"));
	zlib_gzip((const unsigned char *)"x", 1, z, 100, 6, 0);
	z[3] |= 0x80;
	CHECK(run(z, 21, NULL) == -1 && !strcmp(last_error, "Not a gzip file"));
	printf("inflate: %d files decompressed\n", files);
	free(data);
	free(z);
	free(out);
	return host_summary("inflate");
}
