/*
 * af_unix_test.c - the socket layer from the kernel's side: sock_create
 * refuses families Linnet does not have, sock_register one family per
 * number, an sk_buff queue keeps its order and runs destructors on
 * purge, and a kernel socketpair (net/unix/af_unix.c) charges a sent
 * buffer to the sender's sk_wmem_alloc until the reader frees it, then
 * calls sk_write_space; a closed peer leaves SHUTDOWN_MASK and -EPIPE.
 */
#include <kunit/test.h>
#include <linux/net.h>
#include <linux/skbuff.h>
#include <linux/uaccess.h>
#include <linux/err.h>
#include <net/sock.h>

static void sock_create_families_test(struct kunit *test)
{
	struct socket *sock;

	KUNIT_EXPECT_EQ(test, sock_create(AF_INET, SOCK_STREAM, 0, &sock), -EAFNOSUPPORT);
	KUNIT_EXPECT_EQ(test, sock_create(NPROTO, SOCK_STREAM, 0, &sock), -EAFNOSUPPORT);
	KUNIT_EXPECT_EQ(test, sock_create(AF_UNIX, SOCK_MAX, 0, &sock), -EINVAL);
	KUNIT_EXPECT_EQ(test, sock_create(AF_UNIX, SOCK_RDM, 0, &sock), -ESOCKTNOSUPPORT);
	KUNIT_ASSERT_EQ(test, sock_create(AF_UNIX, SOCK_DGRAM, 0, &sock), 0);
	KUNIT_EXPECT_EQ(test, sock->ops->family, PF_UNIX);
	KUNIT_EXPECT_EQ(test, sock->sk->sk_type, SOCK_DGRAM);
	KUNIT_EXPECT_EQ(test, sock->sk->sk_state, TCP_CLOSE);
	sock_release(sock);
}

static int no_create(struct socket *sock, int protocol)
{
	return -EPERM;
}

static void sock_register_test(struct kunit *test)
{
	const struct net_proto_family again = { .family = PF_UNIX, .create = no_create };
	const struct net_proto_family appletalk = { .family = AF_APPLETALK, .create = no_create };
	struct socket *sock;

	KUNIT_EXPECT_EQ(test, sock_register(&again), -EEXIST);
	KUNIT_ASSERT_EQ(test, sock_register(&appletalk), 0);
	KUNIT_EXPECT_EQ(test, sock_create(AF_APPLETALK, SOCK_DGRAM, 0, &sock), -EPERM);
	sock_unregister(AF_APPLETALK);
	KUNIT_EXPECT_EQ(test, sock_create(AF_APPLETALK, SOCK_DGRAM, 0, &sock), -EAFNOSUPPORT);
}

static int destructed;

static void count_destructor(struct sk_buff *skb)
{
	destructed++;
}

static void skb_queue_test(struct kunit *test)
{
	struct sk_buff_head q;
	struct sk_buff *a = alloc_skb(10, GFP_KERNEL), *b = alloc_skb(20, GFP_KERNEL);
	struct sk_buff *c = alloc_skb(30, GFP_KERNEL);

	KUNIT_ASSERT_TRUE(test, a && b && c);
	skb_queue_head_init(&q);
	KUNIT_EXPECT_TRUE(test, skb_queue_empty(&q));
	memcpy(skb_put(a, 3), "abc", 3);
	KUNIT_EXPECT_EQ(test, a->len, 3U);
	KUNIT_EXPECT_EQ(test, skb_tailroom(a), 7);
	skb_pull(a, 1);
	KUNIT_EXPECT_EQ(test, a->len, 2U);
	KUNIT_EXPECT_EQ(test, a->data[0], 'b');
	skb_queue_tail(&q, a);
	skb_queue_tail(&q, b);
	skb_queue_head(&q, c);
	KUNIT_EXPECT_EQ(test, skb_queue_len(&q), 3U);
	KUNIT_EXPECT_PTR_EQ(test, skb_dequeue(&q), c);
	KUNIT_EXPECT_PTR_EQ(test, skb_peek(&q), a);
	kfree_skb(c);
	destructed = 0;
	a->destructor = count_destructor;
	b->destructor = count_destructor;
	skb_queue_purge(&q);
	KUNIT_EXPECT_EQ(test, destructed, 2);
	KUNIT_EXPECT_TRUE(test, skb_queue_empty(&q));
	KUNIT_EXPECT_PTR_EQ(test, skb_dequeue(&q), NULL);
}

