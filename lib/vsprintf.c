/*
 * vsprintf.c - formatting numbers and strings into a buffer: snprintf().
 *
 * Every message the kernel prints passes through vsnprintf(). It walks the
 * format string, copying plain characters, and for each conversion
 * ("%-08lx") it reads the flags, the field width, the precision and the
 * length modifier into a struct printf_spec, fetches one argument of the
 * type the modifier names, and formats it.
 *
 * A formatted number is built from four parts, always in this order:
 *
 *   [spaces] [sign] [prefix] [zeros] digits [spaces]
 *      |       -+    0x 0X     |                 |
 *      |                       |                 '- width, with '-' (LEFT)
 *      |                       '- precision, or width with '0' (ZEROPAD)
 *      '- width, without '-' or '0'
 *
 * so number() first measures the digits and sign and prefix, and then
 * knows how much padding goes where.
 *
 * Output never overruns the buffer: out_char() stores a character only if
 * it fits, but counts it either way. That count is what snprintf()
 * returns: the length the whole result would have had, so a caller can
 * detect truncation (ret >= size) and retry with a bigger buffer. The
 * buffer is always terminated, unless its size is 0.
 *
 * What C99 defines behaves as C99 says; only the kernel's additions
 * follow Linux 2.6.32:
 *   %p   the pointer in hex without "0x", zero-padded to 8 digits
 *        ("c0100000"); '#' adds "0x"; a NULL pointer prints "(null)".
 *        Letters after %p select an extension and are consumed: %pS
 *        prints "function+0xoff/0xsize" through sprint_symbol(), %pB the
 *        same for a return address (sprint_backtrace()), and %ps
 *        just "function"; any other (%px, %pK...) prints the plain pointer.
 *   %s   a NULL pointer (anything in the first page) prints "(null)".
 *   %n   is not supported (it writes through an argument, which makes a
 *        format string dangerous); like any unknown conversion it prints
 *        itself.
 * Linux differs from C99 in a few corners ("%.0d" of 0 and "%#x" of 0
 * print "0" and "0x0" there); Linnet follows C99 in those.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/ctype.h>
#include <linux/kallsyms.h>

#define ZEROPAD 1 /* pad with zeros, not spaces */
#define SIGN 2 /* a signed conversion: may print '-', '+' or ' ' */
#define PLUS 4 /* show '+' for positive numbers */
#define SPACE 8 /* show ' ' for positive numbers */
#define LEFT 16 /* left-justify in the field */
#define SMALL 32 /* lower-case hex digits */
#define SPECIAL 64 /* '#': 0x for hex, a leading 0 for octal */

/* Addresses below this are never valid strings: print "(null)" for them. */
#define NULL_GUARD_SIZE 4096

/**
 * struct printf_spec - one decoded conversion, such as "%-08.3lx"
 * @flags: ZEROPAD, SIGN, PLUS, SPACE, LEFT, SMALL, SPECIAL
 * @field_width: the minimum width, or -1 if none was given
 * @precision: the precision, or -1 if none was given
 * @base: 8, 10 or 16
 * @qualifier: the length modifier: 'H' (hh), 'h', 'l', 'L' (ll), 'z', 't', or 0
 */
struct printf_spec {
	int flags;
	int field_width;
	int precision;
	int base;
	char qualifier;
};

/*
 * struct out - the output buffer and how much has been produced
 * @buf: the buffer
 * @size: its size; only the first size - 1 characters are stored
 * @len: the characters produced so far, stored or not
 */
struct out {
	char *buf;
	size_t size;
	size_t len;
};

/* out_char - store @c if there is room (keeping one byte for the NUL), count it */
static void out_char(struct out *o, char c)
{
	if (o->len + 1 < o->size)
		o->buf[o->len] = c;
	o->len++;
}

/* out_repeat - produce @n copies of @c (nothing if @n <= 0) */
static void out_repeat(struct out *o, char c, int n)
{
	while (n-- > 0)
		out_char(o, c);
}

/*
 * put_digits - write @num in @base into @tmp, least significant digit first
 * Returns the number of digits (0 for 0: the caller decides about "0").
 */
static int put_digits(char *tmp, unsigned long long num, unsigned int base, bool small)
{
	const char *digits = small ? "0123456789abcdef" : "0123456789ABCDEF";
	int n;

	for (n = 0; num != 0; n++) {
		unsigned long long quotient = num / base;

		tmp[n] = digits[num - quotient * base]; /* the remainder */
		num = quotient;
	}
	return n;
}

