/*
 * fail_nth.h - make one chosen allocation fail, from a test.
 *
 * A KUnit case that checks what an operation does when it runs out of
 * memory arms a fault_attr (failslab or fail_page_alloc, docs/testing.md)
 * so that its @nth next call fails, once, whatever the boot's own fault
 * injection, and puts the boot's settings back after. Calling it with
 * nth = 1, 2, 3... until the failure is no longer reached walks every
 * allocation of the operation. Linux's tests do this through debugfs's
 * fail-nth file (4.6); Linnet has no debugfs, so the tests set the
 * attribute directly.
 */
#ifndef _LINNET_FAIL_NTH_H
#define _LINNET_FAIL_NTH_H

#include <linux/fault-inject.h>

extern struct fault_attr failslab;
extern struct fault_attr fail_page_alloc;

/**
 * struct fail_nth - the boot's settings while a test's failure is armed
 * @attr: the fault_attr armed
 * @saved: its settings before
 * @armed: fault_injection_armed before
 */
struct fail_nth {
	struct fault_attr *attr;
	struct fault_attr saved;
	bool armed;
};

/**
 * fail_nth_start - make the @nth next call checked by @attr fail, once
 * @f: where the boot's settings are kept until fail_nth_stop()
 * @attr: &failslab or &fail_page_alloc
 * @nth: 1 for the very next call
 *
 * Context: process context, in a test; no other test changes @attr meanwhile.
 */
static inline void fail_nth_start(struct fail_nth *f, struct fault_attr *attr, unsigned long nth)
{
	f->attr = attr;
	f->saved = *attr;
	f->armed = fault_injection_armed;
	attr->probability = 100;
	attr->interval = nth;
	attr->count = 0;
	atomic_set(&attr->times, 1);
	atomic_set(&attr->space, 0);
	attr->verbose = 0;
	fault_injection_armed = true;
}

/**
 * fail_nth_stop - put the boot's settings back
 * @f: as fail_nth_start() filled it
 *
 * Context: process context, in a test.
 * Return: true if the chosen call was reached (and failed).
 */
static inline bool fail_nth_stop(struct fail_nth *f)
{
	bool failed = atomic_read(&f->attr->times) == 0;

	*f->attr = f->saved;
	fault_injection_armed = f->armed;
	return failed;
}

#endif /* _LINNET_FAIL_NTH_H */
