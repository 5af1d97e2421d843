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
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/moduleparam.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <asm/setup.h>

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

/* Split off the next word of @args into *param and *val; return the rest. */
static char *next_arg(char *args, char **param, char **val)
{
	bool in_quote = false;
	char *p = args;

	*val = NULL;
	if (*p == '"') {
		p++;
		args++;
		in_quote = true;
	}
	for (; *p && (in_quote || *p != ' '); p++) {
		if (*p == '=' && !*val)
			*val = p + 1;
		if (*p == '"')
			in_quote = !in_quote;
	}
	*param = args;
	if (*val && **val == '"') {
		(*val)++;
		if (p > *val && p[-1] == '"')
			p[-1] = '\0';
	}
	if (*p)
		*p++ = '\0';
	return skip_spaces(p);
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

/**
 * param_set_charp - point a char * module_param() at its text on the command line
 * @val: the text after '='
 * @kp: the parameter
 *
 * The text stays valid: the command line is kept for the kernel's life.
 *
 * Context: boot.
 * Return: 0 or -EINVAL.
 */
int param_set_charp(const char *val, struct kernel_param *kp)
{
	if (!val)
		return -EINVAL;
	*(const char **)kp->arg = val;
	return 0;
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

		args = next_arg(args, &param, &val);
		if (val)
			*strchr(param, '=') = '\0'; /* the name ends at the first '=' */
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
