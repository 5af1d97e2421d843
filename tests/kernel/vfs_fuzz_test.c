/*
 * vfs_fuzz_test.c - random file-system operations checked against a model.
 *
 * A model-based fuzzer: a fixed-seed generator picks operations (write at
 * an offset, read back, truncate, unlink, mkdir, rmdir, link, rename) on
 * twelve paths of a fresh ramfs ("a".."c" and "a/a".."c/c"), runs each
 * through the VFS entry points the system calls will use, and runs the
 * same operation on a small in-memory model of what Linux would do:
 * which names exist, what they are, which inode each file name shares
 * (hard links), and every byte of every file. The VFS's return value must
 * be the model's errno, and every few operations the whole tree is
 * compared: lstat of each path (type, size, link count), the bytes of each
 * file, readdir of each directory, and meminfo's page-cache count.
 *
 * The model is tests/kernel/vfs_model.h, which the host fuzzer
 * (tests/fuzz/vfs_fuzz.c, libFuzzer over the same fs/ code compiled for
 * the host) shares: that one adds symlinks, open descriptors, reads,
 * seeks and readdir with changes in between, and AddressSanitizer. This
 * one runs the real kernel, with its real slab and page allocator, in
 * every boot that runs the KUnit suites. See docs/files.md and
 * docs/testing.md.
 */
#include <kunit/test.h>
#include <linux/fs.h>
#include <linux/fs_struct.h>
#include <linux/file.h>
#include <linux/mount.h>
#include <linux/pagemap.h>
#include <linux/vmstat.h>
#include <linux/syscalls.h>
#include <linux/string.h>
#include <linux/err.h>
#include "vfs_model.h"

#define FZ "/vfs_fz"
#define NOPS 6000
#define CHECK_EVERY 25

static struct vfs_model m;
static unsigned char iobuf[VM_MAXSIZE + 16];
static u32 rnd_state;

static u32 rnd(u32 n)
{
	rnd_state ^= rnd_state << 13;
	rnd_state ^= rnd_state >> 17;
	rnd_state ^= rnd_state << 5;
	return rnd_state % n;
}

static void path_name(int p, char *buf, size_t size)
{
	vm_name(FZ, p, buf, size);
}

static unsigned int n_ok, n_errno;

/* verdict - 0 if the VFS said what the model says; count successes and errnos */
static long verdict(long got, long want)
{
	if (got != want)
		return got - 1000 * want;
	if (want)
		n_errno++;
	else
		n_ok++;
	return 0;
}

/* op_write - open(O_CREAT | O_WRONLY), seek, write, close: the model's open and write */
static long op_write(int p)
{
	size_t off = rnd(VM_MAXSIZE - 1000), len = rnd(1000), i;
	char name[32];
	struct file *f;
	bool create;
	long want, got;
	int at;

	want = vm_want_open(&m, p, O_CREAT | O_WRONLY, &at, &create);
	path_name(p, name, sizeof(name));
	f = filp_open(name, O_CREAT | O_WRONLY, 0644);
	got = IS_ERR(f) ? PTR_ERR(f) : 0;
	if (got || want < 0)
		return verdict(got, want < 0 ? want : 0);
	vm_open(&m, want, at, O_WRONLY, create);
	for (i = 0; i < len; i++)
		iobuf[i] = rnd(256);
	if (vfs_llseek(f, off, SEEK_SET) != (loff_t)off)
		got = -1;
	else
		got = vfs_write(f, (const char __user *)iobuf, len, &f->f_pos);
	filp_close(f, NULL);
	vm_write(&m, m.fd[want].ino, off, iobuf, len);
	vm_close(&m, want);
	if (got != (long)len)
		return got ? got : -2;
	n_ok++;
	return 0;
}

static long op_truncate(int p)
{
	size_t len = rnd(VM_MAXSIZE);
	char name[32];
	int at;
	long want = vm_want_truncate(&m, p, &at), got;

	path_name(p, name, sizeof(name));
	got = do_sys_truncate(name, len);
	if (!got && !want)
		vm_resize(&m, m.ino[at], len);
	return verdict(got, want);
}