/* number - format @num, negated if @negative, as @spec says (see top of file) */
static void number(struct out *o, unsigned long long num, bool negative, struct printf_spec spec)
{
	char tmp[24]; /* 22 octal digits hold 64 bits */
	char sign = 0;
	const char *prefix = "";
	int ndigits, nzeros, width;

	ndigits = put_digits(tmp, num, spec.base, spec.flags & SMALL);
	/* C99: 0 has no digits at precision 0; otherwise at least "0". */
	if (ndigits == 0 && spec.precision != 0)
		tmp[ndigits++] = '0';

	if (spec.flags & SIGN) {
		if (negative)
			sign = '-';
		else if (spec.flags & PLUS)
			sign = '+';
		else if (spec.flags & SPACE)
			sign = ' ';
	}
	if ((spec.flags & SPECIAL) && spec.base == 16 && num)
		prefix = (spec.flags & SMALL) ? "0x" : "0X";
	if ((spec.flags & SPECIAL) && spec.base == 8 && (ndigits == 0 || tmp[ndigits - 1] != '0'))
		spec.precision = max(spec.precision, ndigits + 1);

	nzeros = max(spec.precision - ndigits, 0);
	width = (sign ? 1 : 0) + (int)strlen(prefix) + nzeros + ndigits;
	if ((spec.flags & ZEROPAD) && !(spec.flags & LEFT))
		nzeros += max(spec.field_width - width, 0);
	else if (!(spec.flags & LEFT))
		out_repeat(o, ' ', spec.field_width - width);

	if (sign)
		out_char(o, sign);
	while (*prefix)
		out_char(o, *prefix++);
	out_repeat(o, '0', nzeros);
	while (ndigits)
		out_char(o, tmp[--ndigits]);
	if (spec.flags & LEFT)
		out_repeat(o, ' ', spec.field_width - width);
}

/* string - print @s, at most precision characters of it, padded to the width */
static void string(struct out *o, const char *s, struct printf_spec spec)
{
	size_t max_len = spec.precision < 0 ? SIZE_MAX : (size_t)spec.precision;
	int len, i;

	if ((unsigned long)s < NULL_GUARD_SIZE)
		s = "(null)";
	len = strnlen(s, max_len);
	if (!(spec.flags & LEFT))
		out_repeat(o, ' ', spec.field_width - len);
	for (i = 0; i < len; i++)
		out_char(o, s[i]);
	if (spec.flags & LEFT)
		out_repeat(o, ' ', spec.field_width - len);
}

/*
 * symbol - %pS, %ps and %pB: the function containing @addr, by name
 * sprint_symbol() gives "name+0xoff/0xsize"; %ps wants only the name;
 * %pB is for return addresses in a backtrace (sprint_backtrace()).
 */
static void symbol(struct out *o, unsigned long addr, char ext, struct printf_spec spec)
{
	char sym[KSYM_SYMBOL_LEN];
	char *plus;

	if (ext == 'B')
		sprint_backtrace(sym, addr);
	else
		sprint_symbol(sym, addr);
	if (ext == 's') {
		plus = strchr(sym, '+');
		if (plus)
			*plus = '\0';
	}
	string(o, sym, spec);
}

/*
 * pointer - %p and its extensions; @fmt points at the letter after the 'p'
 * Returns how many letters of @fmt the extension used up.
 */
static int pointer(struct out *o, const char *fmt, void *ptr, struct printf_spec spec)
{
	int used = 0;

	while (isalnum(fmt[used]))
		used++;
	if (!ptr) {
		string(o, "(null)", spec);
		return used;
	}
	if (*fmt == 'S' || *fmt == 's' || *fmt == 'B') {
		symbol(o, (unsigned long)ptr, *fmt, spec);
		return used;
	}
	spec.flags |= SMALL;
	if (spec.field_width == -1) {
		spec.field_width = 2 * sizeof(void *);
		spec.flags |= ZEROPAD;
	}
	spec.base = 16;
	number(o, (unsigned long)ptr, false, spec);
	return used;
}

/* skip_atoi - read a decimal number at *@s and move *@s past it */
static int skip_atoi(const char **s)
{
	int i = 0;

	while (isdigit(**s))
		i = i * 10 + *((*s)++) - '0';
	return i;
}

/* decode_flags - read the flag characters "-+ #0" at *@fmt into @spec */
static void decode_flags(const char **fmt, struct printf_spec *spec)
{
	for (;; (*fmt)++) {
		switch (**fmt) {
		case '-':
			spec->flags |= LEFT;
			break;
		case '+':
			spec->flags |= PLUS;
			break;
		case ' ':
			spec->flags |= SPACE;
			break;
		case '#':
			spec->flags |= SPECIAL;
			break;
		case '0':
			spec->flags |= ZEROPAD;
			break;
		default:
			return;
		}
	}
}

