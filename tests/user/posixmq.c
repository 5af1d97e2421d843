/*
 * posixmq.c - POSIX message queues through glibc (mq_open, mq_send...,
 * system calls 277-282) and raw calls: mq_open's names, flags, attributes
 * and errors, the defaults and the /proc/sys/fs/mqueue limits, priority
 * order, O_NONBLOCK, timeouts, children blocked in receive and send, a
 * signal interrupting a wait (with and without SA_RESTART), mq_getattr and
 * mq_setattr, mq_notify by signal and SIGEV_NONE and when it does not
 * fire, the limits for another user (queues_max, RLIMIT_MSGQUEUE), and
 * the mqueue file system mounted at /dev/mqueue. Descriptors and pids
 * differ between kernels: only facts about them are printed.
 */
#define _GNU_SOURCE
#include "usertest.h"
#include <mqueue.h>
#include <poll.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statfs.h>

#define Q "/posixmq-test"
#define Q2 "/posixmq-other"
#define NOBODY 65534

static int e(int r)
{
	return r < 0 ? -errno : r;
}

static mqd_t open_attr(const char *name, int oflag, long maxmsg, long msgsize)
{
	struct mq_attr a = { .mq_maxmsg = maxmsg, .mq_msgsize = msgsize };

	return mq_open(name, oflag, 0600, &a);
}

/* mq_receive into a big buffer: "'text' prio P" or the errno */
static const char *rcv(mqd_t q, const struct timespec *abs)
{
	static char out[128];
	char buf[8192];
	unsigned int prio = 99;
	ssize_t n;

	if (abs)
		n = mq_timedreceive(q, buf, sizeof(buf), &prio, abs);
	else
		n = mq_receive(q, buf, sizeof(buf), &prio);
	if (n < 0)
		snprintf(out, sizeof(out), "%d", -errno);
	else
		snprintf(out, sizeof(out), "'%.*s' prio %u", (int)n, buf, prio);
	return out;
}

static int snd(mqd_t q, const char *text, unsigned int prio)
{
	return mq_send(q, text, strlen(text), prio) ? -errno : 0;
}

static const char *attr_of(mqd_t q)
{
	static char out[128];
	struct mq_attr a;

	if (mq_getattr(q, &a))
		snprintf(out, sizeof(out), "%d", -errno);
	else
		snprintf(out, sizeof(out), "flags %#lx maxmsg %ld msgsize %ld curmsgs %ld",
			 a.mq_flags, a.mq_maxmsg, a.mq_msgsize, a.mq_curmsgs);
	return out;
}

static void read_sysctl(const char *name, char *out, size_t size)
{
	char path[128];
	int fd, n;

	snprintf(path, sizeof(path), "/proc/sys/fs/mqueue/%s", name);
	fd = open(path, O_RDWR);
	n = fd < 0 ? -1 : read(fd, out, size - 1);
	out[n > 0 ? n - 1 : 0] = 0; /* without the newline */
	if (fd >= 0)
		close(fd);
}

static void write_sysctl(const char *name, const char *val)
{
	char path[128];
	int fd;

	snprintf(path, sizeof(path), "/proc/sys/fs/mqueue/%s", name);
	fd = open(path, O_WRONLY);
	if (fd < 0 || write(fd, val, strlen(val)) < 0)
		say("write %s: %d", path, -errno);
	close(fd);
}

static struct timespec in_ms(long ms)
{
	struct timespec t;

	clock_gettime(CLOCK_REALTIME, &t);
	t.tv_nsec += (ms % 1000) * 1000000L;
	t.tv_sec += ms / 1000 + t.tv_nsec / 1000000000L;
	t.tv_nsec %= 1000000000L;
	return t;
}

static long long now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return ts_ns(&t) / 1000000;
}

