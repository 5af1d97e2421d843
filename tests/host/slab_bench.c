/*
 * slab_bench.c - kmalloc+kfree beside the C library's malloc+free, for callgrind.
 *
 * `slab_bench kmalloc 32` runs 100000 kmalloc(32)+kfree pairs inside
 * run_bench(); `slab_bench libc 32` the same with malloc+free. Both
 * warm up first (outside run_bench), so the figure is the steady state:
 * for kmalloc, the per-CPU array cache's pop and push. The slab layer is
 * built -O2 without sanitizers; `make slab-callgrind` counts the
 * instructions of run_bench() alone under callgrind and prints the ratio.
 *
 * `slab_bench pages 3` runs order-3 alloc_pages+__free_pages pairs the
 * same way: the buddy allocator's cost on the host, beside its cost
 * under QEMU (docs/performance.md).
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/gfp.h>
#include <linux/string.h>
#include "slab_env.h"

#define ITERS 100000
#define WARMUP 1000

void *malloc(size_t size);
void free(void *ptr);
int atoi(const char *s);

/* Keep the compiler from folding an allocation and its free away. */
static void *volatile sink;

static noinline void run_page_bench(unsigned int order, int iters)
{
	int i;

	for (i = 0; i < iters; i++)
		__free_pages(alloc_pages(GFP_KERNEL, order), order);
}

static noinline void run_bench(bool use_libc, size_t size, int iters)
{
	int i;

	for (i = 0; i < iters; i++) {
		if (use_libc) {
			sink = malloc(size);
			free(sink);
		} else {
			sink = kmalloc(size, GFP_KERNEL);
			kfree(sink);
		}
	}
}

int main(int argc, char **argv)
{
	bool use_libc;
	size_t size;

	if (argc != 3)
		return 2;
	use_libc = !strcmp(argv[1], "libc");
	size = atoi(argv[2]);
	buddy_env_init();
	if (!strcmp(argv[1], "pages")) {
		run_page_bench(size, WARMUP);
		run_page_bench(size, ITERS);
		return 0;
	}
	kmem_cache_init();
	run_bench(use_libc, size, WARMUP);
	run_bench(use_libc, size, ITERS);
	return 0;
}
