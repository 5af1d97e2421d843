/*
 * klog.h - for tests: did the kernel just print a report?
 *
 * log_tail_has() searches the last 4 KiB of the kernel log. A test
 * provokes a report that is not an oops (a WARNING, "BUG: scheduling
 * while atomic") from a task with a name of its own, and checks that the
 * report naming that task appeared.
 */
#ifndef _TESTS_KLOG_H
#define _TESTS_KLOG_H

#include <linux/printk.h>
#include <linux/string.h>

static inline bool log_tail_has(const char *needle)
{
	static char text[4096 + 1];
	unsigned int off = 0, n, total;

	while ((n = log_buf_read(text, off, sizeof(text) - 1)) > 0)
		off += n;
	total = off;
	n = log_buf_read(text, total > 4096 ? total - 4096 : 0, sizeof(text) - 1);
	text[n] = '\0';
	return strstr(text, needle) != NULL;
}

#endif /* _TESTS_KLOG_H */
