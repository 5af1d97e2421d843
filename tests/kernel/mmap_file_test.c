/*
 * mmap_file_test.c - file mappings from the inside: a kernel thread
 * borrows a fresh address space (use_mm), maps a ramfs file into it with
 * do_mmap_pgoff and touches it through the user-copy functions, then
 * checks the page-cache page itself: who maps it (page_mapcount), who
 * holds it (page_count), what it holds and whether it is dirty.
 *
 *   read fault            -> the cache page is mapped (mapcount 1)
 *   write, MAP_PRIVATE    -> a copy is mapped; the cache page is untouched
 *   write, MAP_SHARED     -> the cache page changes and is dirty
 *   dup_mm (fork)         -> mapcount 2, the file held by both vmas
 *   munmap                -> mapcount back to 0, the page stays cached
 *   past the end          -> SIGBUS, which copy_from_user sees as -EFAULT
 *   truncate              -> the ptes past the new end are cleared
 *
 * and the -ETXTBSY rules of i_writecount (MAP_DENYWRITE against opens
 * for writing). Read with mm/memory.c and mm/filemap.c.
 */
#include <kunit/test.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/rwsem.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/pagemap.h>
#include <linux/highmem.h>
#include <linux/syscalls.h>
#include <linux/mount.h>
#include <linux/namei.h>
#include <linux/string.h>
#include <linux/err.h>
#include <asm/uaccess.h>
#include "mm_test.h"

#define MNT "/mmap_kt"
#define FILE_PATH MNT "/f"
#define NPAGES 3

asmlinkage long sys_munmap(unsigned long addr, size_t len);

static int mmap_file_test_init(struct kunit *test)
{
	long err = sys_mkdirat(AT_FDCWD, MNT, 0755);

	if (err && err != -EEXIST)
		return err;
	return do_mount("none", MNT, "ramfs", 0, NULL);
}

/* A case stopped by a failed assertion may leave its mm borrowed: give it back */
static void mmap_file_test_exit(struct kunit *test)
{
	give_back_user_mm();
	sys_unlinkat(AT_FDCWD, FILE_PATH, 0);
	KUNIT_EXPECT_EQ(test, sys_umount(MNT, 0), 0);
}

/* The test file: NPAGES pages, page i filled with 'A' + i; open with @flags */
static struct file *make_file(struct kunit *test, int flags)
{
	struct file *f = filp_open(FILE_PATH, O_CREAT | O_RDWR | O_TRUNC, 0755);
	static char page[PAGE_SIZE];
	mm_segment_t fs = get_fs();
	int i;

	KUNIT_ASSERT_FALSE(test, IS_ERR(f));
	set_fs(KERNEL_DS);
	for (i = 0; i < NPAGES; i++) {
		memset(page, 'A' + i, PAGE_SIZE);
		KUNIT_EXPECT_EQ(test, vfs_write(f, (const char __user *)page, PAGE_SIZE, &f->f_pos),
				(ssize_t)PAGE_SIZE);
	}
	set_fs(fs);
	filp_close(f, NULL);
	f = filp_open(FILE_PATH, flags, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(f));
	return f;
}

static unsigned long map_file(struct file *f, unsigned long len, unsigned long prot,
			      unsigned long flags, unsigned long pgoff)
{
	return mmap_in_mm(f, 0, len, prot, flags, pgoff);
}

/* The cached page at @index, with a reference the caller drops */
static struct page *cache_page(struct file *f, pgoff_t index)
{
	return find_get_page(f->f_mapping, index);
}

static char page_byte(struct page *page, unsigned int offset)
{
	char *kaddr = kmap(page), c = kaddr[offset];

	kunmap(page);
	return c;
}

