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
 * The taint flags live here too, as in 2.6.32: a bit per kind of event
 * after which the kernel's own reports deserve less trust (a proprietary
 * module, a forced removal, a bad page, an oops, a warning...). Every
 * oops prints them ("Not tainted", or "Tainted: G      D   ": one column
 * per flag, a letter when set), so a report can be judged by what came
 * before it; /proc/sys/kernel/tainted shows the mask (kernel/sysctl.c).
 * The oops's closing line "---[ end trace 5f3e... ]---" carries 2.6.32's
 * random 64-bit oops id, one more for each oops and warning, so lines
 * of one report can be told from another's in a long log.
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
#include <linux/timex.h>
#include <linux/random.h>
#include <linux/string.h>

static int panic_timeout;
static unsigned long tainted_mask;
static bool debug_locks = true;
static u64 oops_id;

/* The canary; start_kernel() sets a random one before anything checks it */
unsigned long __stack_chk_guard;
EXPORT_SYMBOL(__stack_chk_guard);

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
		emergency_restart();
	machine_halt();
}
EXPORT_SYMBOL(panic);

/* One column of print_tainted(): the letter when the flag is set, else the other */
struct tnt {
	u8 bit;
	char true_c;
	char false_c;
};

static const struct tnt tnts[] = {
	{ TAINT_PROPRIETARY_MODULE, 'P', 'G' },
	{ TAINT_FORCED_MODULE, 'F', ' ' },
	{ TAINT_UNSAFE_SMP, 'S', ' ' },
	{ TAINT_FORCED_RMMOD, 'R', ' ' },
	{ TAINT_MACHINE_CHECK, 'M', ' ' },
	{ TAINT_BAD_PAGE, 'B', ' ' },
	{ TAINT_USER, 'U', ' ' },
	{ TAINT_DIE, 'D', ' ' },
	{ TAINT_OVERRIDDEN_ACPI_TABLE, 'A', ' ' },
	{ TAINT_WARN, 'W', ' ' },
	{ TAINT_CRAP, 'C', ' ' },
};

/**
 * print_tainted - the taint flags as an oops prints them
 *
 * "Not tainted", or "Tainted: " and one column a flag in 2.6.32's order:
 * P (G when clear) proprietary module, F forced load, S unsafe SMP,
 * R forced removal, M machine check, B bad page, U user, D died (an
 * oops), A ACPI table overridden, W warning, C staging driver. A clear
 * flag is a space, so the columns line up from one oops to the next.
 *
 * Context: any. The string is overwritten by the next call.
 * Return: a static string.
 */
const char *print_tainted(void)
{
	static char buf[sizeof("Tainted: ") + ARRAY_SIZE(tnts)];
	char *s;
	size_t i;

	if (!tainted_mask)
		return "Not tainted";
	s = buf + sprintf(buf, "Tainted: ");
	for (i = 0; i < ARRAY_SIZE(tnts); i++)
		*s++ = test_taint(tnts[i].bit) ? tnts[i].true_c : tnts[i].false_c;
	*s = '\0';
	return buf;
}

/**
 * test_taint - is a taint flag set?
 * @flag: TAINT_* bit
 *
 * Context: any.
 * Return: nonzero if set.
 */
int test_taint(unsigned int flag)
{
	return (tainted_mask >> flag) & 1;
}
EXPORT_SYMBOL(test_taint);

/**
 * get_taint - the whole taint mask, as /proc/sys/kernel/tainted shows it
 *
 * Context: any.
 * Return: the mask.
 */
unsigned long get_taint(void)
{
	return tainted_mask;
}

/*
 * Lock debugging's bookkeeping cannot be trusted after a taint (a bad
 * module, an oops half way through a locked region). Linnet's lock
 * checks stay on (they are cheap assertions, not lockdep), but the
 * message is 2.6.32's, printed once, so a reader sees the same log.
 */
static bool __debug_locks_off(void)
{
	bool was = debug_locks;

	debug_locks = false;
	return was;
}

/**
 * add_taint - mark the kernel as tainted
 * @flag: TAINT_* bit
 *
 * The first taint other than a warning or a staging driver says
 * "Disabling lock debugging due to kernel taint", as 2.6.32 does; an oops
 * has already turned it off silently (oops_enter), so it says nothing.
 *
 * Context: any.
 */
void add_taint(unsigned int flag)
{
	if (flag != TAINT_CRAP && flag != TAINT_WARN && __debug_locks_off())
		printk(KERN_WARNING "Disabling lock debugging due to kernel taint\n");
	tainted_mask |= 1UL << flag;
}
EXPORT_SYMBOL(add_taint);

/* 2.6.32's late_initcall: a random id, so two boots' oopses differ */
static void init_oops_id(void)
{
	if (!oops_id)
		get_random_bytes(&oops_id, sizeof(oops_id));
	else
		oops_id++;
}

static int __init oops_id_init(void)
{
	init_oops_id();
	return 0;
}
late_initcall(oops_id_init);

static void print_oops_end_marker(void)
{
	init_oops_id();
	printk(KERN_WARNING "---[ end trace %016llx ]---\n", (unsigned long long)oops_id);
}

/**
 * oops_enter - an oops is about to be printed
 *
 * The kernel's state can no longer be trusted: lock debugging goes off
 * (silently; the D taint at oops_exit says why).
 *
 * Context: the oops path.
 */
void oops_enter(void)
{
	__debug_locks_off();
}

/**
 * oops_exit - an oops has been printed: its closing line
 *
 * Context: the oops path.
 */
void oops_exit(void)
{
	print_oops_end_marker();
}

static void warn_slowpath_common(const char *file, int line, void *caller)
{
	printk(KERN_WARNING "------------[ cut here ]------------\n");
	printk(KERN_WARNING "WARNING: at %s:%d %pS()\n", file, line, caller);
}

static void warn_slowpath_end(void)
{
	print_modules();
	dump_stack();
	print_oops_end_marker();
	add_taint(TAINT_WARN);
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
