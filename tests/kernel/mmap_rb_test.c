/*
 * mmap_rb_test.c - the vmas' list and rbtree stay one picture of the
 * address space through mmap, munmap, mprotect, mremap, brk, stack
 * growth and fork.
 *
 * Every vma of an mm is in two structures (include/linux/mm_types.h):
 * the list sorted by address (mm->mmap) and the red-black tree
 * (mm->mm_rb) that find_vma() searches. Each case here changes an
 * address space many times, in a kernel thread that borrows one
 * (kunit_vm_mmap, lib/kunit/user_alloc.c), and after every step checks
 * with check_mm() what 2.6.32's validate_mm()/browse_rb() checked under
 * DEBUG_MM_RB, and more:
 *
 *  - the list is sorted, its vmas disjoint, non-empty, page aligned and
 *    of this mm; map_count counts them; total_vm and stack_vm add up;
 *  - the tree, walked in order (rb_first/rb_next), visits exactly the
 *    list's vmas in the list's order, and backwards (rb_prev) as many;
 *  - it is a red-black tree: a black root, no red node with a red child,
 *    the same number of black nodes on every path, parent pointers right;
 *  - mmap_cache is NULL or one of the vmas;
 *  - find_vma() answers right for addresses in each vma (first and last
 *    byte), in the gap before it, below the first and above the last,
 *    with the cache cold and warm; find_vma_prev() gives the vma before.
 *
 * The answers expected of mmap, munmap and mprotect come from a model of
 * a window of pages (their protections), in fixed patterns and in a
 * random walk of operations; and since every vma here is private
 * anonymous memory, no two neighbours may be left with the same flags
 * (2.6.32's vma_merge would have joined them). Read docs/processes.md.
 */
#include <kunit/test.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/prandom.h>
#include <linux/rbtree_augmented.h>
#include <linux/rwsem.h>
#include <linux/sched.h>
#include <asm/uaccess.h>

asmlinkage long sys_mprotect(unsigned long start, size_t len, unsigned long prot);
asmlinkage unsigned long sys_brk(unsigned long brk);

#define WIN_BASE 0x40000000UL /* the window the cases map in */
#define SENTINEL 0x10000000UL /* kunit_vm_mmap's first page: below everything */
#define PROT_MASK (VM_READ | VM_WRITE | VM_EXEC)

/* The black height of the subtree at @n (1 for an empty one), or -1 with @why set */
static int black_height(const struct rb_node *n, const struct rb_node *parent, const char **why)
{
	int l, r;

	if (!n)
		return 1;
	if (rb_parent(n) != parent) {
		*why = "a node's parent pointer is wrong";
		return -1;
	}
	if (rb_is_red(n) &&
	    ((n->rb_left && rb_is_red(n->rb_left)) || (n->rb_right && rb_is_red(n->rb_right)))) {
		*why = "a red node has a red child";
		return -1;
	}
	l = black_height(n->rb_left, n, why);
	r = black_height(n->rb_right, n, why);
	if (l < 0 || r < 0)
		return -1;
	if (l != r) {
		*why = "two paths cross different numbers of black nodes";
		return -1;
	}
	return l + rb_is_black(n);
}

static struct vm_area_struct *node_vma(struct rb_node *n)
{
	return n ? rb_entry(n, struct vm_area_struct, vm_rb) : NULL;
}

/* find_vma() (cold: the cache cleared; then warm) and find_vma_prev() for @addr */
static const char *probe(struct mm_struct *mm, unsigned long addr, struct vm_area_struct *want,
			 struct vm_area_struct *want_prev)
{
	struct vm_area_struct *prev = (void *)1;

	mm->mmap_cache = NULL;
	if (find_vma(mm, addr) != want)
		return "find_vma (cache cold) gives the wrong vma";
	if (find_vma(mm, addr) != want)
		return "find_vma (cache warm) gives the wrong vma";
	if (find_vma_prev(mm, addr, &prev) != want || prev != want_prev)
		return "find_vma_prev gives the wrong vma or the wrong one before it";
	return NULL;
}

