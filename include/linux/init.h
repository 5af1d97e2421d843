/*
 * init.h - boot-time code and the kernel command line handlers.
 *
 * __setup("name=", fn) registers fn to receive the text after "name=" on
 * the kernel command line; early_param() does the same but runs before
 * the consoles are up (console=, loglevel=). The entries go into the
 * .init.setup section, found by kernel/params.c. __init is kept for
 * Linux compatibility; Linnet does not free init memory.
 */
#ifndef _LINUX_INIT_H
#define _LINUX_INIT_H

#include <linux/compiler.h>

#define __init
#define __initdata
#define __exit
#define __devinit
#define __init_refok

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

/* module_init/late_initcall: Linnet calls its init functions from start_kernel. */
typedef int (*initcall_t)(void);

extern char boot_command_line[];

#endif /* _LINUX_INIT_H */
