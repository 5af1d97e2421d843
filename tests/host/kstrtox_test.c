/*
 * kstrtox_test.c - the string-to-integer parsers at their edges.
 *
 * For every kstrto*() type, the values around its limits (min - 1, min,
 * max, max + 1, and around 2^64) are written out in decimal and hex and
 * parsed back: those in range must come back exact, those outside must
 * give -ERANGE, and on any error the result must be left untouched. The
 * expected answers are computed in 128-bit arithmetic, independently of
 * the code under test. A table then covers the syntax: prefixes, signs,
 * the one allowed newline, junk. simple_strto*() and hex_to_bin() follow.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include "linnet.h"

typedef __int128 i128;

/* One parser, seen through a common signature. */
struct parser {
	const char *name;
	i128 min, max;
	int (*parse)(const char *s, unsigned int base, i128 *out);
};

/* Each wrapper parses into a sentinel-filled variable and checks it survives errors. */
#define WRAP(fn, T, sentinel)                                             \
	static int wrap_##fn(const char *s, unsigned int base, i128 *out) \
	{                                                                 \
		T v = (T)(sentinel);                                      \
		int rc = linnet_##fn(s, base, &v);                        \
		if (rc)                                                   \
			CHECK(v == (T)(sentinel));                        \
		*out = v;                                                 \
		return rc;                                                \
	}

WRAP(kstrtoull, unsigned long long, 0x5a5a5a5a5a5a5a5aULL)
WRAP(kstrtoll, long long, 0x5a5a5a5a5a5a5a5aLL)
WRAP(kstrtoul, unsigned long, 0x5a5a5a5aUL)
WRAP(kstrtol, long, 0x5a5a5a5aL)
WRAP(kstrtouint, unsigned int, 0x5a5a5a5aU)
WRAP(kstrtoint, int, 0x5a5a5a5a)
WRAP(kstrtou16, unsigned short, 0x5a5a)
WRAP(kstrtos16, short, 0x5a5a)
WRAP(kstrtou8, unsigned char, 0x5a)
WRAP(kstrtos8, signed char, 0x5a)

static const struct parser parsers[] = {
	{ "kstrtoull", 0, ULLONG_MAX, wrap_kstrtoull },
	{ "kstrtoll", LLONG_MIN, LLONG_MAX, wrap_kstrtoll },
	{ "kstrtoul", 0, ULONG_MAX, wrap_kstrtoul },
	{ "kstrtol", LONG_MIN, LONG_MAX, wrap_kstrtol },
	{ "kstrtouint", 0, UINT_MAX, wrap_kstrtouint },
	{ "kstrtoint", INT_MIN, INT_MAX, wrap_kstrtoint },
	{ "kstrtou16", 0, USHRT_MAX, wrap_kstrtou16 },
	{ "kstrtos16", SHRT_MIN, SHRT_MAX, wrap_kstrtos16 },
	{ "kstrtou8", 0, UCHAR_MAX, wrap_kstrtou8 },
	{ "kstrtos8", SCHAR_MIN, SCHAR_MAX, wrap_kstrtos8 },
};

/* format128 - @v in @base (10 or 16), with a '-' if negative */
static void format128(char *buf, i128 v, int base)
{
	char tmp[64];
	unsigned __int128 m = v < 0 ? -(unsigned __int128)v : (unsigned __int128)v;
	int n = 0;

	do {
		tmp[n++] = "0123456789abcdef"[m % base];
		m /= base;
	} while (m);
	if (v < 0)
		*buf++ = '-';
	while (n)
		*buf++ = tmp[--n];
	*buf = '\0';
}

