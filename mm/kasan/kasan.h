/*
 * mm/kasan/kasan.h - what the parts of KASAN share (mm/kasan/ only).
 *
 * mm/kasan/kasan.c keeps the shadow and answers the compiler's checks,
 * mm/kasan/report.c prints what a failed check found, quarantine.c
 * holds freed objects back, init.c maps the shadow. Every slab object
 * carries a struct kasan_alloc_meta after it (in its cache's red zone,
 * which the shadow marks untouchable): who allocated it, who freed it,
 * and the link of the quarantine. See docs/debugging.md.
 */
#ifndef _MM_KASAN_KASAN_H
#define _MM_KASAN_KASAN_H

#include <linux/kernel.h>
#include <linux/kasan.h>
#include <linux/slab.h>
#include <linux/slab_def.h>

/* Return addresses kept per allocation and per free */
#define KASAN_STACK_DEPTH 6

/**
 * struct kasan_track - who did something to an object, and from where
 * @pid: the task's pid (0: nobody yet)
 * @nr: how many entries of @entries are used
 * @entries: return addresses, innermost first
 */
struct kasan_track {
	pid_t pid;
	unsigned int nr;
	unsigned long entries[KASAN_STACK_DEPTH];
};

/**
 * struct kasan_alloc_meta - KASAN's words after each slab object
 * @alloc: the last allocation
 * @free: the last free
 * @qlink: the next object in the quarantine, while this one is in it
 */
struct kasan_alloc_meta {
	struct kasan_track alloc;
	struct kasan_track free;
	void *qlink;
};

/* The shadow byte of @addr (only for addresses at or above PAGE_OFFSET) */
static inline u8 *kasan_mem_to_shadow(const void *addr)
{
	return (u8 *)(((unsigned long)addr >> KASAN_SHADOW_SCALE_SHIFT) + KASAN_SHADOW_OFFSET);
}

/* The first address whose shadow is @shadow */
static inline void *kasan_shadow_to_mem(const void *shadow)
{
	return (void *)(((unsigned long)shadow - KASAN_SHADOW_OFFSET) << KASAN_SHADOW_SCALE_SHIFT);
}

static inline struct kasan_alloc_meta *get_alloc_meta(struct kmem_cache *cache, const void *obj)
{
	return (struct kasan_alloc_meta *)((u8 *)obj + cache->kasan_meta_offset);
}

extern bool kasan_enabled;

void kasan_save_track(struct kasan_track *track, unsigned long caller);
void kasan_report(unsigned long addr, size_t size, bool is_write, unsigned long ip);
void kasan_report_invalid_free(void *object, unsigned long ip);
void quarantine_put(struct kmem_cache *cache, void *object);
void quarantine_remove_cache(struct kmem_cache *cache);


#endif /* _MM_KASAN_KASAN_H */
