/*
 * locks.c - advisory file locks: POSIX record locks (fcntl) and flock(2).
 *
 * A lock is a struct file_lock on its inode's i_flock list. A POSIX
 * lock covers a byte range [fl_start, fl_end] and belongs to a process
 * (its files_struct, fl_owner), whatever descriptor it was taken
 * through; an flock lock covers the whole file and belongs to the open
 * file (fl_file), shared by dup and fork. Readers (F_RDLCK, LOCK_SH)
 * share; a writer (F_WRLCK, LOCK_EX) excludes everyone else. Locks are
 * advisory: read and write never look at them.
 *
 * One owner's POSIX locks never overlap: a new request is merged with
 * its own locks of the same type that touch it, and cuts its locks of
 * another type (an unlock is a request of type F_UNLCK):
 *
 *   held:     [0 ........ WRLCK ........ 99]
 *   request:            [40 RDLCK 59]
 *   result:   [0 WR 39] [40 RDLCK 59] [60 WR 99]    (one lock split in three)
 *
 * so __posix_lock_file needs at most two new locks, allocated before it
 * takes file_lock_lock. A request that conflicts with another owner's
 * lock fails with -EAGAIN (F_SETLK, LOCK_NB) or waits (F_SETLKW, flock):
 * it goes on the blocker's fl_block list and on blocked_list, and sleeps
 * until the blocker changes. Before sleeping, a POSIX request follows
 * the chain "the blocker's owner waits for a lock whose owner waits for
 * ..."; if it comes back to the requester, sleeping would deadlock, and
 * the request fails with -EDEADLK (posix_locks_deadlock).
 *
 * A process's POSIX locks on a file go when it closes ANY descriptor of
 * that file (locks_remove_posix, from filp_close) - POSIX's rule, the
 * surprise of record locks - and so at exit; flock locks go with the
 * last close of the open file (locks_remove_flock, from __fput).
 *
 * /proc/locks lists every lock held, newest first, each followed by the
 * requests waiting on it (marked "->"), in 2.6.32's format
 * (lock_get_status):
 *
 *   1: POSIX  ADVISORY  WRITE 812 00:0c:1546 0 99
 *   1: -> POSIX  ADVISORY  WRITE 815 00:0c:1546 0 9
 *   2: FLOCK  ADVISORY  READ  812 00:0c:1546 0 EOF
 *
 * (the lock's number, its kind, READ or WRITE, the owner's pid, the
 * file's device and inode numbers as stat(2) gives them, and the range).
 *
 * 2.6.32 serialises all this with the big kernel lock; Linnet uses one
 * spinlock, file_lock_lock, as Linux 2.6.37 does. Leases, mandatory
 * locking and the lock-manager callbacks (NFS) are not built, so every
 * lock is ADVISORY. 2.6.32 numbers /proc/locks' lines from 1 at each
 * read() call; Linnet numbers them by position, as later Linux does, so
 * a file read in pieces is numbered as one read whole. See docs/files.md,
 * "Locks".
 */
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/file.h>
#include <linux/fdtable.h>
#include <linux/fcntl.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/wait.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/seq_file.h>
#include <linux/proc_fs.h>
#include <linux/kdev_t.h>
#include <linux/init.h>

#define IS_POSIX(fl) ((fl)->fl_flags & FL_POSIX)
#define IS_FLOCK(fl) ((fl)->fl_flags & FL_FLOCK)
#define FILE_LOCK_DEFERRED 1 /* the request waits on a blocker */
#define MAX_DEADLK_ITERATIONS 10 /* as 2.6.32: a longer chain is not followed */

static DEFINE_SPINLOCK(file_lock_lock);
static LIST_HEAD(file_lock_list); /* every lock held */
static LIST_HEAD(blocked_list); /* every POSIX request waiting */
static struct kmem_cache *filelock_cache;

static struct file_lock *locks_alloc_lock(void)
{
	struct file_lock *fl;

