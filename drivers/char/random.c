/*
 * random.c - an entropy pool fed by interrupt timing; /dev/random and
 * /dev/urandom read from it, get_random_bytes() serves the kernel.
 *
 * A computer running code is deterministic; what is not is *when* the
 * outside world interrupts it. Each interrupt folds the cycle counter,
 * the jiffies and the IRQ number into a small "fast pool" of 128 bits;
 * every 64th interrupt (or the first after a second has passed) the fast
 * pool is mixed into the main pool of 4096 bits and credited one bit of
 * entropy. Input events (a key press) go straight into the main pool and
 * are credited by how unpredictable their timing is: the smaller of the
 * first, second and third differences of successive event times, as
 * 2.6.32 estimates it, gives at most 11 bits.
 *
 * Mixing is a twisted linear feedback shift: a word is xored with the
 * pool words at the taps of a primitive polynomial and shifted in, so
 * every input bit spreads over the pool. Output is never the pool itself:
 * it is the SHA-1 hash of the pool, which is then mixed back in (so the
 * output cannot be run backwards to earlier output), folded in half to 10
 * bytes. /dev/random takes 8 bits of estimate per byte and blocks when the
 * estimate runs out; /dev/urandom and get_random_bytes() do not.
 *
 *   interrupt -> add_interrupt_randomness -> fast_mix -> (64th) pool[128]
 *   key press -> add_input_randomness -> mix_pool_words -> pool[128]
 *   read      -> extract_buf: SHA-1(pool) -> mix back -> fold -> 10 bytes
 *
 * Differences from 2.6.32: one pool instead of three (input, blocking,
 * non-blocking); every interrupt feeds it through the fast pool, as
 * Linux 3.6+ does (2.6.32 feeds only the handlers registered with
 * IRQF_SAMPLE_RANDOM, each with the full mix and estimate: on a PC with
 * no disk or network card that is almost nothing, and mixing the main
 * pool on every timer tick costs ~400 instructions, the fast pool ~40);
 * no ioctls and no /proc/sys/kernel/random yet. See docs/procfs.md.
 */
#include <linux/random.h>
#include <linux/cryptohash.h>
#include <linux/fs.h>
#include <linux/kernel.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/jiffies.h>
#include <linux/bitops.h>
#include <linux/wait.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/uaccess.h>
#include <asm/tsc.h>
#include <linux/timex.h>
#include <linux/module.h>

#define POOLWORDS 128
#define POOLBITS (POOLWORDS * 32)
#define EXTRACT_SIZE 10

/* Taps of x^128 + x^103 + x^76 + x^51 + x^25 + x + 1 (2.6.32's 4096-bit pool) */
static const int taps[5] = { 103, 76, 51, 25, 1 };
static const u32 twist_table[8] = { 0x00000000, 0x3b6e20c8, 0x76dc4190, 0x4db26158,
				    0xedb88320, 0xd6d6a3e8, 0x9b64c2b0, 0xa00ae278 };

static struct entropy_store {
	spinlock_t lock;
	u32 pool[POOLWORDS];
	unsigned int add_ptr;
	unsigned int input_rotate;
	int entropy_count; /* estimated bits, 0..POOLBITS */
} input_pool = {
	.lock = __SPIN_LOCK_UNLOCKED(input_pool.lock),
};

static DECLARE_WAIT_QUEUE_HEAD(random_read_wait);

static u32 rol32_(u32 w, unsigned int s)
{
	return s ? (w << s) | (w >> (32 - s)) : w;
}

/* Shift @n words into the pool; the pool's lock is held. */
static void __mix_pool_words(struct entropy_store *r, const u32 *in, int n)
{
	while (n--) {
		unsigned int i = r->add_ptr = (r->add_ptr - 1) & (POOLWORDS - 1);
		u32 w = rol32_(*in++, r->input_rotate);
		int k;

		w ^= r->pool[i];
		for (k = 0; k < 5; k++)
			w ^= r->pool[(i + taps[k]) & (POOLWORDS - 1)];
		r->pool[i] = (w >> 3) ^ twist_table[w & 7];
		/* Rotate the next input differently, so repeated words do not cancel. */
		r->input_rotate = (r->input_rotate + (i ? 7 : 14)) & 31;
	}
}

static void mix_pool_words(const u32 *in, int n)
{
	unsigned long flags;

	spin_lock_irqsave(&input_pool.lock, flags);
	__mix_pool_words(&input_pool, in, n);
	spin_unlock_irqrestore(&input_pool.lock, flags);
}

static void credit_entropy_bits(int nbits)
{
	unsigned long flags;

	spin_lock_irqsave(&input_pool.lock, flags);
	input_pool.entropy_count = clamp(input_pool.entropy_count + nbits, 0, POOLBITS);
	spin_unlock_irqrestore(&input_pool.lock, flags);
	if (nbits > 0)
		wake_up_interruptible(&random_read_wait);
}

