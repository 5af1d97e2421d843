/*
 * soak.c - everything at once, for minutes: the soak test (boot option soak=).
 *
 * Unit tests run one thing at a time; real bugs live where things
 * overlap: an interrupt allocating while a thread frees, a timer firing
 * while a wait queue is woken. With soak=SECONDS the kernel, once
 * booted, runs all of this together for that long, instead of the shell:
 *
 *   soak/pages    alloc_pages of every order (low and high memory, kmap)
 *   soak/kmalloc  kmalloc of every size class, and a private cache
 *   soak/vmalloc  vmalloc of up to 256 KiB
 *   soak/prod     producer  --[ ring of 64, two wait queues ]--> soak/cons
 *   soak/serial   reads the host's serial flood (bytes i % 251)
 *   timer (every tick) -> tasklet, GFP_ATOMIC kmalloc, and every 10th
 *   tick a work item on a workqueue of its own
 *
 * Every block carries a pattern, checked before it is freed. Every 5 s
 * and at the end the buddy and slab invariants are checked
 * (page_alloc_check(), kmem_cache_validate_all()); at the end every
 * thread is stopped, and the free page count must come back to what it
 * was (page tables kept for the vmalloc area aside), the consumer must
 * have seen every item in order and the serial reader every byte. The
 * counts of each kind of operation are printed, and QEMU exits with the
 * verdict. `make soak DURATION=10m` and the harness check soak_30s
 * drive it (tests/harness/soak.py). See docs/debugging.md.
 */
#include <linux/kernel.h>
#include <linnet/soak.h>
#include <linux/delay.h>
#include <linux/err.h>
#include <linux/fs.h>
#include <linux/highmem.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <linux/jiffies.h>
#include <linux/kthread.h>
#include <linux/mm.h>
#include <linux/reboot.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/slab_def.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/timer.h>
#include <linux/tty.h>
#include <linux/vmalloc.h>
#include <linux/wait.h>
#include <linux/workqueue.h>
#include <asm/pgtable.h>

#define SOAK_LIVE 16 /* blocks each allocating thread holds at once */
#define SOAK_RING 64 /* items in the producer/consumer ring */
#define SOAK_CHECK_SECS 5 /* invariants checked this often */
#define SOAK_SERIAL_MOD 251

static unsigned long soak_seconds;

static int __init soak_setup(char *str)
{
	return !kstrtoul(str, 10, &soak_seconds);
}
__setup("soak=", soak_setup);

/* The operation counts, and the failures */
static struct {
	unsigned long pages, highmem, page_fail, kmalloc, cache, vmalloc, timers, tasklets;
	unsigned long works, atomic, items, serial;
	unsigned long errors;
} ops;

static bool soak_stopping;
static struct kmem_cache *soak_cache;
static struct workqueue_struct *soak_wq;

static u32 soak_random(u32 *state)
{
	*state = *state * 1103515245 + 12345;
	return *state >> 8;
}

__printf(1, 2) static void soak_error(const char *fmt, ...)
{
	char buf[128];
	va_list args;

	va_start(args, fmt);
	vscnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	printk(KERN_ERR "soak: FAILED: %s\n", buf);
	ops.errors++;
}

/* ---- pages ---- */

struct soak_block {
	struct page *page;
	unsigned int order;
};

static void page_fill(struct page *page, unsigned int order, u8 val, bool check)
{
	unsigned int i;

	for (i = 0; i < (1U << order); i++) {
		u8 *p = kmap(page + i);

		if (check && (p[0] != val || p[PAGE_SIZE - 1] != val))
			soak_error("page %lu of an order-%u block lost its pattern",
				   page_to_pfn(page + i), order);
		p[0] = p[PAGE_SIZE - 1] = val;
		kunmap(page + i);
	}
}

static void block_free(struct soak_block *b)
{
	if (!b->page)
		return;
	page_fill(b->page, b->order, (u8)page_to_pfn(b->page), true);
	__free_pages(b->page, b->order);
	b->page = NULL;
}

static int soak_pages(void *unused)
{
	struct soak_block live[SOAK_LIVE] = { { NULL, 0 } };
	u32 rnd = 1;
	int i;

	while (!kthread_should_stop()) {
		struct soak_block *b = &live[soak_random(&rnd) % SOAK_LIVE];
		gfp_t gfp = GFP_KERNEL | __GFP_NOWARN | (soak_random(&rnd) & 1 ? __GFP_HIGHMEM : 0);

		block_free(b);
		b->order = soak_random(&rnd) % MAX_ORDER;
		b->page = alloc_pages(gfp, b->order);
		if (!b->page) {
			ops.page_fail++;
			continue;
		}
		ops.pages++;
		ops.highmem += PageHighMem(b->page);
		page_fill(b->page, b->order, (u8)page_to_pfn(b->page), false);
		cond_resched();
	}
	for (i = 0; i < SOAK_LIVE; i++)
		block_free(&live[i]);
	return 0;
}

