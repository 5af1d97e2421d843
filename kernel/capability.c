/*
 * capability.c - capabilities: the pieces of root's power, and capget(2)
 * and capset(2), which read and change a task's sets.
 *
 * A task's struct cred holds four sets (include/linux/capability.h):
 * capable() grants what is in the effective set; the permitted set is
 * what the task may make effective; the inheritable set what it may keep
 * across execve; the bounding set the most execve may ever give. Root
 * starts with every one (the boot task's INIT_CRED), and the sets follow
 * the uids as 2.6.32's security/commoncap.c makes them follow:
 *
 *   execve (cap_bprm_set_creds)  uid or euid 0: permitted = bounding | inheritable,
 *                                effective = permitted if euid 0; others: none
 *                                (init, pid 1, keeps the effective set it had)
 *   setuid family                the last uid 0 gone: permitted and effective cleared;
 *   (cap_task_fix_setuid)        euid 0 -> not: effective cleared; not -> 0: = permitted
 *   setfsuid                     fsuid 0 -> not: the file capabilities leave effective
 *
 * capset may only shrink: the new permitted set within the old, the
 * effective within the new permitted, the inheritable within the old
 * inheritable and permitted (unless CAP_SETPCAP is effective) and within
 * the bounding set; and only the caller's own sets (pid 0 or its own).
 *
 * Differences from 2.6.32: Linnet has no file capabilities, no security
 * modules and no securebits (SECURE_NOROOT, SECURE_KEEP_CAPS...), so
 * these are the default rules 2.6.32 runs with none of them; they live
 * here rather than in a security/ folder Linnet does not have. 2.6.32
 * swaps in a new struct cred under RCU; Linnet copies the sets into the
 * task (kernel/cred.c). See docs/processes.md, "Identity".
 */
#include <linux/capability.h>
#include <linux/cred.h>
#include <linux/sched.h>
#include <linux/binfmts.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <asm/uaccess.h>

/**
 * capable - may the current task do something privileged?
 * @cap: the capability (CAP_*)
 *
 * Context: process context.
 * Return: 1 if @cap is in the task's effective set, 0 if not.
 */
int capable(int cap)
{
	return !!cap_raised(current->cred.cap_effective, cap);
}
EXPORT_SYMBOL(capable);

/* The euid or fsuid changes of 2.6.32's cap_emulate_setxuid */
static void cap_emulate_setxuid(struct cred *new, const struct cred *old)
{
	if ((old->uid == 0 || old->euid == 0 || old->suid == 0) &&
	    (new->uid != 0 && new->euid != 0 && new->suid != 0)) {
		cap_clear(new->cap_permitted);
		cap_clear(new->cap_effective);
	}
	if (old->euid == 0 && new->euid != 0)
		cap_clear(new->cap_effective);
	if (old->euid != 0 && new->euid == 0)
		new->cap_effective = new->cap_permitted;
}

/**
 * cap_task_fix_setuid - the capabilities after a change of uids
 * @new: the new credentials, ids already set
 * @old: the task's credentials before
 * @flags: LSM_SETID_ID, LSM_SETID_RE, LSM_SETID_RES or LSM_SETID_FS
 *
 * Context: process context, before commit_creds(@new).
 * Return: 0, or -EINVAL for an unknown @flags.
 */
int cap_task_fix_setuid(struct cred *new, const struct cred *old, int flags)
{
	const kernel_cap_t fs_set = CAP_FS_SET;

	switch (flags) {
	case LSM_SETID_RE:
	case LSM_SETID_ID:
	case LSM_SETID_RES:
		cap_emulate_setxuid(new, old);
		return 0;
	case LSM_SETID_FS:
		if (old->fsuid == 0 && new->fsuid != 0) {
			new->cap_effective.cap[0] &= ~fs_set.cap[0];
			new->cap_effective.cap[1] &= ~fs_set.cap[1];
		}
		if (old->fsuid != 0 && new->fsuid == 0)
			new->cap_effective = cap_combine(new->cap_effective,
							 cap_intersect(new->cap_permitted, fs_set));
		return 0;
	default:
		return -EINVAL;
	}
}

