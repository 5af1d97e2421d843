/*
 * memory.c - a process's page tables: filling them on faults, copying them at fork.
 *
 * A process's memory is mapped lazily. mmap() and exec only create vmas
 * (mm/mmap.c); the first touch of a page faults, and handle_mm_fault()
 * fills in the PTE:
 *
 *   PTE empty, anonymous vma -> do_anonymous_page: a zeroed page ("demand
 *                               zero"), writable at once if the vma is
 *   PTE empty, file vma      -> __do_fault: the vma's ->fault (filemap_fault)
 *                               finds the page-cache page. A read, or any
 *                               access to MAP_SHARED, maps that page itself
 *                               (a MAP_SHARED write marks it dirty); a write
 *                               to MAP_PRIVATE maps a private copy at once
 *   PTE present, write, PTE  -> do_wp_page: copy-on-write. An anonymous page
 *   read-only, vma writable     nobody else holds (page_count 1), or a page
 *                               of a MAP_SHARED vma, is simply made
 *                               writable; otherwise (shared after fork, or
 *                               the page cache's page under MAP_PRIVATE) the
 *                               process gets a copy and drops the old one
 *
 * Each pte holds a reference on its page and counts in its mapcount
 * (include/linux/rmap.h). A page-cache page also has the cache's own
 * reference, so unmapping it never frees it; it leaves memory only when
 * the file is truncated or deleted and the last mapping is gone.
 *
 * fork() (copy_page_range) copies the parent's PTEs into the child with
 * both sides write-protected and a page reference taken per mapping, so
 * parent and child share every page until one of them writes to it.
 *
 * User pages come from GFP_HIGHUSER: they may be high memory, which the
 * kernel reaches only through kmap_atomic() (copy_highpage, clear_highpage).
 * Page tables stay in low memory. Linux 2.6.32 maps a read fault on
 * anonymous memory to the shared ZERO_PAGE; Linnet gives it its own zeroed
 * page at once (simpler, costs memory for pages only ever read). Linux
 * frees page tables whose whole range was unmapped (free_pgtables);
 * Linnet frees them only when the address space dies. 2.6.32's fork
 * copies no ptes of a vma without anonymous pages (its anon_vma is NULL),
 * so a child refaults them; Linnet, with no anon_vma, copies every present
 * pte (a pte copy costs far less than the fault that would replace it).
 * 2.6.32 also calls ->page_mkwrite before a MAP_SHARED page becomes
 * writable, for file systems that must allocate space first; ramfs needs
 * none, so Linnet has no ->page_mkwrite.
 * See docs/processes.md.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/highmem.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/pagemap.h>
#include <linux/rmap.h>
#include <asm/pgtable.h>

/* The page table entry for @addr in @mm, allocating the page table if needed */
static pte_t *pte_alloc_map(struct mm_struct *mm, unsigned long addr)
{
	pgd_t *pgd = pgd_offset(mm, addr);

	if (pgd_none(*pgd)) {
		struct page *page = pte_alloc_one(mm, addr);

		if (!page)
			return NULL;
		spin_lock(&mm->page_table_lock);
		if (pgd_none(*pgd)) {
			*pgd = __pgd(page_to_phys(page) | _PAGE_TABLE);
			page = NULL;
		}
		spin_unlock(&mm->page_table_lock);
		if (page) /* another thread of the process was first */
			pte_free(mm, page);
	}
	return pte_offset_kernel((pmd_t *)pgd, addr);
}

/* The pte for @addr if its page table exists, else NULL */
static pte_t *pte_lookup(struct mm_struct *mm, unsigned long addr)
{
	pgd_t *pgd = pgd_offset(mm, addr);

	if (pgd_none(*pgd))
		return NULL;
	return pte_offset_kernel((pmd_t *)pgd, addr);
}

/* Install @pte at @ptep and drop any stale translation of @addr */
static void set_user_pte(struct mm_struct *mm, unsigned long addr, pte_t *ptep, pte_t pte)
{
	set_pte(ptep, pte);
	if (mm == current->active_mm)
		__flush_tlb_one(addr);
}

