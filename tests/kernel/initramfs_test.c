/*
 * initramfs_test.c - init/initramfs.c: archives unpack exactly, and every
 * kind of broken archive is reported with Linux's message.
 *
 * The archives are built here (a cpio "newc" writer of a few lines, so
 * each field can be broken on purpose) or embedded (a gzip'd one made by
 * usr/gen_init_cpio.py and gzip), and unpacked into a scratch directory
 * with unpack_to_rootfs(), as populate_rootfs() does at boot.
 *
 * initramfs_listing prints every file under /t as one "# initramfs:" line
 * (path, type, mode, owner, size, CRC-32 of the data, links, inode, mtime,
 * link target, device): tests/harness/checks.py boots with a generated
 * archive of 1,000 entries and compares the lines with the generator's
 * manifest, file by file.
 */
#include <kunit/test.h>
#include <linux/initrd.h>
#include <linux/init_syscalls.h>
#include <linux/fs.h>
#include <linux/fcntl.h>
#include <linux/stat.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/crc32.h>
#include <linux/syscalls.h>

/* usr/gen_init_cpio.py of: dir kt, dir kt/a 0750, file kt/a/f "hello\n" 0640
 * with hard link kt/a/h, slink kt/a/l -> f, nod kt/a/n c 1 3; every mtime 1000000
 * (the file's too: gen_init_cpio.py takes a file's own mtime); gzip'd. */
static const unsigned char kt_cpio_gz[176] = {
	0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0xff, 0x33, 0x30, 0x37, 0x30, 0x37,
	0x30, 0x34, 0x00, 0x01, 0x23, 0x17, 0x30, 0x6d, 0x62, 0xe8, 0xea, 0x62, 0x80, 0x1d, 0x18,
	0x01, 0xb1, 0x9b, 0x89, 0x91, 0x09, 0xba, 0xb8, 0x31, 0x94, 0x36, 0xc4, 0xa1, 0x0f, 0x26,
	0x6f, 0x90, 0x5d, 0xc2, 0x00, 0x04, 0x06, 0xc8, 0x76, 0x1a, 0x41, 0xed, 0xb4, 0xa0, 0xb2,
	0x9d, 0xa6, 0x08, 0x3b, 0xf5, 0x13, 0xd1, 0xec, 0x04, 0xeb, 0xb5, 0x30, 0x74, 0x34, 0xa0,
	0xb2, 0x9d, 0xe6, 0xc8, 0x76, 0xea, 0xa7, 0x61, 0xf8, 0x95, 0x54, 0x7b, 0xcd, 0xc8, 0xb2,
	0x37, 0x03, 0x64, 0x6f, 0x46, 0x6a, 0x4e, 0x4e, 0x3e, 0x17, 0x9a, 0xfd, 0x60, 0x83, 0x1d,
	0x0d, 0xdd, 0xdc, 0x70, 0x98, 0x63, 0x88, 0x66, 0xbf, 0x21, 0x59, 0xf6, 0xe7, 0x80, 0xec,
	0x4f, 0x43, 0xf7, 0x3b, 0x38, 0x3e, 0x8c, 0x0c, 0x71, 0x45, 0x33, 0x86, 0xdd, 0xb8, 0xc2,
	0x1c, 0xdd, 0x4d, 0xa8, 0x76, 0xe7, 0xa1, 0x85, 0x39, 0x61, 0x40, 0x28, 0xcd, 0xe2, 0x92,
	0x77, 0x82, 0x31, 0x42, 0x82, 0x1c, 0x3d, 0x7d, 0x5c, 0x83, 0x14, 0x15, 0x15, 0x19, 0x86,
	0x20, 0x00, 0x00, 0x6d, 0x4f, 0x16, 0x8b, 0x00, 0x04, 0x00, 0x00,
};

#define ARC_MAX 8192
static char arc[ARC_MAX];
static size_t arc_len;

