/*
 * root.c - the top of /proc, and the "proc" file system type.
 *
 * proc_root is the directory entry of /proc itself; every entry whose
 * parent is NULL hangs under it (fs/proc/generic.c). The files are added
 * by their owners at boot, from fs_initcall()s (meminfo.c, uptime.c...),
 * as Linux 2.6.32 adds them. "proc" is a file system type with one
 * super block (get_sb_single): every mount shows the same tree.
 *
 * /proc's root also lists a directory per process and "self"
 * (fs/proc/base.c), found by proc_root_lookup() when no entry has the name.
 *
 * Linux leaves mounting /proc to user space (an init script's
 * "mount -t proc proc /proc"). Linnet's kernel mounts it at /proc itself,
 * after the initramfs is unpacked (proc_mount_at_boot), so that the
 * kernel monitor, which runs with no /init, has it too. See docs/procfs.md.
 */
#include <linux/proc_fs.h>
#include <linux/stat.h>
#include <linux/fs.h>
#include <linux/mount.h>
#include <linux/init.h>
#include <linux/err.h>
#include <linux/fcntl.h>
#include <linux/syscalls.h>
#include <linux/printk.h>
#include "internal.h"

/* The directory /proc: entries with no parent are its subdir list. */
struct proc_dir_entry proc_root = {
	.low_ino = PROC_ROOT_INO,
	.namelen = 5,
	.name = "/proc",
	.mode = S_IFDIR | S_IRUGO | S_IXUGO,
	.nlink = 2,
	.count = ATOMIC_INIT(1),
	.pde_unload_lock = __SPIN_LOCK_UNLOCKED(proc_root.pde_unload_lock),
};

struct vfsmount *proc_mnt;

/*
 * /proc's own directory: its entries, then "self" and a directory per
 * process (fs/proc/base.c), as 2.6.32's proc_root_lookup/readdir. The
 * entries take f_pos 0 to FIRST_PROCESS_ENTRY - 1, the processes after.
 */
static struct dentry *proc_root_lookup(struct inode *dir, struct dentry *dentry,
				       struct nameidata *nd)
{
	if (!proc_lookup(dir, dentry, nd))
		return NULL;
	return proc_pid_lookup(dir, dentry, nd);
}

static int proc_root_readdir(struct file *filp, void *dirent, filldir_t filldir)
{
	if (filp->f_pos < FIRST_PROCESS_ENTRY) {
		if (!proc_readdir_de(&proc_root, filp, dirent, filldir))
			return 0;
		filp->f_pos = FIRST_PROCESS_ENTRY;
	}
	return proc_pid_readdir(filp, dirent, filldir);
}

const struct file_operations proc_root_operations = {
	.read = generic_read_dir,
	.readdir = proc_root_readdir,
};

const struct inode_operations proc_root_inode_operations = {
	.lookup = proc_root_lookup,
};

static int proc_get_sb(struct file_system_type *fs_type, int flags, const char *dev_name,
		       void *data, struct vfsmount *mnt)
{
	return get_sb_single(fs_type, flags, data, proc_fill_super, mnt);
}

static struct file_system_type proc_fs_type = {
	.name = "proc",
	.get_sb = proc_get_sb,
	.kill_sb = kill_anon_super,
};

/* Register "proc" and mount it inside the kernel, as 2.6.32's proc_root_init */
static int proc_root_init(void)
{
	int err = register_filesystem(&proc_fs_type);

	if (err)
		return err;
	proc_mnt = kern_mount_data(&proc_fs_type, NULL);
	if (IS_ERR(proc_mnt)) {
		unregister_filesystem(&proc_fs_type);
		return PTR_ERR(proc_mnt);
	}
	proc_mkdir("fs", NULL);
	proc_mkdir("driver", NULL);
	proc_mkdir("sysvipc", NULL); /* ipc/util.c:ipc_init_proc_interface fills it */
	return 0;
}
fs_initcall(proc_root_init);

/* Mount /proc at /proc, making the mount point if the initramfs did not */
static int proc_mount_at_boot(void)
{
	long err = sys_mkdirat(AT_FDCWD, "/proc", 0555);

	if (err && err != -EEXIST)
		goto fail;
	err = do_mount("proc", "/proc", "proc", 0, NULL);
	if (!err)
		return 0;
fail:
	printk(KERN_ERR "proc: cannot mount /proc: %ld\n", err);
	return 0;
}
late_initcall(proc_mount_at_boot);
