/*
 * highmem.h - reaching pages that have no permanent kernel address.
 *
 * High pages (ZONE_HIGHMEM, above 896 MiB) are outside the direct map. To
 * touch one, the kernel maps it for a while:
 *
 *   kmap(page) ... kunmap(page)        may sleep; one of 1024 pkmap slots,
 *                                      reference counted, unmapped lazily
 *   kmap_atomic(page, KM_USER0) ...    never sleeps; a fixed per-slot
 *   kunmap_atomic(addr, KM_USER0)      address; no sleeping in between
 *
 * For a low page both simply return page_address(page). The helpers
 * below (clear_highpage, copy_highpage...) use kmap_atomic. See
 * mm/highmem.c and docs/memory.md.
 */
#ifndef _LINUX_HIGHMEM_H
#define _LINUX_HIGHMEM_H

#include <linux/mm.h>
#include <linux/string.h>
#include <asm/kmap_types.h>

extern pte_t *pkmap_page_table;

void *kmap(struct page *page);
void kunmap(struct page *page);
void *kmap_high(struct page *page);
void kunmap_high(struct page *page);
void *kmap_atomic(struct page *page, enum km_type type);
void kunmap_atomic(void *kvaddr, enum km_type type);
struct page *kmap_atomic_to_page(void *ptr);
void kmap_init(void);
unsigned int nr_kmapped_pages(void);

/* clear_highpage - fill a (possibly high) page with zeroes */
static inline void clear_highpage(struct page *page)
{
	void *kaddr = kmap_atomic(page, KM_USER0);

	memset(kaddr, 0, PAGE_SIZE);
	kunmap_atomic(kaddr, KM_USER0);
}

/* copy_highpage - copy one (possibly high) page to another */
static inline void copy_highpage(struct page *to, struct page *from)
{
	void *vfrom = kmap_atomic(from, KM_USER0);
	void *vto = kmap_atomic(to, KM_USER1);

	memcpy(vto, vfrom, PAGE_SIZE);
	kunmap_atomic(vto, KM_USER1);
	kunmap_atomic(vfrom, KM_USER0);
}

/* zero_user - zero @size bytes at @start within a (possibly high) page */
static inline void zero_user(struct page *page, unsigned int start, unsigned int size)
{
	void *kaddr = kmap_atomic(page, KM_USER0);

	memset((char *)kaddr + start, 0, size);
	kunmap_atomic(kaddr, KM_USER0);
}

#endif /* _LINUX_HIGHMEM_H */
