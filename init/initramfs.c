/*
 * initramfs.c - unpack the boot loader's cpio archive into rootfs.
 *
 * The boot loader hands the kernel a "newc" cpio archive (GRUB's module
 * line, QEMU's -initrd), usually gzip-compressed; populate_rootfs()
 * creates its directories, files, symlinks, device nodes and hard links
 * in rootfs before the first program runs, as Linux 2.6.32 does. The
 * archive is a series of entries, each a 110-byte header of 13 hex
 * fields, the NUL-terminated name padded to 4 bytes, the body (file data
 * or symlink target) padded to 4; the entry "TRAILER!!!" ends it. Several
 * archives, compressed or not, may follow one another, with NUL padding
 * between them.
 *
 * The unpacker is a state machine fed the archive in pieces of any size
 * (the gunzip output arrives 32 KiB at a time), so a header, name or
 * file may be split across pieces:
 *
 *   Start -> (Collect) -> GotHeader -> (Collect) -> GotName -> CopyFile
 *                                  \-> (Collect) -> GotSymlink
 *   ... -> SkipIt (to the next header) -> Reset (skip NUL padding) -> Start
 *
 * Collect gathers a header or name that straddles two pieces into a
 * buffer; everything else works on the piece in place (victim, count).
 * Hard links: an inode with nlink >= 2 is remembered by (major, minor,
 * ino) the first time; later names become links to the first.
 *
 * Errors are reported with 2.6.32's messages ("no cpio magic", "junk in
 * compressed archive", gunzip's). Differences from 2.6.32, for safety:
 * a name or symlink without its NUL ends the unpacking with "malformed
 * archive" (as Linux 5.x+ checks; 2.6.32 reads past it), and an archive
 * that ends inside an entry is reported as "truncated archive" (2.6.32
 * stops silently). Linnet has no archive built into the image (2.6.32's
 * __initramfs_start), only the boot loader's. See docs/procfs.md.
 */
#include <linux/init.h>
#include <linux/init_syscalls.h>
#include <linux/initrd.h>
#include <linux/decompress/generic.h>
#include <linux/fs.h>
#include <linux/stat.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/list.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/printk.h>

#ifndef PATH_MAX
#define PATH_MAX 4096
#endif
#ifndef AT_SYMLINK_NOFOLLOW
#define AT_SYMLINK_NOFOLLOW 0x100
#endif
#ifndef O_CREAT
#define O_CREAT 00000100
#define O_TRUNC 00001000
#endif

/* The name field is padded so that name + 110-byte header is a multiple of 4 */
#define N_ALIGN(len) ((((len) + 1) & ~3) + 2)

static char *message;

static void error(char *x)
{
	if (!message)
		message = x;
}

/* ---- hard links: inodes seen with nlink >= 2 ---- */

struct link_hash {
	struct link_hash *next;
	int ino, minor, major;
	mode_t mode;
	char name[N_ALIGN(PATH_MAX)];
};

static struct link_hash *head[32];

static int link_hashfn(unsigned int major, unsigned int minor, unsigned int ino)
{
	unsigned long tmp = ino + minor + (major << 3);

	tmp += tmp >> 5;
	return tmp & 31;
}

/* The first name of this inode, or NULL after remembering @name as it */
static char *find_link(int major, int minor, int ino, mode_t mode, char *name)
{
	struct link_hash **p, *q;

	for (p = head + link_hashfn(major, minor, ino); *p; p = &(*p)->next) {
		q = *p;
		if (q->ino == ino && q->minor == minor && q->major == major &&
		    ((q->mode ^ mode) & S_IFMT) == 0)
			return q->name;
	}
	q = kmalloc(sizeof(*q), GFP_KERNEL);
	if (!q) {
		error("can't allocate link hash entry");
		return NULL;
	}
	q->major = major;
	q->minor = minor;
	q->ino = ino;
	q->mode = mode;
	strscpy(q->name, name, sizeof(q->name));
	q->next = NULL;
	*p = q;
	return NULL;
}

static void free_hash(void)
{
	struct link_hash **p, *q;

	for (p = head; p < head + 32; p++) {
		while (*p) {
			q = *p;
			*p = q->next;
			kfree(q);
		}
	}
}

/* ---- directories get their mtime last, after their entries are made ---- */

struct dir_entry {
	struct list_head list;
	time_t mtime;
	char name[];
};

static LIST_HEAD(dir_list);

