/*
 * uaccess_test.c - address spaces and the user-copy boundary: a kernel
 * thread borrows a new process address space (use_mm), maps anonymous
 * memory in it, and checks demand-zero faults, copy-on-write after
 * dup_mm, mprotect, munmap, stack growth, vmalloc_fault, and that every
 * bad user pointer (unmapped, kernel, NULL, read-only, wrapping) gives
 * -EFAULT or a short copy, never an oops.
 */
#include <kunit/test.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/rwsem.h>
#include <linux/vmalloc.h>
#include <linux/string.h>
#include <asm/uaccess.h>
#include "mm_test.h"

asmlinkage long sys_mprotect(unsigned long start, size_t len, unsigned long prot);
asmlinkage long sys_munmap(unsigned long addr, size_t len);
asmlinkage unsigned long sys_brk(unsigned long brk);

/*
 * Map anonymous memory in the borrowed mm; a case cannot go on without it
 * (under fault injection the vm_area_struct's allocation may fail), so a
 * failure ends the case, and the suite's exit gives the mm back.
 */
static unsigned long map_anon(struct kunit *test, unsigned long addr, unsigned long len,
			      unsigned long prot, unsigned long flags)
{
	unsigned long ret = mmap_in_mm(NULL, addr, len, prot, flags | MAP_ANONYMOUS, 0);

	KUNIT_ASSERT_FALSE_MSG(test, IS_ERR_VALUE(ret), "do_mmap_pgoff: %ld", (long)ret);
	return ret;
}

