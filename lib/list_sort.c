/*
 * lib/list_sort.c - a stable merge sort for linked lists.
 *
 * A list needs no random access to be merge-sorted, and merging two
 * sorted lists only relinks nodes, so the sort allocates nothing. It runs
 * bottom-up, like a binary counter: part[k] holds a sorted run of 2^k
 * entries or nothing. Each entry taken from the list is a run of one; it
 * is merged with part[0], the result with part[1], and so on up to the
 * first empty slot, exactly as adding 1 carries through the set bits of a
 * counter. At the end the runs are merged from the smallest up. During
 * the sort the lists are singly linked through ->next, NULL-terminated;
 * the last merge rebuilds the ->prev links and closes the ring.
 *
 * Stability: a merge takes from the older run (@a, whose entries came
 * first) whenever cmp() does not say it must come after, so equal entries
 * keep their order.
 *
 * Linux 2.6.32 has no generic list sort (lib/list_sort.c came in 2.6.33);
 * this is the algorithm Don Mullis gave it in 2010 ("lib: more scalable
 * list_sort()"), which Linux kept until 5.0. Linux 5.1 changed
 * the merge schedule to keep runs balanced (2:1 at worst) and save
 * comparisons, with the same result. See docs/lib.md.
 */
#include <linux/kernel.h>
#include <linux/list.h>
#include <linux/list_sort.h>

#define MAX_LIST_LENGTH_BITS 20

/* Merge two NULL-terminated sorted lists; @a's entries first among equals. */
static struct list_head *merge(void *priv, list_cmp_func_t cmp, struct list_head *a,
			       struct list_head *b)
{
	struct list_head head, *tail = &head;

	while (a && b) {
		if (cmp(priv, a, b) <= 0) {
			tail->next = a;
			a = a->next;
		} else {
			tail->next = b;
			b = b->next;
		}
		tail = tail->next;
	}
	tail->next = a ? a : b;
	return head.next;
}

/* The final merge, into @head, rebuilding the ->prev links as it goes. */
static void merge_final(void *priv, list_cmp_func_t cmp, struct list_head *head,
			struct list_head *a, struct list_head *b)
{
	struct list_head *tail = head;

	while (a && b) {
		if (cmp(priv, a, b) <= 0) {
			tail->next = a;
			a->prev = tail;
			a = a->next;
		} else {
			tail->next = b;
			b->prev = tail;
			b = b->next;
		}
		tail = tail->next;
	}
	for (a = a ? a : b; a; a = a->next) {
		tail->next = a;
		a->prev = tail;
		tail = a;
	}
	tail->next = head;
	head->prev = tail;
}

/**
 * list_sort - sort a list, stably
 * @priv: passed to @cmp unchanged
 * @head: the list
 * @cmp: returns > 0 if its second argument must come after its third
 *
 * Context: any; the caller serialises access to the list. @cmp may sleep
 * only if the caller may.
 */
void list_sort(void *priv, struct list_head *head, list_cmp_func_t cmp)
{
	struct list_head *part[MAX_LIST_LENGTH_BITS + 1] = { NULL };
	struct list_head *list;
	int lev, max_lev = 0;

	if (list_empty(head))
		return;
	head->prev->next = NULL; /* singly linked from here on */
	list = head->next;
	while (list) {
		struct list_head *cur = list;

		list = list->next;
		cur->next = NULL;
		for (lev = 0; part[lev]; lev++) {
			cur = merge(priv, cmp, part[lev], cur);
			part[lev] = NULL;
			if (lev == MAX_LIST_LENGTH_BITS)
				break; /* past 2^20 entries the top run just grows */
		}
		if (lev > max_lev)
			max_lev = lev;
		part[lev] = cur;
	}
	/* merge the runs, the newest (smallest) first, older runs on the left */
	list = NULL;
	for (lev = 0; lev < max_lev; lev++)
		if (part[lev])
			list = list ? merge(priv, cmp, part[lev], list) : part[lev];
	merge_final(priv, cmp, head, part[max_lev], list);
}
