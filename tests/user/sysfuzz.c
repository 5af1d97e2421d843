/*
 * sysfuzz.c - a system-call fuzzer in the manner of trinity, in miniature.
 *
 * A kernel's system-call boundary must survive anything a process can
 * pass it: any number, any six arguments. This program calls random
 * system calls (0..350, a few numbers far past the table, now and then
 * a random 32-bit one) with arguments biased toward the values that
 * find bugs: 0, -1, small integers, powers of two and page-aligned
 * sizes, file descriptors it opened (a file, a directory, a pipe,
 * /dev/null, /proc files), pointers into its own mapped memory (at a
 * page's start, its end, straddling into an unmapped page), unmapped
 * pointers, and pointers aimed at the kernel (0xc0000000 and up). Now
 * and then it sends itself, its process group or one of its children
 * a random signal, after installing handlers for some signals so that
 * both deliveries and default actions (stop, core, terminate) happen.
 *
 * The calls run in batches, each in a child process of its own (a new
 * session, as root or, one batch in four, as nobody), so a call that
 * kills its caller (SIGSEGV after unmapping its own stack, sigreturn
 * with a garbage frame) ends only that batch. The parent, at SCHED_FIFO
 * 99 so that no child's real-time loop can starve it, gives each batch
 * a second (or 100 ms without a new call: a batch blocked in a call or
 * stopped by a signal), then kills every process left (kill(-1, SIGKILL) when it is
 * init) and reaps them all. A process that outlives SIGKILL by 10 s is
 * reported with the last calls it made (kept in a shared page), as is
 * each batch whose end the kernel log marks with an oops or a BUG.
 *
 * The seed is printed first; each batch's random sequence derives from
 * it and the batch number, so "sysfuzz.seed=S" (on the kernel command
 * line, read from /proc/cmdline) or "/sysfuzz S [SECONDS [BATCH]]"
 * repeats a failure; BATCH (or sysfuzz.batch=N) runs that batch alone,
 * printing each call. sysfuzz.secs=N sets
 * the run's length (default 15 s). At the end the parent prints the
 * totals, checks that every child was reaped and that a new process
 * starts, and then (when it is init) enters the kernel monitor through
 * /proc/sysrq-trigger, where the harness checks the allocators'
 * invariants (tests/harness/sysfuzz.py).
 *
 * What is not fuzzed, because it would end the run or the machine
 * rather than test the kernel:
 *  - reboot (88): it powers the machine off; vhangup (111): it hangs up
 *    the console the results are printed on;
 *  - syslog (103) actions 4 and 5 (clear), 6 (console off) and 8
 *    (console level): they would hide or erase the oopses the run
 *    looks for (the parent reads the log with action 4 after each batch);
 *  - a signal or a scheduling change aimed at the parent: a pid
 *    argument of 1 or the parent's pid becomes 0 (the caller) in kill,
 *    tkill, tgkill, rt_sigqueueinfo, rt_tgsigqueueinfo, setpriority,
 *    the sched_* calls and setpgid; kill(-1) only when the parent is
 *    init (as Linux, it then spares init);
 *  - fork storms: the child of a fork, vfork or clone exits at once
 *    (so the calls do run, and the kernel's side of each is real);
 *  - real-time priority 99: sched_setscheduler and sched_setparam get
 *    a priority of at most 98, below the parent's;
 *  - device nodes: mknod/mknodat make only FIFOs and regular files (a
 *    console node opened by a later call would scramble the output);
 *  - the program's own memory: munmap, mprotect, mremap, madvise,
 *    msync, brk and mmap with MAP_FIXED are aimed at the fuzz arena or
 *    at free address space, not at the program's text, data or stack
 *    (a batch that unmaps its own code only dies, which tests nothing);
 *  - mount and umount act on /fuzz/mnt only (a mount over / would hide
 *    the fixtures from every later batch).
 * exit and exit_group are fuzzed: they end a batch early, nothing more.
 *
 * Linux 2.6.32 has no such program in its tree; trinity (2010, Dave
 * Jones) is the model. See docs/processes.md, "Fuzzing the boundary".
 */
