/*
 * kstrtox.c - converting strings to integers, strictly or leniently.
 *
 * There are two families, for two kinds of caller:
 *
 * kstrto*() parse a whole string that should be exactly one number, such
 * as a value written to a settings file. The string may carry a '+' (or a
 * '-' for the signed ones) and one trailing newline, nothing else: "12x"
 * is -EINVAL, and a number too big for the result type is -ERANGE. The
 * result is written only on success, so a caller's default survives a
 * bad string.
 *
 * simple_strto*() read a number at the start of a string and say where
 * it stopped (through @endp), for parsers that go on reading after it.
 * They cannot report overflow; new code should prefer kstrto*().
 *
 * Both share one digit loop, parse_integer(), but for simple_strtoul(),
 * which has its own in unsigned long as in 2.6.32 (the initramfs's cpio
 * headers are 13 of its numbers each). With base 0 the base is
 * guessed from the prefix as in C: "0x1f" is hex, "017" octal, "17"
 * decimal. With base 16 a "0x" prefix is allowed and skipped.
 *
 * Every kstrto*() for a narrower type parses into unsigned long long or
 * long long first, then checks that the value fits.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/ctype.h>
#include <linux/errno.h>

/* Set in parse_integer()'s return value when the number did not fit in 64 bits. */
#define KSTRTOX_OVERFLOW (1U << 31)

/*
 * fixup_radix - settle the base from the prefix of @s, skip a "0x" prefix
 * Returns @s moved past the prefix that the base made redundant.
 */
static const char *fixup_radix(const char *s, unsigned int *base)
{
	if (*base == 0) {
		if (s[0] == '0') {
			/* "0x" counts as hex only if a hex digit follows. */
			if (_tolower(s[1]) == 'x' && isxdigit(s[2]))
				*base = 16;
			else
				*base = 8;
		} else {
			*base = 10;
		}
	}
	if (*base == 16 && s[0] == '0' && _tolower(s[1]) == 'x')
		s += 2;
	return s;
}

/* digit_value - the value of the digit @c in any base up to 16, or 16 if none */
static unsigned int digit_value(char c)
{
	if (isdigit(c))
		return c - '0';
	if (isxdigit(c))
		return _tolower(c) - 'a' + 10;
	return 16;
}

/*
 * parse_integer - read the digits of @base at @s into *@res
 * Returns the number of digits read, with KSTRTOX_OVERFLOW set if the value
 * did not fit (then *@res holds the value modulo 2^64).
 */
static unsigned int parse_integer(const char *s, unsigned int base, unsigned long long *res)
{
	unsigned long long value = 0;
	unsigned int rv = 0;
	unsigned int d;

	for (; (d = digit_value(*s)) < base; s++) {
		/*
		 * Below 2^60 one more digit of any base up to 16 fits: the
		 * 64-bit division (a libgcc call on i386, some 250
		 * instructions) is needed only near the top, as in Linux.
		 */
		if (unlikely(value >> 60) && value > (ULLONG_MAX - d) / base)
			rv |= KSTRTOX_OVERFLOW;
		value = value * base + d;
		rv++;
	}
	*res = value;
	return rv;
}

/* parse_ull - the common core: digits, then at most one '\n', then the end */
static int parse_ull(const char *s, unsigned int base, unsigned long long *res)
{
	unsigned long long value;
	unsigned int rv;

	s = fixup_radix(s, &base);
	rv = parse_integer(s, base, &value);
	if (rv & KSTRTOX_OVERFLOW)
		return -ERANGE;
	if (rv == 0)
		return -EINVAL;
	s += rv;
	if (*s == '\n')
		s++;
	if (*s)
		return -EINVAL;
	*res = value;
	return 0;
}

/**
 * kstrtoull - convert a string to an unsigned long long
 * @s: the string: an optional '+', the digits, an optional newline
 * @base: 2 to 16, or 0 to guess from the prefix ("0x" hex, "0" octal)
 * @res: where to store the result; untouched on error
 *
 * Context: any.
 * Return: 0, -EINVAL if @s is not a number, -ERANGE if it does not fit.
 */
int kstrtoull(const char *s, unsigned int base, unsigned long long *res)
{
	if (s[0] == '+')
		s++;
	return parse_ull(s, base, res);
}
EXPORT_SYMBOL(kstrtoull);

/**
 * kstrtoll - convert a string to a long long
 * @s: the string: an optional sign, the digits, an optional newline
 * @base: 2 to 16, or 0 to guess from the prefix ("0x" hex, "0" octal)
 * @res: where to store the result; untouched on error
 *
 * Context: any.
 * Return: 0, -EINVAL if @s is not a number, -ERANGE if it does not fit.
 */
int kstrtoll(const char *s, unsigned int base, long long *res)
{
	unsigned long long tmp;
	int rv;

	if (s[0] == '-') {
		rv = parse_ull(s + 1, base, &tmp);
		if (rv < 0)
			return rv;
		/* -(LLONG_MIN) is LLONG_MAX + 1: the one magnitude only '-' allows. */
		if (tmp > (unsigned long long)LLONG_MAX + 1)
			return -ERANGE;
		*res = tmp ? -(long long)(tmp - 1) - 1 : 0;
		return 0;
	}
	rv = kstrtoull(s, base, &tmp);
	if (rv < 0)
		return rv;
	if (tmp > LLONG_MAX)
		return -ERANGE;
	*res = tmp;
	return 0;
}
EXPORT_SYMBOL(kstrtoll);

