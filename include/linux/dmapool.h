/*
 * dmapool.h - pools of small, fixed-size, aligned blocks for DMA.
 *
 * A driver that hands a device many small descriptors (a USB host's
 * transfer descriptors, a network card's rings) asks for them from a
 * dma_pool: every block has the same size and alignment, never crosses
 * a chosen boundary, and comes with the address the device uses (its
 * dma_addr_t). The pool carves whole pages into blocks, as kmalloc's
 * caches do. See mm/dmapool.c and docs/labs/lab1-dmapool.md.
 */
#ifndef _LINUX_DMAPOOL_H
#define _LINUX_DMAPOOL_H

#include <linux/types.h>
#include <linux/gfp.h>

struct device;
struct dma_pool;

struct dma_pool *dma_pool_create(const char *name, struct device *dev, size_t size, size_t align,
				 size_t allocation);
void dma_pool_destroy(struct dma_pool *pool);
void *dma_pool_alloc(struct dma_pool *pool, gfp_t mem_flags, dma_addr_t *handle);
void dma_pool_free(struct dma_pool *pool, void *vaddr, dma_addr_t addr);

#endif
