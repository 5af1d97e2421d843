/*
 * i8042.h - the PS/2 controller driver's interface (drivers/input/serio/i8042.c).
 */
#ifndef _LINUX_I8042_H
#define _LINUX_I8042_H

#include <linux/interrupt.h>

/* Scancodes dropped because the keyboard tasklet fell behind. */
extern unsigned long i8042_overruns;

int i8042_init(void);

#endif /* _LINUX_I8042_H */
