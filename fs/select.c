/*
 * select.c - select(2), pselect6(2), poll(2), ppoll(2): waiting on many files.
 *
 * A process asks each file whether it is ready, through f_op->poll(),
 * and sleeps until one becomes so. The trick (2.6.32's) is that the same
 * poll() call both answers and registers: on the first pass it is given
 * a poll_table whose qproc, __pollwait(), puts a wait-queue entry of the
 * caller on every wait queue the file names with poll_wait(). If nothing
 * is ready the caller sleeps; a wake-up on any of those queues runs
 * pollwake(), which marks the table triggered and wakes it; the next
 * pass asks again, without registering (the entries are already there).
 * At the end poll_freewait() takes every entry off its queue.
 *
 *   do_select/do_poll -> f_op->poll(file, pt) -> poll_wait -> __pollwait
 *                     -> poll_schedule_timeout (sleep until pollwake or the timeout)
 *
 * A file without a poll operation is always ready (DEFAULT_POLLMASK).
 * The timeout is an absolute time on the monotonic clock, slept on with
 * an hrtimer; select and pselect6 write the time left back, as Linux.
 *
 * Differences from 2.6.32, because this file does not use the saved
 * sigmask (TIF_RESTORE_SIGMASK) and the restart blocks that
 * kernel/signal.c now has (sigsuspend and nanosleep use them):
 * pselect6 and ppoll restore the caller's mask as soon as they return,
 * answering -EINTR (not -ERESTARTNOHAND) when a signal interrupted them,
 * so a signal that only the temporary mask let in stays pending; poll
 * answers -EINTR where 2.6.32 returns -ERESTART_RESTARTBLOCK, which
 * restarts it when no handler runs.
 * Read next: fs/pipe.c:pipe_poll, docs/files.md.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/file.h>
#include <linux/fdtable.h>
#include <linux/poll.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/hrtimer.h>
#include <linux/ktime.h>
#include <linux/time.h>
#include <linux/errno.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

#define POLLIN_SET (POLLRDNORM | POLLRDBAND | POLLIN | POLLHUP | POLLERR)
#define POLLOUT_SET (POLLWRBAND | POLLWRNORM | POLLOUT | POLLERR)
#define POLLEX_SET (POLLPRI)
#define SIG_SETMASK 2

/**
 * struct poll_table_entry - one wait queue a polling task sits on
 * @filp: the file that named the queue (held until poll_freewait)
 * @wait: the task's entry on the queue (func pollwake)
 * @wait_address: the queue
 */
struct poll_table_entry {
	struct file *filp;
	wait_queue_t wait;
	wait_queue_head_t *wait_address;
};

/**
 * struct poll_table_page - a page of entries, for tables larger than the inline ones
 * @next: the previous page
 * @entry: the next free entry
 * @entries: the entries
 */
struct poll_table_page {
	struct poll_table_page *next;
	struct poll_table_entry *entry;
	struct poll_table_entry entries[0];
};

#define N_INLINE_POLL_ENTRIES 16
#define POLL_TABLE_FULL(table) \
	((unsigned long)((table)->entry + 1) > PAGE_SIZE + (unsigned long)(table))

/**
 * struct poll_wqueues - the poll_table of one select() or poll() call
 * @pt: what f_op->poll() receives (qproc __pollwait, NULL once registered)
 * @table: the pages of entries beyond the inline ones
 * @polling_task: the caller, woken by pollwake()
 * @triggered: set by pollwake(), cleared when the caller has looked again
 * @error: -ENOMEM if an entry could not be allocated
 * @inline_index: inline entries used
 * @inline_entries: the first entries, on the caller's stack
 */
struct poll_wqueues {
	poll_table pt;
	struct poll_table_page *table;
	struct task_struct *polling_task;
	int triggered;
	int error;
	int inline_index;
	struct poll_table_entry inline_entries[N_INLINE_POLL_ENTRIES];
};

static struct poll_table_entry *poll_get_entry(struct poll_wqueues *p)
{
	struct poll_table_page *table = p->table;

