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
#include <linux/reboot.h>
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
	struct task_struct *parent =
		current->group_leader ? current->group_leader->real_parent : NULL;

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

/**
 * sys_set_tid_address - where to zero the tid, and wake a futex, at exit
 * @tidptr: the user's tid word (glibc's thread descriptor)
 *
 * Context: process context (system call).
 * Return: the caller's tid.
 */
asmlinkage long sys_set_tid_address(int __user *tidptr)
{
	current->clear_child_tid = tidptr;
	return current->pid;
}

#define __NEW_UTS_LEN 64

/**
 * struct new_utsname - what uname(2) reports (Linux's ABI: six 65-byte strings)
 * @sysname: the kernel's name
 * @nodename: the host name
 * @release: the kernel's release
 * @version: its build
 * @machine: the hardware
 * @domainname: the NIS domain
 */
struct new_utsname {
	char sysname[__NEW_UTS_LEN + 1];
	char nodename[__NEW_UTS_LEN + 1];
	char release[__NEW_UTS_LEN + 1];
	char version[__NEW_UTS_LEN + 1];
	char machine[__NEW_UTS_LEN + 1];
	char domainname[__NEW_UTS_LEN + 1];
};

static const struct new_utsname utsname = {
	.sysname = "Linux",
	.nodename = "(none)",
	.release = "2.6.32-linnet",
	.version = "#1 " LINNET_BUILD_DATE,
	.machine = "i686",
	.domainname = "(none)",
};

/**
 * sys_newuname - the system's names (system call 122)
 * @name: where to put them
 *
 * sysname is "Linux", as programs built for Linux expect; the release
 * says which kernel this really is.
 *
 * Context: process context (system call).
 * Return: 0, or -EFAULT.
 */
asmlinkage long sys_newuname(struct new_utsname __user *name)
{
	return copy_to_user(name, &utsname, sizeof(utsname)) ? -EFAULT : 0;
}

#define LINUX_REBOOT_MAGIC1 0xfee1dead
#define LINUX_REBOOT_MAGIC2 672274793
#define LINUX_REBOOT_MAGIC2A 85072278
#define LINUX_REBOOT_MAGIC2B 369367448
#define LINUX_REBOOT_MAGIC2C 537993216
#define LINUX_REBOOT_CMD_RESTART 0x01234567
#define LINUX_REBOOT_CMD_HALT 0xCDEF0123
#define LINUX_REBOOT_CMD_POWER_OFF 0x4321FEDC

/**
 * sys_reboot - restart, halt or power off the machine (system call 88)
 * @magic1: LINUX_REBOOT_MAGIC1
 * @magic2: one of the LINUX_REBOOT_MAGIC2 values
 * @cmd: LINUX_REBOOT_CMD_RESTART, _HALT or _POWER_OFF
 * @arg: unused
 *
 * Every process is root on Linnet, so no permission check.
 *
 * Context: process context (system call).
 * Return: -EINVAL for wrong magic or an unknown command; else does not return.
 */
asmlinkage long sys_reboot(int magic1, int magic2, unsigned int cmd, void __user *arg)
{
	if ((unsigned int)magic1 != LINUX_REBOOT_MAGIC1 ||
	    (magic2 != LINUX_REBOOT_MAGIC2 && magic2 != LINUX_REBOOT_MAGIC2A &&
	     magic2 != LINUX_REBOOT_MAGIC2B && magic2 != LINUX_REBOOT_MAGIC2C))
		return -EINVAL;
	switch (cmd) {
	case LINUX_REBOOT_CMD_RESTART:
		printk(KERN_EMERG "Restarting system.\n");
		machine_restart(NULL);
		break;
	case LINUX_REBOOT_CMD_HALT:
		printk(KERN_EMERG "System halted.\n");
		machine_halt();
		break;
	case LINUX_REBOOT_CMD_POWER_OFF:
		printk(KERN_EMERG "Power down.\n");
		machine_power_off();
		break;
	}
	return -EINVAL;
}

/*
 * Process groups and sessions. A session is a set of process groups
 * with (at most) one controlling terminal; a process group is a job the
 * shell moves between foreground and background as one. Both are named
 * by the pid of the process that created them (the session or group
 * leader) and are kept in signal_struct (2.6.32: task->pids[], struct
 * pid). The rules are POSIX's, in 2.6.32's order of checks.
 */

/* A process group with this id exists in @session (tasklist_lock held) */
static bool pgrp_in_session(pid_t pgrp, pid_t session)
{
	struct task_struct *p;

	for_each_process(p) if (p->signal->pgrp == pgrp &&
				p->signal->session == session) return true;
	return false;
}