static void names_and_flags(void)
{
	char name[300];
	mqd_t q;

	say("mq_open, no queue: %d", e(mq_open(Q, O_RDWR)));
	q = mq_open(Q, O_RDWR | O_CREAT | O_EXCL, 0640, NULL);
	say("mq_open O_CREAT|O_EXCL: %s, close-on-exec %d", q >= 0 ? "a descriptor" : "failed",
	    fcntl(q, F_GETFD));
	say("defaults: %s", attr_of(q));
	say("again O_CREAT|O_EXCL: %d", e(mq_open(Q, O_RDWR | O_CREAT | O_EXCL, 0640, NULL)));
	say("again O_CREAT: %s",
	    mq_open(Q, O_RDWR | O_CREAT, 0640, NULL) >= 0 ? "opened" : "failed");
	say("O_RDWR|O_WRONLY: %d", e(mq_open(Q, O_RDWR | O_WRONLY)));
	say("name without '/': %d", e(mq_open("posixmq-test", O_RDWR)));
	say("name \"/a/b\": %d", e(mq_open("/a/b", O_RDWR | O_CREAT, 0600, NULL)));
	say("name \"/\": %d", e(mq_open("/", O_RDWR | O_CREAT, 0600, NULL)));
	memset(name, 'n', sizeof(name));
	name[0] = '/';
	name[257] = 0; /* 256 characters after the '/' */
	say("a 256-character name: %d", e(mq_open(name, O_RDWR | O_CREAT, 0600, NULL)));
	name[256] = 0;
	q = mq_open(name, O_RDWR | O_CREAT, 0600, NULL);
	say("a 255-character name: %s, unlink %d", q >= 0 ? "made" : "failed", e(mq_unlink(name)));
	mq_close(q);
	say("mq_unlink, no queue: %d", e(mq_unlink(Q2)));
	say("maxmsg 0: %d", e(open_attr(Q2, O_RDWR | O_CREAT, 0, 16)));
	say("maxmsg -1: %d", e(open_attr(Q2, O_RDWR | O_CREAT, -1, 16)));
	say("msgsize 0: %d", e(open_attr(Q2, O_RDWR | O_CREAT, 4, 0)));
	say("maxmsg 40000 (root): %d", e(open_attr(Q2, O_RDWR | O_CREAT, 40000, 1)));
	q = open_attr(Q2, O_RDWR | O_CREAT | O_EXCL, 11, 9000);
	say("maxmsg 11 msgsize 9000 (root: past the limits): %s", attr_of(q));
	mq_close(q);
	say("unlink it: %d", e(mq_unlink(Q2)));
	say("open it now: %d", e(mq_open(Q2, O_RDWR)));
}

/* With every descriptor taken, mq_open is -EMFILE, before it looks at the name */
static void no_descriptor_child(void *arg)
{
	int fd = dup(0);
	struct rlimit rl = { fd, fd };

	setrlimit(RLIMIT_NOFILE, &rl);
	say("no descriptor left: mq_open %d, with O_CREAT %d", e(mq_open(Q, O_RDONLY)),
	    e(mq_open(Q2, O_RDWR | O_CREAT, 0600, NULL)));
}

static void limits(void)
{
	char a[32], b[32], c[32];

	read_sysctl("queues_max", a, sizeof(a));
	read_sysctl("msg_max", b, sizeof(b));
	read_sysctl("msgsize_max", c, sizeof(c));
	say("/proc/sys/fs/mqueue: queues_max %s msg_max %s msgsize_max %s", a, b, c);
	write_sysctl("msg_max", "3");
	mq_unlink(Q2);
	say("after msg_max=3, the default queue: %s",
	    attr_of(mq_open(Q2, O_RDWR | O_CREAT | O_EXCL, 0600, NULL)));
	mq_unlink(Q2);
	write_sysctl("msg_max", "10");
	read_sysctl("msg_max", b, sizeof(b));
	say("msg_max back to %s", b);
	run_in_child("RLIMIT_NOFILE", no_descriptor_child, NULL);
	say("  so nothing was made: %d", e(mq_unlink(Q2)));
}

