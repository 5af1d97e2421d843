/*
 * kdb_parse.c - splitting a shell command line into words.
 *
 * The shell's syntax is small: words separated by blanks, a word in
 * double quotes may contain blanks, "> DEV" sends a command's output to
 * a character device, and a final "&" runs the command in a kernel
 * thread of its own so the prompt comes back at once:
 *
 *   echo "hello there" > wait1      argv = {echo, hello there}, redirect = wait1
 *   cat wait1 &                      argv = {cat, wait1}, background
 *
 * The line is split in place (the words point into it, ending in NULs),
 * so parsing needs no memory, and the parser runs on the host too
 * (tests/host/shell_shim.c). See docs/shell.md.
 */
#include <linnet/shell.h>
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>

static bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* next_word - cut the word at *@p (quoted or not), advance *@p past it */
static char *next_word(char **p, const char **err)
{
	char *s = *p, *word = s, *end;

	if (*s == '"') {
		word = ++s;
		end = strchr(s, '"');
		if (!end) {
			*err = "missing closing quote";
			return NULL;
		}
		*end = '\0';
		*p = end + 1;
		return word;
	}
	while (*s && !is_blank(*s))
		s++;
	if (*s)
		*s++ = '\0';
	*p = s;
	return word;
}

/* add_word - place a word: a redirection target, "&", or an argument */
static int add_word(struct shell_cmdline *cl, char *word, bool *want_target, const char **err)
{
	if (cl->background) {
		*err = "'&' must end the line";
		return -EINVAL;
	}
	if (*want_target) {
		cl->redirect = word;
		*want_target = false;
	} else if (!strcmp(word, ">")) {
		if (cl->redirect) {
			*err = "only one '>' allowed";
			return -EINVAL;
		}
		*want_target = true;
	} else if (!strcmp(word, "&")) {
		cl->background = 1;
	} else if (cl->redirect) {
		*err = "nothing may follow '> DEV'";
		return -EINVAL;
	} else if (cl->argc == SHELL_MAX_ARGS) {
		*err = "too many arguments";
		return -E2BIG;
	} else {
		cl->argv[cl->argc++] = word;
	}
	return 0;
}

/**
 * shell_parse - split a command line into words, in place
 * @line: the line, NUL-terminated; modified (words end in NULs)
 * @cl: the result; argc is 0 for an empty line
 * @err: set to a message when the line is malformed
 *
 * Context: any; uses no memory beyond @cl.
 * Return: 0, or -EINVAL (bad syntax) or -E2BIG (more than SHELL_MAX_ARGS
 * words) with *@err set.
 */
int shell_parse(char *line, struct shell_cmdline *cl, const char **err)
{
	bool want_target = false;
	char *p = line, *word;
	int ret;

	memset(cl, 0, sizeof(*cl));
	for (;;) {
		while (is_blank(*p))
			p++;
		if (!*p)
			break;
		word = next_word(&p, err);
		if (!word)
			return -EINVAL;
		ret = add_word(cl, word, &want_target, err);
		if (ret)
			return ret;
	}
	if (want_target) {
		*err = "'>' needs a device name";
		return -EINVAL;
	}
	if (!cl->argc && (cl->redirect || cl->background)) {
		*err = "no command";
		return -EINVAL;
	}
	cl->argv[cl->argc] = NULL;
	return 0;
}
