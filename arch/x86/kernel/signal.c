/*
 * signal.c - a signal's trip to a user handler and back, on i386.
 *
 * To run a handler, the kernel builds a frame on the user stack and
 * rewrites the saved user registers so that the return to user mode
 * "calls" the handler:
 *
 *   user stack, after setup_rt_frame     saved registers (pt_regs)
 *   +-------------------+                eip = the handler
 *   | retcode, fpstate  |                esp = &frame->pretcode
 *   | ucontext: the     | <- sigreturn   eax = sig, edx = &info,
 *   |   interrupted     |    restores       ecx = &uc (regparm(3))
 *   |   registers, mask |    these
 *   | siginfo           |
 *   | puc, pinfo, sig   |  the handler's arguments
 *   | pretcode          |  its return address: sa_restorer (glibc's
 *   +-------------------+  __restore_rt: `mov $173, %eax; int $0x80`)
 *
 * When the handler returns, the restorer calls rt_sigreturn (or
 * sigreturn for the older frame without siginfo, used when SA_SIGINFO
 * is not set), which copies the saved registers back into pt_regs and
 * restores the signal mask: the interrupted code goes on as if nothing
 * happened. The segment registers and eflags a frame brings back are
 * checked (user selectors only, no IOPL), so a forged frame cannot give
 * a process the kernel's privileges.
 *
 * The layouts are Linux 2.6.32's struct sigframe and rt_sigframe, so
 * glibc's restorers and debuggers find what they expect. The FPU state
 * goes in the frame's _fpstate as fxsave's image (its first 112 bytes,
 * the old fsave layout, are zero; magic 0 says "fxsave data follows").
 * With SA_ONSTACK the frame goes on the alternate signal stack
 * (sigaltstack, kernel/signal.c). See docs/processes.md.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <asm/ptrace.h>
#include <asm/uaccess.h>
#include <asm/i387.h>
#include <asm/processor.h>

#define __NR_sigreturn 119
#define __NR_rt_sigreturn 173

/**
 * struct sigcontext - the interrupted registers, as i386 Linux saves them
 * @gs: segment registers (16 bits each, padded)
 * @fs: fs
 * @es: es
 * @ds: ds
 * @di: general registers
 * @si: esi
 * @bp: ebp
 * @sp: esp
 * @bx: ebx
 * @dx: edx
 * @cx: ecx
 * @ax: eax
 * @trapno: the trap that caused a fault signal
 * @err: its error code
 * @ip: eip
 * @cs: code segment
 * @flags: eflags
 * @sp_at_signal: esp again
 * @ss: stack segment
 * @fpstate: the FPU state's address in the frame, or 0
 * @oldmask: the signal mask to restore
 * @cr2: the faulting address of a page fault
 */
struct sigcontext {
	u32 gs, fs, es, ds;
	u32 di, si, bp, sp, bx, dx, cx, ax;
	u32 trapno, err, ip, cs, flags, sp_at_signal, ss;
	u32 fpstate, oldmask, cr2;
};

/* struct _fpstate: 112 bytes of fsave layout, status and magic, then fxsave's 512 */
#define FPSTATE_SIZE 624
#define FPSTATE_FXSR_OFFSET 112 /* of _fxsr_env, 16-byte aligned in the frame */

/* siginfo_t as i386 user space sees it: 128 bytes (kernel/signal.c:copy_siginfo_to_user) */
#define SIGINFO_SIZE 128

/**
 * struct ucontext32 - the user context an rt frame saves
 * @uc_flags: 0
 * @uc_link: 0
 * @ss_sp: the alternate stack (none: 0)
 * @ss_flags: SS_DISABLE
 * @ss_size: 0
 * @uc_mcontext: the registers
 * @uc_sigmask: the mask to restore (64 bits)
 */
struct ucontext32 {
	u32 uc_flags, uc_link;
	u32 ss_sp, ss_flags, ss_size;
	struct sigcontext uc_mcontext;
	sigset_t uc_sigmask;
};

