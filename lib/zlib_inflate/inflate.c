/*
 * inflate.c - decode a DEFLATE stream (RFC 1951), for the gzip'd initramfs.
 *
 * DEFLATE is LZ77 plus Huffman coding. The stream is a series of blocks;
 * each is stored (raw bytes), or Huffman-coded with a fixed code, or with a
 * code sent at the start of the block. A coded block is a string of
 * symbols: 0-255 a literal byte, 256 the end of the block, 257-285 a
 * length which is followed by a distance: "copy LENGTH bytes from DISTANCE
 * bytes back in the output". The output so far is the dictionary, so the
 * decoder keeps the last 32 KiB of it (the window).
 *
 * A Huffman code is sent as just the bit length of each symbol's code
 * (the "canonical" code: codes of one length are consecutive numbers,
 * in symbol order, and shorter codes come first). So a decoder needs only
 * count[len], the number of codes of each length, and the symbols sorted
 * by code. It reads a code one bit at a time: after len bits the code
 * value lies among the count[len] codes of that length if it is below
 * first + count[len], where first is the first code of that length.
 *
 *   window: [ ... history (32K) ... | new output ... ]   (64 KiB)
 *                                    ^ flushed up to here
 *
 * When the window is full, the new part is handed to the flush callback
 * and the last 32 KiB move to the front to stay as history.
 *
 * Every read of input is bounded by in_len and every copy by the window,
 * whatever the bytes say: a corrupt stream ends with INFLATE_BAD_DATA or
 * INFLATE_TRUNCATED, never with a read or write outside the buffers
 * (tests/host/inflate_test.c compares with zlib on random files;
 * tests/fuzz/initramfs_fuzz.c feeds it garbage).
 *
 * Linux 2.6.32 uses its zlib port (lib/zlib_inflate/, table-driven and
 * much faster); Linnet decodes bit by bit because it decodes one archive
 * once at boot and the code is for reading. See docs/procfs.md.
 */
#include <linnet/inflate.h>
#include <linux/string.h>

#define MAXBITS 15 /* the longest code */
#define NLITLEN 288 /* literal/length symbols (286 used, 288 in the fixed code) */
#define NDIST 32 /* distance symbols (30 used) */
#define NCODELEN 19 /* code-length symbols */

struct huffman {
	u16 count[MAXBITS + 1];
	u16 symbol[NLITLEN];
};

struct inflate_state {
	struct inflate_io *io;
	size_t pos; /* next input byte */
	u32 bitbuf; /* bits read but not used, lowest first */
	int bitcnt;
	size_t out; /* next free byte of the window */
	size_t flushed; /* window bytes already handed to flush */
	int err; /* the first error, INFLATE_OK if none */
	struct huffman lencode, distcode;
};

/* Read @n bits (n <= 16), least significant first; 0 and err on underrun. */
static u32 getbits(struct inflate_state *s, int n)
{
	u32 val;

	while (s->bitcnt < n) {
		if (s->pos >= s->io->in_len) {
			s->err = INFLATE_TRUNCATED;
			return 0;
		}
		s->bitbuf |= (u32)s->io->in[s->pos++] << s->bitcnt;
		s->bitcnt += 8;
	}
	val = s->bitbuf & ((1U << n) - 1);
	s->bitbuf >>= n;
	s->bitcnt -= n;
	return val;
}

/* Hand the new part of the window to the callback. */
static void flush_window(struct inflate_state *s)
{
	struct inflate_io *io = s->io;
	unsigned long n = s->out - s->flushed;

	if (!n || s->err)
		return;
	if (io->flush(io->flush_arg, io->window + s->flushed, n) != (long)n)
		s->err = INFLATE_FLUSH_FAILED;
	io->out_len += n;
	s->flushed = s->out;
}

/* Make room for one more byte: flush, then keep the last 32 KiB as history. */
static void put_byte(struct inflate_state *s, u8 c)
{
	if (s->out == INFLATE_WINDOW_SIZE) {
		flush_window(s);
		memmove(s->io->window, s->io->window + INFLATE_WSIZE, INFLATE_WSIZE);
		s->out = s->flushed = INFLATE_WSIZE;
	}
	s->io->window[s->out++] = c;
}

/*
 * The history lives at window[0..out); a distance may reach back into the
 * 32 KiB that the last slide kept, but not to before the stream started.
 */
