/*
 * procfs.c - /proc as a program reads it: /proc/self's stat, statm,
 * status, maps, cmdline, environ and fd/ links, the /proc/self link, and
 * /proc/stat, meminfo, loadavg, uptime and version; the modes of
 * /proc/sys's tunables, which bind root too; a reaped child's /proc/PID
 * while files under it are open; proc mounted twice.
 *
 * Most values differ from boot to boot (times, counts, addresses), so
 * each check prints what is the same on every run and on both kernels:
 * the shape of a line (how many fields, which names in which order), the
 * values a fresh process must have (its comm, state, ids, rlimits), and
 * the fields that tie two files together (stat's vsize is statm's size).
 * Where Linux 2.6.32 prints less than Linux 6.1 (stat's 44 fields,
 * /proc/stat's nine cpu times, status and meminfo lines added since),
 * the expected file marks the line as a 2.6.32 difference.
 */
#include "usertest.h"
#include <dirent.h>
#include <fcntl.h>
#include <regex.h>
#include <stdlib.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>

#define MAXF 64

static char buf[16384];

/* read_file - a whole /proc file into buf; its length, or -errno */
static long read_file(const char *path)
{
	int fd = open(path, O_RDONLY);
	long n, len = 0;

	if (fd < 0)
		return -errno;
	while ((n = read(fd, buf + len, sizeof(buf) - 1 - len)) > 0)
		len += n;
	close(fd);
	buf[len] = 0;
	return n < 0 ? -errno : len;
}

/* split - cut @s at blanks into at most MAXF words */
static int split(char *s, char **w)
{
	int n = 0;
	char *save;

	for (char *t = strtok_r(s, " \t\n", &save); t && n < MAXF;
	     t = strtok_r(NULL, " \t\n", &save))
		w[n++] = t;
	return n;
}

static int matches(const char *re, const char *s)
{
	regex_t r;
	int ok;

	regcomp(&r, re, REG_EXTENDED | REG_NOSUB);
	ok = regexec(&r, s, 0, NULL, 0) == 0;
	regfree(&r);
	return ok;
}

/* in_list - is @name one of the space-separated words of @list? */
static int in_list(const char *name, const char *list)
{
	size_t n = strlen(name);

	for (const char *p = list; (p = strstr(p, name)); p += n)
		if ((p == list || p[-1] == ' ') && (p[n] == ' ' || !p[n]))
			return 1;
	return 0;
}

static void stat_file(void)
{
	char *w[MAXF], *comm_end;
	long vsize;
	int n;

	read_file("/proc/self/stat");
	comm_end = strrchr(buf, ')');
	say("stat: pid is getpid %d, comm %.*s", atoi(buf) == getpid(),
	    (int)(comm_end + 1 - strchr(buf, '(')), strchr(buf, '('));
	n = split(comm_end + 2, w) + 2; /* fields from the state on; pid and comm are two */
	say("stat: %d fields", n);
	say("stat: state %s, ppid is getppid %d", w[0], atoi(w[1]) == getppid());
	say("stat: pgrp %s session %s tty_nr %s tpgid %s", w[2], w[3], w[4], w[5]);
	say("stat: priority %s nice %s num_threads %s itrealvalue %s", w[15], w[16], w[17], w[18]);
	say("stat: rsslim %s startcode %s endcode %s", w[22], w[23], w[24]);
	say("stat: exit_signal %s processor %s rt_priority %s policy %s", w[35], w[36], w[37],
	    w[38]);
	say("stat: delayacct_blkio_ticks %s guest_time %s cguest_time %s", w[39], w[40], w[41]);
	vsize = atol(w[20]);
	read_file("/proc/self/statm");
	n = split(buf, w);
	say("statm: %d fields, text %s lib %s dt %s", n, w[3], w[4], w[6]);
	say("statm: size is stat's vsize %d, resident <= size %d", atol(w[0]) * 4096 == vsize,
	    atol(w[1]) <= atol(w[0]));
}

