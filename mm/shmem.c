/*
 * shmem.c - tmpfs, as a Linux 2.6.32 kernel built without CONFIG_SHMEM
 * provides it: the name "tmpfs" mounts a ramfs (no size limit, no swap).
 * The full tmpfs (size= limits, swap-backed pages) needs swap, which
 * Linnet does not have. See fs/ramfs/inode.c and docs/files.md.
 */
#include <linux/fs.h>
#include <linux/ramfs.h>
#include <linux/module.h>
#include <linux/init.h>

static struct file_system_type tmpfs_fs_type = {
	.name = "tmpfs",
	.get_sb = ramfs_get_sb,
	.kill_sb = kill_litter_super,
};

static int __init init_tmpfs(void)
{
	return register_filesystem(&tmpfs_fs_type);
}
module_init(init_tmpfs);
