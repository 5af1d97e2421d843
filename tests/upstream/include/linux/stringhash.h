/*
 * tests/upstream/include/linux/stringhash.h - today's name-hashing API,
 * for Linux's own test_hash.c only: the kernel never sees this header.
 *
 * A name is hashed a character at a time: init_name_hash(salt) starts
 * from the salt (in Linux, the parent directory, so equal names in
 * different directories land in different buckets), partial_name_hash()
 * mixes one character in, and end_name_hash() folds the result to 32
 * bits through hash_long(). full_name_hash() hashes a name of known
 * length; hashlen_string() hashes a NUL-terminated one and returns its
 * length too, packed with the hash into a u64 (hashlen_hash(),
 * hashlen_len()), which is how the VFS compares names quickly.
 *
 * Two functions must not share one name in the kernel. Linux 2.6.32 has
 * no <linux/stringhash.h>: its full_name_hash(name, len) has no salt and
 * is inline in <linux/dcache.h>, with init_name_hash() taking no
 * argument; Linux 4.8 added the salt and moved these here. Linnet's
 * kernel has only 2.6.32's (include/linux/dcache.h:full_name_hash). This
 * header and tests/upstream/stringhash.c are a compatibility layer built
 * only into the upstream-tests kernel (tests/upstream/upstream.mk puts
 * tests/upstream/include first on its include path), so that Linux
 * 6.12's lib/test_hash.c compiles unmodified. Linux defines the two
 * functions in fs/namei.c, with a word-at-a-time version for CPUs that
 * load unaligned words cheaply; this is the byte-at-a-time version.
 * See docs/lib.md.
 */
#ifndef _LINUX_STRINGHASH_H
#define _LINUX_STRINGHASH_H

#include <linux/types.h>
#include <linux/hash.h>

#define init_name_hash(salt) ((unsigned long)(salt))

/* partial_name_hash - mix character @c into @prevhash */
static inline unsigned long partial_name_hash(unsigned long c, unsigned long prevhash)
{
	return (prevhash + (c << 4) + (c >> 4)) * 11;
}

/* end_name_hash - fold the running hash to 32 well-mixed bits */
static inline unsigned int end_name_hash(unsigned long hash)
{
	return hash_long(hash, 32);
}

#define hashlen_hash(hashlen) ((u32)(hashlen))
#define hashlen_len(hashlen) ((u32)((hashlen) >> 32))
#define hashlen_create(hash, len) ((u64)(len) << 32 | (u32)(hash))

unsigned int full_name_hash(const void *salt, const char *name, unsigned int len);
u64 hashlen_string(const void *salt, const char *name);

#endif /* _LINUX_STRINGHASH_H */
