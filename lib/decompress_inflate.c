/*
 * decompress_inflate.c - gunzip(): unwrap a gzip file (RFC 1952) around the
 * DEFLATE decoder, for the initramfs.
 *
 * A gzip member is a 10-byte header (1f 8b, method 8 = deflate, flags,
 * mtime, extra flags, OS), optional fields the flags announce (extra data,
 * a file name, a comment, a header CRC), the DEFLATE stream, and an 8-byte
 * trailer: the CRC-32 and the length (mod 2^32) of the uncompressed data.
 *
 * The signature and the messages are 2.6.32's ("Not a gzip file", "read
 * error" when the input ends early, "write error" when the flush callback
 * refuses, "uncompression error" for bad data), so init/initramfs.c reports
 * a broken archive as Linux does. Differences from 2.6.32, for safety: its
 * gunzip skips only the file-name field, trusts it to end, and never
 * checks the trailer; Linnet skips every optional field within the input
 * and checks the CRC and the length ("crc error" and "length error", the
 * messages of 2.6.32's older lib/inflate.c), so a damaged archive is
 * reported instead of unpacked wrong. @fill must be NULL: Linnet's caller
 * holds the whole archive. See lib/zlib_inflate/inflate.c, docs/procfs.md.
 */
#include <linux/decompress/generic.h>
#include <linux/decompress/inflate.h>
#include <linnet/inflate.h>
#include <linux/crc32.h>
#include <linux/slab.h>
#include <linux/string.h>

#define GZ_FHCRC 0x02
#define GZ_FEXTRA 0x04
#define GZ_FNAME 0x08
#define GZ_FCOMMENT 0x10
#define GZ_FRESERVED 0xe0

struct gunzip_ctx {
	int (*flush)(void *, unsigned int);
	u32 crc;
};

static long gunzip_flush(void *arg, const u8 *buf, unsigned long len)
{
	struct gunzip_ctx *ctx = arg;

	ctx->crc = crc32_le(ctx->crc, buf, len);
	return ctx->flush((void *)buf, len) == (int)len ? (long)len : -1;
}

/* Skip a NUL-terminated field; the new offset, or -1 if it never ends. */
static int skip_string(const unsigned char *buf, int len, int off)
{
	while (off < len && buf[off])
		off++;
	return off < len ? off + 1 : -1;
}

/* The offset of the DEFLATE data after the header, or -1 if it is cut short. */
static int gzip_header_len(const unsigned char *buf, int len)
{
	int flags = buf[3], off = 10;

	if (flags & GZ_FEXTRA) {
		if (len - off < 2)
			return -1;
		off += 2 + (buf[off] | buf[off + 1] << 8);
		if (off > len)
			return -1;
	}
	if ((flags & GZ_FNAME) && (off = skip_string(buf, len, off)) < 0)
		return -1;
	if ((flags & GZ_FCOMMENT) && (off = skip_string(buf, len, off)) < 0)
		return -1;
	if (flags & GZ_FHCRC)
		off += 2;
	return off <= len ? off : -1;
}

static u32 get_le32(const unsigned char *p)
{
	return p[0] | p[1] << 8 | p[2] << 16 | (u32)p[3] << 24;
}

/* Check the 8-byte trailer that follows the DEFLATE data at @off. */
static int gzip_trailer_ok(const unsigned char *buf, int len, int off, u32 crc,
			   unsigned long out_len, void (*error)(char *x))
{
	if (len - off < 8) {
		error("read error");
		return 0;
	}
	if (get_le32(buf + off) != crc) {
		error("crc error");
		return 0;
	}
	if (get_le32(buf + off + 4) != (u32)out_len) {
		error("length error");
		return 0;
	}
	return 1;
}

static void report(int rc, void (*error)(char *x))
{
	if (rc == INFLATE_TRUNCATED)
		error("read error");
	else if (rc == INFLATE_FLUSH_FAILED)
		error("write error");
	else
		error("uncompression error");
}

/**
 * gunzip - decompress one gzip member held in memory
 * @inbuf: the gzip data
 * @len: its length
 * @fill: must be NULL (Linnet's callers hold the whole input)
 * @flush: receives the output in pieces; must return the length it was given
 * @outbuf: NULL: gunzip allocates its 64 KiB window
 * @posp: if not NULL, set to the number of input bytes the member used,
 *        trailer included
 * @error: called with 2.6.32's message on failure
 *
 * Return: 0 when the member was decoded and its CRC and length matched,
 * -1 after calling @error otherwise.
 * Context: process context; allocates with GFP_KERNEL.
 */
int gunzip(unsigned char *inbuf, int len, int (*fill)(void *, unsigned int),
	   int (*flush)(void *, unsigned int), unsigned char *outbuf, int *posp,
	   void (*error)(char *x))
{
	struct gunzip_ctx ctx = { .flush = flush, .crc = ~0U };
	struct inflate_io io = { .flush = gunzip_flush, .flush_arg = &ctx };
	int off, rc = -1;

	if (posp)
		*posp = 0;
	if (len < 10 || inbuf[0] != 0x1f || inbuf[1] != 0x8b || inbuf[2] != 0x08 ||
	    (inbuf[3] & GZ_FRESERVED) || fill || !flush) {
		error("Not a gzip file");
		return -1;
	}
	off = gzip_header_len(inbuf, len);
	if (off < 0) {
		error("read error");
		return -1;
	}
	io.window = outbuf ? outbuf : kmalloc(INFLATE_WINDOW_SIZE, GFP_KERNEL);
	if (!io.window) {
		error("Out of memory while allocating output buffer");
		return -1;
	}
	io.in = inbuf + off;
	io.in_len = len - off;
	rc = zlib_inflate_blob(&io);
	off += io.in_used;
	if (rc)
		report(rc, error);
	else if (gzip_trailer_ok(inbuf, len, off, ~ctx.crc, io.out_len, error))
		off += 8;
	else
		rc = -1;
	if (posp)
		*posp = off;
	if (!outbuf)
		kfree(io.window);
	return rc ? -1 : 0;
}
