/*
 * string_test.c - Linnet's string and memory functions against glibc's.
 *
 * Where the C library has the same function, both run on the same random
 * inputs and must agree (comparisons in sign only, as C promises no more).
 * The random strings use a small alphabet, with a byte above 0x7f and
 * white space, so that matches, repeats and signedness bugs are common.
 * strlcpy, strscpy, strlcat, memscan, memchr_inv, strnchr, strnstr, strim
 * and skip_spaces have no glibc counterpart here and are checked against
 * hand-written expectations.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <errno.h>
#include "linnet.h"

#define ROUNDS 4000
#define MAXLEN 24

static int sign(int x)
{
	return (x > 0) - (x < 0);
}

/* random_string - a random string of 0..@max characters from a small alphabet */
static void random_string(char *s, int max)
{
	static const char alphabet[] = "abcAB \t\x80\xe9";
	int len = rand() % (max + 1);
	int i;

	for (i = 0; i < len; i++)
		s[i] = alphabet[rand() % (sizeof(alphabet) - 1)];
	s[len] = '\0';
}

static void test_mem(void)
{
	unsigned char a[64], b[64], c[64], d[64];
	int r, i, len, off, off2, ch;

	for (r = 0; r < ROUNDS; r++) {
		for (i = 0; i < 64; i++)
			a[i] = "ab\x80\0"[rand() % 4];
		memcpy(b, a, 64);
		len = rand() % 33;
		off = rand() % 32;
		off2 = rand() % 32;
		ch = "ab\x80\0"[rand() % 4];

		memcpy(c, a, 64);
		memcpy(d, a, 64);
		CHECK(linnet_memcpy(c + off, b + off2, len) == c + off);
		memcpy(d + off, b + off2, len);
		CHECK(!memcmp(c, d, 64));

		memcpy(c, a, 64);
		memcpy(d, a, 64);
		CHECK(linnet_memmove(c + off, c + off2, len) == c + off);
		memmove(d + off, d + off2, len);
		CHECK(!memcmp(c, d, 64));

		CHECK(linnet_memset(c + off, ch | 0x100, len) == c + off);
		memset(d + off, ch, len);
		CHECK(!memcmp(c, d, 64));

		b[rand() % 64] ^= rand() % 2 ? 0x80 : 0;
		CHECK(sign(linnet_memcmp(a + off, b + off, len)) ==
		      sign(memcmp(a + off, b + off, len)));
		CHECK(linnet_memchr(a + off, ch, len) == memchr(a + off, ch, len));
	}
}

static void test_str_compare_search(void)
{
	char s1[MAXLEN + 1], s2[MAXLEN + 1], set[6];
	int r, n, ch;

	for (r = 0; r < ROUNDS; r++) {
		random_string(s1, MAXLEN);
		random_string(s2, r % 3 ? 3 : MAXLEN);
		random_string(set, 5);
		n = rand() % (MAXLEN + 2);
		ch = "abA \x80"[rand() % 5];
		if (r % 5 == 0)
			strcpy(s2, s1); /* equal strings are a case of their own */

		CHECK(linnet_strlen(s1) == strlen(s1));
		CHECK(linnet_strnlen(s1, n) == strnlen(s1, n));
		CHECK(sign(linnet_strcmp(s1, s2)) == sign(strcmp(s1, s2)));
		CHECK(sign(linnet_strncmp(s1, s2, n)) == sign(strncmp(s1, s2, n)));
		CHECK(sign(linnet_strcasecmp(s1, s2)) == sign(strcasecmp(s1, s2)));
		CHECK(sign(linnet_strncasecmp(s1, s2, n)) == sign(strncasecmp(s1, s2, n)));
		CHECK(linnet_strchr(s1, ch) == strchr(s1, ch));
		CHECK(linnet_strchr(s1, 0) == strchr(s1, 0));
		CHECK(linnet_strrchr(s1, ch) == strrchr(s1, ch));
		CHECK(linnet_strrchr(s1, 0) == strrchr(s1, 0));
		CHECK(linnet_strstr(s1, s2) == strstr(s1, s2));
		CHECK(linnet_strpbrk(s1, set) == strpbrk(s1, set));
		CHECK(linnet_strspn(s1, set) == strspn(s1, set));
		CHECK(linnet_strcspn(s1, set) == strcspn(s1, set));
		/* strnstr: a match only counts if it ends within n characters */
		{
			char *want = strstr(s1, s2);

			if (want && want + strlen(s2) > s1 + n)
				want = NULL;
			CHECK(linnet_strnstr(s1, s2, n) == want);
		}
		/* strnchr: the first ch among the first n characters */
		{
			char *want = strchr(s1, ch);

			if (want && want - s1 >= n)
				want = NULL;
			CHECK(linnet_strnchr(s1, n, ch) == want);
		}
	}
}

