/*
 * vfs_fuzz.c - libFuzzer target: random file-system operations on
 * Linnet's real VFS and ramfs, checked against a model of what Linux does.
 *
 * fs/, mm/filemap.c, mm/truncate.c and lib/radix-tree.c run on the host
 * over tests/fuzz/vfs_host.c (malloc for the slab, one buffer of pages,
 * one task). Each input mounts a fresh ramfs on /vfs_fz and is read as
 * operations of four bytes (what, then three arguments): open (with any
 * of O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_DIRECTORY, O_NOFOLLOW), close,
 * write, read, lseek, ftruncate, truncate, unlink (also of open files),
 * mkdir, rmdir, link, symlink, rename (over an existing name, into its
 * own subdirectory...), getdents64 a few entries at a time with
 * changes in between, and "oom": the next operation's page (and maybe
 * slab) allocations fail after a few, and it must fail as 2.6.32 would
 * (-ENOMEM, -ENOSPC, -ENFILE, a short read or write) having changed
 * nothing else. Each goes through the system calls' entry points
 * (sys_open, sys_write, sys_renameat...) and through the model of
 * tests/kernel/vfs_model.h, which the kernel's KUnit fuzzer shares; the
 * return value must be the model's, every byte read must be the model's,
 * and every few operations the whole tree is compared (lstat of each
 * name, the bytes of each file, readlink of each symlink, fstat of each
 * open file, the page-cache count). At the end every descriptor is
 * closed, the ramfs unmounted, and every object, page and kmap the VFS
 * took must have been given back.
 *
 * AddressSanitizer catches what the kernel build cannot: a use of a freed
 * dentry, inode, file or page-cache page, and leaks. A mismatch prints
 * the operation and aborts, which libFuzzer saves as a crash input.
 * Built and run by tests/fuzz/fuzz.mk (`make fuzz`). See docs/testing.md.
 */
#include <linux/fs.h>
#include <linux/dirent.h>
#include <linux/err.h>
#include <linux/fcntl.h>
#include <linux/kernel.h>
#include <linux/mount.h>
#include <linux/radix-tree.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/vmstat.h>
#include "vfs_host.h"
#include "../kernel/vfs_model.h"

void abort(void);
char *getenv(const char *name);
long write(int fd, const void *buf, size_t count);
int vsnprintf(char *buf, size_t size, const char *fmt, va_list args);
asmlinkage long sys_lseek(unsigned int fd, long offset, unsigned int origin);

#define MNT "/vfs_fz"
#define MAX_OPS 96
#define CHECK_EVERY 8

static struct vfs_model m;
static unsigned char iobuf[VM_MAXSIZE + 64], modelbuf[VM_MAXSIZE + 64];
static long base_objects, base_pages, base_cached;
static int op_index;
static bool trace; /* VFS_FUZZ_TRACE=1: print each operation */

static void fail(const char *fmt, ...)
{
	char buf[256];
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	write(2, "vfs_fuzz: ", 10);
	write(2, buf, n < (int)sizeof(buf) ? n : (int)sizeof(buf) - 1);
	write(2, "\n", 1);
	abort();
}

static bool oom; /* this operation runs with allocations failing */

/*
 * expect - the VFS gave @got where Linux gives @want. Return: true if the
 * operation happened as the model says; false if it failed for want of
 * memory (-ENOMEM, -ENOSPC, -ENFILE) while slab allocations were failing (it must then have changed
 * nothing, which the check after it verifies).
 */
static bool expect(long got, long want, const char *what, int a, int b)
{
	/* as 2.6.32: ramfs says -ENOSPC without an inode, open -ENFILE without a file */
	if (oom && host_fail_slab && (got == -ENOMEM || got == -ENOSPC || got == -ENFILE))
		return false;
	if (got != want)
		fail("op %d: %s(%d, %d) gave %ld, Linux gives %ld", op_index, what, a, b, got,
		     want);
	return true;
}

static void name_of(int p, char *buf)
{
	vm_name(MNT, p, buf, 32);
}

/*
 * With page allocation failing (an "oom" operation before this one), a
 * read or write may stop early: -ENOMEM when it got nothing, or a short
 * count ending at a page boundary. oom_result - is @got one of those?
 */

static bool oom_result(long got, long want, loff_t pos)
{
	if (got == -ENOMEM)
		return want > 0;
	return got >= 0 && got < want && !((pos + got) % PAGE_SIZE);
}