static void order(void)
{
	mqd_t q = mq_open(Q, O_RDWR);
	static const struct {
		const char *text;
		unsigned int prio;
	} msgs[] = { { "p1-first", 1 },	 { "p5-first", 5 },  { "p0", 0 },
		     { "p5-second", 5 }, { "p1-second", 1 }, { "p31", 31 } };
	char big[8193];
	unsigned int i;

	for (i = 0; i < sizeof(msgs) / sizeof(msgs[0]); i++)
		if (snd(q, msgs[i].text, msgs[i].prio))
			say("send %s: %d", msgs[i].text, -errno);
	say("six sent: %s", attr_of(q));
	for (i = 0; i < sizeof(msgs) / sizeof(msgs[0]); i++)
		say("receive: %s", rcv(q, NULL));
	say("prio 32767: %d", snd(q, "top", 32767));
	say("prio 32768: %d", snd(q, "over", 32768));
	say("receive: %s", rcv(q, NULL));
	memset(big, 'x', sizeof(big));
	say("send 8193 bytes: %d", e(mq_send(q, big, 8193, 0)));
	say("send 8192 bytes: %d", e(mq_send(q, big, 8192, 0)));
	say("receive into 8191 bytes: %d", e(mq_receive(q, big, 8191, NULL)));
	say("receive into 8192 bytes: %d", e(mq_receive(q, big, 8192, NULL)));
	say("send an empty message: %d", e(mq_send(q, "", 0, 3)));
	say("receive: %s", rcv(q, NULL));
	mq_close(q);
}

static void modes_and_timeouts(void)
{
	mqd_t rd = mq_open(Q, O_RDONLY), wr = mq_open(Q, O_WRONLY | O_NONBLOCK);
	struct timespec past = { .tv_sec = 1, .tv_nsec = 0 }, bad = { 0, 1000000000L }, soon;
	int fds[2], i, r = 0;
	long long t0;

	say("send on O_RDONLY: %d", snd(rd, "x", 0));
	say("receive on O_WRONLY: %s", rcv(wr, NULL));
	pipe(fds);
	say("send to a pipe: %d; to -1: %d", snd(fds[0], "x", 0), snd(-1, "x", 0));
	close(fds[0]);
	close(fds[1]);
	say("O_NONBLOCK: %s", attr_of(wr));
	for (i = 0; i < 10 && !r; i++)
		r = snd(wr, "fill", 0);
	say("ten sent: %d; the eleventh, O_NONBLOCK: %d", r, snd(wr, "more", 0));
	say("eleventh, blocking, deadline passed: %d",
	    e(mq_timedsend(mq_open(Q, O_WRONLY), "more", 4, 0, &past)));
	say("eleventh, blocking, bad deadline: %d",
	    e(mq_timedsend(mq_open(Q, O_WRONLY), "more", 4, 0, &bad)));
	say("receive with a bad deadline, not waiting: %s", rcv(rd, &bad));
	while (mq_timedreceive(rd, (char[8192]){ 0 }, 8192, NULL, &past) >= 0)
		;
	say("drained: %s", attr_of(rd));
	say("receive, deadline passed: %s", rcv(rd, &past));
	say("receive, bad deadline: %s", rcv(rd, &bad));
	soon = in_ms(100);
	t0 = now_ms();
	say("receive, deadline in 100 ms: %s", rcv(rd, &soon));
	say("  waited at least 90 ms: %d", now_ms() - t0 >= 90);
	mq_setattr(rd, &(struct mq_attr){ .mq_flags = O_NONBLOCK }, NULL);
	say("receive, O_NONBLOCK set by mq_setattr: %s", rcv(rd, NULL));
	mq_close(rd);
	mq_close(wr);
}