	if (!filelock_cache)
		filelock_cache = kmem_cache_create("file_lock_cache", sizeof(struct file_lock), 0,
						   SLAB_PANIC, NULL);
	fl = kmem_cache_zalloc(filelock_cache, GFP_KERNEL);
	if (fl) {
		INIT_LIST_HEAD(&fl->fl_link);
		INIT_LIST_HEAD(&fl->fl_block);
		init_waitqueue_head(&fl->fl_wait);
	}
	return fl;
}

static void locks_free_lock(struct file_lock *fl)
{
	BUG_ON(!list_empty(&fl->fl_block) || !list_empty(&fl->fl_link));
	kmem_cache_free(filelock_cache, fl);
}

/* Make @new a copy of the lock @fl (its range, type and owner, not its lists) */
static void locks_copy_lock(struct file_lock *new, const struct file_lock *fl)
{
	new->fl_owner = fl->fl_owner;
	new->fl_pid = fl->fl_pid;
	new->fl_file = fl->fl_file;
	new->fl_flags = fl->fl_flags & ~FL_SLEEP;
	new->fl_type = fl->fl_type;
	new->fl_start = fl->fl_start;
	new->fl_end = fl->fl_end;
}

/* Do the two ranges share a byte? */
static bool locks_overlap(const struct file_lock *a, const struct file_lock *b)
{
	return a->fl_end >= b->fl_start && b->fl_end >= a->fl_start;
}

static bool posix_same_owner(const struct file_lock *a, const struct file_lock *b)
{
	return a->fl_owner == b->fl_owner;
}

/* Can @caller not have its lock while @sys is held? (a writer on either side) */
static bool posix_locks_conflict(const struct file_lock *caller, const struct file_lock *sys)
{
	if (!IS_POSIX(sys) || posix_same_owner(caller, sys) || !locks_overlap(caller, sys))
		return false;
	return caller->fl_type == F_WRLCK || sys->fl_type == F_WRLCK;
}

static bool flock_locks_conflict(const struct file_lock *caller, const struct file_lock *sys)
{
	if (!IS_FLOCK(sys) || caller->fl_file == sys->fl_file)
		return false;
	return caller->fl_type == F_WRLCK || sys->fl_type == F_WRLCK;
}

/* ---- waiting: a request on its blocker's fl_block list ---- */

static void __locks_delete_block(struct file_lock *waiter)
{
	list_del_init(&waiter->fl_block);
	list_del_init(&waiter->fl_link);
	waiter->fl_next = NULL;
}

static void locks_insert_block(struct file_lock *blocker, struct file_lock *waiter)
{
	list_add_tail(&waiter->fl_block, &blocker->fl_block);
	waiter->fl_next = blocker;
	if (IS_POSIX(blocker))
		list_add(&waiter->fl_link, &blocked_list);
}

/* @blocker changed: every request waiting on it tries again */
static void locks_wake_up_blocks(struct file_lock *blocker)
{
	struct file_lock *waiter;

	while (!list_empty(&blocker->fl_block)) {
		/* cppcheck-suppress nullPointer ; container_of's offsetof */
		waiter = list_first_entry(&blocker->fl_block, struct file_lock, fl_block);
		__locks_delete_block(waiter);
		wake_up(&waiter->fl_wait);
	}
}

/* The lock the owner of @block_fl waits for, if it waits */
static struct file_lock *what_owner_is_waiting_for(struct file_lock *block_fl)
{
	struct file_lock *fl;

	list_for_each_entry(fl, &blocked_list, fl_link)
		if (posix_same_owner(fl, block_fl))
			return fl->fl_next;
	return NULL;
}

/* Would @caller waiting on @block_fl close a cycle of waiting owners? */
static bool posix_locks_deadlock(struct file_lock *caller, struct file_lock *block_fl)
{
	int i = 0;

	while ((block_fl = what_owner_is_waiting_for(block_fl))) {
		if (i++ > MAX_DEADLK_ITERATIONS)
			return false;
		if (posix_same_owner(caller, block_fl))
			return true;
	}
	return false;
}

/* ---- the i_flock list ---- */

