/*
 * ctype_test.c - Linnet's character classes against the C library's.
 *
 * For ASCII (0-127) every is*() macro must agree with glibc in the "C"
 * locale. Above 127 Linnet follows Linux's Latin-1 table, which glibc's C
 * locale does not have, so a few characters are checked by hand.
 */
#include <ctype.h>
#include <stdio.h>
#include "linnet.h"

/* libc_classes - glibc's answers, in the same bit layout */
static int libc_classes(int c)
{
	return !!isalnum(c) << 0 | !!isalpha(c) << 1 | !!iscntrl(c) << 2 | !!isdigit(c) << 3 |
	       !!isgraph(c) << 4 | !!islower(c) << 5 | !!isprint(c) << 6 | !!ispunct(c) << 7 |
	       !!isspace(c) << 8 | !!isupper(c) << 9 | !!isxdigit(c) << 10;
}

int main(void)
{
	int c;

	for (c = 0; c < 128; c++) {
		int got = linnet_ctype_shim_classes(c), want = libc_classes(c);

		if (got != want)
			fprintf(stderr, "  0x%02x: classes 0x%x, want 0x%x\n", c, got, want);
		CHECK(got == want);
		CHECK(linnet_ctype_shim_tolower(c) == tolower(c));
		CHECK(linnet_ctype_shim_toupper(c) == toupper(c));
	}
	/* Latin-1, as Linux classifies it */
	CHECK(linnet_ctype_shim_classes(0xc9) ==
	      (CT_ALNUM | CT_ALPHA | CT_GRAPH | CT_PRINT | CT_UPPER));
	CHECK(linnet_ctype_shim_classes(0xe9) ==
	      (CT_ALNUM | CT_ALPHA | CT_GRAPH | CT_PRINT | CT_LOWER));
	CHECK(linnet_ctype_shim_classes(0xa0) == (CT_SPACE | CT_PRINT));
	CHECK(linnet_ctype_shim_classes(0xd7) == (CT_GRAPH | CT_PRINT | CT_PUNCT));
	CHECK(linnet_ctype_shim_classes(0x85) == CT_CNTRL);
	CHECK(linnet_ctype_shim_tolower(0xc9) == 0xe9 && linnet_ctype_shim_toupper(0xe9) == 0xc9);
	CHECK(linnet_ctype_shim_tolower(0xd7) == 0xd7);
	/* a negative char indexes the table as unsigned */
	CHECK(linnet_ctype_shim_classes((signed char)0xe9) == linnet_ctype_shim_classes(0xe9));
	return host_summary("ctype");
}
