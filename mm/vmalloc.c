/*
 * vmalloc.c - large, virtually contiguous memory built from scattered pages.
 *
 * A 64 MiB buffer rarely exists as one physical block: after a while the
 * buddy allocator's free memory is in small pieces. But the kernel only
 * needs it to look contiguous to the CPU. vmalloc() takes pages one at a
 * time, wherever they are (high memory first, which the kernel cannot
 * otherwise reach directly), and maps them side by side in the vmalloc
 * area of the kernel's address space:
 *
 *   VMALLOC_START                                              VMALLOC_END
 *   | area A  |g| area B          |g|    free     | area C |g|  free   |
 *      |  |                                         g = unmapped guard page
 *      |  +--> page 0x7f31000 (high)
 *      +-----> page 0x0123000 (low)
 *
 * The areas are struct vm_struct on vmlist, sorted by address; a new
 * area goes in the first gap big enough (first fit). Each area is one
 * page longer than asked, and that last page is never mapped, so code
 * that runs off the end faults at once instead of corrupting the next
 * area; the page fault handler names the area (vmalloc_fault_notify).
 * vfree() unmaps the area, flushes the TLB and frees the pages.
 * Page tables for the area are allocated on demand and kept, as in
 * Linux. vfree() unmaps the area while it is still on vmlist, under
 * vmlist_lock, so its range cannot be handed out again before its ptes
 * are gone (as 2.6.27's __remove_vm_area did).
 *
 * This is the design of Linux 2.6.27 and before. Linux 2.6.28 and 2.6.32
 * keep the address ranges as struct vmap_area in a red-black tree
 * (alloc_vmap_area, find_vmap_area) and unmap lazily: a freed area's
 * ptes are cleared at once, but the area stays in the tree, marked
 * VM_LAZY_FREE, until lazy_max_pages() of them have piled up; then
 * __purge_vmap_area_lazy() flushes the TLB once for all of them and
 * releases their ranges. vmlist survives there only for
 * /proc/vmallocinfo. Linnet flushes the TLB on every vfree (a CR3
 * reload, correct because no kernel pte is global) and keeps the list,
 * because the list is the idea and the tree is an optimisation; see
 * docs/vmalloc.md "Then and now". Also Linnet's own: the messages
 * "Trying to vfree() kmalloc() memory" and the guard-page fault line.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/hardirq.h>
#include <linux/init.h>
#include <linux/kasan.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include <asm/pgtable.h>
#include <asm/traps.h>

/* The areas, sorted by address */
struct vm_struct *vmlist;
/* Protects vmlist. Areas are made and freed in process context only. */
static DEFINE_SPINLOCK(vmlist_lock);

/* Unmap [addr, addr + size) and flush the TLB for it. */
static void unmap_kernel_range(unsigned long addr, unsigned long size)
{
	unsigned long a;

	for (a = addr; a < addr + size; a += PAGE_SIZE) {
		unsigned int level;
		pte_t *pte = lookup_address(a, &level);

		if (pte)
			pte_clear(&init_mm, a, pte);
	}
	flush_tlb_kernel_range(addr, addr + size);
}

/**
 * map_vm_area - map pages into an area
 * @area: the area (its last page, the guard, stays unmapped)
 * @prot: page protection, PAGE_KERNEL
 * @pages: points at an array of (size - PAGE_SIZE) / PAGE_SIZE pages;
 *         advanced past the pages mapped
 *
 * Context: process context (may allocate page tables with GFP_KERNEL).
 * Return: 0, or -ENOMEM if a page table could not be allocated.
 */
int map_vm_area(struct vm_struct *area, pgprot_t prot, struct page ***pages)
{
	unsigned long addr = (unsigned long)area->addr;
	unsigned long end = addr + area->size - PAGE_SIZE;

	if (kasan_populate_vmalloc(addr, area->size))
		return -ENOMEM;
	kasan_unpoison_shadow(area->addr, end - addr);
	for (; addr < end; addr += PAGE_SIZE) {
		pmd_t *pmd = pmd_offset(pgd_offset_k(addr), addr);
		pte_t *pte = pte_alloc_kernel(pmd, addr);

		if (!pte)
			return -ENOMEM;
		WARN_ON(!pte_none(*pte));
		set_pte(pte, mk_pte(**pages, prot));
		(*pages)++;
	}
	return 0;
}
EXPORT_SYMBOL_GPL(map_vm_area);