/*
 * decode_width_precision - read "12.5" or "*.*" at *@fmt into @spec
 * A '*' takes an int argument; a negative width means '-' and its size,
 * a negative precision means none was given (C99 7.19.6.1).
 */
static void decode_width_precision(const char **fmt, struct printf_spec *spec, va_list *args)
{
	if (isdigit(**fmt)) {
		spec->field_width = skip_atoi(fmt);
	} else if (**fmt == '*') {
		(*fmt)++;
		spec->field_width = va_arg(*args, int);
		if (spec->field_width < 0) {
			spec->field_width = -spec->field_width;
			spec->flags |= LEFT;
		}
	}
	if (**fmt != '.')
		return;
	(*fmt)++;
	if (**fmt == '*') {
		(*fmt)++;
		spec->precision = max(va_arg(*args, int), -1);
	} else {
		spec->precision = skip_atoi(fmt);
	}
}

/*
 * decode_qualifier - read a length modifier at *@fmt
 * hh becomes 'H' and ll (also L, q and C99's j) becomes 'L'.
 */
static char decode_qualifier(const char **fmt)
{
	char q = **fmt;

	switch (q) {
	case 'h':
	case 'l':
		(*fmt)++;
		if (**fmt == q) {
			(*fmt)++;
			return q == 'h' ? 'H' : 'L';
		}
		return q;
	case 'L':
	case 'q':
	case 'j':
		(*fmt)++;
		return 'L';
	case 'z':
	case 'Z':
		(*fmt)++;
		return 'z';
	case 't':
		(*fmt)++;
		return 't';
	default:
		return 0;
	}
}

/* signed_arg - fetch a signed integer argument of the type @qualifier names */
static long long signed_arg(char qualifier, va_list *args)
{
	switch (qualifier) {
	case 'H':
		return (signed char)va_arg(*args, int);
	case 'h':
		return (short)va_arg(*args, int);
	case 'l':
		return va_arg(*args, long);
	case 'L':
		return va_arg(*args, long long);
	case 'z':
		return va_arg(*args, ssize_t);
	case 't':
		return va_arg(*args, ptrdiff_t);
	default:
		return va_arg(*args, int);
	}
}

/* unsigned_arg - fetch an unsigned integer argument of the type @qualifier names */
static unsigned long long unsigned_arg(char qualifier, va_list *args)
{
	switch (qualifier) {
	case 'H':
		return (unsigned char)va_arg(*args, unsigned int);
	case 'h':
		return (unsigned short)va_arg(*args, unsigned int);
	case 'l':
		return va_arg(*args, unsigned long);
	case 'L':
		return va_arg(*args, unsigned long long);
	case 'z':
		return va_arg(*args, size_t);
	case 't':
		return (size_t)va_arg(*args, ptrdiff_t);
	default:
		return va_arg(*args, unsigned int);
	}
}

/* integer - %d %i %u %o %x %X: fetch the argument and format it */
static void integer(struct out *o, char conv, struct printf_spec spec, va_list *args)
{
	long long sval;

	/* C99: with a precision, the 0 flag is ignored. */
	if (spec.precision >= 0)
		spec.flags &= ~ZEROPAD;
	if (conv == 'd' || conv == 'i') {
		sval = signed_arg(spec.qualifier, args);
		spec.flags |= SIGN;
		/* Negate in unsigned arithmetic: -LLONG_MIN does not fit. */
		if (sval < 0)
			number(o, -(unsigned long long)sval, true, spec);
		else
			number(o, sval, false, spec);
		return;
	}
	spec.base = conv == 'o' ? 8 : conv == 'u' ? 10 : 16;
	if (conv == 'x')
		spec.flags |= SMALL;
	number(o, unsigned_arg(spec.qualifier, args), false, spec);
}

/*
 * convert - handle one conversion; *@fmt points after the '%'
 * Leaves *@fmt after the conversion. An unknown conversion character
 * prints a '%' and is left to be copied as plain text, as Linux does.
 */
