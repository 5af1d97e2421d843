/*
 * asm/cache.h - the CPU's cache line (i386).
 *
 * Data moves between memory and the CPU's caches in lines of
 * L1_CACHE_BYTES. Two objects sharing a line compete for it, and an
 * object that straddles two lines costs two fetches: the slab layer
 * aligns objects (SLAB_HWCACHE_ALIGN) and staggers slabs ("colouring")
 * by this size. 64 bytes on every x86 since the Pentium 4.
 */
#ifndef _ASM_CACHE_H
#define _ASM_CACHE_H

#define L1_CACHE_SHIFT 6
#define L1_CACHE_BYTES (1 << L1_CACHE_SHIFT)

#endif /* _ASM_CACHE_H */
