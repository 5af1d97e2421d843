/*
 * debugfs.h - a file system for kernel developers' debugging files.
 *
 * debugfs has no rules: a driver puts there whatever helps debug it, with
 * any file operations, and the helpers make the common cases one line -
 * a number (debugfs_create_u32, _x32...), a flag (debugfs_create_bool),
 * a block of memory (debugfs_create_blob). User space sees it at
 * /sys/kernel/debug once mounted (`mount -t debugfs none /sys/kernel/debug`).
 * Every function returns the new dentry, to pass as the parent of others
 * and to debugfs_remove() in the module's exit, or NULL on failure, as in
 * Linux 2.6.32 (later Linux returns ERR_PTR values, and its
 * debugfs_create_bool takes a bool *; 2.6.32's takes a u32 *).
 * fs/debugfs/ implements it; read docs/drivers-core.md next.
 */
#ifndef _DEBUGFS_H_
#define _DEBUGFS_H_

#include <linux/fs.h>
#include <linux/types.h>

struct file_operations;

/**
 * struct debugfs_blob_wrapper - the memory a blob file shows
 * @data: its start
 * @size: its length in bytes
 */
struct debugfs_blob_wrapper {
	void *data;
	unsigned long size;
};

extern const struct file_operations debugfs_file_operations;
extern const struct inode_operations debugfs_link_operations;

struct dentry *debugfs_create_file(const char *name, mode_t mode, struct dentry *parent, void *data,
				   const struct file_operations *fops);
struct dentry *debugfs_create_dir(const char *name, struct dentry *parent);
struct dentry *debugfs_create_symlink(const char *name, struct dentry *parent, const char *dest);
void debugfs_remove(struct dentry *dentry);
void debugfs_remove_recursive(struct dentry *dentry);

struct dentry *debugfs_create_u8(const char *name, mode_t mode, struct dentry *parent, u8 *value);
struct dentry *debugfs_create_u16(const char *name, mode_t mode, struct dentry *parent, u16 *value);
struct dentry *debugfs_create_u32(const char *name, mode_t mode, struct dentry *parent, u32 *value);
struct dentry *debugfs_create_u64(const char *name, mode_t mode, struct dentry *parent, u64 *value);
struct dentry *debugfs_create_x8(const char *name, mode_t mode, struct dentry *parent, u8 *value);
struct dentry *debugfs_create_x16(const char *name, mode_t mode, struct dentry *parent, u16 *value);
struct dentry *debugfs_create_x32(const char *name, mode_t mode, struct dentry *parent, u32 *value);
struct dentry *debugfs_create_size_t(const char *name, mode_t mode, struct dentry *parent,
				     size_t *value);
struct dentry *debugfs_create_bool(const char *name, mode_t mode, struct dentry *parent,
				   u32 *value);
struct dentry *debugfs_create_blob(const char *name, mode_t mode, struct dentry *parent,
				   struct debugfs_blob_wrapper *blob);
bool debugfs_initialized(void);

#endif /* _DEBUGFS_H_ */
