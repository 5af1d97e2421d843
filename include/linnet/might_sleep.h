/*
 * might_sleep.h - Linnet's test hook for the might_sleep() report.
 *
 * kernel/might_sleep.c:__might_sleep prints at most one "BUG: sleeping
 * function called from invalid context" a second, as Linux 2.6.32 does.
 * A test that provokes the report and looks for it first forgets the last
 * one with might_sleep_ratelimit_reset(). Linux has no such call (its
 * tests of this report run in separate boots). See docs/sched.md.
 */
#ifndef _LINNET_MIGHT_SLEEP_H
#define _LINNET_MIGHT_SLEEP_H

void might_sleep_ratelimit_reset(void);

#endif /* _LINNET_MIGHT_SLEEP_H */
