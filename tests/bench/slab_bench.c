/*
 * slab_bench.c - what an allocation costs, in instructions.
 *
 * `make bench` runs these under QEMU -icount, where the TSC counts
 * instructions. The kmalloc and kmem_cache figures are the steady state
 * (a pop and a push on the per-CPU array cache: the object freed is the
 * one allocated next), after a warm-up that made the slab. The vmalloc
 * figures include finding a gap in vmlist, allocating and mapping every
 * page, then unmapping, flushing the TLB and freeing them. The same
 * kmalloc+kfree pair on the host, beside the C library's malloc+free, is
 * `make slab-callgrind`. See docs/slab.md and docs/vmalloc.md.
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linnet/bench.h>

/* Stops the compiler from dropping an allocation that nothing reads */
static void *volatile sink;

static u64 kmalloc_kfree(size_t size, unsigned long iters)
{
	unsigned long i;
	u64 t0;

	kfree(kmalloc(size, GFP_KERNEL));
	t0 = get_cycles();
	for (i = 0; i < iters; i++) {
		sink = kmalloc(size, GFP_KERNEL);
		kfree(sink);
	}
	return get_cycles() - t0;
}

static u64 bench_kmalloc_32(unsigned long iters)
{
	return kmalloc_kfree(32, iters);
}
DEFINE_BENCH(kmalloc_kfree_32, bench_kmalloc_32, 10000);

static u64 bench_kmalloc_256(unsigned long iters)
{
	return kmalloc_kfree(256, iters);
}
DEFINE_BENCH(kmalloc_kfree_256, bench_kmalloc_256, 10000);

static u64 bench_kmalloc_4096(unsigned long iters)
{
	return kmalloc_kfree(4096, iters);
}
DEFINE_BENCH(kmalloc_kfree_4096, bench_kmalloc_4096, 10000);

static u64 bench_kmem_cache(unsigned long iters)
{
	struct kmem_cache *c = kmem_cache_create("bench_obj", 120, 0, SLAB_HWCACHE_ALIGN, NULL);
	unsigned long i;
	u64 t0, t;

	kmem_cache_free(c, kmem_cache_alloc(c, GFP_KERNEL));
	t0 = get_cycles();
	for (i = 0; i < iters; i++) {
		sink = kmem_cache_alloc(c, GFP_KERNEL);
		kmem_cache_free(c, sink);
	}
	t = get_cycles() - t0;
	kmem_cache_destroy(c);
	return t;
}
DEFINE_BENCH(kmem_cache_alloc_free, bench_kmem_cache, 10000);

static u64 vmalloc_vfree(unsigned long size, unsigned long iters)
{
	unsigned long i;
	u64 t0;

	vfree(vmalloc(size));
	t0 = get_cycles();
	for (i = 0; i < iters; i++) {
		sink = vmalloc(size);
		vfree(sink);
	}
	return get_cycles() - t0;
}

static u64 bench_vmalloc_4k(unsigned long iters)
{
	return vmalloc_vfree(4096, iters);
}
DEFINE_BENCH(vmalloc_vfree_4k, bench_vmalloc_4k, 1000);

static u64 bench_vmalloc_1m(unsigned long iters)
{
	return vmalloc_vfree(1 << 20, iters);
}
DEFINE_BENCH(vmalloc_vfree_1m, bench_vmalloc_1m, 20);
