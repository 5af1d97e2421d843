/*
 * linux/gcd.h - the greatest common divisor.
 *
 * lib/math/gcd.c computes it with Stefan's binary algorithm: shifts and
 * subtractions, no division, which the i386 does slowly (and not at all on
 * 64-bit values without libgcc). Linux 2.6.32 has the same function, in
 * lib/gcd.c with Euclid's remainders. See docs/lib.md.
 */
#ifndef _LINUX_GCD_H
#define _LINUX_GCD_H

unsigned long gcd(unsigned long a, unsigned long b) __attribute__((const));

#endif /* _LINUX_GCD_H */
