/*
 * string.c - memory and string functions for a kernel without a C library.
 *
 * Nearly every function here walks its bytes one at a time: the
 * clearest way, where the reader can check each loop against the
 * function's contract at a glance. The three that move whole blocks
 * (memcpy, memmove, memset) are on every hot path (page zeroing, slab
 * poisoning, console scrolling), so in the kernel they use the x86 string
 * instructions, as Linux's i386 versions do: "rep movsl" moves four bytes
 * per step. The host build (LINNET_HOST) keeps the plain loops.
 *
 * These functions must exist even if no kernel code called them: GCC
 * emits calls to memcpy, memmove, memset and memcmp on its own, for
 * structure assignment and initialisation, even under -fno-builtin.
 *
 * The size-limited copies differ in what they promise:
 *
 *   strncpy(d, s, n)  writes exactly n bytes, padding with NULs, and does
 *                     NOT terminate when s is too long: rarely what you want.
 *   strlcpy(d, s, n)  always terminates (n > 0) and returns strlen(s), so
 *                     truncation shows as a return value >= n.
 *   strscpy(d, s, n)  always terminates (n > 0) and returns the length
 *                     copied, or -E2BIG when it had to truncate. It never
 *                     reads s past n bytes. Prefer it in new code.
 */
#include <linux/module.h>
#include <linux/string.h>
#include <linux/ctype.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/kasan.h>

/**
 * memcpy - copy a block of memory
 * @dest: where to copy to
 * @src: where to copy from; must not overlap @dest (use memmove() then)
 * @count: the number of bytes
 *
 * Context: any.
 * Return: @dest.
 */
void *memcpy(void *dest, const void *src, size_t count)
{
	kasan_check_range(src, count, false, _RET_IP_);
	kasan_check_range(dest, count, true, _RET_IP_);
#ifdef LINNET_HOST
	char *d = dest;
	const char *s = src;

	while (count--)
		*d++ = *s++;
#else
	int d0, d1, d2;

	/* Four bytes a step with "rep movsl", then the 0-3 left over */
	__asm__ __volatile__("rep movsl\n\t"
			     "movl %4, %%ecx\n\t"
			     "andl $3, %%ecx\n\t"
			     "rep movsb"
			     : "=&c"(d0), "=&D"(d1), "=&S"(d2)
			     : "0"(count / 4), "g"(count), "1"(dest), "2"(src)
			     : "memory");
#endif
	return dest;
}
EXPORT_SYMBOL(memcpy);

/**
 * memmove - copy a block of memory that may overlap its destination
 * @dest: where to copy to
 * @src: where to copy from
 * @count: the number of bytes
 *
 * Copying forwards would overwrite the tail of @src before reading it when
 * @dest lies above @src, so in that case the copy runs backwards.
 *
 * Context: any.
 * Return: @dest.
 */
void *memmove(void *dest, const void *src, size_t count)
{
	char *d = dest;
	const char *s = src;

	if (d <= s || d >= s + count)
		return memcpy(dest, src, count);
	kasan_check_range(src, count, false, _RET_IP_);
	kasan_check_range(dest, count, true, _RET_IP_);
#ifdef LINNET_HOST
	while (count--)
		d[count] = s[count];
#else
	{
		int d0, d1, d2;

		/*
		 * Overlapping with dest above src: copy from the top down
		 * (std), four bytes a step, then the 0-3 left at the bottom.
		 * After the words, ESI and EDI point 4 below the last word
		 * moved; +3 makes them point at the top leftover byte.
		 */
		__asm__ __volatile__("std\n\t"
				     "rep movsl\n\t"
				     "movl %6, %%ecx\n\t"
				     "andl $3, %%ecx\n\t"
				     "addl $3, %%esi\n\t"
				     "addl $3, %%edi\n\t"
				     "rep movsb\n\t"
				     "cld"
				     : "=&c"(d0), "=&S"(d1), "=&D"(d2)
				     : "0"(count / 4), "1"(s + count - 4), "2"(d + count - 4),
				       "g"(count)
				     : "memory");
	}
#endif
	return dest;
}
EXPORT_SYMBOL(memmove);

/**
 * memset - fill a block of memory with one byte value
 * @s: the memory
 * @c: the value; only its low byte is used
 * @count: the number of bytes
 *
 * Context: any.
 * Return: @s.
 */
