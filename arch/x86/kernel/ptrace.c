/*
 * ptrace.c - the i386 half of ptrace(2): registers, FPU state, single step
 * and the system call stops.
 *
 * A tracee stopped for its tracer (TASK_TRACED) has its user registers in
 * the struct pt_regs at the top of its kernel stack (task_pt_regs), where
 * the entry code saved them, and its FPU state in thread.fpu (the fxsave
 * image, saved when it left the CPU: on one CPU a stopped tracee is never
 * the FPU's owner). The tracer reads and writes them there:
 *
 *   PTRACE_PEEKUSR/POKEUSR  one word of the i386 struct user: the 17
 *                           registers of struct user_regs_struct at offsets
 *                           0..64 (bx cx dx si di bp ax ds es fs gs orig_ax
 *                           ip cs flags sp ss), the debug registers at 252..
 *   PTRACE_GETREGS/SETREGS  the 17 registers at once
 *   PTRACE_GETFPREGS/SET..  the x87 state in fsave's 108-byte layout,
 *                           converted from and to the fxsave image
 *   PTRACE_GETFPXREGS/SET.. the fxsave image itself (512 bytes)
 *
 * A segment register takes only a null selector or one of privilege 3;
 * eflags only the arithmetic flags, TF, DF, RF and AC. PTRACE_SINGLESTEP
 * sets EFLAGS.TF in the saved registers (TIF_FORCED_TF remembers that the
 * tracer set it, so the tracee never sees it in its flags): after one user
 * instruction the CPU raises the debug exception, and do_debug()
 * (arch/x86/kernel/traps.c) sends SIGTRAP, which stops the tracee. A
 * system call is one step: it ends in a SIGTRAP too (syscall_trace_leave).
 *
 * PTRACE_SYSCALL sets TIF_SYSCALL_TRACE: entry_32.asm then calls
 * syscall_trace_enter() before the call and syscall_trace_leave() after
 * it, and each stops the tracee with SIGTRAP (| 0x80 with
 * PTRACE_O_TRACESYSGOOD). At the entry stop the tracer may change
 * orig_eax: the call made is the one it names.
 *
 * As Linux 2.6.32's arch/x86/kernel/ptrace.c, less its regsets (the core
 * dump and PTRACE_GETREGSET use them). Differences: the debug registers
 * read as 0 and cannot be written (-EIO): Linnet has no hardware
 * breakpoints; single step does not look for a popf that sets TF itself
 * (is_setting_trap_flag), nor step blocks. See docs/ptrace.md.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/ptrace.h>
#include <linux/signal.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <asm/uaccess.h>
#include <asm/processor.h>
#include <asm/i387.h>

/* struct user (asm/user_32.h): where the registers and debug registers sit */
#define USER_REGS_SIZE (17 * sizeof(long))
#define USER_DEBUGREG 252
#define USER_SIZE 284

/* Offsets in struct user_regs_struct, in words (the order of struct pt_regs) */
#define REG_DS 7
#define REG_ES 8
#define REG_FS 9
#define REG_GS 10
#define REG_CS 13
#define REG_FLAGS 14
#define REG_SS 16

/* The eflags bits a tracer may change (2.6.32's FLAG_MASK_32) */
#define FLAG_MASK                                                                        \
	(0x00000001UL /* CF */ | 0x00000004UL /* PF */ | 0x00000010UL /* AF */ |         \
	 0x00000040UL /* ZF */ | 0x00000080UL /* SF */ | X86_EFLAGS_TF | X86_EFLAGS_DF | \
	 0x00000800UL /* OF */ | 0x00010000UL /* RF */ | 0x00040000UL /* AC */)

#define MXCSR_DEFAULT 0x1f80

/* The fxsave image's fields (Intel SDM, FXSAVE): offsets in bytes */
struct fxsave_head {
	u16 cwd, swd, twd, fop;
	u32 fip, fcs, foo, fos, mxcsr, mxcsr_mask;
};

/* i387's fsave image, as PTRACE_GETFPREGS gives it (struct user_i387_struct) */
struct user_i387 {
	u32 cwd, swd, twd, fip, fcs, foo, fos;
	u8 st_space[80];
};

static unsigned long *pt_reg(struct task_struct *task, int word)
{
	return (unsigned long *)task_pt_regs(task) + word;
}

