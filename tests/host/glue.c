/*
 * glue.c - what the Linnet library expects from the kernel, on the host.
 *
 * The lib/ objects call a few kernel functions that the host test
 * programs must supply: host_bug() (BUG() under LINNET_HOST),
 * warn_slowpath_null() (WARN_ON()), and sprint_symbol() for "%pS", which
 * has no symbol table here and prints the bare address. Also the small
 * check-and-count framework the tests share.
 */
#include <stdio.h>
#include <stdlib.h>
#include "linnet.h"

int host_checks, host_failures;

void host_check(int ok, const char *file, int line, const char *what)
{
	host_checks++;
	if (ok)
		return;
	host_failures++;
	if (host_failures <= 30)
		fprintf(stderr, "  FAIL %s:%d: %s\n", file, line, what);
}

int host_summary(const char *prog)
{
	printf("%s: %d checks, %d failed\n", prog, host_checks, host_failures);
	return host_failures ? 1 : 0;
}

void host_bug(const char *file, int line)
{
	fprintf(stderr, "kernel BUG at %s:%d!\n", file, line);
	abort();
}

void warn_slowpath_null(const char *file, int line)
{
	fprintf(stderr, "WARNING: at %s:%d\n", file, line);
}

__attribute__((weak)) int sprint_symbol(char *buf, unsigned long addr)
{
	return sprintf(buf, "0x%lx", addr);
}

__attribute__((weak)) int sprint_backtrace(char *buf, unsigned long addr)
{
	return sprintf(buf, "0x%lx", addr);
}

/* kmalloc/kfree for lib/kfifo.c's kfifo_alloc/kfifo_free: the C library's heap */
__attribute__((weak)) void *kmalloc(size_t size, unsigned int flags)
{
	(void)flags;
	return malloc(size);
}

__attribute__((weak)) void kfree(const void *p)
{
	free((void *)p);
}