/* ---- the operations ---- */

static int open_flags(unsigned int b)
{
	static const int acc[] = { O_RDONLY, O_WRONLY, O_RDWR, O_RDWR };
	int flags = acc[b & 3];

	if (b & 4)
		flags |= O_CREAT;
	if ((b & 8) && (flags & O_CREAT))
		flags |= O_EXCL;
	if (b & 16)
		flags |= O_TRUNC;
	if (b & 32)
		flags |= O_APPEND;
	if ((b & 64) && !(flags & O_CREAT))
		flags |= O_DIRECTORY;
	if (b & 128)
		flags |= O_NOFOLLOW;
	return flags;
}

static void op_open(int p, unsigned int b)
{
	int flags = open_flags(b), at;
	bool create;
	long want = vm_want_open(&m, p, flags, &at, &create), got;
	char name[32];

	if (want == VM_OUT)
		return;
	name_of(p, name);
	got = sys_open(name, flags, 0644);
	if (expect(got, want, "open", p, flags) && got >= 0)
		vm_open(&m, got, at, flags, create);
}

static void op_close(int fd)
{
	long want = vm_fd_ok(&m, fd) ? 0 : -EBADF;

	if (expect(sys_close(fd), want, "close", fd, 0) && !want)
		vm_close(&m, fd);
}

/* fill - @len bytes that depend on the operation's arguments */
static void fill(unsigned char *buf, size_t len, unsigned int seed)
{
	size_t i;

	for (i = 0; i < len; i++) {
		seed = seed * 1103515245 + 12345;
		buf[i] = seed >> 16;
	}
}

static void op_write(int fd, size_t len, unsigned int seed)
{
	loff_t pos = 0;
	long want = vm_want_write(&m, fd, len, &pos), got;

	if (want == VM_OUT)
		return;
	fill(iobuf, len, seed);
	got = sys_write(fd, (const char __user *)iobuf, len);
	if (oom && oom_result(got, want, pos)) {
		want = got;
		if (got >= 0) /* a short write: the pages before the one it could not get */
			len = got;
	}
	if (expect(got, want, "write", fd, len) && got >= 0) {
		vm_write(&m, m.fd[fd].ino, pos, iobuf, len);
		if (len) /* an empty write leaves the position, even with O_APPEND */
			m.fd[fd].pos = pos + len;
	}
}

static void op_read(int fd, size_t len)
{
	long want = vm_want_read(&m, fd, len), got;

	got = sys_read(fd, (char __user *)iobuf, len);
	if (oom && vm_fd_ok(&m, fd) && oom_result(got, want, m.fd[fd].pos))
		want = got;
	if (expect(got, want, "read", fd, len) && got > 0) {
		if (memcmp(iobuf, m.data[m.fd[fd].ino] + m.fd[fd].pos, got))
			fail("op %d: read(%d, %zu) at %lld: bytes differ", op_index, fd, len,
			     (long long)m.fd[fd].pos);
		m.fd[fd].pos += got;
	}
}

static void op_lseek(int fd, long off, int whence)
{
	loff_t want = vm_want_lseek(&m, fd, off, whence);

	if (vm_fd_ok(&m, fd) && m.ikind[m.fd[fd].ino] == VM_DIR) {
		off = 0; /* rewinddir() */
		whence = SEEK_SET;
		want = 0;
	}
	if (want == VM_OUT)
		return;
	if (!expect(sys_lseek(fd, off, whence), want, "lseek", fd, whence))
		return;
	if (want >= 0 && m.ikind[m.fd[fd].ino] == VM_DIR)
		vm_rewinddir(&m, fd);
	else if (want >= 0)
		m.fd[fd].pos = want;
}

static void op_ftruncate(int fd, loff_t len)
{
	long want = vm_want_ftruncate(&m, fd, len);

	if (want == VM_OUT)
		return;
	if (expect(do_sys_ftruncate(fd, len, 1), want, "ftruncate", fd, len) && !want)
		vm_resize(&m, m.fd[fd].ino, len);
}

static void op_truncate(int p, loff_t len)
{
	int at;
	long want = vm_want_truncate(&m, p, &at);
	char name[32];

	if (want == VM_OUT)
		return;
	name_of(p, name);
	if (expect(do_sys_truncate(name, len), want, "truncate", p, len) && !want)
		vm_resize(&m, m.ino[at], len);
}

