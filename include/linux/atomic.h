/*
 * atomic.h - see <asm/atomic.h>.
 */
#ifndef _LINUX_ATOMIC_H
#define _LINUX_ATOMIC_H

#include <asm/atomic.h>

#endif /* _LINUX_ATOMIC_H */
