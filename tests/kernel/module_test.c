/*
 * module_test.c - the module loader, fed real .ko files.
 *
 * The modules in tests/modules/ are built exactly as an out-of-tree module
 * is (scripts/Makefile.modules, modpost) and linked into the kernel as
 * data (the __blob_NAME_start/end symbols), so the loader can be tested
 * before there is a file system to read them from. Each case loads some,
 * checks what Linux 2.6.32 would do and print, removes them, and checks
 * that every page the loader took came back.
 */
#include <kunit/test.h>
#include <kunit/printk_capture.h>
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/kthread.h>
#include <linux/delay.h>
#include <linux/fs.h>
#include <linux/kallsyms.h>
#include <linux/kasan.h>
#include <asm/pgtable.h>
#include "mm_test.h"

#define BLOB(name)                                                        \
	extern const char __blob_##name##_start[], __blob_##name##_end[]; \
	static const struct blob blob_##name = { #name, __blob_##name##_start, __blob_##name##_end }

struct blob {
	const char *name;
	const char *start, *end;
};

BLOB(mt_hello);
BLOB(mt_user);
BLOB(mt_undef);
BLOB(mt_prop);
BLOB(mt_initfail);
BLOB(mt_noexit);
BLOB(mt_pair);
BLOB(mt_badmagic);

static long load(const struct blob *b, const char *args)
{
	return load_module_image(b->start, b->end - b->start, args);
}

/* What the kernel printed during a step (one at a time: the cases run in turn). */
static struct printk_capture capture;
static bool capturing;

static void cap_start(struct printk_capture *cap)
{
	printk_capture_start(cap);
	capturing = true;
}

static void cap_stop(struct printk_capture *cap)
{
	printk_capture_stop(cap);
	capturing = false;
}

/* The fuzzer's generator: xorshift32, seeded so a failure can be replayed. */
static u32 fuzz_state = 2463534242U;

static u32 fuzz_random(void)
{
	fuzz_state ^= fuzz_state << 13;
	fuzz_state ^= fuzz_state >> 17;
	fuzz_state ^= fuzz_state << 5;
	return fuzz_state;
}

/*
 * Page tables of the vmalloc area, where modules live: the kernel never
 * frees them (nor does Linux), so a first large module may add one for
 * good. They count as "in use", not as leaked.
 */
static unsigned long vmalloc_page_tables(void)
{
	unsigned long addr, n = 0;

	for (addr = VMALLOC_START & ~(PGDIR_SIZE - 1); addr && addr < VMALLOC_END;
	     addr += PGDIR_SIZE)
		if (pgd_val(swapper_pg_dir[pgd_index(addr)]) & _PAGE_PRESENT)
			n++;
	return n;
}

/* mm/slab.c's list of caches (mm/slab.h is private to mm/) */
extern struct list_head cache_chain;

/* Free pages with every cache drained: equal before and after = no leak. */
static unsigned long settled_free_pages(void)
{
	struct kmem_cache *c;

	kasan_quarantine_drain(); /* KASAN's held-back objects pin slabs (no-op without) */
	shrink_kmalloc_caches();
	mutex_lock(&cache_chain_mutex);
	list_for_each_entry(c, &cache_chain, next)
		kmem_cache_shrink(c);
	mutex_unlock(&cache_chain_mutex);
	return drained_free_pages() + vmalloc_page_tables();
}

static void module_params_and_unload_test(struct kunit *test)
{
	struct printk_capture *cap = &capture;
	int (*state)(char *buf, size_t size);
	struct module *mod;
	char buf[128];

	cap_start(cap);
	KUNIT_ASSERT_EQ(test,
			load(&blob_mt_hello, "count=3 name=linnet values=1,2,3 "
					     "label=abc verbose"),
			0L);
	cap_stop(cap);
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(cap, "mt_hello: Hello, linnet"));
	mod = find_module("mt_hello");
	KUNIT_ASSERT_NOT_NULL(test, mod);
	KUNIT_EXPECT_EQ(test, mod->state, MODULE_STATE_LIVE);
	/* init ran, so the .init.text area is gone */
	KUNIT_EXPECT_NULL(test, mod->module_init);
	KUNIT_EXPECT_EQ(test, mod->init_size, 0U);
	state = (void *)__symbol_get("mt_hello_state");
	KUNIT_ASSERT_NOT_NULL(test, state);
	state(buf, sizeof(buf));
	KUNIT_EXPECT_STREQ(test, buf, "count=3 name=linnet n=3 values=1,2,3,0 label=abc verbose=1");
	module_show(mod, buf, sizeof(buf));
	KUNIT_EXPECT_EQ(test, strncmp(buf, "mt_hello ", 9), 0);
	KUNIT_EXPECT_NOT_NULL(test, strstr(buf, " 0 - Live 0xc"));

	cap_start(cap);
	KUNIT_EXPECT_EQ(test, unload_module("mt_hello", O_NONBLOCK), 0L);
	cap_stop(cap);
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(cap, "mt_hello: Goodbye, linnet"));
	KUNIT_EXPECT_NULL(test, find_module("mt_hello"));
	KUNIT_EXPECT_EQ(test, unload_module("mt_hello", O_NONBLOCK), (long)-ENOENT);
}

