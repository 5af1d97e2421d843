/*
 * vgacon.c - the VGA text-mode console: 80 columns by 25 rows.
 *
 * In text mode the VGA card shows a grid of cells kept in memory at
 * physical 0xB8000; each cell is two bytes, the character and its
 * colour (background in the high nibble, foreground in the low). Writing
 * a cell changes the screen at once. The blinking cursor is moved through
 * the CRT controller's index/data ports 0x3D4/0x3D5 (registers 14 and 15:
 * cursor location high and low).
 *
 *   0xB8000: | 'L' 0x07 | 'i' 0x07 | 'n' 0x07 | ...   80 cells a row
 *
 * When the cursor leaves the last row, every row moves up one and the
 * last row is cleared. Each message is coloured by its printk level, so
 * errors stand out in red. See docs/boot.md.
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/string.h>
#include <linux/vt_kern.h>
#include <linux/irqflags.h>
#include <asm/io.h>
#include <asm/page.h>

#define VGA_COLS 80
#define VGA_ROWS 25
#define VGA_PHYS 0xB8000
#define VGA_CRTC_INDEX 0x3D4
#define VGA_CRTC_DATA 0x3D5
#define VGA_CRTC_CURSOR_HI 0x0E
#define VGA_CRTC_CURSOR_LO 0x0F

static u16 *const vga_mem = (u16 *)(PAGE_OFFSET + VGA_PHYS);
static unsigned int vga_x, vga_y;

/* Colour by level: emerg..err in red shades, warning yellow, info grey, debug dark */
static const u8 level_colour[8] = {
	0x4f, /* EMERG: white on red */
	0x4f, /* ALERT */
	0x0c, /* CRIT: light red */
	0x0c, /* ERR */
	0x0e, /* WARNING: yellow */
	0x0f, /* NOTICE: white */
	0x07, /* INFO: grey */
	0x08, /* DEBUG: dark grey */
};

static void vga_set_cursor(void)
{
	unsigned int pos = vga_y * VGA_COLS + vga_x;

	outb(VGA_CRTC_CURSOR_HI, VGA_CRTC_INDEX);
	outb(pos >> 8, VGA_CRTC_DATA);
	outb(VGA_CRTC_CURSOR_LO, VGA_CRTC_INDEX);
	outb(pos & 0xff, VGA_CRTC_DATA);
}

static void vga_clear_row(unsigned int row)
{
	unsigned int x;

	for (x = 0; x < VGA_COLS; x++)
		vga_mem[row * VGA_COLS + x] = 0x0720;
}

static void vga_scroll(void)
{
	memmove(vga_mem, vga_mem + VGA_COLS, (VGA_ROWS - 1) * VGA_COLS * 2);
	vga_clear_row(VGA_ROWS - 1);
	vga_y = VGA_ROWS - 1;
}

static void vga_newline(void)
{
	vga_x = 0;
	if (++vga_y == VGA_ROWS)
		vga_scroll();
}

/**
 * vga_putc - put one character on the screen, interpreting \n \r \b \t
 * @c: the character
 * @colour: its attribute byte
 *
 * Context: any; the caller serialises (printk runs with interrupts off).
 */
void vga_putc(char c, u8 colour)
{
	switch (c) {
	case '\n':
		vga_newline();
		break;
	case '\r':
		vga_x = 0;
		break;
	case '\b':
		if (vga_x)
			vga_x--;
		break;
	case '\t':
		vga_x = (vga_x + 8) & ~7u;
		if (vga_x >= VGA_COLS)
			vga_newline();
		break;
	default:
		vga_mem[vga_y * VGA_COLS + vga_x] = (u16)colour << 8 | (u8)c;
		if (++vga_x == VGA_COLS)
			vga_newline();
	}
}

static void vgacon_write(struct console *co, const char *s, unsigned int count)
{
	u8 colour = level_colour[printk_current_level & 7];

	while (count--)
		vga_putc(*s++, colour);
	vga_set_cursor();
}

static int vgacon_setup(struct console *co, char *options)
{
	unsigned int y;

	for (y = 0; y < VGA_ROWS; y++)
		vga_clear_row(y);
	vga_x = vga_y = 0;
	vga_set_cursor();
	return 0;
}

/**
 * vgacon_tty_write - the virtual console's output (drivers/char/vt.c:con_write)
 * @s: the text, already through the line discipline's OPOST
 * @count: its length
 *
 * Context: any; does not sleep.
 */
void vgacon_tty_write(const char *s, unsigned int count)
{
	unsigned long flags;

	local_irq_save(flags);
	while (count--)
		vga_putc(*s++, level_colour[CONSOLE_TTY_LEVEL & 7]);
	vga_set_cursor();
	local_irq_restore(flags);
}

static struct console vga_console = {
	.name = "tty",
	.write = vgacon_write,
	.setup = vgacon_setup,
	.device = vt_console_device,
	.flags = CON_PRINTBUFFER,
	.index = 0,
};

/**
 * vga_console_init - clear the screen and register the VGA console as tty0
 *
 * Context: boot.
 */
void vga_console_init(void)
{
	register_console(&vga_console);
}
