/*
 * printk.h - the kernel's printf, with log levels.
 *
 * A message starts with a level marker, KERN_ERR "..." being the string
 * "<3>..." as in Linux 2.6.32. printk() stores the line in the log ring
 * buffer (read back by dmesg) and writes it to every console whose level
 * allows it. See kernel/printk.c and docs/boot.md.
 */
#ifndef _LINUX_PRINTK_H
#define _LINUX_PRINTK_H

#include <linux/stdarg.h>
#include <linux/compiler.h>

#define KERN_EMERG "<0>"   /* system is unusable */
#define KERN_ALERT "<1>"   /* action must be taken immediately */
#define KERN_CRIT "<2>"    /* critical conditions */
#define KERN_ERR "<3>"     /* error conditions */
#define KERN_WARNING "<4>" /* warning conditions */
#define KERN_NOTICE "<5>"  /* normal but significant condition */
#define KERN_INFO "<6>"    /* informational */
#define KERN_DEBUG "<7>"   /* debug-level messages */
#define KERN_DEFAULT "<d>" /* the default level */
#define KERN_CONT "<c>"    /* continues the previous line */

#define LOGLEVEL_EMERG 0
#define LOGLEVEL_DEBUG 7
#define DEFAULT_MESSAGE_LOGLEVEL 4 /* KERN_WARNING, as Linux */
#define DEFAULT_CONSOLE_LOGLEVEL 7 /* everything more important than KERN_DEBUG */

extern int console_printk[4];
#define console_loglevel (console_printk[0])
#define default_message_loglevel (console_printk[1])

__printf(1, 2) __cold int printk(const char *fmt, ...);
int vprintk(const char *fmt, va_list args);
__printf(1, 2) int early_printk(const char *fmt, ...);

/* A file may set its own prefix: #define pr_fmt(fmt) "name: " fmt before its includes. */
#ifndef pr_fmt
#define pr_fmt(fmt) fmt
#endif
#define pr_emerg(fmt, ...) printk(KERN_EMERG pr_fmt(fmt), ##__VA_ARGS__)
#define pr_alert(fmt, ...) printk(KERN_ALERT pr_fmt(fmt), ##__VA_ARGS__)
#define pr_crit(fmt, ...) printk(KERN_CRIT pr_fmt(fmt), ##__VA_ARGS__)
#define pr_err(fmt, ...) printk(KERN_ERR pr_fmt(fmt), ##__VA_ARGS__)
#define pr_warning(fmt, ...) printk(KERN_WARNING pr_fmt(fmt), ##__VA_ARGS__)
#define pr_warn pr_warning
#define pr_notice(fmt, ...) printk(KERN_NOTICE pr_fmt(fmt), ##__VA_ARGS__)
#define pr_info(fmt, ...) printk(KERN_INFO pr_fmt(fmt), ##__VA_ARGS__)
#define pr_cont(fmt, ...) printk(KERN_CONT fmt, ##__VA_ARGS__)
#define pr_debug(fmt, ...) printk(KERN_DEBUG pr_fmt(fmt), ##__VA_ARGS__)

void dump_stack(void);
void console_verbose(void);
void bust_spinlocks(int yes);
unsigned int log_buf_read(char *buf, unsigned int offset, unsigned int len);
__printf(1, 2) __noreturn __cold void panic(const char *fmt, ...);

#endif /* _LINUX_PRINTK_H */
