/*
 * sys.c - the small system calls about the calling process itself.
 *
 * getpid() returns the thread group's id (the pid of its first thread),
 * gettid() the thread's own pid, getppid() the parent process's tgid.
 * Linux 2.6.32 keeps getpid and friends in kernel/timer.c for historical
 * reasons; Linnet keeps them here, with the other identity calls.
 *
 * write() is here only until the VFS lands (the "vfs" branch): it sends
 * what a process writes to descriptors 1 and 2 to the console, and
 * answers -EBADF for any other descriptor. It is what lets the first
 * test programs print. See docs/processes.md.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/console.h>
#include <asm/uaccess.h>


/**
 * sys_getpid - the calling process's id
 *
 * Context: process context (system call).
 * Return: current's tgid.
 */
asmlinkage long sys_getpid(void)
{
	return current->tgid;
}

/**
 * sys_gettid - the calling thread's id
 *
 * Context: process context (system call).
 * Return: current's pid.
 */
asmlinkage long sys_gettid(void)
{
	return current->pid;
}

/**
 * sys_getppid - the parent process's id
 *
 * Context: process context (system call).
 * Return: the tgid of current's parent, 0 if it has none (the init task's).
 */
asmlinkage long sys_getppid(void)
{
	struct task_struct *parent = current->group_leader ? current->group_leader->real_parent
							     : NULL;

	return parent ? parent->tgid : 0;
}

/**
 * sys_write - write to standard output or error (the console), until the VFS lands
 * @fd: 1 or 2
 * @buf: the user's bytes
 * @count: how many
 *
 * Context: process context (system call); may sleep.
 * Return: @count, -EBADF for another descriptor, -EFAULT for a bad buffer.
 */
asmlinkage long sys_write(unsigned int fd, const char __user *buf, size_t count)
{
	char chunk[128];
	size_t done = 0;

	if (fd != 1 && fd != 2)
		return -EBADF;
	if (!access_ok(VERIFY_READ, buf, count))
		return -EFAULT;
	while (done < count) {
		size_t n = min(count - done, sizeof(chunk));

		if (__copy_from_user(chunk, buf + done, n))
			return done ? (long)done : -EFAULT;
		console_write_tty(chunk, n);
		done += n;
	}
	return done;
}
