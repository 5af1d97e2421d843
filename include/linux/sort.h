/*
 * sort.h - sorting an array in place, with a caller-supplied comparison.
 *
 * Linux's answer to qsort(). It is a heapsort (lib/sort.c), so it never
 * needs more than a few words of stack and never degrades to O(n^2),
 * which matters more in a kernel than being a little slower than
 * quicksort on average. It is not stable: equal elements may swap order.
 */
#ifndef _LINUX_SORT_H
#define _LINUX_SORT_H

#include <linux/types.h>

/* cmp_func_t - returns <0, 0 or >0 as *a sorts before, with or after *b */
typedef int (*cmp_func_t)(const void *a, const void *b);
/* swap_func_t - exchanges two elements of @size bytes */
typedef void (*swap_func_t)(void *a, void *b, int size);

void sort(void *base, size_t num, size_t size, cmp_func_t cmp_func, swap_func_t swap_func);

#endif /* _LINUX_SORT_H */