/* Append one newc entry; @name_len 0 means strlen + 1 (the NUL). */
static void put_entry(const char *name, unsigned int mode, unsigned int ino, unsigned int nlink,
		      const char *body, size_t body_len, unsigned int name_len)
{
	size_t n = strlen(name);

	if (!name_len)
		name_len = n + 1;
	arc_len +=
		scnprintf(arc + arc_len, ARC_MAX - arc_len,
			  "070701%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X", ino, mode,
			  0, 0, nlink, 1000000, (unsigned int)body_len, 3, 1, 1, 3, name_len, 0);
	memcpy(arc + arc_len, name, n);
	arc_len += n;
	arc[arc_len++] = '\0';
	while (arc_len & 3)
		arc[arc_len++] = '\0';
	memcpy(arc + arc_len, body, body_len);
	arc_len += body_len;
	while (arc_len & 3)
		arc[arc_len++] = '\0';
}

static void put_trailer(void)
{
	put_entry("TRAILER!!!", 0, 0, 1, "", 0, 0);
}

static void start(void)
{
	memset(arc, 0, sizeof(arc));
	arc_len = 0;
}

/* Unpack into @dir (made fresh); the message or NULL */
static char *unpack_in(struct kunit *test, const char *dir, char *buf, size_t len)
{
	KUNIT_ASSERT_EQ(test, init_mkdir(dir, 0755), 0);
	KUNIT_ASSERT_EQ(test, (int)sys_chdir(dir), 0);
	buf = unpack_to_rootfs(buf, len);
	sys_chdir("/");
	return buf;
}

/* Unpack into a new scratch directory */
static char *unpack(struct kunit *test, char *buf, size_t len)
{
	static int round;
	char dir[32];

	scnprintf(dir, sizeof(dir), "/kt_unpack%d", round++);
	return unpack_in(test, dir, buf, len);
}

static long cat(const char *path, char *buf, size_t cap)
{
	struct file *f = filp_open(path, O_RDONLY, 0);
	long n;

	if (IS_ERR(f))
		return PTR_ERR(f);
	n = vfs_read(f, buf, cap, &f->f_pos);
	filp_close(f, NULL);
	return n;
}

static void check_small_tree(struct kunit *test, const char *top)
{
	struct kstat st, st2;
	char path[64], buf[16];

	scnprintf(path, sizeof(path), "%s/kt/a", top);
	KUNIT_ASSERT_EQ(test, init_stat(path, &st, 0), 0);
	KUNIT_EXPECT_TRUE(test, S_ISDIR(st.mode));
	KUNIT_EXPECT_EQ(test, st.mode & 07777, 0750);
	scnprintf(path, sizeof(path), "%s/kt/a/f", top);
	KUNIT_ASSERT_EQ(test, init_stat(path, &st, 0), 0);
	KUNIT_EXPECT_EQ(test, st.mode, S_IFREG | 0640);
	KUNIT_EXPECT_EQ(test, st.nlink, 2U);
	KUNIT_EXPECT_EQ(test, st.mtime.tv_sec, 1000000L);
	KUNIT_EXPECT_EQ(test, cat(path, buf, sizeof(buf)), 6L);
	KUNIT_EXPECT_TRUE(test, !memcmp(buf, "hello\n", 6));
	scnprintf(path, sizeof(path), "%s/kt/a/h", top);
	KUNIT_ASSERT_EQ(test, init_stat(path, &st2, 0), 0);
	KUNIT_EXPECT_EQ(test, st2.ino, st.ino);
	scnprintf(path, sizeof(path), "%s/kt/a/l", top);
	KUNIT_ASSERT_EQ(test, init_stat(path, &st2, AT_SYMLINK_NOFOLLOW), 0);
	KUNIT_EXPECT_TRUE(test, S_ISLNK(st2.mode));
	KUNIT_ASSERT_EQ(test, init_stat(path, &st2, 0), 0);
	KUNIT_EXPECT_EQ(test, st2.ino, st.ino);
	scnprintf(path, sizeof(path), "%s/kt/a/n", top);
	KUNIT_ASSERT_EQ(test, init_stat(path, &st2, AT_SYMLINK_NOFOLLOW), 0);
	KUNIT_EXPECT_EQ(test, st2.mode, S_IFCHR | 0600);
	KUNIT_EXPECT_EQ(test, st2.rdev, MKDEV(1, 3));
}

