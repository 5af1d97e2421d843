/*
 * ctype.h - classifying characters: letter, digit, space, punctuation...
 *
 * The kernel has no locale, so a character's class is a fixed property of
 * its code. As in Linux, the classes come from one 256-entry table,
 * _ctype[], indexed by the character as an unsigned char: each entry is a
 * set of class bits (upper, lower, digit, control, punctuation, space, hex
 * digit, hard space). isdigit(c) is then a single load and a bit test, and
 * every macro agrees with every other because they share one table.
 *
 * Codes 128-255 are classified as Latin-1 (ISO 8859-1), as Linux does: 0xc0
 * is an upper-case letter, 0xa0 a (hard) space, 0x80-0x9f control codes.
 * The table lives in lib/ctype.c.
 */
#ifndef _LINUX_CTYPE_H
#define _LINUX_CTYPE_H

#define _U 0x01  /* upper-case letter */
#define _L 0x02  /* lower-case letter */
#define _D 0x04  /* decimal digit */
#define _C 0x08  /* control character */
#define _P 0x10  /* punctuation */
#define _S 0x20  /* white space: space, \t \n \v \f \r */
#define _X 0x40  /* hexadecimal digit letter: a-f, A-F */
#define _SP 0x80 /* a space that prints (space, no-break space) */

extern const unsigned char _ctype[];

/* The class bits of c; the cast keeps a negative char inside the table. */
#define __ismask(x) (_ctype[(int)(unsigned char)(x)])

#define isalnum(c) ((__ismask(c) & (_U | _L | _D)) != 0)
#define isalpha(c) ((__ismask(c) & (_U | _L)) != 0)
#define iscntrl(c) ((__ismask(c) & (_C)) != 0)
#define isdigit(c) ((__ismask(c) & (_D)) != 0)
#define isgraph(c) ((__ismask(c) & (_P | _U | _L | _D)) != 0)
#define islower(c) ((__ismask(c) & (_L)) != 0)
#define isprint(c) ((__ismask(c) & (_P | _U | _L | _D | _SP)) != 0)
#define ispunct(c) ((__ismask(c) & (_P)) != 0)
#define isspace(c) ((__ismask(c) & (_S)) != 0)
#define isupper(c) ((__ismask(c) & (_U)) != 0)
#define isxdigit(c) ((__ismask(c) & (_D | _X)) != 0)

#define isascii(c) (((unsigned char)(c)) <= 0x7f)
#define toascii(c) (((unsigned char)(c)) & 0x7f)

/* __tolower - c as lower case if it is an upper-case letter */
static inline unsigned char __tolower(unsigned char c)
{
	if (isupper(c))
		c -= 'A' - 'a';
	return c;
}

/* __toupper - c as upper case if it is a lower-case letter */
static inline unsigned char __toupper(unsigned char c)
{
	if (islower(c))
		c -= 'a' - 'A';
	return c;
}

#define tolower(c) __tolower(c)
#define toupper(c) __toupper(c)

/**
 * _tolower - force an ASCII letter to lower case, cheaply
 * @c: an ASCII letter (anything else comes back changed)
 *
 * Upper and lower case ASCII letters differ in one bit (0x20), so setting
 * it lowers a letter without a table look-up. Only use it where @c is
 * known to be a letter, for example after isxdigit() said it is one.
 *
 * Context: any.
 * Return: @c with bit 0x20 set.
 */
static inline char _tolower(const char c)
{
	return c | 0x20;
}

#endif /* _LINUX_CTYPE_H */