#include "usertest.h"
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>

#define NR_MAX 350 /* past 2.6.32's 337 calls, into the -ENOSYS range */
#define ARENA ((char *)0x20000000) /* the fuzz arena: pointers land here */
#define ARENA_PAGES 16 /* followed by an unmapped guard page */
#define SHARED ((struct shared *)0x30000000)
#define FREE_VA 0x40000000UL /* 256 MiB of address space nothing uses */
#define PAGE 4096UL
#define BATCH_CALLS 3000
#define BATCH_MS 1000
#define STALL_MS 100
#define NLAST 16

/* What a batch leaves for the parent, in a page shared across fork */
struct shared {
	unsigned long calls; /* calls made in this batch */
	unsigned long n; /* calls recorded in last[] */
	unsigned long last[NLAST][7]; /* ring of the last calls: nr, args */
};

static unsigned long long rng_state;
static unsigned long seed, secs = 15;
static long parent_pid;
static int fds[12], nfds;
static int as_init;
static unsigned long only; /* run this batch alone, printing each call */

static unsigned long rnd(void)
{
	/* xorshift64*: fast, and the same on every machine */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return (unsigned long)((rng_state * 0x2545F4914F6CDD1DULL) >> 32);
}

static unsigned long pick(unsigned long n)
{
	return n ? rnd() % n : 0;
}

/* A raw int $0x80 with six arguments: no libc, no errno, no TLS */
long raw6(long nr, long a, long b, long c, long d, long e, long f);
__asm__(".text\n"
	".globl raw6\n"
	"raw6:\n"
	"	push %ebp\n"
	"	push %edi\n"
	"	push %esi\n"
	"	push %ebx\n"
	"	mov 20(%esp), %eax\n"
	"	mov 24(%esp), %ebx\n"
	"	mov 28(%esp), %ecx\n"
	"	mov 32(%esp), %edx\n"
	"	mov 36(%esp), %esi\n"
	"	mov 40(%esp), %edi\n"
	"	mov 44(%esp), %ebp\n"
	"	int $0x80\n"
	"	pop %ebx\n"
	"	pop %esi\n"
	"	pop %edi\n"
	"	pop %ebp\n"
	"	ret\n");

static long raw(long nr, long a, long b, long c)
{
	return raw6(nr, a, b, c, 0, 0, 0);
}

static const char *const paths[] = {
	"/fuzz/file",
	"/fuzz/file2",
	"/fuzz/dir",
	"/fuzz/dir/sub",
	"/fuzz/link",
	"/fuzz/fifo",
	"/fuzz/null",
	"/fuzz/zero",
	"/fuzz/new",
	"/fuzz/mnt",
	"/fuzz",
	"/",
	".",
	"..",
	"",
	"/proc/self/status",
	"/proc/self/maps",
	"/proc/self/fd/3",
	"/proc/self/exe",
	"/proc/meminfo",
	"/proc/slabinfo",
	"/proc/self",
	"/nonexistent/x",
	"/fuzz/file/notdir",
	"/tmp",
};

/* A pointer into the arena, at a boundary or anywhere */
static unsigned long arena_ptr(void)
{
	unsigned long end = (unsigned long)ARENA + ARENA_PAGES * PAGE;

	switch (pick(6)) {
	case 0:
		return (unsigned long)ARENA;
	case 1:
		return (unsigned long)ARENA + pick(ARENA_PAGES) * PAGE;
	case 2:
		return end - 1 - pick(64); /* the next byte is unmapped */
	case 3:
		return end; /* the guard page itself */
	default:
		return (unsigned long)ARENA + pick(ARENA_PAGES * PAGE);
	}
}

