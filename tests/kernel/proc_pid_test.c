/*
 * proc_pid_test.c - /proc/PID and /proc/self, and the OOM killer's score.
 *
 * The cases run in a KUnit kernel thread, so /proc/self is that thread:
 * its stat line must carry its pid, name and state in 2.6.32's 44 fields,
 * its status the same pid; /proc's readdir lists "self" and the pid; the
 * self link reads as the pid; oom_adj takes -17..15 and refuses the rest;
 * a thread's files answer -ESRCH once it is gone, and its name goes.
 * badness() is checked on a made-up task whose numbers are known:
 * total_vm / 16 (Linnet's processes are root: two /4 rules), plus half of
 * each child's, shifted by oom_adj, doubled when niced, 0 for OOM_DISABLE.
 */
#include <kunit/test.h>
#include <linux/proc_fs.h>
#include <linux/fs.h>
#include <linux/fcntl.h>
#include <linux/fault-inject.h>
#include <linux/namei.h>
#include <linux/path.h>
#include <linux/mount.h>
#include <linux/dcache.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/kthread.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/mm_types.h>
#include <linux/oom.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/ktime.h>
#include <asm/uaccess.h>
#include <linnet/fail_nth.h>

#define BUF 4096

/* 2.6.32's SHIFT_HZ, as mm/oom_kill.c computes it */
#if HZ >= 768
#define TEST_SHIFT_HZ 10
#elif HZ >= 384
#define TEST_SHIFT_HZ 9
#elif HZ >= 192
#define TEST_SHIFT_HZ 8
#else
#define TEST_SHIFT_HZ 7
#endif

static long read_whole(const char *path, char *buf, size_t cap)
{
	struct file *f = filp_open(path, O_RDONLY, 0);
	size_t len = 0;
	ssize_t n = 0;

	buf[0] = '\0';
	if (IS_ERR(f))
		return PTR_ERR(f);
	while (len < cap - 1 && (n = vfs_read(f, buf + len, cap - 1 - len, &f->f_pos)) > 0)
		len += n;
	filp_close(f, NULL);
	buf[len] = '\0';
	return n < 0 ? n : (long)len;
}

static long write_whole(const char *path, const char *text)
{
	struct file *f = filp_open(path, O_WRONLY, 0);
	ssize_t n;

	if (IS_ERR(f))
		return PTR_ERR(f);
	n = vfs_write(f, text, strlen(text), &f->f_pos);
	filp_close(f, NULL);
	return n;
}

/* The number of space-separated fields of a stat line after "(comm)" */
static int fields_after_comm(const char *line)
{
	const char *p = strrchr(line, ')');
	int n = 0;

	if (!p)
		return -1;
	for (p++; *p && *p != '\n'; p++)
		if (*p == ' ')
			n++;
	return n;
}

static void proc_self_stat_test(struct kunit *test)
{
	char *buf = kunit_kzalloc(test, BUF, GFP_KERNEL);
	char head[64];
	long n;

	KUNIT_ASSERT_NOT_NULL(test, buf);
	n = read_whole("/proc/self/stat", buf, BUF);
	KUNIT_ASSERT_GT(test, n, 0);
	snprintf(head, sizeof(head), "%d (%s) R ", current->pid, current->comm);
	KUNIT_EXPECT_TRUE_MSG(test, !strncmp(buf, head, strlen(head)), "%s", buf);
	/* pid and comm, then 42 more fields: 44 in all, as 2.6.32 prints */
	KUNIT_EXPECT_EQ_MSG(test, fields_after_comm(buf), 42, "%s", buf);
	KUNIT_EXPECT_EQ(test, buf[n - 1], '\n');

	n = read_whole("/proc/self/status", buf, BUF);
	KUNIT_ASSERT_GT(test, n, 0);
	snprintf(head, sizeof(head), "\nPid:\t%d\n", current->pid);
	KUNIT_EXPECT_NOT_NULL_MSG(test, strstr(buf, head), "%s", buf);
	snprintf(head, sizeof(head), "Name:\t%s\nState:\tR (running)\n", current->comm);
	KUNIT_EXPECT_TRUE_MSG(test, !strncmp(buf, head, strlen(head)), "%s", buf);
	/* A kernel thread has no memory: no Vm lines, and an empty command line */
	KUNIT_EXPECT_NULL(test, strstr(buf, "VmSize:"));
	KUNIT_EXPECT_EQ(test, read_whole("/proc/self/cmdline", buf, BUF), 0L);
	KUNIT_EXPECT_EQ(test, read_whole("/proc/self/maps", buf, BUF), 0L);
	n = read_whole("/proc/self/statm", buf, BUF);
	KUNIT_EXPECT_STREQ(test, buf, "0 0 0 0 0 0 0\n");
}

