/*
 * hello.c - the first program: arguments, environment, auxiliary
 * vector, identity calls, uname, and glibc's startup (TLS through
 * set_thread_area, the heap through brk).
 */
#include "usertest.h"
#include <stdlib.h>
#include <sys/auxv.h>
#include <sys/utsname.h>

static __thread int tls_counter = 41;

int main(int argc, char **argv, char **envp)
{
	struct utsname u;
	char *heap;
	int i;

	say("argc %d", argc);
	for (i = 0; i < argc; i++)
		say("argv[%d] %s", i, argv[i]);
	say("argv[argc] %s", argv[argc] ? "set" : "NULL");
	say("envp[0] %s", envp[0]);
	say("getenv LINNET %s", getenv("LINNET"));
	say("AT_PAGESZ %lu", getauxval(AT_PAGESZ));
	say("AT_CLKTCK %lu", getauxval(AT_CLKTCK));
	say("AT_UID %lu AT_EUID %lu AT_GID %lu AT_EGID %lu AT_SECURE %lu", getauxval(AT_UID),
	    getauxval(AT_EUID), getauxval(AT_GID), getauxval(AT_EGID), getauxval(AT_SECURE));
	say("AT_PHDR set %d", getauxval(AT_PHDR) != 0);
	say("AT_ENTRY is _start %d", getauxval(AT_ENTRY) != 0);
	say("AT_RANDOM set %d", getauxval(AT_RANDOM) != 0);
	say("AT_EXECFN %s", (char *)getauxval(AT_EXECFN));
	say("AT_PLATFORM %s", (char *)getauxval(AT_PLATFORM));
	say("stack aligned %d", ((unsigned long)&argc & 3) == 0);
	say("tls %d", ++tls_counter);
	say("getpid==gettid %d", getpid() == syscall(SYS_gettid));
	say("getppid %d", getppid());
	say("set_tid_address is tid %d", syscall(SYS_set_tid_address, NULL) == getpid());
	say("uname %ld", sys(SYS_uname, (long)&u, 0, 0, 0));
	say("sysname %s machine %s", u.sysname, u.machine);
	heap = malloc(100000);
	memset(heap, 'h', 100000);
	say("malloc %d", heap && heap[99999] == 'h');
	free(heap);
	return 3;
}
