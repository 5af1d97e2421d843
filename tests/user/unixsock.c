/*
 * unixsock.c - AF_UNIX stream sockets through socketcall(2): socketpair,
 * a named server (bind, listen, connect, accept) on a path and in the
 * abstract namespace, autobind, the names getsockname/getpeername give,
 * EOF and ECONNRESET after the peer closes, EPIPE with SIGPIPE or
 * MSG_NOSIGNAL, MSG_PEEK and MSG_DONTWAIT, a writer blocked on a full
 * send buffer until a child reads, a reader blocked until a child
 * writes, poll/select/epoll readiness, shutdown, fcntl O_NONBLOCK, the
 * SOL_SOCKET options, /proc/net/unix and the errnos of bad calls.
 */
#define _GNU_SOURCE
#include "usertest.h"
#include <poll.h>
#include <stddef.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/ioctl.h>
#include <sys/mount.h>

#define KPTR 0xc0001000L

/* A call's result as the kernel gave it: -errno or the value */
static long chk(long r)
{
	return r < 0 ? -errno : r;
}

static const char *events(int fd)
{
	static char buf[64];
	struct pollfd p = { .fd = fd, .events = POLLIN | POLLOUT | POLLRDHUP };
	int n = poll(&p, 1, 0);

	snprintf(buf, sizeof(buf), "%d:%s%s%s%s%s", n, p.revents & POLLIN ? " IN" : "",
		 p.revents & POLLOUT ? " OUT" : "", p.revents & POLLERR ? " ERR" : "",
		 p.revents & POLLHUP ? " HUP" : "", p.revents & POLLRDHUP ? " RDHUP" : "");
	return buf;
}

/* A sockaddr_un for @path ('@' first: abstract); its length in *len */
static struct sockaddr_un addr_of(const char *path, socklen_t *len)
{
	struct sockaddr_un a;

	memset(&a, 0, sizeof(a));
	a.sun_family = AF_UNIX;
	strcpy(a.sun_path, path);
	*len = offsetof(struct sockaddr_un, sun_path) + strlen(path) + (path[0] != '@');
	if (path[0] == '@')
		a.sun_path[0] = 0;
	return a;
}

/* A name as text: "(unnamed)", "@abstract" or the path, and its length */
static const char *name_str(struct sockaddr_un *a, socklen_t len)
{
	static char buf[160];

	if (len <= sizeof(short))
		snprintf(buf, sizeof(buf), "len %d (unnamed)", (int)len);
	else if (a->sun_path[0] == 0)
		snprintf(buf, sizeof(buf), "len %d @%.*s", (int)len, (int)(len - 3),
			 a->sun_path + 1);
	else
		snprintf(buf, sizeof(buf), "len %d %s", (int)len, a->sun_path);
	return buf;
}

static const char *sockname(int fd, int peer)
{
	struct sockaddr_un a;
	socklen_t len = sizeof(a);
	long r = peer ? chk(getpeername(fd, (struct sockaddr *)&a, &len)) :
			chk(getsockname(fd, (struct sockaddr *)&a, &len));
	static char buf[200];

	if (r)
		snprintf(buf, sizeof(buf), "%ld", r);
	else
		snprintf(buf, sizeof(buf), "%s", name_str(&a, len));
	return buf;
}

