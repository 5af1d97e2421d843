/*
 * proc_sysctl.c - /proc/sys: the kernel's tunables as files.
 *
 * register_sysctl_table() turns a tree of struct ctl_table into /proc
 * entries under /proc/sys: a directory per table with @child, a file per
 * leaf whose entry's data is the ctl_table. Reading or writing the file
 * calls the leaf's proc_handler with the user's buffer, which formats or
 * parses the variable (kernel/sysctl.c: proc_dostring, proc_dointvec):
 *
 *   read("/proc/sys/kernel/pid_max") -> proc_sys_read -> proc_dointvec
 *        -> "32768\n"
 *
 * Differences from 2.6.32: the files are plain proc_dir_entries made at
 * registration (2.6.32 builds /proc/sys's dentries on demand from the
 * table headers, proc_sys_lookup, so tables can come and go and
 * namespaces can differ); Linnet's tables are registered once at boot.
 *
 * A tunable's mode is obeyed even by root, as in 2.6.32: "sysctl entries
 * that are not writeable are not writeable, capabilities or not". Root
 * gets the owner's bits, group 0 the group's, everyone else the rest
 * (sysctl_perm), both when the file is opened (proc_sys_permission) and
 * when it is read or written. 2.6.32's in_egroup_p() also looks at the
 * supplementary groups; Linnet looks at the effective group only.
 * See docs/procfs.md.
 */
#include <linux/proc_fs.h>
#include <linux/sysctl.h>
#include <linux/init.h>
#include <linux/slab.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/dcache.h>
#include <linux/cred.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include "internal.h"

static struct proc_dir_entry *proc_sys_root;

/* 2.6.32's test_perm: may the caller do @op (MAY_*) to a tunable of @mode? */
static int sysctl_perm(struct ctl_table *table, int op)
{
	int mode = table->mode;

	if (!current_euid())
		mode >>= 6;
	else if (!current_egid())
		mode >>= 3;
	if ((op & ~mode & (MAY_READ | MAY_WRITE | MAY_EXEC)) == 0)
		return 0;
	return -EACCES;
}

static int proc_sys_permission(struct inode *inode, int mask)
{
	/* no executable files under /proc/sys */
	if ((mask & MAY_EXEC) && S_ISREG(inode->i_mode))
		return -EACCES;
	return sysctl_perm(PDE(inode)->data, mask);
}

static const struct inode_operations proc_sys_inode_operations = {
	.permission = proc_sys_permission,
};

static ssize_t proc_sys_call_handler(struct file *filp, void __user *buf, size_t count,
				     loff_t *ppos, int write)
{
	struct ctl_table *table = PDE(filp->f_path.dentry->d_inode)->data;
	size_t res = count;
	int error;

	if (sysctl_perm(table, write ? MAY_WRITE : MAY_READ))
		return -EPERM;
	if (!table->proc_handler)
		return -EINVAL;
	error = table->proc_handler(table, write, buf, &res, ppos);
	return error ? error : (ssize_t)res;
}

static ssize_t proc_sys_read(struct file *filp, char __user *buf, size_t count, loff_t *ppos)
{
	return proc_sys_call_handler(filp, (void __user *)buf, count, ppos, 0);
}

static ssize_t proc_sys_write(struct file *filp, const char __user *buf, size_t count, loff_t *ppos)
{
	return proc_sys_call_handler(filp, (void __user *)buf, count, ppos, 1);
}

static const struct file_operations proc_sys_file_operations = {
	.read = proc_sys_read,
	.write = proc_sys_write,
};

/* The directory @name in @parent: the one there, or a new one */
static struct proc_dir_entry *sys_dir(struct proc_dir_entry *parent, const char *name)
{
	struct proc_dir_entry *de = pde_lookup(parent ?: &proc_root, name, strlen(name));

	if (de) {
		pde_put(de); /* the tree keeps its own reference */
		return de;
	}
	return proc_mkdir(name, parent);
}

static int register_table(struct proc_dir_entry *dir, struct ctl_table *table)
{
	for (; table->procname; table++) {
		if (table->child) {
			struct proc_dir_entry *sub = sys_dir(dir, table->procname);

			if (!sub || register_table(sub, table->child))
				return -ENOMEM;
		} else {
			struct proc_dir_entry *de =
				proc_create_data(table->procname, table->mode, dir,
						 &proc_sys_file_operations, table);

			if (!de)
				return -ENOMEM;
			de->proc_iops = &proc_sys_inode_operations;
		}
	}
	return 0;
}

/**
 * register_sysctl_table - make /proc/sys files for a tree of tunables
 * @table: the top table (its entries are directories under /proc/sys,
 *         or files there), ended by an entry with no procname
 *
 * Context: process context (boot); may sleep.
 * Return: a header, or NULL if memory ran out.
 */
struct ctl_table_header *register_sysctl_table(struct ctl_table *table)
{
	struct ctl_table_header *head;

	if (!proc_sys_root)
		proc_sys_root = sys_dir(NULL, "sys");
	if (!proc_sys_root)
		return NULL;
	head = kzalloc(sizeof(*head), GFP_KERNEL);
	if (!head)
		return NULL;
	head->ctl_table = table;
	if (register_table(proc_sys_root, table)) {
		kfree(head);
		return NULL;
	}
	return head;
}
