/*
 * shell.h - the kernel shell's command line and command table.
 *
 * kernel/debug/kdb/kdb_main.c reads a line from the console tty, shell_parse()
 * (kernel/debug/kdb/kdb_parse.c) splits it into words, and the word that names a
 * command picks an entry of the command table. Each command is a
 * function of (argc, argv) like a C program's main, returning 0 or a
 * negative errno that the shell reports. See docs/shell.md.
 */
#ifndef _LINNET_SHELL_H
#define _LINNET_SHELL_H

#include <linux/types.h>
#include <linux/compiler.h>

#define SHELL_MAX_ARGS 16

/**
 * struct shell_cmdline - a parsed command line
 * @argc: the number of words
 * @argv: the words; argv[argc] is NULL
 * @redirect: the device after "> ", or NULL
 * @background: the line ended with "&": run the command in its own thread
 */
struct shell_cmdline {
	int argc;
	char *argv[SHELL_MAX_ARGS + 1];
	char *redirect;
	int background;
};

/**
 * struct shell_command - one entry of the command table
 * @name: what the user types
 * @args: the argument synopsis, for help
 * @help: one line saying what it shows or does
 * @fn: the command; returns 0 or a negative errno
 * @redirect: whether the command takes "> DEV"
 */
struct shell_command {
	const char *name;
	const char *args;
	const char *help;
	int (*fn)(int argc, char **argv, const char *redirect);
	int redirect;
};

int shell_parse(char *line, struct shell_cmdline *cl, const char **err);

__printf(1, 2) void shell_printf(const char *fmt, ...);
void shell_write(const char *s, size_t n);
void shell_show_buf(int (*show)(char *buf, size_t size));
int shell_show_file(const char *path);
void shell_print_line(void *ctx, const char *line);
void shell_print_fmt(void *arg, const char *fmt, ...);
int shell_parse_gfp(const char *s, gfp_t *gfp);
int shell_errno(const char *what, long err);
void shell_init(void);

/* The command groups (kernel/shell_*.c, drivers/misc/lkdtm.c) */
extern const struct shell_command shell_view_commands[];
extern const struct shell_command shell_mem_commands[];
extern const struct shell_command shell_dev_commands[];
extern const struct shell_command shell_mod_commands[];

/* A driver's own commands (drivers/misc/lkdtm.c's crash), built in or a module */
struct module;
int shell_register_commands(const struct shell_command *cmds, struct module *owner);
void shell_unregister_commands(const struct shell_command *cmds);

#endif /* _LINNET_SHELL_H */
