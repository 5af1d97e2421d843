/*
 * tty_ldisc.c - line disciplines by number, and a tty's own.
 *
 * A line discipline registers its struct tty_ldisc_ops under a number
 * (tty_register_ldisc(N_TTY, &tty_ldisc_N_TTY) at boot); every tty starts
 * with N_TTY (tty_ldisc_setup at open) and may change with TIOCSETD
 * (tty_set_ldisc). Whoever calls into a tty's ldisc from outside the
 * tty's own file operations - the flip buffer's flush - takes a
 * reference with tty_ldisc_ref() and gives it back with
 * tty_ldisc_deref(), so the ldisc cannot be closed under it.
 *
 * Linux 2.6.32 guards the change of ldisc with TTY_LDISC and a wait
 * queue, and the table with a spinlock. Linnet registers only N_TTY, so
 * TIOCSETD to N_TTY is a no-op and to any other number -EINVAL (an
 * unregistered number in 2.6.32); the reference is a counter that
 * tty_ldisc_release waits on. See docs/tty.md.
 */
#include <linux/tty.h>
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/spinlock.h>

static DEFINE_SPINLOCK(tty_ldisc_lock);
static struct tty_ldisc_ops *tty_ldiscs[NR_LDISCS];

/**
 * tty_register_ldisc - make a line discipline known by number
 * @disc: its number (N_TTY...)
 * @new_ldisc: its operations
 *
 * Context: process context.
 * Return: 0, or -EINVAL for a number out of range.
 */
int tty_register_ldisc(int disc, struct tty_ldisc_ops *new_ldisc)
{
	unsigned long flags;

	if (disc < N_TTY || disc >= NR_LDISCS)
		return -EINVAL;
	spin_lock_irqsave(&tty_ldisc_lock, flags);
	tty_ldiscs[disc] = new_ldisc;
	new_ldisc->num = disc;
	new_ldisc->refcount = 0;
	new_ldisc->flags |= LDISC_FLAG_DEFINED;
	spin_unlock_irqrestore(&tty_ldisc_lock, flags);
	return 0;
}

/**
 * tty_unregister_ldisc - forget a line discipline
 * @disc: its number
 *
 * Context: process context.
 * Return: 0, -EINVAL out of range, -EBUSY while a tty uses it.
 */
int tty_unregister_ldisc(int disc)
{
	unsigned long flags;
	int ret = 0;

	if (disc < N_TTY || disc >= NR_LDISCS)
		return -EINVAL;
	spin_lock_irqsave(&tty_ldisc_lock, flags);
	if (tty_ldiscs[disc] && tty_ldiscs[disc]->refcount)
		ret = -EBUSY;
	else
		tty_ldiscs[disc] = NULL;
	spin_unlock_irqrestore(&tty_ldisc_lock, flags);
	return ret;
}

/* tty_ldisc_get - a new struct tty_ldisc for number @disc */
static struct tty_ldisc *tty_ldisc_get(int disc)
{
	struct tty_ldisc *ld;
	unsigned long flags;

	if (disc < N_TTY || disc >= NR_LDISCS || !tty_ldiscs[disc])
		return ERR_PTR(-EINVAL);
	ld = kmalloc(sizeof(*ld), GFP_KERNEL);
	if (!ld)
		return ERR_PTR(-ENOMEM);
	spin_lock_irqsave(&tty_ldisc_lock, flags);
	ld->ops = tty_ldiscs[disc];
	ld->ops->refcount++;
	spin_unlock_irqrestore(&tty_ldisc_lock, flags);
	atomic_set(&ld->users, 1);
	return ld;
}

static void tty_ldisc_put(struct tty_ldisc *ld)
{
	unsigned long flags;

	spin_lock_irqsave(&tty_ldisc_lock, flags);
	ld->ops->refcount--;
	spin_unlock_irqrestore(&tty_ldisc_lock, flags);
	kfree(ld);
}

