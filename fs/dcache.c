/*
 * dcache.c - the dentry cache: the names of files, kept in memory.
 *
 * Every name the VFS has met is a struct dentry in a tree (d_parent,
 * d_subdirs) and in a hash table keyed by (parent, name). A path walk
 * looks each component up with d_lookup(); only on a miss does it ask
 * the file system (inode_operations->lookup), which fills in a new
 * dentry with d_add(): an inode, or NULL for "no such name" (negative).
 *
 *   dentry_hashtable[hash(parent, name)] -> dentry "bin" -> d_inode
 *                                          d_parent = dentry "usr"
 *
 * A dentry lives while it has references (d_count). At the last dput()
 * a hashed, positive dentry stays cached on the unused list; one that
 * was dropped from the hash (unlinked, or its file system said so in
 * d_delete) is freed, and its reference to its inode and its parent go
 * with it. ramfs keeps an extra reference on each of its dentries for as
 * long as the name exists, which is why its files never fall out.
 *
 * Differences from 2.6.32: one spinlock (dcache_lock) guards everything
 * (2.6.32 adds a lock per dentry, d_lock, and looks up the hash chains
 * under RCU; the RCU path walk without dcache_lock is 2.6.38's); negative dentries are
 * not kept after their last dput; unused positive dentries are freed
 * only by unmounting (there is no memory-pressure shrinker yet).
 * Read next: fs/namei.c, and docs/files.md.
 */
#include <linux/module.h>
#include <linux/dcache.h>
#include <linux/fs.h>
#include <linux/fsnotify.h>
#include <linux/mount.h>
#include <linux/path.h>
#include <linux/fs_struct.h>
#include <linux/pagemap.h>
#include <linux/sched.h>
#include <linux/kernel.h>
#include <linux/cache.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/bug.h>
#include <linux/gfp.h>
#include <linux/uaccess.h>

#define D_HASHBITS 10
#define D_HASHSIZE (1U << D_HASHBITS)

DEFINE_SPINLOCK(dcache_lock);
static struct kmem_cache *dentry_cache;
static struct hlist_head dentry_hashtable[D_HASHSIZE];
static LIST_HEAD(dentry_unused);

/* nr_dentry - how many dentries exist (/proc/sys/fs/dentry-state's first number) */
atomic_t nr_dentry = ATOMIC_INIT(0);

static struct hlist_head *d_hash(struct dentry *parent, unsigned long hash)
{
	hash += (unsigned long)parent / L1_CACHE_BYTES;
	hash = hash ^ (hash >> D_HASHBITS) ^ (hash >> (2 * D_HASHBITS));
	return dentry_hashtable + (hash & (D_HASHSIZE - 1));
}

static int dname_external(struct dentry *dentry)
{
	return dentry->d_name.name != dentry->d_iname;
}

static void d_free(struct dentry *dentry)
{
	if (dentry->d_op && dentry->d_op->d_release)
		dentry->d_op->d_release(dentry);
	if (dname_external(dentry))
		kfree(dentry->d_name.name);
	kmem_cache_free(dentry_cache, dentry);
	atomic_dec(&nr_dentry);
}

/* dentry_iput - detach the inode; called with dcache_lock held, returns with it dropped */
static void dentry_iput(struct dentry *dentry)
{
	struct inode *inode = dentry->d_inode;

	if (inode) {
		dentry->d_inode = NULL;
		list_del_init(&dentry->d_alias);
		spin_unlock(&dcache_lock);
		if (!inode->i_nlink)
			fsnotify_inoderemove(inode);
		if (dentry->d_op && dentry->d_op->d_iput)
			dentry->d_op->d_iput(dentry, inode);
		else
			iput(inode);
	} else {
		spin_unlock(&dcache_lock);
	}
}

/* d_kill - free an unused dentry (dcache_lock held, dropped); its parent, to be dput */
static struct dentry *d_kill(struct dentry *dentry)
{
	struct dentry *parent;

