/*
 * main.c - start_kernel(): bringing Linnet up, in order.
 *
 * boot/head.asm arrives here with paging on, the kernel at its high
 * addresses, a stack, and interrupts off. Each step below needs the ones
 * before it: the command line must be read before the consoles (it says
 * which consoles), the consoles before anything is printed, the IDT
 * before anything can fault usefully, the memory map before the page
 * allocator (setup_memory, paging_init, mem_init: arch/x86/mm/init_32.c). The order is Linux's
 * init/main.c:start_kernel, with the parts Linnet does not have left out.
 * See docs/boot.md.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/kthread.h>
#include <linux/tty.h>
#include <linnet/shell.h>
#include <linnet/soak.h>
#include <linux/init.h>
#include <linux/device.h>
#include <linux/fs.h>
#include <linux/init_syscalls.h>
#include <linux/fcntl.h>
#include <linux/fdtable.h>
#include <linux/fs_struct.h>
#include <linux/syscalls.h>
#include <linux/stat.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/kasan.h>
#include <linux/irqflags.h>
#include <linux/sched.h>
#include <linux/workqueue.h>
#include <linux/err.h>
#include <linux/hrtimer.h>
#include <linux/time.h>
#include <linux/timer.h>
#include <linux/rcupdate.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <asm/desc.h>
#include <asm/setup.h>
#include <asm/traps.h>
#include <linux/timex.h>
#include <linnet/bench.h>

#define LINNET_VERSION "0.1.0"

void parse_early_param(void);
void parse_args_late(void);
void serial8250_console_init(void);
void vga_console_init(void);
void kunit_run_all_tests(void);
extern u64 banner_tsc;

/*
 * boot_init_stack_canary - pick the stack protector's canary
 *
 * From the TSC, which differs from boot to boot on real hardware. It is
 * inlined into start_kernel(), which is itself unprotected: a protected
 * function on the stack when the canary changes would fail its check.
 */
static __always_inline void boot_init_stack_canary(void)
{
	extern unsigned long __stack_chk_guard;
	u64 tsc = get_cycles();

	__stack_chk_guard = (unsigned long)(tsc ^ (tsc << 21) ^ (tsc >> 11)) ^ 0x0a0d00ffUL;
}

/* How far boot has come: SYSTEM_RUNNING once interrupts are on (might_sleep) */
enum system_states system_state = SYSTEM_BOOTING;
EXPORT_SYMBOL(system_state);

const char linux_banner[] = "Linnet version " LINNET_VERSION " (gcc " __VERSION__
			    ") #1 " LINNET_BUILD_DATE " HZ=" __stringify(HZ) "\n";

/* debug: show every message on the console (console_loglevel 10) */
static int __init debug_kernel(char *str)
{
	console_loglevel = 10;
	return 1;
}
early_param("debug", debug_kernel);

/* quiet: only warnings and worse on the console (console_loglevel 4) */
static int __init quiet_kernel(char *str)
{
	console_loglevel = 4;
	return 1;
}
early_param("quiet", quiet_kernel);

/* loglevel=N: show messages more urgent than N; as 2.6.32, any number */
static int __init loglevel(char *str)
{
	get_option(&str, &console_loglevel);
	return 1;
}
early_param("loglevel=", loglevel);

static void print_boot_info(const char *command_line)
{
	if (boot_loader_name[0])
		printk(KERN_INFO "Booted by: %s\n", boot_loader_name);
	setup_print_memory();
	printk(KERN_NOTICE "Kernel command line: %s\n", command_line);
}

/*
 * The first kernel thread, pid 1 ("init"): what is left of booting runs
 * here, as a task that may sleep, while pid 0 becomes the idle task. It
 * ends by starting the console drivers and the shell (docs/shell.md),
 * or with soak=, the soak test instead (tests/soak/soak.c).
 */
extern initcall_t __initcall_start[], __initcall_end[];

/**
 * do_initcalls - run the initcalls (module_init() and friends), level by level
 *
 * A failing one is reported as Linux reports it and the rest still run.
 *
 * Context: the init task, before the tests and the shell; may sleep.
 */
void do_initcalls(void)
{
	initcall_t *call;

	for (call = __initcall_start; call < __initcall_end; call++) {
		int ret = (*call)();

		if (ret)
			printk(KERN_WARNING "initcall %pS returned %d\n", *call, ret);
		if (preempt_count() || irqs_disabled())
			printk(KERN_ERR "initcall %pS returned with %s\n", *call,
			       preempt_count() ? "preemption imbalance" : "interrupts disabled");
	}
}

/* init= on the command line: the program pid 1 runs (Linux's execute_command) */
static char *execute_command;

static int __init init_setup(char *str)
{
	execute_command = str;
	return 1;
}
__setup("init=", init_setup);

/* rdinit=: the program to run from the initramfs (default /init), as 2.6.32 */
static char *ramdisk_execute_command = "/init";

static int __init rdinit_setup(char *str)
{
	ramdisk_execute_command = str;
	return 1;
}
__setup("rdinit=", rdinit_setup);

/*
 * Become the first process: pid 1 leaves the kernel for user mode
 * running @filename (fs/exec.c:kernel_execve). Returns only if the
 * program could not be started, with the error.
 */