/**
 * kstrtoul - convert a string to an unsigned long
 * @s: the string: an optional '+', the digits, an optional newline
 * @base: 2 to 16, or 0 to guess from the prefix
 * @res: where to store the result; untouched on error
 *
 * Context: any.
 * Return: 0, -EINVAL if @s is not a number, -ERANGE if it does not fit.
 */
int kstrtoul(const char *s, unsigned int base, unsigned long *res)
{
	unsigned long long tmp;
	int rv = kstrtoull(s, base, &tmp);

	if (rv < 0)
		return rv;
	if (tmp > ULONG_MAX)
		return -ERANGE;
	*res = tmp;
	return 0;
}
EXPORT_SYMBOL(kstrtoul);

/**
 * kstrtol - convert a string to a long
 * @s: the string: an optional sign, the digits, an optional newline
 * @base: 2 to 16, or 0 to guess from the prefix
 * @res: where to store the result; untouched on error
 *
 * Context: any.
 * Return: 0, -EINVAL if @s is not a number, -ERANGE if it does not fit.
 */
int kstrtol(const char *s, unsigned int base, long *res)
{
	long long tmp;
	int rv = kstrtoll(s, base, &tmp);

	if (rv < 0)
		return rv;
	if (tmp < LONG_MIN || tmp > LONG_MAX)
		return -ERANGE;
	*res = tmp;
	return 0;
}
EXPORT_SYMBOL(kstrtol);

/**
 * kstrtouint - convert a string to an unsigned int
 * @s: the string: an optional '+', the digits, an optional newline
 * @base: 2 to 16, or 0 to guess from the prefix
 * @res: where to store the result; untouched on error
 *
 * Context: any.
 * Return: 0, -EINVAL if @s is not a number, -ERANGE if it does not fit.
 */
int kstrtouint(const char *s, unsigned int base, unsigned int *res)
{
	unsigned long long tmp;
	int rv = kstrtoull(s, base, &tmp);

	if (rv < 0)
		return rv;
	if (tmp > UINT_MAX)
		return -ERANGE;
	*res = tmp;
	return 0;
}
EXPORT_SYMBOL(kstrtouint);

/**
 * kstrtoint - convert a string to an int
 * @s: the string: an optional sign, the digits, an optional newline
 * @base: 2 to 16, or 0 to guess from the prefix
 * @res: where to store the result; untouched on error
 *
 * Context: any.
 * Return: 0, -EINVAL if @s is not a number, -ERANGE if it does not fit.
 */
int kstrtoint(const char *s, unsigned int base, int *res)
{
	long long tmp;
	int rv = kstrtoll(s, base, &tmp);

	if (rv < 0)
		return rv;
	if (tmp < INT_MIN || tmp > INT_MAX)
		return -ERANGE;
	*res = tmp;
	return 0;
}
EXPORT_SYMBOL(kstrtoint);

/**
 * kstrtou16 - convert a string to a u16
 * @s: the string: an optional '+', the digits, an optional newline
 * @base: 2 to 16, or 0 to guess from the prefix
 * @res: where to store the result; untouched on error
 *
 * Context: any.
 * Return: 0, -EINVAL if @s is not a number, -ERANGE if it does not fit.
 */
int kstrtou16(const char *s, unsigned int base, u16 *res)
{
	unsigned long long tmp;
	int rv = kstrtoull(s, base, &tmp);

	if (rv < 0)
		return rv;
	if (tmp > U16_MAX)
		return -ERANGE;
	*res = tmp;
	return 0;
}

/**
 * kstrtos16 - convert a string to an s16
 * @s: the string: an optional sign, the digits, an optional newline
 * @base: 2 to 16, or 0 to guess from the prefix
 * @res: where to store the result; untouched on error
 *
 * Context: any.
 * Return: 0, -EINVAL if @s is not a number, -ERANGE if it does not fit.
 */
int kstrtos16(const char *s, unsigned int base, s16 *res)
{
	long long tmp;
	int rv = kstrtoll(s, base, &tmp);

	if (rv < 0)
		return rv;
	if (tmp < S16_MIN || tmp > S16_MAX)
		return -ERANGE;
	*res = tmp;
	return 0;
}

/**
 * kstrtou8 - convert a string to a u8
 * @s: the string: an optional '+', the digits, an optional newline
 * @base: 2 to 16, or 0 to guess from the prefix
 * @res: where to store the result; untouched on error
 *
 * Context: any.
 * Return: 0, -EINVAL if @s is not a number, -ERANGE if it does not fit.
 */
int kstrtou8(const char *s, unsigned int base, u8 *res)
{
	unsigned long long tmp;
	int rv = kstrtoull(s, base, &tmp);

	if (rv < 0)
		return rv;
	if (tmp > U8_MAX)
		return -ERANGE;
	*res = tmp;
	return 0;
}

