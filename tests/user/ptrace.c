/*
 * ptrace.c - ptrace(2) on i386: PTRACE_TRACEME and the stop on every
 * signal (the tracer's waitpid sees it without WUNTRACED, /proc shows the
 * tracing stop), PEEKDATA/POKEDATA/POKETEXT (a breakpoint-style write into
 * the read-only text, copied on write: the parent's text is unchanged),
 * PEEKUSR/POKEUSR, GETREGS, GETFPREGS/SETFPREGS/GETFPXREGS, GETSIGINFO/
 * SETSIGINFO, CONT with another signal, PTRACE_SYSCALL (the numbers of a
 * known run of int $0x80 calls, TRACESYSGOOD, a call changed at its entry
 * stop), SINGLESTEP over a straight-line block, the SIGTRAP of execve
 * (and PTRACE_O_TRACEEXEC's event), PTRACE_O_TRACEEXIT, PTRACE_KILL,
 * ATTACH/DETACH of a process whose real parent is another (the tracer
 * reaps it first, then the real parent), the exit of a tracer that did
 * not detach, and the errors: ESRCH, EPERM, EIO, EFAULT. Pids differ
 * between runs, so lines say whether a pid was the one expected.
 */
#define _GNU_SOURCE
#include "usertest.h"
#include <stddef.h>
#include <sys/ptrace.h>
#include <sys/user.h>
#include <sys/mount.h>
#include <sys/stat.h>

#define TRAP_TRACE_CODE 2
#define TRAP_BRKPT_CODE 1
#define SI_KERNEL_CODE 0x80

extern char _start[];

/* ptrace as the kernel answers it: 0 (or the value) or -errno */
static long pt(long req, long pid, long addr, long data)
{
	long r = syscall(SYS_ptrace, req, pid, addr, data);

	return r == -1 ? -errno : r;
}

static volatile unsigned long secret;

/* A text function the tracer rewrites in its tracee: returns 1 unless patched */
__attribute__((noinline)) int textfn(void)
{
	return 1;
}

/* "stopped N", "exited N" or "signaled N" for a wait status */
static const char *how(int st)
{
	static char buf[64];

	if (WIFSTOPPED(st))
		snprintf(buf, sizeof(buf), "stopped %d event %d", WSTOPSIG(st), st >> 16);
	else if (WIFEXITED(st))
		snprintf(buf, sizeof(buf), "exited %d", WEXITSTATUS(st));
	else if (WIFSIGNALED(st))
		snprintf(buf, sizeof(buf), "signaled %d", WTERMSIG(st));
	else
		snprintf(buf, sizeof(buf), "status %#x", st);
	return buf;
}

static int wait_for(pid_t pid, int options)
{
	int st = 0;

	if (waitpid(pid, &st, options) != pid)
		say("waitpid: errno %d", errno);
	return st;
}

/* The first character of the state in /proc/PID/status, and /proc/PID/stat's */
static void show_state(pid_t pid)
{
	char path[64], buf[1024], *p;
	int fd, n;
	long tracer = -1;

	snprintf(path, sizeof(path), "/proc/%d/status", pid);
	fd = open(path, O_RDONLY);
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	buf[n > 0 ? n : 0] = 0;
	p = strstr(buf, "State:\t");
	if (p) {
		*strchr(p, '\n') = 0;
		say("status State %s", p + 7);
		p[strlen(p)] = '\n';
	}
	p = strstr(buf, "TracerPid:");
	if (p)
		tracer = strtol(p + 10, NULL, 10);
	say("TracerPid is us: %s", tracer == getpid() ? "yes" : "no");
	snprintf(path, sizeof(path), "/proc/%d/stat", pid);
	fd = open(path, O_RDONLY);
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	buf[n > 0 ? n : 0] = 0;
	p = strrchr(buf, ')');
	say("stat state %c", p ? p[2] : '?');
}

