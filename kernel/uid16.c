/*
 * uid16.c - the 16-bit identity system calls of the first Linux ABI.
 *
 * i386 Linux began with 16-bit user and group ids; the calls that take
 * or return them (getuid, setuid, chown...) kept their numbers when
 * 32-bit ids came in Linux 2.4 as new calls (getuid32...). A 16-bit
 * call reports an id above 65535 as the overflow id 65534, and takes
 * the 16-bit -1 (0xffff) as "keep" (-1). Each is a thin wrapper of its
 * 32-bit twin in kernel/sys.c, as in 2.6.32. See docs/processes.md.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/cred.h>
#include <asm/uaccess.h>

typedef u16 old_uid_t;
typedef u16 old_gid_t;

asmlinkage long sys_getuid(void);
asmlinkage long sys_geteuid(void);
asmlinkage long sys_getgid(void);
asmlinkage long sys_getegid(void);
asmlinkage long sys_setuid(uid_t uid);
asmlinkage long sys_setgid(gid_t gid);
asmlinkage long sys_setreuid(uid_t ruid, uid_t euid);
asmlinkage long sys_setregid(gid_t rgid, gid_t egid);
asmlinkage long sys_setresuid(uid_t ruid, uid_t euid, uid_t suid);
asmlinkage long sys_setresgid(gid_t rgid, gid_t egid, gid_t sgid);
asmlinkage long sys_setfsuid(uid_t uid);
asmlinkage long sys_setfsgid(gid_t gid);

static old_uid_t high2lowuid(uid_t uid)
{
	return uid & ~0xFFFFU ? DEFAULT_OVERFLOWUID : uid;
}

static old_gid_t high2lowgid(gid_t gid)
{
	return gid & ~0xFFFFU ? DEFAULT_OVERFLOWGID : gid;
}

static uid_t low2highuid(old_uid_t uid)
{
	return uid == (old_uid_t)-1 ? (uid_t)-1 : uid;
}

static gid_t low2highgid(old_gid_t gid)
{
	return gid == (old_gid_t)-1 ? (gid_t)-1 : gid;
}

/**
 * sys_getuid16 - the real user id, 16 bits (system call 24)
 *
 * Context: process context (system call).
 * Return: the id, or 65534 if it does not fit.
 */
asmlinkage long sys_getuid16(void)
{
	return high2lowuid(sys_getuid());
}

/**
 * sys_geteuid16 - the effective user id, 16 bits (system call 49)
 *
 * Context: process context (system call).
 * Return: the id, or 65534.
 */
asmlinkage long sys_geteuid16(void)
{
	return high2lowuid(sys_geteuid());
}

/**
 * sys_getgid16 - the real group id, 16 bits (system call 47)
 *
 * Context: process context (system call).
 * Return: the id, or 65534.
 */
asmlinkage long sys_getgid16(void)
{
	return high2lowgid(sys_getgid());
}

/**
 * sys_getegid16 - the effective group id, 16 bits (system call 50)
 *
 * Context: process context (system call).
 * Return: the id, or 65534.
 */
asmlinkage long sys_getegid16(void)
{
	return high2lowgid(sys_getegid());
}

/**
 * sys_setuid16 - sys_setuid() with a 16-bit id (system call 23)
 * @uid: the id
 *
 * Context: process context (system call).
 * Return: as sys_setuid().
 */
asmlinkage long sys_setuid16(old_uid_t uid)
{
	return sys_setuid(low2highuid(uid));
}

/**
 * sys_setgid16 - sys_setgid() with a 16-bit id (system call 46)
 * @gid: the id
 *
 * Context: process context (system call).
 * Return: as sys_setgid().
 */
asmlinkage long sys_setgid16(old_gid_t gid)
{
	return sys_setgid(low2highgid(gid));
}

/**
 * sys_setreuid16 - sys_setreuid() with 16-bit ids (system call 70)
 * @ruid: the real id, or 0xffff
 * @euid: the effective id, or 0xffff
 *
 * Context: process context (system call).
 * Return: as sys_setreuid().
 */
asmlinkage long sys_setreuid16(old_uid_t ruid, old_uid_t euid)
{
	return sys_setreuid(low2highuid(ruid), low2highuid(euid));
}

/**
 * sys_setregid16 - sys_setregid() with 16-bit ids (system call 71)
 * @rgid: the real id, or 0xffff
 * @egid: the effective id, or 0xffff
 *
 * Context: process context (system call).
 * Return: as sys_setregid().
 */
asmlinkage long sys_setregid16(old_gid_t rgid, old_gid_t egid)
{
	return sys_setregid(low2highgid(rgid), low2highgid(egid));
}

