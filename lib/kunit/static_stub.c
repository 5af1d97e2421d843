/*
 * lib/kunit/static_stub.c - the case's table of replaced functions.
 *
 * kunit_activate_static_stub(test, f, g) records "f is now g" as a
 * resource of the running case; KUNIT_STATIC_STUB_REDIRECT() at the top of
 * f looks the record up and calls g instead. Because the record is a
 * resource, the replacement ends with the case even if the case forgets to
 * deactivate it. The lookup walks the case's resources, so a function
 * with the redirect costs one pointer test when no case is running.
 *
 * Linux's version (lib/kunit/static_stub.c) is reached through a hooks
 * table so that built-in code need not link KUnit; in Linnet KUnit is
 * always linked, so the call is direct. Linux 2.6.32 has no KUnit.
 * See docs/testing.md.
 */
#include <kunit/static_stub.h>
#include <linux/slab.h>

struct kunit_static_stub {
	struct kunit_resource res;
	void *real_fn_addr;
	void *replacement_addr;
};

static void kunit_static_stub_free(struct kunit_resource *res)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof */
	kfree(container_of(res, struct kunit_static_stub, res));
}

static struct kunit_static_stub *kunit_find_stub(struct kunit *test, void *real_fn_addr)
{
	struct kunit_resource *res;

	list_for_each_entry(res, &test->resources, node) {
		struct kunit_static_stub *stub;

		if (res->free != kunit_static_stub_free)
			continue;
		/* cppcheck-suppress nullPointer ; container_of's offsetof */
		stub = container_of(res, struct kunit_static_stub, res);
		if (stub->real_fn_addr == real_fn_addr)
			return stub;
	}
	return NULL;
}

/**
 * __kunit_get_static_stub_address - the replacement of a function, if any
 * @test: the running case
 * @real_fn_addr: the function
 *
 * Context: inside a KUnit case.
 * Return: the replacement, or NULL if the case replaced nothing for it.
 */
void *__kunit_get_static_stub_address(struct kunit *test, void *real_fn_addr)
{
	struct kunit_static_stub *stub = kunit_find_stub(test, real_fn_addr);

	return stub ? stub->replacement_addr : NULL;
}

/**
 * __kunit_activate_static_stub - route a function to a replacement, or back
 * @test: the running case
 * @real_fn_addr: the function
 * @replacement_addr: its replacement, or NULL to call the function again
 *
 * A failed allocation fails the case: the test could not go on meaningfully.
 *
 * Context: process context, inside a KUnit case.
 */
void __kunit_activate_static_stub(struct kunit *test, void *real_fn_addr, void *replacement_addr)
{
	struct kunit_static_stub *stub = kunit_find_stub(test, real_fn_addr);

	if (!replacement_addr) {
		if (stub) {
			list_del(&stub->res.node);
			kfree(stub);
		}
		return;
	}
	if (!stub) {
		stub = kzalloc(sizeof(*stub), GFP_KERNEL);
		KUNIT_ASSERT_NOT_NULL_MSG(test, stub, "could not allocate a static stub");
		stub->real_fn_addr = real_fn_addr;
		stub->res.name = "static stub";
		stub->res.free = kunit_static_stub_free;
		kunit_add_resource(test, &stub->res);
	}
	stub->replacement_addr = replacement_addr;
}
