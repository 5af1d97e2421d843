/*
 * sort.c - heapsort: sorting an array in place in O(n log n), always.
 *
 * A heap is an array read as a binary tree: the children of element i are
 * elements 2i+1 and 2i+2. In a max-heap every parent is >= its children,
 * so the largest element is at the root, element 0.
 *
 *          [0]              array: [0] [1] [2] [3] [4] [5] [6]
 *        /     \
 *      [1]     [2]
 *     /  \     /  \
 *   [3] [4]  [5] [6]
 *
 * The sort has two phases:
 *  1. Heapify: sift each parent down, from the last parent to the root,
 *     so that every subtree, and finally the whole array, is a heap.
 *  2. Repeatedly swap the root (the largest) with the last element of the
 *     heap, shrink the heap by one, and sift the new root down. The sorted
 *     tail grows from the end of the array.
 *
 * "Sifting down" swaps an element with its larger child until it is no
 * smaller than both children. It is a loop, not a recursion, so the sort
 * uses a fixed few words of stack whatever the array's size.
 */
#include <linux/module.h>
#include <linux/sort.h>
#include <linux/kernel.h>

/* generic_swap - exchange two elements byte by byte */
static void generic_swap(void *a, void *b, int size)
{
	char *x = a, *y = b;
	char t;

	while (size--) {
		t = *x;
		*x++ = *y;
		*y++ = t;
	}
}

/*
 * sift_down - restore the heap property below @root in a heap of @n elements
 * Assumes both subtrees of @root are already heaps.
 */
static void sift_down(char *base, size_t root, size_t n, size_t size, cmp_func_t cmp,
		      swap_func_t swp)
{
	size_t child;

	while ((child = 2 * root + 1) < n) {
		/* Pick the larger child. */
		if (child + 1 < n && cmp(base + child * size, base + (child + 1) * size) < 0)
			child++;
		if (cmp(base + root * size, base + child * size) >= 0)
			return;
		swp(base + root * size, base + child * size, size);
		root = child;
	}
}

/**
 * sort - sort an array in place
 * @base: the array
 * @num: the number of elements
 * @size: the size of one element, in bytes
 * @cmp_func: returns <0, 0 or >0 as its first argument sorts before, with
 *            or after its second
 * @swap_func: exchanges two elements; NULL to exchange them byte by byte
 *
 * Sorts into ascending order by heapsort: O(n log n) comparisons in the
 * worst case, no extra memory, no recursion. Not stable.
 *
 * Context: any; does not sleep (unless the callbacks do).
 */
void sort(void *base, size_t num, size_t size, cmp_func_t cmp_func, swap_func_t swap_func)
{
	char *b = base;
	size_t i;

	if (!swap_func)
		swap_func = generic_swap;
	if (num < 2)
		return;
	for (i = num / 2; i-- > 0;)
		sift_down(b, i, num, size, cmp_func, swap_func);
	for (i = num - 1; i > 0; i--) {
		swap_func(b, b + i * size, size);
		sift_down(b, 0, i, size, cmp_func, swap_func);
	}
}
EXPORT_SYMBOL(sort);