static void attrs(void)
{
	mqd_t q = mq_open(Q, O_RDWR);
	struct mq_attr set = { .mq_flags = O_NONBLOCK, .mq_maxmsg = 99 }, old;
	int r;

	snd(q, "one", 1);
	r = e(mq_setattr(q, &set, &old));
	say("mq_setattr O_NONBLOCK: %d, old flags %#lx maxmsg %ld curmsgs %ld", r, old.mq_flags,
	    old.mq_maxmsg, old.mq_curmsgs);
	say("now: %s", attr_of(q));
	set.mq_flags = O_NONBLOCK | O_APPEND;
	say("mq_flags O_NONBLOCK|O_APPEND: %d", e(mq_setattr(q, &set, NULL)));
	say("raw mq_getsetattr(q, NULL, NULL): %ld", sys(SYS_mq_getsetattr, q, 0, 0, 0));
	say("raw mq_getsetattr on a bad descriptor: %ld", sys(SYS_mq_getsetattr, 99, 0, 0, 0));
	say("raw mq_getsetattr on stdout: %ld", sys(SYS_mq_getsetattr, 1, 0, 0, 0));
	set.mq_flags = 0;
	mq_setattr(q, &set, NULL);
	say("O_NONBLOCK cleared: %s", attr_of(q));
	say("receive: %s", rcv(q, NULL));
	mq_close(q);
}

static void receive_in_child(void *arg)
{
	mqd_t q = mq_open(Q, O_RDONLY);
	long long t0 = now_ms();
	const char *got = rcv(q, NULL);

	say("child: received %s after waiting: %d", got, now_ms() - t0 >= 100);
}

static void send_in_child(void *arg)
{
	mqd_t q = mq_open(Q, O_WRONLY);
	long long t0 = now_ms();
	int r = snd(q, "from the child", 2);

	say("child: send %d after waiting: %d", r, now_ms() - t0 >= 100);
}

static volatile int handled;

static void on_usr1(int sig)
{
	handled++;
}

static void interrupted_child(void *arg)
{
	mqd_t q = mq_open(Q, O_RDONLY);
	int restart = *(int *)arg;
	const char *got;

	on_signal(SIGUSR1, on_usr1, NULL, restart ? SA_RESTART : 0);
	got = rcv(q, NULL);
	say("child (%s): receive %s, handler ran %d", restart ? "SA_RESTART" : "no SA_RESTART", got,
	    handled);
}

/*
 * Fork @fn, let it block for 200 ms, then do @then; wait for the child
 * (which prints its own line) and print what @then reported after it
 */
static void with_blocked_child(const char *what, void (*fn)(void *), void *arg,
			       const char *(*then)(pid_t))
{
	const char *did;
	int status;
	pid_t pid = fork();

	if (pid == 0) {
		fn(arg);
		_exit(0);
	}
	usleep(200000);
	did = then(pid);
	waitpid(pid, &status, 0);
	say("%s: child exit %d; parent: %s", what, WEXITSTATUS(status), did);
}

/* A descriptor send_wake uses if set: a close by a registered process would end its registration */
static mqd_t wake_q = -1;

static const char *send_wake(pid_t pid)
{
	static char out[64];
	mqd_t q = wake_q >= 0 ? wake_q : mq_open(Q, O_WRONLY);

	snprintf(out, sizeof(out), "send 'wake' prio 7: %d", snd(q, "wake", 7));
	if (q != wake_q)
		mq_close(q);
	return out;
}

static const char *take_one(pid_t pid)
{
	static char out[160];
	mqd_t q = mq_open(Q, O_RDONLY);

	snprintf(out, sizeof(out), "receive %s", rcv(q, NULL));
	mq_close(q);
	return out;
}

static const char *kill_usr1(pid_t pid)
{
	return kill(pid, SIGUSR1) ? "kill failed" : "SIGUSR1";
}

static const char *kill_then_send(pid_t pid)
{
	kill(pid, SIGUSR1);
	usleep(200000);
	return send_wake(pid);
}

static void blocking(void)
{
	mqd_t q = mq_open(Q, O_RDWR);
	int i, restart;

	with_blocked_child("receive", receive_in_child, NULL, send_wake);
	say("after the hand-over: %s", attr_of(q));
	for (i = 0; i < 10; i++)
		snd(q, i < 5 ? "low" : "high", i < 5 ? 1 : 3);
	with_blocked_child("send", send_in_child, NULL, take_one);
	say("full again: %s", attr_of(q));
	for (i = 0; i < 10; i++)
		say("  receive: %s", rcv(q, NULL));
	restart = 0;
	with_blocked_child("signal", interrupted_child, &restart, kill_usr1);
	restart = 1;
	with_blocked_child("signal", interrupted_child, &restart, kill_then_send);
	mq_close(q);
}

