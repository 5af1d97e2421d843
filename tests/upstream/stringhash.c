/*
 * tests/upstream/stringhash.c - today's salted full_name_hash() and
 * hashlen_string(), for Linux's test_hash.c only.
 *
 * Both feed the name's bytes, as unsigned chars, through
 * partial_name_hash() from the salt and finish with end_name_hash(), so
 * hashing a NUL-terminated name with hashlen_string() gives the same
 * hash as full_name_hash() on its length. This file is linked only into
 * the upstream-tests kernel: Linnet's kernel keeps 2.6.32's unsalted
 * full_name_hash(name, len) (include/linux/dcache.h). See
 * tests/upstream/include/linux/stringhash.h for why, and docs/lib.md.
 */
#include <linux/stringhash.h>

/**
 * full_name_hash - hash a name of known length
 * @salt: the starting value (Linux: the parent dentry)
 * @name: the name; need not be NUL-terminated
 * @len: its length
 *
 * Context: any.
 * Return: the 32-bit hash.
 */
unsigned int full_name_hash(const void *salt, const char *name, unsigned int len)
{
	unsigned long hash = init_name_hash(salt);

	while (len--)
		hash = partial_name_hash((unsigned char)*name++, hash);
	return end_name_hash(hash);
}

/**
 * hashlen_string - hash a NUL-terminated name and measure it
 * @salt: the starting value
 * @name: the name
 *
 * Context: any.
 * Return: hashlen_create(hash, length): the hash in the low 32 bits, the length above.
 */
u64 hashlen_string(const void *salt, const char *name)
{
	unsigned long hash = init_name_hash(salt);
	unsigned long len = 0;
	unsigned char c;

	while ((c = (unsigned char)name[len]) != '\0') {
		hash = partial_name_hash(c, hash);
		len++;
	}
	return hashlen_create(end_name_hash(hash), len);
}
