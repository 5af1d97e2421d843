/*
 * module.c - loading and removing kernel modules.
 *
 * A module (.ko) is a relocatable ELF object: compiled code whose
 * addresses are not fixed yet, with a table of the places that must be
 * patched once they are (relocations), and a list of the symbols it uses
 * but does not define (printk, kmalloc...). Loading it is the job a linker
 * does, done by the kernel at run time (load_module_image()):
 *
 *   1. check the ELF header and every section header against the file's
 *      size: a corrupt file is refused with -ENOEXEC, never followed
 *   2. find .gnu.linkonce.this_module (the struct module the build made),
 *      and .modinfo; check vermagic (the kernel it was built for) and the
 *      licence (a non-GPL-compatible one taints the kernel)
 *   3. lay out the sections that occupy memory (SHF_ALLOC) in two areas:
 *      "core" (kept) and "init" (.init.*: freed once init has run); text
 *      first, then read-only data, then writable data (layout_sections())
 *   4. allocate both areas in the module area (module_alloc(), vmalloc
 *      space on i386) and copy the sections in; .bss is zeroed
 *   5. resolve undefined symbols against the kernel's and other modules'
 *      exports only (EXPORT_SYMBOL; EXPORT_SYMBOL_GPL only for a GPL
 *      module): "Unknown symbol" otherwise (simplify_symbols())
 *   6. apply the relocations (arch/x86/kernel/module.c:apply_relocate)
 *   7. parse the parameters (kernel/params.c:parse_args), mark the module
 *      COMING, put it on the list, run its init; then LIVE, and free the
 *      init area
 *
 * Removing it (unload_module(), the delete_module system call's body)
 * needs the module LIVE, with an exit function, used by no other module,
 * and with no references: an open device whose file_operations' .owner is
 * the module holds one (try_module_get() in chrdev_open). With O_NONBLOCK
 * a busy module is refused with -EWOULDBLOCK at once; without it 2.6.32
 * waits for the count to drop, and so does Linnet. O_TRUNC forces.
 *
 * User space reaches all this through two system calls: init_module (128:
 * the file's bytes and the parameter string, sys_init_module()) and
 * delete_module (129: a name and the flags, sys_delete_module()), which
 * busybox's insmod and rmmod call; query_module (167) is gone, as in
 * 2.6.32 (-ENOSYS). /proc/modules (m_show()) is what lsmod prints.
 *
 * The list of modules is an RCU list, as in 2.6.32: changed under
 * module_mutex with list_add_rcu()/list_del_rcu() (a module is freed only
 * after synchronize_sched()), walked by the oops and kallsyms paths with
 * preemption disabled and no lock (__module_address(), print_modules()).
 *
 * Differences from 2.6.32: one CPU, so no stop_machine() and an atomic_t
 * reference count instead of per-CPU counters; /sys/module/NAME is made
 * after the parameters are parsed, in one step (mod_sysfs_setup; 2.6.32
 * adds the directory before linking); no CRCs (CONFIG_MODVERSIONS off); a module's whole symbol table stays
 * in its core area (2.6.32 keeps only the core symbols). The loader
 * validates every offset and index it follows, which 2.6.32 leaves to the
 * (root-only) caller: Linnet's tests feed it corrupt files on purpose.
 *
 * Each loaded module is a directory /sys/module/NAME as in 2.6.32: its
 * parameters with a mode (kernel/params.c), refcnt, initstate, holders/
 * (a link per module using it) and sections/ (each section's address).
 * The system calls first ask capable(CAP_SYS_MODULE), as 2.6.32's: a
 * task that is not root gets -EPERM before anything is read.
 * See docs/modules.md.
 */
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/vermagic.h>
#include <linux/kobject.h>
#include <linux/sysfs.h>
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/mutex.h>
#include <linux/rculist.h>
#include <linux/sched.h>
#include <linux/kallsyms.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/uaccess.h>
#include <asm/module.h>

/* The kernel's own exports, gathered by linker.ld. */
extern const struct kernel_symbol __start___ksymtab[], __stop___ksymtab[];
extern const struct kernel_symbol __start___ksymtab_gpl[], __stop___ksymtab_gpl[];

static LIST_HEAD(modules);
static DEFINE_MUTEX(module_mutex);
static char last_unloaded_module[MODULE_NAME_LEN + 1];
static const char vermagic[] = VERMAGIC_STRING;

/**
 * struct module_use - "user calls an export of the module on whose list this is"
 * @list: on the used module's modules_which_use_me
 * @module_which_uses: the user
 */
struct module_use {
	struct list_head list;
	struct module *module_which_uses;
};

/* What load_module_image() learns about the file while checking it. */
struct load_info {
	const Elf32_Ehdr *hdr;
	unsigned long len;
	Elf32_Shdr *sechdrs;
	const char *secstrings;
	unsigned int symindex, strindex, modindex, infoindex;
	unsigned int num_syms;
	char *strtab;
	unsigned long strsize;
};

static void add_taint_module(struct module *mod, unsigned int flag)
{
	add_taint(flag);
	mod->taints |= 1U << flag;
}

/* ---- reference counts ---- */

/**
 * module_refcount - how many references a module has
 * @mod: the module
 *
 * Context: any.
 * Return: the count.
 */
unsigned int module_refcount(struct module *mod)
{
	return atomic_read(&mod->refcnt);
}
EXPORT_SYMBOL(module_refcount);

/**
 * __module_get - take a reference on a module known to be live
 * @module: the module, or NULL for built-in code
 *
 * Context: any.
 */
void __module_get(struct module *module)
{
	if (module)
		atomic_inc(&module->refcnt);
}
EXPORT_SYMBOL(__module_get);

/**
 * try_module_get - take a reference unless the module is going away
 * @module: the module, or NULL for built-in code (always succeeds)
 *
 * Open files hold such a reference (chrdev_open takes one for the
 * file_operations' .owner), so a module cannot be removed under them.
 *
 * Context: any.
 * Return: true if the reference was taken.
 */
bool try_module_get(struct module *module)
{
	unsigned long flags;
	bool ok = true;

	if (!module)
		return true;
	local_irq_save(flags);
	if (module->state != MODULE_STATE_GOING)
		atomic_inc(&module->refcnt);
	else
		ok = false;
	local_irq_restore(flags);
	return ok;
}
EXPORT_SYMBOL(try_module_get);

/**
 * module_put - drop a reference taken by try_module_get()
 * @module: the module, or NULL
 *
 * The last put on a module being removed wakes its remover.
 *
 * Context: any.
 */
void module_put(struct module *module)
{
	if (!module)
		return;
	if (atomic_dec_and_test(&module->refcnt) && module->state == MODULE_STATE_GOING &&
	    module->waiter)
		wake_up_process(module->waiter);
}
EXPORT_SYMBOL(module_put);

/* ---- finding modules and symbols ---- */

/**
 * find_module - a loaded module by name
 * @name: its name
 *
 * Context: process context, module_mutex held (or a snapshot is enough).
 * Return: the module, or NULL.
 */