	list_del(&dentry->d_u.d_child);
	list_del_init(&dentry->d_lru);
	dentry_iput(dentry);
	parent = IS_ROOT(dentry) ? NULL : dentry->d_parent;
	d_free(dentry);
	return parent;
}

/**
 * dput - drop a reference to a dentry
 * @dentry: the dentry (NULL is allowed)
 *
 * At the last reference an unhashed or negative dentry is freed, and
 * the reference it held on its parent is dropped in turn; a hashed
 * positive one stays cached on the unused list.
 *
 * Context: process context; may sleep (the inode may be freed).
 */
void dput(struct dentry *dentry)
{
	while (dentry) {
		spin_lock(&dcache_lock);
		if (!atomic_dec_and_test(&dentry->d_count)) {
			spin_unlock(&dcache_lock);
			return;
		}
		if (dentry->d_op && dentry->d_op->d_delete && dentry->d_op->d_delete(dentry))
			__d_drop(dentry);
		else if (!dentry->d_inode)
			__d_drop(dentry);
		if (!d_unhashed(dentry)) {
			if (list_empty(&dentry->d_lru))
				list_add(&dentry->d_lru, &dentry_unused);
			spin_unlock(&dcache_lock);
			return;
		}
		dentry = d_kill(dentry);
	}
}
EXPORT_SYMBOL(dput);

/**
 * dget_parent - a reference to a dentry's parent
 * @dentry: the child
 *
 * Context: any; does not sleep.
 * Return: the parent, with a reference.
 */
struct dentry *dget_parent(struct dentry *dentry)
{
	struct dentry *parent;

	spin_lock(&dcache_lock);
	parent = dget(dentry->d_parent);
	spin_unlock(&dcache_lock);
	return parent;
}
EXPORT_SYMBOL(dget_parent);

/**
 * d_alloc - allocate a dentry for a name in a directory
 * @parent: the directory's dentry (NULL for the root of a new tree)
 * @name: the name; copied
 *
 * The dentry is unhashed and negative; d_add() or d_instantiate() give
 * it an inode. It holds a reference on @parent.
 *
 * Context: process context; may sleep.
 * Return: the dentry (count 1), or NULL when memory ran out.
 */
struct dentry *d_alloc(struct dentry *parent, const struct qstr *name)
{
	struct dentry *dentry = kmem_cache_zalloc(dentry_cache, GFP_KERNEL);
	unsigned char *dname = dentry ? dentry->d_iname : NULL;

	if (!dentry)
		return NULL;
	if (name->len > DNAME_INLINE_LEN_MIN - 1) {
		dname = kmalloc(name->len + 1, GFP_KERNEL);
		if (!dname) {
			kmem_cache_free(dentry_cache, dentry);
			return NULL;
		}
	}
	memcpy(dname, name->name, name->len);
	dname[name->len] = 0;
	dentry->d_name.name = dname;
	dentry->d_name.len = name->len;
	dentry->d_name.hash = name->hash;
	atomic_set(&dentry->d_count, 1);
	dentry->d_flags = DCACHE_UNHASHED;
	INIT_HLIST_NODE(&dentry->d_hash);
	INIT_LIST_HEAD(&dentry->d_lru);
	INIT_LIST_HEAD(&dentry->d_subdirs);
	INIT_LIST_HEAD(&dentry->d_alias);
	INIT_LIST_HEAD(&dentry->d_u.d_child);
	dentry->d_parent = dentry;
	if (parent) {
		dentry->d_parent = dget(parent);
		dentry->d_sb = parent->d_sb;
		spin_lock(&dcache_lock);
		list_add(&dentry->d_u.d_child, &parent->d_subdirs);
		spin_unlock(&dcache_lock);
	}
	atomic_inc(&nr_dentry);
	return dentry;
}
EXPORT_SYMBOL(d_alloc);

/**
 * d_alloc_name - d_alloc() for a C string
 * @parent: the directory's dentry
 * @name: the name
 *
 * Context: process context; may sleep.
 * Return: the dentry or NULL.
 */
struct dentry *d_alloc_name(struct dentry *parent, const char *name)
{
	struct qstr q;

