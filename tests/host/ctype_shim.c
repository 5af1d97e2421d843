/*
 * ctype_shim.c - the <linux/ctype.h> macros as functions, for ctype_test.c.
 *
 * The macros only exist in Linnet's headers, so this file, compiled
 * against them, turns each into a bit of one result that the host test
 * can compare with the C library's classification.
 */
#include <linux/ctype.h>

/* The bit order must match the CT_* enum in tests/host/linnet.h. */
int ctype_shim_classes(int c);
int ctype_shim_tolower(int c);
int ctype_shim_toupper(int c);

/**
 * ctype_shim_classes - every is*() answer for one character, as bits
 * @c: the character, 0..255
 *
 * Context: host test program.
 * Return: bit 0 isalnum, 1 isalpha, 2 iscntrl, 3 isdigit, 4 isgraph,
 * 5 islower, 6 isprint, 7 ispunct, 8 isspace, 9 isupper, 10 isxdigit.
 */
int ctype_shim_classes(int c)
{
	return isalnum(c) << 0 | isalpha(c) << 1 | iscntrl(c) << 2 | isdigit(c) << 3 |
	       isgraph(c) << 4 | islower(c) << 5 | isprint(c) << 6 | ispunct(c) << 7 |
	       isspace(c) << 8 | isupper(c) << 9 | isxdigit(c) << 10;
}

/**
 * ctype_shim_tolower - tolower() as a function
 * @c: the character
 *
 * Context: host test program.
 * Return: tolower(@c).
 */
int ctype_shim_tolower(int c)
{
	return tolower(c);
}

/**
 * ctype_shim_toupper - toupper() as a function
 * @c: the character
 *
 * Context: host test program.
 * Return: toupper(@c).
 */
int ctype_shim_toupper(int c)
{
	return toupper(c);
}
