/*
 * decompress.c - decompress_method(): which decompressor a buffer needs,
 * judged by its first two bytes, as Linux 2.6.32's lib/decompress.c.
 *
 * gzip is built in (lib/decompress_inflate.c). bzip2 and lzma are known by
 * their magic numbers but not built, so the caller can say "compression
 * method bzip2 not configured" as a 2.6.32 kernel without them does.
 * See init/initramfs.c and docs/procfs.md.
 */
#include <linux/decompress/generic.h>
#include <linux/decompress/inflate.h>
#include <linux/string.h>
#include <linux/kernel.h>

static const struct compress_format {
	unsigned char magic[2];
	const char *name;
	decompress_fn decompressor;
} compressed_formats[] = {
	{ { 0x1f, 0x8b }, "gzip", gunzip },
	{ { 0x1f, 0x9e }, "gzip", gunzip },
	{ { 0x42, 0x5a }, "bzip2", NULL },
	{ { 0x5d, 0x00 }, "lzma", NULL },
};

/**
 * decompress_method - find the decompressor for a buffer by its magic
 * @inbuf: the data
 * @len: its length (fewer than 2 bytes never match)
 * @name: if not NULL, set to the method's name, or NULL if none matched
 *
 * Return: the decompressor, or NULL if the method is unknown or not built in
 * (then *@name tells which).
 * Context: any.
 */
decompress_fn decompress_method(const unsigned char *inbuf, int len, const char **name)
{
	unsigned int i;

	if (name)
		*name = NULL;
	if (len < 2)
		return NULL;
	for (i = 0; i < ARRAY_SIZE(compressed_formats); i++) {
		if (memcmp(inbuf, compressed_formats[i].magic, 2))
			continue;
		if (name)
			*name = compressed_formats[i].name;
		return compressed_formats[i].decompressor;
	}
	return NULL;
}
