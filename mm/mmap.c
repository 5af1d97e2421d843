/*
 * mmap.c - the vmas of an address space: find, insert, split, merge, unmap; mmap and brk.
 *
 * A process's address space is a sorted list of disjoint vmas (struct
 * vm_area_struct, include/linux/mm_types.h), each a range with one set of
 * permissions. Nothing is mapped when a vma is made: the page fault
 * handler fills pages in on first touch (mm/memory.c). The layout is
 * 2.6.32's on i386 with the top-down mmap layout:
 *
 *   0xC0000000  TASK_SIZE
 *               stack (VM_GROWSDOWN, grows on faults just below it)
 *               gap of 128 MiB (2.6.32: the stack rlimit, at least 128 MiB)
 *   mmap_base   mmap() areas, handed out downward
 *               ...
 *               brk heap (grows up from start_brk)
 *               bss, data, text of the program (from the ELF file)
 *   0x00001000  mmap_min_addr: page 0 is never mapped
 *
 * A file mapping (do_mmap_pgoff with a file, as 2.6.32's mm/mmap.c) is
 * a vma with vm_file (holding a reference to the open file), vm_pgoff
 * (where in the file it starts) and the vm_ops the file's ->mmap gives
 * it (generic_file_mmap: filemap_fault, mm/filemap.c). Its pages come
 * from the page cache on faults (mm/memory.c:__do_fault). The checks
 * are 2.6.32's: a file without ->mmap is -ENODEV; MAP_SHARED with
 * PROT_WRITE needs a file open for writing, and any mapping one open for
 * reading (-EACCES); a MAP_SHARED mapping of a read-only open may never
 * become writable (VM_MAYWRITE is dropped). MAP_DENYWRITE (only exec
 * passes it: the system call strips it) marks the vma VM_DENYWRITE,
 * which keeps the file's i_writecount negative while it exists: writers
 * get -ETXTBSY (fs/namei.c:get_write_access).
 *
 * The vmas are kept twice, as in 2.6.32: in a list sorted by address
 * (mm->mmap, vm_next) for the walks that visit them all in order, and
 * in a red-black tree (mm->mm_rb, vm_rb, lib/rbtree.c) for find_vma(),
 * which answers "which vma holds this address" in O(log n) behind the
 * one-entry mmap_cache. find_vma_prepare() makes the same walk for an
 * insertion and returns the vma before the new one (for the list) and
 * the empty link in the tree where it hangs (vma_link). Every change
 * keeps both in step: vma_adjust() moves boundaries between neighbours
 * (no vma passes another, so no node is re-sorted) and erases the
 * vmas a merge absorbs; split_vma() links its new half through it;
 * do_munmap() detaches a run of vmas from both at once
 * (detach_vmas_to_be_unmapped); fork copies the tree by appending in
 * order (kernel/fork.c:dup_mmap). tests/kernel/mmap_rb_test.c checks
 * after every step that the two agree.
 *
 * As 2.6.32, a new mapping, brk's growth and mprotect's change of part
 * of a vma merge with the neighbours when the flags, the file and the
 * offsets agree (vma_merge); a private anonymous vma's vm_pgoff is its
 * start address in pages, so that two such vmas side by side always
 * agree. Linnet has no anon_vma, mempolicy or VM_ACCOUNT, which 2.6.32
 * also compares; shared anonymous memory
 * never merges (2.6.32 gives each mapping its own shmem file). Linnet
 * randomises nothing (no ASLR), so runs repeat exactly. Anonymous
 * MAP_SHARED memory is populated at mmap time, so that fork shares every
 * page of it (2.6.32 backs it with shmem). A file's vmas are linked on
 * its address_space, not in 2.6.32's i_mmap prio tree but on a plain
 * list, which truncate walks to unmap the pages past the new end
 * (mm/memory.c:unmap_mapping_range). 2.6.32.69's vm_prev (a stable
 * backport for the stack guard page) is left out: find_vma_prev() walks
 * the tree instead.
 *
 * VM_LOCKED (mlock, MAP_LOCKED, mlockall(MCL_FUTURE) through
 * mm->def_flags) is kept here as 2.6.32 keeps it: a new locked mapping
 * or heap growth is checked against RLIMIT_MEMLOCK and its pages locked
 * at once (mm/mlock.c), and munmap and exit unlock the pages before they
 * go, so locked_vm and NR_MLOCK come back.
 * See docs/processes.md.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/mman.h>
#include <linux/capability.h>
#include <linux/resource.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/rwsem.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/mount.h>
#include <linux/dcache.h>
#include <asm/uaccess.h>

#define RLIMIT_STACK_DEFAULT (8UL << 20)

static struct kmem_cache *vm_area_cachep;

/**
 * mmap_init - create the vm_area_struct cache
 *
 * Context: boot, after the slab allocator.
 */
void __init mmap_init(void)
{
	vm_area_cachep = kmem_cache_create("vm_area_struct", sizeof(struct vm_area_struct), 0,
					   SLAB_PANIC, NULL);
}

/**
 * vm_area_alloc - a zeroed vma for @mm
 * @mm: the address space it will belong to
 *
 * Context: process context; may sleep.
 * Return: the vma, or NULL.
 */
struct vm_area_struct *vm_area_alloc(struct mm_struct *mm)
{
	struct vm_area_struct *vma = kmem_cache_zalloc(vm_area_cachep, GFP_KERNEL);

	if (vma)
		vma->vm_mm = mm;
	return vma;
}

/**
 * vm_area_free - free a vma that is in no list
 * @vma: the vma
 *
 * Context: any.
 */
void vm_area_free(struct vm_area_struct *vma)
{
	kmem_cache_free(vm_area_cachep, vma);
}

/* The vma a node of mm_rb is embedded in */
static inline struct vm_area_struct *rb_to_vma(struct rb_node *node)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
	return rb_entry(node, struct vm_area_struct, vm_rb);
}

/*
 * The walk every lookup makes: down the tree from the root, keeping the
 * lowest vma seen so far that ends above @addr. A vma ending at or below
 * @addr sends the walk right (everything wanted is higher); one ending
 * above it is a candidate, and the walk goes left to look for a lower
 * one, unless the candidate contains @addr, which ends the walk: no
 * other vma can. @prev collects the last vma the walk passed on its
 * right turns, which is the vma just below the answer when the walk
 * ends at a leaf (find_vma_prepare); @rb_link and @rb_parent say where
 * the walk fell off the tree, which is where a vma starting at @addr
 * would hang.
 */
