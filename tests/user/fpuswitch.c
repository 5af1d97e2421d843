/*
 * fpuswitch.c - FPU and SSE registers kept across task switches.
 *
 * Two processes hand a byte back and forth through two pipes, 60 times
 * each way. Each holds its own value in %xmm0 and on the x87 stack
 * across the blocking read() (one inline-asm block: the registers are
 * loaded, int $0x80 sleeps, the registers are read back), so every turn
 * switches to the other process and back while the FPU holds live state.
 * Past 5 turns in a row that used the FPU, the kernel stops waiting for
 * the #NM trap and loads a process's FPU state in __switch_to (2.6.32's
 * preload, arch/x86/kernel/process_32.c): the values must come back the
 * same either way, and never the other process's.
 *
 * Then the two places that save the running task's registers without a
 * switch: fork (the child gets a copy, the parent goes on with its own)
 * and a signal (the handler starts with a clean FPU and clobbers it;
 * sigreturn gives the interrupted code its registers back). Both with
 * the registers held across the int $0x80, under 2.6.32's lazy switch and
 * with eagerfpu=on (tests/harness/checks.py runs these programs both ways).
 */
#include "usertest.h"

#define ROUNDS 60

/* system call @nr (@b, @c, @d) with @x in %xmm0 and st(0); return them after */
static int syscall_holding(int nr, long b, long c, long d, double x, double *sse, double *x87)
{
	int ret;

	__asm__ __volatile__("movsd %[x], %%xmm0\n\t"
			     "fldl %[x]\n\t"
			     "int $0x80\n\t"
			     "movsd %%xmm0, %[sse]\n\t"
			     "fstpl %[x87]"
			     : "=a"(ret), [sse] "=m"(*sse), [x87] "=m"(*x87)
			     : "a"(nr), "b"(b), "c"(c), "d"(d), [x] "m"(x)
			     : "memory"); /* no SSE in this build: GCC keeps nothing in %xmm0 */
	return ret;
}

/* read one byte from @fd with @x in %xmm0 and st(0); return them after */
static int read_holding(int fd, double x, double *sse, double *x87)
{
	char c;

	return syscall_holding(SYS_read, fd, (long)&c, 1, x, sse, x87);
}

static volatile int handled;

/* a handler that leaves the FPU and SSE registers changed */
static void clobber(int sig)
{
	static const double other = -2.0;

	(void)sig;
	__asm__ __volatile__("fninit\n\t"
			     "fldl %0\n\t"
			     "movsd %0, %%xmm0"
			     :
			     : "m"(other)
			     : "memory");
	handled = 1;
}

static void fork_and_signal(void)
{
	struct timespec ms = { 0, 1000000 };
	struct sigaction sa;
	double sse, x87;
	int pid, status, kept;

	pid = syscall_holding(SYS_fork, 0, 0, 0, 3.25, &sse, &x87);
	if (pid == 0)
		_exit(sse == 3.25 && x87 == 3.25 ? 0 : 1);
	kept = sse == 3.25 && x87 == 3.25;
	/*
	 * At once (a say() could switch first), new values held while the
	 * parent sleeps: it leaves the CPU and comes back
	 */
	syscall_holding(SYS_nanosleep, (long)&ms, 0, 0, 4.5, &sse, &x87);
	say("fork: the parent's registers %s", kept ? "kept" : "changed");
	say("fork: the parent's registers across a sleep %s",
	    sse == 4.5 && x87 == 4.5 ? "kept" : "changed");
	waitpid(pid, &status, 0);
	say("fork: the child's registers: exit %d", WIFEXITED(status) ? WEXITSTATUS(status) : -1);

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = clobber;
	sigaction(SIGUSR1, &sa, NULL);
	syscall_holding(SYS_kill, getpid(), SIGUSR1, 0, 9.75, &sse, &x87);
	say("signal: handler ran %d, the registers after it %s", handled,
	    sse == 9.75 && x87 == 9.75 ? "kept" : "changed");
}

/* the turns of one side: @first writes before it reads */
static int play(int rfd, int wfd, double mine, int first)
{
	double sse, x87;
	int i, bad = 0;

	for (i = 0; i < ROUNDS; i++) {
		if (first && write(wfd, "x", 1) != 1)
			return -1;
		if (read_holding(rfd, mine + i, &sse, &x87) != 1)
			return -1;
		if (sse != mine + i || x87 != mine + i)
			bad++;
		if (!first && write(wfd, "x", 1) != 1)
			return -1;
	}
	return bad;
}

int main(void)
{
	int ab[2], ba[2], status, bad;
	pid_t pid;

	if (pipe(ab) || pipe(ba)) {
		say("pipe: errno %d", errno);
		return 1;
	}
	pid = fork();
	if (pid == 0)
		_exit(play(ab[0], ba[1], 1000.25, 0) == 0 ? 0 : 1);
	bad = play(ba[0], ab[1], 7.5, 1);
	say("parent: %d turns, %d with the registers changed", ROUNDS, bad);
	waitpid(pid, &status, 0);
	say("child: exit %d", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
	fork_and_signal();
	return 0;
}
