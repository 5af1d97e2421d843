/*
 * printk_capture.c - a console that records what is printed, for tests.
 *
 * printk_capture_start() registers a console whose write() appends to a
 * buffer; printk_capture_stop() unregisters it. A test then searches the
 * buffer for the report it expects. See include/kunit/printk_capture.h.
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/string.h>
#include <kunit/printk_capture.h>

static void capture_write(struct console *co, const char *s, unsigned int count)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
	struct printk_capture *cap = container_of(co, struct printk_capture, con);
	unsigned int room = sizeof(cap->buf) - 1 - cap->len;

	if (count > room) {
		cap->overflow = true;
		count = room;
	}
	memcpy(cap->buf + cap->len, s, count);
	cap->len += count;
	cap->buf[cap->len] = '\0';
}

/**
 * printk_capture_start - begin recording console output
 * @cap: the capture; its previous contents are discarded
 *
 * Context: process context or boot.
 */
void printk_capture_start(struct printk_capture *cap)
{
	memset(&cap->con, 0, sizeof(cap->con));
	strscpy(cap->con.name, "capture", sizeof(cap->con.name));
	cap->con.write = capture_write;
	cap->con.flags = CON_ENABLED;
	cap->len = 0;
	cap->overflow = false;
	cap->buf[0] = '\0';
	register_console(&cap->con);
}

/**
 * printk_capture_stop - stop recording
 * @cap: a started capture
 *
 * Context: process context or boot.
 */
void printk_capture_stop(struct printk_capture *cap)
{
	unregister_console(&cap->con);
}

/**
 * printk_capture_contains - was @text printed while capturing?
 * @cap: the capture
 * @text: the text to look for (within one write: a line or part of one)
 *
 * Context: any.
 * Return: true if @text occurs in what was captured.
 */
bool printk_capture_contains(struct printk_capture *cap, const char *text)
{
	return strstr(cap->buf, text) != NULL;
}
