/*
 * lib/kobject_uevent.c - uevents: "this kobject was added, removed, changed".
 *
 * In Linux 2.6.32 kobject_uevent() builds the event's environment
 * (ACTION=, DEVPATH=, SUBSYSTEM=, SEQNUM= and what the kset adds, e.g.
 * MAJOR=/MINOR=/DEVNAME= for a device) and sends it to udev over netlink
 * and to /sbin/hotplug. Linnet has neither netlink nor a usermode helper,
 * so its kobject_uevent() applies the kset's filter and counts the event
 * in uevent_seqnum (/sys/kernel/uevent_seqnum) and sends nothing; the
 * environment functions are 2.6.32's, because a device's uevent file in
 * sysfs prints the same variables (drivers/base/core.c:show_uevent).
 * See docs/drivers-core.md.
 */
#include <linux/module.h>
#include <linux/kobject.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/spinlock.h>
#include <linux/errno.h>

/* The number of the last uevent, as /sys/kernel/uevent_seqnum shows it */
u64 uevent_seqnum;
static DEFINE_SPINLOCK(sequence_lock);

static const char *const kobject_actions[] = {
	[KOBJ_ADD] = "add",   [KOBJ_REMOVE] = "remove", [KOBJ_CHANGE] = "change",
	[KOBJ_MOVE] = "move", [KOBJ_ONLINE] = "online", [KOBJ_OFFLINE] = "offline",
};

/**
 * kobject_action_type - the action a string names ("add\n" -> KOBJ_ADD)
 * @buf: the string, as written to a uevent file
 * @count: its length; a trailing newline is ignored
 * @type: set to the action
 *
 * Context: any.
 * Return: 0, or -EINVAL for no known action.
 */
int kobject_action_type(const char *buf, size_t count, enum kobject_action *type)
{
	enum kobject_action action;

	if (count && (buf[count - 1] == '\n' || buf[count - 1] == '\0'))
		count--;
	if (!count)
		return -EINVAL;
	for (action = 0; action < ARRAY_SIZE(kobject_actions); action++) {
		if (strncmp(kobject_actions[action], buf, count) != 0)
			continue;
		if (kobject_actions[action][count] != '\0')
			continue;
		*type = action;
		return 0;
	}
	return -EINVAL;
}

/* The kset a kobject's events go through: its own or its nearest ancestor's */
static struct kset *kobject_top_kset(struct kobject *kobj)
{
	while (!kobj->kset && kobj->parent)
		kobj = kobj->parent;
	return kobj->kset;
}

/**
 * kobject_uevent - announce an event of a kobject
 * @kobj: the kobject
 * @action: what happened
 *
 * Linnet sends no message (no netlink, no hotplug helper): the event is
 * numbered (uevent_seqnum) unless the kset filters it out.
 *
 * Context: process context.
 * Return: 0, or -EINVAL if the kobject belongs to no kset.
 */
int kobject_uevent(struct kobject *kobj, enum kobject_action action)
{
	struct kset *kset = kobject_top_kset(kobj);

	if (!kset)
		return -EINVAL;
	if (kset->uevent_ops && kset->uevent_ops->filter && !kset->uevent_ops->filter(kset, kobj))
		return 0;
	if (action == KOBJ_ADD)
		kobj->state_add_uevent_sent = 1;
	else if (action == KOBJ_REMOVE)
		kobj->state_remove_uevent_sent = 1;
	spin_lock(&sequence_lock);
	uevent_seqnum++;
	spin_unlock(&sequence_lock);
	return 0;
}
EXPORT_SYMBOL_GPL(kobject_uevent);

/**
 * add_uevent_var - add a KEY=value string to an event's environment
 * @env: the environment
 * @format: the string, printf-style
 *
 * Context: any.
 * Return: 0, or -ENOMEM when the environment is full (2.6.32's message).
 */
int add_uevent_var(struct kobj_uevent_env *env, const char *format, ...)
{
	va_list args;
	int len;

	if (env->envp_idx >= (int)ARRAY_SIZE(env->envp)) {
		WARN(1, KERN_ERR "add_uevent_var: too many keys\n");
		return -ENOMEM;
	}
	va_start(args, format);
	len = vsnprintf(&env->buf[env->buflen], sizeof(env->buf) - env->buflen, format, args);
	va_end(args);
	if (len >= (int)(sizeof(env->buf) - env->buflen)) {
		WARN(1, KERN_ERR "add_uevent_var: buffer size too small\n");
		return -ENOMEM;
	}
	env->envp[env->envp_idx++] = &env->buf[env->buflen];
	env->buflen += len + 1;
	return 0;
}
EXPORT_SYMBOL_GPL(add_uevent_var);
