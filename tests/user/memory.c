/*
 * memory.c - brk, mmap, munmap, mprotect, shared anonymous memory
 * across fork, and the stack growing on demand.
 */
#include "usertest.h"
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/wait.h>

static void write_byte(void *p)
{
	*(volatile char *)p = 1;
}

static void read_byte(void *p)
{
	(void)*(volatile char *)p;
}

/* 1000 frames of 1 KiB: the stack grows far below its first pages */
static int recurse(int n)
{
	volatile char pad[1024];

	pad[0] = 1;
	return n ? recurse(n - 1) + pad[0] : 0;
}

static void deep_stack(void *arg)
{
	say("recursion %d", recurse(1000));
}

static void brk_test(void)
{
	long cur = sys(SYS_brk, 0, 0, 0, 0);
	long grown = sys(SYS_brk, cur + 3 * 4096, 0, 0, 0);

	say("brk grows %d", grown == cur + 3 * 4096);
	((char *)cur)[3 * 4096 - 1] = 'b';
	say("brk memory zero-filled and writable %d", ((char *)cur)[5] == 0);
	say("brk shrinks %d", sys(SYS_brk, cur + 4096, 0, 0, 0) == cur + 4096);
	run_in_child("touch shrunk heap", write_byte, (char *)cur + 2 * 4096);
	say("brk below start refused %d", sys(SYS_brk, 4096, 0, 0, 0) == cur + 4096);
}

static void mmap_test(void)
{
	char *p = mmap(NULL, 4 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int i, zero = 1;

	for (i = 0; i < 4 * 4096; i++)
		zero &= p[i] == 0;
	say("mmap zeroed %d", zero);
	p[4096] = 'x';
	say("mprotect read-only %d", mprotect(p + 4096, 4096, PROT_READ));
	run_in_child("write read-only page", write_byte, p + 4096);
	run_in_child("read read-only page", read_byte, p + 4096);
	say("mprotect none %d", mprotect(p, 4096, PROT_NONE));
	run_in_child("read PROT_NONE page", read_byte, p);
	say("munmap middle %d", munmap(p + 2 * 4096, 4096));
	run_in_child("touch unmapped page", write_byte, p + 2 * 4096);
	run_in_child("touch page after hole", write_byte, p + 3 * 4096);
	say("munmap rest %d", munmap(p, 4 * 4096));
	run_in_child("touch after munmap", read_byte, p + 4096);
	p = mmap((void *)0x50000000, 4096, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	say("MAP_FIXED at %p", p);
	munmap(p, 4096);
}

static void shared_test(void)
{
	int *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	int *q = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	pid_t pid = fork();

	if (pid == 0) {
		*p = 42;
		*q = 42;
		_exit(0);
	}
	waitpid(pid, NULL, 0);
	say("MAP_SHARED seen by parent %d, MAP_PRIVATE %d", *p, *q);
}

int main(void)
{
	brk_test();
	mmap_test();
	shared_test();
	run_in_child("1 MiB of stack", deep_stack, NULL);
	return 0;
}