struct module *find_module(const char *name)
{
	struct module *mod;

	list_for_each_entry(mod, &modules, list)
		if (!strcmp(mod->name, name))
			return mod;
	return NULL;
}
EXPORT_SYMBOL_GPL(find_module);

static const struct kernel_symbol *lookup_in(const struct kernel_symbol *start,
					     const struct kernel_symbol *stop, const char *name)
{
	const struct kernel_symbol *s;

	for (s = start; s < stop; s++)
		if (!strcmp(s->name, name))
			return s;
	return NULL;
}

/**
 * find_symbol - an exported symbol, in the kernel or a live module
 * @name: the symbol
 * @owner: set to the module that exports it (NULL: the kernel)
 * @gplok: whether EXPORT_SYMBOL_GPL symbols may be returned
 *
 * Context: module_mutex held.
 * Return: the symbol, or NULL.
 */
const struct kernel_symbol *find_symbol(const char *name, struct module **owner, bool gplok)
{
	const struct kernel_symbol *s;
	struct module *mod;

	*owner = NULL;
	s = lookup_in(__start___ksymtab, __stop___ksymtab, name);
	if (!s && gplok)
		s = lookup_in(__start___ksymtab_gpl, __stop___ksymtab_gpl, name);
	if (s)
		return s;
	list_for_each_entry(mod, &modules, list) {
		if (mod->state == MODULE_STATE_GOING)
			continue;
		s = lookup_in(mod->syms, mod->syms + mod->num_syms, name);
		if (!s && gplok)
			s = lookup_in(mod->gpl_syms, mod->gpl_syms + mod->num_gpl_syms, name);
		if (s) {
			*owner = mod;
			return s;
		}
	}
	return NULL;
}
EXPORT_SYMBOL_GPL(find_symbol);

/**
 * __symbol_get - the address of an exported symbol, by name
 * @name: the symbol
 *
 * Context: process context.
 * Return: its address, or 0.
 */
unsigned long __symbol_get(const char *name)
{
	const struct kernel_symbol *s;
	struct module *owner;

	mutex_lock(&module_mutex);
	s = find_symbol(name, &owner, true);
	mutex_unlock(&module_mutex);
	return s ? s->value : 0;
}
EXPORT_SYMBOL_GPL(__symbol_get);

static bool within(unsigned long addr, void *start, unsigned long size)
{
	return addr >= (unsigned long)start && addr < (unsigned long)start + size;
}

/**
 * __module_address - the module whose memory holds an address
 * @addr: the address
 *
 * Context: preemption disabled (an RCU-sched reader, as an oops with
 * interrupts off is) or module_mutex held, as in 2.6.32; the module
 * stays valid only while that lasts.
 * Return: the module, or NULL.
 */
struct module *__module_address(unsigned long addr)
{
	struct module *mod;

	list_for_each_entry_rcu(mod, &modules, list)
		if (within(addr, mod->module_core, mod->core_size) ||
		    within(addr, mod->module_init, mod->init_size))
			return mod;
	return NULL;
}
EXPORT_SYMBOL_GPL(__module_address);

/**
 * is_module_address - does an address lie in a loaded module?
 * @addr: the address
 *
 * Context: any.
 * Return: true if it does.
 */
bool is_module_address(unsigned long addr)
{
	bool ret;

	preempt_disable();
	ret = __module_address(addr) != NULL;
	preempt_enable();
	return ret;
}

/**
 * is_module_text_address - does an address lie in a module's code?
 * @addr: the address
 *
 * Context: any.
 * Return: true if it does.
 */
bool is_module_text_address(unsigned long addr)
{
	struct module *mod;
	bool ret;

	preempt_disable();
	mod = __module_address(addr);
	ret = mod && (within(addr, mod->module_core, mod->core_text_size) ||
		      within(addr, mod->module_init, mod->init_text_size));
	preempt_enable();
	return ret;
}

/* The function symbol of @mod containing @addr: its index, or 0. */
static unsigned int module_symbol_at(struct module *mod, unsigned long addr, unsigned long *size)
{
	unsigned long best = 0, next = ~0UL;
	unsigned int i, bi = 0;

	for (i = 1; i < mod->num_symtab; i++) {
		const Elf32_Sym *s = &mod->symtab[i];
		unsigned int type = ELF32_ST_TYPE(s->st_info);

		if (s->st_shndx == SHN_UNDEF || (type != STT_FUNC && type != STT_NOTYPE))
			continue;
		/* At equal addresses the first wins: mt_init before its alias init_module */
		if (s->st_value <= addr && (!bi || s->st_value > best)) {
			best = s->st_value;
			bi = i;
		}
		if (s->st_value > addr && s->st_value < next)
			next = s->st_value;
	}
	if (bi && size) {
		if (next == ~0UL)
			next = best + (mod->symtab[bi].st_size ? mod->symtab[bi].st_size : 1);
		*size = next - best;
	}
	return bi;
}

/**
 * module_address_lookup - name an address in a module's code
 * @addr: the address
 * @size: set to the size of the function found
 * @offset: set to @addr's offset in it
 * @modname: set to the module's name
 *
 * The names point into the module: they are valid while it stays loaded
 * (2.6.32 copies the symbol's name into a buffer of the caller's).
 *
 * Context: any (used by oops backtraces).
 * Return: the function's name, or NULL if @addr is in no module.
 */
const char *module_address_lookup(unsigned long addr, unsigned long *size, unsigned long *offset,
				  char **modname)
{
	const char *name = NULL;
	struct module *mod;
	unsigned int i;

	preempt_disable();
	mod = __module_address(addr);
	i = mod ? module_symbol_at(mod, addr, size) : 0;
	if (i) {
		if (offset)
			*offset = addr - mod->symtab[i].st_value;
		if (modname)
			*modname = mod->name;
		name = mod->strtab + mod->symtab[i].st_name;
	}
	preempt_enable();
	return name;
}

/**
 * module_kallsyms_lookup_name - a module symbol's address, by name
 * @name: the symbol ("func" or "module:func")
 *
 * Context: process context.
 * Return: the address, or 0.
 */
unsigned long module_kallsyms_lookup_name(const char *name)
{
	const char *colon = strchr(name, ':');
	struct module *mod;
	unsigned int i;

	list_for_each_entry(mod, &modules, list) {
		if (colon && (strncmp(mod->name, name, colon - name) || mod->name[colon - name]))
			continue;
		for (i = 1; i < mod->num_symtab; i++)
			if (mod->symtab[i].st_shndx != SHN_UNDEF &&
			    !strcmp(mod->strtab + mod->symtab[i].st_name, colon ? colon + 1 : name))
				return mod->symtab[i].st_value;
	}
	return 0;
}