static void initramfs_gzip_test(struct kunit *test)
{
	char *copy = kmemdup(kt_cpio_gz, sizeof(kt_cpio_gz), GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, copy);
	KUNIT_EXPECT_PTR_EQ(test, unpack_in(test, "/kt_gz", copy, sizeof(kt_cpio_gz)), NULL);
	kfree(copy);
	check_small_tree(test, "/kt_gz");
}

static void initramfs_plain_test(struct kunit *test)
{
	/* Two archives back to back, with NUL padding between, as Linux allows */
	start();
	put_entry("kt", S_IFDIR | 0755, 1, 2, "", 0, 0);
	put_entry("kt/a", S_IFDIR | 0750, 2, 2, "", 0, 0);
	put_trailer();
	arc_len += 16;
	put_entry("kt/a/f", S_IFREG | 0640, 3, 2, "", 0, 0);
	put_entry("kt/a/h", S_IFREG | 0640, 3, 2, "hello\n", 6, 0);
	put_entry("kt/a/l", S_IFLNK | 0777, 4, 1, "f", 1, 0);
	put_entry("kt/a/n", S_IFCHR | 0600, 5, 1, "", 0, 0);
	put_trailer();
	KUNIT_EXPECT_PTR_EQ(test, unpack_in(test, "/kt_plain", arc, arc_len), NULL);
	check_small_tree(test, "/kt_plain");
}

/* One broken archive: unpacking stops with @msg */
static void expect_message(struct kunit *test, const char *msg)
{
	char *got = unpack(test, arc, arc_len);

	KUNIT_ASSERT_NOT_NULL(test, got);
	KUNIT_EXPECT_STREQ(test, got, msg);
}

static void initramfs_bad_magic_test(struct kunit *test)
{
	start();
	put_entry("x", S_IFREG | 0644, 1, 1, "data", 4, 0);
	arc[5] = '2';
	expect_message(test, "no cpio magic");
}

static void initramfs_old_cpio_test(struct kunit *test)
{
	start();
	put_entry("x", S_IFREG | 0644, 1, 1, "data", 4, 0);
	memcpy(arc, "070707", 6);
	expect_message(test, "incorrect cpio method used: use -H newc option");
}

static void initramfs_truncated_test(struct kunit *test)
{
	static const size_t cuts[] = { 50, 112, 120, 125 };
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(cuts); i++) {
		start();
		put_entry("trunc", S_IFREG | 0644, 1, 1, "0123456789", 10, 0);
		put_trailer();
		arc_len = cuts[i];
		expect_message(test, "truncated archive");
	}
}

static void initramfs_huge_size_test(struct kunit *test)
{
	start();
	put_entry("huge", S_IFREG | 0644, 1, 1, "abc", 3, 0);
	memcpy(arc + 6 + 6 * 8, "7FFFFFFF", 8); /* the file size field */
	put_trailer();
	expect_message(test, "truncated archive");
}

static void initramfs_long_name_test(struct kunit *test)
{
	start();
	put_entry("n", S_IFREG | 0644, 1, 1, "", 0, 0);
	memcpy(arc + 6 + 11 * 8, "00010000", 8); /* name_len 65536 > PATH_MAX: skipped... */
	put_trailer();
	expect_message(test, "truncated archive"); /* ...past the end of the archive */
}

static void initramfs_name_without_nul_test(struct kunit *test)
{
	start();
	put_entry("abcd", S_IFREG | 0644, 1, 1, "", 0, 4); /* name_len counts no NUL */
	put_trailer();
	expect_message(test, "malformed archive");
}

