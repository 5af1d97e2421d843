/*
 * kdev_t.h - device numbers: MAJOR, MINOR, MKDEV.
 *
 * A dev_t holds a major number (which driver) and a minor (which of its
 * devices), 12 and 20 bits as in Linux 2.6. Linnet defines the macros in
 * <linux/fs.h>; this is the header 2.6 drivers include for them.
 * See docs/drivers.md.
 */
#ifndef _LINUX_KDEV_T_H
#define _LINUX_KDEV_T_H

#include <linux/fs.h>

#endif /* _LINUX_KDEV_T_H */