static void uaccess_demand_zero_test(struct kunit *test)
{
	mm_segment_t fs;
	struct mm_struct *mm = enter_user_mm(test, &fs);
	unsigned long a = map_anon(test, 0, 2 * PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	char buf[16] = "linnet";
	u32 v = 0xdead;

	KUNIT_EXPECT_FALSE(test, IS_ERR_VALUE(a));
	KUNIT_EXPECT_LT(test, a, TASK_SIZE);
	KUNIT_EXPECT_EQ(test, get_user(v, (u32 __user *)(a + PAGE_SIZE)), 0);
	KUNIT_EXPECT_EQ(test, v, 0U); /* a new page is zero */
	KUNIT_EXPECT_EQ(test, copy_to_user((void __user *)(a + 100), buf, 7), 0UL);
	memset(buf, 0, sizeof(buf));
	KUNIT_EXPECT_EQ(test, copy_from_user(buf, (void __user *)(a + 100), 7), 0UL);
	KUNIT_EXPECT_STREQ(test, buf, "linnet");
	KUNIT_EXPECT_EQ(test, put_user(0x12345678U, (u32 __user *)a), 0);
	KUNIT_EXPECT_EQ(test, get_user(v, (u32 __user *)a), 0);
	KUNIT_EXPECT_EQ(test, v, 0x12345678U);
	KUNIT_EXPECT_EQ(test, strnlen_user((const char __user *)(a + 100), 32), 7L);
	KUNIT_EXPECT_EQ(test, strncpy_from_user(buf, (const char __user *)(a + 100), 16), 6L);
	KUNIT_EXPECT_EQ(test, clear_user((void __user *)(a + 100), 3), 0UL);
	KUNIT_EXPECT_EQ(test, strncpy_from_user(buf, (const char __user *)(a + 103), 16), 3L);
	KUNIT_EXPECT_STREQ(test, buf, "net");
	leave_user_mm(mm, fs);
}

static void uaccess_bad_pointers_test(struct kunit *test)
{
	mm_segment_t fs;
	struct mm_struct *mm = enter_user_mm(test, &fs);
	unsigned long a = map_anon(test, 0, PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	char buf[32];
	u8 c = 1;

	memset(buf, 'x', sizeof(buf));
	/* unmapped, NULL, the kernel, a range that wraps: no oops, -EFAULT */
	KUNIT_EXPECT_EQ(test, get_user(c, (u8 __user *)NULL), -EFAULT);
	KUNIT_EXPECT_EQ(test, c, 0);
	KUNIT_EXPECT_EQ(test, put_user(c, (u8 __user *)0x1000), -EFAULT);
	KUNIT_EXPECT_EQ(test, copy_to_user((void __user *)PAGE_OFFSET, buf, 4), 4UL);
	KUNIT_EXPECT_EQ(test, copy_from_user(buf, (void __user *)&init_mm, 4), 4UL);
	KUNIT_EXPECT_EQ(test, buf[0], 0); /* what could not be copied is zeroed */
	KUNIT_EXPECT_EQ(test, copy_to_user((void __user *)0xfffffff0UL, buf, 32), 32UL);
	KUNIT_EXPECT_EQ(test, clear_user((void __user *)(TASK_SIZE - 4), 8), 8UL);
	KUNIT_EXPECT_EQ(test, strncpy_from_user(buf, (const char __user *)8, 4), -EFAULT);
	KUNIT_EXPECT_EQ(test, strnlen_user((const char __user *)PAGE_OFFSET, 4), 0L);
	/* a copy running off the end of the mapping stops there, exactly */
	KUNIT_EXPECT_EQ(test, copy_to_user((void __user *)(a + PAGE_SIZE - 10), buf, 32), 22UL);
	memset(buf, 'y', sizeof(buf));
	KUNIT_EXPECT_EQ(test, copy_from_user(buf, (void __user *)(a + PAGE_SIZE - 7), 32), 25UL);
	KUNIT_EXPECT_EQ(test, buf[7], 0);
	KUNIT_EXPECT_EQ(test, buf[31], 0);
	leave_user_mm(mm, fs);
}

static void uaccess_cow_test(struct kunit *test)
{
	mm_segment_t fs;
	struct mm_struct *parent = enter_user_mm(test, &fs), *child;
	unsigned long a = map_anon(test, 0, PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	u32 v = 0;

	KUNIT_EXPECT_EQ(test, put_user(111U, (u32 __user *)a), 0);
	child = dup_mm(parent);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, child);
	/* the parent writes after the fork: the child keeps the old value */
	KUNIT_EXPECT_EQ(test, put_user(222U, (u32 __user *)a), 0);
	set_fs(fs);
	unuse_mm(parent);
	use_mm(child);
	set_fs(USER_DS);
	KUNIT_EXPECT_EQ(test, get_user(v, (u32 __user *)a), 0);
	KUNIT_EXPECT_EQ(test, v, 111U);
	KUNIT_EXPECT_EQ(test, put_user(333U, (u32 __user *)a), 0); /* its own page now */
	set_fs(fs);
	unuse_mm(child);
	mmput(child);
	use_mm(parent);
	set_fs(USER_DS);
	KUNIT_EXPECT_EQ(test, get_user(v, (u32 __user *)a), 0);
	KUNIT_EXPECT_EQ(test, v, 222U);
	leave_user_mm(parent, fs);
}

static void uaccess_mprotect_munmap_test(struct kunit *test)
{
	mm_segment_t fs;
	struct mm_struct *mm = enter_user_mm(test, &fs);
	unsigned long a = map_anon(test, 0, 3 * PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	u32 v = 0;

	KUNIT_EXPECT_EQ(test, put_user(7U, (u32 __user *)(a + PAGE_SIZE)), 0);
	KUNIT_EXPECT_EQ(test, sys_mprotect(a + PAGE_SIZE, PAGE_SIZE, PROT_READ), 0L);
	KUNIT_EXPECT_EQ(test, mm->map_count, 3);
	KUNIT_EXPECT_EQ(test, put_user(8U, (u32 __user *)(a + PAGE_SIZE)), -EFAULT);
	KUNIT_EXPECT_EQ(test, get_user(v, (u32 __user *)(a + PAGE_SIZE)), 0);
	KUNIT_EXPECT_EQ(test, v, 7U);
	KUNIT_EXPECT_EQ(test, put_user(9U, (u32 __user *)a), 0);
	KUNIT_EXPECT_EQ(test, sys_mprotect(a + PAGE_SIZE, PAGE_SIZE, PROT_READ | PROT_WRITE), 0L);
	KUNIT_EXPECT_EQ(test, put_user(8U, (u32 __user *)(a + PAGE_SIZE)), 0);
	KUNIT_EXPECT_EQ(test, sys_mprotect(a + 1, PAGE_SIZE, PROT_READ), -EINVAL);
	KUNIT_EXPECT_EQ(test, sys_mprotect(a, 4 * PAGE_SIZE, PROT_READ), -ENOMEM);
	KUNIT_EXPECT_EQ(test, sys_munmap(a + PAGE_SIZE, PAGE_SIZE), 0L);
	KUNIT_EXPECT_EQ(test, get_user(v, (u32 __user *)(a + PAGE_SIZE)), -EFAULT);
	KUNIT_EXPECT_EQ(test, get_user(v, (u32 __user *)a), 0);
	KUNIT_EXPECT_EQ(test, v, 9U);
	KUNIT_EXPECT_EQ(test, sys_munmap(a + 1, PAGE_SIZE), -EINVAL);
	KUNIT_EXPECT_EQ(test, sys_munmap(a, 0), -EINVAL);
	leave_user_mm(mm, fs);
}

static void uaccess_stack_growth_test(struct kunit *test)
{
	mm_segment_t fs;
	struct mm_struct *mm = enter_user_mm(test, &fs);
	unsigned long top = STACK_TOP - PAGE_SIZE;
	unsigned long a = map_anon(test, top, PAGE_SIZE, PROT_READ | PROT_WRITE,
				   MAP_PRIVATE | MAP_FIXED | MAP_GROWSDOWN);
	u32 v = 1;

	KUNIT_EXPECT_EQ(test, a, top);
	/* the kernel's own accesses grow the stack (no %esp check for them) */
	KUNIT_EXPECT_EQ(test, get_user(v, (u32 __user *)(top - 3 * PAGE_SIZE)), 0);
	KUNIT_EXPECT_EQ(test, find_vma(mm, top)->vm_start, top - 3 * PAGE_SIZE);
	/* but not past 8 MiB (RLIMIT_STACK) */
	KUNIT_EXPECT_EQ(test, get_user(v, (u32 __user *)(STACK_TOP - (9UL << 20))), -EFAULT);
	KUNIT_EXPECT_EQ(test, v, 0U);
	leave_user_mm(mm, fs);
}

static void uaccess_vmalloc_fault_test(struct kunit *test)
{
	mm_segment_t fs;
	struct mm_struct *mm = enter_user_mm(test, &fs);
	/* an area in a 4 MiB the new pgd has no entry for yet */
	char *p = vmalloc(6 << 20);

	KUNIT_ASSERT_NOT_NULL(test, p);
	p[(6 << 20) - 1] = 'v';
	KUNIT_EXPECT_EQ(test, p[(6 << 20) - 1], 'v');
	vfree(p);
	leave_user_mm(mm, fs);
}

static void uaccess_brk_test(struct kunit *test)
{
	mm_segment_t fs;
	struct mm_struct *mm = enter_user_mm(test, &fs);
	u32 v = 1;

	mm->start_brk = mm->brk = 0x08100000;
	KUNIT_EXPECT_EQ(test, sys_brk(0), 0x08100000UL);
	KUNIT_EXPECT_EQ(test, sys_brk(0x08100000 + 3 * PAGE_SIZE + 5), 0x08103005UL);
	KUNIT_EXPECT_EQ(test, get_user(v, (u32 __user *)0x08103000), 0);
	KUNIT_EXPECT_EQ(test, v, 0U);
	KUNIT_EXPECT_EQ(test, sys_brk(0x08101000), 0x08101000UL);
	KUNIT_EXPECT_EQ(test, get_user(v, (u32 __user *)0x08102000), -EFAULT);
	KUNIT_EXPECT_EQ(test, sys_brk(0x1000), 0x08101000UL); /* below start_brk: refused */
	leave_user_mm(mm, fs);
}

/* get_user and put_user evaluate the pointer once, as Linux's: p++ moves by one */
static void uaccess_single_evaluation_test(struct kunit *test)
{
	mm_segment_t fs;
	struct mm_struct *mm = enter_user_mm(test, &fs);
	unsigned long a = map_anon(test, 0, PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	char __user *p = (char __user *)a;
	char c = 0;

	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	KUNIT_EXPECT_EQ(test, put_user('h', p++), 0);
	KUNIT_EXPECT_EQ(test, put_user('i', p++), 0);
	KUNIT_EXPECT_PTR_EQ(test, p, (char __user *)(a + 2));
	p = (char __user *)a;
	KUNIT_EXPECT_EQ(test, get_user(c, p++), 0);
	KUNIT_EXPECT_EQ(test, c, 'h');
	KUNIT_EXPECT_EQ(test, get_user(c, p++), 0);
	KUNIT_EXPECT_EQ(test, c, 'i');
	KUNIT_EXPECT_PTR_EQ(test, p, (char __user *)(a + 2));
	leave_user_mm(mm, fs);
}

static struct kunit_case uaccess_cases[] = { KUNIT_CASE(uaccess_demand_zero_test),
					     KUNIT_CASE(uaccess_bad_pointers_test),
					     KUNIT_CASE(uaccess_cow_test),
					     KUNIT_CASE(uaccess_mprotect_munmap_test),
					     KUNIT_CASE(uaccess_stack_growth_test),
					     KUNIT_CASE(uaccess_vmalloc_fault_test),
					     KUNIT_CASE(uaccess_brk_test),
					     KUNIT_CASE(uaccess_single_evaluation_test),
					     {} };

/*
 * After each case: a case stopped by a failed assertion (under fault
 * injection, an allocation made to fail) left its user mm in use and
 * USER_DS set; give both back so the next case and suite start clean.
 */
static void uaccess_test_exit(struct kunit *test)
{
	give_back_user_mm();
}

static struct kunit_suite uaccess_suite = {
	.name = "uaccess",
	.exit = uaccess_test_exit,
	.test_cases = uaccess_cases,
};
kunit_test_suite(uaccess_suite);