static void module_load_unload_100_times_leaks_nothing_test(struct kunit *test)
{
	unsigned long before, after;
	int i;

	/* One round first, so that caches the loader uses exist already */
	KUNIT_ASSERT_EQ(test, load(&blob_mt_hello, "count=0"), 0L);
	KUNIT_ASSERT_EQ(test, unload_module("mt_hello", 0), 0L);
	before = settled_free_pages();
	for (i = 0; i < 100; i++) {
		KUNIT_ASSERT_EQ(test, load(&blob_mt_hello, "count=0 name=again"), 0L);
		KUNIT_ASSERT_EQ(test, unload_module("mt_hello", 0), 0L);
	}
	after = settled_free_pages();
	KUNIT_EXPECT_EQ(test, after, before);
}

static void module_dependency_test(struct kunit *test)
{
	struct printk_capture *cap = &capture;
	char line[128];

	/* mt_user needs mt_hello's export: alone it cannot load */
	KUNIT_EXPECT_EQ(test, load(&blob_mt_user, NULL), (long)-ENOENT);
	KUNIT_ASSERT_EQ(test, load(&blob_mt_hello, "count=0"), 0L);
	cap_start(cap);
	KUNIT_ASSERT_EQ(test, load(&blob_mt_user, NULL), 0L);
	cap_stop(cap);
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(cap, "mt_user: 2 + 3 = 5"));
	module_show(find_module("mt_hello"), line, sizeof(line));
	KUNIT_EXPECT_NOT_NULL(test, strstr(line, " 1 mt_user, Live "));
	/* used by another module: cannot go first */
	KUNIT_EXPECT_EQ(test, unload_module("mt_hello", O_NONBLOCK), (long)-EWOULDBLOCK);
	KUNIT_EXPECT_EQ(test, unload_module("mt_user", O_NONBLOCK), 0L);
	KUNIT_EXPECT_EQ(test, unload_module("mt_hello", O_NONBLOCK), 0L);
}

static void module_unknown_symbol_test(struct kunit *test)
{
	struct printk_capture *cap = &capture;
	unsigned long before;

	before = settled_free_pages();
	cap_start(cap);
	KUNIT_EXPECT_EQ(test, load(&blob_mt_undef, NULL), (long)-ENOENT);
	cap_stop(cap);
	KUNIT_EXPECT_TRUE(
		test, printk_capture_contains(cap, "mt_undef: Unknown symbol parse_early_param"));
	KUNIT_EXPECT_NULL(test, find_module("mt_undef"));
	KUNIT_EXPECT_EQ(test, settled_free_pages(), before);
}

static void module_gpl_only_symbol_test(struct kunit *test)
{
	struct printk_capture *cap = &capture;

	KUNIT_ASSERT_EQ(test, load(&blob_mt_hello, "count=0"), 0L);
	cap_start(cap);
	KUNIT_EXPECT_EQ(test, load(&blob_mt_prop, NULL), (long)-ENOENT);
	cap_stop(cap);
	KUNIT_EXPECT_TRUE(test,
			  printk_capture_contains(
				  cap, "mt_prop: module license 'Proprietary' taints kernel."));
	KUNIT_EXPECT_TRUE(test,
			  printk_capture_contains(cap, "mt_prop: Unknown symbol mt_hello_state"));
	KUNIT_EXPECT_TRUE(test, test_taint(TAINT_PROPRIETARY_MODULE));
	KUNIT_EXPECT_EQ(test, strncmp(print_tainted(), "Tainted: P", 10), 0);
	KUNIT_EXPECT_EQ(test, unload_module("mt_hello", 0), 0L);
}