	if (p->inline_index < N_INLINE_POLL_ENTRIES)
		return p->inline_entries + p->inline_index++;
	if (!table || POLL_TABLE_FULL(table)) {
		struct poll_table_page *new_table = (void *)__get_free_page(GFP_KERNEL);

		if (!new_table) {
			p->error = -ENOMEM;
			return NULL;
		}
		new_table->entry = new_table->entries;
		new_table->next = table;
		p->table = new_table;
		table = new_table;
	}
	return table->entry++;
}

static int pollwake(wait_queue_t *wait, unsigned mode, int sync, void *key)
{
	struct poll_wqueues *pwq = wait->private;
	wait_queue_t dummy = { .private = pwq->polling_task };

	barrier(); /* uniprocessor: the compiler is the only reorderer */
	pwq->triggered = 1;
	return default_wake_function(&dummy, mode, sync, key);
}

/* The qproc of the first pass: sit on @wait_address until poll_freewait() */
static void __pollwait(struct file *filp, wait_queue_head_t *wait_address, poll_table *p)
{
	struct poll_wqueues *pwq = (struct poll_wqueues *)p; /* pt is its first member */
	struct poll_table_entry *entry = poll_get_entry(pwq);

	BUILD_BUG_ON(offsetof(struct poll_wqueues, pt) != 0);
	if (!entry)
		return;
	get_file(filp);
	entry->filp = filp;
	entry->wait_address = wait_address;
	init_waitqueue_func_entry(&entry->wait, pollwake);
	entry->wait.private = pwq;
	add_wait_queue(wait_address, &entry->wait);
}

static void poll_initwait(struct poll_wqueues *pwq)
{
	pwq->pt.qproc = __pollwait;
	pwq->pt.priv = NULL;
	pwq->polling_task = current;
	pwq->triggered = 0;
	pwq->error = 0;
	pwq->table = NULL;
	pwq->inline_index = 0;
}

static void free_poll_entry(struct poll_table_entry *entry)
{
	remove_wait_queue(entry->wait_address, &entry->wait);
	fput(entry->filp);
}

static void poll_freewait(struct poll_wqueues *pwq)
{
	struct poll_table_page *p = pwq->table;
	int i;

	for (i = 0; i < pwq->inline_index; i++)
		free_poll_entry(pwq->inline_entries + i);
	while (p) {
		struct poll_table_entry *entry = p->entry;
		struct poll_table_page *old;

		while (entry > p->entries)
			free_poll_entry(--entry);
		old = p;
		p = p->next;
		free_page((unsigned long)old);
	}
}

/* Sleep until a pollwake() or @expires (NULL: for ever); 0 when the time ran out */
static int poll_schedule_timeout(struct poll_wqueues *pwq, ktime_t *expires)
{
	int rc = -EINTR;

	set_current_state(TASK_INTERRUPTIBLE);
	if (!pwq->triggered)
		rc = schedule_hrtimeout_range(expires, 0, HRTIMER_MODE_ABS);
	__set_current_state(TASK_RUNNING);
	pwq->triggered = 0;
	barrier();
	return rc;
}

static unsigned int file_poll(struct file *file, poll_table *wait)
{
	if (!file->f_op || !file->f_op->poll)
		return DEFAULT_POLLMASK;
	return file->f_op->poll(file, wait);
}

/*
 * The deadline of a timeout: NULL for none; a zero-time one means "do
 * not wait". -EINVAL for a negative or unnormalised time.
 */
static int poll_select_set_timeout(ktime_t *to, long sec, long nsec)
{
	if (sec < 0 || nsec < 0 || nsec >= NSEC_PER_SEC)
		return -EINVAL;
	if (!sec && !nsec)
		to->tv64 = 0;
	else
		*to = ktime_add(ktime_get(), ktime_set(sec, nsec));
	return 0;
}

/* The time left before @end (0 if past), as a timespec */
static struct timespec time_left(const ktime_t *end)
{
	ktime_t left = end->tv64 ? ktime_sub(*end, ktime_get()) : ktime_set(0, 0);

	if (left.tv64 < 0)
		left.tv64 = 0;
	return ktime_to_timespec(left);
}

/* ---- select ---- */

