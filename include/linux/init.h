/*
 * init.h - boot-time code and the kernel command line handlers.
 *
 * __setup("name=", fn) registers fn to receive the text after "name=" on
 * the kernel command line; early_param() does the same but runs before
 * the consoles are up (console=, loglevel=). The entries go into the
 * .init.setup section, found by kernel/params.c.
 *
 * __init marks code needed only while starting. Linux frees the kernel's
 * .init sections after boot; Linnet keeps the kernel's (its image is
 * small), so built in, __init is empty. In a loadable module it means
 * what it means in Linux: the code goes to .init.text, which the module
 * loader places in the module's init area and frees once init has run
 * (kernel/module.c); __exit code goes to .exit.text.
 */
#ifndef _LINUX_INIT_H
#define _LINUX_INIT_H

#include <linux/compiler.h>

#ifdef MODULE
#define __init __section(".init.text") __cold
#define __initdata __section(".init.data")
#define __exit __section(".exit.text") __cold
#else
#define __init
#define __initdata
#define __exit
#endif
#define __devinit
#define __devexit
#define __devinitdata
#define __init_refok
#define __exit_p(x) x
#define __devexit_p(x) x

/**
 * struct obs_kernel_param - one command-line handler
 * @str: the option name, with its '=' if it takes a value
 * @setup_func: called with the text after @str; returns 1 if it took it
 * @early: run in parse_early_param(), before the consoles
 */
struct obs_kernel_param {
	const char *str;
	int (*setup_func)(char *);
	int early;
};

#define __setup_param(str, unique_id, fn, early)                              \
	static const char __setup_str_##unique_id[] = str;                    \
	static const struct obs_kernel_param __setup_##unique_id __used       \
		__section(".init.setup") __aligned(sizeof(long)) = {          \
			__setup_str_##unique_id, fn, early                    \
		}

#define __setup(str, fn) __setup_param(str, fn, fn, 0)
#define early_param(str, fn) __setup_param(str, fn, fn, 1)

/*
 * Initcalls: functions run once at boot, in levels, after the core is up
 * (init/main.c:do_initcalls). Each level is a linker section, gathered
 * in order by linker.ld, so registering one needs no list. Linnet's own
 * subsystems are called from start_kernel() in a fixed order instead;
 * initcalls are for code written as Linux writes a driver (module_init).
 */
typedef int (*initcall_t)(void);

#define __define_initcall(level, fn, id)                                     \
	static initcall_t __initcall_##fn##id __used                          \
		__section(".initcall" level ".init") __aligned(sizeof(long)) = fn

#define core_initcall(fn) __define_initcall("1", fn, 1)
#define postcore_initcall(fn) __define_initcall("2", fn, 2)
#define arch_initcall(fn) __define_initcall("3", fn, 3)
#define subsys_initcall(fn) __define_initcall("4", fn, 4)
#define fs_initcall(fn) __define_initcall("5", fn, 5)
#define device_initcall(fn) __define_initcall("6", fn, 6)
#define late_initcall(fn) __define_initcall("7", fn, 7)
#define __initcall(fn) device_initcall(fn)

void do_initcalls(void);

extern char boot_command_line[];

#endif /* _LINUX_INIT_H */