static volatile int notified, n_code, n_pid, n_uid, n_value;

static void on_usr2(int sig, siginfo_t *si, void *uc)
{
	notified = sig;
	n_code = si->si_code;
	n_pid = si->si_pid;
	n_uid = si->si_uid;
	n_value = si->si_value.sival_int;
}

static int notify_signal(mqd_t q, int sig, int value)
{
	struct sigevent ev;

	memset(&ev, 0, sizeof(ev));
	ev.sigev_notify = SIGEV_SIGNAL;
	ev.sigev_signo = sig;
	ev.sigev_value.sival_int = value;
	return e(mq_notify(q, &ev));
}

static int notify_none(mqd_t q)
{
	struct sigevent ev;

	memset(&ev, 0, sizeof(ev));
	ev.sigev_notify = SIGEV_NONE;
	return e(mq_notify(q, &ev));
}

static void notify_in_child(void *arg)
{
	say("child: mq_notify while the parent is registered: %d",
	    notify_signal(mq_open(Q, O_RDONLY), SIGUSR2, 1));
}

/* The queue's line in the mounted file system; NOTIFY_PID shown as "parent" if it is @parent */
static void print_file(const char *what, pid_t parent)
{
	char buf[128], pid[16], *p;
	int fd = open("/dev/mqueue" Q, O_RDONLY), n;

	n = fd < 0 ? -errno : read(fd, buf, sizeof(buf) - 1);
	if (fd >= 0)
		close(fd);
	if (n < 0) {
		say("%s: %d", what, n);
		return;
	}
	buf[n] = 0;
	if (n && buf[n - 1] == '\n')
		buf[n - 1] = 0;
	snprintf(pid, sizeof(pid), "%d", parent);
	p = strstr(buf, "NOTIFY_PID:");
	if (p && strlen(pid) >= 2 && !strncmp(p + 11, pid, strlen(pid))) {
		memcpy(p + 11, "me", 2);
		memset(p + 13, ' ', strlen(pid) - 2);
	}
	say("%s: '%s'", what, buf);
}

static void print_file_child(void *what)
{
	print_file(what, getppid());
}

/*
 * The queue's line, read by a child: a close by the registered process
 * itself would end its registration (mqueue_flush_file)
 */
static void show_file(const char *what)
{
	int status;
	pid_t pid = fork();

	if (pid == 0) {
		print_file_child((void *)what);
		_exit(0);
	}
	waitpid(pid, &status, 0);
}

static void notify_received(void)
{
	say("  signal %d code %d pid %s uid %d value %d", notified, n_code,
	    n_pid == getpid() ? "me" : "other", n_uid, n_value);
	notified = n_code = n_pid = n_uid = n_value = 0;
}

static void notify_thread_raw(mqd_t q)
{
	struct sigevent ev;
	char cookie[32];
	int sv[2];

	memset(&ev, 0, sizeof(ev));
	ev.sigev_notify = SIGEV_THREAD;
	ev.sigev_value.sival_ptr = cookie;
	ev.sigev_signo = 99;
	say("raw SIGEV_THREAD, no descriptor %d: %ld", ev.sigev_signo,
	    sys(SYS_mq_notify, q, (long)&ev, 0, 0));
	ev.sigev_signo = q;
	say("raw SIGEV_THREAD, the queue's descriptor: %ld",
	    sys(SYS_mq_notify, q, (long)&ev, 0, 0));
	socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	ev.sigev_signo = sv[0];
	say("raw SIGEV_THREAD, a unix socket: %ld", sys(SYS_mq_notify, q, (long)&ev, 0, 0));
	close(sv[0]);
	close(sv[1]);
	ev.sigev_value.sival_ptr = NULL;
	say("raw SIGEV_THREAD, cookie at NULL: %ld", sys(SYS_mq_notify, q, (long)&ev, 0, 0));
}

static void thread_fn(union sigval v)
{
}

