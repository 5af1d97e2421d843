/*
 * module.h - loadable kernel modules, and what a module's source needs.
 *
 * A driver's source is the same whether it is linked into the kernel or
 * loaded later as a module (a .ko file); what changes is what a few
 * macros mean, chosen by -DMODULE, which the module build adds:
 *
 *   built in (no MODULE)               as a module (-DMODULE)
 *   module_init(fn): a device_initcall  an alias called init_module, which
 *                    run once at boot   kernel/module.c calls after loading
 *   module_exit(fn): discarded (never   an alias called cleanup_module,
 *                    unloaded)          called by rmmod (delete_module)
 *   THIS_MODULE:     NULL               &__this_module, the struct module
 *                                       that the build (scripts/modpost.py)
 *                                       puts in .gnu.linkonce.this_module
 *
 * EXPORT_SYMBOL(sym) puts a struct kernel_symbol {address, name} in the
 * __ksymtab section (__ksymtab_gpl for EXPORT_SYMBOL_GPL). The linker
 * gathers the kernel's into one table; a module's own exports stay in its
 * .ko. The loader resolves a module's undefined symbols against these
 * tables only: a function that is not exported cannot be called from a
 * module, exactly as in Linux.
 *
 * MODULE_LICENSE() and the other tags are "tag=value" strings in the
 * .modinfo section. In a .ko the loader reads them (vermagic, license);
 * in the kernel image the linker discards them.
 *
 * Linux 2.6.32 counts references per CPU (local_t); Linnet has one CPU and
 * an atomic_t. Linux has no symbol CRCs here either when built without
 * CONFIG_MODVERSIONS, which is Linnet's case. See docs/modules.md.
 */
#ifndef _LINUX_MODULE_H
#define _LINUX_MODULE_H

#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/list.h>
#include <linux/atomic.h>
#include <linux/moduleparam.h>
#include <linux/stringify.h>
#include <linux/elf.h>
#include <linux/kobject.h>
#include <linux/linkage.h>
/* 2.6.32 reaches <linux/string.h> through kmod.h, gfp.h, mmzone.h, bitmap.h */
#include <linux/string.h>
#include <linux/errno.h> /* as 2.6.32, through kmod.h */

#define MODULE_NAME_LEN (64 - sizeof(unsigned long))

/**
 * struct kernel_symbol - one exported symbol
 * @value: its address
 * @name: its name
 */
struct kernel_symbol {
	unsigned long value;
	const char *name;
};

/**
 * enum module_state - where a module is in its life
 * @MODULE_STATE_LIVE: loaded and initialised: in use
 * @MODULE_STATE_COMING: loaded, its init function running
 * @MODULE_STATE_GOING: being removed (or its init failed)
 */
enum module_state {
	MODULE_STATE_LIVE,
	MODULE_STATE_COMING,
	MODULE_STATE_GOING,
};

struct module;
struct module_param_attrs;

/**
 * struct module_attribute - a file of /sys/module/NAME
 * @attr: name and mode
 * @show: print the value into the page @buf (@mod is NULL for a built-in)
 * @store: take @count bytes of @buf
 */
struct module_attribute {
	struct attribute attr;
	ssize_t (*show)(struct module_attribute *mattr, struct module *mod, char *buf);
	ssize_t (*store)(struct module_attribute *mattr, struct module *mod, const char *buf,
			 size_t count);
};

/**
 * struct module_kobject - the directory /sys/module/NAME
 * @kobj: its kobject, in module_kset
 * @mod: the loaded module, or NULL for a built-in one
 * @mp: its "parameters" group, or NULL
 */
struct module_kobject {
	struct kobject kobj;
	struct module *mod;
	struct module_param_attrs *mp;
};

/**
 * struct module_sect_attr - where one of a module's sections was placed
 * @mattr: its file in /sys/module/NAME/sections (the address in hex)
 * @name: the section's name (".text", ".data"...)
 * @address: its address in the module's memory
 */
struct module_sect_attr {
	struct module_attribute mattr;
	char *name;
	unsigned long address;
};

/**
 * struct module_sect_attrs - every placed section of a module
 * @grp: the group "sections" of /sys/module/NAME, a file per section
 * @nsections: how many
 * @attrs: the sections
 *
 * Debuggers read them (`cat /sys/module/NAME/sections/.text` for GDB's
 * add-symbol-file; scripts/gdb: lx-symbols reads them from memory).
 */
struct module_sect_attrs {
	struct attribute_group grp;
	unsigned int nsections;
	struct module_sect_attr attrs[];
};

extern struct kset *module_kset;
extern struct kobj_type module_ktype;
int module_param_sysfs_setup(struct module *mod, struct kernel_param *kparam,
			     unsigned int num_params);
void module_param_sysfs_remove(struct module *mod);

/**
 * struct module - a loaded module (2.6.32's fields that Linnet uses)
 * @state: see enum module_state
 * @list: on the list of loaded modules (kernel/module.c:modules)
 * @name: its name, from the build (KBUILD_MODNAME)
 * @syms: its EXPORT_SYMBOL()s
 * @num_syms: how many
 * @gpl_syms: its EXPORT_SYMBOL_GPL()s
 * @num_gpl_syms: how many
 * @kp: its module_param()s
 * @num_kp: how many
 * @init: its init function (module_init), or NULL
 * @module_init: the memory of its init sections, freed after init
 * @module_core: the memory of everything else, kept until removal
 * @init_size: size of @module_init
 * @core_size: size of @module_core
 * @init_text_size: the text part of @module_init
 * @core_text_size: the text part of @module_core
 * @taints: TAINT_* bits this module caused (a proprietary licence...)
 * @modules_which_use_me: modules that call this one's exports
 * @waiter: the task removing this module, waiting for the count to drop
 * @exit: its exit function (module_exit), or NULL: it cannot be removed
 * @refcnt: references taken by try_module_get() (open files...)
 * @symtab: its symbol table, kept for backtraces and /proc/kallsyms
 * @num_symtab: how many symbols
 * @strtab: their names
 * @args: the parameters it was loaded with
 * @sect_attrs: where its sections were placed (for debuggers)
 * @mkobj: its directory /sys/module/NAME
 * @holders_dir: /sys/module/NAME/holders: a link per module using it
 */
