/*
 * eventpoll.c - epoll: the kernel keeps the set of watched files.
 *
 * poll() and select() hand the kernel the whole list of descriptors at
 * every call and put the caller on every file's wait queue each time:
 * O(n) per call. epoll keeps the set in the kernel (struct eventpoll,
 * behind an anonymous file) and hooks each watched file once, when it is
 * added, so that a wait costs in proportion to the files that are ready.
 *
 *   epoll_ctl(ADD, fd)  -> ep_insert: an epitem in ep->rbr, the red-black
 *                          tree keyed by (file, fd); f_op->poll(file, &epq.pt)
 *                          whose queue function ep_ptable_queue_proc puts an
 *                          eppoll_entry (wait function ep_poll_callback) on
 *                          each wait queue the file names with poll_wait()
 *   the file's wake_up  -> ep_poll_callback: the epitem onto ep->rdllist,
 *                          wake the epoll_wait sleepers on ep->wq
 *   epoll_wait          -> ep_poll: sleep on ep->wq until rdllist is not
 *                          empty or the timeout; ep_send_events asks each
 *                          ready file's f_op->poll(file, NULL) again and
 *                          copies out the events that still hold
 *
 *   ep->rbr:     (file,fd) -> epitem          ep->rdllist: epitem -> epitem
 *   epitem->pwqlist: eppoll_entry, one per wait queue the file polled on
 *   file->f_ep_links: every epitem, in any set, watching this file
 *
 * Level-triggered (the default) items go back on the ready list after
 * they are reported, so the next epoll_wait asks the file again and
 * reports it as long as it stays ready; EPOLLET items are reported once
 * per wake-up; EPOLLONESHOT items are disabled (events masked to the
 * private bits) after one report until EPOLL_CTL_MOD. While events are
 * copied out without the spinlock, new ones land on ep->ovflist and are
 * moved to the ready list afterwards (ep_scan_ready_list).
 *
 * An epoll file can itself be watched by another (ep_eventpoll_poll):
 * ep_call_nested() bounds the depth (EP_MAX_NESTS) of the nested polls
 * and wake-ups and breaks cycles; epoll_ctl refuses to add an epoll file
 * to itself (-EINVAL) or to make a loop or a chain deeper than
 * EP_MAX_NESTS (-ELOOP, ep_loop_check). The last close of a watched file
 * takes it out of every set (eventpoll_release_file, from __fput).
 *
 * As Linux 2.6.32.69's fs/eventpoll.c (the 2.6.32 stable series took
 * the loop check from 3.x), except: the limit on the number of paths by
 * which one file can wake epoll sets (reverse_path_check, -EINVAL) is not
 * kept; max_user_watches is counted per user as 2.6.32 does but is not
 * a sysctl. Read next: fs/select.c (the poll_table epoll borrows),
 * fs/eventfd.c, docs/events.md.
 */
#include <linux/eventpoll.h>
#include <linux/anon_inodes.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/poll.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/mutex.h>
#include <linux/rbtree.h>
#include <linux/list.h>
#include <linux/wait.h>
#include <linux/spinlock.h>
#include <linux/smp.h>
#include <linux/err.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <asm/thread_info.h>

/* EPOLLONESHOT and EPOLLET: the bits of an item that are not events */
#define EP_PRIVATE_BITS (EPOLLONESHOT | EPOLLET)

/* How deep epoll sets may watch epoll sets (and wake-ups may recurse) */
#define EP_MAX_NESTS 4

/* A timeout of this many milliseconds or more is no timeout */
#define EP_MAX_MSTIMEO min(1000ULL * MAX_SCHEDULE_TIMEOUT / HZ, (LONG_MAX - 999ULL) / HZ)

#define EP_MAX_EVENTS (INT_MAX / sizeof(struct epoll_event))

/* ep->ovflist when no scan is running; epi->next when not on ovflist */
#define EP_UNACTIVE_PTR ((void *)-1L)

#define EP_ITEM_COST (sizeof(struct epitem) + sizeof(struct eppoll_entry))

/**
 * struct epoll_filefd - what a watched item is keyed by
 * @file: the file
 * @fd: the descriptor it was added by (a dup of it is another item)
 */
struct epoll_filefd {
	struct file *file;
	int fd;
};

/**
 * struct nested_call_node - one call in progress under ep_call_nested()
 * @llink: on the nested_calls list
 * @cookie: what the call is about (an eventpoll, a wait queue)
 * @ctx: who makes it (the task, or the CPU for wake-ups)
 */
struct nested_call_node {
	struct list_head llink;
	void *cookie;
	void *ctx;
};

/**
 * struct nested_calls - the calls in progress of one kind (poll, wake-up, loop check)
 * @tasks_call_list: their nested_call_nodes
 * @lock: guards the list
 */
struct nested_calls {
	struct list_head tasks_call_list;
	spinlock_t lock;
};