/* A kernel socketpair of @type in @sv */
static void kernel_pair(struct kunit *test, int type, struct socket *sv[2])
{
	KUNIT_ASSERT_EQ(test, sock_create(AF_UNIX, type, 0, &sv[0]), 0);
	KUNIT_ASSERT_EQ(test, sock_create(AF_UNIX, type, 0, &sv[1]), 0);
	KUNIT_ASSERT_EQ(test, sv[0]->ops->socketpair(sv[0], sv[1]), 0);
}

/* Send or receive @len bytes of @buf, a kernel buffer, through the user-copy paths */
static int kernel_io(struct socket *sock, char *buf, size_t len, int flags, bool send)
{
	struct iovec iov = { .iov_base = (void __user *)buf, .iov_len = len };
	struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_flags = flags };
	mm_segment_t old = get_fs();
	int r;

	set_fs(KERNEL_DS);
	r = send ? sock_sendmsg(sock, &msg, len) : sock_recvmsg(sock, &msg, len, flags);
	set_fs(old);
	return r;
}

static int write_spaces;
static void (*orig_write_space)(struct sock *sk);

static void counting_write_space(struct sock *sk)
{
	write_spaces++;
	orig_write_space(sk);
}

static void send_buffer_accounting_test(struct kunit *test)
{
	struct socket *sv[2];
	struct sock *sk;
	char out[100], in[100];
	int before;

	kernel_pair(test, SOCK_STREAM, sv);
	sk = sv[0]->sk;
	memset(out, 'q', sizeof(out));
	before = atomic_read(&sk->sk_wmem_alloc);
	KUNIT_EXPECT_EQ(test, before, 1); /* the references' 1, no buffer */
	KUNIT_ASSERT_EQ(test, kernel_io(sv[0], out, sizeof(out), 0, true), 100);
	KUNIT_EXPECT_EQ(test, skb_queue_len(&sv[1]->sk->sk_receive_queue), 1U);
	KUNIT_EXPECT_GT(test, atomic_read(&sk->sk_wmem_alloc), before + 100);
	orig_write_space = sk->sk_write_space;
	sk->sk_write_space = counting_write_space;
	write_spaces = 0;
	KUNIT_EXPECT_EQ(test, kernel_io(sv[1], in, 60, MSG_DONTWAIT, false), 60);
	KUNIT_EXPECT_EQ(test, write_spaces, 0); /* part of the buffer is still queued */
	KUNIT_EXPECT_EQ(test, kernel_io(sv[1], in + 60, 40, MSG_DONTWAIT, false), 40);
	KUNIT_EXPECT_EQ(test, write_spaces, 1);
	KUNIT_EXPECT_EQ(test, atomic_read(&sk->sk_wmem_alloc), before);
	KUNIT_EXPECT_MEMEQ(test, in, out, sizeof(out));
	KUNIT_EXPECT_EQ(test, kernel_io(sv[1], in, 1, MSG_DONTWAIT, false), -EAGAIN);
	sk->sk_write_space = orig_write_space;
	sock_release(sv[0]);
	sock_release(sv[1]);
}

static void peer_close_test(struct kunit *test)
{
	struct socket *sv[2];
	char c = 'x';

	kernel_pair(test, SOCK_STREAM, sv);
	KUNIT_EXPECT_EQ(test, sv[0]->state, SS_CONNECTED);
	KUNIT_EXPECT_EQ(test, kernel_io(sv[1], &c, 1, 0, true), 1);
	sock_release(sv[0]); /* closed with unread data: the peer gets ECONNRESET once */
	KUNIT_EXPECT_EQ(test, sv[1]->sk->sk_shutdown, SHUTDOWN_MASK);
	KUNIT_EXPECT_EQ(test, kernel_io(sv[1], &c, 1, MSG_NOSIGNAL, true), -EPIPE);
	KUNIT_EXPECT_EQ(test, kernel_io(sv[1], &c, 1, 0, false), -ECONNRESET);
	KUNIT_EXPECT_EQ(test, kernel_io(sv[1], &c, 1, 0, false), 0);
	sock_release(sv[1]);
}

static struct kunit_case af_unix_cases[] = { KUNIT_CASE(sock_create_families_test),
					     KUNIT_CASE(sock_register_test),
					     KUNIT_CASE(skb_queue_test),
					     KUNIT_CASE(send_buffer_accounting_test),
					     KUNIT_CASE(peer_close_test),
					     {} };

static struct kunit_suite af_unix_suite = {
	.name = "af_unix",
	.test_cases = af_unix_cases,
};
kunit_test_suite(af_unix_suite);
