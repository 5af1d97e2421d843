/*
 * ldt.c - modify_ldt: a process's own segments, as Wine and dosemu use them.
 *
 * An entry written with modify_ldt(0x11) is loaded into %fs (selector
 * entry * 8 + 7) and read through: the segment's base is a variable of
 * this program, so %fs:0 is that variable. Then: reading the table back
 * (zero-filled to the size asked), the "default LDT" (five empty
 * entries), a fork (the child gets a copy of the table), an exec (the
 * new program has none), clearing an entry the loaded %fs uses (it
 * reads as 0 after the next return to user mode), the old mode, and
 * the errors.
 */
#include "usertest.h"
#include <stdint.h>

struct user_desc_ {
	unsigned int entry_number;
	unsigned int base_addr;
	unsigned int limit;
	unsigned int seg_32bit : 1;
	unsigned int contents : 2;
	unsigned int read_exec_only : 1;
	unsigned int limit_in_pages : 1;
	unsigned int seg_not_present : 1;
	unsigned int useable : 1;
};

static volatile unsigned int target = 0x12345678;
static unsigned char buf[65536 + 64];

static long ldt(int func, void *ptr, unsigned long count)
{
	return sys(SYS_modify_ldt, func, (long)ptr, count, 0);
}

static unsigned int fs_read0(void)
{
	unsigned int v;

	__asm__ __volatile__("movl %%fs:0, %0" : "=r"(v));
	return v;
}

static void set_fs(unsigned short sel)
{
	__asm__ __volatile__("movw %0, %%fs" : : "r"(sel));
}

static unsigned short get_fs(void)
{
	unsigned short sel;

	__asm__ __volatile__("movw %%fs, %0" : "=r"(sel));
	return sel;
}

static struct user_desc_ desc(unsigned int entry, void *base, unsigned int limit)
{
	struct user_desc_ d = { .entry_number = entry,
				.base_addr = (unsigned int)(uintptr_t)base,
				.limit = limit,
				.seg_32bit = 1,
				.useable = 1 };
	return d;
}

static int zeroes(const unsigned char *p, int n)
{
	int i, z = 0;

	for (i = 0; i < n; i++)
		z += !p[i];
	return z;
}

static void forked(void *arg)
{
	(void)arg;
	target = 0x0badcafe; /* the child's own copy of the page */
	say("child: %%fs %#x reads its own variable %d", get_fs(), fs_read0() == 0x0badcafe);
}

int main(int argc, char **argv)
{
	struct user_desc_ d;
	unsigned int lo, hi;
	long r;

	if (argc > 1 && !strcmp(argv[1], "exec")) {
		say("after exec: read %ld, %%fs %#x", ldt(0, buf, 64), get_fs());
		return 0;
	}
	say("no LDT yet: read %ld", ldt(0, buf, 64));
	memset(buf, 0xff, 100);
	r = ldt(2, buf, 100);
	say("default LDT: %ld, zeroes %d of 100", r, zeroes(buf, 100));

	d = desc(0, (void *)&target, 0xfff);
	say("write entry 0: %ld", ldt(0x11, &d, sizeof(d)));
	set_fs(0x7);
	say("%%fs 0x7 reads the variable %d", fs_read0() == target);
	memset(buf, 0xff, 64);
	r = ldt(0, buf, 64);
	say("read 64: %ld, zeroes after the first entry %d of 56", r, zeroes(buf + 8, 56));
	memcpy(&lo, buf, 4);
	memcpy(&hi, buf + 4, 4);
	say("entry 0: limit %#x, flags %#x, base is the variable's %d", lo & 0xffff,
	    hi & 0x00f0ff00,
	    ((lo >> 16) | ((hi & 0xff) << 16) | (hi & 0xff000000)) == (uintptr_t)&target);
	say("read 100000 bytes: %ld", ldt(0, buf, 100000));

	run_in_child("fork", forked, NULL);
	say("parent still reads its own %d", fs_read0() == 0x12345678);

	d = desc(600, (void *)&target, 0xfff);
	say("write entry 600 (the table grows): %ld", ldt(0x11, &d, sizeof(d)));
	set_fs(600 * 8 + 7);
	say("%%fs %#x reads the variable %d", get_fs(), fs_read0() == target);
	d = desc(1, (void *)&target, 0xfff);
	d.useable = 1;
	say("old mode write: %ld", ldt(1, &d, sizeof(d)));
	ldt(0, buf, 16);
	memcpy(&hi, buf + 12, 4);
	say("old mode clears the AVL bit: %d", !(hi & (1u << 20)));
	d = desc(2, (void *)&target, 0xfff);
	d.seg_32bit = 0;
	say("16-bit segment: %ld", ldt(0x11, &d, sizeof(d)));

	d = desc(600, 0, 0);
	say("clear entry 600 (old mode, base and limit 0): %ld", ldt(1, &d, sizeof(d)));
	say("%%fs after the call returned: %#x", get_fs());

	d = desc(0, (void *)&target, 0xfff);
	say("wrong size: %ld", ldt(0x11, &d, sizeof(d) - 1));
	d.entry_number = 8192;
	say("entry 8192: %ld", ldt(0x11, &d, sizeof(d)));
	d = desc(3, (void *)&target, 0xfff);
	d.contents = 3;
	say("conforming code, present: %ld", ldt(0x11, &d, sizeof(d)));
	d.seg_not_present = 1;
	say("conforming code, not present: %ld, old mode %ld", ldt(0x11, &d, sizeof(d)),
	    ldt(1, &d, sizeof(d)));
	say("func 3: %ld, func 0x12: %ld", ldt(3, buf, 16), ldt(0x12, buf, 16));
	say("read into a bad buffer: %ld", ldt(0, (void *)16, 16));
	say("write from a bad buffer: %ld", ldt(0x11, (void *)16, sizeof(d)));

	set_fs(0);
	{
		char *args[] = { argv[0], "exec", NULL };
		int status;
		pid_t pid;

		d = desc(0, (void *)&target, 0xfff);
		ldt(0x11, &d, sizeof(d));
		pid = fork();
		if (pid == 0) {
			set_fs(0x7);
			execve(argv[0], args, NULL);
			_exit(127);
		}
		waitpid(pid, &status, 0);
	}
	return 0;
}
