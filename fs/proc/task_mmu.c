/*
 * task_mmu.c - a process's memory as /proc/PID shows it: maps, statm,
 * and the Vm lines of status.
 *
 * /proc/PID/maps prints one line per vma, in address order:
 *
 *   08048000-080c9000 r-xp 00000000 00:01 12         /bin/busybox
 *   0810a000-0812b000 rw-p 00000000 00:00 0          [heap]
 *   bffdf000-c0000000 rw-p 00000000 00:00 0          [stack]
 *
 * start-end, permissions (r, w, x, and p for private or s for shared),
 * the offset in the file, the file's device (major:minor) and inode, then
 * the file's path, padded to a column, or [heap] for the vma holding the
 * brk area and [stack] for the one holding the initial stack pointer.
 * The seq_file walk holds mmap_sem for reading from start to stop, so the
 * list cannot change under it, as in 2.6.32.
 *
 * Differences from 2.6.32: the resident set size (VmRSS, statm's second
 * number, stat's rss) is counted by walking the page tables rather than
 * kept in counters by the fault paths (Linnet's mm has no anon_rss/
 * file_rss); VmPeak and VmHWM are the current values (no high-water
 * marks kept); there is no [vdso] (Linnet gives none). A process that
 * may not inspect the owner of the maps (ptrace_may_access) reads an
 * empty file, as in 2.6.32 (mm_for_maps); later Linux refuses the open
 * with -EACCES. See docs/procfs.md.
 */
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/mm_types.h>
#include <linux/mman.h>
#include <linux/ptrace.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/rwsem.h>
#include <linux/dcache.h>
#include <linux/err.h>
#include <asm/pgtable.h>
#include "internal.h"

/* Present user pages of [start, end) in @mm; mmap_sem held */
static unsigned long count_present(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	unsigned long addr = start, n = 0;

	while (addr < end) {
		pgd_t *pgd = pgd_offset(mm, addr);
		unsigned long next = (addr + PGDIR_SIZE) & PGDIR_MASK;

		if (!next || next > end)
			next = end;
		if (!pgd_none(*pgd)) {
			pte_t *pte = pte_offset_kernel((pmd_t *)pgd, addr);

			for (; addr < next; addr += PAGE_SIZE, pte++)
				if (pte_present(*pte))
					n++;
		}
		addr = next;
	}
	return n;
}

/**
 * get_mm_rss - how many pages of an address space are in memory
 * @mm: the address space
 *
 * Context: process context; takes mmap_sem for reading.
 * Return: the number of present pages in its vmas.
 */
unsigned long get_mm_rss(struct mm_struct *mm)
{
	struct vm_area_struct *vma;
	unsigned long rss = 0;

	down_read(&mm->mmap_sem);
	for (vma = mm->mmap; vma; vma = vma->vm_next)
		rss += count_present(mm, vma->vm_start, vma->vm_end);
	up_read(&mm->mmap_sem);
	return rss;
}

/**
 * task_vsize - the size of an address space, in bytes (stat's vsize)
 * @mm: the address space
 *
 * Context: any.
 * Return: total_vm in bytes.
 */
unsigned long task_vsize(struct mm_struct *mm)
{
	return PAGE_SIZE * mm->total_vm;
}

