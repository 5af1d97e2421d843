/*
 * moduleparam.h - module_param(): a variable set from the kernel command line.
 *
 * A Linux module declares its parameters with module_param(name, type,
 * perm). Built into the kernel, such a parameter is set on the boot
 * command line as <module>.<name>=<value>, where <module> is the source
 * file's name (KBUILD_MODNAME; the Makefile defines it for every file).
 * Each parameter is a struct kernel_param in the __param section, which
 * kernel/params.c consults for every word of the command line. The types
 * are Linux's: byte, short, ushort, int, uint, long, ulong, bool, invbool,
 * charp, plus arrays (module_param_array) and strings copied into a
 * buffer (module_param_string). perm is the mode of the parameter's file
 * /sys/module/<module>/parameters/<name> (0: no file), whose read calls
 * the type's get function (param_get_int...) and whose write calls its
 * set function, as in 2.6.32 (kernel/params.c); a world-writable perm
 * does not build.
 *
 * In a loadable module (-DMODULE) the names have no "<module>." prefix:
 * the parameters come from insmod's arguments, which kernel/module.c
 * hands to parse_args() with the module's own table (2.6.32 does the
 * same, through MODULE_PARAM_PREFIX). Each parameter also leaves
 * "parmtype=name:type" in .modinfo, and MODULE_PARM_DESC "parm=name:text",
 * which modinfo prints.
 */
#ifndef _LINUX_MODULEPARAM_H
#define _LINUX_MODULEPARAM_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/stat.h>
#include <linux/build_bug.h>

#ifndef KBUILD_MODNAME
#define KBUILD_MODNAME "kernel"
#endif

#ifdef MODULE
#define MODULE_PARAM_PREFIX /* empty */
#else
#define MODULE_PARAM_PREFIX KBUILD_MODNAME "."
#endif

#define __PARAM_STR(s) #s
#define __MODULE_PARAM_INFO(tag, name, info)                                  \
	static const char __UNIQUE_ID(name)[] __used __section(".modinfo")    \
		__aligned(1) = __PARAM_STR(tag) "=" info

struct kernel_param;

/**
 * struct kparam_string - the buffer of a module_param_string()
 * @maxlen: its size, the NUL included
 * @string: the buffer
 */
struct kparam_string {
	unsigned int maxlen;
	char *string;
};

/**
 * struct kparam_array - the elements of a module_param_array()
 * @max: how many elements the array has
 * @num: where to store how many were given (may be NULL)
 * @set: the element type's set function
 * @get: the element type's get function
 * @elemsize: the size of one element
 * @elem: the array
 */
struct kparam_array {
	unsigned int max;
	unsigned int *num;
	int (*set)(const char *val, struct kernel_param *kp);
	int (*get)(char *buffer, struct kernel_param *kp);
	unsigned int elemsize;
	void *elem;
};

/**
 * struct kernel_param - one parameter settable from the command line or insmod
 * @name: "module.param" built in, "param" in a loadable module
 * @perm: the mode of its sysfs file (0: none)
 * @flags: unused (2.6.32: KPARAM_ISBOOL)
 * @set: parses the text and stores it; 0 or a negative errno
 * @get: prints the value into a sysfs page (no newline); the length
 * @arg: the variable (numbers, bool, charp)
 * @str: the buffer (module_param_string)
 * @arr: the array (module_param_array)
 */
struct kernel_param {
	const char *name;
	u16 perm;
	u16 flags;
	int (*set)(const char *val, struct kernel_param *kp);
	int (*get)(char *buffer, struct kernel_param *kp);
	union {
		void *arg;
		const struct kparam_string *str;
		const struct kparam_array *arr;
	};
};

int param_set_byte(const char *val, struct kernel_param *kp);
int param_set_short(const char *val, struct kernel_param *kp);
int param_set_ushort(const char *val, struct kernel_param *kp);
int param_set_int(const char *val, struct kernel_param *kp);
int param_set_uint(const char *val, struct kernel_param *kp);
int param_set_long(const char *val, struct kernel_param *kp);
int param_set_ulong(const char *val, struct kernel_param *kp);
int param_set_bool(const char *val, struct kernel_param *kp);
int param_set_invbool(const char *val, struct kernel_param *kp);
int param_set_charp(const char *val, struct kernel_param *kp);
int param_array_set(const char *val, struct kernel_param *kp);
int param_set_copystring(const char *val, struct kernel_param *kp);
int param_get_byte(char *buffer, struct kernel_param *kp);
int param_get_short(char *buffer, struct kernel_param *kp);
int param_get_ushort(char *buffer, struct kernel_param *kp);
int param_get_int(char *buffer, struct kernel_param *kp);
int param_get_uint(char *buffer, struct kernel_param *kp);
int param_get_long(char *buffer, struct kernel_param *kp);
int param_get_ulong(char *buffer, struct kernel_param *kp);
int param_get_bool(char *buffer, struct kernel_param *kp);
int param_get_invbool(char *buffer, struct kernel_param *kp);
int param_get_charp(char *buffer, struct kernel_param *kp);
int param_array_get(char *buffer, struct kernel_param *kp);
int param_get_string(char *buffer, struct kernel_param *kp);
int parse_args(const char *name, char *args, struct kernel_param *params, unsigned int num,
	       int (*unknown)(char *param, char *val));

