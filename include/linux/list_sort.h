/*
 * linux/list_sort.h - sorting a list_head list in place.
 *
 * list_sort(priv, head, cmp) sorts the entries of @head with a stable
 * merge sort: O(n log n) comparisons, no allocation, entries that compare
 * equal keep their order. @cmp(priv, a, b) returns > 0 if @a must come
 * after @b (it need not tell "less" from "equal"). The implementation and
 * its idea are in lib/list_sort.c. Linux 2.6.32 has list_sort() with the
 * same contract (its comparison then returned int too). See docs/lib.md.
 */
#ifndef _LINUX_LIST_SORT_H
#define _LINUX_LIST_SORT_H

#include <linux/types.h>

struct list_head;

typedef int __attribute__((nonnull(2, 3))) (*list_cmp_func_t)(void *, const struct list_head *,
							   const struct list_head *);

void list_sort(void *priv, struct list_head *head, list_cmp_func_t cmp);

#endif /* _LINUX_LIST_SORT_H */