/* "(P)" and the like, then "+" while loading or "-" while going away. */
static char *module_flags(struct module *mod, char *buf)
{
	int bx = 0;

	if (mod->taints) {
		buf[bx++] = '(';
		if (mod->taints & (1U << TAINT_PROPRIETARY_MODULE))
			buf[bx++] = 'P';
		if (mod->taints & (1U << TAINT_FORCED_MODULE))
			buf[bx++] = 'F';
		if (mod->taints & (1U << TAINT_CRAP))
			buf[bx++] = 'C';
		buf[bx++] = ')';
	}
	if (mod->state == MODULE_STATE_GOING)
		buf[bx++] = '-';
	if (mod->state == MODULE_STATE_COMING)
		buf[bx++] = '+';
	buf[bx] = '\0';
	return buf;
}

/**
 * print_modules - the oops's "Modules linked in:" line
 *
 * Context: the oops path: no locks taken, an RCU-sched reader.
 */
void print_modules(void)
{
	struct module *mod;
	char buf[8];

	printk(KERN_DEFAULT "Modules linked in:");
	preempt_disable();
	list_for_each_entry_rcu(mod, &modules, list)
		printk(KERN_CONT " %s%s", mod->name, module_flags(mod, buf));
	preempt_enable();
	if (last_unloaded_module[0])
		printk(KERN_CONT " [last unloaded: %s]", last_unloaded_module);
	printk(KERN_CONT "\n");
}

/**
 * module_show - one line of /proc/modules, in 2.6.32's format
 * @mod: the module
 * @buf: where to write
 * @size: its size
 *
 * "name size refcount users, state address (flags)", e.g.
 * "wait1 2916 1 - Live 0xc8862000". The users end in a comma so that a
 * reader can tell this format from the older one; "-" means none.
 *
 * Context: module_mutex held.
 * Return: the length written (truncated to @size - 1).
 */
int module_show(struct module *mod, char *buf, size_t size)
{
	struct module_use *use;
	bool printed = false;
	char flags[8];
	int n;

	n = scnprintf(buf, size, "%s %u %u ", mod->name, mod->init_size + mod->core_size,
		      module_refcount(mod));
	list_for_each_entry(use, &mod->modules_which_use_me, list) {
		printed = true;
		n += scnprintf(buf + n, size - n, "%s,", use->module_which_uses->name);
	}
	if (mod->init && !mod->exit) {
		printed = true;
		n += scnprintf(buf + n, size - n, "[permanent],");
	}
	if (!printed)
		n += scnprintf(buf + n, size - n, "-");
	n += scnprintf(buf + n, size - n, " %s 0x%p",
		       mod->state == MODULE_STATE_GOING	 ? "Unloading" :
		       mod->state == MODULE_STATE_COMING ? "Loading" :
							   "Live",
		       mod->module_core);
	if (mod->taints)
		n += scnprintf(buf + n, size - n, " %s", module_flags(mod, flags));
	n += scnprintf(buf + n, size - n, "\n");
	return n;
}

/**
 * for_each_module_show - print every module's /proc/modules line
 * @show: called with each line
 * @data: passed to @show
 *
 * Newest first, as Linux lists them.
 *
 * Context: process context.
 */
void for_each_module_show(void (*show)(const char *line, void *data), void *data)
{
	struct module *mod;
	char line[256];

	mutex_lock(&module_mutex);
	list_for_each_entry(mod, &modules, list) {
		module_show(mod, line, sizeof(line));
		show(line, data);
	}
	mutex_unlock(&module_mutex);
}

/* ---- checking the file ---- */

static bool in_file(const struct load_info *info, unsigned long off, unsigned long size)
{
	return off <= info->len && size <= info->len - off;
}

/* A NUL-terminated string at @off inside a table of @size bytes at @table? */
static bool string_in(const char *table, unsigned long size, unsigned long off)
{
	return off < size && memchr(table + off, '\0', size - off) != NULL;
}

static int elf_header_check(struct load_info *info)
{
	const Elf32_Ehdr *hdr = info->hdr;

	if (info->len < sizeof(*hdr) || memcmp(hdr->e_ident, ELFMAG, SELFMAG) ||
	    hdr->e_ident[EI_CLASS] != ELFCLASS32 || hdr->e_ident[EI_DATA] != ELFDATA2LSB ||
	    hdr->e_type != ET_REL || hdr->e_machine != EM_386 ||
	    hdr->e_shentsize != sizeof(Elf32_Shdr))
		return -ENOEXEC;
	if (!hdr->e_shnum || hdr->e_shstrndx >= hdr->e_shnum ||
	    !in_file(info, hdr->e_shoff, hdr->e_shnum * sizeof(Elf32_Shdr))) {
		printk(KERN_ERR "Module len %lu truncated\n", info->len);
		return -ENOEXEC;
	}
	return 0;
}

/* Every section inside the file, every name inside the name table. */
static int section_check(struct load_info *info)
{
	const Elf32_Shdr *names;
	unsigned int i;

	info->sechdrs = (Elf32_Shdr *)((char *)info->hdr + info->hdr->e_shoff);
	names = &info->sechdrs[info->hdr->e_shstrndx];
	if (names->sh_type != SHT_STRTAB || !in_file(info, names->sh_offset, names->sh_size))
		return -ENOEXEC;
	info->secstrings = (const char *)info->hdr + names->sh_offset;
	for (i = 1; i < info->hdr->e_shnum; i++) {
		Elf32_Shdr *s = &info->sechdrs[i];

		if (!string_in(info->secstrings, names->sh_size, s->sh_name))
			return -ENOEXEC;
		if (s->sh_type != SHT_NOBITS && !in_file(info, s->sh_offset, s->sh_size)) {
			printk(KERN_ERR "Module len %lu truncated\n", info->len);
			return -ENOEXEC;
		}
		if (s->sh_addralign & (s->sh_addralign - 1) || s->sh_addralign > PAGE_SIZE ||
		    s->sh_size > 64 << 20)
			return -ENOEXEC;
		if (s->sh_type == SHT_REL && s->sh_size % sizeof(Elf32_Rel))
			return -ENOEXEC;
		/* Where the section lies in the file, for now */
		s->sh_addr = (unsigned long)info->hdr + s->sh_offset;
		if (s->sh_type == SHT_SYMTAB) {
			if (info->symindex || s->sh_link >= info->hdr->e_shnum ||
			    s->sh_entsize != sizeof(Elf32_Sym) || s->sh_size % sizeof(Elf32_Sym))
				return -ENOEXEC;
			info->symindex = i;
			info->strindex = s->sh_link;
		}
	}
	info->sechdrs[0].sh_addr = 0;
	return 0;
}

static unsigned int find_sec(const struct load_info *info, const char *name)
{
	unsigned int i;

	for (i = 1; i < info->hdr->e_shnum; i++)
		if ((info->sechdrs[i].sh_flags & SHF_ALLOC) &&
		    !strcmp(info->secstrings + info->sechdrs[i].sh_name, name))
			return i;
	return 0;
}

