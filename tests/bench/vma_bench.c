/*
 * vma_bench.c - instructions per find_vma() among 1,000 vmas (`make bench`).
 *
 * The benchmark borrows a new address space (use_mm), maps 1,000
 * one-page vmas with a page between each (so none merge), and looks up
 * an address in each of them in a scattered order (a stride prime to
 * 1,000), so that mm->mmap_cache, which remembers the last answer,
 * never hits: every lookup pays for the search. find_vma_1000_rbtree is
 * mm/mmap.c:find_vma, the walk down the red-black tree (about 2 log2 n
 * = 20 nodes at worst); find_vma_1000_list is the sorted-list walk
 * Linnet had before the tree (the same cache check, then vm_next from
 * the first vma), kept here only to be measured: on average it visits
 * half the vmas. find_vma_cache_hit is the lookup of the address found
 * last, which the cache answers. See docs/processes.md.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linnet/bench.h>

#define NR_VMAS 1000
#define STRIDE 7919 /* a prime: i * STRIDE % NR_VMAS visits every vma once */
#define BENCH_BASE 0x20000000UL

/* A borrowed mm with NR_VMAS one-page vmas; NULL if it could not be made */
static struct mm_struct *vma_bench_setup(void)
{
	struct mm_struct *mm = mm_alloc();
	unsigned long i;

	if (!mm)
		return NULL;
	kthread_use_mm(mm);
	for (i = 0; i < NR_VMAS; i++)
		if (vm_mmap(NULL, BENCH_BASE + 2 * i * PAGE_SIZE, PAGE_SIZE, PROT_READ,
			    MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED,
			    0) != BENCH_BASE + 2 * i * PAGE_SIZE)
			break;
	if (i < NR_VMAS) {
		kthread_unuse_mm(mm);
		mmput(mm);
		return NULL;
	}
	return mm;
}

static void vma_bench_teardown(struct mm_struct *mm)
{
	kthread_unuse_mm(mm);
	mmput(mm);
}

/* The list walk find_vma made before the rbtree: the cache, then vm_next from the start */
static noinline struct vm_area_struct *find_vma_list(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma = mm->mmap_cache;

	if (vma && vma->vm_end > addr && vma->vm_start <= addr)
		return vma;
	for (vma = mm->mmap; vma; vma = vma->vm_next)
		if (vma->vm_end > addr) {
			mm->mmap_cache = vma;
			return vma;
		}
	return NULL;
}

static u64 bench_lookups(unsigned long iters, bool list, bool same)
{
	struct mm_struct *mm = vma_bench_setup();
	unsigned long i, misses = 0;
	u64 t0, t;

	if (!mm)
		return 0;
	t0 = get_cycles();
	for (i = 0; i < iters; i++) {
		unsigned long k = same ? 500 : (i * STRIDE) % NR_VMAS;
		unsigned long addr = BENCH_BASE + 2 * k * PAGE_SIZE + 100;
		struct vm_area_struct *vma = list ? find_vma_list(mm, addr) : find_vma(mm, addr);

		misses += !vma || vma->vm_start > addr;
	}
	t = get_cycles() - t0;
	if (misses)
		printk(KERN_ERR "bench: find_vma missed %lu of %lu vmas\n", misses, iters);
	vma_bench_teardown(mm);
	return t;
}

static u64 bench_find_vma_rbtree(unsigned long iters)
{
	return bench_lookups(iters, false, false);
}
DEFINE_BENCH(find_vma_1000_rbtree, bench_find_vma_rbtree, NR_VMAS);

static u64 bench_find_vma_list(unsigned long iters)
{
	return bench_lookups(iters, true, false);
}
DEFINE_BENCH(find_vma_1000_list, bench_find_vma_list, NR_VMAS);

static u64 bench_find_vma_cache_hit(unsigned long iters)
{
	return bench_lookups(iters, false, true);
}
DEFINE_BENCH(find_vma_cache_hit, bench_find_vma_cache_hit, NR_VMAS);
