/*
 * drivers/base/base.h - what the driver core's files share, not drivers.
 *
 * As 2.6.32's: the init functions driver_init() calls. See
 * docs/drivers-core.md.
 */
#ifndef _DRIVERS_BASE_BASE_H
#define _DRIVERS_BASE_BASE_H

int classes_init(void);

#endif /* _DRIVERS_BASE_BASE_H */
