/*
 * params.c - the kernel command line, word by word, to its handlers.
 *
 * The command line is a list of words separated by spaces; a word is
 * "name" or "name=value", and a value with spaces is quoted
 * (name="a b"). Each subsystem claims its words with __setup("name=", fn)
 * or early_param(), which put a struct obs_kernel_param into the
 * .init.setup section; here we walk that section for every word.
 *
 * Early parameters (console=, loglevel=) are handled before the consoles
 * exist; the rest once the kernel can print, so a bad value can be
 * reported. Words nobody claims are listed, as Linux does. See docs/boot.md.
 *
 * The second half is /sys/module, as 2.6.32's: every module that has
 * parameters with a sysfs mode, built in or loaded, is a directory
 * /sys/module/NAME (a module_kobject in module_kset) whose group
 * "parameters" has a file per such parameter; reading it calls the type's
 * get function (param_get_int...) and writing calls its set function.
 * kernel/module.c adds the loaded modules' own files (refcnt, initstate,
 * holders/, sections/). A byte parameter reads as a character, as in
 * 2.6.32 (later Linux prints its number). See docs/drivers-core.md.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/moduleparam.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <asm/setup.h>
#include <linux/kobject.h>
#include <linux/sysfs.h>
#include <linux/slab.h>

extern const struct obs_kernel_param __setup_start[], __setup_end[];
extern struct kernel_param __param_start[], __param_end[];

/* A module_param() called @param ("module.name") gets @val. */
static bool do_module_param(const char *param, size_t n, const char *val)
{
	struct kernel_param *kp;
	int err;

	for (kp = __param_start; kp < __param_end; kp++) {
		if (strlen(kp->name) != n || strncmp(param, kp->name, n))
			continue;
		err = kp->set(val, kp);
		if (err)
			printk(KERN_ERR "%.*s: '%s' invalid for parameter (%d)\n", (int)n, param,
			       val ? val : "", err);
		return true;
	}
	return false;
}

/* Run the handlers for one word; true if one claimed it. */
static bool do_one_param(char *param, char *val, bool early)
{
	const struct obs_kernel_param *p;
	size_t n = val ? (size_t)(val - param) : strlen(param);
	bool claimed = false;

	if (!early && val && do_module_param(param, n - 1, val))
		return true;
	if (!early && !val && do_module_param(param, n, NULL))
		return true;
	for (p = __setup_start; p < __setup_end; p++) {
		size_t len = strlen(p->str);

		if (!!p->early != early || len != n || strncmp(param, p->str, len))
			continue;
		if (p->setup_func(val ? val : param + n))
			claimed = true;
		else if (!early)
			printk(KERN_WARNING "Malformed kernel parameter: %s\n", param);
	}
	return claimed;
}

/* Is there a handler, early or late, that takes this word? */
static bool param_known(const char *param, const char *val)
{
	const struct obs_kernel_param *p;
	size_t n = val ? (size_t)(val - param) : strlen(param);

	struct kernel_param *kp;

	for (p = __setup_start; p < __setup_end; p++)
		if (strlen(p->str) == n && !strncmp(param, p->str, n))
			return true;
	for (kp = __param_start; kp < __param_end; kp++)
		if (!strncmp(param, kp->name, strlen(kp->name)) &&
		    (param[strlen(kp->name)] == '=' || !param[strlen(kp->name)]))
			return true;
	return false;
}

static void parse_params(bool early)
{
	static char buf[COMMAND_LINE_SIZE];
	char unknown[128] = "";
	char *args, *param, *val;

	strscpy(buf, boot_command_line, sizeof(buf));
	args = skip_spaces(buf);
	while (*args) {
		args = next_arg(args, &param, &val);
		/* next_arg() ended param at the '='; the matching below wants "name=" */
		if (val)
			param[strlen(param)] = '=';
		do_one_param(param, val, early);
		if (!early && !param_known(param, val) &&
		    strlen(unknown) + strlen(param) + 2 < sizeof(unknown)) {
			strcat(unknown, " ");
			strcat(unknown, param);
		}
	}
	if (unknown[0])
		printk(KERN_NOTICE "Unknown kernel command line parameters \"%s\", ignored.\n",
		       unknown + 1);
}

/**
 * parse_early_param - run the early_param() handlers over the command line
 *
 * Context: boot, before the consoles.
 */