static void op_unlink(int p)
{
	int at;
	long want = vm_want_unlink(&m, p, &at);
	char name[32];

	if (want == VM_OUT)
		return;
	name_of(p, name);
	if (expect(do_unlinkat(AT_FDCWD, name), want, "unlink", p, 0) && !want)
		vm_drop_name(&m, at);
}

static void op_mkdir(int p)
{
	int at;
	long want = vm_want_create(&m, p, &at);
	char name[32];

	if (want == VM_OUT)
		return;
	name_of(p, name);
	if (expect(sys_mkdirat(AT_FDCWD, name, 0755), want, "mkdir", p, 0) && !want)
		vm_add(&m, at, VM_DIR);
}

static void op_rmdir(int p)
{
	int at;
	long want = vm_want_rmdir(&m, p, &at);
	char name[32];

	if (want == VM_OUT)
		return;
	name_of(p, name);
	if (expect(do_rmdir(AT_FDCWD, name), want, "rmdir", p, 0) && !want)
		vm_rmdir(&m, at);
}

static void op_link(int src, int dst)
{
	int s, d;
	long want = vm_want_link(&m, src, dst, &s, &d);
	char sn[32], dn[32];

	if (want == VM_OUT)
		return;
	name_of(src, sn);
	name_of(dst, dn);
	if (expect(sys_linkat(AT_FDCWD, sn, AT_FDCWD, dn, 0), want, "link", src, dst) && !want)
		vm_link(&m, s, d);
}

static void op_symlink(int target, int p)
{
	int at;
	long want = vm_want_create(&m, p, &at), got;
	char tn[32], name[32];

	if (want == VM_OUT)
		return;
	name_of(target, tn);
	name_of(p, name);
	got = sys_symlinkat(tn, AT_FDCWD, name);
	if (oom && !want && got == -ENOMEM)
		return; /* no page for the target: no symlink either (check_all sees) */
	if (expect(got, want, "symlink", target, p) && !want)
		vm_symlink(&m, at, target);
}

static void op_rename(int src, int dst)
{
	int s, d;
	long want = vm_want_rename(&m, src, dst, &s, &d), got;
	char sn[32], dn[32];

	if (want == VM_OUT)
		return;
	name_of(src, sn);
	name_of(dst, dn);
	got = sys_renameat(AT_FDCWD, sn, AT_FDCWD, dn);
	if (expect(got, want == 1 ? 0 : want, "rename", src, dst) && !want)
		vm_rename(&m, s, d);
}

static void op_readdir(int fd, unsigned int count)
{
	const struct vm_fd *f = &m.fd[fd];
	long want, got, off;
	const char *bad;

	if (!vm_fd_ok(&m, fd))
		want = -EBADF;
	else if (m.ikind[f->ino] != VM_DIR)
		want = -ENOTDIR;
	else if (vm_find_dir(&m, f->ino) == -2)
		want = -ENOENT;
	else
		want = 0;
	got = sys_getdents64(fd, (struct linux_dirent64 __user *)iobuf, count);
	if (want || got < 0) {
		expect(got, want, "getdents64", fd, count);
		return;
	}
	if (!got) {
		bad = vm_readdir_end(&m, fd);
		if (bad)
			fail("op %d: getdents64(%d) ended: %s", op_index, fd, bad);
		return;
	}
	for (off = 0; off < got;) {
		struct linux_dirent64 *d = (struct linux_dirent64 *)(iobuf + off);

		bad = vm_readdir_entry(&m, fd, d->d_name, strlen(d->d_name), d->d_type);
		if (bad)
			fail("op %d: getdents64(%d) gave \"%s\": %s", op_index, fd, d->d_name, bad);
		off += d->d_reclen;
	}
}

/* ---- the whole tree ---- */

