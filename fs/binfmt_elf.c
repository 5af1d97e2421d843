/*
 * binfmt_elf.c - loading an ELF32 program: its segments, its stack, its entry.
 *
 * load_elf_binary() checks the header (the magic, 32-bit, little-endian,
 * i386, ET_EXEC or ET_DYN, program headers that fit in the file); any
 * mismatch is -ENOEXEC and the old program goes on. Then, past
 * flush_old_exec(), each PT_LOAD segment becomes a vma at p_vaddr
 * (plus a load bias for ET_DYN, a static-PIE program: 2.6.32's
 * ELF_ET_DYN_BASE, two thirds of TASK_SIZE) holding p_filesz bytes of
 * the file and zeroes up to p_memsz; the heap (brk) starts at the first
 * page after the highest segment; and create_elf_tables() builds the
 * initial stack Linux's i386 ABI promises, from %esp upward:
 *
 *   argc | argv[0..argc-1] NULL | envp[..] NULL | auxv (key, value)...
 *   AT_NULL | ... the random bytes, "i686", the strings (fs/exec.c)
 *
 * The auxiliary vector tells the C library where the program headers
 * are (AT_PHDR: glibc finds its TLS segment there), the page size, the
 * clock tick, the user ids, 16 random bytes (AT_RANDOM: the stack
 * protector's canary), the file name and the platform.
 *
 * The headers are read from the program file with kernel_read() (fs/exec.c
 * opened it); the segments are not read at all but mapped, as 2.6.32's
 * elf_map() does: each PT_LOAD becomes a private file mapping of the
 * file's pages that hold it (MAP_PRIVATE | MAP_DENYWRITE, so the program
 * file cannot be written while it runs: -ETXTBSY). Every process running
 * the program shares the page-cache pages until it writes one (a
 * copy-on-write fault gives it its own copy). Where p_memsz exceeds
 * p_filesz the rest is bss: the last file page is zeroed past p_filesz
 * (padzero: the file's bytes there belong to something else) and whole
 * pages after it are anonymous memory made by do_brk (set_brk), where
 * the heap then starts.
 *
 *   file:   | hdr | text ............ | rodata ... | data ..|xx|
 *   memory: [ r-- ][ r-x ............ ][ r-- ...... ][ rw- data|00][bss..][heap ->
 *            file pages, private                         padzero  do_brk  brk
 *
 * Programs with an interpreter
 * (PT_INTERP: dynamically linked) are refused with -ENOEXEC: only
 * static programs run. No vDSO: AT_SYSINFO is absent, so the C library
 * uses int $0x80. See docs/processes.md.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/binfmts.h>
#include <linux/elf.h>
#include <linux/auxvec.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/rwsem.h>
#include <linux/bug.h>
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/slab.h>
#include <asm/processor.h>
#include <asm/tsc.h>
#include <asm/uaccess.h>

#define ELF_ET_DYN_BASE (TASK_SIZE / 3 * 2)
#define EM_486 6 /* include/linux/elf-em.h: accepted beside EM_386 */
#define ELF_PLATFORM "i686"
#define AUXV_WORDS (2 * 18)

static bool elf_check(const Elf32_Ehdr *eh, unsigned long size)
{
	if (memcmp(eh->e_ident, ELFMAG, SELFMAG) || eh->e_ident[EI_CLASS] != ELFCLASS32 ||
	    eh->e_ident[EI_DATA] != ELFDATA2LSB)
		return false;
	if (eh->e_type != ET_EXEC && eh->e_type != ET_DYN)
		return false;
	if (eh->e_machine != EM_386 && eh->e_machine != EM_486)
		return false;
	if (eh->e_phentsize != sizeof(Elf32_Phdr) || eh->e_phnum < 1 ||
	    eh->e_phnum > 65536U / sizeof(Elf32_Phdr))
		return false;
	return eh->e_phoff < size && eh->e_phnum * sizeof(Elf32_Phdr) <= size - eh->e_phoff;
}

