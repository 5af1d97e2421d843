/*
 * binfmt_script.c - "#!" scripts: run the interpreter the first line names.
 *
 * A file starting with "#!" is not loaded itself: its first line names
 * an interpreter and at most one argument, and execve() starts again
 * with the interpreter, its argv being
 *
 *   interpreter [argument] path-of-the-script original-argv[1...]
 *
 * The rules are 2.6.32's load_script: only the first BINPRM_BUF_SIZE
 * (128) bytes are looked at, the line ends at a newline or there;
 * spaces and tabs around the interpreter name are dropped; everything
 * after the name's following blanks is the one argument, inner spaces
 * included ("#!/bin/sh -e -x" passes "-e -x" as one string); no name is
 * -ENOEXEC. The interpreter may itself be a script, up to
 * BINPRM_MAX_RECURSION levels (fs/exec.c:search_binary_handler answers
 * -ELOOP beyond). Later Linux (5.1) refuses a line whose interpreter
 * name was cut by the 128-byte limit; 2.6.32 runs the cut name, and so
 * does Linnet. Read next: fs/binfmt_elf.c, docs/processes.md.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/binfmts.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/fs.h>
#include <linux/file.h>

static bool is_blank(char c)
{
	return c == ' ' || c == '\t';
}

static int load_script(struct linux_binprm *bprm, struct pt_regs *regs)
{
	char interp[BINPRM_BUF_SIZE];
	char *cp, *i_name, *i_arg = NULL;
	struct file *file;
	int ret;

	if (bprm->buf[0] != '#' || bprm->buf[1] != '!')
		return -ENOEXEC;
	allow_write_access(bprm->file);
	fput(bprm->file);
	bprm->file = NULL;

	/* The first line, without its trailing blanks */
	bprm->buf[BINPRM_BUF_SIZE - 1] = '\0';
	cp = strchr(bprm->buf, '\n');
	if (!cp)
		cp = bprm->buf + BINPRM_BUF_SIZE - 1;
	*cp = '\0';
	while (cp > bprm->buf && is_blank(cp[-1]))
		*--cp = '\0';
	for (cp = bprm->buf + 2; is_blank(*cp); cp++)
		;
	if (!*cp)
		return -ENOEXEC; /* no interpreter named */
	i_name = cp;
	while (*cp && !is_blank(*cp))
		cp++;
	while (is_blank(*cp))
		*cp++ = '\0';
	if (*cp)
		i_arg = cp;
	strcpy(interp, i_name);

	/* argv: interpreter [argument] script argv[1...] (built front first) */
	if (bprm->argc)
		bprm_drop_first_arg(bprm);
	ret = bprm_prepend_arg(bprm, bprm->interp);
	if (!ret && i_arg)
		ret = bprm_prepend_arg(bprm, i_arg);
	if (!ret)
		ret = bprm_prepend_arg(bprm, i_name);
	if (ret)
		return ret;

	strcpy(bprm->interp_buf, interp);
	bprm->interp = bprm->interp_buf;
	file = open_exec(interp);
	if (IS_ERR(file))
		return PTR_ERR(file);
	bprm->file = file;
	ret = prepare_binprm(bprm);
	if (ret < 0)
		return ret;
	return search_binary_handler(bprm, regs);
}

static struct linux_binfmt script_format = {
	.name = "script",
	.load_binary = load_script,
};

static int __init init_script_binfmt(void)
{
	register_binfmt(&script_format);
	return 0;
}
core_initcall(init_script_binfmt);
