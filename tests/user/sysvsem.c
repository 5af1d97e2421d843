/*
 * sysvsem.c - System V semaphore sets through glibc (on i386: the ipc
 * multiplexer) and through ipc() itself: semget's rules, semctl's
 * values and records, semop's all-or-nothing lists, IPC_NOWAIT, waits
 * for a value and for zero in a child (GETNCNT, GETZCNT), semtimedop's
 * timeout, a signal and a removal waking sleepers, SEM_UNDO applied at
 * exit and at a kill and shared by threads (CLONE_SYSVSEM), -ERANGE,
 * permissions as another user and /proc/sysvipc/sem. Ids differ between
 * kernels: only facts about them are printed.
 */
#define _GNU_SOURCE
#include "usertest.h"
#include <pthread.h>
#include <sys/ipc.h>
#include <sys/sem.h>
#include <sys/mount.h>
#include <sys/stat.h>

#define KEY 0x4c4e5301
#define IPCOP_SEMOP 1
#define IPCOP_SEMGET 2
#define IPCOP_SEMCTL 3
#define IPCOP_SEMTIMEDOP 4
#define KPTR 0xc0001000L

union semun {
	int val;
	struct semid_ds *buf;
	unsigned short *array;
	struct seminfo *__buf;
};

static long ipc(long call, long first, long second, long third, void *ptr, long fifth)
{
	long r = syscall(SYS_ipc, call, first, second, third, ptr, fifth);

	return r == -1 ? -errno : r;
}

static int ctl(int id, int num, int cmd, long arg)
{
	union semun u;
	int r;

	u.buf = (struct semid_ds *)arg; /* the whole union: a pointer or the int */
	if (cmd == SETVAL)
		u.val = arg;
	r = semctl(id, num, cmd, u);
	return r < 0 ? -errno : r;
}

static int op(int id, unsigned short num, short val, short flg)
{
	struct sembuf sb = { num, val, flg };

	return semop(id, &sb, 1) ? -errno : 0;
}

static const char *vals(int id)
{
	static char out[64];
	unsigned short v[3] = { 9, 9, 9 };
	int r = ctl(id, 0, GETALL, (long)v);

	snprintf(out, sizeof(out), "%d: %u %u %u", r, v[0], v[1], v[2]);
	return out;
}

static void getting(void)
{
	int a, p;

	say("semget(KEY, 3, 0), no set: %d", semget(KEY, 3, 0) < 0 ? -errno : 0);
	say("semget(IPC_PRIVATE, -1): %d", semget(IPC_PRIVATE, -1, 0600) < 0 ? -errno : 0);
	say("semget(IPC_PRIVATE, 0): %d", semget(IPC_PRIVATE, 0, 0600) < 0 ? -errno : 0);
	say("semget(IPC_PRIVATE, 100000): %d", semget(IPC_PRIVATE, 100000, 0600) < 0 ? -errno : 0);
	a = semget(KEY, 3, IPC_CREAT | 0640);
	say("semget(KEY, 3, IPC_CREAT|0640): %s", a >= 0 ? "id" : "error");
	say("semget(KEY, 0): same id %d", semget(KEY, 0, 0) == a);
	say("semget(KEY, 2): same id %d", semget(KEY, 2, 0) == a);
	say("semget(KEY, 4) (more than it has): %d", semget(KEY, 4, 0) < 0 ? -errno : 0);
	say("IPC_CREAT|IPC_EXCL: %d", semget(KEY, 3, IPC_CREAT | IPC_EXCL | 0600) < 0 ? -errno : 0);
	p = ipc(IPCOP_SEMGET, IPC_PRIVATE, 2, 0600, NULL, 0);
	say("ipc(SEMGET) private: %s, differs %d", p >= 0 ? "id" : "error", p != a);
	ctl(p, 0, IPC_RMID, 0);
	ctl(a, 0, IPC_RMID, 0);
}