/**
 * kstrtos8 - convert a string to an s8
 * @s: the string: an optional sign, the digits, an optional newline
 * @base: 2 to 16, or 0 to guess from the prefix
 * @res: where to store the result; untouched on error
 *
 * Context: any.
 * Return: 0, -EINVAL if @s is not a number, -ERANGE if it does not fit.
 */
int kstrtos8(const char *s, unsigned int base, s8 *res)
{
	long long tmp;
	int rv = kstrtoll(s, base, &tmp);

	if (rv < 0)
		return rv;
	if (tmp < S8_MIN || tmp > S8_MAX)
		return -ERANGE;
	*res = tmp;
	return 0;
}

/**
 * kstrtobool - read a yes/no answer
 * @s: the string; only its first one or two characters matter
 * @res: where to store the answer; untouched on error
 *
 * 'y', 'Y', '1', "on" mean true; 'n', 'N', '0', "off" mean false (only
 * "on"/"of" are looked at, so "offline" counts as "off").
 *
 * Context: any.
 * Return: 0, or -EINVAL if @s is NULL or none of these.
 */
int kstrtobool(const char *s, bool *res)
{
	if (!s)
		return -EINVAL;
	switch (_tolower(s[0])) {
	case 'y':
	case '1':
		*res = true;
		return 0;
	case 'n':
	case '0':
		*res = false;
		return 0;
	case 'o':
		if (_tolower(s[1]) == 'n') {
			*res = true;
			return 0;
		}
		if (_tolower(s[1]) == 'f') {
			*res = false;
			return 0;
		}
		return -EINVAL;
	default:
		return -EINVAL;
	}
}

/**
 * simple_strtoull - read an unsigned long long at the start of a string
 * @cp: the string; the number must start at once (no spaces, no sign)
 * @endp: if not NULL, set to the first character after the number
 * @base: 2 to 16, or 0 to guess from the prefix
 *
 * Overflow is not detected: the value wraps. Prefer kstrtoull().
 *
 * Context: any.
 * Return: the number, or 0 if there is none (then *@endp is @cp, or just
 * after a "0x" that base 16 skipped).
 */
unsigned long long simple_strtoull(const char *cp, char **endp, unsigned int base)
{
	unsigned long long value;
	unsigned int rv;

	cp = fixup_radix(cp, &base);
	rv = parse_integer(cp, base, &value);
	if (endp)
		*endp = (char *)cp + (rv & ~KSTRTOX_OVERFLOW);
	return value;
}
EXPORT_SYMBOL(simple_strtoull);

/**
 * simple_strtoul - read an unsigned long at the start of a string
 * @cp: the string; the number must start at once
 * @endp: if not NULL, set to the first character after the number
 * @base: 2 to 16, or 0 to guess from the prefix
 *
 * Context: any.
 * Return: the number (truncated to unsigned long), or 0 if there is none.
 */
unsigned long simple_strtoul(const char *cp, char **endp, unsigned int base)
{
	unsigned long value = 0;
	unsigned int d;

	/*
	 * Its own loop in unsigned long, as 2.6.32's: on i386 a digit costs
	 * a 32-bit multiply, not parse_integer()'s 64-bit one. The value
	 * wraps as simple_strtoull()'s truncated would.
	 */
	cp = fixup_radix(cp, &base);
	for (; (d = digit_value(*cp)) < base; cp++)
		value = value * base + d;
	if (endp)
		*endp = (char *)cp;
	return value;
}
EXPORT_SYMBOL(simple_strtoul);

/**
 * simple_strtol - read a long at the start of a string
 * @cp: the string; an optional '-', then the number
 * @endp: if not NULL, set to the first character after the number
 * @base: 2 to 16, or 0 to guess from the prefix
 *
 * Context: any.
 * Return: the number, or 0 if there is none.
 */
long simple_strtol(const char *cp, char **endp, unsigned int base)
{
	if (*cp == '-')
		return -simple_strtoul(cp + 1, endp, base);
	return simple_strtoul(cp, endp, base);
}
EXPORT_SYMBOL(simple_strtol);

/**
 * simple_strtoll - read a long long at the start of a string
 * @cp: the string; an optional '-', then the number
 * @endp: if not NULL, set to the first character after the number
 * @base: 2 to 16, or 0 to guess from the prefix
 *
 * Context: any.
 * Return: the number, or 0 if there is none.
 */
long long simple_strtoll(const char *cp, char **endp, unsigned int base)
{
	if (*cp == '-')
		return -simple_strtoull(cp + 1, endp, base);
	return simple_strtoull(cp, endp, base);
}

/**
 * hex_to_bin - the value of one hexadecimal digit
 * @ch: '0'-'9', 'a'-'f' or 'A'-'F'
 *
 * Context: any.
 * Return: 0 to 15, or -1 if @ch is not a hex digit.
 */
int hex_to_bin(char ch)
{
	unsigned int d = digit_value(ch);

	return d < 16 ? (int)d : -1;
}
