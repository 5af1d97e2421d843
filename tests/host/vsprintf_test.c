/*
 * vsprintf_test.c - Linnet's vsnprintf() against the C library's.
 *
 * For everything C99 defines, Linnet's output must be byte-for-byte what
 * glibc prints. The test generates formats from every conversion, every
 * combination of flags, a set of widths and precisions (literal and '*'),
 * and every length modifier, and runs each with a table of edge values.
 * Combinations whose behaviour C leaves undefined ('#' with %d, '0' with
 * %s, 'l' with %c...) are skipped. For a sample of them it also checks
 * truncation at every buffer size: the return value is the full length,
 * the buffer holds the longest prefix that fits plus a NUL, and not one
 * byte past the size is touched.
 *
 * The kernel's own conventions (%p, NULL strings, unknown conversions)
 * have no C library counterpart and are checked against fixed strings.
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "linnet.h"

#define BUFSZ 512
#define SENTINEL 0x5a

static long combos, truncation_runs;

/* compare_sizes - run @fmt at every buffer size up to the full length + 2 */
static void compare_sizes(const char *fmt, const char *want, int want_len, va_list ap)
{
	char buf[BUFSZ];
	int size, ret, n;
	va_list aq;

	truncation_runs++;
	for (size = 0; size <= want_len + 2 && size < BUFSZ - 8; size++) {
		memset(buf, SENTINEL, sizeof(buf));
		va_copy(aq, ap);
		ret = linnet_vsnprintf(size ? buf : NULL, size, fmt, aq);
		va_end(aq);
		if (ret != want_len) {
			CHECK(ret == want_len);
			return;
		}
		if (size) {
			n = want_len < size - 1 ? want_len : size - 1;
			if (memcmp(buf, want, n) != 0 || buf[n] != '\0') {
				fprintf(stderr, "  truncation of \"%s\" at %d\n", fmt, size);
				CHECK(!"truncated prefix");
				return;
			}
		}
		if (buf[size] != SENTINEL || buf[size + 1] != SENTINEL) {
			fprintf(stderr, "  \"%s\" wrote past size %d\n", fmt, size);
			CHECK(!"write past the end");
			return;
		}
	}
}

/* both - format with glibc and with Linnet and compare */
static void both(const char *fmt, ...)
{
	char want[BUFSZ], got[BUFSZ];
	int want_len, got_len;
	va_list ap, aq;

	combos++;
	va_start(ap, fmt);
	va_copy(aq, ap);
	want_len = vsnprintf(want, sizeof(want), fmt, aq);
	va_end(aq);
	va_copy(aq, ap);
	got_len = linnet_vsnprintf(got, sizeof(got), fmt, aq);
	va_end(aq);
	if (want_len != got_len || memcmp(want, got, want_len + 1) != 0) {
		fprintf(stderr, "  \"%s\": want \"%s\" (%d) got \"%s\" (%d)\n", fmt, want, want_len,
			got, got_len);
		CHECK(!"vsnprintf differs from glibc");
	} else {
		host_checks++;
	}
	if (combos % 23 == 0)
		compare_sizes(fmt, want, want_len, ap);
	va_end(ap);
}

static const long long int_values[] = {
	0,
	1,
	-1,
	7,
	-7,
	42,
	127,
	128,
	-128,
	255,
	256,
	4096,
	32767,
	-32768,
	65535,
	65536,
	0x1234abcd,
	INT_MAX,
	INT_MIN,
	UINT_MAX,
	0x7fffffffffLL,
	LONG_MAX,
	LONG_MIN,
	LLONG_MAX,
	LLONG_MIN,
	-0x123456789LL,
};

static const char *const flag_sets[] = { "", "-", "+", " ", "#", "0" };
static const char *const widths[] = { "", "1", "5", "25", "*" };
static const char *const precisions[] = { "", ".", ".0", ".1", ".6", ".30", ".*" };
static const int star_widths[] = { -9, 0, 4, 20 };
static const int star_precisions[] = { -1, 0, 3, 12 };

/* count_stars - how many '*' arguments a format takes */
static int count_stars(const char *fmt)
{
	int n = 0;

	for (; *fmt; fmt++)
		n += *fmt == '*';
	return n;
}

