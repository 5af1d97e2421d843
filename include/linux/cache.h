/*
 * cache.h - cache-line sizes for code that lays out memory.
 *
 * SMP_CACHE_BYTES and cache_line_size() are the names Linux code uses;
 * on Linnet both are the L1 line of <asm/cache.h>.
 */
#ifndef _LINUX_CACHE_H
#define _LINUX_CACHE_H

#include <asm/cache.h>

#define SMP_CACHE_BYTES L1_CACHE_BYTES
#define cache_line_size() L1_CACHE_BYTES
#define ____cacheline_aligned __attribute__((__aligned__(SMP_CACHE_BYTES)))

#endif /* _LINUX_CACHE_H */