static void pair_basics(void)
{
	int sv[2], type = -1;
	socklen_t len = sizeof(type);
	char buf[64], path[64], link[64];
	struct stat st;
	long n;

	say("socketpair(AF_UNIX, SOCK_STREAM): %ld", chk(socketpair(AF_UNIX, SOCK_STREAM, 0, sv)));
	say("  write 5: %ld", chk(write(sv[0], "hello", 5)));
	say("  events of the other end: %s", events(sv[1]));
	n = chk(read(sv[1], buf, sizeof(buf)));
	say("  read: %ld %.*s", n, (int)(n > 0 ? n : 0), buf);
	say("  events after the read: %s", events(sv[1]));
	n = chk(send(sv[1], "abc", 3, 0));
	say("  send 3: %ld", n);
	say("  send 4: %ld", chk(send(sv[1], "defg", 4, 0)));
	say("  recv 64 takes both: %ld", chk(recv(sv[0], buf, 64, 0)));
	say("  recv of empty, MSG_DONTWAIT: %ld", chk(recv(sv[0], buf, 64, MSG_DONTWAIT)));
	say("  read 0 bytes: %ld", chk(read(sv[0], buf, 0)));
	send(sv[0], "peekaboo", 8, 0);
	n = chk(recv(sv[1], buf, 4, MSG_PEEK));
	say("  MSG_PEEK 4: %ld %.4s", n, buf);
	n = chk(recv(sv[1], buf, 64, 0));
	say("  then recv: %ld %.*s", n, (int)(n > 0 ? n : 0), buf);
	getsockopt(sv[0], SOL_SOCKET, SO_TYPE, &type, &len);
	say("  SO_TYPE %d len %d", type, (int)len);
	fstat(sv[0], &st);
	say("  fstat: S_ISSOCK %d mode %o", S_ISSOCK(st.st_mode), st.st_mode & 0777);
	snprintf(path, sizeof(path), "/proc/self/fd/%d", sv[0]);
	n = readlink(path, link, sizeof(link) - 1);
	link[n > 0 ? n : 0] = 0;
	say("  readlink starts socket:[ %d", !strncmp(link, "socket:[", 8));
	say("  open of /proc/self/fd/N: %ld", chk(open(path, O_RDWR)));
	say("  lseek: %ld", chk(lseek(sv[0], 0, SEEK_SET)));
	say("  names: %s / peer %s", sockname(sv[0], 0), sockname(sv[0], 1));
	close(sv[0]);
	close(sv[1]);
}

static void pair_flags(void)
{
	int sv[2];
	char c;

	say("socketpair SOCK_NONBLOCK|SOCK_CLOEXEC: %ld",
	    chk(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, sv)));
	say("  F_GETFL %#lx F_GETFD %ld", chk(fcntl(sv[0], F_GETFL)) & ~0100000L,
	    chk(fcntl(sv[1], F_GETFD)));
	say("  read of empty: %ld", chk(read(sv[0], &c, 1)));
	fcntl(sv[0], F_SETFL, 0);
	say("  after F_SETFL 0, MSG_DONTWAIT recv: %ld", chk(recv(sv[0], &c, 1, MSG_DONTWAIT)));
	close(sv[0]);
	close(sv[1]);
	say("socketpair flags 0x100: %ld", chk(socketpair(AF_UNIX, SOCK_STREAM | 0x100, 0, sv)));
	say("socket type 0x40000: %ld", chk(socket(AF_UNIX, SOCK_STREAM | 0x40000, 0)));
}

static volatile int got_sigpipe;

static void on_pipe(int sig)
{
	got_sigpipe++;
}

static void close_and_eof(void)
{
	int sv[2];
	char buf[16];

	on_signal(SIGPIPE, on_pipe, NULL, 0);
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	write(sv[0], "last", 4);
	close(sv[0]);
	say("peer closed: events %s", events(sv[1]));
	say("  read queued: %ld", chk(read(sv[1], buf, sizeof(buf))));
	say("  read again (EOF): %ld", chk(read(sv[1], buf, sizeof(buf))));
	got_sigpipe = 0;
	say("  write: %ld", chk(write(sv[1], "x", 1)));
	say("  SIGPIPE %d", got_sigpipe);
	got_sigpipe = 0;
	say("  send MSG_NOSIGNAL: %ld", chk(send(sv[1], "x", 1, MSG_NOSIGNAL)));
	say("  SIGPIPE %d", got_sigpipe);
	close(sv[1]);

	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	write(sv[1], "unread", 6);
	close(sv[0]);
	say("closed with unread data: events %s", events(sv[1]));
	say("  read: %ld", chk(read(sv[1], buf, sizeof(buf))));
	say("  read again: %ld", chk(read(sv[1], buf, sizeof(buf))));
	close(sv[1]);
	signal(SIGPIPE, SIG_DFL);
}

static void write_to_closed(void *arg)
{
	int sv[2];

	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	close(sv[1]);
	write(sv[0], "x", 1);
}

static void shutdowns(void)
{
	int sv[2];
	char buf[8];

	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	say("shutdown SHUT_WR: %ld", chk(shutdown(sv[0], SHUT_WR)));
	say("  the peer's events: %s", events(sv[1]));
	say("  the peer reads: %ld", chk(read(sv[1], buf, sizeof(buf))));
	say("  our send: %ld", chk(send(sv[0], "x", 1, MSG_NOSIGNAL)));
	say("  the peer still sends: %ld", chk(send(sv[1], "y", 1, 0)));
	say("  and we read: %ld", chk(read(sv[0], buf, sizeof(buf))));
	say("shutdown SHUT_RD: %ld", chk(shutdown(sv[0], SHUT_RD)));
	say("  events %s", events(sv[0]));
	say("  the peer's send: %ld", chk(send(sv[1], "z", 1, MSG_NOSIGNAL)));
	close(sv[0]);
	close(sv[1]);
}