/**
 * struct epitem - one watched (file, fd) in one epoll set
 * @rbn: in the set's tree (ep->rbr)
 * @rdllink: on the ready list (ep->rdllist), or empty
 * @next: on ep->ovflist while a scan runs, else EP_UNACTIVE_PTR
 * @ffd: the file and descriptor
 * @nwait: how many wait queues it sits on; -1 if a hook could not be allocated
 * @pwqlist: its eppoll_entries
 * @ep: the set
 * @fllink: on the file's f_ep_links
 * @event: what the caller asked for, and its data
 */
struct epitem {
	struct rb_node rbn;
	struct list_head rdllink;
	struct epitem *next;
	struct epoll_filefd ffd;
	int nwait;
	struct list_head pwqlist;
	struct eventpoll *ep;
	struct list_head fllink;
	struct epoll_event event;
};

/**
 * struct eventpoll - an epoll set, the private_data of its file
 * @lock: guards @rdllist and @ovflist (taken in the wake-up callback)
 * @mtx: held across epoll_ctl and event transfer: the tree and the items
 * @wq: tasks in epoll_wait
 * @poll_wait: pollers of the epoll file itself (when it is watched)
 * @rdllist: the ready items
 * @rbr: every item, by (file, fd)
 * @ovflist: items made ready while a scan copies events out
 * @user: who made it; its epoll_watches counts the items
 * @visited: marks the set during ep_loop_check()
 * @visited_list_link: on the visited list during ep_loop_check()
 */
struct eventpoll {
	spinlock_t lock;
	struct mutex mtx;
	wait_queue_head_t wq;
	wait_queue_head_t poll_wait;
	struct list_head rdllist;
	struct rb_root rbr;
	struct epitem *ovflist;
	struct user_struct *user;
	int visited;
	struct list_head visited_list_link;
};

/**
 * struct eppoll_entry - an item's hook on one wait queue of its file
 * @llink: on the item's pwqlist
 * @base: the item
 * @wait: the entry on the file's queue; its function is ep_poll_callback
 * @whead: the queue
 */
struct eppoll_entry {
	struct list_head llink;
	struct epitem *base;
	wait_queue_t wait;
	wait_queue_head_t *whead;
};

/**
 * struct ep_pqueue - the poll_table handed to f_op->poll by ep_insert()
 * @pt: the table; its qproc is ep_ptable_queue_proc
 * @epi: the item being hooked
 */
struct ep_pqueue {
	poll_table pt;
	struct epitem *epi;
};

/**
 * struct ep_send_events_data - where ep_send_events_proc() copies to
 * @maxevents: room in @events
 * @events: the user's array
 */
struct ep_send_events_data {
	int maxevents;
	struct epoll_event __user *events;
};

static int max_user_watches;
static DEFINE_MUTEX(epmutex); /* serialises ADD/DEL and closes against loops and ep_free */
static struct nested_calls poll_loop_ncalls;
static struct nested_calls poll_safewake_ncalls;
static struct nested_calls poll_readywalk_ncalls;
static struct kmem_cache *epi_cache;
static struct kmem_cache *pwq_cache;
static LIST_HEAD(visited_list);

static const struct file_operations eventpoll_fops;

static inline int is_file_epoll(struct file *f)
{
	return f->f_op == &eventpoll_fops;
}

static inline void ep_set_ffd(struct epoll_filefd *ffd, struct file *file, int fd)
{
	ffd->file = file;
	ffd->fd = fd;
}

/* The tree's order: by file address, then by descriptor */
static inline int ep_cmp_ffd(struct epoll_filefd *p1, struct epoll_filefd *p2)
{
	if (p1->file != p2->file)
		return p1->file > p2->file ? 1 : -1;
	return p1->fd - p2->fd;
}

/* The item a tree node belongs to */
static inline struct epitem *ep_rb_item(struct rb_node *rbp)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
	return rb_entry(rbp, struct epitem, rbn);
}

static inline int ep_is_linked(struct list_head *p)
{
	return !list_empty(p);
}

static inline struct eppoll_entry *ep_pwq_from_wait(wait_queue_t *p)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
	return container_of(p, struct eppoll_entry, wait);
}

static inline struct epitem *ep_item_from_wait(wait_queue_t *p)
{
	return ep_pwq_from_wait(p)->base;
}

static inline struct epitem *ep_item_from_epqueue(poll_table *p)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
	return container_of(p, struct ep_pqueue, pt)->epi;
}

static inline int ep_op_has_event(int op)
{
	return op != EPOLL_CTL_DEL;
}

static void ep_nested_calls_init(struct nested_calls *ncalls)
{
	INIT_LIST_HEAD(&ncalls->tasks_call_list);
	spin_lock_init(&ncalls->lock);
}

/*
 * Call @nproc(@priv, @cookie, depth) unless @ctx is already inside a
 * call about @cookie (a cycle) or already EP_MAX_NESTS deep: then -1.
 */