static struct vm_area_struct *find_vma_prepare(struct mm_struct *mm, unsigned long addr,
					       struct vm_area_struct **pprev,
					       struct rb_node ***rb_link,
					       struct rb_node **rb_parent)
{
	struct rb_node **link = &mm->mm_rb.rb_node, *parent = NULL, *left_of = NULL;
	struct vm_area_struct *vma = NULL;

	while (*link) {
		struct vm_area_struct *tmp = rb_to_vma(*link);

		parent = *link;
		if (tmp->vm_end > addr) {
			vma = tmp;
			if (tmp->vm_start <= addr)
				break;
			link = &parent->rb_left;
		} else {
			left_of = parent;
			link = &parent->rb_right;
		}
	}
	*pprev = left_of ? rb_to_vma(left_of) : NULL;
	*rb_link = link;
	*rb_parent = parent;
	return vma;
}

/**
 * find_vma - the first vma that ends above @addr
 * @mm: the address space
 * @addr: the address
 *
 * The vma may start above @addr: the caller checks vm_start. The last
 * answer is kept in mm->mmap_cache, which a fault loop or a
 * get_unmapped_area() search hits often; otherwise the rbtree is walked
 * from the root, O(log n) in the number of vmas (2.6.32's find_vma).
 *
 * Context: mmap_sem held.
 * Return: the vma, or NULL if every vma ends at or below @addr.
 */
struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma = mm->mmap_cache;
	struct rb_node *node;

	if (vma && vma->vm_end > addr && vma->vm_start <= addr)
		return vma;
	vma = NULL;
	node = mm->mm_rb.rb_node;
	while (node) {
		struct vm_area_struct *tmp = rb_to_vma(node);

		if (tmp->vm_end > addr) {
			vma = tmp;
			if (tmp->vm_start <= addr)
				break;
			node = node->rb_left;
		} else {
			node = node->rb_right;
		}
	}
	if (vma)
		mm->mmap_cache = vma;
	return vma;
}
EXPORT_SYMBOL(find_vma);

/**
 * find_vma_prev - find_vma(), and the vma before it
 * @mm: the address space
 * @addr: the address
 * @pprev: set to the vma before the result (the last vma if the result
 *         is NULL; NULL if there is none)
 *
 * The tree walk looks for the last vma ending at or below @addr: the
 * answer is the one after it in the list (or the first vma, if none
 * ends that low). As 2.6.32's, it does not use or set mmap_cache.
 *
 * Context: mmap_sem held.
 * Return: as find_vma().
 */
struct vm_area_struct *find_vma_prev(struct mm_struct *mm, unsigned long addr,
				     struct vm_area_struct **pprev)
{
	struct vm_area_struct *prev = NULL;
	struct rb_node *node = mm->mm_rb.rb_node;

	while (node) {
		struct vm_area_struct *tmp = rb_to_vma(node);

		if (addr < tmp->vm_end) {
			node = node->rb_left;
		} else {
			prev = tmp;
			if (!tmp->vm_next || addr < tmp->vm_next->vm_end)
				break;
			node = node->rb_right;
		}
	}
	*pprev = prev;
	return prev ? prev->vm_next : mm->mmap;
}

/**
 * vm_stat_account - count @pages of a vma in the mm's per-kind counters
 * @mm: the address space
 * @flags: the vma's flags
 * @file: the vma's file (unused: Linnet counts shared_vm and exec_vm by
 *        walking the vmas, fs/proc/task_mmu.c)
 * @pages: how many pages came (or, negative, went)
 *
 * Only stack_vm is kept as a counter; total_vm is the caller's, as in 2.6.32.
 *
 * Context: mmap_sem held for writing (or for reading, by expand_stack).
 */
void vm_stat_account(struct mm_struct *mm, unsigned long flags, struct file *file, long pages)
{
	if (flags & VM_GROWSDOWN)
		mm->stack_vm += pages;
}

/*
 * A file vma goes on its file's i_mmap list (truncate finds the ptes to
 * clear there); one mapping a program's text keeps the file from being
 * written (-ETXTBSY). 2.6.32's __vma_link_file, with a list for the
 * prio tree.
 */
static void vma_link_file(struct vm_area_struct *vma)
{
	struct address_space *mapping;

	if (!vma->vm_file)
		return;
	if (vma->vm_flags & VM_DENYWRITE)
		atomic_dec(&vma->vm_file->f_path.dentry->d_inode->i_writecount);
	mapping = vma->vm_file->f_mapping;
	spin_lock(&mapping->i_mmap_lock);
	list_add_tail(&vma->shared, &mapping->i_mmap);
	spin_unlock(&mapping->i_mmap_lock);
}

/* Take a vma off its file's i_mmap list; the vma's hold on the file stays */
static void vma_unlink_file(struct vm_area_struct *vma)
{
	struct file *file = vma->vm_file;

	if (!file)
		return;
	spin_lock(&file->f_mapping->i_mmap_lock);
	list_del(&vma->shared);
	spin_unlock(&file->f_mapping->i_mmap_lock);
	if (vma->vm_flags & VM_DENYWRITE)
		atomic_inc(&file->f_path.dentry->d_inode->i_writecount);
}

/* Undo vma_link_file(), drop the vma's hold on its file, and free it */
static struct vm_area_struct *remove_vma(struct vm_area_struct *vma)
{
	struct vm_area_struct *next = vma->vm_next;

	if (vma->vm_ops && vma->vm_ops->close)
		vma->vm_ops->close(vma);
	vma_unlink_file(vma);
	if (vma->vm_file)
		fput(vma->vm_file);
	vm_area_free(vma);
	return next;
}

/*
 * Put @vma in the list after @prev (first if @prev is NULL), where
 * find_vma_prepare() said it belongs.
 */
static void __vma_link_list(struct mm_struct *mm, struct vm_area_struct *vma,
			    struct vm_area_struct *prev)
{
	if (prev) {
		vma->vm_next = prev->vm_next;
		prev->vm_next = vma;
	} else {
		vma->vm_next = mm->mmap;
		mm->mmap = vma;
	}
}

/**
 * __vma_link_rb - hang a vma in its mm's tree and rebalance
 * @mm: the address space
 * @vma: the vma, in no tree
 * @rb_link: the empty child pointer find_vma_prepare() (or fork's copy,
 *           always going right) stopped at
 * @rb_parent: the node that pointer belongs to, or NULL for the root
 *
 * Context: mmap_sem held for writing.
 */