static void server_path(void)
{
	socklen_t len, alen;
	struct sockaddr_un a = addr_of("/tmp/unixsock.srv", &len), peer;
	int s = socket(AF_UNIX, SOCK_STREAM, 0), c, c2, t;
	struct stat st;
	char buf[32];
	long n;

	unlink(a.sun_path);
	say("server socket: %s", s >= 0 ? "fd" : "error");
	say("  listen unbound: %ld", chk(listen(s, 5)));
	say("  connect to no such path: %ld",
	    chk(connect(socket(AF_UNIX, SOCK_STREAM, 0), (struct sockaddr *)&a, len)));
	say("  bind: %ld", chk(bind(s, (struct sockaddr *)&a, len)));
	say("  bind again: %ld", chk(bind(s, (struct sockaddr *)&a, len)));
	t = socket(AF_UNIX, SOCK_STREAM, 0);
	say("  another socket binds the same path: %ld", chk(bind(t, (struct sockaddr *)&a, len)));
	close(t);
	n = chk(stat(a.sun_path, &st));
	say("  stat: %ld S_ISSOCK %d mode %o", n, S_ISSOCK(st.st_mode), st.st_mode & 0777);
	c = socket(AF_UNIX, SOCK_STREAM, 0);
	say("  connect before listen: %ld", chk(connect(c, (struct sockaddr *)&a, len)));
	say("  listen: %ld", chk(listen(s, 5)));
	say("  events %s", events(s));
	fcntl(s, F_SETFL, O_NONBLOCK);
	say("  accept, nothing pending, O_NONBLOCK listener: %ld", chk(accept(s, NULL, NULL)));
	fcntl(s, F_SETFL, 0);
	say("  connect: %ld", chk(connect(c, (struct sockaddr *)&a, len)));
	say("  events of server %s", events(s));
	say("  connect again: %ld", chk(connect(c, (struct sockaddr *)&a, len)));
	alen = sizeof(peer);
	c2 = accept(s, (struct sockaddr *)&peer, &alen);
	say("  accept: %s, peer %s", c2 >= 0 ? "fd" : "error", name_str(&peer, alen));
	say("  names: server %s", sockname(s, 0));
	say("  accepted %s", sockname(c2, 0));
	say("  accepted's peer %s", sockname(c2, 1));
	say("  client %s", sockname(c, 0));
	say("  client's peer %s", sockname(c, 1));
	say("  server's peer: %s", sockname(s, 1));
	write(c, "ping", 4);
	n = chk(read(c2, buf, sizeof(buf)));
	say("  client -> server: %ld %.*s", n, (int)(n > 0 ? n : 0), buf);
	write(c2, "pong", 4);
	n = chk(read(c, buf, sizeof(buf)));
	say("  server -> client: %ld %.*s", n, (int)(n > 0 ? n : 0), buf);
	say("  read on the listener: %ld", chk(read(s, buf, 1)));
	say("  send on the listener: %ld", chk(send(s, "x", 1, MSG_NOSIGNAL)));
	say("  SO_ACCEPTCONN listener/accepted: %ld", ({
		    int v1 = -1, v2 = -1;
		    socklen_t l = sizeof(int);
		    getsockopt(s, SOL_SOCKET, SO_ACCEPTCONN, &v1, &l);
		    getsockopt(c2, SOL_SOCKET, SO_ACCEPTCONN, &v2, &l);
		    (long)(v1 * 10 + v2);
	    }));
	close(c);
	close(c2);
	close(s);
	say("  the path stays after close: %ld", chk(stat(a.sun_path, &st)));
	c = socket(AF_UNIX, SOCK_STREAM, 0);
	say("  connect to the closed server's path: %ld",
	    chk(connect(c, (struct sockaddr *)&a, len)));
	close(c);
	unlink(a.sun_path);
}

