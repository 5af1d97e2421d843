/*
 * mman.h - mmap()'s and mprotect()'s flags, Linux i386's values (the ABI).
 */
#ifndef _LINUX_MMAN_H
#define _LINUX_MMAN_H

#define PROT_READ 0x1
#define PROT_WRITE 0x2
#define PROT_EXEC 0x4
#define PROT_NONE 0x0
#define PROT_GROWSDOWN 0x01000000
#define PROT_GROWSUP 0x02000000

#define MAP_SHARED 0x01
#define MAP_PRIVATE 0x02
#define MAP_TYPE 0x0f
#define MAP_FIXED 0x10
#define MAP_ANONYMOUS 0x20
#define MAP_GROWSDOWN 0x0100
#define MAP_DENYWRITE 0x0800
#define MAP_EXECUTABLE 0x1000
#define MAP_LOCKED 0x2000
#define MAP_NORESERVE 0x4000
#define MAP_POPULATE 0x8000
#define MAP_NONBLOCK 0x10000
#define MAP_STACK 0x20000

#define MAP_FAILED ((void *)-1)

#define MCL_CURRENT 1 /* mlockall: lock everything mapped now */
#define MCL_FUTURE 2 /* mlockall: and everything mapped later */

#define MREMAP_MAYMOVE 1 /* mremap: the mapping may move */
#define MREMAP_FIXED 2 /* mremap: to new_addr, whatever is there */

/* madvise() advice (2.6.32's include/asm-generic/mman-common.h) */
#define MADV_NORMAL 0 /* no special treatment */
#define MADV_RANDOM 1 /* expect random page references */
#define MADV_SEQUENTIAL 2 /* expect sequential page references */
#define MADV_WILLNEED 3 /* will need these pages */
#define MADV_DONTNEED 4 /* don't need these pages */
#define MADV_REMOVE 9 /* remove these pages and their backing store */
#define MADV_DONTFORK 10 /* don't inherit across fork */
#define MADV_DOFORK 11 /* do inherit across fork */
#define MADV_MERGEABLE 12 /* KSM may merge identical pages (not built) */
#define MADV_UNMERGEABLE 13 /* KSM may not merge identical pages (not built) */
#define MADV_HWPOISON 100 /* poison a page for testing (not built) */

/* msync() */
#define MS_ASYNC 1
#define MS_INVALIDATE 2
#define MS_SYNC 4

void mmap_init(void);

#endif /* _LINUX_MMAN_H */
