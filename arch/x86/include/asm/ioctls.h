/*
 * ioctls.h - the terminal ioctl numbers of i386 Linux.
 *
 * A program's tcgetattr() is ioctl(fd, TCGETS, &termios), its
 * tcsetpgrp() ioctl(fd, TIOCSPGRP, &pgrp): the numbers are the ABI, so
 * they are 2.6.32's (include/asm-generic/ioctls.h, which i386 uses),
 * 'T' in the high byte, a running number in the low one. Only the ones
 * the tty layer answers are listed; the rest get -ENOTTY (-EINVAL for
 * the few 2.6.32 rejects that way). drivers/char/tty_io.c:tty_ioctl and
 * drivers/char/tty_ioctl.c:n_tty_ioctl_helper decode them. See docs/tty.md.
 */
#ifndef _ASM_X86_IOCTLS_H
#define _ASM_X86_IOCTLS_H

#define TCGETS 0x5401
#define TCSETS 0x5402
#define TCSETSW 0x5403
#define TCSETSF 0x5404
#define TCGETA 0x5405
#define TCSETA 0x5406
#define TCSETAW 0x5407
#define TCSETAF 0x5408
#define TCSBRK 0x5409
#define TCXONC 0x540A
#define TCFLSH 0x540B
#define TIOCEXCL 0x540C
#define TIOCNXCL 0x540D
#define TIOCSCTTY 0x540E
#define TIOCGPGRP 0x540F
#define TIOCSPGRP 0x5410
#define TIOCOUTQ 0x5411
#define TIOCSTI 0x5412
#define TIOCGWINSZ 0x5413
#define TIOCSWINSZ 0x5414
#define TIOCMGET 0x5415
#define FIONREAD 0x541B
#define TIOCINQ FIONREAD
#define TIOCLINUX 0x541C
#define TIOCGSERIAL 0x541E
#define TIOCSSERIAL 0x541F
#define TIOCCONS 0x541D
#define FIONBIO 0x5421
#define TIOCNOTTY 0x5422
#define TIOCSETD 0x5423
#define TIOCGETD 0x5424
#define TCSBRKP 0x5425
#define TIOCSBRK 0x5427
#define TIOCCBRK 0x5428
#define TIOCGSID 0x5429
#define TIOCGICOUNT 0x545D

#endif /* _ASM_X86_IOCTLS_H */
