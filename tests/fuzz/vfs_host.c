/*
 * vfs_host.c - the kernel below fs/, for running Linnet's VFS, ramfs and
 * page cache in an ordinary host process (tests/fuzz/vfs_fuzz.c).
 *
 * fs/ (namei.c, open.c, read_write.c, dcache.c, inode.c, super.c,
 * namespace.c, libfs.c, file.c, file_table.c, ramfs...), mm/filemap.c,
 * mm/truncate.c and lib/radix-tree.c are compiled unchanged for the host
 * (-DLINNET_HOST, Linnet's headers); this file gives them what they call
 * below themselves, each as simply as one thread allows:
 *
 *   kmalloc, kmem_cache_*   the C library's malloc, so that AddressSanitizer
 *                           sees every object: a use after kfree or a
 *                           leak is reported at the line that made it
 *   alloc_pages             pages of one aligned buffer (host_ram, which
 *                           asm/page.h's host __pa/__va already use) with
 *                           a struct page each in mem_map; a free page is
 *                           poisoned, so a read or write of a page the
 *                           page cache gave back is caught as well
 *   kmap, kmap_atomic       the page's address; each map must be unmapped
 *   spinlocks, mutexes,     one task: taking a held lock would deadlock
 *   rw_semaphores           the kernel, so it aborts here; sleeping
 *                           (schedule) cannot happen and aborts too, and
 *                           might_sleep() with a spinlock held aborts
 *   current                 one task, with init_fs and init_files
 *   copy_{to,from}_user     memcpy: the test's buffers are "user" memory
 *   printk                  stderr (only with VFS_HOST_VERBOSE set)
 *
 * host_live_objects() and host_live_pages() count what is allocated, so
 * the fuzzer can check that unmounting gives everything back. Char
 * devices, FIFOs, file locks and mmap are not part of the build: their
 * hooks (cd_forget, locks_remove_posix, unmap_mapping_range...) do
 * nothing. Read next: tests/fuzz/vfs_fuzz.c, docs/testing.md.
 */
#include <linux/fs.h>
#include <linux/fs_struct.h>
#include <linux/fdtable.h>
#include <linux/hardirq.h>
#include <linux/highmem.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/mutex.h>
#include <linux/pagemap.h>
#include <linux/pipe_fs_i.h>
#include <linux/rwsem.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <linux/vmstat.h>
#include <linux/wait.h>
#include "vfs_host.h"

/* From the C library and AddressSanitizer (Linnet's headers do not declare them) */
void *malloc(size_t size);
void *calloc(size_t n, size_t size);
void free(void *p);
void abort(void);
int posix_memalign(void **memptr, size_t alignment, size_t size);
char *getenv(const char *name);
long write(int fd, const void *buf, size_t count);
int vsnprintf(char *buf, size_t size, const char *fmt, va_list args);
void __asan_poison_memory_region(void const volatile *addr, size_t size);
void __asan_unpoison_memory_region(void const volatile *addr, size_t size);
void __sanitizer_symbolize_pc(void *pc, const char *fmt, char *out_buf, size_t out_buf_size);

/* ---- the one task ---- */

static struct signal_struct host_signal;
static struct task_struct host_task;
struct thread_info host_thread_info;
unsigned long host_eflags = X86_EFLAGS_IF;
static bool host_verbose;
long host_fail_after = -1;
bool host_fail_slab;

/* ---- printk, BUG, panic ---- */

static int host_vlog(const char *fmt, va_list args)
{
	char buf[512];
	int n = vsnprintf(buf, sizeof(buf), fmt, args);

	if (n >= (int)sizeof(buf))
		n = sizeof(buf) - 1;
	return n > 0 ? write(2, buf, n) : 0;
}

/* host_log - to stderr, always (a bug report) */
static void host_log(const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	host_vlog(fmt, args);
	va_end(args);
}