static void dir_add(const char *name, time_t mtime)
{
	size_t len = strlen(name) + 1;
	struct dir_entry *de = kmalloc(sizeof(*de) + len, GFP_KERNEL);

	if (!de) {
		error("can't allocate dir_entry buffer");
		return;
	}
	memcpy(de->name, name, len);
	de->mtime = mtime;
	list_add(&de->list, &dir_list);
}

static void dir_utime(void)
{
	struct dir_entry *de, *tmp;

	list_for_each_entry_safe(de, tmp, &dir_list, list) {
		list_del(&de->list);
		init_utimes(de->name, de->mtime);
		kfree(de);
	}
}

/* ---- the header ---- */

static unsigned long ino, major, minor, nlink;
static mode_t mode;
static unsigned long body_len, name_len;
static uid_t uid;
static gid_t gid;
static unsigned int rdev;
static time_t mtime;

/* The 13 hex fields after the 6-byte magic; the check field is unused. */
static void parse_header(const char *s)
{
	unsigned long parsed[12];
	char buf[9];
	int i;

	buf[8] = '\0';
	for (i = 0, s += 6; i < 12; i++, s += 8) {
		memcpy(buf, s, 8);
		parsed[i] = simple_strtoul(buf, NULL, 16);
	}
	ino = parsed[0];
	mode = parsed[1];
	uid = parsed[2];
	gid = parsed[3];
	nlink = parsed[4];
	mtime = parsed[5];
	body_len = parsed[6];
	major = parsed[7];
	minor = parsed[8];
	rdev = new_encode_dev(MKDEV(parsed[9], parsed[10]));
	name_len = parsed[11];
}

/* ---- the state machine ---- */

static enum state {
	Start,
	Collect,
	GotHeader,
	SkipIt,
	GotName,
	CopyFile,
	GotSymlink,
	Reset
} state,
	next_state;

static char *victim; /* the unconsumed part of the current piece */
static unsigned long byte_count; /* its length */
static loff_t this_header, next_header; /* archive offsets */

static void eat(unsigned long n)
{
	victim += n;
	this_header += n;
	byte_count -= n;
}

static char *collected; /* the header/name/symlink being worked on */
static char *collect; /* where Collect copies to */
static unsigned long remains; /* how much Collect still needs */
static char *header_buf, *symlink_buf, *name_buf;
static struct file *wfile;
static loff_t wfile_pos;

/* Use @size bytes in place if the piece has them, else gather them in @buf */
static void read_into(char *buf, unsigned long size, enum state next)
{
	if (byte_count >= size) {
		collected = victim;
		eat(size);
		state = next;
	} else {
		collect = collected = buf;
		remains = size;
		next_state = next;
		state = Collect;
	}
}

static int do_start(void)
{
	read_into(header_buf, 110, GotHeader);
	return 0;
}

static int do_collect(void)
{
	unsigned long n = min(remains, byte_count);

	memcpy(collect, victim, n);
	eat(n);
	collect += n;
	remains -= n;
	if (remains)
		return 1;
	state = next_state;
	return 0;
}

static int do_header(void)
{
	if (!memcmp(collected, "070707", 6)) {
		error("incorrect cpio method used: use -H newc option");
		return 1;
	}
	if (memcmp(collected, "070701", 6)) {
		error("no cpio magic");
		return 1;
	}
	parse_header(collected);
	next_header = this_header + N_ALIGN(name_len) + body_len;
	next_header = (next_header + 3) & ~3;
	state = SkipIt;
	/*
	 * An entry skipped here goes on to Reset. (2.6.32 leaves next_state
	 * as it was, which after a cut-short entry is GotName: the fuzzer
	 * found do_name then running with a zero name_len.)
	 */
	next_state = Reset;
	if (name_len <= 0 || name_len > PATH_MAX)
		return 0;
	if (S_ISLNK(mode)) {
		if (body_len > PATH_MAX)
			return 0;
		collect = collected = symlink_buf;
		remains = N_ALIGN(name_len) + body_len;
		next_state = GotSymlink;
		state = Collect;
		return 0;
	}
	if (S_ISREG(mode) || !body_len)
		read_into(name_buf, N_ALIGN(name_len), GotName);
	return 0;
}

static int do_skip(void)
{
	if (this_header + byte_count < next_header) {
		eat(byte_count);
		return 1;
	}
	eat(next_header - this_header);
	state = next_state;
	return 0;
}