/* The value of "tag=value" in .modinfo, or NULL. */
static const char *get_modinfo(const struct load_info *info, const char *tag)
{
	const Elf32_Shdr *s = &info->sechdrs[info->infoindex];
	const char *p = (const char *)info->hdr + s->sh_offset;
	const char *end = p + s->sh_size;
	size_t taglen = strlen(tag);

	if (!info->infoindex || s->sh_type == SHT_NOBITS)
		return NULL;
	while (p < end) {
		const char *nul = memchr(p, '\0', end - p);

		if (!nul)
			return NULL;
		if (nul - p > (long)taglen && !strncmp(p, tag, taglen) && p[taglen] == '=')
			return p + taglen + 1;
		p = nul + 1;
	}
	return NULL;
}

/* The symbols must name strings inside the string table and real sections. */
static int symbols_check(struct load_info *info)
{
	const Elf32_Shdr *symsec = &info->sechdrs[info->symindex];
	const Elf32_Shdr *strsec = &info->sechdrs[info->strindex];
	const Elf32_Sym *sym = (const Elf32_Sym *)symsec->sh_addr;
	unsigned int i;

	if (strsec->sh_type != SHT_STRTAB || !strsec->sh_size ||
	    ((const char *)strsec->sh_addr)[strsec->sh_size - 1])
		return -ENOEXEC;
	info->strtab = (char *)strsec->sh_addr;
	info->strsize = strsec->sh_size;
	info->num_syms = symsec->sh_size / sizeof(Elf32_Sym);
	for (i = 1; i < info->num_syms; i++) {
		if (sym[i].st_name >= info->strsize)
			return -ENOEXEC;
		if (sym[i].st_shndx >= info->hdr->e_shnum && sym[i].st_shndx < SHN_LORESERVE)
			return -ENOEXEC;
	}
	return 0;
}

static bool license_is_gpl_compatible(const char *license)
{
	return !strcmp(license, "GPL") || !strcmp(license, "GPL v2") ||
	       !strcmp(license, "GPL and additional rights") || !strcmp(license, "Dual BSD/GPL") ||
	       !strcmp(license, "Dual MIT/GPL") || !strcmp(license, "Dual MPL/GPL");
}

static void set_license(struct module *mod, const char *license)
{
	if (!license)
		license = "unspecified";
	if (!license_is_gpl_compatible(license)) {
		if (!test_taint(TAINT_PROPRIETARY_MODULE))
			printk(KERN_WARNING "%s: module license '%s' taints kernel.\n", mod->name,
			       license);
		add_taint_module(mod, TAINT_PROPRIETARY_MODULE);
	}
}

/* ---- laying out and copying ---- */

static long get_offset(unsigned int *size, const Elf32_Shdr *s)
{
	long ret = ALIGN(*size, s->sh_addralign ? s->sh_addralign : 1);

	*size = ret + s->sh_size;
	return ret;
}

/*
 * Text first, then read-only data, then writable data, for the core and
 * the init area; sh_entsize holds each section's offset in its area, with
 * the top bit set for the init area (as 2.6.32's INIT_OFFSET_MASK).
 */
#define INIT_OFFSET_MASK (1UL << 31)

static void layout_sections(struct module *mod, struct load_info *info)
{
	static const unsigned long masks[][2] = {
		{ SHF_EXECINSTR | SHF_ALLOC, 0 },
		{ SHF_ALLOC, SHF_WRITE },
		{ SHF_WRITE | SHF_ALLOC, 0 },
	};
	unsigned int m, i, pass;

	for (i = 0; i < info->hdr->e_shnum; i++)
		info->sechdrs[i].sh_entsize = ~0UL;
	for (pass = 0; pass < 2; pass++) {
		unsigned int *size = pass ? &mod->init_size : &mod->core_size;

		for (m = 0; m < ARRAY_SIZE(masks); m++) {
			for (i = 1; i < info->hdr->e_shnum; i++) {
				Elf32_Shdr *s = &info->sechdrs[i];
				const char *name = info->secstrings + s->sh_name;
				bool is_init = !strncmp(name, ".init", 5);

				if ((s->sh_flags & masks[m][0]) != masks[m][0] ||
				    (s->sh_flags & masks[m][1]) ||
				    (m == 1 && (s->sh_flags & SHF_EXECINSTR)) ||
				    s->sh_entsize != ~0UL || is_init != (bool)pass)
					continue;
				s->sh_entsize = get_offset(size, s) | (pass ? INIT_OFFSET_MASK : 0);
			}
			if (m == 0) {
				if (pass)
					mod->init_text_size = *size;
				else
					mod->core_text_size = *size;
			}
		}
	}
}

/*
 * Allocate the core and init areas and copy every allocated section in;
 * sh_addr then says where each one finally is. @mod is the temporary
 * struct module inside the file; the returned one is its copy in core.
 */
static struct module *move_module(struct module *mod, struct load_info *info)
{
	unsigned int i;
	void *ptr;

	/*
	 * The whole pages, allocated and cleared, not only core_size: a
	 * module that reads a little past its last variable (LKMPG's
	 * procfs4.c reads its unsigned long counter as a loff_t) must find
	 * zeros, as on 2.6.32 where the core symbol table follows .bss, not
	 * what the page held before (and not a KASAN report).
	 */
	ptr = module_alloc(PAGE_ALIGN(mod->core_size));
	if (!ptr)
		return ERR_PTR(-ENOMEM);
	memset(ptr, 0, PAGE_ALIGN(mod->core_size));
	mod->module_core = ptr;
	if (mod->init_size) {
		ptr = module_alloc(mod->init_size);
		if (!ptr) {
			module_free(mod, mod->module_core);
			return ERR_PTR(-ENOMEM);
		}
		memset(ptr, 0, mod->init_size);
		mod->module_init = ptr;
	}
	for (i = 1; i < info->hdr->e_shnum; i++) {
		Elf32_Shdr *s = &info->sechdrs[i];
		void *dest;

		if (!(s->sh_flags & SHF_ALLOC) || s->sh_entsize == ~0UL)
			continue;
		if (s->sh_entsize & INIT_OFFSET_MASK)
			dest = (char *)mod->module_init + (s->sh_entsize & ~INIT_OFFSET_MASK);
		else
			dest = (char *)mod->module_core + s->sh_entsize;
		if (s->sh_type != SHT_NOBITS)
			memcpy(dest, (void *)s->sh_addr, s->sh_size);
		s->sh_addr = (unsigned long)dest;
	}
	return (struct module *)info->sechdrs[info->modindex].sh_addr;
}

/* Record that @a uses @b's exports: @b cannot go before @a. */
static int use_module(struct module *a, struct module *b)
{
	struct module_use *use;

	if (!b)
		return 0;
	list_for_each_entry(use, &b->modules_which_use_me, list)
		if (use->module_which_uses == a)
			return 0;
	if (!try_module_get(b))
		return -ENOENT;
	use = kmalloc(sizeof(*use), GFP_KERNEL);
	if (!use) {
		module_put(b);
		return -ENOMEM;
	}
	use->module_which_uses = a;
	list_add(&use->list, &b->modules_which_use_me);
	return 0;
}