/**
 * cap_bprm_set_creds - the capabilities a new program starts with
 * @bprm: the program, its ids already worked out (fs/exec.c:prepare_binprm)
 *
 * With no file capabilities, a program run by root or set-user-ID root
 * gets the bounding set (and the inheritable one) permitted, effective
 * too if its euid is 0; anyone else's program gets none. init (pid 1)
 * keeps the effective set it had, as 2.6.32's.
 *
 * Context: process context (execve).
 */
void cap_bprm_set_creds(struct linux_binprm *bprm)
{
	const struct cred *old = &current->cred;
	struct cred *new = &bprm->cred;
	bool effective = false;

	cap_clear(new->cap_permitted);
	if (new->euid == 0 || new->uid == 0)
		new->cap_permitted = cap_combine(old->cap_bset, old->cap_inheritable);
	if (new->euid == 0)
		effective = true;
	if (current->pid != 1) {
		if (effective)
			new->cap_effective = new->cap_permitted;
		else
			cap_clear(new->cap_effective);
	}
}

/* A legacy header version, said once per boot as 2.6.32 does */
static void warn_capability_version(__u32 version)
{
	static bool warned_v1, warned_v2;
	bool *warned = version == _LINUX_CAPABILITY_VERSION_1 ? &warned_v1 : &warned_v2;

	if (*warned)
		return;
	*warned = true;
	if (version == _LINUX_CAPABILITY_VERSION_1)
		printk(KERN_INFO "warning: `%s' uses 32-bit capabilities (legacy support in use)\n",
		       current->comm);
	else
		printk(KERN_INFO "warning: `%s' uses deprecated v2 capabilities in a manner that "
				 "may be insecure.\n",
		       current->comm);
}

/*
 * The header's fields by address arithmetic: @header is the user's pointer,
 * any value (NULL when a program probes the version), which only the copy
 * may refuse; &header->version would be a member access through it.
 */
static __u32 __user *cap_header_version(struct __user_cap_header_struct __user *header)
{
	return (__u32 __user *)((char __user *)header +
				offsetof(struct __user_cap_header_struct, version));
}

static int __user *cap_header_pid(struct __user_cap_header_struct __user *header)
{
	return (int __user *)((char __user *)header +
			      offsetof(struct __user_cap_header_struct, pid));
}

/*
 * The header's version: how many 32-bit words of each set (*@tocopy) it
 * carries; an unknown one is answered -EINVAL with the kernel's version
 * written back, so a program can learn it (2.6.32's cap_validate_magic).
 */
static int cap_validate_magic(struct __user_cap_header_struct __user *header, unsigned *tocopy)
{
	__u32 version = 0; /* cppcheck cannot see get_user() set it */

	if (get_user(version, cap_header_version(header)))
		return -EFAULT;
	switch (version) {
	case _LINUX_CAPABILITY_VERSION_1:
		warn_capability_version(version);
		*tocopy = _LINUX_CAPABILITY_U32S_1;
		return 0;
	case _LINUX_CAPABILITY_VERSION_2:
		warn_capability_version(version);
		*tocopy = _LINUX_CAPABILITY_U32S_2;
		return 0;
	case _LINUX_CAPABILITY_VERSION_3:
		*tocopy = _LINUX_CAPABILITY_U32S_3;
		return 0;
	default:
		if (put_user((__u32)_KERNEL_CAPABILITY_VERSION, cap_header_version(header)))
			return -EFAULT;
		return -EINVAL;
	}
}

/* The sets of @pid (0 or the caller's own pid: the caller), into @out; 0 or -ESRCH */
static int cap_get_target_pid(pid_t pid, struct cred *out)
{
	struct task_struct *target = current;
	unsigned long flags;
	int ret = 0;

	spin_lock_irqsave(&tasklist_lock, flags);
	if (pid && pid != current->pid)
		target = find_task_by_pid(pid);
	if (target)
		*out = target->cred;
	else
		ret = -ESRCH;
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return ret;
}