/* A word of @pid's memory read through /proc/PID/mem, or the error */
static const char *mem_word(pid_t pid, unsigned long addr)
{
	static char buf[64];
	char path[64];
	unsigned long word = 0;
	int fd;
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/%d/mem", pid);
	fd = open(path, O_RDONLY);
	n = pread(fd, &word, sizeof(word), addr);
	if (n == sizeof(word))
		snprintf(buf, sizeof(buf), "%#lx", word);
	else
		snprintf(buf, sizeof(buf), "errno %d", n < 0 ? errno : 0);
	close(fd);
	return buf;
}

static void on_usr2(int sig)
{
	say("child: handler for signal %d", sig);
}

static void on_usr1_info(int sig, siginfo_t *si, void *uc)
{
	say("child: signal %d code %d pid %d value %d", sig, si->si_code, si->si_pid,
	    si->si_value.sival_int);
}

/* TRACEME, a signal stop, /proc, memory, siginfo, CONT with another signal */
static void test_traceme(void)
{
	struct user_regs_struct regs;
	siginfo_t si;
	unsigned long word;
	pid_t pid = fork();
	long cont, peek;
	int st;

	if (pid == 0) {
		on_signal(SIGUSR2, on_usr2, NULL, 0);
		say("child: traceme %ld", pt(PTRACE_TRACEME, 0, 0, 0));
		say("child: traceme again %ld", pt(PTRACE_TRACEME, 0, 0, 0));
		secret = 0x12345678;
		raise(SIGUSR1); /* stops for the tracer; it gives SIGUSR2 instead */
		say("child: secret %#lx textfn %d", secret, textfn());
		_exit(0);
	}
	st = wait_for(pid, 0);
	say("traceme: %s", how(st));
	show_state(pid);
	say("getsiginfo %ld", pt(PTRACE_GETSIGINFO, pid, 0, (long)&si));
	say("siginfo signo %d code %d pid is child: %s", si.si_signo, si.si_code,
	    si.si_pid == pid ? "yes" : "no");
	say("peekdata %ld", pt(PTRACE_PEEKDATA, pid, (long)&secret, (long)&word));
	say("secret in child %#lx, in parent %#lx", word, secret);
	say("pokedata %ld", pt(PTRACE_POKEDATA, pid, (long)&secret, 0xcafebabe));
	/* mov $42, %eax; ret - over textfn's first bytes, in the read-only text */
	say("poketext %ld", pt(PTRACE_POKETEXT, pid, (long)textfn, 0x00002ab8));
	say("poketext %ld", pt(PTRACE_POKETEXT, pid, (long)textfn + 4, 0x9090c300));
	say("peektext %ld", pt(PTRACE_PEEKTEXT, pid, (long)textfn, (long)&word));
	say("text word %#lx", word);
	say("parent textfn %d", textfn());
	say("proc mem read by the tracer: %s", mem_word(pid, (unsigned long)&secret));
	say("peekdata at 0: %ld", pt(PTRACE_PEEKDATA, pid, 0, (long)&word));
	say("pokedata at 0: %ld", pt(PTRACE_POKEDATA, pid, 0, 1));
	say("peekdata past user space: %ld", pt(PTRACE_PEEKDATA, pid, 0xc0001000, (long)&word));
	say("peekdata to a bad pointer: %ld", pt(PTRACE_PEEKDATA, pid, (long)&secret, 1));
	say("peekusr odd offset: %ld", pt(PTRACE_PEEKUSER, pid, 2, (long)&word));
	say("peekusr past struct user: %ld",
	    pt(PTRACE_PEEKUSER, pid, sizeof(struct user), (long)&word));
	say("peekusr u_debugreg[7]: %ld",
	    pt(PTRACE_PEEKUSER, pid, offsetof(struct user, u_debugreg[7]), (long)&word));
	say("debugreg %lu", word);
	say("getregs to a bad pointer: %ld", pt(PTRACE_GETREGS, pid, 0, 1));
	say("getregs %ld", pt(PTRACE_GETREGS, pid, 0, (long)&regs));
	say("cs %#lx ds %#lx ss %#lx", regs.xcs, regs.xds, regs.xss);
	say("pokeusr cs 0: %ld",
	    pt(PTRACE_POKEUSER, pid, offsetof(struct user_regs_struct, xcs), 0));
	say("pokeusr ds kernel: %ld",
	    pt(PTRACE_POKEUSER, pid, offsetof(struct user_regs_struct, xds), 0x68));
	say("cont with a bad signal: %ld", pt(PTRACE_CONT, pid, 0, 100));
	/* the child prints as it runs: ours wait until it is done */
	cont = pt(PTRACE_CONT, pid, 0, SIGUSR2);
	peek = pt(PTRACE_PEEKDATA, pid, (long)&secret, (long)&word);
	st = wait_for(pid, 0);
	say("cont with SIGUSR2: %ld, then peekdata while it runs: %ld", cont, peek);
	say("traceme: %s", how(st));
}

