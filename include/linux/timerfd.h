/*
 * timerfd.h - the flags of timerfd_create(2) and timerfd_settime(2).
 *
 * TFD_CLOEXEC and TFD_NONBLOCK are O_CLOEXEC and O_NONBLOCK, as for
 * eventfd; TFD_TIMER_ABSTIME makes it_value a time on the timer's clock.
 * See fs/timerfd.c, docs/events.md.
 */
#ifndef _LINUX_TIMERFD_H
#define _LINUX_TIMERFD_H

#include <linux/fcntl.h>

#define TFD_TIMER_ABSTIME (1 << 0)
#define TFD_CLOEXEC O_CLOEXEC
#define TFD_NONBLOCK O_NONBLOCK

#define TFD_SHARED_FCNTL_FLAGS (TFD_CLOEXEC | TFD_NONBLOCK)
#define TFD_CREATE_FLAGS TFD_SHARED_FCNTL_FLAGS
#define TFD_SETTIME_FLAGS TFD_TIMER_ABSTIME

#endif /* _LINUX_TIMERFD_H */