/* An address to aim a pointer at: ours, unmapped, or the kernel's */
static unsigned long any_ptr(void)
{
	static const unsigned long bad[] = {
		0,	    1,		0xfff,	    0x1000,	0xbffffff0, 0xbfffffff, 0xc0000000,
		0xc0100000, 0xc0400000, 0xd0000000, 0xf0000000, 0xffffe000, 0xfffffff0, 0xffffffff,
	};

	switch (pick(8)) {
	case 0:
	case 1:
		return bad[pick(sizeof(bad) / sizeof(bad[0]))];
	case 2: {
		/* a path: copy one into the arena, so writes to it harm nothing */
		const char *p = paths[pick(sizeof(paths) / sizeof(paths[0]))];
		char *dst = ARENA + PAGE * (ARENA_PAGES - 2) + 256 * pick(8);

		strcpy(dst, p);
		return (unsigned long)dst;
	}
	case 3:
		return FREE_VA + pick(0x10000000);
	default:
		return arena_ptr();
	}
}

/* An argument: the interesting values trinity biases toward */
static unsigned long any_arg(void)
{
	switch (pick(12)) {
	case 0:
		return 0;
	case 1:
		return (unsigned long)-1;
	case 2:
		return pick(16);
	case 3:
		return 1UL << pick(32);
	case 4:
		return PAGE * (1 + pick(32));
	case 5:
		return nfds ? (unsigned long)fds[pick(nfds)] : 0;
	case 6:
	case 7:
		return any_ptr();
	case 8:
		return (unsigned long)-(long)pick(4096); /* an -errno or a kernel address */
	case 9:
		return 0x7fffffff - pick(2);
	case 10:
		return pick(256);
	default:
		return rnd();
	}
}

/* An address for the memory-management calls: never the program's own */
static unsigned long mm_addr(void)
{
	switch (pick(6)) {
	case 0:
		return 0;
	case 1:
		return 0xc0000000 + PAGE * pick(4096);
	case 2:
	case 3:
		return FREE_VA + PAGE * pick(0x10000);
	default:
		return (unsigned long)ARENA + PAGE * pick(ARENA_PAGES + 1) +
		       (pick(8) ? 0 : pick(PAGE));
	}
}

static int is_protected_pid(long pid)
{
	return pid == 1 || pid == parent_pid;
}

/*
 * Keep a call inside the rules of the opening comment. Return 0 to skip
 * the call altogether.
 */