/* One register as the tracer sees it (2.6.32's getreg) */
static unsigned long getreg(struct task_struct *task, int word)
{
	unsigned long val = *pt_reg(task, word);

	switch (word) {
	case REG_DS:
	case REG_ES:
	case REG_FS:
	case REG_GS:
	case REG_CS:
	case REG_SS:
		return val & 0xffff;
	case REG_FLAGS: /* the tracer's own TF is not the tracee's */
		if (test_ti_thread_flag(task_thread_info(task), TIF_FORCED_TF))
			val &= ~X86_EFLAGS_TF;
		return val;
	default:
		return val;
	}
}

/* Set one register: segments must be null or of privilege 3 (2.6.32's putreg) */
static int putreg(struct task_struct *task, int word, unsigned long value)
{
	struct thread_info *ti = task_thread_info(task);

	switch (word) {
	case REG_CS:
	case REG_SS:
	case REG_DS:
	case REG_ES:
	case REG_FS:
	case REG_GS:
		value &= 0xffff;
		if (value && (value & 3) != 3)
			return -EIO;
		if (!value && (word == REG_CS || word == REG_SS))
			return -EIO; /* iret would fault on a null cs or ss */
		break;
	case REG_FLAGS:
		/* TF from the tracer is the program's own from now on */
		if (value & X86_EFLAGS_TF)
			clear_ti_thread_flag(ti, TIF_FORCED_TF);
		else if (test_ti_thread_flag(ti, TIF_FORCED_TF))
			value |= X86_EFLAGS_TF;
		value = (*pt_reg(task, word) & ~FLAG_MASK) | (value & FLAG_MASK);
		break;
	}
	*pt_reg(task, word) = value;
	return 0;
}

/**
 * user_enable_single_step - the tracee will stop after one instruction
 * @child: the tracee, stopped
 *
 * Context: process context; @child is not running.
 */
void user_enable_single_step(struct task_struct *child)
{
	struct pt_regs *regs = task_pt_regs(child);
	struct thread_info *ti = task_thread_info(child);

	set_ti_thread_flag(ti, TIF_SINGLESTEP);
	if (regs->flags & X86_EFLAGS_TF)
		return; /* set already: by us (TIF_FORCED_TF) or by the program */
	regs->flags |= X86_EFLAGS_TF;
	set_ti_thread_flag(ti, TIF_FORCED_TF);
}

/**
 * user_disable_single_step - stop stepping; clear TF if the tracer set it
 * @child: the tracee
 *
 * Context: process context; @child is not running.
 */
void user_disable_single_step(struct task_struct *child)
{
	struct thread_info *ti = task_thread_info(child);

	clear_ti_thread_flag(ti, TIF_SINGLESTEP);
	if (test_ti_thread_flag(ti, TIF_FORCED_TF)) {
		clear_ti_thread_flag(ti, TIF_FORCED_TF);
		task_pt_regs(child)->flags &= ~X86_EFLAGS_TF;
	}
}

/**
 * ptrace_disable - the architecture's part of a detach: no more stepping
 * @child: the tracee
 *
 * Context: process context.
 */
void ptrace_disable(struct task_struct *child)
{
	user_disable_single_step(child);
}

/*
 * The tracee's FPU state, ready to read or write: a task that never used
 * the FPU gets the state fninit gives, and uses it from now on (2.6.32's
 * init_fpu). A stopped tracee is not the FPU's owner (its state was saved
 * when it left the CPU), but the tracer is current: never save its state
 * into the tracee's.
 */
static u8 *tracee_fpu(struct task_struct *child)
{
	if (child == current) {
		preempt_disable();
		unlazy_fpu(child);
		fpu_reload();
		preempt_enable();
	}
	if (!child->thread.fpu_used) {
		struct fxsave_head *fx = (struct fxsave_head *)child->thread.fpu;

		memset(child->thread.fpu, 0, sizeof(child->thread.fpu));
		fx->cwd = 0x37f;
		fx->mxcsr = MXCSR_DEFAULT;
		child->thread.fpu_used = true;
	}
	return child->thread.fpu;
}