static void notify_thread_glibc(mqd_t q)
{
	struct sigevent ev;

	memset(&ev, 0, sizeof(ev));
	ev.sigev_notify = SIGEV_THREAD;
	ev.sigev_notify_function = thread_fn;
	say("glibc mq_notify SIGEV_THREAD: %d", e(mq_notify(q, &ev)));
	mq_notify(q, NULL);
}

static void notify_errors(mqd_t q)
{
	struct sigevent ev;

	memset(&ev, 0, sizeof(ev));
	ev.sigev_notify = 99;
	say("sigev_notify 99: %d", e(mq_notify(q, &ev)));
	say("SIGEV_SIGNAL signal 65: %d", notify_signal(q, 65, 0));
	say("mq_notify on stdout: %d", notify_signal(1, SIGUSR2, 0));
	notify_thread_raw(q);
	notify_thread_glibc(q);
}

static void notify_fires(mqd_t q)
{
	say("mq_notify SIGUSR2 value 42: %d", notify_signal(q, SIGUSR2, 42));
	show_file("registered");
	say("again: %d", notify_signal(q, SIGUSR2, 42));
	run_in_child("child", notify_in_child, NULL);
	print_file("read by the registered process itself", getpid());
	say("  and closed: register again: %d", notify_signal(q, SIGUSR2, 42));
	say("send to the empty queue: %d", snd(q, "ping", 0));
	notify_received();
	show_file("after the notification");
	say("registration gone, register again: %d", notify_signal(q, SIGUSR2, 43));
	say("send to a non-empty queue: %d", snd(q, "pong", 0));
	say("  signal: %d", notified);
	rcv(q, NULL);
	rcv(q, NULL);
	say("send to the drained queue: %d", snd(q, "ping", 0));
	notify_received();
	rcv(q, NULL);
}

static void notify_not_with_receiver(mqd_t q)
{
	say("register: %d", notify_signal(q, SIGUSR2, 44));
	wake_q = q;
	with_blocked_child("receive while registered", receive_in_child, NULL, send_wake);
	wake_q = -1;
	say("  no signal: %d", notified);
	say("  still registered: %d", notify_signal(q, SIGUSR2, 44));
	say("mq_notify(NULL): %d", e(mq_notify(q, NULL)));
	say("register again: %d", notify_signal(q, SIGUSR2, 45));
	mq_notify(q, NULL);
}

static void notify_close_and_none(mqd_t q)
{
	mqd_t q2 = mq_open(Q, O_RDONLY);

	say("register on a second descriptor: %d", notify_signal(q2, SIGUSR2, 46));
	mq_close(q2);
	say("closed it; register on the first: %d", notify_signal(q, SIGUSR2, 47));
	mq_notify(q, NULL);
	say("SIGEV_NONE: %d", notify_none(q));
	show_file("SIGEV_NONE");
	say("send: %d", snd(q, "quiet", 0));
	say("  signal: %d", notified);
	show_file("after it");
	rcv(q, NULL);
}

static void notify(void)
{
	mqd_t q = mq_open(Q, O_RDWR);

	on_signal(SIGUSR2, NULL, on_usr2, 0);
	notify_errors(q);
	notify_fires(q);
	notify_not_with_receiver(q);
	notify_close_and_none(q);
	mq_close(q);
}