/**
 * sys_capget - read a task's capability sets (system call 184)
 * @header: the version and the pid (0: the caller)
 * @dataptr: one __user_cap_data_struct per word of the version (1 for v1, 2 for v2 and v3)
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL (unknown version: the kernel's is written back into
 * @header; a negative pid), -ESRCH (no such task), -EFAULT.
 */
asmlinkage long sys_capget(struct __user_cap_header_struct __user *header,
			   struct __user_cap_data_struct __user *dataptr)
{
	struct __user_cap_data_struct kdata[_KERNEL_CAPABILITY_U32S];
	struct cred cred;
	unsigned i, tocopy;
	pid_t pid;
	int ret;

	ret = cap_validate_magic(header, &tocopy);
	if (ret)
		return ret;
	if (get_user(pid, cap_header_pid(header)))
		return -EFAULT;
	if (pid < 0)
		return -EINVAL;
	ret = cap_get_target_pid(pid, &cred);
	if (ret)
		return ret;
	for (i = 0; i < tocopy; i++) {
		kdata[i].effective = cred.cap_effective.cap[i];
		kdata[i].permitted = cred.cap_permitted.cap[i];
		kdata[i].inheritable = cred.cap_inheritable.cap[i];
	}
	/* v1 silently drops the upper word, as 2.6.32 does (fail-safe for old libcap) */
	if (copy_to_user(dataptr, kdata, tocopy * sizeof(struct __user_cap_data_struct)))
		return -EFAULT;
	return 0;
}

/* 2.6.32's cap_capset: the new sets may only shrink; 0 or -EPERM */
static int cap_capset(struct cred *new, const struct cred *old)
{
	if (!cap_raised(old->cap_effective, CAP_SETPCAP) &&
	    !cap_issubset(new->cap_inheritable,
			  cap_combine(old->cap_inheritable, old->cap_permitted)))
		return -EPERM; /* may not pass on what it does not hold */
	if (!cap_issubset(new->cap_inheritable, cap_combine(old->cap_inheritable, old->cap_bset)))
		return -EPERM; /* nothing new outside the bounding set */
	if (!cap_issubset(new->cap_permitted, old->cap_permitted))
		return -EPERM;
	if (!cap_issubset(new->cap_effective, new->cap_permitted))
		return -EPERM;
	return 0;
}

/**
 * sys_capset - change the caller's capability sets (system call 185)
 * @header: the version and the pid (0 or the caller's own)
 * @data: the new sets, one __user_cap_data_struct per word (a v1 call clears the upper word)
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL (unknown version, written back), -EPERM (another
 * task, or a set that would grow), -EFAULT.
 */
asmlinkage long sys_capset(struct __user_cap_header_struct __user *header,
			   const struct __user_cap_data_struct __user *data)
{
	struct __user_cap_data_struct kdata[_KERNEL_CAPABILITY_U32S];
	struct cred new = current->cred;
	unsigned i, tocopy;
	pid_t pid;
	int ret;

	ret = cap_validate_magic(header, &tocopy);
	if (ret)
		return ret;
	if (get_user(pid, cap_header_pid(header)))
		return -EFAULT;
	if (pid != 0 && pid != current->pid)
		return -EPERM; /* only the caller's own sets now */
	if (copy_from_user(kdata, data, tocopy * sizeof(struct __user_cap_data_struct)))
		return -EFAULT;
	for (i = 0; i < _KERNEL_CAPABILITY_U32S; i++) {
		new.cap_effective.cap[i] = i < tocopy ? kdata[i].effective : 0;
		new.cap_permitted.cap[i] = i < tocopy ? kdata[i].permitted : 0;
		new.cap_inheritable.cap[i] = i < tocopy ? kdata[i].inheritable : 0;
	}
	ret = cap_capset(&new, &current->cred);
	if (ret)
		return ret;
	return commit_creds(&new);
}