static int tame(long nr, unsigned long *a)
{
	static int prio;

	switch (nr) {
	case __NR_reboot:
	case __NR_vhangup:
		return 0;
	case __NR_syslog:
		if (a[0] == 4 || a[0] == 5 || a[0] == 6 || a[0] == 8)
			return 0;
		break;
	case __NR_kill:
		if ((long)a[0] == -1)
			return as_init;
		/* fall through */
	case __NR_tkill:
	case __NR_rt_sigqueueinfo:
	case __NR_setpgid:
	case __NR_sched_setparam:
	case __NR_sched_setscheduler:
	case __NR_sched_setaffinity:
		if (is_protected_pid((long)a[0]) || is_protected_pid(-(long)a[0]))
			a[0] = 0;
		break;
	case __NR_tgkill:
	case __NR_rt_tgsigqueueinfo:
		if (is_protected_pid((long)a[0]))
			a[0] = 0;
		if (is_protected_pid((long)a[1]))
			a[1] = 0;
		break;
	case __NR_setpriority:
		if (is_protected_pid((long)a[1]))
			a[1] = 0;
		break;
	case __NR_mknod:
		a[1] = (a[1] & 07777) | (pick(2) ? S_IFIFO : S_IFREG);
		break;
	case __NR_mknodat:
		a[2] = (a[2] & 07777) | (pick(2) ? S_IFIFO : S_IFREG);
		break;
	case __NR_munmap:
	case __NR_mprotect:
	case __NR_madvise:
	case __NR_msync:
	case __NR_mremap:
	case __NR_brk:
	case __NR_mlock:
	case __NR_munlock:
	case __NR_remap_file_pages:
		a[0] = mm_addr();
		if (nr == __NR_mremap && (a[3] & 2 /* MREMAP_FIXED */))
			a[4] = mm_addr();
		break;
	case __NR_mmap2:
		if (a[3] & MAP_FIXED)
			a[0] = mm_addr();
		break;
	case __NR_mmap: {
		/* old_mmap: the six arguments in a block in the arena */
		unsigned long *blk = (unsigned long *)(ARENA + PAGE * (ARENA_PAGES - 1));

		if (pick(4)) {
			int i;

			for (i = 0; i < 6; i++)
				blk[i] = any_arg();
			if (blk[3] & MAP_FIXED)
				blk[0] = mm_addr();
			a[0] = (unsigned long)blk;
		} else if (a[0] - (unsigned long)ARENA < ARENA_PAGES * PAGE) {
			a[0] = 0xc0000000;
		}
		break;
	}
	case __NR_mount:
		a[1] = (unsigned long)"/fuzz/mnt";
		break;
	case __NR_umount:
	case __NR_umount2:
		a[0] = (unsigned long)(pick(4) ? "/fuzz/mnt" : "/");
		break;
	}
	if (nr == __NR_sched_setscheduler || nr == __NR_sched_setparam) {
		/* a param block in the arena, below the parent's 99 */
		int *param = (int *)(ARENA + PAGE * (ARENA_PAGES - 1) + 512);

		prio = (int)pick(99);
		*param = prio;
		a[nr == __NR_sched_setscheduler ? 2 : 1] = (unsigned long)param;
	}
	return 1;
}

static void record(long nr, const unsigned long *a)
{
	unsigned long *slot = SHARED->last[SHARED->n++ % NLAST];
	int i;

	slot[0] = nr;
	for (i = 0; i < 6; i++)
		slot[i + 1] = a[i];
	SHARED->calls++;
}

static void handler(int sig)
{
	(void)sig;
}

/* The files, directory, pipe and devices a batch's calls get as fds */
static void open_fixtures(void)
{
	int p[2];

	raw(__NR_mkdir, (long)"/fuzz", 0777, 0);
	raw(__NR_mkdir, (long)"/fuzz/dir", 0777, 0);
	raw(__NR_mkdir, (long)"/fuzz/mnt", 0777, 0);
	nfds = 0;
	fds[nfds++] = raw(__NR_open, (long)"/fuzz/file", O_RDWR | O_CREAT, 0666);
	fds[nfds++] = raw(__NR_open, (long)"/fuzz/dir", O_RDONLY | O_DIRECTORY, 0);
	if (raw(__NR_pipe, (long)p, 0, 0) == 0) {
		fds[nfds++] = p[0];
		fds[nfds++] = p[1];
	}
	fds[nfds++] = raw(__NR_open, (long)"/fuzz/null", O_RDWR, 0);
	fds[nfds++] = raw(__NR_open, (long)"/fuzz/zero", O_RDONLY, 0);
	fds[nfds++] = raw(__NR_open, (long)"/proc/self/maps", O_RDONLY, 0);
	fds[nfds++] = raw(__NR_open, (long)"/proc/meminfo", O_RDONLY, 0);
	fds[nfds++] = raw(__NR_open, (long)"/fuzz/file2", O_WRONLY | O_CREAT | O_APPEND, 0600);
	fds[nfds++] = 1023;
	fds[nfds++] = -1;
}

static void setup_signals(void)
{
	static const int sigs[] = { SIGUSR1, SIGUSR2,	SIGALRM,  SIGCHLD, SIGHUP, SIGINT, SIGTERM,
				    SIGPIPE, SIGVTALRM, SIGWINCH, 34,	   40,	   50,	   64 };
	struct sigaction sa;
	stack_t ss;
	unsigned int i;

	ss.ss_sp = ARENA + PAGE * (ARENA_PAGES - 4);
	ss.ss_size = 2 * PAGE;
	ss.ss_flags = 0;
	sigaltstack(&ss, NULL);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = handler;
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
		sa.sa_flags = (i & 1 ? SA_RESTART : 0) | (i & 2 ? SA_ONSTACK : 0);
		sigaction(sigs[i], &sa, NULL);
	}
}

