/*
 * cmdline_test.c - get_option(), get_options() and memparse().
 *
 * get_option()'s return code says what follows the number (0 none, 1 end,
 * 2 comma, 3 range); get_options() fills an array with a count first and
 * expands ranges, stopping when the array is full.
 */
#include <stdio.h>
#include <string.h>
#include "linnet.h"

static void test_get_option(void)
{
	char buf[32], *s;
	int v;

	strcpy(buf, "42");
	s = buf;
	CHECK(linnet_get_option(&s, &v) == 1 && v == 42 && *s == '\0');
	strcpy(buf, "42,7");
	s = buf;
	CHECK(linnet_get_option(&s, &v) == 2 && v == 42 && s == buf + 3);
	CHECK(linnet_get_option(&s, &v) == 1 && v == 7);
	strcpy(buf, "3-9");
	s = buf;
	CHECK(linnet_get_option(&s, &v) == 3 && v == 3 && *s == '-');
	strcpy(buf, "-5,");
	s = buf;
	CHECK(linnet_get_option(&s, &v) == 2 && v == -5);
	strcpy(buf, "0x10 ");
	s = buf;
	CHECK(linnet_get_option(&s, &v) == 1 && v == 16 && *s == ' ');
	strcpy(buf, "abc");
	s = buf;
	CHECK(linnet_get_option(&s, &v) == 0 && s == buf);
	strcpy(buf, "");
	s = buf;
	CHECK(linnet_get_option(&s, &v) == 0);
	s = NULL;
	CHECK(linnet_get_option(&s, &v) == 0);
	strcpy(buf, "12,");
	s = buf;
	CHECK(linnet_get_option(&s, NULL) == 2 && *s == '\0');
}

/* expect_options - get_options(@str, @nints) fills @want (count first), stops at @rest */
static void expect_options(const char *str, int nints, const int *want, const char *rest)
{
	int ints[16];
	char *end;
	int i;

	memset(ints, 0x5a, sizeof(ints));
	end = linnet_get_options(str, nints, ints);
	if (strcmp(end, rest) != 0 || ints[0] != want[0]) {
		fprintf(stderr, "  get_options(\"%s\", %d): count %d, rest \"%s\"\n", str, nints,
			ints[0], end);
		CHECK(!"get_options count or rest");
		return;
	}
	/* with nints == 0 only the count is stored */
	for (i = 1; nints > 0 && i <= want[0]; i++)
		CHECK(ints[i] == want[i]);
	/* nothing written past the array */
	for (i = nints > 0 ? nints : 1; i < 16; i++)
		CHECK(ints[i] == 0x5a5a5a5a);
}

static void test_get_options(void)
{
	expect_options("1,2,3", 10, (const int[]){ 3, 1, 2, 3 }, "");
	expect_options("1,2,3", 3, (const int[]){ 2, 1, 2 }, "3");
	expect_options("3,5-7,9", 10, (const int[]){ 5, 3, 5, 6, 7, 9 }, "");
	expect_options("1-4", 10, (const int[]){ 4, 1, 2, 3, 4 }, "");
	expect_options("1-4", 3, (const int[]){ 2, 1, 2 }, "4");
	expect_options("0x10,-2 rest", 10, (const int[]){ 2, 16, -2 }, " rest");
	expect_options("", 10, (const int[]){ 0 }, "");
	expect_options("x", 10, (const int[]){ 0 }, "x");
	expect_options("5-3", 10, (const int[]){ 0 }, "3");
	/* nints == 0: count only */
	expect_options("1,2,8-10", 0, (const int[]){ 5 }, "");
}

static void test_memparse(void)
{
	char *end;
	const char *s;

	s = "64M";
	CHECK(linnet_memparse(s, &end) == 64ULL << 20 && end == s + 3);
	s = "4k,";
	CHECK(linnet_memparse(s, &end) == 4096 && *end == ',');
	CHECK(linnet_memparse("1G", NULL) == 1ULL << 30);
	CHECK(linnet_memparse("2T", NULL) == 2ULL << 40);
	CHECK(linnet_memparse("1p", NULL) == 1ULL << 50);
	CHECK(linnet_memparse("3E", NULL) == 3ULL << 60);
	CHECK(linnet_memparse("0x1000", NULL) == 0x1000);
	s = "512";
	CHECK(linnet_memparse(s, &end) == 512 && end == s + 3);
	s = "12x";
	CHECK(linnet_memparse(s, &end) == 12 && end == s + 2);
	s = "M";
	CHECK(linnet_memparse(s, &end) == 0 && end == s + 1);
}

int main(void)
{
	test_get_option();
	test_get_options();
	test_memparse();
	return host_summary("cmdline");
}