void *memset(void *s, int c, size_t count)
{
	kasan_check_range(s, count, true, _RET_IP_);
#ifdef LINNET_HOST
	char *p = s;

	while (count--)
		*p++ = c;
#else
	int d0, d1;
	unsigned int pattern = 0x01010101u * (unsigned char)c;

	/* Four bytes a step with "rep stosl", then the 0-3 left over */
	__asm__ __volatile__("rep stosl\n\t"
			     "movl %3, %%ecx\n\t"
			     "andl $3, %%ecx\n\t"
			     "rep stosb"
			     : "=&c"(d0), "=&D"(d1)
			     : "a"(pattern), "g"(count), "0"(count / 4), "1"(s)
			     : "memory");
#endif
	return s;
}
EXPORT_SYMBOL(memset);

/**
 * memcmp - compare two blocks of memory
 * @cs: one block
 * @ct: the other
 * @count: the number of bytes to compare
 *
 * Bytes compare as unsigned char, so 0x80 sorts after 0x7f.
 *
 * Context: any.
 * Return: 0 if equal, else the difference of the first differing bytes
 * (negative if @cs's byte is smaller).
 */
int memcmp(const void *cs, const void *ct, size_t count)
{
	const unsigned char *a = cs, *b = ct;

#ifndef LINNET_HOST
	/*
	 * x86 loads unaligned words at full speed: step over equal words
	 * four bytes at a time, then find the differing byte one by one (as
	 * today's Linux does with CONFIG_HAVE_EFFICIENT_UNALIGNED_ACCESS;
	 * 2.6.32 compares byte by byte).
	 */
	for (; count >= 4; count -= 4, a += 4, b += 4) {
		if (*(const u32 *)a != *(const u32 *)b)
			break;
	}
#endif
	for (; count; count--, a++, b++) {
		if (*a != *b)
			return *a - *b;
	}
	return 0;
}
EXPORT_SYMBOL(memcmp);

/**
 * memchr - find a byte in a block of memory
 * @s: the memory
 * @c: the byte to find (converted to unsigned char)
 * @n: the size of the block
 *
 * Context: any.
 * Return: a pointer to the first @c, or NULL if there is none.
 */
void *memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;

	for (; n; n--, p++) {
		if (*p == (unsigned char)c)
			return (void *)p;
	}
	return NULL;
}
EXPORT_SYMBOL(memchr);

/**
 * memscan - find a byte in a block of memory, or its end
 * @addr: the memory
 * @c: the byte to find
 * @size: the size of the block
 *
 * Like memchr(), but a miss returns the end of the block rather than
 * NULL, which suits loops that go on from where the scan stopped.
 *
 * Context: any.
 * Return: a pointer to the first @c, or @addr + @size if there is none.
 */
void *memscan(void *addr, int c, size_t size)
{
	unsigned char *p = addr;

	while (size && *p != (unsigned char)c) {
		p++;
		size--;
	}
	return p;
}
EXPORT_SYMBOL(memscan);

/**
 * memchr_inv - find the first byte that is NOT a given value
 * @start: the memory
 * @c: the expected byte
 * @bytes: the size of the block
 *
 * Used to check that memory still holds a fill pattern (a poisoned free
 * object, a zeroed page): a non-NULL answer points at the damage.
 *
 * Context: any.
 * Return: a pointer to the first byte other than @c, or NULL if every byte
 * is @c.
 */
void *memchr_inv(const void *start, int c, size_t bytes)
{
	const unsigned char *p = start;

	for (; bytes; bytes--, p++) {
		if (*p != (unsigned char)c)
			return (void *)p;
	}
	return NULL;
}

/**
 * strlen - the length of a string
 * @s: the string
 *
 * Context: any.
 * Return: the number of characters before the terminating NUL.
 */
size_t strlen(const char *s)
{
	const char *p = s;

	while (*p)
		p++;
	return p - s;
}
EXPORT_SYMBOL(strlen);

/**
 * strnlen - the length of a string, looking at no more than @count bytes
 * @s: the string
 * @count: the most bytes to examine
 *
 * Context: any.
 * Return: strlen(@s), or @count if there is no NUL in the first @count bytes.
 */
size_t strnlen(const char *s, size_t count)
{
	const char *p = s;

	while (count-- && *p)
		p++;
	return p - s;
}
EXPORT_SYMBOL(strnlen);

/**
 * strcpy - copy a string
 * @dest: where to copy to; must have room for strlen(@src) + 1 bytes
 * @src: the string
 *
 * Context: any.
 * Return: @dest.
 */
char *strcpy(char *dest, const char *src)
{
	char *d = dest;

	while ((*d++ = *src++) != '\0')
		;
	return dest;
}
EXPORT_SYMBOL(strcpy);

