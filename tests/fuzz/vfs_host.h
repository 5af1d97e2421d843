/*
 * vfs_host.h - the host build of the VFS (tests/fuzz/vfs_host.c): how the
 * fuzzer boots it, counts what it holds and makes page allocation fail.
 */
#ifndef LINNET_FUZZ_VFS_HOST_H
#define LINNET_FUZZ_VFS_HOST_H

#define HOST_PAGES 4096UL /* 16 MiB of "RAM" for the page cache */

void host_vfs_init(void);
long host_live_objects(void);
unsigned long host_object_seq(void);
void host_print_objects(unsigned long since);
long host_live_pages(void);
int host_kmapped(void);

/*
 * host_fail_after - page allocations left before they fail: -1 never;
 * the fuzzer sets it to make a write run out of memory. With
 * host_fail_slab set, kmalloc and kmem_cache_alloc count (and fail) too.
 */
extern long host_fail_after;
extern bool host_fail_slab;

static inline int host_fail_alloc(void)
{
	if (host_fail_after < 0)
		return 0;
	if (!host_fail_after)
		return 1;
	host_fail_after--;
	return 0;
}

#endif /* LINNET_FUZZ_VFS_HOST_H */