static int ep_call_nested(struct nested_calls *ncalls, int max_nests,
			  int (*nproc)(void *, void *, int), void *priv, void *cookie, void *ctx)
{
	struct nested_call_node *tncur, tnode;
	int error, call_nests = 0;
	unsigned long flags;

	spin_lock_irqsave(&ncalls->lock, flags);
	list_for_each_entry(tncur, &ncalls->tasks_call_list, llink) {
		if (tncur->ctx == ctx && (tncur->cookie == cookie || ++call_nests > max_nests)) {
			spin_unlock_irqrestore(&ncalls->lock, flags);
			return -1;
		}
	}
	tnode.ctx = ctx;
	tnode.cookie = cookie;
	list_add(&tnode.llink, &ncalls->tasks_call_list);
	spin_unlock_irqrestore(&ncalls->lock, flags);

	error = nproc(priv, cookie, call_nests);

	spin_lock_irqsave(&ncalls->lock, flags);
	list_del(&tnode.llink);
	spin_unlock_irqrestore(&ncalls->lock, flags);
	return error;
}

static int ep_poll_wakeup_proc(void *priv, void *cookie, int call_nests)
{
	wake_up_poll((wait_queue_head_t *)cookie, POLLIN);
	return 0;
}

/*
 * Wake the pollers of an epoll file. Their callbacks may be another
 * set's ep_poll_callback, which wakes its own pollers: the recursion
 * stops at EP_MAX_NESTS and never re-enters the same queue.
 */
static void ep_poll_safewake(wait_queue_head_t *wq)
{
	int this_cpu = get_cpu();

	ep_call_nested(&poll_safewake_ncalls, EP_MAX_NESTS, ep_poll_wakeup_proc, NULL, wq,
		       (void *)(long)this_cpu);
	put_cpu();
}

/* Take the item off every wait queue it hooked. Context: ep->mtx or epmutex held. */
static void ep_unregister_pollwait(struct eventpoll *ep, struct epitem *epi)
{
	struct eppoll_entry *pwq;

	while (!list_empty(&epi->pwqlist)) {
		/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
		pwq = list_first_entry(&epi->pwqlist, struct eppoll_entry, llink);
		list_del(&pwq->llink);
		if (pwq->whead) /* NULL once POLLFREE took it off a queue being freed */
			remove_wait_queue(pwq->whead, &pwq->wait);
		kmem_cache_free(pwq_cache, pwq);
	}
}

/* Put the ovflist's items on the ready list again, after a scan; ep->lock held */
static void ep_requeue_ovflist(struct eventpoll *ep)
{
	struct epitem *epi, *nepi;

	for (nepi = ep->ovflist; (epi = nepi) != NULL;
	     nepi = epi->next, epi->next = EP_UNACTIVE_PTR) {
		if (!ep_is_linked(&epi->rdllink))
			list_add_tail(&epi->rdllink, &ep->rdllist);
	}
	ep->ovflist = EP_UNACTIVE_PTR;
}

/*
 * Run @sproc on the ready list with no spinlock held (it calls f_op->poll
 * and copies to user space). The list is taken whole; wake-ups meanwhile
 * go to ep->ovflist; what @sproc leaves and what arrived are put back.
 */
static int ep_scan_ready_list(struct eventpoll *ep,
			      int (*sproc)(struct eventpoll *, struct list_head *, void *),
			      void *priv)
{
	unsigned long flags;
	int error, pwake = 0;
	LIST_HEAD(txlist);

	mutex_lock(&ep->mtx);
	spin_lock_irqsave(&ep->lock, flags);
	list_splice_init(&ep->rdllist, &txlist);
	ep->ovflist = NULL;
	spin_unlock_irqrestore(&ep->lock, flags);

	error = sproc(ep, &txlist, priv);

	spin_lock_irqsave(&ep->lock, flags);
	ep_requeue_ovflist(ep);
	list_splice(&txlist, &ep->rdllist);
	if (!list_empty(&ep->rdllist)) {
		if (waitqueue_active(&ep->wq))
			wake_up_locked(&ep->wq);
		if (waitqueue_active(&ep->poll_wait))
			pwake++;
	}
	spin_unlock_irqrestore(&ep->lock, flags);
	mutex_unlock(&ep->mtx);
	if (pwake)
		ep_poll_safewake(&ep->poll_wait);
	return error;
}

/* Unhook and free an item. Context: ep->mtx held (or epmutex, from ep_free). */
static int ep_remove(struct eventpoll *ep, struct epitem *epi)
{
	struct file *file = epi->ffd.file;
	unsigned long flags;

	ep_unregister_pollwait(ep, epi);
	spin_lock(&file->f_lock);
	if (ep_is_linked(&epi->fllink))
		list_del_init(&epi->fllink);
	spin_unlock(&file->f_lock);
	rb_erase(&epi->rbn, &ep->rbr);
	spin_lock_irqsave(&ep->lock, flags);
	if (ep_is_linked(&epi->rdllink))
		list_del_init(&epi->rdllink);
	spin_unlock_irqrestore(&ep->lock, flags);
	kmem_cache_free(epi_cache, epi);
	atomic_dec(&ep->user->epoll_watches);
	return 0;
}

