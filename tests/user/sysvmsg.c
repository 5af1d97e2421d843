/*
 * sysvmsg.c - System V message queues through glibc (on i386: the ipc
 * multiplexer, system call 117) and through ipc() itself: msgget's key
 * rules, msgsnd and msgrcv with each kind of msgtyp, MSG_NOERROR,
 * MSG_EXCEPT, IPC_NOWAIT, full and empty queues with a sleeping child,
 * a signal and a removal waking sleepers, msgctl's records in both
 * layouts, permissions as another user, /proc/sysvipc/msg and the
 * /proc/sys/kernel limits. Ids differ between kernels: only facts about
 * them are printed.
 */
#define _GNU_SOURCE
#include "usertest.h"
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/mount.h>
#include <sys/stat.h>

#define KEY 0x4c4e4d01
#define IPCOP_MSGSND 11
#define IPCOP_MSGRCV 12
#define IPCOP_MSGGET 13
#define IPCOP_MSGCTL 14
#define KPTR 0xc0001000L

struct msg {
	long mtype;
	char mtext[64];
};

/* The ipc() system call itself, six arguments */
static long ipc(long call, long first, long second, long third, void *ptr, long fifth)
{
	long r = syscall(SYS_ipc, call, first, second, third, ptr, fifth);

	return r == -1 ? -errno : r;
}

static long snd(int id, long type, const char *text, int flg)
{
	struct msg m = { .mtype = type };

	strncpy(m.mtext, text, sizeof(m.mtext) - 1);
	return msgsnd(id, &m, strlen(text), flg) ? -errno : 0;
}

/* msgrcv into a buffer of @size: "N bytes type T 'text'" or the errno */
static const char *rcv(int id, size_t size, long type, int flg)
{
	static char out[128];
	struct msg m;
	long n;

	memset(&m, 0, sizeof(m));
	n = msgrcv(id, &m, size, type, flg);
	if (n < 0)
		snprintf(out, sizeof(out), "%d", -errno);
	else
		snprintf(out, sizeof(out), "%ld bytes type %ld '%.*s'", n, m.mtype, (int)n,
			 m.mtext);
	return out;
}

static void stat_line(const char *what, int id)
{
	struct msqid_ds ds;

	if (msgctl(id, IPC_STAT, &ds)) {
		say("%s: IPC_STAT %d", what, -errno);
		return;
	}
	say("%s: qnum %lu cbytes %lu qbytes %lu lspid me %d lrpid me %d mode %o", what,
	    (unsigned long)ds.msg_qnum, (unsigned long)ds.__msg_cbytes,
	    (unsigned long)ds.msg_qbytes, ds.msg_lspid == getpid(), ds.msg_lrpid == getpid(),
	    ds.msg_perm.mode);
}

static void keys(void)
{
	int a, b, p1, p2;

	say("msgget(KEY, 0), no queue: %ld", msgget(KEY, 0) < 0 ? -(long)errno : 0L);
	a = msgget(KEY, IPC_CREAT | 0640);
	say("msgget(KEY, IPC_CREAT|0640): %s", a >= 0 ? "id" : "error");
	b = msgget(KEY, IPC_CREAT | 0600);
	say("again with IPC_CREAT: same id %d", a == b);
	say("IPC_CREAT|IPC_EXCL: %d", msgget(KEY, IPC_CREAT | IPC_EXCL | 0600) < 0 ? -errno : 0);
	say("msgget(KEY, 0): same id %d", msgget(KEY, 0) == a);
	p1 = msgget(IPC_PRIVATE, 0600);
	p2 = msgget(IPC_PRIVATE, IPC_CREAT | IPC_EXCL | 0600);
	say("two IPC_PRIVATE queues: ids %s, differ %d", p1 >= 0 && p2 >= 0 ? "ok" : "bad",
	    p1 != p2);
	stat_line("new queue", a);
	msgctl(p1, IPC_RMID, NULL);
	msgctl(p2, IPC_RMID, NULL);
	say("IPC_STAT of a removed id: %d",
	    msgctl(p1, IPC_STAT, &(struct msqid_ds){ 0 }) ? -errno : 0);
	msgctl(a, IPC_RMID, NULL);
}

