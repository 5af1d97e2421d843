/*
 * scm.c - socket control messages: SCM_RIGHTS and SCM_CREDENTIALS.
 *
 * On the way in (sendmsg), scm_send() starts a cookie with the sender's
 * own credentials and __scm_send() walks the kernel copy of the control
 * buffer: SCM_RIGHTS takes a reference to each named file (-EBADF for a
 * descriptor that is not open, -EINVAL past SCM_MAX_FD), SCM_CREDENTIALS
 * replaces the credentials after checking the sender may claim them
 * (its own pid, uid and gid, unless CAP_SYS_ADMIN / CAP_SETUID /
 * CAP_SETGID). Other SOL_SOCKET types are -EINVAL; other levels are
 * skipped.
 *
 * On the way out (recvmsg), scm_recv() writes control messages into the
 * caller's buffer with put_cmsg(): the credentials if the socket has
 * SO_PASSCRED, then the files, each installed as a new descriptor of the
 * receiver (scm_detach_fds). What does not fit is dropped and flagged
 * MSG_CTRUNC; the files not installed are closed.
 *
 * As Linux 2.6.32's net/core/scm.c and include/net/scm.h, without
 * SCM_SECURITY and the 32-bit compat layout. Read next:
 * net/unix/af_unix.c (unix_attach_fds), docs/sockets.md.
 */
#include <net/scm.h>
#include <net/sock.h>
#include <linux/file.h>
#include <linux/slab.h>
#include <linux/capability.h>
#include <linux/uaccess.h>
#include <linux/module.h>
#include <linux/cred.h>

/* May the caller claim these credentials? */
static int scm_check_creds(struct ucred *creds)
{
	const struct cred *cred = &current->cred;

	if ((creds->pid == (__u32)current->tgid || capable(CAP_SYS_ADMIN)) &&
	    ((creds->uid == cred->uid || creds->uid == cred->euid || creds->uid == cred->suid) ||
	     capable(CAP_SETUID)) &&
	    ((creds->gid == cred->gid || creds->gid == cred->egid || creds->gid == cred->sgid) ||
	     capable(CAP_SETGID)))
		return 0;
	return -EPERM;
}

/* Take a reference to each file of an SCM_RIGHTS message into *@fplp */
static int scm_fp_copy(struct cmsghdr *cmsg, struct scm_fp_list **fplp)
{
	int *fdp = (int *)CMSG_DATA(cmsg);
	struct scm_fp_list *fpl = *fplp;
	int i, num;

	num = (cmsg->cmsg_len - CMSG_ALIGN(sizeof(struct cmsghdr))) / sizeof(int);
	if (num <= 0)
		return 0;
	if (num > SCM_MAX_FD)
		return -EINVAL;
	if (!fpl) {
		fpl = kmalloc(sizeof(*fpl), GFP_KERNEL);
		if (!fpl)
			return -ENOMEM;
		*fplp = fpl;
		fpl->count = 0;
	}
	if (fpl->count + num > SCM_MAX_FD)
		return -EINVAL;
	for (i = 0; i < num; i++) {
		struct file *file = fdp[i] < 0 ? NULL : fget(fdp[i]);

		if (!file)
			return -EBADF;
		fpl->fp[fpl->count++] = file;
	}
	return num;
}

/* One SOL_SOCKET control message into the cookie */
static int scm_one(struct socket *sock, struct cmsghdr *cmsg, struct scm_cookie *p)
{
	int err;

	switch (cmsg->cmsg_type) {
	case SCM_RIGHTS:
		if (!sock->ops || sock->ops->family != PF_UNIX)
			return -EINVAL;
		err = scm_fp_copy(cmsg, &p->fp);
		return err < 0 ? err : 0;
	case SCM_CREDENTIALS:
		if (cmsg->cmsg_len != CMSG_LEN(sizeof(struct ucred)))
			return -EINVAL;
		memcpy(&p->creds, CMSG_DATA(cmsg), sizeof(struct ucred));
		return scm_check_creds(&p->creds);
	default:
		return -EINVAL;
	}
}

