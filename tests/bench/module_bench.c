/*
 * module_bench.c - what loading and removing a small module costs.
 *
 *   module_load_unload   load_module_image() of tests/modules/mt_hello.ko
 *                        (15 KiB: check, lay out, copy, resolve 20-odd
 *                        symbols, relocate, parse a parameter, run init,
 *                        free the init area) plus unload_module() (exit,
 *                        free). Instructions under -icount, per round.
 *
 * See docs/modules.md and docs/performance.md.
 */
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/fs.h>
#include <linnet/bench.h>
#include <asm/tsc.h>

extern const char __blob_mt_hello_start[], __blob_mt_hello_end[];

static u64 bench_module_load_unload(unsigned long iters)
{
	unsigned long len = __blob_mt_hello_end - __blob_mt_hello_start;
	unsigned long i;
	u64 t0 = get_cycles();

	for (i = 0; i < iters; i++) {
		if (load_module_image(__blob_mt_hello_start, len, "count=0") ||
		    unload_module("mt_hello", O_NONBLOCK))
			return 0;
	}
	return get_cycles() - t0;
}
DEFINE_BENCH(module_load_unload, bench_module_load_unload, 20);