/* Is every PT_LOAD inside the file and user space, with no interpreter? */
static int check_segments(const Elf32_Phdr *ph, int n, unsigned long size, unsigned long bias)
{
	int i, loads = 0;

	for (i = 0; i < n; i++) {
		if (ph[i].p_type == PT_INTERP)
			return -ENOEXEC;
		if (ph[i].p_type != PT_LOAD)
			continue;
		loads++;
		if (ph[i].p_offset > size || ph[i].p_filesz > size - ph[i].p_offset ||
		    ph[i].p_filesz > ph[i].p_memsz)
			return -ENOEXEC;
		if (ph[i].p_vaddr + bias < mmap_min_addr || ph[i].p_memsz > TASK_SIZE ||
		    ph[i].p_vaddr + bias > TASK_SIZE - ph[i].p_memsz)
			return -ENOEXEC;
		if ((ph[i].p_vaddr - ph[i].p_offset) & ~PAGE_MASK)
			return -ENOEXEC; /* file and memory must agree modulo the page */
	}
	return loads ? 0 : -ENOEXEC;
}

static unsigned long elf_prot(u32 p_flags)
{
	return (p_flags & PF_R ? PROT_READ : 0) | (p_flags & PF_W ? PROT_WRITE : 0) |
	       (p_flags & PF_X ? PROT_EXEC : 0);
}

#define ELF_MIN_ALIGN PAGE_SIZE
#define ELF_PAGESTART(v) ((v) & ~(unsigned long)(ELF_MIN_ALIGN - 1))
#define ELF_PAGEOFFSET(v) ((v) & (ELF_MIN_ALIGN - 1))
#define ELF_PAGEALIGN(v) (((v) + ELF_MIN_ALIGN - 1) & ~(ELF_MIN_ALIGN - 1))

/* Map the file pages holding a segment's p_filesz bytes at its address (2.6.32's elf_map) */
static unsigned long elf_map(struct file *filep, unsigned long addr, const Elf32_Phdr *eppnt,
			     int prot, int type)
{
	unsigned long size = ELF_PAGEALIGN(eppnt->p_filesz + ELF_PAGEOFFSET(eppnt->p_vaddr));
	unsigned long off = eppnt->p_offset - ELF_PAGEOFFSET(eppnt->p_vaddr);
	unsigned long map_addr;

	addr = ELF_PAGESTART(addr);
	if (!size) /* a segment of bss alone: set_brk maps it */
		return addr;
	down_write(&current->mm->mmap_sem);
	map_addr = do_mmap(filep, addr, size, prot, type, off);
	up_write(&current->mm->mmap_sem);
	return map_addr;
}

/* Anonymous pages for the bss beyond the last file page; the heap starts at @end */
static int set_brk(unsigned long start, unsigned long end)
{
	start = ELF_PAGEALIGN(start);
	end = ELF_PAGEALIGN(end);
	if (end > start) {
		unsigned long addr;

		down_write(&current->mm->mmap_sem);
		addr = do_brk(start, end - start);
		up_write(&current->mm->mmap_sem);
		if (IS_ERR_VALUE(addr))
			return addr;
	}
	current->mm->start_brk = current->mm->brk = end;
	return 0;
}

/* Zero the last file page of a segment past its file bytes: the start of its bss */
static int padzero(unsigned long elf_bss, unsigned long limit)
{
	unsigned long nbyte = ELF_PAGEOFFSET(elf_bss);

	if (!nbyte)
		return 0;
	nbyte = min(ELF_MIN_ALIGN - nbyte, limit);
	return clear_user((void __user *)elf_bss, nbyte) ? -EFAULT : 0;
}

/* The program headers, read from the file; NULL with *err set on failure */
static Elf32_Phdr *read_phdrs(struct linux_binprm *bprm, const Elf32_Ehdr *eh, int *err)
{
	unsigned long size = eh->e_phnum * sizeof(Elf32_Phdr);
	Elf32_Phdr *ph = kmalloc(size, GFP_KERNEL);
	int n;

	*err = -ENOMEM;
	if (!ph)
		return NULL;
	n = kernel_read(bprm->file, eh->e_phoff, (char *)ph, size);
	if (n != (int)size) {
		kfree(ph);
		*err = n < 0 ? n : -EIO;
		return NULL;
	}
	return ph;
}

/* Where the program headers are in memory: inside the segment holding that file offset */
static unsigned long phdr_addr(const Elf32_Ehdr *eh, const Elf32_Phdr *ph, unsigned long bias)
{
	int i;

	for (i = 0; i < eh->e_phnum; i++) {
		if (ph[i].p_type == PT_PHDR)
			return ph[i].p_vaddr + bias;
		if (ph[i].p_type == PT_LOAD && ph[i].p_offset <= eh->e_phoff &&
		    eh->e_phoff < ph[i].p_offset + ph[i].p_filesz)
			return ph[i].p_vaddr + bias + eh->e_phoff - ph[i].p_offset;
	}
	return 0;
}