/* A value passed as type T after 0, 1 or 2 star arguments. */
#define CALL_TYPED(T, v)                           \
	do {                                       \
		if (nstars == 0)                   \
			both(fmt, (T)(v));         \
		else if (nstars == 1)              \
			both(fmt, s1, (T)(v));     \
		else                               \
			both(fmt, s1, s2, (T)(v)); \
	} while (0)

/* run_int - one integer format with one value, passed as @mod requires */
static void run_int(const char *fmt, const char *mod, int s1, int s2, long long v)
{
	int nstars = count_stars(fmt);

	if (!strcmp(mod, "l"))
		CALL_TYPED(long, v);
	else if (!strcmp(mod, "ll") || !strcmp(mod, "L") || !strcmp(mod, "q"))
		CALL_TYPED(long long, v);
	else if (!strcmp(mod, "j"))
		CALL_TYPED(intmax_t, v);
	else if (!strcmp(mod, "z"))
		CALL_TYPED(size_t, v);
	else if (!strcmp(mod, "t"))
		CALL_TYPED(ptrdiff_t, v);
	else
		CALL_TYPED(int, v);
}

/* flags_defined - may these flags go with this conversion in C99? */
static int flags_defined(const char *flags, char conv)
{
	if (strchr(flags, '#') && strchr("dicsu", conv))
		return 0;
	if (strchr(flags, '0') && strchr("cs", conv))
		return 0;
	return 1;
}

/* make_format - "[x]%<flags><width><precision><mod><conv>[y]" */
static void make_format(char *fmt, const char *flags, const char *w, const char *p, const char *mod,
			char conv)
{
	sprintf(fmt, "<%%%s%s%s%s%c>", flags, w, p, mod, conv);
}

static void test_integers(void)
{
	static const char *const mods[] = { "", "hh", "h", "l", "ll", "z", "t", "j", "L", "q" };
	static const char convs[] = "diuxXo";
	char fmt[64], flags[8];
	unsigned int f, ci, mi, wi, pi, vi, si;

	/* every subset of the five flags, in a fixed order */
	for (f = 0; f < 32; f++) {
		flags[0] = '\0';
		for (si = 0; si < 5; si++)
			if (f & (1u << si))
				strcat(flags, flag_sets[si + 1]);
		for (ci = 0; convs[ci]; ci++) {
			if (!flags_defined(flags, convs[ci]))
				continue;
			for (mi = 0; mi < sizeof(mods) / sizeof(mods[0]); mi++)
				for (wi = 0; wi < sizeof(widths) / sizeof(widths[0]); wi++)
					for (pi = 0;
					     pi < sizeof(precisions) / sizeof(precisions[0]);
					     pi++) {
						make_format(fmt, flags, widths[wi], precisions[pi],
							    mods[mi], convs[ci]);
						for (vi = 0; vi < sizeof(int_values) /
									  sizeof(int_values[0]);
						     vi++)
							run_int(fmt, mods[mi], star_widths[vi % 4],
								star_precisions[(vi / 4) % 4],
								int_values[vi]);
					}
		}
	}
}

static void test_strings_chars(void)
{
	static const char *const strs[] = { "", "a", "hello", "tab\there",
					    "a much longer string, past 25" };
	static const char *const sflags[] = { "", "-" };
	static const char chars[] = { 'A', ' ', 'z', '%', '\x7f', '\xe9' };
	char fmt[64];
	unsigned int fi, wi, pi, i;
	int nstars;

	for (fi = 0; fi < 2; fi++)
		for (wi = 0; wi < sizeof(widths) / sizeof(widths[0]); wi++) {
			for (pi = 0; pi < sizeof(precisions) / sizeof(precisions[0]); pi++) {
				make_format(fmt, sflags[fi], widths[wi], precisions[pi], "", 's');
				nstars = count_stars(fmt);
				for (i = 0; i < sizeof(strs) / sizeof(strs[0]); i++) {
					int s1 = star_widths[i % 4],
					    s2 = star_precisions[(i + wi) % 4];

					CALL_TYPED(const char *, strs[i]);
				}
			}
			make_format(fmt, sflags[fi], widths[wi], "", "", 'c');
			nstars = count_stars(fmt);
			for (i = 0; i < sizeof(chars); i++) {
				int s1 = star_widths[i % 4], s2 = 0;

				CALL_TYPED(int, (unsigned char)chars[i]);
			}
		}
	both("plain text, no conversions");
	both("%%");
	both("100%% %d%%", 5);
	both("%s=%d, %s=%x;%c", "one", 1, "two", 0xbeef, '!');
	both("%5s|%-5s|%.2s|%-8.3s|", "ab", "ab", "abcdef", "abcdef");
	both("%hhu %hhd %hu %hd", 300, 200, 70000, 40000);
	both("%#o %#o %#.0o %.0o %#x %#X %#.0x", 0, 8, 0, 0, 0, 255, 0);
	both("%+d % d %+ d % +d %+u", 0, 0, 5, 5, 7);
	both("%-010d|%0-10d|%010.3d|%-+08d", -42, 42, 42, 42);
	both("%*d|%-*d|%*.*d|%.*d", -6, 1, 6, 2, 8, -3, 4, -2, 9);
}