static void copy_match(struct inflate_state *s, unsigned int dist, unsigned int len)
{
	unsigned long produced = s->io->out_len + (s->out - s->flushed);

	if (dist > produced || dist > INFLATE_WSIZE) {
		s->err = INFLATE_BAD_DATA;
		return;
	}
	while (len--) {
		u8 c = s->io->window[s->out - dist];

		put_byte(s, c);
	}
}

/*
 * Build the decoding table from code lengths. Returns 0 for a complete
 * code, > 0 for an incomplete one (allowed: an unused code is caught when
 * it is read), < 0 for an over-subscribed one (more codes than fit).
 */
static int build_huffman(struct huffman *h, const u8 *lens, int n)
{
	u16 offs[MAXBITS + 1];
	int len, sym, left = 1;

	memset(h->count, 0, sizeof(h->count));
	for (sym = 0; sym < n; sym++)
		h->count[lens[sym]]++;
	if (h->count[0] == n)
		return 0; /* no codes: only a stream that never uses it */
	for (len = 1; len <= MAXBITS; len++) {
		left = (left << 1) - h->count[len];
		if (left < 0)
			return left;
	}
	offs[1] = 0;
	for (len = 1; len < MAXBITS; len++)
		offs[len + 1] = offs[len] + h->count[len];
	for (sym = 0; sym < n; sym++)
		if (lens[sym])
			h->symbol[offs[lens[sym]]++] = sym;
	return left;
}

/* Read one symbol: the canonical-code walk described at the top. */
static int decode(struct inflate_state *s, const struct huffman *h)
{
	int code = 0, first = 0, index = 0, len;

	for (len = 1; len <= MAXBITS; len++) {
		int count = h->count[len];

		code |= getbits(s, 1);
		if (s->err)
			return -1;
		if (code - first < count)
			return h->symbol[index + code - first];
		index += count;
		first = (first + count) << 1;
		code <<= 1;
	}
	s->err = INFLATE_BAD_DATA; /* a code the table does not have */
	return -1;
}

/* RFC 1951 3.2.5: base values and extra bits of lengths and distances. */
static const u16 len_base[29] = { 3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,	 17,  19,  23, 27,
				  31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258 };
static const u8 len_extra[29] = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
				  2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0 };
static const u16 dist_base[30] = { 1,	 2,    3,    4,	   5,	 7,    9,    13,    17,	   25,
				   33,	 49,   65,   97,   129,	 193,  257,  385,   513,   769,
				   1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577 };
static const u8 dist_extra[30] = { 0, 0, 0, 0, 1, 1, 2, 2,  3,	3,  4,	4,  5,	5,  6,
				   6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13 };

/* Decode symbols of a Huffman block until its end-of-block symbol. */
static void inflate_codes(struct inflate_state *s)
{
	for (;;) {
		int sym = decode(s, &s->lencode);
		unsigned int len, dist;

		if (s->err)
			return;
		if (sym < 256) {
			put_byte(s, sym);
			continue;
		}
		if (sym == 256)
			return;
		sym -= 257;
		if (sym >= 29) {
			s->err = INFLATE_BAD_DATA;
			return;
		}
		len = len_base[sym] + getbits(s, len_extra[sym]);
		sym = decode(s, &s->distcode);
		if (s->err)
			return;
		if (sym >= 30) {
			s->err = INFLATE_BAD_DATA;
			return;
		}
		dist = dist_base[sym] + getbits(s, dist_extra[sym]);
		if (s->err)
			return;
		copy_match(s, dist, len);
		if (s->err)
			return;
	}
}

/* A stored block: align to a byte, LEN and its complement, LEN raw bytes. */
static void inflate_stored(struct inflate_state *s)
{
	struct inflate_io *io = s->io;
	unsigned int len;

	s->bitbuf = 0;
	s->bitcnt = 0;
	if (io->in_len - s->pos < 4) {
		s->err = INFLATE_TRUNCATED;
		return;
	}
	len = io->in[s->pos] | io->in[s->pos + 1] << 8;
	if ((io->in[s->pos + 2] ^ 0xff) != (len & 0xff) ||
	    (io->in[s->pos + 3] ^ 0xff) != len >> 8) {
		s->err = INFLATE_BAD_DATA;
		return;
	}
	s->pos += 4;
	if (io->in_len - s->pos < len) {
		s->err = INFLATE_TRUNCATED;
		return;
	}
	while (len--)
		put_byte(s, io->in[s->pos++]);
}