static void check_name(int p)
{
	struct kstat st;
	char name[32];
	int ino = m.ino[p], err;
	long n;

	name_of(p, name);
	err = vfs_lstat(name, &st);
	if (expect(err, m.kind[p] == VM_NONE ? -ENOENT : 0, "lstat", p, 0) && err)
		return;
	switch (m.kind[p]) {
	case VM_DIR:
		if (!S_ISDIR(st.mode) || st.nlink != 2U + vm_subdirs(&m, p))
			fail("op %d: lstat %s: mode %o nlink %u", op_index, name, st.mode,
			     st.nlink);
		return;
	case VM_LNK:
		vm_name(MNT, m.target[ino], (char *)modelbuf, 32);
		n = sys_readlinkat(AT_FDCWD, name, (char __user *)iobuf, sizeof(iobuf));
		if (!S_ISLNK(st.mode) || st.size != (loff_t)strlen((char *)modelbuf) ||
		    n != (long)strlen((char *)modelbuf) || memcmp(iobuf, modelbuf, n) ||
		    st.nlink != (unsigned int)m.nlink[ino])
			fail("op %d: symlink %s: mode %o size %lld readlink %ld", op_index, name,
			     st.mode, (long long)st.size, n);
		return;
	default:
		break;
	}
	if (!S_ISREG(st.mode) || st.size != (loff_t)m.size[ino] ||
	    st.nlink != (unsigned int)m.nlink[ino])
		fail("op %d: lstat %s: mode %o size %lld (model %zu) nlink %u (model %d)", op_index,
		     name, st.mode, (long long)st.size, m.size[ino], st.nlink, m.nlink[ino]);
	err = sys_open(name, O_RDONLY | O_NOFOLLOW, 0);
	if (err < 0)
		fail("op %d: open %s for the check: %d", op_index, name, err);
	n = sys_read(err, (char __user *)iobuf, sizeof(iobuf));
	sys_close(err);
	if (n != (long)m.size[ino] || memcmp(iobuf, m.data[ino], n))
		fail("op %d: the bytes of %s (read %ld of %zu)", op_index, name, n, m.size[ino]);
}

static void check_all(void)
{
	bool counted[VM_NINODES] = { false };
	long pages_min = 0, pages_max = 0, cached;
	struct kstat st;
	long fail_after = host_fail_after; /* the checks' reads do not fail */
	int p, fd, i;

	host_fail_after = -1;

	for (p = 0; p < VM_NPATHS; p++)
		if (p < 3 || m.kind[vm_parent_of(p)] == VM_DIR)
			check_name(p);
	for (fd = 0; fd < VM_NFDS; fd++) {
		int ino = m.fd[fd].ino;

		if (!m.fd[fd].used || m.ikind[ino] != VM_REG)
			continue;
		if (vfs_fstat(fd, &st) || st.size != (loff_t)m.size[ino] ||
		    st.nlink != (unsigned int)m.nlink[ino])
			fail("op %d: fstat %d: size %lld (model %zu) nlink %u (model %d)", op_index,
			     fd, (long long)st.size, m.size[ino], st.nlink, m.nlink[ino]);
	}
	/* every named file was just read whole, so has all its pages; an open one may have fewer */
	for (p = 0; p < VM_NPATHS; p++)
		if (m.kind[p] == VM_REG && !counted[m.ino[p]] &&
		    (p < 3 || m.kind[vm_parent_of(p)] == VM_DIR)) {
			counted[m.ino[p]] = true;
			pages_min += DIV_ROUND_UP(m.size[m.ino[p]], PAGE_SIZE);
		}
	for (i = 1; i < VM_NINODES; i++) {
		if (!m.nlink[i] && !m.opens[i])
			continue;
		if (m.ikind[i] == VM_REG)
			pages_max += DIV_ROUND_UP(m.size[i], PAGE_SIZE);
		if (m.ikind[i] == VM_LNK) /* ramfs keeps a symlink's target in its page 0 */
			pages_min++, pages_max++;
	}
	cached = global_page_state(NR_FILE_PAGES) - base_cached;
	if (cached < pages_min || cached > pages_max)
		fail("op %d: %ld pages cached, the files need %ld to %ld", op_index, cached,
		     pages_min, pages_max);
	host_fail_after = fail_after;
}