static long op_unlink(int p)
{
	char name[32];
	int at;
	long want = vm_want_unlink(&m, p, &at), got;

	path_name(p, name, sizeof(name));
	got = do_unlinkat(AT_FDCWD, name);
	if (!got && !want)
		vm_drop_name(&m, at);
	return verdict(got, want);
}

static long op_mkdir(int p)
{
	char name[32];
	int at;
	long want = vm_want_create(&m, p, &at), got;

	path_name(p, name, sizeof(name));
	got = sys_mkdirat(AT_FDCWD, name, 0755);
	if (!got && !want)
		vm_add(&m, at, VM_DIR);
	return verdict(got, want);
}

static long op_rmdir(int p)
{
	char name[32];
	int at;
	long want = vm_want_rmdir(&m, p, &at), got;

	path_name(p, name, sizeof(name));
	got = do_rmdir(AT_FDCWD, name);
	if (!got && !want)
		vm_rmdir(&m, at);
	return verdict(got, want);
}

static long op_link(int src, int dst)
{
	char s[32], d[32];
	int si, di;
	long want = vm_want_link(&m, src, dst, &si, &di), got;

	path_name(src, s, sizeof(s));
	path_name(dst, d, sizeof(d));
	got = sys_linkat(AT_FDCWD, s, AT_FDCWD, d, 0);
	if (!got && !want)
		vm_link(&m, si, di);
	return verdict(got, want);
}

static long op_rename(int src, int dst)
{
	char s[32], d[32];
	int si, di;
	long want = vm_want_rename(&m, src, dst, &si, &di), got;

	if (want == VM_OUT)
		return 0;
	path_name(src, s, sizeof(s));
	path_name(dst, d, sizeof(d));
	got = sys_renameat(AT_FDCWD, s, AT_FDCWD, d);
	if (want == 1)
		want = 0;
	else if (!got && !want)
		vm_rename(&m, si, di);
	return verdict(got, want);
}

/* check_path - lstat and (for a file) every byte of @p against the model */
static int check_path(struct kunit *test, int p)
{
	struct kstat st;
	char name[32];
	struct file *f;
	int err, at;
	long want = vm_lookup(&m, p, false, &at);

	path_name(p, name, sizeof(name));
	err = vfs_lstat(name, &st);
	if (!want && m.kind[p] == VM_NONE)
		want = -ENOENT;
	KUNIT_EXPECT_EQ_MSG(test, err, want, "lstat %s", name);
	if (err || want)
		return err != want;
	if (m.kind[p] == VM_DIR) {
		KUNIT_EXPECT_TRUE_MSG(test, S_ISDIR(st.mode), "%s", name);
		KUNIT_EXPECT_EQ_MSG(test, st.nlink, 2U + vm_subdirs(&m, p), "nlink %s", name);
		return !S_ISDIR(st.mode);
	}
	KUNIT_EXPECT_TRUE_MSG(test, S_ISREG(st.mode), "%s", name);
	KUNIT_EXPECT_EQ_MSG(test, st.size, (loff_t)m.size[m.ino[p]], "size %s", name);
	KUNIT_EXPECT_EQ_MSG(test, st.nlink, (unsigned int)m.nlink[m.ino[p]], "nlink %s", name);
	f = filp_open(name, O_RDONLY, 0);
	if (IS_ERR(f))
		return 1;
	err = vfs_read(f, (char __user *)iobuf, sizeof(iobuf), &f->f_pos);
	filp_close(f, NULL);
	KUNIT_EXPECT_EQ_MSG(test, err, (int)m.size[m.ino[p]], "read %s", name);
	KUNIT_EXPECT_TRUE_MSG(test, !memcmp(iobuf, m.data[m.ino[p]], m.size[m.ino[p]]),
			      "bytes of %s", name);
	return err != (int)m.size[m.ino[p]] || memcmp(iobuf, m.data[m.ino[p]], m.size[m.ino[p]]);
}

/* readdir's callback: count the entries other than "." and ".." */
static int count_entry(void *arg, const char *name, int len, loff_t pos, u64 ino, unsigned type)
{
	if (!(len == 1 && name[0] == '.') && !(len == 2 && name[0] == '.' && name[1] == '.'))
		(*(int *)arg)++;
	return 0;
}

