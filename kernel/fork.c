/*
 * fork.c - making a new task: its task_struct, its stack, its first frame.
 *
 * A new kernel thread needs three things: a task_struct (from the
 * "task_struct" slab cache), a kernel stack of THREAD_SIZE aligned to
 * THREAD_SIZE (so `current` can be found from %esp), mapped in the
 * vmalloc area with an unmapped guard page below it (a stack grows down:
 * an overflow faults there instead of overwriting the memory below), and
 * a stack that looks as if the task had been switched out by
 * switch_to, so that the first switch to it "returns" into
 * ret_from_fork (arch/x86/kernel/entry_32.asm), which calls fn(arg):
 *
 *   stack top  +--------------+
 *              | arg          |   the arguments of
 *   thread.sp->| fn           |   kernel_thread_helper(fn, arg)
 *              |   ...        |
 *              | thread_info  |   preempt_count = 1 until schedule_tail
 *   stack base +--------------+
 *   thread.ip = ret_from_fork     (which sets %ebp = 0: backtraces end)
 *
 * The task is born with one reference, its own; the scheduler drops it
 * after the task has died and switched away for the last time (see
 * kernel/exit.c), and that frees the stack and the task_struct.
 * Linux's name for all this is copy_process(); see docs/sched.md.
 *
 * unshare() (sys_unshare, at the end) is fork's CLONE_* flags run
 * backwards on the caller: what it shares with other tasks - its
 * fs_struct, its descriptor table, its SysV undo list - it gets a
 * private copy of. As Linux 2.6.32, the signal handlers, the address
 * space and the thread group can be "unshared" only when they are not
 * shared (so nothing changes), and CLONE_THREAD never. Linnet has no
 * namespaces: CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC and CLONE_NEWNET
 * answer -EINVAL after the CAP_SYS_ADMIN check, as 2.6.32 does for a
 * namespace it was built without (2.6.32 always has mount namespaces;
 * Linnet's VFS has one mount tree). See docs/processes.md.
 */
#include <linux/module.h>
#include <linux/sched.h>
#include <linux/ioprio.h>
#include <linux/capability.h>
#include <linux/sem.h>
#include <linux/fs_struct.h>
#include <linux/dcache.h>
#include <linux/fdtable.h>
#include <linux/kernel.h>
#include <linux/kasan.h>
#include <linux/string.h>
#include <linux/irqflags.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/mman.h>
#include <linux/rwsem.h>
#include <linux/signal.h>
#include <linux/hrtimer.h>
#include <linux/completion.h>
#include <linux/spinlock.h>
#include <linux/ktime.h>
#include <linux/ptrace.h>
#include <asm/tls.h>
#include <asm/i387.h>
#include <asm/mmu_context.h>
#include <asm/pgtable.h>
#include <asm/uaccess.h>

/*
 * max_threads: 2.6.32 allows as many tasks as an eighth of memory holds
 * kernel stacks (fork_init: mempages / (8 * THREAD_SIZE / PAGE_SIZE)),
 * at least 20; past it fork fails with -EAGAIN, which ends a fork bomb.
 */
int max_threads;

extern void ret_from_fork(void);

static struct kmem_cache *task_struct_cachep;
static struct kmem_cache *mm_cachep;
static struct kmem_cache *signal_cachep;

/*
 * init_signals - the idle task's signal_struct (2.6.32's INIT_SIGNALS):
 * process group 0, session 0, and the limits every process inherits
 * (2.6.32's INIT_RLIMITS; fork_init() sets RLIMIT_NPROC and
 * RLIMIT_SIGPENDING from max_threads).
 */
struct signal_struct init_signals = {
	.count = ATOMIC_INIT(1),
	.live = ATOMIC_INIT(1),
	.shared_pending = { .list = LIST_HEAD_INIT(init_signals.shared_pending.list) },
	.posix_timers = LIST_HEAD_INIT(init_signals.posix_timers),
	.rlim = {
		[RLIMIT_CPU] = { RLIM_INFINITY, RLIM_INFINITY },
		[RLIMIT_FSIZE] = { RLIM_INFINITY, RLIM_INFINITY },
		[RLIMIT_DATA] = { RLIM_INFINITY, RLIM_INFINITY },
		[RLIMIT_STACK] = { _STK_LIM, RLIM_INFINITY },
		[RLIMIT_CORE] = { 0, RLIM_INFINITY },
		[RLIMIT_RSS] = { RLIM_INFINITY, RLIM_INFINITY },
		[RLIMIT_NPROC] = { 0, 0 },
		[RLIMIT_NOFILE] = { INR_OPEN_CUR, INR_OPEN_MAX },
		[RLIMIT_MEMLOCK] = { MLOCK_LIMIT, MLOCK_LIMIT },
		[RLIMIT_AS] = { RLIM_INFINITY, RLIM_INFINITY },
		[RLIMIT_LOCKS] = { RLIM_INFINITY, RLIM_INFINITY },
		[RLIMIT_SIGPENDING] = { 0, 0 },
		[RLIMIT_MSGQUEUE] = { 819200, 819200 },
		[RLIMIT_NICE] = { 0, 0 },
		[RLIMIT_RTPRIO] = { 0, 0 },
		[RLIMIT_RTTIME] = { RLIM_INFINITY, RLIM_INFINITY },
	},
};

/* The gap between the stack's top and the mmap area (2.6.32: at least 128 MiB) */
#define MMAP_GAP (128UL << 20)

/**
 * fork_init - create the task_struct cache
 *
 * Context: boot, after kmem_cache_init(), before the first thread.
 */
