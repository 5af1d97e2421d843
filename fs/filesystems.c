/*
 * filesystems.c - the table of file system types that can be mounted.
 *
 * A file system registers its struct file_system_type at boot
 * (register_filesystem); mount -t NAME finds it with get_fs_type().
 * /proc/filesystems lists them, "nodev" beside those that need no
 * device. Linux 2.6.32's singly linked list and names; Linnet loads no
 * modules on demand, so an unknown type is simply -ENODEV at mount.
 * Read next: fs/super.c, docs/files.md.
 */
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/rwlock.h>
#include <linux/errno.h>

static struct file_system_type *file_systems;
static DEFINE_RWLOCK(file_systems_lock);

static struct file_system_type **find_filesystem(const char *name, unsigned int len)
{
	struct file_system_type **p;

	for (p = &file_systems; *p; p = &(*p)->next)
		if (strlen((*p)->name) == len && !strncmp((*p)->name, name, len))
			break;
	return p;
}

/**
 * register_filesystem - make a file system type mountable
 * @fs: the type; must stay valid while registered
 *
 * Context: process context.
 * Return: 0, -EBUSY if a type of that name is registered, -EINVAL for a name with a dot.
 */
int register_filesystem(struct file_system_type *fs)
{
	struct file_system_type **p;
	int res = 0;

	if (strchr(fs->name, '.') || fs->next)
		return -EINVAL;
	INIT_LIST_HEAD(&fs->fs_supers);
	write_lock(&file_systems_lock);
	p = find_filesystem(fs->name, strlen(fs->name));
	if (*p)
		res = -EBUSY;
	else
		*p = fs;
	write_unlock(&file_systems_lock);
	return res;
}

/**
 * unregister_filesystem - remove a file system type
 * @fs: the type
 *
 * Context: process context.
 * Return: 0, or -EINVAL if it was not registered.
 */
int unregister_filesystem(struct file_system_type *fs)
{
	struct file_system_type **tmp;

	write_lock(&file_systems_lock);
	for (tmp = &file_systems; *tmp; tmp = &(*tmp)->next)
		if (fs == *tmp) {
			*tmp = fs->next;
			fs->next = NULL;
			write_unlock(&file_systems_lock);
			return 0;
		}
	write_unlock(&file_systems_lock);
	return -EINVAL;
}

/**
 * get_fs_type - find a file system type by name
 * @name: the name ("ramfs"; "fuse.sshfs" finds "fuse", as Linux's)
 *
 * Context: any.
 * Return: the type, or NULL.
 */
struct file_system_type *get_fs_type(const char *name)
{
	const char *dot = strchr(name, '.');
	unsigned int len = dot ? dot - name : strlen(name);
	struct file_system_type *fs;

	read_lock(&file_systems_lock);
	fs = *find_filesystem(name, len);
	read_unlock(&file_systems_lock);
	return fs;
}

/**
 * get_filesystem_list - the text of /proc/filesystems
 * @buf: where to write
 * @size: its size
 *
 * Context: any.
 * Return: the bytes written.
 */
int get_filesystem_list(char *buf, int size)
{
	struct file_system_type *p;
	int len = 0;

	read_lock(&file_systems_lock);
	for (p = file_systems; p && len < size; p = p->next)
		len += scnprintf(buf + len, size - len, "%s\t%s\n",
				 (p->fs_flags & FS_REQUIRES_DEV) ? "" : "nodev", p->name);
	read_unlock(&file_systems_lock);
	return len;
}