	q.name = (const unsigned char *)name;
	q.len = strlen(name);
	q.hash = full_name_hash(q.name, q.len);
	return d_alloc(parent, &q);
}
EXPORT_SYMBOL(d_alloc_name);

/**
 * d_instantiate - give a negative dentry its inode
 * @dentry: the dentry
 * @inode: the inode (its reference passes to the dentry), or NULL
 *
 * Context: any; does not sleep.
 */
void d_instantiate(struct dentry *dentry, struct inode *inode)
{
	BUG_ON(!list_empty(&dentry->d_alias));
	spin_lock(&dcache_lock);
	if (inode)
		list_add(&dentry->d_alias, &inode->i_dentry);
	dentry->d_inode = inode;
	fsnotify_d_instantiate(dentry, inode);
	spin_unlock(&dcache_lock);
}
EXPORT_SYMBOL(d_instantiate);

/**
 * d_alloc_root - the root dentry of a new super block
 * @root_inode: the root directory's inode
 *
 * Context: process context; may sleep.
 * Return: a dentry named "/", its own parent, or NULL.
 */
struct dentry *d_alloc_root(struct inode *root_inode)
{
	static const struct qstr name = { .name = (const unsigned char *)"/", .len = 1 };
	struct dentry *res = NULL;

	if (root_inode) {
		res = d_alloc(NULL, &name);
		if (res) {
			res->d_sb = root_inode->i_sb;
			d_instantiate(res, root_inode);
		}
	}
	return res;
}
EXPORT_SYMBOL(d_alloc_root);

static void __d_rehash(struct dentry *entry, struct hlist_head *list)
{
	entry->d_flags &= ~DCACHE_UNHASHED;
	hlist_add_head(&entry->d_hash, list);
}

/**
 * d_rehash - put a dentry in the hash table, where d_lookup() finds it
 * @entry: the dentry
 *
 * Context: any; does not sleep.
 */
void d_rehash(struct dentry *entry)
{
	spin_lock(&dcache_lock);
	__d_rehash(entry, d_hash(entry->d_parent, entry->d_name.hash));
	spin_unlock(&dcache_lock);
}
EXPORT_SYMBOL(d_rehash);

/**
 * d_add - give a dentry its inode and make it findable
 * @entry: the dentry
 * @inode: the inode, or NULL for a negative entry
 *
 * Context: any; does not sleep.
 */
void d_add(struct dentry *entry, struct inode *inode)
{
	d_instantiate(entry, inode);
	d_rehash(entry);
}

/**
 * __d_drop - take a dentry out of the hash (dcache_lock held)
 * @dentry: the dentry
 *
 * Context: dcache_lock held.
 */
void __d_drop(struct dentry *dentry)
{
	if (!d_unhashed(dentry)) {
		dentry->d_flags |= DCACHE_UNHASHED;
		hlist_del_init(&dentry->d_hash);
	}
}
EXPORT_SYMBOL(__d_drop);

/**
 * d_drop - take a dentry out of the hash: lookups no longer find it
 * @dentry: the dentry
 *
 * Context: any; does not sleep.
 */
void d_drop(struct dentry *dentry)
{
	spin_lock(&dcache_lock);
	__d_drop(dentry);
	spin_unlock(&dcache_lock);
}
EXPORT_SYMBOL(d_drop);

static int d_name_equal(struct dentry *parent, struct dentry *dentry, struct qstr *name)
{
	if (dentry->d_name.hash != name->hash || dentry->d_parent != parent)
		return 0;
	if (parent->d_op && parent->d_op->d_compare)
		return !parent->d_op->d_compare(parent, &dentry->d_name, name);
	return dentry->d_name.len == name->len &&
	       !memcmp(dentry->d_name.name, name->name, name->len);
}

/**
 * __d_lookup - find a name in a directory's cached entries
 * @parent: the directory's dentry
 * @name: the name, with its hash
 *
 * Context: any; does not sleep.
 * Return: the dentry with a reference, or NULL if it is not cached.
 */