static void test_str_copy(void)
{
	char src[MAXLEN + 1], a[64], b[64];
	int r, n;

	for (r = 0; r < ROUNDS; r++) {
		random_string(src, MAXLEN);
		n = rand() % (MAXLEN + 4);

		memset(a, 'x', sizeof(a));
		memset(b, 'x', sizeof(b));
		CHECK(linnet_strcpy(a, src) == a);
		strcpy(b, src);
		CHECK(!memcmp(a, b, sizeof(a)));

		memset(a, 'x', sizeof(a));
		memset(b, 'x', sizeof(b));
		CHECK(linnet_strncpy(a, src, n) == a);
		strncpy(b, src, n);
		CHECK(!memcmp(a, b, sizeof(a)));

		strcpy(a, "pre");
		strcpy(b, "pre");
		CHECK(linnet_strcat(a, src) == a);
		strcat(b, src);
		CHECK(!strcmp(a, b));

		strcpy(a, "pre");
		strcpy(b, "pre");
		CHECK(linnet_strncat(a, src, n) == a);
		strncat(b, src, n);
		CHECK(!strcmp(a, b));
	}
}

static void test_size_limited_copies(void)
{
	char buf[16];
	char raw[4] = { 'a', 'b', 'c', 'd' }; /* not terminated */

	memset(buf, 'x', sizeof(buf));
	CHECK(linnet_strlcpy(buf, "hello", 4) == 5 && !strcmp(buf, "hel"));
	CHECK(linnet_strlcpy(buf, "hi", 16) == 2 && !strcmp(buf, "hi"));
	memset(buf, 'x', sizeof(buf));
	CHECK(linnet_strlcpy(buf, "hi", 0) == 2 && buf[0] == 'x');

	memset(buf, 'x', sizeof(buf));
	CHECK(linnet_strscpy(buf, "hello", 6) == 5 && !strcmp(buf, "hello"));
	CHECK(linnet_strscpy(buf, "hello", 5) == -E2BIG && !strcmp(buf, "hell"));
	CHECK(linnet_strscpy(buf, "", 1) == 0 && buf[0] == '\0');
	memset(buf, 'x', sizeof(buf));
	CHECK(linnet_strscpy(buf, "hello", 0) == -E2BIG && buf[0] == 'x');
	/* strscpy reads at most count bytes of src: raw has no NUL (ASan checks) */
	CHECK(linnet_strscpy(buf, raw, 4) == -E2BIG && !strcmp(buf, "abc"));

	strcpy(buf, "ab");
	CHECK(linnet_strlcat(buf, "cdef", 16) == 6 && !strcmp(buf, "abcdef"));
	strcpy(buf, "ab");
	CHECK(linnet_strlcat(buf, "cdef", 4) == 6 && !strcmp(buf, "abc"));
	strcpy(buf, "ab");
	CHECK(linnet_strlcat(buf, "", 3) == 2 && !strcmp(buf, "ab"));
}