void __vma_link_rb(struct mm_struct *mm, struct vm_area_struct *vma, struct rb_node **rb_link,
		   struct rb_node *rb_parent)
{
	rb_link_node(&vma->vm_rb, rb_parent, rb_link);
	rb_insert_color(&vma->vm_rb, &mm->mm_rb);
}

static void __vma_link(struct mm_struct *mm, struct vm_area_struct *vma,
		       struct vm_area_struct *prev, struct rb_node **rb_link,
		       struct rb_node *rb_parent)
{
	__vma_link_list(mm, vma, prev);
	__vma_link_rb(mm, vma, rb_link, rb_parent);
}

/* A new vma into the list, the tree and its file's list (2.6.32's vma_link) */
static void vma_link(struct mm_struct *mm, struct vm_area_struct *vma, struct vm_area_struct *prev,
		     struct rb_node **rb_link, struct rb_node *rb_parent)
{
	__vma_link(mm, vma, prev, rb_link, rb_parent);
	vma_link_file(vma);
	mm->map_count++;
}

/* split_vma's half into the list and the tree; its file link is made already */
static void __insert_vm_struct(struct mm_struct *mm, struct vm_area_struct *vma)
{
	struct vm_area_struct *prev, *next;
	struct rb_node **rb_link, *rb_parent;

	next = find_vma_prepare(mm, vma->vm_start, &prev, &rb_link, &rb_parent);
	BUG_ON(next && next->vm_start < vma->vm_end);
	__vma_link(mm, vma, prev, rb_link, rb_parent);
	mm->map_count++;
}

/* Take @vma (which follows @prev) out of the list and the tree */
static void __vma_unlink(struct mm_struct *mm, struct vm_area_struct *vma,
			 struct vm_area_struct *prev)
{
	prev->vm_next = vma->vm_next;
	rb_erase(&vma->vm_rb, &mm->mm_rb);
	if (mm->mmap_cache == vma)
		mm->mmap_cache = prev;
}

/**
 * insert_vm_struct - link a vma into its address space's list and tree
 * @mm: the address space
 * @vma: the new vma
 *
 * A private anonymous vma gets vm_pgoff = vm_start >> PAGE_SHIFT, as in
 * 2.6.32. Unlike 2.6.32's (whose callers account the pages themselves:
 * exec sets total_vm to 1), Linnet's adds the vma's pages to total_vm
 * and stack_vm: exec's stack is its only caller.
 *
 * Context: mmap_sem held for writing.
 * Return: 0, or -ENOMEM if it overlaps a vma already there.
 */
int insert_vm_struct(struct mm_struct *mm, struct vm_area_struct *vma)
{
	struct vm_area_struct *prev, *next;
	struct rb_node **rb_link, *rb_parent;
	long pages = vma_pages(vma);

	if (!vma->vm_file && !(vma->vm_flags & VM_SHARED))
		vma->vm_pgoff = vma->vm_start >> PAGE_SHIFT;
	next = find_vma_prepare(mm, vma->vm_start, &prev, &rb_link, &rb_parent);
	if (next && next->vm_start < vma->vm_end)
		return -ENOMEM;
	vma->vm_mm = mm;
	vma_link(mm, vma, prev, rb_link, rb_parent);
	mm->total_vm += pages;
	vm_stat_account(mm, vma->vm_flags, vma->vm_file, pages);
	return 0;
}

/* Set a vma's range and offset, under its file's lock (truncate reads them) */
static void vma_set_range(struct vm_area_struct *vma, unsigned long start, unsigned long end,
			  unsigned long pgoff)
{
	struct address_space *mapping = vma->vm_file ? vma->vm_file->f_mapping : NULL;

	if (mapping)
		spin_lock(&mapping->i_mmap_lock);
	vma->vm_start = start;
	vma->vm_end = end;
	vma->vm_pgoff = pgoff;
	if (mapping)
		spin_unlock(&mapping->i_mmap_lock);
}

/* vma_adjust's removal of a vma merged into the one before it */
static void vma_remove_merged(struct mm_struct *mm, struct vm_area_struct *prev,
			      struct vm_area_struct *next)
{
	__vma_unlink(mm, next, prev);
	vma_unlink_file(next);
	if (next->vm_file)
		fput(next->vm_file);
	mm->map_count--;
	vm_area_free(next);
}

/**
 * vma_adjust - change a vma's range, taking in or giving to its neighbour
 * @vma: the vma
 * @start: its new start
 * @end: its new end
 * @pgoff: its new vm_pgoff
 * @insert: split_vma's new half, to link in once @vma has shrunk; or NULL
 *
 * Without @insert, a new @end may run over the next vma: to its end
 * (the next vma is absorbed and freed; if @end goes beyond it, the one
 * after too: mprotect's case 6 in vma_merge), or into it (the next one
 * starts later: case 5). An @end below @vma's own end gives the pages
 * to the next vma (case 4). No vma moves past another, so the tree's
 * order holds and no node is re-sorted: only the absorbed vmas leave it
 * (rb_erase). Linux 2.6.32's also fixes the anon_vma and the file's
 * prio tree, which Linnet does not have.
 *
 * Context: mmap_sem held for writing.
 */
void vma_adjust(struct vm_area_struct *vma, unsigned long start, unsigned long end,
		unsigned long pgoff, struct vm_area_struct *insert)
{
	struct mm_struct *mm = vma->vm_mm;
	struct vm_area_struct *next = vma->vm_next;
	long adjust_next = 0; /* pages moved from next to vma (< 0: vma to next) */
	int remove_next = 0;

	if (next && !insert) {
		if (end >= next->vm_end) {
			remove_next = 1 + (end > next->vm_end);
			end = next->vm_end;
		} else if (end > next->vm_start) {
			adjust_next = (long)(end - next->vm_start) >> PAGE_SHIFT;
		} else if (end < vma->vm_end) {
			adjust_next = -(long)((vma->vm_end - end) >> PAGE_SHIFT);
		}
	}
	vma_set_range(vma, start, end, pgoff);
	if (adjust_next)
		vma_set_range(next, next->vm_start + adjust_next * PAGE_SIZE, next->vm_end,
			      next->vm_pgoff + adjust_next);
	if (insert)
		__insert_vm_struct(mm, insert);
	while (remove_next) {
		vma_remove_merged(mm, vma, next);
		if (remove_next == 1)
			break;
		/* case 6: the one after next goes too, up to the end asked for */
		next = vma->vm_next;
		remove_next = 1;
		vma_set_range(vma, vma->vm_start, next->vm_end, vma->vm_pgoff);
	}
}

