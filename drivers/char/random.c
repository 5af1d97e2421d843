/*
 * drivers/char/random.c - the kernel's random numbers.
 *
 * One LFSR113 generator (lib/random32.c) serves the whole kernel under a
 * spinlock. It is seeded at first use from the cycle counter, and every
 * request first stirs the counter's current value in, so the sequence
 * depends on when it is asked for as well as on the seed.
 * add_device_randomness() stirs in data the caller has (a MAC address, a
 * serial number, an interrupt time).
 *
 * Linux 2.6.32 keeps input, blocking and non-blocking entropy pools,
 * credits entropy from interrupt and input timings and hashes the pools
 * with SHA-1 for /dev/random; today's Linux runs a ChaCha20 generator
 * keyed from a BLAKE2s pool. Linnet's generator is statistically good but
 * predictable: fine for tests, hashing seeds and load spreading, NOT for
 * keys. The entropy pool is a later step (see docs/lib.md).
 */
#include <linux/random.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/timex.h>

static DEFINE_SPINLOCK(random_lock);
static struct rnd_state random_state;
static bool random_seeded;

/* Stir @v into the state; seed first if nobody has. Called with random_lock held. */
static void random_stir(u32 v)
{
	if (!random_seeded) {
		prandom_seed_state(&random_state, get_cycles());
		random_seeded = true;
	}
	/* xor into the longest register, then keep it on its cycle (>= 128) */
	random_state.s4 ^= v * 0x61C88647U;
	if (random_state.s4 < 128)
		random_state.s4 += 128;
}

/**
 * add_device_randomness - stir data into the generator
 * @buf: the data (it is not credited as entropy)
 * @len: its length
 *
 * Context: any.
 */
void add_device_randomness(const void *buf, size_t len)
{
	const u8 *p = buf;
	unsigned long flags;
	u32 word = 0;
	size_t i;

	spin_lock_irqsave(&random_lock, flags);
	for (i = 0; i < len; i++) {
		word = (word << 8) | p[i];
		if ((i & 3) == 3 || i == len - 1) {
			random_stir(word);
			prandom_u32_state(&random_state);
			word = 0;
		}
	}
	spin_unlock_irqrestore(&random_lock, flags);
}

/**
 * get_random_u32 - 32 random bits
 *
 * Context: any.
 * Return: the bits.
 */
u32 get_random_u32(void)
{
	unsigned long flags;
	u32 r;

	spin_lock_irqsave(&random_lock, flags);
	random_stir((u32)random_get_entropy());
	r = prandom_u32_state(&random_state);
	spin_unlock_irqrestore(&random_lock, flags);
	return r;
}

/**
 * get_random_u64 - 64 random bits
 *
 * Context: any.
 * Return: the bits.
 */
u64 get_random_u64(void)
{
	return ((u64)get_random_u32() << 32) | get_random_u32();
}

/**
 * get_random_bytes - fill a buffer with random bytes
 * @buf: the buffer
 * @len: its size
 *
 * Context: any.
 */
void get_random_bytes(void *buf, size_t len)
{
	u8 *p = buf;

	while (len) {
		u32 r = get_random_u32();
		size_t n = len < 4 ? len : 4;

		memcpy(p, &r, n);
		p += n;
		len -= n;
	}
}

/**
 * __get_random_u32_below - a uniform random number in [0, @ceil)
 * @ceil: the bound; must not be 0
 *
 * The product of a random 32-bit number and @ceil, taken as a 64-bit
 * number, has its high word in [0, @ceil). Some high words come from one
 * more low word than others; rejecting low words below 2^32 mod @ceil
 * evens them out (Lemire, 2019).
 *
 * Context: any.
 * Return: the number.
 */
u32 __get_random_u32_below(u32 ceil)
{
	u64 mult = (u64)get_random_u32() * ceil;

	if ((u32)mult < ceil) {
		u32 bound = -ceil % ceil;

		while ((u32)mult < bound)
			mult = (u64)get_random_u32() * ceil;
	}
	return mult >> 32;
}
