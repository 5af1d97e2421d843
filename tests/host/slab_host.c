/*
 * slab_host.c - the two things the slab host programs need from the C library.
 *
 * The simulated kernel (slab_env.c) is built against Linnet's headers
 * and cannot include <stdio.h>; this file, built against the host's,
 * writes its console output and reads HOST_VERBOSE for it.
 */
#include <stdio.h>
#include <stdlib.h>

void host_console_write(const char *s, size_t len);
int host_verbose(void);

void host_console_write(const char *s, size_t len)
{
	fwrite(s, 1, len, stderr);
}

int host_verbose(void)
{
	return getenv("HOST_VERBOSE") != NULL;
}