static unsigned long put_bytes(unsigned long *p, const void *bytes, unsigned long len)
{
	*p -= len;
	return copy_to_user((void __user *)*p, bytes, len) ? 0 : *p;
}

static u32 elf_hwcap(void)
{
	unsigned int a, b, c, d;

	cpuid(1, &a, &b, &c, &d);
	return d;
}

struct elf_info {
	unsigned long entry, phdr, phnum;
};

/* Fill the auxiliary vector in @auxv (AUXV_WORDS words) */
static void fill_auxv(u32 *auxv, const struct elf_info *ei, unsigned long random,
		      unsigned long platform, unsigned long execfn)
{
	const struct cred *c = &current->cred;
	/* 2.6.32's cap_bprm_secureexec: the program runs with ids not its caller's */
	u32 secure = c->euid != c->uid || c->egid != c->gid;
	const u32 v[] = {
		AT_HWCAP,  elf_hwcap(), AT_PAGESZ,   PAGE_SIZE, AT_CLKTCK,
		USER_HZ,   AT_PHDR,	ei->phdr,    AT_PHENT,	sizeof(Elf32_Phdr),
		AT_PHNUM,  ei->phnum,	AT_BASE,     0,		AT_FLAGS,
		0,	   AT_ENTRY,	ei->entry,   AT_UID,	c->uid,
		AT_EUID,   c->euid,	AT_GID,	     c->gid,	AT_EGID,
		c->egid,   AT_SECURE,	secure,	     AT_RANDOM, random,
		AT_EXECFN, execfn,	AT_PLATFORM, platform,	AT_NULL,
		0,
	};

	BUILD_BUG_ON(sizeof(v) != AUXV_WORDS * sizeof(u32));
	memcpy(auxv, v, sizeof(v));
}

/* The pointers to the strings setup_arg_pages() put at bprm->p */
static int put_string_pointers(struct linux_binprm *bprm, u32 __user *sp, int count,
			       unsigned long *str)
{
	int i;

	for (i = 0; i < count; i++) {
		long len = strnlen_user((const char __user *)*str, MAX_ARG_STRLEN);

		if (!len || __put_user(*str, sp + i))
			return -EFAULT;
		*str += len;
	}
	return __put_user(0, sp + count);
}

static int create_elf_tables(struct linux_binprm *bprm, const struct elf_info *ei)
{
	unsigned long p = bprm->p, str = bprm->p, platform, random;
	u32 rnd[4], auxv[AUXV_WORDS];
	int items = (bprm->argc + 1) + (bprm->envc + 1) + 1;
	u32 __user *sp;
	u64 tsc = get_cycles();

	platform = put_bytes(&p, ELF_PLATFORM, sizeof(ELF_PLATFORM));
	rnd[0] = tsc;
	rnd[1] = tsc >> 32;
	rnd[2] = rnd[0] * 2654435761U;
	rnd[3] = (rnd[1] ^ (unsigned long)bprm) * 2246822519U;
	random = put_bytes(&p, rnd, sizeof(rnd));
	if (!platform || !random)
		return -EFAULT;
	fill_auxv(auxv, ei, random, platform, (unsigned long)bprm->filename);
	/* /proc/PID/auxv shows this copy (2.6.32 builds the vector in it) */
	BUILD_BUG_ON(sizeof(auxv) > sizeof(current->mm->saved_auxv));
	memset(current->mm->saved_auxv, 0, sizeof(current->mm->saved_auxv));
	memcpy(current->mm->saved_auxv, auxv, sizeof(auxv));
	p = ((p - sizeof(auxv) - items * 4) & ~15UL); /* argc 16-byte aligned (STACK_ROUND) */
	sp = (u32 __user *)p;
	if (!access_ok(VERIFY_WRITE, sp, items * 4 + sizeof(auxv)) || __put_user(bprm->argc, sp))
		return -EFAULT;
	if (put_string_pointers(bprm, sp + 1, bprm->argc, &str))
		return -EFAULT;
	current->mm->arg_end = current->mm->env_start = str;
	if (put_string_pointers(bprm, sp + 2 + bprm->argc, bprm->envc, &str))
		return -EFAULT;
	if (__copy_to_user(sp + items, auxv, sizeof(auxv)))
		return -EFAULT;
	bprm->p = p;
	return 0;
}