/* SETSIGINFO: the handler sees the siginfo the tracer wrote */
static void test_siginfo(void)
{
	siginfo_t si;
	pid_t pid = fork();
	long cont;
	int st;

	if (pid == 0) {
		on_signal(SIGUSR1, NULL, on_usr1_info, 0);
		pt(PTRACE_TRACEME, 0, 0, 0);
		raise(SIGUSR1);
		_exit(0);
	}
	st = wait_for(pid, 0);
	say("siginfo: %s", how(st));
	pt(PTRACE_GETSIGINFO, pid, 0, (long)&si);
	si.si_code = SI_QUEUE;
	si.si_pid = 4242;
	si.si_value.sival_int = 77;
	say("setsiginfo %ld", pt(PTRACE_SETSIGINFO, pid, 0, (long)&si));
	cont = pt(PTRACE_CONT, pid, 0, SIGUSR1);
	st = wait_for(pid, 0);
	say("cont %ld", cont);
	say("siginfo: %s", how(st));
}

/* The x87 state of a stopped tracee, in fsave's and fxsave's layouts */
static void test_fpregs(void)
{
	struct user_fpregs_struct fp;
	struct user_fpxregs_struct fpx;
	pid_t pid = fork();
	int st;

	if (pid == 0) {
		int out = 0;

		pt(PTRACE_TRACEME, 0, 0, 0);
		__asm__ __volatile__("fninit; fld1; fldz" ::: "memory");
		raise(SIGUSR1);
		__asm__ __volatile__("fistpl %0; fistpl %0" : "=m"(out) : : "memory");
		say("child: st1 as an integer %d", out);
		_exit(0);
	}
	st = wait_for(pid, 0);
	say("fpregs: %s", how(st));
	say("getfpregs %ld", pt(PTRACE_GETFPREGS, pid, 0, (long)&fp));
	say("cwd %#lx swd %#lx twd %#lx", fp.cwd, fp.swd, fp.twd);
	/* st0 is 0.0, st1 1.0: each ten bytes, the exponent in the last two */
	say("st1 exponent %#x", ((unsigned short *)fp.st_space)[9]);
	say("getfpxregs %ld", pt(PTRACE_GETFPXREGS, pid, 0, (long)&fpx));
	say("fxsave cwd %#x twd %#x mxcsr %#lx", fpx.cwd, fpx.twd, fpx.mxcsr);
	/* st1 = 3.0: exponent 0x4000, significand 0xc000... */
	memset((char *)fp.st_space + 10, 0, 10);
	((unsigned short *)fp.st_space)[9] = 0x4000;
	((unsigned short *)fp.st_space)[8] = 0xc000;
	say("setfpregs %ld", pt(PTRACE_SETFPREGS, pid, 0, (long)&fp));
	say("getfpregs to a bad pointer %ld", pt(PTRACE_GETFPREGS, pid, 0, 1));
	pt(PTRACE_CONT, pid, 0, 0);
	st = wait_for(pid, 0);
	say("fpregs: %s", how(st));
}

