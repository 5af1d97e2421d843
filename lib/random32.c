/*
 * random32.c - the prandom generator: four Tausworthe sequences combined.
 *
 * Each component is a linear feedback shift register on a 32-bit word:
 * shift, XOR and mask, with a period of 2^31-1 to 2^25-1; XORing the
 * four gives a period near 2^113 and passes the usual statistical
 * tests (P. L'Ecuyer, "Tables of maximally equidistributed combined
 * LFSR generators", Math. of Computation, 1999). A component must start
 * above a small bound (2, 8, 16 and 128) or it stays stuck at zero.
 * Linux 2.6.32's lib/random32.c has the same generator behind random32();
 * Linnet has the caller-held prandom_* form of later Linux.
 * See include/linux/random.h and docs/testing.md.
 */
#include <linux/random.h>

/* one step of a component: (s & c) << d ^ ((s << a) ^ s) >> b */
static inline u32 tausworthe(u32 s, unsigned int a, unsigned int b, u32 c, unsigned int d)
{
	return ((s & c) << d) ^ (((s << a) ^ s) >> b);
}

/**
 * prandom_u32_state - the next number of a pseudo-random sequence
 * @state: the sequence, seeded with prandom_seed_state()
 *
 * Context: any; the caller serialises use of @state.
 * Return: 32 pseudo-random bits.
 */
u32 prandom_u32_state(struct rnd_state *state)
{
	state->s1 = tausworthe(state->s1, 6, 13, 4294967294U, 18);
	state->s2 = tausworthe(state->s2, 2, 27, 4294967288U, 2);
	state->s3 = tausworthe(state->s3, 13, 21, 4294967280U, 7);
	state->s4 = tausworthe(state->s4, 3, 12, 4294967168U, 13);
	return state->s1 ^ state->s2 ^ state->s3 ^ state->s4;
}

/* A component below its bound would be stuck: lift it above. */
static inline u32 seed_above(u32 x, u32 bound)
{
	return x < bound ? x + bound : x;
}

/**
 * prandom_seed_state - start a sequence from a 64-bit seed
 * @state: the sequence
 * @seed: the seed; the same seed gives the same sequence
 *
 * Context: any.
 */
void prandom_seed_state(struct rnd_state *state, u64 seed)
{
	u32 i = (u32)seed ^ (u32)(seed >> 32);

	state->s1 = seed_above(i, 2);
	state->s2 = seed_above(i, 8);
	state->s3 = seed_above(i, 16);
	state->s4 = seed_above(i, 128);
}