/**
 * __scm_send - parse the kernel copy of a message's control buffer
 * @sock: the sending socket
 * @msg: the message (msg_control in the kernel)
 * @scm: the cookie to fill
 *
 * Context: process context.
 * Return: 0, or -EINVAL (a malformed or unknown message), -EBADF, -EPERM,
 * -ENOMEM; on error the files taken so far are released.
 */
int __scm_send(struct socket *sock, struct msghdr *msg, struct scm_cookie *scm)
{
	struct cmsghdr *cmsg;
	int err;

	for (cmsg = CMSG_FIRSTHDR(msg); cmsg; cmsg = CMSG_NXTHDR(msg, cmsg)) {
		err = -EINVAL;
		if (!CMSG_OK(msg, cmsg))
			goto error;
		if (cmsg->cmsg_level != SOL_SOCKET)
			continue;
		err = scm_one(sock, cmsg, scm);
		if (err)
			goto error;
	}
	if (scm->fp && !scm->fp->count) {
		kfree(scm->fp);
		scm->fp = NULL;
	}
	return 0;
error:
	scm_destroy(scm);
	return err;
}
EXPORT_SYMBOL(__scm_send);

/**
 * scm_send - a cookie for a message: the sender's credentials and what it passed
 * @sock: the sending socket
 * @msg: the message
 * @scm: the cookie
 *
 * Context: process context.
 * Return: as __scm_send().
 */
int scm_send(struct socket *sock, struct msghdr *msg, struct scm_cookie *scm)
{
	memset(scm, 0, sizeof(*scm));
	scm->creds.pid = current->tgid;
	scm->creds.uid = current_uid();
	scm->creds.gid = current_gid();
	if (msg->msg_controllen <= 0)
		return 0;
	return __scm_send(sock, msg, scm);
}
EXPORT_SYMBOL(scm_send);

/**
 * __scm_destroy - release the files of a cookie
 * @scm: the cookie
 *
 * Context: process context.
 */
void __scm_destroy(struct scm_cookie *scm)
{
	struct scm_fp_list *fpl = scm->fp;
	int i;

	if (!fpl)
		return;
	scm->fp = NULL;
	for (i = fpl->count - 1; i >= 0; i--)
		fput(fpl->fp[i]);
	kfree(fpl);
}
EXPORT_SYMBOL(__scm_destroy);

/**
 * scm_fp_dup - a copy of a file list, with its own references
 * @fpl: the list
 *
 * Context: process context; may sleep.
 * Return: the copy, or NULL.
 */
struct scm_fp_list *scm_fp_dup(struct scm_fp_list *fpl)
{
	struct scm_fp_list *new_fpl = kmemdup(fpl, sizeof(*fpl), GFP_KERNEL);
	int i;

	if (new_fpl)
		for (i = fpl->count - 1; i >= 0; i--)
			get_file(fpl->fp[i]);
	return new_fpl;
}
EXPORT_SYMBOL(scm_fp_dup);

/**
 * put_cmsg - write one control message to the receiver's buffer
 * @msg: the message (msg_control is the caller's pointer, advanced past it)
 * @level: SOL_SOCKET
 * @type: SCM_*
 * @len: the data's length
 * @data: the data
 *
 * A buffer too small gets what fits and MSG_CTRUNC.
 *
 * Context: process context; may fault.
 * Return: 0 or -EFAULT.
 */