static void types(void)
{
	int id = msgget(IPC_PRIVATE, 0600);
	long r[5];

	r[0] = snd(id, 3, "three", 0);
	r[1] = snd(id, 1, "one", 0);
	r[2] = snd(id, 2, "two", 0);
	r[3] = snd(id, 5, "five", 0);
	r[4] = snd(id, 2, "two again", 0);
	say("send types 3 1 2 5 2: %ld %ld %ld %ld %ld", r[0], r[1], r[2], r[3], r[4]);
	stat_line("five queued", id);
	say("msgrcv type 2: %s", rcv(id, 64, 2, 0));
	say("msgrcv type -4 (lowest <= 4): %s", rcv(id, 64, -4, 0));
	say("msgrcv type 5 MSG_EXCEPT: %s", rcv(id, 64, 5, MSG_EXCEPT));
	say("msgrcv type 7 IPC_NOWAIT: %s", rcv(id, 64, 7, IPC_NOWAIT));
	say("msgrcv type 5 into 2 bytes: %s", rcv(id, 2, 5, 0));
	stat_line("  still queued", id);
	say("msgrcv type 5 into 2 bytes, MSG_NOERROR: %s", rcv(id, 2, 5, MSG_NOERROR));
	say("msgrcv type 0: %s", rcv(id, 64, 0, 0));
	say("msgrcv type -4 IPC_NOWAIT, empty: %s", rcv(id, 64, -4, IPC_NOWAIT));
	say("msgrcv type 0 IPC_NOWAIT, empty: %s", rcv(id, 64, 0, IPC_NOWAIT));
	stat_line("empty", id);
	r[0] = snd(id, 9, "", 0);
	say("send empty text: %ld; receive: %s", r[0], rcv(id, 64, 0, 0));
	msgctl(id, IPC_RMID, NULL);
}

static void bad_inputs(void)
{
	int id = msgget(IPC_PRIVATE, 0600);
	struct msg m = { .mtype = 1 };
	struct msqid_ds ds;

	say("msgsnd mtype 0: %ld", snd(id, 0, "x", 0));
	say("msgsnd mtype -1: %ld", snd(id, -1, "x", 0));
	say("msgsnd 8193 bytes (> msgmax): %d", msgsnd(id, &m, 8193, 0) ? -errno : 0);
	say("ipc(MSGSND) size -1: %ld", ipc(IPCOP_MSGSND, id, -1, 0, &m, 0));
	say("msgsnd to id -1: %ld", ipc(IPCOP_MSGSND, -1, 1, 0, &m, 0));
	say("msgsnd to an unused id: %d", msgsnd(id + 1000, &m, 1, 0) ? -errno : 0);
	say("msgsnd from a kernel pointer: %ld", ipc(IPCOP_MSGSND, id, 1, 0, (void *)KPTR, 0));
	say("msgsnd from NULL: %ld", ipc(IPCOP_MSGSND, id, 1, 0, NULL, 0));
	snd(id, 1, "abc", 0);
	say("msgrcv into a kernel pointer: %ld",
	    ipc(IPCOP_MSGRCV | 1 << 16, id, 8, 0, (void *)KPTR, 0));
	stat_line("  after the lost message", id);
	say("msgrcv size -1: %ld", ipc(IPCOP_MSGRCV | 1 << 16, id, -1, 0, &m, 0));
	say("msgrcv version 0, NULL kludge: %ld", ipc(IPCOP_MSGRCV, id, 8, 0, NULL, 0));
	say("msgctl bad command 99: %d", msgctl(id, 99, &ds) ? -errno : 0);
	say("msgctl id -1: %ld", ipc(IPCOP_MSGCTL, -1, IPC_STAT | 0x100, 0, &ds, 0));
	say("msgctl IPC_STAT to NULL: %ld", ipc(IPCOP_MSGCTL, id, IPC_STAT | 0x100, 0, NULL, 0));
	say("msgctl IPC_STAT to a kernel pointer: %ld",
	    ipc(IPCOP_MSGCTL, id, IPC_STAT | 0x100, 0, (void *)KPTR, 0));
	say("msgctl IPC_SET from NULL: %ld", ipc(IPCOP_MSGCTL, id, IPC_SET | 0x100, 0, NULL, 0));
	say("ipc call 99: %ld", ipc(99, 0, 0, 0, NULL, 0));
	say("ipc call 0: %ld", ipc(0, 0, 0, 0, NULL, 0));
	msgctl(id, IPC_RMID, NULL);
	say("IPC_RMID twice: %d", msgctl(id, IPC_RMID, NULL) ? -errno : 0);
}

