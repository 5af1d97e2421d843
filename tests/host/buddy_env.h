/*
 * buddy_env.h - the simulated machine of the host page-allocator tests.
 */
#ifndef LINNET_HOST_BUDDY_ENV_H
#define LINNET_HOST_BUDDY_ENV_H

#include <linux/mmzone.h>

#define ENV_PAGES 0x4000UL   /* 64 MiB */
#define ENV_DMA_END 0x1000UL /* 16 MiB */
#define ENV_LOW_END 0x3000UL /* "896 MiB", scaled down */

void buddy_env_init(void);
void buddy_env_init_low(void);
void buddy_env_snapshot(unsigned long s[MAX_NR_ZONES][MAX_ORDER]);

/* From the host's C library (the Linnet headers do not declare them) */
int printf(const char *fmt, ...);
void abort(void);

#endif /* LINNET_HOST_BUDDY_ENV_H */
