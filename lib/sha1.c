/*
 * sha1.c - the SHA-1 compression function (FIPS 180-1), as Linux 2.6.32's
 * lib/sha1.c offers it: sha_transform() folds one 64-byte block into a
 * 5-word digest. No padding or length: callers that hash whole messages
 * do that themselves; drivers/char/random.c hashes its pool block by block.
 *
 * Each block is expanded to 80 words (W[t] = rol1 of the xor of four
 * earlier words), then 80 rounds each mix one word into the five state
 * words with a round function that changes every 20 rounds (choose,
 * parity, majority, parity) and its constant. See docs/procfs.md.
 */
#include <linux/cryptohash.h>

static inline u32 rol32_(u32 w, unsigned int s)
{
	return (w << s) | (w >> (32 - s));
}

/**
 * sha_init - the initial SHA-1 digest
 * @buf: SHA_DIGEST_WORDS words to set
 *
 * Context: any.
 */
void sha_init(u32 *buf)
{
	buf[0] = 0x67452301;
	buf[1] = 0xefcdab89;
	buf[2] = 0x98badcfe;
	buf[3] = 0x10325476;
	buf[4] = 0xc3d2e1f0;
}

static u32 sha_f(int t, u32 b, u32 c, u32 d)
{
	if (t < 20)
		return (b & c) | (~b & d);
	if (t < 40 || t >= 60)
		return b ^ c ^ d;
	return (b & c) | (b & d) | (c & d);
}

static const u32 sha_k[4] = { 0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xca62c1d6 };

/**
 * sha_transform - fold one 64-byte block into a SHA-1 digest
 * @digest: SHA_DIGEST_WORDS words, updated
 * @data: the 64-byte block (read as big-endian words)
 * @W: SHA_WORKSPACE_WORDS words of scratch (the caller clears it after,
 *     if the data was secret)
 *
 * Context: any.
 */
void sha_transform(u32 *digest, const char *data, u32 *W)
{
	const unsigned char *p = (const unsigned char *)data;
	u32 a = digest[0], b = digest[1], c = digest[2], d = digest[3], e = digest[4], tmp;
	int t;

	for (t = 0; t < 16; t++, p += 4)
		W[t] = (u32)p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3];
	for (; t < 80; t++)
		W[t] = rol32_(W[t - 3] ^ W[t - 8] ^ W[t - 14] ^ W[t - 16], 1);
	for (t = 0; t < 80; t++) {
		tmp = rol32_(a, 5) + sha_f(t, b, c, d) + e + W[t] + sha_k[t / 20];
		e = d;
		d = c;
		c = rol32_(b, 30);
		b = a;
		a = tmp;
	}
	digest[0] += a;
	digest[1] += b;
	digest[2] += c;
	digest[3] += d;
	digest[4] += e;
}