/*
 * Whether a vma and a new range with @vm_flags of @file may become one:
 * the same flags and file, and no ->close that would need to see each
 * vma (2.6.32's is_mergeable_vma). Shared memory that no file backs
 * (anonymous or /dev/zero MAP_SHARED, populated at mmap) never merges:
 * 2.6.32 gives each such mapping a shmem file of its own.
 */
static int is_mergeable_vma(struct vm_area_struct *vma, struct file *file, unsigned long vm_flags)
{
	if (vma->vm_flags != vm_flags || vma->vm_file != file)
		return 0;
	if (vma->vm_ops && vma->vm_ops->close)
		return 0;
	if ((vm_flags & VM_SHARED) && !vma->vm_ops)
		return 0;
	return 1;
}

/* May the range (ending at page offset @vm_pgoff + its length) go just below @vma? */
static int can_vma_merge_before(struct vm_area_struct *vma, unsigned long vm_flags,
				struct file *file, unsigned long vm_pgoff)
{
	return is_mergeable_vma(vma, file, vm_flags) && vma->vm_pgoff == vm_pgoff;
}

/* May the range starting at page offset @vm_pgoff go just above @vma? */
static int can_vma_merge_after(struct vm_area_struct *vma, unsigned long vm_flags,
			       struct file *file, unsigned long vm_pgoff)
{
	return is_mergeable_vma(vma, file, vm_flags) && vma->vm_pgoff + vma_pages(vma) == vm_pgoff;
}

/**
 * vma_merge - make [@addr, @end) part of a neighbouring vma if it can be
 * @mm: the address space
 * @prev: the vma before @addr (NULL if none)
 * @addr: the range's start
 * @end: the range's end
 * @vm_flags: the flags the range is to have
 * @file: its file, or NULL
 * @pgoff: the page offset of @addr in the file (or the anonymous pgoff)
 *
 * For mmap and brk the range is unmapped: it may extend @prev up, the
 * next vma down, or fill the hole between them and join all three. For
 * mprotect the range lies inside @prev or at the start of the next vma
 * and is about to get @vm_flags: the boundary between the two may move
 * instead (the eight cases drawn above 2.6.32's vma_merge). Each case
 * is one vma_adjust().
 *
 * Context: mmap_sem held for writing.
 * Return: the vma that now covers the range, or NULL if none could.
 */
struct vm_area_struct *vma_merge(struct mm_struct *mm, struct vm_area_struct *prev,
				 unsigned long addr, unsigned long end, unsigned long vm_flags,
				 struct file *file, unsigned long pgoff)
{
	unsigned long pglen = (end - addr) >> PAGE_SHIFT;
	struct vm_area_struct *area, *next;

	next = prev ? prev->vm_next : mm->mmap;
	area = next;
	if (next && next->vm_end == end) /* mprotect of all of next: look past it */
		next = next->vm_next;
	if (prev && prev->vm_end == addr && can_vma_merge_after(prev, vm_flags, file, pgoff)) {
		if (next && end == next->vm_start &&
		    can_vma_merge_before(next, vm_flags, file, pgoff + pglen))
			vma_adjust(prev, prev->vm_start, next->vm_end, prev->vm_pgoff, NULL);
		else
			vma_adjust(prev, prev->vm_start, end, prev->vm_pgoff, NULL);
		return prev;
	}
	if (next && end == next->vm_start &&
	    can_vma_merge_before(next, vm_flags, file, pgoff + pglen)) {
		if (prev && addr < prev->vm_end) /* the boundary moves down into prev */
			vma_adjust(prev, prev->vm_start, addr, prev->vm_pgoff, NULL);
		else /* next grows down over the range (and over area, for mprotect) */
			vma_adjust(area, addr, next->vm_end, next->vm_pgoff - pglen, NULL);
		return area;
	}
	return NULL;
}

/**
 * copy_vma - a vma for [@addr, @addr + @len) like *@vmap, for mremap's move
 * @vmap: the vma being moved; updated if a merge swallowed it
 * @addr: the new start
 * @len: the new length
 * @pgoff: the file offset of the new start
 *
 * The new range first tries to join a neighbour (vma_merge); the source
 * vma itself may be that neighbour, when the range is moved next to it,
 * and then *@vmap becomes the merged vma. Otherwise a copy of the vma
 * (one more reference on its file, the vm_ops' open) is linked there.
 * The new vma keeps the page offset it had (@pgoff), also for private
 * anonymous memory: 2.6.32 does so for a vma whose pages exist (it has
 * an anon_vma, whose pages are indexed by it) and gives one never
 * touched the pgoff of its new address; Linnet, with no anon_vma to
 * tell them apart, treats every moved vma as touched, so it merges
 * only with neighbours whose offsets line up with its old place.
 *
 * Context: mmap_sem held for writing.
 * Return: the vma now covering the new range, or NULL (no memory).
 */
struct vm_area_struct *copy_vma(struct vm_area_struct **vmap, unsigned long addr, unsigned long len,
				unsigned long pgoff)
{
	struct vm_area_struct *vma = *vmap, *new_vma, *prev;
	unsigned long vma_start = vma->vm_start;
	struct mm_struct *mm = vma->vm_mm;
	struct rb_node **rb_link, *rb_parent;

	find_vma_prepare(mm, addr, &prev, &rb_link, &rb_parent);
	new_vma = vma_merge(mm, prev, addr, addr + len, vma->vm_flags, vma->vm_file, pgoff);
	if (new_vma) {
		if (vma_start >= new_vma->vm_start && vma_start < new_vma->vm_end)
			*vmap = new_vma;
		return new_vma;
	}
	new_vma = vm_area_alloc(mm);
	if (!new_vma)
		return NULL;
	*new_vma = *vma;
	new_vma->vm_start = addr;
	new_vma->vm_end = addr + len;
	new_vma->vm_pgoff = pgoff;
	if (new_vma->vm_file)
		get_file(new_vma->vm_file);
	if (new_vma->vm_ops && new_vma->vm_ops->open)
		new_vma->vm_ops->open(new_vma);
	vma_link(mm, new_vma, prev, rb_link, rb_parent);
	return new_vma;
}

/**
 * split_vma - cut a vma in two at @addr
 * @mm: its address space
 * @vma: the vma
 * @addr: a page-aligned address strictly inside it
 * @new_below: nonzero to give the new vma the lower part, 0 the upper
 *
 * The new vma maps the same file (one more reference) at the right
 * offset and gets the vm_ops' open; vma_adjust() shrinks @vma and links
 * the new one into the list and the tree.
 *
 * Context: mmap_sem held for writing.
 * Return: 0, or -ENOMEM (no memory, or the mm has the most vmas allowed).
 */
