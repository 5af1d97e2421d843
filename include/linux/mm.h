/*
 * mm.h - pages: reference counts, addresses, and the page allocator's API.
 *
 * Every physical page frame has a struct page in the array mem_map, so
 * the conversions between a frame number, its struct page and (for low
 * memory) its kernel virtual address are arithmetic:
 *
 *   pfn  <-->  mem_map + pfn  <-->  PAGE_OFFSET + (pfn << PAGE_SHIFT)
 *        pfn_to_page          page_address / virt_to_page
 *
 * High pages have no permanent virtual address: page_address() returns
 * NULL for them unless kmap() has mapped them (mm/highmem.c). A page in
 * use has a reference count (page_count); get_page() and put_page() move
 * it, and the last put_page() gives the page back to the allocator.
 * See docs/memory.md.
 */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <linux/types.h>
#include <linux/kernel.h>
#include <linux/atomic.h>
#include <linux/gfp.h>
#include <linux/mm_types.h>
#include <linux/mmzone.h>
#include <linux/page-flags.h>
#include <linux/overflow.h>
#include <linux/errno.h>
#include <asm/page.h>
#include <asm/pgtable.h>
/*
 * Today's <linux/mm.h> also brings the scheduler's and the slab
 * allocator's API, and <linux/random.h> (through mmzone.h's nodemask.h):
 * code written for it, Linux's own tests among them, relies on that.
 */
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/random.h>

extern struct page *mem_map;
extern unsigned long max_mapnr;
extern unsigned long num_physpages;
extern unsigned long totalram_pages;
extern unsigned long totalhigh_pages;
extern void *high_memory;
extern int min_free_kbytes;

#define pfn_to_page(pfn) (mem_map + (pfn))
#define page_to_pfn(page) ((unsigned long)((page)-mem_map))
#define pfn_valid(pfn) ((pfn) < max_mapnr)
#define virt_to_page(kaddr) pfn_to_page(__pa(kaddr) >> PAGE_SHIFT)
#define page_to_phys(page) ((dma_addr_t)page_to_pfn(page) << PAGE_SHIFT)

/* The zone number lives in the top ZONES_WIDTH bits of page->flags */
#define ZONES_PGSHIFT (sizeof(unsigned long) * 8 - ZONES_WIDTH)
#define ZONES_MASK ((1UL << ZONES_WIDTH) - 1)

static inline enum zone_type page_zonenum(const struct page *page)
{
	return (page->flags >> ZONES_PGSHIFT) & ZONES_MASK;
}

static inline struct zone *page_zone(const struct page *page)
{
	return &NODE_DATA(0)->node_zones[page_zonenum(page)];
}

static inline void set_page_zone(struct page *page, enum zone_type zone)
{
	page->flags &= ~(ZONES_MASK << ZONES_PGSHIFT);
	page->flags |= (unsigned long)zone << ZONES_PGSHIFT;
}

#define page_private(page) ((page)->private)
#define set_page_private(page, v) ((page)->private = (v))

/* compound_head - the head page of the compound page @page belongs to */
static inline struct page *compound_head(struct page *page)
{
	if (unlikely(PageTail(page)))
		return page->first_page;
	return page;
}

/* compound_order - the order of a compound page; 0 for an ordinary page */
static inline unsigned int compound_order(struct page *page)
{
	if (!PageHead(page))
		return 0;
	return (unsigned long)page[1].lru.prev;
}

static inline void set_compound_order(struct page *page, unsigned int order)
{
	page[1].lru.prev = (void *)(unsigned long)order;
}

/* page_count - the references to @page (to its compound head) */
static inline int page_count(struct page *page)
{
	return atomic_read(&compound_head(page)->_count);
}

static inline void set_page_count(struct page *page, int v)
{
	atomic_set(&page->_count, v);
}

static inline void init_page_count(struct page *page)
{
	atomic_set(&page->_count, 1);
}

/* put_page_testzero - drop a reference; true if it was the last */
static inline int put_page_testzero(struct page *page)
{
	return atomic_dec_and_test(&page->_count);
}

/* get_page - take a reference on a page that already has one */
static inline void get_page(struct page *page)
{
	page = compound_head(page);
	atomic_inc(&page->_count);
}

static inline int page_mapcount(struct page *page)
{
	return atomic_read(&page->_mapcount) + 1;
}

