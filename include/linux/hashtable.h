/*
 * linux/hashtable.h - a fixed-size hash table of hlist buckets.
 *
 * DEFINE_HASHTABLE(name, bits) is an array of 2^bits hlist heads: one
 * pointer per bucket. hash_add(table, node, key) puts an object's
 * hlist_node in the bucket hash_min(key, bits) chooses;
 * hash_for_each_possible(table, obj, member, key) walks only that bucket,
 * so a lookup compares the key against the few objects that share its
 * hash. The table never grows: pick @bits for the expected number of
 * objects. The size is part of the array's type, so HASH_BITS(table) can
 * recover it.
 *
 * Linux 3.7 added this header; 2.6.32 code declares its hlist arrays and
 * calls hash_long() by hand, which is what these macros do. The _rcu
 * variants let lookups run under rcu_read_lock() while one updater (who
 * excludes the others) adds and deletes: they are the rculist.h helpers
 * applied to a bucket. See docs/lib.md and docs/rcu.md.
 */
#ifndef _LINUX_HASHTABLE_H
#define _LINUX_HASHTABLE_H

#include <linux/list.h>
#include <linux/rculist.h>
#include <linux/types.h>
#include <linux/kernel.h>
#include <linux/hash.h>
#include <linux/log2.h>

#define DEFINE_HASHTABLE(name, bits) \
	struct hlist_head name[1 << (bits)] = { [0 ...((1 << (bits)) - 1)] = HLIST_HEAD_INIT }
#define DEFINE_READ_MOSTLY_HASHTABLE(name, bits) DEFINE_HASHTABLE(name, bits)
#define DECLARE_HASHTABLE(name, bits) struct hlist_head name[1 << (bits)]

#define HASH_SIZE(name) (ARRAY_SIZE(name))
#define HASH_BITS(name) ilog2(HASH_SIZE(name))

/* hash_min - @val into @bits bits, with the 32-bit hash if @val fits in 32 bits */
#define hash_min(val, bits) (sizeof(val) <= 4 ? hash_32(val, bits) : hash_long(val, bits))

static inline void __hash_init(struct hlist_head *ht, unsigned int sz)
{
	unsigned int i;

	for (i = 0; i < sz; i++)
		INIT_HLIST_HEAD(&ht[i]);
}

/* hash_init - empty a hash table (one declared with DECLARE_HASHTABLE) */
#define hash_init(hashtable) __hash_init(hashtable, HASH_SIZE(hashtable))

/* hash_add - add @node to @hashtable under @key */
#define hash_add(hashtable, node, key) \
	hlist_add_head(node, &hashtable[hash_min(key, HASH_BITS(hashtable))])

/* hash_add_rcu - add @node under @key, visible at once to readers in rcu_read_lock() */
#define hash_add_rcu(hashtable, node, key) \
	hlist_add_head_rcu(node, &hashtable[hash_min(key, HASH_BITS(hashtable))])

/* hash_hashed - is @node in a hash table? */
static inline bool hash_hashed(struct hlist_node *node)
{
	return !hlist_unhashed(node);
}

static inline bool __hash_empty(struct hlist_head *ht, unsigned int sz)
{
	unsigned int i;

	for (i = 0; i < sz; i++)
		if (!hlist_empty(&ht[i]))
			return false;
	return true;
}

/* hash_empty - is every bucket empty? */
#define hash_empty(hashtable) __hash_empty(hashtable, HASH_SIZE(hashtable))

/* hash_del - remove @node from its hash table (it is then unhashed) */
static inline void hash_del(struct hlist_node *node)
{
	hlist_del_init(node);
}

/* hash_del_rcu - remove @node; readers may still stand on it until a grace period ends */
static inline void hash_del_rcu(struct hlist_node *node)
{
	hlist_del_init_rcu(node);
}

/* hash_for_each - every object: @bkt is the bucket cursor (int), @obj the object */
#define hash_for_each(name, bkt, obj, member)                                         \
	for ((bkt) = 0, obj = NULL; obj == NULL && (bkt) < HASH_SIZE(name); (bkt)++)   \
		hlist_for_each_entry(obj, &name[bkt], member)

/* hash_for_each_safe - the same; @obj may be removed, @tmp is a struct hlist_node * */
#define hash_for_each_safe(name, bkt, tmp, obj, member)                               \
	for ((bkt) = 0, obj = NULL; obj == NULL && (bkt) < HASH_SIZE(name); (bkt)++)   \
		hlist_for_each_entry_safe(obj, tmp, &name[bkt], member)

/* hash_for_each_possible - the objects in @key's bucket (a lookup still compares keys) */
#define hash_for_each_possible(name, obj, member, key) \
	hlist_for_each_entry(obj, &name[hash_min(key, HASH_BITS(name))], member)

#define hash_for_each_possible_safe(name, obj, tmp, member, key) \
	hlist_for_each_entry_safe(obj, tmp, &name[hash_min(key, HASH_BITS(name))], member)

/* hash_for_each_rcu - every object, inside an RCU reader */
#define hash_for_each_rcu(name, bkt, obj, member)                                     \
	for ((bkt) = 0, obj = NULL; obj == NULL && (bkt) < HASH_SIZE(name); (bkt)++)   \
		hlist_for_each_entry_rcu(obj, &name[bkt], member)

/* hash_for_each_possible_rcu - the objects in @key's bucket, inside an RCU reader */
#define hash_for_each_possible_rcu(name, obj, member, key) \
	hlist_for_each_entry_rcu(obj, &name[hash_min(key, HASH_BITS(name))], member)

/* hash_for_each_possible_rcu_notrace - the same (Linnet has no tracer to avoid) */
#define hash_for_each_possible_rcu_notrace(name, obj, member, key) \
	hash_for_each_possible_rcu(name, obj, member, key)

#endif /* _LINUX_HASHTABLE_H */