static void ep_free(struct eventpoll *ep)
{
	struct rb_node *rbp;

	if (waitqueue_active(&ep->poll_wait))
		ep_poll_safewake(&ep->poll_wait);
	mutex_lock(&epmutex);
	/* first every hook, so that no callback runs while the items go */
	for (rbp = rb_first(&ep->rbr); rbp; rbp = rb_next(rbp))
		ep_unregister_pollwait(ep, ep_rb_item(rbp));
	while ((rbp = rb_first(&ep->rbr)) != NULL)
		ep_remove(ep, ep_rb_item(rbp));
	mutex_unlock(&epmutex);
	free_uid(ep->user);
	kfree(ep);
}

static int ep_eventpoll_release(struct inode *inode, struct file *file)
{
	struct eventpoll *ep = file->private_data;

	if (ep)
		ep_free(ep);
	return 0;
}

/* Is one ready item really ready for what it asks? Drops those that are not. */
static int ep_read_events_proc(struct eventpoll *ep, struct list_head *head, void *priv)
{
	struct epitem *epi, *tmp;

	list_for_each_entry_safe(epi, tmp, head, rdllink) {
		if (epi->ffd.file->f_op->poll(epi->ffd.file, NULL) & epi->event.events)
			return POLLIN | POLLRDNORM;
		list_del_init(&epi->rdllink);
	}
	return 0;
}

static int ep_poll_readyevents_proc(void *priv, void *cookie, int call_nests)
{
	return ep_scan_ready_list(priv, ep_read_events_proc, NULL);
}

/* An epoll file is readable when one of its ready items really is ready */
static unsigned int ep_eventpoll_poll(struct file *file, poll_table *wait)
{
	struct eventpoll *ep = file->private_data;
	int pollflags;

	poll_wait(file, &ep->poll_wait, wait);
	pollflags = ep_call_nested(&poll_readywalk_ncalls, EP_MAX_NESTS, ep_poll_readyevents_proc,
				   ep, ep, current);
	return pollflags != -1 ? pollflags : 0;
}

static const struct file_operations eventpoll_fops = {
	.release = ep_eventpoll_release,
	.poll = ep_eventpoll_poll,
};

/**
 * eventpoll_release_file - take a closing file out of every epoll set
 * @file: the file, at its last fput (eventpoll_release found it watched)
 *
 * Nobody else holds @file, so its f_ep_links can only shrink, by ep_free()
 * of a set closing at the same time: epmutex keeps the two apart.
 *
 * Context: process context (__fput); may sleep.
 */
void eventpoll_release_file(struct file *file)
{
	struct eventpoll *ep;
	struct epitem *epi;

	mutex_lock(&epmutex);
	while (!list_empty(&file->f_ep_links)) {
		/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
		epi = list_first_entry(&file->f_ep_links, struct epitem, fllink);
		ep = epi->ep;
		list_del_init(&epi->fllink);
		mutex_lock(&ep->mtx);
		ep_remove(ep, epi);
		mutex_unlock(&ep->mtx);
	}
	mutex_unlock(&epmutex);
}

static int ep_alloc(struct eventpoll **pep)
{
	struct user_struct *user = alloc_uid(current_uid(), GFP_KERNEL);
	struct eventpoll *ep;

	if (!user)
		return -ENOMEM;
	ep = kzalloc(sizeof(*ep), GFP_KERNEL);
	if (!ep) {
		free_uid(user);
		return -ENOMEM;
	}
	spin_lock_init(&ep->lock);
	mutex_init(&ep->mtx);
	init_waitqueue_head(&ep->wq);
	init_waitqueue_head(&ep->poll_wait);
	INIT_LIST_HEAD(&ep->rdllist);
	ep->rbr = RB_ROOT;
	ep->ovflist = EP_UNACTIVE_PTR;
	ep->user = user;
	*pep = ep;
	return 0;
}

/* The item for (@file, @fd), or NULL. Context: ep->mtx held. */
static struct epitem *ep_find(struct eventpoll *ep, struct file *file, int fd)
{
	struct rb_node *rbp = ep->rbr.rb_node;
	struct epoll_filefd ffd;
	struct epitem *epi;
	int kcmp;

	ep_set_ffd(&ffd, file, fd);
	while (rbp) {
		epi = ep_rb_item(rbp);
		kcmp = ep_cmp_ffd(&ffd, &epi->ffd);
		if (kcmp == 0)
			return epi;
		rbp = kcmp > 0 ? rbp->rb_right : rbp->rb_left;
	}
	return NULL;
}

/*
 * The wait function on every watched file's queue: the file woke its
 * queue, so its item goes on the ready list (or ovflist during a scan)
 * and the set's sleepers are woken. @key, when the file gives one, is the
 * POLL* events of the wake-up: those the item does not ask for are ignored.
 */