static inline void reset_page_mapcount(struct page *page)
{
	atomic_set(&page->_mapcount, -1);
}

void put_page(struct page *page);
void split_page(struct page *page, unsigned int order);

/* lowmem_page_address - the direct-map address of a page below high_memory */
static inline void *lowmem_page_address(const struct page *page)
{
	return __va((unsigned long)(page - mem_map) << PAGE_SHIFT);
}

void *page_address(const struct page *page);

/**
 * is_vmalloc_addr - is this an address in the vmalloc area?
 * @x: a kernel virtual address
 *
 * Context: any.
 * Return: 1 if @x lies between VMALLOC_START and VMALLOC_END.
 */
static inline int is_vmalloc_addr(const void *x)
{
	unsigned long addr = (unsigned long)x;

	return addr >= VMALLOC_START && addr < VMALLOC_END;
}

struct page *vmalloc_to_page(const void *addr);

/**
 * struct sysinfo - memory totals, as Linux's sysinfo(2) reports them
 * @uptime: seconds since boot (unused here: 0)
 * @loads: load averages (unused here: 0)
 * @totalram: usable pages (managed by the page allocator)
 * @freeram: free pages
 * @sharedram: shared pages (0)
 * @bufferram: buffer pages (0)
 * @totalswap: swap pages (0)
 * @freeswap: free swap pages (0)
 * @procs: processes (0)
 * @totalhigh: usable high pages
 * @freehigh: free high pages
 * @mem_unit: the size of the unit of the counts above, in bytes
 * @_f: padding to i386's 64 bytes (the system call copies it)
 */
struct sysinfo {
	long uptime;
	unsigned long loads[3];
	unsigned long totalram;
	unsigned long freeram;
	unsigned long sharedram;
	unsigned long bufferram;
	unsigned long totalswap;
	unsigned long freeswap;
	unsigned short procs;
	unsigned long totalhigh;
	unsigned long freehigh;
	unsigned int mem_unit;
	char _f[20 - 2 * sizeof(long) - sizeof(int)];
};

/* The zone and free-count queries of mm/page_alloc.c */
unsigned long nr_free_pages(void);
unsigned long nr_free_highpages(void);
unsigned long nr_free_pagecache_pages(void);
void drain_local_pages(void *unused);
struct per_cpu_pageset;
void setup_pagelist_highmark(struct per_cpu_pageset *p, unsigned long high);
void show_free_areas(void);
void show_mem(void);
void si_meminfo(struct sysinfo *val);

/* The buddy core (mm/page_alloc.c), shared with the host test build */
void bad_page(struct page *page);
void __free_one_page(struct page *page, struct zone *zone, unsigned int order);
struct page *__rmqueue_smallest(struct zone *zone, unsigned int order);
void prep_compound_page(struct page *page, unsigned int order);
bool zone_watermark_ok(struct zone *z, unsigned int order, unsigned long mark, int classzone_idx,
		       int alloc_flags);
struct zonelist *node_zonelist(int nid, gfp_t flags);
int zone_check_invariants(struct zone *zone);
int page_alloc_check(void);

/* Setting up: arch/x86/mm/init_32.c calls these in this order */
void free_area_init_node(int nid, unsigned long *zones_size, unsigned long node_start_pfn,
			 unsigned long *zholes_size);
void __free_pages_bootmem(struct page *page, unsigned int order);
void init_per_zone_wmark_min(void);
void setup_per_zone_wmarks(void);
void build_all_zonelists(void);

void setup_memory(void);
void paging_init(void);
void mem_init(void);

/*
 * Address spaces: vmas, faults, mmap (mm/mmap.c, mm/memory.c,
 * mm/mprotect.c, arch/x86/mm/fault.c). See docs/processes.md.
 */
#define STACK_TOP TASK_SIZE
/* The lowest address mmap may hand out (2.6.32's mmap_min_addr default) */
#define mmap_min_addr 4096UL