static void module_unload_free(struct module *mod)
{
	struct module *i;
	struct module_use *use, *tmp;

	list_for_each_entry(i, &modules, list) {
		list_for_each_entry_safe(use, tmp, &i->modules_which_use_me, list) {
			if (use->module_which_uses == mod) {
				if (i->holders_dir)
					sysfs_remove_link(i->holders_dir, mod->name);
				list_del(&use->list);
				kfree(use);
				module_put(i);
			}
		}
	}
}

/* Give every symbol its final address; resolve the undefined ones. */
static int simplify_symbols(struct module *mod, struct load_info *info)
{
	Elf32_Sym *sym = (Elf32_Sym *)info->sechdrs[info->symindex].sh_addr;
	bool gplok = !(mod->taints & (1U << TAINT_PROPRIETARY_MODULE));
	unsigned int i;
	int ret = 0;

	for (i = 1; i < info->num_syms; i++) {
		const char *name = info->strtab + sym[i].st_name;
		const struct kernel_symbol *ks;
		struct module *owner;

		switch (sym[i].st_shndx) {
		case SHN_COMMON:
			printk(KERN_WARNING "%s: please compile with -fno-common\n", mod->name);
			ret = -ENOEXEC;
			break;
		case SHN_ABS:
			break;
		case SHN_UNDEF:
			ks = find_symbol(name, &owner, gplok);
			if (ks && !use_module(mod, owner)) {
				sym[i].st_value = ks->value;
				break;
			}
			if (ELF32_ST_BIND(sym[i].st_info) == STB_WEAK)
				break;
			printk(KERN_WARNING "%s: Unknown symbol %s\n", mod->name, name);
			ret = -ENOENT;
			break;
		default:
			if (sym[i].st_shndx >= SHN_LORESERVE)
				break;
			sym[i].st_value += info->sechdrs[sym[i].st_shndx].sh_addr;
			break;
		}
	}
	return ret;
}

static int apply_relocations(struct module *mod, struct load_info *info)
{
	unsigned int i;
	int err;

	for (i = 1; i < info->hdr->e_shnum; i++) {
		const Elf32_Shdr *rel = &info->sechdrs[i];
		unsigned int target = rel->sh_info;

		if (rel->sh_type != SHT_REL)
			continue;
		if (target >= info->hdr->e_shnum || rel->sh_link != info->symindex)
			return -ENOEXEC;
		if (!(info->sechdrs[target].sh_flags & SHF_ALLOC) ||
		    info->sechdrs[target].sh_entsize == ~0UL)
			continue;
		err = apply_relocate(info->sechdrs, info->strtab, info->symindex, i, mod);
		if (err < 0)
			return err;
	}
	return 0;
}

/* The module's own exports and parameters, by section. */
static const void *section_objs(const struct load_info *info, const char *name, size_t objsize,
				unsigned int *num)
{
	unsigned int sec = find_sec(info, name);

	*num = sec ? info->sechdrs[sec].sh_size / objsize : 0;
	return sec ? (void *)info->sechdrs[sec].sh_addr : NULL;
}

static void mod_sysfs_fini(struct module *mod);

static void free_module(struct module *mod)
{
	mod_sysfs_fini(mod);
	module_unload_free(mod);
	kfree(mod->sect_attrs);
	kfree(mod->symtab);
	kfree(mod->args);
	module_free(mod, mod->module_init);
	/* The struct module itself lives in the core area: free it last */
	module_free(mod, mod->module_core);
}

/* Is [p, p + size) inside the module's own memory? */
static bool in_module(struct module *mod, const void *p, unsigned long size)
{
	unsigned long a = (unsigned long)p;

	return (within(a, mod->module_core, mod->core_size) &&
		within(a + size - 1, mod->module_core, mod->core_size)) ||
	       (within(a, mod->module_init, mod->init_size) &&
		within(a + size - 1, mod->module_init, mod->init_size));
}

static bool string_in_module(struct module *mod, const char *s)
{
	const char *end = (const char *)mod->module_core + mod->core_size;

	if (within((unsigned long)s, mod->module_init, mod->init_size))
		end = (const char *)mod->module_init + mod->init_size;
	return in_module(mod, s, 1) && memchr(s, '\0', end - s);
}

/*
 * The exports and parameters are tables of pointers, filled in by the
 * relocations: in a corrupt file they may point anywhere. Each name must
 * be a string inside the module, each set function in its code or in the
 * kernel's, before anything follows them.
 */
static int check_tables(struct module *mod)
{
	unsigned int i;

	for (i = 0; i < mod->num_syms; i++)
		if (!string_in_module(mod, mod->syms[i].name))
			return -ENOEXEC;
	for (i = 0; i < mod->num_gpl_syms; i++)
		if (!string_in_module(mod, mod->gpl_syms[i].name))
			return -ENOEXEC;
	for (i = 0; i < mod->num_kp; i++) {
		unsigned long set = (unsigned long)mod->kp[i].set;
		unsigned long get = (unsigned long)mod->kp[i].get;

		if (!string_in_module(mod, mod->kp[i].name) ||
		    !(__kernel_text_address(set) ||
		      within(set, mod->module_core, mod->core_text_size)) ||
		    (get && !(__kernel_text_address(get) ||
			      within(get, mod->module_core, mod->core_text_size))))
			return -ENOEXEC;
	}
	return 0;
}

/* ---- /sys/module/NAME ---- */

/* sections/NAME: the section's address, as 2.6.32's module_sect_show */
static ssize_t module_sect_show(struct module_attribute *mattr, struct module *mod, char *buf)
{
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	struct module_sect_attr *sattr = container_of(mattr, struct module_sect_attr, mattr);

	return sprintf(buf, "0x%lx\n", sattr->address);
}

static ssize_t show_refcnt(struct module_attribute *mattr, struct module *mod, char *buf)
{
	return sprintf(buf, "%u\n", module_refcount(mod));
}

static ssize_t show_initstate(struct module_attribute *mattr, struct module *mod, char *buf)
{
	const char *state = "unknown";

	switch (mod->state) {
	case MODULE_STATE_LIVE:
		state = "live";
		break;
	case MODULE_STATE_COMING:
		state = "coming";
		break;
	case MODULE_STATE_GOING:
		state = "going";
		break;
	}
	return sprintf(buf, "%s\n", state);
}

static struct module_attribute refcnt = __ATTR(refcnt, 0444, show_refcnt, NULL);
static struct module_attribute initstate = __ATTR(initstate, 0444, show_initstate, NULL);

static const struct attribute *modinfo_attrs[] = {
	&refcnt.attr,
	&initstate.attr,
	NULL,
};

