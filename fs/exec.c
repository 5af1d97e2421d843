/*
 * exec.c - execve(): replacing a process's program.
 *
 * execve(filename, argv, envp) keeps the process (its pid, its parent,
 * its children) and replaces everything it runs: the address space, the
 * registers, the name. In order, as 2.6.32's do_execve:
 *
 *   1. find the file and read its first bytes into a linux_binprm;
 *      copy the argument and environment strings into the kernel (they
 *      live in the old address space, which is about to go)
 *   2. search_binary_handler: each format (fs/binfmt_elf.c,
 *      fs/binfmt_script.c) looks at the first bytes; the first that
 *      recognises them loads the program. Until it commits, any error
 *      (-ENOEXEC for a malformed file) returns to the old program.
 *   3. the point of no return, flush_old_exec: the process's other
 *      threads are killed and the caller takes the leader's pid
 *      (de_thread), a fresh mm replaces the
 *      old one, the address limit becomes USER_DS, the TLS entries and
 *      the name are reset, the POSIX timers are deleted with their
 *      pending signals (ITIMER_REAL, alarm(), stays armed, as POSIX
 *      says), a vfork parent is released
 *   4. the format maps the program, setup_arg_pages puts the strings at
 *      the top of the new stack, and start_thread() points the saved
 *      user registers at the entry point: the system call "returns" into
 *      the new program.
 *
 The program is a file: open_exec() walks the path and checks that it
 * may be executed, kernel_read() fetches its first bytes and, for the
 * formats, its headers and segments (the test programs and busybox come
 * from the initramfs, unpacked into rootfs). A process sharing its
 * descriptor table (CLONE_FILES) gets its own copy first, and the point
 * of no return closes the close-on-exec descriptors, as 2.6.32 does.
 *
 * A set-user-ID (set-group-ID) program runs with its file's owner
 * (group) as its effective id: prepare_binprm() puts the new ids in
 * bprm->cred, unless the file's mount is nosuid, and install_exec_creds()
 * commits them once the old program is gone. As in 2.6.32, such a change of
 * identity makes the process non-dumpable (kernel/cred.c:commit_creds),
 * and so does running a program the caller may not read; any other exec
 * makes it dumpable again (set_dumpable: the flag ptrace_may_access and
 * /proc/PID's owners look at). 2.6.32 also lets fs.suid_dumpable make
 * such processes dumpable (1) or root-dumpable (2); Linnet has no such
 * sysctl: suid_dumpable stays 0.
 *
 * A program file and its writers exclude each other, as in 2.6.32:
 * open_exec() denies writing (deny_write_access: -ETXTBSY if the file is
 * open for writing), the text mappings the ELF loader makes keep it
 * denied while the program runs (VM_DENYWRITE, mm/mmap.c), and an open
 * for writing of a running program gets -ETXTBSY (get_write_access).
 * See docs/processes.md.
 */
#include <linux/kasan.h>
#include <linux/kernel.h>
#include <linux/binfmts.h>
#include <linux/ptrace.h>
#include <linux/posix-timers.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/rwsem.h>
#include <linux/vmalloc.h>
#include <linux/completion.h>
#include <linux/signal.h>
#include <linux/fs.h>
#include <linux/fsnotify.h>
#include <linux/dcache.h>
#include <linux/file.h>
#include <linux/fdtable.h>
#include <linux/mount.h>
#include <linux/syscalls.h>
#include <asm/mmu_context.h>
#include <asm/desc.h>
#include <asm/i387.h>
#include <asm/uaccess.h>

/* arch/x86/kernel/entry_32.asm: it takes @regs from the stack, as asmlinkage passes it */
extern asmlinkage void ret_to_user(struct pt_regs *regs) __noreturn;

static LIST_HEAD(formats);

/* What a process that changed identity becomes: 0, not dumpable (2.6.32's default) */
int suid_dumpable;

/**
 * set_dumpable - set an address space's dumpable flag
 * @mm: the address space
 * @value: SUID_DUMP_DISABLE (0), SUID_DUMP_USER (1) or SUID_DUMP_ROOT (2)
 *
 * The flag is two bits of @mm->flags, changed one at a time in an order
 * that never lets get_dumpable() see a value more permissive than both
 * the old and the new one (2.6.32's table, kept here as its rule).
 *
 * Context: any.
 */