static void locks_insert_lock(struct file_lock **pos, struct file_lock *fl)
{
	list_add(&fl->fl_link, &file_lock_list);
	fl->fl_next = *pos;
	*pos = fl;
}

/* Unlink the lock at *@thisfl_p, wake its waiters and free it */
static void locks_delete_lock(struct file_lock **thisfl_p)
{
	struct file_lock *fl = *thisfl_p;

	*thisfl_p = fl->fl_next;
	fl->fl_next = NULL;
	list_del_init(&fl->fl_link);
	locks_wake_up_blocks(fl);
	locks_free_lock(fl);
}

/*
 * Find a conflicting lock for a POSIX request; with none, add the
 * request to its owner's locks, merging and cutting them (the diagram
 * above). @new_fl and @new_fl2 are the two locks this may need; the
 * caller frees what is left of them.
 */
static int __posix_lock_file(struct inode *inode, struct file_lock *request,
			     struct file_lock *conflock, struct file_lock **new_fl,
			     struct file_lock **new_fl2)
{
	struct file_lock *fl, *left = NULL, *right = NULL, **before;
	bool added = false;

	if (request->fl_type != F_UNLCK) {
		for (fl = inode->i_flock; fl; fl = fl->fl_next) {
			if (!posix_locks_conflict(request, fl))
				continue;
			if (conflock)
				locks_copy_lock(conflock, fl);
			if (!(request->fl_flags & FL_SLEEP))
				return -EAGAIN;
			if (posix_locks_deadlock(request, fl))
				return -EDEADLK;
			locks_insert_block(fl, request);
			return FILE_LOCK_DEFERRED;
		}
	}
	if (request->fl_flags & FL_ACCESS)
		return 0;

	/* Skip to this owner's locks (kept together, by start) */
	before = &inode->i_flock;
	while ((fl = *before) && (!IS_POSIX(fl) || !posix_same_owner(request, fl)))
		before = &fl->fl_next;
	while ((fl = *before) && posix_same_owner(request, fl)) {
		if (request->fl_type == fl->fl_type) {
			/* "start - 1", not "end + 1": end may be OFFSET_MAX */
			if (fl->fl_end < request->fl_start - 1)
				goto next_lock;
			if (fl->fl_start - 1 > request->fl_end)
				break; /* all further locks are after it */
			/* touching or overlapping, same type: one lock covers both */
			request->fl_start = min(request->fl_start, fl->fl_start);
			request->fl_end = max(request->fl_end, fl->fl_end);
			fl->fl_start = request->fl_start;
			fl->fl_end = request->fl_end;
			if (added) {
				locks_delete_lock(before);
				continue;
			}
			request = fl;
			added = true;
		} else {
			if (fl->fl_end < request->fl_start)
				goto next_lock;
			if (fl->fl_start > request->fl_end)
				break;
			if (request->fl_type == F_UNLCK)
				added = true; /* an unlock is never inserted */
			if (fl->fl_start < request->fl_start)
				left = fl; /* it keeps its part before the request */
			if (fl->fl_end > request->fl_end) {
				right = fl; /* and/or its part after */
				break;
			}
			if (fl->fl_start >= request->fl_start) {
				/* wholly covered: it becomes the request, or goes */
				if (added) {
					locks_delete_lock(before);
					continue;
				}
				locks_wake_up_blocks(fl);
				fl->fl_start = request->fl_start;
				fl->fl_end = request->fl_end;
				fl->fl_type = request->fl_type;
				request = fl;
				added = true;
			}
		}
next_lock:
		before = &fl->fl_next;
	}