/* ---- kmalloc and a private cache ---- */

struct soak_obj {
	u8 *p;
	size_t size;
	bool cached;
};

static void obj_free(struct soak_obj *o)
{
	if (!o->p)
		return;
	if (o->p[0] != (u8)o->size || o->p[o->size - 1] != (u8)o->size)
		soak_error("a %zu-byte object at %p lost its pattern", o->size, o->p);
	if (o->cached)
		kmem_cache_free(soak_cache, o->p);
	else
		kfree(o->p);
	o->p = NULL;
}

static int soak_kmalloc(void *unused)
{
	struct soak_obj live[SOAK_LIVE * 4] = { { NULL, 0, false } };
	u32 rnd = 2;
	int i;

	while (!kthread_should_stop()) {
		struct soak_obj *o = &live[soak_random(&rnd) % ARRAY_SIZE(live)];

		obj_free(o);
		o->cached = soak_random(&rnd) % 4 == 0;
		o->size = o->cached ? kmem_cache_size(soak_cache) :
				      1 + soak_random(&rnd) % (soak_random(&rnd) % 8 ? 512 : 32768);
		o->p = o->cached ? kmem_cache_alloc(soak_cache, GFP_KERNEL) :
				   kmalloc(o->size, GFP_KERNEL);
		if (!o->p) {
			soak_error("kmalloc(%zu) failed", o->size);
			continue;
		}
		if (o->cached)
			ops.cache++;
		else
			ops.kmalloc++;
		o->p[0] = o->p[o->size - 1] = (u8)o->size;
		cond_resched();
	}
	for (i = 0; i < (int)ARRAY_SIZE(live); i++)
		obj_free(&live[i]);
	return 0;
}

/* ---- vmalloc ---- */

static int soak_vmalloc(void *unused)
{
	struct soak_obj live[SOAK_LIVE / 2] = { { NULL, 0, false } };
	u32 rnd = 3;
	int i;

	while (!kthread_should_stop()) {
		struct soak_obj *o = &live[soak_random(&rnd) % ARRAY_SIZE(live)];

		if (o->p) {
			if (o->p[0] != (u8)o->size || o->p[o->size - 1] != (u8)o->size)
				soak_error("vmalloc area %p lost its pattern", o->p);
			vfree(o->p);
		}
		o->size = 1 + soak_random(&rnd) % (256 << 10);
		o->p = vmalloc(o->size);
		if (!o->p) {
			soak_error("vmalloc(%zu) failed", o->size);
			continue;
		}
		ops.vmalloc++;
		o->p[0] = o->p[o->size - 1] = (u8)o->size;
		msleep(1);
	}
	for (i = 0; i < (int)ARRAY_SIZE(live); i++)
		vfree(live[i].p);
	return 0;
}

/* ---- timer, tasklet, workqueue ---- */

static void soak_tasklet_fn(unsigned long data)
{
	ops.tasklets++;
}
static DECLARE_TASKLET(soak_tasklet, soak_tasklet_fn, 0);

static void soak_work_fn(struct work_struct *work)
{
	void *p = kmalloc(200, GFP_KERNEL);

	if (!p)
		soak_error("kmalloc in a work item failed");
	kfree(p);
	ops.works++;
}
static DECLARE_WORK(soak_work, soak_work_fn);
static unsigned long works_queued;

static struct timer_list soak_timer;

static void soak_timer_fn(unsigned long data)
{
	void *p = kmalloc(64, GFP_ATOMIC);

	ops.timers++;
	if (p) {
		ops.atomic++;
		kfree(p);
	}
	tasklet_schedule(&soak_tasklet);
	if (ops.timers % 10 == 0 && queue_work(soak_wq, &soak_work))
		works_queued++;
	if (!soak_stopping)
		mod_timer(&soak_timer, jiffies + 1);
}

/* ---- producer and consumer ---- */

static u32 ring[SOAK_RING];
static unsigned int ring_head, ring_tail; /* free-running; head - tail items */
static DEFINE_SPINLOCK(ring_lock);
static DECLARE_WAIT_QUEUE_HEAD(ring_data);
static DECLARE_WAIT_QUEUE_HEAD(ring_space);
static u32 items_made;

