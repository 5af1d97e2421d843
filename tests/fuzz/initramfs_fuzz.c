/*
 * initramfs_fuzz.c - libFuzzer target: init/initramfs.c's cpio parser and
 * lib/decompress_inflate.c's gunzip on arbitrary bytes.
 *
 * The input is handed to unpack_to_rootfs() as the boot loader's archive
 * would be: plain cpio, gzip, both, or garbage. The file-system calls the
 * unpacker makes (init_mkdir, filp_open, vfs_write...) go to a model
 * that checks every name it is given is a NUL-terminated string of at
 * most PATH_MAX bytes and counts bytes written; AddressSanitizer catches
 * any read or write outside the input and the unpacker's buffers. The
 * result must be NULL or one of the messages Linux (and Linnet) print.
 * Half of the inputs are first wrapped in a valid gzip header, so that
 * the DEFLATE decoder sees garbage too. Built and run by tests/fuzz/fuzz.mk.
 *
 * Compiled against Linnet's headers (they clash with the C library's), so
 * the few C library calls are declared here.
 */
#include <linux/init_syscalls.h>
#include <linux/initrd.h>
#include <linux/fs.h>
#include <linux/string.h>
#include <linux/kernel.h>
#include <linux/stat.h>
#include <linux/err.h>
#include <linux/slab.h>

void *malloc(size_t size);
void free(void *p);
void abort(void);
int vsnprintf(char *buf, size_t size, const char *fmt, va_list args);

#define FUZZ_PATH_MAX 4096

static unsigned long bytes_written;
static struct file model_file;

void *__kmalloc(size_t size, gfp_t flags)
{
	(void)flags;
	return malloc(size);
}

void *kmalloc(size_t size, gfp_t flags)
{
	(void)flags;
	return malloc(size);
}

void kfree(const void *p)
{
	free((void *)p);
}

int printk(const char *fmt, ...)
{
	(void)fmt;
	return 0;
}

/* As lib/vsprintf.c's (not the C library's strtoul, which takes a sign and spaces) */
unsigned long simple_strtoul(const char *cp, char **endp, unsigned int base)
{
	unsigned long result = 0;

	if (base == 16 && cp[0] == '0' && (cp[1] == 'x' || cp[1] == 'X'))
		cp += 2;
	for (;; cp++) {
		unsigned int v;

		if (*cp >= '0' && *cp <= '9')
			v = *cp - '0';
		else if ((*cp | 0x20) >= 'a' && (*cp | 0x20) <= 'f')
			v = (*cp | 0x20) - 'a' + 10;
		else
			break;
		if (v >= base)
			break;
		result = result * base + v;
	}
	if (endp)
		*endp = (char *)cp;
	return result;
}

ssize_t strscpy(char *dest, const char *src, size_t count)
{
	size_t n = strnlen(src, count);

	if (n == count) {
		memcpy(dest, src, count - 1);
		dest[count - 1] = '\0';
		return -E2BIG;
	}
	memcpy(dest, src, n + 1);
	return n;
}

/* Every name must end within PATH_MAX: strnlen reads it, ASan checks the reads. */
static void check_name(const char *name)
{
	if (strnlen(name, FUZZ_PATH_MAX + 1) > FUZZ_PATH_MAX)
		abort();
}

int init_mkdir(const char *pathname, umode_t mode)
{
	check_name(pathname);
	return 0;
}

int init_mknod(const char *filename, umode_t mode, unsigned int dev)
{
	check_name(filename);
	return 0;
}

int init_symlink(const char *oldname, const char *newname)
{
	check_name(oldname);
	check_name(newname);
	return 0;
}

int init_link(const char *oldname, const char *newname)
{
	check_name(oldname);
	check_name(newname);
	return 0;
}

int init_chown(const char *filename, uid_t user, gid_t group, int flags)
{
	check_name(filename);
	return 0;
}

int init_chmod(const char *filename, umode_t mode)
{
	check_name(filename);
	return 0;
}

int init_unlink(const char *pathname)
{
	check_name(pathname);
	return 0;
}

int init_rmdir(const char *pathname)
{
	check_name(pathname);
	return 0;
}

int init_utimes(const char *filename, time_t mtime)
{
	check_name(filename);
	return 0;
}

int init_stat(const char *filename, struct kstat *stat, int flags)
{
	check_name(filename);
	return -ENOENT;
}

struct file *filp_open(const char *filename, int flags, int mode)
{
	check_name(filename);
	return &model_file;
}

ssize_t vfs_write(struct file *file, const char __user *buf, size_t count, loff_t *pos)
{
	volatile char sink = 0;
	size_t i;

	if (file != &model_file)
		abort();
	for (i = 0; i < count; i++) /* every byte handed over must be readable */
		sink ^= buf[i];
	(void)sink;
	bytes_written += count;
	*pos += count;
	return count;
}

int filp_close(struct file *filp, fl_owner_t id)
{
	if (filp != &model_file)
		abort();
	return 0;
}

void free_initrd_mem(unsigned long start, unsigned long end)
{
}

static const char *const messages[] = {
	"no cpio magic",
	"incorrect cpio method used: use -H newc option",
	"junk in compressed archive",
	"broken padding",
	"malformed archive",
	"truncated archive",
	"write error",
	"read error",
	"uncompression error",
	"crc error",
	"length error",
	"Not a gzip file",
	"compression method bzip2 not configured",
	"compression method lzma not configured",
	"can't allocate link hash entry",
	"can't allocate dir_entry buffer",
};

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	static const unsigned char gz_header[10] = { 0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3 };
	int wrap = size && (data[0] & 1);
	size_t len = size + (wrap ? sizeof(gz_header) : 0);
	char *buf = malloc(len ? len : 1);
	char *msg;
	unsigned int i;

	/* An exact-size copy, so that ASan sees any read past the archive's end */
	if (wrap)
		memcpy(buf, gz_header, sizeof(gz_header));
	memcpy(buf + (wrap ? sizeof(gz_header) : 0), data, size);
	msg = unpack_to_rootfs(buf, len);
	if (msg) {
		for (i = 0; i < ARRAY_SIZE(messages); i++)
			if (!strcmp(msg, messages[i]))
				break;
		if (i == ARRAY_SIZE(messages))
			abort();
	}
	free(buf);
	return 0;
}