struct dentry *__d_lookup(struct dentry *parent, struct qstr *name)
{
	struct hlist_head *head = d_hash(parent, name->hash);
	struct hlist_node *node;
	struct dentry *found = NULL;

	spin_lock(&dcache_lock);
	hlist_for_each(node, head) {
		/* cppcheck-suppress nullPointer ; container_of's offsetof */
		struct dentry *dentry = hlist_entry(node, struct dentry, d_hash);

		if (d_name_equal(parent, dentry, name)) {
			if (!atomic_read(&dentry->d_count))
				list_del_init(&dentry->d_lru);
			found = dget(dentry);
			break;
		}
	}
	spin_unlock(&dcache_lock);
	return found;
}
EXPORT_SYMBOL(__d_lookup);

/**
 * d_lookup - find a name in a directory's cached entries
 * @parent: the directory's dentry
 * @name: the name, with its hash
 *
 * Context: any; does not sleep.
 * Return: the dentry with a reference (possibly negative), or NULL.
 */
struct dentry *d_lookup(struct dentry *parent, struct qstr *name)
{
	return __d_lookup(parent, name);
}
EXPORT_SYMBOL(d_lookup);

/**
 * d_invalidate - drop a dentry its file system no longer vouches for
 * @dentry: the dentry (d_revalidate said 0)
 *
 * Its unused children are freed, then it is taken out of the hash, so
 * the next lookup asks the file system again. A directory someone still
 * uses (a working directory, or the parent of an open file) stays, as in
 * 2.6.32, lest its children be looked up again under a name that is gone;
 * a file system that wants it gone anyway d_drop()s it itself
 * (fs/proc/base.c:pid_revalidate does).
 *
 * Context: process context; may sleep.
 * Return: 0 if the dentry is unhashed now, -EBUSY if it stays.
 */
int d_invalidate(struct dentry *dentry)
{
	spin_lock(&dcache_lock);
	if (d_unhashed(dentry)) {
		spin_unlock(&dcache_lock);
		return 0;
	}
	if (!list_empty(&dentry->d_subdirs)) {
		spin_unlock(&dcache_lock);
		shrink_dcache_parent(dentry);
		spin_lock(&dcache_lock);
	}
	if (atomic_read(&dentry->d_count) > 1 && dentry->d_inode &&
	    S_ISDIR(dentry->d_inode->i_mode)) {
		spin_unlock(&dcache_lock);
		return -EBUSY;
	}
	__d_drop(dentry);
	spin_unlock(&dcache_lock);
	return 0;
}
EXPORT_SYMBOL(d_invalidate);

/**
 * d_delete - a name was removed from its directory
 * @dentry: its dentry
 *
 * If nobody else holds the dentry it turns negative at once; otherwise
 * (the file is open) it is only unhashed, and the inode goes when the
 * last user drops the dentry.
 *
 * Context: process context; may sleep.
 */
void d_delete(struct dentry *dentry)
{
	int isdir = dentry->d_inode && S_ISDIR(dentry->d_inode->i_mode);

	spin_lock(&dcache_lock);
	if (atomic_read(&dentry->d_count) == 1) {
		dentry_iput(dentry);
	} else {
		__d_drop(dentry);
		spin_unlock(&dcache_lock);
	}
	fsnotify_nameremove(dentry, isdir);
}
EXPORT_SYMBOL(d_delete);

/* switch_names - give @dentry @target's name and @target the old one */
static void switch_names(struct dentry *dentry, struct dentry *target)
{
	unsigned char tmp[DNAME_INLINE_LEN_MIN];
	const unsigned char *name;
	unsigned int len;

	if (dname_external(dentry) && dname_external(target)) {
		name = dentry->d_name.name;
		dentry->d_name.name = target->d_name.name;
		target->d_name.name = name;
	} else if (dname_external(target)) {
		memcpy(target->d_iname, dentry->d_name.name, dentry->d_name.len + 1);
		dentry->d_name.name = target->d_name.name;
		target->d_name.name = target->d_iname;
	} else if (dname_external(dentry)) {
		memcpy(dentry->d_iname, target->d_name.name, target->d_name.len + 1);
		target->d_name.name = dentry->d_name.name;
		dentry->d_name.name = dentry->d_iname;
	} else {
		memcpy(tmp, dentry->d_iname, sizeof(tmp));
		memcpy(dentry->d_iname, target->d_iname, sizeof(tmp));
		memcpy(target->d_iname, tmp, sizeof(tmp));
	}
	len = dentry->d_name.len;
	dentry->d_name.len = target->d_name.len;
	target->d_name.len = len;
}