void parse_early_param(void)
{
	parse_params(true);
}

/**
 * parse_args_late - run the __setup() handlers and report unknown words
 *
 * Context: boot, once printk reaches the consoles.
 */
void parse_args_late(void)
{
	parse_params(false);
}

/* Parse @val as a number of the parameter's type; store it only if it fits. */
#define PARAM_SET_NUMBER(type, ctype, parse)                           \
	int param_set_##type(const char *val, struct kernel_param *kp) \
	{                                                              \
		ctype v;                                               \
		int err;                                               \
                                                                       \
		if (!val)                                              \
			return -EINVAL;                                \
		err = parse(val, 0, &v);                               \
		if (err)                                               \
			return -EINVAL;                                \
		*(ctype *)kp->arg = v;                                 \
		return 0;                                              \
	}

/**
 * param_set_byte - set an unsigned char module_param()
 * @val: the text after '='
 * @kp: the parameter
 *
 * The other param_set_<type>() functions for numbers work the same way.
 *
 * Context: boot, or insmod (process context).
 * Return: 0, or -EINVAL for text that is not a number of the type (as
 * 2.6.32, out of range too); the variable is then left alone.
 */
PARAM_SET_NUMBER(byte, u8, kstrtou8)
PARAM_SET_NUMBER(short, s16, kstrtos16)
PARAM_SET_NUMBER(ushort, u16, kstrtou16)
PARAM_SET_NUMBER(int, int, kstrtoint)
PARAM_SET_NUMBER(uint, unsigned int, kstrtouint)
PARAM_SET_NUMBER(long, long, kstrtol)
PARAM_SET_NUMBER(ulong, unsigned long, kstrtoul)
EXPORT_SYMBOL(param_set_byte);
EXPORT_SYMBOL(param_set_short);
EXPORT_SYMBOL(param_set_ushort);
EXPORT_SYMBOL(param_set_int);
EXPORT_SYMBOL(param_set_uint);
EXPORT_SYMBOL(param_set_long);
EXPORT_SYMBOL(param_set_ulong);

/**
 * param_set_bool - set a bool module_param(): y/n, 1/0, on/off, or no value (true)
 * @val: the text after '=', or NULL for a bare "module.name"
 * @kp: the parameter
 *
 * Context: boot.
 * Return: 0 or -EINVAL.
 */
int param_set_bool(const char *val, struct kernel_param *kp)
{
	if (!val) {
		*(bool *)kp->arg = true;
		return 0;
	}
	return kstrtobool(val, kp->arg);
}
EXPORT_SYMBOL(param_set_bool);

/**
 * param_set_invbool - set a bool module_param() to the opposite of what is written
 * @val: the text after '=', or NULL
 * @kp: the parameter
 *
 * Context: boot.
 * Return: 0 or -EINVAL.
 */
int param_set_invbool(const char *val, struct kernel_param *kp)
{
	bool v;
	int err = val ? kstrtobool(val, &v) : (v = true, 0);

	if (!err)
		*(bool *)kp->arg = !v;
	return err;
}
EXPORT_SYMBOL(param_set_invbool);

/* A charp's value: there, and at most 1024 characters (2.6.32's limits and messages) */
static int charp_check(const char *val, struct kernel_param *kp)
{
	if (!val) {
		printk(KERN_ERR "%s: string parameter expected\n", kp->name);
		return -EINVAL;
	}
	if (strlen(val) > 1024) {
		printk(KERN_ERR "%s: string parameter too long\n", kp->name);
		return -ENOSPC;
	}
	return 0;
}

/**
 * param_set_charp - point a char * module_param() at its text on the command line
 * @val: the text after '='
 * @kp: the parameter
 *
 * The text stays valid: the command line is kept for the kernel's life.
 *
 * Context: boot.
 * Return: 0, -EINVAL (no value) or -ENOSPC (over 1024 characters).
 */
int param_set_charp(const char *val, struct kernel_param *kp)
{
	int err = charp_check(val, kp);

	if (!err)
		*(const char **)kp->arg = val;
	return err;
}
EXPORT_SYMBOL(param_set_charp);

/**
 * param_set_copystring - copy the value into a module_param_string() buffer
 * @val: the text after '='
 * @kp: the parameter (kp->str: the buffer and its size)
 *
 * Context: boot, or insmod.
 * Return: 0, -EINVAL for no value, -ENOSPC if it does not fit.
 */