static void values(void)
{
	int id = semget(IPC_PRIVATE, 3, 0600);
	unsigned short set[3] = { 1, 2, 3 }, bad[3] = { 1, 40000, 3 };
	struct semid_ds ds;
	int r;

	say("new set: GETALL %s", vals(id));
	r = ctl(id, 0, SETVAL, 5);
	say("SETVAL 0 5: %d; GETVAL %d; GETPID me %d", r, ctl(id, 0, GETVAL, 0),
	    ctl(id, 0, GETPID, 0) == getpid());
	say("GETPID of an untouched semaphore: %d", ctl(id, 1, GETPID, 0));
	r = ctl(id, 0, SETALL, (long)set);
	say("SETALL 1 2 3: %d; GETALL %s", r, vals(id));
	say("SETVAL 32767: %d", ctl(id, 2, SETVAL, 32767));
	say("SETVAL 32768: %d", ctl(id, 2, SETVAL, 32768));
	say("SETVAL -1: %d", ctl(id, 2, SETVAL, -1));
	r = ctl(id, 0, SETALL, (long)bad);
	say("SETALL with 40000: %d; GETALL %s", r, vals(id));
	say("GETVAL semnum 3: %d; semnum -1: %d", ctl(id, 3, GETVAL, 0), ctl(id, -1, GETVAL, 0));
	say("GETALL to a kernel pointer: %d", ctl(id, 0, GETALL, KPTR));
	say("SETALL from NULL: %d", ctl(id, 0, SETALL, 0));
	say("GETNCNT %d GETZCNT %d", ctl(id, 0, GETNCNT, 0), ctl(id, 0, GETZCNT, 0));
	say("IPC_STAT: %d", ctl(id, 0, IPC_STAT, (long)&ds));
	say("  nsems %lu mode %o otime 0 %d ctime set %d", (unsigned long)ds.sem_nsems,
	    ds.sem_perm.mode, ds.sem_otime == 0, ds.sem_ctime != 0);
	say("ipc(SEMCTL, IPC_STAT|IPC_64) to a kernel pointer: %ld",
	    ipc(IPCOP_SEMCTL, id, 0, IPC_STAT | 0x100, &(long){ KPTR }, 0));
	say("ipc(SEMCTL) with the union at a kernel address: %ld",
	    ipc(IPCOP_SEMCTL, id, 0, GETVAL, (void *)KPTR, 0));
	say("command 99: %d", ctl(id, 0, 99, 0));
	say("ipc(SEMCTL) with a NULL pointer to the union: %ld",
	    ipc(IPCOP_SEMCTL, id, 0, GETVAL, NULL, 0));
	say("semctl id -1: %d", ctl(-1, 0, GETVAL, 0));
	ctl(id, 0, IPC_RMID, 0);
	say("GETVAL after IPC_RMID: %d", ctl(id, 0, GETVAL, 0));
}

static void operations(void)
{
	int id = semget(IPC_PRIVATE, 3, 0600);
	struct sembuf two[2] = { { 1, 1, 0 }, { 2, -5, IPC_NOWAIT } };
	struct sembuf many[600];
	struct semid_ds ds;
	long r;

	ctl(id, 0, SETVAL, 1);
	r = op(id, 0, -1, 0);
	say("semop 0 -1: %d; values %s", r, vals(id));
	say("semop 0 -1 IPC_NOWAIT at 0: %d", op(id, 0, -1, IPC_NOWAIT));
	r = semop(id, two, 2) ? -errno : 0;
	say("semop 1 +1, 2 -5 NOWAIT (all or nothing): %d; values %s", r, vals(id));
	two[1].sem_op = 0;
	r = semop(id, two, 2) ? -errno : 0;
	say("semop 1 +1, 2 wait-zero: %d; values %s", r, vals(id));
	say("semop on semaphore 3: %d", op(id, 3, 1, 0));
	say("semop with 0 operations: %d", semop(id, two, 0) ? -errno : 0);
	memset(many, 0, sizeof(many));
	say("semop with 600 operations: %d", semop(id, many, 600) ? -errno : 0);
	say("semop from a kernel pointer: %ld", ipc(IPCOP_SEMOP, id, 1, 0, (void *)KPTR, 0));
	say("semop id -1: %ld", ipc(IPCOP_SEMOP, -1, 1, 0, two, 0));
	ctl(id, 2, SETVAL, 32767);
	r = op(id, 2, 1, 0);
	say("semop 2 +1 at 32767: %ld; values %s", r, vals(id));
	say("semop 2 -32767 then 2 -1 NOWAIT: %d",
	    op(id, 2, -32767, 0) ? -1 : op(id, 2, -1, IPC_NOWAIT));
	r = ipc(IPCOP_SEMOP, id, 1, 0, &(struct sembuf){ 0, 3, 0 }, 0);
	say("ipc(SEMOP) 0 +3: %ld; GETVAL %d", r, ctl(id, 0, GETVAL, 0));
	ctl(id, 0, IPC_STAT, (long)&ds);
	say("otime set after semop: %d", ds.sem_otime != 0);
	ctl(id, 0, IPC_RMID, 0);
}

