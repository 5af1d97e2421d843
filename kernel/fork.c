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
 */
#include <linux/sched.h>
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
#include <asm/mmu_context.h>
#include <asm/pgtable.h>
#include <asm/uaccess.h>

#define PID_MAX_DEFAULT 0x8000
#define RESERVED_PIDS 300

extern void ret_from_fork(void);

static struct kmem_cache *task_struct_cachep;
static struct kmem_cache *mm_cachep;

/* The gap between the stack's top and the mmap area (2.6.32: at least 128 MiB) */
#define MMAP_GAP (128UL << 20)

/**
 * fork_init - create the task_struct cache
 *
 * Context: boot, after kmem_cache_init(), before the first thread.
 */
void __init fork_init(void)
{
	task_struct_cachep = kmem_cache_create("task_struct", sizeof(struct task_struct), 0,
					       SLAB_HWCACHE_ALIGN | SLAB_PANIC, NULL);
	mm_cachep = kmem_cache_create("mm_struct", sizeof(struct mm_struct), 0,
				      SLAB_HWCACHE_ALIGN | SLAB_PANIC, NULL);
	mmap_init();
	init_thread_union.thread_info.addr_limit = KERNEL_DS;
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
	mmdrop(mm);
}

/* Copy every vma of @oldmm into @mm, sharing the pages copy-on-write */
static int dup_mmap(struct mm_struct *mm, struct mm_struct *oldmm)
{
	struct vm_area_struct *vma, *tmp;
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
	mm->mmap_base = oldmm->mmap_base;
	for (vma = oldmm->mmap; vma && !ret; vma = vma->vm_next) {
		tmp = vm_area_alloc(mm);
		if (!tmp) {
			ret = -ENOMEM;
			break;
		}
		*tmp = *vma;
		tmp->vm_mm = mm;
		tmp->vm_next = NULL;
		insert_vm_struct(mm, tmp);
		ret = copy_page_range(mm, oldmm, vma);
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
	if (dup_mmap(mm, oldmm)) {
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

static pid_t last_pid;
static int nr_tasks = 1;

static bool pid_in_use(pid_t pid)
{
	struct task_struct *p;

	list_for_each_entry(p, &init_task.tasks, tasks)
		if (p->pid == pid)
			return true;
	return false;
}

/* The next free pid after the last one given, wrapping as Linux does */
static pid_t alloc_pid(void)
{
	do {
		if (++last_pid >= PID_MAX_DEFAULT)
			last_pid = RESERVED_PIDS;
	} while (pid_in_use(last_pid));
	return last_pid;
}

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
 * __put_task_struct - free a task whose last reference is gone
 * @tsk: the task; dead, and not running on its stack
 *
 * Context: any; does not sleep.
 */
void __put_task_struct(struct task_struct *tsk)
{
	BUG_ON(tsk->state != TASK_DEAD || tsk == current || tsk == &init_task);
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
 * from user mode (task_pt_regs); the first frame goes below it.
 */
static void setup_thread_stack(struct task_struct *p, int (*fn)(void *), void *arg)
{
	unsigned long *sp = (unsigned long *)task_pt_regs(p);
	struct thread_info *ti = p->stack;

	kasan_unpoison_task_stack(p); /* a dead task's frames may have left red zones */

	memset(ti, 0, sizeof(*ti));
	ti->task = p;
	ti->preempt_count = 1;
	ti->addr_limit = KERNEL_DS;
	p->thread.sp0 = (unsigned long)p->stack + THREAD_SIZE;
	*--sp = (unsigned long)arg;
	*--sp = (unsigned long)fn;
	p->thread.sp = (unsigned long)sp;
	p->thread.ip = (unsigned long)ret_from_fork;
}

/**
 * copy_process - create a task that will run fn(arg), not yet runnable
 * @fn: the thread function; its return value is the exit code
 * @arg: its argument
 * @name: the task's name (cut to TASK_COMM_LEN - 1)
 *
 * Context: process context; may sleep (allocates with GFP_KERNEL).
 * Return: the new task, in TASK_UNINTERRUPTIBLE and off the run queue
 * (wake_up_new_task() starts it), or ERR_PTR(-ENOMEM).
 */
struct task_struct *copy_process(int (*fn)(void *), void *arg, const char *name)
{
	struct task_struct *p = kmem_cache_zalloc(task_struct_cachep, GFP_KERNEL);
	unsigned long flags;

	if (!p)
		return ERR_PTR(-ENOMEM);
	if (alloc_thread_stack(p)) {
		kmem_cache_free(task_struct_cachep, p);
		return ERR_PTR(-ENOMEM);
	}
	p->state = TASK_UNINTERRUPTIBLE;
	atomic_set(&p->usage, 1);
	p->flags = PF_KTHREAD;
	p->active_mm = &init_mm;
	INIT_LIST_HEAD(&p->run_list);
	p->time_slice = current->time_slice ? current->time_slice : 1;
	set_task_comm(p, name);
	setup_thread_stack(p, fn, arg);
	local_irq_save(flags);
	p->pid = alloc_pid();
	list_add_tail(&p->tasks, &init_task.tasks);
	nr_tasks++;
	local_irq_restore(flags);
	return p;
}

/**
 * unlink_task - take a dying task off the list of all tasks
 * @p: the task
 *
 * Context: do_exit(), interrupts off.
 */
void unlink_task(struct task_struct *p)
{
	list_del_init(&p->tasks);
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

/**
 * find_task_by_pid - the task with a given pid
 * @pid: the pid
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
	list_for_each_entry(p, &init_task.tasks, tasks)
		if (p->pid == pid)
			return p;
	return NULL;
}
