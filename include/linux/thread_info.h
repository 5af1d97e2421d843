/*
 * thread_info.h - see <asm/thread_info.h>.
 */
#ifndef _LINUX_THREAD_INFO_H
#define _LINUX_THREAD_INFO_H

#include <asm/thread_info.h>

#endif /* _LINUX_THREAD_INFO_H */
