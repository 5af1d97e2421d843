/*
 * lkdtm.c - deliberate bugs, to see the reports the kernel gives.
 *
 * `crash KIND` (the kernel shell's command, which this driver adds with
 * shell_register_commands) runs one bug in a kernel thread of its own, so the shell
 * survives. A bug that oopses ends that thread the way Linux ends a task
 * after an oops (oops_end() calls do_exit()), and the prompt comes back;
 * the others are caught and reported by the subsystem they misuse, and
 * the thread returns. Each teaches one report:
 *
 *   null            "BUG: unable to handle kernel NULL pointer dereference"
 *   exec-null       a call through a NULL function pointer: EIP is 0, so
 *                   the oops's code line says "Code:  Bad EIP value."
 *                   (later Linux's EXEC_NULL)
 *   bug             "kernel BUG at drivers/misc/lkdtm.c:NN!"   (BUG())
 *   divzero         "divide error: 0000"
 *   gpf             "general protection fault" (a bad segment selector)
 *   stack-overflow  a page fault on the stack's guard page
 *   double-free     slab debugging: the object was already free
 *   redzone         slab debugging: a write past the end of an object
 *   use-after-free  slab debugging: a write into a freed (poisoned) object
 *   atomic-sleep    "BUG: scheduling while atomic" (schedule() under a spinlock)
 *   sleep-in-atomic "BUG: sleeping function called from invalid context"
 *                   (kmalloc(GFP_KERNEL) under a spinlock)
 *   bad-page        "BUG: Bad page state" (freeing a page still mapped)
 *   rodata          a write to read-only data: a protection-fault oops
 *   list-corruption "list_del corruption" (an entry deleted twice)
 *   wrong-free      kfree() of vmalloc() memory: reported and ignored
 *   stack-smash     "stack-protector: Kernel stack is corrupted in: ..."
 *   kasan-oob       KASAN (make KASAN=1): a write one byte past kmalloc(13)
 *   kasan-uaf       KASAN (make KASAN=1): a read after kfree()
 *   panic           panic("dumptest"), as 2.6.32's PANIC
 *   loop            a thread that spins for ever (2.6.32's LOOP): the
 *                   preemptive scheduler still runs everyone else
 *
 * It is Linux's drivers/misc/lkdtm.c, a tristate driver (Makefile:
 * CONFIG_LKDTM=y builds it in, m builds lkdtm.ko), with 2.6.32's module
 * parameters: `insmod lkdtm.ko cpoint_name=DIRECT cpoint_type=BUG`
 * runs the bug at once, in insmod's own context, as Linux's DIRECT crash
 * point does (2.6.35's: an oops then ends insmod and leaves the module
 * "Loading", as on Linux). cpoint_type takes 2.6.32's names (PANIC, BUG,
 * EXCEPTION, LOOP, OVERFLOW), later Linux's EXEC_NULL, CORRUPT_STACK,
 * WRITE_AFTER_FREE and OVERWRITE_ALLOCATION, or a KIND above.
 *
 * Linux 2.6.32 has only kprobe crash points (INT_HARDWARE_ENTRY, TIMERADD...:
 * the bug runs the Nth time that kernel function is called) and no
 * crash command; 2.6.35 added DIRECT and a debugfs file per point
 * (provoke-crash/). Linnet has neither kprobes nor debugfs: a kprobe point
 * is refused with -EINVAL, and the shell's `crash KIND` stands in for the
 * debugfs files. Its OVERFLOW recurses to the stack's guard page whatever
 * recur_count says.
 *
 * The slab bugs use a cache of their own with red zones and poisoning
 * on, so they are caught whether or not the slab_debug boot option is
 * set. See docs/shell.md.
 */
#include <linnet/shell.h>
#include <linux/init.h>
#include <linux/module.h>
#include <linux/kernel.h>
#include <linnet/might_sleep.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/gfp.h>
#include <linux/jiffies.h>
#include <linux/kasan.h>
#include <linux/kthread.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/vmalloc.h>

#define CRASH_OBJ_SIZE 64
#define CRASH_WAIT_MS 3000

static struct kmem_cache *crash_cache;

static void crash_null(void)
{
	/* cppcheck-suppress nullPointer ; the deliberate bug */
	*(volatile int *)NULL = 1;
}

static void crash_exec_null(void)
{
	void (*volatile fn)(void) = NULL;

	/* cppcheck-suppress nullPointer ; the deliberate bug */
	fn();
	barrier(); /* no tail call: keep this function's frame in the trace */
}

static void crash_bug(void)
{
	BUG();
}

static void crash_divzero(void)
{
	volatile int zero = 0, one = 1;

	/* cppcheck-suppress zerodiv ; the deliberate bug */
	one /= zero;
}

static void crash_gpf(void)
{
	/* selector 0xfff8: index 8191 of the GDT, far beyond its end */
	__asm__ __volatile__("movw $0xfff8, %%ax\n\tmovw %%ax, %%fs" : : : "eax", "memory");
}

static noinline int recurse(volatile int *depth)
{
	volatile char frame[512];

	frame[0] = (*depth)++;
	if (*depth < 0) /* never: the guard page stops the recursion first */
		return 0;
	return recurse(depth) + frame[0];
}

