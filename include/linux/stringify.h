/*
 * stringify.h - turn a macro argument into a string, after expanding it.
 *
 * __stringify(HZ) is "100", where #HZ would be "HZ". Defined in
 * <linux/compiler.h>, which this includes, as Linux's callers expect it here.
 */
#ifndef _LINUX_STRINGIFY_H
#define _LINUX_STRINGIFY_H

#include <linux/compiler.h>

#endif /* _LINUX_STRINGIFY_H */