int param_set_copystring(const char *val, struct kernel_param *kp)
{
	const struct kparam_string *kps = kp->str;

	if (!val) {
		printk(KERN_ERR "%s: missing param set value\n", kp->name);
		return -EINVAL;
	}
	if (strlen(val) + 1 > kps->maxlen) {
		printk(KERN_ERR "%s: string doesn't fit in %u chars.\n", kp->name, kps->maxlen - 1);
		return -ENOSPC;
	}
	strcpy(kps->string, val);
	return 0;
}
EXPORT_SYMBOL(param_set_copystring);

/**
 * param_array_set - set a module_param_array() from "v1,v2,..."
 * @val: the text after '='
 * @kp: the parameter (kp->arr: the array, its size and element type)
 *
 * Each value goes through the element type's set function. The number of
 * values is stored through arr->num when the module asked for it.
 *
 * Context: boot, or insmod.
 * Return: 0, or -EINVAL (no value, too many values, or a bad one).
 */
int param_array_set(const char *val, struct kernel_param *kp)
{
	const struct kparam_array *arr = kp->arr;
	struct kernel_param elem = { .name = kp->name, .arg = arr->elem };
	unsigned int n = 0;
	char one[64];

	if (!val) {
		printk(KERN_ERR "%s: expects arguments\n", kp->name);
		return -EINVAL;
	}
	for (;;) {
		size_t len = strcspn(val, ",");
		int err;

		if (n == arr->max) {
			printk(KERN_ERR "%s: can only take %i arguments\n", kp->name, arr->max);
			return -EINVAL;
		}
		if (len >= sizeof(one))
			return -EINVAL;
		memcpy(one, val, len);
		one[len] = '\0';
		err = arr->set(one, &elem);
		if (err)
			return err;
		elem.arg = (char *)elem.arg + arr->elemsize;
		n++;
		if (val[len] != ',')
			break;
		val += len + 1;
	}
	if (arr->num)
		*arr->num = n;
	return 0;
}
EXPORT_SYMBOL(param_array_set);

/* "foo-bar" and "foo_bar" name the same parameter, as in Linux. */
static bool parameq(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if (*a != *b && !((*a == '-' || *a == '_') && (*b == '-' || *b == '_')))
			return false;
	return *a == *b;
}

static int parse_one(char *param, char *val, struct kernel_param *params, unsigned int num,
		     int (*unknown)(char *param, char *val))
{
	unsigned int i;

	for (i = 0; i < num; i++)
		if (parameq(param, params[i].name))
			return params[i].set(val, &params[i]);
	if (unknown)
		return unknown(param, val);
	return -ENOENT;
}

/**
 * parse_args - set parameters from "name=value name2 ..." text
 * @name: who the parameters are for (a module's name), for messages
 * @args: the text; it is cut into words in place, and string values
 *        point into it, so it must live as long as they are used
 * @params: the parameters
 * @num: how many
 * @unknown: called for a word no parameter claims, or NULL
 *
 * Messages and errors are 2.6.32's: "Unknown parameter `x'" (-ENOENT),
 * "`v' too large for parameter `x'" (-ENOSPC), "`v' invalid for
 * parameter `x'" (the set function's error). The first bad word ends the
 * parse.
 *
 * Context: process context (insmod).
 * Return: 0, or the first error.
 */
int parse_args(const char *name, char *args, struct kernel_param *params, unsigned int num,
	       int (*unknown)(char *param, char *val))
{
	char *param, *val;

	args = skip_spaces(args);
	while (*args) {
		int ret;

		args = next_arg(args, &param, &val); /* param ends at the '=' */
		ret = parse_one(param, val, params, num, unknown);
		switch (ret) {
		case 0:
			break;
		case -ENOENT:
			printk(KERN_ERR "%s: Unknown parameter `%s'\n", name, param);
			return ret;
		case -ENOSPC:
			printk(KERN_ERR "%s: `%s' too large for parameter `%s'\n", name,
			       val ? val : "", param);
			return ret;
		default:
			printk(KERN_ERR "%s: `%s' invalid for parameter `%s'\n", name,
			       val ? val : "", param);
			return ret;
		}
	}
	return 0;
}

