/*
 * usertest.h - what every test program in tests/user shares.
 *
 * The programs are ordinary static Linux programs: they run the same on
 * Linnet and on Linux, and print one line per check, so the output can
 * be compared with Linux's (the expected files). They write with the
 * raw write() system call, unbuffered, so a crash loses no line, and
 * name system calls by number where glibc would pick another call than
 * the one under test.
 */
#ifndef USERTEST_H
#define USERTEST_H

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>

/* say - print a line with printf's format, straight to fd 1 */
static inline void say(const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf) - 1, fmt, ap);
	va_end(ap);
	if (n > (int)sizeof(buf) - 2)
		n = sizeof(buf) - 2;
	buf[n++] = '\n';
	syscall(SYS_write, 1, buf, n);
}

/* sys - a raw system call's result as the kernel gave it: -errno or the value */
static inline long sys(long nr, long a, long b, long c, long d)
{
	long r = syscall(nr, a, b, c, d);

	return r == -1 ? -errno : r;
}

#endif
