/*
 * linux/random.h - random numbers for the kernel.
 *
 * get_random_u32() and friends take numbers from one generator for the
 * whole kernel (drivers/char/random.c), seeded at first use from the
 * cycle counter and stirred with whatever the kernel hands to
 * add_device_randomness(). get_random_u32_below(n) gives a uniform
 * number in [0, n) without the bias of '% n' (Lemire's multiply and
 * reject).
 *
 * Linux 2.6.32's drivers/char/random.c keeps entropy pools fed by
 * interrupt timings and hashes them with SHA-1 (today: BLAKE2s and a
 * ChaCha20 generator). Linnet's generator is the LFSR113 of
 * <linux/prandom.h>, re-stirred with the cycle counter on every call: good
 * statistics for tests and hashing, but predictable, so NOT for keys. The
 * names are today's (get_random_u32 is 4.11+, get_random_u32_below 6.2+).
 * See docs/lib.md.
 */
#ifndef _LINUX_RANDOM_H
#define _LINUX_RANDOM_H

#include <linux/types.h>
#include <linux/math.h>
#include <linux/prandom.h>

void get_random_bytes(void *buf, int nbytes);
unsigned int get_random_int(void);
void add_interrupt_randomness(int irq);
void add_input_randomness(unsigned int type, unsigned int code, unsigned int value);
int random_entropy_count(void);

struct file_operations;
extern const struct file_operations random_fops, urandom_fops;
u32 get_random_u32(void);
u64 get_random_u64(void);
void add_device_randomness(const void *buf, size_t len);
u32 __get_random_u32_below(u32 ceil);

static inline u8 get_random_u8(void)
{
	return (u8)get_random_u32();
}

static inline u16 get_random_u16(void)
{
	return (u16)get_random_u32();
}

static inline unsigned long get_random_long(void)
{
	return get_random_u32();
}

/**
 * get_random_u32_below - a uniform random number below @ceil
 * @ceil: the bound; must not be 0
 *
 * Context: any.
 * Return: a number in [0, @ceil).
 */
static inline u32 get_random_u32_below(u32 ceil)
{
	return __get_random_u32_below(ceil);
}

/**
 * get_random_u32_inclusive - a uniform random number in [@floor, @ceil]
 * @floor: the lowest
 * @ceil: the highest (>= @floor)
 *
 * Context: any.
 * Return: the number.
 */
static inline u32 get_random_u32_inclusive(u32 floor, u32 ceil)
{
	return floor + get_random_u32_below(ceil - floor + 1);
}

/* prandom_u32_max - [0, @ep_ro) by scaling, slightly biased (the old name) */
static inline u32 prandom_u32_max(u32 ep_ro)
{
	return reciprocal_scale(get_random_u32(), ep_ro);
}

#define prandom_u32() get_random_u32()
#define random32() get_random_u32()

#endif /* _LINUX_RANDOM_H */