	/* Only merges and replacements so far: now the insertions */
	if (right && left == right && !*new_fl2)
		return -ENOLCK;
	if (!added) {
		if (request->fl_type == F_UNLCK)
			return (request->fl_flags & FL_EXISTS) ? -ENOENT : 0;
		if (!*new_fl)
			return -ENOLCK;
		locks_copy_lock(*new_fl, request);
		locks_insert_lock(before, *new_fl);
		*new_fl = NULL;
	}
	if (right) {
		if (left == right) { /* the request is inside one old lock: split it */
			left = *new_fl2;
			*new_fl2 = NULL;
			locks_copy_lock(left, right);
			locks_insert_lock(before, left);
		}
		right->fl_start = request->fl_end + 1;
		locks_wake_up_blocks(right);
	}
	if (left) {
		left->fl_end = request->fl_start - 1;
		locks_wake_up_blocks(left);
	}
	return 0;
}

/**
 * posix_lock_file - apply a POSIX lock request to a file
 * @filp: the file
 * @fl: the request (F_RDLCK, F_WRLCK or F_UNLCK over a range)
 * @conflock: if not NULL, filled with a conflicting lock found
 *
 * Context: process context; may sleep (allocation).
 * Return: 0, -EAGAIN (conflict, not FL_SLEEP), -EDEADLK, -ENOLCK, or
 * FILE_LOCK_DEFERRED (1): @fl now waits on the conflicting lock.
 */
int posix_lock_file(struct file *filp, struct file_lock *fl, struct file_lock *conflock)
{
	struct file_lock *new_fl = NULL, *new_fl2 = NULL;
	int error;

	if (!(fl->fl_flags & FL_ACCESS) &&
	    (fl->fl_type != F_UNLCK || fl->fl_start != 0 || fl->fl_end != OFFSET_MAX)) {
		new_fl = locks_alloc_lock();
		new_fl2 = locks_alloc_lock();
	}
	spin_lock(&file_lock_lock);
	error = __posix_lock_file(filp->f_path.dentry->d_inode, fl, conflock, &new_fl, &new_fl2);
	spin_unlock(&file_lock_lock);
	if (new_fl)
		locks_free_lock(new_fl);
	if (new_fl2)
		locks_free_lock(new_fl2);
	return error;
}

/**
 * posix_test_lock - would a POSIX lock be refused? (F_GETLK)
 * @filp: the file
 * @fl: the request; becomes the first conflicting lock, or gets F_UNLCK
 *
 * Context: process context.
 */
void posix_test_lock(struct file *filp, struct file_lock *fl)
{
	struct file_lock *cfl;

	spin_lock(&file_lock_lock);
	for (cfl = filp->f_path.dentry->d_inode->i_flock; cfl; cfl = cfl->fl_next)
		if (posix_locks_conflict(fl, cfl))
			break;
	if (cfl)
		locks_copy_lock(fl, cfl);
	else
		fl->fl_type = F_UNLCK;
	spin_unlock(&file_lock_lock);
}

/* Stop waiting (a signal came): off the blocker's list */
static void locks_delete_block(struct file_lock *waiter)
{
	spin_lock(&file_lock_lock);
	__locks_delete_block(waiter);
	spin_unlock(&file_lock_lock);
}

/* Apply @fl, sleeping while it waits on a blocker (2.6.32's do_lock_file_wait) */
static int posix_lock_file_wait(struct file *filp, struct file_lock *fl)
{
	int error;

	for (;;) {
		error = posix_lock_file(filp, fl, NULL);
		if (error != FILE_LOCK_DEFERRED)
			return error;
		error = wait_event_interruptible(fl->fl_wait, !fl->fl_next);
		if (error) {
			locks_delete_block(fl);
			return error;
		}
	}
}

