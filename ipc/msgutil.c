/*
 * msgutil.c - a message's trip into and out of the kernel, shared by
 * System V (ipc/msg.c) and POSIX (ipc/mqueue.c) message queues.
 *
 * A sender's bytes are copied into a struct msg_msg before any queue is
 * locked (the copy may fault and sleep), and a receiver's are copied
 * out after the message has left its queue, with no lock held:
 *
 *   send:    load_msg (kmalloc + copy_from_user) -> lock -> queue or hand over
 *   receive: lock -> take -> unlock -> store_msg (copy_to_user) -> free_msg
 *
 * Linux 2.6.32's ipc/msgutil.c chains a long message over page-sized
 * segments (struct msg_msgseg) so that no allocation is larger than a
 * page; Linnet makes one allocation of header and text, which a long
 * message (up to msgsize_max, 8192 bytes by default) may need as a
 * multi-page kmalloc. Read next: ipc/msg.c, ipc/mqueue.c, docs/ipc.md.
 */
#include <linux/msg.h>
#include <linux/slab.h>
#include <linux/err.h>
#include <linux/uaccess.h>
#include "util.h"

/**
 * load_msg - copy a message's text from user space into a new msg_msg
 * @src: the text in user memory
 * @len: its length in bytes (checked against the queue's limit by the caller)
 *
 * The message's m_ts is @len; its type and list link are the caller's.
 *
 * Context: process context; may sleep.
 * Return: the message (free_msg() it), or ERR_PTR(-ENOMEM) or ERR_PTR(-EFAULT).
 */
struct msg_msg *load_msg(const void __user *src, int len)
{
	struct msg_msg *msg = kmalloc(sizeof(*msg) + len, GFP_KERNEL);

	if (!msg)
		return ERR_PTR(-ENOMEM);
	if (copy_from_user(msg->text, src, len)) {
		kfree(msg);
		return ERR_PTR(-EFAULT);
	}
	msg->m_ts = len;
	return msg;
}

/**
 * store_msg - copy a message's text out to user space
 * @dest: the user's buffer
 * @msg: the message
 * @len: how many bytes of its text, at most m_ts
 *
 * Context: process context; may sleep.
 * Return: 0, or -1 if the copy faulted (as 2.6.32: the caller says -EFAULT).
 */
int store_msg(void __user *dest, struct msg_msg *msg, int len)
{
	return copy_to_user(dest, msg->text, len) ? -1 : 0;
}

/**
 * free_msg - free a message load_msg() made
 * @msg: the message, on no list
 *
 * Context: any.
 */
void free_msg(struct msg_msg *msg)
{
	kfree(msg);
}
