/*
 * slab_test.c - the slab layer on the host, under ASan and UBSan.
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/slab_def.h>
#include "slab_env.h"

int main(void)
{
	void *p;

	host_mem_init();
	kmem_cache_init();
	p = kmalloc(32, GFP_KERNEL);
	CHECK(p != NULL);
	kfree(p);
	return host_summary("slab");
}