/**
 * struct fd_set_bits - the six bitmaps of one select(): in, out, ex and their results
 * @in: descriptors to watch for reading
 * @out: for writing
 * @ex: for exceptional conditions (POLLPRI)
 * @res_in: ready for reading
 * @res_out: ready for writing
 * @res_ex: exceptional
 */
struct fd_set_bits {
	unsigned long *in, *out, *ex, *res_in, *res_out, *res_ex;
};

#define FDS_LONGS(nr) (((nr) + BITS_PER_LONG - 1) / BITS_PER_LONG)
#define FDS_BYTES(nr) (FDS_LONGS(nr) * sizeof(long))

static int get_fd_set(unsigned long nr, void __user *ufdset, unsigned long *fdset)
{
	nr = FDS_BYTES(nr);
	if (ufdset)
		return copy_from_user(fdset, ufdset, nr) ? -EFAULT : 0;
	memset(fdset, 0, nr);
	return 0;
}

static int set_fd_set(unsigned long nr, void __user *ufdset, unsigned long *fdset)
{
	if (ufdset && copy_to_user(ufdset, fdset, FDS_BYTES(nr)))
		return -EFAULT;
	return 0;
}

/* The highest descriptor asked about, plus one; -EBADF if one is not open */
static int max_select_fd(unsigned long n, struct fd_set_bits *fds)
{
	struct fdtable *fdt = files_fdtable(current->files);
	unsigned long i, bits;

	for (i = 0; i < n; i++) {
		bits = (fds->in[i / BITS_PER_LONG] | fds->out[i / BITS_PER_LONG] |
			fds->ex[i / BITS_PER_LONG]) >>
		       (i % BITS_PER_LONG);
		if (!(bits & 1))
			continue;
		if (i >= fdt->max_fds || !FD_ISSET_BIT(i, fdt->open_fds))
			return -EBADF;
	}
	return n;
}

static bool select_bit(unsigned long *set, unsigned long i)
{
	return set[i / BITS_PER_LONG] & (1UL << (i % BITS_PER_LONG));
}

static void set_bit_in(unsigned long *set, unsigned long i)
{
	set[i / BITS_PER_LONG] |= 1UL << (i % BITS_PER_LONG);
}

static int do_select(int n, struct fd_set_bits *fds, ktime_t *end_time)
{
	struct poll_wqueues table;
	poll_table *wait = &table.pt;
	int retval, i, timed_out = 0;

	spin_lock(&current->files->file_lock);
	retval = max_select_fd(n, fds);
	spin_unlock(&current->files->file_lock);
	if (retval < 0)
		return retval;
	n = retval;
	poll_initwait(&table);
	if (end_time && !end_time->tv64) {
		wait = NULL;
		timed_out = 1;
	}
	retval = 0;
	for (;;) {
		for (i = 0; i < n; i++) {
			bool in = select_bit(fds->in, i), out = select_bit(fds->out, i),
			     ex = select_bit(fds->ex, i);
			int fput_needed;
			struct file *file;
			unsigned int mask;

			if (!in && !out && !ex)
				continue;
			file = fget_light(i, &fput_needed);
			if (!file)
				continue;
			mask = file_poll(file, wait);
			fput_light(file, fput_needed);
			if (in && (mask & POLLIN_SET)) {
				set_bit_in(fds->res_in, i);
				retval++;
				wait = NULL;
			}
			if (out && (mask & POLLOUT_SET)) {
				set_bit_in(fds->res_out, i);
				retval++;
				wait = NULL;
			}
			if (ex && (mask & POLLEX_SET)) {
				set_bit_in(fds->res_ex, i);
				retval++;
				wait = NULL;
			}
			cond_resched();
		}
		wait = NULL;
		if (retval || timed_out || signal_pending(current))
			break;
		if (table.error) {
			retval = table.error;
			break;
		}
		if (!poll_schedule_timeout(&table, end_time))
			timed_out = 1;
	}
	poll_freewait(&table);
	return retval;
}