/* Everything the file's comment lists; NULL if all holds, else what broke */
static const char *mm_problem(struct mm_struct *mm, unsigned long *where)
{
	struct vm_area_struct *vma, *prev = NULL, *last = NULL;
	unsigned long total = 0, stack = 0, end = 0;
	struct rb_node *node;
	const char *why = NULL;
	int n = 0, back = 0, cache_ok = !mm->mmap_cache;

	for (vma = mm->mmap; vma; vma = vma->vm_next) {
		*where = vma->vm_start;
		if (vma->vm_mm != mm)
			return "a vma of another mm";
		if (vma->vm_start >= vma->vm_end || (vma->vm_start | vma->vm_end) & ~PAGE_MASK)
			return "an empty or unaligned vma";
		if (vma->vm_start < end)
			return "the list is not sorted, or two vmas overlap";
		end = vma->vm_end;
		total += vma_pages(vma);
		if (vma->vm_flags & VM_GROWSDOWN)
			stack += vma_pages(vma);
		cache_ok |= mm->mmap_cache == vma;
		n++;
	}
	*where = 0;
	if (n != mm->map_count)
		return "map_count is not the number of vmas in the list";
	if (total != mm->total_vm || stack != mm->stack_vm)
		return "total_vm or stack_vm is not what the vmas add up to";
	if (!cache_ok)
		return "mmap_cache points at no vma of the list";
	for (node = rb_first(&mm->mm_rb), vma = mm->mmap; node && vma;
	     node = rb_next(node), vma = vma->vm_next)
		if (node_vma(node) != vma)
			return "the tree, in order, is not the list";
	if (node || vma)
		return "the tree and the list have different lengths";
	for (node = rb_last(&mm->mm_rb); node; node = rb_prev(node))
		back++;
	if (back != n)
		return "the tree walked backwards has another length";
	if (mm->mm_rb.rb_node && !rb_is_black(mm->mm_rb.rb_node))
		return "the root is red";
	if (black_height(mm->mm_rb.rb_node, NULL, &why) < 0)
		return why;
	/* Lookups: below the first vma, in each, in each gap, above the last */
	if (mm->mmap && (why = probe(mm, 0, mm->mmap, NULL)))
		return why;
	for (vma = mm->mmap; vma; prev = vma, vma = vma->vm_next) {
		*where = vma->vm_start;
		if ((why = probe(mm, vma->vm_start, vma, prev)) ||
		    (why = probe(mm, vma->vm_end - 1, vma, prev)))
			return why;
		if (prev && prev->vm_end < vma->vm_start &&
		    ((why = probe(mm, prev->vm_end, vma, prev)) ||
		     (why = probe(mm, vma->vm_start - 1, vma, prev))))
			return why;
		last = vma;
	}
	*where = 0;
	if (last && (why = probe(mm, last->vm_end, NULL, last)))
		return why;
	if (last && last->vm_end < TASK_SIZE && (why = probe(mm, TASK_SIZE - 1, NULL, last)))
		return why;
	return NULL;
}

/* check_mm() as an assertion: the case stops at the first broken step */
#define CHECK_MM(test, mm, step)                                                             \
	do {                                                                                 \
		unsigned long __where;                                                       \
		const char *__why = mm_problem(mm, &__where);                                \
		KUNIT_ASSERT_TRUE_MSG(test, !__why, "step %d: %s (near %08lx)", (int)(step), \
				      __why, __where);                                       \
	} while (0)

/* Give the case an address space (with one page far below the window) */
static struct mm_struct *attach_mm(struct kunit *test)
{
	unsigned long a = kunit_vm_mmap(test, NULL, SENTINEL, PAGE_SIZE, PROT_READ,
					MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, 0);

	KUNIT_ASSERT_EQ(test, a, SENTINEL);
	return current->mm;
}

static unsigned long map_fixed(unsigned long addr, unsigned long len, unsigned long prot)
{
	return vm_mmap(NULL, addr, len, prot, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, 0);
}

static unsigned long pg(unsigned long i)
{
	return WIN_BASE + i * PAGE_SIZE;
}

/* The vmas that lie in [pg(0), pg(npages)) */
static int window_vmas(struct mm_struct *mm, unsigned long npages)
{
	struct vm_area_struct *vma;
	int n = 0;

	for (vma = find_vma(mm, pg(0)); vma && vma->vm_start < pg(npages); vma = vma->vm_next)
		n++;
	return n;
}

