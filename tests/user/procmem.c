/*
 * procmem.c - /proc/PID/auxv and /proc/PID/mem.
 *
 * auxv holds the auxiliary vector exec put on the stack, key-value words
 * up to and including AT_NULL: every pair in the file must be what
 * getauxval() (which reads the stack's copy) says, and the file the same
 * words as the stack's copy after envp's NULL. Its mode is 0400: a child
 * of the same user reads its parent's, nobody cannot read root's init's.
 *
 * mem is the address space as a file, the file position being the
 * address: a process reads its own memory (a string, across a page edge
 * into a hole: the part before it), an address nothing maps says EIO,
 * SEEK_END is EINVAL. Where 2.6.32 and Linux 6.1 differ the expected file
 * marks it: 2.6.32 has no mem write (EINVAL), lets only the task itself
 * and its ptrace tracer read (another root process gets ESRCH at read),
 * and an fd opened before an execve reads EIO after it (self_exec_id);
 * 6.1 writes, lets a root process read anyone's, and reads 0 bytes
 * through an fd whose address space is gone. Addresses and pids do not
 * print.
 */
#define _GNU_SOURCE
#include "usertest.h"
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/stat.h>

#define NOBODY 65534

extern char **environ;

static char secret[] = "hello from procmem";
static const char rodata[] = "read-only words";

static long rc(long r)
{
	return r < 0 ? -errno : r;
}

/* pread64 at an address (the file position), as -errno or the count */
static long peek(int fd, void *buf, size_t len, const void *addr)
{
	return rc(pread64(fd, buf, len, (off64_t)(unsigned long)addr));
}

static long poke(int fd, const void *buf, size_t len, const void *addr)
{
	return rc(pwrite64(fd, buf, len, (off64_t)(unsigned long)addr));
}

/* The whole of @path into @buf, as -errno or the bytes read */
static long slurp(const char *path, void *buf, size_t size)
{
	int fd = open(path, O_RDONLY);
	long n, total = 0;

	if (fd < 0)
		return -errno;
	while ((n = read(fd, (char *)buf + total, size - total)) > 0)
		total += n;
	close(fd);
	return n < 0 ? -errno : total;
}

static void test_auxv(void)
{
	unsigned long file[128], *stack;
	char **e = environ;
	long n = slurp("/proc/self/auxv", file, sizeof(file));
	int i, pairs, keys = 0;
	char odd[64] = "";

	say("read /proc/self/auxv: %s, whole pairs %s", n > 0 ? "ok" : "failed",
	    n % (2 * sizeof(long)) ? "no" : "yes");
	if (n <= 0)
		return;
	pairs = n / (2 * sizeof(long));
	say("last pair AT_NULL: %s", file[2 * pairs - 2] == AT_NULL ? "yes" : "no");
	/* (glibc sets its own AT_HWCAP bits on x86: that key is left out) */
	for (i = 0; i < pairs - 1; i++) {
		if (file[2 * i] != AT_HWCAP && getauxval(file[2 * i]) != file[2 * i + 1])
			snprintf(odd + strlen(odd), sizeof(odd) - strlen(odd), " %lu", file[2 * i]);
		keys += file[2 * i] == AT_PAGESZ || file[2 * i] == AT_ENTRY ||
			file[2 * i] == AT_RANDOM || file[2 * i] == AT_UID;
	}
	say("pairs unlike getauxval:%s; AT_PAGESZ, AT_ENTRY, AT_RANDOM, AT_UID there: %s",
	    *odd ? odd : " none", keys == 4 ? "yes" : "no");
	say("AT_PAGESZ %lu, AT_UID %lu, AT_EUID %lu, AT_SECURE %lu", getauxval(AT_PAGESZ),
	    getauxval(AT_UID), getauxval(AT_EUID), getauxval(AT_SECURE));
	while (*e)
		e++;
	stack = (unsigned long *)(e + 1);
	say("the file is the stack's vector: %s", memcmp(stack, file, n) ? "no" : "yes");
	/* the stack's copy is the program's to change; the file keeps exec's */
	for (i = 0; stack[2 * i] != AT_NULL; i++)
		if (stack[2 * i] == AT_PAGESZ)
			stack[2 * i + 1] = 1;
	n = slurp("/proc/self/auxv", file, sizeof(file));
	for (i = 0; i < pairs && file[2 * i] != AT_PAGESZ; i++)
		;
	say("after the stack's AT_PAGESZ changed, the file's: %lu",
	    i < pairs ? file[2 * i + 1] : 0);
}