/* holders/NAME -> ../../NAME for each module @mod uses (use_module recorded them) */
static void add_holder_links(struct module *mod)
{
	struct module_use *use;
	struct module *i;

	list_for_each_entry(i, &modules, list)
		list_for_each_entry(use, &i->modules_which_use_me, list)
			if (use->module_which_uses == mod && i->holders_dir &&
			    sysfs_create_link(i->holders_dir, &mod->mkobj.kobj, mod->name))
				printk(KERN_WARNING "%s: cannot link holders/%s\n", i->name,
				       mod->name);
}

/*
 * /sys/module/NAME with its files; module_mutex held. A built-in module
 * of that name (which has parameters there) refuses the load, as 2.6.32.
 */
static int mod_sysfs_setup(struct module *mod)
{
	struct kobject *kobj;
	int err;

	if (!module_kset)
		return 0;
	kobj = kset_find_obj(module_kset, mod->name);
	if (kobj) {
		printk(KERN_ERR "%s: module is already loaded\n", mod->name);
		kobject_put(kobj);
		return -EINVAL;
	}
	mod->mkobj.mod = mod;
	mod->mkobj.kobj.kset = module_kset;
	err = kobject_init_and_add(&mod->mkobj.kobj, &module_ktype, NULL, "%s", mod->name);
	if (err)
		return err;
	mod->holders_dir = kobject_create_and_add("holders", &mod->mkobj.kobj);
	if (!mod->holders_dir)
		return -ENOMEM;
	err = module_param_sysfs_setup(mod, mod->kp, mod->num_kp);
	if (!err)
		err = sysfs_create_files(&mod->mkobj.kobj, modinfo_attrs);
	if (!err && mod->sect_attrs)
		err = sysfs_create_group(&mod->mkobj.kobj, &mod->sect_attrs->grp);
	if (err)
		return err;
	add_holder_links(mod);
	kobject_uevent(&mod->mkobj.kobj, KOBJ_ADD);
	return 0;
}

/* Take /sys/module/NAME away (whatever mod_sysfs_setup got to make) */
static void mod_sysfs_fini(struct module *mod)
{
	if (!mod->mkobj.kobj.state_initialized)
		return;
	module_param_sysfs_remove(mod);
	kobject_put(mod->holders_dir);
	mod->holders_dir = NULL;
	kobject_uevent(&mod->mkobj.kobj, KOBJ_REMOVE);
	kobject_del(&mod->mkobj.kobj);
	kobject_put(&mod->mkobj.kobj);
}

/* Record where each section went, names included, in one allocation. */
static int add_sect_attrs(struct module *mod, const struct load_info *info)
{
	unsigned int i, n = 0, names = 0;
	struct module_sect_attrs *sa;
	struct attribute **list;
	char *p;

	for (i = 1; i < info->hdr->e_shnum; i++)
		if ((info->sechdrs[i].sh_flags & SHF_ALLOC) &&
		    info->sechdrs[i].sh_entsize != ~0UL) {
			n++;
			names += strlen(info->secstrings + info->sechdrs[i].sh_name) + 1;
		}
	sa = kzalloc(sizeof(*sa) + n * sizeof(sa->attrs[0]) + (n + 1) * sizeof(*list) + names,
		     GFP_KERNEL);
	if (!sa)
		return -ENOMEM;
	list = (struct attribute **)&sa->attrs[n];
	p = (char *)&list[n + 1];
	sa->nsections = 0;
	sa->grp.name = "sections";
	sa->grp.attrs = list;
	for (i = 1; i < info->hdr->e_shnum; i++) {
		const Elf32_Shdr *s = &info->sechdrs[i];

		if (!(s->sh_flags & SHF_ALLOC) || s->sh_entsize == ~0UL)
			continue;
		strcpy(p, info->secstrings + s->sh_name);
		sa->attrs[sa->nsections].name = p;
		sa->attrs[sa->nsections].address = s->sh_addr;
		sa->attrs[sa->nsections].mattr.attr.name = p;
		sa->attrs[sa->nsections].mattr.attr.mode = S_IRUGO;
		sa->attrs[sa->nsections].mattr.show = module_sect_show;
		list[sa->nsections] = &sa->attrs[sa->nsections].mattr.attr;
		sa->nsections++;
		p += strlen(p) + 1;
	}
	mod->sect_attrs = sa;
	return 0;
}

/* Keep the symbol table for backtraces: copy it into the core area. */
static int keep_symbols(struct module *mod, struct load_info *info)
{
	const Elf32_Shdr *symsec = &info->sechdrs[info->symindex];

	mod->symtab = kmalloc(symsec->sh_size + info->strsize, GFP_KERNEL);
	if (!mod->symtab)
		return -ENOMEM;
	memcpy(mod->symtab, (void *)symsec->sh_addr, symsec->sh_size);
	mod->strtab = (char *)mod->symtab + symsec->sh_size;
	memcpy(mod->strtab, info->strtab, info->strsize);
	mod->num_symtab = info->num_syms;
	return 0;
}

/* Steps 1-2: check the file, find its struct module, vermagic, licence. */
static struct module *check_image(struct load_info *info)
{
	struct module *mod;
	const char *modmagic;
	int err;

	err = elf_header_check(info);
	if (!err)
		err = section_check(info);
	if (err)
		return ERR_PTR(err);
	info->modindex = find_sec(info, ".gnu.linkonce.this_module");
	if (!info->modindex || info->sechdrs[info->modindex].sh_size != sizeof(struct module) ||
	    info->sechdrs[info->modindex].sh_type == SHT_NOBITS) {
		printk(KERN_WARNING "No module found in object\n");
		return ERR_PTR(-ENOEXEC);
	}
	mod = (struct module *)info->sechdrs[info->modindex].sh_addr;
	if (!memchr(mod->name, '\0', sizeof(mod->name)) || !mod->name[0])
		return ERR_PTR(-ENOEXEC);
	if (!info->symindex) {
		printk(KERN_WARNING "%s: module has no symbols (stripped?)\n", mod->name);
		return ERR_PTR(-ENOEXEC);
	}
	err = symbols_check(info);
	if (err)
		return ERR_PTR(err);
	info->infoindex = find_sec(info, ".modinfo");
	if (info->infoindex)
		info->sechdrs[info->infoindex].sh_flags &= ~SHF_ALLOC;
	modmagic = get_modinfo(info, "vermagic");
	if (!modmagic) {
		printk(KERN_ERR "%s: no version magic, tainting kernel.\n", mod->name);
		return ERR_PTR(-ENOEXEC);
	}
	if (strcmp(modmagic, vermagic)) {
		printk(KERN_ERR "%s: version magic '%s' should be '%s'\n", mod->name, modmagic,
		       vermagic);
		return ERR_PTR(-ENOEXEC);
	}
	return mod;
}

/* Steps 3-7 up to init: place, link and set up the module. */
static struct module *link_module(struct module *tmp, struct load_info *info, const char *args)
{
	struct module *mod;
	int err;