/* expect - Linnet alone, against a fixed string */
static void expect(const char *want, const char *fmt, ...)
{
	char got[BUFSZ];
	int n;
	va_list ap;

	va_start(ap, fmt);
	n = linnet_vsnprintf(got, sizeof(got), fmt, ap);
	va_end(ap);
	if (n != (int)strlen(want) || strcmp(got, want) != 0) {
		fprintf(stderr, "  \"%s\": want \"%s\" got \"%s\" (%d)\n", fmt, want, got, n);
		CHECK(!"fixed expectation");
	} else {
		host_checks++;
	}
}

static void test_kernel_conventions(void)
{
	void *p = (void *)(uintptr_t)0xc0101234;
	char buf[32];

	/* %p: hex, zero-padded to the width of a pointer, no 0x (16 digits here) */
	expect(sizeof(void *) == 8 ? "00000000c0101234" : "c0101234", "%p", p);
	expect(sizeof(void *) == 8 ? "00000000c0101234" : "c0101234", "%px", p);
	expect(sizeof(void *) == 8 ? "00000000c0101234!" : "c0101234!", "%pK!", p);
	expect("  c0101234", "%10p", p);
	expect("c0101234  |", "%-10p|", p);
	expect(sizeof(void *) == 8 ? "0x000000c0101234" : "0xc0101234", "%#p", p);
	expect("(null)", "%p", NULL);
	expect("(nu", "%.3p", NULL);
	expect("  (null)", "%8pS", NULL);
	/* %pS without a symbol table: the glue's sprint_symbol() prints the address */
	expect("[0xc0101234]", "[%pS]", p);
	expect("[0xc0101234]", "[%ps]", p);
	/* %s of NULL or of a pointer into the first page */
	expect("(null)", "%s", (char *)NULL);
	expect("(nu", "%.3s", (char *)NULL);
	expect("(null)", "%s", (char *)16);
	expect("  (null)|", "%8s|", (char *)NULL);
	/* unknown conversions and %n print themselves and take no argument */
	expect("%y 5", "%y %d", 5);
	expect("a%nb 7", "a%nb %d", 7);
	expect("%", "%");
	/* return values and the cn variants */
	CHECK(linnet_snprintf(buf, 4, "%d", 123456) == 6 && !strcmp(buf, "123"));
	CHECK(linnet_scnprintf(buf, 4, "%d", 123456) == 3 && !strcmp(buf, "123"));
	CHECK(linnet_scnprintf(buf, 10, "%d", 12) == 2);
	CHECK(linnet_scnprintf(buf, 0, "%d", 12) == 0);
	CHECK(linnet_snprintf(NULL, 0, "%s", "abc") == 3);
	CHECK(linnet_sprintf(buf, "%s-%u", "x", 7u) == 3 && !strcmp(buf, "x-7"));
	memset(buf, SENTINEL, sizeof(buf));
	CHECK(linnet_snprintf(buf, 1, "abc") == 3 && buf[0] == '\0' && buf[1] == SENTINEL);
}

int main(void)
{
	test_integers();
	test_strings_chars();
	test_kernel_conventions();
	printf("vsprintf: %ld formats compared with glibc, %ld truncation sweeps\n", combos,
	       truncation_runs);
	return host_summary("vsprintf");
}