static void module_wrong_vermagic_test(struct kunit *test)
{
	struct printk_capture *cap = &capture;

	cap_start(cap);
	KUNIT_EXPECT_EQ(test, load(&blob_mt_badmagic, NULL), (long)-ENOEXEC);
	cap_stop(cap);
	KUNIT_EXPECT_TRUE(
		test, printk_capture_contains(
			      cap, "mt_badmagic: version magic '2.6.31 preempt mod_unload 686 ' "
				   "should be '2.6.32-linnet preempt mod_unload 686 '"));
	KUNIT_EXPECT_NULL(test, find_module("mt_badmagic"));
}

static void module_truncated_test(struct kunit *test)
{
	unsigned long len = blob_mt_hello.end - blob_mt_hello.start;
	unsigned long cuts[] = { 0, 1, 4, 51, 52, 100, len / 2, len - 64, len - 1 };
	unsigned long before = settled_free_pages();
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(cuts); i++)
		KUNIT_EXPECT_EQ_MSG(test, load_module_image(blob_mt_hello.start, cuts[i], NULL),
				    (long)-ENOEXEC, "cut at %lu of %lu", cuts[i], len);
	KUNIT_EXPECT_NULL(test, find_module("mt_hello"));
	KUNIT_EXPECT_EQ(test, settled_free_pages(), before);
}

/*
 * Mutate the file's structure - the ELF header, the section headers and
 * the name tables - and hand it to load_module(): it must refuse it or
 * link it, never fault, and free everything. A mutation that still links
 * is then thrown away without running its init: a module whose code was
 * changed may do anything when run, on Linux as on Linnet.
 */
static void fuzz_rounds(const char *img_src, unsigned long len, char *img, int rounds, int *refused,
			int *linked)
{
	const Elf32_Ehdr *hdr = (const Elf32_Ehdr *)img_src;
	unsigned long shdrs = hdr->e_shoff, shsize = hdr->e_shnum * sizeof(Elf32_Shdr);
	int i;

	for (i = 0; i < rounds; i++) {
		struct module *mod;
		int n, k;

		memcpy(img, img_src, len);
		n = 1 + fuzz_random() % 4;
		for (k = 0; k < n; k++) {
			u32 r = fuzz_random();
			unsigned long at =
				(r & 1) ? (r >> 8) % sizeof(Elf32_Ehdr) : shdrs + (r >> 8) % shsize;

			img[at] ^= 1 << ((r >> 4) % 8);
		}
		mod = load_module(img, len, "count=0");
		if (IS_ERR(mod)) {
			(*refused)++;
			continue;
		}
		(*linked)++;
		module_abort_load(mod);
	}
}

static void module_corrupt_fuzz_test(struct kunit *test)
{
	unsigned long len = blob_mt_hello.end - blob_mt_hello.start;
	char *img = vmalloc(len);
	unsigned long before, after;
	int refused = 0, linked = 0;

	KUNIT_ASSERT_NOT_NULL(test, img);
	/* A first pass settles what stays (caches, page tables); the second,
	 * with the same mutations, must then give back every page it takes. */
	fuzz_state = 2463534242U;
	fuzz_rounds(blob_mt_hello.start, len, img, 1500, &refused, &linked);
	before = settled_free_pages();
	fuzz_state = 2463534242U;
	fuzz_rounds(blob_mt_hello.start, len, img, 1500, &refused, &linked);
	after = settled_free_pages();
	vfree(img);
	kunit_info(test, "%d mutations refused, %d linked and discarded", refused, linked);
	KUNIT_EXPECT_GT(test, refused, 0);
	KUNIT_EXPECT_GT(test, linked, 0);
	KUNIT_EXPECT_NULL(test, find_module("mt_hello"));
	KUNIT_EXPECT_EQ(test, after, before);
}

static void module_init_fails_test(struct kunit *test)
{
	unsigned long before;

	/* warm the caches the loader uses */
	KUNIT_EXPECT_EQ(test, load(&blob_mt_initfail, NULL), (long)-ENODEV);
	before = settled_free_pages();
	KUNIT_EXPECT_EQ(test, load(&blob_mt_initfail, NULL), (long)-ENODEV);
	KUNIT_EXPECT_NULL(test, find_module("mt_initfail"));
	KUNIT_EXPECT_EQ(test, settled_free_pages(), before);
}

static void module_loaded_twice_test(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, load(&blob_mt_hello, "count=0"), 0L);
	KUNIT_EXPECT_EQ(test, load(&blob_mt_hello, "count=0"), (long)-EEXIST);
	KUNIT_EXPECT_EQ(test, unload_module("mt_hello", 0), 0L);
}

