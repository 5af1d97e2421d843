; entry_32.asm - the ways into the kernel: exceptions, interrupts, system calls.
;
; Every vector the IDT uses has a tiny stub here. The CPU has already
; pushed eflags, cs and eip (and, coming from user mode, the user's ss
; and esp before them; for some exceptions an error code after them).
; The stub makes every frame the same shape: it pushes a zero error code
; where the CPU gave none (an interrupt gets ~vector there, as 2.6.32's
; common_interrupt does), then the vector number, and jumps to
; common_entry, which saves the other registers into a struct pt_regs
; in 2.6.32's layout (arch/x86/include/asm/ptrace.h). The vector sat
; where %gs is saved: common_entry takes it out and puts %gs there, as
; 2.6.32's error_code does with the handler's address.
;
;   higher addresses
;   | ss esp      |  pushed by the CPU, only when coming from user mode
;   | eflags      |
;   | cs eip      |
;   | orig_ax     |  the CPU's error code, 0, ~vector, or the syscall nr
;   | gs fs es ds |
;   | eax ebp edi esi edx ecx ebx |  <- esp = struct pt_regs *
;   lower addresses
;
; int $0x80 is the system call (system_call below): %eax holds the
; number, %ebx %ecx %edx %esi %edi %ebp the arguments, which are also the
; first six words of pt_regs, so `call [sys_call_table + eax*4]` with
; %esp at pt_regs hands them to an asmlinkage sys_xxx(a, b, c...) as its
; arguments. Calls that need the whole frame (fork, execve, sigreturn)
; go through a ptregs_ stub that passes a pointer to it.
;
; On the way back to user mode the kernel does its pending work first,
; with interrupts off so nothing slips in between the test and the iret:
; schedule() if TIF_NEED_RESCHED, do_notify_resume() (signals) if
; TIF_SIGPENDING. On the way back to kernel mode it preempts the
; interrupted code if it may (Linux's resume_kernel). A new task starts
; in ret_from_fork. The NMI has a stub of its own (nmi) that never
; preempts nor does return-to-user work. See docs/processes.md, docs/interrupts.md and
; docs/sched.md.

%define __KERNEL_DS 0x68
%define THREAD_SIZE 8192
%define TI_flags 4		; offsetof(struct thread_info, flags)
%define TI_preempt_count 8	; offsetof(struct thread_info, preempt_count)
%define TIF_SYSCALL_TRACE 0	; asm/thread_info.h's numbers
%define TIF_SIGPENDING 2
%define TIF_NEED_RESCHED 3
%define TIF_SINGLESTEP 4
%define _TIF_WORK_MASK ((1 << TIF_SIGPENDING) | (1 << TIF_NEED_RESCHED))
%define _TIF_WORK_SYSCALL_ENTRY (1 << TIF_SYSCALL_TRACE)
%define _TIF_WORK_SYSCALL_EXIT ((1 << TIF_SYSCALL_TRACE) | (1 << TIF_SINGLESTEP))
%define _TIF_ALLWORK_MASK (_TIF_WORK_MASK | _TIF_WORK_SYSCALL_EXIT)
%define PT_EAX 24		; offsets in struct pt_regs
%define PT_DS 28
%define PT_GS 40
%define PT_ORIG_EAX 44
%define PT_CS 52
%define PT_EFLAGS 56
%define X86_EFLAGS_IF 0x200
%define NR_syscalls 512		; 2.6.32's 337, and 511 (linnet_info)
%define ENOSYS 38

section .text

extern do_trap_or_irq, do_nmi, preempt_schedule_irq, schedule_tail, kernel_thread_helper
extern schedule, do_notify_resume, sys_call_table, schedule_tail_user
extern syscall_trace_enter, syscall_trace_leave

; The registers below %gs in struct pt_regs, pushed in its order
%macro PUSH_REGS 0
	push fs
	push es
	push ds
	push eax
	push ebp
	push edi
	push esi
	push edx
	push ecx
	push ebx
%endmacro

; The kernel's data segments in %ds and %es, null %fs and %gs (clobbers %edx)
%macro KERNEL_SEGMENTS 0
	mov edx, __KERNEL_DS
	mov ds, edx
	mov es, edx
	xor edx, edx			; no user selector stays loaded in the kernel
	mov fs, edx
	mov gs, edx
%endmacro

; SAVE_ALL: the frame below orig_ax, as 2.6.32's macro of that name
%macro SAVE_ALL 0
	cld
	push gs
	PUSH_REGS
	KERNEL_SEGMENTS
%endmacro

; Vectors whose exceptions come with an error code from the CPU.
%macro STUB_ERRCODE 1
global vector_%1
vector_%1:
	push dword %1
	jmp common_entry
%endmacro

%macro STUB_NOERR 1
global vector_%1
vector_%1:
	push dword 0
	push dword %1
	jmp common_entry
%endmacro

; An interrupt: orig_ax = ~vector, as 2.6.32's do_IRQ reads it
%macro STUB_IRQ 1
global vector_%1
vector_%1:
	push dword ~%1
	push dword %1
	jmp common_entry
%endmacro

STUB_NOERR 0
STUB_NOERR 1
; vector 2, the NMI, has its own stub below (nmi)
STUB_NOERR 3
STUB_NOERR 4
STUB_NOERR 5
STUB_NOERR 6
STUB_NOERR 7
STUB_ERRCODE 8
STUB_NOERR 9
STUB_ERRCODE 10
STUB_ERRCODE 11
STUB_ERRCODE 12
STUB_ERRCODE 13
STUB_ERRCODE 14
STUB_NOERR 15
STUB_NOERR 16
STUB_ERRCODE 17
STUB_NOERR 18
STUB_NOERR 19
%assign v 20
%rep 12
STUB_NOERR v
%assign v v+1
%endrep
; 0x20-0x2f: the sixteen lines of the two 8259As.
%rep 16
STUB_IRQ v
%assign v v+1
%endrep

; BUILD_INTERRUPT name, vector: a vector of the local APIC's own with a
; handler of its own, as 2.6.32's macro of that name (entry_arch.h): the
; frame as an interrupt's (orig_ax = ~vector), then smp_<name>(regs) and
; the way out of any interrupt.
%macro BUILD_INTERRUPT 2
extern smp_%1
%1:
	push dword ~%2
	SAVE_ALL
	mov eax, esp
	push eax			; struct pt_regs *
	call smp_%1
	add esp, 4
	jmp ret_from_intr
%endmacro

global spurious_interrupt
BUILD_INTERRUPT spurious_interrupt, 0xff	; SPURIOUS_APIC_VECTOR
global error_interrupt
BUILD_INTERRUPT error_interrupt, 0xfe		; ERROR_APIC_VECTOR

global common_entry, ret_from_intr, ret_from_fork, restore_all
common_entry:
	cld
	PUSH_REGS
	mov ecx, [esp + PT_GS]		; the vector the stub left in gs's place
	xor edx, edx
	mov dx, gs
	mov [esp + PT_GS], edx
	KERNEL_SEGMENTS
	mov eax, esp
	push ecx			; vector
	push eax			; struct pt_regs *
	call do_trap_or_irq
	add esp, 8
ret_from_intr:
	test dword [esp + PT_CS], 3
	jnz resume_userspace
	cli
	mov ecx, esp
	and ecx, ~(THREAD_SIZE - 1)	; the thread_info of this stack
	cmp dword [ecx + TI_preempt_count], 0
	jnz restore_all
	bt dword [ecx + TI_flags], TIF_NEED_RESCHED
	jnc restore_all
	test dword [esp + PT_EFLAGS], X86_EFLAGS_IF
	jz restore_all			; it had interrupts off: not preemptible
	call preempt_schedule_irq
	jmp ret_from_intr

; Back to user mode: first the work the flags ask for, interrupts off
; between the last test and the iret so no new work slips in.
resume_userspace:
syscall_exit:
	cli
	mov ecx, esp
	and ecx, ~(THREAD_SIZE - 1)
	test dword [ecx + TI_flags], _TIF_WORK_MASK
	jnz work_pending
restore_all:
	pop ebx
	pop ecx
	pop edx
	pop esi
	pop edi
	pop ebp
	pop eax
restore_ds:
	pop ds
restore_es:
	pop es
restore_fs:
	pop fs
restore_gs:
	pop gs
	add esp, 4			; orig_ax
irq_return:
	iret

work_pending:
	bt dword [ecx + TI_flags], TIF_NEED_RESCHED
	jnc work_notifysig
	sti
	call schedule
	jmp syscall_exit
work_notifysig:
	sti
	mov eax, esp
	push eax
	call do_notify_resume		; signals: may rewrite the frame
	add esp, 4
	jmp syscall_exit

; The kernel runs with %fs and %gs null (entry loads 0 into them): a user
; selector left loaded could become invalid under the kernel's feet (exec
; clears the TLS entries), and every interrupt would then fault on the
; way out. A segment register a process left invalid (its TLS entry
; changed, a forged sigcontext) faults as it is reloaded: the fixup loads
; 0 instead, as 2.6.32's RESTORE_REGS fixups do. An iret that faults (a bad user
; cs, ss or eip) is reported by do_trap_or_irq as a fault of the task.
section .fixup progbits alloc exec nowrite align=4
fix_ds:	mov dword [esp], 0
	jmp restore_ds
