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
 * charp. perm would be the sysfs mode; Linnet has no sysfs and ignores it.
 */
#ifndef _LINUX_MODULEPARAM_H
#define _LINUX_MODULEPARAM_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/stat.h>

#ifndef KBUILD_MODNAME
#define KBUILD_MODNAME "kernel"
#endif

struct kernel_param;

/**
 * struct kernel_param - one parameter settable from the command line
 * @name: "module.param"
 * @set: parses the text and stores it at @arg; 0 or a negative errno
 * @arg: the variable
 * @perm: the sysfs mode Linux would give it (unused)
 */
struct kernel_param {
	const char *name;
	int (*set)(const char *val, struct kernel_param *kp);
	void *arg;
	u16 perm;
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

/**
 * module_param_named - a parameter called @name stored in the variable @value
 * @name: the name on the command line (after "<module>.")
 * @value: the variable
 * @type: byte, short, ushort, int, uint, long, ulong, bool, invbool or charp
 * @perm: the sysfs mode (ignored)
 */
#define module_param_named(name, value, type, perm)                                   \
	param_check_##type(name, &(value));                                           \
	static const char __param_str_##name[] = KBUILD_MODNAME "." #name;           \
	static struct kernel_param __param_##name __used __section("__param")       \
		__aligned(sizeof(void *)) = { __param_str_##name, param_set_##type,   \
					       &(value), perm }

/**
 * module_param - a parameter settable as <module>.<name>=<value> at boot
 * @name: the variable, and the parameter's name
 * @type: byte, short, ushort, int, uint, long, ulong, bool, invbool or charp
 * @perm: the sysfs mode (ignored)
 */
#define module_param(name, type, perm) module_param_named(name, name, type, perm)

#define MODULE_PARM_DESC(_parm, desc)

#endif /* _LINUX_MODULEPARAM_H */