/* Many vmas, inserted in a scrambled order, then unmapped in another */
static void mmap_rb_many_test(struct kunit *test)
{
	struct mm_struct *mm = attach_mm(test);
	const unsigned long n = 400;
	unsigned long i, k;

	CHECK_MM(test, mm, 0);
	for (i = 0; i < n; i++) {
		k = (i * 263) % n; /* 263 is prime to 400: every k once */
		/* one page each, a page apart: nothing can merge */
		KUNIT_ASSERT_EQ(test, map_fixed(pg(2 * k), PAGE_SIZE, PROT_READ), pg(2 * k));
		CHECK_MM(test, mm, i + 1);
	}
	KUNIT_EXPECT_EQ(test, mm->map_count, (int)n + 1);
	/* between two vmas, find_vma gives the higher; in one, that one */
	KUNIT_EXPECT_EQ(test, find_vma(mm, pg(1) + 5)->vm_start, pg(2));
	KUNIT_EXPECT_EQ(test, find_vma(mm, pg(2 * 200) + 4095)->vm_start, pg(2 * 200));
	KUNIT_EXPECT_PTR_EQ(test, find_vma(mm, pg(2 * n)), NULL);
	KUNIT_EXPECT_EQ(test, find_vma(mm, 0)->vm_start, SENTINEL);
	for (i = 0; i < n; i++) {
		k = (i * 157) % n;
		KUNIT_ASSERT_EQ(test, vm_munmap(pg(2 * k), PAGE_SIZE), 0);
		CHECK_MM(test, mm, n + i + 1);
	}
	KUNIT_EXPECT_EQ(test, mm->map_count, 1);
}

/* munmap cutting vmas: in the middle, across several, at both ends, nothing */
static void mmap_rb_munmap_test(struct kunit *test)
{
	struct mm_struct *mm = attach_mm(test);
	int step = 0;
	unsigned long i;

	KUNIT_ASSERT_EQ(test, map_fixed(pg(0), 64 * PAGE_SIZE, PROT_READ | PROT_WRITE), pg(0));
	CHECK_MM(test, mm, step++);
	KUNIT_EXPECT_EQ(test, window_vmas(mm, 64), 1);
	/* every third page out: a split each time */
	for (i = 1; i < 64; i += 3) {
		KUNIT_ASSERT_EQ(test, vm_munmap(pg(i), PAGE_SIZE), 0);
		CHECK_MM(test, mm, step++);
	}
	KUNIT_EXPECT_EQ(test, window_vmas(mm, 64), 22);
	KUNIT_EXPECT_EQ(test, find_vma(mm, pg(1))->vm_start, pg(2));
	/* a range from inside one vma, over holes and vmas, into another */
	KUNIT_ASSERT_EQ(test, vm_munmap(pg(5) + 0, 11 * PAGE_SIZE), 0);
	CHECK_MM(test, mm, step++);
	KUNIT_EXPECT_EQ(test, find_vma(mm, pg(5))->vm_start, pg(17));
	KUNIT_EXPECT_EQ(test, find_vma(mm, pg(3))->vm_end, pg(4));
	/* a range with nothing in it, and one of a vma's exact bounds */
	KUNIT_ASSERT_EQ(test, vm_munmap(pg(6), 2 * PAGE_SIZE), 0);
	CHECK_MM(test, mm, step++);
	KUNIT_ASSERT_EQ(test, vm_munmap(pg(17), 2 * PAGE_SIZE), 0);
	CHECK_MM(test, mm, step++);
	/* bad ranges change nothing */
	KUNIT_EXPECT_EQ(test, vm_munmap(pg(20) + 1, PAGE_SIZE), -EINVAL);
	KUNIT_EXPECT_EQ(test, vm_munmap(pg(20), 0), -EINVAL);
	CHECK_MM(test, mm, step++);
	/* a fixed mapping over many vmas and holes replaces them all with one */
	KUNIT_ASSERT_EQ(test, map_fixed(pg(3), 40 * PAGE_SIZE, PROT_READ), pg(3));
	CHECK_MM(test, mm, step++);
	KUNIT_EXPECT_EQ(test, find_vma(mm, pg(10))->vm_start, pg(3));
	KUNIT_EXPECT_EQ(test, find_vma(mm, pg(10))->vm_end, pg(43));
	KUNIT_ASSERT_EQ(test, vm_munmap(pg(0), 64 * PAGE_SIZE), 0);
	CHECK_MM(test, mm, step++);
	KUNIT_EXPECT_EQ(test, window_vmas(mm, 64), 0);
}

