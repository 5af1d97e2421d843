/*
 * kasan.h - the kernel address sanitizer: catching bad accesses as they happen.
 *
 * With `make KASAN=1` GCC puts a call before every load and store of the
 * kernel (-fsanitize=kernel-address): __asan_load4(addr) before reading
 * four bytes at addr. The call looks up one "shadow" byte that says how
 * much of the 8-byte granule holding addr may be touched:
 *
 *   shadow(addr) = (addr >> 3) + KASAN_SHADOW_OFFSET
 *
 *   0         all 8 bytes are valid
 *   1..7      only the first 1..7 bytes are valid (the end of an object)
 *   negative  none is: why is in the value (KASAN_SLAB_FREE, ...)
 *
 * The allocators keep the shadow up to date: kmalloc() marks its object
 * valid and the rest of its buffer as red zone, kfree() marks the object
 * freed (and holds it back in a quarantine so the memory stays free for a
 * while), the page allocator marks free pages. A bad access is then
 * reported at the instruction that made it (mm/kasan/report.c).
 *
 * The shadow of the kernel's gigabyte (0xC0000000 up) is 128 MiB; Linnet
 * has no user space, so it lives in the otherwise empty lower part of the
 * address space, at 0xA0000000 (mm/kasan/init.c). Without CONFIG_KASAN
 * every hook below is an empty inline. See docs/debugging.md.
 */
#ifndef _LINUX_KASAN_H
#define _LINUX_KASAN_H

#include <linux/kconfig.h>
#include <linux/types.h>

struct kmem_cache;
struct page;
struct task_struct;

#define KASAN_SHADOW_SCALE_SHIFT 3
#define KASAN_SHADOW_SCALE_SIZE (1UL << KASAN_SHADOW_SCALE_SHIFT)
#define KASAN_SHADOW_MASK (KASAN_SHADOW_SCALE_SIZE - 1)
/* The shadow of 0xC0000000..0xFFFFFFFF: 0xA0000000..0xA7FFFFFF */
#define KASAN_SHADOW_START 0xA0000000UL
#define KASAN_SHADOW_END 0xA8000000UL
#define KASAN_SHADOW_OFFSET (KASAN_SHADOW_START - (0xC0000000UL >> KASAN_SHADOW_SCALE_SHIFT))

/* Shadow values for memory that must not be touched (Linux's generic KASAN) */
#define KASAN_PAGE_FREE 0xFF	   /* a free page */
#define KASAN_PAGE_REDZONE 0xFE	   /* the tail of a kmalloc() of whole pages */
#define KASAN_SLAB_REDZONE 0xFC	   /* around a slab object */
#define KASAN_SLAB_FREE 0xFB	   /* a freed slab object */
#define KASAN_GLOBAL_REDZONE 0xF9  /* after a global variable */
#define KASAN_VMALLOC_INVALID 0xF8 /* vmalloc space not handed out */
#define KASAN_STACK_LEFT 0xF1	   /* the stack red zones GCC writes */
#define KASAN_STACK_MID 0xF2
#define KASAN_STACK_RIGHT 0xF3
#define KASAN_STACK_PARTIAL 0xF4
#define KASAN_USE_AFTER_SCOPE 0xF8 /* GCC's value for a local out of scope */

#ifdef CONFIG_KASAN

void kasan_early_init(void);
void kasan_init(void);

void kasan_unpoison_shadow(const void *addr, size_t size);
void kasan_poison_shadow(const void *addr, size_t size, u8 value);
bool kasan_check_read(const volatile void *p, unsigned int size);
bool kasan_check_write(const volatile void *p, unsigned int size);
bool kasan_check_range(const volatile void *p, size_t size, bool write, unsigned long ret_ip);

void kasan_alloc_pages(struct page *page, unsigned int order);
void kasan_free_pages(struct page *page, unsigned int order);
void kasan_kmalloc_large(const void *ptr, size_t size);

void kasan_cache_create(struct kmem_cache *cache, size_t *size, size_t *align);
void kasan_poison_object_data(struct kmem_cache *cache, void *object);
void kasan_slab_alloc(struct kmem_cache *cache, void *object, unsigned long caller);
void kasan_kmalloc(struct kmem_cache *cache, const void *object, size_t size);
bool kasan_slab_free(struct kmem_cache *cache, void *object, unsigned long caller);
void kasan_cache_shrink(struct kmem_cache *cache);
void kasan_quarantine_drain(void);

int kasan_populate_vmalloc(unsigned long addr, unsigned long size);
void kasan_release_vmalloc(unsigned long start, unsigned long end, unsigned long free_start,
			   unsigned long free_end);
void kasan_unpoison_task_stack(struct task_struct *task);
void kasan_unpoison_task_stack_below(const void *watermark);

#else /* !CONFIG_KASAN */

/* the empty hooks ignore their arguments (host builds warn about that) */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"

static inline void kasan_early_init(void) {}
static inline void kasan_init(void) {}
static inline void kasan_unpoison_shadow(const void *addr, size_t size) {}
static inline void kasan_poison_shadow(const void *addr, size_t size, u8 value) {}
static inline bool kasan_check_read(const volatile void *p, unsigned int size) { return true; }
static inline bool kasan_check_write(const volatile void *p, unsigned int size) { return true; }
static inline bool kasan_check_range(const volatile void *p, size_t size, bool write,
				     unsigned long ret_ip)
{
	return true;
}
static inline void kasan_alloc_pages(struct page *page, unsigned int order) {}
static inline void kasan_free_pages(struct page *page, unsigned int order) {}
static inline void kasan_kmalloc_large(const void *ptr, size_t size) {}
static inline void kasan_cache_create(struct kmem_cache *cache, size_t *size, size_t *align) {}
static inline void kasan_poison_object_data(struct kmem_cache *cache, void *object) {}
static inline void kasan_slab_alloc(struct kmem_cache *cache, void *object,
				    unsigned long caller) {}
static inline void kasan_kmalloc(struct kmem_cache *cache, const void *object, size_t size) {}
static inline bool kasan_slab_free(struct kmem_cache *cache, void *object, unsigned long caller)
{
	return false;
}
static inline void kasan_cache_shrink(struct kmem_cache *cache) {}
static inline void kasan_quarantine_drain(void) {}
static inline int kasan_populate_vmalloc(unsigned long addr, unsigned long size) { return 0; }
static inline void kasan_release_vmalloc(unsigned long start, unsigned long end,
					 unsigned long free_start, unsigned long free_end) {}
static inline void kasan_unpoison_task_stack(struct task_struct *task) {}
static inline void kasan_unpoison_task_stack_below(const void *watermark) {}
#pragma GCC diagnostic pop

#endif /* CONFIG_KASAN */

#endif /* _LINUX_KASAN_H */
