/*
 * wait1.c - the classic blocking ring-buffer device.
 *
 * A 64-byte ring that readers empty and writers fill, each side sleeping
 * when it cannot proceed, as in the first chapter on blocking I/O of
 * every driver book:
 *
 *   reader: while empty: sleep on read_wait    writer: while full: sleep on write_wait
 *           take bytes                                 put bytes
 *           wake_up_interruptible(write_wait)          wake_up_interruptible(read_wait)
 *
 * The sleeps are wait_event_interruptible(): the condition is tested
 * after the task is on the queue and marked asleep, so a wake-up between
 * the test and the sleep is not lost. A signal (Ctrl-C) ends the sleep
 * early with -ERESTARTSYS, which the system call boundary (here, the
 * shell) turns into -EINTR; O_NONBLOCK makes both sides return -EAGAIN
 * instead of sleeping. Several readers and writers may share the device,
 * so a mutex serialises the ring's use (the lock-free kfifo case is one
 * producer and one consumer).
 *
 * Readers sleep as exclusive waiters (wait_event_interruptible_exclusive):
 * a write wakes one reader, the longest waiting, not all of them to
 * fight over the bytes (the "thundering herd"); a reader that leaves
 * bytes behind passes the wake-up on. poll() says which way the ring can
 * move without sleeping, and registers the caller on both queues. Both
 * are lab 3's reference solution (docs/labs/lab3-wait1-poll.md). Try it with `cat wait1 &` and
 * `echo hello > wait1` in the shell. See docs/drivers.md.
 *
 * It is a driver that can be a module (Makefile: CONFIG_WAIT1=y builds
 * it in, m builds drivers/char/wait1.ko for `insmod`): module_init() is a
 * device_initcall built in, and the function insmod runs in wait1.ko;
 * module_exit() gives the device back on `rmmod wait1`, and .owner =
 * THIS_MODULE keeps the module in while /dev/wait1 is open. See
 * docs/modules.md.
 */
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/kfifo.h>
#include <linux/mutex.h>
#include <linux/poll.h>
#include <linux/sched.h>
#include <linux/wait.h>

#define WAIT1_SIZE 64

static unsigned char wait1_buf[WAIT1_SIZE];
static struct kfifo wait1_fifo;
static DEFINE_MUTEX(wait1_lock);
static DECLARE_WAIT_QUEUE_HEAD(wait1_read_wait);
static DECLARE_WAIT_QUEUE_HEAD(wait1_write_wait);

static ssize_t wait1_read(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	ssize_t ret;

	for (;;) {
		if (mutex_lock_interruptible(&wait1_lock))
			return -ERESTARTSYS;
		if (!kfifo_is_empty(&wait1_fifo))
			break;
		mutex_unlock(&wait1_lock);
		if (file->f_flags & O_NONBLOCK)
			return -EAGAIN;
		/* LAB 3: BEGIN SOLUTION */
		if (wait_event_interruptible_exclusive(wait1_read_wait,
						       !kfifo_is_empty(&wait1_fifo)))
			return -ERESTARTSYS;
		/* LAB 3: END SOLUTION
		 * skeleton:
		 *	if (wait_event_interruptible(wait1_read_wait, !kfifo_is_empty(&wait1_fifo)))
		 *		return -ERESTARTSYS;
		 */
	}
	ret = kfifo_out(&wait1_fifo, buf, count);
	/* one reader was woken for all the bytes: pass the wake-up on if some are left */
	if (!kfifo_is_empty(&wait1_fifo))
		wake_up_interruptible(&wait1_read_wait);
	mutex_unlock(&wait1_lock);
	wake_up_interruptible(&wait1_write_wait);
	return ret;
}

static ssize_t wait1_write(struct file *file, const char __user *buf, size_t count, loff_t *ppos)
{
	ssize_t ret;

	for (;;) {
		if (mutex_lock_interruptible(&wait1_lock))
			return -ERESTARTSYS;
		if (!kfifo_is_full(&wait1_fifo))
			break;
		mutex_unlock(&wait1_lock);
		if (file->f_flags & O_NONBLOCK)
			return -EAGAIN;
		if (wait_event_interruptible(wait1_write_wait, !kfifo_is_full(&wait1_fifo)))
			return -ERESTARTSYS;
	}
	ret = kfifo_in(&wait1_fifo, buf, count);
	mutex_unlock(&wait1_lock);
	wake_up_interruptible(&wait1_read_wait);
	return ret;
}

static unsigned int wait1_poll(struct file *file, poll_table *wait)
{
	/* LAB 3: BEGIN SOLUTION */
	unsigned int mask = 0;

	poll_wait(file, &wait1_read_wait, wait);
	poll_wait(file, &wait1_write_wait, wait);
	if (!kfifo_is_empty(&wait1_fifo))
		mask |= POLLIN | POLLRDNORM;
	if (!kfifo_is_full(&wait1_fifo))
		mask |= POLLOUT | POLLWRNORM;
	return mask;
	/* LAB 3: END SOLUTION (skeleton: return 0;) */
}

static const struct file_operations wait1_fops = {
	.owner = THIS_MODULE,
	.read = wait1_read,
	.write = wait1_write,
	.poll = wait1_poll,
};

static int wait1_major;

/* Set up the ring and register the "wait1" device (a dynamic major) */
static int __init wait1_init(void)
{
	int ret;

	kfifo_init(&wait1_fifo, wait1_buf, sizeof(wait1_buf));
	ret = register_chrdev(0, "wait1", &wait1_fops);
	if (ret < 0) {
		printk(KERN_ERR "wait1: cannot register (%d)\n", ret);
		return ret;
	}
	wait1_major = ret;
	printk(KERN_INFO "wait1: major %d, a %u-byte ring\n", wait1_major, WAIT1_SIZE);
	return 0;
}

static void __exit wait1_exit(void)
{
	unregister_chrdev(wait1_major, "wait1");
}

module_init(wait1_init);
module_exit(wait1_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("wait1: a 64-byte ring with blocking reads and writes");