/* Compile-time type checks: module_param(x, int, 0) of a long does not build */
#define __param_check(name, p, type) \
	static inline type __always_unused *__check_##name(void) { return (p); }
#define param_check_byte(name, p) __param_check(name, p, unsigned char)
#define param_check_short(name, p) __param_check(name, p, short)
#define param_check_ushort(name, p) __param_check(name, p, unsigned short)
#define param_check_int(name, p) __param_check(name, p, int)
#define param_check_uint(name, p) __param_check(name, p, unsigned int)
#define param_check_long(name, p) __param_check(name, p, long)
#define param_check_ulong(name, p) __param_check(name, p, unsigned long)
#define param_check_bool(name, p) __param_check(name, p, bool)
#define param_check_invbool(name, p) __param_check(name, p, bool)
#define param_check_charp(name, p) __param_check(name, p, char *)

/*
 * One struct kernel_param in the __param section, found by name. Its
 * sysfs mode may not be world-writable, as 2.6.32 checks.
 */
#define __module_param_call(prefix, pname, setfn, getfn, argfield, argval, pperm)  \
	static int __param_perm_check_##pname __always_unused =                      \
		BUILD_BUG_ON_ZERO((pperm) < 0 || (pperm) > 0777 || ((pperm) & 2));   \
	static const char __param_str_##pname[] = prefix #pname;                      \
	static struct kernel_param __param_##pname __used __section("__param")      \
		__aligned(sizeof(void *)) = { .name = __param_str_##pname,            \
					       .perm = (pperm),                        \
					       .set = setfn,                           \
					       .get = getfn,                           \
					       .argfield = argval }

/**
 * module_param_call - a parameter with its own set function
 * @name: the parameter's name
 * @set: int set(const char *val, struct kernel_param *kp)
 * @get: int get(char *buffer, struct kernel_param *kp), for the sysfs file
 * @argp: what @set and @get find in kp->arg
 * @perm: the sysfs file's mode (0: no file)
 */
#define module_param_call(name, set, get, argp, perm)                                 \
	__module_param_call(MODULE_PARAM_PREFIX, name, set, get, arg, argp, perm)

/**
 * module_param_named - a parameter called @name stored in the variable @value
 * @name: the name on the command line (after "<module>.") or to insmod
 * @value: the variable
 * @type: byte, short, ushort, int, uint, long, ulong, bool, invbool or charp
 * @perm: the sysfs mode (0: no sysfs file)
 */
#define module_param_named(name, value, type, perm)                                   \
	param_check_##type(name, &(value));                                           \
	__module_param_call(MODULE_PARAM_PREFIX, name, param_set_##type, param_get_##type, \
			    arg, &(value), perm);                                                    \
	__MODULE_PARAM_INFO(parmtype, name##type, #name ":" #type)

/**
 * module_param - a parameter settable as <module>.<name>=<value> at boot
 * @name: the variable, and the parameter's name
 * @type: byte, short, ushort, int, uint, long, ulong, bool, invbool or charp
 * @perm: the sysfs mode (0: no sysfs file)
 */
#define module_param(name, type, perm) module_param_named(name, name, type, perm)

/**
 * module_param_string - a parameter copied into a char array
 * @name: the parameter's name
 * @string: the array
 * @len: its size (sizeof(string))
 * @perm: the sysfs mode (0: no sysfs file)
 *
 * A value that does not fit is refused with -ENOSPC.
 */
#define module_param_string(name, string, len, perm)                                  \
	static const struct kparam_string __param_string_##name = { len, string };    \
	__module_param_call(MODULE_PARAM_PREFIX, name, param_set_copystring,          \
			    param_get_string, str, &__param_string_##name, perm);                            \
	__MODULE_PARAM_INFO(parmtype, name##type, #name ":string")

/**
 * module_param_array_named - a comma-separated list into an array
 * @name: the parameter's name
 * @array: the array
 * @type: its element type (as module_param)
 * @nump: where to store how many values were given, or NULL
 * @perm: the sysfs mode (0: no sysfs file)
 *
 * More values than the array holds are refused with -EINVAL.
 */
#define module_param_array_named(name, array, type, nump, perm)                       \
	static const struct kparam_array __param_arr_##name = {                       \
		ARRAY_SIZE(array), nump, param_set_##type, param_get_##type,          \
		sizeof(array[0]), array };                                            \
	__module_param_call(MODULE_PARAM_PREFIX, name, param_array_set, param_array_get, \
			    arr, &__param_arr_##name, perm);                               \
	__MODULE_PARAM_INFO(parmtype, name##type, #name ":array of " #type)

/**
 * module_param_array - a comma-separated list into the array @name
 * @name: the array, and the parameter's name
 * @type: its element type
 * @nump: where to store how many values were given, or NULL
 * @perm: the sysfs mode (0: no sysfs file)
 */
#define module_param_array(name, type, nump, perm)                                    \
	module_param_array_named(name, name, type, nump, perm)

/**
 * MODULE_PARM_DESC - a parameter's description, for modinfo
 * @_parm: the parameter
 * @desc: the text
 */
#define MODULE_PARM_DESC(_parm, desc) __MODULE_PARAM_INFO(parm, _parm, #_parm ":" desc)

#endif /* _LINUX_MODULEPARAM_H */