/* fork a child that runs semop(@num, @val) and exits with its -errno */
static pid_t sleeper(int id, unsigned short num, short val, short flg)
{
	pid_t pid = fork();

	if (pid == 0)
		_exit(-op(id, num, val, flg));
	usleep(200000);
	return pid;
}

static int reap(pid_t pid)
{
	int status;

	waitpid(pid, &status, 0);
	return WIFSIGNALED(status) ? 1000 + WTERMSIG(status) : WEXITSTATUS(status);
}

static void waiting(void)
{
	int id = semget(IPC_PRIVATE, 3, 0600);
	pid_t pid;

	int r;

	pid = sleeper(id, 0, -2, 0);
	say("child waits for 2 on semaphore 0: GETNCNT %d GETZCNT %d", ctl(id, 0, GETNCNT, 0),
	    ctl(id, 0, GETZCNT, 0));
	r = op(id, 0, 1, 0);
	usleep(100000);
	say("  parent adds 1: %d, child still waits: GETNCNT %d", r, ctl(id, 0, GETNCNT, 0));
	op(id, 0, 1, 0);
	r = reap(pid);
	say("  parent adds 1 more: child exit %d; values %s; GETPID is the child %d", r, vals(id),
	    ctl(id, 0, GETPID, 0) == pid);
	ctl(id, 1, SETVAL, 2);
	pid = sleeper(id, 1, 0, 0);
	say("child waits for zero on semaphore 1: GETZCNT %d", ctl(id, 1, GETZCNT, 0));
	op(id, 1, -1, 0);
	say("  parent takes 1: GETZCNT %d", ctl(id, 1, GETZCNT, 0));
	ctl(id, 1, SETVAL, 0);
	say("  SETVAL 0: child exit %d", reap(pid));
	pid = sleeper(id, 2, -1, 0);
	ctl(id, 0, IPC_RMID, 0);
	say("child waiting when the set is removed: exit %d", reap(pid));
}

static void on_alarm(int sig)
{
}

static void timed(void)
{
	int id = semget(IPC_PRIVATE, 1, 0600);
	struct sembuf sb = { 0, -1, 0 };
	struct timespec ts = { 0, 100000000 }, a, b;
	pid_t pid;
	long r;

	clock_gettime(CLOCK_MONOTONIC, &a);
	r = semtimedop(id, &sb, 1, &ts) ? -errno : 0;
	clock_gettime(CLOCK_MONOTONIC, &b);
	say("semtimedop 100 ms on 0: %ld, waited >= 100 ms %d", r,
	    ts_ns(&b) - ts_ns(&a) >= 100000000);
	ts.tv_nsec = 1000000000;
	say("semtimedop tv_nsec 1000000000: %d", semtimedop(id, &sb, 1, &ts) ? -errno : 0);
	ts.tv_nsec = 0;
	ts.tv_sec = -1;
	say("semtimedop tv_sec -1: %d", semtimedop(id, &sb, 1, &ts) ? -errno : 0);
	say("ipc(SEMTIMEDOP) timeout from a kernel pointer: %ld",
	    ipc(IPCOP_SEMTIMEDOP, id, 1, 0, &sb, KPTR));
	ts.tv_sec = 0;
	say("semtimedop 0 s at 0: %d", semtimedop(id, &sb, 1, &ts) ? -errno : 0);
	ctl(id, 0, SETVAL, 1);
	ts.tv_sec = 5;
	say("semtimedop 5 s on 1: %d", semtimedop(id, &sb, 1, &ts) ? -errno : 0);
	pid = fork();
	if (pid == 0) {
		on_signal(SIGALRM, on_alarm, NULL, 0);
		alarm(1);
		_exit(-op(id, 0, -1, 0));
	}
	say("child's semop interrupted by SIGALRM: exit %d", reap(pid));
	pid = fork();
	if (pid == 0) {
		on_signal(SIGALRM, on_alarm, NULL, SA_RESTART);
		alarm(1);
		_exit(-op(id, 0, -1, 0));
	}
	say("  with SA_RESTART: exit %d", reap(pid));
	ctl(id, 0, IPC_RMID, 0);
}

