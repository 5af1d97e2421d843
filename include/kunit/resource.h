/*
 * kunit/resource.h - what a test case holds, released when the case ends.
 *
 * A case that allocates memory, registers a device or swaps a function for
 * a stub must undo it even when an assertion ends the case half-way. So it
 * hands the undo to KUnit: each resource sits on the case's list
 * (struct kunit.resources) and the runner releases them, newest first,
 * after the case and its exit() ran (lib/kunit/test.c). An "action" is the
 * common form: a function and its argument, called at release.
 * kunit_kmalloc() is an allocation with kfree() as its action.
 *
 * Linux's resources are reference-counted and can be looked up by a match
 * function; Linnet keeps the list and the actions, which is what the
 * tests use. See docs/testing.md.
 */
#ifndef _KUNIT_RESOURCE_H
#define _KUNIT_RESOURCE_H

#include <linux/list.h>
#include <linux/types.h>

struct kunit;

/**
 * struct kunit_resource - something a case holds that the runner releases
 * @data: the resource (an allocation, say)
 * @name: an optional name, for the reader
 * @free: releases it; called after the case, newest resource first
 * @node: link in &struct kunit.resources
 */
struct kunit_resource {
	void *data;
	const char *name;
	void (*free)(struct kunit_resource *res);
	struct list_head node;
};

/* An action: called with its context when the case ends. */
typedef void(kunit_action_t)(void *);

void kunit_add_resource(struct kunit *test, struct kunit_resource *res);
int kunit_add_action(struct kunit *test, kunit_action_t *action, void *ctx);
int kunit_add_action_or_reset(struct kunit *test, kunit_action_t *action, void *ctx);
void kunit_remove_action(struct kunit *test, kunit_action_t *action, void *ctx);
void kunit_release_action(struct kunit *test, kunit_action_t *action, void *ctx);

/**
 * KUNIT_DEFINE_ACTION_WRAPPER - make a kunit_action_t out of a function
 * @wrapper: the name of the wrapper to define
 * @orig: the function, taking one pointer argument
 * @arg_type: the type of that argument
 */
#define KUNIT_DEFINE_ACTION_WRAPPER(wrapper, orig, arg_type) \
	static void wrapper(void *in)                        \
	{                                                    \
		arg_type arg = (arg_type)in;                 \
		orig(arg);                                   \
	}

#endif /* _KUNIT_RESOURCE_H */
