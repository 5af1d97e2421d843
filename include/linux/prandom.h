/*
 * linux/prandom.h - a fast pseudo-random generator, NOT for secrets.
 *
 * struct rnd_state holds the four words of L'Ecuyer's "LFSR113"
 * combined Tausworthe generator: four linear-feedback shift registers of
 * different lengths, XORed, with a period of about 2^113. It is fast and
 * statistically good, but its output reveals its state, so it must never
 * make keys or cookies. prandom_u32_state() steps a caller's own state
 * (reproducible tests); prandom_seed_state() seeds one.
 *
 * Linux 2.6.32 has the same generator as random32() in lib/random32.c.
 * See docs/lib.md.
 */
#ifndef _LINUX_PRANDOM_H
#define _LINUX_PRANDOM_H

#include <linux/types.h>

/**
 * struct rnd_state - the state of one LFSR113 generator
 * @s1: register 1 (must be >= 2)
 * @s2: register 2 (must be >= 8)
 * @s3: register 3 (must be >= 16)
 * @s4: register 4 (must be >= 128)
 */
struct rnd_state {
	u32 s1, s2, s3, s4;
};

u32 prandom_u32_state(struct rnd_state *state);
void prandom_bytes_state(struct rnd_state *state, void *buf, size_t nbytes);
void prandom_seed_state(struct rnd_state *state, u64 seed);

#endif /* _LINUX_PRANDOM_H */
