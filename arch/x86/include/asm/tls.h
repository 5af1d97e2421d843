/*
 * asm/tls.h - thread-local storage segments: set_thread_area's struct user_desc.
 */
#ifndef _ASM_TLS_H
#define _ASM_TLS_H

#include <linux/types.h>
#include <linux/compiler.h>

/**
 * struct user_desc - a segment descriptor as user space describes it (Linux's ABI)
 * @entry_number: the GDT entry (6 to 8), or -1 to ask for a free one
 * @base_addr: the segment's base (the thread's TLS block)
 * @limit: its limit
 * @seg_32bit: a 32-bit segment
 * @contents: 0 data, 1 stack, 2 code
 * @read_exec_only: read-only (data) or execute-only (code)
 * @limit_in_pages: the limit counts 4 KiB pages
 * @seg_not_present: the segment is absent
 * @useable: the AVL bit
 */
struct user_desc {
	unsigned int entry_number;
	unsigned int base_addr;
	unsigned int limit;
	unsigned int seg_32bit : 1;
	unsigned int contents : 2;
	unsigned int read_exec_only : 1;
	unsigned int limit_in_pages : 1;
	unsigned int seg_not_present : 1;
	unsigned int useable : 1;
};

struct task_struct;
int do_set_thread_area(struct task_struct *p, struct user_desc __user *u_info);
u64 fill_ldt(const struct user_desc *info);

#endif /* _ASM_TLS_H */
