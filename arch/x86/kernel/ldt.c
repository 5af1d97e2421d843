/*
 * ldt.c - modify_ldt: a process's own segment descriptors.
 *
 * Besides the GDT, which every process shares, an i386 CPU looks up a
 * selector with the TI bit set (selector & 4) in the local descriptor
 * table the LDTR points at. Linux gives each address space one, empty
 * until the program writes an entry with modify_ldt(1 or 0x11, ...):
 * Wine and dosemu describe Windows' and DOS's segments there, and old
 * threading libraries put their thread pointer in it. Entry n's selector
 * is n * 8 + 4 + 3 (TI, RPL 3): entry 0 is 0x7.
 *
 * The table lives in mm->context (asm/mmu.h) and grows by whole pages of
 * 512 descriptors (alloc_ldt) up to LDT_ENTRIES. When the CPU switches to
 * an address space, switch_mm() points the GDT's LDT entry (17) at its
 * table and loads the LDTR (load_LDT_nolock), or loads a null LDTR when
 * it has none, so a stale selector of another process faults. fork
 * copies the table (init_new_context), exec starts without one, the
 * last user of the address space frees it (destroy_context). A user
 * descriptor is built by arch/x86/kernel/tls.c:fill_ldt, always DPL 3
 * and never a system segment, so a process describes only memory it can
 * reach anyway; a segment register that an entry's change makes invalid
 * faults as it is reloaded on the way back to user mode, where
 * entry_32.asm's fixups load 0 instead.
 *
 * As Linux 2.6.32's arch/x86/kernel/ldt.c on a uniprocessor, except that
 * the table is always kmalloc'd (2.6.32 vmallocs one above a page; a
 * vmalloc'd LDT would need the page tables of every process to map it
 * before the CPU reads it). Read next: arch/x86/kernel/tls.c,
 * docs/processes.md.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/mutex.h>
#include <linux/errno.h>
#include <asm/desc.h>
#include <asm/tls.h>
#include <asm/ldt.h>
#include <asm/mmu_context.h>
#include <asm/uaccess.h>

/* The descriptors per page: the table grows by these */
#define LDT_ENTRIES_PER_PAGE (PAGE_SIZE / LDT_ENTRY_SIZE)

/**
 * load_LDT_nolock - make @pc's table the CPU's LDT, or load none
 * @pc: the address space's context
 *
 * Context: preemption off (switch_mm, or a caller that holds @pc's lock
 * with preemption disabled around the call).
 */
void load_LDT_nolock(mm_context_t *pc)
{
	unsigned short sel = 0;

	if (pc->size) {
		set_ldt_desc(pc->ldt, pc->size);
		sel = GDT_ENTRY_LDT * 8;
	}
	__asm__ __volatile__("lldt %w0" : : "r"(sel));
}

/*
 * alloc_ldt - grow @pc's table to hold @mincount entries (rounded up to
 * a page of them): the old entries are copied, the new ones empty, and
 * the CPU reloads it if it is the running process's (@reload).
 */
static int alloc_ldt(mm_context_t *pc, int mincount, int reload)
{
	void *newldt, *oldldt;
	int oldsize = pc->size;

	mincount = ALIGN(mincount, LDT_ENTRIES_PER_PAGE);
	if (mincount <= oldsize)
		return 0;
	newldt = kzalloc(mincount * LDT_ENTRY_SIZE, GFP_KERNEL);
	if (!newldt)
		return -ENOMEM;
	if (oldsize)
		memcpy(newldt, pc->ldt, oldsize * LDT_ENTRY_SIZE);
	oldldt = pc->ldt;
	preempt_disable();
	pc->ldt = newldt;
	pc->size = mincount;
	if (reload)
		load_LDT_nolock(pc);
	preempt_enable();
	kfree(oldldt);
	return 0;
}

/**
 * init_new_context - fork's part: the child's address space gets a copy of the LDT
 * @mm: the new address space
 * @oldmm: the parent's
 *
 * Context: process context (dup_mm); may sleep.
 * Return: 0 or -ENOMEM.
 */
int init_new_context(struct mm_struct *mm, struct mm_struct *oldmm)
{
	int err = 0;

	mutex_init(&mm->context.lock);
	mm->context.size = 0;
	mm->context.ldt = NULL;
	if (!oldmm || !oldmm->context.size)
		return 0;
	mutex_lock(&oldmm->context.lock);
	err = alloc_ldt(&mm->context, oldmm->context.size, 0);
	if (!err)
		memcpy(mm->context.ldt, oldmm->context.ldt, oldmm->context.size * LDT_ENTRY_SIZE);
	mutex_unlock(&oldmm->context.lock);
	return err;
}