/**
 * tty_ldisc_ref - take a reference on a tty's line discipline
 * @tty: the tty
 *
 * Context: any.
 * Return: the ldisc, or NULL while it is being set up or released.
 */
struct tty_ldisc *tty_ldisc_ref(struct tty_struct *tty)
{
	struct tty_ldisc *ld;
	unsigned long flags;

	spin_lock_irqsave(&tty_ldisc_lock, flags);
	ld = test_bit(TTY_LDISC, &tty->flags) ? tty->ldisc : NULL;
	if (ld)
		atomic_inc(&ld->users);
	spin_unlock_irqrestore(&tty_ldisc_lock, flags);
	return ld;
}

/**
 * tty_ldisc_deref - give back a reference from tty_ldisc_ref()
 * @ld: the ldisc
 *
 * Context: any.
 */
void tty_ldisc_deref(struct tty_ldisc *ld)
{
	atomic_dec(&ld->users);
}

/**
 * tty_ldisc_setup - give a newly opened tty the N_TTY line discipline
 * @tty: the tty
 *
 * Context: process context.
 * Return: 0 or the ldisc's open error.
 */
int tty_ldisc_setup(struct tty_struct *tty)
{
	struct tty_ldisc *ld = tty_ldisc_get(N_TTY);
	int ret;

	if (IS_ERR(ld))
		return PTR_ERR(ld);
	tty->ldisc = ld;
	ret = ld->ops->open ? ld->ops->open(tty) : 0;
	if (ret) {
		tty->ldisc = NULL;
		tty_ldisc_put(ld);
		return ret;
	}
	set_bit(TTY_LDISC, &tty->flags);
	return 0;
}

/**
 * tty_ldisc_release - close a tty's line discipline (last close)
 * @tty: the tty
 *
 * Waits until no flush holds a reference.
 *
 * Context: process context.
 */
void tty_ldisc_release(struct tty_struct *tty)
{
	struct tty_ldisc *ld = tty->ldisc;
	unsigned long flags;

	if (!ld)
		return;
	spin_lock_irqsave(&tty_ldisc_lock, flags);
	clear_bit(TTY_LDISC, &tty->flags);
	spin_unlock_irqrestore(&tty_ldisc_lock, flags);
	while (atomic_read(&ld->users) > 1)
		schedule_timeout_uninterruptible(1);
	if (ld->ops->close)
		ld->ops->close(tty);
	tty->ldisc = NULL;
	tty_ldisc_put(ld);
}

/**
 * tty_set_ldisc - TIOCSETD: change a tty's line discipline
 * @tty: the tty
 * @ldisc: the number wanted
 *
 * Context: process context.
 * Return: 0 (N_TTY, already in use) or -EINVAL (no such discipline).
 */
int tty_set_ldisc(struct tty_struct *tty, int ldisc)
{
	if (ldisc < N_TTY || ldisc >= NR_LDISCS || !tty_ldiscs[ldisc])
		return -EINVAL;
	if (tty->ldisc && tty->ldisc->ops->num == ldisc)
		return 0;
	return -EINVAL; /* Linnet has N_TTY only */
}

/**
 * tty_ldisc_flush - drop the input the ldisc holds, and the flip buffer's
 * @tty: the tty
 *
 * Context: process context.
 */
void tty_ldisc_flush(struct tty_struct *tty)
{
	struct tty_ldisc *ld = tty_ldisc_ref(tty);

	if (ld) {
		if (ld->ops->flush_buffer)
			ld->ops->flush_buffer(tty);
		tty_ldisc_deref(ld);
	}
	tty_buffer_flush(tty);
}

/**
 * tty_ldisc_begin - register N_TTY (boot)
 *
 * Context: boot, before any tty opens.
 */
void tty_ldisc_begin(void)
{
	(void)tty_register_ldisc(N_TTY, &tty_ldisc_N_TTY);
}
