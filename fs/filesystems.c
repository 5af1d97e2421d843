/*
 * filesystems.c - the table of file system types that can be mounted.
 *
 * A file system registers its struct file_system_type at boot
 * (register_filesystem); mount -t NAME finds it with get_fs_type().
 * /proc/filesystems lists them, "nodev" beside those that need no
 * device. Linux 2.6.32's singly linked list and names; Linnet loads no
 * modules on demand, so an unknown type is simply -ENODEV at mount.
 * The System V sysfs() call (system call 135, nothing to do with the
 * /sys file system) numbers the types in the list's order, the order
 * /proc/filesystems shows them, from 0: a type's index by name, the name
 * at an index, and how many there are. Read next: fs/super.c, docs/files.md.
 */
#include <linux/module.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/rwlock.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/uaccess.h>

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
EXPORT_SYMBOL(register_filesystem);

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
EXPORT_SYMBOL(unregister_filesystem);

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
EXPORT_SYMBOL(get_fs_type);

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

/* fs_index - sysfs(1, name): the index of the type called @__name, or -EINVAL */
static int fs_index(const char __user *__name)
{
	struct file_system_type *tmp;
	char *name = getname(__name);
	int err = -EINVAL, index;

	if (IS_ERR(name))
		return PTR_ERR(name);
	read_lock(&file_systems_lock);
	for (tmp = file_systems, index = 0; tmp; tmp = tmp->next, index++)
		if (!strcmp(tmp->name, name)) {
			err = index;
			break;
		}
	read_unlock(&file_systems_lock);
	putname(name);
	return err;
}

/*
 * fs_name - sysfs(2, index, buf): copy the name of type @index to @buf.
 * The name is copied from a snapshot: a type is never unregistered
 * while Linnet runs (no modules of file systems), but the lock is not
 * held across a copy that may fault and sleep.
 */
static int fs_name(unsigned int index, char __user *buf)
{
	struct file_system_type *tmp;
	char name[64];
	int len;

	read_lock(&file_systems_lock);
	for (tmp = file_systems; tmp && index; tmp = tmp->next)
		index--;
	if (tmp)
		strscpy(name, tmp->name, sizeof(name));
	read_unlock(&file_systems_lock);
	if (!tmp)
		return -EINVAL;
	len = strlen(name) + 1;
	return copy_to_user(buf, name, len) ? -EFAULT : 0;
}

/* fs_maxindex - sysfs(3): how many types are registered */
static int fs_maxindex(void)
{
	struct file_system_type *tmp;
	int index;

	read_lock(&file_systems_lock);
	for (tmp = file_systems, index = 0; tmp; tmp = tmp->next)
		index++;
	read_unlock(&file_systems_lock);
	return index;
}

/**
 * sys_sysfs - sysfs(2): the table of file system types (system call 135)
 * @option: 1: the index of the type named by @arg1; 2: copy the name of
 *          type @arg1 to the buffer @arg2; 3: the number of types
 * @arg1: a name (option 1) or an index (option 2)
 * @arg2: the buffer (option 2)
 *
 * Context: process context (system call); may sleep.
 * Return: the index (1), 0 (2), the count (3); -EINVAL for another
 * option, an unknown name or an index past the end; -EFAULT, or
 * getname()'s errors (-ENOENT for "", -ENAMETOOLONG).
 */
asmlinkage long sys_sysfs(int option, unsigned long arg1, unsigned long arg2)
{
	switch (option) {
	case 1:
		return fs_index((const char __user *)arg1);
	case 2:
		return fs_name(arg1, (char __user *)arg2);
	case 3:
		return fs_maxindex();
	}
	return -EINVAL;
}
