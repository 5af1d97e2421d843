/*
 * kobject.h - a named, reference-counted object that knows how to free itself.
 *
 * In Linux 2.6 a kobject is embedded in the objects the driver model
 * shares - a struct cdev, a struct device, a module - and gives each a
 * name, a parent, a reference count and a type whose release() frees
 * the object that embeds it when the last reference goes. sysfs shows
 * every registered kobject as a directory (/sys/devices/..., named by
 * kobject_name()). Like a kref (linux/kref.h), nobody frees the object
 * directly: kobject_put() on the last reference calls ktype->release(),
 * then frees the name.
 *
 * A driver meets kobjects through the cdev it embeds: LDD3's scull names
 * its cdev with kobject_set_name(&dev->cdev.kobj, "scull%d", i) and
 * drops a cdev whose cdev_add() failed with kobject_put(&dev->cdev.kobj);
 * cdev_alloc() gives a cdev whose release frees it, so cdev_del() - one
 * kobject_put() - frees it (fs/char_dev.c).
 *
 * kobject_add() gives an initialised kobject its place in the hierarchy,
 * under its parent (or its kset's kobject), and sysfs shows it there as a
 * directory whose files are its type's default_attrs, read and written
 * through the type's sysfs_ops. A kset is a kobject that collects others
 * of a kind (/sys/devices, /sys/class/NAME's devices, /sys/module) and
 * says what their uevents carry. kobject_del() takes the directory away;
 * the memory stays until the last kobject_put(), as in 2.6.32.
 *
 * Linnet has no hotplug helper or netlink: kobject_uevent() only counts
 * the event (/sys/kernel/uevent_seqnum). The functions and messages are
 * 2.6.32's lib/kobject.c. Read docs/drivers-core.md next.
 */
#ifndef _LINUX_KOBJECT_H
#define _LINUX_KOBJECT_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/kref.h>
#include <linux/kernel.h>
#include <linux/compiler.h>
#include <linux/sysfs.h>
#include <linux/spinlock.h>

struct kobject;
struct kset;
struct kobj_uevent_env;

/**
 * struct kobj_type - what kind of object embeds a kobject
 * @release: frees the embedding object on the last kobject_put(); a
 *           kobject without one is a bug (the object can never be freed
 *           safely), which kobject_put() reports
 * @sysfs_ops: how its attribute files are read and written
 * @default_attrs: NULL-terminated attributes every such object shows
 */
struct kobj_type {
	void (*release)(struct kobject *kobj);
	const struct sysfs_ops *sysfs_ops;
	struct attribute **default_attrs;
};

/**
 * struct kobject - the name, parent, count and type of a shared object
 * @name: kmalloc'd by kobject_set_name(), freed with the object
 * @entry: on its kset's list
 * @parent: the object this one belongs under (its sysfs parent)
 * @kset: the set it belongs to, or NULL
 * @ktype: its type: what release() to call, its attributes
 * @sd: its sysfs directory, while added
 * @kref: the count; kobject_init() starts it at 1
 * @state_initialized: kobject_init() was called (a second call is a bug)
 * @state_in_sysfs: between kobject_add() and kobject_del()
 * @state_add_uevent_sent: a KOBJ_ADD event was sent (kobject_del sends REMOVE)
 * @state_remove_uevent_sent: a KOBJ_REMOVE event was sent
 */
struct kobject {
	const char *name;
	struct list_head entry;
	struct kobject *parent;
	struct kset *kset;
	struct kobj_type *ktype;
	struct sysfs_dirent *sd;
	struct kref kref;
	unsigned int state_initialized : 1;
	unsigned int state_in_sysfs : 1;
	unsigned int state_add_uevent_sent : 1;
	unsigned int state_remove_uevent_sent : 1;
};

/* The events of kobject_uevent(), 2.6.32's */
enum kobject_action {
	KOBJ_ADD,
	KOBJ_REMOVE,
	KOBJ_CHANGE,
	KOBJ_MOVE,
	KOBJ_ONLINE,
	KOBJ_OFFLINE,
	KOBJ_MAX
};

#define UEVENT_NUM_ENVP 32
#define UEVENT_BUFFER_SIZE 2048

/**
 * struct kobj_uevent_env - the KEY=value strings of one uevent
 * @envp: the strings, pointing into @buf
 * @envp_idx: how many
 * @buf: their text
 * @buflen: the bytes of @buf used
 */
