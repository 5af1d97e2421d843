/*
 * random.h - pseudo-random numbers for tests and simulations.
 *
 * prandom_u32_state() is a small, fast generator with its state held by
 * the caller (struct rnd_state), so a test that seeds it the same way
 * sees the same sequence on every run: L'Ecuyer's combined Tausworthe
 * generator (four shift-register sequences XORed, period about 2^113).
 * It is not for secrets. Linux 2.6.32 has this generator as random32()
 * with one global state and no caller-held state; Linnet has the later
 * prandom_* API (Linux 3.8 on), which only adds API, so that Linux's own
 * lib tests (lib/rbtree_test.c) compile unchanged. Linnet has no entropy
 * pool: get_random_bytes() and /dev/random are not here yet.
 * See docs/testing.md.
 */
#ifndef _LINUX_RANDOM_H
#define _LINUX_RANDOM_H

#include <linux/types.h>

/**
 * struct rnd_state - the state of one prandom sequence
 * @s1: first component
 * @s2: second component
 * @s3: third component
 * @s4: fourth component
 */
struct rnd_state {
	u32 s1, s2, s3, s4;
};

u32 prandom_u32_state(struct rnd_state *state);
void prandom_seed_state(struct rnd_state *state, u64 seed);

#endif /* _LINUX_RANDOM_H */
