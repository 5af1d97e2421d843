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
 */
#include "usertest.h"

#define ROUNDS 60

/* read one byte from @fd with @x in %xmm0 and st(0); return them after */
static int read_holding(int fd, double x, double *sse, double *x87)
{
	char c;
	int ret;

	__asm__ __volatile__("movsd %[x], %%xmm0\n\t"
			     "fldl %[x]\n\t"
			     "int $0x80\n\t"
			     "movsd %%xmm0, %[sse]\n\t"
			     "fstpl %[x87]"
			     : "=a"(ret), [sse] "=m"(*sse), [x87] "=m"(*x87)
			     : "a"(SYS_read), "b"(fd), "c"(&c), "d"(1), [x] "m"(x)
			     : "memory"); /* no SSE in this build: GCC keeps nothing in %xmm0 */
	return ret;
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
	return 0;
}
