/*
 * mm_glue.c - the kernel services mm/page_alloc.c calls, on the host.
 *
 * Compiled against the host's headers: printk goes to stdout (without
 * its "<N>" level prefix), dump_stack and the warnings print a line,
 * panic and BUG abort the program so the test or fuzzer reports them.
 * The counters let tests check that a report was printed.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int host_printk_quiet;
int host_bad_page_reports;

int printk(const char *fmt, ...)
{
	va_list ap;
	int n = 0;

	if (fmt[0] == '<' && fmt[1] && fmt[2] == '>')
		fmt += 3;
	if (strstr(fmt, "Bad page state"))
		host_bad_page_reports++;
	if (!host_printk_quiet) {
		va_start(ap, fmt);
		n = vprintf(fmt, ap);
		va_end(ap);
	}
	return n;
}

void dump_stack(void)
{
	if (!host_printk_quiet)
		printf("Call Trace: (host build)\n");
}

void panic(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fprintf(stderr, "Kernel panic - not syncing: ");
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	abort();
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

void warn_slowpath_fmt(const char *file, int line, const char *fmt, ...)
{
	fprintf(stderr, "WARNING: at %s:%d\n", file, line);
}

void spin_bug(void *lock, const char *msg)
{
	fprintf(stderr, "BUG: spinlock %s\n", msg);
	abort();
}

void preempt_schedule(void)
{
}

/* bad_page() taints the kernel (B): the host build keeps the mask to look at */
unsigned long host_taint;
void add_taint(unsigned int flag);
void add_taint(unsigned int flag)
{
	host_taint |= 1UL << flag;
}

void __might_sleep(const char *file, int line, int preempt_offset)
{
}

/* The OOM killer: the host has no processes, so there is never one to kill */
struct zonelist;
int out_of_memory(struct zonelist *zonelist, unsigned int gfp_mask, int order);
int out_of_memory(struct zonelist *zonelist, unsigned int gfp_mask, int order)
{
	return -12; /* -ENOMEM */
}

long schedule_timeout_uninterruptible(long timeout);

long schedule_timeout_uninterruptible(long timeout)
{
	return 0;
}