void set_dumpable(struct mm_struct *mm, int value)
{
	switch (value) {
	case SUID_DUMP_DISABLE:
		clear_bit(MMF_DUMPABLE, &mm->flags);
		smp_wmb();
		clear_bit(MMF_DUMP_SECURELY, &mm->flags);
		break;
	case SUID_DUMP_USER:
		set_bit(MMF_DUMPABLE, &mm->flags);
		smp_wmb();
		clear_bit(MMF_DUMP_SECURELY, &mm->flags);
		break;
	case SUID_DUMP_ROOT:
		set_bit(MMF_DUMP_SECURELY, &mm->flags);
		smp_wmb();
		set_bit(MMF_DUMPABLE, &mm->flags);
		break;
	}
}

/**
 * get_dumpable - an address space's dumpable flag
 * @mm: the address space
 *
 * Context: any.
 * Return: 0, 1 or 2 (the interim bit pattern 10 reads as 2).
 */
int get_dumpable(struct mm_struct *mm)
{
	int ret = mm->flags & 0x3;

	return ret >= 2 ? 2 : ret;
}

/**
 * register_binfmt - add an executable format to those execve() tries
 * @fmt: the format
 *
 * Context: boot (an initcall).
 */
void register_binfmt(struct linux_binfmt *fmt)
{
	list_add_tail(&fmt->lh, &formats);
}

/**
 * open_exec - open a program file for execve()
 * @name: its path (kernel memory)
 *
 * As 2.6.32: the path is walked as open(O_RDONLY) does, with MAY_EXEC
 * checked on the file (an x bit somewhere for root); what is reached
 * must be a regular file on a mount without MNT_NOEXEC.
 *
 * Context: process context; may sleep.
 * Writing is denied until the caller's allow_write_access().
 *
 * Context: process context; may sleep.
 * Return: the open file, or an ERR_PTR: -ENOENT, -ENOTDIR, -ELOOP,
 * -ENAMETOOLONG, -EACCES (not executable, not a regular file, noexec),
 * -ETXTBSY (open for writing).
 */
struct file *open_exec(const char *name)
{
	struct file *file =
		do_filp_open(AT_FDCWD, name, O_LARGEFILE | O_RDONLY, 0, MAY_EXEC | MAY_OPEN);
	int err;

	if (IS_ERR(file))
		return file;
	if (!S_ISREG(file->f_path.dentry->d_inode->i_mode) ||
	    (file->f_path.mnt->mnt_flags & MNT_NOEXEC)) {
		fput(file);
		return ERR_PTR(-EACCES);
	}
	fsnotify_open(file->f_path.dentry);
	err = deny_write_access(file);
	if (err) {
		fput(file);
		return ERR_PTR(err);
	}
	return file;
}

/**
 * prepare_binprm - the program's credentials and its first BINPRM_BUF_SIZE bytes
 * @bprm: the program, with @bprm->file open and @bprm->cred the caller's
 *
 * The effective uid becomes the file's owner if it is set-user-ID, the
 * effective gid its group if it is set-group-ID and group-executable,
 * unless the file's mount is nosuid; the saved and file-system ids
 * follow the effective ones, and the capabilities follow them
 * (kernel/capability.c:cap_bprm_set_creds). A #! script
 * calls this again for its interpreter, whose bits then decide: the
 * script's own set-id bits are ignored, as in 2.6.32.
 *
 * Context: process context; may sleep.
 * Return: the bytes read (zeroes pad a shorter file), or a negative errno.
 */
int prepare_binprm(struct linux_binprm *bprm)
{
	struct inode *inode = bprm->file->f_path.dentry->d_inode;
	struct cred *new = &bprm->cred;

	new->euid = current_euid();
	new->egid = current_egid();
	if (!(bprm->file->f_path.mnt->mnt_flags & MNT_NOSUID)) {
		if (inode->i_mode & S_ISUID)
			new->euid = inode->i_uid;
		if ((inode->i_mode & (S_ISGID | S_IXGRP)) == (S_ISGID | S_IXGRP))
			new->egid = inode->i_gid;
	}
	new->suid = new->fsuid = new->euid;
	new->sgid = new->fsgid = new->egid;
	cap_bprm_set_creds(bprm);
	memset(bprm->buf, 0, BINPRM_BUF_SIZE);
	return kernel_read(bprm->file, 0, bprm->buf, BINPRM_BUF_SIZE);
}

