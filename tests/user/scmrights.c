/*
 * scmrights.c - what travels beside the data on an AF_UNIX socket:
 * SCM_RIGHTS (open files, received as new descriptors that share the
 * file offset; in flight while queued, closed if never received; cut
 * with MSG_CTRUNC when the control buffer is short; MSG_CMSG_CLOEXEC)
 * and SCM_CREDENTIALS (sent by default when the receiver has
 * SO_PASSCRED, or given explicitly: only one's own unless privileged),
 * and the errors of bad control messages. Passing goes across fork() to
 * a child too, over stream and datagram sockets.
 */
#define _GNU_SOURCE
#include "usertest.h"
#include <stddef.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>

static long chk(long r)
{
	return r < 0 ? -errno : r;
}

/* Send @n bytes of @data with @nfds descriptors; the result */
static long send_fds(int sock, const char *data, int n, const int *fds, int nfds)
{
	char ctl[CMSG_SPACE(sizeof(int) * 8)];
	struct iovec iov = { (void *)data, n };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1 };
	struct cmsghdr *c;

	if (nfds) {
		memset(ctl, 0, sizeof(ctl));
		m.msg_control = ctl;
		m.msg_controllen = CMSG_SPACE(sizeof(int) * nfds);
		c = CMSG_FIRSTHDR(&m);
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN(sizeof(int) * nfds);
		memcpy(CMSG_DATA(c), fds, sizeof(int) * nfds);
	}
	return chk(sendmsg(sock, &m, 0));
}

/*
 * Receive into a 64-byte buffer with @room bytes of control buffer;
 * the descriptors go to @fds (*@nfds of them); a line describing it all
 */
static const char *recv_fds(int sock, size_t room, int flags, int *fds, int *nfds)
{
	static char out[256];
	char buf[64], ctl[256];
	struct iovec iov = { buf, sizeof(buf) };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1 };
	struct cmsghdr *c;
	long n;
	int len;

	m.msg_control = room ? ctl : NULL;
	m.msg_controllen = room;
	*nfds = 0;
	n = chk(recvmsg(sock, &m, flags));
	if (n < 0) {
		snprintf(out, sizeof(out), "%ld", n);
		return out;
	}
	len = snprintf(out, sizeof(out), "%ld bytes, controllen %d%s", n, (int)m.msg_controllen,
		       m.msg_flags & MSG_CTRUNC ? ", MSG_CTRUNC" : "");
	for (c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c)) {
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
			*nfds = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
			memcpy(fds, CMSG_DATA(c), *nfds * sizeof(int));
			len += snprintf(out + len, sizeof(out) - len, ", SCM_RIGHTS %d", *nfds);
		} else if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_CREDENTIALS) {
			struct ucred cr;

			memcpy(&cr, CMSG_DATA(c), sizeof(cr));
			len += snprintf(out + len, sizeof(out) - len,
					", SCM_CREDENTIALS pid ours %d uid %u gid %u",
					cr.pid == (pid_t)getpid(), cr.uid, cr.gid);
		}
	}
	return out;
}

static int open_count(void)
{
	int fd, n = 0;

	for (fd = 0; fd < 64; fd++)
		n += fcntl(fd, F_GETFD) >= 0;
	return n;
}

static void pass_file(void)
{
	int sv[2], fds[8], nfds, f = open("/tmp/scm.file", O_RDWR | O_CREAT | O_TRUNC, 0600);
	int before;
	char buf[8] = "";

	write(f, "0123456789", 10);
	lseek(f, 2, SEEK_SET);
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	say("send a file: %ld", send_fds(sv[0], "f", 1, &f, 1));
	close(f);
	before = open_count();
	say("  receive: %s", recv_fds(sv[1], 64, 0, fds, &nfds));
	say("  one more descriptor: %d", open_count() - before);
	say("  it shares the offset: lseek %ld", chk(lseek(fds[0], 0, SEEK_CUR)));
	read(fds[0], buf, 3);
	say("  and reads the file: %.3s", buf);
	say("  FD_CLOEXEC %ld", chk(fcntl(fds[0], F_GETFD)));
	close(fds[0]);
	f = open("/tmp/scm.file", O_RDONLY);
	send_fds(sv[0], "g", 1, &f, 1);
	say("  MSG_CMSG_CLOEXEC: %s", recv_fds(sv[1], 64, MSG_CMSG_CLOEXEC, fds, &nfds));
	say("  FD_CLOEXEC %ld", chk(fcntl(fds[0], F_GETFD)));
	close(fds[0]);
	close(f);
	close(sv[0]);
	close(sv[1]);
}