/**
 * strncpy - copy a string into a fixed-size field
 * @dest: the field
 * @src: the string
 * @count: the size of the field
 *
 * Writes exactly @count bytes: the string, then NULs up to @count. If
 * @src has @count or more characters, @dest is NOT terminated.
 *
 * Context: any.
 * Return: @dest.
 */
char *strncpy(char *dest, const char *src, size_t count)
{
	char *d = dest;

	while (count) {
		*d = *src;
		if (*src)
			src++;
		d++;
		count--;
	}
	return dest;
}
EXPORT_SYMBOL(strncpy);

/**
 * strlcpy - copy a string into a buffer, truncating, always terminating
 * @dest: the buffer
 * @src: the string
 * @size: the size of the buffer; 0 writes nothing
 *
 * Context: any.
 * Return: strlen(@src); a value >= @size means the copy was truncated.
 */
size_t strlcpy(char *dest, const char *src, size_t size)
{
	size_t ret = strlen(src);
	size_t len;

	if (size) {
		len = ret >= size ? size - 1 : ret;
		memcpy(dest, src, len);
		dest[len] = '\0';
	}
	return ret;
}
EXPORT_SYMBOL(strlcpy);

/**
 * strscpy - copy a string into a buffer, reporting truncation
 * @dest: the buffer
 * @src: the string
 * @count: the size of the buffer
 *
 * Copies at most @count - 1 characters and always terminates @dest when
 * @count is not 0. Unlike strlcpy(), it never reads @src beyond @count
 * bytes, so @src need not be terminated if it is at least that long.
 *
 * Context: any.
 * Return: the number of characters copied (not counting the NUL), or
 * -E2BIG if @src did not fit (including when @count is 0).
 */
ssize_t strscpy(char *dest, const char *src, size_t count)
{
	size_t i;

	if (count == 0)
		return -E2BIG;
	for (i = 0; i < count; i++) {
		dest[i] = src[i];
		if (src[i] == '\0')
			return i;
	}
	dest[count - 1] = '\0';
	return -E2BIG;
}
EXPORT_SYMBOL(strscpy);

/**
 * strcat - append one string to another
 * @dest: the string to extend; must have room for the result
 * @src: the string to append
 *
 * Context: any.
 * Return: @dest.
 */
char *strcat(char *dest, const char *src)
{
	strcpy(dest + strlen(dest), src);
	return dest;
}
EXPORT_SYMBOL(strcat);

/**
 * strncat - append at most @count characters of a string to another
 * @dest: the string to extend; must have room for the result
 * @src: the string to append
 * @count: the most characters to take from @src
 *
 * The result is always terminated.
 *
 * Context: any.
 * Return: @dest.
 */
char *strncat(char *dest, const char *src, size_t count)
{
	char *d = dest + strlen(dest);

	while (count-- && *src)
		*d++ = *src++;
	*d = '\0';
	return dest;
}
EXPORT_SYMBOL(strncat);

/**
 * strlcat - append a string to another in a buffer of limited size
 * @dest: the string to extend, inside a buffer of @count bytes
 * @src: the string to append
 * @count: the size of the whole buffer
 *
 * Appends as much of @src as fits and terminates. @dest must already be
 * terminated inside the buffer: if it is not, the caller has a bug that
 * this function cannot repair, so it stops the kernel.
 *
 * Context: any.
 * Return: the length the full result would have, strlen(@dest) +
 * strlen(@src); a value >= @count means truncation.
 */
size_t strlcat(char *dest, const char *src, size_t count)
{
	size_t dsize = strlen(dest);
	size_t len = strlen(src);
	size_t res = dsize + len;

	BUG_ON(dsize >= count);
	dest += dsize;
	count -= dsize;
	if (len >= count)
		len = count - 1;
	memcpy(dest, src, len);
	dest[len] = '\0';
	return res;
}
EXPORT_SYMBOL(strlcat);

/**
 * strcmp - compare two strings
 * @cs: one string
 * @ct: the other
 *
 * Characters compare as unsigned char, as in the C library.
 *
 * Context: any.
 * Return: 0 if equal, -1 if @cs sorts first, 1 if @ct does.
 */
int strcmp(const char *cs, const char *ct)
{
	unsigned char c1, c2;

	do {
		c1 = *cs++;
		c2 = *ct++;
		if (c1 != c2)
			return c1 < c2 ? -1 : 1;
	} while (c1);
	return 0;
}
EXPORT_SYMBOL(strcmp);

