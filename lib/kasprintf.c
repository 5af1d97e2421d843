/*
 * lib/kasprintf.c - printf into a buffer kmalloc'd to fit.
 *
 * kasprintf(GFP_KERNEL, "scull%d", i) returns a new string just long
 * enough: vsnprintf() is run twice, once with no buffer to learn the
 * length, then into a buffer of that size plus the terminating NUL. The
 * caller kfree()s it. kobject_set_name() names kobjects this way. The
 * names and behaviour are Linux 2.6.32's lib/kasprintf.c. Read
 * docs/lib.md next.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/slab.h>

/**
 * kvasprintf - kasprintf() with a va_list
 * @gfp: how to allocate
 * @fmt: the format
 * @ap: its arguments
 *
 * Context: as @gfp allows.
 * Return: the new string, or NULL if it could not be allocated.
 */
char *kvasprintf(gfp_t gfp, const char *fmt, va_list ap)
{
	unsigned int len;
	char *p;
	va_list aq;

	va_copy(aq, ap);
	len = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	p = kmalloc(len + 1, gfp);
	if (!p)
		return NULL;
	vsnprintf(p, len + 1, fmt, ap);
	return p;
}
EXPORT_SYMBOL(kvasprintf);

/**
 * kasprintf - print into a kmalloc'd buffer of the right size
 * @gfp: how to allocate
 * @fmt: the format
 *
 * Context: as @gfp allows.
 * Return: the new string (kfree it), or NULL if it could not be allocated.
 */
char *kasprintf(gfp_t gfp, const char *fmt, ...)
{
	va_list ap;
	char *p;

	va_start(ap, fmt);
	p = kvasprintf(gfp, fmt, ap);
	va_end(ap);
	return p;
}
EXPORT_SYMBOL(kasprintf);