/* Where a range given by l_whence/l_start/l_len starts, in the file (2.6.32's flock_to_posix_lock) */
static int flock_to_posix_lock(struct file *filp, struct file_lock *fl, short type, short whence,
			       loff_t l_start, loff_t l_len)
{
	loff_t start;

	switch (whence) {
	case SEEK_SET:
		start = 0;
		break;
	case SEEK_CUR:
		start = filp->f_pos;
		break;
	case SEEK_END:
		start = i_size_read(filp->f_path.dentry->d_inode);
		break;
	default:
		return -EINVAL;
	}
	start += l_start;
	if (start < 0)
		return -EINVAL;
	fl->fl_end = OFFSET_MAX;
	if (l_len > 0) {
		fl->fl_end = start + l_len - 1;
	} else if (l_len < 0) { /* POSIX 2001: the bytes before start */
		fl->fl_end = start - 1;
		start += l_len;
		if (start < 0)
			return -EINVAL;
	}
	fl->fl_start = start;
	if (fl->fl_end < fl->fl_start)
		return -EOVERFLOW;
	fl->fl_owner = current->files;
	fl->fl_pid = current->tgid;
	fl->fl_file = filp;
	fl->fl_flags = FL_POSIX;
	if (type != F_RDLCK && type != F_WRLCK && type != F_UNLCK)
		return -EINVAL;
	fl->fl_type = type;
	return 0;
}

/*
 * F_GETLK(64)'s body, on a struct flock64: the lock it describes is
 * tested, and it becomes the first lock in the way (with its holder's
 * pid) or gets l_type F_UNLCK. The 32-bit form is converted to it and
 * back (fcntl_getlk).
 */
static int getlk(struct file *filp, struct flock64 *flock)
{
	struct file_lock fl = { 0 };
	int error;

	if (flock->l_type != F_RDLCK && flock->l_type != F_WRLCK)
		return -EINVAL;
	error = flock_to_posix_lock(filp, &fl, flock->l_type, flock->l_whence, flock->l_start,
				    flock->l_len);
	if (error)
		return error;
	posix_test_lock(filp, &fl);
	flock->l_type = fl.fl_type;
	if (fl.fl_type != F_UNLCK) {
		flock->l_pid = fl.fl_pid;
		flock->l_start = fl.fl_start;
		flock->l_len = fl.fl_end == OFFSET_MAX ? 0 : fl.fl_end - fl.fl_start + 1;
		flock->l_whence = SEEK_SET;
	}
	return 0;
}

/**
 * fcntl_getlk - fcntl(F_GETLK): who would stop this lock?
 * @filp: the file
 * @l: the user's struct flock: the lock to test; on return the first
 *     lock in the way (with its holder's pid), or l_type F_UNLCK
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL, -EFAULT, -EOVERFLOW (the holder's range does not
 * fit a 32-bit struct flock).
 */
int fcntl_getlk(struct file *filp, struct flock __user *l)
{
	struct flock flock;
	struct flock64 f;
	int error;

	if (copy_from_user(&flock, l, sizeof(flock)))
		return -EFAULT;
	f = (struct flock64){ .l_type = flock.l_type,
			      .l_whence = flock.l_whence,
			      .l_start = flock.l_start,
			      .l_len = flock.l_len,
			      .l_pid = flock.l_pid };
	error = getlk(filp, &f);
	if (error)
		return error;
	if (f.l_type != F_UNLCK &&
	    (f.l_start > OFFT_OFFSET_MAX || (f.l_len && f.l_start + f.l_len - 1 > OFFT_OFFSET_MAX)))
		return -EOVERFLOW;
	flock = (struct flock){ .l_type = f.l_type,
				.l_whence = f.l_whence,
				.l_start = f.l_start,
				.l_len = f.l_len,
				.l_pid = f.l_pid };
	return copy_to_user(l, &flock, sizeof(flock)) ? -EFAULT : 0;
}

/**
 * fcntl_getlk64 - fcntl64(F_GETLK64): fcntl_getlk() with 64-bit offsets
 * @filp: the file
 * @l: the user's struct flock64
 *
 * Context: process context (system call).
 * Return: 0, -EINVAL, -EFAULT.
 */
int fcntl_getlk64(struct file *filp, struct flock64 __user *l)
{
	struct flock64 flock;
	int error;

	if (copy_from_user(&flock, l, sizeof(flock)))
		return -EFAULT;
	error = getlk(filp, &flock);
	if (error)
		return error;
	return copy_to_user(l, &flock, sizeof(flock)) ? -EFAULT : 0;
}

