/*
 * cred.h - who a task acts as: its user and group ids.
 *
 * A task has a real id (who it is), an effective id (whose rights it
 * uses), a saved id (what it may switch back to) and a file-system id
 * (whose rights file access checks use), for the user and for the group,
 * and a list of supplementary groups. Root is effective user id 0.
 *
 * Linux 2.6.32 keeps these in a reference-counted, copy-on-write struct
 * cred that task->cred points to, with capabilities beside them; Linnet
 * keeps the ids and the capability sets by value in the task (as Linux
 * up to 2.6.28 did). capable() (kernel/capability.c) tests the effective
 * set, which 2.6.32's rules keep full for root and empty for others
 * unless capset changes it. File access checks use the fsuid and fsgid, and
 * in_group_p() (kernel/sys.c) asks "fsgid or a supplementary group?".
 * Every task starts as root. See docs/processes.md, "Identity".
 */
#ifndef _LINUX_CRED_H
#define _LINUX_CRED_H

#include <linux/types.h>
#include <linux/capability.h>

#define NGROUPS_SMALL 32
#define NGROUPS_MAX 65536

/* The ids 16-bit system calls report for an id that does not fit (2.6.32's overflowuid) */
#define DEFAULT_OVERFLOWUID 65534
#define DEFAULT_OVERFLOWGID 65534

/**
 * struct cred - a task's user and group ids (by value in task_struct)
 * @uid: real user id
 * @euid: effective user id
 * @suid: saved user id
 * @fsuid: user id for file access
 * @gid: real group id
 * @egid: effective group id
 * @sgid: saved group id
 * @fsgid: group id for file access
 * @ngroups: how many supplementary groups
 * @groups: the supplementary groups, sorted (2.6.32 allows 65536 in
 *          blocks of pages; Linnet, NGROUPS_SMALL)
 * @cap_inheritable: capabilities execve may pass on
 * @cap_permitted: capabilities the task may make effective
 * @cap_effective: capabilities capable() grants
 * @cap_bset: the bounding set: the most execve may give
 */
struct cred {
	uid_t uid, euid, suid, fsuid;
	gid_t gid, egid, sgid, fsgid;
	int ngroups;
	gid_t groups[NGROUPS_SMALL];
	kernel_cap_t cap_inheritable;
	kernel_cap_t cap_permitted;
	kernel_cap_t cap_effective;
	kernel_cap_t cap_bset;
};

/* The boot task's credentials: root with every capability (2.6.32's init_cred) */
#define INIT_CRED                                                                      \
	{                                                                                  \
		.cap_inheritable = CAP_INIT_INH_SET, .cap_permitted = CAP_FULL_SET,        \
		.cap_effective = CAP_INIT_EFF_SET, .cap_bset = CAP_INIT_BSET               \
	}

struct linux_binprm;
int cap_task_fix_setuid(struct cred *new, const struct cred *old, int flags);
void cap_bprm_set_creds(struct linux_binprm *bprm);
/* cap_task_fix_setuid's @flags: which kind of id call it was (2.6.32's LSM_SETID_*) */
#define LSM_SETID_ID 1 /* setuid */
#define LSM_SETID_RE 2 /* setreuid */
#define LSM_SETID_RES 4 /* setresuid */
#define LSM_SETID_FS 8 /* setfsuid */


#define current_uid() (current->cred.uid)
#define current_euid() (current->cred.euid)
#define current_gid() (current->cred.gid)
#define current_egid() (current->cred.egid)
#define current_fsuid() (current->cred.fsuid)
#define current_fsgid() (current->cred.fsgid)

int in_group_p(gid_t grp);
bool task_nproc_ok(uid_t uid);
int set_groups_from(const gid_t *list, int n);
int commit_creds(struct cred *new);

#endif /* _LINUX_CRED_H */
