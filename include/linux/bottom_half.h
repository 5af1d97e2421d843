/*
 * bottom_half.h - disabling softirqs (the "bottom halves") around a section.
 *
 * Implemented in kernel/softirq.c: local_bh_disable() raises the softirq
 * part of the preempt count; local_bh_enable() lowers it and, if that
 * re-enabled bottom halves with softirqs pending, runs them there.
 */
#ifndef _LINUX_BH_H
#define _LINUX_BH_H

void local_bh_disable(void);
void local_bh_enable(void);

#endif /* _LINUX_BH_H */