/* The status lines of 2.6.32 (with cpusets) that Linux 6.1 prints too, in 2.6.32's order */
static const char status_names[] =
	"Name State Tgid Pid PPid TracerPid Uid Gid FDSize Groups VmPeak VmSize VmLck VmHWM "
	"VmRSS VmData VmStk VmExe VmLib VmPTE Threads SigQ SigPnd ShdPnd SigBlk SigIgn SigCgt "
	"CapInh CapPrm CapEff CapBnd Cpus_allowed Cpus_allowed_list Mems_allowed "
	"Mems_allowed_list voluntary_ctxt_switches nonvoluntary_ctxt_switches";

/* The fields whose values are the same on every run (the rest are sizes and counts) */
static const char status_values[] =
	"Name State TracerPid Uid Gid FDSize Groups VmLck VmStk VmExe Threads SigPnd ShdPnd "
	"SigBlk SigIgn SigCgt CapInh CapPrm CapEff CapBnd Cpus_allowed Cpus_allowed_list "
	"Mems_allowed Mems_allowed_list";

/*
 * names - print the names of a "Name:<tab>value" file: those in @known
 * in the file's order, then the others, each on one line.
 */
static void names(const char *what, const char *known, int values)
{
	char known_line[1024] = "", other_line[1024] = "", *save;

	for (char *l = strtok_r(buf, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
		char *colon = strchr(l, ':'), *v;
		char *line = other_line;

		if (!colon)
			continue;
		*colon = 0;
		if (in_list(l, known))
			line = known_line;
		strcat(strcat(line, " "), l);
		if (!values || !in_list(l, status_values))
			continue;
		for (v = colon + 1; *v == ' ' || *v == '\t'; v++)
			;
		for (char *e = v + strlen(v); e > v && (e[-1] == ' ' || e[-1] == '\t');)
			*--e = 0;
		say("%s %s: '%s'", what, l, v);
	}
	say("%s names:%s", what, known_line);
	say("%s other names:%s", what, other_line);
}

static void status_file(void)
{
	char *p, *q;

	read_file("/proc/self/status");
	p = strstr(buf, "\nTgid:\t");
	q = strstr(buf, "\nPPid:\t");
	say("status: Tgid is getpid %d, PPid is getppid %d", p && atoi(p + 7) == getpid(),
	    q && atoi(q + 7) == getppid());
	p = strstr(buf, "\nSigQ:\t");
	say("status: SigQ queued %d", p ? atoi(p + 7) : -1);
	names("status", status_names, 1);
}

/* maps: "start-end perms offset major:minor inode", the name from column 73 */
static void maps_file(void)
{
	const char *re =
		"^[0-9a-f]{8}-[0-9a-f]{8} [r-][w-][x-][ps] [0-9a-f]{8} [0-9a-f]{2}:[0-9a-f]{2} "
		"[0-9]+ ";
	int lines = 0, layout = 0, column = 0, named = 0, heap = 0;
	char *save, *last = "";

	read_file("/proc/self/maps");
	for (char *l = strtok_r(buf, "\n", &save); l; l = strtok_r(NULL, "\n", &save), lines++) {
		layout += matches(re, l);
		if (strlen(l) > 73) {
			named++;
			column += l[72] == ' ' && l[73] != ' ';
		}
		if (strstr(l, "[heap]")) {
			heap++;
			say("maps: [heap] perms %.4s", l + 18);
		}
		if (lines < 4)
			say("maps: line %d %.22s", lines + 1, l);
		last = l;
	}
	say("maps: every line in the layout %d, names from column 73 %d", layout == lines,
	    column == named);
	say("maps: a [heap] line %d, the last line [stack] %d", heap > 0,
	    strstr(last, "[stack]") != NULL);
	say("maps: [stack] perms %.4s", last + 18);
}

/* A NUL-separated file, the NULs shown as | */
static void nul_file(const char *path)
{
	long n = read_file(path);

	for (long i = 0; i < n; i++)
		if (!buf[i])
			buf[i] = '|';
	say("%s: %ld bytes '%s'", path, n, buf);
}

static void show_link(const char *path)
{
	char target[256];
	long n = readlink(path, target, sizeof(target) - 1);

	target[n > 0 ? n : 0] = 0;
	if (n < 0)
		say("%s: errno %d", path, errno);
	else if (!strncmp(target, "pipe:[", 6))
		say("%s -> pipe:[N] %d", path, matches("^pipe:\\[[0-9]+\\]$", target));
	else
		say("%s -> %s", path, target);
}

static void links(void)
{
	char self[32], name[64], entries[256] = "";
	int p[2], seen[16] = { 0 };
	struct dirent *d;
	DIR *dir;

	readlink("/proc/self", self, sizeof(self));
	say("/proc/self is getpid %d", atoi(self) == getpid());
	pipe(p); /* fds 3 and 4 */
	for (int fd = 0; fd < 6; fd++) {
		snprintf(name, sizeof(name), "/proc/self/fd/%d", fd);
		show_link(name);
	}
	show_link("/proc/self/exe");
	show_link("/proc/self/cwd");
	show_link("/proc/self/root");
	dir = opendir("/proc/self/fd"); /* fd 5 while it is open */
	while (dir && (d = readdir(dir)))
		if (d->d_name[0] != '.' && atoi(d->d_name) < 16)
			seen[atoi(d->d_name)] = 1;
		else if (d->d_name[0] == '.')
			strcat(strcat(entries, " "), d->d_name);
	if (dir)
		closedir(dir);
	say("fd/ holds%s and", entries);
	for (int fd = 0; fd < 16; fd++)
		if (seen[fd])
			say("fd/%d", fd);
	close(p[0]);
	close(p[1]);
}

/* /proc/stat: each line's name and how many numbers follow it */
static void proc_stat(void)
{
	char *save, *name;
	int n;

	read_file("/proc/stat");
	for (char *l = strtok_r(buf, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
		for (n = 0, name = l; *l; l++)
			if (*l == ' ' && l[1] && l[1] != ' ')
				n++;
		name[strcspn(name, " ")] = 0;
		say("/proc/stat: %s, %d numbers", name, n);
		if (!strcmp(name, "procs_blocked")) /* nothing waits for a disk here */
			say("/proc/stat: procs_blocked is %ld", atol(name + strlen(name) + 1));
	}
}

/* The meminfo lines of 2.6.32 (i386, HIGHMEM, no hugetlbfs, no memory-failure) */
static const char meminfo_names[] =
	"MemTotal MemFree Buffers Cached SwapCached Active Inactive Active(anon) "
	"Inactive(anon) Active(file) Inactive(file) Unevictable Mlocked HighTotal HighFree "
	"LowTotal LowFree SwapTotal SwapFree Dirty Writeback AnonPages Mapped Shmem Slab "
	"SReclaimable SUnreclaim KernelStack PageTables NFS_Unstable Bounce WritebackTmp "
	"CommitLimit Committed_AS VmallocTotal VmallocUsed VmallocChunk DirectMap4k DirectMap4M";

static void system_files(void)
{
	struct utsname u;
	char *w[MAXF];

	read_file("/proc/meminfo");
	say("meminfo: lines end in kB %d", matches("^MemTotal: +[0-9]+ kB\n", buf));
	names("meminfo", meminfo_names, 0);
	read_file("/proc/loadavg");
	say("loadavg: shape %d",
	    matches("^[0-9]+\\.[0-9]{2} [0-9]+\\.[0-9]{2} [0-9]+\\.[0-9]{2} [0-9]+/[0-9]+ [0-9]+\n$",
		    buf));
	read_file("/proc/uptime");
	say("uptime: shape %d", matches("^[0-9]+\\.[0-9]{2} [0-9]+\\.[0-9]{2}\n$", buf));
	read_file("/proc/version");
	uname(&u);
	say("version: starts '%.14s', one line %d", buf,
	    (int)strcspn(buf, "\n") == (int)strlen(buf) - 1);
	split(buf, w);
	say("version: the release is uname's %d, then '%.1s'", !strcmp(w[2], u.release), w[3]);
}

/* -errno of a call that returned @r (0 or more: 0) */
static long err(long r)
{
	return r < 0 ? -errno : 0;
}

/* Is @pid listed in /proc? */
static int listed(pid_t pid)
{
	struct dirent *d;
	DIR *dir = opendir("/proc");
	int found = 0;

	while (dir && (d = readdir(dir)))
		found |= atoi(d->d_name) == pid;
	if (dir)
		closedir(dir);
	return found;
}

/*
 * /proc/PID of a child that died and was reaped while this program
 * still holds its stat file and its directory open: the name is gone,
 * the open files answer -ESRCH (reads) and -ENOENT (lookups in it).
 */
static void dead_pid(void)
{
	char dir[32], path[64], c;
	int p[2], fd, dfd;
	struct stat st;
	pid_t pid;

	pipe(p);
	pid = fork();
	if (pid == 0) {
		close(p[1]);
		read(p[0], &c, 1);
		_exit(0);
	}
	close(p[0]);
	snprintf(dir, sizeof(dir), "/proc/%d", pid);
	snprintf(path, sizeof(path), "%s/stat", dir);
	fd = open(path, O_RDONLY);
	dfd = open(dir, O_RDONLY | O_DIRECTORY);
	say("dead: live child: stat %ld, listed %d, read %ld", err(stat(dir, &st)), listed(pid),
	    err(read(fd, buf, sizeof(buf))));
	close(p[1]);
	waitpid(pid, NULL, 0);
	say("dead: reaped, files open: stat dir %ld, stat file %ld, listed %d", err(stat(dir, &st)),
	    err(stat(path, &st)), listed(pid));
	snprintf(path, sizeof(path), "%s/status", dir);
	say("dead: open status %ld, openat status %ld", err(open(path, O_RDONLY)),
	    err(openat(dfd, "status", O_RDONLY)));
	lseek(fd, 0, SEEK_SET);
	say("dead: read of the open stat %ld, getdents of the open dir %ld",
	    err(read(fd, buf, sizeof(buf))), err(syscall(SYS_getdents64, dfd, buf, sizeof(buf))));
	close(fd);
	close(dfd);
	say("dead: closed: stat dir %ld", err(stat(dir, &st)));
}

/*
 * proc mounted a second time: on another directory it shows the same
 * processes; on /proc itself 2.6.32 refuses the same super block on the
 * same mount point (-EBUSY), where Linux 5.8 and later give every mount
 * a super block of its own.
 */
static void second_mount(void)
{
	char self[32];
	long r;

	mkdir("/proc2", 0555);
	say("mount: proc on /proc2 %ld", err(mount("proc", "/proc2", "proc", 0, NULL)));
	readlink("/proc2/self", self, sizeof(self));
	say("mount: /proc2/self is getpid %d", atoi(self) == getpid());
	r = err(mount("proc", "/proc", "proc", 0, NULL));
	say("mount: proc on /proc again %ld", r);
	if (!r)
		umount("/proc");
	r = err(umount("/proc2"));
	say("mount: umount /proc2 %ld, then /proc2/self %ld", r,
	    err(readlink("/proc2/self", self, sizeof(self))));
	rmdir("/proc2");
}

/*
 * /proc/sys: a tunable's mode binds root too. ostype is 0444: opening it
 * for writing, even as root, is -EACCES; hostname (0644) takes a write.
 */
static void sysctl_modes(void)
{
	const char *os = "/proc/sys/kernel/ostype", *host = "/proc/sys/kernel/hostname";
	struct stat st;
	long n;
	int fd;

	stat(os, &st);
	say("sysctl: ostype mode %o", (unsigned int)st.st_mode);
	stat("/proc/sys/kernel/tainted", &st);
	say("sysctl: tainted mode %o", (unsigned int)st.st_mode);
	fd = open(os, O_WRONLY);
	say("sysctl: open ostype for writing %d", fd < 0 ? -errno : 0);
	if (fd >= 0)
		close(fd);
	say("sysctl: access ostype W_OK %d", access(os, W_OK) ? -errno : 0);
	read_file(os);
	say("sysctl: ostype '%.5s'", buf);
	n = read_file(host);
	fd = open(host, O_WRONLY);
	say("sysctl: hostname written back %d", fd >= 0 && write(fd, buf, n) == n);
	if (fd >= 0)
		close(fd);
}

int main(void)
{
	mkdir("/proc", 0555);
	mount("proc", "/proc", "proc", 0, NULL); /* Linux's initramfs has no /proc yet */
	stat_file();
	status_file();
	maps_file();
	nul_file("/proc/self/cmdline");
	nul_file("/proc/self/environ");
	links();
	proc_stat();
	system_files();
	sysctl_modes();
	read_file("/proc/1/stat");
	say("/proc/1/stat: %.12s", buf);
	dead_pid();
	second_mount();
	return 0;
}