static unsigned int ring_count(void)
{
	unsigned long flags;
	unsigned int n;

	spin_lock_irqsave(&ring_lock, flags);
	n = ring_head - ring_tail;
	spin_unlock_irqrestore(&ring_lock, flags);
	return n;
}

static int soak_producer(void *unused)
{
	while (!kthread_should_stop()) {
		unsigned long flags;

		wait_event_timeout(ring_space, ring_count() < SOAK_RING, HZ / 10);
		if (ring_count() == SOAK_RING)
			continue;
		spin_lock_irqsave(&ring_lock, flags);
		ring[ring_head++ % SOAK_RING] = items_made++;
		spin_unlock_irqrestore(&ring_lock, flags);
		wake_up(&ring_data);
	}
	return 0;
}

static int soak_consumer(void *unused)
{
	u32 expect = 0;

	while (!kthread_should_stop() || ring_count()) {
		unsigned long flags;
		u32 item;

		wait_event_timeout(ring_data, ring_count() > 0, HZ / 10);
		if (!ring_count())
			continue;
		spin_lock_irqsave(&ring_lock, flags);
		item = ring[ring_tail++ % SOAK_RING];
		spin_unlock_irqrestore(&ring_lock, flags);
		wake_up(&ring_space);
		if (item != expect)
			soak_error("consumer got item %u, expected %u", item, expect);
		expect = item + 1;
		ops.items++;
	}
	return 0;
}

/* ---- the serial flood ---- */

/* ttyS0, raw (no echo of the flood), opened before "soak: ready" */
static struct file *soak_serial_open(void)
{
	struct file *f = filp_open("/dev/ttyS0", O_RDONLY | O_NONBLOCK, 0);
	struct ktermios raw;