static void undo_child(int id)
{
	op(id, 0, 2, SEM_UNDO);
	op(id, 1, -1, SEM_UNDO);
	op(id, 1, 1, SEM_UNDO);
	op(id, 1, -1, SEM_UNDO);
	_exit(0);
}

static void undo(void)
{
	int id = semget(IPC_PRIVATE, 3, 0600), r;
	pid_t pid;

	ctl(id, 1, SETVAL, 1);
	pid = fork();
	if (pid == 0)
		undo_child(id);
	r = reap(pid);
	say("child: 0 +2, 1 -1 +1 -1 with SEM_UNDO, then exit %d; values %s", r, vals(id));
	pid = fork();
	if (pid == 0) {
		op(id, 1, -1, SEM_UNDO);
		pause();
	}
	usleep(200000);
	say("child holds semaphore 1 (SEM_UNDO): values %s", vals(id));
	kill(pid, SIGKILL);
	r = reap(pid);
	say("  killed: %d; values %s", r, vals(id));
	pid = fork();
	if (pid == 0) {
		op(id, 2, 5, SEM_UNDO);
		pause();
	}
	usleep(200000);
	ctl(id, 2, SETVAL, 7);
	kill(pid, SIGKILL);
	r = reap(pid);
	say("SETVAL 7 while a child's undo says -5; after its death: %d; values %s", r, vals(id));
	pid = fork();
	if (pid == 0) {
		op(id, 0, 3, SEM_UNDO);
		ctl(id, 0, SETVAL, 1);
		_exit(0);
	}
	r = reap(pid);
	say("child: 0 +3 SEM_UNDO, SETVAL 0 1: %d; values %s (SETVAL cleared the undo)", r,
	    vals(id));
	ctl(id, 2, SETVAL, 32767);
	pid = fork();
	if (pid == 0) {
		int a = op(id, 2, -32767, SEM_UNDO); /* its undo total: +32767, the most */
		int b = op(id, 2, 5, 0);

		_exit(a ? 1 : b ? 2 : -op(id, 2, -1, SEM_UNDO)); /* +32768 would be too much */
	}
	r = reap(pid);
	say("an undo total past 32767: exit %d; at exit, 5 + 32767 kept at %s", r, vals(id));
	ctl(id, 0, IPC_RMID, 0);
}

static void *thread_takes(void *arg)
{
	op(*(int *)arg, 0, -1, SEM_UNDO);
	return NULL;
}

/* Threads share one undo list (CLONE_SYSVSEM): a thread's exit does not undo, the process's does */
static void undo_threads(void)
{
	int id = semget(IPC_PRIVATE, 1, 0600), r;
	pthread_t t;
	pid_t pid;

	ctl(id, 0, SETVAL, 1);
	pid = fork();
	if (pid == 0) {
		pthread_create(&t, NULL, thread_takes, &id);
		pthread_join(t, NULL);
		say("  a thread took semaphore 0 with SEM_UNDO and exited: value %d",
		    ctl(id, 0, GETVAL, 0));
		_exit(0);
	}
	r = reap(pid);
	say("its process exited (%d): value %d", r, ctl(id, 0, GETVAL, 0));
	ctl(id, 0, IPC_RMID, 0);
}

static void undo_removed(void)
{
	int id = semget(IPC_PRIVATE, 1, 0600), id2, r;
	pid_t pid = fork();

	if (pid == 0) {
		op(id, 0, 1, SEM_UNDO);
		usleep(400000);
		_exit(0);
	}
	usleep(200000);
	ctl(id, 0, IPC_RMID, 0);
	id2 = semget(IPC_PRIVATE, 1, 0600);
	r = reap(pid);
	say("set removed under a child's undo, a new set made: child exit %d; new set GETVAL %d", r,
	    ctl(id2, 0, GETVAL, 0));
	ctl(id2, 0, IPC_RMID, 0);
}

