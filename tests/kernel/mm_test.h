/*
 * mm_test.h - for the memory tests: bring the allocators back to rest.
 *
 * A test that checks "everything I allocated came back" compares
 * nr_free_pages() before and after. Freed memory may still sit in the
 * per-CPU page lists or in empty slabs that the caches keep for later;
 * these helpers hand all of it back to the buddy allocator first, so the
 * count is exact.
 *
 * And for the tests that need a user address space (uaccess, mmap_file):
 * the test's kernel thread borrows a fresh mm with the user's address
 * limit, maps into it, and gives it back.
 */
#ifndef _TESTS_MM_TEST_H
#define _TESTS_MM_TEST_H

#include <kunit/test.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/rwsem.h>
#include <linux/slab.h>
#include <linux/slab_def.h>
#include <asm/uaccess.h>

/*
 * Shrink the kmalloc caches, largest first: a large class keeps its slab
 * descriptors in a smaller one, which must be shrunk after it.
 */
static inline void shrink_kmalloc_caches(void)
{
	int i = 0;

	while (malloc_sizes[i].cs_size)
		i++;
	while (--i >= 0) {
		if (!malloc_sizes[i].cs_cachep) /* size-4194304 under KASAN */
			continue;
		kmem_cache_shrink(malloc_sizes[i].cs_cachep);
		kmem_cache_shrink(malloc_sizes[i].cs_dmacachep);
	}
}

/* Free pages once the per-CPU lists are drained into the buddy allocator. */
static inline unsigned long drained_free_pages(void)
{
	drain_local_pages(NULL);
	return nr_free_pages();
}

/* Borrow a fresh address space with the user's address limit */
static inline struct mm_struct *enter_user_mm(struct kunit *test, mm_segment_t *old_fs)
{
	struct mm_struct *mm = mm_alloc();

	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, mm);
	use_mm(mm);
	*old_fs = get_fs();
	set_fs(USER_DS);
	return mm;
}

static inline void leave_user_mm(struct mm_struct *mm, mm_segment_t old_fs)
{
	set_fs(old_fs);
	unuse_mm(mm);
	mmput(mm);
}

/*
 * For a suite's exit: a case stopped by a failed assertion (under fault
 * injection, an allocation made to fail) left its mm borrowed and
 * USER_DS set; give both back so the next case starts clean.
 */
static inline void give_back_user_mm(void)
{
	struct mm_struct *mm = current->mm;

	set_fs(KERNEL_DS);
	if (mm) {
		unuse_mm(mm);
		mmput(mm);
	}
}

/* do_mmap_pgoff() in the borrowed mm, under its mmap_sem: the address or -errno */
static inline unsigned long mmap_in_mm(struct file *f, unsigned long addr, unsigned long len,
				       unsigned long prot, unsigned long flags, unsigned long pgoff)
{
	unsigned long ret;

	down_write(&current->mm->mmap_sem);
	ret = do_mmap_pgoff(f, addr, len, prot, flags, pgoff);
	up_write(&current->mm->mmap_sem);
	return ret;
}

#endif /* _TESTS_MM_TEST_H */
