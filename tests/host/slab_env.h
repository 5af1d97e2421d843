/*
 * slab_env.h - the simulated machine of the slab host programs (slab_env.c).
 *
 * Included by programs built against Linnet's headers: the slab host
 * test, the libFuzzer target and the callgrind benchmark. The machine
 * itself (RAM, mem_map, zones) is tests/host/buddy_env.c's.
 */
#ifndef LINNET_HOST_SLAB_ENV_H
#define LINNET_HOST_SLAB_ENV_H

#include <linux/types.h>
#include <linux/mm.h>
#include "buddy_env.h"

#define HOST_LOG_SIZE (1 << 20)

extern int host_fail_pages;

void buddy_env_init(void);
unsigned long host_free_pages(void);
void host_log_clear(void);
bool host_log_contains(const char *text);

/* tests/host/slab_host.c (built with the host's headers) */
void host_console_write(const char *s, size_t len);
int host_verbose(void);

/* tests/host/glue.c */
void host_check(int ok, const char *file, int line, const char *what);
int host_summary(const char *prog);
#define CHECK(cond) host_check(!!(cond), __FILE__, __LINE__, #cond)

#endif /* LINNET_HOST_SLAB_ENV_H */