/* Make the pte writable if the vma is (2.6.32's maybe_mkwrite) */
static pte_t maybe_mkwrite(pte_t pte, struct vm_area_struct *vma)
{
	if (vma->vm_flags & VM_WRITE)
		pte = pte_mkwrite(pte);
	return pte;
}

static int do_anonymous_page(struct mm_struct *mm, struct vm_area_struct *vma,
			     unsigned long address, pte_t *ptep)
{
	struct page *page = alloc_page(GFP_HIGHUSER);
	pte_t entry;

	if (!page)
		return VM_FAULT_OOM;
	clear_highpage(page);
	entry = maybe_mkwrite(pte_mkdirty(mk_pte(page, vma->vm_page_prot)), vma);
	spin_lock(&mm->page_table_lock);
	if (!pte_none(*ptep)) { /* someone else filled it while we allocated */
		spin_unlock(&mm->page_table_lock);
		__free_page(page);
		return 0;
	}
	page_add_new_anon_rmap(page, vma);
	set_user_pte(mm, address, ptep, entry);
	spin_unlock(&mm->page_table_lock);
	return 0;
}

/*
 * The page a file vma's ->fault found goes into the pte: the page-cache
 * page itself (a read, or any access to a MAP_SHARED vma), or, for a
 * write to a MAP_PRIVATE vma, a private anonymous copy of it.
 * Returns true if the pte did not take over the reference ->fault gave
 * on @page (the copy was mapped, or another thread was first).
 */
static bool install_fault_page(struct mm_struct *mm, struct vm_area_struct *vma,
			       unsigned long address, pte_t *ptep, struct page *page,
			       struct page *anon, unsigned int flags)
{
	struct page *mapped = anon ? anon : page;
	pte_t entry = mk_pte(mapped, vma->vm_page_prot);

	if (flags & FAULT_FLAG_WRITE)
		entry = maybe_mkwrite(pte_mkdirty(entry), vma);
	spin_lock(&mm->page_table_lock);
	if (!pte_none(*ptep)) { /* another thread mapped it first */
		spin_unlock(&mm->page_table_lock);
		if (anon)
			put_page(anon);
		return true;
	}
	if (anon) {
		page_add_new_anon_rmap(anon, vma);
	} else {
		page_add_file_rmap(page);
		if (flags & FAULT_FLAG_WRITE) /* a MAP_SHARED write dirties the file */
			set_page_dirty(page);
	}
	set_user_pte(mm, address, ptep, entry);
	spin_unlock(&mm->page_table_lock);
	return anon != NULL;
}

/* A fault where a file vma has no pte yet (2.6.32's do_linear_fault and __do_fault) */
static int __do_fault(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long address,
		      pte_t *ptep, unsigned int flags)
{
	struct vm_fault vmf = {
		.flags = flags,
		.pgoff = ((address - vma->vm_start) >> PAGE_SHIFT) + vma->vm_pgoff,
		.virtual_address = (void __user *)address,
	};
	struct page *anon = NULL;
	int ret = vma->vm_ops->fault(vma, &vmf);
	bool drop;

	if (ret & (VM_FAULT_ERROR | VM_FAULT_NOPAGE))
		return ret;
	if (!(ret & VM_FAULT_LOCKED))
		lock_page(vmf.page);
	if ((flags & FAULT_FLAG_WRITE) && !(vma->vm_flags & VM_SHARED)) {
		anon = alloc_page(GFP_HIGHUSER); /* copy-on-write at once */
		if (!anon) {
			unlock_page(vmf.page);
			page_cache_release(vmf.page);
			return VM_FAULT_OOM;
		}
		copy_highpage(anon, vmf.page);
	}
	drop = install_fault_page(mm, vma, address, ptep, vmf.page, anon, flags);
	unlock_page(vmf.page);
	if (drop)
		page_cache_release(vmf.page);
	return ret & ~VM_FAULT_LOCKED;
}

