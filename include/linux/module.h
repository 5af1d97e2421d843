/*
 * module.h - what a Linux module's source needs, for code built into Linnet.
 *
 * Linnet has no loadable modules: everything is linked into the kernel,
 * as a Linux driver is when it is built in (=y) rather than as a module.
 * Linux then treats module_init(fn) as an initcall, run once at boot, and
 * drops module_exit(fn), since a built-in driver is never unloaded. Linnet
 * does exactly that (init/main.c:do_initcalls), so an example from a
 * Linux book - a "hello" module, a character driver - compiles unchanged
 * and runs at boot. MODULE_LICENSE() and the other tags are kept in the
 * .modinfo section, which the linker discards; EXPORT_SYMBOL() has
 * nothing to export to. See docs/shell.md and docs/testing.md.
 */
#ifndef _LINUX_MODULE_H
#define _LINUX_MODULE_H

#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/moduleparam.h>
#include <linux/stringify.h>

struct module;

/* There is no module: code that refers to its own module gets NULL. */
#define THIS_MODULE ((struct module *)0)

#define __MODULE_INFO(tag, info)                                              \
	static const char __UNIQUE_ID(tag)[] __used                           \
		__section(".modinfo") __aligned(1) = #tag "=" info
#define MODULE_LICENSE(_license) __MODULE_INFO(license, _license)
#define MODULE_AUTHOR(_author) __MODULE_INFO(author, _author)
#define MODULE_DESCRIPTION(_description) __MODULE_INFO(description, _description)
#define MODULE_VERSION(_version) __MODULE_INFO(version, _version)
#define MODULE_ALIAS(_alias) __MODULE_INFO(alias, _alias)
#define MODULE_DEVICE_TABLE(type, name)

#define EXPORT_SYMBOL(sym)
#define EXPORT_SYMBOL_GPL(sym)

/**
 * module_init - the function to run at boot for this driver
 * @initfn: int fn(void); a negative return is reported, as Linux does
 *
 * A built-in driver's init runs as a device_initcall().
 */
#define module_init(initfn) device_initcall(initfn)

/**
 * module_exit - the unload function: never called for built-in code
 * @exitfn: void fn(void); referenced so it compiles, then discarded
 */
#define module_exit(exitfn)                                                        \
	static void (*__UNIQUE_ID(exitcall))(void) __used                            \
		__section(".exitcall.exit") = exitfn

/**
 * try_module_get - pin a module so it cannot be unloaded
 * @module: the module (always NULL here)
 *
 * Return: true: built-in code is always there.
 */
static inline bool try_module_get(struct module *module)
{
	return true;
}

/**
 * module_put - drop what try_module_get() took
 * @module: the module (always NULL here)
 */
static inline void module_put(struct module *module)
{
}

#endif /* _LINUX_MODULE_H */