	if (IS_ERR(f)) {
		soak_error("cannot open ttyS0 (%ld)", PTR_ERR(f));
		return NULL;
	}
	/*
	 * The flood is for ttyS0's reader, not the kernel monitor: the soak
	 * takes the line as a user process opening its terminal does
	 * (drivers/char/tty_io.c), and the soak ends with QEMU.
	 */
	WRITE_ONCE(kdb_active, false);
	tty_get_termios(f->private_data, &raw);
	/* as cfmakeraw(): no CR/NL mapping, no flow control, no signals */
	raw.c_iflag &= ~(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON);
	raw.c_oflag &= ~OPOST;
	raw.c_lflag &= ~(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
	tty_set_termios(f->private_data, &raw);
	return f;
}

static int soak_serial(void *data)
{
	struct file *f = data;
	unsigned char buf[256];
	loff_t pos = 0;

	if (!f)
		return 0;
	while (!kthread_should_stop()) {
		ssize_t i, n = vfs_read(f, (char *)buf, sizeof(buf), &pos);

		if (n <= 0) {
			msleep(2);
			continue;
		}
		for (i = 0; i < n; i++, ops.serial++)
			if (buf[i] != ops.serial % SOAK_SERIAL_MOD) {
				soak_error("serial byte %lu is %u, expected %lu", ops.serial,
					   buf[i], ops.serial % SOAK_SERIAL_MOD);
				ops.serial = buf[i]; /* resynchronise: report once */
			}
	}
	filp_close(f, NULL); /* the tty stays raw: the flood goes on until QEMU exits */
	return 0;
}

/* ---- checks ---- */

/* Page tables of the vmalloc area: allocated on demand and kept, not a leak */
static unsigned long vmalloc_page_tables(void)
{
	unsigned long addr, n = 0;

	for (addr = VMALLOC_START & PGDIR_MASK; addr < VMALLOC_END; addr += PGDIR_SIZE)
		n += !pmd_none(*pmd_offset(pgd_offset_k(addr), addr));
	return n;
}

/* mm/slab.c's list of caches (mm/slab.h is private to mm/) */
extern struct list_head cache_chain;

/* Free pages with every cache shrunk and the per-CPU lists drained */
static unsigned long settled_free_pages(void)
{
	struct cache_sizes *cs;
	struct kmem_cache *c;
	int pass;

	kmem_cache_shrink(soak_cache);
	/* twice: freeing a big cache's slab frees its off-slab descriptor into a small one */
	for (pass = 0; pass < 2; pass++)
		for (cs = malloc_sizes; cs->cs_size; cs++) {
			if (!cs->cs_cachep) /* size-4194304 under KASAN */
				continue;
			kmem_cache_shrink(cs->cs_cachep);
			kmem_cache_shrink(cs->cs_dmacachep);
		}
	/* and every other cache (dentries, inodes, files, tasks...): what a
	 * finished flood or thread freed may sit in their empty slabs */
	mutex_lock(&cache_chain_mutex);
	list_for_each_entry(c, &cache_chain, next)
		kmem_cache_shrink(c);
	mutex_unlock(&cache_chain_mutex);
	drain_local_pages(NULL);
	return nr_free_pages() + vmalloc_page_tables();
}

static void check_invariants(void)
{
	int broken = page_alloc_check() + kmem_cache_validate_all();

	if (broken)
		soak_error("%d allocator invariants broken", broken);
}

static void print_counts(unsigned long secs)
{
	printk(KERN_INFO "soak: %lu s: pages %lu (highmem %lu, %lu refused) kmalloc %lu cache %lu "
			 "vmalloc %lu\n",
	       secs, ops.pages, ops.highmem, ops.page_fail, ops.kmalloc, ops.cache, ops.vmalloc);
	printk(KERN_INFO "soak: %lu s: timers %lu tasklets %lu works %lu atomic %lu items %lu "
			 "serial %lu bytes\n",
	       secs, ops.timers, ops.tasklets, ops.works, ops.atomic, ops.items, ops.serial);
}

/* ---- running it ---- */

static int (*const soak_threads[])(void *) = { soak_pages,    soak_kmalloc,  soak_vmalloc,
					       soak_producer, soak_consumer, soak_serial };
static const char *const soak_names[] = { "soak/pages", "soak/kmalloc", "soak/vmalloc",
					  "soak/prod",	"soak/cons",	"soak/serial" };

static void soak_start(struct task_struct **tasks, struct file *serial)
{
	unsigned int i;

	setup_timer(&soak_timer, soak_timer_fn, 0);
	mod_timer(&soak_timer, jiffies + 1);
	for (i = 0; i < ARRAY_SIZE(soak_threads); i++) {
		tasks[i] =
			kthread_run(soak_threads[i], soak_threads[i] == soak_serial ? serial : NULL,
				    "%s", soak_names[i]);
		if (IS_ERR(tasks[i])) {
			soak_error("cannot start %s", soak_names[i]);
			tasks[i] = NULL;
		}
	}
}

static void soak_stop(struct task_struct **tasks)
{
	unsigned int i;

	soak_stopping = true;
	del_timer_sync(&soak_timer);
	for (i = 0; i < ARRAY_SIZE(soak_threads); i++)
		if (tasks[i])
			kthread_stop(tasks[i]);
	tasklet_kill(&soak_tasklet);
	flush_workqueue(soak_wq);
	if (ops.works != works_queued)
		soak_error("%lu work items queued, %lu ran", works_queued, ops.works);
	if (ops.items != items_made)
		soak_error("%u items made, %lu consumed", items_made, ops.items);
}

/**
 * soak_run - run the soak test if the command line asked for it (soak=SECONDS)
 *
 * Prints "soak: ready" once the serial line can take the host's flood,
 * the counts every SOAK_CHECK_SECS seconds, and the verdict; then QEMU
 * exits with it (a machine without isa-debug-exit goes on to the shell).
 *
 * Context: process context, the end of boot (after the console drivers).
 */
void soak_run(void)
{
	struct task_struct *tasks[ARRAY_SIZE(soak_threads)];
	unsigned long start, before, after, secs = 0;
	struct file *serial;

	if (!soak_seconds)
		return;
	soak_cache = kmem_cache_create("soak_obj", 100, 0, 0, NULL);
	soak_wq = create_singlethread_workqueue("soak");
	if (!soak_cache || !soak_wq)
		panic("soak: no memory to start");
	serial = soak_serial_open();
	before = settled_free_pages();
	printk(KERN_INFO "soak: ready: %lu s, %lu free pages\n", soak_seconds, before);
	start = jiffies;
	soak_start(tasks, serial);
	while (secs < soak_seconds) {
		msleep(1000);
		secs = (jiffies - start) / HZ;
		if (secs % SOAK_CHECK_SECS == 0) {
			check_invariants();
			print_counts(secs);
		}
	}
	soak_stop(tasks);
	check_invariants();
	after = settled_free_pages();
	if (after < before) /* more is fine: the baseline may have caught a page in passing */
		soak_error("%lu free pages before, %lu after: a leak", before, after);
	print_counts(secs);
	kmem_cache_destroy(soak_cache);
	destroy_workqueue(soak_wq);
	printk(KERN_INFO "soak: %s (%lu errors)\n", ops.errors ? "FAILED" : "passed", ops.errors);
	qemu_debug_exit(ops.errors ? 1 : 0);
}
