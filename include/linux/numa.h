/*
 * numa.h - NUMA node numbers.
 *
 * A NUMA machine has several memory nodes, each near some CPUs, and the
 * allocators take a node number to say where memory should come from
 * (kmalloc_node(), alloc_pages_node()). Linnet, like a 2.6.32 i386 kernel
 * built without CONFIG_NUMA, has one node: node 0. NUMA_NO_NODE (-1)
 * means "any node" (Linux 3.9 named it; 2.6.32 wrote -1). See
 * docs/memory.md.
 */
#ifndef _LINUX_NUMA_H
#define _LINUX_NUMA_H

#define NODES_SHIFT 0
#define MAX_NUMNODES (1 << NODES_SHIFT)
#define NUMA_NO_NODE (-1)

#endif /* _LINUX_NUMA_H */
