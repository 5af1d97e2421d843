/*
 * linux/kref.h - a reference count that calls a release function at zero.
 *
 * An object shared by several users embeds a struct kref. kref_init()
 * starts it at 1 (the creator's reference); every user that keeps a
 * pointer takes kref_get(); every user that drops one calls
 * kref_put(kref, release), and the put that brings the count to zero calls
 * release(), which frees the object (container_of() gets from the kref to
 * it). No one frees the object directly: the last put does, whoever that
 * is. struct device (drivers/base/core.c) and klist nodes (lib/klist.c)
 * are counted this way.
 *
 * As in Linux 2.6.32 the count is an atomic_t and kref_put() returns 1 if
 * it released the object. Later Linux moved to refcount_t, which saturates
 * instead of wrapping; kref_read() is from that later API. See
 * docs/drivers-core.md.
 */
#ifndef _LINUX_KREF_H
#define _LINUX_KREF_H

#include <linux/atomic.h>
#include <linux/bug.h>

/**
 * struct kref - a reference count
 * @refcount: the count; zero means released
 */
struct kref {
	atomic_t refcount;
};

#define KREF_INIT(n) { .refcount = ATOMIC_INIT(n) }

/**
 * kref_init - start the count at 1, the caller's reference
 * @kref: the count
 *
 * Context: any.
 */
static inline void kref_init(struct kref *kref)
{
	atomic_set(&kref->refcount, 1);
}

/**
 * kref_read - the current count (for messages and tests)
 * @kref: the count
 *
 * Context: any.
 * Return: the count.
 */
static inline unsigned int kref_read(const struct kref *kref)
{
	return atomic_read(&kref->refcount);
}

/**
 * kref_get - take another reference
 * @kref: the count; it must not be zero (the object would be gone)
 *
 * Context: any.
 */
static inline void kref_get(struct kref *kref)
{
	WARN_ON(!atomic_read(&kref->refcount));
	atomic_inc(&kref->refcount);
}

/**
 * kref_put - drop a reference, and release the object with the last one
 * @kref: the count
 * @release: called with @kref when the count reaches zero; must not be NULL
 *
 * Context: any context @release may run in.
 * Return: 1 if this put released the object, else 0.
 */
static inline int kref_put(struct kref *kref, void (*release)(struct kref *kref))
{
	WARN_ON(release == NULL);
	if (atomic_dec_and_test(&kref->refcount)) {
		release(kref);
		return 1;
	}
	return 0;
}

/**
 * kref_get_unless_zero - take a reference only if the object still lives
 * @kref: the count
 *
 * Context: any.
 * Return: non-zero if a reference was taken.
 */
static inline int kref_get_unless_zero(struct kref *kref)
{
	return atomic_add_unless(&kref->refcount, 1, 0);
}

#endif /* _LINUX_KREF_H */