/* Append the strings of a user (or, under KERNEL_DS, kernel) array */
static int copy_strings(struct linux_binprm *bprm, const char __user *const __user *argv)
{
	int n = 0;

	if (!argv)
		return 0;
	for (;; n++) {
		const char __user *str = NULL;
		long len;

		if (get_user(str, argv + n))
			return -EFAULT;
		if (!str)
			return n;
		len = strnlen_user(str, MAX_ARG_STRLEN);
		if (!len)
			return -EFAULT;
		if (len > MAX_ARG_STRLEN || bprm->len + len > MAX_ARG_PAGES * PAGE_SIZE)
			return -E2BIG;
		if (copy_from_user(bprm->strings + bprm->len, str, len))
			return -EFAULT;
		bprm->strings[bprm->len + len - 1] = 0;
		bprm->len += len;
	}
}

/**
 * bprm_prepend_arg - put a string in front of argv (for #! scripts)
 * @bprm: the program being executed
 * @arg: the new argv[0]
 *
 * Context: process context.
 * Return: 0, or -E2BIG.
 */
int bprm_prepend_arg(struct linux_binprm *bprm, const char *arg)
{
	unsigned long len = strlen(arg) + 1;

	if (bprm->len + len > MAX_ARG_PAGES * PAGE_SIZE)
		return -E2BIG;
	memmove(bprm->strings + len, bprm->strings, bprm->len);
	memcpy(bprm->strings, arg, len);
	bprm->len += len;
	bprm->argc++;
	return 0;
}

/**
 * bprm_drop_first_arg - remove argv[0] (for #! scripts)
 * @bprm: the program being executed; argc must be at least 1
 *
 * Context: process context.
 */
void bprm_drop_first_arg(struct linux_binprm *bprm)
{
	unsigned long len = strlen(bprm->strings) + 1;

	memmove(bprm->strings, bprm->strings + len, bprm->len - len);
	bprm->len -= len;
	bprm->argc--;
}

/**
 * search_binary_handler - let the first format that recognises the program load it
 * @bprm: the program
 * @regs: the user registers the program will start with
 *
 * Context: process context.
 * Return: 0 (the new program is loaded), or -ENOEXEC if no format
 * knows it, or the format's error.
 */
int search_binary_handler(struct linux_binprm *bprm, struct pt_regs *regs)
{
	struct linux_binfmt *fmt;

	unsigned int depth = bprm->recursion_depth;

	if (depth > BINPRM_MAX_RECURSION) /* #! of #! of ...: 2.6.32.69's limit */
		return -ELOOP;
	list_for_each_entry(fmt, &formats, lh) {
		int ret;

		bprm->recursion_depth = depth + 1;
		ret = fmt->load_binary(bprm, regs);
		bprm->recursion_depth = depth;
		if (ret != -ENOEXEC || !bprm->file)
			return ret; /* a format that let go of the file has taken it */
	}
	return -ENOEXEC;
}

/* Move the current task to @mm; the old one is released */
static void exec_mmap(struct mm_struct *mm)
{
	struct task_struct *tsk = current;
	struct mm_struct *old_mm = tsk->mm, *active = tsk->active_mm;

	mm_release(tsk);
	preempt_disable();
	tsk->mm = mm;
	tsk->active_mm = mm;
	switch_mm(active, mm, tsk);
	preempt_enable();
	if (old_mm)
		mmput(old_mm);
}

/* Handlers of our own (not shared with a CLONE_SIGHAND sibling), reset */
static int exec_sighand(struct task_struct *tsk)
{
	struct sighand_struct *old = tsk->sighand, *sh;

	if (!old || atomic_read(&old->count) > 1) {
		sh = sighand_alloc();
		if (!sh)
			return -ENOMEM;
		if (old)
			memcpy(sh->action, old->action, sizeof(sh->action));
		tsk->sighand = sh;
		sighand_put(old);
	}
	flush_signal_handlers(tsk);
	return 0;
}

