/*
 * wait1.h - the blocking ring-buffer teaching device (drivers/char/wait1.c).
 */
#ifndef _LINNET_WAIT1_H
#define _LINNET_WAIT1_H

struct file_operations;

int wait1_init(void);
extern const struct file_operations wait1_fops;

#endif /* _LINNET_WAIT1_H */