int split_vma(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long addr, int new_below)
{
	struct vm_area_struct *new;

	if (mm->map_count >= DEFAULT_MAX_MAP_COUNT)
		return -ENOMEM;
	new = vm_area_alloc(mm);
	if (!new)
		return -ENOMEM;
	*new = *vma;
	if (new_below) {
		new->vm_end = addr;
	} else {
		new->vm_start = addr;
		new->vm_pgoff += (addr - vma->vm_start) >> PAGE_SHIFT;
	}
	if (new->vm_file) {
		get_file(new->vm_file);
		vma_link_file(new);
	}
	if (new->vm_ops &&new->vm_ops->open)
		new->vm_ops->open(new);
	if (new_below)
		vma_adjust(vma, addr, vma->vm_end,
			   vma->vm_pgoff + ((addr - new->vm_start) >> PAGE_SHIFT), new);
	else
		vma_adjust(vma, vma->vm_start, addr, vma->vm_pgoff, new);
	return 0;
}

/*
 * Take the vmas from @vma up to @end out of the list and the tree (they
 * stay chained by vm_next, the last one ending the chain) for
 * unmap_region() and remove_vma_list().
 */
static void detach_vmas_to_be_unmapped(struct mm_struct *mm, struct vm_area_struct *vma,
				       struct vm_area_struct *prev, unsigned long end)
{
	struct vm_area_struct **insertion_point = prev ? &prev->vm_next : &mm->mmap;
	struct vm_area_struct *tail = NULL;

	do {
		rb_erase(&vma->vm_rb, &mm->mm_rb);
		mm->map_count--;
		tail = vma;
		vma = vma->vm_next;
	} while (vma && vma->vm_start < end);
	*insertion_point = vma;
	tail->vm_next = NULL;
	mm->mmap_cache = NULL;
}

/* Clear the ptes of a detached chain of vmas, releasing their pages */
static void unmap_region(struct mm_struct *mm, struct vm_area_struct *vma)
{
	for (; vma; vma = vma->vm_next)
		unmap_page_range(mm, vma->vm_start, vma->vm_end);
}

/* Uncount and free a detached chain of vmas */
static void remove_vma_list(struct mm_struct *mm, struct vm_area_struct *vma)
{
	do {
		long pages = vma_pages(vma);

		mm->total_vm -= pages;
		vm_stat_account(mm, vma->vm_flags, vma->vm_file, -pages);
		vma = remove_vma(vma);
	} while (vma);
}

/* Unlock the locked vmas from @vma up to @end before they go (2.6.32's do_munmap) */
static void munlock_range(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long end)
{
	for (; vma && vma->vm_start < end; vma = vma->vm_next) {
		if (vma->vm_flags & VM_LOCKED) {
			mm->locked_vm -= vma_pages(vma);
			munlock_vma_pages_range(vma, vma->vm_start, vma->vm_end);
		}
	}
}

/**
 * do_munmap - remove every mapping in [@start, @start + @len)
 * @mm: the address space
 * @start: page-aligned start
 * @len: length (rounded up to pages)
 *
 * The vmas straddling either end are split first (so a failure leaves
 * everything mapped), then the vmas inside are detached from the list
 * and the tree, their pages released, and the vmas freed.
 *
 * Context: mmap_sem held for writing.
 * Return: 0, -EINVAL for a bad range, -ENOMEM if a split failed.
 */
int do_munmap(struct mm_struct *mm, unsigned long start, unsigned long len)
{
	unsigned long end;
	struct vm_area_struct *vma, *prev, *last;
	int error;

	if ((start & ~PAGE_MASK) || start > TASK_SIZE || len > TASK_SIZE - start)
		return -EINVAL;
	len = PAGE_ALIGN(len);
	if (!len)
		return -EINVAL;
	end = start + len;
	vma = find_vma_prev(mm, start, &prev);
	if (!vma || vma->vm_start >= end)
		return 0;
	if (start > vma->vm_start) {
		error = split_vma(mm, vma, start, 0);
		if (error)
			return error;
		prev = vma;
	}
	last = find_vma(mm, end);
	if (last && end > last->vm_start) {
		error = split_vma(mm, last, end, 1);
		if (error)
			return error;
	}
	vma = prev ? prev->vm_next : mm->mmap;
	if (mm->locked_vm)
		munlock_range(mm, vma, end);
	detach_vmas_to_be_unmapped(mm, vma, prev, end);
	unmap_region(mm, vma);
	remove_vma_list(mm, vma);
	return 0;
}

/**
 * get_unmapped_area - find room for a new mapping, top-down from mmap_base
 * @file: the file to be mapped, or NULL (unused: no file has its own
 *        f_op->get_unmapped_area in Linnet)
 * @addr: a hint (used if the room is free there), or 0
 * @len: page-aligned length
 * @pgoff: the file offset in pages (unused, as @file)
 * @flags: MAP_FIXED to take @addr as it is
 *
 * Context: mmap_sem held.
 * Return: the address, or -ENOMEM (or -EINVAL for a bad MAP_FIXED).
 */
unsigned long get_unmapped_area(struct file *file, unsigned long addr, unsigned long len,
				unsigned long pgoff, unsigned long flags)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;

	if (len > TASK_SIZE)
		return -ENOMEM;
	if (flags & MAP_FIXED) {
		if ((addr & ~PAGE_MASK) || addr > TASK_SIZE - len)
			return -EINVAL;
		return addr;
	}
	if (addr) {
		addr = PAGE_ALIGN(addr);
		vma = find_vma(mm, addr);
		if (addr >= mmap_min_addr && addr <= TASK_SIZE - len &&
		    (!vma || addr + len <= vma->vm_start))
			return addr;
	}
	if (len > mm->mmap_base)
		return -ENOMEM;
	addr = mm->mmap_base - len;
	while (addr >= mmap_min_addr) {
		vma = find_vma(mm, addr);
		if (!vma || addr + len <= vma->vm_start)
			return addr;
		if (vma->vm_start < len + mmap_min_addr)
			break;
		addr = vma->vm_start - len;
	}
	return -ENOMEM;
}

/*
 * May @pages more pages be locked (MAP_LOCKED, mlockall(MCL_FUTURE))?
 * Within RLIMIT_MEMLOCK, or with CAP_IPC_LOCK, as 2.6.32's mmap and brk.
 */