static void initramfs_symlink_without_nul_test(struct kunit *test)
{
	start();
	put_entry("lnk", S_IFLNK | 0777, 1, 1, "target", 6, 3);
	put_trailer();
	expect_message(test, "malformed archive");
}

static void initramfs_junk_test(struct kunit *test)
{
	start();
	put_entry("ok", S_IFREG | 0644, 1, 1, "", 0, 0);
	put_trailer();
	memcpy(arc + arc_len, "JUNK", 4);
	arc_len += 4;
	expect_message(test, "junk in compressed archive");
}

static void initramfs_broken_padding_test(struct kunit *test)
{
	start();
	put_entry("ok", S_IFREG | 0644, 1, 1, "", 0, 0);
	put_trailer();
	arc[arc_len + 1] = '0'; /* a header starting at an offset not a multiple of 4 */
	arc_len += 8;
	expect_message(test, "broken padding");
}

static void initramfs_bzip2_test(struct kunit *test)
{
	start();
	memcpy(arc, "BZh91AY&SY", 10);
	arc_len = 10;
	expect_message(test, "compression method bzip2 not configured");
}

static void initramfs_gzip_damaged_test(struct kunit *test)
{
	char *copy = kmemdup(kt_cpio_gz, sizeof(kt_cpio_gz), GFP_KERNEL);
	char *msg;

	KUNIT_ASSERT_NOT_NULL(test, copy);
	msg = unpack(test, copy, sizeof(kt_cpio_gz) - 20); /* cut short */
	KUNIT_EXPECT_STREQ(test, msg, "read error");
	memcpy(copy, kt_cpio_gz, sizeof(kt_cpio_gz));
	copy[sizeof(kt_cpio_gz) - 3] ^= 0x40; /* the stored length */
	msg = unpack(test, copy, sizeof(kt_cpio_gz));
	KUNIT_EXPECT_STREQ(test, msg, "length error");
	memcpy(copy, kt_cpio_gz, sizeof(kt_cpio_gz));
	copy[sizeof(kt_cpio_gz) - 8] ^= 0x01; /* the stored CRC */
	msg = unpack(test, copy, sizeof(kt_cpio_gz));
	KUNIT_EXPECT_STREQ(test, msg, "crc error");
	kfree(copy);
}

/* ---- the listing the harness compares with gen_init_cpio.py's manifest ---- */

#define LIST_PATH 512

struct list_ctx {
	char names[64][256];
	int n;
	loff_t resume;
};

static int list_filldir(void *buf, const char *name, int len, loff_t off, u64 ino,
			unsigned int type)
{
	struct list_ctx *ctx = buf;

	if ((len == 1 && name[0] == '.') || (len == 2 && name[0] == '.' && name[1] == '.'))
		return 0;
	if (ctx->n == 64 || len > 255)
		return -EINVAL; /* full: the rest comes in the next call */
	memcpy(ctx->names[ctx->n], name, len);
	ctx->names[ctx->n++][len] = '\0';
	return 0;
}

static u32 file_crc(const char *path, loff_t size)
{
	struct file *f = filp_open(path, O_RDONLY, 0);
	static char chunk[4096];
	u32 crc = ~0U;
	ssize_t n;

	if (IS_ERR(f))
		return 0;
	while ((n = vfs_read(f, chunk, sizeof(chunk), &f->f_pos)) > 0)
		crc = crc32_le(crc, (unsigned char *)chunk, n);
	filp_close(f, NULL);
	return ~crc;
}

