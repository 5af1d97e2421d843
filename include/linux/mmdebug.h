/*
 * mmdebug.h - VM_BUG_ON: the memory manager's own consistency checks.
 *
 * In Linux 2.6.32 VM_BUG_ON(cond) is BUG_ON(cond) with CONFIG_DEBUG_VM
 * and nothing without it. Linnet is a teaching kernel and always checks:
 * it behaves as 2.6.32 built with CONFIG_DEBUG_VM=y. See docs/memory.md.
 */
#ifndef _LINUX_MMDEBUG_H
#define _LINUX_MMDEBUG_H

#include <linux/bug.h>

#define VM_BUG_ON(cond) BUG_ON(cond)

#endif /* _LINUX_MMDEBUG_H */