fix_es:	mov dword [esp], 0
	jmp restore_es
fix_fs:	mov dword [esp], 0
	jmp restore_fs
fix_gs:	mov dword [esp], 0
	jmp restore_gs
section __ex_table progbits alloc noexec nowrite align=4
	dd restore_ds, fix_ds
	dd restore_es, fix_es
	dd restore_fs, fix_fs
	dd restore_gs, fix_gs
section .text

; int $0x80: the system call. Interrupts stay on (a trap gate).
; A traced task (TIF_SYSCALL_TRACE, set by PTRACE_SYSCALL) leaves the
; fast path at entry and at exit, as 2.6.32's syscall_trace_entry and
; syscall_exit_work: one test of thread_info's flags each way costs the
; untraced task nothing more than the exit's test it always made.
global system_call
system_call:
	push eax			; orig_ax: the system call number
	SAVE_ALL
	mov ecx, esp
	and ecx, ~(THREAD_SIZE - 1)
	test dword [ecx + TI_flags], _TIF_WORK_SYSCALL_ENTRY
	jnz syscall_trace_entry
	cmp eax, NR_syscalls
	jae syscall_badsys
	call [sys_call_table + eax * 4]	; (no label before it: backtraces say system_call)
	mov [esp + PT_EAX], eax		; the return value