/**
 * d_move - a rename: @dentry takes @target's name and place
 * @dentry: the dentry being renamed
 * @target: the dentry of the new name (negative, or the file it replaced)
 *
 * @target ends up unhashed, under @dentry's old name and parent, and is
 * freed at its last dput().
 *
 * Context: process context, both directories' i_mutex held.
 */
void d_move(struct dentry *dentry, struct dentry *target)
{
	struct dentry *parent;
	unsigned int hash;

	spin_lock(&dcache_lock);
	__d_drop(dentry);
	__d_drop(target);
	list_del(&dentry->d_u.d_child);
	list_del(&target->d_u.d_child);
	switch_names(dentry, target);
	hash = dentry->d_name.hash;
	dentry->d_name.hash = target->d_name.hash;
	target->d_name.hash = hash;
	parent = dentry->d_parent;
	dentry->d_parent = target->d_parent;
	target->d_parent = parent;
	list_add(&target->d_u.d_child, &target->d_parent->d_subdirs);
	list_add(&dentry->d_u.d_child, &dentry->d_parent->d_subdirs);
	__d_rehash(dentry, d_hash(dentry->d_parent, dentry->d_name.hash));
	fsnotify_d_move(dentry);
	spin_unlock(&dcache_lock);
}
EXPORT_SYMBOL(d_move);

/**
 * d_ancestor - is @p1 an ancestor of @p2?
 * @p1: the would-be ancestor
 * @p2: the would-be descendant
 *
 * Context: dcache_lock or a rename lock held, so the tree does not move.
 * Return: the child of @p1 on the way to @p2 (@p2 itself if it is a
 * child), or NULL if @p1 is not above @p2.
 */
struct dentry *d_ancestor(struct dentry *p1, struct dentry *p2)
{
	struct dentry *p;

	for (p = p2; !IS_ROOT(p); p = p->d_parent)
		if (p->d_parent == p1)
			return p;
	return NULL;
}

/**
 * d_find_alias - a dentry that names an inode
 * @inode: the inode
 *
 * Context: any; does not sleep.
 * Return: one of its dentries with a reference, or NULL.
 */
struct dentry *d_find_alias(struct inode *inode)
{
	struct dentry *alias = NULL;

	spin_lock(&dcache_lock);
	if (!list_empty(&inode->i_dentry))
		/* cppcheck-suppress nullPointer ; container_of's offsetof */
		alias = dget(list_first_entry(&inode->i_dentry, struct dentry, d_alias));
	spin_unlock(&dcache_lock);
	return alias;
}
EXPORT_SYMBOL(d_find_alias);

/*
 * The next dentry of a depth-first walk of @root's tree, or NULL. Used
 * with the tree frozen (an unmount, d_genocide).
 */
static struct dentry *next_in_tree(struct dentry *d, struct dentry *root)
{
	if (!list_empty(&d->d_subdirs))
		/* cppcheck-suppress nullPointer ; container_of's offsetof */
		return list_first_entry(&d->d_subdirs, struct dentry, d_u.d_child);
	while (d != root) {
		if (d->d_u.d_child.next != &d->d_parent->d_subdirs)
			/* cppcheck-suppress nullPointer ; container_of's offsetof */
			return list_entry(d->d_u.d_child.next, struct dentry, d_u.d_child);
		d = d->d_parent;
	}
	return NULL;
}

/**
 * d_genocide - drop the pinning reference of every name under @root
 * @root: the top of the tree
 *
 * ramfs pins each positive dentry with an extra reference; at unmount
 * (kill_litter_super) those references are dropped so that the tree
 * can be freed.
 *
 * Context: unmount; the tree is not in use.
 */