/**
 * sys_setresuid16 - sys_setresuid() with 16-bit ids (system call 164)
 * @ruid: the real id, or 0xffff
 * @euid: the effective id, or 0xffff
 * @suid: the saved id, or 0xffff
 *
 * Context: process context (system call).
 * Return: as sys_setresuid().
 */
asmlinkage long sys_setresuid16(old_uid_t ruid, old_uid_t euid, old_uid_t suid)
{
	return sys_setresuid(low2highuid(ruid), low2highuid(euid), low2highuid(suid));
}

/**
 * sys_getresuid16 - the three user ids, 16 bits each (system call 165)
 * @ruid: where the real id goes
 * @euid: where the effective id goes
 * @suid: where the saved id goes
 *
 * Context: process context (system call).
 * Return: 0, or -EFAULT.
 */
asmlinkage long sys_getresuid16(old_uid_t __user *ruid, old_uid_t __user *euid,
				old_uid_t __user *suid)
{
	const struct cred *c = &current->cred;

	if (put_user(high2lowuid(c->uid), ruid) || put_user(high2lowuid(c->euid), euid) ||
	    put_user(high2lowuid(c->suid), suid))
		return -EFAULT;
	return 0;
}

/**
 * sys_setresgid16 - sys_setresgid() with 16-bit ids (system call 170)
 * @rgid: the real id, or 0xffff
 * @egid: the effective id, or 0xffff
 * @sgid: the saved id, or 0xffff
 *
 * Context: process context (system call).
 * Return: as sys_setresgid().
 */
asmlinkage long sys_setresgid16(old_gid_t rgid, old_gid_t egid, old_gid_t sgid)
{
	return sys_setresgid(low2highgid(rgid), low2highgid(egid), low2highgid(sgid));
}

/**
 * sys_getresgid16 - the three group ids, 16 bits each (system call 171)
 * @rgid: where the real id goes
 * @egid: where the effective id goes
 * @sgid: where the saved id goes
 *
 * Context: process context (system call).
 * Return: 0, or -EFAULT.
 */
asmlinkage long sys_getresgid16(old_gid_t __user *rgid, old_gid_t __user *egid,
				old_gid_t __user *sgid)
{
	const struct cred *c = &current->cred;

	if (put_user(high2lowgid(c->gid), rgid) || put_user(high2lowgid(c->egid), egid) ||
	    put_user(high2lowgid(c->sgid), sgid))
		return -EFAULT;
	return 0;
}

/**
 * sys_setfsuid16 - sys_setfsuid() with a 16-bit id (system call 138)
 * @uid: the id
 *
 * Context: process context (system call).
 * Return: the old file-system uid.
 */
asmlinkage long sys_setfsuid16(old_uid_t uid)
{
	return sys_setfsuid(low2highuid(uid));
}

/**
 * sys_setfsgid16 - sys_setfsgid() with a 16-bit id (system call 139)
 * @gid: the id
 *
 * Context: process context (system call).
 * Return: the old file-system gid.
 */
asmlinkage long sys_setfsgid16(old_gid_t gid)
{
	return sys_setfsgid(low2highgid(gid));
}

/**
 * sys_getgroups16 - the supplementary groups, 16 bits each (system call 80)
 * @gidsetsize: room in @grouplist; 0 asks for the count
 * @grouplist: where they go
 *
 * Context: process context (system call).
 * Return: as sys_getgroups().
 */
asmlinkage long sys_getgroups16(int gidsetsize, old_gid_t __user *grouplist)
{
	const struct cred *c = &current->cred;
	int i;

	if (gidsetsize < 0)
		return -EINVAL;
	if (gidsetsize) {
		if (gidsetsize < c->ngroups)
			return -EINVAL;
		for (i = 0; i < c->ngroups; i++)
			if (put_user(high2lowgid(c->groups[i]), grouplist + i))
				return -EFAULT;
	}
	return c->ngroups;
}

/**
 * sys_setgroups16 - set the supplementary groups from 16-bit ids (system call 81)
 * @gidsetsize: how many
 * @grouplist: the groups
 *
 * Context: process context (system call).
 * Return: as sys_setgroups().
 */
asmlinkage long sys_setgroups16(int gidsetsize, old_gid_t __user *grouplist)
{
	gid_t list[NGROUPS_SMALL];
	old_gid_t g;
	int i;

	if (!capable(CAP_SETGID))
		return -EPERM;
	if ((unsigned int)gidsetsize > NGROUPS_MAX || gidsetsize > NGROUPS_SMALL)
		return -EINVAL;
	for (i = 0; i < gidsetsize; i++) {
		if (get_user(g, grouplist + i))
			return -EFAULT;
		list[i] = low2highgid(g);
	}
	return set_groups_from(list, gidsetsize);
}