/* Close the descriptors marked close-on-exec (FD_CLOEXEC, O_CLOEXEC) */
static void flush_old_files(struct files_struct *files)
{
	unsigned int fd, max;

	spin_lock(&files->file_lock);
	max = files_fdtable(files)->max_fds;
	for (fd = 0; fd < max; fd++) {
		struct fdtable *fdt = files_fdtable(files);

		if (!FD_ISSET_BIT(fd, fdt->close_on_exec))
			continue;
		spin_unlock(&files->file_lock);
		sys_close(fd);
		spin_lock(&files->file_lock);
	}
	spin_unlock(&files->file_lock);
}

/* Are all the other threads of @tsk's process gone (a zombie leader aside)? */
static bool others_gone(struct task_struct *tsk)
{
	struct task_struct *t = tsk;

	while_each_thread(tsk, t)
	{
		if (t != tsk->group_leader || !t->exit_state)
			return false;
	}
	return true;
}

/*
 * de_thread - exec in a threaded process: the other threads die first
 *
 * As 2.6.32: the others get SIGKILL (zap_other_threads) and the caller
 * waits, uninterruptibly, until they have all exited (exit_notify wakes
 * it, signal->group_exit_task). If it is not the leader, it waits for
 * the leader to be a zombie too, then takes the leader's place: the two
 * exchange pids (the process keeps its pid; the old leader dies with
 * the caller's old tid), the caller becomes the leader with the
 * leader's start time and SIGCHLD as its exit signal, and the old
 * leader is released without its parent ever hearing of it. Its
 * children already came to the caller (kernel/exit.c:find_new_reaper).
 * -EAGAIN if the process is already exiting (exit_group, a fatal
 * signal, another exec): the caller dies of it on its way out.
 */
static int de_thread(struct task_struct *tsk)
{
	struct signal_struct *sig = tsk->signal;
	struct task_struct *leader;
	unsigned long flags;

	if (thread_group_empty(tsk))
		return 0;
	spin_lock_irqsave(&tasklist_lock, flags);
	if (signal_group_exit(sig)) {
		spin_unlock_irqrestore(&tasklist_lock, flags);
		return -EAGAIN;
	}
	sig->group_exit_task = tsk;
	zap_other_threads(tsk);
	while (!others_gone(tsk)) {
		__set_current_state(TASK_UNINTERRUPTIBLE);
		spin_unlock_irqrestore(&tasklist_lock, flags);
		schedule();
		spin_lock_irqsave(&tasklist_lock, flags);
	}
	__set_current_state(TASK_RUNNING);
	leader = tsk->group_leader;
	if (leader != tsk) {
		tsk->start_time = leader->start_time; /* the process's age */
		exchange_tids(tsk, leader); /* it takes the process's pid */
		tsk->group_leader = tsk;
		leader->group_leader = tsk;
		tsk->exit_signal = SIGCHLD;
		list_del_init(&leader->thread_group);
		account_dead_thread(leader);
		leader->exit_state = EXIT_DEAD;
	}
	sig->group_exit_task = NULL;
	spin_unlock_irqrestore(&tasklist_lock, flags);
	if (leader != tsk)
		release_task(leader);
	return 0;
}

/**
 * flush_old_exec - the point of no return: the old program is gone
 * @bprm: the program being executed
 *
 * The other threads of the process are killed first (de_thread).
 *
 * Context: process context, from a format's load_binary.
 * Return: 0, -EAGAIN (the process is exiting already), or -ENOMEM (the
 * old program is still there then, without its other threads).
 */