/* Put @area into the first gap of [start, end) that fits; 0 or -ENOMEM */
static int insert_vm_area(struct vm_struct *area, unsigned long start, unsigned long end)
{
	unsigned long addr = start, size = area->size;
	struct vm_struct **p, *tmp;

	for (p = &vmlist; (tmp = *p) != NULL; p = &tmp->next) {
		unsigned long a = (unsigned long)tmp->addr;

		if (a + tmp->size <= addr)
			continue;
		if (addr + size <= a)
			break;
		addr = a + tmp->size;
	}
	if (addr < start || addr > end || size > end - addr)
		return -ENOMEM;
	area->addr = (void *)addr;
	area->next = *p;
	*p = area;
	return 0;
}

static struct vm_struct *__get_vm_area(unsigned long size, unsigned long flags, void *caller)
{
	struct vm_struct *area;
	int err;

	BUG_ON(in_interrupt());
	size = PAGE_ALIGN(size);
	if (!size || size > VMALLOC_END - VMALLOC_START)
		return NULL;
	area = kzalloc(sizeof(*area), GFP_KERNEL);
	if (!area)
		return NULL;
	area->size = size + PAGE_SIZE; /* the guard page */
	area->flags = flags;
	area->caller = caller;
	spin_lock(&vmlist_lock);
	err = insert_vm_area(area, VMALLOC_START, VMALLOC_END);
	spin_unlock(&vmlist_lock);
	if (err) {
		kfree(area);
		return NULL;
	}
	return area;
}

/**
 * get_vm_area - reserve a range of the vmalloc area, mapping nothing yet
 * @size: bytes wanted (rounded up to pages; a guard page is added)
 * @flags: VM_ALLOC, VM_MAP or VM_IOREMAP
 *
 * Context: process context.
 * Return: the area, or NULL if no gap is big enough.
 */
struct vm_struct *get_vm_area(unsigned long size, unsigned long flags)
{
	return __get_vm_area(size, flags, __builtin_return_address(0));
}

/* The area starting at @addr, or NULL. vmlist_lock held. */
static struct vm_struct **find_vm_link(const void *addr)
{
	struct vm_struct **p;

	for (p = &vmlist; *p; p = &(*p)->next)
		if ((*p)->addr == addr)
			return p;
	return NULL;
}

/**
 * find_vm_area - the area that starts at an address
 * @addr: the start of an area
 *
 * Context: process context.
 * Return: the area, or NULL.
 */
struct vm_struct *find_vm_area(const void *addr)
{
	struct vm_struct **p;

	spin_lock(&vmlist_lock);
	p = find_vm_link(addr);
	spin_unlock(&vmlist_lock);
	return p ? *p : NULL;
}

/**
 * remove_vm_area - unmap an area and take it off vmlist
 * @addr: the start of the area
 *
 * The pages stay allocated: the caller frees them (vfree does).
 *
 * Context: process context.
 * Return: the area, now the caller's to kfree(), or NULL if none starts at @addr.
 */
struct vm_struct *remove_vm_area(const void *addr)
{
	unsigned long free_start = VMALLOC_START, free_end = VMALLOC_END;
	struct vm_struct **p, *area = NULL, *v;

	spin_lock(&vmlist_lock);
	p = find_vm_link(addr);
	if (p) {
		area = *p;
		/*
		 * Unmap while the area still owns its range: once it is off
		 * the list, another task may map the range again, and a late
		 * unmap would clear that task's ptes.
		 */
		unmap_kernel_range((unsigned long)area->addr, area->size - PAGE_SIZE);
		*p = area->next;
		for (v = vmlist; v && v->addr < area->addr; v = v->next)
			free_start = (unsigned long)v->addr + v->size;
		if (area->next)
			free_end = (unsigned long)area->next->addr;
	}
	spin_unlock(&vmlist_lock);
	if (!area)
		return NULL;
	kasan_release_vmalloc((unsigned long)area->addr, (unsigned long)area->addr + area->size,
			      free_start, free_end);
	return area;
}

