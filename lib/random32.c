/*
 * lib/random32.c - the LFSR113 pseudo-random generator.
 *
 * Each of the four registers is a linear-feedback shift register stepped
 * by shifts, XORs and a mask that drops the low bits the recurrence does
 * not use; the output XORs the four. The masks keep each register on its
 * full-period cycle, provided the seed put enough bits in (s1 >= 2,
 * s2 >= 8, s3 >= 16, s4 >= 128: the seeding below forces them). After
 * seeding, a few steps are discarded so that similar seeds diverge.
 *
 * This is the generator of Linux's prandom_u32() since 2013 (P. L'Ecuyer,
 * "Tables of maximally equidistributed combined LFSR generators", 1999).
 * Linux 2.6.32's random32() is its three-register predecessor, taus88
 * (L'Ecuyer, 1996), with a shorter period (2^88). It is not
 * cryptographic. See docs/lib.md.
 */
#include <linux/prandom.h>
#include <linux/string.h>

#define TAUSWORTHE(s, a, b, c, d) ((((s) & (c)) << (d)) ^ ((((s) << (a)) ^ (s)) >> (b)))

/**
 * prandom_u32_state - step a generator and take 32 bits
 * @state: the generator
 *
 * Context: any; the caller serialises access to @state.
 * Return: 32 pseudo-random bits.
 */
u32 prandom_u32_state(struct rnd_state *state)
{
	state->s1 = TAUSWORTHE(state->s1, 6U, 13U, 4294967294U, 18U);
	state->s2 = TAUSWORTHE(state->s2, 2U, 27U, 4294967288U, 2U);
	state->s3 = TAUSWORTHE(state->s3, 13U, 21U, 4294967280U, 7U);
	state->s4 = TAUSWORTHE(state->s4, 3U, 12U, 4294967168U, 13U);
	return state->s1 ^ state->s2 ^ state->s3 ^ state->s4;
}

/**
 * prandom_bytes_state - fill a buffer from a generator
 * @state: the generator
 * @buf: the buffer
 * @nbytes: its size
 *
 * Context: any; the caller serialises access to @state.
 */
void prandom_bytes_state(struct rnd_state *state, void *buf, size_t nbytes)
{
	u8 *p = buf;

	while (nbytes) {
		u32 r = prandom_u32_state(state);
		size_t n = nbytes < 4 ? nbytes : 4;

		memcpy(p, &r, n);
		p += n;
		nbytes -= n;
	}
}

/* a register seeded below its minimum would fall off its full cycle */
static u32 seed_min(u32 x, u32 m)
{
	return x < m ? x + m : x;
}

/**
 * prandom_seed_state - seed a generator
 * @state: the generator
 * @seed: the seed; equal seeds give equal sequences
 *
 * Context: any.
 */
void prandom_seed_state(struct rnd_state *state, u64 seed)
{
	u32 i = ((seed >> 32) ^ (seed << 10) ^ seed) & 0xffffffffUL;

	state->s1 = seed_min(i, 2U);
	state->s2 = seed_min(i * 69069U + 1, 8U);
	state->s3 = seed_min(state->s2 * 69069U + 1, 16U);
	state->s4 = seed_min(state->s3 * 69069U + 1, 128U);
	for (i = 0; i < 10; i++)
		prandom_u32_state(state);
}
