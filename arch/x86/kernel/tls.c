/*
 * tls.c - set_thread_area: a thread's own segment for thread-local storage.
 *
 * glibc on i386 reaches a thread's variables through %gs: each thread has
 * a GDT segment whose base is its TLS block. The GDT has three entries
 * for this (6 to 8, GDT_ENTRY_TLS_MIN..MAX); each task keeps its own
 * three descriptors in thread.tls_array, and __switch_to copies them into
 * the GDT when the task runs (arch/x86/kernel/process_32.c:load_TLS). A
 * user selector for entry 6 is 6 * 8 + 3 = 0x33.
 *
 * The descriptor is built from struct user_desc as 2.6.32's fill_ldt
 * does, always with DPL 3 and never a system segment, so user mode can
 * describe only what it could reach anyway. A conforming code segment
 * is refused (as later Linux does; 2.6.32 allowed it). See
 * docs/processes.md.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <asm/desc.h>
#include <asm/tls.h>
#include <asm/uaccess.h>

/* The "empty" descriptor user space asks for to clear an entry */
static bool desc_empty(const struct user_desc *info)
{
	return !info->base_addr && !info->limit && !info->contents && info->read_exec_only &&
	       !info->seg_32bit && !info->limit_in_pages && info->seg_not_present && !info->useable;
}

/**
 * fill_ldt - the descriptor a struct user_desc describes (TLS and LDT entries)
 * @info: the user's description
 *
 * Always DPL 3 and a code or data segment, never a system one.
 *
 * Context: any.
 * Return: the 8-byte descriptor.
 */
u64 fill_ldt(const struct user_desc *info)
{
	u32 a = ((info->base_addr & 0x0000ffff) << 16) | (info->limit & 0x0ffff);
	u32 b = (info->base_addr & 0xff000000) | ((info->base_addr & 0x00ff0000) >> 16) |
		(info->limit & 0xf0000) | ((info->read_exec_only ^ 1) << 9) |
		(info->contents << 10) | ((info->seg_not_present ^ 1) << 15) |
		(info->seg_32bit << 22) | (info->limit_in_pages << 23) | (info->useable << 20) |
		0x7000; /* S = 1 (code or data), DPL = 3 */

	return ((u64)b << 32) | a;
}

static int free_tls_entry(struct task_struct *p)
{
	int i;

	for (i = 0; i < GDT_ENTRY_TLS_ENTRIES; i++)
		if (!p->thread.tls_array[i])
			return i + GDT_ENTRY_TLS_MIN;
	return -ESRCH;
}

/**
 * do_set_thread_area - set one of a task's TLS descriptors
 * @p: the task (current, or a child being created with CLONE_SETTLS)
 * @u_info: the user's struct user_desc; entry_number -1 asks for a free
 *          entry, whose number is written back
 *
 * Context: process context; may sleep.
 * Return: 0, -EFAULT, -EINVAL (entry outside 6-8, a conforming code
 * segment), -ESRCH (no free entry).
 */
int do_set_thread_area(struct task_struct *p, struct user_desc __user *u_info)
{
	struct user_desc info;
	int idx;

	if (copy_from_user(&info, u_info, sizeof(info)))
		return -EFAULT;
	idx = info.entry_number;
	if (idx == -1) {
		idx = free_tls_entry(p);
		if (idx < 0)
			return idx;
		if (put_user(idx, &u_info->entry_number))
			return -EFAULT;
	}
	if (idx < GDT_ENTRY_TLS_MIN || idx > GDT_ENTRY_TLS_MAX)
		return -EINVAL;
	if (!desc_empty(&info) && info.contents == 3 && !info.seg_not_present)
		return -EINVAL;
	p->thread.tls_array[idx - GDT_ENTRY_TLS_MIN] = desc_empty(&info) ? 0 : fill_ldt(&info);
	if (p == current)
		gdt_table[idx] = p->thread.tls_array[idx - GDT_ENTRY_TLS_MIN];
	return 0;
}

/**
 * sys_set_thread_area - set a TLS descriptor of the calling thread (system call 243)
 * @u_info: the user's struct user_desc
 *
 * Context: process context (system call).
 * Return: as do_set_thread_area().
 */
asmlinkage long sys_set_thread_area(struct user_desc __user *u_info)
{
	return do_set_thread_area(current, u_info);
}

/**
 * sys_get_thread_area - read back a TLS descriptor (system call 244)
 * @u_info: the user's struct user_desc; entry_number says which
 *
 * Context: process context (system call).
 * Return: 0, -EFAULT or -EINVAL.
 */
asmlinkage long sys_get_thread_area(struct user_desc __user *u_info)
{
	struct user_desc info;
	unsigned int idx;
	u64 d;
	u32 a, b;

	if (get_user(idx, &u_info->entry_number))
		return -EFAULT;
	if (idx < GDT_ENTRY_TLS_MIN || idx > GDT_ENTRY_TLS_MAX)
		return -EINVAL;
	d = current->thread.tls_array[idx - GDT_ENTRY_TLS_MIN];
	a = d;
	b = d >> 32;
	memset(&info, 0, sizeof(info));
	info.entry_number = idx;
	info.base_addr = (a >> 16) | ((b & 0xff) << 16) | (b & 0xff000000);
	info.limit = (a & 0xffff) | (b & 0xf0000);
	info.seg_32bit = (b >> 22) & 1;
	info.contents = (b >> 10) & 3;
	info.read_exec_only = !((b >> 9) & 1);
	info.limit_in_pages = (b >> 23) & 1;
	info.seg_not_present = !((b >> 15) & 1);
	info.useable = (b >> 20) & 1;
	return copy_to_user(u_info, &info, sizeof(info)) ? -EFAULT : 0;
}
