/*
 * fuzzbugs.c - one regression test per kernel bug tests/user/sysfuzz.c found.
 *
 * Each check repeats, in a deterministic and readable form, the call
 * (or the few calls) that the fuzzer's failing batch boiled down to, and
 * prints what Linux answers. A child process runs each check, so one
 * that kills its caller does not end the others. The output is compared
 * with Linux 6.1's (tests/user/expected/fuzzbugs.out, `make oracle`).
 */
#define _GNU_SOURCE /* REG_EFL */
#include "usertest.h"
#include <signal.h>
#include <fcntl.h>
#include <sched.h>
#include <stdlib.h>
#include <ucontext.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>

#define EFLAGS_TF 0x00000100
#define EFLAGS_IF 0x00000200
#define EFLAGS_IOPL 0x00003000
#define EFLAGS_NT 0x00004000
#define EFLAGS_AC 0x00040000

static unsigned long set_bits, clear_bits;

static unsigned long eflags(void)
{
	unsigned long f;

	__asm__ __volatile__("pushfl; popl %0" : "=r"(f));
	return f;
}

/* The handler edits the saved EFLAGS; rt_sigreturn must keep what the user may not set */
static void edit_flags(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;

	(void)sig;
	(void)si;
	uc->uc_mcontext.gregs[REG_EFL] = (uc->uc_mcontext.gregs[REG_EFL] | set_bits) & ~clear_bits;
}

/* Bug 1: sigreturn let a process set NT (and clear IF, raise IOPL) in its EFLAGS */
static void sigreturn_flags(const char *what, unsigned long set, unsigned long clear)
{
	struct sigaction sa = { 0 };
	unsigned long after;

	set_bits = set;
	clear_bits = clear;
	sa.sa_sigaction = edit_flags;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR1, &sa, NULL);
	raise(SIGUSR1);
	after = eflags();
	say("sigreturn %s: NT %d IF %d IOPL %lu AC %d", what, !!(after & EFLAGS_NT),
	    !!(after & EFLAGS_IF), (after & EFLAGS_IOPL) >> 12, !!(after & EFLAGS_AC));
	/* leave AC as it was, so later code is not checked for alignment */
	__asm__ __volatile__("pushfl; andl $~0x40000, (%esp); popfl");
}

static void report_segv(int sig, siginfo_t *si, void *ctx)
{
	(void)ctx;
	say("signal %d si_code %d si_addr %p", sig, si->si_code, si->si_addr);
	_exit(0);
}

/* Bug 2: the LDTR was never loaded, so an LDT selector read a descriptor at user address 0 */
static void ldt_selector(void)
{
	struct sigaction sa = { 0 };

	sa.sa_sigaction = report_segv;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGSEGV, &sa, NULL);
	__asm__ __volatile__("movw $0xffff, %%ax; movw %%ax, %%fs" : : : "eax");
	say("loaded an LDT selector into %%fs");
}

static unsigned int fs_value;

static void set_fs(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;

	(void)sig;
	(void)si;
	uc->uc_mcontext.gregs[REG_FS] = fs_value;
}

/* ...and a sigreturn that restored such an %fs faulted in the kernel with interrupts off */
static void sigreturn_ldt_fs(void)
{
	struct sigaction sa = { 0 };
	unsigned int fs;

	sa.sa_sigaction = set_fs;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR2, &sa, NULL);
	fs_value = 0xffff;
	raise(SIGUSR2);
	__asm__ __volatile__("movl %%fs, %0" : "=r"(fs));
	say("sigreturn with %%fs 0xffff: %%fs is now %#x", fs);
}

/* init's state letter in /proc/1/stat */
static char init_state(void)
{
	char buf[256], *p;
	int fd = open("/proc/1/stat", O_RDONLY);
	int n = fd < 0 ? -1 : read(fd, buf, sizeof(buf) - 1);

	if (fd >= 0)
		close(fd);
	if (n <= 0)
		return '?';
	buf[n] = 0;
	p = strrchr(buf, ')');
	return p && p[1] ? p[2] : '?';
}

/* Bug 3: init was not SIGNAL_UNKILLABLE: any process could kill it (and panic the kernel) */
static void kill_init(void)
{
	static const int sigs[] = { SIGTERM, SIGSEGV, SIGUSR1, SIGSTOP, SIGKILL };
	unsigned int i;

	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
		int r = kill(1, sigs[i]);

		usleep(20000);
		say("kill(1, %d) = %d; init's state %c", sigs[i], r, init_state());
	}
	kill(1, SIGCONT);
}

static int orphan(void *arg)
{
	(void)arg;
	usleep(50000); /* until its parent is gone and init adopted it */
	return 0;
}

/* ...and an orphan whose clone() exit signal is SIGKILL sent it to init as it died */
static void orphan_exit_signal(void)
{
	static char stack[16384];
	pid_t pid = fork();

	if (pid == 0) {
		clone(orphan, stack + sizeof(stack), SIGKILL, NULL);
		_exit(0);
	}
	waitpid(pid, NULL, 0);
	usleep(200000);
	say("after the orphan's exit: init's state %c", init_state());
}

/* Bug 4: a pipe reopened through /proc/self/fd did not count as a reader or writer */
static void pipe_reopen(void)
{
	char path[64], c = 'x';
	int p[2], fd;

	signal(SIGPIPE, SIG_IGN);
	if (pipe(p))
		return;
	snprintf(path, sizeof(path), "/proc/self/fd/%d", p[0]);
	fd = open(path, O_RDONLY);
	say("reopen the read end: %s", fd >= 0 ? "ok" : strerror(errno));
	close(fd);
	say("write with the first reader open: %ld", sys(SYS_write, p[1], (long)&c, 1, 0));
	fd = open(path, O_RDWR);
	say("reopen it read-write: %s", fd >= 0 ? "ok" : strerror(errno));
	close(fd);
	say("read after closing that: %ld", sys(SYS_read, p[0], (long)&c, 1, 0));
	close(p[0]);
	close(p[1]);
	say("both ends closed");
}

static void run(const char *name, void (*fn)(void))
{
	int status;
	pid_t pid = fork();

	if (pid == 0) {
		fn();
		_exit(0);
	}
	waitpid(pid, &status, 0);
	if (WIFSIGNALED(status))
		say("%s: killed by signal %d", name, WTERMSIG(status));
	else
		say("%s: exit %d", name, WEXITSTATUS(status));
}

static void sigreturn_checks(void)
{
	sigreturn_flags("set NT", EFLAGS_NT, 0);
	sigreturn_flags("clear IF", 0, EFLAGS_IF);
	sigreturn_flags("set IOPL 3", EFLAGS_IOPL, 0);
	sigreturn_flags("set AC", EFLAGS_AC, 0);
}

int main(void)
{
	run("sigreturn flags", sigreturn_checks);
	run("ldt selector", ldt_selector);
	run("sigreturn ldt fs", sigreturn_ldt_fs);
	mkdir("/proc", 0555); /* Linux's oracle initramfs has none */
	mount("proc", "/proc", "proc", 0, NULL);
	run("kill init", kill_init);
	run("orphan exit signal", orphan_exit_signal);
	run("pipe reopened", pipe_reopen);
	say("fuzzbugs: done");
	return 0;
}
