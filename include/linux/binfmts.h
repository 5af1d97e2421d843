/*
 * binfmts.h - executable formats: struct linux_binprm and the loaders.
 *
 * execve() gathers what it knows about the program in a linux_binprm
 * (its first bytes, its arguments), then asks each registered format
 * (ELF, #! scripts) whether it can load it. See fs/exec.c.
 */
#ifndef _LINUX_BINFMTS_H
#define _LINUX_BINFMTS_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/cred.h>

#define BINPRM_BUF_SIZE 128
/* 2.6.32 before 2.6.23's variable limit: 32 pages of argument strings */
#define MAX_ARG_PAGES 32
#define MAX_ARG_STRLEN (PAGE_SIZE * 32)
/* How deep #! scripts may nest (2.6.32.69's search_binary_handler): -ELOOP past it */
#define BINPRM_MAX_RECURSION 4

struct pt_regs;
struct linux_binprm;

void install_exec_creds(struct linux_binprm *bprm);

/**
 * struct linux_binprm - a program being executed
 * @buf: its first BINPRM_BUF_SIZE bytes (the header a format recognises)
 * @file: the open program file (open_exec), read with kernel_read()
 * @filename: the name it was executed as (AT_EXECFN)
 * @interp: the file really loaded (differs for a #! script)
 * @interp_buf: where a #! script's interpreter path is kept for @interp
 * @strings: argv's then envp's strings, each with its NUL
 * @len: bytes used in @strings
 * @argc: how many argv strings
 * @envc: how many envp strings
 * @p: the user stack pointer while the stack is being built
 * @recursion_depth: #! nesting depth (BINPRM_MAX_RECURSION at most)
 * @cred: the credentials the program will run with: the caller's, with
 *        the effective ids of a set-user-ID or set-group-ID file
 *        (prepare_binprm); installed by install_exec_creds()
 */
struct linux_binprm {
	char buf[BINPRM_BUF_SIZE];
	struct file *file;
	const char *filename;
	const char *interp;
	char interp_buf[BINPRM_BUF_SIZE];
	char *strings;
	unsigned long len;
	int argc, envc;
	unsigned long p;
	unsigned int recursion_depth;
	struct cred cred;
};

/**
 * struct linux_binfmt - an executable format
 * @lh: link in the list of formats
 * @name: its name
 * @load_binary: load @bprm into the current process, or -ENOEXEC if
 *               the file is not in this format
 */
struct linux_binfmt {
	struct list_head lh;
	const char *name;
	int (*load_binary)(struct linux_binprm *bprm, struct pt_regs *regs);
};

void register_binfmt(struct linux_binfmt *fmt);
int search_binary_handler(struct linux_binprm *bprm, struct pt_regs *regs);
struct file *open_exec(const char *name);
int prepare_binprm(struct linux_binprm *bprm);
int flush_old_exec(struct linux_binprm *bprm);
int setup_arg_pages(struct linux_binprm *bprm);
int bprm_prepend_arg(struct linux_binprm *bprm, const char *arg);
void bprm_drop_first_arg(struct linux_binprm *bprm);
void start_thread(struct pt_regs *regs, unsigned long new_ip, unsigned long new_sp);

#endif /* _LINUX_BINFMTS_H */