/* run - one operation of four bytes */
static void run(const unsigned char *op)
{
	int a = op[1] % (VM_NPATHS + 1), b = op[2] % (VM_NPATHS + 1);
	int fd = op[1] % (VM_NFDS + 1);
	size_t len = (op[2] | op[3] << 8) % (VM_MAXSIZE / 4);
	unsigned int seed = op[1] | op[2] << 8 | op[3] << 16;

	if (trace) {
		static const char *const names[16] = {
			"open",	 "open",      "close",	  "write",     "write", "read",
			"lseek", "ftruncate", "truncate", "unlink",    "mkdir", "rmdir",
			"link",	 "symlink",   "rename",	  "getdents64"
		};
		char line[96];
		int n = scnprintf(line, sizeof(line), "op %d: %s %d %d %d\n", op_index,
				  op[0] % 17 == 16 ? "oom" : names[op[0] % 16], op[1], op[2],
				  op[3]);

		write(2, line, n);
	}
	if (op[0] % 17 == 16) { /* the next operation's page allocations fail after 0-2 */
		host_fail_after = op[1] % 8;
		host_fail_slab = op[2] & 1;
		return;
	}
	switch (op[0] % 16) {
	case 0:
	case 1:
		op_open(a == VM_ROOT && op[3] & 1 ? VM_ROOT : a % VM_NPATHS, op[2]);
		break;
	case 2:
		op_close(fd);
		break;
	case 3:
	case 4:
		op_write(fd, len, seed);
		break;
	case 5:
		op_read(fd, len);
		break;
	case 6:
		op_lseek(fd, (long)(op[2] | op[3] << 8) - 16384, op[3] % 3);
		break;
	case 7:
		op_ftruncate(fd, len);
		break;
	case 8:
		op_truncate(a % VM_NPATHS, len);
		break;
	case 9:
		op_unlink(a % VM_NPATHS);
		break;
	case 10:
		op_mkdir(a % VM_NPATHS);
		break;
	case 11:
		op_rmdir(a % VM_NPATHS);
		break;
	case 12:
		op_link(a % VM_NPATHS, b % VM_NPATHS);
		break;
	case 13:
		op_symlink(b, a % VM_NPATHS);
		break;
	case 14:
		op_rename(a % VM_NPATHS, b % VM_NPATHS);
		break;
	default:
		op_readdir(fd, 24 + op[2] % 80);
		break;
	}
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const unsigned char warm_up[] = { 0, 0, 6, 0, 3, 0, 0x10, 0x10 };

	host_vfs_init();
	trace = getenv("VFS_FUZZ_TRACE") != NULL;
	if (sys_mkdirat(AT_FDCWD, MNT, 0755))
		fail("mkdir " MNT);
	/* fill the caches that stay (radix_tree_preload's spare nodes) before counting */
	base_objects = -1;
	LLVMFuzzerTestOneInput(warm_up, sizeof(warm_up));
	base_objects = host_live_objects();
	base_pages = host_live_pages();
	base_cached = global_page_state(NR_FILE_PAGES);
	return 0;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	unsigned long mark = host_object_seq();
	size_t i;
	int fd;

	if (do_mount("none", MNT, "ramfs", 0, NULL))
		fail("mount ramfs on " MNT);
	vm_init(&m);
	host_fail_after = -1;
	for (i = 0, op_index = 0; i + 4 <= size && op_index < MAX_OPS; i += 4, op_index++) {
		oom = host_fail_after >= 0;
		run(data + i);
		if (oom) {
			host_fail_after = -1;
			host_fail_slab = false;
			oom = false;
			check_all(); /* a failure changed nothing it did not report */
		}
		if (current->link_count || host_kmapped())
			fail("op %d: link_count %d, %d kmaps left", op_index, current->link_count,
			     host_kmapped());
		if (op_index % CHECK_EVERY == CHECK_EVERY - 1)
			check_all();
	}
	check_all();
	host_fail_after = -1;
	for (fd = 0; fd < VM_NFDS; fd++)
		if (m.fd[fd].used)
			op_close(fd);
	if (sys_umount(MNT, 0))
		fail("umount " MNT ": busy after every file was closed");
	/* top up radix_tree_preload()'s spare nodes, which a failed allocation may have used */
	if (radix_tree_preload(GFP_KERNEL))
		fail("radix_tree_preload");
	radix_tree_preload_end();
	if (base_objects < 0)
		return 0;
	if (host_live_objects() != base_objects || host_live_pages() != base_pages ||
	    global_page_state(NR_FILE_PAGES) != base_cached) {
		host_print_objects(mark);
		fail("after umount: %ld objects and %ld pages more than before, %ld cached",
		     host_live_objects() - base_objects, host_live_pages() - base_pages,
		     global_page_state(NR_FILE_PAGES) - base_cached);
	}
	return 0;
}