static bool may_lock_more(struct mm_struct *mm, unsigned long pages)
{
	unsigned long lock_limit = current->signal->rlim[RLIMIT_MEMLOCK].rlim_cur >> PAGE_SHIFT;

	return pages + mm->locked_vm <= lock_limit || capable(CAP_IPC_LOCK);
}

/* The VM_* bits of PROT_* and MAP_* (2.6.32's calc_vm_prot_bits, calc_vm_flag_bits) */
static unsigned long calc_vm_flags(unsigned long prot, unsigned long flags)
{
	unsigned long vm_flags = VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC;

	if (prot & PROT_READ)
		vm_flags |= VM_READ;
	if (prot & PROT_WRITE)
		vm_flags |= VM_WRITE;
	if (prot & PROT_EXEC)
		vm_flags |= VM_EXEC;
	if (flags & MAP_GROWSDOWN)
		vm_flags |= VM_GROWSDOWN;
	if (flags & MAP_DENYWRITE)
		vm_flags |= VM_DENYWRITE;
	if (flags & MAP_EXECUTABLE)
		vm_flags |= VM_EXECUTABLE;
	if (flags & MAP_LOCKED) /* mm/mlock.c locks the pages once the vma is made */
		vm_flags |= VM_LOCKED;
	return vm_flags;
}

/* Fault in every page of a new shared anonymous vma (see the file's comment) */
static int populate_shared(struct mm_struct *mm, struct vm_area_struct *vma)
{
	unsigned long addr;

	for (addr = vma->vm_start; addr < vma->vm_end; addr += PAGE_SIZE)
		if (handle_mm_fault(mm, vma, addr, FAULT_FLAG_WRITE) & VM_FAULT_ERROR)
			return -ENOMEM;
	return 0;
}

/* What the open file allows a mapping of it: the vm_flags, or a -errno */
static long file_vm_flags(struct file *file, unsigned long prot, unsigned long flags,
			  unsigned long vm_flags)
{
	switch (flags & MAP_TYPE) {
	case MAP_SHARED:
		if ((prot & PROT_WRITE) && !(file->f_mode & FMODE_WRITE))
			return -EACCES;
		vm_flags |= VM_SHARED | VM_MAYSHARE;
		if (!(file->f_mode & FMODE_WRITE))
			vm_flags &= ~(VM_MAYWRITE | VM_SHARED);
		/* fall through */
	case MAP_PRIVATE:
		if (!(file->f_mode & FMODE_READ))
			return -EACCES;
		if (file->f_path.mnt->mnt_flags & MNT_NOEXEC) {
			if (vm_flags & VM_EXEC)
				return -EPERM;
			vm_flags &= ~VM_MAYEXEC;
		}
		if (!file->f_op || !file->f_op->mmap)
			return -ENODEV;
		return vm_flags;
	default:
		return -EINVAL;
	}
}

/**
 * do_mmap_pgoff - map a file or anonymous memory into the current address space
 * @file: the open file to map, or NULL for anonymous memory
 * @addr: the hint, or the address with MAP_FIXED
 * @len: the length in bytes
 * @prot: PROT_READ, PROT_WRITE, PROT_EXEC
 * @flags: MAP_PRIVATE or MAP_SHARED, MAP_FIXED, MAP_DENYWRITE...
 * @pgoff: the file offset in pages
 *
 * The order of the checks, and so which error wins, is 2.6.32's: a file
 * without ->mmap, a zero length, a length that wraps, an offset that
 * wraps, the room, then what the file's open mode allows.
 *
 * Context: mmap_sem held for writing; may sleep.
 * Return: the mapping's address, or -ENODEV, -EINVAL, -ENOMEM,
 * -EOVERFLOW, -EACCES, -EPERM (PROT_EXEC on a noexec mount), -ETXTBSY.
 */
unsigned long do_mmap_pgoff(struct file *file, unsigned long addr, unsigned long len,
			    unsigned long prot, unsigned long flags, unsigned long pgoff)
{
	unsigned long vm_flags;
	long ret;

	if (file && (!file->f_op || !file->f_op->mmap))
		return -ENODEV;
	if (!len)
		return -EINVAL;
	len = PAGE_ALIGN(len);
	if (!len || len > TASK_SIZE)
		return -ENOMEM;
	if (pgoff + (len >> PAGE_SHIFT) < pgoff)
		return -EOVERFLOW;
	if (current->mm->map_count > DEFAULT_MAX_MAP_COUNT)
		return -ENOMEM;
	addr = get_unmapped_area(file, addr, len, pgoff, flags);
	if (IS_ERR_VALUE(addr))
		return addr;
	vm_flags = calc_vm_flags(prot, flags) | current->mm->def_flags;
	if ((flags & MAP_LOCKED) && !can_do_mlock())
		return -EPERM;
	if ((vm_flags & VM_LOCKED) && !may_lock_more(current->mm, len >> PAGE_SHIFT))
		return -EAGAIN;
	if (file) {
		ret = file_vm_flags(file, prot, flags, vm_flags);
		if (ret < 0)
			return ret;
		vm_flags = ret;
	} else if ((flags & MAP_TYPE) == MAP_SHARED) {
		pgoff = 0;
		vm_flags |= VM_SHARED | VM_MAYSHARE;
	} else if ((flags & MAP_TYPE) == MAP_PRIVATE) {
		pgoff = addr >>
			PAGE_SHIFT; /* as 2.6.32: splits and merges need no case of their own */
	} else {
		return -EINVAL;
	}
	return mmap_region(file, addr, len, flags, vm_flags, pgoff);
}

/* Give a new vma its file: the file's ->mmap sets vm_ops; 0 or a -errno */
static int mmap_file(struct vm_area_struct *vma, struct file *file)
{
	if (vma->vm_flags & VM_GROWSDOWN)
		return -EINVAL;
	vma->vm_file = file;
	get_file(file);
	return file->f_op->mmap(file, vma);
}

/**
 * mmap_region - make the vma of a checked mapping
 * @file: the file, or NULL
 * @addr: where (page aligned, room found or MAP_FIXED)
 * @len: page-aligned length
 * @flags: the MAP_* bits
 * @vm_flags: the VM_* bits do_mmap_pgoff() worked out
 * @pgoff: the file offset in pages
 *
 * Whatever was mapped in the range goes first (MAP_FIXED). If the vma
 * below or above has the same flags, file and an adjoining offset, it
 * just grows over the range (vma_merge); otherwise a new vma is linked
 * where find_vma_prepare() said. A VM_DENYWRITE mapping of a file open
 * for writing is -ETXTBSY.
 *
 * Context: mmap_sem held for writing; may sleep.
 * Return: @addr, or a -errno.
 */