static int core_sys_select(int n, void __user *inp, void __user *outp, void __user *exp,
			   ktime_t *end_time)
{
	struct fd_set_bits fds;
	unsigned long *bits;
	int ret, max_fds;
	size_t size;

	if (n < 0)
		return -EINVAL;
	spin_lock(&current->files->file_lock);
	max_fds = files_fdtable(current->files)->max_fds;
	spin_unlock(&current->files->file_lock);
	if (n > max_fds)
		n = max_fds;
	size = FDS_BYTES(n);
	bits = kzalloc(6 * size + 6 * sizeof(long), GFP_KERNEL);
	if (!bits)
		return -ENOMEM;
	fds.in = bits;
	fds.out = (void *)((char *)bits + size);
	fds.ex = (void *)((char *)bits + 2 * size);
	fds.res_in = (void *)((char *)bits + 3 * size);
	fds.res_out = (void *)((char *)bits + 4 * size);
	fds.res_ex = (void *)((char *)bits + 5 * size);
	ret = get_fd_set(n, inp, fds.in);
	if (!ret)
		ret = get_fd_set(n, outp, fds.out);
	if (!ret)
		ret = get_fd_set(n, exp, fds.ex);
	if (ret)
		goto out;
	ret = do_select(n, &fds, end_time);
	if (ret < 0)
		goto out;
	if (!ret && signal_pending(current)) {
		ret = -ERESTARTNOHAND;
		goto out;
	}
	if (set_fd_set(n, inp, fds.res_in) || set_fd_set(n, outp, fds.res_out) ||
	    set_fd_set(n, exp, fds.res_ex))
		ret = -EFAULT;
out:
	kfree(bits);
	return ret;
}

/**
 * sys_select - select(2), the newer entry _newselect (system call 142)
 * @n: one more than the highest descriptor to look at
 * @inp: descriptors to watch for reading, or NULL
 * @outp: for writing, or NULL
 * @exp: for exceptional conditions, or NULL
 * @tvp: the timeout (written back with the time left), NULL to wait for ever
 *
 * Context: process context (system call); sleeps.
 * Return: the number of ready bits, 0 on timeout, -EBADF (a watched
 * descriptor is not open), -EINVAL (@n negative, bad timeout), -EFAULT,
 * -ERESTARTNOHAND (a signal; -EINTR for the caller).
 */
asmlinkage long sys_select(int n, void __user *inp, void __user *outp, void __user *exp,
			   struct timeval __user *tvp)
{
	ktime_t end_time, *to = NULL;
	struct timeval tv;
	int ret;

	if (tvp) {
		if (copy_from_user(&tv, tvp, sizeof(tv)))
			return -EFAULT;
		to = &end_time;
		if (tv.tv_sec < 0 || tv.tv_usec < 0 ||
		    poll_select_set_timeout(to, tv.tv_sec + tv.tv_usec / USEC_PER_SEC,
					    (tv.tv_usec % USEC_PER_SEC) * NSEC_PER_USEC))
			return -EINVAL;
	}
	ret = core_sys_select(n, inp, outp, exp, to);
	if (tvp) {
		struct timespec left = time_left(to);

		tv.tv_sec = left.tv_sec;
		tv.tv_usec = left.tv_nsec / NSEC_PER_USEC;
		if (copy_to_user(tvp, &tv, sizeof(tv)) && ret == -ERESTARTNOHAND)
			ret = -EINTR;
	}
	return ret;
}

/**
 * struct sel_arg_struct - old_select's single argument (the first i386 select)
 * @n: as sys_select()
 * @inp: as sys_select()
 * @outp: as sys_select()
 * @exp: as sys_select()
 * @tvp: as sys_select()
 */
struct sel_arg_struct {
	unsigned long n;
	void __user *inp, *outp, *exp;
	struct timeval __user *tvp;
};

/**
 * old_select - select(2) with its arguments in a block (system call 82)
 * @arg: the block
 *
 * 2.6.32 has this in arch/x86/kernel/sys_i386_32.c; it is here with
 * sys_select() in Linnet.
 *
 * Context: process context (system call); sleeps.
 * Return: as sys_select(), -EFAULT for a bad @arg.
 */
asmlinkage long old_select(struct sel_arg_struct __user *arg)
{
	struct sel_arg_struct a;

	if (copy_from_user(&a, arg, sizeof(a)))
		return -EFAULT;
	return sys_select(a.n, a.inp, a.outp, a.exp, a.tvp);
}