int flush_old_exec(struct linux_binprm *bprm)
{
	struct task_struct *tsk = current;
	struct mm_struct *mm;
	const char *name = strrchr(bprm->filename, '/');
	unsigned int i;
	int ret = de_thread(tsk);

	if (ret)
		return ret;
	mm = mm_alloc();
	if (!mm)
		return -ENOMEM;
	set_mm_exe_file(mm, bprm->file); /* /proc/PID/exe */
	exec_mmap(mm);
	set_fs(USER_DS);
	tsk->flags &= ~PF_KTHREAD;
	set_task_comm(tsk, name ? name + 1 : bprm->filename);
	for (i = 0; i < GDT_ENTRY_TLS_ENTRIES; i++) {
		tsk->thread.tls_array[i] = 0;
		gdt_table[GDT_ENTRY_TLS_MIN + i] = 0;
	}
	tsk->fpu_counter = 0; /* a new program: no run of FPU use yet */
	clear_fpu(tsk);
	exit_itimers(tsk->signal); /* POSIX timers die with the old program, */
	flush_itimer_signals(); /* and so do their pending signals; ITIMER_REAL stays */
	flush_old_files(tsk->files);
	if (exec_sighand(tsk))
		return -ENOMEM;
	tsk->allowed = ~0UL; /* a process takes every signal (docs/processes.md) */
	tsk->did_exec = 1; /* setpgid() on it now fails with -EACCES */
	tsk->self_exec_id++; /* an open /proc/self/mem stops reading (fs/proc/base.c) */
	/* 2.6.32's setup_new_exec: dumpable again, unless the ids differ or it is unreadable */
	if (current_euid() == current_uid() && current_egid() == current_gid())
		set_dumpable(mm, SUID_DUMP_USER);
	else
		set_dumpable(mm, suid_dumpable);
	if (bprm->cred.uid == current_euid() && bprm->cred.gid == current_egid() &&
	    inode_permission(bprm->file->f_path.dentry->d_inode, MAY_READ))
		set_dumpable(mm, suid_dumpable);
	return 0;
}

/**
 * install_exec_creds - the new program's credentials take effect
 * @bprm: the program, past the point of no return
 *
 * A set-user-ID or set-group-ID program changes the effective ids here,
 * which makes the process non-dumpable (kernel/cred.c:commit_creds).
 *
 * Context: process context, after flush_old_exec().
 */
void install_exec_creds(struct linux_binprm *bprm)
{
	commit_creds(&bprm->cred);
}

/* Room for the strings at the top of the initial stack: 2.6.32's 128 KiB at most */
#define STACK_INIT_SIZE (MAX_ARG_PAGES * PAGE_SIZE + PAGE_SIZE)

/**
 * setup_arg_pages - the new stack, with the argument strings at its top
 * @bprm: the program; @bprm->p becomes the lowest string's address
 *
 * Layout from the top (as 2.6.32): a NULL word, the file name
 * (AT_EXECFN), the environment strings, the argument strings.
 *
 * Context: process context, after flush_old_exec().
 * Return: 0, -ENOMEM or -EFAULT.
 */
int setup_arg_pages(struct linux_binprm *bprm)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma = vm_area_alloc(mm);
	unsigned long p = STACK_TOP - sizeof(void *), len = strlen(bprm->filename) + 1;

	if (!vma)
		return -ENOMEM;
	vma->vm_start = STACK_TOP - STACK_INIT_SIZE;
	vma->vm_end = STACK_TOP;
	vma->vm_flags =
		VM_STACK_FLAGS; /* no VM_EXEC: an i386 ELF stack is rw-p unless PT_GNU_STACK asks */
	vma->vm_page_prot = vm_get_page_prot(vma->vm_flags);
	down_write(&mm->mmap_sem);
	insert_vm_struct(mm, vma);
	up_write(&mm->mmap_sem);
	p -= len;
	if (copy_to_user((void __user *)p, bprm->filename, len))
		return -EFAULT;
	bprm->filename = (const char *)p; /* now the user copy, for AT_EXECFN */
	p -= bprm->len;
	if (copy_to_user((void __user *)p, bprm->strings, bprm->len))
		return -EFAULT;
	mm->arg_start = p;
	mm->env_end = p + bprm->len;
	mm->start_stack = p;
	bprm->p = p;
	return 0;
}

/**
 * start_thread - point the saved user registers at a new program
 * @regs: the registers the return to user mode will load
 * @new_ip: the entry point
 * @new_sp: the initial stack pointer (at argc)
 *
 * Context: process context, the end of a format's load_binary.
 */
