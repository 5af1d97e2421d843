/*
 * smp.h - which CPU am I on? On Linnet, always CPU 0.
 *
 * Linnet runs on one CPU (as a Linux kernel built without CONFIG_SMP).
 * The SMP interface still exists, so that code written for Linux -
 * "get_cpu(); ... per_cpu(counter, cpu)++; put_cpu();" - compiles and
 * means the same: get_cpu() disables preemption, so the task cannot move
 * (on SMP) or be interleaved (here) while it uses the CPU's data.
 */
#ifndef _LINUX_SMP_H
#define _LINUX_SMP_H

#include <linux/preempt.h>

#define NR_CPUS 1
#define smp_processor_id() 0
#define raw_smp_processor_id() 0
#define num_online_cpus() 1U
#define num_possible_cpus() 1U
#define cpu_online(cpu) ((cpu) == 0)
#define for_each_possible_cpu(cpu) for ((cpu) = 0; (cpu) < 1; (cpu)++)
#define for_each_online_cpu(cpu) for_each_possible_cpu(cpu)

/* get_cpu - the current CPU, with preemption disabled until put_cpu() */
#define get_cpu() ({ preempt_disable(); smp_processor_id(); })
#define put_cpu() preempt_enable()

#endif /* _LINUX_SMP_H */