int put_cmsg(struct msghdr *msg, int level, int type, int len, void *data)
{
	struct cmsghdr __user *cm = (struct cmsghdr __user *)msg->msg_control;
	struct cmsghdr cmhdr;
	int cmlen = CMSG_LEN(len);

	if (!cm || msg->msg_controllen < sizeof(*cm)) {
		msg->msg_flags |= MSG_CTRUNC;
		return 0;
	}
	if (msg->msg_controllen < (size_t)cmlen) {
		msg->msg_flags |= MSG_CTRUNC;
		cmlen = msg->msg_controllen;
	}
	cmhdr.cmsg_level = level;
	cmhdr.cmsg_type = type;
	cmhdr.cmsg_len = cmlen;
	if (copy_to_user(cm, &cmhdr, sizeof(cmhdr)) ||
	    copy_to_user(CMSG_DATA(cm), data, cmlen - sizeof(struct cmsghdr)))
		return -EFAULT;
	cmlen = CMSG_SPACE(len);
	if (msg->msg_controllen < (size_t)cmlen)
		cmlen = msg->msg_controllen;
	msg->msg_control = (char *)msg->msg_control + cmlen;
	msg->msg_controllen -= cmlen;
	return 0;
}
EXPORT_SYMBOL(put_cmsg);

/* Install up to @fdmax of @fp as the caller's descriptors, listed at @cmfptr; how many */
static int scm_install_fds(struct msghdr *msg, struct file **fp, int fdmax, int __user *cmfptr)
{
	int i, new_fd;

	for (i = 0; i < fdmax; i++, cmfptr++) {
		new_fd = get_unused_fd_flags(msg->msg_flags & MSG_CMSG_CLOEXEC ? O_CLOEXEC : 0);
		if (new_fd < 0)
			break;
		if (put_user(new_fd, cmfptr)) {
			put_unused_fd(new_fd);
			break;
		}
		get_file(fp[i]);
		fd_install(new_fd, fp[i]);
	}
	return i;
}

/**
 * scm_detach_fds - hand a cookie's files to the receiver as an SCM_RIGHTS message
 * @msg: the message (msg_control is the caller's pointer)
 * @scm: the cookie; its files are released afterwards
 *
 * Context: process context; may fault.
 */
void scm_detach_fds(struct msghdr *msg, struct scm_cookie *scm)
{
	struct cmsghdr __user *cm = (struct cmsghdr __user *)msg->msg_control;
	int fdnum = scm->fp->count, fdmax = 0, i;

	if (msg->msg_controllen > sizeof(struct cmsghdr))
		fdmax = (msg->msg_controllen - sizeof(struct cmsghdr)) / sizeof(int);
	if (fdnum < fdmax)
		fdmax = fdnum;
	i = scm_install_fds(msg, scm->fp->fp, fdmax, (int __user *)CMSG_DATA(cm));
	if (i > 0) {
		int cmlen = CMSG_LEN(i * sizeof(int));

		if (!put_user(SOL_SOCKET, &cm->cmsg_level) &&
		    !put_user(SCM_RIGHTS, &cm->cmsg_type) && !put_user(cmlen, &cm->cmsg_len)) {
			cmlen = CMSG_SPACE(i * sizeof(int));
			msg->msg_control = (char *)msg->msg_control + cmlen;
			msg->msg_controllen -= cmlen;
		}
	}
	if (i < fdnum)
		msg->msg_flags |= MSG_CTRUNC;
	__scm_destroy(scm); /* the installed files have their own references */
}
EXPORT_SYMBOL(scm_detach_fds);

/**
 * scm_recv - write a received message's control data to the caller
 * @sock: the receiving socket
 * @msg: the message
 * @scm: the cookie (released)
 * @flags: recvmsg's flags
 *
 * Context: process context; may fault.
 */
void scm_recv(struct socket *sock, struct msghdr *msg, struct scm_cookie *scm, int flags)
{
	if (!msg->msg_control) {
		if (test_bit(SOCK_PASSCRED, &sock->flags) || scm->fp)
			msg->msg_flags |= MSG_CTRUNC;
		scm_destroy(scm);
		return;
	}
	if (test_bit(SOCK_PASSCRED, &sock->flags))
		put_cmsg(msg, SOL_SOCKET, SCM_CREDENTIALS, sizeof(scm->creds), &scm->creds);
	if (scm->fp)
		scm_detach_fds(msg, scm);
}
EXPORT_SYMBOL(scm_recv);