static int do_reset(void)
{
	while (byte_count && *victim == '\0')
		eat(1);
	if (byte_count && (this_header & 3))
		error("broken padding");
	return 1;
}

/* 1: made a link to an earlier name; 0: the first name; -1: failed */
static int maybe_link(void)
{
	if (nlink >= 2) {
		char *old = find_link(major, minor, ino, mode, collected);

		if (old)
			return init_link(old, collected) < 0 ? -1 : 1;
	}
	return 0;
}

/* Remove what is at @path if it is of another type than @fmode */
static void clean_path(char *path, mode_t fmode)
{
	struct kstat st;

	if (!init_stat(path, &st, AT_SYMLINK_NOFOLLOW) && (st.mode ^ fmode) & S_IFMT) {
		if (S_ISDIR(st.mode))
			init_rmdir(path);
		else
			init_unlink(path);
	}
}

static bool name_terminated(void)
{
	if (name_len && collected[name_len - 1] == '\0')
		return true;
	printk(KERN_ERR "initramfs name without nulterm: %.*s\n", (int)name_len, collected);
	error("malformed archive");
	return false;
}

static void open_file(void)
{
	int ml = maybe_link();

	if (ml < 0)
		return;
	wfile = filp_open(collected, O_WRONLY | O_CREAT | (ml == 1 ? 0 : O_TRUNC), mode);
	if (IS_ERR(wfile)) {
		wfile = NULL; /* nothing to close at the end (found by fault injection) */
		return;
	}
	wfile_pos = 0;
	init_chown(collected, uid, gid, 0);
	init_chmod(collected, mode);
	strscpy(name_buf, collected, N_ALIGN(PATH_MAX));
	state = CopyFile;
}

static int do_name(void)
{
	state = SkipIt;
	next_state = Reset;
	if (!name_terminated())
		return 1;
	if (!strcmp(collected, "TRAILER!!!")) {
		free_hash();
		return 0;
	}
	clean_path(collected, mode);
	if (S_ISREG(mode)) {
		open_file();
	} else if (S_ISDIR(mode)) {
		init_mkdir(collected, mode);
		init_chown(collected, uid, gid, 0);
		init_chmod(collected, mode);
		dir_add(collected, mtime);
	} else if (S_ISBLK(mode) || S_ISCHR(mode) || S_ISFIFO(mode) || S_ISSOCK(mode)) {
		if (maybe_link() == 0) {
			init_mknod(collected, mode, rdev);
			init_chown(collected, uid, gid, 0);
			init_chmod(collected, mode);
			init_utimes(collected, mtime);
		}
	}
	return 0;
}

static void write_file(unsigned long n)
{
	if (vfs_write(wfile, victim, n, &wfile_pos) != (ssize_t)n)
		error("write error");
}

static int do_copy(void)
{
	if (byte_count >= body_len) {
		write_file(body_len);
		filp_close(wfile, NULL);
		wfile = NULL;
		init_utimes(name_buf, mtime);
		eat(body_len);
		state = SkipIt;
		return 0;
	}
	write_file(byte_count);
	body_len -= byte_count;
	eat(byte_count);
	return 1;
}

static int do_symlink(void)
{
	if (!name_terminated())
		return 1;
	collected[N_ALIGN(name_len) + body_len] = '\0';
	clean_path(collected, 0);
	init_symlink(collected + N_ALIGN(name_len), collected);
	init_chown(collected, uid, gid, AT_SYMLINK_NOFOLLOW);
	init_utimes(collected, mtime);
	state = SkipIt;
	next_state = Reset;
	return 0;
}

static int (*const actions[])(void) = {
	[Start] = do_start,  [Collect] = do_collect, [GotHeader] = do_header,	[SkipIt] = do_skip,
	[GotName] = do_name, [CopyFile] = do_copy,   [GotSymlink] = do_symlink, [Reset] = do_reset,
};

/* Run the machine over one piece; how much of it was used. */
static unsigned long write_buffer(char *buf, unsigned long len)
{
	byte_count = len;
	victim = buf;
	while (!actions[state]())
		;
	return len - byte_count;
}

/* gunzip's output callback: feed the machine, allowing NUL padding between archives */
static int flush_buffer(void *bufv, unsigned int len)
{
	char *buf = bufv;
	unsigned long written;
	int orig_len = len;

	if (message)
		return -1;
	while ((written = write_buffer(buf, len)) < len && !message) {
		char c = buf[written];

		if (c == '0') {
			buf += written;
			len -= written;
			state = Start;
		} else if (c == 0) {
			buf += written;
			len -= written;
			state = Reset;
		} else {
			error("junk in compressed archive");
		}
	}
	return orig_len;
}

