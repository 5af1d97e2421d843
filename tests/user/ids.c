/*
 * ids.c - identity and system calls: user and group ids (16- and 32-bit),
 * groups, uname and its old forms, host and domain names, sysinfo, prctl,
 * resource limits (RLIMIT_NOFILE enforced, RLIMIT_NPROC for non-root),
 * umask, personality, priorities, with their bad inputs.
 */
#include "usertest.h"
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>

#define KPTR 0xc0001000L /* kernel space */
#define BADP 0x10L /* unmapped */

/*
 * prlimit64 (Linux 2.6.36, which Linnet adds: glibc's setrlimit and
 * getrlimit issue only it): 64-bit limits, infinity as ~0, another
 * process's limits by pid, and its errors.
 */
static void prlimits(void)
{
	unsigned long long n[2], o[2] = { 0, 0 };
	struct rlimit rlim;
	long r, r2;
	pid_t child;

	r = sys(SYS_prlimit64, 0, 9, 0, (long)o);
	say("prlimit64 AS %ld -> cur inf %d max inf %d", r, o[0] == ~0ULL, o[1] == ~0ULL);
	n[0] = 64;
	n[1] = 1024;
	r = sys(SYS_prlimit64, 0, 7, (long)n, (long)o);
	say("prlimit64 NOFILE 64 %ld, old %llu %llu", r, o[0], o[1]);
	r = getrlimit(RLIMIT_NOFILE, &rlim);
	say("glibc getrlimit after: %ld %lu", r, (unsigned long)rlim.rlim_cur);
	n[0] = 1024;
	n[1] = 1ULL << 40; /* past 32 bits, past nr_open: -EPERM, even for root */
	say("prlimit64 NOFILE hard 2^40 %ld", sys(SYS_prlimit64, 0, 7, (long)n, 0));
	n[1] = 1024;
	say("prlimit64 NOFILE back %ld", sys(SYS_prlimit64, 0, 7, (long)n, 0));
	child = fork();
	if (!child) {
		pause();
		_exit(0);
	}
	n[0] = 7;
	n[1] = 9;
	r = sys(SYS_prlimit64, child, 4, (long)n, 0);
	r2 = sys(SYS_prlimit64, child, 4, 0, (long)o);
	say("prlimit64 of a child %ld, then its CORE %ld -> %llu %llu", r, r2, o[0], o[1]);
	kill(child, SIGKILL);
	waitpid(child, NULL, 0);
	n[0] = 2;
	n[1] = 1;
	say("prlimit64 cur>max %ld bad resource %ld", sys(SYS_prlimit64, 0, 7, (long)n, 0),
	    sys(SYS_prlimit64, 0, 99, 0, (long)o));
	say("prlimit64 no pid %ld bad ptr %ld kernel ptr %ld",
	    sys(SYS_prlimit64, 99999, 7, 0, (long)o), sys(SYS_prlimit64, 0, 7, BADP, 0),
	    sys(SYS_prlimit64, 0, 7, 0, KPTR));
}