/* Print the parameter's value with @fmt; how many bytes */
#define PARAM_GET_NUMBER(type, ctype, fmt)                          \
	int param_get_##type(char *buffer, struct kernel_param *kp) \
	{                                                           \
		return sprintf(buffer, fmt, *(ctype *)kp->arg);     \
	}

/**
 * param_get_byte - print an unsigned char module_param() for its sysfs file
 * @buffer: a page
 * @kp: the parameter
 *
 * As 2.6.32's, a byte prints as the character it holds ("%c"); the other
 * param_get_<type>() functions for numbers print in decimal.
 *
 * Context: process context (a read of the sysfs file).
 * Return: the length printed.
 */
PARAM_GET_NUMBER(byte, unsigned char, "%c")
PARAM_GET_NUMBER(short, short, "%hi")
PARAM_GET_NUMBER(ushort, unsigned short, "%hu")
PARAM_GET_NUMBER(int, int, "%i")
PARAM_GET_NUMBER(uint, unsigned int, "%u")
PARAM_GET_NUMBER(long, long, "%li")
PARAM_GET_NUMBER(ulong, unsigned long, "%lu")
EXPORT_SYMBOL(param_get_byte);
EXPORT_SYMBOL(param_get_short);
EXPORT_SYMBOL(param_get_ushort);
EXPORT_SYMBOL(param_get_int);
EXPORT_SYMBOL(param_get_uint);
EXPORT_SYMBOL(param_get_long);
EXPORT_SYMBOL(param_get_ulong);

/**
 * param_get_bool - print a bool module_param() as Y or N
 * @buffer: a page
 * @kp: the parameter
 *
 * Context: process context.
 * Return: 1.
 */
int param_get_bool(char *buffer, struct kernel_param *kp)
{
	return sprintf(buffer, "%c", *(bool *)kp->arg ? 'Y' : 'N');
}
EXPORT_SYMBOL(param_get_bool);

/**
 * param_get_invbool - print an invbool module_param(): Y when the variable is false
 * @buffer: a page
 * @kp: the parameter
 *
 * Context: process context.
 * Return: 1.
 */
int param_get_invbool(char *buffer, struct kernel_param *kp)
{
	return sprintf(buffer, "%c", *(bool *)kp->arg ? 'N' : 'Y');
}
EXPORT_SYMBOL(param_get_invbool);

/**
 * param_get_charp - print a char * module_param()
 * @buffer: a page
 * @kp: the parameter
 *
 * Context: process context.
 * Return: the length printed ("(null)" for NULL, as sprintf).
 */
int param_get_charp(char *buffer, struct kernel_param *kp)
{
	return sprintf(buffer, "%s", *(char **)kp->arg);
}
EXPORT_SYMBOL(param_get_charp);

/**
 * param_get_string - print a module_param_string() buffer
 * @buffer: a page
 * @kp: the parameter
 *
 * Context: process context.
 * Return: the length printed.
 */
int param_get_string(char *buffer, struct kernel_param *kp)
{
	const struct kparam_string *kps = kp->str;

	return strlcpy(buffer, kps->string, kps->maxlen);
}
EXPORT_SYMBOL(param_get_string);

/**
 * param_array_get - print a module_param_array() as "v1,v2,..."
 * @buffer: a page
 * @kp: the parameter
 *
 * Only the values that were given are printed (all of them if the array
 * does not count them).
 *
 * Context: process context.
 * Return: the length printed, or the element get's error.
 */
int param_array_get(char *buffer, struct kernel_param *kp)
{
	const struct kparam_array *arr = kp->arr;
	struct kernel_param p = { .name = kp->name };
	unsigned int i, n = arr->num ? *arr->num : arr->max;
	int off = 0, ret;

	for (i = 0; i < n; i++) {
		if (i)
			buffer[off++] = ',';
		p.arg = (char *)arr->elem + arr->elemsize * i;
		ret = arr->get(buffer + off, &p);
		if (ret < 0)
			return ret;
		off += ret;
	}
	buffer[off] = '\0';
	return off;
}
EXPORT_SYMBOL(param_array_get);

/* ---- /sys/module ---- */

/* /sys/module */
struct kset *module_kset;

/**
 * struct param_attribute - the sysfs file of one parameter
 * @mattr: the file, as a module attribute
 * @param: the parameter (read-only: built-in ones are in .rodata)
 * @kmalloced: a charp whose text a write to the file kstrdup'd
 */
