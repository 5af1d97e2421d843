/*
 * fsnotify_test.c - the state behind fsnotify's cheap test: the inode's
 * i_fsnotify_mask and the children's DCACHE_FSNOTIFY_PARENT_WATCHED bit.
 *
 * tests/user/inotify.c checks the events a program reads; these cases
 * check what it cannot see: that an unwatched inode's mask is 0 (so the
 * VFS hooks stop at once), that a directory's watch marks its children's
 * dentries - those there when the watch came, one created later
 * (__fsnotify_d_instantiate) and one renamed in (d_move) - and that when
 * the watch goes the bits are cleared lazily, by the next child event,
 * which then queues nothing. A ramfs is mounted at /fsnotify_kt for each
 * case. See fs/notify/fsnotify.c, docs/notify.md.
 */
#include <kunit/test.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/namei.h>
#include <linux/mount.h>
#include <linux/dcache.h>
#include <linux/syscalls.h>
#include <linux/inotify.h>
#include <linux/fsnotify_backend.h>
#include <linux/err.h>

#define MNT "/fsnotify_kt"

static bool fsnotify_test_mounted;

static int fsnotify_test_init(struct kunit *test)
{
	long err = sys_mkdirat(AT_FDCWD, MNT, 0755);

	fsnotify_test_mounted = false;
	if (err && err != -EEXIST)
		return err;
	err = do_mount("none", MNT, "ramfs", 0, NULL);
	fsnotify_test_mounted = !err;
	if (!err)
		err = sys_mkdirat(AT_FDCWD, MNT "/d", 0755);
	return err;
}

static void fsnotify_test_exit(struct kunit *test)
{
	if (fsnotify_test_mounted)
		KUNIT_EXPECT_EQ(test, sys_umount(MNT, 0), 0);
	fsnotify_test_mounted = false;
}

static void close_fd(void *fd)
{
	sys_close((unsigned long)fd);
}

/* a new inotify instance, closed when the case ends however it ends */
static long new_inotify(struct kunit *test)
{
	long fd = sys_inotify_init1(IN_NONBLOCK);

	KUNIT_ASSERT_GE(test, fd, 0L);
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, close_fd, (void *)fd), 0);
	return fd;
}

/* a new empty file at @path */
static void make_file(struct kunit *test, const char *path)
{
	struct file *f = filp_open(path, O_CREAT | O_WRONLY, 0644);

	KUNIT_ASSERT_FALSE(test, IS_ERR(f));
	filp_close(f, NULL);
}

/* the dentry of @path (its reference dropped: the ramfs name keeps it) */
static struct dentry *dentry_of(struct kunit *test, const char *path)
{
	struct path p;

	KUNIT_ASSERT_EQ(test, kern_path(path, 0, &p), 0);
	path_put(&p);
	return p.dentry;
}

static bool parent_watched(struct kunit *test, const char *path)
{
	return dentry_of(test, path)->d_flags & DCACHE_FSNOTIFY_PARENT_WATCHED;
}

/* one byte written to @path through vfs_write, which calls fsnotify_modify */
static void write_byte(struct kunit *test, const char *path)
{
	struct file *f = filp_open(path, O_WRONLY, 0);
	loff_t pos = 0;

	KUNIT_ASSERT_FALSE(test, IS_ERR(f));
	KUNIT_EXPECT_EQ(test, vfs_write(f, (const char __user *)"x", 1, &pos), 1);
	filp_close(f, NULL);
}

static void fsnotify_unwatched_test(struct kunit *test)
{
	make_file(test, MNT "/d/f");
	KUNIT_EXPECT_EQ(test, dentry_of(test, MNT "/d")->d_inode->i_fsnotify_mask, 0U);
	KUNIT_EXPECT_EQ(test, dentry_of(test, MNT "/d/f")->d_inode->i_fsnotify_mask, 0U);
	KUNIT_EXPECT_FALSE(test, parent_watched(test, MNT "/d/f"));
}