/* A vfree() or vunmap() of something that is not an area: say what it is. */
static void bad_vfree(const void *addr)
{
	if (virt_addr_valid(addr) && PageSlab(virt_to_page(addr)))
		WARN(1, "Trying to vfree() kmalloc() memory (%p): use kfree()\n", addr);
	else if ((unsigned long)addr & ~PAGE_MASK)
		WARN(1, "Trying to vfree() bad address (%p)\n", addr);
	else
		WARN(1, "Trying to vfree() nonexistent vm area (%p)\n", addr);
}

static void __vunmap(const void *addr, bool deallocate_pages)
{
	struct vm_struct *area;
	unsigned int i;

	if (!addr)
		return;
	area = ((unsigned long)addr & ~PAGE_MASK) ? NULL : remove_vm_area(addr);
	if (!area) {
		bad_vfree(addr);
		return;
	}
	if (deallocate_pages) {
		for (i = 0; i < area->nr_pages; i++)
			__free_page(area->pages[i]);
		if (area->flags & VM_VPAGES)
			vfree(area->pages);
		else
			kfree(area->pages);
	}
	kfree(area);
}

/**
 * vfree - free memory from vmalloc()
 * @addr: the address vmalloc() returned; NULL does nothing
 *
 * Any other address (inside an area, from kmalloc) gets a warning and
 * is left alone.
 *
 * Context: process context, not in an interrupt handler.
 */
void vfree(const void *addr)
{
	BUG_ON(in_interrupt());
	__vunmap(addr, true);
}
EXPORT_SYMBOL(vfree);

/**
 * vunmap - undo vmap(), leaving the pages to their owner
 * @addr: the address vmap() returned
 *
 * Context: process context, not in an interrupt handler.
 */
void vunmap(const void *addr)
{
	BUG_ON(in_interrupt());
	__vunmap(addr, false);
}
EXPORT_SYMBOL(vunmap);

/**
 * vmap - map pages the caller owns into one virtually contiguous range
 * @pages: the pages
 * @count: how many
 * @flags: VM_MAP (other vm_struct flags are kept)
 * @prot: page protection, PAGE_KERNEL (may be left out, as in Linux 5.8+)
 *
 * Context: process context.
 * Return: the address, or NULL.
 */
void *vmap(struct page **pages, unsigned int count, unsigned long flags, pgprot_t prot)
{
	struct vm_struct *area;

	might_sleep();
	if (!count || count > (VMALLOC_END - VMALLOC_START) >> PAGE_SHIFT)
		return NULL;
	area = __get_vm_area((unsigned long)count << PAGE_SHIFT, flags | VM_MAP,
			     __builtin_return_address(0));
	if (!area)
		return NULL;
	if (map_vm_area(area, prot, &pages)) {
		vunmap(area->addr);
		return NULL;
	}
	return area->addr;
}
EXPORT_SYMBOL(vmap);

static void *__vmalloc_caller(unsigned long size, gfp_t gfp_mask, pgprot_t prot, void *caller);

/*
 * The array of an area's pages. Above a page it comes from vmalloc()
 * itself (VM_VPAGES), as in Linux: a huge area must not need a
 * physically contiguous array when memory is fragmented.
 */
static struct page **alloc_page_array(struct vm_struct *area, unsigned int nr_pages, gfp_t gfp_mask)
{
	unsigned long bytes = nr_pages * sizeof(struct page *);
	struct page **pages;

	if (bytes <= PAGE_SIZE)
		return kzalloc(bytes, gfp_mask & ~__GFP_HIGHMEM);
	pages = __vmalloc_caller(bytes, gfp_mask | __GFP_HIGHMEM, PAGE_KERNEL, area->caller);
	if (pages) {
		area->flags |= VM_VPAGES;
		memset(pages, 0, bytes);
	}
	return pages;
}

/* Fill @area with pages allocated one by one, and map them. */
static void *vmalloc_area_pages(struct vm_struct *area, gfp_t gfp_mask, pgprot_t prot)
{
	unsigned int i, nr_pages = (area->size - PAGE_SIZE) >> PAGE_SHIFT;
	struct page **pages;

	area->pages = alloc_page_array(area, nr_pages, gfp_mask);
	if (!area->pages)
		goto fail;
	for (i = 0; i < nr_pages; i++) {
		area->pages[i] = alloc_page(gfp_mask);
		if (!area->pages[i])
			goto fail;
		area->nr_pages++;
	}
	pages = area->pages;
	if (map_vm_area(area, prot, &pages))
		goto fail;
	return area->addr;
fail:
	vfree(area->addr);
	return NULL;
}

