/*
 * slab_env.h - the simulated machine of the slab host tests (slab_env.c).
 *
 * Included by programs built against Linnet's headers: the slab host
 * test, the libFuzzer target and the callgrind benchmark.
 */
#ifndef LINNET_HOST_SLAB_ENV_H
#define LINNET_HOST_SLAB_ENV_H

#include <linux/types.h>
#include <linux/mm_types.h>
#include <asm/page.h>
#include <linux/mm.h>

#define HOST_DMA_PAGES 1024 /* the first 4 MiB stand for ZONE_DMA */
#define HOST_LOG_SIZE (1 << 20)

extern struct page host_mem_map[HOST_PAGES];
extern unsigned long host_free_pages;
extern int host_fail_pages;
extern unsigned long host_eflags;
extern u8 host_vmalloc_area[PAGE_SIZE];

void host_mem_init(void);
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