/* Raw system calls the tracer sees at entry and exit: getpid, getppid, umask, getpid */
static void syscall_block(void)
{
	long r1, r2, r3, r4;

	__asm__ __volatile__("int $0x80"
			     : "=a"(r1)
			     : "0"(20), "b"(0x1111), "c"(0x2222), "d"(0x3333));
	__asm__ __volatile__("int $0x80" : "=a"(r2) : "0"(64));
	__asm__ __volatile__("int $0x80" : "=a"(r3) : "0"(60), "b"(022));
	__asm__ __volatile__("int $0x80" : "=a"(r4) : "0"(20));
	say("child: getpid %s, second getpid is getppid: %s", r1 == getpid() ? "ok" : "wrong",
	    r4 == getppid() ? "yes" : "no");
	(void)r2;
	(void)r3;
}

static void test_syscall(void)
{
	struct user_regs_struct regs;
	pid_t pid = fork();
	int st, i;

	if (pid == 0) {
		pt(PTRACE_TRACEME, 0, 0, 0);
		raise(SIGSTOP);
		syscall_block();
		_exit(0);
	}
	st = wait_for(pid, 0);
	say("syscall: %s", how(st));
	for (i = 0; i < 8; i++) {
		long nr;

		if (i == 2)
			say("setoptions %ld", pt(PTRACE_SETOPTIONS, pid, 0, PTRACE_O_TRACESYSGOOD));
		pt(PTRACE_SYSCALL, pid, 0, 0);
		st = wait_for(pid, 0);
		pt(PTRACE_PEEKUSER, pid, offsetof(struct user_regs_struct, orig_eax), (long)&nr);
		pt(PTRACE_GETREGS, pid, 0, (long)&regs);
		say("%s: %s orig_eax %ld eax %s", i & 1 ? "exit" : "entry", how(st), nr,
		    i & 1		? "(result)" :
		    regs.eax == -ENOSYS ? "-ENOSYS" :
					  "?");
		if (i == 0)
			say("args %#lx %#lx %#lx", regs.ebx, regs.ecx, regs.edx);
		if (i == 6) /* the second getpid becomes getppid */
			say("pokeusr orig_eax %ld",
			    pt(PTRACE_POKEUSER, pid, offsetof(struct user_regs_struct, orig_eax),
			       64));
		if (i == 7)
			say("result is our pid: %s", regs.eax == getpid() ? "yes" : "no");
	}
	pt(PTRACE_CONT, pid, 0, 0);
	st = wait_for(pid, 0);
	say("syscall: %s", how(st));
}

/* Single steps from one int3 to the next over a straight-line block with a system call */
static void test_singlestep(void)
{
	struct user_regs_struct regs;
	siginfo_t si;
	pid_t pid = fork();
	int st, steps = 0;
	char codes[128] = "";

	if (pid == 0) {
		pt(PTRACE_TRACEME, 0, 0, 0);
		__asm__ __volatile__("int3\n\t"
				     "movl $1, %%eax\n\t"
				     "addl $2, %%eax\n\t"
				     "movl %%eax, %%ebx\n\t"
				     "movl $20, %%eax\n\t"
				     "int $0x80\n\t"
				     "movl %%ebx, %%eax\n\t"
				     "shll $4, %%eax\n\t"
				     "int3\n\t"
				     :
				     :
				     : "eax", "ebx", "memory");
		_exit(0);
	}
	st = wait_for(pid, 0);
	pt(PTRACE_GETSIGINFO, pid, 0, (long)&si);
	say("singlestep: %s code %#x", how(st), si.si_code);
	for (;;) {
		pt(PTRACE_SINGLESTEP, pid, 0, 0);
		st = wait_for(pid, 0);
		if (!WIFSTOPPED(st) || steps > 20)
			break;
		pt(PTRACE_GETSIGINFO, pid, 0, (long)&si);
		snprintf(codes + strlen(codes), sizeof(codes) - strlen(codes), " %d", si.si_code);
		steps++;
		if (si.si_code == SI_KERNEL_CODE)
			break;
	}
	say("steps %d, si_code of each:%s", steps, codes);
	pt(PTRACE_GETREGS, pid, 0, (long)&regs);
	say("eax %#lx ebx %#lx, eflags TF %s", regs.eax, regs.ebx,
	    regs.eflags & 0x100 ? "set" : "clear");
	pt(PTRACE_CONT, pid, 0, 0);
	st = wait_for(pid, 0);
	say("singlestep: %s", how(st));
}