static void backlog(void)
{
	socklen_t len;
	struct sockaddr_un a = addr_of("@unixsock-backlog", &len);
	int s = socket(AF_UNIX, SOCK_STREAM, 0), i, ok = 0, c[8];
	long r = 0;

	bind(s, (struct sockaddr *)&a, len);
	listen(s, 1);
	for (i = 0; i < 8; i++) {
		c[i] = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
		r = chk(connect(c[i], (struct sockaddr *)&a, len));
		if (r)
			break;
		ok++;
	}
	say("backlog 1: %d connects, then %ld", ok, r);
	r = chk(accept(s, NULL, NULL));
	say("  accept one: %s", r >= 0 ? "fd" : "error");
	say("  connect again: %ld", chk(connect(c[i], (struct sockaddr *)&a, len)));
	close(s);
	say("  a queued client after the listener closed: events %s", events(c[0]));
	say("  its read: %ld", chk(read(c[1], &r, 1)));
	for (ok = 0; ok <= i; ok++)
		close(c[ok]);
	close(r);
}

static void abstract_names(void)
{
	socklen_t len;
	struct sockaddr_un a = addr_of("@unixsock-abs", &len), b;
	int s = socket(AF_UNIX, SOCK_STREAM, 0), t = socket(AF_UNIX, SOCK_STREAM, 0);
	int d = socket(AF_UNIX, SOCK_DGRAM, 0), c;

	say("abstract bind: %ld", chk(bind(s, (struct sockaddr *)&a, len)));
	say("  name %s", sockname(s, 0));
	say("  same name, another stream socket: %ld", chk(bind(t, (struct sockaddr *)&a, len)));
	say("  same name, a datagram socket: %ld", chk(bind(d, (struct sockaddr *)&a, len)));
	listen(s, 2);
	c = socket(AF_UNIX, SOCK_STREAM, 0);
	say("  connect: %ld", chk(connect(c, (struct sockaddr *)&a, len)));
	b = a;
	say("  connect with one byte more: %ld", chk(connect(t, (struct sockaddr *)&b, len + 1)));
	close(s);
	close(t);
	close(d);
	close(c);
	s = socket(AF_UNIX, SOCK_STREAM, 0);
	say("  the name is free after close: %ld", chk(bind(s, (struct sockaddr *)&a, len)));
	close(s);
	s = socket(AF_UNIX, SOCK_STREAM, 0);
	memset(&b, 0, sizeof(b));
	b.sun_family = AF_UNIX;
	say("autobind (len 2): %ld", chk(bind(s, (struct sockaddr *)&b, sizeof(short))));
	len = sizeof(b);
	getsockname(s, (struct sockaddr *)&b, &len);
	say("  name: len %d, abstract %d, 5 hex digits %d", (int)len, b.sun_path[0] == 0,
	    (int)strspn(b.sun_path + 1, "0123456789abcdef"));
	close(s);
}