static void test_scans_and_trims(void)
{
	unsigned char m[8] = { 0, 0, 0, 7, 0, 0, 0, 0 };
	char s[32], *p, *tok;

	CHECK(linnet_memchr_inv(m, 0, 8) == m + 3);
	CHECK(linnet_memchr_inv(m, 0, 3) == NULL);
	CHECK(linnet_memchr_inv(m, 0, 0) == NULL);
	CHECK(linnet_memchr_inv(m + 3, 7, 1) == NULL);
	CHECK(linnet_memchr_inv(m, 0x100, 8) == m + 3); /* only the low byte counts */
	CHECK(linnet_memscan(m, 7, 8) == m + 3);
	CHECK(linnet_memscan(m, 9, 8) == m + 8);
	CHECK(linnet_memscan(m, 0, 0) == m);

	strcpy(s, "  \t hello world \n ");
	p = linnet_strim(s);
	CHECK(p == s + 4 && !strcmp(p, "hello world"));
	strcpy(s, "   ");
	p = linnet_strim(s);
	CHECK(*p == '\0' && s[0] == '\0');
	strcpy(s, "");
	CHECK(linnet_strim(s) == s);
	strcpy(s, "x");
	CHECK(linnet_strim(s) == s && !strcmp(s, "x"));
	strcpy(s, "\xa0x\xa0"); /* Latin-1 no-break space is a space, as in Linux */
	p = linnet_strim(s);
	CHECK(p == s + 1 && !strcmp(p, "x"));
	strcpy(s, " \t\n\v\f\rz");
	CHECK(linnet_skip_spaces(s) == s + 6);
	CHECK(*linnet_skip_spaces("") == '\0');

	strcpy(s, "a,,b;c");
	p = s;
	tok = linnet_strsep(&p, ",;");
	CHECK(tok == s && !strcmp(tok, "a") && p == s + 2);
	tok = linnet_strsep(&p, ",;");
	CHECK(tok && !strcmp(tok, ""));
	tok = linnet_strsep(&p, ",;");
	CHECK(tok && !strcmp(tok, "b"));
	tok = linnet_strsep(&p, ",;");
	CHECK(tok && !strcmp(tok, "c") && p == NULL);
	CHECK(linnet_strsep(&p, ",;") == NULL);

	strcpy(s, "abcdef");
	CHECK(linnet_strnstr(s, "cd", 4) == s + 2);
	CHECK(linnet_strnstr(s, "cd", 3) == NULL);
	CHECK(linnet_strnstr(s, "", 0) == s);
	CHECK(linnet_strnstr(s, "ef", 100) == s + 4);
	CHECK(linnet_strnchr(s, 3, 'c') == s + 2);
	CHECK(linnet_strnchr(s, 2, 'c') == NULL);
	CHECK(linnet_strnchr(s, 10, '\0') == s + 6); /* the terminator, as Linux */
	CHECK(linnet_strnchr(s, 6, '\0') == NULL);
}

/* The same random strsep() splitting as glibc's. */
static void test_strsep_random(void)
{
	char a[MAXLEN + 1], b[MAXLEN + 1], set[4];
	char *pa, *pb, *ta, *tb;
	size_t len;
	int r;

	for (r = 0; r < ROUNDS; r++) {
		random_string(a, MAXLEN);
		strcpy(b, a);
		len = strlen(a);
		random_string(set, 3);
		pa = a;
		pb = b;
		do {
			ta = linnet_strsep(&pa, set);
			tb = strsep(&pb, set);
			CHECK((ta ? ta - a : -1) == (tb ? tb - b : -1));
			CHECK((pa ? pa - a : -1) == (pb ? pb - b : -1));
		} while (ta && tb);
		CHECK(!memcmp(a, b, len + 1));
	}
}

int main(void)
{
	srand(1);
	test_mem();
	test_str_compare_search();
	test_str_copy();
	test_size_limited_copies();
	test_scans_and_trims();
	test_strsep_random();
	return host_summary("string");
}
