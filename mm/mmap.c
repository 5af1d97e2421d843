/*
 * mmap.c - the vmas of an address space: find, insert, split, unmap; mmap and brk.
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
 * Linux 2.6.32 keeps the vmas in an rbtree beside the list and merges
 * adjacent compatible vmas on every mmap (vma_merge); Linnet walks the
 * list (with the mmap_cache of the last hit) and merges only when brk
 * grows the heap; it randomises nothing (no ASLR), so runs repeat
 * exactly. Anonymous MAP_SHARED memory is populated at mmap time, so
 * that fork shares every page of it (2.6.32 backs it with shmem). A
 * file's vmas are linked on its address_space, not in 2.6.32's i_mmap
 * prio tree but on a plain list, which truncate walks to unmap the pages
 * past the new end (mm/memory.c:unmap_mapping_range).
 * See docs/processes.md.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/mman.h>
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
#define DEFAULT_MAX_MAP_COUNT 65530 /* 2.6.32's sysctl_max_map_count */

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

/**
 * find_vma - the first vma that ends above @addr
 * @mm: the address space
 * @addr: the address
 *
 * The vma may start above @addr: the caller checks vm_start.
 *
 * Context: mmap_sem held.
 * Return: the vma, or NULL if every vma ends at or below @addr.
 */
struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma = mm->mmap_cache;

	if (vma && vma->vm_end > addr && vma->vm_start <= addr)
		return vma;
	for (vma = mm->mmap; vma; vma = vma->vm_next)
		if (vma->vm_end > addr) {
			mm->mmap_cache = vma;
			return vma;
		}
	return NULL;
}

/**
 * find_vma_prev - find_vma(), and the vma before it
 * @mm: the address space
 * @addr: the address
 * @pprev: set to the vma before the result (NULL if none)
 *
 * Context: mmap_sem held.
 * Return: as find_vma().
 */
struct vm_area_struct *find_vma_prev(struct mm_struct *mm, unsigned long addr,
				     struct vm_area_struct **pprev)
{
	struct vm_area_struct *vma, *prev = NULL;

	for (vma = mm->mmap; vma && vma->vm_end <= addr; vma = vma->vm_next)
		prev = vma;
	*pprev = prev;
	return vma;
}

/*
 * A file vma goes on its file's i_mmap list (truncate finds the ptes to
 * clear there); one mapping a program's text keeps the file from being
 * written (-ETXTBSY).
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

/* Undo vma_link_file(), drop the vma's hold on its file, and free it */
static void remove_vma(struct vm_area_struct *vma)
{
	struct file *file = vma->vm_file;

	if (vma->vm_ops && vma->vm_ops->close)
		vma->vm_ops->close(vma);
	if (file) {
		spin_lock(&file->f_mapping->i_mmap_lock);
		list_del(&vma->shared);
		spin_unlock(&file->f_mapping->i_mmap_lock);
		if (vma->vm_flags & VM_DENYWRITE)
			atomic_inc(&file->f_path.dentry->d_inode->i_writecount);
		fput(file);
	}
	vm_area_free(vma);
}

/**
 * insert_vm_struct - link a vma into its address space's sorted list
 * @mm: the address space
 * @vma: the new vma
 *
 * Context: mmap_sem held for writing.
 * Return: 0, or -ENOMEM if it overlaps a vma already there.
 */
