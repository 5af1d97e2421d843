/*
 * exec_domain.c - personality(2): which flavour of Unix a process wants.
 *
 * Linux once ran binaries of other Unixes (SVR4, BSD...) through
 * "execution domains" that remapped signal and errno numbers; what is
 * left is the personality word, PER_LINUX (0) plus flags such as
 * ADDR_NO_RANDOMIZE that change a few behaviours. Linnet stores the word
 * (fork copies it) and has only the Linux domain; 2.6.32 also looks the
 * domain up in a list of registered ones and falls back to Linux.
 * See docs/processes.md.
 */
#include <linux/kernel.h>
#include <linux/sched.h>

/**
 * sys_personality - read or set the personality (system call 136)
 * @personality: the new personality, or 0xffffffff only to read it
 *
 * Context: process context (system call).
 * Return: the previous personality.
 */
asmlinkage long sys_personality(unsigned int personality)
{
	unsigned int old = current->personality;

	if (personality != 0xffffffff)
		current->personality = personality;
	return old;
}