static void proc_self_link_test(struct kunit *test)
{
	char link[16], want[16];
	mm_segment_t old = get_fs();
	long n;

	set_fs(KERNEL_DS);
	n = sys_readlinkat(AT_FDCWD, (const char __user *)"/proc/self", (char __user *)link,
			   sizeof(link));
	set_fs(old);
	KUNIT_ASSERT_GT(test, n, 0L);
	link[n] = '\0';
	snprintf(want, sizeof(want), "%d", current->tgid);
	KUNIT_EXPECT_STREQ(test, link, want);
}

struct seen_names {
	char want[16];
	int self, pid, zero;
};

static int find_filldir(void *buf, const char *name, int len, loff_t off, u64 ino, unsigned type)
{
	struct seen_names *s = buf;

	if (len == 4 && !memcmp(name, "self", 4))
		s->self++;
	if (len == (int)strlen(s->want) && !memcmp(name, s->want, len))
		s->pid++;
	if (len == 1 && name[0] == '0')
		s->zero++;
	return 0;
}

static void proc_readdir_pids_test(struct kunit *test)
{
	struct seen_names s = { .self = 0 };
	struct file *f;

	snprintf(s.want, sizeof(s.want), "%d", current->tgid);
	f = filp_open("/proc", O_RDONLY | O_DIRECTORY, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(f));
	KUNIT_EXPECT_EQ(test, vfs_readdir(f, find_filldir, &s), 0);
	filp_close(f, NULL);
	KUNIT_EXPECT_EQ(test, s.self, 1);
	KUNIT_EXPECT_EQ(test, s.pid, 1);
	KUNIT_EXPECT_EQ(test, s.zero, 0); /* the idle task has no directory */
	/* and a name that is no pid is not found */
	KUNIT_EXPECT_EQ(test, PTR_ERR(filp_open("/proc/0/stat", O_RDONLY, 0)), -ENOENT);
	KUNIT_EXPECT_EQ(test, PTR_ERR(filp_open("/proc/0123/stat", O_RDONLY, 0)), -ENOENT);
	KUNIT_EXPECT_EQ(test, PTR_ERR(filp_open("/proc/99999999999/stat", O_RDONLY, 0)), -ENOENT);
}

/*
 * A walk through /proc/self that fails after following the link must
 * give back /proc's mount and root dentry exactly once. Each slab
 * allocation of the open fails in turn, until the open needs no more.
 * proc_self_follow_link() used to walk the link's text itself: when that
 * walk failed it released the path, and __do_follow_link() released it
 * again, freeing /proc's vfsmount while it was still mounted (the next
 * lookup_mnt() read freed memory; found by the fault-injection boots).
 */
static void proc_self_walk_fails_cleanly_test(struct kunit *test)
{
	struct fail_nth fail;
	int mnt_refs, root_refs, mnt_now, root_now;
	struct file *f = NULL;
	unsigned long nth;
	struct path proc;
	bool reached;

	f = filp_open("/proc/self/stat", O_RDONLY, 0); /* what stays cached after, is */
	KUNIT_ASSERT_FALSE(test, IS_ERR(f));
	filp_close(f, NULL);
	KUNIT_ASSERT_EQ(test, kern_path("/proc", LOOKUP_FOLLOW, &proc), 0);
	mnt_refs = atomic_read(&proc.mnt->mnt_count);
	root_refs = atomic_read(&proc.dentry->d_count);
	for (nth = 1; nth <= 64; nth++) {
		fail_nth_start(&fail, &failslab, nth);
		f = filp_open("/proc/self/stat", O_RDONLY, 0);
		reached = fail_nth_stop(&fail);
		if (!IS_ERR(f))
			filp_close(f, NULL);
		if (!reached)
			break;
		mnt_now = atomic_read(&proc.mnt->mnt_count);
		root_now = atomic_read(&proc.dentry->d_count);
		KUNIT_EXPECT_EQ_MSG(test, mnt_now, mnt_refs, "allocation %lu failed: %ld", nth,
				    PTR_ERR(f));
		KUNIT_ASSERT_EQ_MSG(test, root_now, root_refs, "allocation %lu failed: %ld", nth,
				    PTR_ERR(f));
	}
	path_put(&proc);
	KUNIT_EXPECT_FALSE(test, reached); /* the open ran out of allocations to fail */
	KUNIT_EXPECT_FALSE(test, IS_ERR(f)); /* and then succeeded */
	KUNIT_EXPECT_GT(test, nth, 2UL); /* after failing at some */
}

static void restore_oom_adj(void *old)
{
	current->signal->oom_adj = (int)(long)old;
}

