/*
 * ubench.c - the system-call boundary's cost, in instructions (make bench).
 *
 * Started as pid 1 (rdinit=/ubench on both kernels, from the test
 * programs' initramfs)
 * under QEMU -icount shift=0, where the TSC counts instructions. Each
 * figure is the rdtsc difference over N operations, divided by N, in the
 * format of the kernel's own benchmarks ("# bench: ..."). The system
 * call is made with int $0x80 on both kernels (Linux would otherwise use
 * sysenter through its vDSO), so the same path is compared.
 */
#include "usertest.h"
#include <sys/reboot.h>
#include <sys/wait.h>

static unsigned long long rdtsc(void)
{
	unsigned long long t;

	__asm__ __volatile__("rdtsc" : "=A"(t));
	return t;
}

static void report(const char *name, unsigned long ops, unsigned long long total)
{
	say("# bench: %s ops=%lu total=%llu per_op=%llu", name, ops, total, total / ops);
}

static void null_syscall(void)
{
	const unsigned long n = 100000;
	unsigned long long t0 = rdtsc();
	unsigned long i;
	long r;

	for (i = 0; i < n; i++)
		__asm__ __volatile__("int $0x80" : "=a"(r) : "0"(SYS_getppid) : "memory");
	report("user_getppid", n, rdtsc() - t0);
}

static void fork_exit_wait(void)
{
	const unsigned long n = 300;
	unsigned long long t0 = rdtsc();
	unsigned long i;

	for (i = 0; i < n; i++) {
		pid_t pid = fork();

		if (pid == 0)
			_exit(0);
		waitpid(pid, NULL, 0);
	}
	report("user_fork_exit_wait", n, rdtsc() - t0);
}

/* fork, then execve of a static program from the initramfs (this one, told to exit at once) */
static void fork_execve_wait(void)
{
	const unsigned long n = 100;
	char *argv[] = { "/ubench", "exit", NULL };
	char *envp[] = { NULL };
	unsigned long long t0 = rdtsc();
	unsigned long i;

	for (i = 0; i < n; i++) {
		pid_t pid = fork();

		if (pid == 0) {
			execve("/ubench", argv, envp);
			_exit(127);
		}
		waitpid(pid, NULL, 0);
	}
	report("user_fork_execve_wait", n, rdtsc() - t0);
}

/* A byte to a child through one pipe and back through another */
static void pipe_round_trip(void)
{
	const unsigned long n = 2000;
	int to[2], from[2];
	unsigned long long t0;
	unsigned long i;
	char c = 'x';
	pid_t pid;

	if (pipe(to) || pipe(from))
		return;
	pid = fork();
	if (pid == 0) {
		while (read(to[0], &c, 1) == 1)
			write(from[1], &c, 1);
		_exit(0);
	}
	t0 = rdtsc();
	for (i = 0; i < n; i++) {
		write(to[1], &c, 1);
		read(from[0], &c, 1);
	}
	report("user_pipe_round_trip", n, rdtsc() - t0);
	close(to[1]);
	waitpid(pid, NULL, 0);
}

int main(int argc, char **argv)
{
	if (argc > 1) /* run by fork_execve_wait */
		return 0;
	null_syscall();
	fork_exit_wait();
	fork_execve_wait();
	pipe_round_trip();
	reboot(RB_POWER_OFF);
	return 0;
}