/**
 * strncmp - compare two strings, looking at no more than @count characters
 * @cs: one string
 * @ct: the other
 * @count: the most characters to compare
 *
 * Context: any.
 * Return: 0 if equal, -1 if @cs sorts first, 1 if @ct does.
 */
int strncmp(const char *cs, const char *ct, size_t count)
{
	unsigned char c1, c2;

	while (count--) {
		c1 = *cs++;
		c2 = *ct++;
		if (c1 != c2)
			return c1 < c2 ? -1 : 1;
		if (!c1)
			break;
	}
	return 0;
}
EXPORT_SYMBOL(strncmp);

/**
 * strcasecmp - compare two strings, ignoring case
 * @s1: one string
 * @s2: the other
 *
 * Context: any.
 * Return: 0 if equal ignoring case, else the difference of the first
 * differing characters after lowering them.
 */
int strcasecmp(const char *s1, const char *s2)
{
	unsigned char c1, c2;

	do {
		c1 = tolower(*s1++);
		c2 = tolower(*s2++);
	} while (c1 == c2 && c1);
	return c1 - c2;
}
EXPORT_SYMBOL(strcasecmp);

/**
 * strncasecmp - compare at most @len characters of two strings, ignoring case
 * @s1: one string
 * @s2: the other
 * @len: the most characters to compare
 *
 * Context: any.
 * Return: 0 if equal ignoring case, else the difference of the first
 * differing characters after lowering them.
 */
int strncasecmp(const char *s1, const char *s2, size_t len)
{
	unsigned char c1, c2;

	for (; len; len--) {
		c1 = tolower(*s1++);
		c2 = tolower(*s2++);
		if (c1 != c2)
			return c1 - c2;
		if (!c1)
			break;
	}
	return 0;
}
EXPORT_SYMBOL(strncasecmp);

/**
 * strchr - find a character in a string
 * @s: the string
 * @c: the character; '\0' finds the terminator
 *
 * Context: any.
 * Return: a pointer to the first @c in @s, or NULL.
 */
char *strchr(const char *s, int c)
{
	for (; *s != (char)c; s++) {
		if (*s == '\0')
			return NULL;
	}
	return (char *)s;
}
EXPORT_SYMBOL(strchr);

/**
 * strrchr - find the last occurrence of a character in a string
 * @s: the string
 * @c: the character; '\0' finds the terminator
 *
 * Context: any.
 * Return: a pointer to the last @c in @s, or NULL.
 */
char *strrchr(const char *s, int c)
{
	const char *last = NULL;

	do {
		if (*s == (char)c)
			last = s;
	} while (*s++);
	return (char *)last;
}
EXPORT_SYMBOL(strrchr);

/**
 * strnchr - find a character in the first @count characters of a string
 * @s: the string
 * @count: the most characters to search
 * @c: the character; '\0' finds the terminator if it lies within @count
 *
 * Context: any.
 * Return: a pointer to the first @c, or NULL.
 */
char *strnchr(const char *s, size_t count, int c)
{
	for (; count; count--, s++) {
		if (*s == (char)c)
			return (char *)s;
		if (!*s)
			break;
	}
	return NULL;
}
EXPORT_SYMBOL(strnchr);

/**
 * strnstr - find a substring in the first @len characters of a string
 * @s1: the string to search
 * @s2: the substring
 * @len: the most characters of @s1 to search; a match must fit inside them
 *
 * Context: any.
 * Return: a pointer to the first match in @s1, @s1 if @s2 is empty, or NULL.
 */
char *strnstr(const char *s1, const char *s2, size_t len)
{
	size_t l2 = strlen(s2);

	/* A match cannot contain @s1's terminator: never look beyond it. */
	len = strnlen(s1, len);
	for (; len >= l2; len--, s1++) {
		if (!memcmp(s1, s2, l2))
			return (char *)s1;
	}
	return NULL;
}

/**
 * strstr - find a substring
 * @s1: the string to search
 * @s2: the substring
 *
 * Context: any.
 * Return: a pointer to the first match in @s1, @s1 if @s2 is empty, or NULL.
 */
char *strstr(const char *s1, const char *s2)
{
	return strnstr(s1, s2, strlen(s1));
}
EXPORT_SYMBOL(strstr);

/**
 * strpbrk - find the first character of a string that is in a set
 * @cs: the string
 * @ct: the set, as a string
 *
 * Context: any.
 * Return: a pointer to the first character of @cs found in @ct, or NULL.
 */