#define VM_READ 0x00000001
#define VM_WRITE 0x00000002
#define VM_EXEC 0x00000004
#define VM_SHARED 0x00000008
#define VM_MAYREAD 0x00000010
#define VM_MAYWRITE 0x00000020
#define VM_MAYEXEC 0x00000040
#define VM_MAYSHARE 0x00000080
#define VM_GROWSDOWN 0x00000100
#define VM_DENYWRITE 0x00000800
#define VM_EXECUTABLE 0x00001000
#define VM_LOCKED 0x00002000 /* mlock()ed, or MAP_LOCKED: its pages stay resident (mm/mlock.c) */
#define VM_IO 0x00004000 /* device memory (2.6.32's remap_pfn_range; none in Linnet yet) */
#define VM_SEQ_READ 0x00008000 /* madvise: the app will read it in order */
#define VM_RAND_READ 0x00010000 /* madvise: the app will read it at random */
#define VM_DONTCOPY 0x00020000 /* madvise: fork leaves this vma out of the child */
#define VM_STACK_FLAGS (VM_GROWSDOWN | VM_READ | VM_WRITE | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC)

/* handle_mm_fault()'s answer (2.6.32's VM_FAULT_* bits) */
#define VM_FAULT_OOM 0x0001
#define VM_FAULT_SIGBUS 0x0002
#define VM_FAULT_MAJOR 0x0004
#define VM_FAULT_WRITE 0x0008
#define VM_FAULT_NOPAGE 0x0100 /* ->fault installed the pte itself */
#define VM_FAULT_LOCKED 0x0200 /* ->fault returns the page locked */
#define VM_FAULT_ERROR (VM_FAULT_OOM | VM_FAULT_SIGBUS)

/**
 * struct vm_fault - what a vma's ->fault is asked, and its answer
 * @flags: FAULT_FLAG_WRITE for a write
 * @pgoff: the page's offset in the file (vm_pgoff plus the page in the vma)
 * @virtual_address: the faulting user address
 * @page: set by ->fault: the page, with a reference (locked if it
 *        returns VM_FAULT_LOCKED)
 */
struct vm_fault {
	unsigned int flags;
	pgoff_t pgoff;
	void __user *virtual_address;
	struct page *page;
};

/**
 * struct vm_operations_struct - what a file mapping does on open, close and fault
 * @open: a new vma maps the same object (fork, a split)
 * @close: a vma mapping it goes away
 * @fault: find the page for @vmf->pgoff; 0 or VM_FAULT_LOCKED with
 *         @vmf->page set, or VM_FAULT_SIGBUS / VM_FAULT_OOM
 */
struct vm_operations_struct {
	void (*open)(struct vm_area_struct *area);
	void (*close)(struct vm_area_struct *area);
	int (*fault)(struct vm_area_struct *vma, struct vm_fault *vmf);
};

/* The pgprot a vma's flags give its ptes (arch/x86/mm/pgtable.c:protection_map) */
pgprot_t vm_get_page_prot(unsigned long vm_flags);

/**
 * vma_pages - the number of pages a vma spans
 * @vma: the vma
 *
 * Return: (vm_end - vm_start) in pages.
 */
static inline unsigned long vma_pages(struct vm_area_struct *vma)
{
	return (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
}

struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr);
#define FOLL_WRITE 0x01 /* follow_page: only a writable pte */
#define FOLL_GET 0x04 /* follow_page: take a reference on the page */
struct page *follow_page(struct vm_area_struct *vma, unsigned long address,
			 unsigned int foll_flags);
struct vm_area_struct *find_vma_prev(struct mm_struct *mm, unsigned long addr,
				     struct vm_area_struct **pprev);
int insert_vm_struct(struct mm_struct *mm, struct vm_area_struct *vma);
int expand_stack(struct vm_area_struct *vma, unsigned long address);
unsigned long get_unmapped_area(struct file *file, unsigned long addr, unsigned long len,
				unsigned long pgoff, unsigned long flags);
unsigned long do_mmap_pgoff(struct file *file, unsigned long addr, unsigned long len,
			    unsigned long prot, unsigned long flags, unsigned long pgoff);
unsigned long mmap_region(struct file *file, unsigned long addr, unsigned long len,
			  unsigned long flags, unsigned long vm_flags, unsigned long pgoff);

/**
 * do_mmap - do_mmap_pgoff() with the offset in bytes
 * @file: the file to map, or NULL for anonymous memory
 * @addr: the hint, or the address with MAP_FIXED
 * @len: the length
 * @prot: PROT_* bits
 * @flag: MAP_* bits
 * @offset: the file offset, a multiple of PAGE_SIZE
 *
 * Context: mmap_sem held for writing; may sleep.
 * Return: the address, or -EINVAL for an unaligned or overflowing offset,
 * or as do_mmap_pgoff().
 */