static int ep_poll_callback(wait_queue_t *wait, unsigned mode, int sync, void *key)
{
	struct epitem *epi = ep_item_from_wait(wait);
	struct eventpoll *ep = epi->ep;
	unsigned long flags;
	int pwake = 0;

	if ((unsigned long)key & POLLFREE) {
		/* the queue is being freed (signalfd_cleanup): leave it now, with its lock held */
		ep_pwq_from_wait(wait)->whead = NULL;
		list_del_init(&wait->task_list);
	}
	spin_lock_irqsave(&ep->lock, flags);
	if (!(epi->event.events & ~EP_PRIVATE_BITS))
		goto out_unlock; /* disabled: EPOLLONESHOT fired */
	if (key && !((unsigned long)key & epi->event.events))
		goto out_unlock;
	if (unlikely(ep->ovflist != EP_UNACTIVE_PTR)) {
		if (epi->next == EP_UNACTIVE_PTR) {
			epi->next = ep->ovflist;
			ep->ovflist = epi;
		}
		goto out_unlock;
	}
	if (!ep_is_linked(&epi->rdllink))
		list_add_tail(&epi->rdllink, &ep->rdllist);
	if (waitqueue_active(&ep->wq))
		wake_up_locked(&ep->wq);
	if (waitqueue_active(&ep->poll_wait))
		pwake++;
out_unlock:
	spin_unlock_irqrestore(&ep->lock, flags);
	if (pwake)
		ep_poll_safewake(&ep->poll_wait);
	return 1;
}

/* The poll_table's queue function: hook the item on one of the file's queues */
static void ep_ptable_queue_proc(struct file *file, wait_queue_head_t *whead, poll_table *pt)
{
	struct epitem *epi = ep_item_from_epqueue(pt);
	struct eppoll_entry *pwq;

	if (epi->nwait >= 0 && (pwq = kmem_cache_alloc(pwq_cache, GFP_KERNEL))) {
		init_waitqueue_func_entry(&pwq->wait, ep_poll_callback);
		pwq->whead = whead;
		pwq->base = epi;
		add_wait_queue(whead, &pwq->wait);
		list_add_tail(&pwq->llink, &epi->pwqlist);
		epi->nwait++;
	} else {
		epi->nwait = -1; /* out of memory: ep_insert fails -ENOMEM */
	}
}

static void ep_rbtree_insert(struct eventpoll *ep, struct epitem *epi)
{
	struct rb_node **p = &ep->rbr.rb_node, *parent = NULL;
	struct epitem *epic;

	while (*p) {
		parent = *p;
		epic = ep_rb_item(parent);
		p = ep_cmp_ffd(&epi->ffd, &epic->ffd) > 0 ? &parent->rb_right : &parent->rb_left;
	}
	rb_link_node(&epi->rbn, parent, p);
	rb_insert_color(&epi->rbn, &ep->rbr);
}

/* Put @epi on the ready list and wake the waiters; returns whether pollers need ep_poll_safewake */
static int ep_make_ready(struct eventpoll *ep, struct epitem *epi)
{
	unsigned long flags;
	int pwake = 0;

	spin_lock_irqsave(&ep->lock, flags);
	if (!ep_is_linked(&epi->rdllink)) {
		list_add_tail(&epi->rdllink, &ep->rdllist);
		if (waitqueue_active(&ep->wq))
			wake_up_locked(&ep->wq);
		if (waitqueue_active(&ep->poll_wait))
			pwake++;
	}
	spin_unlock_irqrestore(&ep->lock, flags);
	return pwake;
}

static struct epitem *ep_new_item(struct eventpoll *ep, struct epoll_event *event,
				  struct file *tfile, int fd)
{
	struct epitem *epi = kmem_cache_alloc(epi_cache, GFP_KERNEL);

	if (!epi)
		return NULL;
	INIT_LIST_HEAD(&epi->rdllink);
	INIT_LIST_HEAD(&epi->fllink);
	INIT_LIST_HEAD(&epi->pwqlist);
	epi->ep = ep;
	ep_set_ffd(&epi->ffd, tfile, fd);
	epi->event = *event;
	epi->nwait = 0;
	epi->next = EP_UNACTIVE_PTR;
	return epi;
}

/* EPOLL_CTL_ADD. Context: ep->mtx held. */
static int ep_insert(struct eventpoll *ep, struct epoll_event *event, struct file *tfile, int fd)
{
	struct ep_pqueue epq;
	struct epitem *epi;
	unsigned int revents;
	unsigned long flags;

	if (unlikely(atomic_read(&ep->user->epoll_watches) >= max_user_watches))
		return -ENOSPC;
	epi = ep_new_item(ep, event, tfile, fd);
	if (!epi)
		return -ENOMEM;
	/* hook the item on the file's queues, and learn what is ready now */
	epq.epi = epi;
	init_poll_funcptr(&epq.pt, ep_ptable_queue_proc);
	revents = tfile->f_op->poll(tfile, &epq.pt);
	if (epi->nwait < 0)
		goto error_unregister;
	spin_lock(&tfile->f_lock);
	list_add_tail(&epi->fllink, &tfile->f_ep_links);
	spin_unlock(&tfile->f_lock);
	ep_rbtree_insert(ep, epi);
	atomic_inc(&ep->user->epoll_watches);
	if ((revents & event->events) && ep_make_ready(ep, epi))
		ep_poll_safewake(&ep->poll_wait);
	return 0;

error_unregister:
	ep_unregister_pollwait(ep, epi);
	spin_lock_irqsave(&ep->lock, flags); /* a callback may have queued it already */
	if (ep_is_linked(&epi->rdllink))
		list_del_init(&epi->rdllink);
	spin_unlock_irqrestore(&ep->lock, flags);
	kmem_cache_free(epi_cache, epi);
	return -ENOMEM;
}

