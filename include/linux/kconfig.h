/*
 * kconfig.h - IS_ENABLED(): a build option as a C expression.
 *
 * Linnet's options are -D flags from the Makefile (make KASAN=1 passes
 * -DCONFIG_KASAN, which defines it as 1). IS_ENABLED(CONFIG_X) is 1 if
 * CONFIG_X is defined as 1 and 0 otherwise, so code can say
 * `if (IS_ENABLED(CONFIG_KASAN))` and have both branches compiled and
 * type-checked in every build; the dead one is optimised away. The
 * trick is Linux's: pasting the value onto a placeholder name makes an
 * extra macro argument appear only when the value is 1.
 */
#ifndef _LINUX_KCONFIG_H
#define _LINUX_KCONFIG_H

#define __ARG_PLACEHOLDER_1 0,
#define __take_second_arg(__ignored, val, ...) val
#define ____is_defined(arg1_or_junk) __take_second_arg(arg1_or_junk 1, 0)
#define ___is_defined(val) ____is_defined(__ARG_PLACEHOLDER_##val)
#define __is_defined(x) ___is_defined(x)

/* Options that are always on: i386 Linnet always pages (as every x86 Linux) */
#define CONFIG_MMU 1

/* IS_ENABLED - 1 if the option is defined as 1 (-DCONFIG_X), else 0 */
#define IS_ENABLED(option) __is_defined(option)

#endif /* _LINUX_KCONFIG_H */