/* Copy @old (which @ptep maps read-only; we hold a reference) into a new page */
static int wp_page_copy(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long address,
			pte_t *ptep, struct page *old)
{
	struct page *new = alloc_page(GFP_HIGHUSER);

	if (!new) {
		put_page(old);
		return VM_FAULT_OOM;
	}
	copy_highpage(new, old);
	spin_lock(&mm->page_table_lock);
	if (!pte_present(*ptep) || pte_page(*ptep) != old || pte_write(*ptep)) {
		spin_unlock(&mm->page_table_lock); /* resolved or unmapped meanwhile */
		__free_page(new);
		put_page(old);
		return 0;
	}
	page_remove_rmap(old);
	page_add_new_anon_rmap(new, vma);
	/* a forced write (ptrace) into a vma the process may not write leaves it read-only */
	set_user_pte(mm, address, ptep,
		     maybe_mkwrite(pte_mkdirty(mk_pte(new, vma->vm_page_prot)), vma));
	spin_unlock(&mm->page_table_lock);
	put_page(old); /* the pte's reference */
	put_page(old); /* ours */
	return VM_FAULT_WRITE;
}

/*
 * A write to a present read-only pte of a writable vma. An anonymous page
 * only this process holds, or a page of a MAP_SHARED file vma, is made
 * writable in place; anything else (a page shared after fork, a page of
 * the page cache in a MAP_PRIVATE vma) is copied. The pte is read under
 * page_table_lock: truncate may be clearing it.
 */
static int do_wp_page(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long address,
		      pte_t *ptep)
{
	struct page *old;
	int ret = 0;

	spin_lock(&mm->page_table_lock);
	if (!pte_present(*ptep) || pte_write(*ptep))
		goto unlock; /* unmapped or resolved meanwhile: the access is retried */
	old = pte_page(*ptep);
	if ((vma->vm_flags & (VM_WRITE | VM_SHARED)) == (VM_WRITE | VM_SHARED)) {
		set_page_dirty(old);
		ret = VM_FAULT_WRITE;
	} else if (!PageAnon(old) || page_count(old) != 1) {
		get_page(old); /* held while we copy it */
		spin_unlock(&mm->page_table_lock);
		return wp_page_copy(mm, vma, address, ptep, old);
	} else { /* an anonymous page ours alone, no copy needed */
		ret = VM_FAULT_WRITE;
	}
	set_user_pte(mm, address, ptep, maybe_mkwrite(pte_mkdirty(*ptep), vma));
unlock:
	spin_unlock(&mm->page_table_lock);
	return ret;
}

/**
 * handle_mm_fault - resolve a page fault the vma allows
 * @mm: the address space
 * @vma: the vma containing @address (access already checked)
 * @address: the faulting address
 * @flags: FAULT_FLAG_WRITE for a write
 *
 * Context: process context, mmap_sem held for reading; may sleep.
 * Return: 0 or VM_FAULT_WRITE when the access can be retried,
 * VM_FAULT_OOM when no page could be had, VM_FAULT_SIGBUS for a file
 * page past the end of the file.
 */
int handle_mm_fault(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long address,
		    unsigned int flags)
{
	pte_t *ptep = pte_alloc_map(mm, address);

	if (!ptep)
		return VM_FAULT_OOM;
	address &= PAGE_MASK;
	if (!pte_present(*ptep)) {
		if (vma->vm_ops && vma->vm_ops->fault)
			return __do_fault(mm, vma, address, ptep, flags);
		return do_anonymous_page(mm, vma, address, ptep);
	}
	if ((flags & FAULT_FLAG_WRITE) && !pte_write(*ptep))
		return do_wp_page(mm, vma, address, ptep);
	/* Another thread resolved it first: just refresh the TLB entry */
	__flush_tlb_one(address);
	return 0;
}

/* A private mapping that may be written: fork must copy it on write */
static bool is_cow_mapping(unsigned long flags)
{
	return (flags & (VM_SHARED | VM_MAYWRITE)) == VM_MAYWRITE;
}

/* Copy the present ptes of [@addr, @end), within one page table of @src */
static void copy_pte_range(struct mm_struct *dst, struct mm_struct *src, struct vm_area_struct *vma,
			   unsigned long addr, unsigned long end)
{
	pte_t *src_pte = pte_lookup(src, addr), *dst_pte = pte_lookup(dst, addr);

	for (; addr < end; addr += PAGE_SIZE, src_pte++, dst_pte++) {
		pte_t pte = *src_pte;

		if (!pte_present(pte))
			continue;
		if (is_cow_mapping(vma->vm_flags) && pte_write(pte)) {
			pte = pte_wrprotect(pte);
			set_pte(src_pte, pte);
		}
		get_page(pte_page(pte));
		page_dup_rmap(pte_page(pte));
		set_pte(dst_pte, pte);
	}
}

