/*
 * oom.c - touch more memory than the machine has: the OOM killer must end
 * this process with SIGKILL, and the kernel must go on (init runs the
 * next program and prints "== done").
 *
 * The memory comes in 1 MiB anonymous mappings, each touched page by page:
 * no single mapping is larger than memory, so mmap succeeds on Linux
 * (overcommit) and on Linnet, and it is the page faults that run out.
 * How much was touched is not printed: it differs between the kernels.
 * The kernel's report ("Out of memory: kill process N (oom) score S or a
 * child", "Killed process N (oom)") goes to the kernel log.
 */
#include "usertest.h"
#include <sys/mman.h>

#define CHUNK (1 << 20)

int main(void)
{
	say("oom: touching memory until the OOM killer stops us");
	for (;;) {
		char *p = mmap(NULL, CHUNK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1,
			       0);
		long i;

		if (p == MAP_FAILED) {
			say("oom: mmap failed errno %d", errno);
			return 1;
		}
		for (i = 0; i < CHUNK; i += 4096)
			p[i] = 1;
	}
}