static void short_buffers(void)
{
	int sv[2], fds[8], nfds, three[3], before;

	three[0] = open("/tmp/scm.file", O_RDONLY);
	three[1] = dup(three[0]);
	three[2] = dup(three[0]);
	socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	say("send three: %ld", send_fds(sv[0], "3", 1, three, 3));
	before = open_count();
	say("  room for one: %s", recv_fds(sv[1], CMSG_SPACE(sizeof(int)), 0, fds, &nfds));
	say("  descriptors gained: %d", open_count() - before);
	close(fds[0]);
	send_fds(sv[0], "3", 1, three, 3);
	before = open_count();
	say("  no control buffer: %s", recv_fds(sv[1], 0, 0, fds, &nfds));
	say("  descriptors gained: %d", open_count() - before);
	send_fds(sv[0], "3", 1, three, 3);
	say("  a peek: %s", recv_fds(sv[1], 64, MSG_PEEK, fds, &nfds));
	close(fds[0]);
	close(fds[1]);
	close(fds[2]);
	say("  then the read: %s", recv_fds(sv[1], 64, 0, fds, &nfds));
	close(fds[0]);
	close(fds[1]);
	close(fds[2]);
	send_fds(sv[0], "x", 1, three, 3);
	close(sv[1]);
	say("  in flight, then the receiver closed: the files are still ours to close: %ld",
	    chk(close(three[0])) + chk(close(three[1])) + chk(close(three[2])));
	close(sv[0]);
}

static void pass_socket(void)
{
	int sv[2], inner[2], fds[8], nfds, status;
	char buf[16] = "";
	pid_t pid;

	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	socketpair(AF_UNIX, SOCK_STREAM, 0, inner);
	pid = fork();
	if (pid == 0) {
		close(sv[0]);
		recv_fds(sv[1], 64, 0, fds, &nfds);
		write(fds[0], "via child", 9);
		_exit(nfds);
	}
	close(sv[1]);
	say("send a socket to a child: %ld", send_fds(sv[0], "s", 1, &inner[1], 1));
	close(inner[1]);
	waitpid(pid, &status, 0);
	say("  the child got %d and wrote: %ld", WEXITSTATUS(status),
	    chk(read(inner[0], buf, sizeof(buf))));
	say("  %.9s", buf);
	say("  the child's copy closed with it: read %ld", chk(read(inner[0], buf, sizeof(buf))));
	close(inner[0]);
	close(sv[0]);
}

/* A socket holding a socket holding a socket...: 2.6.32.y stops the nesting at 4 levels */
static void nesting(void)
{
	int pairs[7][2], i, sent = 0;
	long r = 0;

	for (i = 0; i < 7; i++)
		socketpair(AF_UNIX, SOCK_DGRAM, 0, pairs[i]);
	for (i = 1; i < 7; i++) {
		r = send_fds(pairs[i][0], "n", 1, &pairs[i - 1][1], 1);
		if (r < 0)
			break;
		sent++;
	}
	say("sockets nested in sockets: %d sends, then %ld", sent, r);
	for (i = 0; i < 7; i++) {
		close(pairs[i][0]);
		close(pairs[i][1]);
	}
}