static void list_one(struct kunit *test, const char *path)
{
	struct kstat st;
	char target[256];
	long n;

	if (init_stat(path, &st, AT_SYMLINK_NOFOLLOW)) {
		kunit_info(test, "initramfs: %s missing", path);
		return;
	}
	if (S_ISDIR(st.mode)) {
		kunit_info(test, "initramfs: %s d %o %u %u", path, st.mode & 07777, st.uid, st.gid);
	} else if (S_ISREG(st.mode)) {
		kunit_info(test, "initramfs: %s f %o %u %u %lld %08x %u %ld ino=%lu", path,
			   st.mode & 07777, st.uid, st.gid, st.size, file_crc(path, st.size),
			   st.nlink, st.mtime.tv_sec, (unsigned long)st.ino);
	} else if (S_ISLNK(st.mode)) {
		n = sys_readlinkat(AT_FDCWD, path, target, sizeof(target) - 1);
		target[n > 0 ? n : 0] = '\0';
		kunit_info(test, "initramfs: %s l %s %u %u %ld", path, target, st.uid, st.gid,
			   st.mtime.tv_sec);
	} else if (S_ISCHR(st.mode) || S_ISBLK(st.mode)) {
		kunit_info(test, "initramfs: %s %c %o %u %u %u:%u %ld", path,
			   S_ISCHR(st.mode) ? 'c' : 'b', st.mode & 07777, st.uid, st.gid,
			   MAJOR(st.rdev), MINOR(st.rdev), st.mtime.tv_sec);
	} else {
		kunit_info(test, "initramfs: %s %c %o %u %u %ld", path,
			   S_ISFIFO(st.mode) ? 'p' : 's', st.mode & 07777, st.uid, st.gid,
			   st.mtime.tv_sec);
	}
}

static void list_tree(struct kunit *test, const char *dir, int depth)
{
	struct list_ctx *ctx = kzalloc(sizeof(*ctx), GFP_KERNEL);
	char *path = kmalloc(LIST_PATH, GFP_KERNEL);
	struct file *f;
	int i;

	KUNIT_ASSERT_NOT_NULL(test, ctx);
	KUNIT_ASSERT_NOT_NULL(test, path);
	list_one(test, dir);
	f = filp_open(dir, O_RDONLY | O_DIRECTORY, 0);
	if (IS_ERR(f) || depth > 16)
		goto out;
	do {
		ctx->n = 0;
		vfs_readdir(f, list_filldir, ctx);
		for (i = 0; i < ctx->n; i++) {
			struct kstat st;

			scnprintf(path, LIST_PATH, "%s/%s", dir, ctx->names[i]);
			if (!init_stat(path, &st, AT_SYMLINK_NOFOLLOW) && S_ISDIR(st.mode))
				list_tree(test, path, depth + 1);
			else
				list_one(test, path);
		}
	} while (ctx->n == 64);
	filp_close(f, NULL);
out:
	kfree(path);
	kfree(ctx);
}

/* Everything under /t, one line each (the harness's 1,000-entry archive puts it there) */
static void initramfs_listing(struct kunit *test)
{
	struct kstat st;

	if (init_stat("/t", &st, 0)) {
		kunit_info(test, "initramfs: no /t in this boot's archive");
		return;
	}
	list_tree(test, "/t", 0);
}

static struct kunit_case initramfs_cases[] = { KUNIT_CASE(initramfs_gzip_test),
					       KUNIT_CASE(initramfs_plain_test),
					       KUNIT_CASE(initramfs_bad_magic_test),
					       KUNIT_CASE(initramfs_old_cpio_test),
					       KUNIT_CASE(initramfs_truncated_test),
					       KUNIT_CASE(initramfs_huge_size_test),
					       KUNIT_CASE(initramfs_long_name_test),
					       KUNIT_CASE(initramfs_name_without_nul_test),
					       KUNIT_CASE(initramfs_symlink_without_nul_test),
					       KUNIT_CASE(initramfs_junk_test),
					       KUNIT_CASE(initramfs_broken_padding_test),
					       KUNIT_CASE(initramfs_bzip2_test),
					       KUNIT_CASE(initramfs_gzip_damaged_test),
					       KUNIT_CASE(initramfs_listing),
					       {} };

static struct kunit_suite initramfs_suite = {
	.name = "initramfs",
	.test_cases = initramfs_cases,
};
kunit_test_suite(initramfs_suite);