syscall_done:
	cli
	mov ecx, esp
	and ecx, ~(THREAD_SIZE - 1)
	test dword [ecx + TI_flags], _TIF_ALLWORK_MASK
	jz restore_all
	test dword [ecx + TI_flags], _TIF_WORK_SYSCALL_EXIT
	jz work_pending
	sti				; the exit stop (or single step's SIGTRAP)
	mov eax, esp
	push eax
	call syscall_trace_leave
	add esp, 4
	jmp syscall_exit
syscall_badsys:
	call ptregs_ni_syscall
	mov [esp + PT_EAX], eax
	jmp syscall_done

; The entry stop: the tracer sees %eax -ENOSYS and orig_eax the number,
; and may change the number (or the arguments) before the call is made;
; a number past the table skips the call, which returns %eax as it is.
syscall_trace_entry:
	mov dword [esp + PT_EAX], -ENOSYS
	mov eax, esp
	push eax
	call syscall_trace_enter	; returns the (new) number
	add esp, 4
	cmp eax, NR_syscalls
	jae syscall_done
	call [sys_call_table + eax * 4]
	mov [esp + PT_EAX], eax
	jmp syscall_done

; ptregs_NAME: call sys_NAME(struct pt_regs *) with the frame's address
%macro PTREGSCALL 1
global ptregs_%1
extern sys_%1
ptregs_%1:
	lea eax, [esp + 4]
	push eax
	call sys_%1
	add esp, 4
	ret
%endmacro
PTREGSCALL fork
PTREGSCALL vfork
PTREGSCALL clone
PTREGSCALL execve
PTREGSCALL sigreturn
PTREGSCALL rt_sigreturn
PTREGSCALL sigaltstack
PTREGSCALL ni_syscall

; The NMI (vector 2) comes here, not to common_entry. It builds the same
; struct pt_regs (orig_ax -1: no system call, as 2.6.32's nmi entry),
; calls do_nmi() (arch/x86/kernel/traps.c) and goes straight to
; restore_all, skipping ret_from_intr's preemption check and the
; return-to-user work, as Linux's nmi entry jumps to restore_all_notrace:
; the NMI may have hit code with interrupts off or a lock held that
; preempt_count does not show (the idle loop between local_irq_enable()
; and schedule()), and the CPU holds back further NMIs until our iret,
; so scheduling here would keep them blocked for as long as another task
; ran.
global nmi, vector_2
nmi:
vector_2:
	push dword -1			; orig_ax
	SAVE_ALL
	mov eax, esp
	push dword 0			; error_code
	push eax			; struct pt_regs *
	call do_nmi
	add esp, 8
	jmp restore_all

; ret_to_user - leave a kernel thread for user mode through a pt_regs
; (kernel_execve from the init task): the kernel stack is abandoned
; down to @regs, which becomes the frame the iret pops.
global ret_to_user
ret_to_user:
	mov esp, [esp + 4]
	jmp syscall_exit

; The double-fault task (arch/x86/kernel/doublefault_32.c) starts here, on its own
; stack, after a hardware task switch through the task gate of vector 8.
; The CPU pushed an error code (always 0). doublefault_fn() handles the
; fault; iret, with NT set, switches back to the interrupted task (whose
; saved state doublefault_fn may have changed). The CPU saves this task's
; state as it leaves, so the next double fault resumes at the jmp.
global doublefault_entry
extern doublefault_fn
doublefault_entry:
	add esp, 4			; the error code
	call doublefault_fn
	iret
	jmp doublefault_entry

; A new task's first instructions (kernel/fork.c:copy_process built its
; stack): __switch_to returned here with %eax = the task we came from.
; After schedule_tail() the stack holds fn and arg for
; kernel_thread_helper, which never returns; %ebp = 0 ends every
; backtrace here. A forked process has fn = NULL: it returns to user
; mode through the pt_regs copied from its parent, with %eax = 0.
ret_from_fork:
	push eax
	call schedule_tail
	add esp, 4
	cmp dword [esp], 0
	je .user
	xor ebp, ebp
	call kernel_thread_helper
	ud2
.user:
	add esp, 8			; fn and arg
	call schedule_tail_user
	jmp syscall_exit

; The stub addresses, indexed by vector, for arch/x86/kernel/traps.c:trap_init.
section .rodata
global interrupt_stubs
align 4
interrupt_stubs:
%assign v 0
%rep 48
	dd vector_ %+ v
%assign v v+1
%endrep

section .note.GNU-stack noalloc noexec nowrite progbits