/* The timing of one source: its last time and last two differences */
struct timer_rand_state {
	unsigned long last_time;
	long last_delta, last_delta2;
};

static struct timer_rand_state input_timer_state;

/*
 * Mix in the time of an event and credit the entropy its timing shows:
 * log2 of the smallest of the first, second and third differences, at most 11.
 */
static void add_timer_randomness(struct timer_rand_state *state, unsigned int num)
{
	u64 cycles = get_cycles();
	u32 sample[4] = { (u32)cycles, (u32)(cycles >> 32), (u32)jiffies, num };
	long delta, delta2, delta3;

	mix_pool_words(sample, 4);
	/* differences taken modulo 2^32, as unsigned: they may wrap */
	delta = (long)((unsigned long)sample[0] - state->last_time);
	state->last_time = sample[0];
	delta2 = (long)((unsigned long)delta - (unsigned long)state->last_delta);
	state->last_delta = delta;
	delta3 = (long)((unsigned long)delta2 - (unsigned long)state->last_delta2);
	state->last_delta2 = delta2;
	delta = min(min(abs(delta), abs(delta2)), abs(delta3));
	credit_entropy_bits(min_t(int, fls(delta >> 1), 11));
}

/*
 * The interrupts' fast pool: 128 bits stirred on every interrupt with a
 * few add-rotate-xor steps (cheap enough for each timer tick), spilled
 * into the main pool every FAST_POOL_SPILL interrupts or once a second.
 */
#define FAST_POOL_SPILL 64

static struct fast_pool {
	u32 pool[4];
	unsigned long last; /* jiffies at the last spill */
	unsigned int count; /* interrupts since then */
} irq_fast_pool;

/* Stir the four words: each step adds one word into another, rotates, xors */
static void fast_mix(struct fast_pool *f)
{
	u32 a = f->pool[0], b = f->pool[1], c = f->pool[2], d = f->pool[3];
	int round;

	for (round = 0; round < 2; round++) {
		a += b;
		d = rol32_(d ^ a, 16);
		c += d;
		b = rol32_(b ^ c, 12);
		a += b;
		d = rol32_(d ^ a, 8);
		c += d;
		b = rol32_(b ^ c, 7);
	}
	f->pool[0] = a;
	f->pool[1] = b;
	f->pool[2] = c;
	f->pool[3] = d;
}

/**
 * add_interrupt_randomness - feed the time of an interrupt to the pool
 * @irq: the line (kernel/irq/handle.c calls this for every interrupt)
 *
 * The time goes into the fast pool; every 64th interrupt, or the first a
 * second after the last spill, the fast pool is mixed into the main pool
 * and credited one bit (an interrupt's timing is worth little on its own,
 * so Linux 3.6+ credits it this sparingly).
 *
 * Context: hard interrupt.
 */
void add_interrupt_randomness(int irq)
{
	struct fast_pool *f = &irq_fast_pool;
	u64 cycles = get_cycles();

	f->pool[0] ^= (u32)cycles ^ irq;
	f->pool[1] ^= (u32)(cycles >> 32) ^ jiffies;
	fast_mix(f);
	if (++f->count < FAST_POOL_SPILL && !time_after(jiffies, f->last + HZ))
		return;
	f->last = jiffies;
	f->count = 0;
	mix_pool_words(f->pool, ARRAY_SIZE(f->pool));
	credit_entropy_bits(1);
}

/**
 * add_input_randomness - feed a key press (or other input event) to the pool
 * @type: the event type
 * @code: the key code
 * @value: pressed or released
 *
 * Context: any.
 */
void add_input_randomness(unsigned int type, unsigned int code, unsigned int value)
{
	add_timer_randomness(&input_timer_state, (type << 4) ^ code ^ (code >> 4) ^ value);
}

/* Hash the pool, mix the hash back, and fold it to EXTRACT_SIZE bytes */
static void extract_buf(u8 *out)
{
	u32 hash[SHA_DIGEST_WORDS], workspace[SHA_WORKSPACE_WORDS];
	unsigned long flags;
	int i;

	sha_init(hash);
	spin_lock_irqsave(&input_pool.lock, flags);
	for (i = 0; i < POOLWORDS; i += 16)
		sha_transform(hash, (const char *)&input_pool.pool[i], workspace);
	__mix_pool_words(&input_pool, hash, SHA_DIGEST_WORDS);
	/* Hash again with the stirred pool's start, so the output is not the mixed-in hash */
	sha_transform(hash, (const char *)&input_pool.pool[input_pool.add_ptr & ~15], workspace);
	spin_unlock_irqrestore(&input_pool.lock, flags);
	hash[0] ^= hash[3];
	hash[1] ^= hash[4];
	hash[2] ^= rol32_(hash[2], 16);
	memcpy(out, hash, EXTRACT_SIZE);
	memset(workspace, 0, sizeof(workspace));
	memset(hash, 0, sizeof(hash));
}