/* A child reads the parent's auxv (same user, root) */
static void child_reads_parent_auxv(void *arg)
{
	unsigned long *mine = arg, theirs[128];
	char path[64];
	long n;

	snprintf(path, sizeof(path), "/proc/%d/auxv", getppid());
	n = slurp(path, theirs, sizeof(theirs));
	say("child reads the parent's auxv: %s",
	    n > 0 && !memcmp(mine, theirs, n) ? "same" : "differs");
}

static void nobody_reads_init(void *arg)
{
	char buf[64];

	if (setuid(NOBODY))
		say("setuid: %d", errno);
	say("nobody opens /proc/1/auxv: %ld", rc(open("/proc/1/auxv", O_RDONLY)));
	say("nobody opens /proc/1/mem: %ld", rc(open("/proc/1/mem", O_RDONLY)));
	/* setuid made it non-dumpable: its own files are root's now */
	say("nobody reads its own auxv: %ld", slurp("/proc/self/auxv", buf, sizeof(buf)));
}

static void test_mem(void)
{
	long page = sysconf(_SC_PAGESIZE);
	char buf[64];
	char *two;
	int fd = open("/proc/self/mem", O_RDWR);
	long n;

	say("open /proc/self/mem O_RDWR: %s", fd >= 0 ? "ok" : strerror(errno));
	if (fd < 0)
		return;
	memset(buf, 0, sizeof(buf));
	n = peek(fd, buf, sizeof(secret), secret);
	say("read a string: %ld \"%s\"", n, buf);
	n = peek(fd, buf, 16, NULL);
	say("read at address 0: %ld", n);
	n = peek(fd, buf, 16, (void *)0x1000);
	say("read at address 0x1000: %ld", n);
	two = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	memcpy(two + page - 4, "edge", 4);
	munmap(two + page, page);
	memset(buf, 0, sizeof(buf));
	n = peek(fd, buf, 16, two + page - 4);
	say("read across a page into a hole: %ld \"%.4s\"", n, buf);
	n = peek(fd, buf, 16, two + page);
	say("read in the hole: %ld", n);

	say("lseek SEEK_SET 4096: %ld", rc(lseek(fd, 4096, SEEK_SET)));
	say("lseek SEEK_CUR 4096: %ld", rc(lseek(fd, 4096, SEEK_CUR)));
	say("lseek SEEK_END 0: %ld", rc(lseek(fd, 0, SEEK_END)));
	n = poke(fd, "HELLO", 5, secret);
	say("write a string: %ld, now \"%s\"", n, secret);
	n = poke(fd, "READ-", 5, rodata);
	say("write into read-only data: %ld, now \"%s\"", n, rodata);
	close(fd);
}

/* A child (root, not tracing it) reads the parent's memory */
static void child_reads_parent_mem(void *arg)
{
	char path[64], buf[64];
	int fd;

	snprintf(path, sizeof(path), "/proc/%d/mem", getppid());
	fd = open(path, O_RDONLY);
	say("child opens the parent's mem: %s", fd >= 0 ? "ok" : strerror(errno));
	if (fd < 0)
		return;
	memset(buf, 0, sizeof(buf));
	say("child reads the parent's mem: %ld", peek(fd, buf, 5, secret));
	close(fd);
}

/* Open our own mem, read through it, then execve this program with the fd */
static void exec_with_open_mem(void *arg)
{
	char fdnum[16], buf[16];
	int fd = open("/proc/self/mem", O_RDONLY);

	say("before execve, it reads: %ld", peek(fd, buf, 4, secret));
	snprintf(fdnum, sizeof(fdnum), "%d", fd);
	execl((char *)arg, (char *)arg, "afterexec", fdnum, (char *)NULL);
	say("execve: %d", errno);
}

int main(int argc, char **argv)
{
	unsigned long mine[128];
	char buf[16];

	if (argc == 3 && !strcmp(argv[1], "afterexec")) {
		say("after execve, the fd opened before it reads: %ld",
		    peek(atoi(argv[2]), buf, 4, secret));
		return 0;
	}
	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL); /* Linux's initramfs has no /proc yet */
	test_auxv();
	slurp("/proc/self/auxv", mine, sizeof(mine));
	run_in_child("auxv child", child_reads_parent_auxv, mine);
	run_in_child("as nobody", nobody_reads_init, NULL);
	test_mem();
	run_in_child("mem child", child_reads_parent_mem, NULL);
	run_in_child("exec child", exec_with_open_mem, argv[0]);
	return 0;
}