char *strpbrk(const char *cs, const char *ct)
{
	for (; *cs; cs++) {
		if (strchr(ct, *cs))
			return (char *)cs;
	}
	return NULL;
}
EXPORT_SYMBOL(strpbrk);

/**
 * strspn - the length of the prefix made only of characters in a set
 * @s: the string
 * @accept: the set, as a string
 *
 * Context: any.
 * Return: how many characters at the start of @s are in @accept.
 */
size_t strspn(const char *s, const char *accept)
{
	size_t n = 0;

	while (s[n] && strchr(accept, s[n]))
		n++;
	return n;
}
EXPORT_SYMBOL(strspn);

/**
 * strcspn - the length of the prefix made only of characters NOT in a set
 * @s: the string
 * @reject: the set, as a string
 *
 * Context: any.
 * Return: how many characters at the start of @s are not in @reject.
 */
size_t strcspn(const char *s, const char *reject)
{
	size_t n = 0;

	while (s[n] && !strchr(reject, s[n]))
		n++;
	return n;
}
EXPORT_SYMBOL(strcspn);

/**
 * strsep - split a string at the first delimiter, in place
 * @s: a pointer to the string; moved past the token it returns
 * @ct: the delimiter characters, as a string
 *
 * Writes a NUL over the first delimiter in *@s, returns the text before
 * it, and leaves *@s pointing after it (or NULL when there was no
 * delimiter left). Unlike strtok(), two delimiters in a row give an empty
 * token, and no state is kept between calls.
 *
 *   char *p = "a,,b"  ->  "a", then "", then "b", then NULL
 *
 * Context: any.
 * Return: the token, or NULL when *@s was already NULL.
 */
char *strsep(char **s, const char *ct)
{
	char *start = *s;
	char *end;

	if (!start)
		return NULL;
	end = strpbrk(start, ct);
	if (end)
		*end++ = '\0';
	*s = end;
	return start;
}
EXPORT_SYMBOL(strsep);

/**
 * skip_spaces - skip the white space at the start of a string
 * @str: the string
 *
 * Context: any.
 * Return: a pointer to the first character of @str that is not a space.
 */
char *skip_spaces(const char *str)
{
	while (isspace(*str))
		str++;
	return (char *)str;
}

/**
 * strim - remove leading and trailing white space from a string
 * @s: the string; trailing white space is cut off by writing a NUL
 *
 * The leading white space cannot be removed in place without moving the
 * string, so it is skipped instead: use the returned pointer.
 *
 * Context: any.
 * Return: a pointer to the first non-space character of @s.
 */
char *strim(char *s)
{
	size_t size = strlen(s);

	while (size && isspace(s[size - 1]))
		size--;
	s[size] = '\0';
	return skip_spaces(s);
}
EXPORT_SYMBOL(strim);

/**
 * memset16 - fill memory with a 16-bit pattern
 * @s: where
 * @v: the pattern
 * @count: how many 16-bit elements
 *
 * Context: any.
 * Return: @s.
 */
void *memset16(u16 *s, u16 v, size_t count)
{
	u16 *p = s;

	while (count--)
		*p++ = v;
	return s;
}

/**
 * memset32 - fill memory with a 32-bit pattern
 * @s: where
 * @v: the pattern
 * @count: how many 32-bit elements
 *
 * Context: any.
 * Return: @s.
 */
void *memset32(u32 *s, u32 v, size_t count)
{
	u32 *p = s;

	while (count--)
		*p++ = v;
	return s;
}

/**
 * memset64 - fill memory with a 64-bit pattern
 * @s: where
 * @v: the pattern
 * @count: how many 64-bit elements
 *
 * Context: any.
 * Return: @s.
 */
void *memset64(u64 *s, u64 v, size_t count)
{
	u64 *p = s;

	while (count--)
		*p++ = v;
	return s;
}

/**
 * strscpy_pad - strscpy(), then zero the rest of the buffer
 * @dest: the buffer
 * @src: the string
 * @count: the size of @dest
 *
 * So that no stale bytes follow the string (a struct copied to user space
 * must not leak what the buffer held before).
 *
 * Context: any.
 * Return: as strscpy(): the length copied, or -E2BIG if @src was cut.
 */
ssize_t strscpy_pad(char *dest, const char *src, size_t count)
{
	ssize_t written = strscpy(dest, src, count);

	if (written < 0 || written == (ssize_t)count - 1)
		return written;
	memset(dest + written + 1, 0, count - written - 1);
	return written;
}
