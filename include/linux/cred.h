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
 * keeps the ids by value in the task (as Linux up to 2.6.28 did), and
 * has no capability sets: capable() (linux/capability.h) is "effective
 * uid 0", which is what 2.6.32 gives root when no security module says
 * otherwise. File access checks use the fsuid and fsgid, and
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
 */
struct cred {
	uid_t uid, euid, suid, fsuid;
	gid_t gid, egid, sgid, fsgid;
	int ngroups;
	gid_t groups[NGROUPS_SMALL];
};

/* The capabilities: linux/capability.h (capable() is "effective uid 0") */

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