int printk(const char *fmt, ...)
{
	va_list args;
	int r = 0;

	if (host_verbose) {
		va_start(args, fmt);
		r = host_vlog(fmt, args);
		va_end(args);
	}
	return r;
}

void host_bug(const char *file, int line)
{
	host_log("kernel BUG at %s:%d!\n", file, line);
	abort();
}

void panic(const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	host_log("Kernel panic - not syncing: ");
	host_vlog(fmt, args);
	va_end(args);
	abort();
}

void spin_bug(spinlock_t *lock, const char *msg)
{
	host_log("BUG: spinlock %s\n", msg);
	abort();
}

void rwlock_bug(rwlock_t *lock, const char *msg)
{
	host_log("BUG: rwlock %s\n", msg);
	abort();
}

int scnprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int n;

	if (!size)
		return 0;
	va_start(args, fmt);
	n = vsnprintf(buf, size, fmt, args);
	va_end(args);
	return n < (int)size ? n : (int)size - 1;
}

ssize_t strscpy(char *dest, const char *src, size_t count)
{
	size_t n = strnlen(src, count);

	if (!count)
		return -E2BIG;
	if (n == count) {
		memcpy(dest, src, count - 1);
		dest[count - 1] = '\0';
		return -E2BIG;
	}
	memcpy(dest, src, n + 1);
	return n;
}

/* ---- the heap: malloc, counted ---- */

static long live_objects;

/*
 * Who allocated each live object (open addressing on the pointer), so a
 * leak is reported with the function that made it.
 */
#define HOST_OBJ_SLOTS (1 << 16)
static struct {
	const void *p;
	void *caller;
	unsigned long seq;
} objs[HOST_OBJ_SLOTS];
static unsigned long obj_seq;
static const void *const tomb = (const void *)1;

static unsigned int obj_hash(const void *p)
{
	return ((unsigned long)p >> 4) * 2654435761U % HOST_OBJ_SLOTS;
}

static void obj_add(const void *p, void *caller)
{
	unsigned int i = obj_hash(p);

	while (objs[i].p && objs[i].p != tomb)
		i = (i + 1) % HOST_OBJ_SLOTS;
	objs[i].p = p;
	objs[i].caller = caller;
	objs[i].seq = ++obj_seq;
	live_objects++;
}

static void obj_del(const void *p)
{
	unsigned int i = obj_hash(p);

	while (objs[i].p != p) {
		if (!objs[i].p)
			panic("kfree(%p): not allocated (or freed twice)\n", p);
		i = (i + 1) % HOST_OBJ_SLOTS;
	}
	objs[i].p = tomb;
	live_objects--;
}

/**
 * host_object_seq - a mark: host_print_objects() shows the objects allocated after it
 *
 * Context: the test program.
 * Return: the number of allocations so far.
 */
unsigned long host_object_seq(void)
{
	return obj_seq;
}

/**
 * host_print_objects - print where every live object newer than @since was allocated
 * @since: a host_object_seq() mark
 *
 * Context: the test program (after a leak).
 */
void host_print_objects(unsigned long since)
{
	char where[160];
	unsigned int i;

	for (i = 0; i < HOST_OBJ_SLOTS; i++)
		if (objs[i].p && objs[i].p != tomb && objs[i].seq > since) {
			__sanitizer_symbolize_pc(objs[i].caller, "%p %F %L", where, sizeof(where));
			host_log("  object %p from %s\n", objs[i].p, where);
		}
}

/**
 * host_live_objects - objects kmalloc'ed or kmem_cache_alloc'ed and not freed
 *
 * Context: the test program.
 * Return: the count.
 */
long host_live_objects(void)
{
	return live_objects;
}

static void *host_alloc(size_t size, gfp_t flags, void *caller)
{
	void *p;

	if (!size)
		return ZERO_SIZE_PTR;
	if (host_fail_slab && host_fail_alloc())
		return NULL;
	p = flags & __GFP_ZERO ? calloc(1, size) : malloc(size);
	if (p)
		obj_add(p, caller);
	return p;
}

