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
 *
 * System V messages are timed twice: msgsnd + msgrcv of one byte by
 * one process (no sleep, no switch), and a round trip through one queue
 * to a child and back (types 1 and 2), beside the pipe round trip. POSIX
 * message queues likewise: mq_send + mq_receive by one process, and a
 * round trip through two queues (one each way: a POSIX queue has no types).
 *
 * The faults are timed in the loop that causes them: a write to each
 * page of a fresh anonymous mapping (demand-zero), and the parent's write
 * to each page it shares with a forked child (copy-on-write). The
 * process switch is two SCHED_FIFO processes taking turns by
 * sched_yield().
 *
 * user_module_load_unload is init_module + delete_module of a small
 * module, as busybox's insmod and rmmod make them: on Linnet
 * tests/modules/mt_hello.ko, carried in this program (.incbin, as
 * modtest.c does); on Linux a module of its own build, which the harness
 * puts at /linux_bench.ko (tests/harness/bench.py: crc7.ko from Debian's
 * package, signed, so Linux also checks its signature). The file is read
 * before the clock starts: the figure is the two system calls.
 */
#include "usertest.h"
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sched.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <mqueue.h>
#include <sys/socket.h>
#include <sys/reboot.h>
#include <sys/utsname.h>
#include <sys/wait.h>

extern const char mt_hello_ko[], mt_hello_ko_end[];
__asm__(".section .rodata\n.balign 16\nmt_hello_ko:\n.incbin \"" MODDIR
	"/mt_hello.ko\"\nmt_hello_ko_end:\n.previous");

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
		close(to[1]); /* else its own write end keeps the read below from ever seeing EOF */
		while (read(to[0], &c, 1) == 1)
			write(from[1], &c, 1);
		_exit(0);
	}
	close(to[0]);
	close(from[1]);
	t0 = rdtsc();
	for (i = 0; i < n; i++) {
		write(to[1], &c, 1);
		read(from[0], &c, 1);
	}
	report("user_pipe_round_trip", n, rdtsc() - t0);
	close(to[1]);
	waitpid(pid, NULL, 0);
}

/* System V messages: msgsnd + msgrcv in one process; then to a child and back (types 1, 2) */
static void msg_round_trip(void)
{
	const unsigned long n = 2000;
	struct {
		long mtype;
		char mtext[1];
	} m = { 1, { 'x' } };
	int id = msgget(IPC_PRIVATE, 0600);
	unsigned long long t0;
	unsigned long i;
	pid_t pid;

	if (id < 0)
		return;
	t0 = rdtsc();
	for (i = 0; i < n; i++) {
		msgsnd(id, &m, 1, 0);
		msgrcv(id, &m, 1, 0, 0);
	}
	report("user_msgsnd_msgrcv", n, rdtsc() - t0);
	pid = fork();
	if (pid == 0) {
		while (msgrcv(id, &m, 1, 1, 0) == 1) {
			m.mtype = 2;
			msgsnd(id, &m, 1, 0);
		}
		_exit(0);
	}
	t0 = rdtsc();
	for (i = 0; i < n; i++) {
		m.mtype = 1;
		msgsnd(id, &m, 1, 0);
		msgrcv(id, &m, 1, 2, 0);
	}
	report("user_msg_round_trip", n, rdtsc() - t0);
	msgctl(id, IPC_RMID, NULL); /* the child's msgrcv fails with EIDRM: it exits */
	waitpid(pid, NULL, 0);
}

/* A POSIX queue of one-byte messages, made fresh (unlinked at once: the descriptor keeps it) */
static mqd_t fresh_mq(const char *name)
{
	struct mq_attr a = { .mq_maxmsg = 4, .mq_msgsize = 1 };
	mqd_t q = mq_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, &a);

	mq_unlink(name);
	return q;
}

/* POSIX messages: mq_send + mq_receive in one process; then to a child and back */
static void mq_round_trip(void)
{
	const unsigned long n = 2000;
	mqd_t to = fresh_mq("/ubench-to"), from = fresh_mq("/ubench-from");
	unsigned long long t0;
	unsigned long i;
	char c = 'x';
	pid_t pid;

	if (to < 0 || from < 0)
		return;
	t0 = rdtsc();
	for (i = 0; i < n; i++) {
		mq_send(to, &c, 1, 0);
		mq_receive(to, &c, 1, NULL);
	}
	report("user_mq_send_receive", n, rdtsc() - t0);
	pid = fork();
	if (pid == 0) {
		while (mq_receive(to, &c, 1, NULL) == 1 && c)
			mq_send(from, &c, 1, 0);
		_exit(0);
	}
	t0 = rdtsc();
	for (i = 0; i < n; i++) {
		mq_send(to, &c, 1, 0);
		mq_receive(from, &c, 1, NULL);
	}
	report("user_mq_round_trip", n, rdtsc() - t0);
	c = 0; /* the child's last message */
	mq_send(to, &c, 1, 0);
	waitpid(pid, NULL, 0);
	mq_close(to);
	mq_close(from);
}