/* A temporary signal mask for pselect6/ppoll: @old receives the caller's */
static int set_temp_sigmask(const void __user *sigmask, size_t sigsetsize, u64 *old)
{
	extern asmlinkage long sys_rt_sigprocmask(int how, const u64 __user *set, u64 __user *oset,
						  size_t sigsetsize);
	mm_segment_t old_fs = get_fs();
	u64 set;
	long ret;

	if (sigsetsize != sizeof(u64))
		return -EINVAL;
	if (copy_from_user(&set, sigmask, sizeof(set)))
		return -EFAULT;
	set_fs(KERNEL_DS);
	ret = sys_rt_sigprocmask(SIG_SETMASK, (const u64 __user *)&set, (u64 __user *)old,
				 sizeof(set));
	set_fs(old_fs);
	return ret;
}

static void restore_sigmask(u64 *old)
{
	extern asmlinkage long sys_rt_sigprocmask(int how, const u64 __user *set, u64 __user *oset,
						  size_t sigsetsize);
	mm_segment_t old_fs = get_fs();

	set_fs(KERNEL_DS);
	sys_rt_sigprocmask(SIG_SETMASK, (const u64 __user *)old, NULL, sizeof(*old));
	set_fs(old_fs);
}

/**
 * sys_pselect6 - pselect(2): select with a timespec and a signal mask (system call 308)
 * @n: as sys_select()
 * @inp: as sys_select()
 * @outp: as sys_select()
 * @exp: as sys_select()
 * @tsp: the timeout (the time left is written back), NULL for none
 * @sig: NULL, or a pointer to { const sigset_t *ss; size_t ss_len }
 *
 * Context: process context (system call); sleeps.
 * Return: as sys_select(); -EINVAL for a bad ss_len; -EINTR after a signal.
 */
asmlinkage long sys_pselect6(int n, void __user *inp, void __user *outp, void __user *exp,
			     struct timespec __user *tsp, void __user *sig)
{
	ktime_t end_time, *to = NULL;
	struct timespec ts;
	unsigned long sa[2] = { 0, 0 }; /* the sigset pointer and its size */
	u64 old;
	int ret;

	if (tsp) {
		if (copy_from_user(&ts, tsp, sizeof(ts)))
			return -EFAULT;
		to = &end_time;
		if (poll_select_set_timeout(to, ts.tv_sec, ts.tv_nsec))
			return -EINVAL;
	}
	if (sig && copy_from_user(sa, sig, sizeof(sa)))
		return -EFAULT;
	if (sa[0]) {
		ret = set_temp_sigmask((void __user *)sa[0], sa[1], &old);
		if (ret)
			return ret;
	}
	ret = core_sys_select(n, inp, outp, exp, to);
	if (sa[0]) {
		restore_sigmask(&old);
		if (ret == -ERESTARTNOHAND)
			ret = -EINTR;
	}
	if (tsp) {
		ts = time_left(to);
		if (copy_to_user(tsp, &ts, sizeof(ts)) && ret == -ERESTARTNOHAND)
			ret = -EINTR;
	}
	return ret;
}

/* ---- poll ---- */

/**
 * struct pollfd - one descriptor of a poll() call, as the caller lays it out
 * @fd: the descriptor (negative: ignored)
 * @events: POLL* bits asked for
 * @revents: POLL* bits that happened (POLLERR, POLLHUP, POLLNVAL always count)
 */
struct pollfd {
	int fd;
	short events;
	short revents;
};

static unsigned int do_pollfd(struct pollfd *pfd, poll_table *pwait)
{
	unsigned int mask = 0;
	int fput_needed;
	struct file *file;

	if (pfd->fd < 0)
		goto out;
	file = fget_light(pfd->fd, &fput_needed);
	mask = POLLNVAL;
	if (file) {
		mask = file_poll(file, pwait);
		mask &= (unsigned short)pfd->events | POLLERR | POLLHUP;
		fput_light(file, fput_needed);
	}
out:
	pfd->revents = mask;
	return mask;
}