void *kmalloc(size_t size, gfp_t flags)
{
	return host_alloc(size, flags, __builtin_return_address(0));
}

void *__kmalloc(size_t size, gfp_t flags)
{
	return host_alloc(size, flags, __builtin_return_address(0));
}

void kfree(const void *p)
{
	if (ZERO_OR_NULL_PTR(p))
		return;
	obj_del(p);
	free((void *)p);
}

char *kstrdup(const char *s, gfp_t gfp)
{
	size_t len;
	char *p;

	if (!s)
		return NULL;
	len = strlen(s) + 1;
	p = host_alloc(len, gfp, __builtin_return_address(0));
	if (p)
		memcpy(p, s, len);
	return p;
}

void *vzalloc(unsigned long size)
{
	return host_alloc(size, __GFP_ZERO, __builtin_return_address(0));
}

void vfree(const void *p)
{
	kfree(p);
}

/* A cache is its object size and constructor; each object is one malloc */
struct host_cache {
	size_t size;
	void (*ctor)(void *);
};

struct kmem_cache *kmem_cache_create(const char *name, size_t size, size_t align,
				     unsigned long flags, void (*ctor)(void *))
{
	struct host_cache *c = calloc(1, sizeof(*c));

	if (!c)
		abort();
	c->size = size;
	c->ctor = ctor;
	return (struct kmem_cache *)c;
}

void *kmem_cache_alloc(struct kmem_cache *cachep, gfp_t flags)
{
	struct host_cache *c = (struct host_cache *)cachep;
	void *p = host_alloc(c->size, flags, __builtin_return_address(0));

	if (p && c->ctor)
		c->ctor(p);
	return p;
}

void kmem_cache_free(struct kmem_cache *cachep, void *objp)
{
	kfree(objp);
}

/* ---- pages: one aligned buffer, a struct page each ---- */

char *host_ram;
void *high_memory;
struct page *mem_map;
struct pglist_data contig_page_data;
unsigned long totalram_pages = HOST_PAGES;
long vm_stat[NR_VM_ZONE_STAT_ITEMS];
static unsigned long next_free[HOST_PAGES]; /* the free list, by pfn */
static unsigned long free_head, live_pages;
static int kmapped, kmapped_atomic;

/**
 * host_live_pages - pages allocated and not freed
 *
 * Context: the test program.
 * Return: the count.
 */
long host_live_pages(void)
{
	return live_pages;
}

/**
 * host_kmapped - kmap() and kmap_atomic() calls not yet undone
 *
 * Context: the test program.
 * Return: the count.
 */
int host_kmapped(void)
{
	return kmapped + kmapped_atomic;
}

static void host_pages_init(void)
{
	unsigned long pfn;
	void *ram;

	if (posix_memalign(&ram, PAGE_SIZE, HOST_PAGES * PAGE_SIZE))
		abort();
	host_ram = ram;
	high_memory = host_ram + HOST_PAGES * PAGE_SIZE;
	mem_map = calloc(HOST_PAGES, sizeof(struct page));
	if (!mem_map)
		abort();
	for (pfn = 0; pfn < HOST_PAGES; pfn++) {
		set_page_zone(&mem_map[pfn], ZONE_NORMAL);
		next_free[pfn] = pfn + 1;
	}
	free_head = 0;
	__asan_poison_memory_region(host_ram, HOST_PAGES * PAGE_SIZE);
}

/* Only single pages: nothing on the ramfs path asks for more */
struct page *alloc_pages(gfp_t gfp_mask, unsigned int order)
{
	struct page *page;