static void *__vmalloc_caller(unsigned long size, gfp_t gfp_mask, pgprot_t prot, void *caller)
{
	unsigned long asked = size;
	struct vm_struct *area;
	u8 *addr;

	might_sleep_if(gfp_mask & __GFP_WAIT);
	size = PAGE_ALIGN(size);
	if (!size || (size >> PAGE_SHIFT) > totalram_pages)
		return NULL;
	area = __get_vm_area(size, VM_ALLOC, caller);
	if (!area)
		return NULL;
	addr = vmalloc_area_pages(area, gfp_mask, prot);
	/* KASAN: the bytes after the request, to the guard page, are off limits */
	if (addr && asked & (PAGE_SIZE - 1))
		kasan_poison_shadow(addr + ALIGN(asked, 8), size - ALIGN(asked, 8),
				    KASAN_VMALLOC_INVALID);
	if (addr)
		kasan_unpoison_shadow(addr, asked);
	return addr;
}

/**
 * __vmalloc - vmalloc() with explicit GFP flags and protection
 * @size: bytes (rounded up to pages)
 * @gfp_mask: flags for each page (GFP_KERNEL | __GFP_HIGHMEM for vmalloc())
 * @prot: page protection, PAGE_KERNEL (may be left out, as in Linux 5.8+)
 *
 * Context: process context (may sleep).
 * Return: the address, or NULL.
 */
void *(__vmalloc)(unsigned long size, gfp_t gfp_mask, pgprot_t prot)
{
	return __vmalloc_caller(size, gfp_mask, prot, __builtin_return_address(0));
}
EXPORT_SYMBOL(__vmalloc);

/**
 * vmalloc - allocate virtually contiguous memory
 * @size: bytes (rounded up to pages)
 *
 * The pages may be anywhere in RAM, high memory preferred; they are not
 * physically contiguous (no DMA), and the memory is not zeroed.
 *
 * Context: process context (may sleep).
 * Return: the address, or NULL if @size is 0 or memory is short.
 */
void *vmalloc(unsigned long size)
{
	return __vmalloc_caller(size, GFP_KERNEL | __GFP_HIGHMEM, PAGE_KERNEL,
				__builtin_return_address(0));
}
EXPORT_SYMBOL(vmalloc);

/**
 * vzalloc - allocate zeroed, virtually contiguous memory
 * @size: bytes (rounded up to pages)
 *
 * Context: process context (may sleep).
 * Return: the address, or NULL.
 */
void *vzalloc(unsigned long size)
{
	void *p = __vmalloc_caller(size, GFP_KERNEL | __GFP_HIGHMEM, PAGE_KERNEL,
				   __builtin_return_address(0));

	if (p)
		memset(p, 0, PAGE_ALIGN(size));
	return p;
}

/**
 * vmalloc_32 - allocate virtually contiguous memory from 32-bit addressable pages
 * @size: bytes (rounded up to pages)
 *
 * On i386 without PAE that is low memory: no __GFP_HIGHMEM.
 *
 * Context: process context (may sleep).
 * Return: the address, or NULL.
 */
void *vmalloc_32(unsigned long size)
{
	return __vmalloc_caller(size, GFP_KERNEL, PAGE_KERNEL, __builtin_return_address(0));
}
EXPORT_SYMBOL(vmalloc_32);

/**
 * vmalloc_to_page - the page mapped at a vmalloc address
 * @addr: an address in the vmalloc area
 *
 * Context: any.
 * Return: the page, or NULL if nothing is mapped there (a guard page).
 */
struct page *vmalloc_to_page(const void *addr)
{
	unsigned int level;
	pte_t *pte = lookup_address((unsigned long)addr, &level);

	if (!is_vmalloc_addr(addr) || !pte || !pte_present(*pte))
		return NULL;
	return pte_page(*pte);
}
EXPORT_SYMBOL(vmalloc_to_page);