static void crash_stack_overflow(void)
{
	volatile int depth = 0;

	recurse(&depth);
}

static struct kmem_cache *debug_cache(void)
{
	if (!crash_cache)
		crash_cache =
			kmem_cache_create("crash_debug", CRASH_OBJ_SIZE, 0,
					  SLAB_RED_ZONE | SLAB_POISON | SLAB_STORE_USER, NULL);
	return crash_cache;
}

static void crash_double_free(void)
{
	void *p = kmem_cache_alloc(debug_cache(), GFP_KERNEL);

	kmem_cache_free(crash_cache, p);
	kmem_cache_free(crash_cache, p);
}

static void crash_redzone(void)
{
	char *p = kmem_cache_alloc(debug_cache(), GFP_KERNEL);

	memset(p, 0, CRASH_OBJ_SIZE + 1); /* one byte too many */
	kmem_cache_free(crash_cache, p);
}

static void crash_use_after_free(void)
{
	char *p = kmem_cache_alloc(debug_cache(), GFP_KERNEL);

	kmem_cache_free(crash_cache, p);
	p[8] = 'x';
	p = kmem_cache_alloc(crash_cache, GFP_KERNEL); /* the allocator checks the poison */
	kmem_cache_free(crash_cache, p);
}

static void crash_atomic_sleep(void)
{
	static DEFINE_SPINLOCK(lock);

	spin_lock(&lock);
	schedule_timeout_uninterruptible(1);
	spin_unlock(&lock);
}

static void crash_sleep_in_atomic(void)
{
	static DEFINE_SPINLOCK(lock);
	void *p;

	might_sleep_ratelimit_reset(); /* show the report even if one was printed just now */
	spin_lock(&lock);
	p = kmalloc(64, GFP_KERNEL); /* may sleep: GFP_ATOMIC is the right flag here */
	spin_unlock(&lock);
	kfree(p);
}

static void crash_bad_page(void)
{
	struct page *page = alloc_page(GFP_KERNEL);

	if (!page)
		return;
	atomic_inc(&page->_mapcount); /* as if a page table still mapped it */
	__free_page(page);
}

static const int crash_rodata_target = 1;

static void crash_rodata(void)
{
	*(volatile int *)&crash_rodata_target = 2; /* const data: mapped read-only */
}

static void crash_list_corruption(void)
{
	LIST_HEAD(head);
	struct list_head entry;

	list_add(&entry, &head);
	list_del(&entry);
	list_del(&entry); /* its pointers are LIST_POISON1/2 now */
}

static void crash_wrong_free(void)
{
	void *p = vmalloc(PAGE_SIZE);

	kfree(p); /* reported and ignored */
	vfree(p);
}

static noinline void crash_fill(volatile char *p, int n)
{
	int i;

	for (i = 0; i < n; i++)
		p[i] = 'A';
}

static void crash_stack_smash(void)
{
	char buf[8];

	crash_fill(buf, 32); /* over the canary: caught on return */
}

static void crash_kasan_oob(void)
{
	volatile char *p;

	if (!IS_ENABLED(CONFIG_KASAN)) {
		printk(KERN_INFO "crash: kasan-oob needs a KASAN kernel (make KASAN=1)\n");
		return;
	}
	p = kmalloc(13, GFP_KERNEL);
	if (p)
		p[13] = 'x';
	kfree((void *)p);
}

static void crash_kasan_uaf(void)
{
	volatile char *p;

	if (!IS_ENABLED(CONFIG_KASAN)) {
		printk(KERN_INFO "crash: kasan-uaf needs a KASAN kernel (make KASAN=1)\n");
		return;
	}
	p = kmalloc(13, GFP_KERNEL);
	kfree((void *)p);
	if (p)
		(void)p[0];
}

static void crash_panic(void)
{
	panic("dumptest");
}

static void crash_loop(void)
{
	for (;;)
		cpu_relax();
}

/* struct crash_kind - a bug: the shell's name, the cpoint_type Linux calls it (or NULL) */
static const struct crash_kind {
	const char *name;
	void (*fn)(void);
	const char *linux_name;
} crash_kinds[] = {
	{ "null", crash_null, "EXCEPTION" },
	{ "exec-null", crash_exec_null, "EXEC_NULL" },
	{ "bug", crash_bug, "BUG" },
	{ "divzero", crash_divzero },
	{ "gpf", crash_gpf },
	{ "stack-overflow", crash_stack_overflow, "OVERFLOW" },
	{ "double-free", crash_double_free },
	{ "redzone", crash_redzone, "OVERWRITE_ALLOCATION" },
	{ "use-after-free", crash_use_after_free, "WRITE_AFTER_FREE" },
	{ "atomic-sleep", crash_atomic_sleep },
	{ "sleep-in-atomic", crash_sleep_in_atomic },
	{ "bad-page", crash_bad_page },
	{ "rodata", crash_rodata },
	{ "list-corruption", crash_list_corruption },
	{ "wrong-free", crash_wrong_free },
	{ "stack-smash", crash_stack_smash, "CORRUPT_STACK" },
	{ "kasan-oob", crash_kasan_oob },
	{ "kasan-uaf", crash_kasan_uaf },
	{ "panic", crash_panic, "PANIC" },
	{ "loop", crash_loop, "LOOP" },
};