unsigned long mmap_region(struct file *file, unsigned long addr, unsigned long len,
			  unsigned long flags, unsigned long vm_flags, unsigned long pgoff)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma, *prev;
	struct rb_node **rb_link, *rb_parent;
	int error, denied = 0;

	/* Whatever is mapped there goes first (MAP_FIXED); then look again */
	for (;;) {
		vma = find_vma_prepare(mm, addr, &prev, &rb_link, &rb_parent);
		if (!vma || vma->vm_start >= addr + len)
			break;
		if (do_munmap(mm, addr, len))
			return -ENOMEM;
	}
	/* Can a neighbour just grow over it? */
	if (vma_merge(mm, prev, addr, addr + len, vm_flags, file, pgoff))
		goto out;
	vma = vm_area_alloc(mm);
	if (!vma)
		return -ENOMEM;
	vma->vm_start = addr;
	vma->vm_end = addr + len;
	vma->vm_flags = vm_flags;
	vma->vm_page_prot = vm_get_page_prot(vm_flags);
	vma->vm_pgoff = pgoff;
	if (file && (vm_flags & VM_DENYWRITE)) {
		error = deny_write_access(file);
		if (error) {
			vm_area_free(vma);
			return error;
		}
		denied = 1;
	}
	error = file ? mmap_file(vma, file) : 0;
	if (error) {
		if (denied)
			allow_write_access(file);
		if (vma->vm_file)
			fput(vma->vm_file);
		vm_area_free(vma);
		return error;
	}
	vma_link(mm, vma, prev, rb_link, rb_parent);
	if (denied)
		allow_write_access(file); /* the vma itself denies writing now */
out:
	mm->total_vm += len >> PAGE_SHIFT;
	vm_stat_account(mm, vm_flags, file, len >> PAGE_SHIFT);
	/* Shared memory no file backs (anonymous, /dev/zero): filled now */
	vma = find_vma(mm, addr);
	if (!vma->vm_ops && (vm_flags & VM_SHARED) && populate_shared(mm, vma)) {
		do_munmap(mm, addr, len);
		return -ENOMEM;
	}
	if (vm_flags & VM_LOCKED) /* MAP_LOCKED or mlockall(MCL_FUTURE): the pages now */
		mm->locked_vm += (len >> PAGE_SHIFT) - mlock_vma_pages_range(vma, addr, addr + len);
	return addr;
}

/**
 * do_brk - map [@addr, @addr + @len) as heap memory
 * @addr: page-aligned start
 * @len: length
 *
 * As 2.6.32's: whatever is mapped there is unmapped first, and the new
 * pages join the vma below when it is anonymous memory with the same
 * flags (the heap's own vma, as brk grows it), else become a new vma.
 *
 * Context: mmap_sem held for writing.
 * Return: @addr, or a -errno.
 */
unsigned long do_brk(unsigned long addr, unsigned long len)
{
	struct mm_struct *mm = current->mm;
	unsigned long flags = VM_READ | VM_WRITE | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC;
	unsigned long pgoff = addr >> PAGE_SHIFT;
	struct vm_area_struct *vma, *prev;
	struct rb_node **rb_link, *rb_parent;

	len = PAGE_ALIGN(len);
	if (!len)
		return addr;
	flags |= mm->def_flags;
	if (addr + len > TASK_SIZE || addr + len < addr)
		return -EINVAL;
	if ((flags & VM_LOCKED) && !may_lock_more(mm, len >> PAGE_SHIFT))
		return -EAGAIN; /* mlockall(MCL_FUTURE) and no room under RLIMIT_MEMLOCK */
	for (;;) {
		vma = find_vma_prepare(mm, addr, &prev, &rb_link, &rb_parent);
		if (!vma || vma->vm_start >= addr + len)
			break;
		if (do_munmap(mm, addr, len))
			return -ENOMEM;
	}
	if (mm->map_count > DEFAULT_MAX_MAP_COUNT)
		return -ENOMEM;
	vma = vma_merge(mm, prev, addr, addr + len, flags, NULL, pgoff);
	if (vma)
		goto out;
	vma = vm_area_alloc(mm);
	if (!vma)
		return -ENOMEM;
	vma->vm_start = addr;
	vma->vm_end = addr + len;
	vma->vm_pgoff = pgoff;
	vma->vm_flags = flags;
	vma->vm_page_prot = vm_get_page_prot(flags);
	vma_link(mm, vma, prev, rb_link, rb_parent);
out:
	mm->total_vm += len >> PAGE_SHIFT;
	if ((flags & VM_LOCKED) && !mlock_vma_pages_range(vma, addr, addr + len))
		mm->locked_vm += len >> PAGE_SHIFT;
	return addr;
}

/**
 * expand_stack - grow a VM_GROWSDOWN vma down to cover @address
 * @vma: the stack vma
 * @address: the faulting address below it
 *
 * Only vm_start (and vm_pgoff with it) moves: the vma stays between the
 * same neighbours, so its place in the list and the tree is unchanged.
 *
 * Context: mmap_sem held (for reading: only the fault handler grows a stack).
 * Return: 0, or -ENOMEM past RLIMIT_STACK (8 MiB) or into another vma.
 */
int expand_stack(struct vm_area_struct *vma, unsigned long address)
{
	struct mm_struct *mm = vma->vm_mm;
	struct vm_area_struct *prev;
	unsigned long grow;

	address &= PAGE_MASK;
	if (address < mmap_min_addr || vma->vm_end - address > RLIMIT_STACK_DEFAULT)
		return -ENOMEM;
	find_vma_prev(mm, vma->vm_start, &prev);
	if (prev && prev->vm_end > address)
		return -ENOMEM;
	grow = (vma->vm_start - address) >> PAGE_SHIFT;
	if (grow > vma->vm_pgoff) /* 2.6.32: the page offset may not wrap */
		return -ENOMEM;
	if ((vma->vm_flags & VM_LOCKED) && !may_lock_more(mm, grow))
		return -ENOMEM; /* a locked stack stays within RLIMIT_MEMLOCK */
	vma->vm_start = address;
	vma->vm_pgoff -= grow;
	mm->total_vm += grow;
	if (vma->vm_flags & VM_LOCKED)
		mm->locked_vm += grow;
	vm_stat_account(mm, vma->vm_flags, NULL, grow);
	return 0;
}