struct module {
	enum module_state state;
	struct list_head list;
	char name[MODULE_NAME_LEN];

	const struct kernel_symbol *syms;
	unsigned int num_syms;
	const struct kernel_symbol *gpl_syms;
	unsigned int num_gpl_syms;
	struct kernel_param *kp;
	unsigned int num_kp;

	int (*init)(void);
	void *module_init;
	void *module_core;
	unsigned int init_size, core_size;
	unsigned int init_text_size, core_text_size;

	unsigned int taints;

	struct list_head modules_which_use_me;
	struct task_struct *waiter;
	void (*exit)(void);
	atomic_t refcnt;

	Elf32_Sym *symtab;
	unsigned int num_symtab;
	char *strtab;
	char *args;
	struct module_sect_attrs *sect_attrs;
	struct module_kobject mkobj;
	struct kobject *holders_dir;
};

#define __MODULE_INFO(tag, name, info)                                        \
	static const char __UNIQUE_ID(name)[] __used __section(".modinfo")    \
		__aligned(1) = __stringify(tag) "=" info
#define MODULE_INFO(tag, info) __MODULE_INFO(tag, tag, info)
#define MODULE_LICENSE(_license) MODULE_INFO(license, _license)
#define MODULE_AUTHOR(_author) MODULE_INFO(author, _author)
#define MODULE_DESCRIPTION(_description) MODULE_INFO(description, _description)
#define MODULE_VERSION(_version) MODULE_INFO(version, _version)
#define MODULE_ALIAS(_alias) MODULE_INFO(alias, _alias)
#define MODULE_FIRMWARE(_firmware) MODULE_INFO(firmware, _firmware)
#define MODULE_DEVICE_TABLE(type, name)
/* Documentation only, as in 2.6.32: it records nothing */
#define MODULE_SUPPORTED_DEVICE(name)

#define __EXPORT_SYMBOL(sym, sec)                                                  \
	extern typeof(sym) sym;                                                    \
	static const char __kstrtab_##sym[] __used __section("__ksymtab_strings") \
		__aligned(1) = #sym;                                               \
	static const struct kernel_symbol __ksymtab_##sym __used                  \
		__section("__ksymtab" sec) __aligned(sizeof(void *)) = {           \
			(unsigned long)&sym, __kstrtab_##sym }
#define EXPORT_SYMBOL(sym) __EXPORT_SYMBOL(sym, "")
#define EXPORT_SYMBOL_GPL(sym) __EXPORT_SYMBOL(sym, "_gpl")

#ifdef MODULE
extern struct module __this_module;
#define THIS_MODULE (&__this_module)

/*
 * The loader calls init_module and cleanup_module (the names modules had
 * before module_init() existed); these aliases give them the driver's own
 * functions, with a type check.
 */
#define module_init(initfn)                                                    \
	static inline int (*__inittest(void))(void) { return initfn; }         \
	int init_module(void) __attribute__((copy(initfn), alias(#initfn)))
#define module_exit(exitfn)                                                    \
	static inline void (*__exittest(void))(void) { return exitfn; }        \
	void cleanup_module(void) __attribute__((copy(exitfn), alias(#exitfn)))
#else
#define THIS_MODULE ((struct module *)0)

/**
 * module_init - the function to run when the driver starts
 * @initfn: int fn(void); a negative errno fails the load
 *
 * Built in, it runs at boot as a device_initcall(); in a module, when the
 * module is loaded.
 */
#define module_init(initfn) device_initcall(initfn)

/**
 * module_exit - the function to run when the driver is removed
 * @exitfn: void fn(void)
 *
 * Built in, a driver is never removed: the function is discarded.
 */
#define module_exit(exitfn)                                                        \
	static void (*__UNIQUE_ID(exitcall))(void) __used                            \
		__section(".exitcall.exit") = exitfn
#endif

bool try_module_get(struct module *module);
void module_put(struct module *module);
void __module_get(struct module *module);
unsigned int module_refcount(struct module *mod);
struct module *find_module(const char *name);
struct module *__module_address(unsigned long addr);
bool is_module_address(unsigned long addr);
bool is_module_text_address(unsigned long addr);
const char *module_address_lookup(unsigned long addr, unsigned long *size,
				  unsigned long *offset, char **modname);
unsigned long module_kallsyms_lookup_name(const char *name);
const struct kernel_symbol *find_symbol(const char *name, struct module **owner,
					bool gplok);
unsigned long __symbol_get(const char *name);
void print_modules(void);
int module_show(struct module *mod, char *buf, size_t size);
void for_each_module_show(void (*show)(const char *line, void *data), void *data);
long load_module_image(const void *image, unsigned long len, const char *args);
struct module *load_module(const void *image, unsigned long len, const char *args);
void module_abort_load(struct module *mod);
long unload_module(const char *name, unsigned int flags);
asmlinkage long sys_init_module(void __user *umod, unsigned long len, const char __user *uargs);
asmlinkage long sys_delete_module(const char __user *name_user, unsigned int flags);

/**
 * module_name - a module's name, "kernel" for built-in code
 * @mod: the module, or NULL
 *
 * Return: the name.
 */
static inline const char *module_name(struct module *mod)
{
	return mod ? mod->name : "kernel";
}

#endif /* _LINUX_MODULE_H */