/*
 * EPOLL_CTL_MOD: the new mask first, then ask the file, so that an event
 * between the two is seen by the callback or by the poll. Context: ep->mtx held.
 */
static int ep_modify(struct eventpoll *ep, struct epitem *epi, struct epoll_event *event)
{
	unsigned int revents;

	epi->event.events = event->events;
	epi->event.data = event->data;
	smp_mb();
	revents = epi->ffd.file->f_op->poll(epi->ffd.file, NULL);
	if ((revents & event->events) && ep_make_ready(ep, epi))
		ep_poll_safewake(&ep->poll_wait);
	return 0;
}

/*
 * The fields of the user's struct epoll_event by address arithmetic: the
 * array is the user's pointer, any value, which only the copy may refuse
 * (-EFAULT); &uevent->events would be a member access through it.
 */
static __u32 __user *epoll_event_events(struct epoll_event __user *uevent)
{
	return (__u32 __user *)((char __user *)uevent + offsetof(struct epoll_event, events));
}

static __u64 __user *epoll_event_data(struct epoll_event __user *uevent)
{
	return (__u64 __user *)((char __user *)uevent + offsetof(struct epoll_event, data));
}

/*
 * Copy the ready items' events to user space, asking each file again:
 * an item no longer ready is dropped; a level-triggered one goes back
 * on the ready list; EPOLLONESHOT disables the item.
 */
static int ep_send_events_proc(struct eventpoll *ep, struct list_head *head, void *priv)
{
	struct ep_send_events_data *esed = priv;
	struct epoll_event __user *uevent = esed->events;
	unsigned int revents;
	struct epitem *epi;
	int eventcnt = 0;

	while (!list_empty(head) && eventcnt < esed->maxevents) {
		/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
		epi = list_first_entry(head, struct epitem, rdllink);
		list_del_init(&epi->rdllink);
		revents = epi->ffd.file->f_op->poll(epi->ffd.file, NULL) & epi->event.events;
		if (!revents)
			continue;
		if (__put_user(revents, epoll_event_events(uevent)) ||
		    __put_user(epi->event.data, epoll_event_data(uevent))) {
			list_add(&epi->rdllink, head);
			return eventcnt ? eventcnt : -EFAULT;
		}
		eventcnt++;
		uevent++;
		if (epi->event.events & EPOLLONESHOT)
			epi->event.events &= EP_PRIVATE_BITS;
		else if (!(epi->event.events & EPOLLET))
			list_add_tail(&epi->rdllink, &ep->rdllist);
	}
	return eventcnt;
}

static int ep_send_events(struct eventpoll *ep, struct epoll_event __user *events, int maxevents)
{
	struct ep_send_events_data esed = { .maxevents = maxevents, .events = events };

	return ep_scan_ready_list(ep, ep_send_events_proc, &esed);
}

/* Sleep on ep->wq until the ready list is not empty; the jiffies left, or -EINTR */
static long ep_wait_ready(struct eventpoll *ep, long jtimeout, unsigned long *flags)
{
	wait_queue_t wait;

	init_waitqueue_entry(&wait, current);
	wait.flags |= WQ_FLAG_EXCLUSIVE;
	__add_wait_queue(&ep->wq, &wait);
	for (;;) {
		set_current_state(TASK_INTERRUPTIBLE);
		if (!list_empty(&ep->rdllist) || !jtimeout)
			break;
		if (signal_pending(current)) {
			jtimeout = -EINTR;
			break;
		}
		spin_unlock_irqrestore(&ep->lock, *flags);
		jtimeout = schedule_timeout(jtimeout);
		spin_lock_irqsave(&ep->lock, *flags);
	}
	__remove_wait_queue(&ep->wq, &wait);
	set_current_state(TASK_RUNNING);
	return jtimeout;
}

static int ep_poll(struct eventpoll *ep, struct epoll_event __user *events, int maxevents,
		   long timeout)
{
	unsigned long flags;
	long jtimeout;
	int res, eavail;

	/* milliseconds to jiffies, rounded up; -1 or a huge value is for ever */
	if (timeout < 0 || timeout >= (long)EP_MAX_MSTIMEO)
		jtimeout = MAX_SCHEDULE_TIMEOUT;
	else
		jtimeout = (timeout * HZ + 999) / 1000;
retry:
	spin_lock_irqsave(&ep->lock, flags);
	res = 0;
	if (list_empty(&ep->rdllist)) {
		jtimeout = ep_wait_ready(ep, jtimeout, &flags);
		if (jtimeout == -EINTR) {
			res = -EINTR;
			jtimeout = 0;
		}
	}
	eavail = !list_empty(&ep->rdllist) || ep->ovflist != EP_UNACTIVE_PTR;
	spin_unlock_irqrestore(&ep->lock, flags);
	/* the ready items may all have turned out not ready: wait on if time is left */
	if (!res && eavail && !(res = ep_send_events(ep, events, maxevents)) && jtimeout)
		goto retry;
	return res;
}

