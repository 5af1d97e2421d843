/*
 * fs/debugfs/file.c - the ready-made files of debugfs: numbers, flags, blobs.
 *
 * debugfs_create_u32() and its kin are DEFINE_SIMPLE_ATTRIBUTE files
 * (fs/libfs.c:simple_attr_read): the value is read from the caller's
 * variable on every read at offset 0 and printed in decimal ("%llu\n") or
 * hexadecimal ("0x%08llx\n" for x32), and a write parses any C number
 * into it. A bool file reads "Y\n" or "N\n" and takes a word starting
 * with Y, y or 1 (true) or N, n or 0 (false). A blob file is read-only
 * memory shown as is. The variable must outlive the file. As in Linux
 * 2.6.32 (whose files are all writable if the mode says so; later Linux
 * makes read-only ones for a mode without write bits).
 * See docs/drivers-core.md.
 */
#include <linux/module.h>
#include <linux/fs.h>
#include <linux/debugfs.h>
#include <linux/namei.h>
#include <linux/uaccess.h>
#include <linux/string.h>

static ssize_t default_read_file(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	return 0;
}

static ssize_t default_write_file(struct file *file, const char __user *buf, size_t count,
				  loff_t *ppos)
{
	return count;
}

/* i_private (debugfs_create_file's data) becomes the file's private_data */
static int default_open(struct inode *inode, struct file *file)
{
	if (inode->i_private)
		file->private_data = inode->i_private;
	return 0;
}

/* The operations of a file made with no fops: empty, swallows writes */
const struct file_operations debugfs_file_operations = {
	.read = default_read_file,
	.write = default_write_file,
	.open = default_open,
};

static void *debugfs_follow_link(struct dentry *dentry, struct nameidata *nd)
{
	nd_set_link(nd, dentry->d_inode->i_private);
	return NULL;
}

static int debugfs_readlink(struct dentry *dentry, char __user *buffer, int buflen)
{
	return vfs_readlink(dentry, buffer, buflen, dentry->d_inode->i_private);
}

/* A debugfs symlink: its target is the string in i_private */
const struct inode_operations debugfs_link_operations = {
	.readlink = debugfs_readlink,
	.follow_link = debugfs_follow_link,
};

#define DEBUGFS_GET_SET(type, name)                           \
	static int debugfs_##name##_set(void *data, u64 val)  \
	{                                                     \
		*(type *)data = val;                          \
		return 0;                                     \
	}                                                     \
	static int debugfs_##name##_get(void *data, u64 *val) \
	{                                                     \
		*val = *(type *)data;                         \
		return 0;                                     \
	}

DEBUGFS_GET_SET(u8, u8)
DEBUGFS_GET_SET(u16, u16)
DEBUGFS_GET_SET(u32, u32)
DEBUGFS_GET_SET(u64, u64)
DEBUGFS_GET_SET(size_t, size_t)

DEFINE_SIMPLE_ATTRIBUTE(fops_u8, debugfs_u8_get, debugfs_u8_set, "%llu\n");
DEFINE_SIMPLE_ATTRIBUTE(fops_u16, debugfs_u16_get, debugfs_u16_set, "%llu\n");
DEFINE_SIMPLE_ATTRIBUTE(fops_u32, debugfs_u32_get, debugfs_u32_set, "%llu\n");
DEFINE_SIMPLE_ATTRIBUTE(fops_u64, debugfs_u64_get, debugfs_u64_set, "%llu\n");
DEFINE_SIMPLE_ATTRIBUTE(fops_x8, debugfs_u8_get, debugfs_u8_set, "0x%02llx\n");
DEFINE_SIMPLE_ATTRIBUTE(fops_x16, debugfs_u16_get, debugfs_u16_set, "0x%04llx\n");
DEFINE_SIMPLE_ATTRIBUTE(fops_x32, debugfs_u32_get, debugfs_u32_set, "0x%08llx\n");
DEFINE_SIMPLE_ATTRIBUTE(fops_size_t, debugfs_size_t_get, debugfs_size_t_set, "%llu\n");

/**
 * debugfs_create_u8 - a debugfs file showing an unsigned 8-bit variable in decimal
 * @name: the file's name
 * @mode: its permissions (writes store into @value when the mode allows them)
 * @parent: its directory, or NULL for debugfs's root
 * @value: the variable; it must outlive the file
 *
 * Context: process context; may sleep.
 * Return: the file's dentry (for debugfs_remove()), or NULL on error.
 */
struct dentry *debugfs_create_u8(const char *name, mode_t mode, struct dentry *parent, u8 *value)
{
	return debugfs_create_file(name, mode, parent, value, &fops_u8);
}
EXPORT_SYMBOL_GPL(debugfs_create_u8);

/**
 * debugfs_create_u16 - a debugfs file showing a u16 in decimal
 * @name: the file's name
 * @mode: its permissions
 * @parent: its directory, or NULL
 * @value: the variable
 *
 * Context: process context; may sleep.
 * Return: the file's dentry, or NULL on error.
 */
struct dentry *debugfs_create_u16(const char *name, mode_t mode, struct dentry *parent, u16 *value)
{
	return debugfs_create_file(name, mode, parent, value, &fops_u16);
}
EXPORT_SYMBOL_GPL(debugfs_create_u16);

/**
 * debugfs_create_u32 - a debugfs file showing a u32 in decimal
 * @name: the file's name
 * @mode: its permissions
 * @parent: its directory, or NULL
 * @value: the variable
 *
 * Context: process context; may sleep.
 * Return: the file's dentry, or NULL on error.
 */
struct dentry *debugfs_create_u32(const char *name, mode_t mode, struct dentry *parent, u32 *value)
{
	return debugfs_create_file(name, mode, parent, value, &fops_u32);
}
EXPORT_SYMBOL_GPL(debugfs_create_u32);

