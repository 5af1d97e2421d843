/*
 * bench.c - running the in-kernel benchmarks and printing their table.
 *
 * Each benchmark reports TSC ticks for a number of operations; under
 * QEMU -icount shift=0 a tick is one guest instruction, so
 * ticks / operations is instructions per operation, exactly repeatable.
 * The lines "# bench: name ops=N total=T per_op=P" are read by
 * tests/harness/bench.py, which prints the table and writes the JSON.
 * See docs/performance.md.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/reboot.h>
#include <linux/string.h>
#include <asm/setup.h>
#include <linnet/bench.h>

extern const struct bench __bench_start[], __bench_end[];

static char bench_filter[256];
u64 banner_tsc;

static int __init bench_setup(char *str)
{
	strscpy(bench_filter, str, sizeof(bench_filter));
	return 1;
}
__setup("bench=", bench_setup);

static bool bench_selected(const char *filter, const char *name)
{
	size_t n = strlen(name);
	const char *p = filter;

	if (!strcmp(filter, "all"))
		return true;
	while (p && *p) {
		if (!strncmp(p, name, n) && (p[n] == ',' || p[n] == '\0'))
			return true;
		p = strchr(p, ',');
		if (p)
			p++;
	}
	return false;
}

static void bench_report(const char *name, unsigned long ops, u64 total)
{
	printk(KERN_INFO "# bench: %s ops=%lu total=%llu per_op=%llu\n", name, ops, total,
	       total / ops);
}

/* The first figure: instructions from the multiboot entry to the banner. */
static u64 bench_boot_to_banner(unsigned long iters)
{
	return banner_tsc - boot_tsc;
}
DEFINE_BENCH(boot_to_banner, bench_boot_to_banner, 1);

static u64 bench_printk_line(unsigned long iters)
{
	u64 t0 = get_cycles();
	unsigned long i;

	for (i = 0; i < iters; i++)
		printk(KERN_INFO "bench: a short line %lu\n", i);
	return get_cycles() - t0;
}
DEFINE_BENCH(printk_short_line, bench_printk_line, 100);

/**
 * bench_run - run the benchmarks a filter names
 * @filter: "all" or comma-separated benchmark names
 *
 * Context: the end of boot or the shell.
 * Return: how many benchmarks ran.
 */
int bench_run(const char *filter)
{
	const struct bench *b;
	int n = 0;

	for (b = __bench_start; b < __bench_end; b++) {
		if (!bench_selected(filter, b->name))
			continue;
		bench_report(b->name, b->iters, b->run(b->iters));
		n++;
	}
	if (!n)
		printk(KERN_ERR "bench: no benchmark matches '%s'\n", filter);
	return n;
}

/**
 * bench_run_boot - at the end of boot, run what bench= asked for, then leave QEMU
 *
 * Context: the end of boot.
 */
void bench_run_boot(void)
{
	int n;

	if (!bench_filter[0])
		return;
	n = bench_run(bench_filter);
	printk(KERN_INFO "# bench: done (%d benchmarks)\n", n);
	qemu_debug_exit(n ? 0 : 1);
}
