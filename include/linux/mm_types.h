/*
 * mm_types.h - struct page: what the kernel knows about each physical page.
 *
 * There is one struct page for every page frame of RAM, in the array
 * mem_map (mem_map[pfn] describes physical page pfn). It must stay small,
 * because there are many: 32 bytes on i386, which is 0.8% of memory.
 * Its fields mean different things depending on who owns the page:
 *
 *   free in the buddy allocator:  PageBuddy set, @private = the block's
 *                                 order, @lru links it in free_area[order]
 *   on a per-CPU page list:       @lru links it in the list
 *   owned by the slab layer:      PageSlab set, @lru.next = the cache,
 *                                 @lru.prev = the slab (how kfree finds them)
 *   a compound page's tail:       PageTail set, @first_page = the head
 *                                 (sharing its word with @private)
 *
 * The zone a page belongs to is kept in the top bits of @flags. There is
 * no virtual-address field: a low page's address is computed from its pfn,
 * a high page's is looked up in the kmap tables (mm/highmem.c), as Linux
 * on i386 does. See docs/memory.md.
 */
#ifndef _LINUX_MM_TYPES_H
#define _LINUX_MM_TYPES_H

#include <linux/types.h>
#include <linux/atomic.h>
#include <linux/list.h>
#include <linux/rwsem.h>
#include <linux/rbtree.h>
#include <linux/auxvec.h>
#include <asm/mmu.h>
#include <asm/page.h>

struct address_space;

/**
 * struct page - the state of one physical page frame
 * @flags: PG_* bits (include/linux/page-flags.h); the zone number in the top bits
 * @_count: references; 0 when free. Use page_count(), get_page(), put_page()
 * @_mapcount: -1 when the page is not mapped in any page table, else mappings - 1
 * @private: for a free buddy block, its order; otherwise the owner's
 * @mapping: the file's address_space of a page-cache page (mm/filemap.c), else NULL
 * @first_page: for a compound page's tail pages, the head page (in place
 *              of @private, which a tail page does not use)
 * @index: the page's offset within @mapping, in pages. With
 *         CONFIG_DEBUG_PAGE_ORDER (Linnet's option, on in the test
 *         kernels) an allocated block that is not compound also keeps
 *         the order it was allocated with here until it is freed, so
 *         that freeing it with another order is caught (mm/page_alloc.c)
 * @lru: list link: free lists, per-CPU lists, or (slab) the cache and slab
 *
 * 2.6.32's layout on i386 with SLAB and one CPU, 32 bytes. 2.6.32 also
 * unions SLUB's fields (inuse/objects with @_mapcount, slab with
 * @first_page, freelist with @index) and the split page-table lock
 * (more than 4 CPUs); Linnet has neither SLUB nor SMP.
 */
struct page {
	unsigned long flags;
	atomic_t _count;
	atomic_t _mapcount;
	union {
		struct {
			unsigned long private;
			struct address_space *mapping;
		};
		struct page *first_page;
	};
	pgoff_t index;
	struct list_head lru;
};

/*
 * A process's address space (2.6.32's layout of these two structs, less
 * what Linnet does not have: no anon_vma, no mempolicy, no prio tree).
 *
 *   mm_struct --mmap--> vma --vm_next--> vma --vm_next--> NULL
 *       |               [vm_start, vm_end) sorted by address, disjoint
 *       +--mm_rb--> the same vmas in a red-black tree keyed by vm_start
 *       +--pgd--> page directory: user half own, kernel half shared
 *
 * Every vma is in both at once, as in 2.6.32: the list (vm_next) walks
 * the address space in order (fork, exit, /proc/PID/maps, munmap of a
 * range), the tree (vm_rb in mm_rb) finds the vma of an address in
 * O(log n) (find_vma, behind the one-entry mmap_cache), and gives the
 * place where a new vma goes (find_vma_prepare). Since vmas never
 * overlap, sorting by vm_start also sorts by vm_end; a vma that grows or
 * shrinks in place (stack growth, vma_adjust) keeps its place in both.
 * mm/mmap.c keeps them in step. See docs/processes.md.
 */
struct mm_struct;
struct file;
struct vm_operations_struct;

