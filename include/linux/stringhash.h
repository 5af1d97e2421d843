/*
 * linux/stringhash.h - hashing strings, as the dentry cache does.
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
 * Linux 2.6.32 has full_name_hash(name, len) without the salt (added in
 * 4.8), inline in <linux/dcache.h>; Linnet's dentry cache uses that one
 * (include/linux/dcache.h), and this header serves code written for
 * today's Linux, such as its test_hash.c. Linux defines the two functions
 * in fs/namei.c, with a word-at-a-time version for CPUs that load
 * unaligned words cheaply; Linnet has the byte-at-a-time version in
 * lib/stringhash.c. See docs/lib.md.
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
