/*
 * kunit/printk_capture.h - let a test read what the kernel printed.
 *
 * Many behaviours are reports: "slab error in verify_redzone_free(): ... double free detected", the
 * sleeping-function warning, a WARN. A test checks them by capturing
 * the console output between printk_capture_start() and
 * printk_capture_stop() and searching it. The capture is a console
 * (registered for the duration), so it sees exactly what the serial
 * console sees, timestamps included. Linnet's own test helper: Linux
 * tests read such reports from dmesg instead. See docs/testing.md.
 */
#ifndef _KUNIT_PRINTK_CAPTURE_H
#define _KUNIT_PRINTK_CAPTURE_H

#include <linux/console.h>
#include <linux/types.h>

#define PRINTK_CAPTURE_SIZE 16384

/**
 * struct printk_capture - the text printed while capturing
 * @con: the console that receives it
 * @len: bytes held in @buf
 * @overflow: more was printed than @buf holds (the rest was dropped)
 * @buf: the text, NUL-terminated
 */
struct printk_capture {
	struct console con;
	unsigned int len;
	bool overflow;
	char buf[PRINTK_CAPTURE_SIZE];
};

void printk_capture_start(struct printk_capture *cap);
void printk_capture_stop(struct printk_capture *cap);
bool printk_capture_contains(struct printk_capture *cap, const char *text);

#endif /* _KUNIT_PRINTK_CAPTURE_H */
