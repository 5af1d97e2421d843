/*
 * mm_race_env.h - a racer task for the host race tests (mm_race_env.c).
 *
 * Included by tests/host/mm_race_test.c, built against Linnet's headers
 * over the slab host environment (slab_env.h).
 */
#ifndef LINNET_HOST_MM_RACE_ENV_H
#define LINNET_HOST_MM_RACE_ENV_H

#include <linux/types.h>
#include "slab_env.h"

void race_start(void (*fn)(void *), void *arg);
void race_finish(void);
bool race_in_racer(void);
bool race_range_flushed(unsigned long start, unsigned long end);

#endif /* LINNET_HOST_MM_RACE_ENV_H */
