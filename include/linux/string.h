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

/* Fill with 16-, 32-, 64-bit patterns (@count is in elements, not bytes). */
void *memset16(u16 *s, u16 v, size_t count);
void *memset32(u32 *s, u32 v, size_t count);
void *memset64(u64 *s, u64 v, size_t count);
ssize_t strscpy_pad(char *dest, const char *src, size_t count);

/*
 * __nonstring marks a char array that holds bytes of a fixed-width field,
 * not necessarily NUL-terminated (a disk label, a device name in a
 * packet). strtomem() fills one from a string; memtostr() makes a string
 * of one. The destination's size comes from its type, so both take arrays,
 * not pointers (a pointer is a build error through __must_be_array).
 */
#define __nonstring __attribute__((__nonstring__))

/* strtomem - copy @src into the array @dest, unterminated; the rest of @dest is unchanged */
#define strtomem(dest, src)                                                                   \
	do {                                                                                  \
		const size_t _dest_len = sizeof(dest) + __must_be_array(dest);                \
		memcpy(dest, src, strnlen(src, _dest_len));                                   \
	} while (0)

/* strtomem_pad - the same, filling the rest of @dest with @pad */
#define strtomem_pad(dest, src, pad)                                                          \
	do {                                                                                  \
		const size_t _dest_len = sizeof(dest) + __must_be_array(dest);                \
		const size_t _src_len = strnlen(src, _dest_len);                              \
		memcpy(dest, src, _src_len);                                                  \
		memset((char *)(dest) + _src_len, pad, _dest_len - _src_len);                 \
	} while (0)

/* memtostr - the array @src (maybe unterminated) as a string in the array @dest, cut to fit */
#define memtostr(dest, src)                                                                   \
	do {                                                                                  \
		const size_t _dest_len = sizeof(dest) + __must_be_array(dest);                \
		const size_t _src_len = strnlen((const char *)(src),                          \
						sizeof(src) + __must_be_array(src));          \
		const size_t _len = _src_len < _dest_len - 1 ? _src_len : _dest_len - 1;                             \
		memcpy(dest, src, _len);                                                      \
		(dest)[_len] = '\0';                                                          \
	} while (0)

/* memtostr_pad - the same, zeroing the rest of @dest */
#define memtostr_pad(dest, src)                                                               \
	do {                                                                                  \
		const size_t _dest_len = sizeof(dest) + __must_be_array(dest);                \
		const size_t _src_len = strnlen((const char *)(src),                          \
						sizeof(src) + __must_be_array(src));          \
		const size_t _len = _src_len < _dest_len - 1 ? _src_len : _dest_len - 1;                             \
		memcpy(dest, src, _len);                                                      \
		memset((char *)(dest) + _len, 0, _dest_len - _len);                           \
	} while (0)

/* memset_after - fill the bytes of *@obj after @member (to the end, padding included) */
#define memset_after(obj, v, member)                                                          \
	({                                                                                    \
		u8 *__ptr = (u8 *)(obj);                                                      \
		__typeof__(v) __val = (v);                                                    \
		memset(__ptr + offsetofend(__typeof__(*(obj)), member), __val,                \
		       sizeof(*(obj)) - offsetofend(__typeof__(*(obj)), member));             \
	})

/* memset_startat - fill the bytes of *@obj from @member to the end */
#define memset_startat(obj, v, member)                                                        \
	({                                                                                    \
		u8 *__ptr = (u8 *)(obj);                                                      \
		__typeof__(v) __val = (v);                                                    \
		memset(__ptr + offsetof(__typeof__(*(obj)), member), __val,                   \
		       sizeof(*(obj)) - offsetof(__typeof__(*(obj)), member));                \
	})
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