void start_thread(struct pt_regs *regs, unsigned long new_ip, unsigned long new_sp)
{
	memset(regs, 0, sizeof(*regs)); /* as ELF_PLAT_INIT: no register leaks in */
	regs->ds = regs->es = regs->ss = __USER_DS;
	regs->cs = __USER_CS;
	regs->ip = new_ip;
	regs->sp = new_sp;
	regs->flags = X86_EFLAGS_IF | 0x2; /* bit 1 is always set */
	regs->orig_ax = -1;
}

static int do_execve(const char *filename, const char __user *const __user *argv,
		     const char __user *const __user *envp, struct pt_regs *regs)
{
	struct linux_binprm *bprm = kzalloc(sizeof(*bprm), GFP_KERNEL);
	int ret = -ENOMEM;

	if (!bprm)
		return -ENOMEM;
	bprm->strings = vmalloc(MAX_ARG_PAGES * PAGE_SIZE);
	if (!bprm->strings)
		goto out;
	bprm->filename = bprm->interp = filename;
	bprm->cred = current->cred;
	ret = unshare_files();
	if (ret)
		goto out;
	bprm->file = open_exec(filename);
	if (IS_ERR(bprm->file)) {
		ret = PTR_ERR(bprm->file);
		bprm->file = NULL;
		goto out;
	}
	ret = prepare_binprm(bprm);
	if (ret < 0)
		goto out;
	ret = copy_strings(bprm, argv);
	if (ret < 0)
		goto out;
	bprm->argc = ret;
	ret = copy_strings(bprm, envp);
	if (ret < 0)
		goto out;
	bprm->envc = ret;
	ret = search_binary_handler(bprm, regs);
	if (ret >= 0)
		ptrace_report_exec(); /* a traced process stops as the new program starts */
out:
	if (bprm->file) {
		allow_write_access(bprm->file); /* the text vmas now deny writing */
		fput(bprm->file);
	}
	vfree(bprm->strings);
	kfree(bprm);
	return ret;
}

/**
 * sys_execve - run a new program in the calling process (system call 11)
 * @regs: the caller's registers: %ebx the file name, %ecx argv, %edx envp
 *
 * Context: process context (system call).
 * Return: nothing on success (the new program runs); -ENOENT, -EFAULT,
 * -E2BIG, -ENOEXEC, -ENOMEM on failure.
 */
asmlinkage long sys_execve(struct pt_regs *regs)
{
	char *name = kmalloc(PAGE_SIZE, GFP_KERNEL);
	unsigned long nr = regs->orig_ax;
	long ret;

	if (!name)
		return -ENOMEM;
	ret = strncpy_from_user(name, (const char __user *)regs->bx, PAGE_SIZE);
	if (ret >= 0 && ret < PAGE_SIZE)
		ret = do_execve(name, (const char __user *const __user *)regs->cx,
				(const char __user *const __user *)regs->dx, regs);
	else if (ret >= 0)
		ret = -ENAMETOOLONG;
	if (ret >= 0) /* a tracer's exit stop still sees execve (2.6.32 keeps orig_ax) */
		regs->orig_ax = nr;
	kfree(name);
	return ret;
}

/**
 * kernel_execve - a kernel thread becomes a process running a program
 * @filename: the program's path
 * @argv: its arguments, kernel strings, NULL-terminated
 * @envp: its environment, likewise
 *
 * On success the thread never comes back: it leaves for user mode
 * through the pt_regs at the top of its stack, and everything it had on
 * its kernel stack is forgotten. This is how pid 1 starts /init.
 *
 * Context: a kernel thread, process context, nothing held.
 * Return: only on failure: the error.
 */
int kernel_execve(const char *filename, const char *const argv[], const char *const envp[])
{
	struct pt_regs *regs = task_pt_regs(current);
	int ret;

	memset(regs, 0, sizeof(*regs));
	ret = do_execve(filename, (const char __user *const __user *)argv,
			(const char __user *const __user *)envp, regs);
	if (ret)
		return ret;
	/* the frames below are forgotten: KASAN forgets their red zones too */
	kasan_unpoison_task_stack(current);
	ret_to_user(regs);
}
