/*
 * vt_kern.h - the virtual console inside the kernel: tty1 on the VGA screen.
 *
 * drivers/char/vt.c registers the "tty" tty driver (major 4, minor 1:
 * /dev/tty1) whose output is the VGA text screen
 * (drivers/video/console/vgacon.c:vgacon_tty_write) and whose input is
 * the PS/2 keyboard (drivers/char/keyboard.c, kbd_put_queue). 2.6.32 has
 * up to 63 virtual consoles switched with Alt-Fn; Linnet has one, so
 * fg_console is always 0. See docs/tty.md.
 */
#ifndef _LINUX_VT_KERN_H
#define _LINUX_VT_KERN_H

struct console;
struct tty_driver;
struct work_struct;

extern int fg_console;

struct tty_driver *vt_console_device(struct console *c, int *index);
extern struct work_struct vc_SAK_work;
void vgacon_tty_write(const char *s, unsigned int count);

#endif /* _LINUX_VT_KERN_H */