struct param_attribute {
	struct module_attribute mattr;
	struct kernel_param *param;
	bool kmalloced;
};

/**
 * struct module_param_attrs - the group "parameters" of a module's directory
 * @num: how many files
 * @grp: the group
 * @attrs: the files; grp.attrs points at the NULL-terminated list after them
 */
struct module_param_attrs {
	unsigned int num;
	struct attribute_group grp;
	struct param_attribute attrs[];
};

#define to_param_attr(n) container_of(n, struct param_attribute, mattr)

static ssize_t param_attr_show(struct module_attribute *mattr, struct module *mod, char *buf)
{
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	struct kernel_param *kp = to_param_attr(mattr)->param;
	int count;

	if (!kp->get)
		return -EPERM;
	count = kp->get(buf, kp);
	if (count > 0) {
		strcat(buf, "\n");
		++count;
	}
	return count;
}

/*
 * A charp keeps a pointer to its text: from sysfs that is a page freed
 * after the write, so the text is copied, as 2.6.32's param_set_charp
 * does once slab is up; the copy a previous write made is freed (2.6.32
 * leaks it).
 */
static int param_store_charp(const char *buf, struct param_attribute *pattr)
{
	char **arg = pattr->param->arg;
	char *copy;
	int err = charp_check(buf, pattr->param);

	if (err)
		return err;
	copy = kstrdup(buf, GFP_KERNEL);
	if (!copy)
		return -ENOMEM;
	if (pattr->kmalloced)
		kfree(*arg);
	*arg = copy;
	pattr->kmalloced = true;
	return 0;
}

static ssize_t param_attr_store(struct module_attribute *mattr, struct module *mod, const char *buf,
				size_t len)
{
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	struct kernel_param *kp = to_param_attr(mattr)->param;
	int err;

	if (!kp->set)
		return -EPERM;
	if (kp->set == param_set_charp)
		/* cppcheck-suppress nullPointer ; container_of, not a dereference */
		err = param_store_charp(buf, to_param_attr(mattr));
	else
		err = kp->set(buf, kp);
	return err ? err : len;
}

static ssize_t module_attr_show(struct kobject *kobj, struct attribute *attr, char *buf)
{
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	struct module_attribute *attribute = container_of(attr, struct module_attribute, attr);
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	struct module_kobject *mk = container_of(kobj, struct module_kobject, kobj);

	return attribute->show ? attribute->show(attribute, mk->mod, buf) : -EIO;
}

static ssize_t module_attr_store(struct kobject *kobj, struct attribute *attr, const char *buf,
				 size_t len)
{
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	struct module_attribute *attribute = container_of(attr, struct module_attribute, attr);
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	struct module_kobject *mk = container_of(kobj, struct module_kobject, kobj);

	return attribute->store ? attribute->store(attribute, mk->mod, buf, len) : -EIO;
}

static const struct sysfs_ops module_sysfs_ops = {
	.show = module_attr_show,
	.store = module_attr_store,
};

/* A loaded module's kobject lives in its struct module: nothing to free */
static void module_kobj_release(struct kobject *kobj)
{
}

/* The kobject type of /sys/module/NAME */
struct kobj_type module_ktype = {
	.release = module_kobj_release,
	.sysfs_ops = &module_sysfs_ops,
};

/* Only loaded modules send uevents (2.6.32's uevent_filter) */
static int uevent_filter(struct kset *kset, struct kobject *kobj)
{
	return kobj->ktype == &module_ktype;
}

static const struct kset_uevent_ops module_uevent_ops = {
	.filter = uevent_filter,
};

/* How many of @kp's @num parameters have a sysfs file */
static unsigned int count_sysfs_params(struct kernel_param *kp, unsigned int num)
{
	unsigned int i, n = 0;

	for (i = 0; i < num; i++)
		if (kp[i].perm)
			n++;
	return n;
}

/*
 * The "parameters" group of @mk for @kp's parameters with a mode; their
 * names start after @skip characters ("module." of a built-in's).
 */