/* The ipc() multiplexer's own conventions: msgrcv's kludge and the two record layouts */
static void multiplexer(void)
{
	int id = ipc(IPCOP_MSGGET, IPC_PRIVATE, 0600, 0, NULL, 0);
	struct {
		struct msg *msgp;
		long msgtyp;
	} kludge;
	struct msg m = { .mtype = 4, .mtext = "kludge" }, r;
	struct msqid_ds ds64;
	long n;
	struct {
		struct {
			int key;
			unsigned short uid, gid, cuid, cgid, mode, seq;
		} perm;
		void *first, *last;
		long stime, rtime, ctime;
		unsigned long lcbytes, lqbytes;
		unsigned short cbytes, qnum, qbytes, lspid, lrpid;
	} old;

	say("ipc(MSGGET): %s", id >= 0 ? "id" : "error");
	say("ipc(MSGSND): %ld", ipc(IPCOP_MSGSND, id, 6, 0, &m, 0));
	say("ipc(MSGSND) again: %ld", ipc(IPCOP_MSGSND, id, 6, 0, &m, 0));
	memset(&old, 0, sizeof(old));
	say("ipc(MSGCTL, IPC_STAT) old layout: %ld", ipc(IPCOP_MSGCTL, id, IPC_STAT, 0, &old, 0));
	say("  qnum %u cbytes %u lcbytes %lu qbytes %u lqbytes %lu mode %o lspid me %d", old.qnum,
	    old.cbytes, old.lcbytes, old.qbytes, old.lqbytes, old.perm.mode, old.lspid == getpid());
	say("ipc(MSGCTL, IPC_STAT|IPC_64): %ld",
	    ipc(IPCOP_MSGCTL, id, IPC_STAT | 0x100, 0, &ds64, 0));
	say("  qnum %lu cbytes %lu", (unsigned long)ds64.msg_qnum,
	    (unsigned long)ds64.__msg_cbytes);
	kludge.msgp = &r;
	kludge.msgtyp = 4;
	memset(&r, 0, sizeof(r));
	n = ipc(IPCOP_MSGRCV, id, 64, 0, &kludge, 0);
	say("ipc(MSGRCV) version 0 through the kludge: %ld '%s' type %ld", n, r.mtext, r.mtype);
	memset(&r, 0, sizeof(r));
	n = ipc(IPCOP_MSGRCV | 1 << 16, id, 64, 0, &r, 4);
	say("ipc(MSGRCV) version 1, type in the fifth argument: %ld '%s'", n, r.mtext);
	old.qbytes = 0;
	old.lqbytes = 300;
	old.perm.mode = 0644;
	say("ipc(MSGCTL, IPC_SET) old layout, qbytes 0 lqbytes 300: %ld",
	    ipc(IPCOP_MSGCTL, id, IPC_SET, 0, &old, 0));
	stat_line("  after IPC_SET", id);
	say("ipc(MSGCTL, IPC_RMID): %ld", ipc(IPCOP_MSGCTL, id, IPC_RMID, 0, NULL, 0));
}