/**
 * copy_page_range - share a vma's pages with a child, copy-on-write
 * @dst: the child's address space
 * @src: the parent's
 * @vma: the parent's vma being copied
 *
 * Private writable pages are write-protected on both sides; each shared
 * page gains a reference. The caller flushes the parent's TLB.
 *
 * Context: process context (fork), both mmap_sems held; may sleep.
 * Return: 0, or -ENOMEM.
 */
int copy_page_range(struct mm_struct *dst, struct mm_struct *src, struct vm_area_struct *vma)
{
	unsigned long addr, next;

	for (addr = vma->vm_start; addr < vma->vm_end; addr = next) {
		next = min((addr & PGDIR_MASK) + PGDIR_SIZE, vma->vm_end);
		if (!pte_lookup(src, addr))
			continue;
		/* The child's page table first: allocating it may sleep */
		if (!pte_alloc_map(dst, addr))
			return -ENOMEM;
		spin_lock(&src->page_table_lock); /* truncate may be clearing ptes */
		copy_pte_range(dst, src, vma, addr, next);
		spin_unlock(&src->page_table_lock);
	}
	return 0;
}

/*
 * Clear one present pte and drop its page. A file page the process
 * wrote through a writable MAP_SHARED pte (the CPU set the pte's dirty
 * bit) is marked dirty in the page cache first; the cache's own
 * reference keeps the page, so only anonymous pages are freed here.
 */
static void zap_pte(struct mm_struct *mm, unsigned long addr, pte_t *ptep)
{
	pte_t pte = *ptep;
	struct page *page = pte_page(pte);

	pte_clear(mm, addr, ptep);
	if (mm == current->active_mm)
		__flush_tlb_one(addr);
	if (!PageAnon(page) && pte_dirty(pte))
		set_page_dirty(page);
	page_remove_rmap(page);
	put_page(page);
}

/**
 * unmap_page_range - drop the pages mapped in [@start, @end)
 * @mm: the address space
 * @start: page-aligned start
 * @end: page-aligned end
 *
 * Context: process context, mmap_sem held for writing.
 */
void unmap_page_range(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	unsigned long addr;

	spin_lock(&mm->page_table_lock); /* truncate may be clearing ptes too */
	for (addr = start; addr < end; addr += PAGE_SIZE) {
		pte_t *ptep = pte_lookup(mm, addr);

		if (!ptep) {
			addr = (addr & PGDIR_MASK) + PGDIR_SIZE - PAGE_SIZE;
			continue;
		}
		if (pte_present(*ptep))
			zap_pte(mm, addr, ptep);
	}
	spin_unlock(&mm->page_table_lock);
}

/* Clear the ptes of [@start, @end) in @vma: its file's pages, and its private copies if @even_cows */
static void zap_file_range(struct vm_area_struct *vma, unsigned long start, unsigned long end,
			   int even_cows)
{
	struct mm_struct *mm = vma->vm_mm;
	unsigned long addr;

	spin_lock(&mm->page_table_lock);
	for (addr = start; addr < end; addr += PAGE_SIZE) {
		pte_t *ptep = pte_lookup(mm, addr);

		if (!ptep) {
			addr = (addr & PGDIR_MASK) + PGDIR_SIZE - PAGE_SIZE;
			continue;
		}
		if (pte_present(*ptep) && (even_cows || !PageAnon(pte_page(*ptep))))
			zap_pte(mm, addr, ptep);
	}
	spin_unlock(&mm->page_table_lock);
}