static void mmap_file_read_fault_test(struct kunit *test)
{
	mm_segment_t fs;
	struct mm_struct *mm = enter_user_mm(test, &fs);
	struct file *f = make_file(test, O_RDONLY);
	unsigned long a = map_file(f, NPAGES * PAGE_SIZE, PROT_READ, MAP_PRIVATE, 0);
	struct page *page = cache_page(f, 1);
	unsigned long mapped = global_page_state(NR_FILE_MAPPED);
	int count;
	char c = 0;

	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	KUNIT_ASSERT_NOT_NULL(test, page);
	KUNIT_EXPECT_EQ(test, file_count(f), 2L); /* ours and the vma's */
	KUNIT_EXPECT_EQ(test, page_mapcount(page), 0);
	count = page_count(page);
	KUNIT_EXPECT_EQ(test, get_user(c, (char __user *)(a + PAGE_SIZE + 7)), 0);
	KUNIT_EXPECT_EQ(test, c, 'B');
	KUNIT_EXPECT_EQ(test, page_mapcount(page), 1); /* the cache's own page is mapped */
	KUNIT_EXPECT_EQ(test, page_count(page), count + 1);
	KUNIT_EXPECT_EQ(test, global_page_state(NR_FILE_MAPPED), mapped + 1); /* meminfo's Mapped */
	KUNIT_EXPECT_EQ(test, sys_munmap(a, NPAGES * PAGE_SIZE), 0L);
	KUNIT_EXPECT_EQ(test, page_mapcount(page), 0);
	KUNIT_EXPECT_EQ(test, page_count(page), count); /* unmapped, still cached */
	KUNIT_EXPECT_EQ(test, global_page_state(NR_FILE_MAPPED), mapped);
	KUNIT_EXPECT_PTR_EQ(test, page->mapping, f->f_mapping);
	KUNIT_EXPECT_EQ(test, file_count(f), 1L);
	page_cache_release(page);
	fput(f);
	leave_user_mm(mm, fs);
}

static void mmap_file_private_cow_test(struct kunit *test)
{
	mm_segment_t fs;
	struct mm_struct *mm = enter_user_mm(test, &fs);
	struct file *f = make_file(test, O_RDONLY);
	unsigned long a = map_file(f, NPAGES * PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE, 0);
	struct page *page = cache_page(f, 0);
	unsigned long anon;
	char c = 0;

	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	KUNIT_ASSERT_NOT_NULL(test, page);
	KUNIT_EXPECT_EQ(test, get_user(c, (char __user *)a), 0); /* map the cache page first */
	KUNIT_EXPECT_EQ(test, page_mapcount(page), 1);
	anon = global_page_state(NR_ANON_PAGES);
	KUNIT_EXPECT_EQ(test, put_user('z', (char __user *)a), 0); /* then copy it on write */
	KUNIT_EXPECT_EQ(test, global_page_state(NR_ANON_PAGES), anon + 1); /* AnonPages */
	KUNIT_EXPECT_EQ(test, page_mapcount(page), 0);
	KUNIT_EXPECT_EQ(test, page_byte(page, 0), 'A');
	KUNIT_EXPECT_EQ(test, get_user(c, (char __user *)a), 0);
	KUNIT_EXPECT_EQ(test, c, 'z');
	KUNIT_EXPECT_EQ(test, get_user(c, (char __user *)(a + 1)), 0);
	KUNIT_EXPECT_EQ(test, c, 'A'); /* the rest of the copy is the file's */
	/* a write to a page never touched copies at once; the file keeps 'C' */
	KUNIT_EXPECT_EQ(test, put_user('y', (char __user *)(a + 2 * PAGE_SIZE)), 0);
	page_cache_release(page);
	page = cache_page(f, 2);
	KUNIT_ASSERT_NOT_NULL(test, page);
	KUNIT_EXPECT_EQ(test, page_byte(page, 0), 'C');
	KUNIT_EXPECT_EQ(test, page_mapcount(page), 0);
	page_cache_release(page);
	fput(f);
	leave_user_mm(mm, fs);
}

static void mmap_file_shared_write_test(struct kunit *test)
{
	mm_segment_t fs;
	struct mm_struct *mm = enter_user_mm(test, &fs);
	struct file *f = make_file(test, O_RDWR);
	unsigned long a = map_file(f, NPAGES * PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, 0);
	struct page *page = cache_page(f, 1);

	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	KUNIT_ASSERT_NOT_NULL(test, page);
	ClearPageDirty(page);
	KUNIT_EXPECT_EQ(test, put_user('s', (char __user *)(a + PAGE_SIZE + 3)), 0);
	KUNIT_EXPECT_EQ(test, page_byte(page, 3), 's'); /* the file's own page changed */
	KUNIT_EXPECT_TRUE(test, PageDirty(page));
	KUNIT_EXPECT_EQ(test, page_mapcount(page), 1);
	KUNIT_EXPECT_EQ(test, sys_munmap(a, NPAGES * PAGE_SIZE), 0L);
	KUNIT_EXPECT_EQ(test, page_mapcount(page), 0);
	KUNIT_EXPECT_EQ(test, page_byte(page, 3), 's');
	page_cache_release(page);
	fput(f);
	leave_user_mm(mm, fs);
}

