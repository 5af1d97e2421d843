/*
 * kd.h - the keyboard and display ioctls of the console (KD*), i386
 * Linux's numbers. Linnet's console answers the ones busybox asks:
 * the keyboard type (KDGKBTYPE: a 101-key PC keyboard), the keyboard
 * mode (KDGKBMODE/KDSKBMODE: translated characters), the display mode
 * (KDGETMODE/KDSETMODE: text) and the LEDs. See docs/tty.md.
 */
#ifndef _LINUX_KD_H
#define _LINUX_KD_H

#define KDGETLED 0x4B31
#define KDSETLED 0x4B32
#define KDSETMODE 0x4B3A
#define KD_TEXT 0x00
#define KD_GRAPHICS 0x01
#define KDGETMODE 0x4B3B
#define KDGKBTYPE 0x4B33
#define KB_84 0x01
#define KB_101 0x02
#define KDGKBMODE 0x4B44
#define KDSKBMODE 0x4B45
#define K_RAW 0x00
#define K_XLATE 0x01
#define K_MEDIUMRAW 0x02
#define K_UNICODE 0x03
#define KDGKBLED 0x4B64

#endif /* _LINUX_KD_H */