/**
 * exit_mmap - tear down every mapping and page table of a dead address space
 * @mm: the address space; no task uses it any more
 *
 * Context: process context.
 */
void exit_mmap(struct mm_struct *mm)
{
	struct vm_area_struct *vma = mm->mmap;

	if (mm->locked_vm)
		munlock_range(mm, vma, TASK_SIZE);
	unmap_region(mm, vma);
	while (vma)
		vma = remove_vma(vma);
	mm->mmap = NULL;
	mm->mm_rb = RB_ROOT;
	mm->mmap_cache = NULL;
	mm->map_count = 0;
	mm->total_vm = mm->stack_vm = mm->locked_vm = 0;
	free_pgd_range(mm, 0, TASK_SIZE);
}

/**
 * sys_brk - move the end of the heap
 * @brk: the new end; 0 (or anything out of range) just asks for the current one
 *
 * Context: process context (system call).
 * Return: the heap's end after the call (unchanged if it could not move).
 */
asmlinkage unsigned long sys_brk(unsigned long brk)
{
	struct mm_struct *mm = current->mm;
	unsigned long newbrk, oldbrk, ret;

	down_write(&mm->mmap_sem);
	ret = mm->brk;
	if (brk < mm->start_brk)
		goto out;
	newbrk = PAGE_ALIGN(brk);
	oldbrk = PAGE_ALIGN(mm->brk);
	if (oldbrk == newbrk)
		goto set_brk;
	if (brk <= mm->brk) {
		if (!do_munmap(mm, newbrk, oldbrk - newbrk))
			goto set_brk;
		goto out;
	}
	/* The heap may not run into the next mapping, nor up to it (a guard page) */
	if (find_vma(mm, oldbrk) && find_vma(mm, oldbrk)->vm_start < newbrk + PAGE_SIZE)
		goto out;
	if (do_brk(oldbrk, newbrk - oldbrk) != oldbrk)
		goto out;
set_brk:
	mm->brk = brk;
	ret = brk;
out:
	up_write(&mm->mmap_sem);
	return ret;
}

/**
 * sys_mmap2 - map memory, the offset given in pages
 * @addr: hint or fixed address
 * @len: length
 * @prot: PROT_* bits
 * @flags: MAP_* bits
 * @fd: the file (ignored with MAP_ANONYMOUS)
 * @pgoff: the offset in pages
 *
 * Context: process context (system call).
 * Return: the address, or -EBADF (no such descriptor), or as do_mmap_pgoff().
 */
asmlinkage long sys_mmap2(unsigned long addr, unsigned long len, unsigned long prot,
			  unsigned long flags, unsigned long fd, unsigned long pgoff)
{
	struct mm_struct *mm = current->mm;
	struct file *file = NULL;
	unsigned long ret;

	if (!(flags & MAP_ANONYMOUS)) {
		file = fget(fd);
		if (!file)
			return -EBADF;
	}
	flags &= ~(MAP_EXECUTABLE | MAP_DENYWRITE);
	down_write(&mm->mmap_sem);
	ret = do_mmap_pgoff(file, addr, len, prot, flags, pgoff);
	up_write(&mm->mmap_sem);
	if (file)
		fput(file);
	return ret;
}

/**
 * struct mmap_arg_struct - old_mmap's arguments, in user memory
 * @addr: hint or fixed address
 * @len: length
 * @prot: PROT_* bits
 * @flags: MAP_* bits
 * @fd: the file
 * @offset: the offset in bytes (page aligned)
 */
struct mmap_arg_struct {
	unsigned long addr, len, prot, flags, fd, offset;
};

/**
 * old_mmap - mmap with its six arguments in a struct (system call 90)
 * @arg: the user's struct mmap_arg_struct
 *
 * Context: process context (system call).
 * Return: the address, -EFAULT, -EINVAL for an unaligned offset, or as sys_mmap2.
 */
asmlinkage long old_mmap(struct mmap_arg_struct __user *arg)
{
	struct mmap_arg_struct a;

	if (copy_from_user(&a, arg, sizeof(a)))
		return -EFAULT;
	if (a.offset & ~PAGE_MASK)
		return -EINVAL;
	return sys_mmap2(a.addr, a.len, a.prot, a.flags, a.fd, a.offset >> PAGE_SHIFT);
}

/**
 * sys_munmap - remove the mappings of a range
 * @addr: page-aligned start
 * @len: length
 *
 * Context: process context (system call).
 * Return: 0, or -EINVAL.
 */
asmlinkage long sys_munmap(unsigned long addr, size_t len)
{
	return vm_munmap(addr, len);
}

/**
 * vm_mmap - map into the current address space from kernel code
 * @file: the file, or NULL for anonymous memory
 * @addr: hint or fixed address
 * @len: length
 * @prot: PROT_* bits
 * @flag: MAP_* bits
 * @offset: the offset in bytes (page aligned)
 *
 * do_mmap_pgoff() under mmap_sem, for a caller that does not hold it: a
 * kernel thread working in a borrowed mm (kthread_use_mm), as KUnit's
 * kunit_vm_mmap does. Linux 3.4's, added after 2.6.32 (whose callers
 * took mmap_sem around do_mmap themselves).
 *
 * Context: process context; the task has an mm; may sleep.
 * Return: the address, or a negative errno (as an unsigned long).
 */
unsigned long vm_mmap(struct file *file, unsigned long addr, unsigned long len, unsigned long prot,
		      unsigned long flag, unsigned long offset)
{
	struct mm_struct *mm = current->mm;
	unsigned long ret;

	if (offset & ~PAGE_MASK)
		return -EINVAL;
	down_write(&mm->mmap_sem);
	ret = do_mmap_pgoff(file, addr, len, prot, flag, offset >> PAGE_SHIFT);
	up_write(&mm->mmap_sem);
	return ret;
}
EXPORT_SYMBOL(vm_mmap);

/**
 * vm_munmap - unmap a range of the current address space
 * @start: page-aligned start
 * @len: length
 *
 * Linux 3.4's counterpart of vm_mmap(); sys_munmap is this.
 *
 * Context: process context; the task has an mm; may sleep.
 * Return: 0, or -EINVAL.
 */
int vm_munmap(unsigned long start, size_t len)
{
	struct mm_struct *mm = current->mm;
	int ret;

	down_write(&mm->mmap_sem);
	ret = do_munmap(mm, start, len);
	up_write(&mm->mmap_sem);
	return ret;
}
EXPORT_SYMBOL(vm_munmap);