static void mmap_file_fork_test(struct kunit *test)
{
	mm_segment_t fs;
	struct mm_struct *mm = enter_user_mm(test, &fs), *child;
	struct file *f = make_file(test, O_RDWR);
	unsigned long a = map_file(f, NPAGES * PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, 0);
	struct page *page = cache_page(f, 0);
	char c = 0;

	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	KUNIT_ASSERT_NOT_NULL(test, page);
	KUNIT_EXPECT_EQ(test, get_user(c, (char __user *)a), 0);
	KUNIT_EXPECT_EQ(test, c, 'A');
	child = dup_mm(mm);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, child);
	KUNIT_EXPECT_EQ(test, page_mapcount(page), 2);
	KUNIT_EXPECT_EQ(test, file_count(f), 3L); /* ours, the parent's and the child's vma */
	mmput(child);
	KUNIT_EXPECT_EQ(test, page_mapcount(page), 1);
	KUNIT_EXPECT_EQ(test, file_count(f), 2L);
	page_cache_release(page);
	fput(f);
	leave_user_mm(mm, fs);
}

static void mmap_file_split_test(struct kunit *test)
{
	mm_segment_t fs;
	struct mm_struct *mm = enter_user_mm(test, &fs);
	struct file *f = make_file(test, O_RDONLY);
	unsigned long a = map_file(f, 2 * PAGE_SIZE, PROT_READ, MAP_PRIVATE, 1);
	char c = 0;

	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	KUNIT_EXPECT_EQ(test, get_user(c, (char __user *)a), 0);
	KUNIT_EXPECT_EQ(test, c, 'B'); /* vm_pgoff 1 */
	KUNIT_EXPECT_EQ(test, sys_munmap(a, PAGE_SIZE), 0L);
	KUNIT_EXPECT_EQ(test, get_user(c, (char __user *)(a + PAGE_SIZE)), 0);
	KUNIT_EXPECT_EQ(test, c, 'C'); /* the part left keeps its place in the file */
	KUNIT_EXPECT_EQ(test, file_count(f), 2L);
	KUNIT_EXPECT_NE(test, get_user(c, (char __user *)a), 0);
	fput(f);
	leave_user_mm(mm, fs);
}

static void mmap_file_sigbus_test(struct kunit *test)
{
	mm_segment_t fs;
	struct mm_struct *mm = enter_user_mm(test, &fs);
	struct file *f = make_file(test, O_RDONLY);
	unsigned long a = map_file(f, (NPAGES + 2) * PAGE_SIZE, PROT_READ, MAP_PRIVATE, 0);
	char buf[8];

	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	KUNIT_EXPECT_EQ(test, copy_from_user(buf, (void __user *)(a + NPAGES * PAGE_SIZE - 4), 8),
			4UL); /* the copy stops at the end of the file */
	KUNIT_EXPECT_EQ(test, buf[0], 'C');
	fput(f);
	leave_user_mm(mm, fs);
}

static void mmap_file_truncate_test(struct kunit *test)
{
	mm_segment_t fs;
	struct mm_struct *mm = enter_user_mm(test, &fs);
	struct file *f = make_file(test, O_RDWR);
	unsigned long a = map_file(f, NPAGES * PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, 0);
	unsigned long b = map_file(f, NPAGES * PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE, 0);
	struct page *page = cache_page(f, 2);
	char c = 0;

	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(b));
	KUNIT_ASSERT_NOT_NULL(test, page);
	KUNIT_EXPECT_EQ(test, get_user(c, (char __user *)(a + 2 * PAGE_SIZE)), 0);
	KUNIT_EXPECT_EQ(test, put_user('p', (char __user *)(b + 2 * PAGE_SIZE)), 0);
	KUNIT_EXPECT_EQ(test, page_mapcount(page), 1);
	KUNIT_EXPECT_EQ(test, do_truncate(f->f_path.dentry, PAGE_SIZE + 1, 0, f), 0);
	/* the shared pte and the private copy past the end are gone */
	KUNIT_EXPECT_EQ(test, page_mapcount(page), 0);
	KUNIT_EXPECT_NULL(test, page->mapping);
	KUNIT_EXPECT_NE(test, get_user(c, (char __user *)(a + 2 * PAGE_SIZE)), 0);
	KUNIT_EXPECT_NE(test, get_user(c, (char __user *)(b + 2 * PAGE_SIZE)), 0);
	KUNIT_EXPECT_EQ(test, get_user(c, (char __user *)(a + PAGE_SIZE)), 0);
	KUNIT_EXPECT_EQ(test, c, 'B'); /* the page holding the new end stays */
	page_cache_release(page);
	fput(f);
	leave_user_mm(mm, fs);
}