/**
 * struct vm_area_struct - one contiguous range of a process's address space
 * @vm_mm: the address space it belongs to
 * @vm_start: first address
 * @vm_end: first address after the range
 * @vm_next: the next vma by address, or NULL
 * @vm_rb: its node in the mm's mm_rb tree, sorted by address
 * @vm_page_prot: the pte protection bits of its pages (before COW)
 * @vm_flags: VM_READ, VM_WRITE, VM_EXEC, VM_SHARED, VM_GROWSDOWN...
 * @vm_pgoff: offset in the file, in pages; for private anonymous memory
 *            vm_start >> PAGE_SHIFT (as 2.6.32, so that merges and splits
 *            need no special case), 0 for shared anonymous memory
 * @vm_file: the mapped file, or NULL (anonymous); the vma holds a reference
 * @vm_ops: what faults and unmaps do for a file mapping (the file's
 *          ->mmap sets it), NULL for anonymous memory
 * @shared: in its file's address_space i_mmap list (2.6.32: a node of
 *          the i_mmap prio tree, which finds the vmas covering an offset
 *          faster than Linnet's list walk)
 */
struct vm_area_struct {
	struct mm_struct *vm_mm;
	unsigned long vm_start;
	unsigned long vm_end;
	struct vm_area_struct *vm_next;
	struct rb_node vm_rb;
	pgprot_t vm_page_prot;
	unsigned long vm_flags;
	unsigned long vm_pgoff;
	struct file *vm_file;
	const struct vm_operations_struct *vm_ops;
	struct list_head shared;
};

/**
 * struct mm_struct - a process's address space
 * @mmap: the vmas, sorted by address
 * @mm_rb: the same vmas in a red-black tree, for find_vma()
 * @mmap_cache: the vma find_vma() found last
 * @free_area_cache: where get_unmapped_area() looks next (top-down)
 * @mmap_base: the top of the mmap area (below the stack's gap)
 * @pgd: the page directory; CR3 holds __pa(pgd) while it runs
 * @mm_users: tasks using it (threads share one); exit_mmap at 0
 * @mm_count: references to the struct itself (mm_users counts as one)
 * @map_count: number of vmas
 * @mmap_sem: writers change the vma list; the fault handler reads it
 * @page_table_lock: guards the page tables and the counters below
 * @total_vm: pages mapped
 * @locked_vm: pages of VM_LOCKED vmas (mlock; /proc/PID/status VmLck)
 * @stack_vm: pages of VM_GROWSDOWN vmas
 * @def_flags: vm_flags every new vma gets: VM_LOCKED after mlockall(MCL_FUTURE)
 * @start_code: where the program's text starts
 * @end_code: where it ends
 * @start_data: where its data starts
 * @end_data: where it ends
 * @start_brk: the start of the heap (the end of the bss)
 * @brk: the heap's current end, moved by brk()
 * @start_stack: the initial stack pointer's page
 * @arg_start: where argv's strings start on the stack
 * @arg_end: where they end
 * @env_start: where envp's strings start
 * @env_end: where they end
 * @exe_file: the program's file, which /proc/PID/exe shows (NULL for a
 *            program built into the kernel image)
 * @flags: MMF_* bits: the dumpable flag (include/linux/sched.h)
 * @saved_auxv: the auxiliary vector exec gave the program, to AT_NULL
 *              (/proc/PID/auxv)
 * @context: the MMU's extra: the local descriptor table (modify_ldt)
 */
struct mm_struct {
	struct vm_area_struct *mmap;
	struct rb_root mm_rb;
	struct vm_area_struct *mmap_cache;
	unsigned long free_area_cache;
	unsigned long mmap_base;
	pgd_t *pgd;
	atomic_t mm_users;
	atomic_t mm_count;
	int map_count;
	struct rw_semaphore mmap_sem;
	spinlock_t page_table_lock;
	unsigned long total_vm, locked_vm, stack_vm;
	unsigned long def_flags; /* VM_LOCKED after mlockall(MCL_FUTURE) */
	unsigned long start_code, end_code, start_data, end_data;
	unsigned long start_brk, brk, start_stack;
	unsigned long arg_start, arg_end, env_start, env_end;
	struct file *exe_file;
	unsigned long flags;
	unsigned long saved_auxv[AT_VECTOR_SIZE];
	mm_context_t context;
};

extern struct mm_struct init_mm;

#endif /* _LINUX_MM_TYPES_H */
