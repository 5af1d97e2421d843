/*
 * ipc_sysctl.c - the System V IPC limits as /proc/sys/kernel files.
 *
 *   msgmax  the largest message (bytes)          8192
 *   msgmnb  a new queue's byte limit             16384
 *   msgmni  the most queues                      from lowmem (recompute_msgmni)
 *   sem     SEMMSL SEMMNS SEMOPM SEMMNI          250 32000 32 128
 *   shmmax  the largest segment (bytes)          33554432
 *   shmall  all segments together (pages)        2097152
 *   shmmni  the most segments                    4096
 *
 * Linux 2.6.32's defaults and names. A write changes what the next call
 * checks against; existing objects keep what they were made with (a
 * queue's msg_qbytes). shmmax and shmall are unsigned longs, as 2.6.32's
 * proc_doulongvec_minmax shows them; the others are ints.
 *
 * As 2.6.32's ipc/ipc_sysctl.c without namespaces, and msgmni is
 * computed once at boot (2.6.32 recomputes it on memory hotplug, which
 * Linnet does not have, and stops when a value is written).
 * Read next: ipc/msg.c, docs/ipc.md.
 */
#include <linux/sysctl.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/msg.h>
#include <linux/sem.h>
#include <linux/shm.h>
#include <linux/uaccess.h>
#include <linux/mm.h>
#include <linux/ctype.h>
#include <linux/string.h>
#include "util.h"

int msg_ctlmax = MSGMAX;
int msg_ctlmnb = MSGMNB;
int msg_ctlmni = MSGMNI;
int sem_ctls[4] = { SEMMSL, SEMMNS, SEMOPM, SEMMNI };
size_t shm_ctlmax = SHMMAX;
size_t shm_ctlall = SHMALL;
int shm_ctlmni = SHMMNI;

static int zero;
static int int_max = INT_MAX;

/* An unsigned long as decimal text; what 2.6.32's proc_doulongvec_minmax does for one value */
static int proc_ipc_doulong(struct ctl_table *table, int write, void __user *buffer, size_t *lenp,
			    loff_t *ppos)
{
	unsigned long *val = table->data;
	char buf[24], *end;
	size_t len;

	if (!*lenp || (!write && *ppos)) {
		*lenp = 0;
		return 0;
	}
	if (write) {
		unsigned long v;

		len = min(*lenp, sizeof(buf) - 1);
		if (copy_from_user(buf, buffer, len))
			return -EFAULT;
		buf[len] = 0;
		v = simple_strtoul(skip_spaces(buf), &end, 0);
		if (end == skip_spaces(buf) || (*end && !isspace(*end)))
			return -EINVAL;
		*val = v;
		*ppos += *lenp;
		return 0;
	}
	len = scnprintf(buf, sizeof(buf), "%lu\n", *val);
	if (len > *lenp)
		len = *lenp;
	if (copy_to_user(buffer, buf, len))
		return -EFAULT;
	*lenp = len;
	*ppos += len;
	return 0;
}

static struct ctl_table ipc_kern_table[] = { { .procname = "shmmax",
					       .data = &shm_ctlmax,
					       .maxlen = sizeof(shm_ctlmax),
					       .mode = 0644,
					       .proc_handler = proc_ipc_doulong },
					     { .procname = "shmall",
					       .data = &shm_ctlall,
					       .maxlen = sizeof(shm_ctlall),
					       .mode = 0644,
					       .proc_handler = proc_ipc_doulong },
					     { .procname = "shmmni",
					       .data = &shm_ctlmni,
					       .maxlen = sizeof(shm_ctlmni),
					       .mode = 0644,
					       .proc_handler = proc_dointvec },
					     { .procname = "msgmax",
					       .data = &msg_ctlmax,
					       .maxlen = sizeof(msg_ctlmax),
					       .mode = 0644,
					       .proc_handler = proc_dointvec },
					     { .procname = "msgmni",
					       .data = &msg_ctlmni,
					       .maxlen = sizeof(msg_ctlmni),
					       .mode = 0644,
					       .proc_handler = proc_dointvec },
					     { .procname = "msgmnb",
					       .data = &msg_ctlmnb,
					       .maxlen = sizeof(msg_ctlmnb),
					       .mode = 0644,
					       .proc_handler = proc_dointvec_minmax,
					       .extra1 = &zero,
					       .extra2 = &int_max },
					     { .procname = "sem",
					       .data = &sem_ctls,
					       .maxlen = sizeof(sem_ctls),
					       .mode = 0644,
					       .proc_handler = proc_dointvec },
					     {} };

static struct ctl_table ipc_root_table[] = {
	{ .procname = "kernel", .mode = 0555, .child = ipc_kern_table },
	{}
};

/*
 * recompute_msgmni - as 2.6.32: queues may take 1/32 of low memory at
 * msgmnb bytes each, at least MSGMNI and at most IPCMNI of them
 */
static void recompute_msgmni(void)
{
	unsigned long lowmem = totalram_pages - totalhigh_pages;
	unsigned long allowed = (lowmem / 32) * PAGE_SIZE / MSGMNB;

	msg_ctlmni = clamp_t(unsigned long, allowed, MSGMNI, IPCMNI);
}

static int __init ipc_sysctl_init(void)
{
	recompute_msgmni();
	register_sysctl_table(ipc_root_table);
	return 0;
}
__initcall(ipc_sysctl_init);
