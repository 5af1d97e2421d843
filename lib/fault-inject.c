/*
 * fault-inject.c - deciding when an allocation should fail on purpose.
 *
 * should_fail() is asked by every allocation that has a struct
 * fault_attr (mm/failslab.c for kmem_cache_alloc() and kmalloc(),
 * mm/fail_page_alloc.c for alloc_pages()). It says yes when all of
 * these hold, in Linux's order:
 *
 *   armed?  -- the boot is over (fault_injection_begin())
 *   times   -- failures left (-1: no limit)
 *   space   -- the first @space bytes are let through
 *   interval-- this is the interval-th eligible call
 *   probability -- and a die roll under it, in percent
 *
 * and then prints "FAULT_INJECTION: forcing a failure." (with a
 * backtrace at verbose=2), so that a crash or a leak found later can
 * be traced to the failure that started it. The die is a xorshift
 * generator with a fixed seed: under QEMU's -icount the same boot fails
 * the same calls every time. See docs/debugging.md.
 */
#include <linux/kernel.h>
#include <linux/fault-inject.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/slab_def.h>
#include <linux/string.h>

/* Read inline by should_failslab() and should_fail_alloc_page() on every allocation */
bool fault_injection_armed;
static u32 fault_rnd_state = 0x2545f491;

/* xorshift32 (Marsaglia): a fixed sequence, so a failing boot can be replayed */
static u32 fault_random(void)
{
	u32 x = fault_rnd_state;

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	return fault_rnd_state = x;
}

/**
 * setup_fault_attr - read "<interval>,<probability>,<space>,<times>" into @attr
 * @attr: the attribute to set
 * @str: the text after "failslab=" or "fail_page_alloc="
 *
 * Context: boot (command-line parsing).
 * Return: 1 if understood (the option is consumed), 0 if malformed (reported).
 */
int setup_fault_attr(struct fault_attr *attr, char *str)
{
	char *interval_s = strsep(&str, ","), *probability_s = strsep(&str, ",");
	char *space_s = strsep(&str, ","), *times_s = str;
	unsigned long probability, interval;
	int times, space;

	if (!probability_s || !space_s || !times_s || kstrtoul(interval_s, 10, &interval) ||
	    kstrtoul(probability_s, 10, &probability) || kstrtoint(space_s, 10, &space) ||
	    kstrtoint(times_s, 10, &times) || probability > 100 || !interval) {
		printk(KERN_WARNING "FAULT_INJECTION: failed to parse arguments\n");
		return 0;
	}
	attr->probability = probability;
	attr->interval = interval;
	atomic_set(&attr->times, times);
	atomic_set(&attr->space, space);
	return 1;
}

static void fail_dump(struct fault_attr *attr)
{
	if (!attr->verbose)
		return;
	printk(KERN_NOTICE "FAULT_INJECTION: forcing a failure.\n"
			   "name %s, interval %lu, probability %lu, space %d, times %d\n",
	       attr->name, attr->interval, attr->probability, atomic_read(&attr->space),
	       atomic_read(&attr->times));
	if (attr->verbose > 1)
		dump_stack();
}

/**
 * should_fail - should this call fail, by @attr's rules?
 * @attr: the rules and counters of one kind of call
 * @size: the bytes the call asks for (counted against @attr->space)
 *
 * Context: any; interrupts are not needed off (single CPU, counters
 * are best effort as in Linux).
 * Return: true to make the call fail.
 */
bool should_fail(struct fault_attr *attr, ssize_t size)
{
	if (!fault_injection_armed || !attr->probability || atomic_read(&attr->times) == 0)
		return false;
	if (atomic_read(&attr->space) > size) {
		atomic_sub(size, &attr->space);
		return false;
	}
	if (attr->interval > 1 && ++attr->count % attr->interval)
		return false;
	if (attr->probability <= fault_random() % 100)
		return false;
	attr->failures++;
	if (atomic_read(&attr->times) != -1)
		atomic_dec(&attr->times);
	fail_dump(attr);
	return true;
}

/**
 * fault_injection_begin - the boot is over: let the configured failures happen
 *
 * Context: process context, from the test runner.
 */
void fault_injection_begin(void)
{
	fault_injection_armed = true;
}

/**
 * fault_injected_total - how many failures have been injected so far
 *
 * Context: any.
 * Return: the count over every fault_attr.
 */
unsigned long fault_injected_total(void)
{
	extern struct fault_attr failslab, fail_page_alloc;

	return failslab.failures + fail_page_alloc.failures;
}

/**
 * fault_injection_end - stop injecting and check that nothing was corrupted
 *
 * After a run with failures injected, the buddy allocator's and every
 * slab cache's invariants must still hold: an error path that freed
 * twice or lost track of a block would break them.
 *
 * Context: process context, from the test runner.
 * Return: the number of broken invariants (0: all well).
 */
int fault_injection_end(void)
{
	unsigned long injected = fault_injected_total();
	int errors;

	if (!fault_injection_armed)
		return 0;
	fault_injection_armed = false;
	if (!injected)
		return 0;
	errors = page_alloc_check() + kmem_cache_validate_all();
	printk(KERN_INFO "fault injection: %lu allocations failed on purpose; "
			 "%d allocator invariants broken\n",
	       injected, errors);
	return errors;
}
