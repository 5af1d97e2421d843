/*
 * files.c - the file system calls over the VFS: open/close, read/write
 * and their vector and positional forms, seeks, descriptors (dup, fcntl,
 * ioctl, close-on-exec), stat in its three i386 layouts, directories
 * (getdents, mkdir, rmdir, rename, link, symlink, readlink, *at forms),
 * the current directory, permissions and owners, mknod, truncate,
 * statfs, sync, pipes, select/poll and their signal-mask forms,
 * sendfile, utimes, mount; each with its bad inputs (-EFAULT, -EBADF,
 * -EINVAL, -ENOENT, -EEXIST, -ENOTDIR, -EISDIR, -ENOTEMPTY, -ELOOP,
 * -ENAMETOOLONG, -EMFILE, -ESPIPE...). Everything runs in /tmp, so the
 * program works the same on any Linux root file system. Calls are made
 * by number (sys()) so the call under test is the one glibc would not
 * pick for us (stat64 and not statx, select and not pselect6).
 */
#define _GNU_SOURCE
#include "usertest.h"
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <sys/wait.h>

#define KERNEL_PTR 0xc0100000L
#define UNMAPPED_PTR 0x00001000L
#define L(p) ((long)(p))

/*
 * SAY - say() with its first value computed before the others: C leaves
 * the order of arguments open, and the later ones read what the first
 * call changed (a stat buffer, a flag).
 */
#define SAY(fmt, first, ...)                   \
	do {                                   \
		long first_ = (long)(first);   \
		say(fmt, first_, __VA_ARGS__); \
	} while (0)

/* struct stat64 as the i386 kernel writes it */
struct kstat64 {
	unsigned long long st_dev;
	unsigned char pad0[4];
	unsigned long __st_ino;
	unsigned int st_mode, st_nlink;
	unsigned long st_uid, st_gid;
	unsigned long long st_rdev;
	unsigned char pad3[4];
	long long st_size;
	unsigned long st_blksize;
	unsigned long long st_blocks;
	unsigned long a_sec, a_nsec, m_sec, m_nsec, c_sec, c_nsec;
	unsigned long long st_ino;
} __attribute__((packed));

/* newstat's struct stat and the first (old) one */
struct knewstat {
	unsigned long st_dev, st_ino;
	unsigned short st_mode, st_nlink, st_uid, st_gid;
	unsigned long st_rdev, st_size, st_blksize, st_blocks;
	unsigned long times[6], unused[2];
};

struct koldstat {
	unsigned short st_dev, st_ino, st_mode, st_nlink, st_uid, st_gid, st_rdev;
	unsigned long st_size, a_sec, m_sec, c_sec;
};

struct kstatfs64 {
	unsigned int f_type, f_bsize;
	unsigned long long f_blocks, f_bfree, f_bavail, f_files, f_ffree;
	int f_fsid[2];
	unsigned int f_namelen, f_frsize, f_spare[5];
} __attribute__((packed, aligned(4)));

static long sys6(long nr, long a, long b, long c, long d, long e, long f)
{
	long r = syscall(nr, a, b, c, d, e, f);

	return r == -1 ? -errno : r;
}

static long st64(const char *path, struct kstat64 *st)
{
	return sys(SYS_stat64, L(path), L(st), 0, 0);
}

static void put_file(const char *path, const char *text)
{
	int fd = sys(SYS_open, L(path), O_CREAT | O_WRONLY | O_TRUNC, 0644, 0);

	sys(SYS_write, fd, L(text), strlen(text), 0);
	sys(SYS_close, fd, 0, 0, 0);
}

static void opens(void)
{
	char *longname = malloc(5000);
	char comp[300];
	long fd, dfd;

	memset(longname, 'a', 4999);
	longname[0] = '/';
	longname[4999] = 0;
	memset(comp, 'b', 299);
	comp[0] = '/';
	comp[299] = 0;
	fd = sys(SYS_open, L("/tmp/f"), O_CREAT | O_WRONLY | O_TRUNC, 0644, 0);
	say("open creat fd>=3 %d", fd >= 3);
	say("write 10 %ld", sys(SYS_write, fd, L("0123456789"), 10, 0));
	say("read on O_WRONLY %ld", sys(SYS_read, fd, L(comp), 1, 0));
	say("close %ld", sys(SYS_close, fd, 0, 0, 0));
	say("close again %ld", sys(SYS_close, fd, 0, 0, 0));
	say("close -1 %ld", sys(SYS_close, -1, 0, 0, 0));
	say("open missing %ld", sys(SYS_open, L("/tmp/nonexistent"), O_RDONLY, 0, 0));
	say("open missing dir %ld", sys(SYS_open, L("/tmp/nodir/x"), O_CREAT | O_RDWR, 0644, 0));
	say("open O_EXCL existing %ld",
	    sys(SYS_open, L("/tmp/f"), O_CREAT | O_EXCL | O_RDWR, 0644, 0));
	say("open through a file %ld", sys(SYS_open, L("/tmp/f/x"), O_RDONLY, 0, 0));
	say("open dir for writing %ld", sys(SYS_open, L("/tmp"), O_WRONLY, 0, 0));
	say("open O_DIRECTORY on a file %ld", sys(SYS_open, L("/tmp/f"), O_DIRECTORY, 0, 0));
	say("open NULL %ld", sys(SYS_open, 0, O_RDONLY, 0, 0));
	say("open kernel %ld", sys(SYS_open, KERNEL_PTR, O_RDONLY, 0, 0));
	say("open unmapped %ld", sys(SYS_open, UNMAPPED_PTR, O_RDONLY, 0, 0));
	say("open empty name %ld", sys(SYS_open, L(""), O_RDONLY, 0, 0));
	say("open path too long %ld", sys(SYS_open, L(longname), O_RDONLY, 0, 0));
	say("open name too long %ld", sys(SYS_open, L(comp), O_CREAT | O_RDWR, 0644, 0));
	sys(SYS_symlink, L("/tmp/loop1"), L("/tmp/loop2"), 0, 0);
	sys(SYS_symlink, L("/tmp/loop2"), L("/tmp/loop1"), 0, 0);
	say("open symlink loop %ld", sys(SYS_open, L("/tmp/loop1"), O_RDONLY, 0, 0));
	sys(SYS_symlink, L("/tmp/f"), L("/tmp/lnk"), 0, 0);
	say("open O_NOFOLLOW symlink %ld",
	    sys(SYS_open, L("/tmp/lnk"), O_RDONLY | O_NOFOLLOW, 0, 0));
	fd = sys(SYS_open, L("/tmp/lnk"), O_RDONLY, 0, 0);
	say("open through symlink ok %d", fd >= 0);
	sys(SYS_close, fd, 0, 0, 0);
	dfd = sys(SYS_open, L("/tmp"), O_RDONLY | O_DIRECTORY, 0, 0);
	fd = sys(SYS_openat, dfd, L("f"), O_RDONLY, 0);
	say("openat dirfd ok %d", fd >= 0);
	say("openat bad dirfd %ld", sys(SYS_openat, 99, L("f"), O_RDONLY, 0));
	say("openat file as dirfd %ld", sys(SYS_openat, fd, L("f"), O_RDONLY, 0));
	say("openat absolute ignores dirfd %d", sys(SYS_openat, 99, L("/tmp/f"), O_RDONLY, 0) >= 0);
	fd = sys(SYS_creat, L("/tmp/c"), 0600, 0, 0);
	SAY("creat ok %d, write %ld", fd >= 0, sys(SYS_write, fd, L("xy"), 2, 0));
	say("creat O_WRONLY: read %ld", sys(SYS_read, fd, L(comp), 1, 0));
	free(longname);
}