/* One batch, in its own process: setup, then BATCH_CALLS random calls */
static void __attribute__((noreturn)) batch(unsigned long n)
{
	long me = raw(__NR_gettid, 0, 0, 0);
	long kids[8] = { 0 };
	unsigned long i;
	int k;

	struct sched_param sp = { 0 };

	/* the parent's SCHED_FIFO 99 is for the parent alone */
	sched_setscheduler(0, SCHED_OTHER, &sp);
	rng_state = ((unsigned long long)seed << 32 | n) * 0x9E3779B97F4A7C15ULL + 1;
	for (k = only ? 3 : 0; k < 1024; k++)
		close(k);
	raw(__NR_setsid, 0, 0, 0);
	{
		char name[16];

		snprintf(name, sizeof(name), "fuzz-%lu", n);
		prctl(PR_SET_NAME, name);
	}
	if (mmap(ARENA, (ARENA_PAGES + 1) * PAGE, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == MAP_FAILED)
		_exit(120);
	munmap(ARENA + ARENA_PAGES * PAGE, PAGE);
	for (i = 0; i < ARENA_PAGES * PAGE / 4; i++)
		((unsigned int *)ARENA)[i] = (unsigned int)(i & 3 ? rnd() : any_arg());
	open_fixtures();
	setup_signals();
	{
		/* SIGALRM every 10 ms (no SA_RESTART): blocking calls end with EINTR */
		struct itimerval it = { { 0, 10000 }, { 0, 10000 } };

		setitimer(ITIMER_REAL, &it, NULL);
	}
	if (n % 4 == 3) {
		raw(__NR_setgid32, 65534, 0, 0);
		raw(__NR_setuid32, 65534, 0, 0);
	}
	for (i = 0; i < BATCH_CALLS; i++) {
		unsigned long a[6];
		long nr, ret;
		int j;

		if (i % 128 == 127) {
			/* a random signal to ourselves, our group or a child */
			static const int handled[] = { SIGUSR1, SIGUSR2,  SIGALRM, SIGCHLD,
						       SIGHUP,	SIGWINCH, 34,	   64 };
			long who = pick(3) == 0 ? 0 : me;
			long sig = pick(4) ? handled[pick(8)] : (long)(1 + pick(64));

			if (kids[0] && pick(2))
				who = kids[pick(8)];
			raw(__NR_kill, who, sig, 0);
			continue;
		}
		switch (pick(40)) {
		case 0:
			nr = NR_MAX + pick(200);
			break;
		case 1:
			nr = (long)rnd();
			break;
		default:
			nr = pick(NR_MAX + 1);
		}
		for (j = 0; j < 6; j++)
			a[j] = any_arg();
		if (!tame(nr, a))
			continue;
		record(nr, a);
		if (only)
			say("sysfuzz: call %lu: %ld(%#lx, %#lx, %#lx, %#lx, %#lx, %#lx)", i, nr,
			    a[0], a[1], a[2], a[3], a[4], a[5]);
		ret = raw6(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
		if (nr == __NR_fork || nr == __NR_vfork || nr == __NR_clone) {
			if (raw(__NR_gettid, 0, 0, 0) != me)
				raw(__NR_exit, 0, 0, 0); /* the new child: no storm */
			if (ret > 0)
				kids[pick(8)] = ret;
		}
	}
	_exit(0);
}

static struct timespec now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t;
}

static long ms_since(struct timespec t0)
{
	struct timespec t = now();

	return (t.tv_sec - t0.tv_sec) * 1000 + (t.tv_nsec - t0.tv_nsec) / 1000000;
}

static void sleep_ms(long ms)
{
	struct timespec t = { ms / 1000, (ms % 1000) * 1000000 };

	nanosleep(&t, NULL);
}

static void print_last_calls(void)
{
	unsigned long k, n = SHARED->n;

	for (k = n > NLAST ? n - NLAST : 0; k < n; k++) {
		unsigned long *c = SHARED->last[k % NLAST];

		say("sysfuzz:   call %lu: %lu(%#lx, %#lx, %#lx, %#lx, %#lx, %#lx)", k, c[0], c[1],
		    c[2], c[3], c[4], c[5], c[6]);
	}
}

/* Did the kernel log a report since we last looked? */
static int kernel_complained(void)
{
	static char buf[1 << 17];
	/* SYSLOG_ACTION_READ_CLEAR: what came since the last call */
	long len = syscall(SYS_syslog, 4, buf, sizeof(buf) - 1);

	if (len <= 0)
		return 0;
	buf[len] = 0;
	return strstr(buf, "Oops") || strstr(buf, "BUG:") || strstr(buf, "WARNING") ||
	       strstr(buf, "Kernel panic");
}

struct totals {
	unsigned long batches, calls, exited, signalled, timed_out, unkillable, reports;
	unsigned long by_signal[65];
};

/* Kill whatever is left of a batch and reap it all */
static void reap_all(pid_t child, struct totals *t)
{
	struct timespec t0 = now();
	int status;
	pid_t pid;

	kill(child, SIGKILL);
	if (as_init)
		kill(-1, SIGKILL);
	for (;;) {
		pid = waitpid(-1, &status, WNOHANG | __WALL);
		if (pid < 0)
			return; /* ECHILD: everything reaped */
		if (pid > 0)
			continue;
		if (ms_since(t0) > 10000) {
			t->unkillable++;
			say("sysfuzz: BUG: a process outlived SIGKILL by 10 s; the batch's last calls:");
			print_last_calls();
			return;
		}
		if (as_init)
			kill(-1, SIGKILL);
		sleep_ms(5);
	}
}

static void run_batch(unsigned long n, struct totals *t)
{
	struct timespec t0 = now(), progress = t0;
	unsigned long calls = 0;
	int status;
	pid_t child, pid;

	memset(SHARED, 0, sizeof(*SHARED));
	child = fork();
	if (child == 0)
		batch(n);
	if (child < 0) {
		say("sysfuzz: fork failed errno %d", errno);
		sleep_ms(100);
		return;
	}
	t->batches++;
	for (;;) {
		pid = waitpid(child, &status, WNOHANG);
		if (pid == child)
			break;
		if (SHARED->calls != calls) {
			calls = SHARED->calls;
			progress = now();
		}
		/* a batch stuck in a call (or stopped) for STALL_MS, or too long in all */
		if (ms_since(progress) > STALL_MS || ms_since(t0) > BATCH_MS) {
			t->timed_out++;
			status = -1;
			break;
		}
		sleep_ms(pick(4) ? 10 : 1);
	}
	if (status != -1) {
		if (WIFSIGNALED(status)) {
			t->signalled++;
			t->by_signal[WTERMSIG(status) & 63]++;
		} else {
			t->exited++;
		}
	}
	reap_all(child, t);
	t->calls += SHARED->calls;
	if (kernel_complained()) {
		t->reports++;
		say("sysfuzz: the kernel logged a report during batch %lu (seed %lu); its last calls:",
		    n, seed);
		print_last_calls();
	}
}

/* sysfuzz.seed= and sysfuzz.secs= from the kernel's command line */
static void read_cmdline(void)
{
	char buf[1024], *p;
	int fd = open("/proc/cmdline", O_RDONLY);
	long len;

	if (fd < 0)
		return;
	len = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (len <= 0)
		return;
	buf[len] = 0;
	p = strstr(buf, "sysfuzz.seed=");
	if (p)
		seed = strtoul(p + 13, NULL, 0);
	p = strstr(buf, "sysfuzz.secs=");
	if (p)
		secs = strtoul(p + 13, NULL, 0);
	p = strstr(buf, "sysfuzz.batch=");
	if (p)
		only = strtoul(p + 14, NULL, 0);
}

/* The parent's world: /proc, the fixtures, the shared page, priority 99 */
static void setup(void)
{
	struct sched_param sp = { .sched_priority = 99 };

	if (access("/proc/self", F_OK))
		mount("proc", "/proc", "proc", 0, NULL);
	mkdir("/fuzz", 0777);
	mkdir("/fuzz/mnt", 0777);
	mknod("/fuzz/null", S_IFCHR | 0666, makedev(1, 3));
	mknod("/fuzz/zero", S_IFCHR | 0666, makedev(1, 5));
	mknod("/fuzz/fifo", S_IFIFO | 0666, 0);
	symlink("/fuzz/file", "/fuzz/link");
	if (mmap(SHARED, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_FIXED, -1,
		 0) == MAP_FAILED)
		say("sysfuzz: mmap of the shared page failed errno %d", errno);
	if (sched_setscheduler(0, SCHED_FIFO, &sp))
		say("sysfuzz: sched_setscheduler failed errno %d", errno);
}

/* After the run: a new process can be started and waited for */
static void new_process(void)
{
	int status = 0;
	pid_t pid = fork();

	if (pid == 0)
		_exit(42);
	if (pid < 0 || waitpid(pid, &status, 0) != pid)
		say("sysfuzz: a new process: fork/wait failed errno %d", errno);
	else
		say("sysfuzz: a new process runs and exits: status %d", WEXITSTATUS(status));
}

int main(int argc, char **argv)
{
	struct totals t = { 0 };
	struct timespec t0;
	unsigned long n = 0, next_report = 5;
	int s, status;

	parent_pid = getpid();
	as_init = parent_pid == 1;
	seed = 1;
	read_cmdline();
	if (argc > 1)
		seed = strtoul(argv[1], NULL, 0);
	if (argc > 2)
		secs = strtoul(argv[2], NULL, 0);
	if (argc > 3)
		only = strtoul(argv[3], NULL, 0);
	setup();
	say("sysfuzz: seed %lu, %lu s (repeat: sysfuzz.seed=%lu or /sysfuzz %lu SECONDS [BATCH])",
	    seed, secs, seed, seed);
	t0 = now();
	if (only) {
		run_batch(only, &t);
	} else {
		while (ms_since(t0) < (long)secs * 1000) {
			run_batch(++n, &t);
			if ((unsigned long)ms_since(t0) >= next_report * 1000) {
				say("sysfuzz: %lu s: %lu calls in %lu batches", next_report,
				    t.calls, t.batches);
				next_report += 5;
			}
		}
	}
	say("sysfuzz: %lu calls in %lu batches: %lu ended, %lu killed by a signal, %lu stopped "
	    "(stuck or out of time)",
	    t.calls, t.batches, t.exited, t.signalled, t.timed_out);
	for (s = 1; s < 64; s++)
		if (t.by_signal[s])
			say("sysfuzz:   %lu killed by signal %d", t.by_signal[s], s);
	say("sysfuzz: %lu unkillable, %lu kernel reports", t.unkillable, t.reports);
	say("sysfuzz: all reaped: %s",
	    waitpid(-1, &status, WNOHANG) < 0 && errno == ECHILD ? "yes" : "no");
	new_process();
	if (!as_init)
		return t.unkillable || t.reports;
	say("sysfuzz: entering the kernel monitor");
	s = open("/proc/sysrq-trigger", O_WRONLY);
	if (s < 0 || write(s, "g", 1) != 1)
		say("sysfuzz: /proc/sysrq-trigger: errno %d", errno);
	for (;;)
		pause();
}
