/*
 * shell_shim.c - kernel/debug/kdb/kdb_parse.c on sample command lines, compiled
 * with Linnet's headers. shell_test.c in the same folder runs it.
 */
#include <linnet/shell.h>
#include <linux/errno.h>
#include <linux/string.h>

void host_check(int ok, const char *file, int line, const char *what);
#define CHECK(cond) host_check(!!(cond), __FILE__, __LINE__, #cond)

void shell_shim_run(void);

static struct shell_cmdline cl;
static const char *err;

static int parse(const char *text)
{
	static char line[256];

	strcpy(line, text);
	err = NULL;
	return shell_parse(line, &cl, &err);
}

static void good_lines(void)
{
	CHECK(parse("") == 0 && cl.argc == 0);
	CHECK(parse("   \t\n") == 0 && cl.argc == 0);
	CHECK(parse("meminfo\n") == 0 && cl.argc == 1 && !strcmp(cl.argv[0], "meminfo"));
	CHECK(cl.argv[1] == NULL && !cl.redirect && !cl.background);
	CHECK(parse("  kmalloc   100  GFP_ATOMIC ") == 0 && cl.argc == 3);
	CHECK(!strcmp(cl.argv[1], "100") && !strcmp(cl.argv[2], "GFP_ATOMIC"));
	CHECK(parse("echo hello world > wait1") == 0 && cl.argc == 3);
	CHECK(!strcmp(cl.redirect, "wait1") && !strcmp(cl.argv[2], "world"));
	CHECK(parse("echo \"a  b\" >wait1") == 0 && cl.argc == 3 && !strcmp(cl.argv[1], "a  b"));
	CHECK(!strcmp(cl.argv[2], ">wait1") && !cl.redirect); /* '>' is a word of its own */
	CHECK(parse("cat wait1 &") == 0 && cl.argc == 2 && cl.background);
	CHECK(parse("echo x > wait1 &") == 0 && cl.background && !strcmp(cl.redirect, "wait1"));
	CHECK(parse("echo \"\"") == 0 && cl.argc == 2 && cl.argv[1][0] == '\0');
}

static void bad_lines(void)
{
	CHECK(parse("echo \"open") == -EINVAL && err);
	CHECK(parse("echo x >") == -EINVAL && err);
	CHECK(parse("echo x > a > b") == -EINVAL && err);
	CHECK(parse("echo x > a b") == -EINVAL && err);
	CHECK(parse("cat x & y") == -EINVAL && err);
	CHECK(parse("> x") == -EINVAL && err);
	CHECK(parse("&") == -EINVAL && err);
	CHECK(parse("a 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15") == 0 && cl.argc == 16);
	CHECK(parse("a 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16") == -E2BIG && err);
}

/**
 * shell_shim_run - every shell parser case
 *
 * Context: host test program.
 */
void shell_shim_run(void)
{
	good_lines();
	bad_lines();
}