static void reads(void)
{
	char buf[32] = { 0 };
	long long pos = 0;
	struct iovec iov[2];
	long fd = sys(SYS_open, L("/tmp/f"), O_RDWR, 0, 0), dfd, p[2];

	SAY("read 4 %ld '%.4s'", sys(SYS_read, fd, L(buf), 4, 0), buf);
	say("read NULL %ld", sys(SYS_read, fd, 0, 4, 0));
	say("read kernel %ld", sys(SYS_read, fd, KERNEL_PTR, 4, 0));
	say("read bad fd %ld", sys(SYS_read, 77, L(buf), 4, 0));
	say("write kernel %ld", sys(SYS_write, fd, KERNEL_PTR, 4, 0));
	say("lseek SET 3 %ld", sys(SYS_lseek, fd, 3, SEEK_SET, 0));
	say("lseek CUR 2 %ld", sys(SYS_lseek, fd, 2, SEEK_CUR, 0));
	say("lseek END 0 %ld", sys(SYS_lseek, fd, 0, SEEK_END, 0));
	say("lseek negative %ld", sys(SYS_lseek, fd, -100, SEEK_SET, 0));
	say("lseek whence 7 %ld", sys(SYS_lseek, fd, 0, 7, 0));
	say("lseek bad fd %ld", sys(SYS_lseek, 77, 0, SEEK_SET, 0));
	SAY("_llseek %ld pos %lld", sys6(SYS__llseek, fd, 0, 6, L(&pos), SEEK_SET, 0), pos);
	say("_llseek bad result %ld", sys6(SYS__llseek, fd, 0, 6, KERNEL_PTR, SEEK_SET, 0));
	say("_llseek whence 9 %ld", sys6(SYS__llseek, fd, 0, 6, L(&pos), 9, 0));
	memset(buf, 0, sizeof(buf));
	SAY("pread64 at 2 %ld '%.3s'", sys6(SYS_pread64, fd, L(buf), 3, 2, 0, 0), buf);
	say("pread64 position kept %ld", sys(SYS_lseek, fd, 0, SEEK_CUR, 0));
	say("pread64 negative %ld", sys6(SYS_pread64, fd, L(buf), 3, -1, -1, 0));
	say("pwrite64 at 8 %ld", sys6(SYS_pwrite64, fd, L("AB"), 2, 8, 0, 0));
	say("pwrite64 past end %ld", sys6(SYS_pwrite64, fd, L("Z"), 1, 12, 0, 0));
	memset(buf, 0, sizeof(buf));
	say("pread64 all %ld", sys6(SYS_pread64, fd, L(buf), 32, 0, 0, 0));
	SAY("hole byte %d last %c", buf[10], buf[12]);
	sys(SYS_lseek, fd, 0, SEEK_SET, 0);
	memset(buf, 0, sizeof(buf));
	iov[0].iov_base = buf;
	iov[0].iov_len = 3;
	iov[1].iov_base = buf + 10;
	iov[1].iov_len = 4;
	SAY("readv %ld '%.3s' '%.4s'", sys(SYS_readv, fd, L(iov), 2, 0), buf, buf + 10);
	say("readv -1 %ld", sys(SYS_readv, fd, L(iov), -1, 0));
	say("readv 1025 %ld", sys(SYS_readv, fd, L(iov), 1025, 0));
	say("readv bad iov %ld", sys(SYS_readv, fd, KERNEL_PTR, 2, 0));
	iov[1].iov_base = (void *)KERNEL_PTR;
	say("readv kernel base %ld", sys(SYS_readv, fd, L(iov), 2, 0));
	iov[0].iov_base = "ab";
	iov[0].iov_len = 2;
	iov[1].iov_base = "cde";
	iov[1].iov_len = 3;
	say("writev %ld", sys(SYS_writev, fd, L(iov), 2, 0));
	say("writev 0 %ld", sys(SYS_writev, fd, L(iov), 0, 0));
	say("size now %ld", sys(SYS_lseek, fd, 0, SEEK_END, 0));
	dfd = sys(SYS_open, L("/tmp"), O_RDONLY, 0, 0);
	say("read a directory %ld", sys(SYS_read, dfd, L(buf), 4, 0));
	sys(SYS_close, dfd, 0, 0, 0);
	sys(SYS_pipe, L(p), 0, 0, 0);
	say("lseek pipe %ld", sys(SYS_lseek, p[0], 0, SEEK_CUR, 0));
	say("pread64 pipe %ld", sys6(SYS_pread64, p[0], L(buf), 1, 0, 0, 0));
	sys(SYS_close, p[0], 0, 0, 0);
	sys(SYS_close, p[1], 0, 0, 0);
	sys(SYS_close, fd, 0, 0, 0);
}