static void full_queue(void)
{
	int id = msgget(IPC_PRIVATE, 0600), status;
	struct msqid_ds ds;
	char big[61];
	const char *took;
	pid_t pid;

	memset(big, 'x', 60);
	big[60] = 0;
	msgctl(id, IPC_STAT, &ds);
	ds.msg_qbytes = 100;
	say("IPC_SET qbytes 100: %d", msgctl(id, IPC_SET, &ds) ? -errno : 0);
	say("send 60: %ld", snd(id, 1, big, 0));
	say("send 60 more, IPC_NOWAIT: %ld", snd(id, 2, big, IPC_NOWAIT));
	pid = fork();
	if (pid == 0)
		_exit(-snd(id, 2, big, 0));
	usleep(200000);
	stat_line("child asleep in msgsnd", id);
	took = rcv(id, 64, 0, 0);
	waitpid(pid, &status, 0);
	say("parent takes one: %.16s; the child's msgsnd: exit %d", took, WEXITSTATUS(status));
	stat_line("  then", id);
	ds.msg_qbytes = 40000;
	say("IPC_SET qbytes 40000 (> msgmnb) as root: %d", msgctl(id, IPC_SET, &ds) ? -errno : 0);
	stat_line("  now", id);
	msgctl(id, IPC_RMID, NULL);
}

/* A child asleep in msgrcv: its result as "N bytes type T 'text'" on its own line, after */
static pid_t receiver_child(int id, size_t size, long type)
{
	pid_t pid = fork();

	if (pid == 0) {
		say("  child: blocking msgrcv: %s", rcv(id, size, type, 0));
		_exit(0);
	}
	usleep(200000);
	return pid;
}

static void blocking(void)
{
	int id = msgget(IPC_PRIVATE, 0600), status;
	pid_t pid = receiver_child(id, 64, 7);
	long r6, r7;

	r6 = snd(id, 6, "six", 0);
	r7 = snd(id, 7, "seven", 0);
	waitpid(pid, &status, 0);
	say("parent sent type 6: %ld, type 7: %ld", r6, r7);
	stat_line("after the handover", id);
	say("type 6 left: %s", rcv(id, 64, 0, IPC_NOWAIT));
	pid = receiver_child(id, 64, 0);
	msgctl(id, IPC_RMID, NULL);
	waitpid(pid, &status, 0);
	say("removed while it slept: exit %d", WEXITSTATUS(status));
}

static void small_receiver(void)
{
	int id = msgget(IPC_PRIVATE, 0600), status;
	pid_t pid = receiver_child(id, 2, 0);
	long r = snd(id, 1, "long text", 0);

	waitpid(pid, &status, 0);
	say("parent sent 'long text' to a 2-byte sleeper: %ld", r);
	stat_line("  the message stayed", id);
	msgctl(id, IPC_RMID, NULL);
}

static void on_alarm(int sig)
{
}

static void interrupted(int restart)
{
	int id = msgget(IPC_PRIVATE, 0600);
	char big[8192];
	pid_t pid = fork();
	int status;

	if (pid == 0) {
		on_signal(SIGALRM, on_alarm, NULL, restart ? SA_RESTART : 0);
		alarm(1);
		say("  child: msgrcv with %s: %s", restart ? "SA_RESTART" : "a handler",
		    rcv(id, 64, 0, 0));
		memset(big, 'y', sizeof(big));
		msgsnd(id, big, 8000, 0);
		msgsnd(id, big, 8000, 0);
		alarm(1);
		say("  child: msgsnd on a full queue: %d", msgsnd(id, big, 8000, 0) ? -errno : 0);
		_exit(0);
	}
	waitpid(pid, &status, 0);
	msgctl(id, IPC_RMID, NULL);
}

static void removed_sender(void)
{
	int id = msgget(IPC_PRIVATE, 0600), status;
	struct msqid_ds ds;
	pid_t pid;

	msgctl(id, IPC_STAT, &ds);
	ds.msg_qbytes = 10;
	msgctl(id, IPC_SET, &ds);
	snd(id, 1, "0123456789", 0);
	pid = fork();
	if (pid == 0) {
		say("  child: msgsnd on a full queue, removed: %ld", snd(id, 1, "x", 0));
		_exit(0);
	}
	usleep(200000);
	msgctl(id, IPC_RMID, NULL);
	waitpid(pid, &status, 0);
}