static void bad_calls(void)
{
	socklen_t len;
	struct sockaddr_un a = addr_of("/tmp", &len);
	unsigned long args[6] = { AF_UNIX, SOCK_STREAM, 0 };
	int s = socket(AF_UNIX, SOCK_STREAM, 0), fd = open("/init", O_RDONLY);
	char buf[8];

	say("socket(AF_INET, SOCK_STREAM): %s", ({
		    long r = chk(socket(AF_INET, SOCK_STREAM, 0));
		    static char b[16];
		    snprintf(b, sizeof(b), "%ld", r);
		    r >= 0 ? "fd" : b;
	    }));
	say("socket(AF_UNIX, SOCK_RAW) type: %ld", ({
		    int r = socket(AF_UNIX, SOCK_RAW, 0), t = -1;
		    socklen_t l = sizeof(t);
		    getsockopt(r, SOL_SOCKET, SO_TYPE, &t, &l);
		    close(r);
		    (long)t;
	    }));
	say("socket(AF_UNIX, 7): %ld", chk(socket(AF_UNIX, 7, 0)));
	say("socket(AF_UNIX, 11): %ld", chk(socket(AF_UNIX, 11, 0)));
	say("socket(AF_UNIX, STREAM, 5): %ld", chk(socket(AF_UNIX, SOCK_STREAM, 5)));
	say("socket(-1): %ld", chk(socket(-1, SOCK_STREAM, 0)));
	say("socket(200): %ld", chk(socket(200, SOCK_STREAM, 0)));
	say("socketcall 0: %ld", sys(SYS_socketcall, 0, (long)args, 0, 0));
	say("socketcall 21: %ld", sys(SYS_socketcall, 21, (long)args, 0, 0));
	say("socketcall SYS_SOCKET, bad args: %ld", sys(SYS_socketcall, 1, KPTR, 0, 0));
	say("socketcall SYS_SOCKET: %s",
	    sys(SYS_socketcall, 1, (long)args, 0, 0) >= 0 ? "fd" : "error");
	say("bind on a file: %ld", chk(bind(fd, (struct sockaddr *)&a, len)));
	say("bind on fd 99: %ld", chk(bind(99, (struct sockaddr *)&a, len)));
	say("bind to an existing directory: %ld", chk(bind(s, (struct sockaddr *)&a, len)));
	a = addr_of("/no/such/dir/sock", &len);
	say("bind in a missing directory: %ld", chk(bind(s, (struct sockaddr *)&a, len)));
	a.sun_family = AF_INET;
	say("bind with AF_INET: %ld", chk(bind(s, (struct sockaddr *)&a, len)));
	a.sun_family = AF_UNIX;
	say("bind with length 200: %ld", chk(bind(s, (struct sockaddr *)&a, 200)));
	say("bind with length -1: %ld", chk(bind(s, (struct sockaddr *)&a, -1)));
	say("bind with a bad pointer: %ld", chk(bind(s, (struct sockaddr *)KPTR, len)));
	say("connect with length 2: %ld", chk(connect(s, (struct sockaddr *)&a, 2)));
	say("read unconnected: %ld", chk(read(s, buf, 1)));
	say("recv unconnected: %ld", chk(recv(s, buf, 1, 0)));
	say("send unconnected: %ld", chk(send(s, buf, 1, MSG_NOSIGNAL)));
	say("getpeername unconnected: %s", sockname(s, 1));
	say("accept unlistening: %ld", chk(accept(s, NULL, NULL)));
	say("accept4 bad flags: %ld", chk(accept4(s, NULL, NULL, 1)));
	say("recv MSG_OOB: %ld", chk(recv(s, buf, 1, MSG_OOB)));
	say("getsockopt SO_TYPE on a file: %ld", ({
		    int t;
		    socklen_t l = sizeof(t);
		    chk(getsockopt(fd, SOL_SOCKET, SO_TYPE, &t, &l));
	    }));
	say("setsockopt SO_TYPE: %ld", ({
		    int t = 1;
		    chk(setsockopt(s, SOL_SOCKET, SO_TYPE, &t, sizeof(t)));
	    }));
	say("setsockopt short value: %ld", ({
		    int t = 1;
		    chk(setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &t, 2));
	    }));
	say("setsockopt level 6: %ld", ({
		    int t = 1;
		    chk(setsockopt(s, 6, 1, &t, sizeof(t)));
	    }));
	say("getsockopt 999: %ld", ({
		    int t;
		    socklen_t l = sizeof(t);
		    chk(getsockopt(s, SOL_SOCKET, 999, &t, &l));
	    }));
	say("listen on a datagram socket: %ld", chk(listen(socket(AF_UNIX, SOCK_DGRAM, 0), 1)));
	close(s);
	close(fd);
}

static void options(void)
{
	int sv[2], v;
	socklen_t l = sizeof(v);
	struct ucred cr;
	struct timeval tv = { 0, 200000 };
	char c;

	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	v = 8192;
	setsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, &v, sizeof(v));
	getsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, &v, &l);
	say("SO_SNDBUF 8192 -> %d", v);
	v = 16384;
	setsockopt(sv[0], SOL_SOCKET, SO_RCVBUF, &v, sizeof(v));
	getsockopt(sv[0], SOL_SOCKET, SO_RCVBUF, &v, &l);
	say("SO_RCVBUF 16384 -> %d", v);
	v = 1;
	say("SO_REUSEADDR 1: %ld", chk(setsockopt(sv[0], SOL_SOCKET, SO_REUSEADDR, &v, sizeof(v))));
	getsockopt(sv[0], SOL_SOCKET, SO_REUSEADDR, &v, &l);
	say("  reads %d", v);
	getsockopt(sv[0], SOL_SOCKET, SO_ERROR, &v, &l);
	say("SO_ERROR %d", v);
	getsockopt(sv[0], SOL_SOCKET, SO_PASSCRED, &v, &l);
	say("SO_PASSCRED %d", v);
	l = sizeof(cr);
	say("SO_PEERCRED: %ld", chk(getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &cr, &l)));
	say("  len %d pid is ours %d uid %u gid %u", (int)l, cr.pid == (pid_t)getpid(), cr.uid,
	    cr.gid);
	l = 4;
	getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &cr, &l);
	say("  with room for 4 bytes: len %d", (int)l);
	l = sizeof(cr);
	v = socket(AF_UNIX, SOCK_STREAM, 0);
	getsockopt(v, SOL_SOCKET, SO_PEERCRED, &cr, &l);
	say("  unconnected: pid %d uid %d gid %d", (int)cr.pid, (int)cr.uid, (int)cr.gid);
	close(v);
	say("SO_RCVTIMEO 0.2 s: %ld",
	    chk(setsockopt(sv[0], SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv))));
	say("  recv times out: %ld", chk(recv(sv[0], &c, 1, 0)));
	tv.tv_usec = 2000000;
	say("  tv_usec 2000000: %ld",
	    chk(setsockopt(sv[0], SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv))));
	close(sv[0]);
	close(sv[1]);
}

