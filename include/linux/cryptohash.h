/*
 * cryptohash.h - the SHA-1 compression function (lib/sha1.c), which the
 * entropy pool (drivers/char/random.c) uses to extract random bytes.
 */
#ifndef _LINUX_CRYPTOHASH_H
#define _LINUX_CRYPTOHASH_H

#include <linux/types.h>

#define SHA_DIGEST_WORDS 5
#define SHA_WORKSPACE_WORDS 80

void sha_init(u32 *buf);
void sha_transform(u32 *digest, const char *data, u32 *W);

#endif /* _LINUX_CRYPTOHASH_H */