/* fxsave keeps one "valid" bit per register; fsave two, as it sees the value (twd_fxsr_to_i387) */
static u32 twd_fxsr_to_i387(const u8 *fpu)
{
	const struct fxsave_head *fx = (const void *)fpu;
	u32 top = (fx->swd >> 11) & 7, ret = 0xffff0000u;
	int i;

	for (i = 0; i < 8; i++) {
		const u8 *st = fpu + 32 + 16 * ((i - top) & 7); /* physical register i */
		u16 exp, sig[4];
		u32 tag = 3; /* empty */

		memcpy(sig, st, 8);
		memcpy(&exp, st + 8, 2);
		if (fx->twd & (1 << i)) {
			if ((exp & 0x7fff) == 0x7fff)
				tag = 2; /* special: NaN or infinity */
			else if ((exp & 0x7fff) == 0)
				tag = (sig[0] | sig[1] | sig[2] | sig[3]) ? 2 :
									    1; /* denormal, zero */
			else
				tag = (sig[3] & 0x8000) ? 0 : 2; /* valid, or unnormal */
		}
		ret |= tag << (2 * i);
	}
	return ret;
}

/* fsave's tag word to fxsave's: a register is valid unless tagged empty (11) */
static u16 twd_i387_to_fxsr(u32 twd)
{
	u16 ret = 0;
	int i;

	for (i = 0; i < 8; i++)
		if (((twd >> (2 * i)) & 3) != 3)
			ret |= 1 << i;
	return ret;
}

/* PTRACE_GETFPREGS: the fxsave image as fsave's (2.6.32's convert_from_fxsr) */
static int get_fpregs(struct task_struct *child, void __user *data)
{
	const u8 *fpu = tracee_fpu(child);
	const struct fxsave_head *fx = (const void *)fpu;
	struct user_i387 env;
	int i;

	env.cwd = fx->cwd | 0xffff0000u;
	env.swd = fx->swd | 0xffff0000u;
	env.twd = twd_fxsr_to_i387(fpu);
	env.fip = fx->fip;
	env.fcs = (fx->fcs & 0xffff) | ((u32)fx->fop << 16);
	env.foo = fx->foo;
	env.fos = fx->fos;
	for (i = 0; i < 8; i++) /* ten bytes of each sixteen-byte slot */
		memcpy(env.st_space + 10 * i, fpu + 32 + 16 * i, 10);
	return copy_to_user(data, &env, sizeof(env)) ? -EFAULT : 0;
}

/* PTRACE_SETFPREGS: fsave's layout into the fxsave image (convert_to_fxsr) */
static int set_fpregs(struct task_struct *child, const void __user *data)
{
	struct user_i387 env;
	struct fxsave_head *fx;
	u8 *fpu;
	int i;

	if (copy_from_user(&env, data, sizeof(env)))
		return -EFAULT;
	fpu = tracee_fpu(child);
	fx = (struct fxsave_head *)fpu;
	fx->cwd = env.cwd;
	fx->swd = env.swd;
	fx->twd = twd_i387_to_fxsr(env.twd);
	fx->fip = env.fip;
	fx->fcs = env.fcs & 0xffff;
	fx->fop = env.fcs >> 16;
	fx->foo = env.foo;
	fx->fos = env.fos;
	for (i = 0; i < 8; i++)
		memcpy(fpu + 32 + 16 * i, env.st_space + 10 * i, 10);
	return 0;
}

/* PTRACE_SETFPXREGS: the image, with MXCSR's reserved bits cleared (fxrstor faults on them) */
static int set_fpxregs(struct task_struct *child, const void __user *data)
{
	u8 *fpu = tracee_fpu(child);
	struct fxsave_head *fx = (struct fxsave_head *)fpu;
	u32 mask = fx->mxcsr_mask ? fx->mxcsr_mask : 0xffbf;

	if (copy_from_user(fpu, data, sizeof(child->thread.fpu)))
		return -EFAULT;
	fx->mxcsr &= mask;
	fx->mxcsr_mask = mask == 0xffbf ? 0 : mask;
	return 0;
}

/* PTRACE_PEEKUSR: a word of struct user; the registers, 0 elsewhere */
static int peek_user(struct task_struct *child, unsigned long addr, unsigned long __user *data)
{
	unsigned long tmp = 0;

	if ((addr & 3) || addr >= USER_SIZE)
		return -EIO;
	if (addr < USER_REGS_SIZE)
		tmp = getreg(child, addr / sizeof(long));
	return put_user(tmp, data);
}

/* PTRACE_POKEUSR: a register; the rest of struct user cannot be written */
static int poke_user(struct task_struct *child, unsigned long addr, unsigned long data)
{
	if ((addr & 3) || addr >= USER_SIZE)
		return -EIO;
	if (addr < USER_REGS_SIZE)
		return putreg(child, addr / sizeof(long), data);
	return -EIO; /* u_debugreg too: Linnet has no hardware breakpoints */
}