/* Pages of vmas that map a file or are shared (2.6.32's shared_vm) */
static unsigned long shared_vm(struct mm_struct *mm)
{
	struct vm_area_struct *vma;
	unsigned long n = 0;

	for (vma = mm->mmap; vma; vma = vma->vm_next)
		if (vma->vm_file || (vma->vm_flags & VM_SHARED))
			n += (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
	return n;
}

/* Pages of executable vmas (2.6.32's exec_vm) */
static unsigned long exec_vm(struct mm_struct *mm)
{
	struct vm_area_struct *vma;
	unsigned long n = 0;

	for (vma = mm->mmap; vma; vma = vma->vm_next)
		if ((vma->vm_flags & (VM_EXEC | VM_WRITE)) == VM_EXEC)
			n += (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
	return n;
}

/* Page tables in use (2.6.32's nr_ptes): user page-directory entries present */
static unsigned long nr_ptes(struct mm_struct *mm)
{
	unsigned long i, n = 0;

	for (i = 0; i < pgd_index(TASK_SIZE); i++)
		if (!pgd_none(mm->pgd[i]))
			n++;
	return n;
}

/**
 * task_mem - the Vm lines of /proc/PID/status
 * @m: the seq_file
 * @mm: the task's address space
 *
 * Context: process context; takes mmap_sem for reading.
 */
void task_mem(struct seq_file *m, struct mm_struct *mm)
{
	unsigned long data, text, lib, total_vm, locked, total_rss, stack, ptes, shared, exec;

	total_rss = get_mm_rss(mm);
	down_read(&mm->mmap_sem);
	total_vm = mm->total_vm;
	locked = mm->locked_vm;
	stack = mm->stack_vm;
	shared = shared_vm(mm);
	exec = exec_vm(mm);
	ptes = nr_ptes(mm);
	text = (PAGE_ALIGN(mm->end_code) - (mm->start_code & PAGE_MASK)) >> 10;
	up_read(&mm->mmap_sem);
	data = total_vm - shared - stack;
	lib = (exec << (PAGE_SHIFT - 10)) > text ? (exec << (PAGE_SHIFT - 10)) - text : 0;
	seq_printf(m,
		   "VmPeak:\t%8lu kB\n"
		   "VmSize:\t%8lu kB\n"
		   "VmLck:\t%8lu kB\n"
		   "VmHWM:\t%8lu kB\n"
		   "VmRSS:\t%8lu kB\n"
		   "VmData:\t%8lu kB\n"
		   "VmStk:\t%8lu kB\n"
		   "VmExe:\t%8lu kB\n"
		   "VmLib:\t%8lu kB\n"
		   "VmPTE:\t%8lu kB\n",
		   total_vm << (PAGE_SHIFT - 10), total_vm << (PAGE_SHIFT - 10),
		   locked << (PAGE_SHIFT - 10), total_rss << (PAGE_SHIFT - 10),
		   total_rss << (PAGE_SHIFT - 10), data << (PAGE_SHIFT - 10),
		   stack << (PAGE_SHIFT - 10), text, lib,
		   (PTRS_PER_PTE * sizeof(pte_t) * ptes) >> 10);
}

/**
 * task_statm - the numbers of /proc/PID/statm, in pages
 * @mm: the address space
 * @shared: file-backed resident pages (Linnet has none: 0)
 * @text: the program's text
 * @data: everything but shared mappings
 * @resident: pages in memory
 *
 * Context: process context; takes mmap_sem for reading.
 * Return: the size (total_vm).
 */
int task_statm(struct mm_struct *mm, int *shared, int *text, int *data, int *resident)
{
	*resident = get_mm_rss(mm);
	down_read(&mm->mmap_sem);
	*shared = 0;
	*text = (PAGE_ALIGN(mm->end_code) - (mm->start_code & PAGE_MASK)) >> PAGE_SHIFT;
	*data = mm->total_vm - shared_vm(mm);
	up_read(&mm->mmap_sem);
	return mm->total_vm;
}

/**
 * struct proc_maps_private - what a reader of /proc/PID/maps holds
 * @inode: the file's inode (its task)
 * @task: the task, between start and stop
 * @mm: its address space, between start and stop (mmap_sem held)
 */
struct proc_maps_private {
	struct inode *inode;
	struct task_struct *task;
	struct mm_struct *mm;
};

/**
 * mm_for_maps - @task's address space, if the caller may see its layout
 * @task: the task whose maps are read
 *
 * Context: process context.
 * Return: the mm with a reference (mmput() it), or NULL: no mm, or the
 * caller is neither in it nor allowed by ptrace_may_access().
 */
struct mm_struct *mm_for_maps(struct task_struct *task)
{
	struct mm_struct *mm = get_task_mm(task);

	if (mm && mm != current->mm && !ptrace_may_access(task, PTRACE_MODE_READ)) {
		mmput(mm);
		mm = NULL;
	}
	return mm;
}

static void *m_start(struct seq_file *m, loff_t *pos)
{
	struct proc_maps_private *priv = m->private;
	struct vm_area_struct *vma;
	loff_t l = *pos;

	priv->task = get_proc_task(priv->inode);
	if (!priv->task)
		return ERR_PTR(-ESRCH);
	priv->mm = mm_for_maps(priv->task);
	if (!priv->mm)
		return NULL;
	down_read(&priv->mm->mmap_sem);
	for (vma = priv->mm->mmap; vma && l > 0; vma = vma->vm_next)
		l--;
	return vma;
}

static void *m_next(struct seq_file *m, void *v, loff_t *pos)
{
	struct vm_area_struct *vma = v;

	(*pos)++;
	return vma->vm_next;
}

static void m_stop(struct seq_file *m, void *v)
{
	struct proc_maps_private *priv = m->private;

	if (priv->mm) {
		up_read(&priv->mm->mmap_sem);
		mmput(priv->mm);
		priv->mm = NULL;
	}
	if (priv->task) {
		put_task_struct(priv->task);
		priv->task = NULL;
	}
}

/* The path column starts at 25 + 6 * sizeof(void *) characters, as 2.6.32 pads it */
static void pad_len_spaces(struct seq_file *m, int len)
{
	len = 25 + sizeof(void *) * 6 - len;
	if (len < 1)
		len = 1;
	seq_printf(m, "%*c", len, ' ');
}

static int show_map(struct seq_file *m, void *v)
{
	struct vm_area_struct *vma = v;
	struct mm_struct *mm = vma->vm_mm;
	struct file *file = vma->vm_file;
	unsigned long flags = vma->vm_flags, ino = 0;
	unsigned long long pgoff = 0;
	const char *name = NULL;
	dev_t dev = 0;
	size_t before = m->count;

	if (file) {
		struct inode *inode = file->f_path.dentry->d_inode;

		dev = inode->i_sb->s_dev;
		ino = inode->i_ino;
		pgoff = ((loff_t)vma->vm_pgoff) << PAGE_SHIFT;
	}
	seq_printf(m, "%08lx-%08lx %c%c%c%c %08llx %02x:%02x %lu ", vma->vm_start, vma->vm_end,
		   flags & VM_READ ? 'r' : '-', flags & VM_WRITE ? 'w' : '-',
		   flags & VM_EXEC ? 'x' : '-', flags & VM_MAYSHARE ? 's' : 'p', pgoff, MAJOR(dev),
		   MINOR(dev), ino);
	if (file) {
		pad_len_spaces(m, m->count - before);
		seq_path(m, &file->f_path, "\n");
	} else {
		if (vma->vm_start <= mm->brk && vma->vm_end >= mm->start_brk)
			name = "[heap]";
		else if (vma->vm_start <= mm->start_stack && vma->vm_end >= mm->start_stack)
			name = "[stack]";
		if (name) {
			pad_len_spaces(m, m->count - before);
			seq_puts(m, name);
		}
	}
	seq_putc(m, '\n');
	return 0;
}

static const struct seq_operations proc_pid_maps_op = {
	.start = m_start,
	.next = m_next,
	.stop = m_stop,
	.show = show_map,
};

static int maps_open(struct inode *inode, struct file *file)
{
	struct proc_maps_private *priv = kzalloc(sizeof(*priv), GFP_KERNEL);
	int ret;

	if (!priv)
		return -ENOMEM;
	priv->inode = inode;
	ret = seq_open(file, &proc_pid_maps_op);
	if (ret) {
		kfree(priv);
		return ret;
	}
	((struct seq_file *)file->private_data)->private = priv;
	return 0;
}

const struct file_operations proc_maps_operations = {
	.open = maps_open,
	.read = seq_read,
	.llseek = seq_lseek,
	.release = seq_release_private,
};
