/*
 * fault.c - a process cannot touch the kernel or the hardware: every
 * attempt ends it with a signal, and the kernel stays up.
 */
#include "usertest.h"
#include <signal.h>
#include <sys/wait.h>

static void read_kernel(void)
{
	(void)*(volatile int *)0xc0100000;
}
static void write_kernel(void)
{
	*(volatile int *)0xc0100000 = 0;
}
static void jump_kernel(void)
{
	((void (*)(void))0xc0100000)();
}
static void null_write(void)
{
	*(volatile int *)0 = 0;
}
static void do_cli(void)
{
	__asm__ __volatile__("cli");
}
static void do_hlt(void)
{
	__asm__ __volatile__("hlt");
}
static void do_in(void)
{
	__asm__ __volatile__("inb $0x60, %%al" ::: "eax");
}
static void do_out(void)
{
	__asm__ __volatile__("outb %%al, $0x80" ::"a"(0));
}
static void do_lgdt(void)
{
	static char zero[6];

	__asm__ __volatile__("lgdt %0" ::"m"(zero));
}
static void do_int13(void)
{
	__asm__ __volatile__("int $13");
}
static void do_ud2(void)
{
	__asm__ __volatile__("ud2");
}
static void do_int3(void)
{
	__asm__ __volatile__("int3");
}
static void do_div0(void)
{
	__asm__ __volatile__("xorl %%ecx, %%ecx; divl %%ecx" ::: "eax", "ecx", "edx");
}
static void bad_gs(void)
{
	__asm__ __volatile__("movw %w0, %%gs" ::"r"(0x60));
}

static const struct {
	const char *name;
	void (*fn)(void);
} cases[] = {
	{ "read kernel", read_kernel },
	{ "write kernel", write_kernel },
	{ "jump kernel", jump_kernel },
	{ "write NULL", null_write },
	{ "cli", do_cli },
	{ "hlt", do_hlt },
	{ "in", do_in },
	{ "out", do_out },
	{ "lgdt", do_lgdt },
	{ "int $13", do_int13 },
	{ "ud2", do_ud2 },
	{ "int3", do_int3 },
	{ "divide by zero", do_div0 },
	{ "load kernel %gs", bad_gs },
};

int main(void)
{
	unsigned int i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		int status;
		pid_t pid = fork();

		if (pid == 0) {
			cases[i].fn();
			_exit(0);
		}
		waitpid(pid, &status, 0);
		if (WIFSIGNALED(status))
			say("%s: signal %d", cases[i].name, WTERMSIG(status));
		else
			say("%s: exit %d", cases[i].name, WEXITSTATUS(status));
	}
	say("kernel alive");
	return 0;
}