static int crash_thread(void *data)
{
	void (*fn)(void) = data;

	fn();
	printk(KERN_INFO "crash: %s survived its bug\n", current->comm);
	return 0;
}

/* wait_for_exit - wait until task @pid is gone (or give up after a while); gone? */
static bool wait_for_exit(pid_t pid)
{
	unsigned long end = jiffies + msecs_to_jiffies(CRASH_WAIT_MS);

	while (find_task_by_pid(pid) && time_before(jiffies, end))
		schedule_timeout_uninterruptible(msecs_to_jiffies(10) ?: 1);
	return !find_task_by_pid(pid);
}

static void crash_usage(void)
{
	unsigned int i;

	shell_printf("usage: crash KIND, one of:");
	for (i = 0; i < ARRAY_SIZE(crash_kinds); i++)
		shell_printf(" %s", crash_kinds[i].name);
	shell_printf("\n");
}

static int cmd_crash(int argc, char **argv, const char *redirect)
{
	struct task_struct *t;
	unsigned int i;
	pid_t pid;

	for (i = 0; argc == 2 && i < ARRAY_SIZE(crash_kinds); i++)
		if (!strcmp(argv[1], crash_kinds[i].name))
			break;
	if (argc != 2 || i == ARRAY_SIZE(crash_kinds)) {
		crash_usage();
		return -EINVAL;
	}
	t = kthread_create(crash_thread, crash_kinds[i].fn, "crash-%s", crash_kinds[i].name);
	if (IS_ERR(t))
		return shell_errno("crash", PTR_ERR(t));
	pid = t->pid; /* read before it runs: after its oops it is freed */
	wake_up_process(t);
	shell_printf("crash: thread %d (%s) %s; the shell goes on\n", pid, crash_kinds[i].name,
		     wait_for_exit(pid) ? "is gone" : "still runs");
	return 0;
}

static const struct shell_command crash_commands[] = {
	{ "crash", "KIND", "run a deliberate bug in its own thread (crash for the list)",
	  cmd_crash },
	{ NULL },
};

/* 2.6.32's parameters (see the top of the file) */
static char *cpoint_name;
module_param(cpoint_name, charp, 0644);
MODULE_PARM_DESC(cpoint_name, " Crash Point, where kernel is to be crashed");
static char *cpoint_type;
module_param(cpoint_type, charp, 0644);
MODULE_PARM_DESC(cpoint_type, " Crash Point Type, action to be taken on hitting the crash point");
static int cpoint_count = 10;
module_param(cpoint_count, int, 0644);
MODULE_PARM_DESC(cpoint_count, " Crash Point Count, number of times the crash point is to be "
			       "hit to trigger action");
static int recur_count = 10;
module_param(recur_count, int, 0644);
MODULE_PARM_DESC(recur_count, " Recursion level for the stack overflow test, default is 10");

/* The kind cpoint_type names: Linux's name or the shell's; NULL if none */
static const struct crash_kind *crash_kind_of(const char *type)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(crash_kinds); i++)
		if (!strcmp(type, crash_kinds[i].name) ||
		    (crash_kinds[i].linux_name && !strcmp(type, crash_kinds[i].linux_name)))
			return &crash_kinds[i];
	return NULL;
}

/* DIRECT: the bug now, in the loader's context, as Linux's lkdtm_do_action() */
static int lkdtm_direct(void)
{
	const struct crash_kind *kind;

	if (!cpoint_type || cpoint_count < 1 || recur_count < 1 ||
	    !(kind = crash_kind_of(cpoint_type))) {
		printk(KERN_INFO "lkdtm: Invalid command\n");
		return -EINVAL;
	}
	printk(KERN_INFO "lkdtm: Performing direct entry %s\n", cpoint_type);
	kind->fn();
	return 0;
}

static int __init lkdtm_module_init(void)
{
	int ret;

	if (cpoint_name && strcmp(cpoint_name, "DIRECT")) {
		printk(KERN_INFO "lkdtm: Crash point %s needs kprobes, which Linnet lacks\n",
		       cpoint_name);
		return -EINVAL;
	}
	if (cpoint_name) {
		ret = lkdtm_direct();
		if (ret)
			return ret;
	}
	ret = shell_register_commands(crash_commands, THIS_MODULE);
	if (ret)
		return ret;
	printk(KERN_INFO "lkdtm: No crash points registered, enable through the shell's crash\n");
	return 0;
}

static void __exit lkdtm_module_exit(void)
{
	shell_unregister_commands(crash_commands);
	if (crash_cache)
		kmem_cache_destroy(crash_cache);
	printk(KERN_INFO "lkdtm: Crash point unregistered\n");
}

module_init(lkdtm_module_init);
module_exit(lkdtm_module_exit);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Deliberate kernel bugs: the crash demos (Linux's lkdtm)");
