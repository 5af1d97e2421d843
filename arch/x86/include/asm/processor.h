/*
 * asm/processor.h - the CPU's own registers and instructions (i386).
 */
#ifndef _ASM_PROCESSOR_H
#define _ASM_PROCESSOR_H

#include <linux/types.h>

static inline unsigned long read_cr0(void)
{
	unsigned long v;

	__asm__ __volatile__("mov %%cr0, %0" : "=r"(v));
	return v;
}

static inline void write_cr0(unsigned long v)
{
	__asm__ __volatile__("mov %0, %%cr0" : : "r"(v) : "memory");
}

static inline unsigned long read_cr2(void)
{
	unsigned long v;

	__asm__ __volatile__("mov %%cr2, %0" : "=r"(v));
	return v;
}

static inline unsigned long read_cr3(void)
{
	unsigned long v;

	__asm__ __volatile__("mov %%cr3, %0" : "=r"(v));
	return v;
}

static inline void write_cr3(unsigned long v)
{
	__asm__ __volatile__("mov %0, %%cr3" : : "r"(v) : "memory");
}

static inline unsigned long read_cr4(void)
{
	unsigned long v;

	__asm__ __volatile__("mov %%cr4, %0" : "=r"(v));
	return v;
}

static inline void write_cr4(unsigned long v)
{
	__asm__ __volatile__("mov %0, %%cr4" : : "r"(v) : "memory");
}

/* set_in_cr4 - turn on feature bits of CR4 (2.6.32's, without its per-CPU copy) */
static inline void set_in_cr4(unsigned long mask)
{
	write_cr4(read_cr4() | mask);
}

static inline void cpuid(unsigned int op, unsigned int *eax, unsigned int *ebx,
			 unsigned int *ecx, unsigned int *edx)
{
	__asm__ __volatile__("cpuid"
			     : "=a"(*eax), "=b"(*ebx), "=c"(*ecx), "=d"(*edx)
			     : "0"(op), "2"(0));
}

/* halt - sleep until the next interrupt */
static inline void halt(void)
{
	__asm__ __volatile__("hlt" : : : "memory");
}

static inline void cpu_relax(void)
{
	__asm__ __volatile__("rep; nop" : : : "memory");
}

/*
 * TASK_SIZE - the end of user space: 3 GiB, where the kernel starts. A
 * KASAN kernel keeps its shadow just below (include/linux/kasan.h), so
 * its processes get 2.5 GiB.
 */
#ifdef CONFIG_KASAN
#define TASK_SIZE 0xA0000000UL
#else
#define TASK_SIZE 0xC0000000UL
#endif

/*
 * The task_struct cache's alignment (2.6.32's ARCH_MIN_TASKALIGN on
 * i386): thread.fpu inside it is fxsave's image, which must sit on 16
 * bytes, even when slab debugging's red zones would shift the object.
 */
#define ARCH_MIN_TASKALIGN 16

#define X86_CR0_WP 0x00010000UL
#define X86_CR0_PG 0x80000000UL
#define X86_EFLAGS_TF 0x00000100UL
#define X86_EFLAGS_IF 0x00000200UL
#define X86_EFLAGS_DF 0x00000400UL

#endif /* _ASM_PROCESSOR_H */