void d_genocide(struct dentry *root)
{
	struct dentry *d;

	spin_lock(&dcache_lock);
	for (d = next_in_tree(root, root); d; d = next_in_tree(d, root))
		if (!d_unhashed(d) && d->d_inode)
			atomic_dec(&d->d_count);
	spin_unlock(&dcache_lock);
}
EXPORT_SYMBOL(d_genocide);

/* Free @d, a childless dentry that nobody uses, without touching its parent's count */
static void free_unused(struct dentry *d)
{
	spin_lock(&dcache_lock);
	__d_drop(d);
	list_del_init(&d->d_u.d_child);
	list_del_init(&d->d_lru);
	dentry_iput(d);
	d_free(d);
}

/*
 * Free the dentries under @parent, deepest first. Each child holds a
 * reference on its parent, dropped as the child goes. At unmount every
 * dentry must be unused by then; otherwise only unused leaves go.
 */
static void shrink_tree(struct dentry *parent, bool umount)
{
	struct dentry *d = parent, *p, *child;

	for (;;) {
		child = NULL;
		list_for_each_entry(p, &d->d_subdirs, d_u.d_child)
			if (umount || (!atomic_read(&p->d_count) && list_empty(&p->d_subdirs))) {
				child = p;
				break;
			}
		if (child) {
			d = child;
			continue;
		}
		if (d == parent)
			return;
		p = d->d_parent;
		if (atomic_read(&d->d_count) || !list_empty(&d->d_subdirs)) {
			printk(KERN_ERR
			       "BUG: Dentry %p{i=%lx,n=%s} still in use (%d) [unmount of %s]\n",
			       d, d->d_inode ? d->d_inode->i_ino : 0UL, d->d_name.name,
			       atomic_read(&d->d_count), d->d_sb->s_type->name);
			return;
		}
		free_unused(d);
		atomic_dec(&p->d_count);
		d = p;
	}
}

/**
 * shrink_dcache_parent - free the unused dentries under a directory
 * @parent: the directory's dentry
 *
 * Context: process context; may sleep.
 */
void shrink_dcache_parent(struct dentry *parent)
{
	shrink_tree(parent, false);
}
EXPORT_SYMBOL(shrink_dcache_parent);

/**
 * shrink_dcache_for_umount - free every dentry of a super block being unmounted
 * @sb: the super block
 *
 * Context: unmount (s_umount held); nothing may use the tree any more.
 */
void shrink_dcache_for_umount(struct super_block *sb)
{
	struct dentry *root = sb->s_root;

	sb->s_root = NULL;
	shrink_tree(root, true);
	if (atomic_dec_and_test(&root->d_count))
		free_unused(root);
	else
		printk(KERN_ERR "BUG: root dentry of %s still in use (%d)\n", sb->s_type->name,
		       atomic_read(&root->d_count));
}

static char *prepend(char *end, char **buffer, int *buflen, const char *str, int len)
{
	*buflen -= len;
	if (*buflen < 0)
		return ERR_PTR(-ENAMETOOLONG);
	*buffer -= len;
	memcpy(*buffer, str, len);
	return end;
}

/**
 * __d_path - the name of a path, seen from a root
 * @path: the path to name
 * @root: the root to stop at
 * @buffer: where to build the name (from its end backwards)
 * @buflen: its size
 *
 * A path that was unlinked gets " (deleted)" after its name, as Linux's.
 *
 * Context: process context; does not sleep.
 * Return: a pointer into @buffer, or ERR_PTR(-ENAMETOOLONG).
 */
