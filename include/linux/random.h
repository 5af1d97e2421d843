/*
 * random.h - the kernel's random numbers, from an entropy pool fed by
 * the timing of interrupts (drivers/char/random.c), as Linux 2.6.32's.
 *
 * get_random_bytes() never blocks; /dev/random blocks until the pool
 * holds enough estimated entropy, /dev/urandom never does. Helpers that
 * want a number (get_random_int...) draw from get_random_bytes().
 */
#ifndef _LINUX_RANDOM_H
#define _LINUX_RANDOM_H

#include <linux/types.h>

void add_interrupt_randomness(int irq);
void add_input_randomness(unsigned int type, unsigned int code, unsigned int value);
void get_random_bytes(void *buf, int nbytes);
unsigned int get_random_int(void);
int random_entropy_count(void);

struct file_operations;
/* /dev/random and /dev/urandom (drivers/char/mem.c installs them) */
extern const struct file_operations random_fops, urandom_fops;

#endif /* _LINUX_RANDOM_H */
