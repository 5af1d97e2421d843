/*
 * capget.c - capget(2) and capset(2): the header's versions (v1 carries
 * one 32-bit word of each set, v2 and v3 two; an unknown version is
 * -EINVAL with the kernel's written back), root's sets and init's, how
 * capset may only shrink them (-EPERM), that capable() follows the
 * effective set (chown without CAP_CHOWN), and how setuid and seteuid
 * clear and restore them. Each case that changes the sets runs in a
 * child of its own.
 */
#include "usertest.h"
#include <sys/mount.h>
#include <sys/stat.h>

#define V1 0x19980330
#define V2 0x20071026
#define V3 0x20080522
#define CAP_CHOWN_ 0
#define CAP_NET_RAW_ 13

struct hdr {
	unsigned int version;
	int pid;
};

struct data {
	unsigned int effective, permitted, inheritable;
};

static long capget_(struct hdr *h, struct data *d)
{
	return sys(SYS_capget, (long)h, (long)d, 0, 0);
}

static long capset_(struct hdr *h, const struct data *d)
{
	return sys(SYS_capset, (long)h, (long)d, 0, 0);
}

/* The caller's sets, high word first as /proc/PID/status shows them */
static void show_mine(const char *what)
{
	struct hdr h = { V3, 0 };
	struct data d[2];
	long r = capget_(&h, d);

	say("%s: %ld, eff %08x%08x prm %08x%08x inh %08x%08x", what, r, d[1].effective,
	    d[0].effective, d[1].permitted, d[0].permitted, d[1].inheritable, d[0].inheritable);
}

static void versions(void)
{
	struct hdr h = { 0, 0 };
	struct data d[2];
	long r;

	r = capget_(&h, d);
	say("capget version 0: %ld, version written back %#x", r, h.version);
	h.version = 0x12345678;
	r = capget_(&h, NULL);
	say("capget bad version, NULL data (the probe): %ld, written back %#x", r, h.version);
	h.version = V3;
	say("capget v3, NULL data: %ld", capget_(&h, NULL));
	say("capget NULL header: %ld", capget_(NULL, d));
	say("capget data unmapped: %ld", capget_(&h, (struct data *)8));
	show_mine("capget v3");
	memset(d, 0x5a, sizeof(d));
	h.version = V1;
	r = capget_(&h, d);
	say("capget v1: %ld, eff %08x prm %08x inh %08x, second word untouched %d", r,
	    d[0].effective, d[0].permitted, d[0].inheritable, d[1].effective == 0x5a5a5a5a);
	h.version = V2;
	r = capget_(&h, d);
	say("capget v2: %ld, eff %08x%08x", r, d[1].effective, d[0].effective);
	h.version = V3;
	h.pid = getppid();
	r = capget_(&h, d);
	say("capget of init (pid 1): %ld, eff %08x%08x prm %08x%08x", r, d[1].effective,
	    d[0].effective, d[1].permitted, d[0].permitted);
	h.pid = -1;
	say("capget pid -1: %ld", capget_(&h, d));
	h.pid = 99999;
	say("capget no such pid: %ld", capget_(&h, d));
}

static void drop_and_raise(void *unused)
{
	struct hdr h = { V3, 0 };
	struct data d[2];

	(void)unused;
	capget_(&h, d);
	d[0].effective &= ~(1u << CAP_NET_RAW_);
	say("capset: CAP_NET_RAW out of effective: %ld", capset_(&h, d));
	show_mine("  now");
	d[0].effective |= 1u << CAP_NET_RAW_;
	say("capset: back into effective (still permitted): %ld", capset_(&h, d));
	d[0].permitted &= ~(1u << CAP_NET_RAW_);
	d[0].effective &= ~(1u << CAP_NET_RAW_);
	say("capset: out of permitted too: %ld", capset_(&h, d));
	d[0].effective |= 1u << CAP_NET_RAW_;
	say("capset: effective beyond permitted: %ld", capset_(&h, d));
	d[0].effective &= ~(1u << CAP_NET_RAW_);
	d[0].permitted |= 1u << CAP_NET_RAW_;
	say("capset: back into permitted: %ld", capset_(&h, d));
	d[0].permitted &= ~(1u << CAP_NET_RAW_);
	d[0].inheritable = 1u << CAP_CHOWN_;
	say("capset: CAP_CHOWN inheritable: %ld", capset_(&h, d));
	d[0].inheritable = 1u << CAP_NET_RAW_;
	say("capset: CAP_NET_RAW inheritable, held by neither set: %ld", capset_(&h, d));
	show_mine("  at the end");
	_exit(0);
}

static void v1_clears_upper(void *unused)
{
	struct hdr h = { V1, 0 };
	struct data d[2];

	(void)unused;
	capget_(&h, d);
	say("capset v1 with what capget v1 gave: %ld", capset_(&h, d));
	show_mine("  the upper words are gone");
	_exit(0);
}

static void capset_errors(void *unused)
{
	struct hdr h = { V3, 0 };
	struct data d[2];
	long r;

	(void)unused;
	capget_(&h, d);
	h.pid = getppid();
	say("capset another task: %ld", capset_(&h, d));
	h.pid = getpid();
	say("capset my own pid: %ld", capset_(&h, d));
	h.pid = 0;
	say("capset data unmapped: %ld", capset_(&h, (struct data *)8));
	h.version = 1;
	r = capset_(&h, d);
	say("capset bad version: %ld, written back %#x", r, h.version);
	_exit(0);
}

static void chown_needs_cap(void *unused)
{
	struct hdr h = { V3, 0 };
	struct data d[2];

	(void)unused;
	close(open("/capget.tmp", O_CREAT | O_WRONLY, 0644));
	say("chown with CAP_CHOWN: %d", chown("/capget.tmp", 1000, 1000) ? -errno : 0);
	capget_(&h, d);
	d[0].effective &= ~(1u << CAP_CHOWN_);
	capset_(&h, d);
	say("chown without it (still uid 0): %d", chown("/capget.tmp", 2000, 2000) ? -errno : 0);
	unlink("/capget.tmp");
	_exit(0);
}

static void setuid_clears(void *unused)
{
	(void)unused;
	say("seteuid(1000): %d", seteuid(1000));
	show_mine("  effective cleared, permitted kept");
	say("seteuid(0): %d", seteuid(0));
	show_mine("  effective is permitted again");
	say("setuid(1000): %d", setuid(1000));
	show_mine("  all uids non-zero: both cleared");
	_exit(0);
}

static void proc_status(void)
{
	char buf[4096], *p;
	int fd, n;

	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL); /* Linux's initramfs has no /proc yet */
	fd = open("/proc/self/status", O_RDONLY);
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	buf[n < 0 ? 0 : n] = 0;
	p = strstr(buf, "CapEff:");
	if (p)
		*strchr(p, '\n') = 0;
	say("status %s", p ? p : "(none)");
}

int main(void)
{
	versions();
	proc_status();
	run_in_child("drop and raise", drop_and_raise, NULL);
	run_in_child("v1", v1_clears_upper, NULL);
	run_in_child("errors", capset_errors, NULL);
	run_in_child("chown", chown_needs_cap, NULL);
	run_in_child("setuid", setuid_clears, NULL);
	return 0;
}
