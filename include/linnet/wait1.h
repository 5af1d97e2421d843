/*
 * wait1.h - the blocking ring-buffer teaching device (drivers/char/wait1.c).
 *
 * Only for tests/kernel/wait1_test.c, which calls the device's methods
 * before its /dev node exists: the driver itself needs no header (it is
 * a module or an initcall).
 */
#ifndef _LINNET_WAIT1_H
#define _LINNET_WAIT1_H

struct file_operations;

extern const struct file_operations wait1_fops;

#endif /* _LINNET_WAIT1_H */