static int remover(void *data)
{
	*(long *)data = unload_module("mt_hello", 0);
	return 0;
}

static void module_in_use_test(struct kunit *test)
{
	struct module *mod;
	struct task_struct *t;
	long ret = 1;

	KUNIT_ASSERT_EQ(test, load(&blob_mt_hello, "count=0"), 0L);
	mod = find_module("mt_hello");
	KUNIT_ASSERT_TRUE(test, try_module_get(mod));
	/* busybox's rmmod asks O_NONBLOCK: refused at once */
	KUNIT_EXPECT_EQ(test, unload_module("mt_hello", O_NONBLOCK), (long)-EWOULDBLOCK);
	KUNIT_EXPECT_EQ(test, mod->state, MODULE_STATE_LIVE);
	/* without it, 2.6.32 waits for the last reference */
	t = kthread_run(remover, &ret, "rmmod");
	KUNIT_ASSERT_FALSE(test, IS_ERR(t));
	msleep(50);
	KUNIT_EXPECT_EQ(test, ret, 1L);
	KUNIT_EXPECT_EQ(test, mod->state, MODULE_STATE_GOING);
	KUNIT_EXPECT_FALSE(test, try_module_get(mod));
	module_put(mod);
	msleep(50);
	KUNIT_EXPECT_EQ(test, ret, 0L);
	KUNIT_EXPECT_NULL(test, find_module("mt_hello"));
}

static struct file_operations owned_fops;

/*
 * An open device pins the module that owns its file_operations
 * (chrdev_open takes the reference with fops_get, the last fput drops it):
 * rmmod with O_NONBLOCK is refused while the file is open.
 */
static void module_open_device_pins_module_test(struct kunit *test)
{
	struct file *f;
	int major;

	KUNIT_ASSERT_EQ(test, load(&blob_mt_hello, "count=0"), 0L);
	owned_fops.owner = find_module("mt_hello");
	major = register_chrdev(0, "mt_owned", &owned_fops);
	KUNIT_ASSERT_GT(test, major, 0);
	f = filp_open("/dev/mt_owned", O_RDONLY, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(f));
	KUNIT_EXPECT_EQ(test, module_refcount(owned_fops.owner), 1U);
	KUNIT_EXPECT_EQ(test, unload_module("mt_hello", O_NONBLOCK), (long)-EWOULDBLOCK);
	filp_close(f, NULL);
	KUNIT_EXPECT_EQ(test, module_refcount(owned_fops.owner), 0U);
	unregister_chrdev(major, "mt_owned");
	KUNIT_EXPECT_EQ(test, unload_module("mt_hello", O_NONBLOCK), 0L);
}

static void module_without_exit_is_permanent_test(struct kunit *test)
{
	char line[128];

	KUNIT_ASSERT_EQ(test, load(&blob_mt_noexit, NULL), 0L);
	module_show(find_module("mt_noexit"), line, sizeof(line));
	KUNIT_EXPECT_NOT_NULL(test, strstr(line, " 0 [permanent], Live "));
	KUNIT_EXPECT_EQ(test, unload_module("mt_noexit", O_NONBLOCK), (long)-EBUSY);
	/* O_TRUNC forces it, and taints the kernel (R) */
	KUNIT_EXPECT_EQ(test, unload_module("mt_noexit", O_NONBLOCK | O_TRUNC), 0L);
	KUNIT_EXPECT_TRUE(test, test_taint(TAINT_FORCED_RMMOD));
	/* 2.6.32's bit 3, printed fourth: "Tainted: ?  R" */
	KUNIT_EXPECT_EQ(test, print_tainted()[12], 'R');
}

static void module_bad_parameters_test(struct kunit *test)
{
	struct printk_capture *cap = &capture;
	unsigned long before;

	KUNIT_EXPECT_EQ(test, load(&blob_mt_hello, "count=abc"), (long)-EINVAL);
	before = settled_free_pages();
	cap_start(cap);
	KUNIT_EXPECT_EQ(test, load(&blob_mt_hello, "count=abc"), (long)-EINVAL);
	KUNIT_EXPECT_EQ(test, load(&blob_mt_hello, "count=99999999999"), (long)-EINVAL);
	KUNIT_EXPECT_EQ(test, load(&blob_mt_hello, "bogus=1"), (long)-ENOENT);
	KUNIT_EXPECT_EQ(test, load(&blob_mt_hello, "values=1,2,3,4,5"), (long)-EINVAL);
	KUNIT_EXPECT_EQ(test, load(&blob_mt_hello, "label=toolongvalue"), (long)-ENOSPC);
	cap_stop(cap);
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(
					cap, "mt_hello: `abc' invalid for parameter `count'"));
	KUNIT_EXPECT_TRUE(test,
			  printk_capture_contains(cap, "mt_hello: Unknown parameter `bogus'"));
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(cap, "values: can only take 4 arguments"));
	KUNIT_EXPECT_TRUE(test,
			  printk_capture_contains(cap, "label: string doesn't fit in 7 chars."));
	KUNIT_EXPECT_NULL(test, find_module("mt_hello"));
	KUNIT_EXPECT_EQ(test, settled_free_pages(), before);
}