/* F_SETLK(W)(64)'s body, once the user's struct is read */
static int setlk(unsigned int fd, struct file *filp, bool wait, short type, short whence,
		 loff_t l_start, loff_t l_len)
{
	struct file_lock *fl = locks_alloc_lock();
	struct file *f;
	int error;

	if (!fl)
		return -ENOLCK;
again:
	error = flock_to_posix_lock(filp, fl, type, whence, l_start, l_len);
	if (error)
		goto out;
	if (wait)
		fl->fl_flags |= FL_SLEEP;
	error = -EBADF;
	if (type == F_RDLCK && !(filp->f_mode & FMODE_READ))
		goto out;
	if (type == F_WRLCK && !(filp->f_mode & FMODE_WRITE))
		goto out;
	error = posix_lock_file_wait(filp, fl);
	/* closed meanwhile (by another thread)? then the lock must not stay */
	spin_lock(&current->files->file_lock);
	f = fcheck(fd);
	spin_unlock(&current->files->file_lock);
	if (!error && f != filp && type != F_UNLCK) {
		type = F_UNLCK;
		goto again;
	}
out:
	locks_free_lock(fl);
	return error;
}

/**
 * fcntl_setlk - fcntl(F_SETLK, F_SETLKW): take or release a record lock
 * @fd: the descriptor (to notice a close during the wait)
 * @filp: the file
 * @cmd: F_SETLK (fail with -EAGAIN on a conflict) or F_SETLKW (wait)
 * @l: the user's struct flock
 *
 * Context: process context (system call); F_SETLKW sleeps.
 * Return: 0, -EAGAIN, -EDEADLK, -EBADF (not open for the lock's kind),
 * -EINVAL, -EOVERFLOW, -EFAULT, -ENOLCK, -ERESTARTSYS.
 */
int fcntl_setlk(unsigned int fd, struct file *filp, unsigned int cmd, struct flock __user *l)
{
	struct flock flock;

	if (copy_from_user(&flock, l, sizeof(flock)))
		return -EFAULT;
	return setlk(fd, filp, cmd == F_SETLKW, flock.l_type, flock.l_whence, flock.l_start,
		     flock.l_len);
}

/**
 * fcntl_setlk64 - fcntl64(F_SETLK64, F_SETLKW64): fcntl_setlk() with 64-bit offsets
 * @fd: the descriptor
 * @filp: the file
 * @cmd: F_SETLK64 or F_SETLKW64
 * @l: the user's struct flock64
 *
 * Context: process context (system call); F_SETLKW64 sleeps.
 * Return: as fcntl_setlk().
 */
int fcntl_setlk64(unsigned int fd, struct file *filp, unsigned int cmd, struct flock64 __user *l)
{
	struct flock64 flock;

	if (copy_from_user(&flock, l, sizeof(flock)))
		return -EFAULT;
	return setlk(fd, filp, cmd == F_SETLKW64, flock.l_type, flock.l_whence, flock.l_start,
		     flock.l_len);
}

/**
 * locks_remove_posix - a descriptor was closed: its process's record locks on the file go
 * @filp: the file being closed
 * @owner: the process's files_struct
 *
 * Every lock of @owner on the file's inode goes, whichever descriptor
 * took it: POSIX's rule.
 *
 * Context: process context (filp_close).
 */
void locks_remove_posix(struct file *filp, fl_owner_t owner)
{
	struct file_lock lock = { .fl_type = F_UNLCK, .fl_flags = FL_POSIX | FL_CLOSE };

	if (!filp->f_path.dentry || !filp->f_path.dentry->d_inode ||
	    !filp->f_path.dentry->d_inode->i_flock)
		return;
	INIT_LIST_HEAD(&lock.fl_link);
	INIT_LIST_HEAD(&lock.fl_block);
	lock.fl_start = 0;
	lock.fl_end = OFFSET_MAX;
	lock.fl_owner = owner;
	lock.fl_pid = current->tgid;
	lock.fl_file = filp;
	posix_lock_file(filp, &lock, NULL);
}

/* ---- flock(2): whole-file locks owned by the open file ---- */