/* The same round trip over an AF_UNIX stream socketpair: one socket each way */
static void socketpair_round_trip(void)
{
	const unsigned long n = 2000;
	unsigned long long t0;
	unsigned long i;
	int sv[2];
	char c = 'x';
	pid_t pid;

	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv))
		return;
	pid = fork();
	if (pid == 0) {
		close(sv[0]);
		while (read(sv[1], &c, 1) == 1)
			write(sv[1], &c, 1);
		_exit(0);
	}
	close(sv[1]);
	t0 = rdtsc();
	for (i = 0; i < n; i++) {
		write(sv[0], &c, 1);
		read(sv[0], &c, 1);
	}
	report("user_socketpair_round_trip", n, rdtsc() - t0);
	close(sv[0]);
	waitpid(pid, NULL, 0);
}

#define FAULT_PAGES 256

/* A fresh anonymous mapping's first write to each page: a demand-zero fault per page */
static void demand_zero_fault(void)
{
	const unsigned long rounds = 8;
	unsigned long long total = 0, t0;
	unsigned long i, r;
	char *p;

	for (r = 0; r < rounds; r++) {
		p = mmap(NULL, FAULT_PAGES * 4096, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p == MAP_FAILED)
			return;
		t0 = rdtsc();
		for (i = 0; i < FAULT_PAGES; i++)
			p[i * 4096] = 1;
		total += rdtsc() - t0;
		munmap(p, FAULT_PAGES * 4096);
	}
	report("user_demand_zero_fault", rounds * FAULT_PAGES, total);
}

/* After fork, the parent's first write to each page it shares: a copy-on-write fault per page */
static void cow_fault(void)
{
	int hold[2];
	unsigned long long t0;
	unsigned long i;
	char *p;
	pid_t pid;

	p = mmap(NULL, FAULT_PAGES * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1,
		 0);
	if (p == MAP_FAILED || pipe(hold))
		return;
	for (i = 0; i < FAULT_PAGES; i++)
		p[i * 4096] = 1;
	pid = fork();
	if (pid == 0) { /* keeps the pages shared until the parent is done */
		char c;

		close(hold[1]);
		read(hold[0], &c, 1);
		_exit(0);
	}
	close(hold[0]);
	t0 = rdtsc();
	for (i = 0; i < FAULT_PAGES; i++)
		p[i * 4096] = 2;
	report("user_cow_fault", FAULT_PAGES, rdtsc() - t0);
	close(hold[1]);
	waitpid(pid, NULL, 0);
	munmap(p, FAULT_PAGES * 4096);
}

/*
 * Two processes at SCHED_FIFO 1 taking turns with sched_yield(): each
 * yield puts the caller behind the other, so every call is one switch
 * between two address spaces (a fair task's yield may not switch).
 */
static void process_switch(void)
{
	const unsigned long n = 5000;
	struct sched_param sp = { .sched_priority = 1 };
	unsigned long long t0;
	unsigned long i;
	pid_t pid;

	if (sched_setscheduler(0, SCHED_FIFO, &sp))
		return;
	pid = fork();
	if (pid == 0) {
		for (i = 0; i < n; i++)
			sched_yield();
		_exit(0);
	}
	t0 = rdtsc();
	for (i = 0; i < n; i++)
		sched_yield();
	report("user_process_switch", 2 * n, rdtsc() - t0);
	waitpid(pid, NULL, 0);
	sp.sched_priority = 0;
	sched_setscheduler(0, SCHED_OTHER, &sp);
}

/* The whole of @path in a malloc()ed buffer; its size in *@len; NULL if it cannot be read */
static char *read_file(const char *path, long *len)
{
	int fd = open(path, O_RDONLY);
	char *buf = NULL;
	long n = 0, r = 1;

	if (fd < 0)
		return NULL;
	while (r > 0) {
		buf = realloc(buf, n + 65536);
		if (!buf)
			break;
		r = read(fd, buf + n, 65536);
		n += r > 0 ? r : 0;
	}
	close(fd);
	*len = n;
	return buf;
}

static void module_load_unload(void)
{
	const unsigned long n = 50;
	const char *image = mt_hello_ko, *name = "mt_hello", *params = "count=0";
	long len = mt_hello_ko_end - mt_hello_ko;
	unsigned long long t0;
	struct utsname u;
	unsigned long i;

	if (uname(&u) == 0 && !strstr(u.release, "linnet")) {
		image = read_file("/linux_bench.ko", &len);
		name = "crc7";
		params = "";
		if (!image) {
			say("# ubench: no /linux_bench.ko: module_load_unload skipped");
			return;
		}
	}
	t0 = rdtsc();
	for (i = 0; i < n; i++) {
		if (sys(SYS_init_module, (long)image, len, (long)params, 0) ||
		    sys(SYS_delete_module, (long)name, O_NONBLOCK, 0, 0)) {
			say("# ubench: init_module/delete_module of %s failed: %s", name,
			    strerror(errno));
			return;
		}
	}
	report("user_module_load_unload", n, rdtsc() - t0);
}

int main(int argc, char **argv)
{
	if (argc > 1) /* run by fork_execve_wait */
		return 0;
	null_syscall();
	fork_exit_wait();
	fork_execve_wait();
	pipe_round_trip();
	msg_round_trip();
	mq_round_trip();
	socketpair_round_trip();
	demand_zero_fault();
	cow_fault();
	process_switch();
	module_load_unload();
	reboot(RB_POWER_OFF);
	return 0;
}
