/*
 * util.c - small helpers built on kmalloc(): copies and resizing.
 *
 * kstrdup() and friends allocate a copy of a string or buffer;
 * krealloc() resizes an allocation with Linux's rules: a size of 0
 * frees, a NULL pointer allocates, a block that already has room is
 * returned as it is (kmalloc objects often have slack, see ksize()),
 * and a failure leaves the old block untouched. Each records its own
 * caller as the allocator, so slab reports name the real owner. These
 * live in Linux's mm/util.c too.
 *
 * kvmalloc() and kvfree() (Linux 4.12, an addition to 2.6.32, where each
 * caller open-coded "kmalloc, else vmalloc") try the slab first, without
 * retrying or warning when the request is over a page, and fall back to
 * vmalloc() when the caller may sleep. A size above INT_MAX is refused as
 * today's Linux refuses it: a size that big is a bug, not a request.
 * See docs/slab.md.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include <linux/mm.h>

/**
 * kstrdup - allocate a copy of a string
 * @s: the string (NULL gives NULL)
 * @gfp: GFP flags for kmalloc()
 *
 * Context: as kmalloc() with @gfp.
 * Return: the copy, or NULL.
 */
char *kstrdup(const char *s, gfp_t gfp)
{
	size_t len;
	char *buf;

	if (!s)
		return NULL;
	len = strlen(s) + 1;
	buf = kmalloc_track_caller(len, gfp);
	if (buf)
		memcpy(buf, s, len);
	return buf;
}
EXPORT_SYMBOL(kstrdup);

/**
 * kstrndup - allocate a copy of at most @max characters of a string
 * @s: the string (NULL gives NULL)
 * @max: the most characters to copy; the copy is always terminated
 * @gfp: GFP flags for kmalloc()
 *
 * Context: as kmalloc() with @gfp.
 * Return: the copy, or NULL.
 */
char *kstrndup(const char *s, size_t max, gfp_t gfp)
{
	size_t len;
	char *buf;

	if (!s)
		return NULL;
	len = strnlen(s, max);
	buf = kmalloc_track_caller(len + 1, gfp);
	if (buf) {
		memcpy(buf, s, len);
		buf[len] = '\0';
	}
	return buf;
}
EXPORT_SYMBOL(kstrndup);

/**
 * kmemdup - allocate a copy of a buffer
 * @src: the bytes
 * @len: how many
 * @gfp: GFP flags for kmalloc()
 *
 * Context: as kmalloc() with @gfp.
 * Return: the copy (ZERO_SIZE_PTR for @len 0), or NULL.
 */
void *kmemdup(const void *src, size_t len, gfp_t gfp)
{
	void *p = kmalloc_track_caller(len, gfp);

	if (p && len)
		memcpy(p, src, len);
	return p;
}
EXPORT_SYMBOL(kmemdup);

/**
 * krealloc - resize an allocation
 * @p: memory from kmalloc(), or NULL (then it is kmalloc()), or ZERO_SIZE_PTR
 * @new_size: the size wanted; 0 frees @p and returns ZERO_SIZE_PTR
 * @flags: GFP flags for a new allocation
 *
 * If @p already has @new_size bytes (ksize()), @p itself is returned.
 * Otherwise the contents move to a new block and @p is freed.
 *
 * Context: as kmalloc() with @flags.
 * Return: the resized memory, or NULL on failure (then @p is left as it was).
 */
void *krealloc(const void *p, size_t new_size, gfp_t flags)
{
	size_t ks = 0;
	void *ret;

	if (unlikely(!new_size)) {
		kfree(p);
		return ZERO_SIZE_PTR;
	}
	if (p)
		ks = ksize(p);
	if (ks >= new_size)
		return (void *)p;
	ret = kmalloc_track_caller(new_size, flags);
	if (ret && p) {
		memcpy(ret, p, ks);
		kfree(p);
	}
	return ret;
}
EXPORT_SYMBOL(krealloc);

/**
 * kvmalloc_node - kmalloc() if cheap, else vmalloc()
 * @size: how many bytes
 * @flags: GFP flags; without __GFP_WAIT only kmalloc() is tried
 * @node: the NUMA node, or NUMA_NO_NODE (ignored: one node)
 *
 * Context: as kmalloc() with @flags.
 * Return: the memory (free it with kvfree()), or NULL; ZERO_SIZE_PTR for 0.
 */
void *kvmalloc_node(size_t size, gfp_t flags, int node)
{
	gfp_t kmalloc_flags = flags;
	void *p;

	if (size > PAGE_SIZE)
		kmalloc_flags |= __GFP_NOWARN | __GFP_NORETRY;
	p = kmalloc_node(size, kmalloc_flags, node);
	if (p || size <= PAGE_SIZE || !(flags & __GFP_WAIT))
		return p;
	if (unlikely(size > INT_MAX)) {
		WARN_ON_ONCE(!(flags & __GFP_NOWARN));
		return NULL;
	}
	return __vmalloc(size, flags | __GFP_HIGHMEM);
}
EXPORT_SYMBOL(kvmalloc_node);

/**
 * kvfree - free memory from kvmalloc(), kmalloc() or vmalloc()
 * @addr: the memory, or NULL
 *
 * Context: process context if @addr may be vmalloc() memory (vfree sleeps).
 */
void kvfree(const void *addr)
{
	if (is_vmalloc_addr(addr))
		vfree(addr);
	else
		kfree(addr);
}
EXPORT_SYMBOL(kvfree);