/**
 * struct rt_sigframe - the frame of a SA_SIGINFO handler (2.6.32's layout)
 * @pretcode: the handler's return address
 * @sig: its first argument
 * @pinfo: its second: &info
 * @puc: its third: &uc
 * @info: the siginfo
 * @uc: the interrupted context
 * @fpstate: the FPU state (aligned in place by the frame's start)
 * @retcode: a sigreturn trampoline, for a handler without SA_RESTORER
 */
struct rt_sigframe {
	u32 pretcode;
	int sig;
	u32 pinfo, puc;
	u8 info[SIGINFO_SIZE];
	struct ucontext32 uc;
	u8 fpstate[FPSTATE_SIZE];
	u8 retcode[8];
};

/**
 * struct sigframe - the frame of a handler without SA_SIGINFO (2.6.32's layout)
 * @pretcode: the handler's return address
 * @sig: its argument
 * @sc: the interrupted registers
 * @fpstate: the FPU state
 * @extramask: the upper half of the mask to restore
 * @retcode: a sigreturn trampoline
 */
struct sigframe {
	u32 pretcode;
	int sig;
	struct sigcontext sc;
	u8 fpstate[FPSTATE_SIZE];
	u32 extramask[1];
	u8 retcode[8];
};

/* What sigreturn lets the user set (2.6.32's): AC OF DF TF SF ZF AF PF CF RF, never IF, IOPL or NT */
#define FIX_EFLAGS 0x00050dd5

/* The FPU state into the frame; returns its address for sc.fpstate, or 0 */
static u32 save_fpu(u8 __user *fpstate)
{
	struct task_struct *tsk = current;

	if (!tsk->thread.fpu_used)
		return 0;
	preempt_disable();
	unlazy_fpu(tsk);
	preempt_enable();
	if (__clear_user(fpstate, FPSTATE_FXSR_OFFSET) ||
	    __copy_to_user(fpstate + FPSTATE_FXSR_OFFSET, tsk->thread.fpu, 512))
		return -1;
	tsk->thread.fpu_used = false; /* the handler starts with a clean FPU */
	preempt_disable();
	fpu_reload();
	preempt_enable();
	return (u32)fpstate;
}

static int restore_fpu(u32 fpstate)
{
	struct task_struct *tsk = current;
	u32 *mxcsr = (u32 *)(tsk->thread.fpu + 24);

	int ret = 0;

	preempt_disable();
	unlazy_fpu(tsk);
	preempt_enable();
	if (!fpstate) {
		tsk->thread.fpu_used = false;
	} else if (__copy_from_user(tsk->thread.fpu, (u8 __user *)fpstate + FPSTATE_FXSR_OFFSET,
				    512)) {
		tsk->thread.fpu_used = false; /* half an image: a clean FPU instead */
		ret = -EFAULT;
	} else {
		*mxcsr &= 0xffff; /* reserved MXCSR bits would make fxrstor fault */
		tsk->thread.fpu_used = true;
	}
	preempt_disable();
	fpu_reload();
	preempt_enable();
	return ret;
}

static int setup_sigcontext(struct sigcontext __user *sc, u32 fpstate, struct pt_regs *regs,
			    u32 mask)
{
	struct sigcontext k = {
		.gs = regs->gs,
		.fs = regs->fs,
		.es = regs->es,
		.ds = regs->ds,
		.di = regs->di,
		.si = regs->si,
		.bp = regs->bp,
		.sp = regs->sp,
		.bx = regs->bx,
		.dx = regs->dx,
		.cx = regs->cx,
		.ax = regs->ax,
		.trapno = current->thread.trap_no,
		.err = current->thread.error_code,
		.ip = regs->ip,
		.cs = regs->cs,
		.flags = regs->flags,
		.sp_at_signal = regs->sp,
		.ss = regs->ss,
		.fpstate = fpstate,
		.oldmask = mask,
		.cr2 = current->thread.cr2,
	};

	return __copy_to_user(sc, &k, sizeof(k)) ? -EFAULT : 0;
}

/* A user segment selector, or 0: never the kernel's */
static u32 user_seg(u32 sel)
{
	sel &= 0xffff;
	return (sel & 3) == 3 || !sel ? sel : 0;
}

