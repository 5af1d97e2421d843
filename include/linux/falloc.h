/*
 * falloc.h - fallocate(2)'s mode bits, as Linux 2.6.32's: the only one
 * is FALLOC_FL_KEEP_SIZE (reserve without growing i_size). fs/open.c.
 */
#ifndef _LINUX_FALLOC_H
#define _LINUX_FALLOC_H

#define FALLOC_FL_KEEP_SIZE 0x01 /* default is extend size */

#endif /* _LINUX_FALLOC_H */