static void proc_oom_adj_test(struct kunit *test)
{
	char buf[32];

	/* the runner's own oom_adj is changed: put it back however the case ends */
	KUNIT_ASSERT_EQ(
		test,
		kunit_add_action(test, restore_oom_adj, (void *)(long)current->signal->oom_adj), 0);
	KUNIT_EXPECT_EQ(test, write_whole("/proc/self/oom_adj", "-17\n"), 4L);
	read_whole("/proc/self/oom_adj", buf, sizeof(buf));
	KUNIT_EXPECT_STREQ(test, buf, "-17\n");
	KUNIT_EXPECT_EQ(test, current->signal->oom_adj, OOM_DISABLE);
	KUNIT_EXPECT_EQ(test, write_whole("/proc/self/oom_adj", "16"), (long)-EINVAL);
	KUNIT_EXPECT_EQ(test, write_whole("/proc/self/oom_adj", "-18"), (long)-EINVAL);
	KUNIT_EXPECT_EQ(test, write_whole("/proc/self/oom_adj", "15"), 2L);
	read_whole("/proc/self/oom_adj", buf, sizeof(buf));
	KUNIT_EXPECT_STREQ(test, buf, "15\n");
	KUNIT_EXPECT_EQ(test, write_whole("/proc/self/oom_adj", "0"), 1L);
	/* a kernel thread has no memory: its score is 0 */
	read_whole("/proc/self/oom_score", buf, sizeof(buf));
	KUNIT_EXPECT_STREQ(test, buf, "0\n");
}

static int wait_to_stop(void *unused)
{
	while (!kthread_should_stop())
		schedule_timeout_interruptible(1);
	return 0;
}

static void kthread_stop_action(void *t)
{
	kthread_stop(t);
}

static void put_task_action(void *t)
{
	put_task_struct((struct task_struct *)t);
}

static void filp_close_action(void *f)
{
	filp_close(f, NULL);
}

static void proc_dead_task_test(struct kunit *test)
{
	struct task_struct *t = kthread_run(wait_to_stop, NULL, "kt_procdead");
	char path[40], c;
	struct file *f;
	int i;

	KUNIT_ASSERT_FALSE(test, IS_ERR(t));
	get_task_struct(t); /* read after it is gone, below */
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, put_task_action, t), 0);
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, kthread_stop_action, t), 0);
	snprintf(path, sizeof(path), "/proc/%d/stat", t->pid);
	f = filp_open(path, O_RDONLY, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(f));
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, filp_close_action, f), 0);
	kunit_release_action(test, kthread_stop_action, t);
	/* the thread is unlinked on its way out of do_exit: give it a tick */
	for (i = 0; i < 100 && !list_empty(&t->tasks); i++)
		schedule_timeout_uninterruptible(1);
	KUNIT_EXPECT_EQ(test, vfs_read(f, &c, 1, &f->f_pos), (ssize_t)-ESRCH);
	kunit_release_action(test, filp_close_action, f); /* the name goes with its last user */
	f = filp_open(path, O_RDONLY, 0);
	if (!IS_ERR(f))
		filp_close(f, NULL);
	KUNIT_EXPECT_EQ(test, PTR_ERR(f), -ENOENT);
}

/* A made-up process for badness(): only the fields it reads are set */
struct fake_proc {
	struct task_struct task;
	struct signal_struct sig;
	struct mm_struct mm;
};

static void fake_init(struct fake_proc *fp, unsigned long total_vm)
{
	struct task_struct *t = &fp->task;

	t->mm = &fp->mm;
	t->signal = &fp->sig;
	t->group_leader = t;
	INIT_LIST_HEAD(&t->thread_group);
	INIT_LIST_HEAD(&t->children);
	INIT_LIST_HEAD(&t->sibling);
	t->static_prio = NICE_TO_PRIO(0);
	ktime_get_ts(&t->start_time);
	fp->mm.total_vm = total_vm;
}

