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
#include <linux/string.h>
#include <linux/cred.h>
#include <linux/resource.h>
#include <linux/mm.h>
#include <linux/fs_struct.h>
#include <linux/utsname.h>
#include <linux/fdtable.h>
#include <linux/stat.h>
#include <linux/jiffies.h>
#include <linux/time.h>
#include <linux/ktime.h>
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
	struct task_struct *parent = current->real_parent;

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

/* linnet_utsname - the system's names (include/linux/utsname.h) */
struct new_utsname linnet_utsname = {
	.sysname = "Linux",
	.nodename = "(none)",
	.release = "2.6.32-linnet",
	.version = "#1 " LINNET_BUILD_DATE,
	.machine = "i686",
	.domainname = "(none)",
};
/* as 2.6.32's init_uts_ns, which utsname() reads, for modules (LDD3's kdatasize) */
EXPORT_SYMBOL_GPL(linnet_utsname);

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
	return copy_to_user(name, utsname(), sizeof(*name)) ? -EFAULT : 0;
}

#define LINUX_REBOOT_MAGIC1 0xfee1dead
#define LINUX_REBOOT_MAGIC2 672274793
#define LINUX_REBOOT_MAGIC2A 85072278
#define LINUX_REBOOT_MAGIC2B 369367448
#define LINUX_REBOOT_MAGIC2C 537993216
#define LINUX_REBOOT_CMD_RESTART 0x01234567
#define LINUX_REBOOT_CMD_HALT 0xCDEF0123
#define LINUX_REBOOT_CMD_POWER_OFF 0x4321FEDC
#define LINUX_REBOOT_CMD_CAD_ON 0x89ABCDEF
#define LINUX_REBOOT_CMD_CAD_OFF 0x00000000

/*
 * C_A_D - what Ctrl-Alt-Del should do: 1 restart at once, 0 (what init
 * asks for: busybox's init calls reboot(RB_DISABLE_CAD)) send SIGINT to
 * init. 2.6.32's keyboard.c acts on it through ctrl_alt_del(); Linnet's
 * keyboard does not yet recognise Ctrl-Alt-Del, so only the setting is kept.
 */
static int C_A_D = 1;

/**
 * sys_reboot - restart, halt or power off the machine (system call 88)
 * @magic1: LINUX_REBOOT_MAGIC1
 * @magic2: one of the LINUX_REBOOT_MAGIC2 values
 * @cmd: LINUX_REBOOT_CMD_RESTART, _HALT, _POWER_OFF, _CAD_ON or _CAD_OFF
 * @arg: unused
 *
 * As 2.6.32: only a caller with CAP_SYS_BOOT, checked before the magic
 * numbers. _RESTART2 and _KEXEC/_SW_SUSPEND are not supported (-EINVAL).
 *
 * Context: process context (system call).
 * Return: -EPERM without CAP_SYS_BOOT, -EINVAL for wrong magic or an
 * unknown command, 0 for _CAD_ON/_CAD_OFF; else does not return.
 */
asmlinkage long sys_reboot(int magic1, int magic2, unsigned int cmd, void __user *arg)
{
	if (!capable(CAP_SYS_BOOT))
		return -EPERM;
	if ((unsigned int)magic1 != LINUX_REBOOT_MAGIC1 ||
	    (magic2 != LINUX_REBOOT_MAGIC2 && magic2 != LINUX_REBOOT_MAGIC2A &&
	     magic2 != LINUX_REBOOT_MAGIC2B && magic2 != LINUX_REBOOT_MAGIC2C))
		return -EINVAL;
	switch (cmd) {
	case LINUX_REBOOT_CMD_RESTART:
		kernel_restart(NULL);
	case LINUX_REBOOT_CMD_HALT:
		kernel_halt();
	case LINUX_REBOOT_CMD_POWER_OFF:
		kernel_power_off();
	case LINUX_REBOOT_CMD_CAD_ON:
		C_A_D = 1;
		return 0;
	case LINUX_REBOOT_CMD_CAD_OFF:
		C_A_D = 0;
		return 0;
	}
	return -EINVAL;
}

/*
 * 2.6.32's kernel_restart_prepare/kernel_shutdown_prepare also run the
 * reboot notifiers and shut the devices down; Linnet has neither, so the
 * state is all there is to prepare. Then the console is unblanked so its
 * queued last lines leave before the machine stops (kernel/printk.c).
 */
static void shutdown_prepare(enum system_states state)
{
	system_state = state;
}

/**
 * kernel_restart - reboot the machine, saying so
 * @cmd: a command for the firmware, or NULL (Linnet's machine takes none)
 *
 * Context: process context. Does not return.
 */
void kernel_restart(char *cmd)
{
	shutdown_prepare(SYSTEM_RESTART);
	if (!cmd)
		printk(KERN_EMERG "Restarting system.\n");
	else
		printk(KERN_EMERG "Restarting system with command '%s'.\n", cmd);
	console_unblank();
	machine_restart(cmd);
}

/**
 * kernel_halt - stop the machine, saying so
 *
 * Context: process context. Does not return.
 */
void kernel_halt(void)
{
	shutdown_prepare(SYSTEM_HALT);
	printk(KERN_EMERG "System halted.\n");
	console_unblank();
	machine_halt();
}

/**
 * kernel_power_off - switch the machine off, saying so
 *
 * Context: process context (SysRq o reaches it through a work item, as in
 * 2.6.32). Does not return.
 */
void kernel_power_off(void)
{
	shutdown_prepare(SYSTEM_POWER_OFF);
	printk(KERN_EMERG "Power down.\n");
	console_unblank();
	machine_power_off();
}

/**
 * emergency_restart - reboot at once: no message, no preparation
 *
 * 2.6.32 calls machine_emergency_restart() alone; later Linux also sets
 * system_state, as Linnet does, and Linnet unblanks the console first so
 * the lines already printed ("SysRq : Resetting") are not lost.
 *
 * Context: any, interrupts on or off (SysRq b, panic). Does not return.
 */
