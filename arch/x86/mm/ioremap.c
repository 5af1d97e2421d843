/*
 * ioremap.c - giving a driver a kernel address for a device's memory.
 *
 * A device's registers or buffer sit at a physical address (a PCI BAR,
 * the VGA text buffer at 0xb8000). The kernel maps only RAM at
 * PAGE_OFFSET, so a driver asks ioremap(phys, size) for a virtual
 * address, reads and writes it with readb()/iowrite8() and the like
 * (asm/io.h), and gives it back with iounmap():
 *
 *   ISA hole 0xa0000-0xfffff  -> already in the low mapping: phys_to_virt
 *   RAM the kernel uses       -> refused (NULL): not a device's to map
 *   anything else             -> a vmalloc-area range (VM_IOREMAP) whose
 *                                ptes point at the physical pages, with
 *                                caching off (PCD|PWT) for ioremap_nocache
 *
 * The plan is Linux 2.6.32's arch/x86/mm/ioremap.c without PAT (memory
 * types) and without the checks against the e820 map. LDD3's silly.c
 * maps the ISA hole this way. Read docs/vmalloc.md next.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <asm/io.h>
#include <asm/page.h>
#include <asm/pgtable.h>

#define ISA_START_ADDRESS 0xa0000UL
#define ISA_END_ADDRESS 0x100000UL

static bool is_isa_range(resource_size_t start, resource_size_t last)
{
	return start >= ISA_START_ADDRESS && last < ISA_END_ADDRESS;
}

/* Point the area's ptes at [phys, phys + size); 0 or -ENOMEM */
static int ioremap_map(unsigned long vaddr, resource_size_t phys, unsigned long size, pgprot_t prot)
{
	unsigned long end = vaddr + size;

	for (; vaddr < end; vaddr += PAGE_SIZE, phys += PAGE_SIZE) {
		pmd_t *pmd = pmd_offset(pgd_offset_k(vaddr), vaddr);
		pte_t *pte = pte_alloc_kernel(pmd, vaddr);

		if (!pte)
			return -ENOMEM;
		set_pte(pte, pfn_pte(phys >> PAGE_SHIFT, prot));
	}
	return 0;
}

static void __iomem *__ioremap(resource_size_t phys_addr, unsigned long size, pgprot_t prot)
{
	resource_size_t last_addr = phys_addr + size - 1;
	unsigned long offset, pfn;
	struct vm_struct *area;

	if (!size || last_addr < phys_addr)
		return NULL;
	if (is_isa_range(phys_addr, last_addr))
		return (void __iomem *)phys_to_virt(phys_addr);
	/* RAM the kernel hands out is not a device's to map */
	for (pfn = phys_addr >> PAGE_SHIFT; pfn <= (last_addr >> PAGE_SHIFT); pfn++)
		if (pfn_valid(pfn) && !PageReserved(pfn_to_page(pfn)))
			return NULL;
	offset = phys_addr & ~PAGE_MASK;
	phys_addr &= PAGE_MASK;
	size = PAGE_ALIGN(last_addr + 1) - phys_addr;
	area = get_vm_area(size, VM_IOREMAP);
	if (!area)
		return NULL;
	area->phys_addr = phys_addr;
	if (ioremap_map((unsigned long)area->addr, phys_addr, size, prot)) {
		kfree(remove_vm_area(area->addr));
		return NULL;
	}
	return (void __iomem *)((unsigned long)area->addr + offset);
}

/**
 * ioremap_nocache - map device memory, uncached
 * @phys_addr: the physical address
 * @size: how many bytes
 *
 * Registers must not be cached: every read must reach the device.
 *
 * Context: process context.
 * Return: the kernel address, or NULL (RAM, a bad range, no room).
 */
void __iomem *ioremap_nocache(resource_size_t phys_addr, unsigned long size)
{
	return __ioremap(phys_addr, size, __pgprot(__PAGE_KERNEL | _PAGE_PCD | _PAGE_PWT));
}
EXPORT_SYMBOL(ioremap_nocache);

/**
 * ioremap_cache - map device memory, cached (a ROM, a frame buffer read back)
 * @phys_addr: the physical address
 * @size: how many bytes
 *
 * Context: process context.
 * Return: the kernel address, or NULL.
 */
void __iomem *ioremap_cache(resource_size_t phys_addr, unsigned long size)
{
	return __ioremap(phys_addr, size, PAGE_KERNEL);
}
EXPORT_SYMBOL(ioremap_cache);

/**
 * iounmap - give back an ioremap()ed address
 * @addr: what ioremap() returned
 *
 * Context: process context.
 */
void iounmap(volatile void __iomem *addr)
{
	unsigned long a = (unsigned long)addr;
	struct vm_struct *area;

	if (a >= (unsigned long)phys_to_virt(ISA_START_ADDRESS) &&
	    a < (unsigned long)phys_to_virt(ISA_END_ADDRESS))
		return;
	area = remove_vm_area((void *)(a & PAGE_MASK));
	if (!area || !(area->flags & VM_IOREMAP)) {
		printk(KERN_ERR "iounmap: bad address %p\n", (void *)a);
		dump_stack();
		return;
	}
	kfree(area);
}
EXPORT_SYMBOL(iounmap);
