/*
 * asm/timex.h - the PC's clock rates.
 *
 * The 8254 PIT counts a 1.193182 MHz clock (a third of the 3.579545 MHz
 * NTSC colour-burst crystal the original PC shared with its video).
 */
#ifndef _ASM_TIMEX_H
#define _ASM_TIMEX_H

#include <asm/tsc.h>

#define PIT_TICK_RATE 1193182UL
#define CLOCK_TICK_RATE PIT_TICK_RATE

#endif /* _ASM_TIMEX_H */
