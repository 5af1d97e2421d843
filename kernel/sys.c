/*
 * sys.c - the small system calls about the calling process itself.
 *
 * getpid() returns the thread group's id (the pid of its first thread),
 * gettid() the thread's own pid, getppid() the parent process's tgid.
 * Linux 2.6.32 keeps getpid and friends in kernel/timer.c for historical
 * reasons; Linnet keeps them here, with the other identity calls.
 *
 * write() is the VFS's (fs/read_write.c:sys_write). See docs/processes.md.
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