static void module_from_two_files_test(struct kunit *test)
{
	struct printk_capture *cap = &capture;

	cap_start(cap);
	KUNIT_ASSERT_EQ(test, load(&blob_mt_pair, NULL), 0L);
	cap_stop(cap);
	KUNIT_EXPECT_TRUE(test, printk_capture_contains(cap, "mt_pair: b says 42"));
	KUNIT_EXPECT_EQ(test, unload_module("mt_pair", 0), 0L);
}

static void module_symbols_in_backtraces_test(struct kunit *test)
{
	char buf[KSYM_SYMBOL_LEN];
	unsigned long addr;

	KUNIT_ASSERT_EQ(test, load(&blob_mt_hello, "count=0"), 0L);
	addr = kallsyms_lookup_name("mt_hello_add");
	KUNIT_ASSERT_NE(test, addr, 0UL);
	KUNIT_EXPECT_TRUE(test, kernel_text_address(addr + 1));
	sprint_symbol(buf, addr + 1);
	KUNIT_EXPECT_EQ(test, strncmp(buf, "mt_hello_add+0x1/0x", 19), 0);
	KUNIT_EXPECT_NOT_NULL(test, strstr(buf, " [mt_hello]"));
	KUNIT_EXPECT_EQ(test, unload_module("mt_hello", 0), 0L);
	KUNIT_EXPECT_FALSE(test, kernel_text_address(addr + 1));
}

/*
 * After each case: remove whatever a failed case left loaded (users
 * first), so that the next case starts from no modules. Under fault
 * injection a case may stop half-way; it is then skipped, not the rest.
 */
static void module_test_exit(struct kunit *test)
{
	static const char *const names[] = { "mt_user", "mt_pair", "mt_noexit", "mt_hello" };
	unsigned int i;

	/* a case stopped by a failed assertion may have left the capture on */
	if (capturing)
		cap_stop(&capture);
	for (i = 0; i < ARRAY_SIZE(names); i++)
		if (find_module(names[i]))
			unload_module(names[i], O_NONBLOCK | O_TRUNC);
}

static struct kunit_case module_cases[] = {
	KUNIT_CASE(module_params_and_unload_test),
	KUNIT_CASE(module_load_unload_100_times_leaks_nothing_test),
	KUNIT_CASE(module_dependency_test),
	KUNIT_CASE(module_unknown_symbol_test),
	KUNIT_CASE(module_gpl_only_symbol_test),
	KUNIT_CASE(module_wrong_vermagic_test),
	KUNIT_CASE(module_truncated_test),
	KUNIT_CASE(module_corrupt_fuzz_test),
	KUNIT_CASE(module_init_fails_test),
	KUNIT_CASE(module_loaded_twice_test),
	KUNIT_CASE(module_in_use_test),
	KUNIT_CASE(module_from_two_files_test),
	KUNIT_CASE(module_symbols_in_backtraces_test),
	KUNIT_CASE(module_bad_parameters_test),
	KUNIT_CASE(module_open_device_pins_module_test),
	KUNIT_CASE(module_without_exit_is_permanent_test),
	{}
};

static struct kunit_suite module_suite = {
	.name = "module",
	.exit = module_test_exit,
	.test_cases = module_cases,
};
kunit_test_suite(module_suite);

BLOB(mt_oops);

/* Not part of ktest=all: the harness boots it alone and reads the oops. */
static void demo_module_oops_test(struct kunit *test)
{
	load(&blob_mt_oops, NULL);
}

static struct kunit_case demo_module_oops_cases[] = { KUNIT_CASE(demo_module_oops_test), {} };

static struct kunit_suite demo_module_oops_suite = {
	.name = "demo_module_oops",
	.test_cases = demo_module_oops_cases,
};
kunit_test_suite(demo_module_oops_suite);