/* Where the segments put code, data, bss and the heap (2.6.32's running bounds) */
struct elf_bounds {
	unsigned long start_code, end_code, start_data, end_data, elf_bss, elf_brk;
};

static void note_segment(struct elf_bounds *b, const Elf32_Phdr *ph)
{
	unsigned long k = ph->p_vaddr;

	if (k < b->start_code)
		b->start_code = k;
	if (b->start_data < k)
		b->start_data = k;
	k = ph->p_vaddr + ph->p_filesz;
	if (k > b->elf_bss)
		b->elf_bss = k;
	if ((ph->p_flags & PF_X) && b->end_code < k)
		b->end_code = k;
	if (b->end_data < k)
		b->end_data = k;
	k = ph->p_vaddr + ph->p_memsz;
	if (k > b->elf_brk)
		b->elf_brk = k;
}

/* An earlier segment's bss lies below this one: give it its pages before going on */
static int earlier_bss(const struct elf_bounds *b, unsigned long bias)
{
	if (b->elf_brk <= b->elf_bss)
		return 0;
	if (set_brk(b->elf_bss + bias, b->elf_brk + bias))
		return -ENOMEM;
	return padzero(b->elf_bss + bias, b->elf_brk - b->elf_bss);
}

/* Map the segments, the bss and the heap's start; 0 or a -errno */
static int load_segments(struct linux_binprm *bprm, const Elf32_Phdr *ph, int n, unsigned long bias)
{
	struct mm_struct *mm = current->mm;
	struct elf_bounds b = { .start_code = ~0UL };
	int i;

	for (i = 0; i < n; i++) {
		unsigned long addr;

		if (ph[i].p_type != PT_LOAD)
			continue;
		if (earlier_bss(&b, bias))
			return -EFAULT;
		/* Fixed even for ET_DYN: its bias is fixed (no ASLR) and was checked */
		addr = elf_map(bprm->file, ph[i].p_vaddr + bias, &ph[i], elf_prot(ph[i].p_flags),
			       MAP_PRIVATE | MAP_DENYWRITE | MAP_EXECUTABLE | MAP_FIXED);
		if (IS_ERR_VALUE(addr))
			return addr;
		note_segment(&b, &ph[i]);
	}
	mm->start_code = b.start_code + bias;
	mm->end_code = b.end_code + bias;
	mm->start_data = b.start_data + bias;
	mm->end_data = b.end_data + bias;
	if (set_brk(b.elf_bss + bias, b.elf_brk + bias))
		return -ENOMEM;
	if (b.elf_bss != b.elf_brk && padzero(b.elf_bss + bias, ~0UL))
		return -EFAULT;
	return 0;
}

static int load_elf_binary(struct linux_binprm *bprm, struct pt_regs *regs)
{
	const Elf32_Ehdr *eh = (const Elf32_Ehdr *)bprm->buf;
	unsigned long size = i_size_read(bprm->file->f_path.dentry->d_inode);
	Elf32_Phdr *ph;
	struct elf_info ei;
	unsigned long bias = 0;
	int ret;

	BUILD_BUG_ON(sizeof(*eh) > BINPRM_BUF_SIZE);
	if (size < sizeof(*eh) || !elf_check(eh, size))
		return -ENOEXEC;
	ph = read_phdrs(bprm, eh, &ret);
	if (!ph)
		return ret;
	if (eh->e_type == ET_DYN)
		bias = ELF_ET_DYN_BASE & PAGE_MASK;
	ret = check_segments(ph, eh->e_phnum, size, bias);
	if (!ret)
		ret = flush_old_exec(bprm);
	if (ret) {
		kfree(ph);
		return ret;
	}
	/* Past the point of no return: a failure kills the process */
	install_exec_creds(bprm);
	ei.entry = eh->e_entry + bias;
	ei.phnum = eh->e_phnum;
	ei.phdr = phdr_addr(eh, ph, bias);
	if (setup_arg_pages(bprm) || load_segments(bprm, ph, eh->e_phnum, bias) ||
	    create_elf_tables(bprm, &ei)) {
		kfree(ph);
		force_sig(SIGKILL, current);
		return -EFAULT;
	}
	kfree(ph);
	start_thread(regs, ei.entry, bprm->p);
	return 0;
}

static struct linux_binfmt elf_format = {
	.name = "elf",
	.load_binary = load_elf_binary,
};

static int __init init_elf_binfmt(void)
{
	register_binfmt(&elf_format);
	return 0;
}
core_initcall(init_elf_binfmt);