	if (order)
		panic("alloc_pages: order %u\n", order);
	if (free_head >= HOST_PAGES || host_fail_alloc())
		return NULL;
	page = &mem_map[free_head];
	free_head = next_free[free_head];
	live_pages++;
	page->flags &= ~((1UL << __NR_PAGEFLAGS) - 1);
	atomic_set(&page->_count, 1);
	atomic_set(&page->_mapcount, -1);
	page->mapping = NULL;
	page->private = 0;
	page->index = 0;
	INIT_LIST_HEAD(&page->lru);
	__asan_unpoison_memory_region(page_address(page), PAGE_SIZE);
	if (gfp_mask & __GFP_ZERO)
		memset(page_address(page), 0, PAGE_SIZE);
	else
		memset(page_address(page), 0xa5, PAGE_SIZE); /* as fresh memory: garbage */
	return page;
}

unsigned long __get_free_pages(gfp_t gfp_mask, unsigned int order)
{
	struct page *page = alloc_pages(gfp_mask, order);

	return page ? (unsigned long)page_address(page) : 0;
}

/* free_one - as 2.6.32's free_pages_check: a page in use by anyone is a bug */
static void free_one(struct page *page)
{
	unsigned long pfn = page_to_pfn(page);

	if (pfn >= HOST_PAGES || page->mapping || atomic_read(&page->_mapcount) != -1 ||
	    (page->flags & PAGE_FLAGS_CHECK_AT_FREE)) {
		host_log("BUG: Bad page state: pfn %lu flags %#lx mapping %p\n", pfn, page->flags,
			 page->mapping);
		abort();
	}
	__asan_poison_memory_region(page_address(page), PAGE_SIZE);
	next_free[pfn] = free_head;
	free_head = pfn;
	live_pages--;
}

void __free_pages(struct page *page, unsigned int order)
{
	if (atomic_read(&page->_count) <= 0) {
		host_log("BUG: Bad page state: pfn %lu freed with count %d\n", page_to_pfn(page),
			 atomic_read(&page->_count));
		abort();
	}
	if (atomic_dec_and_test(&page->_count))
		free_one(page);
}

void free_pages(unsigned long addr, unsigned int order)
{
	if (addr)
		__free_pages(virt_to_page((void *)addr), order);
}

void put_page(struct page *page)
{
	__free_pages(page, 0);
}

void *page_address(const struct page *page)
{
	return lowmem_page_address(page);
}

void *kmap(struct page *page)
{
	kmapped++;
	return page_address(page);
}

void kunmap(struct page *page)
{
	if (--kmapped < 0)
		panic("kunmap without kmap\n");
}

void *kmap_atomic(struct page *page, enum km_type type)
{
	kmapped_atomic++;
	return page_address(page);
}

void kunmap_atomic(void *kvaddr, enum km_type type)
{
	if (--kmapped_atomic < 0)
		panic("kunmap_atomic without kmap_atomic\n");
}

/* No mmap in this build: no page table maps a page-cache page */
void unmap_mapping_range(struct address_space *mapping, loff_t const holebegin,
			 loff_t const holelen, int even_cows)
{
}

/* ---- user memory: the test's own ---- */

unsigned long copy_to_user(void __user *to, const void *from, unsigned long n)
{
	memcpy((void __force *)to, from, n);
	return 0;
}

unsigned long __copy_to_user(void __user *to, const void *from, unsigned long n)
{
	return copy_to_user(to, from, n);
}

unsigned long copy_from_user(void *to, const void __user *from, unsigned long n)
{
	memcpy(to, (const void __force *)from, n);
	return 0;
}

unsigned long __copy_from_user(void *to, const void __user *from, unsigned long n)
{
	return copy_from_user(to, from, n);
}

unsigned long clear_user(void __user *to, unsigned long n)
{
	memset((void __force *)to, 0, n);
	return 0;
}

long strncpy_from_user(char *dst, const char __user *src, long count)
{
	long n = strnlen((const char __force *)src, count);

	memcpy(dst, (const char __force *)src, n < count ? n + 1 : n);
	return n;
}

long strnlen_user(const char __user *s, long n)
{
	long len = strnlen((const char __force *)s, n);

	return len < n ? len + 1 : n + 1;
}

