/*
 * decompress/inflate.h - gunzip(), the gzip decompressor of the initramfs
 * (lib/decompress_inflate.c), with 2.6.32's decompress_fn signature.
 */
#ifndef _LINUX_DECOMPRESS_INFLATE_H
#define _LINUX_DECOMPRESS_INFLATE_H

int gunzip(unsigned char *inbuf, int len, int (*fill)(void *, unsigned int),
	   int (*flush)(void *, unsigned int), unsigned char *outbuf, int *posp,
	   void (*error)(char *x));

#endif /* _LINUX_DECOMPRESS_INFLATE_H */
