/*
 * barrier.h - memory barriers on i386, for one CPU.
 *
 * A barrier orders memory accesses: those before it are done before those
 * after it. Two things can reorder: the compiler (always) and the CPU
 * (only as other CPUs could see it). x86 keeps stores in order with
 * stores and loads with loads, and Linnet runs on one CPU, where an
 * interrupt always sees the interrupted code's accesses in program order.
 * So the smp_*() barriers, which order accesses against other CPUs and
 * interrupt handlers, need only stop the compiler: barrier(). The
 * mandatory mb()/rmb()/wmb() order against devices too and are real
 * fence instructions (the i686 baseline has the locked add, not mfence).
 * See lib/kfifo.c for a user and docs/drivers.md.
 */
#ifndef _ASM_X86_BARRIER_H
#define _ASM_X86_BARRIER_H

#include <linux/compiler.h>

#define mb() __asm__ __volatile__("lock; addl $0,0(%%esp)" : : : "memory")
#define rmb() mb()
#define wmb() barrier()

#define smp_mb() barrier()
#define smp_rmb() barrier()
#define smp_wmb() barrier()

#endif /* _ASM_X86_BARRIER_H */
