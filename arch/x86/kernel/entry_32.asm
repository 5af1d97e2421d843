; entry_32.asm - the way into the kernel from an exception or an interrupt.
;
; Every vector the IDT uses has a tiny stub here. The CPU has already
; pushed eflags, cs and eip (and, for some exceptions, an error code); the
; stub pushes a zero error code where the CPU gave none, so every frame
; has the same shape, then the vector number, and jumps to common_entry.
; common_entry saves the remaining registers, making a struct pt_regs
; (arch/x86/include/asm/ptrace.h), and calls do_trap_or_irq() in C with a pointer
; to it. On the way out it restores everything and returns with iret.
;
;   higher addresses
;   | eflags      |  pushed by the CPU
;   | cs          |
;   | eip         |
;   | error code  |  by the CPU, or 0 by the stub
;   | vector      |  by the stub
;   | gs fs es ds |  by common_entry
;   | eax ebp edi esi edx ecx ebx |  <- esp = struct pt_regs *
;   lower addresses
;
; Before the registers are restored, the return path checks whether the
; interrupted task should be preempted: if its preempt count is 0, it had
; interrupts on, and TIF_NEED_RESCHED is set, it calls
; preempt_schedule_irq() (kernel/sched.c), as Linux's resume_kernel does.
; The NMI has a stub of its own (nmi) that never preempts. A new task
; starts in ret_from_fork. See docs/interrupts.md and
; docs/sched.md.

%define __KERNEL_DS 0x68
%define THREAD_SIZE 8192
%define TI_flags 4		; offsetof(struct thread_info, flags)
%define TI_preempt_count 8	; offsetof(struct thread_info, preempt_count)
%define TIF_NEED_RESCHED 3
%define PT_EFLAGS 60		; offsetof(struct pt_regs, flags)
%define X86_EFLAGS_IF 0x200

section .text

extern do_trap_or_irq, do_nmi, preempt_schedule_irq, schedule_tail, kernel_thread_helper

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
STUB_NOERR v
%assign v v+1
%endrep

global common_entry, ret_from_intr, ret_from_fork
common_entry:
	cld
	push gs
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
	mov eax, __KERNEL_DS
	mov ds, eax
	mov es, eax
	push esp			; struct pt_regs *
	call do_trap_or_irq
	add esp, 4
ret_from_intr:
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
restore_all:
	pop ebx
	pop ecx
	pop edx
	pop esi
	pop edi
	pop ebp
	pop eax
	pop ds
	pop es
	pop fs
	pop gs
	add esp, 8			; vector and error code
	iret

; The NMI (vector 2) comes here, not to common_entry. It builds the same
; struct pt_regs, calls do_nmi() (arch/x86/kernel/traps.c) and goes
; straight to restore_all, skipping ret_from_intr's preemption check, as
; Linux's nmi entry jumps to restore_all_notrace: the NMI may have hit
; code with interrupts off or a lock held that preempt_count does not show
; (the idle loop between local_irq_enable() and schedule()), and the CPU
; holds back further NMIs until our iret, so scheduling here would keep
; them blocked for as long as another task ran.
global nmi, vector_2
nmi:
vector_2:
	push dword 0			; no error code
	push dword 2			; the vector
	cld
	push gs
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
	mov eax, __KERNEL_DS
	mov ds, eax
	mov es, eax
	mov eax, esp
	push dword 0			; error_code
	push eax			; struct pt_regs *
	call do_nmi
	add esp, 8
	jmp restore_all

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
; stack): switch_to jumped here with %eax = the task we came from. After
; schedule_tail() the stack holds fn and arg for kernel_thread_helper,
; which never returns; %ebp = 0 ends every backtrace here.
ret_from_fork:
	push eax
	call schedule_tail
	add esp, 4
	xor ebp, ebp
	call kernel_thread_helper
	ud2

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