static int restore_sigcontext(struct pt_regs *regs, struct sigcontext __user *sc)
{
	struct sigcontext k;

	if (__copy_from_user(&k, sc, sizeof(k)))
		return -EFAULT;
	regs->gs = user_seg(k.gs);
	regs->fs = user_seg(k.fs);
	regs->es = user_seg(k.es) ?: __USER_DS;
	regs->ds = user_seg(k.ds) ?: __USER_DS;
	regs->di = k.di;
	regs->si = k.si;
	regs->bp = k.bp;
	regs->sp = k.sp;
	regs->bx = k.bx;
	regs->dx = k.dx;
	regs->cx = k.cx;
	regs->ax = k.ax;
	regs->ip = k.ip;
	regs->cs = __USER_CS; /* a process may not change its privilege */
	regs->ss = __USER_DS;
	regs->flags = (regs->flags & ~FIX_EFLAGS) | (k.flags & FIX_EFLAGS);
	regs->orig_ax = -1; /* no system call to restart */
	return restore_fpu(k.fpstate);
}

/*
 * Where the frame goes: below the interrupted stack, or at the top of
 * the alternate signal stack (SA_ONSTACK, and not already on it),
 * aligned as i386 Linux aligns it.
 */
static void __user *get_sigframe(struct k_sigaction *ka, struct pt_regs *regs, size_t size)
{
	unsigned long sp = regs->sp;

	if ((ka->flags & SA_ONSTACK) && sas_ss_flags(sp) == 0)
		sp = current->sas_ss_sp + current->sas_ss_size;
	sp -= size;

	/* so that the handler sees ((sp + 4) & 15) == 0, as after a call */
	return (void __user *)(((sp + 4) & -16UL) - 4);
}

static void set_handler_regs(struct pt_regs *regs, struct k_sigaction *ka, void __user *frame,
			     int sig)
{
	regs->sp = (unsigned long)frame;
	regs->ip = (unsigned long)ka->handler;
	regs->ax = sig;
	regs->ds = regs->es = regs->ss = __USER_DS;
	regs->cs = __USER_CS;
	regs->flags &= ~(X86_EFLAGS_TF | X86_EFLAGS_DF);
}

static int setup_rt_frame(int sig, struct k_sigaction *ka, struct ksignal_info *ki, sigset_t mask,
			  struct pt_regs *regs)
{
	struct rt_sigframe __user *f = get_sigframe(ka, regs, sizeof(struct rt_sigframe) + 16);
	u8 __user *fp = (u8 __user *)(((unsigned long)f->fpstate + 15) & -16UL);
	/* mov $__NR_rt_sigreturn, %eax; int $0x80 */
	static const u8 code[8] = { 0xb8, __NR_rt_sigreturn, 0, 0, 0, 0xcd, 0x80, 0 };
	struct ucontext32 uc = { .ss_sp = current->sas_ss_sp,
				 .ss_flags = sas_ss_flags(regs->sp),
				 .ss_size = current->sas_ss_size,
				 .uc_sigmask = mask };
	u32 fpstate;

	if (!access_ok(VERIFY_WRITE, f, sizeof(*f) + 16))
		return -EFAULT;
	fpstate = save_fpu(fp);
	if (fpstate == (u32)-1 || __clear_user(f->info, SIGINFO_SIZE) ||
	    copy_siginfo_to_user(f->info, ki) || __copy_to_user(&f->uc, &uc, sizeof(uc)) ||
	    setup_sigcontext(&f->uc.uc_mcontext, fpstate, regs, (u32)mask) ||
	    __copy_to_user(f->retcode, code, sizeof(code)) || __put_user(sig, &f->sig) ||
	    __put_user((u32)f->info, &f->pinfo) || __put_user((u32)&f->uc, &f->puc) ||
	    __put_user(ka->flags & SA_RESTORER ? (u32)ka->restorer : (u32)f->retcode, &f->pretcode))
		return -EFAULT;
	set_handler_regs(regs, ka, f, sig);
	regs->dx = (unsigned long)f->info; /* for a regparm(3) handler */
	regs->cx = (unsigned long)&f->uc;
	return 0;
}