static void convert(struct out *o, const char **fmt, va_list *args)
{
	struct printf_spec spec = { .field_width = -1, .precision = -1, .base = 10 };
	char conv;

	decode_flags(fmt, &spec);
	decode_width_precision(fmt, &spec, args);
	spec.qualifier = decode_qualifier(fmt);
	conv = **fmt;
	switch (conv) {
	case 'c':
		(*fmt)++;
		if (!(spec.flags & LEFT))
			out_repeat(o, ' ', spec.field_width - 1);
		out_char(o, (unsigned char)va_arg(*args, int));
		if (spec.flags & LEFT)
			out_repeat(o, ' ', spec.field_width - 1);
		return;
	case 's':
		(*fmt)++;
		string(o, va_arg(*args, const char *), spec);
		return;
	case 'p':
		(*fmt)++;
		*fmt += pointer(o, *fmt, va_arg(*args, void *), spec);
		return;
	case '%':
		(*fmt)++;
		out_char(o, '%');
		return;
	case 'd':
	case 'i':
	case 'u':
	case 'o':
	case 'x':
	case 'X':
		(*fmt)++;
		integer(o, conv, spec, args);
		return;
	default:
		out_char(o, '%');
		return;
	}
}

/**
 * vsnprintf - format a string into a buffer of limited size
 * @buf: the buffer
 * @size: its size, including room for the terminating NUL; may be 0
 * @fmt: the format string (see the top of lib/vsprintf.c)
 * @args: the arguments
 *
 * Writes at most @size bytes, always terminated when @size is not 0.
 *
 * Context: any; does not sleep and takes no locks.
 * Return: the number of characters the whole result has, not counting the
 * NUL, even if they did not all fit: a return value >= @size means the
 * output was truncated. Use vscnprintf() for the count actually written.
 */
int vsnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	struct out o = { .buf = buf, .size = size, .len = 0 };
	va_list ap;

	/* Reject sizes that look like a negative int passed in by mistake. */
	if (WARN_ON_ONCE(size > INT_MAX))
		return 0;
	va_copy(ap, args);
	while (*fmt) {
		if (*fmt == '%') {
			fmt++;
			convert(&o, &fmt, &ap);
		} else {
			out_char(&o, *fmt++);
		}
	}
	va_end(ap);
	if (size)
		buf[min(o.len, size - 1)] = '\0';
	return o.len;
}
EXPORT_SYMBOL(vsnprintf);

/**
 * snprintf - format a string into a buffer of limited size
 * @buf: the buffer
 * @size: its size, including room for the terminating NUL; may be 0
 * @fmt: the format string
 * @...: the arguments
 *
 * Context: any; does not sleep.
 * Return: the length of the whole result, as vsnprintf().
 */
int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsnprintf(buf, size, fmt, args);
	va_end(args);
	return n;
}
EXPORT_SYMBOL(snprintf);

/**
 * vscnprintf - format a string into a buffer, returning what was written
 * @buf: the buffer
 * @size: its size, including room for the terminating NUL; may be 0
 * @fmt: the format string
 * @args: the arguments
 *
 * Suits code that appends piece after piece ("len += vscnprintf(buf + len,
 * size - len, ...)"): the return value never runs past the buffer.
 *
 * Context: any; does not sleep.
 * Return: the number of characters stored in @buf, not counting the NUL
 * (0 when @size is 0).
 */
int vscnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	int n = vsnprintf(buf, size, fmt, args);

	if ((size_t)n < size)
		return n;
	return size ? size - 1 : 0;
}
EXPORT_SYMBOL(vscnprintf);

/**
 * scnprintf - format a string into a buffer, returning what was written
 * @buf: the buffer
 * @size: its size, including room for the terminating NUL; may be 0
 * @fmt: the format string
 * @...: the arguments
 *
 * Context: any; does not sleep.
 * Return: the number of characters stored in @buf, as vscnprintf().
 */
int scnprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vscnprintf(buf, size, fmt, args);
	va_end(args);
	return n;
}
EXPORT_SYMBOL(scnprintf);

/**
 * vsprintf - format a string into a buffer assumed to be big enough
 * @buf: the buffer
 * @fmt: the format string
 * @args: the arguments
 *
 * Nothing stops an overflow: prefer vsnprintf() or vscnprintf().
 *
 * Context: any; does not sleep.
 * Return: the number of characters written, not counting the NUL.
 */
int vsprintf(char *buf, const char *fmt, va_list args)
{
	return vsnprintf(buf, INT_MAX, fmt, args);
}
EXPORT_SYMBOL(vsprintf);

/**
 * sprintf - format a string into a buffer assumed to be big enough
 * @buf: the buffer
 * @fmt: the format string
 * @...: the arguments
 *
 * Context: any; does not sleep.
 * Return: the number of characters written, not counting the NUL.
 */
int sprintf(char *buf, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsnprintf(buf, INT_MAX, fmt, args);
	va_end(args);
	return n;
}
EXPORT_SYMBOL(sprintf);
