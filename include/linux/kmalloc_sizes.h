/*
 * kmalloc_sizes.h - the kmalloc size classes, one CACHE(bytes) per class.
 *
 * Not a header to include for declarations: mm/slab_common.c defines
 * CACHE(x), includes this list (twice: the sizes, then the names "size-N"
 * and "size-N(DMA)") and undefines CACHE again, so the table of classes
 * and the table of names can never disagree. Linux 2.6.32 builds its
 * malloc_sizes[] and cache_names[] in mm/slab.c the same way.
 *
 * The classes are the powers of two from 32 bytes (with 4 KiB pages) up to
 * KMALLOC_MAX_SIZE, 4 MiB on i386, and two between the powers where cache
 * lines are short enough for them to pay: a 96-byte object on a machine
 * with 64-byte lines is aligned to a line (the kmalloc caches are
 * SLAB_HWCACHE_ALIGN) and so takes 128 bytes anyway, and likewise a
 * 192-byte object with 128-byte lines. Linnet's L1_CACHE_BYTES is 64, so
 * size-192 exists and size-96 does not, exactly as on a 2.6.32 i386
 * kernel. See docs/slab.md.
 */
#if (PAGE_SIZE == 4096)
CACHE(32)
#endif
CACHE(64)
#if L1_CACHE_BYTES < 64
CACHE(96)
#endif
CACHE(128)
#if L1_CACHE_BYTES < 128
CACHE(192)
#endif
CACHE(256)
CACHE(512)
CACHE(1024)
CACHE(2048)
CACHE(4096)
CACHE(8192)
CACHE(16384)
CACHE(32768)
CACHE(65536)
CACHE(131072)
#if KMALLOC_MAX_SIZE >= 262144
CACHE(262144)
#endif
#if KMALLOC_MAX_SIZE >= 524288
CACHE(524288)
#endif
#if KMALLOC_MAX_SIZE >= 1048576
CACHE(1048576)
#endif
#if KMALLOC_MAX_SIZE >= 2097152
CACHE(2097152)
#endif
#if KMALLOC_MAX_SIZE >= 4194304
CACHE(4194304)
#endif
