/*
 * decompress/generic.h - the one signature every boot-time decompressor
 * has, and decompress_method() which picks one by the data's magic bytes.
 *
 * As Linux 2.6.32: init/initramfs.c calls decompress_method() on what
 * follows a cpio archive and, if it names a decompressor, calls it with a
 * flush callback that receives the output in pieces. Linnet has only
 * gzip (lib/decompress_inflate.c); bzip2 and lzma are recognised by their
 * magic and reported as "compression method X not configured", as a
 * 2.6.32 kernel built without them reports. See docs/procfs.md.
 */
#ifndef _LINUX_DECOMPRESS_GENERIC_H
#define _LINUX_DECOMPRESS_GENERIC_H

/*
 * decompress_fn - the decompressor's signature, as 2.6.32's
 * @inbuf: the compressed data
 * @len: its length
 * @fill: refill @inbuf when it runs out; Linnet's callers hold the whole
 *        input and pass NULL (running out is then a "read error")
 * @flush: receives the output in pieces; returns the length it took
 * @outbuf: NULL: the decompressor allocates its own window
 * @posp: out: how many input bytes the compressed stream used
 * @error: called with a message on failure
 * Returns 0 on success, -1 on failure (after calling @error).
 */
typedef int (*decompress_fn)(unsigned char *inbuf, int len, int (*fill)(void *, unsigned int),
			     int (*flush)(void *, unsigned int), unsigned char *outbuf, int *posp,
			     void (*error)(char *x));

decompress_fn decompress_method(const unsigned char *inbuf, int len, const char **name);

#endif /* _LINUX_DECOMPRESS_GENERIC_H */