static int setup_frame(int sig, struct k_sigaction *ka, sigset_t mask, struct pt_regs *regs)
{
	struct sigframe __user *f = get_sigframe(ka, regs, sizeof(struct sigframe) + 16);
	u8 __user *fp = (u8 __user *)(((unsigned long)f->fpstate + 15) & -16UL);
	/* popl %eax; movl $__NR_sigreturn, %eax; int $0x80 */
	static const u8 code[8] = { 0x58, 0xb8, __NR_sigreturn, 0, 0, 0, 0xcd, 0x80 };
	u32 fpstate;

	if (!access_ok(VERIFY_WRITE, f, sizeof(*f) + 16))
		return -EFAULT;
	fpstate = save_fpu(fp);
	if (fpstate == (u32)-1 || setup_sigcontext(&f->sc, fpstate, regs, (u32)mask) ||
	    __put_user((u32)(mask >> 32), &f->extramask[0]) ||
	    __copy_to_user(f->retcode, code, sizeof(code)) || __put_user(sig, &f->sig) ||
	    __put_user(ka->flags & SA_RESTORER ? (u32)ka->restorer : (u32)f->retcode, &f->pretcode))
		return -EFAULT;
	set_handler_regs(regs, ka, f, sig);
	regs->dx = regs->cx = 0;
	return 0;
}

/**
 * setup_signal_frame - make the return to user mode call a signal handler
 * @sig: the signal
 * @ka: its disposition (a handler)
 * @info: what its siginfo says
 * @oldmask: the signal mask to restore when the handler returns
 * @regs: the user registers, rewritten to enter the handler
 *
 * Context: process context, do_notify_resume().
 * Return: 0, or -EFAULT if the user stack cannot hold the frame.
 */
int setup_signal_frame(int sig, struct k_sigaction *ka, struct ksignal_info *info, sigset_t oldmask,
		       struct pt_regs *regs)
{
	if (ka->flags & SA_SIGINFO)
		return setup_rt_frame(sig, ka, info, oldmask, regs);
	return setup_frame(sig, ka, oldmask, regs);
}

static void set_blocked(sigset_t mask)
{
	struct task_struct *t = current;

	local_irq_disable();
	t->blocked = mask & ~SIG_KERNEL_ONLY_MASK;
	if ((t->pending.signal | t->signal->shared_pending.signal) & ~t->blocked)
		set_thread_flag(TIF_SIGPENDING);
	local_irq_enable();
}

/**
 * sys_rt_sigreturn - return from a SA_SIGINFO handler (system call 173)
 * @regs: the user registers; %esp points just past the frame's pretcode
 *
 * Context: process context (system call).
 * Return: the interrupted %eax (the registers are the interrupted
 * code's again); a bad frame kills the process with SIGSEGV.
 */
asmlinkage long sys_rt_sigreturn(struct pt_regs *regs)
{
	struct rt_sigframe __user *f = (struct rt_sigframe __user *)(regs->sp - 4);
	sigset_t mask;

	current_thread_info()->restart_block.fn = do_no_restart_syscall;
	if (!access_ok(VERIFY_READ, f, sizeof(*f)) ||
	    __copy_from_user(&mask, &f->uc.uc_sigmask, sizeof(mask)) ||
	    restore_sigcontext(regs, &f->uc.uc_mcontext))
		goto badframe;
	set_blocked(mask);
	return regs->ax;
badframe:
	force_sig_fault(SIGSEGV, SI_KERNEL, NULL, current);
	return 0;
}

/**
 * sys_sigreturn - return from a handler without SA_SIGINFO (system call 119)
 * @regs: the user registers; %esp points past pretcode and the popped sig
 *
 * Context: process context (system call).
 * Return: as sys_rt_sigreturn().
 */
asmlinkage long sys_sigreturn(struct pt_regs *regs)
{
	struct sigframe __user *f = (struct sigframe __user *)(regs->sp - 8);
	u32 mask, extramask;

	current_thread_info()->restart_block.fn = do_no_restart_syscall;
	if (!access_ok(VERIFY_READ, f, sizeof(*f)) || __get_user(mask, &f->sc.oldmask) ||
	    __get_user(extramask, &f->extramask[0]) || restore_sigcontext(regs, &f->sc))
		goto badframe;
	set_blocked(((sigset_t)extramask << 32) | mask);
	return regs->ax;
badframe:
	force_sig_fault(SIGSEGV, SI_KERNEL, NULL, current);
	return 0;
}