/* check_value - parse the text of @v with @p, in decimal and in hex */
static void check_value(const struct parser *p, i128 v)
{
	char dec[80], hex[80], text[96];
	int want, rc;
	i128 got;

	format128(dec, v, 10);
	format128(hex, v, 16);
	if (v < 0 && p->min == 0)
		want = -EINVAL; /* the unsigned parsers take no '-' at all */
	else if (v < p->min || v > p->max)
		want = -ERANGE;
	else
		want = 0;

	rc = p->parse(dec, 10, &got);
	if (rc != want || (rc == 0 && got != v)) {
		fprintf(stderr, "  %s(\"%s\", 10) = %d\n", p->name, dec, rc);
		CHECK(!"decimal boundary");
	} else {
		host_checks++;
	}
	rc = p->parse(dec, 0, &got);
	CHECK(rc == want && (rc || got == v));

	snprintf(text, sizeof(text), "%s\n", dec);
	rc = p->parse(text, 10, &got);
	CHECK(rc == want && (rc || got == v));

	if (v >= 0) {
		rc = p->parse(hex, 16, &got);
		CHECK(rc == want && (rc || got == v));
		snprintf(text, sizeof(text), "0x%s", hex);
		rc = p->parse(text, 0, &got);
		CHECK(rc == want && (rc || got == v));
		rc = p->parse(text, 16, &got);
		CHECK(rc == want && (rc || got == v));
		snprintf(text, sizeof(text), "+%s", dec);
		rc = p->parse(text, 10, &got);
		CHECK(rc == want && (rc || got == v));
	} else if (p->min < 0) {
		snprintf(text, sizeof(text), "-0x%s", hex + 1);
		rc = p->parse(text, 0, &got);
		CHECK(rc == want && (rc || got == v));
	}
}

static void test_boundaries(void)
{
	const i128 two64 = (i128)ULLONG_MAX + 1;
	unsigned int i;
	int d;

	for (i = 0; i < sizeof(parsers) / sizeof(parsers[0]); i++) {
		const struct parser *p = &parsers[i];

		for (d = -2; d <= 2; d++) {
			check_value(p, p->min + d);
			check_value(p, p->max + d);
			check_value(p, two64 + d);
			check_value(p, -two64 + d);
			check_value(p, d);
		}
		check_value(p, two64 * 16);
	}
}

/* One syntax case for kstrtoull, kstrtoll and kstrtoint. */
struct syntax_case {
	const char *s;
	unsigned int base;
	int rc;
	long long val; /* for kstrtoll */
};

static const struct syntax_case syntax[] = {
	{ "0", 0, 0, 0 },
	{ "-0", 0, 0, 0 },
	{ "+5", 10, 0, 5 },
	{ "5\n", 10, 0, 5 },
	{ "5\n\n", 10, -EINVAL, 0 },
	{ "\n", 10, -EINVAL, 0 },
	{ "", 10, -EINVAL, 0 },
	{ " 5", 10, -EINVAL, 0 },
	{ "5 ", 10, -EINVAL, 0 },
	{ "5x", 10, -EINVAL, 0 },
	{ "0x", 0, -EINVAL, 0 },
	{ "0x", 16, -EINVAL, 0 },
	{ "0x1f", 0, 0, 31 },
	{ "0X1F", 0, 0, 31 },
	{ "0x1f", 16, 0, 31 },
	{ "1f", 16, 0, 31 },
	{ "0x1f", 10, -EINVAL, 0 },
	{ "017", 0, 0, 15 },
	{ "017", 8, 0, 15 },
	{ "017", 10, 0, 17 },
	{ "018", 0, -EINVAL, 0 },
	{ "8", 8, -EINVAL, 0 },
	{ "0xg", 0, -EINVAL, 0 },
	{ "-", 10, -EINVAL, 0 },
	{ "+", 10, -EINVAL, 0 },
	{ "--5", 10, -EINVAL, 0 },
	{ "+-5", 10, -EINVAL, 0 },
	{ "-+5", 10, -EINVAL, 0 },
	{ "-5", 10, 0, -5 },
	{ "-0x10", 0, 0, -16 },
	{ "-010", 0, 0, -8 },
	{ "101", 2, 0, 5 },
	{ "z", 16, -EINVAL, 0 },
	{ "00000000000000000000000000042", 10, 0, 42 },
};