static int alloc_buffers(void)
{
	header_buf = kmalloc(110, GFP_KERNEL);
	symlink_buf = kmalloc(PATH_MAX + N_ALIGN(PATH_MAX) + 1, GFP_KERNEL);
	name_buf = kmalloc(N_ALIGN(PATH_MAX), GFP_KERNEL);
	return header_buf && symlink_buf && name_buf ? 0 : -ENOMEM;
}

static void free_buffers(void)
{
	kfree(name_buf);
	kfree(symlink_buf);
	kfree(header_buf);
	name_buf = symlink_buf = header_buf = NULL;
}

/* One compressed member at @buf: how many bytes it used. */
static unsigned long unpack_compressed(char *buf, unsigned long len)
{
	static char msg_buf[64];
	const char *compress_name;
	decompress_fn decompress;
	int used = 0;

	this_header = 0;
	decompress = decompress_method((unsigned char *)buf, len, &compress_name);
	if (decompress) {
		decompress((unsigned char *)buf, len, NULL, flush_buffer, NULL, &used, error);
	} else if (compress_name) {
		snprintf(msg_buf, sizeof(msg_buf), "compression method %s not configured",
			 compress_name);
		error(msg_buf);
	} else {
		error("junk in compressed archive");
	}
	if (state != Reset)
		error("junk in compressed archive");
	return used;
}

/**
 * unpack_to_rootfs - unpack cpio archives, plain or gzip-compressed, into /
 * @buf: the archives
 * @len: their length
 *
 * Return: NULL on success, else the message (2.6.32's, e.g. "no cpio
 * magic"); whatever was unpacked before the error stays.
 * Context: process context (the init task at boot, or a test); not
 * re-entrant: the unpacker's state is global, as in Linux.
 */
char *unpack_to_rootfs(char *buf, unsigned long len)
{
	unsigned long used;

	if (alloc_buffers()) {
		free_buffers();
		return "can't allocate buffers";
	}
	state = Start;
	this_header = 0;
	message = NULL;
	while (!message && len) {
		loff_t saved_offset = this_header;

		if (*buf == '0' && !(this_header & 3)) {
			state = Start;
			used = write_buffer(buf, len);
		} else if (!*buf) {
			used = 1;
			this_header++;
		} else {
			used = unpack_compressed(buf, len);
			this_header = saved_offset + used;
			if (!used && !message)
				error("junk in compressed archive");
		}
		buf += used;
		len -= used;
	}
	if (!message && state != Start && state != Reset)
		error("truncated archive");
	if (wfile) {
		filp_close(wfile, NULL);
		wfile = NULL;
	}
	dir_utime();
	free_hash();
	free_buffers();
	return message;
}

/* Where the boot loader put the archive (arch/x86/kernel/setup.c:reserve_initrd) */
unsigned long initrd_start, initrd_end;

/*
 * The archive's memory goes back to the page allocator once unpacked
 * ("Freeing initrd memory: NNk freed"), unless retain_initrd was given.
 */
static int do_retain_initrd;

static int retain_initrd_param(char *str)
{
	if (*str)
		return 0;
	do_retain_initrd = 1;
	return 1;
}
__setup("retain_initrd", retain_initrd_param);

static void free_initrd(void)
{
	if (!do_retain_initrd)
		free_initrd_mem(initrd_start, initrd_end);
	initrd_start = 0;
	initrd_end = 0;
}

/**
 * populate_rootfs - unpack the boot loader's initramfs into rootfs
 *
 * A failure is reported as 2.6.32 reports it ("Initramfs unpacking
 * failed: ...") and boot goes on with what was unpacked.
 *
 * Return: 0.
 * Context: the init task, at the rootfs initcall level (after the file
 * systems registered, before the drivers).
 */
int populate_rootfs(void)
{
	char *err;

	if (!initrd_start)
		return 0;
	printk(KERN_INFO "Unpacking initramfs...\n");
	err = unpack_to_rootfs((char *)initrd_start, initrd_end - initrd_start);
	if (err)
		printk(KERN_EMERG "Initramfs unpacking failed: %s\n", err);
	free_initrd();
	return 0;
}
rootfs_initcall(populate_rootfs);
