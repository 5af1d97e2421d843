/*
 * vt.c - the virtual console: tty1, the VGA screen and the PS/2 keyboard.
 *
 * A virtual console is a terminal made of the screen and the keyboard.
 * Its tty driver, "tty" (major 4, first minor 1: /dev/tty1), writes to
 * the VGA text screen (drivers/video/console/vgacon.c) and takes its
 * input from the keyboard: the keyboard's tasklet decodes scancodes
 * (drivers/char/keyboard.c) and calls kbd_put_queue(), which puts the
 * characters into tty1's flip buffer - or into the kernel monitor's
 * terminal while the monitor has the input (tty_input_target).
 * /dev/tty0 is "the current virtual console" (tty_open maps it to
 * fg_console), and the VGA console's .device makes tty1 /dev/console
 * when console=tty0 is the last console=.
 *
 * The console's ioctls (KDGKBTYPE, KDGKBMODE, VT_GETSTATE...) are
 * answered here, as 2.6.32's vt_ioctl does, for the programs that ask
 * (busybox's init, cttyhack, loadkmap).
 *
 * Linux 2.6.32 has up to 63 consoles (tty1..tty63), switched with
 * Alt-Fn, each with its own screen buffer, keyboard mode and vc_data;
 * Linnet has one, tty1, always in the foreground, with the keyboard in
 * translated mode (K_XLATE); KDSKBMODE to another mode is refused with
 * -EINVAL. See docs/tty.md.
 */
#include <linux/module.h>
#include <linux/tty.h>
#include <linux/tty_flip.h>
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/errno.h>
#include <linux/uaccess.h>
#include <linux/kbd_kern.h>
#include <linux/kd.h>
#include <linux/vt.h>
#include <linux/vt_kern.h>
#include <linux/workqueue.h>

#define VGA_ROWS 25
#define VGA_COLS 80

/* fg_console - the virtual console in front (Linnet's only one: tty1, index 0) */
int fg_console;

static struct tty_driver *console_driver;

static int con_open(struct tty_struct *tty, struct file *filp)
{
	if (!tty->winsize.ws_row) {
		tty->winsize.ws_row = VGA_ROWS;
		tty->winsize.ws_col = VGA_COLS;
	}
	return 0;
}

static int con_write(struct tty_struct *tty, const unsigned char *buf, int count)
{
	vgacon_tty_write((const char *)buf, count);
	return count;
}

static int con_put_char(struct tty_struct *tty, unsigned char ch)
{
	return con_write(tty, &ch, 1);
}

static int con_write_room(struct tty_struct *tty)
{
	return tty->stopped ? 0 : 32768; /* the screen takes everything at once */
}

static int con_chars_in_buffer(struct tty_struct *tty)
{
	return 0;
}

/* vt_ioctl - the console's own ioctls; -ENOIOCTLCMD sends the rest to the ldisc */
static int vt_ioctl(struct tty_struct *tty, struct file *file, unsigned int cmd, unsigned long arg)
{
	void __user *up = (void __user *)arg;
	struct vt_stat vs = { .v_active = fg_console + 1, .v_state = 1 | 1 << (fg_console + 1) };
	struct vt_mode vm = { .mode = VT_AUTO };

	switch (cmd) {
	case KDGKBTYPE:
		return put_user((char)KB_101, (char __user *)up);
	case KDGKBMODE:
		return put_user(K_XLATE, (int __user *)up);
	case KDSKBMODE:
		return (arg == K_XLATE || arg == K_UNICODE) ? 0 : -EINVAL;
	case KDGETMODE:
		return put_user(KD_TEXT, (int __user *)up);
	case KDSETMODE:
		return (arg == KD_TEXT || arg == KD_GRAPHICS) ? 0 : -EINVAL;
	case KDGETLED:
	case KDGKBLED:
		return put_user((char)0, (char __user *)up);
	case VT_GETSTATE:
		return copy_to_user(up, &vs, sizeof(vs)) ? -EFAULT : 0;
	case VT_GETMODE:
		return copy_to_user(up, &vm, sizeof(vm)) ? -EFAULT : 0;
	case VT_SETMODE:
		return 0;
	case VT_OPENQRY:
		return put_user(-1, (int __user *)up); /* no free console */
	case VT_ACTIVATE:
	case VT_WAITACTIVE:
		return (arg == 0 || arg > MAX_NR_CONSOLES) ? -ENXIO : (arg == 1 ? 0 : -ENXIO);
	}
	return -ENOIOCTLCMD;
}

static const struct tty_operations con_ops = {
	.open = con_open,
	.write = con_write,
	.put_char = con_put_char,
	.write_room = con_write_room,
	.chars_in_buffer = con_chars_in_buffer,
	.ioctl = vt_ioctl,
};

/**
 * kbd_put_queue - characters from the keyboard for the foreground console
 * @buf: the characters (or an escape sequence)
 * @n: how many
 *
 * Context: the keyboard's tasklet.
 */
void kbd_put_queue(const char *buf, unsigned int n)
{
	struct tty_struct *tty = console_driver ? console_driver->ttys[fg_console] : NULL;

	tty = tty_input_target(tty);
	if (!tty)
		return;
	tty_insert_flip_string(tty, (const unsigned char *)buf, n);
	tty_flip_buffer_push(tty);
}
EXPORT_SYMBOL_GPL(kbd_put_queue);

/* vc_SAK - SysRq-k's work: the Secure Attention Key on the console in front */
static void vc_SAK(struct work_struct *work)
{
	__do_SAK(console_driver ? console_driver->ttys[fg_console] : NULL);
}

/* vc_SAK_work - 2.6.32 has one in each console's vc_data; Linnet has one console */
DECLARE_WORK(vc_SAK_work, vc_SAK);

/**
 * vt_console_device - the tty behind the VGA console (for /dev/console)
 * @c: the console ("tty", index 0 meaning the foreground one)
 * @index: set to the line
 *
 * Context: process context.
 * Return: the "tty" driver, or NULL before vty_init().
 */
struct tty_driver *vt_console_device(struct console *c, int *index)
{
	*index = c->index ? c->index - 1 : fg_console;
	return console_driver;
}

/**
 * vty_init - register the virtual console's tty driver (tty1)
 *
 * Context: process context, after tty_init().
 * Return: 0 or -errno.
 */
int vty_init(void)
{
	struct tty_driver *d = alloc_tty_driver(1);
	int ret;

	if (!d)
		return -ENOMEM;
	d->driver_name = "vt";
	d->name = "tty";
	d->name_base = 1;
	d->major = TTY_MAJOR;
	d->minor_start = 1;
	d->type = TTY_DRIVER_TYPE_CONSOLE;
	d->init_termios = tty_std_termios;
	d->flags = TTY_DRIVER_RESET_TERMIOS;
	tty_set_operations(d, &con_ops);
	ret = tty_register_driver(d);
	if (ret) {
		put_tty_driver(d);
		return ret;
	}
	console_driver = d;
	return 0;
}