static inline unsigned long do_mmap(struct file *file, unsigned long addr, unsigned long len,
				    unsigned long prot, unsigned long flag, unsigned long offset)
{
	if (offset + PAGE_ALIGN(len) < offset)
		return -EINVAL;
	if (offset & ~PAGE_MASK)
		return -EINVAL;
	return do_mmap_pgoff(file, addr, len, prot, flag, offset >> PAGE_SHIFT);
}

int generic_file_mmap(struct file *file, struct vm_area_struct *vma);
int generic_file_readonly_mmap(struct file *file, struct vm_area_struct *vma);
int filemap_fault(struct vm_area_struct *vma, struct vm_fault *vmf);
int do_munmap(struct mm_struct *mm, unsigned long start, unsigned long len);
unsigned long vm_mmap(struct file *file, unsigned long addr, unsigned long len,
		      unsigned long prot, unsigned long flag, unsigned long offset);
int vm_munmap(unsigned long start, size_t len);
/* The most vmas an address space may have (2.6.32's sysctl_max_map_count default) */
#define DEFAULT_MAX_MAP_COUNT 65530

int split_vma(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long addr,
	      int new_below);
struct vm_area_struct *copy_vma(struct vm_area_struct **vmap, unsigned long addr,
				unsigned long len, unsigned long pgoff);
void vm_stat_account(struct mm_struct *mm, unsigned long flags, struct file *file, long pages);
unsigned long do_mremap(unsigned long addr, unsigned long old_len, unsigned long new_len,
			unsigned long flags, unsigned long new_addr);
void vma_adjust(struct vm_area_struct *vma, unsigned long start, unsigned long end,
		unsigned long pgoff, struct vm_area_struct *insert);
struct vm_area_struct *vma_merge(struct mm_struct *mm, struct vm_area_struct *prev,
				 unsigned long addr, unsigned long end, unsigned long vm_flags,
				 struct file *file, unsigned long pgoff);
/* mm/mlock.c (2.6.32 declares the last two in mm/internal.h) */
int can_do_mlock(void);
long mlock_vma_pages_range(struct vm_area_struct *vma, unsigned long start, unsigned long end);
void munlock_vma_pages_range(struct vm_area_struct *vma, unsigned long start, unsigned long end);
void __vma_link_rb(struct mm_struct *mm, struct vm_area_struct *vma, struct rb_node **rb_link,
		   struct rb_node *rb_parent);
struct address_space;
void unmap_mapping_range(struct address_space *mapping, loff_t const holebegin,
			 loff_t const holelen, int even_cows);
unsigned long do_brk(unsigned long addr, unsigned long len);
void exit_mmap(struct mm_struct *mm);
int handle_mm_fault(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long address,
		    unsigned int flags);
int copy_page_range(struct mm_struct *dst, struct mm_struct *src, struct vm_area_struct *vma);
void unmap_page_range(struct mm_struct *mm, unsigned long start, unsigned long end);
void change_protection(struct mm_struct *mm, unsigned long start, unsigned long end,
		       pgprot_t newprot);
void free_pgd_range(struct mm_struct *mm, unsigned long start, unsigned long end);
struct vm_area_struct *vm_area_alloc(struct mm_struct *mm);
void vm_area_free(struct vm_area_struct *vma);

#define FAULT_FLAG_WRITE 0x01

#include <linux/vmstat.h>

/*
 * A user page table (a pte page) entering and leaving service, as
 * 2.6.32's: it counts in NR_PAGETABLE, meminfo's PageTables. Only user
 * pte pages count: not the kernel's own tables, nor (on i386 without
 * PAE) the page directory. 2.6.32 also sets up the split pte lock here;
 * Linnet has one page_table_lock per mm.
 */
static inline void pgtable_page_ctor(struct page *page)
{
	inc_zone_page_state(page, NR_PAGETABLE);
}

static inline void pgtable_page_dtor(struct page *page)
{
	dec_zone_page_state(page, NR_PAGETABLE);
}

struct task_struct;
int access_process_vm(struct task_struct *tsk, unsigned long addr, void *buf, int len, int write);

#endif /* _LINUX_MM_H */
