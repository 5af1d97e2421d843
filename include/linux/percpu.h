/*
 * percpu.h - one copy of a variable per CPU (one CPU here: one copy).
 *
 * DEFINE_PER_CPU(int, counter) gives every CPU its own counter, so CPUs
 * never share the cache line; per_cpu(counter, cpu) names a CPU's copy
 * and get_cpu_var(counter) the running CPU's, with preemption off until
 * put_cpu_var(). On Linnet's single CPU each is one ordinary variable,
 * and the preemption rules are the same as Linux's.
 */
#ifndef _LINUX_PERCPU_H
#define _LINUX_PERCPU_H

#include <linux/preempt.h>
#include <linux/smp.h>
#include <linux/slab.h> /* as 2.6.32: for kmalloc() */

#define DEFINE_PER_CPU(type, name) __typeof__(type) per_cpu__##name
#define DECLARE_PER_CPU(type, name) extern __typeof__(type) per_cpu__##name

#define per_cpu(var, cpu) (*((void)(cpu), &per_cpu__##var))
#define __get_cpu_var(var) per_cpu__##var
#define __raw_get_cpu_var(var) per_cpu__##var
#define get_cpu_var(var) (*({ preempt_disable(); &__get_cpu_var(var); }))
#define put_cpu_var(var) preempt_enable()

#endif /* _LINUX_PERCPU_H */