/**
 * unmap_mapping_range - clear every pte that maps a range of a file
 * @mapping: the file's address_space
 * @holebegin: the first byte (rounded down to its page)
 * @holelen: the length in bytes (rounded up to pages); 0 means to the end
 * @even_cows: 1 to also unmap the private copies MAP_PRIVATE vmas made
 *             of those pages (truncate: they lie past the end now too)
 *
 * Every vma of every process mapping the file is visited on the file's
 * i_mmap list; the next touch of an unmapped page faults, and past the
 * end of the file that is SIGBUS.
 *
 * Context: process context, the file's i_mutex held (truncate).
 */
void unmap_mapping_range(struct address_space *mapping, loff_t const holebegin,
			 loff_t const holelen, int even_cows)
{
	pgoff_t first = holebegin >> PAGE_SHIFT, last = ULONG_MAX;
	struct vm_area_struct *vma;

	if (holelen)
		last = first + ((holelen + PAGE_SIZE - 1) >> PAGE_SHIFT) - 1;
	spin_lock(&mapping->i_mmap_lock);
	list_for_each_entry(vma, &mapping->i_mmap, shared) {
		pgoff_t vfirst = vma->vm_pgoff;
		pgoff_t vlast = vfirst + ((vma->vm_end - vma->vm_start) >> PAGE_SHIFT) - 1;

		if (vlast < first || vfirst > last)
			continue;
		zap_file_range(vma, vma->vm_start + ((max(first, vfirst) - vfirst) << PAGE_SHIFT),
			       vma->vm_start + ((min(last, vlast) - vfirst + 1) << PAGE_SHIFT),
			       even_cows);
	}
	spin_unlock(&mapping->i_mmap_lock);
}

/**
 * change_protection - give the present pages of a range new protection bits
 * @mm: the address space
 * @start: page-aligned start
 * @end: page-aligned end
 * @newprot: the vma's new vm_page_prot (read-only for a private
 *           writable vma: copy-on-write stays armed)
 *
 * Context: process context, mmap_sem held for writing.
 */
void change_protection(struct mm_struct *mm, unsigned long start, unsigned long end,
		       pgprot_t newprot)
{
	unsigned long addr;

	spin_lock(&mm->page_table_lock); /* not a pte truncate is clearing */
	for (addr = start; addr < end; addr += PAGE_SIZE) {
		pte_t *ptep = pte_lookup(mm, addr);

		if (ptep && pte_present(*ptep))
			set_pte(ptep, pte_modify(*ptep, newprot));
	}
	spin_unlock(&mm->page_table_lock);
	if (mm == current->active_mm)
		__flush_tlb_all();
}

/**
 * free_pgd_range - free the page tables of the user part of an address space
 * @mm: the address space, with every page already unmapped
 * @start: first address (PGDIR_SIZE aligned)
 * @end: end address (PGDIR_SIZE aligned, at most TASK_SIZE)
 *
 * Context: process context; the address space is not in use.
 */
void free_pgd_range(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	unsigned long addr;

	for (addr = start; addr < end && addr >= start; addr += PGDIR_SIZE) {
		pgd_t *pgd = pgd_offset(mm, addr);

		if (pgd_none(*pgd))
			continue;
		pte_free(mm, virt_to_page(pmd_page_vaddr(*(pmd_t *)pgd)));
		*pgd = __pgd(0);
	}
}

/*
 * The page @addr maps in @vma, with a reference, faulted in as needed;
 * for @write, one the caller may write to: a writable pte, or, in a
 * private vma the process may not write (a program's text: ptrace's
 * breakpoints), a private copy only this process maps, whose pte stays
 * read-only (2.6.32's get_user_pages with FOLL_FORCE). NULL if the
 * page cannot be had.
 */
static struct page *access_vm_page(struct mm_struct *mm, struct vm_area_struct *vma,
				   unsigned long addr, int write)
{
	int tries;

	for (tries = 0; tries < 3; tries++) {
		struct page *page = NULL;
		pte_t *ptep;

		spin_lock(&mm->page_table_lock);
		ptep = pte_lookup(mm, addr);
		if (ptep && pte_present(*ptep)) {
			page = pte_page(*ptep);
			if (write && !pte_write(*ptep) &&
			    ((vma->vm_flags & VM_SHARED) || !PageAnon(page) ||
			     page_count(page) != 1))
				page = NULL; /* shared with the page cache or another process */
			if (page)
				get_page(page); /* a COW fault may replace it meanwhile */
		}
		spin_unlock(&mm->page_table_lock);
		if (page)
			return page;
		if (handle_mm_fault(mm, vma, addr, write ? FAULT_FLAG_WRITE : 0) & VM_FAULT_ERROR)
			return NULL;
	}
	return NULL;
}