static void descriptors(void)
{
	long fd = sys(SYS_open, L("/tmp/f"), O_RDWR, 0, 0), d, n;
	int on = 1, avail = -1;
	long fds[1100];

	d = sys(SYS_dup, fd, 0, 0, 0);
	say("dup is fd+1 %d", d == fd + 1);
	say("dup bad %ld", sys(SYS_dup, 77, 0, 0, 0));
	say("dup2 same %d", sys(SYS_dup2, fd, fd, 0, 0) == fd);
	say("dup2 bad old %ld", sys(SYS_dup2, 77, 20, 0, 0));
	say("dup2 to 20 %ld", sys(SYS_dup2, fd, 20, 0, 0));
	say("dup2 past limit %ld", sys(SYS_dup2, fd, 5000, 0, 0));
	say("dup3 same %ld", sys(SYS_dup3, fd, fd, 0, 0));
	say("dup3 bad flags %ld", sys(SYS_dup3, fd, 21, 4, 0));
	SAY("dup3 cloexec %ld getfd %ld", sys(SYS_dup3, fd, 21, O_CLOEXEC, 0),
	    sys(SYS_fcntl64, 21, F_GETFD, 0, 0));
	SAY("shared position: lseek via dup %ld, seen %ld", sys(SYS_lseek, d, 4, SEEK_SET, 0),
	    sys(SYS_lseek, fd, 0, SEEK_CUR, 0));
	say("F_GETFD %ld", sys(SYS_fcntl64, fd, F_GETFD, 0, 0));
	SAY("F_SETFD %ld F_GETFD %ld", sys(SYS_fcntl64, fd, F_SETFD, FD_CLOEXEC, 0),
	    sys(SYS_fcntl64, fd, F_GETFD, 0, 0));
	sys(SYS_fcntl64, fd, F_SETFD, 0, 0);
	say("F_GETFL %lo",
	    sys(SYS_fcntl64, fd, F_GETFL, 0, 0) & (O_ACCMODE | O_APPEND | O_NONBLOCK));
	say("F_SETFL %ld", sys(SYS_fcntl64, fd, F_SETFL, O_APPEND | O_NONBLOCK | O_RDONLY, 0));
	say("F_GETFL %lo",
	    sys(SYS_fcntl64, fd, F_GETFL, 0, 0) & (O_ACCMODE | O_APPEND | O_NONBLOCK));
	say("dup sees the flags %lo",
	    sys(SYS_fcntl64, d, F_GETFL, 0, 0) & (O_ACCMODE | O_APPEND | O_NONBLOCK));
	sys(SYS_fcntl64, fd, F_SETFL, 0, 0);
	say("F_DUPFD 10 %ld", sys(SYS_fcntl64, fd, F_DUPFD, 10, 0));
	say("F_DUPFD 10 again %ld", sys(SYS_fcntl64, fd, F_DUPFD, 10, 0));
	SAY("F_DUPFD_CLOEXEC 30 %ld getfd %ld", sys(SYS_fcntl64, fd, F_DUPFD_CLOEXEC, 30, 0),
	    sys(SYS_fcntl64, 30, F_GETFD, 0, 0));
	say("F_DUPFD past limit %ld", sys(SYS_fcntl64, fd, F_DUPFD, 100000, 0));
	say("fcntl bad cmd %ld", sys(SYS_fcntl64, fd, 9999, 0, 0));
	say("fcntl bad fd %ld", sys(SYS_fcntl64, 77, F_GETFD, 0, 0));
	say("fcntl (55) F_GETFD %ld", sys(SYS_fcntl, fd, F_GETFD, 0, 0));
	SAY("ioctl FIOCLEX %ld getfd %ld", sys(SYS_ioctl, fd, FIOCLEX, 0, 0),
	    sys(SYS_fcntl64, fd, F_GETFD, 0, 0));
	SAY("ioctl FIONCLEX %ld getfd %ld", sys(SYS_ioctl, fd, FIONCLEX, 0, 0),
	    sys(SYS_fcntl64, fd, F_GETFD, 0, 0));
	SAY("ioctl FIONBIO %ld nonblock %d", sys(SYS_ioctl, fd, FIONBIO, L(&on), 0),
	    (sys(SYS_fcntl64, fd, F_GETFL, 0, 0) & O_NONBLOCK) != 0);
	say("ioctl FIONBIO NULL %ld", sys(SYS_ioctl, fd, FIONBIO, 0, 0));
	sys(SYS_lseek, fd, 3, SEEK_SET, 0);
	SAY("ioctl FIONREAD %ld avail %d", sys(SYS_ioctl, fd, FIONREAD, L(&avail), 0), avail);
	say("ioctl TCGETS on a file %ld", sys(SYS_ioctl, fd, 0x5401, L(fds), 0));
	say("ioctl unknown %ld", sys(SYS_ioctl, fd, 0x12345678, 0, 0));
	say("ioctl bad fd %ld", sys(SYS_ioctl, 77, FIOCLEX, 0, 0));
	for (n = 0; n < 1100; n++) {
		fds[n] = sys(SYS_dup, fd, 0, 0, 0);
		if (fds[n] < 0)
			break;
	}
	SAY("dup until full: %ld, highest %ld", fds[n], fds[n - 1]);
	say("open when full %ld", sys(SYS_open, L("/tmp/f"), O_RDONLY, 0, 0));
	say("pipe when full %ld", sys(SYS_pipe, L(fds + 1090), 0, 0, 0));
	while (n-- > 0)
		sys(SYS_close, fds[n], 0, 0, 0);
	sys(SYS_close, 10, 0, 0, 0);
	sys(SYS_close, 11, 0, 0, 0);
	sys(SYS_close, 20, 0, 0, 0);
	sys(SYS_close, 21, 0, 0, 0);
	sys(SYS_close, 30, 0, 0, 0);
	sys(SYS_close, d, 0, 0, 0);
	sys(SYS_close, fd, 0, 0, 0);
}

