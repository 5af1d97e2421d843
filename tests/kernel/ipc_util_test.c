/*
 * ipc_util_test.c - System V IPC's common layer (ipc/util.c) on a
 * private id table: ids are seq * IPCMNI + slot, a freed slot is reused
 * with the next seq so an old id is -EIDRM and an empty slot -EINVAL,
 * the table grows past its first 16 slots up to the kind's limit
 * (-ENOSPC), ipcget's key rules, ipcperms's owner/group/other bits and
 * CAP_IPC_OWNER, and IPC_64 split off a command.
 */
#include <kunit/test.h>
#include <linux/ipc.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/cred.h>
#include <linux/capability.h>
#include <linux/stat.h>
#include <linux/err.h>
#include "../../ipc/util.h"

/* A new object in @ids (unlocked), or NULL when ipc_addid refused it (*@err) */
static struct kern_ipc_perm *add(struct ipc_ids *ids, key_t key, int limit, int *err)
{
	struct kern_ipc_perm *p = ipc_rcu_alloc(sizeof(*p));
	int slot;

	if (!p) {
		*err = -ENOMEM;
		return NULL;
	}
	p->key = key;
	p->mode = 0600;
	slot = ipc_addid(ids, p, limit);
	if (slot < 0) {
		ipc_rcu_putref(p);
		*err = slot;
		return NULL;
	}
	ipc_unlock(p);
	*err = slot;
	return p;
}

static void del(struct ipc_ids *ids, struct kern_ipc_perm *p)
{
	ipc_lock_by_ptr(p);
	ipc_rmid(ids, p);
	ipc_unlock(p);
	ipc_rcu_putref(p);
}

static void ipc_id_seq_slot_test(struct kunit *test)
{
	struct kern_ipc_perm *p[3], *q, *r;
	struct ipc_ids ids;
	int i, err, old_id;

	ipc_init_ids(&ids);
	for (i = 0; i < 3; i++) {
		p[i] = add(&ids, 0, 10, &err);
		KUNIT_ASSERT_NOT_NULL(test, p[i]);
		KUNIT_EXPECT_EQ(test, err, i); /* the lowest free slot */
		KUNIT_EXPECT_EQ(test, p[i]->id, i * IPCMNI + i);
	}
	KUNIT_EXPECT_EQ(test, ipc_get_maxid(&ids), 2);
	old_id = p[1]->id;
	del(&ids, p[1]);
	q = add(&ids, 0, 10, &err);
	KUNIT_ASSERT_NOT_NULL(test, q);
	KUNIT_EXPECT_EQ(test, err, 1);
	KUNIT_EXPECT_EQ(test, q->id, 3 * IPCMNI + 1);
	KUNIT_EXPECT_EQ(test, PTR_ERR(ipc_lock_check(&ids, old_id)), -EIDRM);
	KUNIT_EXPECT_EQ(test, PTR_ERR(ipc_lock_check(&ids, 5)), -EINVAL);
	r = ipc_lock_check(&ids, q->id);
	KUNIT_ASSERT_FALSE(test, IS_ERR(r));
	KUNIT_EXPECT_PTR_EQ(test, r, q);
	ipc_unlock(r);
	del(&ids, p[2]);
	KUNIT_EXPECT_EQ(test, ipc_get_maxid(&ids), 1);
	KUNIT_EXPECT_EQ(test, PTR_ERR(ipc_lock(&ids, p[0]->id + 2)), -EINVAL);
	del(&ids, p[0]);
	del(&ids, q);
	KUNIT_EXPECT_EQ(test, ipc_get_maxid(&ids), -1);
	KUNIT_EXPECT_EQ(test, ids.in_use, 0);
	kfree(ids.entries);
}

static void ipc_table_growth_test(struct kunit *test)
{
	struct kern_ipc_perm *p[40];
	struct ipc_ids ids;
	int i, err;

	ipc_init_ids(&ids);
	for (i = 0; i < 40; i++) {
		p[i] = add(&ids, 0, 40, &err);
		KUNIT_ASSERT_NOT_NULL(test, p[i]);
	}
	KUNIT_EXPECT_GE(test, ids.size, 40);
	KUNIT_EXPECT_EQ(test, ids.in_use, 40);
	KUNIT_EXPECT_NULL(test, add(&ids, 0, 40, &err));
	KUNIT_EXPECT_EQ(test, err, -ENOSPC); /* the kind's limit (msgmni...) */
	for (i = 0; i < 40; i++) {
		struct kern_ipc_perm *r = ipc_lock_check(&ids, p[i]->id);

		KUNIT_EXPECT_PTR_EQ(test, r, p[i]);
		if (!IS_ERR(r))
			ipc_unlock(r);
	}
	for (i = 0; i < 40; i++)
		del(&ids, p[i]);
	kfree(ids.entries);
}

static struct ipc_ids *getnew_ids;