/* mmap next to a vma with the same flags joins it; a hole filled joins three */
static void mmap_rb_mmap_merge_test(struct kunit *test)
{
	struct mm_struct *mm = attach_mm(test);
	const unsigned long rw = PROT_READ | PROT_WRITE;
	unsigned long a;

	KUNIT_ASSERT_EQ(test, map_fixed(pg(10), PAGE_SIZE, rw), pg(10));
	KUNIT_ASSERT_EQ(test, map_fixed(pg(11), PAGE_SIZE, rw), pg(11)); /* prev grows up */
	CHECK_MM(test, mm, 1);
	KUNIT_EXPECT_EQ(test, window_vmas(mm, 32), 1);
	KUNIT_ASSERT_EQ(test, map_fixed(pg(9), PAGE_SIZE, rw), pg(9)); /* next grows down */
	CHECK_MM(test, mm, 2);
	KUNIT_EXPECT_EQ(test, window_vmas(mm, 32), 1);
	KUNIT_EXPECT_EQ(test, find_vma(mm, pg(9))->vm_pgoff, pg(9) >> PAGE_SHIFT);
	KUNIT_ASSERT_EQ(test, map_fixed(pg(14), PAGE_SIZE, rw), pg(14));
	KUNIT_ASSERT_EQ(test, map_fixed(pg(13), PAGE_SIZE, PROT_READ), pg(13)); /* other flags */
	CHECK_MM(test, mm, 3);
	KUNIT_EXPECT_EQ(test, window_vmas(mm, 32), 3);
	KUNIT_ASSERT_EQ(test, map_fixed(pg(12), PAGE_SIZE, PROT_READ), pg(12)); /* joins 13 */
	KUNIT_ASSERT_EQ(test, map_fixed(pg(12), 2 * PAGE_SIZE, rw), pg(12)); /* 9..14 as one */
	CHECK_MM(test, mm, 4);
	KUNIT_EXPECT_EQ(test, window_vmas(mm, 32), 1);
	KUNIT_EXPECT_EQ(test, find_vma(mm, pg(9))->vm_end, pg(15));
	/* shared anonymous memory never joins a neighbour (2.6.32: a shmem file each) */
	a = vm_mmap(NULL, pg(20), PAGE_SIZE, rw, MAP_SHARED | MAP_ANONYMOUS | MAP_FIXED, 0);
	KUNIT_ASSERT_EQ(test, a, pg(20));
	a = vm_mmap(NULL, pg(21), PAGE_SIZE, rw, MAP_SHARED | MAP_ANONYMOUS | MAP_FIXED, 0);
	KUNIT_ASSERT_EQ(test, a, pg(21));
	CHECK_MM(test, mm, 5);
	KUNIT_EXPECT_EQ(test, window_vmas(mm, 32), 3);
	/* mappings the kernel places (no hint) are handed out downward and merge too */
	a = vm_mmap(NULL, 0, PAGE_SIZE, rw, MAP_PRIVATE | MAP_ANONYMOUS, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	KUNIT_EXPECT_EQ(test, vm_mmap(NULL, 0, PAGE_SIZE, rw, MAP_PRIVATE | MAP_ANONYMOUS, 0),
			a - PAGE_SIZE);
	CHECK_MM(test, mm, 6);
	KUNIT_EXPECT_EQ(test, find_vma(mm, a)->vm_start, a - PAGE_SIZE);
	KUNIT_EXPECT_EQ(test, find_vma(mm, a)->vm_end, a + PAGE_SIZE);
}

/* The prot of window page @i as find_vma sees it, or -1 if unmapped */
static int page_prot(struct mm_struct *mm, unsigned long i)
{
	struct vm_area_struct *vma = find_vma(mm, pg(i));

	return vma && vma->vm_start <= pg(i) ? (int)(vma->vm_flags & PROT_MASK) : -1;
}

/*
 * mprotect splits, then merges back every way 2.6.32's vma_merge draws:
 * the boundary moving (cases 4, 5), a vma joining both neighbours (1, 6),
 * one of them (2, 3, 7, 8).
 */
static void mmap_rb_mprotect_test(struct kunit *test)
{
	struct mm_struct *mm = attach_mm(test);
	const unsigned long rw = PROT_READ | PROT_WRITE;
	int step = 0;
	unsigned long i;

	KUNIT_ASSERT_EQ(test, map_fixed(pg(0), 64 * PAGE_SIZE, rw), pg(0));
	for (i = 0; i < 64; i += 2) {
		KUNIT_ASSERT_EQ(test, sys_mprotect(pg(i), PAGE_SIZE, PROT_READ), 0L);
		CHECK_MM(test, mm, step++);
	}
	KUNIT_EXPECT_EQ(test, window_vmas(mm, 64), 64);
	KUNIT_EXPECT_EQ(test, page_prot(mm, 2), VM_READ);
	KUNIT_EXPECT_EQ(test, page_prot(mm, 3), VM_READ | VM_WRITE);
	/* a whole vma like both neighbours: the three become one (case 1/6) */
	KUNIT_ASSERT_EQ(test, sys_mprotect(pg(2), PAGE_SIZE, rw), 0L);
	CHECK_MM(test, mm, step++);
	KUNIT_EXPECT_EQ(test, window_vmas(mm, 64), 62);
	KUNIT_EXPECT_EQ(test, find_vma(mm, pg(2))->vm_start, pg(1));
	KUNIT_EXPECT_EQ(test, find_vma(mm, pg(2))->vm_end, pg(4));
	/* the start of a vma like the one before: the boundary moves up (case 5) */
	KUNIT_ASSERT_EQ(test, map_fixed(pg(8), 3 * PAGE_SIZE, PROT_READ), pg(8));
	CHECK_MM(test, mm, step++);
	KUNIT_ASSERT_EQ(test, sys_mprotect(pg(8), PAGE_SIZE, rw), 0L);
	CHECK_MM(test, mm, step++);
	KUNIT_EXPECT_EQ(test, find_vma(mm, pg(8))->vm_start, pg(7));
	KUNIT_EXPECT_EQ(test, find_vma(mm, pg(8))->vm_end, pg(9));
	KUNIT_EXPECT_EQ(test, find_vma(mm, pg(9))->vm_start, pg(9));
	KUNIT_EXPECT_EQ(test, find_vma(mm, pg(9))->vm_pgoff, pg(9) >> PAGE_SHIFT);
	/* the end of a vma like the one after: the boundary moves down (case 4) */
	KUNIT_ASSERT_EQ(test, sys_mprotect(pg(10), PAGE_SIZE, rw), 0L);
	CHECK_MM(test, mm, step++);
	KUNIT_EXPECT_EQ(test, find_vma(mm, pg(9))->vm_end, pg(10));
	KUNIT_EXPECT_EQ(test, find_vma(mm, pg(10))->vm_start, pg(10));
	KUNIT_EXPECT_EQ(test, find_vma(mm, pg(10))->vm_end, pg(12));
	KUNIT_EXPECT_EQ(test, find_vma(mm, pg(10))->vm_pgoff, pg(10) >> PAGE_SHIFT);
	/* the middle of a vma: split in three, then back to one */
	KUNIT_ASSERT_EQ(test, map_fixed(pg(20), 5 * PAGE_SIZE, rw), pg(20));
	KUNIT_ASSERT_EQ(test, sys_mprotect(pg(22), PAGE_SIZE, PROT_NONE), 0L);
	CHECK_MM(test, mm, step++);
	KUNIT_EXPECT_EQ(test, page_prot(mm, 22), 0);
	KUNIT_EXPECT_EQ(test, find_vma(mm, pg(21))->vm_end, pg(22));
	KUNIT_ASSERT_EQ(test, sys_mprotect(pg(22), PAGE_SIZE, rw), 0L);
	CHECK_MM(test, mm, step++);
	KUNIT_EXPECT_EQ(test, find_vma(mm, pg(22))->vm_start, pg(19));
	/* a range over several vmas, all made alike, and a hole stops it */
	KUNIT_ASSERT_EQ(test, sys_mprotect(pg(0), 64 * PAGE_SIZE, PROT_READ), 0L);
	CHECK_MM(test, mm, step++);
	KUNIT_EXPECT_EQ(test, window_vmas(mm, 64), 1);
	KUNIT_ASSERT_EQ(test, vm_munmap(pg(40), PAGE_SIZE), 0);
	KUNIT_EXPECT_EQ(test, sys_mprotect(pg(30), 20 * PAGE_SIZE, rw), -ENOMEM);
	CHECK_MM(test, mm, step++);
	KUNIT_EXPECT_EQ(test, page_prot(mm, 39), VM_READ | VM_WRITE); /* before the hole */
	KUNIT_EXPECT_EQ(test, page_prot(mm, 41), VM_READ); /* after it: untouched */
	KUNIT_EXPECT_EQ(test, sys_mprotect(pg(40), PAGE_SIZE, PROT_READ), -ENOMEM);
	CHECK_MM(test, mm, step++);
}

/* brk: the heap's vma grows and shrinks in place */
static void mmap_rb_brk_test(struct kunit *test)
{
	struct mm_struct *mm = attach_mm(test);
	unsigned long b = pg(100);
	int i;

	mm->start_brk = mm->brk = b;
	KUNIT_ASSERT_EQ(test, map_fixed(pg(98), PAGE_SIZE, PROT_READ), pg(98)); /* "bss" */
	for (i = 1; i <= 20; i++) {
		KUNIT_ASSERT_EQ(test, sys_brk(b + i * PAGE_SIZE - 7), b + i * PAGE_SIZE - 7);
		CHECK_MM(test, mm, i);
	}
	KUNIT_EXPECT_EQ(test, find_vma(mm, b)->vm_start, b);
	KUNIT_EXPECT_EQ(test, find_vma(mm, b)->vm_end, b + 20 * PAGE_SIZE);
	KUNIT_EXPECT_EQ(test, window_vmas(mm, 200), 2);
	for (i = 19; i >= 0; i -= 3) {
		KUNIT_ASSERT_EQ(test, sys_brk(b + i * PAGE_SIZE), b + i * PAGE_SIZE);
		CHECK_MM(test, mm, 40 - i);
	}
	KUNIT_EXPECT_EQ(test, find_vma(mm, b)->vm_end, b + PAGE_SIZE);
	/* growing into another mapping is refused (one page of gap kept) */
	KUNIT_ASSERT_EQ(test, map_fixed(b + 4 * PAGE_SIZE, PAGE_SIZE, PROT_READ),
			b + 4 * PAGE_SIZE);
	KUNIT_EXPECT_EQ(test, sys_brk(b + 4 * PAGE_SIZE), b + PAGE_SIZE);
	CHECK_MM(test, mm, 50);
}

/* Stack growth moves vm_start down; the vma keeps its place in the tree */
static void mmap_rb_stack_test(struct kunit *test)
{
	struct mm_struct *mm = attach_mm(test);
	unsigned long top = STACK_TOP - PAGE_SIZE, i;
	struct vm_area_struct *stack;
	u32 v = 1;

	for (i = 0; i < 50; i++) /* vmas below the stack, for the tree to hold */
		KUNIT_ASSERT_EQ(
			test,
			map_fixed(top - (1UL << 20) - 2 * i * PAGE_SIZE, PAGE_SIZE, PROT_READ),
			top - (1UL << 20) - 2 * i * PAGE_SIZE);
	KUNIT_ASSERT_EQ(test,
			vm_mmap(NULL, top, PAGE_SIZE, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_GROWSDOWN, 0),
			top);
	CHECK_MM(test, mm, 0);
	stack = find_vma(mm, top);
	for (i = 1; i <= 16; i++) {
		KUNIT_EXPECT_EQ(test, get_user(v, (u32 __user *)(top - i * 5 * PAGE_SIZE)), 0);
		CHECK_MM(test, mm, i);
		KUNIT_EXPECT_PTR_EQ(test, find_vma(mm, top - i * 5 * PAGE_SIZE), stack);
	}
	KUNIT_EXPECT_EQ(test, stack->vm_start, top - 80 * PAGE_SIZE);
	KUNIT_EXPECT_EQ(test, mm->stack_vm, 81UL);
	/* down to a page above the highest vma below it: still one vma, in place */
	KUNIT_EXPECT_EQ(test, get_user(v, (u32 __user *)(top - (1UL << 20) + 2 * PAGE_SIZE)), 0);
	CHECK_MM(test, mm, 20);
	KUNIT_EXPECT_EQ(test, stack->vm_start, top - (1UL << 20) + 2 * PAGE_SIZE);
	KUNIT_EXPECT_EQ(test, stack->vm_pgoff, stack->vm_start >> PAGE_SHIFT);
	KUNIT_EXPECT_PTR_EQ(test, stack->vm_next, NULL);
	KUNIT_EXPECT_EQ(test, v, 0U); /* a new stack page reads as zero */
}

/* fork's copy: the child's tree, built by appending, holds the same layout */
static void mmap_rb_fork_test(struct kunit *test)
{
	struct mm_struct *mm = attach_mm(test), *child;
	struct vm_area_struct *a, *b;
	unsigned long i;

	for (i = 0; i < 300; i++)
		KUNIT_ASSERT_EQ(test, map_fixed(pg(3 * i), (i % 2 + 1) * PAGE_SIZE, PROT_READ),
				pg(3 * i));
	CHECK_MM(test, mm, 0);
	child = dup_mm(mm);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, child);
	CHECK_MM(test, child, 1);
	for (a = mm->mmap, b = child->mmap; a && b; a = a->vm_next, b = b->vm_next) {
		KUNIT_EXPECT_EQ(test, a->vm_start, b->vm_start);
		KUNIT_EXPECT_EQ(test, a->vm_end, b->vm_end);
		KUNIT_EXPECT_EQ(test, a->vm_flags, b->vm_flags);
		KUNIT_EXPECT_PTR_EQ(test, b->vm_mm, child);
	}
	KUNIT_EXPECT_TRUE(test, !a && !b);
	mmput(child);
	CHECK_MM(test, mm, 2);
}

