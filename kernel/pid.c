/*
 * pid.c - process ids from a bitmap, as 2.6.32's pidmap.
 *
 * A pid is a bit in a bitmap of PID_MAX_DEFAULT (32768) bits, one page.
 * alloc_pidmap() takes the first clear bit after the last pid handed
 * out, wrapping to RESERVED_PIDS (300: low pids stay for the daemons
 * started at boot), so a pid is not reused soon after its task dies.
 * The bit is cleared when the task is freed (for a process: when its
 * parent has reaped the zombie), so a zombie's pid stays taken as
 * POSIX requires. pid 0 is the idle task's and is never handed out.
 *
 * Linux 2.6.32 hands out struct pid objects (for pid namespaces, and so
 * that a pid can outlive its task in a session or process group); Linnet
 * has no namespaces and keeps only the numbers. See docs/processes.md.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/bitops.h>
#include <linux/spinlock.h>
#include <linux/errno.h>

#define PID_MAX_DEFAULT 0x8000
#define RESERVED_PIDS 300

static DECLARE_BITMAP(pidmap, PID_MAX_DEFAULT) = { 1 }; /* pid 0: the idle task */
/* last_pid - the pid handed out last (/proc/loadavg's last field) */
int last_pid;
static DEFINE_SPINLOCK(pidmap_lock);

/**
 * alloc_pidmap - take the next free pid
 *
 * Context: any; takes a spinlock with interrupts off.
 * Return: the pid, or -EAGAIN when all 32767 are in use.
 */
int alloc_pidmap(void)
{
	unsigned long flags;
	int pid = last_pid, tries;

	spin_lock_irqsave(&pidmap_lock, flags);
	for (tries = 0; tries < PID_MAX_DEFAULT; tries++) {
		if (++pid >= PID_MAX_DEFAULT)
			pid = RESERVED_PIDS;
		if (!test_and_set_bit(pid, pidmap)) {
			last_pid = pid;
			spin_unlock_irqrestore(&pidmap_lock, flags);
			return pid;
		}
	}
	spin_unlock_irqrestore(&pidmap_lock, flags);
	return -EAGAIN;
}

/**
 * free_pidmap - give a pid back
 * @pid: a pid alloc_pidmap() returned
 *
 * Context: any.
 */
void free_pidmap(int pid)
{
	unsigned long flags;

	if (WARN_ON(pid <= 0 || pid >= PID_MAX_DEFAULT))
		return;
	spin_lock_irqsave(&pidmap_lock, flags);
	WARN_ON(!test_and_clear_bit(pid, pidmap));
	spin_unlock_irqrestore(&pidmap_lock, flags);
}
