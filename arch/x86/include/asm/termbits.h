/*
 * termbits.h - the termios settings of a terminal: flags and control characters.
 *
 * The names and values are Linux's (i386 uses include/asm-generic/termbits.h
 * in 2.6.32), so that the line discipline reads as Linux's n_tty does and
 * user space's termios values mean the same here: every flag of 2.6.32's
 * list is defined, so a program's tcsetattr() round-trips through TCGETS
 * even for the flags n_tty ignores. INIT_C_CC and the defaults of
 * tty_std_termios (drivers/char/n_tty.c) are Linux's. struct termios and
 * struct termio, user space's layouts, are in <asm/termios.h>. See
 * docs/tty.md.
 */
#ifndef _ASM_X86_TERMBITS_H
#define _ASM_X86_TERMBITS_H

typedef unsigned char cc_t;
typedef unsigned int speed_t;
typedef unsigned int tcflag_t;

#define NCCS 19

/**
 * struct ktermios - a terminal's settings, as the kernel keeps them
 * @c_iflag: input modes (ICRNL...)
 * @c_oflag: output modes (OPOST, ONLCR)
 * @c_cflag: control modes (the line's speed and size)
 * @c_lflag: local modes (ICANON, ECHO, ISIG...)
 * @c_line: the line discipline (N_TTY)
 * @c_cc: the control characters, indexed by VINTR, VERASE...
 * @c_ispeed: input speed
 * @c_ospeed: output speed
 */
struct ktermios {
	tcflag_t c_iflag;
	tcflag_t c_oflag;
	tcflag_t c_cflag;
	tcflag_t c_lflag;
	cc_t c_line;
	cc_t c_cc[NCCS];
	speed_t c_ispeed;
	speed_t c_ospeed;
};

/* c_cc characters */
#define VINTR 0
#define VQUIT 1
#define VERASE 2
#define VKILL 3
#define VEOF 4
#define VTIME 5
#define VMIN 6
#define VSWTC 7
#define VSTART 8
#define VSTOP 9
#define VSUSP 10
#define VEOL 11
#define VREPRINT 12
#define VDISCARD 13
#define VWERASE 14
#define VLNEXT 15
#define VEOL2 16

/* c_iflag bits */
#define IGNBRK 0000001
#define BRKINT 0000002
#define IGNPAR 0000004
#define PARMRK 0000010
#define INPCK 0000020
#define ISTRIP 0000040
#define INLCR 0000100
#define IGNCR 0000200
#define ICRNL 0000400
#define IUCLC 0001000
#define IXON 0002000
#define IXANY 0004000
#define IXOFF 0010000
#define IMAXBEL 0020000
#define IUTF8 0040000

/* c_oflag bits */
#define OPOST 0000001
#define OLCUC 0000002
#define ONLCR 0000004
#define OCRNL 0000010
#define ONOCR 0000020
#define ONLRET 0000040
#define OFILL 0000100
#define OFDEL 0000200
#define TABDLY 0014000
#define XTABS 0014000

/* c_cflag bits */
#define CBAUD 0010017
#define B0 0000000
#define B9600 0000015
#define B19200 0000016
#define B38400 0000017
#define CSIZE 0000060
#define CS5 0000000
#define CS6 0000020
#define CS7 0000040
#define CS8 0000060
#define CSTOPB 0000100
#define CREAD 0000200
#define PARENB 0000400
#define PARODD 0001000
#define HUPCL 0002000
#define CLOCAL 0004000
#define CBAUDEX 0010000
#define B115200 0010002
#define CRTSCTS 020000000000

/* c_lflag bits */
#define ISIG 0000001
#define ICANON 0000002
#define ECHO 0000010
#define ECHOE 0000020
#define ECHOK 0000040
#define ECHONL 0000100
#define NOFLSH 0000200
#define TOSTOP 0000400
#define ECHOCTL 0001000
#define ECHOPRT 0002000
#define ECHOKE 0004000
#define FLUSHO 0010000
#define PENDIN 0040000
#define IEXTEN 0100000
#define XCASE 0000004

/* tcflow() and TCXONC */
#define TCOOFF 0
#define TCOON 1
#define TCIOFF 2
#define TCION 3

/* tcflush() and TCFLSH */
#define TCIFLUSH 0
#define TCOFLUSH 1
#define TCIOFLUSH 2

/* tcsetattr() */
#define TCSANOW 0
#define TCSADRAIN 1
#define TCSAFLUSH 2

/* ^C ^\ DEL ^U ^D, time 0, min 1, -, ^Q ^S ^Z, -, ^R ^O ^W ^V, -: Linux's defaults */
#define INIT_C_CC "\003\034\177\025\004\0\1\0\021\023\032\0\022\017\027\026\0"

/* A c_cc value of 0 disables that character */
#define __DISABLED_CHAR '\0'

#define N_TTY 0
#define NR_LDISCS 21 /* 2.6.32's number of line discipline slots */

#endif /* _ASM_X86_TERMBITS_H */