static void as_user(void *arg)
{
	int id = *(int *)arg;
	struct msqid_ds ds;

	setgid(1000);
	setuid(1000);
	say("  uid 1000: msgget(KEY, 0): same id %d", msgget(KEY, 0) == id);
	say("  uid 1000: msgget(KEY, 0600): %d", msgget(KEY, 0600) < 0 ? -errno : 0);
	say("  uid 1000: msgget(KEY, 0004): %d", msgget(KEY, 0004) < 0 ? -errno : 0);
	say("  uid 1000: msgsnd: %ld", snd(id, 1, "x", IPC_NOWAIT));
	say("  uid 1000: msgrcv: %s", rcv(id, 64, 0, IPC_NOWAIT));
	say("  uid 1000: IPC_STAT: %d", msgctl(id, IPC_STAT, &ds) ? -errno : 0);
	say("  uid 1000: IPC_SET: %d", msgctl(id, IPC_SET, &ds) ? -errno : 0);
	say("  uid 1000: IPC_RMID: %d", msgctl(id, IPC_RMID, NULL) ? -errno : 0);
}

static void as_owner(void *arg)
{
	int id = *(int *)arg;
	struct msqid_ds ds;

	setgid(1000);
	setuid(1000);
	msgctl(id, IPC_STAT, &ds);
	ds.msg_qbytes = 20000;
	say("  owner uid 1000: raise qbytes past msgmnb: %d",
	    msgctl(id, IPC_SET, &ds) ? -errno : 0);
	ds.msg_qbytes = 1000;
	say("  owner uid 1000: lower qbytes: %d", msgctl(id, IPC_SET, &ds) ? -errno : 0);
	say("  owner uid 1000: IPC_RMID: %d", msgctl(id, IPC_RMID, NULL) ? -errno : 0);
}

static void permissions(void)
{
	int id = msgget(KEY, IPC_CREAT | 0642);
	struct msqid_ds ds;

	run_in_child("as uid 1000", as_user, &id);
	msgctl(id, IPC_STAT, &ds);
	ds.msg_perm.uid = 1000;
	ds.msg_perm.mode = 0600;
	say("root gives the queue to uid 1000: %d", msgctl(id, IPC_SET, &ds) ? -errno : 0);
	msgctl(id, IPC_STAT, &ds);
	say("  uid %u cuid %u mode %o", ds.msg_perm.uid, ds.msg_perm.cuid, ds.msg_perm.mode);
	run_in_child("as the owner", as_owner, &id);
	say("queue gone: %d", msgget(KEY, 0) < 0 ? -errno : 0);
}

/* A receiver as uid 1000 asleep when root takes its read permission away: IPC_SET wakes it */
static void revoked(void)
{
	int id = msgget(IPC_PRIVATE, 0666), status;
	struct msqid_ds ds;
	pid_t pid = fork();

	if (pid == 0) {
		setgid(1000);
		setuid(1000);
		_exit(-(msgrcv(id, &(struct msg){ 0 }, 64, 0, 0) < 0 ? errno : 0));
	}
	usleep(200000);
	msgctl(id, IPC_STAT, &ds);
	ds.msg_perm.mode = 0600;
	say("IPC_SET mode 0600 under a sleeping uid 1000 receiver: %d",
	    msgctl(id, IPC_SET, &ds) ? -errno : 0);
	waitpid(pid, &status, 0);
	say("  the receiver looked again: exit %d", WEXITSTATUS(status));
	msgctl(id, IPC_RMID, NULL);
}

/* MSG_STAT takes a slot (id % 32768, what ipcs walks) and returns the id */
static void msg_stat(void)
{
	int id = msgget(IPC_PRIVATE, 0600);
	struct msqid_ds ds;
	int r = msgctl(id % 32768, MSG_STAT, &ds);

	say("MSG_STAT of the id's slot: returns the id %d, qbytes %lu", r == id,
	    (unsigned long)ds.msg_qbytes);
	msgctl(id, IPC_RMID, NULL);
	say("MSG_STAT of the emptied slot: %d", msgctl(id % 32768, MSG_STAT, &ds) < 0 ? -errno : 0);
}