int insert_vm_struct(struct mm_struct *mm, struct vm_area_struct *vma)
{
	struct vm_area_struct *prev, *next = find_vma_prev(mm, vma->vm_start, &prev);

	if (next && next->vm_start < vma->vm_end)
		return -ENOMEM;
	vma->vm_mm = mm;
	vma->vm_next = next;
	if (prev)
		prev->vm_next = vma;
	else
		mm->mmap = vma;
	vma_link_file(vma);
	mm->map_count++;
	mm->total_vm += (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
	if (vma->vm_flags & VM_GROWSDOWN)
		mm->stack_vm += (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
	return 0;
}

static void unlink_vma(struct mm_struct *mm, struct vm_area_struct *vma,
		       struct vm_area_struct *prev)
{
	if (prev)
		prev->vm_next = vma->vm_next;
	else
		mm->mmap = vma->vm_next;
	if (mm->mmap_cache == vma)
		mm->mmap_cache = NULL;
	mm->map_count--;
	mm->total_vm -= (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
	if (vma->vm_flags & VM_GROWSDOWN)
		mm->stack_vm -= (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
}

/**
 * split_vma - cut a vma in two at @addr
 * @mm: its address space
 * @vma: the vma; it keeps the lower part
 * @addr: a page-aligned address strictly inside it
 *
 * The new upper part follows @vma in the list, maps the same file (one
 * more reference) further on (vm_pgoff) and gets the vm_ops' open.
 * 2.6.32's has a fourth argument, new_below, to give the new vma the
 * lower part instead; Linnet's callers do not need it.
 *
 * Context: mmap_sem held for writing.
 * Return: 0, or -ENOMEM.
 */
int split_vma(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long addr)
{
	struct vm_area_struct *new = vm_area_alloc(mm);

	if (!new)
		return -ENOMEM;
	*new = *vma;
	new->vm_start = addr;
	new->vm_pgoff += (addr - vma->vm_start) >> PAGE_SHIFT;
	vma->vm_end = addr;
	new->vm_next = vma->vm_next;
	vma->vm_next = new;
	mm->map_count++;
	if (new->vm_file) {
		get_file(new->vm_file);
		vma_link_file(new);
	}
	if (new->vm_ops &&new->vm_ops->open)
		new->vm_ops->open(new);
	return 0;
}

/**
 * do_munmap - remove every mapping in [@start, @start + @len)
 * @mm: the address space
 * @start: page-aligned start
 * @len: length (rounded up to pages)
 *
 * vmas straddling the range are split; the pages are released.
 *
 * Context: mmap_sem held for writing.
 * Return: 0, -EINVAL for a bad range, -ENOMEM if a split failed.
 */
int do_munmap(struct mm_struct *mm, unsigned long start, unsigned long len)
{
	unsigned long end;
	struct vm_area_struct *vma, *prev;

	if ((start & ~PAGE_MASK) || start > TASK_SIZE || len > TASK_SIZE - start)
		return -EINVAL;
	len = PAGE_ALIGN(len);
	if (!len)
		return -EINVAL;
	end = start + len;
	vma = find_vma_prev(mm, start, &prev);
	if (!vma || vma->vm_start >= end)
		return 0;
	if (vma->vm_start < start) {
		if (split_vma(mm, vma, start))
			return -ENOMEM;
		prev = vma;
		vma = vma->vm_next;
	}
	while (vma && vma->vm_start < end) {
		struct vm_area_struct *next;

		if (vma->vm_end > end && split_vma(mm, vma, end))
			return -ENOMEM;
		next = vma->vm_next;
		unlink_vma(mm, vma, prev);
		unmap_page_range(mm, vma->vm_start, vma->vm_end);
		remove_vma(vma);
		vma = next;
	}
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
	vm_flags = calc_vm_flags(prot, flags);
	if (file) {
		ret = file_vm_flags(file, prot, flags, vm_flags);
		if (ret < 0)
			return ret;
		vm_flags = ret;
	} else if ((flags & MAP_TYPE) == MAP_SHARED) {
		pgoff = 0;
		vm_flags |= VM_SHARED | VM_MAYSHARE;
	} else if ((flags & MAP_TYPE) == MAP_PRIVATE) {
		pgoff = 0; /* 2.6.32: addr >> PAGE_SHIFT, for vma_merge; Linnet has no merge */
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
 * Whatever was mapped in the range goes first (MAP_FIXED). A
 * VM_DENYWRITE mapping of a file open for writing is -ETXTBSY.
 *
 * Context: mmap_sem held for writing; may sleep.
 * Return: @addr, or a -errno.
 */
unsigned long mmap_region(struct file *file, unsigned long addr, unsigned long len,
			  unsigned long flags, unsigned long vm_flags, unsigned long pgoff)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;
	int error, denied = 0;

	if (do_munmap(mm, addr, len))
		return -ENOMEM;
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
	if (!error)
		error = insert_vm_struct(mm, vma);
	if (denied)
		allow_write_access(file); /* the vma itself denies writing now */
	if (error) {
		if (vma->vm_file)
			fput(vma->vm_file);
		vm_area_free(vma);
		return error;
	}
	/* Shared memory no file backs (anonymous, /dev/zero): filled now */
	if (!vma->vm_ops && (vm_flags & VM_SHARED) && populate_shared(mm, vma)) {
		do_munmap(mm, addr, len);
		return -ENOMEM;
	}
	return addr;
}

/**
 * do_brk - map [@addr, @addr + @len) as heap, extending the brk vma if it ends at @addr
 * @addr: page-aligned start
 * @len: length
 *
 * Context: mmap_sem held for writing.
 * Return: @addr, or a -errno.
 */
unsigned long do_brk(unsigned long addr, unsigned long len)
{
	struct mm_struct *mm = current->mm;
	unsigned long flags = VM_READ | VM_WRITE | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC;
	struct vm_area_struct *vma, *prev;

	len = PAGE_ALIGN(len);
	if (!len)
		return addr;
	if (addr + len > TASK_SIZE || addr + len < addr)
		return -EINVAL;
	vma = find_vma_prev(mm, addr, &prev);
	if (vma && vma->vm_start < addr + len)
		return -ENOMEM;
	if (prev && prev->vm_end == addr && prev->vm_flags == flags) {
		prev->vm_end = addr + len;
		mm->total_vm += len >> PAGE_SHIFT;
		return addr;
	}
	vma = vm_area_alloc(mm);
	if (!vma)
		return -ENOMEM;
	vma->vm_start = addr;
	vma->vm_end = addr + len;
	vma->vm_flags = flags;
	vma->vm_page_prot = vm_get_page_prot(flags);
	insert_vm_struct(mm, vma);
	return addr;
}

/**
 * expand_stack - grow a VM_GROWSDOWN vma down to cover @address
 * @vma: the stack vma
 * @address: the faulting address below it
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
	vma->vm_start = address;
	mm->total_vm += grow;
	mm->stack_vm += grow;
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

	while (vma) {
		struct vm_area_struct *next = vma->vm_next;

		unmap_page_range(mm, vma->vm_start, vma->vm_end);
		remove_vma(vma);
		vma = next;
	}
	mm->mmap = NULL;
	mm->mmap_cache = NULL;
	mm->map_count = 0;
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
