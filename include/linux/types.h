/*
 * types.h - the fixed-size and kernel-wide types of Linux on i386.
 *
 * i386 is ILP32: int, long and pointers are 32 bits, long long is 64.
 * size_t is unsigned int (as GCC's i386 ABI has it), so "%zu" and
 * size_t arithmetic behave exactly as they do in Linux on i386.
 */
#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

#include <linux/compiler.h>
#include <linux/stddef.h>

typedef signed char s8;
typedef unsigned char u8;
typedef signed short s16;
typedef unsigned short u16;
typedef signed int s32;
typedef unsigned int u32;
typedef signed long long s64;
typedef unsigned long long u64;

typedef s8 __s8;
typedef u8 __u8;
typedef s16 __s16;
typedef u16 __u16;
typedef s32 __s32;
typedef u32 __u32;
typedef s64 __s64;
typedef u64 __u64;

/*
 * Byte-ordered types: the same integers, named for the order of their
 * bytes in memory (a disk or wire format). Linux's sparse checker makes
 * them __bitwise, so mixing one with a plain integer without
 * cpu_to_le32() and friends is flagged; Linnet has no sparse, so they
 * are plain typedefs and the names document the intent.
 */
#define __bitwise
typedef u16 __bitwise __le16;
typedef u16 __bitwise __be16;
typedef u32 __bitwise __le32;
typedef u32 __bitwise __be32;
typedef u64 __bitwise __le64;
typedef u64 __bitwise __be64;
typedef u16 __bitwise __sum16;
typedef u32 __bitwise __wsum;

typedef u8 uint8_t;
typedef u16 uint16_t;
typedef u32 uint32_t;
typedef u64 uint64_t;
typedef s8 int8_t;
typedef s16 int16_t;
typedef s32 int32_t;
typedef s64 int64_t;

typedef __SIZE_TYPE__ size_t;
typedef __PTRDIFF_TYPE__ ptrdiff_t;
typedef __PTRDIFF_TYPE__ ssize_t;
typedef unsigned long uintptr_t;
typedef long intptr_t;

typedef _Bool bool;
enum { false = 0, true = 1 };

typedef unsigned long phys_addr_t;
typedef phys_addr_t resource_size_t; /* 2.6.32 without CONFIG_PHYS_ADDR_T_64BIT */
typedef unsigned long dma_addr_t;
typedef unsigned int gfp_t;
typedef long long loff_t;
typedef long off_t;
typedef int pid_t;
typedef long time_t;
typedef long clock_t;
typedef unsigned int mode_t;
typedef unsigned short umode_t;
typedef unsigned int fmode_t;
typedef unsigned int dev_t;
typedef unsigned long ino_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;
typedef unsigned long blkcnt_t;
typedef unsigned long pgoff_t;

typedef unsigned char u_char;
typedef unsigned short u_short;
typedef unsigned int u_int;
typedef unsigned long u_long;
typedef unsigned char unchar;
typedef unsigned short ushort;
typedef unsigned int uint;
typedef unsigned long ulong;

/**
 * struct list_head - a link in a circular doubly linked list
 * @next: the next entry (the head itself when this is the last)
 * @prev: the previous entry
 */
struct list_head {
	struct list_head *next, *prev;
};

/**
 * struct hlist_head - head of a hash-bucket list (one pointer, to halve tables)
 * @first: the first node, or NULL
 */
struct hlist_head {
	struct hlist_node *first;
};

/**
 * struct hlist_node - a link in a hash-bucket list
 * @next: the next node, or NULL
 * @pprev: the address of the pointer that points at this node
 */
struct hlist_node {
	struct hlist_node *next, **pprev;
};

/**
 * atomic_t - an int that is read and changed indivisibly
 * @counter: the value; touch it only through the atomic_*() functions
 */
typedef struct {
	int counter;
} atomic_t;

#endif /* _LINUX_TYPES_H */