/**
 * access_process_vm - read or write another process's memory
 * @tsk: the process
 * @addr: the user address to start at
 * @buf: a kernel buffer
 * @len: how many bytes
 * @write: 0 to read into @buf, 1 to write @buf into the process
 *
 * Each page is looked up in the process's page tables and faulted in if
 * the vma allows reading it (as get_user_pages does), then copied through
 * a temporary kernel mapping. /proc/PID/cmdline and environ read the
 * strings at the top of the stack this way, ptrace's PEEKDATA a word. A
 * write (ptrace's POKETEXT, POKEDATA) goes where the process could write,
 * and, as with 2.6.32's FOLL_FORCE, into a private mapping it may not
 * write but could have (VM_MAYWRITE): its text, for a breakpoint. There
 * the write breaks copy-on-write: the process gets a private copy of the
 * page, still read-only to it, and the file is left as it was.
 *
 * Context: process context; may sleep.
 * Return: the number of bytes copied (less than @len where the range stops
 * being mapped or writable), 0 for a process without memory.
 */
int access_process_vm(struct task_struct *tsk, unsigned long addr, void *buf, int len, int write)
{
	struct mm_struct *mm;
	char *kbuf = buf;
	int done = 0;

	if (len <= 0)
		return 0;
	mm = get_task_mm(tsk);
	if (!mm)
		return 0;
	down_read(&mm->mmap_sem);
	while (done < len) {
		unsigned long offset = addr & ~PAGE_MASK;
		int bytes = min_t(int, len - done, PAGE_SIZE - offset);
		struct vm_area_struct *vma = find_vma(mm, addr);
		unsigned long need = write ? VM_MAYWRITE : VM_READ;
		struct page *page;
		char *kaddr;

		if (!vma || vma->vm_start > addr || !(vma->vm_flags & need))
			break;
		if (write && (vma->vm_flags & VM_SHARED) && !(vma->vm_flags & VM_WRITE))
			break; /* a shared mapping is written only where it is writable */
		page = access_vm_page(mm, vma, addr, write);
		if (!page)
			break;
		kaddr = kmap(page);
		if (write) {
			memcpy(kaddr + offset, kbuf + done, bytes);
			if (!PageAnon(page)) /* a MAP_SHARED file page: the file changes */
				set_page_dirty(page);
		} else {
			memcpy(kbuf + done, kaddr + offset, bytes);
		}
		kunmap(page);
		put_page(page);
		done += bytes;
		addr += bytes;
	}
	up_read(&mm->mmap_sem);
	mmput(mm);
	return done;
}

/**
 * follow_page - the page a user address maps now, if any
 * @vma: the vma holding @address
 * @address: the user address
 * @foll_flags: FOLL_GET to take a reference on the page; FOLL_WRITE to
 *              want it only if the pte is writable
 *
 * Nothing is faulted in: a missing pte (or a read-only one for
 * FOLL_WRITE) gives NULL, and the caller calls handle_mm_fault() and
 * asks again. kernel/futex.c:get_futex_key keys a shared futex by the
 * page this finds. As 2.6.32's, less its huge pages and zero page.
 *
 * Context: process context; mmap_sem held.
 * Return: the page (with a reference for FOLL_GET), or NULL.
 */
struct page *follow_page(struct vm_area_struct *vma, unsigned long address, unsigned int foll_flags)
{
	struct mm_struct *mm = vma->vm_mm;
	struct page *page = NULL;
	pte_t *ptep;

	spin_lock(&mm->page_table_lock);
	ptep = pte_lookup(mm, address);
	if (ptep && pte_present(*ptep) && (!(foll_flags & FOLL_WRITE) || pte_write(*ptep))) {
		page = pte_page(*ptep);
		if (foll_flags & FOLL_GET)
			get_page(page);
	}
	spin_unlock(&mm->page_table_lock);
	return page;
}
