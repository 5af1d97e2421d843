/*
 * unistd.h - the system call numbers (__NR_open...), for kernel code.
 *
 * As in Linux 2.6.32 this only includes the architecture's list,
 * arch/x86/include/asm/unistd.h, where the numbers and the reasoning
 * behind them live. Read docs/processes.md next.
 */
#ifndef _LINUX_UNISTD_H_
#define _LINUX_UNISTD_H_

#include <asm/unistd.h>

#endif /* _LINUX_UNISTD_H_ */