static void info(void)
{
	struct msginfo mi;
	int id = msgget(IPC_PRIVATE, 0600);
	int r;

	snd(id, 1, "12345", 0);
	r = msgctl(0, IPC_INFO, (struct msqid_ds *)&mi);
	say("IPC_INFO: returns >= 0 %d, msgmax %d msgmnb %d msgmni > 0 %d msgssz %d", r >= 0,
	    mi.msgmax, mi.msgmnb, mi.msgmni > 0, mi.msgssz);
	r = msgctl(0, MSG_INFO, (struct msqid_ds *)&mi);
	say("MSG_INFO: returns >= 0 %d, queues >= 1 %d, messages >= 1 %d, bytes >= 5 %d", r >= 0,
	    mi.msgpool >= 1, mi.msgmap >= 1, mi.msgtql >= 5);
	say("IPC_INFO to NULL: %ld", ipc(IPCOP_MSGCTL, 0, IPC_INFO, 0, NULL, 0));
	msgctl(id, IPC_RMID, NULL);
}

/* /proc/sysvipc/msg: the header's first words and our queue's line */
static void procfs(void)
{
	int id = msgget(KEY + 1, IPC_CREAT | 0640), fd, n, found = 0;
	static char buf[8192];
	char *line;

	snd(id, 1, "abcd", 0);
	snd(id, 2, "ef", 0);
	fd = open("/proc/sysvipc/msg", O_RDONLY);
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	buf[n > 0 ? n : 0] = 0;
	say("/proc/sysvipc/msg header starts: %.40s", buf);
	for (line = strchr(buf, '\n'); line && line[1]; line = strchr(line + 1, '\n')) {
		int key, msqid, perms;
		unsigned long cbytes, qnum, lspid;

		if (sscanf(line + 1, "%d %d %o %lu %lu %lu", &key, &msqid, &perms, &cbytes, &qnum,
			   &lspid) == 6 &&
		    key == KEY + 1) {
			found = 1;
			say("  our line: id matches %d perms %o cbytes %lu qnum %lu lspid me %d",
			    msqid == id, perms, cbytes, qnum, lspid == (unsigned long)getpid());
		}
	}
	say("  found %d", found);
	msgctl(id, IPC_RMID, NULL);
}

static void sysctls(void)
{
	const char *names[] = { "msgmax", "msgmnb", "sem", "shmmax", "shmall", "shmmni" };
	char path[64], buf[128];
	unsigned int i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		int fd, n;

		snprintf(path, sizeof(path), "/proc/sys/kernel/%s", names[i]);
		fd = open(path, O_RDONLY);
		n = fd < 0 ? -1 : read(fd, buf, sizeof(buf) - 1);
		close(fd);
		buf[n > 0 ? n - 1 : 0] = 0;
		say("%s: %s", path, buf);
	}
	say("/proc/sys/kernel/msgmni readable: %d", access("/proc/sys/kernel/msgmni", R_OK) == 0);
}

static void msgmax_tunable(void)
{
	int id = msgget(IPC_PRIVATE, 0600), fd;
	struct msg m = { .mtype = 1 };

	fd = open("/proc/sys/kernel/msgmax", O_WRONLY);
	say("write msgmax 16: %d", (int)write(fd, "16\n", 3) == 3);
	close(fd);
	say("  msgsnd 17 bytes: %d", msgsnd(id, &m, 17, 0) ? -errno : 0);
	say("  msgsnd 16 bytes: %d", msgsnd(id, &m, 16, 0) ? -errno : 0);
	fd = open("/proc/sys/kernel/msgmax", O_WRONLY);
	write(fd, "8192\n", 5);
	close(fd);
	msgctl(id, IPC_RMID, NULL);
}

int main(void)
{
	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL); /* Linux's initramfs has no /proc yet */
	keys();
	types();
	bad_inputs();
	multiplexer();
	full_queue();
	blocking();
	small_receiver();
	interrupted(0);
	interrupted(1);
	removed_sender();
	permissions();
	revoked();
	msg_stat();
	info();
	procfs();
	sysctls();
	msgmax_tunable();
	return 0;
}
