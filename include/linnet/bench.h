/*
 * linnet/bench.h - in-kernel benchmarks, counted in instructions.
 *
 * A benchmark is a function that performs an operation @iters times and
 * returns how many TSC ticks that took. `make bench` boots the kernel
 * under QEMU -icount shift=0, where the TSC advances once per guest
 * instruction, so the figure is instructions per operation and is the
 * same on every run and every host. Benchmarks register with
 * DEFINE_BENCH() into the .linnet_bench section; bench=all (or
 * bench=name,name) on the command line runs them. This is Linnet's own
 * tool: Linux has no equivalent header. See docs/performance.md.
 */
#ifndef _LINNET_BENCH_H
#define _LINNET_BENCH_H

#include <linux/types.h>
#include <asm/tsc.h>

/**
 * struct bench - one benchmark
 * @name: its name, printed in the table
 * @run: does the operation @iters times; returns the TSC ticks it took
 * @iters: how many times
 */
struct bench {
	const char *name;
	u64 (*run)(unsigned long iters);
	unsigned long iters;
};

#define DEFINE_BENCH(_name, _fn, _iters)                                     \
	static const struct bench __bench_##_name __used                      \
		__section(".linnet_bench") __aligned(sizeof(long)) = {        \
			.name = #_name, .run = _fn, .iters = _iters           \
		}

int bench_run(const char *filter);
void bench_run_boot(void);

#endif /* _LINNET_BENCH_H */
