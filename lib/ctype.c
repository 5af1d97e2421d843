/*
 * ctype.c - the character class table behind <linux/ctype.h>.
 *
 * One byte per character code, holding its class bits. The first half is
 * ASCII; the second half classifies Latin-1 (ISO 8859-1), so that the
 * accented letters count as letters, as they do in Linux.
 *
 *   0x00-0x1f  control          0x20       space (prints)
 *   0x21-0x2f  punctuation      0x30-0x39  digits
 *   0x41-0x5a  upper-case       0x61-0x7a  lower-case
 *   0x80-0x9f  control          0xa0       no-break space
 *   0xc0-0xde  upper-case       0xdf-0xff  lower-case
 *   (except 0xd7 and 0xf7, the multiplication and division signs)
 */
#include <linux/ctype.h>
#include <linux/module.h>

/* One row per eight codes reads better than clang-format's layout. */
/* clang-format off */
const unsigned char _ctype[256] = {
	/* 0x00-0x07: NUL to BEL */
	_C, _C, _C, _C, _C, _C, _C, _C,
	/* 0x08-0x0f: BS, then \t \n \v \f \r are spaces, SO, SI */
	_C, _C | _S, _C | _S, _C | _S, _C | _S, _C | _S, _C, _C,
	/* 0x10-0x1f */
	_C, _C, _C, _C, _C, _C, _C, _C,
	_C, _C, _C, _C, _C, _C, _C, _C,
	/* 0x20-0x2f: space ! " # $ % & ' ( ) * + , - . / */
	_S | _SP, _P, _P, _P, _P, _P, _P, _P,
	_P, _P, _P, _P, _P, _P, _P, _P,
	/* 0x30-0x3f: 0-9 : ; < = > ? */
	_D, _D, _D, _D, _D, _D, _D, _D,
	_D, _D, _P, _P, _P, _P, _P, _P,
	/* 0x40-0x4f: @ A-O */
	_P, _U | _X, _U | _X, _U | _X, _U | _X, _U | _X, _U | _X, _U,
	_U, _U, _U, _U, _U, _U, _U, _U,
	/* 0x50-0x5f: P-Z [ \ ] ^ _ */
	_U, _U, _U, _U, _U, _U, _U, _U,
	_U, _U, _U, _P, _P, _P, _P, _P,
	/* 0x60-0x6f: ` a-o */
	_P, _L | _X, _L | _X, _L | _X, _L | _X, _L | _X, _L | _X, _L,
	_L, _L, _L, _L, _L, _L, _L, _L,
	/* 0x70-0x7f: p-z { | } ~ DEL */
	_L, _L, _L, _L, _L, _L, _L, _L,
	_L, _L, _L, _P, _P, _P, _P, _C,
	/* 0x80-0x9f: the C1 control codes */
	_C, _C, _C, _C, _C, _C, _C, _C,
	_C, _C, _C, _C, _C, _C, _C, _C,
	_C, _C, _C, _C, _C, _C, _C, _C,
	_C, _C, _C, _C, _C, _C, _C, _C,
	/* 0xa0-0xbf: no-break space, then Latin-1 punctuation */
	_S | _SP, _P, _P, _P, _P, _P, _P, _P,
	_P, _P, _P, _P, _P, _P, _P, _P,
	_P, _P, _P, _P, _P, _P, _P, _P,
	_P, _P, _P, _P, _P, _P, _P, _P,
	/* 0xc0-0xdf: upper-case letters, 0xd7 is the multiplication sign */
	_U, _U, _U, _U, _U, _U, _U, _U,
	_U, _U, _U, _U, _U, _U, _U, _U,
	_U, _U, _U, _U, _U, _U, _U, _P,
	_U, _U, _U, _U, _U, _U, _U, _L,
	/* 0xe0-0xff: lower-case letters, 0xf7 is the division sign */
	_L, _L, _L, _L, _L, _L, _L, _L,
	_L, _L, _L, _L, _L, _L, _L, _L,
	_L, _L, _L, _L, _L, _L, _L, _P,
	_L, _L, _L, _L, _L, _L, _L, _L,
};
EXPORT_SYMBOL(_ctype);
/* clang-format on */
