/*
 * mm_race_test.c - three races of the memory code, played out on the host.
 *
 * Review mm.md found three races that the running kernel cannot show on
 * demand: the page allocator never sleeps where they would need it to,
 * so no test in a booted Linnet can put a second task into the window.
 * Here the kernel's own mm/vmalloc.c, arch/x86/mm/init_32.c and
 * mm/slab.c run on the host's simulated machine (buddy_env.c, slab_env.c)
 * with a second task, the racer (mm_race_env.c): it runs where Linnet
 * could preempt the test task (preempt_enable() with a reschedule
 * pending, an interrupt just after alloc_pages() returns) and sleeps
 * where Linnet would sleep (a held mutex). Each test starts the racer,
 * makes the one call, and checks what both tasks got:
 *
 *   B1  vfree() while the racer vmalloc()s the same size: the racer must
 *       never be given the range while its ptes are still there or its
 *       TLB entries unflushed, and its own mapping must survive the
 *       vfree() (remove_vm_area() unmaps under vmlist_lock).
 *   B2  pte_alloc_kernel() while the racer fills the same page-directory
 *       entry: the racer's page table, and the pte it wrote, must stay,
 *       and the test task's spare table must go back (the recheck under
 *       kernel_page_table_lock).
 *   B10 kmem_cache_create() while the racer creates the same name, and
 *       while the racer creates the name of a cache being destroyed: one
 *       cache of that name at the end (cache_chain_mutex across the check
 *       and the insertion).
 *
 * Each test fails with its fix reverted (docs/testing.md says how that was
 * shown). Built by tests/host/slab.mk; see docs/testing.md.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/slab_def.h>
#include <linux/vmalloc.h>
#include <asm/pgtable.h>
#include "mm_race_env.h"

extern struct list_head cache_chain;

/* Set while the test task is inside the call the racer races with */
static bool in_call;

/* On the 64-bit host a pte is 8 bytes: only the first half of a table fits its page */
#define HOST_PTES (PAGE_SIZE / sizeof(pte_t))

/* -------- B2: pte_alloc_kernel() -------- */

struct pte_race {
	pmd_t *pmd;
	unsigned long addr; /* what the racer maps */
	struct page *mapped; /* the page it maps there */
	bool saw_empty; /* the entry was still empty when it started */
	bool during;
	unsigned long table; /* the page table it ended up using */
};

static void pte_racer(void *arg)
{
	struct pte_race *r = arg;
	pte_t *pte;

	r->during = in_call;
	r->saw_empty = pmd_none(*r->pmd);
	pte = pte_alloc_kernel(r->pmd, r->addr);
	if (pte)
		set_pte(pte, mk_pte(r->mapped, PAGE_KERNEL));
	r->table = pmd_val(*r->pmd) & PAGE_MASK;
}

static void test_pte_alloc_kernel_race(void)
{
	/* the last 4 MiB of the vmalloc area: no area of this test reaches it */
	unsigned long base = (VMALLOC_END - 1) & PGDIR_MASK;
	pmd_t *pmd = pmd_offset(pgd_offset_k(base), base);
	struct pte_race r = { .pmd = pmd, .addr = base + PAGE_SIZE };
	unsigned long free0;
	pte_t *pte, *theirs;

	CHECK(pmd_none(*pmd));
	CHECK(pte_index(r.addr) < HOST_PTES);
	r.mapped = alloc_page(GFP_KERNEL);
	free0 = host_free_pages();

	race_start(pte_racer, &r);
	in_call = true;
	pte = pte_alloc_kernel(pmd, base);
	in_call = false;
	race_finish();

	/* the racer ran in the window: after our pmd_none(), before our set_pmd() */
	CHECK(r.during && r.saw_empty);
	/* one table for the slot, the racer's, holding the racer's pte */
	CHECK((pmd_val(*pmd) & PAGE_MASK) == r.table);
	theirs = pte_offset_kernel(pmd, r.addr);
	CHECK(pte_present(*theirs) && pte_page(*theirs) == r.mapped);
	CHECK(pte == pte_offset_kernel(pmd, base) && pte_none(*pte));
	/* and the test task's spare table went back: one page used, not two */
	CHECK(host_free_pages() == free0 - 1);

	pte_clear(&init_mm, r.addr, theirs);
	__free_page(pfn_to_page(pmd_val(*pmd) >> PAGE_SHIFT));
	set_pmd(pmd, __pmd(0));
	__free_page(r.mapped);
}

/* -------- B1: vfree() -------- */

#define VSIZE (3 * PAGE_SIZE)

struct vfree_race {
	unsigned long p_start, p_end; /* the area being freed (its mapped pages) */
	bool during;
	bool p_mapped; /* any of its ptes still set when the racer got its area */
	bool p_flushed; /* its TLB entries flushed by then */
	void *q; /* what the racer's vmalloc() returned */
};

