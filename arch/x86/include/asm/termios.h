/*
 * termios.h - the layouts user space passes to the terminal ioctls.
 *
 * The kernel keeps a terminal's settings in a struct ktermios
 * (<asm/termbits.h>), which has the line speeds at its end; TCGETS and
 * TCSETS copy user space's struct termios, the same fields without the
 * speeds (36 bytes), and TCGETA/TCSETA the older struct termio with
 * 16-bit flags. struct winsize is the window size TIOCGWINSZ and
 * TIOCSWINSZ move. Layouts are 2.6.32's i386 ABI. See docs/tty.md.
 */
#ifndef _ASM_X86_TERMIOS_H
#define _ASM_X86_TERMIOS_H

#include <asm/termbits.h>
#include <asm/ioctls.h>

/**
 * struct termios - user space's terminal settings (TCGETS, TCSETS)
 * @c_iflag: input modes
 * @c_oflag: output modes
 * @c_cflag: control modes
 * @c_lflag: local modes
 * @c_line: the line discipline
 * @c_cc: the control characters
 */
struct termios {
	tcflag_t c_iflag;
	tcflag_t c_oflag;
	tcflag_t c_cflag;
	tcflag_t c_lflag;
	cc_t c_line;
	cc_t c_cc[NCCS];
};

#define NCC 8

/**
 * struct termio - the System V settings of TCGETA and TCSETA
 * @c_iflag: input modes (the low 16 bits)
 * @c_oflag: output modes
 * @c_cflag: control modes
 * @c_lflag: local modes
 * @c_line: the line discipline
 * @c_cc: the first NCC control characters
 */
struct termio {
	unsigned short c_iflag;
	unsigned short c_oflag;
	unsigned short c_cflag;
	unsigned short c_lflag;
	unsigned char c_line;
	unsigned char c_cc[NCC];
};

/**
 * struct winsize - a terminal's size, in characters and pixels
 * @ws_row: rows
 * @ws_col: columns
 * @ws_xpixel: width in pixels (unused by the kernel)
 * @ws_ypixel: height in pixels (unused by the kernel)
 */
struct winsize {
	unsigned short ws_row;
	unsigned short ws_col;
	unsigned short ws_xpixel;
	unsigned short ws_ypixel;
};

#endif /* _ASM_X86_TERMIOS_H */
