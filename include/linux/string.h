/*
 * string.h - the kernel's string and memory functions.
 *
 * The kernel cannot use the C library, so it carries its own copies of
 * the functions every C programmer knows (memcpy, strlen, strcmp...) with
 * the same names and meanings, plus a few that exist only in Linux:
 * strlcpy/strscpy (copy with a size limit that always terminates),
 * memscan/memchr_inv (find a byte, find a byte that differs), strim (trim
 * white space) and strsep (split a string in place). They live in
 * lib/string.c.
 *
 * kstrdup(), kstrndup() and kmemdup() allocate with kmalloc() and live
 * with the slab allocator in mm/.
 */
#ifndef _LINUX_STRING_H
#define _LINUX_STRING_H

#include <linux/types.h>
#include <linux/compiler.h>

void *memcpy(void *dest, const void *src, size_t count);
void *memmove(void *dest, const void *src, size_t count);
void *memset(void *s, int c, size_t count);
int memcmp(const void *cs, const void *ct, size_t count);
void *memchr(const void *s, int c, size_t n);
void *memscan(void *addr, int c, size_t size);
void *memchr_inv(const void *start, int c, size_t bytes);

size_t strlen(const char *s);
size_t strnlen(const char *s, size_t count);
char *strcpy(char *dest, const char *src);
char *strncpy(char *dest, const char *src, size_t count);
size_t strlcpy(char *dest, const char *src, size_t size);
ssize_t strscpy(char *dest, const char *src, size_t count);
char *strcat(char *dest, const char *src);
char *strncat(char *dest, const char *src, size_t count);
size_t strlcat(char *dest, const char *src, size_t count);

int strcmp(const char *cs, const char *ct);
int strncmp(const char *cs, const char *ct, size_t count);
int strcasecmp(const char *s1, const char *s2);
int strncasecmp(const char *s1, const char *s2, size_t len);

char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strnchr(const char *s, size_t count, int c);
char *strstr(const char *s1, const char *s2);
char *strnstr(const char *s1, const char *s2, size_t len);
char *strpbrk(const char *cs, const char *ct);
size_t strspn(const char *s, const char *accept);
size_t strcspn(const char *s, const char *reject);
char *strsep(char **s, const char *ct);

char *skip_spaces(const char *str);
char *__must_check strim(char *s);

/**
 * strstrip - remove leading and trailing white space from a string
 * @str: the string; trailing white space is cut off in place
 *
 * The older name of strim(), kept because Linux 2.6.32 code calls it.
 *
 * Context: any.
 * Return: a pointer to the first non-space character of @str.
 */
static inline char *strstrip(char *str)
{
	return strim(str);
}

/* Allocating copies: implemented in mm/ once kmalloc() exists. */
char *kstrdup(const char *s, gfp_t gfp);
char *kstrndup(const char *s, size_t max, gfp_t gfp);
void *kmemdup(const void *src, size_t len, gfp_t gfp);

#endif /* _LINUX_STRING_H */
