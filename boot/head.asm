; head.asm - the first instructions of Linnet, from the boot loader to C.
;
; A multiboot loader (GRUB, or QEMU's -kernel) loads the image at physical
; 1 MiB and jumps to _start with paging off, EAX = 0x2BADB002 and EBX = the
; physical address of the multiboot information. The kernel is linked at
; 0xC0100000, in the top gigabyte, like Linux on i386 (PAGE_OFFSET is
; 0xC0000000). Until paging is on, every address must be corrected by
; subtracting PAGE_OFFSET by hand: that is what the V2P macro does.
;
; The boot page tables map the first 16 MiB of physical memory twice:
; at 0 (the identity map, so the instruction after "enable paging" can
; still be fetched) and at PAGE_OFFSET (where the kernel really lives):
;
;   virtual                                physical
;   0xC0000000 +------------+  --------->  0x00000000 +------------+
;              | 16 MiB     |                          | 16 MiB     |
;   0x00000000 +------------+  --------->  0x00000000 +------------+
;
; Once running at the high addresses the identity map is dropped, and page
; 0 is never mapped, so a NULL dereference faults. mm/ later replaces these
; tables with a direct map of all low memory. See docs/boot.md.

%define PAGE_OFFSET 0xC0000000
%define V2P(x) ((x) - PAGE_OFFSET)

MULTIBOOT_MAGIC     equ 0x1BADB002
MULTIBOOT_FLAGS     equ 0x00000003	; align modules to pages, give memory info
MULTIBOOT_CHECKSUM  equ -(MULTIBOOT_MAGIC + MULTIBOOT_FLAGS)

BOOT_MAP_TABLES     equ 4		; 4 page tables map 16 MiB
THREAD_SIZE         equ 8192
PTE_PRESENT_RW      equ 0x003
CR0_PG              equ 0x80000000
CR0_WP              equ 0x00010000

section .multiboot
align 4
	dd MULTIBOOT_MAGIC
	dd MULTIBOOT_FLAGS
	dd MULTIBOOT_CHECKSUM

section .head.text
global _start
extern start_kernel
extern gdt_descr
extern __bss_start, __bss_stop
_start:
	cli
	cld
	; Multiboot leaves ESP undefined: no push before the stack is set up.
	; The loader's EAX and EBX wait in ESI and EBX.
	mov esi, eax
	; The first timestamp: under QEMU -icount the TSC counts instructions,
	; so `make bench` reports the instructions from here to the banner.
	rdtsc
	mov ebp, eax
	; Clear .bss ourselves, as Linux's head_32.S does: a loader need not
	; zero the part of the image the file does not hold.
	mov edi, V2P(__bss_start)
	mov ecx, V2P(__bss_stop)
	sub ecx, edi
	shr ecx, 2
	xor eax, eax
	rep stosd
	mov [V2P(boot_tsc)], ebp
	mov [V2P(boot_tsc + 4)], edx
	mov [V2P(multiboot_magic)], esi
	mov [V2P(multiboot_info_phys)], ebx

	; Fill the boot page tables: entry i maps physical page i.
	mov edi, V2P(boot_pg_tables)
	mov eax, PTE_PRESENT_RW
	mov ecx, BOOT_MAP_TABLES * 1024
.fill:
	mov [edi], eax
	add eax, 4096
	add edi, 4
	loop .fill
	; Page 0 stays unmapped: a NULL pointer must fault.
	mov dword [V2P(boot_pg_tables)], 0

	; Point both the identity slots and the PAGE_OFFSET slots at them.
	mov edi, V2P(swapper_pg_dir)
	mov eax, V2P(boot_pg_tables) + PTE_PRESENT_RW
	mov ecx, BOOT_MAP_TABLES
	xor ebx, ebx
.dir:
	mov [edi + ebx * 4], eax
	mov [edi + ebx * 4 + (PAGE_OFFSET >> 22) * 4], eax
	add eax, 4096
	inc ebx
	loop .dir

	mov eax, V2P(swapper_pg_dir)
	mov cr3, eax
	mov eax, cr0
	or eax, CR0_PG | CR0_WP
	mov cr0, eax

	; Paging is on; jump to the high addresses.
	lea ecx, [high_half]
	jmp ecx

section .text
high_half:
	; Our own GDT (arch/x86/kernel/cpu/common.c), so segment loads no longer depend on
	; the boot loader's table in memory we are about to unmap.
	lgdt [gdt_descr]
	jmp 0x60:.reload_cs		; __KERNEL_CS
.reload_cs:
	mov ax, 0x68			; __KERNEL_DS
	mov ds, ax
	mov es, ax
	mov ss, ax
	xor ax, ax
	mov fs, ax
	mov gs, ax

	; Drop the identity map: from here on low addresses fault.
	mov edi, swapper_pg_dir
	mov ecx, BOOT_MAP_TABLES
.unmap:
	mov dword [edi], 0
	add edi, 4
	loop .unmap
	mov eax, cr3
	mov cr3, eax

	mov esp, init_thread_union + THREAD_SIZE
	xor ebp, ebp			; the backtrace stops here
	call start_kernel
.halt:
	cli
	hlt
	jmp .halt

section .data
global boot_tsc, multiboot_magic, multiboot_info_phys
align 8
boot_tsc:		dq 0
multiboot_magic:	dd 0
multiboot_info_phys:	dd 0

section .bss.page_aligned nobits alloc write align=8192
global swapper_pg_dir, boot_pg_tables, init_thread_union
alignb 4096
swapper_pg_dir:		resb 4096
boot_pg_tables:		resb 4096 * BOOT_MAP_TABLES
alignb THREAD_SIZE
init_thread_union:	resb THREAD_SIZE

section .note.GNU-stack noalloc noexec nowrite progbits