static void as_nobody(void *arg)
{
	struct rlimit rl;
	char name[32];
	int i, r = 0;
	mqd_t fds[20];

	if (setgid(NOBODY) || setuid(NOBODY))
		say("setuid: %d", -errno);
	say("nobody: open root's 0640 queue O_RDONLY: %d", e(mq_open(Q, O_RDONLY)));
	say("nobody: unlink it: %d", e(mq_unlink(Q)));
	say("nobody: maxmsg 11: %d", e(open_attr(Q2, O_RDWR | O_CREAT, 11, 16)));
	say("nobody: msgsize 8193: %d", e(open_attr(Q2, O_RDWR | O_CREAT, 4, 8193)));
	getrlimit(RLIMIT_MSGQUEUE, &rl);
	say("nobody: RLIMIT_MSGQUEUE %ld", (long)rl.rlim_cur);
	for (i = 0; i < 20 && r >= 0; i++) {
		snprintf(name, sizeof(name), "/posixmq-n%d", i);
		r = fds[i] = e(open_attr(name, O_RDWR | O_CREAT | O_EXCL, 10, 8192));
	}
	say("nobody: queues of 10 x 8192 bytes: %d made, then %d", i - 1, r);
	while (--i > 0) {
		snprintf(name, sizeof(name), "/posixmq-n%d", i - 1);
		mq_unlink(name);
	}
	say("nobody: unlinked, still open, one more: %d",
	    e(open_attr(Q2, O_RDWR | O_CREAT, 10, 8192)));
	for (i = 0; i < 9; i++)
		mq_close(fds[i]);
	say("nobody: closed, one more: %s",
	    open_attr(Q2, O_RDWR | O_CREAT, 10, 8192) >= 0 ? "made" : "failed");
	mq_unlink(Q2);
}

static void queues_max_child(void *arg)
{
	if (setgid(NOBODY) || setuid(NOBODY))
		say("setuid: %d", -errno);
	say("nobody: a second queue past queues_max 1: %d",
	    e(open_attr(Q2, O_RDWR | O_CREAT, 4, 16)));
}

static void other_user(void)
{
	run_in_child("nobody", as_nobody, NULL);
	write_sysctl("queues_max", "1");
	run_in_child("queues_max", queues_max_child, NULL);
	say("root, past queues_max 1: %s",
	    open_attr(Q2, O_RDWR | O_CREAT, 4, 16) >= 0 ? "made" : "failed");
	mq_unlink(Q2);
	write_sysctl("queues_max", "256");
}

static int mount_it(void)
{
	if (getuid() != 0) {
		say("not root: no mount");
		return -1;
	}
	mkdir("/dev/mqueue", 0755);
	say("mount -t mqueue none /dev/mqueue: %d",
	    e(mount("none", "/dev/mqueue", "mqueue", 0, NULL)));
	return 0;
}

static void mounted(void)
{
	mqd_t q = mq_open(Q, O_RDWR);
	struct pollfd pfd = { .fd = q, .events = POLLIN | POLLOUT };
	struct statfs sfs;
	struct stat st;

	statfs("/dev/mqueue", &sfs);
	say("statfs: f_type %#lx", (unsigned long)sfs.f_type);
	stat("/dev/mqueue", &st);
	say("the directory: mode %o size %ld", st.st_mode, (long)st.st_size);
	stat("/dev/mqueue" Q, &st);
	say("the queue: mode %o size %ld uid %d", st.st_mode, (long)st.st_size, st.st_uid);
	show_file("empty");
	poll(&pfd, 1, 0);
	say("poll empty: %#x", pfd.revents);
	snd(q, "twelve bytes", 3);
	snd(q, "seven..", 9);
	show_file("19 bytes in two messages");
	poll(&pfd, 1, 0);
	say("poll: %#x", pfd.revents);
	rcv(q, NULL);
	rcv(q, NULL);
	mq_close(q);
	say("rm /dev/mqueue" Q ": %d", e(unlink("/dev/mqueue" Q)));
	say("mq_open it: %d", e(mq_open(Q, O_RDWR)));
	q = mq_open(Q, O_RDWR | O_CREAT, 0640, NULL);
	say("umount: %d", e(umount("/dev/mqueue")));
	rmdir("/dev/mqueue");
	mq_close(q);
}

int main(void)
{
	alarm(100); /* a hang ends the program, not the whole run */
	umask(022);
	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL); /* Linux's initramfs has no /proc yet */
	mq_unlink(Q);
	mq_unlink(Q2);
	names_and_flags();
	limits();
	order();
	modes_and_timeouts();
	attrs();
	blocking();
	if (mount_it() == 0) {
		notify();
		mounted();
	}
	other_user();
	say("mq_unlink: %d", e(mq_unlink(Q)));
	say("again: %d", e(mq_unlink(Q)));
	return 0;
}