static void mmap_file_checks_test(struct kunit *test)
{
	mm_segment_t fs;
	struct mm_struct *mm = enter_user_mm(test, &fs);
	struct file *ro = make_file(test, O_RDONLY), *wo = filp_open(FILE_PATH, O_WRONLY, 0);
	struct file *dir = filp_open(MNT, O_RDONLY, 0);
	unsigned long a;

	KUNIT_ASSERT_FALSE(test, IS_ERR(wo));
	KUNIT_ASSERT_FALSE(test, IS_ERR(dir));
	KUNIT_EXPECT_EQ(test, map_file(ro, PAGE_SIZE, PROT_WRITE, MAP_SHARED, 0),
			(unsigned long)-EACCES);
	KUNIT_EXPECT_EQ(test, map_file(wo, PAGE_SIZE, PROT_READ, MAP_PRIVATE, 0),
			(unsigned long)-EACCES);
	KUNIT_EXPECT_EQ(test, map_file(dir, PAGE_SIZE, PROT_READ, MAP_PRIVATE, 0),
			(unsigned long)-ENODEV);
	KUNIT_EXPECT_EQ(test, map_file(ro, PAGE_SIZE, PROT_READ, 0, 0), (unsigned long)-EINVAL);
	KUNIT_EXPECT_EQ(test, map_file(ro, 2 * PAGE_SIZE, PROT_READ, MAP_PRIVATE, ~0UL),
			(unsigned long)-EOVERFLOW);
	a = map_file(ro, PAGE_SIZE, PROT_READ, MAP_SHARED, 0);
	KUNIT_EXPECT_FALSE(test, IS_ERR_VALUE(a));
	KUNIT_EXPECT_FALSE(test, find_vma(mm, a)->vm_flags & VM_MAYWRITE);
	KUNIT_EXPECT_EQ(test, file_count(ro), 2L); /* failed mappings kept no reference */
	fput(dir);
	fput(wo);
	fput(ro);
	leave_user_mm(mm, fs);
}

static void mmap_file_denywrite_test(struct kunit *test)
{
	mm_segment_t fs;
	struct mm_struct *mm = enter_user_mm(test, &fs);
	struct file *f = make_file(test, O_RDONLY), *w;
	struct inode *inode = f->f_mapping->host;
	unsigned long a;

	a = map_file(f, PAGE_SIZE, PROT_READ | PROT_EXEC, MAP_PRIVATE | MAP_DENYWRITE, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR_VALUE(a));
	KUNIT_EXPECT_EQ(test, atomic_read(&inode->i_writecount), -1);
	w = filp_open(FILE_PATH, O_WRONLY, 0);
	KUNIT_EXPECT_EQ(test, PTR_ERR(w), -ETXTBSY);
	KUNIT_EXPECT_EQ(test, sys_munmap(a, PAGE_SIZE), 0L);
	KUNIT_EXPECT_EQ(test, atomic_read(&inode->i_writecount), 0);
	w = filp_open(FILE_PATH, O_WRONLY, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(w));
	KUNIT_EXPECT_EQ(test, atomic_read(&inode->i_writecount), 1);
	KUNIT_EXPECT_EQ(test, deny_write_access(f), -ETXTBSY);
	a = map_file(f, PAGE_SIZE, PROT_READ, MAP_PRIVATE | MAP_DENYWRITE, 0);
	KUNIT_EXPECT_EQ(test, a, (unsigned long)-ETXTBSY);
	fput(w);
	KUNIT_EXPECT_EQ(test, atomic_read(&inode->i_writecount), 0);
	fput(f);
	leave_user_mm(mm, fs);
}

static struct kunit_case mmap_file_cases[] = {
	KUNIT_CASE(mmap_file_read_fault_test),	 KUNIT_CASE(mmap_file_private_cow_test),
	KUNIT_CASE(mmap_file_shared_write_test), KUNIT_CASE(mmap_file_fork_test),
	KUNIT_CASE(mmap_file_split_test),	 KUNIT_CASE(mmap_file_sigbus_test),
	KUNIT_CASE(mmap_file_truncate_test),	 KUNIT_CASE(mmap_file_checks_test),
	KUNIT_CASE(mmap_file_denywrite_test),	 {}
};

static struct kunit_suite mmap_file_suite = {
	.name = "mmap_file",
	.init = mmap_file_test_init,
	.exit = mmap_file_test_exit,
	.test_cases = mmap_file_cases,
};
kunit_test_suite(mmap_file_suite);