/**
 * debugfs_create_u64 - a debugfs file showing a u64 in decimal
 * @name: the file's name
 * @mode: its permissions
 * @parent: its directory, or NULL
 * @value: the variable
 *
 * Context: process context; may sleep.
 * Return: the file's dentry, or NULL on error.
 */
struct dentry *debugfs_create_u64(const char *name, mode_t mode, struct dentry *parent, u64 *value)
{
	return debugfs_create_file(name, mode, parent, value, &fops_u64);
}
EXPORT_SYMBOL_GPL(debugfs_create_u64);

/**
 * debugfs_create_x8 - a debugfs file showing a u8 in hexadecimal ("0x2a")
 * @name: the file's name
 * @mode: its permissions
 * @parent: its directory, or NULL
 * @value: the variable
 *
 * Context: process context; may sleep.
 * Return: the file's dentry, or NULL on error.
 */
struct dentry *debugfs_create_x8(const char *name, mode_t mode, struct dentry *parent, u8 *value)
{
	return debugfs_create_file(name, mode, parent, value, &fops_x8);
}
EXPORT_SYMBOL_GPL(debugfs_create_x8);

/**
 * debugfs_create_x16 - a debugfs file showing a u16 in hexadecimal ("0x002a")
 * @name: the file's name
 * @mode: its permissions
 * @parent: its directory, or NULL
 * @value: the variable
 *
 * Context: process context; may sleep.
 * Return: the file's dentry, or NULL on error.
 */
struct dentry *debugfs_create_x16(const char *name, mode_t mode, struct dentry *parent, u16 *value)
{
	return debugfs_create_file(name, mode, parent, value, &fops_x16);
}
EXPORT_SYMBOL_GPL(debugfs_create_x16);

/**
 * debugfs_create_x32 - a debugfs file showing a u32 in hexadecimal ("0x0000002a")
 * @name: the file's name
 * @mode: its permissions
 * @parent: its directory, or NULL
 * @value: the variable
 *
 * Context: process context; may sleep.
 * Return: the file's dentry, or NULL on error.
 */
struct dentry *debugfs_create_x32(const char *name, mode_t mode, struct dentry *parent, u32 *value)
{
	return debugfs_create_file(name, mode, parent, value, &fops_x32);
}
EXPORT_SYMBOL_GPL(debugfs_create_x32);

/**
 * debugfs_create_size_t - a debugfs file showing a size_t in decimal
 * @name: the file's name
 * @mode: its permissions
 * @parent: its directory, or NULL
 * @value: the variable
 *
 * Context: process context; may sleep.
 * Return: the file's dentry, or NULL on error.
 */
struct dentry *debugfs_create_size_t(const char *name, mode_t mode, struct dentry *parent,
				     size_t *value)
{
	return debugfs_create_file(name, mode, parent, value, &fops_size_t);
}
EXPORT_SYMBOL_GPL(debugfs_create_size_t);

static ssize_t read_file_bool(struct file *file, char __user *user_buf, size_t count, loff_t *ppos)
{
	u32 *val = file->private_data;
	char buf[3] = { *val ? 'Y' : 'N', '\n', '\0' };

	return simple_read_from_buffer(user_buf, count, ppos, buf, 2);
}

static ssize_t write_file_bool(struct file *file, const char __user *user_buf, size_t count,
			       loff_t *ppos)
{
	u32 *val = file->private_data;
	size_t buf_size = min(count, sizeof(char[32]) - 1);
	char buf[32];

	if (copy_from_user(buf, user_buf, buf_size))
		return -EFAULT;
	switch (buf[0]) {
	case 'y':
	case 'Y':
	case '1':
		*val = 1;
		break;
	case 'n':
	case 'N':
	case '0':
		*val = 0;
		break;
	}
	return count;
}

static const struct file_operations fops_bool = {
	.read = read_file_bool,
	.write = write_file_bool,
	.open = default_open,
};

/**
 * debugfs_create_bool - a debugfs file showing a flag as "Y" or "N"
 * @name: the file's name
 * @mode: its permissions
 * @parent: its directory, or NULL
 * @value: the flag (a u32, as in 2.6.32: non-zero is true)
 *
 * Writing a word that starts with Y, y or 1 sets it, N, n or 0 clears it,
 * anything else leaves it.
 *
 * Context: process context; may sleep.
 * Return: the file's dentry, or NULL on error.
 */
struct dentry *debugfs_create_bool(const char *name, mode_t mode, struct dentry *parent, u32 *value)
{
	return debugfs_create_file(name, mode, parent, value, &fops_bool);
}
EXPORT_SYMBOL_GPL(debugfs_create_bool);

static ssize_t read_file_blob(struct file *file, char __user *user_buf, size_t count, loff_t *ppos)
{
	struct debugfs_blob_wrapper *blob = file->private_data;

	return simple_read_from_buffer(user_buf, count, ppos, blob->data, blob->size);
}

static const struct file_operations fops_blob = {
	.read = read_file_blob,
	.open = default_open,
};

/**
 * debugfs_create_blob - a read-only debugfs file showing a block of memory
 * @name: the file's name
 * @mode: its permissions
 * @parent: its directory, or NULL
 * @blob: where the memory is and how long; both must outlive the file
 *
 * Context: process context; may sleep.
 * Return: the file's dentry, or NULL on error.
 */
struct dentry *debugfs_create_blob(const char *name, mode_t mode, struct dentry *parent,
				   struct debugfs_blob_wrapper *blob)
{
	return debugfs_create_file(name, mode, parent, blob, &fops_blob);
}
EXPORT_SYMBOL_GPL(debugfs_create_blob);