static void bad_messages(void)
{
	int sv[2], bad = 77, fds[8], nfds;
	char ctl[CMSG_SPACE(sizeof(struct ucred))];
	struct iovec iov = { "c", 1 };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = ctl };
	struct cmsghdr *c = (struct cmsghdr *)ctl;
	struct ucred cr;

	socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	say("SCM_RIGHTS of a closed descriptor: %ld", send_fds(sv[0], "b", 1, &bad, 1));
	memset(ctl, 0, sizeof(ctl));
	m.msg_controllen = sizeof(ctl);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = 99;
	c->cmsg_len = CMSG_LEN(4);
	say("an unknown SOL_SOCKET type: %ld", chk(sendmsg(sv[0], &m, 0)));
	c->cmsg_level = 6;
	say("another level is skipped: %ld", chk(sendmsg(sv[0], &m, 0)));
	recv_fds(sv[1], 64, 0, fds, &nfds);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = sizeof(ctl) + 8;
	say("cmsg_len past the buffer: %ld", chk(sendmsg(sv[0], &m, 0)));
	m.msg_control = (void *)0xc0001000;
	say("a kernel control pointer: %ld", chk(sendmsg(sv[0], &m, 0)));
	m.msg_control = ctl;
	c->cmsg_type = SCM_CREDENTIALS;
	c->cmsg_len = CMSG_LEN(sizeof(cr));
	cr.pid = getpid();
	cr.uid = 0;
	cr.gid = 0;
	memcpy(CMSG_DATA(c), &cr, sizeof(cr));
	say("SCM_CREDENTIALS of our own: %ld", chk(sendmsg(sv[0], &m, 0)));
	recv_fds(sv[1], 64, 0, fds, &nfds);
	c->cmsg_len = CMSG_LEN(sizeof(cr) - 4);
	say("SCM_CREDENTIALS too short: %ld", chk(sendmsg(sv[0], &m, 0)));
	close(sv[0]);
	close(sv[1]);
}

static void drop_privileges(void *arg)
{
	int *sv = arg;
	char ctl[CMSG_SPACE(sizeof(struct ucred))];
	struct iovec iov = { "c", 1 };
	struct msghdr m = {
		.msg_iov = &iov, .msg_iovlen = 1, .msg_control = ctl, .msg_controllen = sizeof(ctl)
	};
	struct cmsghdr *c = (struct cmsghdr *)ctl;
	struct ucred cr = { getpid(), 0, 0 };

	setgid(1000);
	setuid(1000);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_CREDENTIALS;
	c->cmsg_len = CMSG_LEN(sizeof(cr));
	memcpy(CMSG_DATA(c), &cr, sizeof(cr));
	say("  an unprivileged sender claims uid 0: %ld", chk(sendmsg(sv[0], &m, 0)));
	cr.pid = 1;
	cr.uid = 1000;
	cr.gid = 1000;
	memcpy(CMSG_DATA(c), &cr, sizeof(cr));
	say("  and pid 1: %ld", chk(sendmsg(sv[0], &m, 0)));
	say("  a plain send: %ld", chk(send(sv[0], "u", 1, 0)));
}

static void credentials(void)
{
	int sv[2], on = 1, fds[8], nfds;

	socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	send(sv[0], "n", 1, 0);
	say("without SO_PASSCRED: %s", recv_fds(sv[1], 64, 0, fds, &nfds));
	setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &on, sizeof(on));
	send(sv[0], "p", 1, 0);
	say("with SO_PASSCRED: %s", recv_fds(sv[1], 64, 0, fds, &nfds));
	send(sv[0], "p", 1, 0);
	say("  no control buffer: %s", recv_fds(sv[1], 0, 0, fds, &nfds));
	run_in_child("unprivileged", drop_privileges, sv);
	say("  received: %s", recv_fds(sv[1], 64, 0, fds, &nfds));
	close(sv[0]);
	close(sv[1]);
}

int main(void)
{
	mkdir("/tmp", 01777);
	pass_file();
	short_buffers();
	pass_socket();
	nesting();
	bad_messages();
	credentials();
	unlink("/tmp/scm.file");
	return 0;
}