void __init fork_init(void)
{
	/* 16-byte aligned even under slab_debug: fxsave faults otherwise */
	task_struct_cachep =
		kmem_cache_create("task_struct", sizeof(struct task_struct), ARCH_MIN_TASKALIGN,
				  SLAB_HWCACHE_ALIGN | SLAB_PANIC, NULL);
	mm_cachep = kmem_cache_create("mm_struct", sizeof(struct mm_struct), 0,
				      SLAB_HWCACHE_ALIGN | SLAB_PANIC, NULL);
	signal_cachep = kmem_cache_create("signal_cache", sizeof(struct signal_struct), 0,
					  SLAB_HWCACHE_ALIGN | SLAB_PANIC, NULL);
	mmap_init();
	signals_init();
	max_threads = max(totalram_pages / (8 * THREAD_SIZE / PAGE_SIZE), 20UL);
	init_signals.rlim[RLIMIT_NPROC].rlim_cur = max_threads / 2;
	init_signals.rlim[RLIMIT_NPROC].rlim_max = max_threads / 2;
	init_signals.rlim[RLIMIT_SIGPENDING] = init_signals.rlim[RLIMIT_NPROC];
	hrtimer_init(&init_signals.real_timer, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
	INIT_LIST_HEAD(&init_task.children);
	INIT_LIST_HEAD(&init_task.ptraced);
	INIT_LIST_HEAD(&init_task.ptrace_entry);
	INIT_LIST_HEAD(&init_task.sibling);
	INIT_LIST_HEAD(&init_task.thread_group);
	init_task.group_leader = &init_task;
	init_thread_union.thread_info.addr_limit = KERNEL_DS;
	init_thread_union.thread_info.restart_block.fn = do_no_restart_syscall;
	init_task.thread.sp0 = (unsigned long)&init_thread_union + THREAD_SIZE;
}

/**
 * mm_alloc - a new, empty address space with its own page directory
 *
 * Context: process context; may sleep.
 * Return: the mm (one user), or NULL.
 */
struct mm_struct *mm_alloc(void)
{
	struct mm_struct *mm = kmem_cache_zalloc(mm_cachep, GFP_KERNEL);

	if (!mm)
		return NULL;
	atomic_set(&mm->mm_users, 1);
	atomic_set(&mm->mm_count, 1);
	init_rwsem(&mm->mmap_sem);
	spin_lock_init(&mm->page_table_lock);
	mutex_init(&mm->context.lock);
	mm->mmap_base = TASK_SIZE - MMAP_GAP;
	mm->pgd = pgd_alloc(mm);
	if (!mm->pgd) {
		kmem_cache_free(mm_cachep, mm);
		return NULL;
	}
	return mm;
}

/**
 * mmdrop - drop a reference to the mm_struct itself; the last frees it
 * @mm: the address space (its mappings are already gone)
 *
 * Context: process context.
 */
void mmdrop(struct mm_struct *mm)
{
	if (!atomic_dec_and_test(&mm->mm_count))
		return;
	BUG_ON(mm == &init_mm);
	destroy_context(mm); /* the LDT */
	pgd_free(mm, mm->pgd);
	kmem_cache_free(mm_cachep, mm);
}

/**
 * mmput - a task stops using an address space; the last user tears it down
 * @mm: the address space
 *
 * Context: process context; may sleep. @mm must not be the one the CPU
 * runs on when the last user goes.
 */
void mmput(struct mm_struct *mm)
{
	if (!atomic_dec_and_test(&mm->mm_users))
		return;
	exit_mmap(mm);
	set_mm_exe_file(mm, NULL);
	mmdrop(mm);
}

/**
 * set_mm_exe_file - record the program file of an address space
 * @mm: the address space (exec's new one)
 * @new_exe_file: the file (a reference is taken), or NULL to drop it
 *
 * /proc/PID/exe shows it. exec calls this for the file it loads.
 *
 * Context: process context.
 */
void set_mm_exe_file(struct mm_struct *mm, struct file *new_exe_file)
{
	struct file *old = mm->exe_file;

	if (new_exe_file)
		get_file(new_exe_file);
	mm->exe_file = new_exe_file;
	if (old)
		fput(old);
}

/**
 * get_mm_exe_file - the program file of an address space
 * @mm: the address space
 *
 * Context: process context; the caller holds a reference on @mm.
 * Return: the file with a reference (fput() it), or NULL.
 */
struct file *get_mm_exe_file(struct mm_struct *mm)
{
	struct file *exe_file;
	unsigned long flags;

	local_irq_save(flags);
	exe_file = mm->exe_file;
	if (exe_file)
		get_file(exe_file);
	local_irq_restore(flags);
	return exe_file;
}

/**
 * get_task_mm - take a reference on a task's address space
 * @task: the task
 *
 * /proc and the OOM killer look at other tasks' memory: the reference
 * keeps the mm alive while they do. A kernel thread has none (and one
 * borrowing a process's mm with use_mm() is not its owner).
 *
 * Context: any; interrupts go off briefly. On one CPU this is enough:
 * exit_mm() cannot clear task->mm while we look (2.6.32 uses task_lock).
 * Return: the mm with mm_users raised (mmput() it), or NULL.
 */
struct mm_struct *get_task_mm(struct task_struct *task)
{
	struct mm_struct *mm;
	unsigned long flags;

	local_irq_save(flags);
	mm = task->mm;
	if (mm && (task->flags & PF_KTHREAD))
		mm = NULL;
	if (mm)
		atomic_inc(&mm->mm_users);
	local_irq_restore(flags);
	return mm;
}

/* The child's copy of a file vma joins the file's i_mmap list and its write denial */
static void dup_vma_file(struct vm_area_struct *tmp)
{
	struct file *file = tmp->vm_file;

	if (!file)
		return;
	get_file(file); /* the child's vma holds the file too */
	if (tmp->vm_flags & VM_DENYWRITE)
		atomic_dec(&file->f_path.dentry->d_inode->i_writecount);
	spin_lock(&file->f_mapping->i_mmap_lock);
	list_add_tail(&tmp->shared, &file->f_mapping->i_mmap);
	spin_unlock(&file->f_mapping->i_mmap_lock);
}

/*
 * Copy every vma of @oldmm into @mm, sharing the pages copy-on-write.
 * The parent's vmas come in address order, so each copy goes at the end
 * of the child's list and is the right child of the one before: the
 * tree is built without a search (rb_link, rb_parent), and
 * rb_insert_color rebalances it as it grows, as 2.6.32's.
 */
static int dup_mmap(struct mm_struct *mm, struct mm_struct *oldmm)
{
	struct vm_area_struct *vma, *tmp, **pprev = &mm->mmap;
	struct rb_node **rb_link = &mm->mm_rb.rb_node, *rb_parent = NULL;
	int ret = 0;

	down_write(&oldmm->mmap_sem);
	mm->start_code = oldmm->start_code;
	mm->end_code = oldmm->end_code;
	mm->start_data = oldmm->start_data;
	mm->end_data = oldmm->end_data;
	mm->start_brk = oldmm->start_brk;
	mm->brk = oldmm->brk;
	mm->start_stack = oldmm->start_stack;
	mm->arg_start = oldmm->arg_start;
	mm->arg_end = oldmm->arg_end;
	mm->env_start = oldmm->env_start;
	mm->env_end = oldmm->env_end;
	/* 2.6.32 copies the whole mm, the saved auxiliary vector with it */
	memcpy(mm->saved_auxv, oldmm->saved_auxv, sizeof(mm->saved_auxv));
	mm->mmap_base = oldmm->mmap_base;
	mm->total_vm = oldmm->total_vm;
	mm->stack_vm = oldmm->stack_vm;
	set_mm_exe_file(mm, oldmm->exe_file);
	for (vma = oldmm->mmap; vma && !ret; vma = vma->vm_next) {
		if (vma->vm_flags & VM_DONTCOPY) { /* madvise(MADV_DONTFORK): not the child's */
			mm->total_vm -= vma_pages(vma);
			vm_stat_account(mm, vma->vm_flags, vma->vm_file, -(long)vma_pages(vma));
			continue;
		}
		tmp = vm_area_alloc(mm);
		if (!tmp) {
			ret = -ENOMEM;
			break;
		}
		*tmp = *vma;
		tmp->vm_mm = mm;
		tmp->vm_flags &= ~VM_LOCKED; /* memory locks are not inherited (mlock(2)) */
		tmp->vm_next = NULL;
		dup_vma_file(tmp);
		*pprev = tmp;
		pprev = &tmp->vm_next;
		__vma_link_rb(mm, tmp, rb_link, rb_parent);
		rb_link = &tmp->vm_rb.rb_right;
		rb_parent = &tmp->vm_rb;
		mm->map_count++;
		ret = copy_page_range(mm, oldmm, vma);
		if (tmp->vm_ops && tmp->vm_ops->open)
			tmp->vm_ops->open(tmp);
	}
	/* The parent's writable ptes just became read-only */
	if (oldmm == current->active_mm)
		__flush_tlb_all();
	up_write(&oldmm->mmap_sem);
	return ret;
}

/**
 * dup_mm - a copy of an address space, copy-on-write (fork without CLONE_VM)
 * @oldmm: the address space to copy
 *
 * Context: process context; may sleep.
 * Return: the new mm, or NULL if memory ran out.
 */
struct mm_struct *dup_mm(struct mm_struct *oldmm)
{
	struct mm_struct *mm = mm_alloc();

	if (!mm)
		return NULL;
	mm->flags = oldmm->flags; /* the dumpable flag is inherited */
	if (init_new_context(mm, oldmm) || dup_mmap(mm, oldmm)) {
		mmput(mm);
		return NULL;
	}
	return mm;
}

/**
 * use_mm - let the current kernel thread work in a process's address space
 * @mm: the address space; the caller holds a user reference
 *
 * Afterwards, user addresses mean @mm's, and copy_to_user() and friends
 * reach them (the thread's address limit stays KERNEL_DS). 2.6.32's
 * mm/mmu_context.c:use_mm, later renamed kthread_use_mm.
 *
 * Context: a kernel thread (no mm of its own); may sleep.
 */
void use_mm(struct mm_struct *mm)
{
	struct task_struct *tsk = current;
	struct mm_struct *active;

	BUG_ON(tsk->mm);
	atomic_inc(&mm->mm_count);
	preempt_disable();
	active = tsk->active_mm;
	tsk->mm = mm;
	tsk->active_mm = mm;
	switch_mm(active, mm, tsk);
	preempt_enable();
}

/**
 * unuse_mm - end use_mm(): back to init_mm
 * @mm: the address space use_mm() borrowed
 *
 * Context: the kernel thread that called use_mm().
 */
void unuse_mm(struct mm_struct *mm)
{
	struct task_struct *tsk = current;

	BUG_ON(tsk->mm != mm);
	preempt_disable();
	tsk->mm = NULL;
	tsk->active_mm = &init_mm;
	switch_mm(mm, &init_mm, tsk);
	preempt_enable();
	mmdrop(mm);
}

/**
 * kthread_use_mm - a kernel thread borrows a process's address space for uaccess
 * @mm: the address space; the caller holds a user reference
 *
 * use_mm(), and the thread's address limit becomes USER_DS for as long
 * as it borrows: copy_to_user() and the rest then check their pointers
 * as for a process, so a kernel address is -EFAULT, not a kernel copy.
 * Linux 5.8's kthread_use_mm did the same (force_uaccess_begin); its
 * later kernels have no address limit left to set.
 *
 * Context: a kernel thread (no mm of its own); may sleep.
 */
void kthread_use_mm(struct mm_struct *mm)
{
	use_mm(mm);
	set_fs(USER_DS);
}
EXPORT_SYMBOL(kthread_use_mm);

/**
 * kthread_unuse_mm - end kthread_use_mm(): init_mm and KERNEL_DS again
 * @mm: the address space kthread_use_mm() borrowed
 *
 * Context: the kernel thread that called kthread_use_mm().
 */
void kthread_unuse_mm(struct mm_struct *mm)
{
	set_fs(KERNEL_DS);
	unuse_mm(mm);
}
EXPORT_SYMBOL(kthread_unuse_mm);

/*
 * A stack area: THREAD_SIZE mapped, aligned to THREAD_SIZE (current is
 * found by masking %esp), with at least one unmapped page below it and
 * the area's own guard page above it. An area of 2 * THREAD_SIZE (plus
 * the guard page get_vm_area() adds) always holds such a window:
 *
 *   area->addr 8K-aligned:  [ unmapped 8K ][ stack 8K ][ guard ]
 *   area->addr 4K off:      [ 4K ][ stack 8K ][ 4K ][ guard ]
 */
#define STACK_AREA_SIZE (2 * THREAD_SIZE)
#define STACK_PAGES (THREAD_SIZE / PAGE_SIZE)

static void free_stack_pages(struct page **pages)
{
	int i;

	for (i = 0; i < STACK_PAGES; i++)
		if (pages[i])
			__free_page(pages[i]);
}

/* Map @pages at @stack: map_vm_area() on a window of the area */
static int map_stack(unsigned long stack, struct page **pages)
{
	struct vm_struct window = {
		.addr = (void *)stack,
		.size = THREAD_SIZE + PAGE_SIZE,
	};

	return map_vm_area(&window, PAGE_KERNEL, &pages);
}

static int alloc_thread_stack(struct task_struct *p)
{
	struct page *pages[STACK_PAGES] = { NULL };
	struct vm_struct *area = get_vm_area(STACK_AREA_SIZE, VM_ALLOC);
	unsigned long stack;
	int i;

	if (!area)
		return -ENOMEM;
	stack = ALIGN((unsigned long)area->addr + PAGE_SIZE, THREAD_SIZE);
	for (i = 0; i < STACK_PAGES; i++)
		if (!(pages[i] = alloc_page(GFP_KERNEL)))
			goto fail;
	if (map_stack(stack, pages))
		goto fail;
	p->stack = (void *)stack;
	p->stack_vm_area = area;
	mod_zone_page_state(page_zone(pages[0]), NR_KERNEL_STACK, 1); /* meminfo's KernelStack */
	return 0;
fail:
	free_stack_pages(pages);
	kfree(remove_vm_area(area->addr));
	return -ENOMEM;
}

static void free_thread_stack(struct task_struct *p)
{
	struct page *pages[STACK_PAGES];
	int i;

	for (i = 0; i < STACK_PAGES; i++)
		pages[i] = vmalloc_to_page((char *)p->stack + i * PAGE_SIZE);
	mod_zone_page_state(page_zone(pages[0]), NR_KERNEL_STACK, -1);
	kfree(remove_vm_area(p->stack_vm_area->addr));
	free_stack_pages(pages);
}

/**
 * task_stack_guard - is an address in a task's stack guard page(s)?
 * @p: the task
 * @addr: an address (the %esp of a fault)
 *
 * Context: any.
 * Return: true if @addr is in the unmapped part of @p's stack area below
 * its stack: the stack overflowed.
 */
bool task_stack_guard(struct task_struct *p, unsigned long addr)
{
	unsigned long base = (unsigned long)p->stack;

	return p->stack_vm_area && addr >= (unsigned long)p->stack_vm_area->addr && addr < base;
}

static int nr_tasks = 1;

/* total_forks - tasks created since boot (/proc/stat's "processes") */
unsigned long total_forks;

/* tasklist_lock - guards the task list and every parent/children link */
DEFINE_SPINLOCK(tasklist_lock);

/**
 * nr_threads - how many tasks exist (the idle task included)
 *
 * Context: any.
 * Return: the count.
 */
int nr_threads(void)
{
	return nr_tasks;
}

/**
 * copy_signal_struct - the signal_struct of a new task (2.6.32's copy_signal)
 * @tsk: the new task
 * @clone_flags: CLONE_THREAD shares the creator's; otherwise a new one
 *
 * A new process starts in its creator's process group and session,
 * with no controlling terminal of its own beyond the creator's, the
 * creator's limits, no pending process-wide signal, no interval timer
 * and zero times. It is not a session leader, even if the creator is.
 *
 * Context: process context; may sleep.
 * Return: the signal_struct (a reference for @tsk), or NULL.
 */
struct signal_struct *copy_signal_struct(struct task_struct *tsk, unsigned long clone_flags)
{
	struct signal_struct *old = current->signal, *sig;

	if (clone_flags & CLONE_THREAD) {
		atomic_inc(&old->count); /* ->live: once the fork cannot fail (copy_process_user) */
		return old;
	}
	sig = kmem_cache_zalloc(signal_cachep, GFP_KERNEL);
	if (!sig)
		return NULL;
	atomic_set(&sig->count, 1);
	atomic_set(&sig->live, 1);
	init_sigpending(&sig->shared_pending);
	INIT_LIST_HEAD(&sig->posix_timers);
	hrtimer_init(&sig->real_timer, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
	sig->real_timer.function = it_real_fn;
	sig->leader_pid = tsk->pid;
	sig->pgrp = old->pgrp;
	sig->session = old->session;
	sig->tty = old->tty;
	memcpy(sig->rlim, old->rlim, sizeof(sig->rlim));
	sig->oom_adj = old->oom_adj;
	return sig;
}

/**
 * put_signal_struct - a task lets go of its signal_struct; the last frees it
 * @sig: the signal_struct
 *
 * Context: any; does not sleep.
 */
void put_signal_struct(struct signal_struct *sig)
{
	unsigned long flags;

	if (sig && sig != &init_signals && atomic_dec_and_test(&sig->count)) {
		local_irq_save(flags);
		flush_sigqueue(&sig->shared_pending);
		local_irq_restore(flags);
		kmem_cache_free(signal_cachep, sig);
	}
}

/**
 * __put_task_struct - free a task whose last reference is gone
 * @tsk: the task; dead, and not running on its stack
 *
 * Context: any; does not sleep.
 */
void __put_task_struct(struct task_struct *tsk)
{
	unsigned long flags;

	BUG_ON(tsk->state != TASK_DEAD || tsk == current || tsk == &init_task);
	if (!hlist_unhashed(&tsk->thread_pid->pid_chain))
		free_pid(tsk->thread_pid); /* a failed fork: it was never on the task list */
	put_pid(tsk->thread_pid); /* the number is free once the hash's reference goes too */
	local_irq_save(flags);
	flush_sigqueue(&tsk->pending);
	local_irq_restore(flags);
	put_signal_struct(tsk->signal);
	free_thread_stack(tsk);
	kmem_cache_free(task_struct_cachep, tsk);
}

/**
 * kernel_thread_helper - the first C function of every new task
 * @fn: the thread function, left at the top of the stack by copy_process()
 * @arg: its argument
 *
 * Context: a new task, called by ret_from_fork. Does not return.
 */
asmlinkage void __noreturn kernel_thread_helper(int (*fn)(void *), void *arg)
{
	do_exit(fn(arg));
}

/*
 * The top of the stack is kept for the pt_regs of the task's entries
 * from user mode (task_pt_regs); the first frame goes below it: fn and
 * arg for ret_from_fork (fn NULL: a forked process, which returns to
 * user mode through its pt_regs).
 */
static void setup_thread_stack(struct task_struct *p, int (*fn)(void *), void *arg)
{
	unsigned long *sp = (unsigned long *)task_pt_regs(p);
	struct thread_info *ti = p->stack;

	kasan_unpoison_task_stack(p); /* a dead task's frames may have left red zones */

	memset(ti, 0, sizeof(*ti));
	ti->task = p;
	ti->preempt_count = 1;
	ti->addr_limit = fn ? KERNEL_DS : USER_DS;
	ti->restart_block.fn = do_no_restart_syscall;
	p->thread.sp0 = (unsigned long)p->stack + THREAD_SIZE;
	*--sp = (unsigned long)arg;
	*--sp = (unsigned long)fn;
	p->thread.sp = (unsigned long)sp;
	p->thread.ip = (unsigned long)ret_from_fork;
}

/* A task_struct and stack, with the fields every kind of task starts with */
static struct task_struct *dup_task(const char *name)
{
	struct task_struct *p = kmem_cache_zalloc(task_struct_cachep, GFP_KERNEL);
	struct pid *pid;

	if (!p)
		return ERR_PTR(-ENOMEM);
	if (nr_tasks >= max_threads) {
		kmem_cache_free(task_struct_cachep, p);
		return ERR_PTR(-EAGAIN);
	}
	pid = alloc_pid();
	if (IS_ERR(pid) || alloc_thread_stack(p)) {
		if (!IS_ERR(pid)) {
			free_pid(pid);
			put_pid(pid);
		}
		kmem_cache_free(task_struct_cachep, p);
		return ERR_PTR(IS_ERR(pid) ? PTR_ERR(pid) : -ENOMEM);
	}
	p->thread_pid = pid;
	p->pid = p->tgid = pid->nr;
	p->group_leader = p;
	p->state = TASK_UNINTERRUPTIBLE;
	atomic_set(&p->usage, 1);
	p->active_mm = &init_mm;
	p->exit_signal = -1;
	p->cred = current->cred;
	p->personality = current->personality;
	ktime_get_ts(&p->start_time);
	INIT_LIST_HEAD(&p->children);
	INIT_LIST_HEAD(&p->sibling);
	INIT_LIST_HEAD(&p->ptraced); /* not traced, tracing none (2.6.32's ptrace_init_task) */
	INIT_LIST_HEAD(&p->ptrace_entry);
	INIT_LIST_HEAD(&p->thread_group);
	init_sigpending(&p->pending);
	sched_fork(p, 0);
	p->state = TASK_UNINTERRUPTIBLE; /* until wake_up_new_task() */
	ktime_get_ts(&p->start_time); /* for /proc/PID/stat's starttime */
	set_task_comm(p, name);
	/*
	 * Where path walks start and the open files: shared with the parent
	 * (CLONE_FS | CLONE_FILES), right for kernel threads; a process's
	 * child gets copies unless it asked to share (copy_files, copy_fs).
	 */
	p->fs = get_fs_struct(current->fs);
	p->files = get_files_struct(current);
	return p;
}

/* Make @p visible: on the task list, in its parent's children, and traced if @ptrace */
static void link_task(struct task_struct *p, bool ptrace)
{
	unsigned long flags;

	spin_lock_irqsave(&tasklist_lock, flags);
	ptrace_init_task(p, ptrace);
	list_add_tail(&p->tasks, &init_task.tasks);
	attach_pid(p, p->thread_pid); /* find_task_by_pid() finds it from now on */
	if (p->real_parent)
		list_add_tail(&p->sibling, &p->real_parent->children);
	if (p->group_leader != p)
		list_add_tail(&p->thread_group, &p->group_leader->thread_group);
	nr_tasks++;
	total_forks++;
	spin_unlock_irqrestore(&tasklist_lock, flags);
}

/**
 * copy_process - create a task that will run fn(arg), not yet runnable
 * @fn: the thread function; its return value is the exit code
 * @arg: its argument
 * @name: the task's name (cut to TASK_COMM_LEN - 1)
 *
 * Context: process context; may sleep (allocates with GFP_KERNEL).
 * Return: the new task, in TASK_UNINTERRUPTIBLE and off the run queue
 * (wake_up_new_task() starts it), or ERR_PTR(-ENOMEM) (-EAGAIN past
 * max_threads).
 */
struct task_struct *copy_process(int (*fn)(void *), void *arg, const char *name)
{
	struct task_struct *p = dup_task(name);

	if (IS_ERR(p))
		return p;
	p->flags = PF_KTHREAD;
	p->signal = copy_signal_struct(p, 0);
	if (!p->signal) {
		p->state = TASK_DEAD;
		put_task_struct(p);
		return ERR_PTR(-ENOMEM);
	}
	setup_thread_stack(p, fn, arg);
	link_task(p, false);
	return p;
}

/**
 * unlink_task - take a task off the list of all tasks
 * @p: the task
 *
 * Context: interrupts off (do_exit() for a kernel thread, release_task()
 * for a reaped process).
 */
void unlink_task(struct task_struct *p)
{
	list_del_init(&p->tasks);
	detach_pid(p); /* out of the pid hash; its struct pid goes after a grace period */
	nr_tasks--;
}

/**
 * kernel_thread - start a kernel thread running fn(arg)
 * @fn: the thread function; its return value is the exit code
 * @arg: its argument
 * @flags: clone flags (ignored: every Linnet thread shares everything)
 *
 * Context: process context.
 * Return: the new thread's pid, or -ENOMEM.
 */
pid_t kernel_thread(int (*fn)(void *), void *arg, unsigned long flags)
{
	struct task_struct *p = copy_process(fn, arg, current->comm);

	if (IS_ERR(p))
		return PTR_ERR(p);
	wake_up_new_task(p);
	return p->pid;
}
EXPORT_SYMBOL(kernel_thread);

/* The child's address space: shared (CLONE_VM) or a copy-on-write copy */
static int copy_mm(unsigned long clone_flags, struct task_struct *p)
{
	struct mm_struct *oldmm = current->mm;

	if (!oldmm)
		return 0;
	if (clone_flags & CLONE_VM) {
		atomic_inc(&oldmm->mm_users);
		p->mm = oldmm;
	} else {
		p->mm = dup_mm(oldmm);
		if (!p->mm)
			return -ENOMEM;
	}
	p->active_mm = p->mm;
	return 0;
}

/* The child's signal handlers: shared (CLONE_SIGHAND) or a copy; its mask */
static int copy_sighand(unsigned long clone_flags, struct task_struct *p)
{
	struct sighand_struct *sh = current->sighand;

	p->blocked = current->blocked;
	p->allowed = current->allowed;
	if (!sh)
		return 0;
	if (clone_flags & CLONE_SIGHAND) {
		atomic_inc(&sh->count);
		p->sighand = sh;
		return 0;
	}
	p->sighand = sighand_alloc();
	if (!p->sighand)
		return -ENOMEM;
	memcpy(p->sighand->action, sh->action, sizeof(sh->action));
	return 0;
}

/* The child's descriptor table: shared (CLONE_FILES) or a copy (dup_fd) */
static int copy_files(unsigned long clone_flags, struct task_struct *p)
{
	struct files_struct *shared = p->files, *newf;
	int error;

	if ((clone_flags & CLONE_FILES) || !shared)
		return 0;
	newf = dup_fd(shared, &error);
	if (!newf)
		return error;
	p->files = newf;
	put_files_struct(shared);
	return 0;
}

/* The child's root, cwd and umask: shared (CLONE_FS) or a copy */
static int copy_fs(unsigned long clone_flags, struct task_struct *p)
{
	struct fs_struct *shared = p->fs, *fs;

	if ((clone_flags & CLONE_FS) || !shared)
		return 0;
	fs = copy_fs_struct(shared);
	if (!fs)
		return -ENOMEM;
	p->fs = fs;
	write_lock(&shared->lock);
	shared->users--; /* the parent still holds it */
	write_unlock(&shared->lock);
	return 0;
}

/* The flag combinations 2.6.32's copy_process refuses */
static int check_clone_flags(unsigned long clone_flags)
{
	if ((clone_flags & CLONE_THREAD) && !(clone_flags & CLONE_SIGHAND))
		return -EINVAL;
	if ((clone_flags & CLONE_SIGHAND) && !(clone_flags & CLONE_VM))
		return -EINVAL;
	return 0;
}

/* Who the child is in the process tree */
static void set_relations(struct task_struct *p, unsigned long clone_flags)
{
	struct task_struct *leader = current->group_leader;

	if (clone_flags & CLONE_THREAD) {
		p->tgid = current->tgid;
		p->group_leader = leader;
		p->exit_signal = -1;
	} else {
		p->exit_signal = clone_flags & CSIGNAL;
	}
	/* the forking thread is the parent, as 2.6.32: its process's wait4() reaps it */
	p->real_parent =
		(clone_flags & (CLONE_PARENT | CLONE_THREAD)) ? current->real_parent : current;
	p->parent = p->real_parent; /* a tracer is not inherited */
}

/* The child's first return to user mode: the parent's registers, %eax 0 */
static void copy_thread(struct task_struct *p, unsigned long sp, struct pt_regs *regs)
{
	struct pt_regs *childregs = task_pt_regs(p);

	*childregs = *regs;
	childregs->ax = 0;
	if (test_thread_flag(TIF_FORCED_TF)) /* the tracer's single step is not the child's */
		childregs->flags &= ~X86_EFLAGS_TF;
	preempt_disable();
	__unlazy_fpu(current); /* the FPU's registers into current->thread.fpu */
	if (current->thread.fpu_used)
		fpu_reload(); /* eagerfpu=on: the parent goes on with them */
	preempt_enable();
	p->fpu_counter = current->fpu_counter; /* 2.6.32 copies the whole task_struct */
	p->thread.fpu_used = current->thread.fpu_used;
	memcpy(p->thread.fpu, current->thread.fpu, sizeof(p->thread.fpu));
	if (sp)
		childregs->sp = sp;
	memcpy(p->thread.tls_array, current->thread.tls_array, sizeof(p->thread.tls_array));
}

static struct task_struct *copy_process_user(unsigned long clone_flags, unsigned long stack_start,
					     struct pt_regs *regs, int __user *child_tidptr,
					     int trace)
{
	struct task_struct *p;
	int ret = check_clone_flags(clone_flags);

	if (ret)
		return ERR_PTR(ret);
	if (!task_nproc_ok(current->cred.uid)) /* RLIMIT_NPROC; root is exempt */
		return ERR_PTR(-EAGAIN);
	p = dup_task(current->comm);
	if (IS_ERR(p))
		return p;
	ret = -ENOMEM;
	p->signal = copy_signal_struct(p, clone_flags);
	if (!p->signal)
		goto bad_fork_free;
	ret = copy_mm(clone_flags, p);
	if (ret)
		goto bad_fork_free;
	ret = copy_sighand(clone_flags, p);
	if (!ret)
		ret = copy_semundo(clone_flags, p);
	if (!ret)
		ret = copy_files(clone_flags, p);
	if (!ret)
		ret = copy_fs(clone_flags, p);
	if (!ret)
		ret = copy_io(clone_flags, p);
	if (ret)
		goto bad_fork_cleanup_mm;
	setup_thread_stack(p, NULL, NULL);
	copy_thread(p, stack_start, regs);
	set_relations(p, clone_flags);
	if (clone_flags & CLONE_CHILD_SETTID)
		p->set_child_tid = child_tidptr;
	if (clone_flags & CLONE_CHILD_CLEARTID)
		p->clear_child_tid = child_tidptr;
	if (clone_flags & CLONE_SETTLS) {
		ret = do_set_thread_area(p, (struct user_desc __user *)regs->si);
		if (ret)
			goto bad_fork_cleanup_sighand;
	}
	/*
	 * A live thread of the group from here on, as 2.6.32 counts it: only
	 * now that nothing can fail. Counted earlier, a failed clone of a
	 * thread left ->live one too high, the group's last exit never saw
	 * the group die, and its ITIMER_REAL hrtimer stayed queued in the
	 * freed signal_struct.
	 */
	if (clone_flags & CLONE_THREAD)
		atomic_inc(&p->signal->live);
	link_task(p, trace || (clone_flags & CLONE_PTRACE));
	return p;

bad_fork_cleanup_sighand:
	sighand_put(p->sighand);
bad_fork_cleanup_mm:
	exit_sem(p); /* drops a CLONE_SYSVSEM share */
	if (p->mm)
		mmput(p->mm);
bad_fork_free:
	p->state = TASK_DEAD;
	put_task_struct(p);
	return ERR_PTR(ret);
}

/**
 * do_fork - create a process or a thread: fork, vfork and clone
 * @clone_flags: CLONE_* bits, and the exit signal in the low byte
 * @stack_start: the child's user stack pointer, or 0 for the parent's
 * @regs: the parent's user registers (the child starts from a copy)
 * @stack_size: unused (as on i386 Linux)
 * @parent_tidptr: CLONE_PARENT_SETTID: where to store the child's tid
 * @child_tidptr: CLONE_CHILD_SETTID/CLONE_CHILD_CLEARTID: the child's tid word
 *
 * Context: process context (system call); may sleep.
 * Return: the child's pid in the parent, or -EAGAIN (max_threads),
 * -ENOMEM, -EINVAL (a flag combination Linux refuses).
 */
long do_fork(unsigned long clone_flags, unsigned long stack_start, struct pt_regs *regs,
	     unsigned long stack_size, int __user *parent_tidptr, int __user *child_tidptr)
{
	int trace = ptrace_clone_event(clone_flags);
	struct task_struct *p =
		copy_process_user(clone_flags, stack_start, regs, child_tidptr, trace);
	struct completion vfork;
	pid_t pid;

	if (IS_ERR(p))
		return PTR_ERR(p);
	pid = p->pid;
	if (clone_flags & CLONE_PARENT_SETTID)
		put_user(pid, parent_tidptr);
	if (clone_flags & CLONE_VFORK) {
		init_completion(&vfork);
		p->vfork_done = &vfork;
	}
	wake_up_new_task(p);
	if (trace) /* the tracer hears of the child: PTRACE_GETEVENTMSG gives its pid */
		ptrace_event(0, trace, pid);
	if (clone_flags & CLONE_VFORK) {
		wait_for_completion(&vfork);
		ptrace_event(PT_TRACE_VFORK_DONE, PTRACE_EVENT_VFORK_DONE, pid);
	}
	return pid;
}

/**
 * sys_fork - a copy of the calling process (system call 2)
 * @regs: the caller's registers
 *
 * Context: process context (system call).
 * Return: the child's pid in the parent, 0 in the child, or -errno.
 */
asmlinkage long sys_fork(struct pt_regs *regs)
{
	return do_fork(SIGCHLD, 0, regs, 0, NULL, NULL);
}

/**
 * sys_vfork - fork sharing the address space, the parent waiting for exec or exit
 * @regs: the caller's registers
 *
 * Context: process context (system call).
 * Return: as sys_fork().
 */
asmlinkage long sys_vfork(struct pt_regs *regs)
{
	return do_fork(CLONE_VFORK | CLONE_VM | SIGCHLD, 0, regs, 0, NULL, NULL);
}

/**
 * sys_clone - a new process or thread, as the flags say (system call 120)
 * @regs: the caller's registers: %ebx flags, %ecx new stack, %edx parent
 *        tid pointer, %esi TLS descriptor, %edi child tid pointer
 *
 * Context: process context (system call).
 * Return: as sys_fork().
 */
asmlinkage long sys_clone(struct pt_regs *regs)
{
	return do_fork(regs->bx, regs->cx, regs, 0, (int __user *)regs->dx, (int __user *)regs->di);
}

/**
 * schedule_tail_user - what a forked child does before its first return to user mode
 *
 * CLONE_CHILD_SETTID: the child stores its tid in its own memory.
 *
 * Context: the new task, from schedule_tail().
 */
void schedule_tail_user(void)
{
	if (current->set_child_tid)
		put_user(current->pid, current->set_child_tid);
}

/**
 * find_task_by_pid - the task with a given pid
 * @pid: the pid
 *
 * Looks the number up in the pid hash under RCU (kernel/pid.c:find_pid),
 * as 2.6.32's find_task_by_vpid(); unlike 2.6.32's, it takes
 * rcu_read_lock() itself.
 *
 * Context: any; the task may exit at once unless the caller holds a
 * reference or knows better.
 * Return: the task, or NULL.
 */
struct task_struct *find_task_by_pid(pid_t pid)
{
	struct task_struct *p;

	if (!pid)
		return &init_task;
	rcu_read_lock();
	p = pid_task(find_pid(pid), PIDTYPE_PID);
	rcu_read_unlock();
	return p;
}
EXPORT_SYMBOL_GPL(find_task_by_pid);

/* unshare_flags - what the flags imply, as 2.6.32's check_unshare_flags */
static unsigned long unshare_flags_implied(unsigned long flags)
{
	if (flags & CLONE_THREAD)
		flags |= CLONE_VM; /* leaving the group means leaving its mm */
	if (flags & CLONE_VM)
		flags |= CLONE_SIGHAND; /* a private mm needs private handlers */
	if ((flags & CLONE_SIGHAND) && atomic_read(&current->signal->count) > 1)
		flags |= CLONE_THREAD; /* handlers are shared with the other threads */
	if (flags & CLONE_NEWNS)
		flags |= CLONE_FS; /* a new mount tree needs its own root and cwd */
	return flags;
}

/*
 * unshare_refused - the parts 2.6.32 cannot unshare when they are shared:
 * the thread group (never), the handlers, the address space.
 */
static int unshare_refused(unsigned long flags)
{
	if (flags & CLONE_THREAD)
		return -EINVAL;
	if ((flags & CLONE_SIGHAND) && atomic_read(&current->sighand->count) > 1)
		return -EINVAL;
	if ((flags & CLONE_VM) && current->mm && atomic_read(&current->mm->mm_users) > 1)
		return -EINVAL;
	return 0;
}

/* unshare_namespaces - 2.6.32's unshare_nsproxy_namespaces, without namespaces */
static int unshare_namespaces(unsigned long flags)
{
	if (!(flags & (CLONE_NEWNS | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWNET)))
		return 0;
	if (!capable(CAP_SYS_ADMIN))
		return -EPERM;
	return -EINVAL;
}

/* unshare_swap_fs - current takes @new_fs; the old one loses a user */
static void unshare_swap_fs(struct fs_struct *new_fs)
{
	struct fs_struct *fs = current->fs;
	int last;

	write_lock(&fs->lock);
	current->fs = new_fs;
	last = !--fs->users;
	write_unlock(&fs->lock);
	if (last) /* the others exited meanwhile */
		free_fs_struct(fs);
}

/**
 * sys_unshare - unshare(2): take private copies of what the caller shares (system call 310)
 * @unshare_flags: CLONE_FS, CLONE_FILES, CLONE_SYSVSEM; CLONE_SIGHAND,
 *                 CLONE_VM, CLONE_THREAD (only when not shared); the
 *                 CLONE_NEW* namespace flags
 *
 * Everything new is made before anything changes, so a failure leaves
 * the caller as it was. CLONE_SYSVSEM detaches from the undo list the way
 * exit does: the adjustments are applied now (exit_sem).
 *
 * Context: process context (system call); may sleep.
 * Return: 0; -EINVAL (a flag unshare does not know, CLONE_THREAD, shared
 * handlers or address space, a namespace flag), -EPERM (a namespace flag
 * without CAP_SYS_ADMIN), -ENOMEM, -EMFILE.
 */
asmlinkage long sys_unshare(unsigned long unshare_flags)
{
	struct fs_struct *new_fs = NULL;
	struct files_struct *new_fd = NULL, *old_fd;
	unsigned long flags = unshare_flags_implied(unshare_flags);
	int err;

	if (flags & ~(CLONE_THREAD | CLONE_FS | CLONE_NEWNS | CLONE_SIGHAND | CLONE_VM |
		      CLONE_FILES | CLONE_SYSVSEM | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWNET))
		return -EINVAL;
	err = unshare_refused(flags);
	if (err)
		return err;
	if ((flags & CLONE_FS) && current->fs && current->fs->users > 1) {
		new_fs = copy_fs_struct(current->fs);
		if (!new_fs)
			return -ENOMEM;
	}
	if ((flags & CLONE_FILES) && current->files && atomic_read(&current->files->count) > 1) {
		new_fd = dup_fd(current->files, &err);
		if (!new_fd)
			goto out_fs;
	}
	err = unshare_namespaces(flags);
	if (err)
		goto out_fd;
	if (flags & (CLONE_NEWIPC | CLONE_SYSVSEM))
		exit_sem(current); /* as if it exited: its adjustments apply now */
	if (new_fs)
		unshare_swap_fs(new_fs);
	if (new_fd) {
		old_fd = current->files;
		current->files = new_fd;
		put_files_struct(old_fd);
	}
	return 0;

out_fd:
	if (new_fd)
		put_files_struct(new_fd);
out_fs:
	if (new_fs)
		free_fs_struct(new_fs);
	return err;
}