static void reader_child(void *arg)
{
	int fd = *(int *)arg;
	char buf[4096];
	long total = 0, n;

	usleep(100000);
	while ((n = read(fd, buf, sizeof(buf))) > 0)
		total += n;
	say("  child read %s bytes, then %ld", total == 200000 ? "all 200000" : "NOT all", n);
	_exit(0);
}

static void blocking(void)
{
	int sv[2], n = 0, total = 0, status;
	char buf[4096];
	pid_t pid;

	memset(buf, 'b', sizeof(buf));
	socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, sv);
	while ((n = write(sv[0], buf, sizeof(buf))) > 0)
		total += n;
	say("nonblocking writer fills the buffer: more than 4096 bytes %d, then %ld", total > 4096,
	    chk(n));
	say("  events of the full end: %s", events(sv[0]));
	close(sv[0]);
	close(sv[1]);

	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	pid = fork();
	if (pid == 0) {
		close(sv[0]);
		reader_child(&sv[1]);
	}
	close(sv[1]);
	for (total = 0; total < 200000; total += n) {
		n = write(sv[0], buf, 200000 - total < 4096 ? 200000 - total : 4096);
		if (n <= 0)
			break;
	}
	say("blocking writer wrote %d", total);
	close(sv[0]);
	waitpid(pid, &status, 0);

	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	pid = fork();
	if (pid == 0) {
		usleep(100000);
		write(sv[1], "late", 4);
		_exit(0);
	}
	n = read(sv[0], buf, sizeof(buf));
	say("blocking reader woke with %d bytes: %.4s", n, buf);
	waitpid(pid, &status, 0);
	close(sv[0]);
	close(sv[1]);
	run_in_child("write to a closed peer", write_to_closed, NULL);
}

static volatile int got_sigio;

static void on_io(int sig)
{
	got_sigio++;
}

/* O_ASYNC: SIGIO to the owner when data comes; MSG_WAITALL waits for all of it */
static void async_and_waitall(void)
{
	int sv[2], status;
	char buf[8];
	pid_t pid;

	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	on_signal(SIGIO, on_io, NULL, 0);
	fcntl(sv[1], F_SETOWN, getpid());
	say("O_ASYNC: %ld", chk(fcntl(sv[1], F_SETFL, O_ASYNC)));
	got_sigio = 0;
	write(sv[0], "a", 1);
	say("  SIGIO after a write: %d", got_sigio > 0);
	read(sv[1], buf, 1);
	fcntl(sv[1], F_SETFL, 0);
	signal(SIGIO, SIG_DFL);
	pid = fork();
	if (pid == 0) {
		write(sv[0], "1234", 4);
		usleep(50000);
		write(sv[0], "5678", 4);
		_exit(0);
	}
	say("MSG_WAITALL of 8 written in two halves: %ld", chk(recv(sv[1], buf, 8, MSG_WAITALL)));
	waitpid(pid, &status, 0);
	close(sv[0]);
	close(sv[1]);
}

