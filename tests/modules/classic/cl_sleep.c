/*
 * cl_sleep.c - a /proc file that one process at a time may hold open:
 * a second opener sleeps on a wait queue (or gets -EAGAIN with
 * O_NONBLOCK) until the first closes it.
 */
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/proc_fs.h>
#include <linux/sched.h>
#include <linux/wait.h>
#include <linux/fcntl.h>
#include <asm/uaccess.h>

#define PROC_ENTRY_FILENAME "cl_sleep"

static struct proc_dir_entry *Our_Proc_File;
static int Already_Open = 0;
static int Opens = 0;
DECLARE_WAIT_QUEUE_HEAD(WaitQ);

static ssize_t module_output(struct file *file, char *buf, size_t len, loff_t *offset)
{
	char message[64];
	int i;

	if (*offset)
		return 0;
	sprintf(message, "opened %d times, pid %d\n", Opens, current->pid);
	for (i = 0; i < len && message[i]; i++)
		put_user(message[i], buf + i);
	*offset += i;
	return i;
}

static int module_open(struct inode *inode, struct file *file)
{
	if ((file->f_flags & O_NONBLOCK) && Already_Open)
		return -EAGAIN;
	try_module_get(THIS_MODULE);
	while (Already_Open) {
		wait_event_interruptible(WaitQ, !Already_Open);
		if (signal_pending(current)) {
			module_put(THIS_MODULE);
			return -EINTR;
		}
	}
	Already_Open = 1;
	Opens++;
	return 0;
}

int module_close(struct inode *inode, struct file *file)
{
	Already_Open = 0;
	wake_up(&WaitQ);
	module_put(THIS_MODULE);
	return 0;
}

static struct file_operations File_Ops_4_Our_Proc_File = {
	.read = module_output,
	.open = module_open,
	.release = module_close,
};

int init_module()
{
	Our_Proc_File = create_proc_entry(PROC_ENTRY_FILENAME, 0644, NULL);
	if (Our_Proc_File == NULL) {
		printk(KERN_ALERT "Error: Could not initialize /proc/%s\n", PROC_ENTRY_FILENAME);
		return -ENOMEM;
	}
	Our_Proc_File->proc_fops = &File_Ops_4_Our_Proc_File;
	Our_Proc_File->mode = S_IFREG | S_IRUGO | S_IWUSR;
	printk(KERN_INFO "/proc/%s created\n", PROC_ENTRY_FILENAME);
	return 0;
}

void cleanup_module()
{
	remove_proc_entry(PROC_ENTRY_FILENAME, NULL);
}

MODULE_LICENSE("GPL");
