/*
 * dcache.h - the dentry cache: names of files, kept in memory.
 *
 * A dentry is one component of a path ("usr" in /usr/bin) tied to the
 * inode it names, or to none (a negative dentry: "no such name here").
 * Dentries form the tree of names (d_parent, d_subdirs), and sit in a
 * hash table keyed by (parent, name), so that a path walk finds each
 * component with one d_lookup() and calls the file system's lookup only
 * on a miss. ramfs has no other place to keep its names: its dentries
 * are pinned (an extra reference) for as long as the file exists.
 *
 * Names, fields and functions are Linux 2.6.32's; Linnet guards the
 * whole cache with one dcache_lock (2.6.32 also has d_lock per dentry
 * and RCU readers), and does not keep negative dentries after their
 * last dput. See fs/dcache.c and docs/files.md.
 */
#ifndef _LINUX_DCACHE_H
#define _LINUX_DCACHE_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/atomic.h>
#include <linux/spinlock.h>

struct inode;
struct nameidata;
struct super_block;
struct vfsmount;
struct dentry;
struct path;

/**
 * struct qstr - a name with its length and hash ("quick string")
 * @hash: full_name_hash() of the name
 * @len: its length
 * @name: the bytes (not necessarily NUL-terminated in a path)
 */
struct qstr {
	unsigned int hash;
	unsigned int len;
	const unsigned char *name;
};

#define DNAME_INLINE_LEN_MIN 36

/**
 * struct dentry_operations - a file system's say over its names
 * @d_revalidate: is a cached dentry still valid? (network and proc file systems)
 * @d_hash: compute a name's hash the file system's way
 * @d_compare: compare two names the file system's way
 * @d_delete: at the last dput: nonzero means do not cache the dentry
 * @d_release: the dentry is being freed
 * @d_iput: drop the dentry's inode (default: iput())
 * @d_dname: make up a name for a dentry that has none (pipes)
 */
struct dentry_operations {
	int (*d_revalidate)(struct dentry *dentry, struct nameidata *nd);
	int (*d_hash)(struct dentry *dentry, struct qstr *name);
	int (*d_compare)(struct dentry *dentry, struct qstr *a, struct qstr *b);
	int (*d_delete)(struct dentry *dentry);
	void (*d_release)(struct dentry *dentry);
	void (*d_iput)(struct dentry *dentry, struct inode *inode);
	char *(*d_dname)(struct dentry *dentry, char *buffer, int buflen);
};

/**
 * struct dentry - one name in the tree of names
 * @d_count: references; an unused dentry (0) may stay cached
 * @d_flags: DCACHE_* flags
 * @d_inode: the inode named, or NULL for a negative dentry
 * @d_hash: in the hash table, keyed by (@d_parent, @d_name)
 * @d_parent: the directory it is in (itself for a root)
 * @d_name: its name
 * @d_lru: on the list of unused dentries
 * @d_u: on its parent's @d_subdirs (d_child)
 * @d_subdirs: its children
 * @d_alias: on its inode's list of names (i_dentry)
 * @d_time: for @d_revalidate
 * @d_op: its file system's dentry operations
 * @d_sb: its file system
 * @d_fsdata: the file system's pointer
 * @d_mounted: how many mounts sit on it
 * @d_iname: short names live here
 */
struct dentry {
	atomic_t d_count;
	unsigned int d_flags;
	struct inode *d_inode;
	struct hlist_node d_hash;
	struct dentry *d_parent;
	struct qstr d_name;
	struct list_head d_lru;
	union {
		struct list_head d_child;
	} d_u;
	struct list_head d_subdirs;
	struct list_head d_alias;
	unsigned long d_time;
	const struct dentry_operations *d_op;
	struct super_block *d_sb;
	void *d_fsdata;
	int d_mounted;
	unsigned char d_iname[DNAME_INLINE_LEN_MIN];
};

#define DCACHE_UNHASHED 0x0010
/* The parent's inode has a watch that wants its children's events (fs/notify/fsnotify.c) */
#define DCACHE_FSNOTIFY_PARENT_WATCHED 0x0080

extern spinlock_t dcache_lock;

/*
 * Name hashing, as 2.6.32's: init_name_hash() starts at 0,
 * partial_name_hash() mixes in one byte, end_name_hash() cuts the result
 * to an int, and full_name_hash(name, len) does all three. Linux 4.8
 * moved these to <linux/stringhash.h> and gave them a salt (the parent
 * dentry): init_name_hash(salt), full_name_hash(salt, name, len), and an
 * end_name_hash() that mixes through hash_long(). Linnet's kernel has
 * only this 2.6.32 form; the salted one exists solely for Linux's own
 * test_hash.c, in tests/upstream/include/linux/stringhash.h.
 */
#define init_name_hash() 0

static inline unsigned long partial_name_hash(unsigned long c, unsigned long prevhash)
{
	return (prevhash + (c << 4) + (c >> 4)) * 11;
}

static inline unsigned long end_name_hash(unsigned long hash)
{
	return (unsigned int)hash;
}

static inline unsigned int full_name_hash(const unsigned char *name, unsigned int len)
{
	unsigned long hash = init_name_hash();

	while (len--)
		hash = partial_name_hash(*name++, hash);
	return end_name_hash(hash);
}

static inline int d_unhashed(struct dentry *dentry)
{
	return dentry->d_flags & DCACHE_UNHASHED;
}

static inline int d_mountpoint(struct dentry *dentry)
{
	return dentry->d_mounted;
}

#define IS_ROOT(x) ((x) == (x)->d_parent)

/* dget - take a reference on a dentry */
static inline struct dentry *dget(struct dentry *dentry)
{
	if (dentry)
		atomic_inc(&dentry->d_count);
	return dentry;
}

struct dentry *dget_parent(struct dentry *dentry);
void dput(struct dentry *dentry);
struct dentry *d_alloc(struct dentry *parent, const struct qstr *name);
struct dentry *d_alloc_root(struct inode *root_inode);
struct dentry *d_alloc_name(struct dentry *parent, const char *name);
void d_instantiate(struct dentry *dentry, struct inode *inode);
void d_add(struct dentry *entry, struct inode *inode);
void d_rehash(struct dentry *entry);
void d_drop(struct dentry *dentry);
void __d_drop(struct dentry *dentry);
void d_delete(struct dentry *dentry);
int d_invalidate(struct dentry *dentry);
void d_move(struct dentry *dentry, struct dentry *target);
struct dentry *d_lookup(struct dentry *parent, struct qstr *name);
struct dentry *__d_lookup(struct dentry *parent, struct qstr *name);
struct dentry *d_ancestor(struct dentry *p1, struct dentry *p2);
struct dentry *d_find_alias(struct inode *inode);
void d_genocide(struct dentry *root);
void shrink_dcache_parent(struct dentry *parent);
void shrink_dcache_for_umount(struct super_block *sb);
char *d_path(const struct path *path, char *buf, int buflen);
char *__d_path(const struct path *path, struct path *root, char *buffer, int buflen);
void dcache_init(void);
extern atomic_t nr_dentry;

#endif /* _LINUX_DCACHE_H */