/* ---- locks and sleeping: one task never waits ---- */

/* As kernel/might_sleep.c, but a report ends the run: the kernel could deadlock there */
void __might_sleep(const char *file, int line, int preempt_offset)
{
	if (preempt_count() == preempt_offset && !irqs_disabled())
		return;
	host_log("BUG: sleeping function called from invalid context at %s:%d\n", file, line);
	abort();
}

int _cond_resched(void)
{
	return 0;
}

void preempt_schedule(void)
{
}

asmlinkage void schedule(void)
{
	panic("schedule() in the single-task host build: the VFS would wait forever\n");
}

void __mutex_init(struct mutex *lock, const char *name)
{
	atomic_set(&lock->count, 1);
	lock->name = name;
	lock->owner = NULL;
	INIT_LIST_HEAD(&lock->wait_list);
}

void mutex_lock(struct mutex *lock)
{
	might_sleep();
	if (atomic_read(&lock->count) != 1)
		panic("mutex_lock of a held mutex (%s): deadlock\n", lock->name);
	atomic_set(&lock->count, 0);
	lock->owner = &host_task;
}

int mutex_lock_killable(struct mutex *lock)
{
	mutex_lock(lock);
	return 0;
}

int mutex_lock_interruptible(struct mutex *lock)
{
	mutex_lock(lock);
	return 0;
}

/* mnt_init() starts sysfs; the host build has none (fs/sysfs is not linked) */
int sysfs_init(void)
{
	return 0;
}

void mutex_unlock(struct mutex *lock)
{
	if (atomic_read(&lock->count) != 0)
		panic("mutex_unlock of a free mutex (%s)\n", lock->name);
	atomic_set(&lock->count, 1);
	lock->owner = NULL;
}

void init_rwsem(struct rw_semaphore *sem)
{
	sem->activity = 0;
	INIT_LIST_HEAD(&sem->wait_list);
}

void down_read(struct rw_semaphore *sem)
{
	might_sleep();
	if (sem->activity < 0)
		panic("down_read of a write-locked rw_semaphore: deadlock\n");
	sem->activity++;
}

void up_read(struct rw_semaphore *sem)
{
	if (sem->activity <= 0)
		panic("up_read of an rw_semaphore not read-locked\n");
	sem->activity--;
}

void down_write(struct rw_semaphore *sem)
{
	might_sleep();
	if (sem->activity)
		panic("down_write of a held rw_semaphore: deadlock\n");
	sem->activity = -1;
}

void up_write(struct rw_semaphore *sem)
{
	if (sem->activity != -1)
		panic("up_write of an rw_semaphore not write-locked\n");
	sem->activity = 0;
}

void init_waitqueue_head(wait_queue_head_t *q)
{
	spin_lock_init(&q->lock);
	INIT_LIST_HEAD(&q->task_list);
}

void __wake_up(wait_queue_head_t *q, unsigned int mode, int nr_exclusive, void *key)
{
}

void prepare_to_wait(wait_queue_head_t *q, wait_queue_t *wait, int state)
{
}

void finish_wait(wait_queue_head_t *q, wait_queue_t *wait)
{
}

int autoremove_wake_function(wait_queue_t *wait, unsigned mode, int sync, void *key)
{
	return 0;
}

/* ---- what the rest of the kernel would answer ---- */

int capable(int cap)
{
	return 1; /* the one task is root */
}

int in_group_p(gid_t grp)
{
	return grp == 0; /* root's group, the only one */
}

static long host_seconds = 1000000000;

struct timespec current_kernel_time(void)
{
	struct timespec ts = { .tv_sec = host_seconds, .tv_nsec = 0 };

	return ts;
}

bool try_module_get(struct module *module)
{
	return true;
}

void module_put(struct module *module)
{
}

void cd_forget(struct inode *inode)
{
}

void locks_remove_posix(struct file *filp, fl_owner_t owner)
{
}