static void test_syntax(void)
{
	unsigned long long u;
	long long ll;
	unsigned int i;
	int rc;

	for (i = 0; i < sizeof(syntax) / sizeof(syntax[0]); i++) {
		const struct syntax_case *c = &syntax[i];

		ll = 0x5a5a;
		rc = linnet_kstrtoll(c->s, c->base, &ll);
		if (rc != c->rc || (rc == 0 && ll != c->val) || (rc && ll != 0x5a5a)) {
			fprintf(stderr, "  kstrtoll(\"%s\", %u) = %d, %lld\n", c->s, c->base, rc,
				ll);
			CHECK(!"kstrtoll syntax");
		} else {
			host_checks++;
		}
		u = 0x5a5a;
		rc = linnet_kstrtoull(c->s, c->base, &u);
		if (c->s[0] == '-' && (c->rc == 0 || c->s[1] == '-'))
			CHECK(rc == -EINVAL && u == 0x5a5a);
		else
			CHECK(rc == c->rc && (rc ? u == 0x5a5a : u == (unsigned long long)c->val));
	}
}

static void test_kstrtobool(void)
{
	static const struct {
		const char *s;
		int rc, val;
	} cases[] = {
		{ "y", 0, 1 },	     { "Y", 0, 1 },	     { "1", 0, 1 },
		{ "yes", 0, 1 },     { "on", 0, 1 },	     { "ON", 0, 1 },
		{ "n", 0, 0 },	     { "N", 0, 0 },	     { "0", 0, 0 },
		{ "no", 0, 0 },	     { "off", 0, 0 },	     { "oF", 0, 0 },
		{ "o", -EINVAL, 0 }, { "", -EINVAL, 0 },     { "x", -EINVAL, 0 },
		{ "2", -EINVAL, 0 }, { "true", -EINVAL, 0 },
	};
	unsigned int i;
	_Bool b;
	int rc;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		b = 1;
		if (cases[i].rc)
			b = (i & 1);
		rc = linnet_kstrtobool(cases[i].s, &b);
		CHECK(rc == cases[i].rc);
		CHECK(rc ? b == (i & 1) : b == cases[i].val);
	}
	CHECK(linnet_kstrtobool(NULL, &b) == -EINVAL);
}

static void test_simple_strto(void)
{
	char *end;
	const char *s;

	s = "123abc";
	CHECK(linnet_simple_strtoul(s, &end, 10) == 123 && end == s + 3);
	s = "0x1fz";
	CHECK(linnet_simple_strtoul(s, &end, 0) == 31 && end == s + 4);
	CHECK(linnet_simple_strtoul(s, &end, 16) == 31 && end == s + 4);
	s = "0x";
	CHECK(linnet_simple_strtoul(s, &end, 0) == 0 && end == s + 1);
	s = "0xz";
	CHECK(linnet_simple_strtoul(s, &end, 16) == 0 && end == s + 2);
	s = "0777";
	CHECK(linnet_simple_strtoul(s, &end, 0) == 0777 && end == s + 4);
	s = "-42,";
	CHECK(linnet_simple_strtol(s, &end, 10) == -42 && end == s + 3);
	CHECK(linnet_simple_strtoll(s, &end, 0) == -42 && end == s + 3);
	s = "  7";
	CHECK(linnet_simple_strtoul(s, &end, 10) == 0 && end == s);
	s = "+7";
	CHECK(linnet_simple_strtoul(s, &end, 10) == 0 && end == s);
	CHECK(linnet_simple_strtoull("18446744073709551615", NULL, 10) == ULLONG_MAX);
	CHECK(linnet_simple_strtoull("18446744073709551616", NULL, 10) == 0); /* wraps */
	CHECK(linnet_simple_strtoul("ff", NULL, 16) == 255);
	CHECK(linnet_simple_strtoul("FF", NULL, 16) == 255);
}

static void test_hex_to_bin(void)
{
	int c;

	for (c = 0; c < 256; c++) {
		int want = -1;

		if (c >= '0' && c <= '9')
			want = c - '0';
		else if (c >= 'a' && c <= 'f')
			want = c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			want = c - 'A' + 10;
		CHECK(linnet_hex_to_bin((char)c) == want);
	}
}

int main(void)
{
	test_boundaries();
	test_syntax();
	test_kstrtobool();
	test_simple_strto();
	test_hex_to_bin();
	return host_summary("kstrtox");
}