/* PTRACE_GETREGS: struct user_regs_struct */
static int get_regs(struct task_struct *child, unsigned long __user *data)
{
	unsigned long regs[17];
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(regs); i++)
		regs[i] = getreg(child, i);
	return copy_to_user(data, regs, sizeof(regs)) ? -EFAULT : 0;
}

/* PTRACE_SETREGS: each register in order, up to the first one refused */
static int set_regs(struct task_struct *child, const unsigned long __user *data)
{
	unsigned long regs[17];
	unsigned int i;
	int ret = 0;

	if (copy_from_user(regs, data, sizeof(regs)))
		return -EFAULT;
	for (i = 0; i < ARRAY_SIZE(regs) && !ret; i++)
		ret = putreg(child, i, regs[i]);
	return ret;
}

/**
 * arch_ptrace - a request on a stopped tracee
 * @child: the tracee
 * @request: PTRACE_*
 * @addr: an offset in struct user, or an address in the tracee
 * @data: a value, a signal, or a pointer in the tracer
 *
 * The register and FPU requests are i386's; the others go to
 * ptrace_request() (kernel/ptrace.c).
 *
 * Context: process context (sys_ptrace).
 * Return: 0, -EIO, -EFAULT, or ptrace_request()'s answer.
 */
long arch_ptrace(struct task_struct *child, long request, long addr, long data)
{
	void __user *datap = (void __user *)data;

	switch (request) {
	case PTRACE_PEEKUSR:
		return peek_user(child, addr, datap);
	case PTRACE_POKEUSR:
		return poke_user(child, addr, data);
	case PTRACE_GETREGS:
		return get_regs(child, datap);
	case PTRACE_SETREGS:
		return set_regs(child, datap);
	case PTRACE_GETFPREGS:
		return get_fpregs(child, datap);
	case PTRACE_SETFPREGS:
		return set_fpregs(child, datap);
	case PTRACE_GETFPXREGS:
		return copy_to_user(datap, tracee_fpu(child), sizeof(child->thread.fpu)) ? -EFAULT :
											   0;
	case PTRACE_SETFPXREGS:
		return set_fpxregs(child, datap);
	default:
		return ptrace_request(child, request, addr, data);
	}
}

/*
 * A system call stop: SIGTRAP (| 0x80 with PTRACE_O_TRACESYSGOOD). A
 * signal the tracer resumes us with is sent to us, to be taken on the way
 * out (2.6.32's ptrace_report_syscall).
 */
static void ptrace_report_syscall(void)
{
	struct task_struct *tsk = current;

	if (!(tsk->ptrace & PT_PTRACED))
		return;
	ptrace_notify(SIGTRAP | ((tsk->ptrace & PT_TRACESYSGOOD) ? 0x80 : 0));
	if (tsk->exit_code) {
		send_sig(tsk->exit_code, tsk, 1);
		tsk->exit_code = 0;
	}
}

/**
 * syscall_trace_enter - a traced system call starts: the entry stop
 * @regs: the caller's registers, orig_ax the call's number
 *
 * Context: entry_32.asm's syscall_trace_entry, interrupts on.
 * Return: the number of the call to make (the tracer may have changed it).
 */
asmlinkage long syscall_trace_enter(struct pt_regs *regs)
{
	if (test_thread_flag(TIF_SYSCALL_TRACE))
		ptrace_report_syscall();
	return regs->orig_ax;
}

/**
 * syscall_trace_leave - a traced system call ends: the exit stop
 * @regs: the caller's registers, ax the call's result
 *
 * A single-stepped task gets the SIGTRAP the int $0x80 instruction's step
 * would have given: the trap gate cleared TF inside it.
 *
 * Context: entry_32.asm, on the way out of the call, interrupts on.
 */
asmlinkage void syscall_trace_leave(struct pt_regs *regs)
{
	if (test_thread_flag(TIF_SYSCALL_TRACE))
		ptrace_report_syscall();
	if (test_thread_flag(TIF_SINGLESTEP)) {
		current->thread.trap_no = 1;
		current->thread.error_code = 0;
		force_sig_fault(SIGTRAP, TRAP_BRKPT, (void __user *)regs->ip, current);
	}
}
