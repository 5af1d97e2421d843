/*
 * fsnotify_bench.c - what the fsnotify hooks cost a write(), in instructions.
 *
 * Every vfs_write() of a byte or more calls fsnotify_modify(): with
 * nobody watching, the hook must stay a couple of tests (the dentry's
 * DCACHE_FSNOTIFY_PARENT_WATCHED bit, then the inode's i_fsnotify_mask
 * after fsnotify()'s global checks), as 2.6.32's is. The figures:
 * the hook alone on an unwatched ramfs file; a one-byte vfs_write() of
 * that file, for scale; the same write while an inotify instance
 * watches the file's directory for IN_MODIFY (an event built and
 * merged with the identical one already queued, each time); and the
 * hook on an unwatched file while some other inode is watched (the
 * global mask then lets the call reach the inode's own mask). See
 * docs/notify.md.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/fsnotify.h>
#include <linux/inotify.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/err.h>
#include <linnet/bench.h>

#define BENCH_DIR "/fsnotify_bench.d"
#define BENCH_FILE BENCH_DIR "/f"

/* an inotify instance watching @path for @mask, as a descriptor of the booting task */
static int bench_watch(const char *path, u32 mask)
{
	int fd = sys_inotify_init1(IN_NONBLOCK);

	if (fd >= 0 && sys_inotify_add_watch(fd, (const char __user *)path, mask) < 0) {
		sys_close(fd);
		return -1;
	}
	return fd;
}

static u64 bench_writes(struct file *f, unsigned long iters)
{
	static const char byte = 'x';
	unsigned long i;
	loff_t pos;
	u64 t0 = get_cycles();

	for (i = 0; i < iters; i++) {
		pos = 0;
		vfs_write(f, (const char __user *)&byte, 1, &pos);
	}
	return get_cycles() - t0;
}

static u64 bench_hooks(struct file *f, unsigned long iters)
{
	unsigned long i;
	u64 t0 = get_cycles();

	for (i = 0; i < iters; i++)
		fsnotify_modify(f->f_path.dentry);
	return get_cycles() - t0;
}

/* run @fn on a new file, with a watch on @watch_path (NULL: none) */
static u64 bench_on_file(u64 (*fn)(struct file *, unsigned long), unsigned long iters,
			 const char *watch_path)
{
	mm_segment_t old_fs = get_fs();
	struct file *f;
	int wfd = -1;
	u64 t = 0;

	set_fs(KERNEL_DS);
	sys_mkdirat(AT_FDCWD, (const char __user *)BENCH_DIR, 0755);
	f = filp_open(BENCH_FILE, O_CREAT | O_RDWR, 0644);
	if (!IS_ERR(f)) {
		if (watch_path)
			wfd = bench_watch(watch_path, IN_MODIFY);
		fn(f, 10); /* warm: the page is in the cache, an event queued */
		t = fn(f, iters);
		if (wfd >= 0)
			sys_close(wfd);
		filp_close(f, NULL);
	}
	sys_unlinkat(AT_FDCWD, (const char __user *)BENCH_FILE, 0);
	sys_unlinkat(AT_FDCWD, (const char __user *)BENCH_DIR, AT_REMOVEDIR);
	set_fs(old_fs);
	return t;
}

static u64 bench_hook_unwatched(unsigned long iters)
{
	return bench_on_file(bench_hooks, iters, NULL);
}
DEFINE_BENCH(fsnotify_modify_unwatched, bench_hook_unwatched, 10000);

static u64 bench_hook_other_watched(unsigned long iters)
{
	return bench_on_file(bench_hooks, iters, "/");
}
DEFINE_BENCH(fsnotify_modify_other_watched, bench_hook_other_watched, 10000);

static u64 bench_write_unwatched(unsigned long iters)
{
	return bench_on_file(bench_writes, iters, NULL);
}
DEFINE_BENCH(vfs_write_1_byte, bench_write_unwatched, 10000);

static u64 bench_write_dir_watched(unsigned long iters)
{
	return bench_on_file(bench_writes, iters, BENCH_DIR);
}
DEFINE_BENCH(vfs_write_1_byte_dir_watched, bench_write_dir_watched, 10000);