/* A getnew for ipcget: a bare object with the asked key and mode; its id */
static int test_getnew(struct ipc_params *params)
{
	struct kern_ipc_perm *p = ipc_rcu_alloc(sizeof(*p));
	int slot;

	if (!p)
		return -ENOMEM;
	p->key = params->key;
	p->mode = params->flg & S_IRWXUGO;
	slot = ipc_addid(getnew_ids, p, 10);
	if (slot < 0) {
		ipc_rcu_putref(p);
		return slot;
	}
	ipc_unlock(p);
	return p->id;
}

static void ipcget_rules_test(struct kunit *test)
{
	struct ipc_ops ops = { .getnew = test_getnew };
	struct ipc_params params = { .key = IPC_PRIVATE, .flg = 0600 };
	struct ipc_ids ids;
	int a, b, k;

	ipc_init_ids(&ids);
	getnew_ids = &ids;
	a = ipcget(&ids, &ops, &params);
	b = ipcget(&ids, &ops, &params);
	KUNIT_EXPECT_GE(test, a, 0);
	KUNIT_EXPECT_NE(test, a, b); /* IPC_PRIVATE always makes a new one */
	params.key = 1234;
	KUNIT_EXPECT_EQ(test, ipcget(&ids, &ops, &params), -ENOENT);
	params.flg = IPC_CREAT | 0600;
	k = ipcget(&ids, &ops, &params);
	KUNIT_EXPECT_GE(test, k, 0);
	KUNIT_EXPECT_EQ(test, ipcget(&ids, &ops, &params), k);
	params.flg = IPC_CREAT | IPC_EXCL | 0600;
	KUNIT_EXPECT_EQ(test, ipcget(&ids, &ops, &params), -EEXIST);
	params.flg = 0;
	KUNIT_EXPECT_EQ(test, ipcget(&ids, &ops, &params), k);
	del(&ids, ids.entries[ipcid_to_idx(a)]);
	del(&ids, ids.entries[ipcid_to_idx(b)]);
	del(&ids, ids.entries[ipcid_to_idx(k)]);
	kfree(ids.entries);
}

static void ipcperms_test(struct kunit *test)
{
	struct kern_ipc_perm perm = { .uid = 0, .cuid = 0, .gid = 0, .cgid = 0, .mode = 0640 };
	struct cred saved = current->cred;

	KUNIT_EXPECT_EQ(test, ipcperms(&perm, S_IRUGO | S_IWUGO), 0); /* the owner: rw- */
	current->cred.euid = 1000;
	current->cred.fsgid = current->cred.egid = 1000;
	current->cred.ngroups = 0;
	cap_clear(current->cred.cap_effective);
	KUNIT_EXPECT_EQ(test, ipcperms(&perm, 0), 0); /* existence only */
	KUNIT_EXPECT_EQ(test, ipcperms(&perm, S_IRUGO), -1); /* other: --- */
	perm.gid = 1000;
	KUNIT_EXPECT_EQ(test, ipcperms(&perm, S_IRUGO), 0); /* the owner's group: r-- */
	KUNIT_EXPECT_EQ(test, ipcperms(&perm, S_IWUGO), -1);
	perm.gid = 0;
	perm.cgid = 1000; /* the creator's group counts too */
	KUNIT_EXPECT_EQ(test, ipcperms(&perm, S_IRUGO), 0);
	perm.uid = 1000; /* the owner's bits now, not the group's */
	perm.mode = 0040;
	KUNIT_EXPECT_EQ(test, ipcperms(&perm, S_IRUGO), -1);
	current->cred.cap_effective.cap[CAP_TO_INDEX(CAP_IPC_OWNER)] |= CAP_TO_MASK(CAP_IPC_OWNER);
	KUNIT_EXPECT_EQ(test, ipcperms(&perm, S_IRUGO | S_IWUGO), 0);
	current->cred = saved;
}

static void ipc_parse_version_test(struct kunit *test)
{
	int cmd = IPC_STAT | IPC_64;

	KUNIT_EXPECT_EQ(test, ipc_parse_version(&cmd), IPC_64);
	KUNIT_EXPECT_EQ(test, cmd, IPC_STAT);
	KUNIT_EXPECT_EQ(test, ipc_parse_version(&cmd), IPC_OLD);
	KUNIT_EXPECT_EQ(test, cmd, IPC_STAT);
}

static struct kunit_case ipc_util_cases[] = {
	KUNIT_CASE(ipc_id_seq_slot_test),   KUNIT_CASE(ipc_table_growth_test),
	KUNIT_CASE(ipcget_rules_test),	    KUNIT_CASE(ipcperms_test),
	KUNIT_CASE(ipc_parse_version_test), {}
};

static struct kunit_suite ipc_util_suite = {
	.name = "ipc_util",
	.test_cases = ipc_util_cases,
};
kunit_test_suite(ipc_util_suite);