static int param_sysfs_setup(struct module_kobject *mk, struct kernel_param *kp, unsigned int num,
			     unsigned int skip)
{
	unsigned int n = count_sysfs_params(kp, num), i, j = 0;
	struct module_param_attrs *mp;
	struct attribute **list;
	int err;

	if (!n)
		return 0;
	mp = kzalloc(sizeof(*mp) + n * sizeof(mp->attrs[0]) + (n + 1) * sizeof(*list), GFP_KERNEL);
	if (!mp)
		return -ENOMEM;
	list = (struct attribute **)&mp->attrs[n];
	for (i = 0; i < num; i++) {
		struct param_attribute *pattr = &mp->attrs[j];

		if (!kp[i].perm)
			continue;
		pattr->param = &kp[i];
		pattr->mattr.show = param_attr_show;
		pattr->mattr.store = param_attr_store;
		pattr->mattr.attr.name = kp[i].name + skip;
		pattr->mattr.attr.mode = kp[i].perm;
		list[j++] = &pattr->mattr.attr;
	}
	mp->num = n;
	mp->grp.name = "parameters";
	mp->grp.attrs = list;
	err = sysfs_create_group(&mk->kobj, &mp->grp);
	if (err) {
		kfree(mp);
		return err;
	}
	mk->mp = mp;
	return 0;
}

/**
 * module_param_sysfs_setup - /sys/module/NAME/parameters of a loaded module
 * @mod: the module, its kobject added
 * @kparam: its parameters
 * @num_params: how many
 *
 * Context: process context (insmod); may sleep.
 * Return: 0 or a negative errno.
 */
int module_param_sysfs_setup(struct module *mod, struct kernel_param *kparam,
			     unsigned int num_params)
{
	return param_sysfs_setup(&mod->mkobj, kparam, num_params, 0);
}

/**
 * module_param_sysfs_remove - remove a loaded module's parameters directory
 * @mod: the module
 *
 * Context: process context (rmmod); may sleep.
 */
void module_param_sysfs_remove(struct module *mod)
{
	struct module_param_attrs *mp = mod->mkobj.mp;
	unsigned int i;

	if (!mp)
		return;
	sysfs_remove_group(&mod->mkobj.kobj, &mp->grp);
	for (i = 0; i < mp->num; i++)
		if (mp->attrs[i].kmalloced)
			kfree(*(char **)mp->attrs[i].param->arg);
	mod->mkobj.mp = NULL;
	kfree(mp);
}

/* /sys/module/@name of a built-in module, made for its parameters */
static struct module_kobject *locate_module_kobject(const char *name)
{
	struct module_kobject *mk = kzalloc(sizeof(*mk), GFP_KERNEL);

	if (!mk)
		return NULL;
	mk->mod = THIS_MODULE;
	mk->kobj.kset = module_kset;
	if (kobject_init_and_add(&mk->kobj, &module_ktype, NULL, "%s", name)) {
		kobject_put(&mk->kobj);
		return NULL;
	}
	return mk;
}

/* The length of the "module" in a built-in parameter's "module.name" */
static size_t modname_len(const char *pname)
{
	const char *dot = strchr(pname, '.');

	return dot ? (size_t)(dot - pname) : 0;
}

/*
 * The built-in parameters: one directory per module name, for the run of
 * parameters with that prefix (a file's parameters sit together in the
 * __param section).
 */
static void __init param_sysfs_builtin(void)
{
	struct kernel_param *kp = __param_start, *run;
	char modname[MODULE_NAME_LEN];

	while (kp < __param_end) {
		size_t len = modname_len(kp->name);
		struct module_kobject *mk;

		for (run = kp + 1; run < __param_end && modname_len(run->name) == len &&
				   !strncmp(run->name, kp->name, len);
		     run++)
			;
		if (len && len < sizeof(modname) && count_sysfs_params(kp, run - kp)) {
			memcpy(modname, kp->name, len);
			modname[len] = '\0';
			mk = locate_module_kobject(modname);
			if (mk)
				param_sysfs_setup(mk, kp, run - kp, len + 1);
		}
		kp = run;
	}
}

/* Make /sys/module and the built-in modules' parameters, as 2.6.32's */
static int __init param_sysfs_init(void)
{
	module_kset = kset_create_and_add("module", &module_uevent_ops, NULL);
	if (!module_kset) {
		printk(KERN_WARNING "%s (%d): error creating kset\n", __FILE__, __LINE__);
		return -ENOMEM;
	}
	param_sysfs_builtin();
	return 0;
}
subsys_initcall(param_sysfs_init);