static int run_init_process(const char *filename)
{
	const char *argv[] = { filename, NULL };
	const char *envp[] = { "HOME=/", "TERM=linux", NULL };

	return kernel_execve(filename, argv, envp);
}

/*
 * Descriptors 0, 1 and 2 of the first process: /dev/console opened
 * read-write, then duplicated twice, as 2.6.32's init_post. pid 1 first
 * takes descriptor and fs tables of its own (kernel threads share the
 * boot task's), as 2.6.32's kernel_init, which is not CLONE_FILES.
 */
static void open_initial_console(void)
{
	struct fs_struct *fs = copy_fs_struct(current->fs);

	if (fs) {
		struct fs_struct *old = current->fs;

		current->fs = fs;
		write_lock(&old->lock);
		old->users--; /* init_fs: the boot task keeps its reference */
		write_unlock(&old->lock);
	}
	if (unshare_files() || sys_open((const char __user *)"/dev/console", O_RDWR, 0) < 0)
		printk(KERN_WARNING "Warning: unable to open an initial console.\n");
	sys_dup(0);
	sys_dup(0);
}

/*
 * 2.6.32's init_post: run rdinit= (default /init) if the initramfs has
 * it, else init=, each reported if it fails. Linux then tries
 * /sbin/init, /etc/init, /bin/init and /bin/sh, and panics "No init
 * found" when none runs; Linnet does neither: it starts its kernel
 * monitor (the shell) on the console, which is how the test harness
 * boots (docs/boot.md). The initial console is opened only when there
 * is a program to run, so that a monitor boot is unchanged.
 */
static void init_post(void)
{
	bool rdinit = !init_stat(ramdisk_execute_command, &(struct kstat){}, 0);

	if (!rdinit && !execute_command) {
		printk(KERN_NOTICE "init: no %s in the initramfs; starting the kernel monitor\n",
		       ramdisk_execute_command);
		return;
	}
	open_initial_console();
	/*
	 * init takes only the signals it has handlers for: no process can
	 * kill or stop it (kernel/signal.c:sig_ignored). 2.6.32 sets this at
	 * the top of kernel_init; here only when a program is about to
	 * become init, so the suites and the monitor that run in this
	 * thread without one keep ordinary signal semantics.
	 */
	current->signal->flags |= SIGNAL_UNKILLABLE;
	if (rdinit) {
		int ret = run_init_process(ramdisk_execute_command);

		printk(KERN_WARNING "Failed to execute %s (error %d)\n", ramdisk_execute_command,
		       ret);
	}
	if (execute_command) {
		int ret = run_init_process(execute_command);

		printk(KERN_WARNING "Failed to execute %s (error %d).  Attempting defaults...\n",
		       execute_command, ret);
	}
	printk(KERN_NOTICE "init: no init found; starting the kernel monitor\n");
}

static int kernel_init(void *unused)
{
	spawn_ksoftirqd();
	init_workqueues();
	driver_init();
	do_initcalls();
	kunit_run_all_tests();
	bench_run_boot();
	console_drivers_init();
	soak_run();
	init_post();
	shell_init();
	return 0;
}

/*
 * Start pid 1 and kthreadd (pid 2), and turn the boot context into the
 * idle loop (Linux's rest_init). Both exist before either runs, so init
 * may create kernel threads at once.
 */
static void __noreturn rest_init(void)
{
	struct task_struct *init = copy_process(kernel_init, NULL, "init");

	if (IS_ERR(init))
		panic("cannot create the init task");
	kthreadd_task = copy_process(kthreadd, NULL, "kthreadd");
	if (IS_ERR(kthreadd_task))
		panic("cannot create kthreadd");
	wake_up_new_task(kthreadd_task);
	wake_up_new_task(init);
	cpu_idle();
}

/**
 * start_kernel - the first C function: initialise everything, in order
 *
 * It is neither stack-protected nor KASAN-checked: the canary and KASAN's
 * shadow are set up here, and its own frame outlives both changes.
 *
 * Context: boot; interrupts off until the tick is set up; never returns.
 */
void __no_stack_protector __no_sanitize_address start_kernel(void)
{
	char *command_line;

	kasan_early_init();
	boot_init_stack_canary();
	cpu_init();
	sched_init();
	printk(KERN_NOTICE "%s", linux_banner); /* into the log; the consoles replay it */
	banner_tsc = get_cycles();
	setup_arch(&command_line);
	parse_early_param();
#ifdef CONFIG_SERIAL_8250 /* =m: 8250.ko registers it when loaded */
	serial8250_console_init();
#endif
	vga_console_init();
	trap_init();
	doublefault_init();
	tsc_init();
	print_boot_info(command_line);
	setup_memory();
	paging_init();
	kasan_init();
	mem_init();
	kmem_cache_init();
	vmalloc_init();
	pidmap_init();
	fork_init();
	parse_args_late();
	init_IRQ();
	rcu_init();
	init_timers();
	hrtimers_init();
	softirq_init();
	timekeeping_init();
	time_init();
	vfs_caches_init(totalram_pages);
	local_irq_enable();
	system_state = SYSTEM_RUNNING;

	rest_init();
}
