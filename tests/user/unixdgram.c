/*
 * unixdgram.c - AF_UNIX datagram and sequenced-packet sockets: message
 * boundaries, truncation (MSG_TRUNC), sendto/recvfrom with the sender's
 * address (named, abstract, autobound with SO_PASSCRED, or none),
 * connect as a default peer and as a filter (-EPERM), AF_UNSPEC
 * disconnect, -ECONNREFUSED after the peer closed, the receive-queue
 * limit that blocks (or -EAGAIN) a sender, -EMSGSIZE, and SEQPACKET's
 * connection (listen/accept, EOF, messages kept whole).
 */
#define _GNU_SOURCE
#include "usertest.h"
#include <poll.h>
#include <stddef.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/mount.h>
#include <sys/un.h>
#include <sys/ioctl.h>
#include <sys/uio.h>

static long chk(long r)
{
	return r < 0 ? -errno : r;
}

static const char *events(int fd)
{
	static char buf[64];
	struct pollfd p = { .fd = fd, .events = POLLIN | POLLOUT };
	int n = poll(&p, 1, 0);

	snprintf(buf, sizeof(buf), "%d:%s%s%s%s", n, p.revents & POLLIN ? " IN" : "",
		 p.revents & POLLOUT ? " OUT" : "", p.revents & POLLERR ? " ERR" : "",
		 p.revents & POLLHUP ? " HUP" : "");
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

/* recvfrom into a 64-byte buffer: "N 'data' from NAME" or the error */
static const char *recv_from(int fd, size_t room, int flags)
{
	static char out[256];
	char buf[64];
	struct sockaddr_un from;
	socklen_t flen = sizeof(from);
	long n;

	memset(&from, 0x55, sizeof(from));
	n = chk(recvfrom(fd, buf, room, flags, (struct sockaddr *)&from, &flen));
	if (n < 0)
		snprintf(out, sizeof(out), "%ld", n);
	else
		snprintf(out, sizeof(out), "%ld '%.*s' from %s", n, (int)n, buf,
			 name_str(&from, flen));
	return out;
}

/* writev is one message, readv takes one message into its buffers in turn */
static void vectors(int *sv)
{
	char x[2] = "", y[8] = "";
	struct iovec v[2] = { { "ab", 2 }, { "cde", 3 } }, r[2] = { { x, 2 }, { y, 8 } };
	int avail = -1;

	say("  writev of 2 + 3 bytes: %ld", chk(writev(sv[0], v, 2)));
	ioctl(sv[1], FIONREAD, &avail);
	say("  one message of %d bytes", avail);
	say("  readv into 2 + 8: %ld", chk(readv(sv[1], r, 2)));
	say("  got %.2s and %.3s", x, y);
}

static void boundaries(void)
{
	int sv[2], avail = -1;
	struct msghdr m;
	struct iovec iov;
	char buf[8];

	say("socketpair(SOCK_DGRAM): %ld", chk(socketpair(AF_UNIX, SOCK_DGRAM, 0, sv)));
	send(sv[0], "one", 3, 0);
	send(sv[0], "two!", 4, 0);
	send(sv[0], "", 0, 0);
	send(sv[0], "a longer message", 16, 0);
	ioctl(sv[1], FIONREAD, &avail);
	say("  FIONREAD: the first message's size %d", avail);
	say("  recv: %s", recv_from(sv[1], 64, 0));
	say("  recv: %s", recv_from(sv[1], 64, 0));
	say("  empty message: %s", recv_from(sv[1], 64, 0));
	memset(&m, 0, sizeof(m));
	iov.iov_base = buf;
	iov.iov_len = 4;
	m.msg_iov = &iov;
	m.msg_iovlen = 1;
	say("  recvmsg 4 of 16: %ld", chk(recvmsg(sv[1], &m, 0)));
	say("  msg_flags MSG_TRUNC %d, the rest is gone: %s", !!(m.msg_flags & MSG_TRUNC),
	    recv_from(sv[1], 64, MSG_DONTWAIT));
	send(sv[0], "peek", 4, 0);
	say("  MSG_PEEK: %s", recv_from(sv[1], 64, MSG_PEEK));
	say("  again: %s", recv_from(sv[1], 64, 0));
	say("  names: %s", ({
		    struct sockaddr_un a;
		    socklen_t l = sizeof(a);
		    getpeername(sv[0], (struct sockaddr *)&a, &l);
		    name_str(&a, l);
	    }));
	vectors(sv);
	close(sv[1]);
	say("  send to the closed peer: %ld", chk(send(sv[0], "x", 1, 0)));
	say("  and again: %ld", chk(send(sv[0], "x", 1, 0)));
	close(sv[0]);
}

static void addressed(void)
{
	socklen_t la, lb, lc;
	struct sockaddr_un a = addr_of("/tmp/dgram.a", &la), b = addr_of("@dgram.b", &lb);
	struct sockaddr_un c = addr_of("/tmp/dgram.none", &lc);
	int sa = socket(AF_UNIX, SOCK_DGRAM, 0), sb = socket(AF_UNIX, SOCK_DGRAM, 0);
	int anon = socket(AF_UNIX, SOCK_DGRAM, 0), on = 1;

	unlink(a.sun_path);
	say("bind a path: %ld", chk(bind(sa, (struct sockaddr *)&a, la)));
	say("bind abstract: %ld", chk(bind(sb, (struct sockaddr *)&b, lb)));
	say("sendto b from a: %ld", chk(sendto(sa, "hi b", 4, 0, (struct sockaddr *)&b, lb)));
	say("  b receives: %s", recv_from(sb, 64, 0));
	say("sendto a from an unnamed socket: %ld",
	    chk(sendto(anon, "anon", 4, 0, (struct sockaddr *)&a, la)));
	say("  a receives: %s", recv_from(sa, 64, 0));
	setsockopt(anon, SOL_SOCKET, SO_PASSCRED, &on, sizeof(on));
	say("with SO_PASSCRED: %ld", chk(sendto(anon, "auto", 4, 0, (struct sockaddr *)&a, la)));
	say("  a receives from an autobound name: %s", ({
		    const char *r = recv_from(sa, 64, 0);
		    strstr(r, "len 8 @") ? "yes" : r;
	    }));
	say("sendto a missing path: %ld", chk(sendto(sa, "x", 1, 0, (struct sockaddr *)&c, lc)));
	say("sendto without an address: %ld", chk(send(sa, "x", 1, 0)));
	say("sendto a stream socket's name: %ld", ({
		    socklen_t l;
		    struct sockaddr_un s = addr_of("@dgram.stream", &l);
		    int st = socket(AF_UNIX, SOCK_STREAM, 0);
		    long r;
		    bind(st, (struct sockaddr *)&s, l);
		    r = chk(sendto(sa, "x", 1, 0, (struct sockaddr *)&s, l));
		    close(st);
		    r;
	    }));
	say("connect a to b: %ld", chk(connect(sa, (struct sockaddr *)&b, lb)));
	say("  send: %ld", chk(send(sa, "conn", 4, 0)));
	say("  b receives: %s", recv_from(sb, 64, 0));
	say("connect b to itself: %ld", chk(connect(sb, (struct sockaddr *)&b, lb)));
	say("  a (connected to b) still sends: %ld", chk(send(sa, "x", 1, 0)));
	say("  the unnamed socket may not send to b: %ld",
	    chk(sendto(anon, "y", 1, 0, (struct sockaddr *)&b, lb)));
	say("  getpeername of a: %s", ({
		    struct sockaddr_un p;
		    socklen_t l = sizeof(p);
		    chk(getpeername(sa, (struct sockaddr *)&p, &l)) ? "error" : name_str(&p, l);
	    }));
	a.sun_family = AF_UNSPEC;
	say("connect a to AF_UNSPEC: %ld", chk(connect(sa, (struct sockaddr *)&a, sizeof(short))));
	say("  getpeername: %ld", ({
		    struct sockaddr_un p;
		    socklen_t l = sizeof(p);
		    chk(getpeername(sa, (struct sockaddr *)&p, &l));
	    }));
	close(sb);
	b = addr_of("@dgram.c", &lb);
	sb = socket(AF_UNIX, SOCK_DGRAM, 0);
	bind(sb, (struct sockaddr *)&b, lb);
	say("connect a to c: %ld", chk(connect(sa, (struct sockaddr *)&b, lb)));
	close(sb);
	say("c closed: a sends: %ld", chk(send(sa, "x", 1, 0)));
	say("  then: %ld", chk(send(sa, "x", 1, 0)));
	close(sa);
	close(anon);
	unlink("/tmp/dgram.a");
}

static void queue_limit(void)
{
	socklen_t lb;
	struct sockaddr_un b = addr_of("@dgram.full", &lb);
	int sb = socket(AF_UNIX, SOCK_DGRAM, 0), sa = socket(AF_UNIX, SOCK_DGRAM, 0), n = 0, status;
	char big[200000];
	long r = 0;
	pid_t pid;

	bind(sb, (struct sockaddr *)&b, lb);
	connect(sa, (struct sockaddr *)&b, lb);
	while (n < 100) {
		r = chk(send(sa, "m", 1, MSG_DONTWAIT));
		if (r < 0)
			break;
		n++;
	}
	say("an unconnected receiver holds %d messages, then %ld", n, r);
	say("  the sender's events: %s", events(sa));
	pid = fork();
	if (pid == 0) {
		usleep(100000);
		recv(sb, big, 1, 0);
		_exit(0);
	}
	say("  a blocking send waits for the reader: %ld", chk(send(sa, "w", 1, 0)));
	waitpid(pid, &status, 0);
	send(sa, "m", 1, MSG_DONTWAIT); /* full again */
	pid = fork();
	if (pid == 0) {
		usleep(100000);
		recv(sb, big, 1, 0);
		_exit(0);
	}
	{
		struct pollfd p = { .fd = sa, .events = POLLOUT };

		int r = poll(&p, 1, 5000);

		say("  poll for POLLOUT wakes when the reader reads: %d %#x", r, p.revents);
	}
	waitpid(pid, &status, 0);
	memset(big, 0, sizeof(big));
	say("a 200000-byte datagram: %ld", chk(send(sa, big, sizeof(big), 0)));
	close(sa);
	close(sb);
}

static void seqpacket(void)
{
	socklen_t l;
	struct sockaddr_un a = addr_of("@seqpacket", &l);
	int s = socket(AF_UNIX, SOCK_SEQPACKET, 0), c = socket(AF_UNIX, SOCK_SEQPACKET, 0), t;
	char buf[16];

	say("seqpacket: send unconnected: %ld", chk(send(c, "x", 1, 0)));
	say("  recv unconnected: %ld", chk(recv(c, buf, 1, 0)));
	bind(s, (struct sockaddr *)&a, l);
	say("  listen: %ld", chk(listen(s, 2)));
	say("  connect: %ld", chk(connect(c, (struct sockaddr *)&a, l)));
	t = accept(s, NULL, NULL);
	say("  accept: %s", t >= 0 ? "fd" : "error");
	send(c, "first", 5, 0);
	send(c, "second", 6, 0);
	say("  recv 3 of 'first': %ld", chk(recv(t, buf, 3, 0)));
	memset(buf, 0, sizeof(buf));
	say("  next message whole: %ld", chk(recv(t, buf, sizeof(buf), 0)));
	say("  it is: %s", buf);
	close(c);
	say("  peer closed: events %s", events(t));
	say("  recv: %ld", chk(recv(t, buf, sizeof(buf), 0)));
	say("  send: %ld", chk(send(t, "x", 1, MSG_NOSIGNAL)));
	close(t);
	close(s);
	say("seqpacket socketpair: %ld", ({
		    int sv[2];
		    long r = chk(socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sv));
		    send(sv[0], "ab", 2, 0);
		    send(sv[0], "cd", 2, 0);
		    r = r * 100 + chk(read(sv[1], buf, 16)) * 10 + chk(read(sv[1], buf, 16));
		    close(sv[0]);
		    close(sv[1]);
		    r;
	    }));
}

int main(void)
{
	mkdir("/tmp", 01777);
	boundaries();
	addressed();
	queue_limit();
	seqpacket();
	return 0;
}
