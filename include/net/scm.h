/*
 * scm.h - socket control messages: what travels beside the data.
 *
 * sendmsg's control buffer may carry SCM_RIGHTS (open files, as
 * descriptors) and SCM_CREDENTIALS (a struct ucred). scm_send() turns it
 * into a struct scm_cookie: the files, each with a reference, and the
 * credentials (the sender's own when it passed none). The family stores
 * them with the data; recvmsg's scm_recv() hands them out again: the
 * credentials when the receiver asked (SO_PASSCRED), the files as new
 * descriptors of the receiver (scm_detach_fds). Until then the files are
 * "in flight": held by the buffer, in no process's table.
 * As Linux 2.6.32's include/net/scm.h, without the security context.
 * See net/core/scm.c and docs/sockets.md.
 */
#ifndef _NET_SCM_H
#define _NET_SCM_H

#include <linux/net.h>
#include <linux/socket.h>

/* SCM_MAX_FD - files one SCM_RIGHTS message may carry (2.6.32) */
#define SCM_MAX_FD 255

/**
 * struct scm_fp_list - the files of an SCM_RIGHTS message
 * @count: how many are in @fp
 * @fp: the files, each with a reference
 */
struct scm_fp_list {
	int count;
	struct file *fp[SCM_MAX_FD];
};

/**
 * struct scm_cookie - a message's control data between scm_send and scm_recv
 * @creds: the credentials it carries
 * @fp: its files, or NULL
 */
struct scm_cookie {
	struct ucred creds;
	struct scm_fp_list *fp;
};

int __scm_send(struct socket *sock, struct msghdr *msg, struct scm_cookie *scm);
void __scm_destroy(struct scm_cookie *scm);
struct scm_fp_list *scm_fp_dup(struct scm_fp_list *fpl);
void scm_detach_fds(struct msghdr *msg, struct scm_cookie *scm);
int scm_send(struct socket *sock, struct msghdr *msg, struct scm_cookie *scm);
void scm_recv(struct socket *sock, struct msghdr *msg, struct scm_cookie *scm, int flags);

/* scm_destroy - drop the files of a cookie that was not delivered */
static inline void scm_destroy(struct scm_cookie *scm)
{
	if (scm && scm->fp)
		__scm_destroy(scm);
}

#endif /* _NET_SCM_H */