/*
 * execve of a traced process: SIGTRAP at the new program's entry point;
 * @event 1: PTRACE_O_TRACEEXEC's event instead; 2: under PTRACE_SYSCALL
 */
static void test_exec(const char *self, int event)
{
	struct user_regs_struct regs;
	pid_t pid = fork();
	int st;

	if (pid == 0) {
		char *argv[] = { (char *)self, "exec-child", NULL };

		pt(PTRACE_TRACEME, 0, 0, 0);
		if (event)
			raise(SIGSTOP);
		execve(self, argv, NULL);
		_exit(127);
	}
	if (event == 1) {
		st = wait_for(pid, 0);
		say("setoptions traceexec %ld", pt(PTRACE_SETOPTIONS, pid, 0, PTRACE_O_TRACEEXEC));
		pt(PTRACE_CONT, pid, 0, 0);
	}
	if (event == 2) { /* the system call stops around execve, then its SIGTRAP */
		int i;

		wait_for(pid, 0);
		for (i = 0; i < 2; i++) {
			long nr;

			pt(PTRACE_SYSCALL, pid, 0, 0);
			st = wait_for(pid, 0);
			pt(PTRACE_GETREGS, pid, 0, (long)&regs);
			pt(PTRACE_PEEKUSER, pid, offsetof(struct user_regs_struct, orig_eax),
			   (long)&nr);
			say("execve %s: %s orig_eax %ld eax %ld", i ? "exit" : "entry", how(st), nr,
			    i ? regs.eax : 0);
		}
		pt(PTRACE_SYSCALL, pid, 0, 0);
	}
	st = wait_for(pid, 0);
	say("exec: %s", how(st));
	pt(PTRACE_GETREGS, pid, 0, (long)&regs);
	say("eip is the entry point: %s",
	    (unsigned long)regs.eip == (unsigned long)_start ? "yes" : "no");
	pt(PTRACE_CONT, pid, 0, 0);
	st = wait_for(pid, 0);
	say("exec: %s", how(st));
}

/* PTRACE_O_TRACEEXIT: a stop before the end, the status in GETEVENTMSG; then PTRACE_KILL */
static void test_exit_and_kill(void)
{
	unsigned long msg = 0;
	pid_t pid = fork();
	int st;

	if (pid == 0) {
		pt(PTRACE_TRACEME, 0, 0, 0);
		raise(SIGSTOP);
		_exit(5);
	}
	wait_for(pid, 0);
	say("setoptions traceexit %ld", pt(PTRACE_SETOPTIONS, pid, 0, PTRACE_O_TRACEEXIT));
	say("setoptions bad %ld", pt(PTRACE_SETOPTIONS, pid, 0, 0x1000));
	pt(PTRACE_SETOPTIONS, pid, 0, PTRACE_O_TRACEEXIT);
	pt(PTRACE_CONT, pid, 0, 0);
	st = wait_for(pid, 0);
	say("exit: %s", how(st));
	say("geteventmsg %ld", pt(PTRACE_GETEVENTMSG, pid, 0, (long)&msg));
	say("event message %#lx", msg);
	pt(PTRACE_CONT, pid, 0, 0);
	st = wait_for(pid, 0);
	say("exit: %s", how(st));

	pid = fork();
	if (pid == 0) {
		pt(PTRACE_TRACEME, 0, 0, 0);
		raise(SIGSTOP);
		for (;;)
			pause();
	}
	wait_for(pid, 0);
	say("kill %ld", pt(PTRACE_KILL, pid, 0, 0));
	st = wait_for(pid, 0);
	say("kill: %s", how(st));
}