struct kobj_uevent_env {
	char *envp[UEVENT_NUM_ENVP];
	int envp_idx;
	char buf[UEVENT_BUFFER_SIZE];
	int buflen;
};

/**
 * struct kset_uevent_ops - what a kset's members' uevents carry
 * @filter: 0 to send no uevent for this member
 * @name: the SUBSYSTEM= value (default: the kset's name)
 * @uevent: add the member's variables
 */
struct kset_uevent_ops {
	int (*filter)(struct kset *kset, struct kobject *kobj);
	const char *(*name)(struct kset *kset, struct kobject *kobj);
	int (*uevent)(struct kset *kset, struct kobject *kobj, struct kobj_uevent_env *env);
};

/**
 * struct kset - a set of kobjects of a kind, itself a kobject (a directory)
 * @list: the members, by kobject.entry
 * @list_lock: protects @list
 * @kobj: its own kobject
 * @uevent_ops: what its members' uevents carry, or NULL
 */
struct kset {
	struct list_head list;
	spinlock_t list_lock;
	struct kobject kobj;
	const struct kset_uevent_ops *uevent_ops;
};

/**
 * struct kobj_attribute - an attribute of a plain kobject, with its own show/store
 * @attr: name and mode
 * @show: print the value into the page @buf
 * @store: take @count bytes of @buf
 *
 * kobj_sysfs_ops calls them; kobject_create_and_add()'s kobjects use it.
 */
struct kobj_attribute {
	struct attribute attr;
	ssize_t (*show)(struct kobject *kobj, struct kobj_attribute *attr, char *buf);
	ssize_t (*store)(struct kobject *kobj, struct kobj_attribute *attr, const char *buf,
			 size_t count);
};

extern const struct sysfs_ops kobj_sysfs_ops;
extern struct kobject *kernel_kobj;
extern u64 uevent_seqnum;

void kobject_init(struct kobject *kobj, struct kobj_type *ktype);
__printf(2, 3) int kobject_set_name(struct kobject *kobj, const char *fmt, ...);
int kobject_set_name_vargs(struct kobject *kobj, const char *fmt, va_list vargs);
struct kobject *kobject_get(struct kobject *kobj);
void kobject_put(struct kobject *kobj);
__printf(3, 4) int kobject_add(struct kobject *kobj, struct kobject *parent, const char *fmt,
				...);
__printf(4, 5) int kobject_init_and_add(struct kobject *kobj, struct kobj_type *ktype,
					 struct kobject *parent, const char *fmt, ...);
void kobject_del(struct kobject *kobj);
int kobject_rename(struct kobject *kobj, const char *new_name);
struct kobject *kobject_create(void);
struct kobject *kobject_create_and_add(const char *name, struct kobject *parent);
char *kobject_get_path(struct kobject *kobj, gfp_t flag);

void kset_init(struct kset *kset);
int kset_register(struct kset *kset);
void kset_unregister(struct kset *kset);
struct kset *kset_create_and_add(const char *name, const struct kset_uevent_ops *u,
				 struct kobject *parent_kobj);
struct kobject *kset_find_obj(struct kset *kset, const char *name);

/* to_kset - the kset whose kobject @kobj is */
static inline struct kset *to_kset(struct kobject *kobj)
{
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	return kobj ? container_of(kobj, struct kset, kobj) : NULL;
}

/* kset_get - take a reference to a kset */
static inline struct kset *kset_get(struct kset *k)
{
	return k ? to_kset(kobject_get(&k->kobj)) : NULL;
}

/* kset_put - drop a reference to a kset */
static inline void kset_put(struct kset *k)
{
	kobject_put(&k->kobj);
}

int kobject_uevent(struct kobject *kobj, enum kobject_action action);
__printf(2, 3) int add_uevent_var(struct kobj_uevent_env *env, const char *format, ...);
int kobject_action_type(const char *buf, size_t count, enum kobject_action *type);

/**
 * kobject_name - the object's name (NULL before kobject_set_name())
 * @kobj: the object
 *
 * Context: any.
 * Return: the name.
 */
static inline const char *kobject_name(const struct kobject *kobj)
{
	return kobj->name;
}

#endif /* _LINUX_KOBJECT_H */
