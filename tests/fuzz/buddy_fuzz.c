/*
 * buddy_fuzz.c - libFuzzer target: random alloc/free sequences on the buddy allocator.
 *
 * Each input is a sequence of (op, arg) byte pairs (tests/host/buddy_ops.h):
 * allocations of every order and GFP type, frees of held blocks. After
 * every step the invariant checker must pass and the page count must add
 * up; after freeing everything the free lists must be exactly as before.
 * Any failure aborts, which libFuzzer reports with the input. Built with
 * clang -fsanitize=fuzzer,address,undefined; `make fuzz FUZZ_SECONDS=600`.
 */
#include <linux/mm.h>
#include "buddy_env.h"
#include "buddy_ops.h"

extern int host_printk_quiet;

int LLVMFuzzerTestOneInput(const unsigned char *data, unsigned long size);

int LLVMFuzzerTestOneInput(const unsigned char *data, unsigned long size)
{
	static int ready;

	if (!ready) {
		host_printk_quiet = 1;
		buddy_env_init();
		ready = 1;
	}
	if (ops_run(data, size, 1))
		abort();
	return 0;
}
