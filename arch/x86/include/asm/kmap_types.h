/*
 * asm/kmap_types.h - the kmap_atomic() slots, one per kind of caller.
 *
 * kmap_atomic(page, type) maps a page at a fixed virtual address that
 * belongs to the slot @type. Code that might interrupt other code (an
 * interrupt handler, a softirq) uses its own slot, so it never overwrites
 * a mapping that the interrupted code is still using. The list is Linux
 * 2.6.32's. See mm/highmem.c and docs/memory.md.
 */
#ifndef _ASM_KMAP_TYPES_H
#define _ASM_KMAP_TYPES_H

/**
 * enum km_type - a kmap_atomic() slot
 * @KM_BOUNCE_READ: block-layer bounce buffers
 * @KM_SKB_SUNRPC_DATA: network: sunrpc
 * @KM_SKB_DATA_SOFTIRQ: network: socket buffers in softirqs
 * @KM_USER0: process context, first page
 * @KM_USER1: process context, second page (copying from one to another)
 * @KM_BIO_SRC_IRQ: block I/O source, in interrupts
 * @KM_BIO_DST_IRQ: block I/O destination, in interrupts
 * @KM_PTE0: page-table pages
 * @KM_PTE1: page-table pages, second
 * @KM_IRQ0: hard interrupt handlers
 * @KM_IRQ1: hard interrupt handlers, second
 * @KM_SOFTIRQ0: softirqs
 * @KM_SOFTIRQ1: softirqs, second
 * @KM_SYNC_ICACHE: instruction-cache maintenance
 * @KM_SYNC_DCACHE: data-cache maintenance
 * @KM_UML_USERCOPY: user-mode Linux
 * @KM_IRQ_PTE: page tables in interrupts
 * @KM_NMI: non-maskable interrupts
 * @KM_NMI_PTE: page tables in NMIs
 * @KM_TYPE_NR: the number of slots
 */
enum km_type {
	KM_BOUNCE_READ,
	KM_SKB_SUNRPC_DATA,
	KM_SKB_DATA_SOFTIRQ,
	KM_USER0,
	KM_USER1,
	KM_BIO_SRC_IRQ,
	KM_BIO_DST_IRQ,
	KM_PTE0,
	KM_PTE1,
	KM_IRQ0,
	KM_IRQ1,
	KM_SOFTIRQ0,
	KM_SOFTIRQ1,
	KM_SYNC_ICACHE,
	KM_SYNC_DCACHE,
	KM_UML_USERCOPY,
	KM_IRQ_PTE,
	KM_NMI,
	KM_NMI_PTE,
	KM_TYPE_NR
};

#endif /* _ASM_KMAP_TYPES_H */