static int check_dir(struct kunit *test, const char *name, int want)
{
	struct file *d = filp_open(name, O_RDONLY | O_DIRECTORY, 0);
	int n = 0;

	if (IS_ERR(d))
		return 1;
	vfs_readdir(d, count_entry, &n);
	filp_close(d, NULL);
	KUNIT_EXPECT_EQ_MSG(test, n, want, "entries of %s", name);
	return n != want;
}

static int check_all(struct kunit *test, unsigned long cached_base)
{
	unsigned long pages = 0;
	int p, bad = 0, top = 0;
	bool counted[VM_NINODES] = { false };
	char name[32];

	for (p = 0; p < VM_NPATHS; p++)
		bad += check_path(test, p);
	for (p = 0; p < 3; p++) {
		top += m.kind[p] != VM_NONE;
		if (m.kind[p] == VM_DIR) {
			path_name(p, name, sizeof(name));
			bad += check_dir(test, name, vm_children(&m, p));
		}
	}
	bad += check_dir(test, FZ, top);
	/* every byte was read back, so each file has all its pages in the cache */
	for (p = 0; p < VM_NPATHS; p++)
		if (m.kind[p] == VM_REG && !counted[m.ino[p]]) {
			counted[m.ino[p]] = true;
			pages += DIV_ROUND_UP(m.size[m.ino[p]], PAGE_SIZE);
		}
	KUNIT_EXPECT_EQ(test, global_page_state(NR_FILE_PAGES), cached_base + pages);
	return bad;
}

static void vfs_fuzz_against_model_test(struct kunit *test)
{
	unsigned long cached_base;
	long err = sys_mkdirat(AT_FDCWD, FZ, 0755);
	int i, bad = 0;

	KUNIT_ASSERT_TRUE(test, !err || err == -EEXIST);
	KUNIT_ASSERT_EQ(test, do_mount("none", FZ, "ramfs", 0, NULL), 0);
	vm_init(&m);
	n_ok = n_errno = 0;
	rnd_state = 0x1234567;
	cached_base = global_page_state(NR_FILE_PAGES);
	for (i = 0; i < NOPS && !bad; i++) {
		int a = rnd(3) ? rnd(VM_NPATHS) : rnd(3), b = rnd(VM_NPATHS), op = rnd(16);
		long r;

		switch (op) {
		case 0 ... 4:
			r = op_write(a);
			break;
		case 5 ... 6:
			r = op_truncate(a);
			break;
		case 7 ... 8:
			r = op_unlink(a);
			break;
		case 9 ... 10:
			r = op_mkdir(a);
			break;
		case 11:
			r = op_rmdir(a);
			break;
		case 12:
			r = op_link(a, b);
			break;
		default:
			r = op_rename(a, b);
			break;
		}
		KUNIT_EXPECT_EQ_MSG(test, r, 0L, "op %d #%d on %d,%d (got - 1000 * want)", op, i, a,
				    b);
		bad += r != 0;
		if (!bad && i % CHECK_EVERY == 0)
			bad += check_all(test, cached_base);
	}
	if (!bad)
		check_all(test, cached_base);
	kunit_info(test, "%d operations: %u succeeded, %u failed as the model said\n", i, n_ok,
		   n_errno);
	KUNIT_EXPECT_GT(test, n_ok, NOPS / 5U);
	KUNIT_EXPECT_GT(test, n_errno, NOPS / 10U);
	KUNIT_EXPECT_EQ(test, sys_umount(FZ, 0), 0);
	KUNIT_EXPECT_EQ(test, global_page_state(NR_FILE_PAGES),
			cached_base); /* the unmount freed every page */
}

static struct kunit_case vfs_fuzz_cases[] = { KUNIT_CASE(vfs_fuzz_against_model_test), {} };

static struct kunit_suite vfs_fuzz_suite = {
	.name = "vfs_fuzz",
	.test_cases = vfs_fuzz_cases,
};
kunit_test_suite(vfs_fuzz_suite);