/*
 * PTRACE_O_TRACEFORK: the tracee's child is traced from birth (its first
 * stop is SIGSTOP), the tracee stops with the fork event and the child's
 * pid; the tracer reaps the child first, then the tracee, its real parent
 */
static void test_fork_event(void)
{
	unsigned long msg = 0;
	pid_t pid = fork(), child;
	int st;

	if (pid == 0) {
		pt(PTRACE_TRACEME, 0, 0, 0);
		raise(SIGSTOP);
		child = fork();
		if (child == 0)
			_exit(4);
		st = wait_for(child, 0);
		_exit(WIFEXITED(st) ? 10 + WEXITSTATUS(st) : 99);
	}
	wait_for(pid, 0);
	say("setoptions tracefork %ld", pt(PTRACE_SETOPTIONS, pid, 0, PTRACE_O_TRACEFORK));
	pt(PTRACE_CONT, pid, 0, 0);
	st = wait_for(pid, 0);
	say("fork: %s", how(st));
	say("geteventmsg %ld", pt(PTRACE_GETEVENTMSG, pid, 0, (long)&msg));
	child = msg;
	st = wait_for(child, 0);
	say("new child: %s", how(st));
	show_state(child);
	pt(PTRACE_CONT, child, 0, 0);
	pt(PTRACE_CONT, pid, 0, 0);
	st = wait_for(child, 0);
	say("new child: %s", how(st));
	/* handed to its real parent, the child's death is a SIGCHLD: that stops the tracee too */
	for (st = wait_for(pid, 0); WIFSTOPPED(st); st = wait_for(pid, 0)) {
		say("fork: %s", how(st));
		pt(PTRACE_CONT, pid, 0, 0);
	}
	say("fork: %s", how(st));
}

static void exit_on_usr1(int sig)
{
	_exit(sig + 100);
}

/* A child that waits for signals; SIGUSR1 ends it with exit 110. Returns once it is ready. */
static pid_t child_pausing(void)
{
	int fds[2];
	pid_t pid;
	char c;

	if (pipe(fds))
		return -1;
	pid = fork();
	if (pid == 0) {
		on_signal(SIGUSR1, exit_on_usr1, NULL, 0);
		if (write(fds[1], "r", 1) != 1)
			_exit(1);
		for (;;)
			pause();
	}
	if (read(fds[0], &c, 1) != 1)
		say("child_pausing: errno %d", errno);
	close(fds[0]);
	close(fds[1]);
	return pid;
}

/* ATTACH, DETACH, a tracee whose real parent is another process, a tracer that exits */
static void test_attach(void)
{
	pid_t pid;
	int st;

	say("attach to pid 0: %ld", pt(PTRACE_ATTACH, 0, 0, 0));
	say("attach to ourselves: %ld", pt(PTRACE_ATTACH, getpid(), 0, 0));
	pid = child_pausing();
	say("cont on an untraced child: %ld", pt(PTRACE_CONT, pid, 0, 0));
	say("attach %ld", pt(PTRACE_ATTACH, pid, 0, 0));
	say("attach again %ld", pt(PTRACE_ATTACH, pid, 0, 0));
	st = wait_for(pid, 0);
	say("attach: %s", how(st));
	show_state(pid);
	say("detach %ld", pt(PTRACE_DETACH, pid, 0, 0));
	say("peekdata after detach: %ld", pt(PTRACE_PEEKDATA, pid, (long)&secret, (long)&st));
	kill(pid, SIGUSR1);
	st = wait_for(pid, 0);
	say("detached: %s", how(st));

	/* a process stopped by SIGSTOP: the tracer's wait sees the stop at once */
	pid = child_pausing();
	kill(pid, SIGSTOP);
	st = wait_for(pid, WUNTRACED);
	say("stopped child: %s", how(st));
	say("attach to it %ld", pt(PTRACE_ATTACH, pid, 0, 0));
	st = wait_for(pid, 0);
	say("stopped child: %s", how(st));
	kill(pid, SIGKILL);
	st = wait_for(pid, 0);
	say("stopped child: %s", how(st));

	/* as an unprivileged user: not init, not another user's process */
	pid = fork();
	if (pid == 0) {
		if (setresuid(1000, 1000, 1000))
			say("setresuid: errno %d", errno);
		say("attach to init as uid 1000: %ld", pt(PTRACE_ATTACH, 1, 0, 0));
		say("attach to our parent as uid 1000: %ld", pt(PTRACE_ATTACH, getppid(), 0, 0));
		_exit(0);
	}
	wait_for(pid, 0);
}

