/*
 * inflate.h - Linnet's DEFLATE decoder (RFC 1951), the engine under gunzip().
 *
 * Linux 2.6.32 carries a port of zlib in lib/zlib_inflate/ with zlib's
 * z_stream interface (zlib_inflateInit2, zlib_inflate...). Linnet's only
 * user is the initramfs, whose whole archive is already in memory, so
 * Linnet's inflater is a smaller one of its own with a one-call interface:
 * hand it the input and a window, and it hands the output to a flush
 * callback in pieces. The gzip wrapper Linux's initramfs calls,
 * gunzip(), is in lib/decompress_inflate.c with 2.6.32's signature.
 * See lib/zlib_inflate/inflate.c and docs/procfs.md.
 */
#ifndef _LINNET_INFLATE_H
#define _LINNET_INFLATE_H

#include <linux/types.h>

/* A back reference reaches at most 32 KiB back (RFC 1951, 2.2). */
#define INFLATE_WSIZE 32768
/* The output window: the 32 KiB history plus as much again of new output. */
#define INFLATE_WINDOW_SIZE (2 * INFLATE_WSIZE)

/* Why inflating stopped (the return values of zlib_inflate_blob). */
#define INFLATE_OK 0 /* the final block ended */
#define INFLATE_TRUNCATED (-1) /* the input ran out inside the stream */
#define INFLATE_BAD_DATA (-2) /* an invalid block type, code or distance */
#define INFLATE_FLUSH_FAILED (-3) /* the flush callback refused the output */

/**
 * struct inflate_io - one raw DEFLATE stream to decode
 * @in: the compressed bytes
 * @in_len: how many there are
 * @in_used: out: how many bytes the stream used (whole bytes, up to the
 *           end of the final block)
 * @window: INFLATE_WINDOW_SIZE bytes of scratch for the output history
 * @flush: called with each piece of output; returns @len to go on, anything
 *         else stops the decoding with INFLATE_FLUSH_FAILED
 * @flush_arg: passed to @flush
 * @out_len: out: how many bytes were produced in all
 */
struct inflate_io {
	const u8 *in;
	size_t in_len;
	size_t in_used;
	u8 *window;
	long (*flush)(void *arg, const u8 *buf, unsigned long len);
	void *flush_arg;
	unsigned long out_len;
};

int zlib_inflate_blob(struct inflate_io *io);

#endif /* _LINNET_INFLATE_H */