char *__d_path(const struct path *path, struct path *root, char *buffer, int buflen)
{
	struct dentry *dentry = path->dentry;
	struct vfsmount *vfsmnt = path->mnt;
	char *end = buffer + buflen, *retval;

	spin_lock(&dcache_lock);
	retval = prepend(end, &end, &buflen, "\0", 1);
	if (!IS_ERR(retval) && d_unhashed(dentry) && !IS_ROOT(dentry))
		retval = prepend(end, &end, &buflen, " (deleted)", 10);
	while (!IS_ERR(retval) && !(dentry == root->dentry && vfsmnt == root->mnt)) {
		if (dentry == vfsmnt->mnt_root || IS_ROOT(dentry)) {
			if (vfsmnt->mnt_parent == vfsmnt)
				break;
			dentry = vfsmnt->mnt_mountpoint;
			vfsmnt = vfsmnt->mnt_parent;
			continue;
		}
		retval = prepend(end, &end, &buflen, (const char *)dentry->d_name.name,
				 dentry->d_name.len);
		if (!IS_ERR(retval))
			retval = prepend(end, &end, &buflen, "/", 1);
		dentry = dentry->d_parent;
	}
	if (!IS_ERR(retval) && *end != '/')
		retval = prepend(end, &end, &buflen, "/", 1);
	spin_unlock(&dcache_lock);
	return IS_ERR(retval) ? retval : end;
}
EXPORT_SYMBOL(__d_path);

/**
 * d_path - the name of a path, seen from the caller's root
 * @path: the path
 * @buf: where to build the name
 * @buflen: its size
 *
 * Context: process context; does not sleep.
 * Return: a pointer into @buf, or ERR_PTR(-ENAMETOOLONG).
 */
char *d_path(const struct path *path, char *buf, int buflen)
{
	struct path root;
	char *res;

	if (path->dentry->d_op && path->dentry->d_op->d_dname)
		return path->dentry->d_op->d_dname(path->dentry, buf, buflen);
	get_fs_root(current->fs, &root);
	res = __d_path(path, &root, buf, buflen);
	path_put(&root);
	return res;
}
EXPORT_SYMBOL(d_path);

/**
 * dcache_init - create the dentry cache
 *
 * Context: boot (vfs_caches_init).
 */
void dcache_init(void)
{
	unsigned int i;

	dentry_cache = kmem_cache_create("dentry", sizeof(struct dentry), 0, SLAB_PANIC, NULL);
	for (i = 0; i < D_HASHSIZE; i++)
		INIT_HLIST_HEAD(&dentry_hashtable[i]);
}

/**
 * vfs_caches_init - set up the VFS at boot: caches, rootfs and the mount tree
 * @mempages: the pages of memory (sizes the file table)
 *
 * Context: boot, from start_kernel(), after the slab allocator and
 * before the first task that opens a file.
 */
void vfs_caches_init(unsigned long mempages)
{
	radix_tree_init();
	page_cache_init();
	dcache_init();
	inode_init();
	files_init(mempages);
	mnt_init();
}

/**
 * sys_getcwd - getcwd(2): the current directory's path (system call 183)
 * @buf: where to put it, with its NUL
 * @size: room in @buf
 *
 * The path is built with __d_path() from the caller's root.
 *
 * Context: process context (system call); may sleep.
 * Return: the length including the NUL, -ENOENT (the directory was
 * removed), -ERANGE (@size too small), -EFAULT, -ENAMETOOLONG.
 */
asmlinkage long sys_getcwd(char __user *buf, unsigned long size)
{
	char *page = (char *)__get_free_page(GFP_KERNEL);
	struct path pwd, root;
	long error;

	if (!page)
		return -ENOMEM;
	get_fs_root(current->fs, &root);
	get_fs_pwd(current->fs, &pwd);
	error = -ENOENT;
	if (!d_unhashed(pwd.dentry) || IS_ROOT(pwd.dentry)) {
		char *cwd = __d_path(&pwd, &root, page, PAGE_SIZE);
		unsigned long len;

		error = PTR_ERR(cwd);
		if (!IS_ERR(cwd)) {
			len = PAGE_SIZE + page - cwd;
			error = -ERANGE;
			if (len <= size)
				error = copy_to_user(buf, cwd, len) ? -EFAULT : (long)len;
		}
	}
	path_put(&pwd);
	path_put(&root);
	free_page((unsigned long)page);
	return error;
}