/* Block type 1: the code RFC 1951 3.2.6 fixes once for all. */
static void inflate_fixed(struct inflate_state *s)
{
	u8 lens[NLITLEN];
	int i;

	for (i = 0; i < 144; i++)
		lens[i] = 8;
	for (; i < 256; i++)
		lens[i] = 9;
	for (; i < 280; i++)
		lens[i] = 7;
	for (; i < NLITLEN; i++)
		lens[i] = 8;
	build_huffman(&s->lencode, lens, NLITLEN);
	memset(lens, 5, NDIST);
	build_huffman(&s->distcode, lens, NDIST);
	inflate_codes(s);
}

/* The order in which code-length code lengths are sent (RFC 1951 3.2.7). */
static const u8 clen_order[NCODELEN] = { 16, 17, 18, 0, 8,  7, 9,  6, 10, 5,
					 11, 4,	 12, 3, 13, 2, 14, 1, 15 };

/* Read @n code lengths coded with the code-length code in s->lencode. */
static int read_lengths(struct inflate_state *s, u8 *lens, int n)
{
	int i = 0;

	while (i < n) {
		int sym = decode(s, &s->lencode), rep;
		u8 val = 0;

		if (s->err)
			return -1;
		if (sym < 16) {
			lens[i++] = sym;
			continue;
		}
		if (sym == 16) {
			if (i == 0)
				return -1; /* nothing to repeat */
			val = lens[i - 1];
			rep = 3 + getbits(s, 2);
		} else if (sym == 17) {
			rep = 3 + getbits(s, 3);
		} else {
			rep = 11 + getbits(s, 7);
		}
		if (s->err || i + rep > n)
			return -1;
		while (rep--)
			lens[i++] = val;
	}
	return 0;
}

/* Block type 2: read the two codes, then decode with them. */
static void inflate_dynamic(struct inflate_state *s)
{
	u8 lens[NLITLEN + NDIST];
	int nlen, ndist, ncode, i;

	nlen = getbits(s, 5) + 257;
	ndist = getbits(s, 5) + 1;
	ncode = getbits(s, 4) + 4;
	if (s->err)
		return;
	if (nlen > 286 || ndist > 30)
		goto bad;
	memset(lens, 0, NCODELEN);
	for (i = 0; i < ncode; i++)
		lens[clen_order[i]] = getbits(s, 3);
	if (s->err)
		return;
	if (build_huffman(&s->lencode, lens, NCODELEN) != 0)
		goto bad; /* the code-length code must be complete */
	if (read_lengths(s, lens, nlen + ndist))
		goto bad;
	if (lens[256] == 0)
		goto bad; /* no way to end the block */
	if (build_huffman(&s->lencode, lens, nlen) < 0 ||
	    build_huffman(&s->distcode, lens + nlen, ndist) < 0)
		goto bad;
	inflate_codes(s);
	return;
bad:
	if (!s->err)
		s->err = INFLATE_BAD_DATA;
}

/**
 * zlib_inflate_blob - decode one raw DEFLATE stream held in memory
 * @io: the input, the window and the flush callback; @io->in_used and
 *      @io->out_len are filled in
 *
 * Decodes block after block until the one marked final, handing the output
 * to @io->flush in pieces of at most INFLATE_WINDOW_SIZE bytes.
 *
 * Return: INFLATE_OK, or INFLATE_TRUNCATED, INFLATE_BAD_DATA or
 * INFLATE_FLUSH_FAILED. Output flushed before an error stays delivered.
 * Context: any; uses about 2 KiB of stack and no allocation.
 */
int zlib_inflate_blob(struct inflate_io *io)
{
	struct inflate_state s;
	int last;

	memset(&s, 0, sizeof(s));
	s.io = io;
	io->out_len = 0;
	do {
		int type;

		last = getbits(&s, 1);
		type = getbits(&s, 2);
		if (s.err)
			break;
		if (type == 0)
			inflate_stored(&s);
		else if (type == 1)
			inflate_fixed(&s);
		else if (type == 2)
			inflate_dynamic(&s);
		else
			s.err = INFLATE_BAD_DATA;
	} while (!last && !s.err);
	flush_window(&s);
	io->in_used = s.pos;
	return s.err;
}