	tmp->state = MODULE_STATE_COMING;
	tmp->core_size = tmp->init_size = 0;
	tmp->taints = 0;
	set_license(tmp, get_modinfo(info, "license"));
	layout_sections(tmp, info);
	mod = move_module(tmp, info);
	if (IS_ERR(mod))
		return mod;
	INIT_LIST_HEAD(&mod->modules_which_use_me);
	atomic_set(&mod->refcnt, 0);
	mod->waiter = NULL;
	mod->symtab = NULL;
	mod->sect_attrs = NULL;
	memset(&mod->mkobj, 0, sizeof(mod->mkobj));
	mod->holders_dir = NULL;
	mod->args = kstrdup(args, GFP_KERNEL);
	err = mod->args ? 0 : -ENOMEM;
	if (!err)
		err = simplify_symbols(mod, info);
	if (!err)
		err = apply_relocations(mod, info);
	if (!err)
		err = keep_symbols(mod, info);
	if (!err)
		err = add_sect_attrs(mod, info);
	if (err)
		goto fail;
	mod->syms = section_objs(info, "__ksymtab", sizeof(*mod->syms), &mod->num_syms);
	mod->gpl_syms =
		section_objs(info, "__ksymtab_gpl", sizeof(*mod->gpl_syms), &mod->num_gpl_syms);
	mod->kp = (struct kernel_param *)section_objs(info, "__param", sizeof(*mod->kp),
						      &mod->num_kp);
	err = check_tables(mod);
	if (!err)
		err = parse_args(mod->name, mod->args, mod->kp, mod->num_kp, NULL);
	if (!err)
		err = mod_sysfs_setup(mod);
	if (err < 0)
		goto fail;
	return mod;
fail:
	free_module(mod);
	return ERR_PTR(err);
}

/*
 * The module's .init, .exit fields were relocated along with the rest of
 * .gnu.linkonce.this_module: they hold the final addresses of init_module
 * and cleanup_module (or NULL when the module has none).
 */
static int do_mod_init(struct module *mod)
{
	int ret = 0;

	if (mod->init)
		ret = mod->init();
	if (ret > 0) {
		printk(KERN_WARNING
		       "%s: '%s'->init suspiciously returned %d, it should follow 0/-E convention\n"
		       "%s: loading module anyway...\n",
		       __func__, mod->name, ret, __func__);
		dump_stack();
		ret = 0;
	}
	return ret;
}

/* 2.6.32 refuses a file larger than this with -ENOMEM before copying it */
#define MAX_MODULE_IMAGE (64UL << 20)

/*
 * The parameter string from the caller's memory: 2.6.32's
 * strndup_user(uargs, ~0UL >> 1). -EFAULT if it cannot be read.
 */
static char *args_from_user(const char __user *uargs)
{
	long n = strnlen_user(uargs, LONG_MAX);
	char *s;

	if (n <= 0)
		return ERR_PTR(-EFAULT);
	s = kmalloc(n, GFP_KERNEL);
	if (!s)
		return ERR_PTR(-ENOMEM);
	if (copy_from_user(s, uargs, n)) {
		kfree(s);
		return ERR_PTR(-EFAULT);
	}
	s[n - 1] = '\0';
	return s;
}

/*
 * The body of load_module() on a writable copy of the file, which it
 * frees. The parameters come from the kernel (@args) or, for the system
 * call, from the caller's memory (@uargs): they are copied once the file
 * has been checked, as 2.6.32 does.
 */
static struct module *load_module_copy(void *copy, unsigned long len, const char *args,
				       const char __user *uargs)
{
	struct load_info info = { .hdr = copy, .len = len };
	struct module *mod;
	char *uargs_copy = NULL;

	mutex_lock(&module_mutex);
	mod = check_image(&info);
	if (!IS_ERR(mod) && find_module(mod->name))
		mod = ERR_PTR(-EEXIST);
	if (!IS_ERR(mod) && uargs) {
		uargs_copy = args_from_user(uargs);
		if (IS_ERR(uargs_copy)) {
			mod = ERR_CAST(uargs_copy);
			uargs_copy = NULL;
		}
		args = uargs_copy;
	}
	if (!IS_ERR(mod))
		mod = link_module(mod, &info, args ? args : "");
	if (!IS_ERR(mod))
		list_add_rcu(&mod->list, &modules);
	mutex_unlock(&module_mutex);
	kfree(uargs_copy);
	vfree(copy);
	return mod;
}

/**
 * load_module - check, place and link a module from its .ko image
 * @image: the file's bytes (not kept: the loader copies what it needs)
 * @len: their number
 * @args: the parameters, "name=value ...", as insmod passes them
 *
 * Steps 1 to 6 of the comment at the top of this file, and the parameters:
 * on success the module is on the list, COMING, its init not yet run. On
 * failure everything that was taken has been given back.
 *
 * Context: process context; may sleep.
 * Return: the module, or ERR_PTR(-ENOEXEC) (not a module for this kernel,
 * or corrupt), -EEXIST (a module of that name is loaded), -ENOENT
 * (unknown symbol or parameter), -EINVAL/-ENOSPC (bad parameter value),
 * -ENOMEM.
 */
struct module *load_module(const void *image, unsigned long len, const char *args)
{
	void *copy;

	might_sleep();
	if (len < sizeof(Elf32_Ehdr))
		return ERR_PTR(-ENOEXEC);
	/* The loader writes into the headers: work on a copy */
	copy = len > MAX_MODULE_IMAGE ? NULL : vmalloc(len);
	if (!copy)
		return ERR_PTR(-ENOMEM);
	memcpy(copy, image, len);
	return load_module_copy(copy, len, args, NULL);
}

/**
 * module_abort_load - take a module that failed to start off the list and free it
 * @mod: a module from load_module() whose init failed or was not run
 *
 * Context: process context.
 */
void module_abort_load(struct module *mod)
{
	mutex_lock(&module_mutex);
	mod->state = MODULE_STATE_GOING;
	list_del_rcu(&mod->list);
	synchronize_sched(); /* no oops or kallsyms walk is still on it */
	free_module(mod);
	mutex_unlock(&module_mutex);
}

/* Run init; LIVE on success, and the init area is freed (2.6.32's sys_init_module). */
static long do_init_module(struct module *mod)
{
	long ret = do_mod_init(mod);

	if (ret < 0) {
		module_abort_load(mod);
		return ret;
	}
	mutex_lock(&module_mutex);
	mod->state = MODULE_STATE_LIVE;
	module_free(mod, mod->module_init);
	mod->module_init = NULL;
	mod->init_size = 0;
	mod->init_text_size = 0;
	mutex_unlock(&module_mutex);
	return 0;
}

/**
 * load_module_image - load, link and start a module: init_module's body
 * @image: the .ko file's bytes
 * @len: their number
 * @args: the parameters
 *
 * load_module(), then the module's init function. An init that fails
 * takes the module away again, and its error is the result.
 *
 * Context: process context; may sleep.
 * Return: 0, an error of load_module(), or what init returned.
 */
