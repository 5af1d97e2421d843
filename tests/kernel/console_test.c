/*
 * console_test.c - console= chooses the consoles and /dev/console, as 2.6.32.
 *
 * The test reads the command line this kernel booted with and checks the
 * registered consoles against it: each console= names an enabled console,
 * the last one is the preferred console (CON_CONSDEV, at the head of
 * console_drivers); without console= both ttyS0 and tty0 are enabled (the
 * stated difference from Linux) and the first registered is preferred.
 * The harness boots it with and without console= (tests/harness/checks.py:
 * command_line).
 */
#include <kunit/test.h>
#include <linux/console.h>
#include <linux/init.h>
#include <linux/string.h>

static struct console *find_console(const char *name, int index)
{
	struct console *co;

	for (co = console_drivers; co; co = co->next)
		if (!strcmp(co->name, name) && co->index == index)
			return co;
	return NULL;
}

/* The device of the last console= on the command line ("ttyS0"), or "" */
static void last_console_arg(char *dev, size_t size)
{
	const char *p = boot_command_line;
	size_t n;

	dev[0] = '\0';
	while ((p = strstr(p, "console=")) != NULL) {
		if (p != boot_command_line && p[-1] != ' ') {
			p++;
			continue;
		}
		p += strlen("console=");
		n = strcspn(p, ", ");
		strscpy(dev, p, min(size, n + 1));
	}
}

static void console_preferred_is_last_test(struct kunit *test)
{
	struct console *co, *head = console_drivers;
	char dev[16], name[24];
	int consdev = 0;

	KUNIT_ASSERT_NOT_NULL(test, head);
	for (co = console_drivers; co; co = co->next) {
		KUNIT_EXPECT_TRUE(test, co->flags & CON_ENABLED);
		if (co->flags & CON_CONSDEV)
			consdev++;
	}
	KUNIT_EXPECT_EQ(test, consdev, 1);
	KUNIT_EXPECT_TRUE(test, head->flags & CON_CONSDEV);
	scnprintf(name, sizeof(name), "%s%d", head->name, head->index);
	last_console_arg(dev, sizeof(dev));
	if (dev[0]) {
		KUNIT_EXPECT_STREQ(test, name, dev);
	} else {
		/* Linnet's default: every console, the first registered preferred */
		KUNIT_EXPECT_NOT_NULL(test, find_console("ttyS", 0));
		KUNIT_EXPECT_NOT_NULL(test, find_console("tty", 0));
		KUNIT_EXPECT_STREQ(test, name, "ttyS0");
	}
}

static struct kunit_case console_cases[] = { KUNIT_CASE(console_preferred_is_last_test), {} };

static struct kunit_suite console_suite = {
	.name = "console",
	.test_cases = console_cases,
};
kunit_test_suite(console_suite);