static void stats(void)
{
	struct kstat64 st;
	struct knewstat ns;
	struct koldstat os;
	long fd;

	SAY("stat64 %ld mode %o size %lld nlink %u", st64("/tmp/f", &st), st.st_mode, st.st_size,
	    st.st_nlink);
	SAY("lstat64 %ld mode %o size %lld", sys(SYS_lstat64, L("/tmp/lnk"), L(&st), 0, 0),
	    st.st_mode, st.st_size);
	say("stat64 through symlink mode %o", st64("/tmp/lnk", &st) ? 0 : st.st_mode);
	fd = sys(SYS_open, L("/tmp/f"), O_RDONLY, 0, 0);
	SAY("fstat64 %ld mode %o size %lld", sys(SYS_fstat64, fd, L(&st), 0, 0), st.st_mode,
	    st.st_size);
	SAY("fstatat64 nofollow %ld mode %o",
	    sys(SYS_fstatat64, AT_FDCWD, L("/tmp/lnk"), L(&st), AT_SYMLINK_NOFOLLOW), st.st_mode);
	say("fstatat64 bad flag %ld", sys(SYS_fstatat64, AT_FDCWD, L("/tmp/f"), L(&st), 0x1));
	say("fstatat64 bad dirfd %ld", sys(SYS_fstatat64, 77, L("f"), L(&st), 0));
	say("stat64 missing %ld", st64("/tmp/nonexistent", &st));
	say("stat64 NULL buf %ld", sys(SYS_stat64, L("/tmp/f"), 0, 0, 0));
	say("stat64 kernel buf %ld", sys(SYS_stat64, L("/tmp/f"), KERNEL_PTR, 0, 0));
	say("stat64 NULL path %ld", sys(SYS_stat64, 0, L(&st), 0, 0));
	say("stat64 ENOTDIR %ld", st64("/tmp/f/x", &st));
	say("fstat64 bad fd %ld", sys(SYS_fstat64, 77, L(&st), 0, 0));
	SAY("newstat %ld mode %o size %lu nlink %u", sys(SYS_stat, L("/tmp/f"), L(&ns), 0, 0),
	    ns.st_mode, ns.st_size, ns.st_nlink);
	SAY("newlstat %ld mode %o", sys(SYS_lstat, L("/tmp/lnk"), L(&ns), 0, 0), ns.st_mode);
	SAY("newfstat %ld size %lu", sys(SYS_fstat, fd, L(&ns), 0, 0), ns.st_size);
	SAY("oldstat %ld mode %o size %lu", sys(18, L("/tmp/f"), L(&os), 0, 0), os.st_mode,
	    os.st_size);
	SAY("oldlstat %ld mode %o", sys(84, L("/tmp/lnk"), L(&os), 0, 0), os.st_mode);
	SAY("oldfstat %ld size %lu", sys(28, fd, L(&os), 0, 0), os.st_size);
	say("stat64 / is a dir %d", st64("/", &st) == 0 && S_ISDIR(st.st_mode));
	sys(SYS_close, fd, 0, 0, 0);
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* getdents64 (or getdents) of @path, the names sorted with their types */
static void list_dir(const char *path, int old)
{
	char buf[1024], line[256] = "", *names[32];
	long fd = sys(SYS_open, L(path), O_RDONLY | O_DIRECTORY, 0, 0), n;
	int count = 0, i;

	while ((n = sys(old ? SYS_getdents : SYS_getdents64, fd, L(buf), sizeof(buf), 0)) > 0) {
		long off = 0;

		while (off < n && count < 32) {
			char *name, type;
			unsigned short reclen;

			if (old) {
				reclen = *(unsigned short *)(buf + off + 8);
				name = buf + off + 10;
				type = buf[off + reclen - 1];
			} else {
				reclen = *(unsigned short *)(buf + off + 16);
				name = buf + off + 19;
				type = buf[off + 18];
			}
			names[count] = malloc(strlen(name) + 4);
			sprintf(names[count++], "%s:%d", name, type);
			off += reclen;
		}
	}
	qsort(names, count, sizeof(names[0]), cmp_names);
	for (i = 0; i < count; i++) {
		strcat(line, " ");
		strcat(line, names[i]);
		free(names[i]);
	}
	SAY("%s %s:%s (end %ld)", old ? "getdents" : "getdents64", path, line, n);
	sys(SYS_close, fd, 0, 0, 0);
}

static void directories(void)
{
	char buf[64];
	struct kstat64 st;
	long fd;

	say("mkdir %ld", sys(SYS_mkdir, L("/tmp/d"), 0755, 0, 0));
	say("mkdir existing %ld", sys(SYS_mkdir, L("/tmp/d"), 0755, 0, 0));
	say("mkdir no parent %ld", sys(SYS_mkdir, L("/tmp/no/d"), 0755, 0, 0));
	say("mkdir under a file %ld", sys(SYS_mkdir, L("/tmp/f/d"), 0755, 0, 0));
	say("mkdir NULL %ld", sys(SYS_mkdir, 0, 0755, 0, 0));
	put_file("/tmp/d/a", "a");
	put_file("/tmp/d/b", "bb");
	sys(SYS_mkdir, L("/tmp/d/sub"), 0755, 0, 0);
	list_dir("/tmp/d", 0);
	list_dir("/tmp/d", 1);
	st64("/tmp/d", &st);
	say("dir nlink %u", st.st_nlink);
	fd = sys(SYS_open, L("/tmp/f"), O_RDONLY, 0, 0);
	say("getdents64 on a file %ld", sys(SYS_getdents64, fd, L(buf), sizeof(buf), 0));
	sys(SYS_close, fd, 0, 0, 0);
	fd = sys(SYS_open, L("/tmp/d"), O_RDONLY, 0, 0);
	say("getdents64 tiny buffer %ld", sys(SYS_getdents64, fd, L(buf), 4, 0));
	say("getdents64 bad buffer %ld", sys(SYS_getdents64, fd, KERNEL_PTR, 64, 0));
	say("getdents64 bad fd %ld", sys(SYS_getdents64, 77, L(buf), 64, 0));
	sys(SYS_close, fd, 0, 0, 0);
	say("rmdir non-empty %ld", sys(SYS_rmdir, L("/tmp/d"), 0, 0, 0));
	say("rmdir a file %ld", sys(SYS_rmdir, L("/tmp/d/a"), 0, 0, 0));
	say("rmdir . %ld", sys(SYS_rmdir, L("/tmp/d/sub/."), 0, 0, 0));
	say("rmdir missing %ld", sys(SYS_rmdir, L("/tmp/d/zz"), 0, 0, 0));
	say("unlink a dir %ld", sys(SYS_unlink, L("/tmp/d/sub"), 0, 0, 0));
	say("unlink missing %ld", sys(SYS_unlink, L("/tmp/d/zz"), 0, 0, 0));
	say("unlinkat bad flag %ld", sys(SYS_unlinkat, AT_FDCWD, L("/tmp/d/a"), 0x1, 0));
	say("unlinkat AT_REMOVEDIR %ld", sys(SYS_unlinkat, AT_FDCWD, L("/tmp/d/sub"), 0x200, 0));
	say("mkdirat %ld", sys(SYS_mkdirat, AT_FDCWD, L("/tmp/d/sub2"), 0700, 0));
	st64("/tmp/d/sub2", &st);
	say("mkdirat mode %o", st.st_mode);
	say("rename over a file %ld", sys(SYS_rename, L("/tmp/d/a"), L("/tmp/d/b"), 0, 0));
	SAY("renamed stat %ld size %lld", st64("/tmp/d/b", &st), st.st_size);
	say("old name gone %ld", st64("/tmp/d/a", &st));
	say("rename dir into itself %ld", sys(SYS_rename, L("/tmp/d"), L("/tmp/d/sub2/x"), 0, 0));
	say("rename file over dir %ld", sys(SYS_rename, L("/tmp/d/b"), L("/tmp/d/sub2"), 0, 0));
	say("rename dir over file %ld", sys(SYS_rename, L("/tmp/d/sub2"), L("/tmp/d/b"), 0, 0));
	put_file("/tmp/d/sub2/in", "x");
	sys(SYS_mkdir, L("/tmp/d/e"), 0755, 0, 0);
	say("rename dir over non-empty %ld",
	    sys(SYS_rename, L("/tmp/d/e"), L("/tmp/d/sub2"), 0, 0));
	say("rename dir over empty %ld", sys(SYS_rename, L("/tmp/d/sub2"), L("/tmp/d/e"), 0, 0));
	say("rename missing %ld", sys(SYS_rename, L("/tmp/d/zz"), L("/tmp/d/yy"), 0, 0));
	say("renameat %ld", sys(SYS_renameat, AT_FDCWD, L("/tmp/d/b"), AT_FDCWD, L("/tmp/d/c")));
	say("link %ld", sys(SYS_link, L("/tmp/d/c"), L("/tmp/d/c2"), 0, 0));
	st64("/tmp/d/c", &st);
	say("link nlink %u", st.st_nlink);
	say("link existing %ld", sys(SYS_link, L("/tmp/d/c"), L("/tmp/d/c2"), 0, 0));
	say("link a dir %ld", sys(SYS_link, L("/tmp/d/e"), L("/tmp/d/e2"), 0, 0));
	say("link missing %ld", sys(SYS_link, L("/tmp/d/zz"), L("/tmp/d/e2"), 0, 0));
	say("linkat bad flag %ld",
	    sys6(SYS_linkat, AT_FDCWD, L("/tmp/d/c"), AT_FDCWD, L("/tmp/d/c3"), 0x1, 0));
	say("unlink one link %ld", sys(SYS_unlink, L("/tmp/d/c2"), 0, 0, 0));
	st64("/tmp/d/c", &st);
	say("nlink after unlink %u", st.st_nlink);
	say("symlink %ld", sys(SYS_symlink, L("c"), L("/tmp/d/s"), 0, 0));
	say("symlink existing %ld", sys(SYS_symlink, L("c"), L("/tmp/d/s"), 0, 0));
	say("symlinkat %ld", sys(SYS_symlinkat, L("/nowhere"), AT_FDCWD, L("/tmp/d/dangling"), 0));
	say("stat dangling %ld", st64("/tmp/d/dangling", &st));
	memset(buf, 0, sizeof(buf));
	SAY("readlink %ld '%s'", sys(SYS_readlink, L("/tmp/d/s"), L(buf), sizeof(buf), 0), buf);
	memset(buf, 0, sizeof(buf));
	SAY("readlink short %ld '%s'", sys(SYS_readlink, L("/tmp/d/dangling"), L(buf), 3, 0), buf);
	say("readlink not a link %ld", sys(SYS_readlink, L("/tmp/d/c"), L(buf), 64, 0));
	say("readlink size 0 %ld", sys(SYS_readlink, L("/tmp/d/s"), L(buf), 0, 0));
	say("readlink bad buf %ld", sys(SYS_readlink, L("/tmp/d/s"), KERNEL_PTR, 64, 0));
	say("readlinkat %ld", sys(SYS_readlinkat, AT_FDCWD, L("/tmp/d/s"), L(buf), 64));
}

static void cwd(void)
{
	char buf[128];
	long fd;

	say("chdir %ld", sys(SYS_chdir, L("/tmp/d"), 0, 0, 0));
	SAY("getcwd %ld '%s'", sys(SYS_getcwd, L(buf), sizeof(buf), 0, 0), buf);
	say("relative open %d", sys(SYS_open, L("c"), O_RDONLY, 0, 0) >= 0);
	say("getcwd small %ld", sys(SYS_getcwd, L(buf), 3, 0, 0));
	say("getcwd bad buf %ld", sys(SYS_getcwd, KERNEL_PTR, 128, 0, 0));
	say("chdir .. %ld", sys(SYS_chdir, L(".."), 0, 0, 0));
	SAY("getcwd %ld '%s'", sys(SYS_getcwd, L(buf), sizeof(buf), 0, 0), buf);
	say("chdir a file %ld", sys(SYS_chdir, L("/tmp/f"), 0, 0, 0));
	say("chdir missing %ld", sys(SYS_chdir, L("/tmp/zz"), 0, 0, 0));
	fd = sys(SYS_open, L("/tmp/d/e"), O_RDONLY, 0, 0);
	say("fchdir %ld", sys(SYS_fchdir, fd, 0, 0, 0));
	SAY("getcwd %ld '%s'", sys(SYS_getcwd, L(buf), sizeof(buf), 0, 0), buf);
	sys(SYS_close, fd, 0, 0, 0);
	fd = sys(SYS_open, L("/tmp/f"), O_RDONLY, 0, 0);
	say("fchdir a file %ld", sys(SYS_fchdir, fd, 0, 0, 0));
	say("fchdir bad fd %ld", sys(SYS_fchdir, 77, 0, 0, 0));
	sys(SYS_close, fd, 0, 0, 0);
	sys(SYS_mkdir, L("/tmp/gone"), 0755, 0, 0);
	sys(SYS_chdir, L("/tmp/gone"), 0, 0, 0);
	sys(SYS_rmdir, L("/tmp/gone"), 0, 0, 0);
	say("getcwd of a removed dir %ld", sys(SYS_getcwd, L(buf), sizeof(buf), 0, 0));
	sys(SYS_chdir, L("/"), 0, 0, 0);
}

static void modes(void)
{
	struct kstat64 st;
	long fd;

	say("access F_OK %ld", sys(SYS_access, L("/tmp/f"), F_OK, 0, 0));
	say("access R_OK|W_OK %ld", sys(SYS_access, L("/tmp/f"), R_OK | W_OK, 0, 0));
	say("access X_OK on 0644 %ld", sys(SYS_access, L("/tmp/f"), X_OK, 0, 0));
	say("access X_OK on a dir %ld", sys(SYS_access, L("/tmp"), X_OK, 0, 0));
	say("access bad mode %ld", sys(SYS_access, L("/tmp/f"), 8, 0, 0));
	say("access missing %ld", sys(SYS_access, L("/tmp/zz"), F_OK, 0, 0));
	say("faccessat %ld", sys(SYS_faccessat, AT_FDCWD, L("/tmp/f"), R_OK, 0));
	say("umask old %ld", sys(SYS_umask, 027, 0, 0, 0));
	fd = sys(SYS_open, L("/tmp/m"), O_CREAT | O_RDWR, 0777, 0);
	sys(SYS_mkdir, L("/tmp/md"), 0777, 0, 0);
	say("umask set %lo", sys(SYS_umask, 022, 0, 0, 0));
	st64("/tmp/m", &st);
	say("created with umask 027: %o", st.st_mode);
	st64("/tmp/md", &st);
	say("mkdir with umask 027: %o", st.st_mode);
	say("chmod %ld", sys(SYS_chmod, L("/tmp/m"), 04755, 0, 0));
	st64("/tmp/m", &st);
	say("mode %o", st.st_mode);
	say("access X_OK now %ld", sys(SYS_access, L("/tmp/m"), X_OK, 0, 0));
	say("chown32 %ld", sys(SYS_chown32, L("/tmp/m"), 1, 2, 0));
	st64("/tmp/m", &st);
	SAY("uid %lu gid %lu mode %o (set-user-ID dropped)", st.st_uid, st.st_gid, st.st_mode);
	say("chown32 -1 -1 %ld", sys(SYS_chown32, L("/tmp/m"), -1, -1, 0));
	st64("/tmp/m", &st);
	SAY("uid %lu gid %lu", st.st_uid, st.st_gid);
	say("chown16 %ld", sys(SYS_chown, L("/tmp/m"), 3, 0xffff, 0));
	st64("/tmp/m", &st);
	SAY("uid %lu gid %lu", st.st_uid, st.st_gid);
	say("fchown32 %ld", sys(SYS_fchown32, fd, 5, 6, 0));
	say("fchown16 %ld", sys(SYS_fchown, fd, 7, 0xffff, 0));
	sys(SYS_fstat64, fd, L(&st), 0, 0);
	SAY("uid %lu gid %lu", st.st_uid, st.st_gid);
	say("lchown32 on a symlink %ld", sys(SYS_lchown32, L("/tmp/lnk"), 9, 9, 0));
	sys(SYS_lstat64, L("/tmp/lnk"), L(&st), 0, 0);
	say("link uid %lu", st.st_uid);
	say("lchown16 %ld", sys(SYS_lchown, L("/tmp/lnk"), 8, 8, 0));
	say("fchownat bad flag %ld", sys6(SYS_fchownat, AT_FDCWD, L("/tmp/m"), 0, 0, 0x2, 0));
	say("fchownat nofollow %ld",
	    sys6(SYS_fchownat, AT_FDCWD, L("/tmp/lnk"), 0, 0, AT_SYMLINK_NOFOLLOW, 0));
	say("chown missing %ld", sys(SYS_chown32, L("/tmp/zz"), 0, 0, 0));
	say("fchmod %ld", sys(SYS_fchmod, fd, 0600, 0, 0));
	say("fchmodat %ld", sys(SYS_fchmodat, AT_FDCWD, L("/tmp/m"), 0640, 0));
	sys(SYS_fstat64, fd, L(&st), 0, 0);
	say("mode %o", st.st_mode);
	say("fchmod bad fd %ld", sys(SYS_fchmod, 77, 0600, 0, 0));
	say("chmod missing %ld", sys(SYS_chmod, L("/tmp/zz"), 0600, 0, 0));
	sys(SYS_close, fd, 0, 0, 0);
	say("mknod fifo %ld", sys(SYS_mknod, L("/tmp/fifo"), S_IFIFO | 0644, 0, 0));
	st64("/tmp/fifo", &st);
	say("fifo mode %o", st.st_mode);
	say("mknod char 1,3 %ld", sys(SYS_mknod, L("/tmp/null"), S_IFCHR | 0666, (1 << 8) | 3, 0));
	st64("/tmp/null", &st);
	SAY("char mode %o rdev %llx", st.st_mode, st.st_rdev);
	fd = sys(SYS_open, L("/tmp/null"), O_RDWR, 0, 0);
	say("write to the new null %ld", sys(SYS_write, fd, L("xyz"), 3, 0));
	sys(SYS_close, fd, 0, 0, 0);
	say("mknod regular %ld", sys(SYS_mknod, L("/tmp/reg"), S_IFREG | 0600, 0, 0));
	say("mknod existing %ld", sys(SYS_mknod, L("/tmp/reg"), S_IFREG | 0600, 0, 0));
	say("mknod a dir %ld", sys(SYS_mknod, L("/tmp/dd"), S_IFDIR | 0755, 0, 0));
	say("mknodat %ld", sys(SYS_mknodat, AT_FDCWD, L("/tmp/reg2"), S_IFREG | 0600, 0));
}

static void sizes(void)
{
	struct kstat64 st;
	struct kstatfs64 sf;
	unsigned long sf32[16];
	long fd = sys(SYS_open, L("/tmp/t"), O_CREAT | O_RDWR, 0644, 0), p[2];

	sys(SYS_write, fd, L("0123456789"), 10, 0);
	say("truncate 4 %ld", sys(SYS_truncate, L("/tmp/t"), 4, 0, 0));
	st64("/tmp/t", &st);
	say("size %lld", st.st_size);
	say("ftruncate 100 %ld", sys(SYS_ftruncate, fd, 100, 0, 0));
	sys(SYS_fstat64, fd, L(&st), 0, 0);
	say("size %lld", st.st_size);
	say("truncate64 7 %ld", sys(SYS_truncate64, L("/tmp/t"), 7, 0, 0));
	say("ftruncate64 5 %ld", sys(SYS_ftruncate64, fd, 5, 0, 0));
	sys(SYS_fstat64, fd, L(&st), 0, 0);
	say("size %lld", st.st_size);
	say("truncate negative %ld", sys(SYS_truncate, L("/tmp/t"), -1, 0, 0));
	say("truncate a dir %ld", sys(SYS_truncate, L("/tmp"), 0, 0, 0));
	say("truncate missing %ld", sys(SYS_truncate, L("/tmp/zz"), 0, 0, 0));
	sys(SYS_close, fd, 0, 0, 0);
	fd = sys(SYS_open, L("/tmp/t"), O_RDONLY, 0, 0);
	say("ftruncate read-only %ld", sys(SYS_ftruncate, fd, 0, 0, 0));
	say("ftruncate bad fd %ld", sys(SYS_ftruncate, 77, 0, 0, 0));
	SAY("statfs64 %ld bsize %u namelen %u", sys(SYS_statfs64, L("/tmp"), sizeof(sf), L(&sf), 0),
	    sf.f_bsize, sf.f_namelen);
	say("statfs64 bad size %ld", sys(SYS_statfs64, L("/tmp"), 80, L(&sf), 0));
	say("statfs64 bad buf %ld", sys(SYS_statfs64, L("/tmp"), sizeof(sf), KERNEL_PTR, 0));
	say("statfs64 missing %ld", sys(SYS_statfs64, L("/tmp/zz"), sizeof(sf), L(&sf), 0));
	SAY("fstatfs64 %ld bsize %u", sys(SYS_fstatfs64, fd, sizeof(sf), L(&sf), 0), sf.f_bsize);
	say("fstatfs64 bad fd %ld", sys(SYS_fstatfs64, 77, sizeof(sf), L(&sf), 0));
	SAY("statfs %ld bsize %lu namelen %lu", sys(SYS_statfs, L("/tmp"), L(sf32), 0, 0), sf32[1],
	    sf32[9]);
	say("fstatfs %ld", sys(SYS_fstatfs, fd, L(sf32), 0, 0));
	say("sync %ld", sys(SYS_sync, 0, 0, 0, 0));
	say("fsync %ld", sys(SYS_fsync, fd, 0, 0, 0));
	say("fdatasync %ld", sys(SYS_fdatasync, fd, 0, 0, 0));
	say("fsync bad fd %ld", sys(SYS_fsync, 77, 0, 0, 0));
	sys(SYS_pipe, L(p), 0, 0, 0);
	say("fsync a pipe %ld", sys(SYS_fsync, p[0], 0, 0, 0));
	sys(SYS_close, p[0], 0, 0, 0);
	sys(SYS_close, p[1], 0, 0, 0);
	sys(SYS_close, fd, 0, 0, 0);
}

static void pipes(void)
{
	int p[2], q[2], avail = -1;
	char buf[16] = { 0 };

	signal(SIGPIPE, SIG_IGN);
	say("pipe NULL %ld", sys(SYS_pipe, 0, 0, 0, 0));
	say("pipe2 bad flags %ld", sys(SYS_pipe2, L(p), O_APPEND, 0, 0));
	say("pipe %ld", sys(SYS_pipe, L(p), 0, 0, 0));
	say("write 5 %ld", sys(SYS_write, p[1], L("hello"), 5, 0));
	SAY("FIONREAD %ld avail %d", sys(SYS_ioctl, p[0], FIONREAD, L(&avail), 0), avail);
	SAY("read %ld '%s'", sys(SYS_read, p[0], L(buf), sizeof(buf), 0), buf);
	say("read end write %ld", sys(SYS_write, p[0], L("x"), 1, 0));
	sys(SYS_close, p[1], 0, 0, 0);
	say("read at EOF %ld", sys(SYS_read, p[0], L(buf), sizeof(buf), 0));
	sys(SYS_close, p[0], 0, 0, 0);
	SAY("pipe2 nonblock cloexec %ld getfd %ld",
	    sys(SYS_pipe2, L(q), O_NONBLOCK | O_CLOEXEC, 0, 0),
	    sys(SYS_fcntl64, q[0], F_GETFD, 0, 0));
	say("read empty nonblock %ld", sys(SYS_read, q[0], L(buf), 1, 0));
	sys(SYS_close, q[0], 0, 0, 0);
	say("write with no reader %ld", sys(SYS_write, q[1], L("x"), 1, 0));
	sys(SYS_close, q[1], 0, 0, 0);
}

static void waits(void)
{
	int p[2];
	fd_set rd, wr;
	struct timeval tv;
	struct timespec ts;
	struct pollfd pf[3];
	unsigned long long mask = 0;
	struct {
		unsigned long n;
		void *in, *out, *ex, *tv;
	} sel;
	struct {
		void *ss;
		unsigned long len;
	} sig = { &mask, 8 };
	long fd = sys(SYS_open, L("/tmp/f"), O_RDONLY, 0, 0);

	sys(SYS_pipe, L(p), 0, 0, 0);
	FD_ZERO(&rd);
	FD_SET(p[0], &rd);
	tv.tv_sec = 0;
	tv.tv_usec = 0;
	say("select empty pipe, no wait %ld",
	    sys6(SYS__newselect, p[0] + 1, L(&rd), 0, 0, L(&tv), 0));
	FD_SET(p[0], &rd);
	tv.tv_usec = 20000;
	SAY("select timeout %ld, time left %ld.%06ld",
	    sys6(SYS__newselect, p[0] + 1, L(&rd), 0, 0, L(&tv), 0), (long)tv.tv_sec,
	    (long)tv.tv_usec);
	sys(SYS_write, p[1], L("x"), 1, 0);
	FD_ZERO(&rd);
	FD_ZERO(&wr);
	FD_SET(p[0], &rd);
	FD_SET(p[1], &wr);
	FD_SET(fd, &rd);
	SAY("select ready %ld rd %d wr %d file %d",
	    sys6(SYS__newselect, 20, L(&rd), L(&wr), 0, 0, 0), FD_ISSET(p[0], &rd),
	    FD_ISSET(p[1], &wr), FD_ISSET(fd, &rd));
	FD_ZERO(&rd);
	FD_SET(15, &rd);
	say("select closed fd %ld", sys6(SYS__newselect, 16, L(&rd), 0, 0, 0, 0));
	say("select negative n %ld", sys6(SYS__newselect, -1, 0, 0, 0, 0, 0));
	tv.tv_sec = -1;
	say("select bad timeout %ld", sys6(SYS__newselect, 1, 0, 0, 0, L(&tv), 0));
	say("select bad set %ld", sys6(SYS__newselect, 4, KERNEL_PTR, 0, 0, 0, 0));
	FD_ZERO(&rd);
	FD_SET(p[0], &rd);
	sel.n = p[0] + 1;
	sel.in = &rd;
	sel.out = sel.ex = sel.tv = NULL;
	say("old_select %ld", sys(82, L(&sel), 0, 0, 0));
	say("old_select bad arg %ld", sys(82, KERNEL_PTR, 0, 0, 0));
	FD_ZERO(&rd);
	FD_SET(p[0], &rd);
	ts.tv_sec = 0;
	ts.tv_nsec = 0;
	say("pselect6 %ld", sys6(SYS_pselect6, p[0] + 1, L(&rd), 0, 0, L(&ts), L(&sig)));
	sig.len = 4;
	say("pselect6 bad sigset size %ld",
	    sys6(SYS_pselect6, p[0] + 1, L(&rd), 0, 0, L(&ts), L(&sig)));
	ts.tv_nsec = 2000000000L;
	say("pselect6 bad timeout %ld", sys6(SYS_pselect6, 1, 0, 0, 0, L(&ts), 0));
	pf[0].fd = p[0];
	pf[0].events = POLLIN;
	pf[1].fd = 15;
	pf[1].events = POLLIN;
	pf[2].fd = -1;
	pf[2].events = POLLIN;
	SAY("poll %ld revents %x %x %x", sys(SYS_poll, L(pf), 3, 0, 0), pf[0].revents,
	    pf[1].revents, pf[2].revents);
	pf[0].fd = fd;
	pf[0].events = POLLIN | POLLOUT;
	SAY("poll a file %ld revents %x", sys(SYS_poll, L(pf), 1, 0, 0), pf[0].revents);
	sys(SYS_read, p[0], L(&tv), 1, 0);
	pf[0].fd = p[0];
	pf[0].events = POLLIN;
	SAY("poll timeout %ld revents %x", sys(SYS_poll, L(pf), 1, 20, 0), pf[0].revents);
	say("poll bad array %ld", sys(SYS_poll, KERNEL_PTR, 1, 0, 0));
	say("poll too many %ld", sys(SYS_poll, L(pf), 1000000, 0, 0));
	ts.tv_sec = 0;
	ts.tv_nsec = 10000000;
	SAY("ppoll timeout %ld left %ld.%09ld", sys6(SYS_ppoll, L(pf), 1, L(&ts), L(&mask), 8, 0),
	    (long)ts.tv_sec, ts.tv_nsec);
	say("ppoll bad sigset size %ld", sys6(SYS_ppoll, L(pf), 1, L(&ts), L(&mask), 3, 0));
	sys(SYS_close, p[1], 0, 0, 0);
	SAY("poll after writer closed %ld revents %x", sys(SYS_poll, L(pf), 1, 0, 0),
	    pf[0].revents);
	sys(SYS_close, p[0], 0, 0, 0);
	sys(SYS_close, fd, 0, 0, 0);
}

static void sendfiles(void)
{
	long long off64 = 2;
	long off = 1;
	int p[2];
	char buf[16] = { 0 };
	long fd = sys(SYS_open, L("/tmp/f"), O_RDONLY, 0, 0);

	sys(SYS_pipe, L(p), 0, 0, 0);
	SAY("sendfile64 %ld offset %lld", sys(SYS_sendfile64, p[1], fd, L(&off64), 4), off64);
	say("position kept %ld", sys(SYS_lseek, fd, 0, SEEK_CUR, 0));
	SAY("sendfile %ld offset %ld", sys(SYS_sendfile, p[1], fd, L(&off), 2), off);
	SAY("sendfile no offset %ld position %ld", sys(SYS_sendfile, p[1], fd, 0, 3),
	    sys(SYS_lseek, fd, 0, SEEK_CUR, 0));
	SAY("piped %ld '%s'", sys(SYS_read, p[0], L(buf), sizeof(buf), 0), buf);
	say("sendfile from a pipe %ld", sys(SYS_sendfile64, p[1], p[0], 0, 1));
	say("sendfile bad in fd %ld", sys(SYS_sendfile64, p[1], 77, 0, 1));
	say("sendfile bad offset %ld", sys(SYS_sendfile64, p[1], fd, KERNEL_PTR, 1));
	say("sendfile to a read-only fd %ld", sys(SYS_sendfile64, fd, fd, 0, 1));
	sys(SYS_close, p[0], 0, 0, 0);
	sys(SYS_close, p[1], 0, 0, 0);
	sys(SYS_close, fd, 0, 0, 0);
}

static void times_and_mounts(void)
{
	struct kstat64 st;
	struct timespec ts[2] = { { 1000, 5 }, { 2000, 7 } };
	struct timeval tv[2] = { { 3000, 1 }, { 4000, 2 } };
	long ut[2] = { 5000, 6000 };

	say("utimensat %ld", sys(SYS_utimensat, AT_FDCWD, L("/tmp/f"), L(ts), 0));
	st64("/tmp/f", &st);
	SAY("atime %lu.%lu mtime %lu.%lu", st.a_sec, st.a_nsec, st.m_sec, st.m_nsec);
	ts[0].tv_nsec = UTIME_OMIT;
	ts[1].tv_nsec = UTIME_OMIT;
	say("utimensat omit both %ld", sys(SYS_utimensat, AT_FDCWD, L("/tmp/f"), L(ts), 0));
	ts[0].tv_nsec = 1000000000;
	say("utimensat bad nsec %ld", sys(SYS_utimensat, AT_FDCWD, L("/tmp/f"), L(ts), 0));
	say("utimensat bad flag %ld", sys(SYS_utimensat, AT_FDCWD, L("/tmp/f"), 0, 0x1));
	say("utimensat missing %ld", sys(SYS_utimensat, AT_FDCWD, L("/tmp/zz"), 0, 0));
	say("utimes %ld", sys(SYS_utimes, L("/tmp/f"), L(tv), 0, 0));
	st64("/tmp/f", &st);
	SAY("atime %lu.%lu mtime %lu.%lu", st.a_sec, st.a_nsec, st.m_sec, st.m_nsec);
	say("utime %ld", sys(SYS_utime, L("/tmp/f"), L(ut), 0, 0));
	st64("/tmp/f", &st);
	SAY("atime %lu mtime %lu", st.a_sec, st.m_sec);
	say("utime bad buf %ld", sys(SYS_utime, L("/tmp/f"), KERNEL_PTR, 0, 0));
	sys(SYS_mkdir, L("/tmp/mnt"), 0755, 0, 0);
	say("mount ramfs %ld", sys6(SYS_mount, L("none"), L("/tmp/mnt"), L("ramfs"), 0, 0, 0));
	put_file("/tmp/mnt/inside", "x");
	say("file in the mount %ld", st64("/tmp/mnt/inside", &st));
	sys(SYS_chdir, L("/tmp/mnt"), 0, 0, 0);
	say("umount with the cwd inside %ld", sys(SYS_umount2, L("/tmp/mnt"), 0, 0, 0));
	sys(SYS_chdir, L("/"), 0, 0, 0);
	say("umount2 %ld", sys(SYS_umount2, L("/tmp/mnt"), 0, 0, 0));
	say("file gone %ld", st64("/tmp/mnt/inside", &st));
	say("umount not mounted %ld", sys(SYS_umount2, L("/tmp/mnt"), 0, 0, 0));
	say("mount unknown type %ld",
	    sys6(SYS_mount, L("none"), L("/tmp/mnt"), L("nosuchfs"), 0, 0, 0));
	say("mount missing dir %ld", sys6(SYS_mount, L("none"), L("/tmp/zz"), L("ramfs"), 0, 0, 0));
	say("oldumount not mounted %ld", sys(22, L("/tmp/mnt"), 0, 0, 0));
}

/* fork copies the descriptor and fs tables; CLONE_FILES / CLONE_FS share them */
static void sharing(void)
{
	char buf[64];
	long fd = sys(SYS_open, L("/tmp/f"), O_RDONLY, 0, 0), pid;
	int status;

	sys(SYS_lseek, fd, 0, SEEK_SET, 0);
	pid = fork();
	if (pid == 0) {
		sys(SYS_lseek, fd, 5, SEEK_SET, 0);
		sys(SYS_close, fd, 0, 0, 0);
		sys(SYS_open, L("/tmp/f"), O_RDONLY, 0, 0);
		sys(SYS_chdir, L("/tmp"), 0, 0, 0);
		_exit(0);
	}
	waitpid(pid, &status, 0);
	SAY("fork: position shared %ld, fd still open %ld", sys(SYS_lseek, fd, 0, SEEK_CUR, 0),
	    sys(SYS_fcntl64, fd, F_GETFD, 0, 0));
	say("fork: child's open not here %ld", sys(SYS_fcntl64, fd + 1, F_GETFD, 0, 0));
	SAY("fork: cwd not shared %ld '%s'", sys(SYS_getcwd, L(buf), sizeof(buf), 0, 0), buf);
	pid = syscall(SYS_clone, CLONE_FILES | CLONE_FS | SIGCHLD, 0, 0, 0, 0);
	if (pid == 0) {
		sys(SYS_close, fd, 0, 0, 0);
		sys(SYS_dup2, 0, 40, 0, 0);
		sys(SYS_chdir, L("/tmp"), 0, 0, 0);
		_exit(0);
	}
	waitpid(pid, &status, 0);
	SAY("CLONE_FILES: child's close seen %ld, its dup2 seen %ld",
	    sys(SYS_fcntl64, fd, F_GETFD, 0, 0), sys(SYS_fcntl64, 40, F_GETFD, 0, 0));
	SAY("CLONE_FS: cwd shared %ld '%s'", sys(SYS_getcwd, L(buf), sizeof(buf), 0, 0), buf);
	sys(SYS_close, 40, 0, 0, 0);
	sys(SYS_chdir, L("/"), 0, 0, 0);
}

int main(void)
{
	sys(SYS_mkdir, L("/tmp"), 01777, 0, 0); /* the oracle's initramfs has none */
	opens();
	reads();
	descriptors();
	stats();
	directories();
	cwd();
	modes();
	sizes();
	pipes();
	waits();
	sendfiles();
	times_and_mounts();
	sharing();
	return 0;
}
