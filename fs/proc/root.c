/*
 * root.c - the top of /proc.
 *
 * proc_root is the directory entry of /proc itself; every entry whose
 * parent is NULL hangs under it (fs/proc/generic.c). The files are added
 * by their owners at boot, from fs_initcall()s (meminfo.c, uptime.c...),
 * as Linux 2.6.32 adds them. Mounting /proc goes through the VFS.
 * See docs/procfs.md.
 */
#include <linux/proc_fs.h>
#include <linux/stat.h>

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