/* do_mremap() in the borrowed mm, under its mmap_sem */
static unsigned long remap(unsigned long addr, unsigned long old_len, unsigned long new_len,
			   unsigned long flags, unsigned long new_addr)
{
	unsigned long ret;

	down_write(&current->mm->mmap_sem);
	ret = do_mremap(addr, old_len, new_len, flags, new_addr);
	up_write(&current->mm->mmap_sem);
	return ret;
}

/* mremap: growing in place, moving (the ptes go along), MREMAP_FIXED, shrinking */
static void mmap_rb_mremap_test(struct kunit *test)
{
	struct mm_struct *mm = attach_mm(test);
	const unsigned long rw = PROT_READ | PROT_WRITE;
	unsigned long a;
	u32 v = 0;

	for (a = 0; a < 20; a++) /* neighbours for the tree */
		KUNIT_ASSERT_EQ(test, map_fixed(pg(40 + 2 * a), PAGE_SIZE, PROT_READ),
				pg(40 + 2 * a));
	KUNIT_ASSERT_EQ(test, map_fixed(pg(0), 2 * PAGE_SIZE, rw), pg(0));
	KUNIT_ASSERT_EQ(test, put_user(0x1234U, (u32 __user *)pg(1)), 0);
	KUNIT_EXPECT_EQ(test, remap(pg(0), 2 * PAGE_SIZE, 6 * PAGE_SIZE, 0, 0), pg(0));
	CHECK_MM(test, mm, 1);
	KUNIT_EXPECT_EQ(test, find_vma(mm, pg(5))->vm_start, pg(0));
	/* not past the next vma without MREMAP_MAYMOVE */
	KUNIT_ASSERT_EQ(test, map_fixed(pg(6), PAGE_SIZE, PROT_READ), pg(6));
	KUNIT_EXPECT_EQ(test, remap(pg(0), 6 * PAGE_SIZE, 8 * PAGE_SIZE, 0, 0),
			(unsigned long)-ENOMEM);
	CHECK_MM(test, mm, 2);
	/* moved: the page table entries go along, the old range is gone */
	a = remap(pg(0), 6 * PAGE_SIZE, 8 * PAGE_SIZE, MREMAP_MAYMOVE, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	CHECK_MM(test, mm, 3);
	KUNIT_EXPECT_PTR_EQ(test, find_vma(mm, pg(0)), find_vma(mm, pg(6)));
	KUNIT_EXPECT_EQ(test, get_user(v, (u32 __user *)(a + PAGE_SIZE)), 0);
	KUNIT_EXPECT_EQ(test, v, 0x1234U);
	/* to a fixed place, over the middle of a vma */
	KUNIT_ASSERT_EQ(test, map_fixed(pg(20), 8 * PAGE_SIZE, rw), pg(20));
	KUNIT_EXPECT_EQ(
		test, remap(a, 2 * PAGE_SIZE, 2 * PAGE_SIZE, MREMAP_MAYMOVE | MREMAP_FIXED, pg(23)),
		pg(23));
	CHECK_MM(test, mm, 4);
	KUNIT_EXPECT_EQ(test, get_user(v, (u32 __user *)pg(24)), 0);
	KUNIT_EXPECT_EQ(test, v, 0x1234U);
	KUNIT_EXPECT_EQ(test, find_vma(mm, pg(23))->vm_start, pg(23));
	KUNIT_EXPECT_EQ(test, find_vma(mm, pg(22))->vm_end, pg(23));
	KUNIT_EXPECT_EQ(test, find_vma(mm, a)->vm_start, a + 2 * PAGE_SIZE);
	/* shrinking unmaps the tail */
	KUNIT_EXPECT_EQ(test, remap(pg(20), 3 * PAGE_SIZE, PAGE_SIZE, 0, 0), pg(20));
	CHECK_MM(test, mm, 5);
	KUNIT_EXPECT_EQ(test, find_vma(mm, pg(21))->vm_start, pg(23));
	/* the errors: a range that is not one vma, bad flags, a zero length */
	KUNIT_EXPECT_EQ(test, remap(pg(21), PAGE_SIZE, 2 * PAGE_SIZE, MREMAP_MAYMOVE, 0),
			(unsigned long)-EFAULT);
	KUNIT_EXPECT_EQ(test, remap(pg(23), 4 * PAGE_SIZE, 5 * PAGE_SIZE, MREMAP_MAYMOVE, 0),
			(unsigned long)-EFAULT);
	KUNIT_EXPECT_EQ(test, remap(pg(23), PAGE_SIZE, 2 * PAGE_SIZE, 8, 0),
			(unsigned long)-EINVAL);
	KUNIT_EXPECT_EQ(test, remap(pg(23), PAGE_SIZE, 0, MREMAP_MAYMOVE, 0),
			(unsigned long)-EINVAL);
	CHECK_MM(test, mm, 6);
}

#define RAND_PAGES 96

/* The model's answer for mprotect: pages up to the first hole change */
static long model_mprotect(int *model, unsigned long s, unsigned long n, int prot)
{
	unsigned long i;

	for (i = s; i < s + n; i++) {
		if (model[i] < 0)
			return -ENOMEM;
		model[i] = prot;
	}
	return 0;
}

static int vm_prot(unsigned long prot)
{
	return (prot & PROT_READ ? VM_READ : 0) | (prot & PROT_WRITE ? VM_WRITE : 0);
}

/* Every window page as the model says; no two like neighbours left unmerged */
static const char *model_problem(struct mm_struct *mm, const int *model, struct rnd_state *rnd,
				 unsigned long *where)
{
	struct vm_area_struct *vma;
	unsigned long i, j;

	for (i = 0; i < RAND_PAGES; i++) {
		unsigned long addr = pg(i) + prandom_u32_state(rnd) % PAGE_SIZE;

		*where = addr;
		vma = find_vma(mm, addr);
		if (model[i] >= 0) {
			if (!vma || vma->vm_start > addr)
				return "a page the model maps is not in a vma";
			if ((int)(vma->vm_flags & PROT_MASK) != model[i])
				return "a page has other permissions than the model's";
			continue;
		}
		for (j = i + 1; j < RAND_PAGES && model[j] < 0; j++)
			;
		if (j < RAND_PAGES ? !vma || vma->vm_start != pg(j) : vma != NULL)
			return "find_vma of an unmapped page is not the next mapped one";
	}
	for (vma = mm->mmap; vma && vma->vm_next; vma = vma->vm_next) {
		*where = vma->vm_end;
		if (vma->vm_end == vma->vm_next->vm_start &&
		    vma->vm_flags == vma->vm_next->vm_flags)
			return "two neighbours with the same flags were not merged";
	}
	return NULL;
}

/* A random walk of mmap, munmap and mprotect over a window, against a model */
static void mmap_rb_random_test(struct kunit *test)
{
	static const unsigned long prots[] = { PROT_NONE, PROT_READ, PROT_READ | PROT_WRITE };
	struct mm_struct *mm = attach_mm(test);
	int model[RAND_PAGES];
	struct rnd_state rnd;
	unsigned long step, where;
	const char *why;

	prandom_seed_state(&rnd, 15);
	for (step = 0; step < RAND_PAGES; step++)
		model[step] = -1;
	for (step = 1; step <= 1500; step++) {
		unsigned long s = prandom_u32_state(&rnd) % RAND_PAGES, n, i;
		unsigned long prot = prots[prandom_u32_state(&rnd) % 3];
		u32 op = prandom_u32_state(&rnd) % 3;
		long want = 0, got;

		n = 1 + prandom_u32_state(&rnd) % (step % 7 ? 4 : 24); /* mostly small */
		n = min(n, RAND_PAGES - s);
		if (op == 0) {
			got = map_fixed(pg(s), n * PAGE_SIZE, prot);
			want = pg(s);
			for (i = s; i < s + n; i++)
				model[i] = vm_prot(prot);
		} else if (op == 1) {
			got = vm_munmap(pg(s), n * PAGE_SIZE);
			for (i = s; i < s + n; i++)
				model[i] = -1;
		} else {
			got = sys_mprotect(pg(s), n * PAGE_SIZE, prot);
			want = model_mprotect(model, s, n, vm_prot(prot));
		}
		KUNIT_ASSERT_EQ_MSG(test, got, want, "step %lu: op %u at page %lu, %lu pages", step,
				    op, s, n);
		CHECK_MM(test, mm, step);
		why = model_problem(mm, model, &rnd, &where);
		KUNIT_ASSERT_TRUE_MSG(test, !why, "step %lu: %s (at %08lx)", step, why, where);
	}
}

static struct kunit_case mmap_rb_cases[] = {
	KUNIT_CASE(mmap_rb_many_test),	     KUNIT_CASE(mmap_rb_munmap_test),
	KUNIT_CASE(mmap_rb_mmap_merge_test), KUNIT_CASE(mmap_rb_mprotect_test),
	KUNIT_CASE(mmap_rb_brk_test),	     KUNIT_CASE(mmap_rb_stack_test),
	KUNIT_CASE(mmap_rb_fork_test),	     KUNIT_CASE(mmap_rb_mremap_test),
	KUNIT_CASE(mmap_rb_random_test),     {}
};

static struct kunit_suite mmap_rb_suite = {
	.name = "mmap_rb",
	.test_cases = mmap_rb_cases,
};
kunit_test_suite(mmap_rb_suite);