static void fsnotify_parent_watched_test(struct kunit *test)
{
	long fd = new_inotify(test), wd;
	struct inode *dir;
	char buf[64];

	make_file(test, MNT "/d/before");
	wd = sys_inotify_add_watch(fd, (const char __user *)MNT "/d", IN_MODIFY);
	KUNIT_ASSERT_GT(test, wd, 0L);
	dir = dentry_of(test, MNT "/d")->d_inode;
	KUNIT_EXPECT_EQ(test, dir->i_fsnotify_mask & (FS_MODIFY | FS_EVENT_ON_CHILD),
			(__u32)(FS_MODIFY | FS_EVENT_ON_CHILD));
	KUNIT_EXPECT_TRUE(test, parent_watched(test, MNT "/d/before"));
	KUNIT_EXPECT_EQ(test, dentry_of(test, MNT "/d/before")->d_inode->i_fsnotify_mask, 0U);
	make_file(test, MNT "/d/after"); /* __fsnotify_d_instantiate */
	KUNIT_EXPECT_TRUE(test, parent_watched(test, MNT "/d/after"));
	make_file(test, MNT "/outside");
	KUNIT_EXPECT_FALSE(test, parent_watched(test, MNT "/outside"));
	KUNIT_ASSERT_EQ(test, sys_renameat(AT_FDCWD, MNT "/outside", AT_FDCWD, MNT "/d/in"), 0L);
	KUNIT_EXPECT_TRUE(test, parent_watched(test, MNT "/d/in")); /* d_move */

	KUNIT_EXPECT_EQ(test, sys_inotify_rm_watch(fd, wd), 0L);
	KUNIT_EXPECT_EQ(test, dir->i_fsnotify_mask, 0U);
	KUNIT_EXPECT_TRUE(test, parent_watched(test, MNT "/d/before")); /* cleared lazily */
	KUNIT_EXPECT_EQ(test, sys_read(fd, buf, sizeof(buf)), 16L); /* IN_IGNORED alone */
	write_byte(test, MNT "/d/before");
	KUNIT_EXPECT_FALSE(test, parent_watched(test, MNT "/d/before"));
	KUNIT_EXPECT_FALSE(test, parent_watched(test, MNT "/d/after"));
	KUNIT_EXPECT_EQ(test, sys_read(fd, buf, sizeof(buf)), -EAGAIN);
}

static void fsnotify_watch_holds_inode_test(struct kunit *test)
{
	long fd = new_inotify(test), wd;
	struct inode *inode;
	int count;

	make_file(test, MNT "/d/w");
	inode = dentry_of(test, MNT "/d/w")->d_inode;
	count = atomic_read(&inode->i_count);
	wd = sys_inotify_add_watch(fd, (const char __user *)MNT "/d/w", IN_ATTRIB);
	KUNIT_ASSERT_GT(test, wd, 0L);
	KUNIT_EXPECT_EQ(test, atomic_read(&inode->i_count), count + 1); /* the mark's igrab */
	KUNIT_EXPECT_EQ(test, inode->i_fsnotify_mask & FS_ATTRIB, (__u32)FS_ATTRIB);
	KUNIT_EXPECT_EQ(test, sys_inotify_add_watch(fd, (const char __user *)MNT "/d/w", IN_OPEN),
			wd); /* the same watch, a new mask */
	KUNIT_EXPECT_EQ(test, inode->i_fsnotify_mask & (FS_ATTRIB | FS_OPEN), (__u32)FS_OPEN);
	kunit_release_action(test, close_fd, (void *)fd); /* the group goes, with its marks */
	KUNIT_EXPECT_EQ(test, atomic_read(&inode->i_count), count);
	KUNIT_EXPECT_EQ(test, inode->i_fsnotify_mask, 0U);
}

static struct kunit_case fsnotify_cases[] = { KUNIT_CASE(fsnotify_unwatched_test),
					      KUNIT_CASE(fsnotify_parent_watched_test),
					      KUNIT_CASE(fsnotify_watch_holds_inode_test),
					      {} };

static struct kunit_suite fsnotify_suite = {
	.name = "fsnotify",
	.init = fsnotify_test_init,
	.exit = fsnotify_test_exit,
	.test_cases = fsnotify_cases,
};
kunit_test_suite(fsnotify_suite);