void locks_remove_flock(struct file *filp)
{
}

void eventpoll_release_file(struct file *file)
{
}

/* fsnotify's queues signal O_ASYNC readers; no inotify instance exists here */
void kill_fasync(struct fasync_struct **fp, int sig, int band)
{
}

/*
 * No pipes in this build: fs/splice.c is linked because ramfs's
 * file_operations name its splice_read/splice_write, never called here.
 */
void pipe_lock(struct pipe_inode_info *pipe)
{
	panic("pipe_lock: no pipes in the vfs fuzzer\n");
}

void pipe_unlock(struct pipe_inode_info *pipe)
{
	panic("pipe_unlock: no pipes in the vfs fuzzer\n");
}

void pipe_double_lock(struct pipe_inode_info *pipe1, struct pipe_inode_info *pipe2)
{
	panic("pipe_double_lock: no pipes in the vfs fuzzer\n");
}

void pipe_wait(struct pipe_inode_info *pipe)
{
	panic("pipe_wait: no pipes in the vfs fuzzer\n");
}

void generic_pipe_buf_get(struct pipe_inode_info *pipe, struct pipe_buffer *buf)
{
	panic("generic_pipe_buf_get: no pipes in the vfs fuzzer\n");
}

int send_sig(int sig, struct task_struct *p, int priv)
{
	panic("send_sig: no signals in the vfs fuzzer\n");
}

/* The task list, which pivot_root walks (fs/namespace.c:chroot_fs_refs): the one task */
struct task_struct init_task;
DEFINE_SPINLOCK(tasklist_lock);

/* vhangup (fs/open.c): no terminals in this build */
void tty_vhangup_self(void)
{
}

/* No char devices or FIFOs in this build: opening one fails as with no driver */
static int host_no_device_open(struct inode *inode, struct file *filp)
{
	return -ENXIO;
}

const struct file_operations def_chr_fops = { .open = host_no_device_open };
const struct file_operations def_fifo_fops = { .open = host_no_device_open };

/* The initcalls of the objects linked in (ramfs's), gathered by vfs_host.ld */
extern initcall_t __host_initcall_start[], __host_initcall_end[];

/*
 * AddressSanitizer pads each initcall pointer with a zeroed redzone, so
 * the section is read unchecked and its zeros skipped.
 */
__attribute__((no_sanitize("address"))) static void host_do_initcalls(void)
{
	initcall_t *call;

	for (call = __host_initcall_start; call < __host_initcall_end; call++)
		if (*call && (*call)())
			panic("an initcall failed\n");
}

/**
 * host_vfs_init - boot the VFS on the host: caches, rootfs, the mount tree
 *
 * Makes the one task (current) with init_fs and init_files, then runs
 * vfs_caches_init() and the initcalls as start_kernel() does.
 *
 * Context: the test program, once.
 */
void host_vfs_init(void)
{
	int i;

	host_verbose = getenv("VFS_HOST_VERBOSE") != NULL;
	host_pages_init();
	for (i = 0; i < RLIM_NLIMITS; i++)
		host_signal.rlim[i].rlim_cur = host_signal.rlim[i].rlim_max = RLIM_INFINITY;
	host_signal.rlim[RLIMIT_NOFILE].rlim_cur = NR_OPEN_DEFAULT;
	host_signal.rlim[RLIMIT_NOFILE].rlim_max = 1024;
	host_task.fs = &init_fs;
	host_task.files = &init_files;
	host_task.signal = &host_signal;
	host_task.stack = &host_thread_info;
	INIT_LIST_HEAD(&init_task.tasks);
	list_add_tail(&host_task.tasks, &init_task.tasks);
	strscpy(host_task.comm, "vfs_fuzz", sizeof(host_task.comm));
	host_thread_info.task = &host_task;
	host_thread_info.addr_limit = KERNEL_DS;
	vfs_caches_init(HOST_PAGES);
	host_do_initcalls();
}
