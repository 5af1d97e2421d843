/*
 * list_debug.c - catching a corrupted list before it spreads (Linux's CONFIG_DEBUG_LIST).
 *
 * A list_head is two pointers in each entry; a use after free, an
 * overflow into the neighbour or a double list_del() leaves them wrong,
 * and the next list operation writes through the wrong pointer: the
 * corruption moves to memory nobody is looking at. Before every
 * list_add() and list_del() these checks look at the neighbours:
 *
 *   prev <-> entry <-> next      prev->next must be entry,
 *                                next->prev must be entry,
 *   entry->next == LIST_POISON1  means it was deleted already
 *
 * A broken link is reported with Linux's message ("list_del corruption.
 * prev->next should be c7f8a010, but was c7f8a2c0. (prev=c7f8a000)") in
 * a WARN with a backtrace, and the operation is skipped, so the list
 * stays as it was. As in Linux (obj-$(CONFIG_DEBUG_LIST) in lib/Makefile),
 * the checks exist only with CONFIG_DEBUG_LIST, which Linnet's Makefile
 * turns on by default and `make bench`'s kernel leaves off. See
 * docs/debugging.md.
 */
#include <linux/kernel.h>
#include <linux/bug.h>
#include <linux/list.h>
#include <linux/poison.h>
#include <linux/module.h>

#ifdef CONFIG_DEBUG_LIST

/**
 * __list_add_valid - may @new go between @prev and @next?
 * @new: the entry being added
 * @prev: the entry it goes after
 * @next: the entry it goes before
 *
 * Context: any.
 * Return: true if the neighbours are linked to each other (and @new is
 * not one of them); otherwise the corruption has been reported.
 */
bool __list_add_valid(struct list_head *new, struct list_head *prev, struct list_head *next)
{
	if (WARN(next->prev != prev,
		 "list_add corruption. next->prev should be prev (%p), but was %p. (next=%p).\n",
		 prev, next->prev, next) ||
	    WARN(prev->next != next,
		 "list_add corruption. prev->next should be next (%p), but was %p. (prev=%p).\n",
		 next, prev->next, prev) ||
	    WARN(new == prev || new == next, "list_add double add: new=%p, prev=%p, next=%p.\n",
		 new, prev, next))
		return false;
	return true;
}
EXPORT_SYMBOL(__list_add_valid);

/**
 * __list_del_entry_valid - may @entry be unlinked?
 * @entry: the entry being deleted
 *
 * Context: any.
 * Return: true if both neighbours point back at @entry; otherwise the
 * corruption (or a second list_del()) has been reported.
 */
bool __list_del_entry_valid(struct list_head *entry)
{
	struct list_head *prev = entry->prev, *next = entry->next;

	if (WARN(next == LIST_POISON1, "list_del corruption, %p->next is LIST_POISON1 (%p)\n",
		 entry, LIST_POISON1) ||
	    WARN(prev == LIST_POISON2, "list_del corruption, %p->prev is LIST_POISON2 (%p)\n",
		 entry, LIST_POISON2) ||
	    WARN(prev->next != entry,
		 "list_del corruption. prev->next should be %p, but was %p. (prev=%p)\n", entry,
		 prev->next, prev) ||
	    WARN(next->prev != entry,
		 "list_del corruption. next->prev should be %p, but was %p. (next=%p)\n", entry,
		 next->prev, next))
		return false;
	return true;
}
EXPORT_SYMBOL(__list_del_entry_valid);

#endif /* CONFIG_DEBUG_LIST */
