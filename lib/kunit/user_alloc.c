/*
 * user_alloc.c - user memory for a KUnit test: kunit_vm_mmap().
 *
 * A test of copy_to_user() and friends needs real user addresses, in a
 * real address space. A KUnit case runs in a kernel thread, which has
 * none: the first kunit_vm_mmap() of a case gives the thread a new, empty
 * mm (mm_alloc) and borrows it (kthread_use_mm, which also sets the
 * USER_DS address limit, so a kernel address passed as a user pointer is
 * refused as it would be from a process); then it maps the memory there
 * with vm_mmap(). When the case ends, KUnit's actions give the mm back
 * and drop it, which unmaps everything (mmput -> exit_mmap).
 *
 * Linux's lib/kunit/user_alloc.c has the same interface; there each case
 * runs in a kernel thread of its own, whose exit drops the mm, while
 * Linnet's cases run one after another in the same thread
 * (lib/kunit/try-catch.c), so the case's actions must undo the borrowing.
 * Read next: docs/testing.md, "Linux's own tests, run against Linnet".
 */
#include <kunit/resource.h>
#include <kunit/test.h>
#include <linux/err.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/sched.h>

/* The end of the case: back to no mm, and drop the one we made */
static void kunit_detach_mm(void *data)
{
	struct mm_struct *mm = data;

	kthread_unuse_mm(mm);
	mmput(mm);
}

/* Give the current kernel thread an address space of its own, if it has none */
static int kunit_attach_mm(struct kunit *test)
{
	struct mm_struct *mm;

	if (current->mm)
		return 0;
	mm = mm_alloc();
	if (!mm)
		return -ENOMEM;
	kthread_use_mm(mm);
	return kunit_add_action_or_reset(test, kunit_detach_mm, mm);
}

/**
 * kunit_vm_mmap - map user memory for the current test case
 * @test: the test case
 * @file: the file to map, or NULL for anonymous memory
 * @addr: the address wanted (0: any)
 * @len: length in bytes
 * @prot: PROT_* bits
 * @flag: MAP_* bits
 * @offset: offset in the file (page aligned)
 *
 * The mapping, and the address space it is in, last until the case ends.
 *
 * Context: a KUnit case, in a kernel thread; may sleep.
 * Return: the user address, or 0 on failure.
 */
unsigned long kunit_vm_mmap(struct kunit *test, struct file *file, unsigned long addr,
			    unsigned long len, unsigned long prot, unsigned long flag,
			    unsigned long offset)
{
	unsigned long uaddr;

	if (kunit_attach_mm(test))
		return 0;
	uaddr = vm_mmap(file, addr, len, prot, flag, offset);
	return IS_ERR_VALUE(uaddr) ? 0 : uaddr;
}
EXPORT_SYMBOL(kunit_vm_mmap);