/*
 * A tracee whose real parent is another process (mid): the tracer reaps
 * it first, then mid does. A pipe tells us the grandchild's pid.
 */
static void test_other_parent(void)
{
	int fds[2];
	pid_t mid, c;
	int st;

	if (pipe(fds))
		return;
	mid = fork();
	if (mid == 0) {
		close(fds[0]);
		c = child_pausing();
		write(fds[1], &c, sizeof(c));
		st = wait_for(c, 0);
		_exit(WIFSIGNALED(st) ? 50 + WTERMSIG(st) : WIFEXITED(st) ? WEXITSTATUS(st) : 99);
	}
	close(fds[1]);
	if (read(fds[0], &c, sizeof(c)) != sizeof(c))
		say("read: errno %d", errno);
	close(fds[0]);
	say("attach to a grandchild %ld", pt(PTRACE_ATTACH, c, 0, 0));
	st = wait_for(c, 0);
	say("grandchild: %s", how(st));
	say("cont with SIGTERM %ld", pt(PTRACE_CONT, c, 0, SIGTERM));
	st = wait_for(c, 0);
	say("grandchild: %s", how(st));
	st = wait_for(mid, 0);
	say("its real parent saw: %s", how(st));

	/* a tracer that exits without detaching: the tracee runs on, untraced */
	c = child_pausing();
	mid = fork();
	if (mid == 0) {
		long r = pt(PTRACE_ATTACH, c, 0, 0);

		st = wait_for(c, 0);
		_exit(r == 0 && WIFSTOPPED(st) ? 0 : 1);
	}
	st = wait_for(mid, 0);
	say("tracer: %s", how(st));
	kill(c, SIGUSR1); /* untraced now: its handler runs */
	st = wait_for(c, 0);
	say("after its tracer's exit: %s", how(st));

	/* a tracer that exits leaving a dead tracee: the zombie goes to its real parent */
	c = child_pausing();
	mid = fork();
	if (mid == 0) {
		siginfo_t si;
		long r = pt(PTRACE_ATTACH, c, 0, 0);

		wait_for(c, 0);
		kill(c, SIGKILL);
		memset(&si, 0, sizeof(si));
		waitid(P_PID, c, &si, WEXITED | WNOWAIT); /* dead, not reaped */
		_exit(r == 0 && si.si_pid == c && si.si_status == SIGKILL ? 0 : 1);
	}
	st = wait_for(mid, 0);
	say("tracer of a zombie: %s", how(st));
	st = wait_for(c, 0);
	say("the zombie's real parent reaps it: %s", how(st));
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "exec-child")) {
		say("exec child runs");
		return 3;
	}
	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL); /* Linux's initramfs has no /proc yet */
	test_traceme();
	test_siginfo();
	test_fpregs();
	test_syscall();
	test_singlestep();
	test_exec(argv[0], 0);
	test_exec(argv[0], 1);
	test_exec(argv[0], 2);
	test_exit_and_kill();
	test_fork_event();
	test_attach();
	test_other_parent();
	say("ptrace: done");
	return 0;
}