/* Apply an flock request; FILE_LOCK_DEFERRED if it now waits (2.6.32's flock_lock_file) */
static int flock_lock_file(struct file *filp, struct file_lock *request)
{
	struct inode *inode = filp->f_path.dentry->d_inode;
	struct file_lock *new_fl = NULL, **before, *fl;
	bool found = false;
	int error = 0;

	if (request->fl_type != F_UNLCK) {
		new_fl = locks_alloc_lock();
		if (!new_fl)
			return -ENOMEM;
	}
	spin_lock(&file_lock_lock);
	/* this file's own lock first: the same kind is a no-op, another is dropped */
	for (before = &inode->i_flock; (fl = *before) && IS_FLOCK(fl); before = &fl->fl_next) {
		if (filp != fl->fl_file)
			continue;
		if (request->fl_type == fl->fl_type)
			goto out;
		found = true;
		locks_delete_lock(before);
		break;
	}
	if (request->fl_type == F_UNLCK)
		goto out;
	if (found) { /* let a waiter we just woke go first */
		spin_unlock(&file_lock_lock);
		cond_resched();
		spin_lock(&file_lock_lock);
	}
	for (before = &inode->i_flock; (fl = *before) && IS_FLOCK(fl); before = &fl->fl_next) {
		if (!flock_locks_conflict(request, fl))
			continue;
		error = -EAGAIN;
		if (request->fl_flags & FL_SLEEP) {
			error = FILE_LOCK_DEFERRED;
			locks_insert_block(fl, request);
		}
		goto out;
	}
	locks_copy_lock(new_fl, request);
	locks_insert_lock(before, new_fl);
	new_fl = NULL;
out:
	spin_unlock(&file_lock_lock);
	if (new_fl)
		locks_free_lock(new_fl);
	return error;
}

static int flock_lock_file_wait(struct file *filp, struct file_lock *fl)
{
	int error;

	for (;;) {
		error = flock_lock_file(filp, fl);
		if (error != FILE_LOCK_DEFERRED)
			return error;
		error = wait_event_interruptible(fl->fl_wait, !fl->fl_next);
		if (error) {
			locks_delete_block(fl);
			return error;
		}
	}
}

/**
 * sys_flock - take or drop a whole-file lock (system call 143)
 * @fd: the descriptor
 * @cmd: LOCK_SH, LOCK_EX or LOCK_UN, with LOCK_NB not to wait
 *
 * The lock belongs to the open file: dup'ed and inherited descriptors
 * share it, and a second open of the same file conflicts with it. A
 * held lock is converted (shared <-> exclusive) by dropping it first,
 * so the conversion is not atomic, as in 2.6.32.
 *
 * Context: process context (system call); sleeps without LOCK_NB.
 * Return: 0, -EBADF, -EINVAL (unknown operation), -EWOULDBLOCK (LOCK_NB
 * and a conflict), -EINTR (through -ERESTARTSYS), -ENOMEM.
 */
asmlinkage long sys_flock(unsigned int fd, unsigned int cmd)
{
	struct file *filp = fget(fd);
	struct file_lock *lock;
	bool can_sleep = !(cmd & LOCK_NB);
	long error;

	if (!filp)
		return -EBADF;
	cmd &= ~LOCK_NB;
	error = -EINVAL;
	if (cmd != LOCK_SH && cmd != LOCK_EX && cmd != LOCK_UN)
		goto out_putf;
	error = -EBADF;
	if (cmd != LOCK_UN && !(filp->f_mode & (FMODE_READ | FMODE_WRITE)))
		goto out_putf;
	error = -ENOMEM;
	lock = locks_alloc_lock();
	if (!lock)
		goto out_putf;
	lock->fl_file = filp;
	lock->fl_owner = filp; /* the open file owns it */
	lock->fl_pid = current->tgid;
	lock->fl_flags = FL_FLOCK | (can_sleep ? FL_SLEEP : 0);
	lock->fl_type = cmd == LOCK_SH ? F_RDLCK : cmd == LOCK_EX ? F_WRLCK : F_UNLCK;
	lock->fl_start = 0;
	lock->fl_end = OFFSET_MAX;
	error = flock_lock_file_wait(filp, lock);
	locks_free_lock(lock);
out_putf:
	fput(filp);
	return error;
}

