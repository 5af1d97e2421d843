/*
 * lib/kunit/resource.c - resources a test case holds, and kunit_kmalloc().
 *
 * Every case has a list of resources (struct kunit.resources). Anything
 * added to it is released when the case ends, newest first, whether the
 * case returned, failed an assertion or oopsed: the runner calls
 * kunit_cleanup() after the case in every path (lib/kunit/test.c). That is
 * how a test can allocate with kunit_kmalloc() and never free, or
 * register a device with kunit_device_register() and never unregister.
 *
 * An action is a resource made of a function and its argument. It is
 * allocated itself (with GFP_KERNEL, from the case's context), so adding
 * one can fail: kunit_add_action_or_reset() then runs the action at once,
 * so the caller never leaks what it meant to hand over.
 *
 * Linux's resources (lib/kunit/resource.c there) add reference counts and
 * lookups by match function; Linnet keeps the list, the actions and the
 * allocations. Linux 2.6.32 has no KUnit (it arrived in 5.5). See
 * docs/testing.md.
 */
#include <kunit/test.h>
#include <linux/errno.h>
#include <linux/slab.h>

struct kunit_action_ctx {
	struct kunit_resource res;
	kunit_action_t *action;
	void *ctx;
};

/**
 * kunit_add_resource - hand a resource to the running case
 * @test: the case
 * @res: the resource; @res->free is called when the case ends
 *
 * Context: process context, inside a KUnit case.
 */
void kunit_add_resource(struct kunit *test, struct kunit_resource *res)
{
	list_add(&res->node, &test->resources);
}

static void kunit_action_free(struct kunit_resource *res)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof */
	struct kunit_action_ctx *a = container_of(res, struct kunit_action_ctx, res);

	a->action(a->ctx);
	kfree(a);
}

/**
 * kunit_add_action - call @action(@ctx) when the case ends
 * @test: the case
 * @action: the function
 * @ctx: its argument
 *
 * Context: process context, inside a KUnit case (it allocates).
 * Return: 0, or -ENOMEM if the action could not be recorded.
 */
int kunit_add_action(struct kunit *test, kunit_action_t *action, void *ctx)
{
	struct kunit_action_ctx *a = kmalloc(sizeof(*a), GFP_KERNEL);

	if (!a)
		return -ENOMEM;
	a->action = action;
	a->ctx = ctx;
	a->res.data = ctx;
	a->res.name = "action";
	a->res.free = kunit_action_free;
	kunit_add_resource(test, &a->res);
	return 0;
}

/**
 * kunit_add_action_or_reset - kunit_add_action(), or run @action now if that fails
 * @test: the case
 * @action: the function
 * @ctx: its argument
 *
 * Context: process context, inside a KUnit case.
 * Return: 0, or -ENOMEM (and @action(@ctx) has already run).
 */
int kunit_add_action_or_reset(struct kunit *test, kunit_action_t *action, void *ctx)
{
	int err = kunit_add_action(test, action, ctx);

	if (err)
		action(ctx);
	return err;
}

/* The newest action recorded for (@action, @ctx), or NULL. */
static struct kunit_action_ctx *kunit_find_action(struct kunit *test, kunit_action_t *action,
						  void *ctx)
{
	struct kunit_resource *res;

	list_for_each_entry(res, &test->resources, node) {
		struct kunit_action_ctx *a;

		if (res->free != kunit_action_free)
			continue;
		/* cppcheck-suppress nullPointer ; container_of's offsetof */
		a = container_of(res, struct kunit_action_ctx, res);
		if (a->action == action && a->ctx == ctx)
			return a;
	}
	return NULL;
}

/**
 * kunit_remove_action - forget an action without running it
 * @test: the case
 * @action: the function given to kunit_add_action()
 * @ctx: its argument
 *
 * Context: process context, inside a KUnit case.
 */
void kunit_remove_action(struct kunit *test, kunit_action_t *action, void *ctx)
{
	struct kunit_action_ctx *a = kunit_find_action(test, action, ctx);

	if (!a)
		return;
	list_del(&a->res.node);
	kfree(a);
}

/**
 * kunit_release_action - run an action now, and forget it
 * @test: the case
 * @action: the function given to kunit_add_action()
 * @ctx: its argument
 *
 * Context: process context, inside a KUnit case.
 */
void kunit_release_action(struct kunit *test, kunit_action_t *action, void *ctx)
{
	struct kunit_action_ctx *a = kunit_find_action(test, action, ctx);

	if (!a)
		return;
	list_del(&a->res.node);
	kunit_action_free(&a->res);
}

KUNIT_DEFINE_ACTION_WRAPPER(kfree_action_wrapper, kfree, const void *)

/**
 * kunit_kmalloc_array - allocate an array that is freed when the case ends
 * @test: the case
 * @n: number of elements
 * @size: size of one
 * @gfp: allocation flags
 *
 * Context: as kmalloc() with @gfp, inside a KUnit case.
 * Return: the memory, or NULL if it could not be had (or @n * @size overflows).
 */
void *kunit_kmalloc_array(struct kunit *test, size_t n, size_t size, gfp_t gfp)
{
	void *p = kmalloc_array(n, size, gfp);

	if (!p)
		return NULL;
	if (kunit_add_action_or_reset(test, kfree_action_wrapper, p))
		return NULL;
	return p;
}

/**
 * kunit_kfree - free memory from kunit_kmalloc() before the case ends
 * @test: the case
 * @ptr: the memory; NULL, or memory not from kunit_kmalloc(), is ignored
 *
 * Context: process context, inside a KUnit case.
 */
void kunit_kfree(struct kunit *test, const void *ptr)
{
	if (ptr)
		kunit_release_action(test, kfree_action_wrapper, (void *)ptr);
}