static int do_poll(unsigned int nfds, struct pollfd *fds, struct poll_wqueues *wait,
		   ktime_t *end_time)
{
	poll_table *pt = &wait->pt;
	int timed_out = 0, count = 0;
	unsigned int i;

	if (end_time && !end_time->tv64) {
		pt = NULL;
		timed_out = 1;
	}
	for (;;) {
		for (i = 0; i < nfds; i++) {
			if (do_pollfd(&fds[i], pt)) {
				count++;
				pt = NULL;
			}
		}
		pt = NULL;
		if (!count) {
			count = wait->error;
			if (signal_pending(current))
				count = -EINTR;
		}
		if (count || timed_out)
			break;
		if (!poll_schedule_timeout(wait, end_time))
			timed_out = 1;
	}
	return count;
}

static int do_sys_poll(struct pollfd __user *ufds, unsigned int nfds, ktime_t *end_time)
{
	struct poll_wqueues table;
	struct pollfd *fds;
	size_t size = nfds * sizeof(struct pollfd);
	int err, i;

	if (nfds > (unsigned int)task_nofile_limit())
		return -EINVAL;
	fds = kmalloc(size ? size : 1, GFP_KERNEL);
	if (!fds)
		return -ENOMEM;
	err = -EFAULT;
	if (copy_from_user(fds, ufds, size))
		goto out;
	poll_initwait(&table);
	err = do_poll(nfds, fds, &table, end_time);
	poll_freewait(&table);
	for (i = 0; i < (int)nfds; i++)
		if (__put_user(fds[i].revents, &ufds[i].revents)) {
			err = -EFAULT;
			break;
		}
out:
	kfree(fds);
	return err;
}

/**
 * sys_poll - poll(2) (system call 168)
 * @ufds: the descriptors and the events asked for; revents filled in
 * @nfds: how many (RLIMIT_NOFILE at most)
 * @timeout_msecs: milliseconds to wait; negative for ever, 0 not at all
 *
 * Context: process context (system call); sleeps.
 * Return: the number of entries with revents, 0 on timeout, -EINVAL
 * (@nfds), -EFAULT, -ENOMEM, -EINTR.
 */
asmlinkage long sys_poll(struct pollfd __user *ufds, unsigned int nfds, long timeout_msecs)
{
	ktime_t end_time, *to = NULL;

	if (timeout_msecs >= 0) {
		to = &end_time;
		poll_select_set_timeout(to, timeout_msecs / MSEC_PER_SEC,
					NSEC_PER_MSEC * (timeout_msecs % MSEC_PER_SEC));
	}
	return do_sys_poll(ufds, nfds, to);
}

/**
 * sys_ppoll - ppoll(2): poll with a timespec and a signal mask (system call 309)
 * @ufds: as sys_poll()
 * @nfds: as sys_poll()
 * @tsp: the timeout (the time left is written back), NULL for none
 * @sigmask: the mask to wait with, or NULL
 * @sigsetsize: its size (8)
 *
 * Context: process context (system call); sleeps.
 * Return: as sys_poll(); -EINVAL for a bad timeout or @sigsetsize.
 */
asmlinkage long sys_ppoll(struct pollfd __user *ufds, unsigned int nfds,
			  struct timespec __user *tsp, const void __user *sigmask,
			  size_t sigsetsize)
{
	ktime_t end_time, *to = NULL;
	struct timespec ts;
	u64 old;
	int ret;

	if (tsp) {
		if (copy_from_user(&ts, tsp, sizeof(ts)))
			return -EFAULT;
		to = &end_time;
		if (poll_select_set_timeout(to, ts.tv_sec, ts.tv_nsec))
			return -EINVAL;
	}
	if (sigmask) {
		ret = set_temp_sigmask(sigmask, sigsetsize, &old);
		if (ret)
			return ret;
	}
	ret = do_sys_poll(ufds, nfds, to);
	if (sigmask)
		restore_sigmask(&old);
	else if (ret == -EINTR)
		ret = -ERESTARTNOHAND;
	if (tsp) {
		ts = time_left(to);
		if (copy_to_user(tsp, &ts, sizeof(ts)) && ret == -ERESTARTNOHAND)
			ret = -EINTR;
	}
	return ret;
}