/**
 * vmalloc_to_pfn - the page frame number mapped at a vmalloc address
 * @addr: an address in the vmalloc area
 *
 * Context: any.
 * Return: the pfn, or 0 if nothing is mapped there.
 */
unsigned long vmalloc_to_pfn(const void *addr)
{
	struct page *page = vmalloc_to_page(addr);

	return page ? page_to_pfn(page) : 0;
}
EXPORT_SYMBOL(vmalloc_to_pfn);

/**
 * get_vmalloc_info - the VmallocUsed and VmallocChunk figures of meminfo
 * @vmi: filled in
 *
 * Context: process context.
 */
void get_vmalloc_info(struct vmalloc_info *vmi)
{
	unsigned long prev_end = VMALLOC_START;
	struct vm_struct *v;

	vmi->used = 0;
	vmi->largest_chunk = 0;
	spin_lock(&vmlist_lock);
	for (v = vmlist; v; v = v->next) {
		unsigned long a = (unsigned long)v->addr;

		vmi->used += v->size;
		vmi->largest_chunk = max(vmi->largest_chunk, a - prev_end);
		prev_end = a + v->size;
	}
	vmi->largest_chunk = max(vmi->largest_chunk, VMALLOC_END - prev_end);
	spin_unlock(&vmlist_lock);
}

static int vmallocinfo_line(struct vm_struct *v, char *buf, size_t size)
{
	int n = scnprintf(buf, size, "0x%p-0x%p %7ld", v->addr, (char *)v->addr + v->size,
			  (long)v->size);

	if (v->caller)
		n += scnprintf(buf + n, size - n, " %pS", v->caller);
	if (v->nr_pages)
		n += scnprintf(buf + n, size - n, " pages=%d", v->nr_pages);
	if (v->phys_addr)
		n += scnprintf(buf + n, size - n, " phys=%lx", v->phys_addr);
	if (v->flags & VM_IOREMAP)
		n += scnprintf(buf + n, size - n, " ioremap");
	if (v->flags & VM_ALLOC)
		n += scnprintf(buf + n, size - n, " vmalloc");
	if (v->flags & VM_MAP)
		n += scnprintf(buf + n, size - n, " vmap");
	if (v->flags & VM_VPAGES)
		n += scnprintf(buf + n, size - n, " vpages");
	return n + scnprintf(buf + n, size - n, "\n");
}

/**
 * vmallocinfo_show - the vmallocinfo view, as Linux's /proc/vmallocinfo
 * @buf: where to write
 * @size: its size
 *
 * One line per area: its range and size (guard page included), who made
 * it, how many pages it holds and what kind of area it is.
 *
 * Context: process context.
 * Return: the number of characters written.
 */
int vmallocinfo_show(char *buf, size_t size)
{
	struct vm_struct *v;
	int n = 0;

	spin_lock(&vmlist_lock);
	for (v = vmlist; v; v = v->next)
		n += vmallocinfo_line(v, buf + n, size - n);
	spin_unlock(&vmlist_lock);
	return n;
}

/*
 * A kernel page fault: if it hit the vmalloc area, say which area and
 * whether it is that area's guard page. Called from the page fault
 * handler before the oops, so no lock is taken: the list is only read.
 */
static void vmalloc_fault_notify(unsigned long address)
{
	struct vm_struct *v;

	if (!is_vmalloc_addr((void *)address))
		return;
	for (v = vmlist; v; v = v->next) {
		unsigned long start = (unsigned long)v->addr, end = start + v->size;

		if (address < start || address >= end)
			continue;
		printk(KERN_EMERG "vmalloc: fault at %08lx in the %s of area 0x%p-0x%p %lu"
				  " (%pS)\n",
		       address, address >= end - PAGE_SIZE ? "guard page" : "unmapped part",
		       v->addr, (void *)end, v->size, v->caller);
		return;
	}
	printk(KERN_EMERG "vmalloc: fault at %08lx outside every vmalloc area\n", address);
}

/**
 * vmalloc_init - let page faults in the vmalloc area name their area
 *
 * Context: boot, after the slab layer.
 */
void __init vmalloc_init(void)
{
	page_fault_notify = vmalloc_fault_notify;
}
