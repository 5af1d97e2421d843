/*
 * fail_page_alloc.c - the fail_page_alloc= fault injection of page allocations.
 *
 * alloc_pages() asks should_fail_alloc_page() first and returns NULL,
 * without the "page allocation failure" report (nothing ran out), if
 * it says so. The rules are lib/fault-inject.c's, from the boot options
 * fail_page_alloc=<interval>,<probability>,<space>,<times> and
 * fail_page_alloc.verbose=. Linux's defaults spare highmem, sleeping
 * and order-0 requests; Linnet's fail them all, so that every caller's
 * error path runs. __GFP_NOFAIL is always spared. Linux keeps this in
 * mm/page_alloc.c; here it has a file of its own so the host build of
 * the allocator stays free of it. See docs/debugging.md.
 */
#include <linux/kernel.h>
#include <linux/fault-inject.h>
#include <linux/gfp.h>
#include <linux/init.h>
#include <linux/mm.h>

/* fail_page_alloc - the rules for page allocations (boot option fail_page_alloc=) */
DECLARE_FAULT_ATTR(fail_page_alloc, "fail_page_alloc");

static int __init setup_fail_page_alloc(char *str)
{
	return setup_fault_attr(&fail_page_alloc, str);
}
__setup("fail_page_alloc=", setup_fail_page_alloc);

static int __init setup_fail_page_alloc_verbose(char *str)
{
	return !kstrtoul(str, 10, &fail_page_alloc.verbose);
}
__setup("fail_page_alloc.verbose=", setup_fail_page_alloc_verbose);

/**
 * __should_fail_alloc_page - should this page allocation fail, to test the caller?
 * @gfp_mask: the allocation's GFP flags
 * @order: its order
 *
 * The slow path of should_fail_alloc_page(), taken only while injection is armed.
 *
 * Context: any.
 * Return: true to make alloc_pages() return NULL.
 */
bool __should_fail_alloc_page(gfp_t gfp_mask, unsigned int order)
{
	if (gfp_mask & __GFP_NOFAIL)
		return false;
	return should_fail(&fail_page_alloc, PAGE_SIZE << order);
}