int main(void)
{
	unsigned int r[3];
	unsigned short s[3];
	unsigned int g[40];
	unsigned long rl[2];
	char buf[400];
	int i, st;
	long ret;
	pid_t pid;

	say("getuid %ld geteuid %ld getgid %ld getegid %ld", sys(SYS_getuid32, 0, 0, 0, 0),
	    sys(SYS_geteuid32, 0, 0, 0, 0), sys(SYS_getgid32, 0, 0, 0, 0),
	    sys(SYS_getegid32, 0, 0, 0, 0));
	say("16-bit: getuid %ld geteuid %ld getgid %ld getegid %ld", sys(SYS_getuid, 0, 0, 0, 0),
	    sys(SYS_geteuid, 0, 0, 0, 0), sys(SYS_getgid, 0, 0, 0, 0),
	    sys(SYS_getegid, 0, 0, 0, 0));
	ret = sys(SYS_getresuid32, (long)&r[0], (long)&r[1], (long)&r[2], 0);
	say("getresuid %ld -> %u %u %u", ret, r[0], r[1], r[2]);
	say("getresuid NULL %ld kernel %ld", sys(SYS_getresuid32, 0, (long)&r[1], (long)&r[2], 0),
	    sys(SYS_getresuid32, (long)&r[0], KPTR, (long)&r[2], 0));
	ret = sys(SYS_getresgid, (long)&s[0], (long)&s[1], (long)&s[2], 0);
	say("getresgid16 %ld -> %u %u %u", ret, s[0], s[1], s[2]);
	say("getgroups count %ld", sys(SYS_getgroups32, 0, 0, 0, 0));
	g[0] = 5;
	g[1] = 3;
	g[2] = 70000;
	say("setgroups 3 %ld", sys(SYS_setgroups32, 3, (long)g, 0, 0));
	memset(g, 0, sizeof(g));
	ret = sys(SYS_getgroups32, 40, (long)g, 0, 0);
	say("getgroups %ld -> %u %u %u", ret, g[0], g[1], g[2]);
	say("getgroups too small %ld negative %ld bad ptr %ld",
	    sys(SYS_getgroups32, 1, (long)g, 0, 0), sys(SYS_getgroups32, -1, (long)g, 0, 0),
	    sys(SYS_getgroups32, 3, KPTR, 0, 0));
	memset(s, 0, sizeof(s));
	ret = sys(SYS_getgroups, 3, (long)s, 0, 0);
	say("getgroups16 %ld -> %u %u %u", ret, s[0], s[1], s[2]);
	say("setgroups bad ptr %ld", sys(SYS_setgroups32, 2, BADP, 0, 0));
	say("setgroups 0 %ld", sys(SYS_setgroups32, 0, 0, 0, 0));
	say("getgroups count %ld", sys(SYS_getgroups32, 0, 0, 0, 0));
	say("setresgid %ld", sys(SYS_setresgid32, 7, 8, 9, 0));
	sys(SYS_getresgid32, (long)&r[0], (long)&r[1], (long)&r[2], 0);
	say("getresgid %u %u %u getegid16 %ld", r[0], r[1], r[2], sys(SYS_getegid, 0, 0, 0, 0));
	say("setgid 0 %ld", sys(SYS_setgid32, 0, 0, 0, 0));
	say("setfsuid 0 returns old %ld", sys(SYS_setfsuid32, 0, 0, 0, 0));

	/* Leave root in a child: the unprivileged rules and RLIMIT_NPROC */
	pid = fork();
	if (pid == 0) {
		say("child setresuid 1000 1001 1002: %ld",
		    sys(SYS_setresuid32, 1000, 1001, 1002, 0));
		sys(SYS_getresuid32, (long)&r[0], (long)&r[1], (long)&r[2], 0);
		say("child ids %u %u %u", r[0], r[1], r[2]);
		say("child setuid 5 %ld", sys(SYS_setuid32, 5, 0, 0, 0));
		say("child setuid 1002 %ld", sys(SYS_setuid32, 1002, 0, 0, 0));
		say("child geteuid %ld", sys(SYS_geteuid32, 0, 0, 0, 0));
		say("child setreuid 1000 -1 %ld", sys(SYS_setreuid32, 1000, -1, 0, 0));
		say("child setresuid 0 -1 -1 %ld", sys(SYS_setresuid32, 0, -1, -1, 0));
		say("child setgroups %ld sethostname %ld setgid 3 %ld",
		    sys(SYS_setgroups32, 0, 0, 0, 0), sys(SYS_sethostname, (long)"x", 1, 0, 0),
		    sys(SYS_setgid32, 3, 0, 0, 0));
		say("child setpriority -5 %ld", sys(SYS_setpriority, 0, 0, -5, 0));
		rl[0] = 99;
		rl[1] = 100;
		say("child setrlimit NOFILE 99/100 %ld", sys(SYS_setrlimit, 7, (long)rl, 0, 0));
		rl[1] = 200;
		say("child raise hard limit %ld", sys(SYS_setrlimit, 7, (long)rl, 0, 0));
		rl[0] = rl[1] = 0;
		say("child setrlimit NPROC 0 %ld", sys(SYS_setrlimit, 6, (long)rl, 0, 0));
		say("child fork at RLIMIT_NPROC %ld", sys(SYS_fork, 0, 0, 0, 0));
		_exit(0);
	}
	waitpid(pid, &st, 0);
	say("child exit %d", WEXITSTATUS(st));

	say("uname %ld oldolduname %ld olduname %ld", sys(SYS_uname, (long)buf, 0, 0, 0),
	    sys(SYS_oldolduname, (long)buf, 0, 0, 0), sys(SYS_olduname, (long)buf, 0, 0, 0));
	sys(SYS_oldolduname, (long)buf, 0, 0, 0);
	say("oldold sysname %.8s", buf);
	say("uname NULL %ld kernel %ld", sys(SYS_uname, 0, 0, 0, 0), sys(SYS_uname, KPTR, 0, 0, 0));
	say("sethostname %ld", sys(SYS_sethostname, (long)"linnet-test", 11, 0, 0));
	sys(SYS_uname, (long)buf, 0, 0, 0);
	say("nodename %s", buf + 65);
	say("sethostname 65 bytes %ld negative %ld bad ptr %ld",
	    sys(SYS_sethostname, (long)buf, 65, 0, 0), sys(SYS_sethostname, (long)buf, -1, 0, 0),
	    sys(SYS_sethostname, BADP, 4, 0, 0));
	say("setdomainname %ld", sys(SYS_setdomainname, (long)"dom", 3, 0, 0));
	sys(SYS_uname, (long)buf, 0, 0, 0);
	say("domainname %s", buf + 5 * 65);
	sys(SYS_sethostname, (long)"(none)", 6, 0, 0);
	sys(SYS_setdomainname, (long)"(none)", 6, 0, 0);

	{
		struct {
			long uptime;
			unsigned long loads[3], totalram, freeram, sharedram, bufferram, totalswap,
				freeswap;
			unsigned short procs, pad;
			unsigned long totalhigh, freehigh;
			unsigned int mem_unit;
			char f[8];
		} si;
		memset(&si, 0x55, sizeof(si));
		say("sysinfo %ld", sys(SYS_sysinfo, (long)&si, 0, 0, 0));
		say("sysinfo free<=total %d procs>=2 %d mem_unit %u swap %lu",
		    si.freeram <= si.totalram, si.procs >= 2, si.mem_unit, si.totalswap);
		say("sysinfo NULL %ld kernel %ld", sys(SYS_sysinfo, 0, 0, 0, 0),
		    sys(SYS_sysinfo, KPTR, 0, 0, 0));
	}

	say("prctl SET_NAME %ld", sys(SYS_prctl, 15, (long)"renamed-by-prctl", 0, 0));
	memset(buf, 0, 32);
	ret = sys(SYS_prctl, 16, (long)buf, 0, 0);
	say("prctl GET_NAME %ld -> %s", ret, buf);
	say("prctl SET_NAME bad %ld GET_NAME kernel %ld", sys(SYS_prctl, 15, BADP, 0, 0),
	    sys(SYS_prctl, 16, KPTR, 0, 0));
	say("prctl SET_PDEATHSIG 9 %ld bad 99 %ld", sys(SYS_prctl, 1, 9, 0, 0),
	    sys(SYS_prctl, 1, 99, 0, 0));
	i = 0;
	ret = sys(SYS_prctl, 2, (long)&i, 0, 0);
	say("prctl GET_PDEATHSIG %ld -> %d, NULL %ld", ret, i, sys(SYS_prctl, 2, 0, 0, 0));
	say("prctl unknown %ld", sys(SYS_prctl, 12345, 0, 0, 0));

	ret = sys(SYS_ugetrlimit, 7, (long)rl, 0, 0);
	say("ugetrlimit NOFILE %ld -> %lu %lu", ret, rl[0], rl[1]);
	ret = sys(SYS_ugetrlimit, 3, (long)rl, 0, 0);
	say("ugetrlimit STACK %ld -> %lu", ret, rl[0]);
	ret = sys(SYS_getrlimit, 0, (long)rl, 0, 0);
	say("old getrlimit CPU %ld -> %lx %lx", ret, rl[0], rl[1]);
	say("getrlimit bad resource %ld bad ptr %ld", sys(SYS_ugetrlimit, 99, (long)rl, 0, 0),
	    sys(SYS_ugetrlimit, 7, KPTR, 0, 0));
	rl[0] = 200;
	rl[1] = 100;
	say("setrlimit cur>max %ld bad ptr %ld bad resource %ld",
	    sys(SYS_setrlimit, 7, (long)rl, 0, 0), sys(SYS_setrlimit, 7, BADP, 0, 0),
	    sys(SYS_setrlimit, 77, (long)rl, 0, 0));
	rl[0] = 5;
	rl[1] = 1024;
	say("setrlimit NOFILE 5 %ld", sys(SYS_setrlimit, 7, (long)rl, 0, 0));
	rl[0] = 1024;
	say("setrlimit NOFILE back %ld", sys(SYS_setrlimit, 7, (long)rl, 0, 0));
	prlimits();

	say("umask 077 old %03lo", sys(SYS_umask, 077, 0, 0, 0));
	say("umask 01777 old %03lo", sys(SYS_umask, 01777, 0, 0, 0));
	say("umask now %03lo", sys(SYS_umask, 022, 0, 0, 0));
	say("personality query %lx", sys(SYS_personality, 0xffffffffL, 0, 0, 0));
	say("personality set 8 old %lx", sys(SYS_personality, 8, 0, 0, 0));
	say("personality now %lx", sys(SYS_personality, 0, 0, 0, 0));

	say("getpriority self %ld", sys(SYS_getpriority, 0, 0, 0, 0));
	say("setpriority 5 %ld", sys(SYS_setpriority, 0, 0, 5, 0));
	say("getpriority %ld", sys(SYS_getpriority, 0, 0, 0, 0));
	say("setpriority 100 (clamped) %ld", sys(SYS_setpriority, 0, 0, 100, 0));
	say("getpriority %ld", sys(SYS_getpriority, 0, 0, 0, 0));
	say("setpriority back to 0 %ld", sys(SYS_setpriority, 0, getpid(), 0, 0));
	say("getpriority %ld", sys(SYS_getpriority, 0, getpid(), 0, 0));
	say("getpriority bad which %ld no pid %ld", sys(SYS_getpriority, 7, 0, 0, 0),
	    sys(SYS_getpriority, 0, 99999, 0, 0));
	say("nice 3 %ld", sys(SYS_nice, 3, 0, 0, 0));
	say("getpriority %ld", sys(SYS_getpriority, 0, 0, 0, 0));
	say("nice -3 %ld", sys(SYS_nice, -3, 0, 0, 0));
	say("getpriority %ld", sys(SYS_getpriority, 0, 0, 0, 0));
	return 0;
}
