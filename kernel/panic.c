/*
 * panic.c - the end: panic(), and the warnings that stop short of it.
 *
 * panic() is for states the kernel cannot survive. It prints the reason
 * and a backtrace, then does what panic= on the command line says: 0
 * (the default) halts so the message stays on the screen, a positive N
 * restarts after N seconds, a negative value restarts at once (the test
 * harness uses panic=-1 with QEMU's -no-reboot, so a panic ends QEMU).
 *
 * WARN_ON() is for states that are wrong but survivable: it prints a
 * "cut here" report with a backtrace and returns.
 *
 * The stack protector lives here too, as in Linux: GCC's
 * -fstack-protector-strong puts a copy of __stack_chk_guard (a random
 * "canary") between a function's arrays and its return address, and
 * calls __stack_chk_fail() if the copy has changed when the function
 * returns: something wrote past the end of an array on the stack.
 * See docs/debugging.md.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/irqflags.h>
#include <linux/reboot.h>
#include <asm/tsc.h>

static int panic_timeout;

/* The canary; start_kernel() sets a random one before anything checks it */
unsigned long __stack_chk_guard;
EXPORT_SYMBOL(__stack_chk_guard);
static int warn_counter;

static int __init panic_setup(char *str)
{
	return !kstrtoint(str, 0, &panic_timeout);
}
__setup("panic=", panic_setup);

static void panic_delay_seconds(int seconds)
{
	unsigned long long end;

	if (!cpu_khz)
		return;
	end = get_cycles() + (unsigned long long)seconds * cpu_khz * 1000ULL;
	while (get_cycles() < end)
		cpu_relax();
}

/**
 * panic - report a fatal state and stop
 * @fmt: the reason, printf-style
 *
 * Context: any. Does not return.
 */
void panic(const char *fmt, ...)
{
	static char buf[256];
	va_list args;

	local_irq_disable();
	bust_spinlocks(1);
	console_verbose();
	va_start(args, fmt);
	vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	printk(KERN_EMERG "Kernel panic - not syncing: %s\n", buf);
	dump_stack();
	printk(KERN_EMERG "---[ end Kernel panic - not syncing: %s ]---\n", buf);
	if (panic_timeout > 0) {
		printk(KERN_EMERG "Rebooting in %d seconds..\n", panic_timeout);
		panic_delay_seconds(panic_timeout);
	}
	if (panic_timeout)
		machine_restart(NULL);
	machine_halt();
}
EXPORT_SYMBOL(panic);

static void warn_slowpath_common(const char *file, int line, void *caller)
{
	printk(KERN_WARNING "------------[ cut here ]------------\n");
	printk(KERN_WARNING "WARNING: at %s:%d %pS()\n", file, line, caller);
}

static void warn_slowpath_end(void)
{
	dump_stack();
	printk(KERN_WARNING "---[ end trace %08x ]---\n", ++warn_counter);
}

/**
 * warn_slowpath_null - the report behind WARN_ON()
 * @file: the source file of the WARN_ON
 * @line: its line
 *
 * Context: any.
 */
void warn_slowpath_null(const char *file, int line)
{
	warn_slowpath_common(file, line, __builtin_return_address(0));
	warn_slowpath_end();
}
EXPORT_SYMBOL(warn_slowpath_null);

/**
 * warn_slowpath_fmt - the report behind WARN()
 * @file: the source file of the WARN
 * @line: its line
 * @fmt: the message, printf-style
 *
 * Context: any.
 */
void warn_slowpath_fmt(const char *file, int line, const char *fmt, ...)
{
	va_list args;

	warn_slowpath_common(file, line, __builtin_return_address(0));
	va_start(args, fmt);
	vprintk(fmt, args);
	va_end(args);
	warn_slowpath_end();
}
EXPORT_SYMBOL(warn_slowpath_fmt);

/**
 * __stack_chk_fail - a function's stack canary was overwritten
 *
 * Called by the code GCC adds at the end of a protected function. The
 * stack frame is corrupt, so returning is not an option: report like
 * Linux ("Kernel stack is corrupted in: ...") and oops, which ends the
 * faulting context.
 *
 * Context: any. Does not return.
 */
void __stack_chk_fail(void)
{
	printk(KERN_EMERG "stack-protector: Kernel stack is corrupted in: %pS\n",
	       __builtin_return_address(0));
	BUG();
}
EXPORT_SYMBOL(__stack_chk_fail);