/* Four writers of 100-byte records on one socket, one reader: nothing lost or mixed */
static void many_writers(void)
{
	int sv[2], i, counts[4] = { 0 }, status, total = 0, n, mixed = 0;
	static char buf[8192];
	char rec[100];

	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	for (i = 0; i < 4; i++) {
		if (fork() == 0) {
			int k;

			close(sv[1]);
			memset(rec, 'a' + i, sizeof(rec));
			for (k = 0; k < 500; k++)
				write(sv[0], rec, sizeof(rec));
			_exit(0);
		}
	}
	close(sv[0]);
	while ((n = read(sv[1], buf, sizeof(buf))) > 0) {
		for (i = 0; i < n; i++) {
			counts[buf[i] - 'a']++;
			mixed += i && buf[i] != buf[i - 1];
		}
		total += n;
	}
	for (i = 0; i < 4; i++)
		wait(&status);
	say("four writers: %d bytes, %d %d %d %d each, one writer per read %d", total, counts[0],
	    counts[1], counts[2], counts[3], mixed == 0);
	close(sv[1]);
}

static void multiplex(void)
{
	int sv[2], ep = epoll_create1(0), n;
	struct epoll_event ev = { .events = EPOLLIN }, out[2];
	struct timeval tv = { 0, 0 };
	fd_set rd;

	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	ev.data.fd = sv[1];
	epoll_ctl(ep, EPOLL_CTL_ADD, sv[1], &ev);
	say("epoll_wait, nothing yet: %d", epoll_wait(ep, out, 2, 0));
	if (fork() == 0) {
		usleep(50000);
		write(sv[0], "e", 1);
		_exit(0);
	}
	n = epoll_wait(ep, out, 2, 5000);
	say("epoll_wait woken by a child's write: %d fd ok %d events %#x", n,
	    n == 1 && out[0].data.fd == sv[1], n == 1 ? out[0].events : 0);
	wait(NULL);
	FD_ZERO(&rd);
	FD_SET(sv[1], &rd);
	say("select readable: %d", select(sv[1] + 1, &rd, NULL, NULL, &tv));
	read(sv[1], &n, 1);
	FD_ZERO(&rd);
	FD_SET(sv[1], &rd);
	say("select after the read: %d", select(sv[1] + 1, &rd, NULL, NULL, &tv));
	close(sv[0]);
	n = epoll_wait(ep, out, 2, 0);
	say("epoll after the peer closed: %d events %#x", n, out[0].events);
	close(sv[1]);
	close(ep);
}

static int by_text(const void *a, const void *b)
{
	return strcmp(a, b);
}

/* Our sockets in /proc/net/unix: the header, and Flags Type St Path of the named ones */
static void proc_net_unix(void)
{
	socklen_t len;
	struct sockaddr_un a = addr_of("@unixsock-proc", &len);
	struct sockaddr_un p = addr_of("/tmp/unixsock.proc", &len);
	int s = socket(AF_UNIX, SOCK_STREAM, 0), t = socket(AF_UNIX, SOCK_DGRAM, 0), c, fd, n;
	static char buf[65536], rows[16][160];
	int nrows = 0;
	char *line;

	unlink(p.sun_path);
	bind(t, (struct sockaddr *)&p, len);
	a = addr_of("@unixsock-proc", &len);
	bind(s, (struct sockaddr *)&a, len);
	listen(s, 3);
	c = socket(AF_UNIX, SOCK_STREAM, 0);
	connect(c, (struct sockaddr *)&a, len);
	fd = open("/proc/net/unix", O_RDONLY);
	for (len = 0; (n = read(fd, buf + len, sizeof(buf) - 1 - len)) > 0;)
		len += n;
	buf[len] = 0;
	close(fd);
	line = strtok(buf, "\n");
	say("/proc/net/unix: %s", line);
	while ((line = strtok(NULL, "\n")) != NULL && nrows < 16) {
		char flags[16], type[8], st[8], ino[16], path[128] = "";

		if (!strstr(line, "unixsock"))
			continue;
		sscanf(line, "%*s %*s %*s %15s %7s %7s %15s %127s", flags, type, st, ino, path);
		snprintf(rows[nrows++], sizeof(rows[0]), "%s %s %s %s", flags, type, st, path);
	}
	qsort(rows, nrows, sizeof(rows[0]), by_text); /* the kernels' hash orders differ */
	for (n = 0; n < nrows; n++)
		say("  %s", rows[n]);
	close(c);
	close(s);
	close(t);
	unlink(p.sun_path);
}

int main(void)
{
	mkdir("/tmp", 01777);
	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL); /* Linux's initramfs has no /proc yet */
	pair_basics();
	pair_flags();
	close_and_eof();
	shutdowns();
	server_path();
	backlog();
	abstract_names();
	bad_calls();
	options();
	blocking();
	multiplex();
	many_writers();
	async_and_waitall();
	proc_net_unix();
	return 0;
}