/**
 * sys_setpgid - move a process into a process group (system call 57)
 * @pid: the process: the caller (0 or its pid) or one of its children
 * @pgid: the group to join, or to create with the id @pid (0 means @pid)
 *
 * Context: process context (system call).
 * Return: 0; -EINVAL (@pgid negative, or @pid is not a thread group
 * leader); -ESRCH (no such process, or not the caller nor its child);
 * -EPERM (the child is in another session, the process leads a session,
 * or the group exists in no process of the caller's session); -EACCES
 * (the child has already called execve).
 */
asmlinkage long sys_setpgid(pid_t pid, pid_t pgid)
{
	struct task_struct *group_leader = current->group_leader, *p;
	unsigned long flags;
	long err;

	if (!pid)
		pid = group_leader->pid;
	if (!pgid)
		pgid = pid;
	if (pgid < 0)
		return -EINVAL;
	spin_lock_irqsave(&tasklist_lock, flags);
	err = -ESRCH;
	p = find_task_by_pid(pid);
	if (!p || !pid)
		goto out;
	err = -EINVAL;
	if (!thread_group_leader(p))
		goto out;
	if (p->real_parent && p->real_parent->tgid == group_leader->tgid) {
		err = -EPERM;
		if (p->signal->session != group_leader->signal->session)
			goto out;
		err = -EACCES;
		if (p->did_exec)
			goto out;
	} else {
		err = -ESRCH;
		if (p != group_leader)
			goto out;
	}
	err = -EPERM;
	if (p->signal->leader)
		goto out;
	if (pgid != pid && !pgrp_in_session(pgid, group_leader->signal->session))
		goto out;
	p->signal->pgrp = pgid;
	err = 0;
out:
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return err;
}

/* The process @pid names (0: the caller), for getpgid and getsid */
static struct task_struct *find_process(pid_t pid)
{
	struct task_struct *p;

	if (!pid)
		return current;
	p = pid > 0 ? find_task_by_pid(pid) : NULL;
	return p && !(p->exit_state && p->exit_state != EXIT_ZOMBIE) ? p : NULL;
}

/**
 * sys_getpgid - a process's process group (system call 132)
 * @pid: the process, 0 for the caller
 *
 * Context: process context (system call).
 * Return: the process group id, or -ESRCH.
 */
asmlinkage long sys_getpgid(pid_t pid)
{
	struct task_struct *p;
	unsigned long flags;
	long ret = -ESRCH;

	spin_lock_irqsave(&tasklist_lock, flags);
	p = find_process(pid);
	if (p)
		ret = task_pgrp_nr(p);
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return ret;
}

/**
 * sys_getpgrp - the caller's process group (system call 65)
 *
 * Context: process context (system call).
 * Return: the process group id.
 */
asmlinkage long sys_getpgrp(void)
{
	return sys_getpgid(0);
}

/**
 * sys_getsid - a process's session (system call 147)
 * @pid: the process, 0 for the caller
 *
 * Context: process context (system call).
 * Return: the session id, or -ESRCH.
 */
asmlinkage long sys_getsid(pid_t pid)
{
	struct task_struct *p;
	unsigned long flags;
	long ret = -ESRCH;

	spin_lock_irqsave(&tasklist_lock, flags);
	p = find_process(pid);
	if (p)
		ret = task_session_nr(p);
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return ret;
}

/**
 * sys_setsid - start a new session, and a process group, led by the caller (system call 66)
 *
 * The caller becomes the leader of a new session and of a new process
 * group, both with its pid as id, and has no controlling terminal
 * (2.6.32's proc_clear_tty: the tty layer drops its reference).
 *
 * Context: process context (system call).
 * Return: the new session id; -EPERM if the caller already leads a
 * session or a process group with its id exists.
 */
asmlinkage long sys_setsid(void)
{
	struct task_struct *group_leader = current->group_leader, *p;
	pid_t sid = group_leader->pid;
	unsigned long flags;
	long err = -EPERM;

	spin_lock_irqsave(&tasklist_lock, flags);
	if (group_leader->signal->leader)
		goto out;
	for_each_process(p) if (p->signal->pgrp == sid) goto out;
	group_leader->signal->leader = 1;
	group_leader->signal->pgrp = sid;
	group_leader->signal->session = sid;
	group_leader->signal->tty = NULL;
	group_leader->signal->tty_old_pgrp = 0;
	err = sid;
out:
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return err;
}