static void oom_badness_test(struct kunit *test)
{
	struct fake_proc *p = kunit_kzalloc(test, sizeof(*p), GFP_KERNEL);
	struct fake_proc *c = kunit_kzalloc(test, sizeof(*c), GFP_KERNEL);
	struct timespec now;

	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_ASSERT_NOT_NULL(test, c);
	fake_init(p, 4096);
	ktime_get_ts(&now);
	/* root's two /4: 4096 / 16 */
	KUNIT_EXPECT_EQ(test, badness(&p->task, now.tv_sec), 256UL);
	p->sig.oom_adj = 2;
	KUNIT_EXPECT_EQ(test, badness(&p->task, now.tv_sec), 1024UL);
	p->sig.oom_adj = -3;
	KUNIT_EXPECT_EQ(test, badness(&p->task, now.tv_sec), 32UL);
	p->sig.oom_adj = OOM_DISABLE;
	KUNIT_EXPECT_EQ(test, badness(&p->task, now.tv_sec), 0UL);
	p->sig.oom_adj = 0;
	p->task.static_prio = NICE_TO_PRIO(5); /* niced: doubled */
	KUNIT_EXPECT_EQ(test, badness(&p->task, now.tv_sec), 512UL);
	p->task.static_prio = NICE_TO_PRIO(0);
	/* a child with its own memory adds half its size, plus one */
	fake_init(c, 1000);
	list_add(&c->task.sibling, &p->task.children);
	KUNIT_EXPECT_EQ(test, badness(&p->task, now.tv_sec), (4096UL + 501) / 16);
	/* a child sharing the parent's mm (a vfork child, a thread) adds nothing */
	c->task.mm = &p->mm;
	KUNIT_EXPECT_EQ(test, badness(&p->task, now.tv_sec), 256UL);
	/* CPU time counts in units of 2^(SHIFT_HZ + 3) ticks: 4 units halve the score */
	p->task.utime = 4UL << (TEST_SHIFT_HZ + 3);
	KUNIT_EXPECT_EQ(test, badness(&p->task, now.tv_sec), 128UL);
	/* a kernel thread is never chosen */
	p->task.utime = 0;
	p->task.flags = PF_KTHREAD;
	KUNIT_EXPECT_EQ(test, badness(&p->task, now.tv_sec), 0UL);
}

/* The owner stat gives @path, and the inode's (what lookups left there) */
static int stat_owner(const char *path, struct kstat *st, uid_t *i_uid)
{
	struct path p;
	int err = kern_path(path, LOOKUP_FOLLOW, &p);

	if (err)
		return err;
	err = vfs_getattr(p.mnt, p.dentry, st);
	*i_uid = p.dentry->d_inode->i_uid;
	path_put(&p);
	return err;
}

/*
 * /proc/PID is owned by the task's effective ids, as 2.6.32 keeps them:
 * a lookup refreshes the cached inode (pid_revalidate), stat computes
 * them afresh (pid_getattr) - which is what "/proc/PID/." gets, since a
 * walk never revalidates a last "." (2.6.32: FS_REVAL_DOT only). A
 * kernel thread has no mm, so it is not dumpable: its files stay root's.
 */
static void proc_pid_owner_test(struct kunit *test)
{
	uid_t euid = current->cred.euid, i_uid;
	gid_t egid = current->cred.egid;
	char dir[32], dot[40], file[40];
	struct kstat st;

	snprintf(dir, sizeof(dir), "/proc/%d", current->pid);
	snprintf(dot, sizeof(dot), "%s/.", dir);
	snprintf(file, sizeof(file), "%s/stat", dir);
	KUNIT_ASSERT_EQ(test, stat_owner(dir, &st, &i_uid), 0); /* now cached */
	KUNIT_EXPECT_EQ(test, st.uid, euid);
	current->cred.euid = 4321;
	current->cred.egid = 4322;
	KUNIT_EXPECT_EQ(test, stat_owner(dot, &st, &i_uid), 0);
	KUNIT_EXPECT_EQ(test, st.uid, 4321U);
	KUNIT_EXPECT_EQ(test, st.gid, 4322U);
	KUNIT_EXPECT_EQ(test, stat_owner(dir, &st, &i_uid), 0);
	KUNIT_EXPECT_EQ(test, i_uid, 4321U); /* the lookup refreshed the inode */
	KUNIT_EXPECT_EQ(test, stat_owner(file, &st, &i_uid), 0);
	KUNIT_EXPECT_EQ(test, st.uid, 0U); /* no mm: not dumpable */
	current->cred.euid = euid;
	current->cred.egid = egid;
	KUNIT_EXPECT_EQ(test, stat_owner(dir, &st, &i_uid), 0);
	KUNIT_EXPECT_EQ(test, st.uid, euid);
}

static struct kunit_case proc_pid_cases[] = { KUNIT_CASE(proc_self_stat_test),
					      KUNIT_CASE(proc_self_link_test),
					      KUNIT_CASE(proc_readdir_pids_test),
					      KUNIT_CASE(proc_self_walk_fails_cleanly_test),
					      KUNIT_CASE(proc_oom_adj_test),
					      KUNIT_CASE(proc_dead_task_test),
					      KUNIT_CASE(oom_badness_test),
					      KUNIT_CASE(proc_pid_owner_test),
					      {} };

static struct kunit_suite proc_pid_suite = {
	.name = "proc_pid",
	.test_cases = proc_pid_cases,
};
kunit_test_suite(proc_pid_suite);