long load_module_image(const void *image, unsigned long len, const char *args)
{
	struct module *mod = load_module(image, len, args);

	if (IS_ERR(mod))
		return PTR_ERR(mod);
	return do_init_module(mod);
}

/* Sleep until the last reference is dropped (module_put wakes us). */
static void wait_for_zero_refcount(struct module *mod)
{
	mutex_unlock(&module_mutex);
	for (;;) {
		set_current_state(TASK_UNINTERRUPTIBLE);
		if (module_refcount(mod) == 0)
			break;
		schedule();
	}
	__set_current_state(TASK_RUNNING);
	mutex_lock(&module_mutex);
}

/**
 * unload_module - remove a module: the body of the delete_module system call
 * @name: the module's name
 * @flags: O_NONBLOCK (refuse a busy module at once) and O_TRUNC (force)
 *
 * Context: process context; may sleep (without O_NONBLOCK, until the
 * module's references are dropped).
 * Return: 0; -ENOENT (no such module); -EWOULDBLOCK (used by another
 * module, or referenced and O_NONBLOCK); -EBUSY (not live, or it has an
 * init but no exit function).
 */
long unload_module(const char *name, unsigned int flags)
{
	struct module *mod;
	bool forced = false;
	long ret = 0;

	might_sleep();
	mutex_lock(&module_mutex);
	mod = find_module(name);
	if (!mod) {
		ret = -ENOENT;
		goto out;
	}
	if (!list_empty(&mod->modules_which_use_me)) {
		ret = -EWOULDBLOCK;
		goto out;
	}
	if (mod->state != MODULE_STATE_LIVE) {
		ret = -EBUSY;
		goto out;
	}
	if (mod->init && !mod->exit) {
		forced = flags & O_TRUNC;
		if (!forced) {
			ret = -EBUSY;
			goto out;
		}
		add_taint(TAINT_FORCED_RMMOD);
	}
	if (module_refcount(mod) && (flags & O_NONBLOCK)) {
		if (!(flags & O_TRUNC)) {
			ret = -EWOULDBLOCK;
			goto out;
		}
		forced = true;
		add_taint(TAINT_FORCED_RMMOD);
	}
	mod->waiter = current;
	mod->state = MODULE_STATE_GOING;
	if (!forced && module_refcount(mod))
		wait_for_zero_refcount(mod);
	mutex_unlock(&module_mutex);
	if (mod->exit)
		mod->exit();
	mutex_lock(&module_mutex);
	strscpy(last_unloaded_module, mod->name, sizeof(last_unloaded_module));
	list_del_rcu(&mod->list);
	synchronize_sched(); /* no oops or kallsyms walk is still on it */
	free_module(mod);
out:
	mutex_unlock(&module_mutex);
	return ret;
}

/* ---- the system calls ---- */

/*
 * Who may load and remove modules: whoever has CAP_SYS_MODULE (root).
 * 2.6.32 also refuses everyone once /proc/sys/kernel/modules_disabled is
 * set, a sysctl Linnet does not have.
 */
static bool may_manage_modules(void)
{
	return capable(CAP_SYS_MODULE);
}

/**
 * sys_init_module - system call 128: load a module from the caller's memory
 * @umod: the .ko file's bytes, in the caller's memory
 * @len: their number
 * @uargs: the parameters, "name=value ...", a string in the caller's memory
 *
 * What insmod calls after reading the file. The bytes are copied into
 * the kernel (vmalloc) once, then load_module_copy() and the module's init
 * run as for load_module_image().
 *
 * Context: process context; may sleep.
 * Return: 0; -EPERM (not allowed); -ENOEXEC (not a module for this
 * kernel, or corrupt); -ENOMEM (also for a file over 64 MiB); -EFAULT
 * (@umod or @uargs unreadable); -EEXIST (already loaded); -ENOENT
 * (unknown symbol or parameter); -EINVAL (bad parameter value); or the
 * negative errno the module's init returned.
 */
asmlinkage long sys_init_module(void __user *umod, unsigned long len, const char __user *uargs)
{
	struct module *mod;
	void *copy;

	if (!may_manage_modules())
		return -EPERM;
	if (len < sizeof(Elf32_Ehdr))
		return -ENOEXEC;
	copy = len > MAX_MODULE_IMAGE ? NULL : vmalloc(len);
	if (!copy)
		return -ENOMEM;
	if (copy_from_user(copy, umod, len)) {
		vfree(copy);
		return -EFAULT;
	}
	mod = load_module_copy(copy, len, NULL, uargs);
	if (IS_ERR(mod))
		return PTR_ERR(mod);
	return do_init_module(mod);
}

/**
 * sys_delete_module - system call 129: remove a module by name
 * @name_user: the module's name, in the caller's memory
 * @flags: O_NONBLOCK (refuse a referenced module at once: -EWOULDBLOCK;
 *         without it, wait for the references to go) and O_TRUNC (force)
 *
 * What rmmod calls; busybox's rmmod passes O_NONBLOCK (O_NONBLOCK|O_TRUNC
 * with -f). The body is unload_module().
 *
 * Context: process context; may sleep.
 * Return: 0; -EPERM; -EFAULT (@name_user unreadable); -ENOENT (no such
 * module); -EWOULDBLOCK (used by another module, or referenced and
 * O_NONBLOCK); -EBUSY (not live, or it has init and no exit).
 */
asmlinkage long sys_delete_module(const char __user *name_user, unsigned int flags)
{
	char name[MODULE_NAME_LEN];

	if (!may_manage_modules())
		return -EPERM;
	if (strncpy_from_user(name, name_user, MODULE_NAME_LEN - 1) < 0)
		return -EFAULT;
	name[MODULE_NAME_LEN - 1] = '\0';
	return unload_module(name, flags);
}

/* ---- /proc/modules ---- */

static void *m_start(struct seq_file *m, loff_t *pos)
{
	mutex_lock(&module_mutex);
	return seq_list_start(&modules, *pos);
}

static void *m_next(struct seq_file *m, void *p, loff_t *pos)
{
	return seq_list_next(p, &modules, pos);
}

static void m_stop(struct seq_file *m, void *p)
{
	mutex_unlock(&module_mutex);
}

static int m_show(struct seq_file *m, void *p)
{
	char line[256];

	/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
	module_show(list_entry(p, struct module, list), line, sizeof(line));
	return seq_puts(m, line);
}

/* The file busybox's lsmod prints, one module a line, newest first */
static const struct seq_operations modules_op = {
	.start = m_start,
	.next = m_next,
	.stop = m_stop,
	.show = m_show,
};

static int modules_open(struct inode *inode, struct file *file)
{
	return seq_open(file, &modules_op);
}

static const struct file_operations proc_modules_operations = {
	.open = modules_open,
	.read = seq_read,
	.llseek = seq_lseek,
	.release = seq_release,
};

static int __init proc_modules_init(void)
{
	proc_create("modules", 0, NULL, &proc_modules_operations);
	return 0;
}
module_init(proc_modules_init);