static int ep_loop_check_proc(void *priv, void *cookie, int call_nests)
{
	struct file *file = priv;
	struct eventpoll *ep = file->private_data, *ep_tovisit;
	struct rb_node *rbp;
	struct epitem *epi;
	int error = 0;

	mutex_lock(&ep->mtx);
	ep->visited = 1;
	list_add(&ep->visited_list_link, &visited_list);
	for (rbp = rb_first(&ep->rbr); rbp && !error; rbp = rb_next(rbp)) {
		epi = ep_rb_item(rbp);
		if (!is_file_epoll(epi->ffd.file))
			continue;
		ep_tovisit = epi->ffd.file->private_data;
		if (ep_tovisit->visited)
			continue;
		error = ep_call_nested(&poll_loop_ncalls, EP_MAX_NESTS, ep_loop_check_proc,
				       epi->ffd.file, ep_tovisit, current);
	}
	mutex_unlock(&ep->mtx);
	return error;
}

/*
 * Would adding the epoll @file to @ep close a loop (@ep reachable from
 * @file) or make a chain deeper than EP_MAX_NESTS? Then -1, else 0.
 * Context: epmutex held.
 */
static int ep_loop_check(struct eventpoll *ep, struct file *file)
{
	struct eventpoll *ep_cur, *ep_next;
	int ret;

	ret = ep_call_nested(&poll_loop_ncalls, EP_MAX_NESTS, ep_loop_check_proc, file, ep,
			     current);
	list_for_each_entry_safe(ep_cur, ep_next, &visited_list, visited_list_link) {
		ep_cur->visited = 0;
		list_del(&ep_cur->visited_list_link);
	}
	return ret;
}

/**
 * sys_epoll_create1 - epoll_create1(2): a new epoll set (system call 329)
 * @flags: 0 or EPOLL_CLOEXEC
 *
 * Context: process context (system call); may sleep.
 * Return: the descriptor, or -EINVAL (other flags), -EMFILE, -ENFILE, -ENOMEM.
 */
asmlinkage long sys_epoll_create1(int flags)
{
	struct eventpoll *ep = NULL;
	int error, fd;

	BUILD_BUG_ON(EPOLL_CLOEXEC != O_CLOEXEC);
	if (flags & ~EPOLL_CLOEXEC)
		return -EINVAL;
	error = ep_alloc(&ep);
	if (error < 0)
		return error;
	fd = anon_inode_getfd("[eventpoll]", &eventpoll_fops, ep, O_RDWR | (flags & O_CLOEXEC));
	if (fd < 0)
		ep_free(ep);
	return fd;
}

/**
 * sys_epoll_create - epoll_create(2): a new epoll set (system call 254)
 * @size: a hint from before the set grew as needed; must be positive
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_epoll_create1(); -EINVAL for @size <= 0.
 */
asmlinkage long sys_epoll_create(int size)
{
	if (size <= 0)
		return -EINVAL;
	return sys_epoll_create1(0);
}

/* ADD, DEL or MOD on the set, with ep->mtx held */
static int ep_ctl_locked(struct eventpoll *ep, int op, struct file *tfile, int fd,
			 struct epoll_event *epds)
{
	struct epitem *epi = ep_find(ep, tfile, fd);

	switch (op) {
	case EPOLL_CTL_ADD:
		if (epi)
			return -EEXIST;
		epds->events |= POLLERR | POLLHUP;
		return ep_insert(ep, epds, tfile, fd);
	case EPOLL_CTL_DEL:
		return epi ? ep_remove(ep, epi) : -ENOENT;
	case EPOLL_CTL_MOD:
		if (!epi)
			return -ENOENT;
		epds->events |= POLLERR | POLLHUP;
		return ep_modify(ep, epi, epds);
	}
	return -EINVAL;
}

/* epoll_ctl's checks and locking, with both files held */
static int ep_ctl_files(struct file *file, int op, struct file *tfile, int fd,
			struct epoll_event *epds)
{
	int error, did_lock_epmutex = 0;
	struct eventpoll *ep;

	if (!tfile->f_op || !tfile->f_op->poll)
		return -EPERM;
	if (file == tfile || !is_file_epoll(file))
		return -EINVAL;
	ep = file->private_data;
	if (op == EPOLL_CTL_ADD || op == EPOLL_CTL_DEL) {
		mutex_lock(&epmutex);
		did_lock_epmutex = 1;
	}
	error = -ELOOP;
	if (op == EPOLL_CTL_ADD && is_file_epoll(tfile) && ep_loop_check(ep, tfile) != 0)
		goto out;
	mutex_lock(&ep->mtx);
	error = ep_ctl_locked(ep, op, tfile, fd, epds);
	mutex_unlock(&ep->mtx);
out:
	if (did_lock_epmutex)
		mutex_unlock(&epmutex);
	return error;
}