void emergency_restart(void)
{
	system_state = SYSTEM_RESTART;
	console_unblank();
	machine_restart(NULL);
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

/* process_id - the process group (or, if @session, the session) of process @pid */
static long process_id(pid_t pid, bool session)
{
	struct task_struct *p;
	unsigned long flags;
	long ret = -ESRCH;

	spin_lock_irqsave(&tasklist_lock, flags);
	p = find_process(pid);
	if (p)
		ret = session ? task_session_nr(p) : task_pgrp_nr(p);
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return ret;
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
	return process_id(pid, false);
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
	return process_id(pid, true);
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

/*
 * Identity: user and group ids (include/linux/cred.h). Root may set any
 * id; anyone else may only move between the real, effective and saved
 * ids it already has. The rules are 2.6.32's kernel/sys.c; where 2.6.32
 * also checks RLIMIT_NPROC on a change of real user (set_user), so does
 * Linnet (the new user's process count is compared with the limit).
 */

/* Processes (tasks) of user @uid: 2.6.32 counts them in user_struct */
static int user_processes(uid_t uid)
{
	struct task_struct *p;
	unsigned long flags;
	int n = 0;

	spin_lock_irqsave(&tasklist_lock, flags);
	list_for_each_entry(p, &init_task.tasks, tasks)
		if (p->cred.uid == uid && !p->exit_state)
			n++;
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return n;
}

/**
 * task_nproc_ok - may the current user have one more process? (RLIMIT_NPROC)
 * @uid: the real user the new (or re-identified) process has
 *
 * Root, and a task with CAP_SYS_ADMIN or CAP_SYS_RESOURCE, is exempt,
 * as in 2.6.32's copy_process and set_user.
 *
 * Context: process context.
 * Return: true if under the limit or exempt.
 */
bool task_nproc_ok(uid_t uid)
{
	if (uid == 0 || capable(CAP_SYS_ADMIN))
		return true;
	return (unsigned long)user_processes(uid) < current->signal->rlim[RLIMIT_NPROC].rlim_cur;
}

/* 2.6.32's set_user: the real uid changes; refused at RLIMIT_NPROC */
static int set_user(struct cred *new)
{
	if (new->uid != current->cred.uid && !task_nproc_ok(new->uid))
		return -EAGAIN;
	return 0;
}

/**
 * sys_getuid - the real user id (system call 199, getuid32)
 *
 * Context: process context (system call).
 * Return: the id.
 */
asmlinkage long sys_getuid(void)
{
	return current->cred.uid;
}

/**
 * sys_geteuid - the effective user id (system call 201, geteuid32)
 *
 * Context: process context (system call).
 * Return: the id.
 */
asmlinkage long sys_geteuid(void)
{
	return current->cred.euid;
}

/**
 * sys_getgid - the real group id (system call 200, getgid32)
 *
 * Context: process context (system call).
 * Return: the id.
 */
asmlinkage long sys_getgid(void)
{
	return current->cred.gid;
}

/**
 * sys_getegid - the effective group id (system call 202, getegid32)
 *
 * Context: process context (system call).
 * Return: the id.
 */
asmlinkage long sys_getegid(void)
{
	return current->cred.egid;
}

/**
 * sys_setuid - set the user id (system call 213, setuid32)
 * @uid: the new id
 *
 * Root sets the real, effective, saved and file-system ids; anyone else
 * only the effective (and file-system) one, to its real or saved id.
 *
 * Context: process context (system call).
 * Return: 0, -EPERM, -EAGAIN (RLIMIT_NPROC of the new user).
 */
asmlinkage long sys_setuid(uid_t uid)
{
	struct cred new = current->cred;

	if (capable(CAP_SETUID)) {
		new.suid = new.uid = uid;
		if (set_user(&new))
			return -EAGAIN;
	} else if (uid != new.uid && uid != new.suid) {
		return -EPERM;
	}
	new.fsuid = new.euid = uid;
	cap_task_fix_setuid(&new, &current->cred, LSM_SETID_ID);
	commit_creds(&new);
	return 0;
}

/**
 * sys_setgid - set the group id (system call 214, setgid32)
 * @gid: the new id
 *
 * Context: process context (system call).
 * Return: 0, or -EPERM.
 */
asmlinkage long sys_setgid(gid_t gid)
{
	struct cred new = current->cred;

	if (capable(CAP_SETGID))
		new.gid = new.egid = new.sgid = new.fsgid = gid;
	else if (gid == new.gid || gid == new.sgid)
		new.egid = new.fsgid = gid;
	else
		return -EPERM;
	return commit_creds(&new);
}

/*
 * The user and the group calls apply the same rules to two sets of ids,
 * each a real, an effective, a saved and a file-system id in struct
 * cred. struct id_set points at one set's four fields, so that one
 * helper serves setreuid and setregid, one setresuid and setresgid...;
 * the user calls add 2.6.32's RLIMIT_NPROC check (set_user).
 */
struct id_set {
	unsigned int *r, *e, *s, *fs;
};

#define UID_SET(c) ((struct id_set){ &(c)->uid, &(c)->euid, &(c)->suid, &(c)->fsuid })
#define GID_SET(c) ((struct id_set){ &(c)->gid, &(c)->egid, &(c)->sgid, &(c)->fsgid })

/*
 * set_re - setreuid's rules on @ids (of a copy of the caller's cred):
 * unprivileged, the real id may become the effective one and the
 * effective id the real or saved one; the saved id follows the effective
 * one when the real id is set or the effective id leaves the real one.
 */
static int set_re(struct id_set ids, unsigned int r, unsigned int e, bool privileged)
{
	unsigned int old_r = *ids.r, old_e = *ids.e, old_s = *ids.s;

	if (r != (unsigned int)-1) {
		if (old_r != r && old_e != r && !privileged)
			return -EPERM;
		*ids.r = r;
	}
	if (e != (unsigned int)-1) {
		if (old_r != e && old_e != e && old_s != e && !privileged)
			return -EPERM;
		*ids.e = e;
	}
	if (r != (unsigned int)-1 || (e != (unsigned int)-1 && e != old_r))
		*ids.s = *ids.e;
	*ids.fs = *ids.e;
	return 0;
}

/**
 * sys_setreuid - set the real and effective user ids (system call 203, setreuid32)
 * @ruid: the new real id, or -1 to keep it
 * @euid: the new effective id, or -1 to keep it
 *
 * Context: process context (system call).
 * Return: 0, -EPERM, -EAGAIN.
 */
asmlinkage long sys_setreuid(uid_t ruid, uid_t euid)
{
	struct cred new = current->cred;
	int err = set_re(UID_SET(&new), ruid, euid, capable(CAP_SETUID));

	if (!err && set_user(&new))
		err = -EAGAIN;
	if (!err) {
		cap_task_fix_setuid(&new, &current->cred, LSM_SETID_RE);
		commit_creds(&new);
	}
	return err;
}

/**
 * sys_setregid - set the real and effective group ids (system call 204, setregid32)
 * @rgid: the new real id, or -1
 * @egid: the new effective id, or -1
 *
 * Context: process context (system call).
 * Return: 0, or -EPERM.
 */
asmlinkage long sys_setregid(gid_t rgid, gid_t egid)
{
	struct cred new = current->cred;
	int err = set_re(GID_SET(&new), rgid, egid, capable(CAP_SETGID));

	if (!err)
		commit_creds(&new);
	return err;
}

/* May an unprivileged task take @id? It must be one of the three it has. */
static bool id_allowed(unsigned int id, struct id_set ids)
{
	return id == (unsigned int)-1 || id == *ids.r || id == *ids.e || id == *ids.s;
}

/* set_res - setresuid's rules on @ids: unprivileged, each new id is one the task has */
static int set_res(struct id_set ids, unsigned int r, unsigned int e, unsigned int s,
		   bool privileged)
{
	if (!privileged && (!id_allowed(r, ids) || !id_allowed(e, ids) || !id_allowed(s, ids)))
		return -EPERM;
	if (r != (unsigned int)-1)
		*ids.r = r;
	if (e != (unsigned int)-1)
		*ids.e = e;
	if (s != (unsigned int)-1)
		*ids.s = s;
	*ids.fs = *ids.e;
	return 0;
}

/* put_res - getresuid's copy-out of @ids */
static long put_res(struct id_set ids, unsigned int __user *r, unsigned int __user *e,
		    unsigned int __user *s)
{
	if (put_user(*ids.r, r) || put_user(*ids.e, e) || put_user(*ids.s, s))
		return -EFAULT;
	return 0;
}

/*
 * set_fs_id - setfsuid's rule on @ids: unprivileged, the file-system id
 * may become one of the four the task has. Returns the old one.
 */
static unsigned int set_fs_id(struct id_set ids, unsigned int id, bool privileged)
{
	unsigned int old = *ids.fs;

	if (id == *ids.r || id == *ids.e || id == *ids.s || id == old || privileged)
		*ids.fs = id;
	return old;
}

/**
 * sys_setresuid - set the real, effective and saved user ids (system call 208, setresuid32)
 * @ruid: the new real id, or -1
 * @euid: the new effective id, or -1
 * @suid: the new saved id, or -1
 *
 * Context: process context (system call).
 * Return: 0, -EPERM, -EAGAIN.
 */
asmlinkage long sys_setresuid(uid_t ruid, uid_t euid, uid_t suid)
{
	struct cred new = current->cred;
	int err = set_res(UID_SET(&new), ruid, euid, suid, capable(CAP_SETUID));

	if (!err && set_user(&new))
		err = -EAGAIN;
	if (!err) {
		cap_task_fix_setuid(&new, &current->cred, LSM_SETID_RES);
		commit_creds(&new);
	}
	return err;
}

/**
 * sys_getresuid - the real, effective and saved user ids (system call 209, getresuid32)
 * @ruid: where the real id goes
 * @euid: where the effective id goes
 * @suid: where the saved id goes
 *
 * Context: process context (system call).
 * Return: 0, or -EFAULT.
 */
asmlinkage long sys_getresuid(uid_t __user *ruid, uid_t __user *euid, uid_t __user *suid)
{
	return put_res(UID_SET(&current->cred), ruid, euid, suid);
}

/**
 * sys_setresgid - set the real, effective and saved group ids (system call 210, setresgid32)
 * @rgid: the new real id, or -1
 * @egid: the new effective id, or -1
 * @sgid: the new saved id, or -1
 *
 * Context: process context (system call).
 * Return: 0, or -EPERM.
 */
asmlinkage long sys_setresgid(gid_t rgid, gid_t egid, gid_t sgid)
{
	struct cred new = current->cred;
	int err = set_res(GID_SET(&new), rgid, egid, sgid, capable(CAP_SETGID));

	if (!err)
		commit_creds(&new);
	return err;
}

/**
 * sys_getresgid - the real, effective and saved group ids (system call 211, getresgid32)
 * @rgid: where the real id goes
 * @egid: where the effective id goes
 * @sgid: where the saved id goes
 *
 * Context: process context (system call).
 * Return: 0, or -EFAULT.
 */
asmlinkage long sys_getresgid(gid_t __user *rgid, gid_t __user *egid, gid_t __user *sgid)
{
	return put_res(GID_SET(&current->cred), rgid, egid, sgid);
}

/**
 * sys_setfsuid - set the user id for file access (system call 215, setfsuid32)
 * @uid: the new id
 *
 * Context: process context (system call).
 * Return: the old file-system uid, whether or not it changed (2.6.32's
 * odd convention: no error is ever returned).
 */
asmlinkage long sys_setfsuid(uid_t uid)
{
	struct cred new = current->cred;
	long old = set_fs_id(UID_SET(&new), uid, capable(CAP_SETUID));

	cap_task_fix_setuid(&new, &current->cred, LSM_SETID_FS);
	commit_creds(&new);
	return old;
}

/**
 * sys_setfsgid - set the group id for file access (system call 216, setfsgid32)
 * @gid: the new id
 *
 * Context: process context (system call).
 * Return: the old file-system gid.
 */
asmlinkage long sys_setfsgid(gid_t gid)
{
	struct cred new = current->cred;
	long old = set_fs_id(GID_SET(&new), gid, capable(CAP_SETGID));

	commit_creds(&new);
	return old;
}

/**
 * sys_getgroups - the supplementary groups (system call 205, getgroups32)
 * @gidsetsize: room in @grouplist; 0 asks only for the count
 * @grouplist: where they go
 *
 * Context: process context (system call).
 * Return: the number of groups, -EINVAL (negative size, or too small for
 * them all), -EFAULT.
 */
asmlinkage long sys_getgroups(int gidsetsize, gid_t __user *grouplist)
{
	const struct cred *c = &current->cred;

	if (gidsetsize < 0)
		return -EINVAL;
	if (gidsetsize) {
		if (gidsetsize < c->ngroups)
			return -EINVAL;
		if (copy_to_user(grouplist, c->groups, c->ngroups * sizeof(gid_t)))
			return -EFAULT;
	}
	return c->ngroups;
}

/* Insertion sort: the list is short, and 2.6.32 keeps it sorted for groups_search */
static void groups_sort(gid_t *g, int n)
{
	int i, j;

	for (i = 1; i < n; i++) {
		gid_t v = g[i];

		for (j = i; j > 0 && g[j - 1] > v; j--)
			g[j] = g[j - 1];
		g[j] = v;
	}
}

/**
 * set_groups_from - replace the supplementary groups
 * @list: the groups, in kernel memory
 * @n: how many
 *
 * Context: process context.
 * Return: 0, -EPERM (not root), -EINVAL (more than Linnet holds: 2.6.32
 * takes NGROUPS_MAX, Linnet NGROUPS_SMALL; stated in cred.h).
 */
int set_groups_from(const gid_t *list, int n)
{
	struct cred *c = &current->cred;

	if (!capable(CAP_SETGID))
		return -EPERM;
	if (n < 0 || n > NGROUPS_SMALL)
		return -EINVAL;
	memcpy(c->groups, list, n * sizeof(gid_t));
	c->ngroups = n;
	groups_sort(c->groups, n);
	return 0;
}

/**
 * in_group_p - is @grp the caller's file-system group or a supplementary one?
 * @grp: the group
 *
 * The group half of every file permission check (2.6.32's
 * kernel/groups.c: the fsgid, then a binary search of the sorted list).
 *
 * Context: process context.
 * Return: 1 if the caller is in @grp, 0 if not.
 */
int in_group_p(gid_t grp)
{
	const struct cred *c = &current->cred;
	int lo = 0, hi = c->ngroups;

	if (grp == c->fsgid)
		return 1;
	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;

		if (c->groups[mid] == grp)
			return 1;
		if (c->groups[mid] < grp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}
EXPORT_SYMBOL(in_group_p);

/**
 * sys_setgroups - set the supplementary groups (system call 206, setgroups32)
 * @gidsetsize: how many
 * @grouplist: the groups
 *
 * Context: process context (system call).
 * Return: 0, -EPERM, -EINVAL, -EFAULT.
 */
asmlinkage long sys_setgroups(int gidsetsize, gid_t __user *grouplist)
{
	gid_t list[NGROUPS_SMALL];

	if (!capable(CAP_SETGID))
		return -EPERM;
	if ((unsigned int)gidsetsize > NGROUPS_MAX)
		return -EINVAL;
	if (gidsetsize > NGROUPS_SMALL)
		return -EINVAL;
	if (copy_from_user(list, grouplist, gidsetsize * sizeof(gid_t)))
		return -EFAULT;
	return set_groups_from(list, gidsetsize);
}

/**
 * sys_olduname - the system's names, five 65-byte strings (system call 109)
 * @name: where to put them
 *
 * Context: process context (system call).
 * Return: 0, or -EFAULT.
 */
asmlinkage long sys_olduname(struct old_utsname __user *name)
{
	if (!name)
		return -EFAULT;
	return copy_to_user(name, utsname(), sizeof(*name)) ? -EFAULT : 0;
}

/**
 * sys_uname - the first uname: five 9-byte strings, cut short (system call 59)
 * @name: where to put them
 *
 * 2.6.32 names this sys_olduname and the 65-byte one sys_uname; Linnet
 * follows the table's comments (59 sys_olduname, 109 sys_uname) for the
 * entries, and the functions' bodies match what each number returns.
 *
 * Context: process context (system call).
 * Return: 0, or -EFAULT.
 */
asmlinkage long sys_uname(struct oldold_utsname __user *name)
{
	const struct new_utsname *u = utsname();
	struct oldold_utsname old;

	if (!name)
		return -EFAULT;
	memset(&old, 0, sizeof(old));
	memcpy(old.sysname, u->sysname, __OLD_UTS_LEN);
	memcpy(old.nodename, u->nodename, __OLD_UTS_LEN);
	memcpy(old.release, u->release, __OLD_UTS_LEN);
	memcpy(old.version, u->version, __OLD_UTS_LEN);
	memcpy(old.machine, u->machine, __OLD_UTS_LEN);
	return copy_to_user(name, &old, sizeof(old)) ? -EFAULT : 0;
}

/* sethostname/setdomainname: root only, at most 64 bytes, not NUL-terminated */
static long set_uts_field(char *field, const char __user *name, int len)
{
	char tmp[__NEW_UTS_LEN];

	if (!capable(CAP_SYS_ADMIN))
		return -EPERM;
	if (len < 0 || len > __NEW_UTS_LEN)
		return -EINVAL;
	if (copy_from_user(tmp, name, len))
		return -EFAULT;
	memcpy(field, tmp, len);
	memset(field + len, 0, __NEW_UTS_LEN + 1 - len);
	return 0;
}

/**
 * sys_sethostname - set the host name (system call 74)
 * @name: the name (not NUL-terminated)
 * @len: its length, 0 to 64
 *
 * Context: process context (system call).
 * Return: 0, -EPERM (not root), -EINVAL (length), -EFAULT.
 */
asmlinkage long sys_sethostname(const char __user *name, int len)
{
	return set_uts_field(utsname()->nodename, name, len);
}

/**
 * sys_setdomainname - set the NIS domain name (system call 121)
 * @name: the name (not NUL-terminated)
 * @len: its length, 0 to 64
 *
 * Context: process context (system call).
 * Return: 0, -EPERM, -EINVAL, -EFAULT.
 */
asmlinkage long sys_setdomainname(const char __user *name, int len)
{
	return set_uts_field(utsname()->domainname, name, len);
}

/**
 * sys_umask - set the file-creation mask (system call 60)
 * @mask: the permission bits new files will not get (only 0777 counts)
 *
 * Context: process context (system call).
 * Return: the old mask.
 */
asmlinkage long sys_umask(int mask)
{
	int old = current->fs->umask;

	current->fs->umask = mask & S_IRWXUGO;
	return old;
}

/**
 * sys_getrlimit - a resource limit (system call 191, ugetrlimit)
 * @resource: RLIMIT_*
 * @rlim: where the limit goes
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL (unknown resource), -EFAULT.
 */
asmlinkage long sys_getrlimit(unsigned int resource, struct rlimit __user *rlim)
{
	if (resource >= RLIM_NLIMITS)
		return -EINVAL;
	return copy_to_user(rlim, &current->signal->rlim[resource], sizeof(*rlim)) ? -EFAULT : 0;
}

/**
 * sys_old_getrlimit - a resource limit, clamped to 2^31-1 (system call 76)
 * @resource: RLIMIT_*
 * @rlim: where the limit goes
 *
 * The first getrlimit, from when RLIM_INFINITY was 0x7fffffff: a bigger
 * limit reads as that.
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL, -EFAULT.
 */
asmlinkage long sys_old_getrlimit(unsigned int resource, struct rlimit __user *rlim)
{
	struct rlimit x;

	if (resource >= RLIM_NLIMITS)
		return -EINVAL;
	x = current->signal->rlim[resource];
	if (x.rlim_cur > 0x7FFFFFFF)
		x.rlim_cur = 0x7FFFFFFF;
	if (x.rlim_max > 0x7FFFFFFF)
		x.rlim_max = 0x7FFFFFFF;
	return copy_to_user(rlim, &x, sizeof(x)) ? -EFAULT : 0;
}

/**
 * sys_setrlimit - set a resource limit (system call 75)
 * @resource: RLIMIT_*
 * @rlim: the new soft and hard limits
 *
 * Only root raises a hard limit; RLIMIT_NOFILE's is capped at
 * sysctl_nr_open; a CPU limit of 0 becomes 1 second, as 2.6.32.
 * Linnet enforces RLIMIT_NOFILE (fs/file.c) and RLIMIT_NPROC (fork);
 * the others are kept and reported (docs/processes.md).
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL (unknown resource, soft above hard), -EPERM, -EFAULT.
 */
asmlinkage long sys_setrlimit(unsigned int resource, struct rlimit __user *rlim)
{
	struct rlimit new_rlim;

	if (resource >= RLIM_NLIMITS)
		return -EINVAL;
	if (copy_from_user(&new_rlim, rlim, sizeof(*rlim)))
		return -EFAULT;
	return do_prlimit(current, resource, &new_rlim, NULL);
}

/**
 * do_prlimit - read and/or set one of @tsk's resource limits
 * @tsk: the process (its thread group's limits)
 * @resource: RLIMIT_*
 * @new_rlim: the new limits, or NULL to leave them
 * @old_rlim: where the limits before go, or NULL
 *
 * setrlimit's rules: soft above hard is -EINVAL; only CAP_SYS_RESOURCE
 * raises a hard limit; RLIMIT_NOFILE's is capped at sysctl_nr_open; a CPU
 * limit of 0 becomes 1 second, as 2.6.32's setrlimit does.
 *
 * Context: process context.
 * Return: 0, -EINVAL or -EPERM.
 */
int do_prlimit(struct task_struct *tsk, unsigned int resource, struct rlimit *new_rlim,
	       struct rlimit *old_rlim)
{
	struct rlimit *rlim;

	if (resource >= RLIM_NLIMITS)
		return -EINVAL;
	rlim = tsk->signal->rlim + resource;
	if (new_rlim) {
		if (new_rlim->rlim_cur > new_rlim->rlim_max)
			return -EINVAL;
		if (new_rlim->rlim_max > rlim->rlim_max && !capable(CAP_SYS_RESOURCE))
			return -EPERM;
		if (resource == RLIMIT_NOFILE && new_rlim->rlim_max > (unsigned long)sysctl_nr_open)
			return -EPERM;
		if (resource == RLIMIT_CPU && new_rlim->rlim_cur == 0)
			new_rlim->rlim_cur = 1;
	}
	if (old_rlim)
		*old_rlim = *rlim;
	if (new_rlim)
		*rlim = *new_rlim;
	return 0;
}

/* A 64-bit limit as the kernel's unsigned long: anything bigger is infinity */
static void rlim64_to_rlim(const struct rlimit64 *r64, struct rlimit *r)
{
	r->rlim_cur = r64->rlim_cur >= RLIM_INFINITY ? RLIM_INFINITY : r64->rlim_cur;
	r->rlim_max = r64->rlim_max >= RLIM_INFINITY ? RLIM_INFINITY : r64->rlim_max;
}

/* The kernel's limit as a 64-bit one: RLIM_INFINITY is RLIM64_INFINITY */
static void rlim_to_rlim64(const struct rlimit *r, struct rlimit64 *r64)
{
	r64->rlim_cur = r->rlim_cur == RLIM_INFINITY ? RLIM64_INFINITY : r->rlim_cur;
	r64->rlim_max = r->rlim_max == RLIM_INFINITY ? RLIM64_INFINITY : r->rlim_max;
}

/* May the caller read and set @tsk's limits? Its own ids all match, or CAP_SYS_RESOURCE */
static bool prlimit_permitted(struct task_struct *tsk)
{
	const struct cred *c = &current->cred, *t = &tsk->cred;

	if (tsk == current)
		return true;
	if (c->uid == t->euid && c->uid == t->suid && c->uid == t->uid && c->gid == t->egid &&
	    c->gid == t->sgid && c->gid == t->gid)
		return true;
	return capable(CAP_SYS_RESOURCE);
}

/**
 * sys_prlimit64 - read and/or set a process's resource limit (system call 340)
 * @pid: the process, 0 for the caller
 * @resource: RLIMIT_*
 * @new_rlim: the new 64-bit limits, or NULL
 * @old_rlim: where the old 64-bit limits go, or NULL
 *
 * Linux 2.6.36's call, which 2.6.32 lacks: Linnet adds it because glibc
 * 2.36's setrlimit and getrlimit on i386 issue only prlimit64, so without
 * it busybox's `ulimit` fails with -ENOSYS. The rules are setrlimit's
 * (do_prlimit); another process's limits need the same ids or
 * CAP_SYS_RESOURCE, as 2.6.36's check_prlimit_permission.
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL, -EPERM, -ESRCH, -EFAULT.
 */
asmlinkage long sys_prlimit64(pid_t pid, unsigned int resource,
			      const struct rlimit64 __user *new_rlim,
			      struct rlimit64 __user *old_rlim)
{
	struct rlimit64 old64, new64;
	struct rlimit old, new;
	struct task_struct *tsk;
	int ret;

	if (resource >= RLIM_NLIMITS)
		return -EINVAL;
	if (new_rlim) {
		if (copy_from_user(&new64, new_rlim, sizeof(new64)))
			return -EFAULT;
		rlim64_to_rlim(&new64, &new);
	}
	tsk = pid ? find_task_by_pid(pid) : current;
	if (!tsk || !tsk->signal)
		return -ESRCH;
	if (!prlimit_permitted(tsk))
		return -EPERM;
	ret = do_prlimit(tsk, resource, new_rlim ? &new : NULL, old_rlim ? &old : NULL);
	if (!ret && old_rlim) {
		rlim_to_rlim64(&old, &old64);
		if (copy_to_user(old_rlim, &old64, sizeof(old64)))
			ret = -EFAULT;
	}
	return ret;
}

/* Ticks to a struct timeval */
static struct timeval ticks_to_timeval(unsigned long ticks)
{
	return ns_to_timeval((s64)ticks * TICK_NSEC);
}

/* The usage of @p's whole thread group (RUSAGE_SELF), its times plus @utime and @stime ticks */
static void group_usage(struct task_struct *p, struct rusage *r, unsigned long utime,
			unsigned long stime)
{
	struct signal_struct *sig = p->signal;
	struct task_struct *t = p->group_leader;
	unsigned long flags;

	r->ru_nvcsw = sig->nvcsw;
	r->ru_nivcsw = sig->nivcsw;
	r->ru_minflt = sig->min_flt;
	r->ru_majflt = sig->maj_flt;
	spin_lock_irqsave(&tasklist_lock, flags);
	do {
		utime += t->utime;
		stime += t->stime;
		r->ru_nvcsw += t->nvcsw;
		r->ru_nivcsw += t->nivcsw;
		r->ru_minflt += t->min_flt;
		r->ru_majflt += t->maj_flt;
		/* cppcheck-suppress nullPointer ; container_of's offsetof */
		t = list_entry(t->thread_group.next, struct task_struct, thread_group);
	} while (t != p->group_leader);
	spin_unlock_irqrestore(&tasklist_lock, flags);
	r->ru_maxrss = sig->maxrss;
	r->ru_utime = ticks_to_timeval(utime + sig->utime);
	r->ru_stime = ticks_to_timeval(stime + sig->stime);
}

/* @p's own usage plus its reaped children's (2.6.32's k_getrusage, RUSAGE_BOTH) */
static void both_usage(struct task_struct *p, struct rusage *r)
{
	struct signal_struct *sig = p->signal;
	long maxrss = sig->cmaxrss;

	group_usage(p, r, sig->cutime, sig->cstime);
	r->ru_nvcsw += sig->cnvcsw;
	r->ru_nivcsw += sig->cnivcsw;
	r->ru_minflt += sig->cmin_flt;
	r->ru_majflt += sig->cmaj_flt;
	r->ru_maxrss = max(r->ru_maxrss, maxrss);
}

/**
 * getrusage - resource usage of a task, its children, or itself only
 * @p: the task (current; for RUSAGE_BOTH, a child being waited for)
 * @who: RUSAGE_SELF, RUSAGE_CHILDREN (the reaped ones), RUSAGE_THREAD, or
 *       RUSAGE_BOTH (self and reaped children: what wait4 and waitid tell)
 * @r: filled in
 *
 * Context: process context, tasklist_lock not held.
 */
void getrusage(struct task_struct *p, int who, struct rusage *r)
{
	struct signal_struct *sig = p->signal;

	memset(r, 0, sizeof(*r));
	switch (who) {
	case RUSAGE_SELF:
		group_usage(p, r, 0, 0);
		break;
	case RUSAGE_BOTH:
		both_usage(p, r);
		break;
	case RUSAGE_THREAD:
		r->ru_utime = ticks_to_timeval(p->utime);
		r->ru_stime = ticks_to_timeval(p->stime);
		r->ru_nvcsw = p->nvcsw;
		r->ru_nivcsw = p->nivcsw;
		r->ru_minflt = p->min_flt;
		r->ru_majflt = p->maj_flt;
		break;
	case RUSAGE_CHILDREN:
		r->ru_utime = ticks_to_timeval(sig->cutime);
		r->ru_stime = ticks_to_timeval(sig->cstime);
		r->ru_nvcsw = sig->cnvcsw;
		r->ru_nivcsw = sig->cnivcsw;
		r->ru_minflt = sig->cmin_flt;
		r->ru_majflt = sig->cmaj_flt;
		r->ru_maxrss = sig->cmaxrss;
		break;
	}
}

/**
 * sys_getrusage - resource usage (system call 77)
 * @who: RUSAGE_SELF, RUSAGE_CHILDREN or RUSAGE_THREAD
 * @ru: where it goes
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL (unknown @who), -EFAULT.
 */
asmlinkage long sys_getrusage(int who, struct rusage __user *ru)
{
	struct rusage r;

	if (who != RUSAGE_SELF && who != RUSAGE_CHILDREN && who != RUSAGE_THREAD)
		return -EINVAL;
	getrusage(current, who, &r);
	return copy_to_user(ru, &r, sizeof(r)) ? -EFAULT : 0;
}

/**
 * struct tms - times(2)'s answer, in clock ticks (USER_HZ, 100 a second)
 * @tms_utime: user time of the process
 * @tms_stime: system time of the process
 * @tms_cutime: user time of its reaped children
 * @tms_cstime: system time of its reaped children
 */
struct tms {
	long tms_utime;
	long tms_stime;
	long tms_cutime;
	long tms_cstime;
};

/**
 * sys_times - CPU times of the process and its reaped children (system call 43)
 * @tbuf: where they go, or NULL
 *
 * Context: process context (system call).
 * Return: clock ticks since an arbitrary point (2.6.32: jiffies, which
 * start five minutes before the 32-bit wrap, converted to USER_HZ), or
 * -EFAULT.
 */
asmlinkage long sys_times(struct tms __user *tbuf)
{
	if (tbuf) {
		struct rusage r;
		struct tms tmp;

		getrusage(current, RUSAGE_SELF, &r);
		tmp.tms_utime = nsec_to_clock_t(timeval_to_ns(&r.ru_utime));
		tmp.tms_stime = nsec_to_clock_t(timeval_to_ns(&r.ru_stime));
		tmp.tms_cutime = jiffies_to_clock_t(current->signal->cutime);
		tmp.tms_cstime = jiffies_to_clock_t(current->signal->cstime);
		if (copy_to_user(tbuf, &tmp, sizeof(tmp)))
			return -EFAULT;
	}
	return jiffies_to_clock_t(jiffies);
}

/**
 * sys_sysinfo - memory, load and uptime figures (system call 116)
 * @info: where they go (i386's 64-byte struct sysinfo)
 *
 * As 2.6.32's do_sysinfo: counts in pages, then in bytes (mem_unit 1)
 * if the totals fit in 32 bits. Load averages are 0: Linnet does not
 * compute them yet (docs/processes.md).
 *
 * Context: process context (system call).
 * Return: 0, or -EFAULT.
 */
asmlinkage long sys_sysinfo(struct sysinfo __user *info)
{
	struct sysinfo val;
	struct timespec tp;
	unsigned long mem_total, sav_total;
	unsigned int mem_unit, bitcount;

	memset(&val, 0, sizeof(val));
	ktime_get_ts(&tp);
	val.uptime = tp.tv_sec + (tp.tv_nsec ? 1 : 0);
	si_meminfo(&val);
	val.procs = nr_threads() - 1; /* not the idle task */
	/* If the sum fits in 32 bits, report bytes (mem_unit 1), as 2.6.32 */
	mem_total = val.totalram + val.totalswap;
	if (mem_total >= val.totalram) {
		mem_total += val.totalhigh;
		if (mem_total >= val.totalhigh) {
			bitcount = 0;
			mem_unit = val.mem_unit;
			while (mem_unit > 1) {
				bitcount++;
				mem_unit >>= 1;
				sav_total = mem_total;
				mem_total <<= 1;
				if (mem_total < sav_total)
					goto out;
			}
			val.mem_unit = 1;
			val.totalram <<= bitcount;
			val.freeram <<= bitcount;
			val.sharedram <<= bitcount;
			val.bufferram <<= bitcount;
			val.totalswap <<= bitcount;
			val.freeswap <<= bitcount;
			val.totalhigh <<= bitcount;
			val.freehigh <<= bitcount;
		}
	}
out:
	return copy_to_user(info, &val, sizeof(val)) ? -EFAULT : 0;
}

#define PR_SET_PDEATHSIG 1
#define PR_GET_PDEATHSIG 2
#define PR_GET_DUMPABLE 3
#define PR_SET_DUMPABLE 4
#define PR_SET_NAME 15
#define PR_GET_NAME 16

/**
 * sys_prctl - operations on the calling process (system call 172)
 * @option: PR_SET_NAME, PR_GET_NAME, PR_SET_PDEATHSIG, PR_GET_PDEATHSIG,
 *          PR_GET_DUMPABLE, PR_SET_DUMPABLE
 * @arg2: the option's argument
 * @arg3: unused
 * @arg4: unused
 * @arg5: unused
 *
 * Linnet has these; 2.6.32's other options answer -EINVAL here, as an
 * unknown option does in 2.6.32 (docs/processes.md).
 *
 * Context: process context (system call).
 * Return: 0 or the value asked for, -EINVAL, -EFAULT.
 */
asmlinkage long sys_prctl(int option, unsigned long arg2, unsigned long arg3, unsigned long arg4,
			  unsigned long arg5)
{
	char comm[TASK_COMM_LEN];

	switch (option) {
	case PR_SET_PDEATHSIG:
		if (arg2 > _NSIG)
			return -EINVAL;
		current->pdeath_signal = arg2;
		return 0;
	case PR_GET_PDEATHSIG:
		return put_user(current->pdeath_signal, (int __user *)arg2);
	case PR_GET_DUMPABLE:
		return current->mm ? get_dumpable(current->mm) : 0;
	case PR_SET_DUMPABLE:
		if (arg2 > 1) /* 2 (root-only) only through suid_dumpable, as 2.6.32 */
			return -EINVAL;
		if (current->mm)
			set_dumpable(current->mm, arg2);
		return 0;
	case PR_SET_NAME:
		comm[sizeof(comm) - 1] = 0;
		if (strncpy_from_user(comm, (const char __user *)arg2, sizeof(comm) - 1) < 0)
			return -EFAULT;
		set_task_comm(current, comm);
		return 0;
	case PR_GET_NAME:
		get_task_comm(comm, current);
		return copy_to_user((char __user *)arg2, comm, sizeof(comm)) ? -EFAULT : 0;
	}
	return -EINVAL;
}

/*
 * Priorities: getpriority/setpriority on a process, a process group or
 * a user's processes. The system call returns 20 - nice (1..40), so
 * that no valid answer is negative, and glibc turns it back into nice.
 */

/* May current renice @p? (2.6.32's set_one_prio) */
static int set_one_prio(struct task_struct *p, int niceval, int error)
{
	const struct cred *c = &current->cred;

	if (p->cred.uid != c->euid && p->cred.euid != c->euid && !capable(CAP_SYS_NICE))
		return -EPERM;
	if (niceval < task_nice(p) && !capable(CAP_SYS_NICE))
		return -EACCES;
	if (error == -ESRCH)
		error = 0;
	set_user_nice(p, niceval);
	return error;
}

/* Is @p one of the tasks getpriority/setpriority(@which, @who) names? */
static bool prio_target(struct task_struct *p, int which, int who)
{
	switch (which) {
	case PRIO_PROCESS:
		return p->pid == who;
	case PRIO_PGRP:
		return p->signal->pgrp == who;
	default:
		return p->cred.uid == (uid_t)who;
	}
}

/* 0 means the caller, its group, its user */
static int prio_who(int which, int who)
{
	if (who)
		return who;
	if (which == PRIO_PROCESS)
		return current->pid;
	if (which == PRIO_PGRP)
		return task_pgrp_nr(current);
	return current->cred.uid;
}

/**
 * sys_setpriority - set the nice value of processes (system call 97)
 * @which: PRIO_PROCESS, PRIO_PGRP or PRIO_USER
 * @who: the pid, process group or uid; 0 for the caller's
 * @niceval: the nice value, clamped to -20..19
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL (bad @which), -ESRCH (nobody), -EPERM (another
 * user's process), -EACCES (lowering nice without privilege).
 */
asmlinkage long sys_setpriority(int which, int who, int niceval)
{
	struct task_struct *p;
	unsigned long flags;
	int error = -ESRCH;

	if (which > PRIO_USER || which < PRIO_PROCESS)
		return -EINVAL;
	if (niceval < -20)
		niceval = -20;
	if (niceval > 19)
		niceval = 19;
	who = prio_who(which, who);
	spin_lock_irqsave(&tasklist_lock, flags);
	list_for_each_entry(p, &init_task.tasks, tasks)
		if (!p->exit_state && prio_target(p, which, who))
			error = set_one_prio(p, niceval, error);
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return error;
}

/**
 * sys_getpriority - the best nice value of processes, as 20 - nice (system call 96)
 * @which: PRIO_PROCESS, PRIO_PGRP or PRIO_USER
 * @who: the pid, process group or uid; 0 for the caller's
 *
 * Context: process context (system call).
 * Return: 20 - the lowest nice value among them (1..40), -EINVAL, -ESRCH.
 */
asmlinkage long sys_getpriority(int which, int who)
{
	struct task_struct *p;
	unsigned long flags;
	long retval = -ESRCH;

	if (which > PRIO_USER || which < PRIO_PROCESS)
		return -EINVAL;
	who = prio_who(which, who);
	spin_lock_irqsave(&tasklist_lock, flags);
	list_for_each_entry(p, &init_task.tasks, tasks) {
		if (p->exit_state || !prio_target(p, which, who))
			continue;
		if (20 - task_nice(p) > retval)
			retval = 20 - task_nice(p);
	}
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return retval;
}

/**
 * sys_getcpu - the CPU (and NUMA node) the caller runs on (system call 318)
 * @cpup: where the CPU number goes, or NULL
 * @nodep: where the node number goes, or NULL
 * @unused: 2.6.32's getcpu_cache, ignored
 *
 * Linnet runs on one CPU of one node: both are 0. The answer may be stale
 * by the time the caller reads it, as on Linux.
 *
 * Context: process context (system call).
 * Return: 0, or -EFAULT if a given pointer is bad.
 */
asmlinkage long sys_getcpu(unsigned __user *cpup, unsigned __user *nodep, void __user *unused)
{
	int err = 0;
	unsigned int cpu = smp_processor_id();

	(void)unused;
	if (cpup)
		err |= put_user(cpu, cpup);
	if (nodep)
		err |= put_user(0, nodep); /* cpu_to_node(cpu): one node */
	return err ? -EFAULT : 0;
}