static bool range_mapped(unsigned long start, unsigned long end)
{
	unsigned int level;
	unsigned long a;

	for (a = start; a < end; a += PAGE_SIZE) {
		pte_t *pte = lookup_address(a, &level);

		if (pte && !pte_none(*pte))
			return true;
	}
	return false;
}

static void vmalloc_racer(void *arg)
{
	struct vfree_race *r = arg;

	r->during = in_call;
	/* the state of the old range as vmalloc() looks for a gap (nothing else runs) */
	r->p_mapped = range_mapped(r->p_start, r->p_end);
	r->p_flushed = race_range_flushed(r->p_start, r->p_end);
	r->q = vmalloc(VSIZE);
}

static void test_vfree_race(void)
{
	struct vfree_race r = {};
	struct vm_struct *qa;
	unsigned long q;
	void *p;
	int i;

	p = vmalloc(VSIZE);
	CHECK(p != NULL);
	if (!p)
		return;
	r.p_start = (unsigned long)p;
	r.p_end = r.p_start + VSIZE;
	CHECK(range_mapped(r.p_start, r.p_end));
	CHECK(pte_index(r.p_end) < HOST_PTES);

	race_start(vmalloc_racer, &r);
	in_call = true;
	vfree(p);
	in_call = false;
	race_finish();

	CHECK(r.during && r.q != NULL);
	if (!r.q)
		return;
	q = (unsigned long)r.q;
	/* first fit: the racer got the freed range, the case the fix is about */
	CHECK(q == r.p_start);
	/* never while the old ptes were still there or still in the TLB */
	if (q < r.p_end && q + VSIZE > r.p_start)
		CHECK(!r.p_mapped && r.p_flushed);
	/* vfree() did not unmap the racer's pages */
	qa = find_vm_area(r.q);
	CHECK(qa && qa->nr_pages == VSIZE / PAGE_SIZE);
	for (i = 0; qa && i < qa->nr_pages; i++)
		CHECK(vmalloc_to_page((char *)r.q + i * PAGE_SIZE) == qa->pages[i]);
	vfree(r.q);
	CHECK(!range_mapped(q, q + VSIZE));
}

/* -------- B10: kmem_cache_create() -------- */

struct create_race {
	const char *name;
	bool during;
	struct kmem_cache *c;
};

static void create_racer(void *arg)
{
	struct create_race *r = arg;

	r->during = in_call;
	r->c = kmem_cache_create(r->name, 64, 0, 0, NULL);
}

static int caches_named(const char *name)
{
	struct kmem_cache *c;
	int n = 0;

	list_for_each_entry(c, &cache_chain, next)
		n += !strcmp(c->name, name);
	return n;
}

/* Two tasks create one name at once: one gets the cache, the other NULL */
static void test_create_create_race(void)
{
	struct create_race r = { .name = "race_create" };
	struct kmem_cache *c;

	host_log_clear();
	race_start(create_racer, &r);
	in_call = true;
	c = kmem_cache_create(r.name, 64, 0, 0, NULL);
	in_call = false;
	race_finish();

	CHECK(r.during);
	CHECK(!!c + !!r.c == 1);
	CHECK(caches_named(r.name) == 1);
	CHECK(host_log_contains("kmem_cache_create: duplicate cache race_create"));
	if (c)
		kmem_cache_destroy(c);
	if (r.c)
		kmem_cache_destroy(r.c);
	CHECK(caches_named(r.name) == 0);
}

/*
 * A destroy that fails (an object still in use) takes the cache off the
 * chain and puts it back: a create of its name in between must still
 * see it.
 */
static void test_create_destroy_race(void)
{
	struct create_race r = { .name = "race_busy" };
	struct kmem_cache *c = kmem_cache_create(r.name, 64, 0, 0, NULL);
	void *obj = c ? kmem_cache_alloc(c, GFP_KERNEL) : NULL;

	CHECK(c && obj);
	if (!obj)
		return;
	host_log_clear();
	race_start(create_racer, &r);
	in_call = true;
	kmem_cache_destroy(c);
	in_call = false;
	race_finish();

	CHECK(r.during);
	CHECK(host_log_contains("Can't free all objects"));
	CHECK(r.c == NULL);
	CHECK(caches_named(r.name) == 1);
	kmem_cache_free(c, obj);
	kmem_cache_destroy(c);
	if (r.c)
		kmem_cache_destroy(r.c);
	CHECK(caches_named(r.name) == 0);
}

int main(void)
{
	buddy_env_init_low();
	kmem_cache_init();
	vmalloc_init();
	CHECK(VMALLOC_START < VMALLOC_END);

	test_pte_alloc_kernel_race();
	test_vfree_race();
	test_create_create_race();
	test_create_destroy_race();

	CHECK(!host_log_contains("BUG"));
	CHECK(!host_log_contains("sleeping function called from invalid context"));
	CHECK(preempt_count() == 0 && !irqs_disabled());
	return host_summary("mm_race");
}