/**
 * sys_epoll_ctl - epoll_ctl(2): add, change or remove a watched file (system call 255)
 * @epfd: the epoll set
 * @op: EPOLL_CTL_ADD, EPOLL_CTL_DEL or EPOLL_CTL_MOD
 * @fd: the file to watch
 * @event: the events to watch and the data to return (unread for DEL)
 *
 * POLLERR and POLLHUP are always watched.
 *
 * Context: process context (system call); may sleep.
 * Return: 0, or -EFAULT (@event), -EBADF (@epfd or @fd), -EPERM (@fd's file
 * cannot be polled), -EINVAL (@epfd is no epoll file, is @fd itself, or a
 * bad @op), -ELOOP (epoll sets in a loop or too deep), -EEXIST (ADD of a
 * watched fd), -ENOENT (DEL or MOD of an unwatched one), -ENOSPC
 * (max_user_watches), -ENOMEM.
 */
asmlinkage long sys_epoll_ctl(int epfd, int op, int fd, struct epoll_event __user *event)
{
	struct file *file, *tfile;
	struct epoll_event epds;
	int error;

	if (ep_op_has_event(op) && copy_from_user(&epds, event, sizeof(epds)))
		return -EFAULT;
	file = fget(epfd);
	if (!file)
		return -EBADF;
	error = -EBADF;
	tfile = fget(fd);
	if (tfile) {
		error = ep_ctl_files(file, op, tfile, fd, &epds);
		fput(tfile);
	}
	fput(file);
	return error;
}

/**
 * sys_epoll_wait - epoll_wait(2): wait for events on a set (system call 256)
 * @epfd: the epoll set
 * @events: where the events go
 * @maxevents: room in @events, 1 to EP_MAX_EVENTS
 * @timeout: milliseconds; 0 does not wait, negative waits for ever
 *
 * Context: process context (system call); may sleep.
 * Return: the number of events (0 when the time ran out), or -EINVAL
 * (@maxevents, or @epfd no epoll file), -EFAULT, -EBADF, -EINTR.
 */
asmlinkage long sys_epoll_wait(int epfd, struct epoll_event __user *events, int maxevents,
			       int timeout)
{
	struct file *file;
	int error;

	if (maxevents <= 0 || maxevents > (int)EP_MAX_EVENTS)
		return -EINVAL;
	if (!access_ok(VERIFY_WRITE, events, maxevents * sizeof(struct epoll_event)))
		return -EFAULT;
	file = fget(epfd);
	if (!file)
		return -EBADF;
	error = -EINVAL;
	if (is_file_epoll(file))
		error = ep_poll(file->private_data, events, maxevents, timeout);
	fput(file);
	return error;
}

/**
 * sys_epoll_pwait - epoll_pwait(2): epoll_wait with a signal mask (system call 319)
 * @epfd: the epoll set
 * @events: where the events go
 * @maxevents: room in @events
 * @timeout: milliseconds, as epoll_wait
 * @sigmask: the signals blocked while waiting, or NULL for epoll_wait
 * @sigsetsize: must be 8
 *
 * Interrupted by a signal, the caller's mask is put back only after the
 * handler ran (saved_sigmask and TIF_RESTORE_SIGMASK, as sigsuspend), so
 * that a signal the temporary mask let in is delivered.
 *
 * Context: process context (system call); may sleep.
 * Return: as sys_epoll_wait(); -EINVAL for @sigsetsize, -EFAULT for @sigmask.
 */
asmlinkage long sys_epoll_pwait(int epfd, struct epoll_event __user *events, int maxevents,
				int timeout, const sigset_t __user *sigmask, size_t sigsetsize)
{
	sigset_t ksigmask, sigsaved, unused;
	long error;

	if (sigmask) {
		if (sigsetsize != sizeof(sigset_t))
			return -EINVAL;
		if (copy_from_user(&ksigmask, sigmask, sizeof(ksigmask)))
			return -EFAULT;
		ksigmask &= ~SIG_KERNEL_ONLY_MASK;
		sys_rt_sigprocmask_kernel(SIG_SETMASK, &ksigmask, &sigsaved);
	}
	error = sys_epoll_wait(epfd, events, maxevents, timeout);
	if (sigmask) {
		if (error == -EINTR) {
			current->saved_sigmask = sigsaved;
			set_thread_flag(TIF_RESTORE_SIGMASK);
		} else {
			sys_rt_sigprocmask_kernel(SIG_SETMASK, &sigsaved, &unused);
		}
	}
	return error;
}

static int __init eventpoll_init(void)
{
	struct sysinfo si;

	si_meminfo(&si);
	/* 4% of low memory for each user's watches, as 2.6.32 */
	max_user_watches = (((si.totalram - si.totalhigh) / 25) << PAGE_SHIFT) / EP_ITEM_COST;
	ep_nested_calls_init(&poll_loop_ncalls);
	ep_nested_calls_init(&poll_safewake_ncalls);
	ep_nested_calls_init(&poll_readywalk_ncalls);
	epi_cache = kmem_cache_create("eventpoll_epi", sizeof(struct epitem), 0,
				      SLAB_HWCACHE_ALIGN | SLAB_PANIC, NULL);
	pwq_cache = kmem_cache_create("eventpoll_pwq", sizeof(struct eppoll_entry), 0, SLAB_PANIC,
				      NULL);
	return 0;
}
fs_initcall(eventpoll_init);