static void as_user(void *arg)
{
	int id = *(int *)arg;
	struct semid_ds ds;

	setgid(1000);
	setuid(1000);
	say("  uid 1000: semget(KEY, 0, 0): same id %d", semget(KEY, 0, 0) == id);
	say("  uid 1000: semget(KEY, 0, 0600): %d", semget(KEY, 0, 0600) < 0 ? -errno : 0);
	say("  uid 1000: GETVAL: %d", ctl(id, 0, GETVAL, 0));
	say("  uid 1000: wait-for-zero NOWAIT (read): %d", op(id, 0, 0, IPC_NOWAIT));
	say("  uid 1000: semop +1 (write): %d", op(id, 0, 1, 0));
	say("  uid 1000: SETVAL: %d", ctl(id, 0, SETVAL, 1));
	say("  uid 1000: IPC_STAT: %d", ctl(id, 0, IPC_STAT, (long)&ds));
	say("  uid 1000: IPC_SET: %d", ctl(id, 0, IPC_SET, (long)&ds));
	say("  uid 1000: IPC_RMID: %d", ctl(id, 0, IPC_RMID, 0));
}

static void permissions(void)
{
	int id = semget(KEY, 1, IPC_CREAT | 0644);
	struct semid_ds ds;

	run_in_child("as uid 1000", as_user, &id);
	ctl(id, 0, IPC_STAT, (long)&ds);
	ds.sem_perm.mode = 0606;
	say("IPC_SET mode 0606: %d", ctl(id, 0, IPC_SET, (long)&ds));
	ctl(id, 0, IPC_STAT, (long)&ds);
	say("  mode now %o", ds.sem_perm.mode);
	run_in_child("as uid 1000 again", as_user, &id);
	ctl(id, 0, IPC_RMID, 0);
}

/* SEM_STAT takes a slot (id % 32768, what ipcs walks) and returns the id */
static void sem_stat(void)
{
	int id = semget(IPC_PRIVATE, 2, 0600);
	struct semid_ds ds;
	int r = ctl(id % 32768, 0, SEM_STAT, (long)&ds);

	say("SEM_STAT of the id's slot: returns the id %d, nsems %lu", r == id,
	    (unsigned long)ds.sem_nsems);
	ctl(id, 0, IPC_RMID, 0);
	say("SEM_STAT of the emptied slot: %d", ctl(id % 32768, 0, SEM_STAT, (long)&ds));
}

static void info(void)
{
	struct seminfo si;
	int id = semget(IPC_PRIVATE, 3, 0600), r;

	r = ctl(0, 0, IPC_INFO, (long)&si);
	say("IPC_INFO: returns >= 0 %d", r >= 0);
	say("  semmsl %d semmns %d semopm %d semmni %d", si.semmsl, si.semmns, si.semopm,
	    si.semmni);
	say("  semvmx %d semaem %d", si.semvmx, si.semaem);
	r = ctl(0, 0, SEM_INFO, (long)&si);
	say("SEM_INFO: returns >= 0 %d, sets >= 1 %d, semaphores >= 3 %d", r >= 0, si.semusz >= 1,
	    si.semaem >= 3);
	ctl(id, 0, IPC_RMID, 0);
}

static void procfs(void)
{
	int id = semget(KEY + 1, 2, IPC_CREAT | 0604), fd, n, found = 0;
	static char buf[8192];
	char *line;

	fd = open("/proc/sysvipc/sem", O_RDONLY);
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	buf[n > 0 ? n : 0] = 0;
	say("/proc/sysvipc/sem header starts: %.35s", buf);
	for (line = strchr(buf, '\n'); line && line[1]; line = strchr(line + 1, '\n')) {
		int key, semid, perms, nsems;

		if (sscanf(line + 1, "%d %d %o %d", &key, &semid, &perms, &nsems) == 4 &&
		    key == KEY + 1) {
			found = 1;
			say("  our line: id matches %d perms %o nsems %d", semid == id, perms,
			    nsems);
		}
	}
	say("  found %d", found);
	ctl(id, 0, IPC_RMID, 0);
}

int main(void)
{
	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL); /* Linux's initramfs has no /proc yet */
	getting();
	values();
	operations();
	waiting();
	timed();
	undo();
	undo_threads();
	undo_removed();
	permissions();
	sem_stat();
	info();
	procfs();
	return 0;
}
