/*
 * wait1.h - the blocking ring-buffer teaching device (drivers/char/wait1.c).
 */
#ifndef _LINNET_WAIT1_H
#define _LINNET_WAIT1_H

int wait1_init(void);

#endif /* _LINNET_WAIT1_H */