/**
 * locks_remove_flock - the last close of an open file: its flock locks go
 * @filp: the file
 *
 * Context: process context (__fput).
 */
void locks_remove_flock(struct file *filp)
{
	struct inode *inode = filp->f_path.dentry ? filp->f_path.dentry->d_inode : NULL;
	struct file_lock **before, *fl;

	if (!inode || !inode->i_flock)
		return;
	spin_lock(&file_lock_lock);
	before = &inode->i_flock;
	while ((fl = *before)) {
		if (IS_FLOCK(fl) && fl->fl_file == filp) {
			locks_delete_lock(before);
			continue;
		}
		before = &fl->fl_next;
	}
	spin_unlock(&file_lock_lock);
}

/* ---- /proc/locks ---- */

/* One line: a lock held, or (@pfx " ->") a request waiting on it */
static void lock_get_status(struct seq_file *f, struct file_lock *fl, long id, const char *pfx)
{
	struct inode *inode = fl->fl_file ? fl->fl_file->f_path.dentry->d_inode : NULL;

	seq_printf(f, "%ld:%s ", id, pfx);
	if (IS_POSIX(fl))
		seq_printf(f, "%6s %s ", (fl->fl_flags & FL_ACCESS) ? "ACCESS" : "POSIX ",
			   inode ? "ADVISORY " : "*NOINODE*");
	else
		seq_puts(f, "FLOCK  ADVISORY  ");
	seq_printf(f, "%s ", fl->fl_type == F_WRLCK ? "WRITE" : "READ ");
	if (inode)
		seq_printf(f, "%d %02x:%02x:%lu ", fl->fl_pid, MAJOR(inode->i_sb->s_dev),
			   MINOR(inode->i_sb->s_dev), inode->i_ino);
	else
		seq_printf(f, "%d <none>:0 ", fl->fl_pid);
	if (!IS_POSIX(fl))
		seq_puts(f, "0 EOF\n");
	else if (fl->fl_end == OFFSET_MAX)
		seq_printf(f, "%lld EOF\n", fl->fl_start);
	else
		seq_printf(f, "%lld %lld\n", fl->fl_start, fl->fl_end);
}

static int locks_show(struct seq_file *f, void *v)
{
	long id = (long)f->private;
	struct file_lock *fl, *bfl;

	/* cppcheck-suppress nullPointer ; container_of's offsetof */
	fl = list_entry(v, struct file_lock, fl_link);
	lock_get_status(f, fl, id, "");
	list_for_each_entry(bfl, &fl->fl_block, fl_block)
		lock_get_status(f, bfl, id, " ->");
	return 0;
}

static void *locks_start(struct seq_file *f, loff_t *pos)
{
	spin_lock(&file_lock_lock);
	f->private = (void *)(long)(*pos + 1);
	return seq_list_start(&file_lock_list, *pos);
}

static void *locks_next(struct seq_file *f, void *v, loff_t *pos)
{
	f->private = (void *)(long)(*pos + 2);
	return seq_list_next(v, &file_lock_list, pos);
}

static void locks_stop(struct seq_file *f, void *v)
{
	spin_unlock(&file_lock_lock);
}

static const struct seq_operations locks_seq_operations = {
	.start = locks_start,
	.next = locks_next,
	.stop = locks_stop,
	.show = locks_show,
};

static int locks_open(struct inode *inode, struct file *filp)
{
	return seq_open(filp, &locks_seq_operations);
}

static const struct file_operations proc_locks_operations = {
	.open = locks_open,
	.read = seq_read,
	.llseek = seq_lseek,
	.release = seq_release,
};

static int __init proc_locks_init(void)
{
	proc_create("locks", 0, NULL, &proc_locks_operations);
	return 0;
}
module_init(proc_locks_init);