/**
 * destroy_context - free an address space's LDT
 * @mm: the address space, no longer used
 *
 * Context: process context (mmdrop).
 */
void destroy_context(struct mm_struct *mm)
{
	if (!mm->context.size)
		return;
	if (mm == current->active_mm) /* never left loaded on a freed table */
		__asm__ __volatile__("lldt %w0" : : "r"(0));
	kfree(mm->context.ldt);
	mm->context.ldt = NULL;
	mm->context.size = 0;
}

/* read_ldt - modify_ldt(0): copy the table out, zero-filled to @bytecount */
static int read_ldt(void __user *ptr, unsigned long bytecount)
{
	struct mm_struct *mm = current->mm;
	unsigned long size;
	int err = 0;

	if (!mm->context.size)
		return 0;
	if (bytecount > LDT_ENTRY_SIZE * LDT_ENTRIES)
		bytecount = LDT_ENTRY_SIZE * LDT_ENTRIES;
	mutex_lock(&mm->context.lock);
	size = min_t(unsigned long, mm->context.size *LDT_ENTRY_SIZE, bytecount);
	if (copy_to_user(ptr, mm->context.ldt, size))
		err = -EFAULT;
	mutex_unlock(&mm->context.lock);
	if (err)
		return err;
	if (size != bytecount && clear_user(ptr + size, bytecount - size))
		return -EFAULT;
	return bytecount;
}

/* read_default_ldt - modify_ldt(2): the "default LDT" of five empty entries, as zeroes */
static int read_default_ldt(void __user *ptr, unsigned long bytecount)
{
	unsigned long size = 5 * LDT_ENTRY_SIZE;

	if (bytecount > size)
		bytecount = size;
	if (clear_user(ptr, bytecount))
		return -EFAULT;
	return bytecount;
}

/* ldt_empty - the description user space gives to clear an entry (2.6.32's LDT_empty) */
static bool ldt_empty(const struct user_desc *info)
{
	return !info->base_addr && !info->limit && !info->contents && info->read_exec_only &&
	       !info->seg_32bit && !info->limit_in_pages && info->seg_not_present && !info->useable;
}

/* The AVL bit (bit 52 of a descriptor), which the old mode does not set */
#define DESC_AVL (1ULL << 52)

/*
 * write_ldt - modify_ldt(1) (@oldmode) or modify_ldt(0x11): set one entry,
 * growing the table to reach it. A base and a limit of 0 clear the entry
 * in the old mode, and in the new one when the rest says "empty" too.
 */
static int write_ldt(void __user *ptr, unsigned long bytecount, int oldmode)
{
	struct mm_struct *mm = current->mm;
	struct user_desc info;
	u64 desc = 0;
	int error;

	if (bytecount != sizeof(info))
		return -EINVAL;
	if (copy_from_user(&info, ptr, sizeof(info)))
		return -EFAULT;
	if (info.entry_number >= LDT_ENTRIES)
		return -EINVAL;
	/* a conforming code segment only when not present, and never in the old mode */
	if (info.contents == 3 && (oldmode || !info.seg_not_present))
		return -EINVAL;
	mutex_lock(&mm->context.lock);
	if (info.entry_number >= (unsigned int)mm->context.size) {
		error = alloc_ldt(&mm->context, info.entry_number + 1, 1);
		if (error)
			goto out_unlock;
	}
	if (!(!info.base_addr && !info.limit && (oldmode || ldt_empty(&info)))) {
		desc = fill_ldt(&info);
		if (oldmode)
			desc &= ~DESC_AVL;
	}
	((u64 *)mm->context.ldt)[info.entry_number] = desc;
	error = 0;
out_unlock:
	mutex_unlock(&mm->context.lock);
	return error;
}

/**
 * sys_modify_ldt - modify_ldt(2): read or write the process's LDT (system call 123)
 * @func: 0 read, 1 write (old mode), 2 read the default LDT, 0x11 write
 * @ptr: the buffer (read) or the struct user_desc (write)
 * @bytecount: the buffer's size; sizeof(struct user_desc) for a write
 *
 * Context: process context (system call); may sleep.
 * Return: bytes read (0 without an LDT), 0 for a write; -ENOSYS for
 * another @func, -EINVAL (a bad size, entry or descriptor), -EFAULT,
 * -ENOMEM.
 */
asmlinkage long sys_modify_ldt(int func, void __user *ptr, unsigned long bytecount)
{
	switch (func) {
	case 0:
		return read_ldt(ptr, bytecount);
	case 1:
		return write_ldt(ptr, bytecount, 1);
	case 2:
		return read_default_ldt(ptr, bytecount);
	case 0x11:
		return write_ldt(ptr, bytecount, 0);
	}
	return -ENOSYS;
}