/**
 * get_random_bytes - fill a buffer with random bytes, never blocking
 * @buf: where
 * @nbytes: how many
 *
 * Context: any.
 */
void get_random_bytes(void *buf, int nbytes)
{
	u8 tmp[EXTRACT_SIZE], *p = buf;

	while (nbytes > 0) {
		int n = min(nbytes, EXTRACT_SIZE);

		extract_buf(tmp);
		memcpy(p, tmp, n);
		p += n;
		nbytes -= n;
	}
	memset(tmp, 0, sizeof(tmp));
}
EXPORT_SYMBOL(get_random_bytes);

/**
 * get_random_int - a random number for the kernel's own use
 *
 * Return: 32 random bits.
 * Context: any.
 */
unsigned int get_random_int(void)
{
	unsigned int v;

	get_random_bytes(&v, sizeof(v));
	return v;
}

/**
 * random_entropy_count - the pool's estimated entropy
 *
 * Return: bits (what /proc/sys/kernel/random/entropy_avail shows on Linux).
 * Context: any.
 */
int random_entropy_count(void)
{
	return input_pool.entropy_count;
}

/* Take up to 8 * @nbytes bits of estimate; how many whole bytes it covered. */
static int account(int nbytes)
{
	unsigned long flags;
	int n;

	spin_lock_irqsave(&input_pool.lock, flags);
	n = min(nbytes, input_pool.entropy_count / 8);
	input_pool.entropy_count -= n * 8;
	spin_unlock_irqrestore(&input_pool.lock, flags);
	return n;
}

/* Copy @n random bytes to a reader; the count or -EFAULT. */
static ssize_t random_copy_out(char __user *buf, size_t n)
{
	u8 tmp[EXTRACT_SIZE];
	size_t done = 0;

	while (done < n) {
		size_t k = min_t(size_t, n - done, EXTRACT_SIZE);

		extract_buf(tmp);
		if (copy_to_user(buf + done, tmp, k))
			return -EFAULT;
		done += k;
	}
	memset(tmp, 0, sizeof(tmp));
	return done;
}

/**
 * random_read - read() of /dev/random: as many bytes as the entropy covers
 * @file: the open file
 * @buf: where to copy
 * @nbytes: at most this many
 * @ppos: unused
 *
 * Blocks while the estimate is below one byte (-EAGAIN with O_NONBLOCK,
 * -ERESTARTSYS on a signal), as 2.6.32's.
 *
 * Return: the number of bytes, or a negative errno.
 * Context: process context; may sleep.
 */
static ssize_t random_read(struct file *file, char __user *buf, size_t nbytes, loff_t *ppos)
{
	int n;

	if (!nbytes)
		return 0;
	while (!(n = account(min_t(size_t, nbytes, 512)))) {
		if (file->f_flags & O_NONBLOCK)
			return -EAGAIN;
		if (wait_event_interruptible(random_read_wait, input_pool.entropy_count >= 8))
			return -ERESTARTSYS;
	}
	return random_copy_out(buf, n);
}

/**
 * urandom_read - read() of /dev/urandom: any amount, never blocking
 * @file: the open file
 * @buf: where to copy
 * @nbytes: how many
 * @ppos: unused
 *
 * Return: @nbytes, or -EFAULT.
 * Context: process context.
 */
static ssize_t urandom_read(struct file *file, char __user *buf, size_t nbytes, loff_t *ppos)
{
	return random_copy_out(buf, nbytes);
}

/**
 * random_write - write() of /dev/random and /dev/urandom: mix the bytes in
 * @file: the open file
 * @buffer: the bytes
 * @count: how many
 * @ppos: unused
 *
 * Written bytes are mixed into the pool but credit no entropy (anyone
 * may write them), as in Linux.
 *
 * Return: @count, or -EFAULT.
 * Context: process context.
 */
static ssize_t random_write(struct file *file, const char __user *buffer, size_t count,
			    loff_t *ppos)
{
	size_t done = 0;
	u32 words[16];

	while (done < count) {
		size_t k = min(count - done, sizeof(words));

		memset(words, 0, sizeof(words));
		if (copy_from_user(words, buffer + done, k))
			return -EFAULT;
		mix_pool_words(words, (k + 3) / 4);
		done += k;
	}
	return count;
}

/* The operations mem.c installs for minors 8 (random) and 9 (urandom) */
const struct file_operations random_fops = {
	.read = random_read,
	.write = random_write,
};

const struct file_operations urandom_fops = {
	.read = urandom_read,
	.write = random_write,
};

/*
 * The fast generator: get_random_u32() and friends, which today's kernel
 * code and Linux's own tests call in loops. One LFSR113 generator
 * (lib/random32.c) under a spinlock, seeded from the cycle counter at
 * first use and stirred with it on every call: statistically
 * good, not for keys (keys come from get_random_bytes()). Linux 2.6.32
 * has get_random_int() only; the rest is later Linux's API, an addition.
 */
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
