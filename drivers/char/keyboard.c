/*
 * keyboard.c - from PS/2 scancodes to the characters a terminal sends.
 *
 * The keyboard does not send characters. It sends a scancode when a key
 * goes down (the "make" code) and another when it comes up (the
 * "break" code); with the i8042's translation on, the codes are set 1,
 * where break = make | 0x80. Keys added after the original PC keyboard
 * (the arrows, the right Ctrl and Alt, the editing block) send 0xE0
 * first. So pressing Shift, then c, then letting go of both is
 *
 *   2A        2E     AE        AA
 *   Shift↓    c↓     c↑        Shift↑       -> the character 'C'
 *
 * and the Up arrow is E0 48 / E0 C8, which becomes the three bytes
 * ESC [ A, as a VT100 terminal would send them. Everything here is
 * state kept between scancodes: which modifiers are down, which lock
 * keys are on. The lock keys light the keyboard's LEDs, which the
 * driver (drivers/input/serio/i8042.c) must be told to set.
 *
 * Two combinations are commands, not characters: Alt-SysRq-key (the key
 * goes to handle_sysrq) and Ctrl-Alt-Del, which 2.6.32's default keymap
 * (drivers/char/defkeymap.map: "control alt keycode 83 = Boot", and 111,
 * the grey Delete) turns into the Boot key and fn_boot_it() into
 * kernel/sys.c:ctrl_alt_del(). Both Ctrls count, the Alt must be the
 * left one (the right is AltGr, whose control map has no Boot), and no
 * Shift: that is another keymap, where Delete is nothing. Linnet has no
 * loadable keymaps (2.6.32's KDSKBENT); the one layout is built in.
 *
 * The decoder is pure: no I/O, no locks, no allocation. drivers/input/serio/i8042.c
 * calls it from a tasklet, and tests/host/keyboard_shim.c runs it on the
 * host. See docs/drivers.md.
 */
#include <linux/kbd_kern.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/string.h>

#define SC_ESC 0x01
#define SC_LCTRL 0x1d
#define SC_LSHIFT 0x2a
#define SC_RSHIFT 0x36
#define SC_LALT 0x38
#define SC_CAPSLOCK 0x3a
#define SC_NUMLOCK 0x45
#define SC_SCROLLLOCK 0x46
#define SC_KP_FIRST 0x47 /* the keypad: 7 8 9 - 4 5 6 + 1 2 3 0 . */
#define SC_KP_LAST 0x53
#define SC_BREAK 0x80
#define SC_SYSRQ 0x54 /* Alt+PrintScreen: the SysRq key */
#define SC_DELETE 0x53 /* keypad . (Delete with Num Lock off); after 0xE0 the grey Delete */
#define SC_PRTSC 0x37 /* after 0xE0: PrintScreen */
#define SC_E0 0xe0
#define SC_E1 0xe1

/* The US layout, set 1 make codes 0x00-0x3a; 0 means no character. */
static const char plain_map[] = {
	0,    0x1b, '1', '2', '3', '4', '5', '6', '7', '8', '9',  '0', '-', '=',  0x7f,
	'\t', 'q',  'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p',  '[', ']', '\r', 0,
	'a',  's',  'd', 'f', 'g', 'h', 'j', 'k', 'l', ';', '\'', '`', 0,   '\\', 'z',
	'x',  'c',  'v', 'b', 'n', 'm', ',', '.', '/', 0,   '*',  0,   ' ',
};

static const char shift_map[] = {
	0,    0x1b, '!', '@', '#', '$', '%', '^', '&', '*', '(', ')', '_', '+',	 0x7f,
	'\t', 'Q',  'W', 'E', 'R', 'T', 'Y', 'U', 'I', 'O', 'P', '{', '}', '\r', 0,
	'A',  'S',  'D', 'F', 'G', 'H', 'J', 'K', 'L', ':', '"', '~', 0,   '|',	 'Z',
	'X',  'C',  'V', 'B', 'N', 'M', '<', '>', '?', 0,   '*', 0,   ' ',
};

/* The keypad with Num Lock on; with it off, the keys are the editing keys. */
static const char keypad_map[] = "789-456+1230.";

/* Escape sequences (after ESC '[') of the editing keys, by make code. */
static const char *const edit_seq[SC_KP_LAST - SC_KP_FIRST + 1] = {
	[0x47 - SC_KP_FIRST] = "H",  [0x48 - SC_KP_FIRST] = "A",  [0x49 - SC_KP_FIRST] = "5~",
	[0x4b - SC_KP_FIRST] = "D",  [0x4d - SC_KP_FIRST] = "C",  [0x4f - SC_KP_FIRST] = "F",
	[0x50 - SC_KP_FIRST] = "B",  [0x51 - SC_KP_FIRST] = "6~", [0x52 - SC_KP_FIRST] = "2~",
	[0x53 - SC_KP_FIRST] = "3~",
};

/**
 * kbd_init_state - reset the decoder: no modifiers down, lock keys off
 * @kbd: the state to reset
 *
 * Context: any.
 */
void kbd_init_state(struct kbd_struct *kbd)
{
	memset(kbd, 0, sizeof(*kbd));
}
EXPORT_SYMBOL_GPL(kbd_init_state);

/* modifier_bit - the KG_* bit of a modifier key, or 0 for other keys */
static unsigned int modifier_bit(unsigned char code, bool e0)
{
	switch (code) {
	case SC_LSHIFT:
		return e0 ? 0 : KG_LSHIFT; /* E0 2A is a fake shift around PrtSc */
	case SC_RSHIFT:
		return e0 ? 0 : KG_RSHIFT;
	case SC_LCTRL:
		return e0 ? KG_RCTRL : KG_LCTRL;
	case SC_LALT:
		return e0 ? KG_RALT : KG_LALT;
	}
	return 0;
}

/* lock_bit - the VC_* bit a lock key toggles, or 0 for other keys */
static unsigned char lock_bit(unsigned char code, bool e0)
{
	if (e0)
		return 0;
	switch (code) {
	case SC_CAPSLOCK:
		return VC_CAPSLOCK;
	case SC_NUMLOCK:
		return VC_NUMLOCK;
	case SC_SCROLLLOCK:
		return VC_SCROLLOCK;
	}
	return 0;
}

/* editing_key - the escape sequence of an editing key, or NULL */
static const char *editing_key(struct kbd_struct *kbd, unsigned char code, bool e0)
{
	if (code < SC_KP_FIRST || code > SC_KP_LAST)
		return NULL;
	if (!e0 && (kbd->ledflagstate & VC_NUMLOCK))
		return NULL;
	return edit_seq[code - SC_KP_FIRST];
}

/* plain_char - the character of a key with Shift, Caps Lock and Ctrl applied */
static int plain_char(struct kbd_struct *kbd, unsigned char code, bool e0)
{
	bool shift = kbd->shift_state & KG_SHIFT;
	int c;

	if (e0)
		return code == 0x1c ? '\r' : code == 0x35 ? '/' : 0;
	if (code >= SC_KP_FIRST && code <= SC_KP_LAST)
		return keypad_map[code - SC_KP_FIRST];
	if (code >= sizeof(plain_map))
		return 0;
	c = plain_map[code];
	if (c >= 'a' && c <= 'z' && (kbd->ledflagstate & VC_CAPSLOCK))
		shift = !shift;
	if (shift)
		c = shift_map[code];
	if (c && (kbd->shift_state & KG_CTRL)) {
		if (c >= '@' && c <= '~' && c != 0x7f)
			c &= 0x1f;
		else if (c == ' ')
			c = 0;
	}
	return c;
}

/* key_down - the bytes one pressed (non-modifier) key produces */
static int key_down(struct kbd_struct *kbd, unsigned char code, bool e0, char *buf)
{
	const char *seq = editing_key(kbd, code, e0);
	int n = 0, c;

	if (kbd->shift_state & KG_ALT)
		buf[n++] = 0x1b; /* Alt sends ESC first ("meta sends escape") */
	if (seq) {
		buf[n++] = 0x1b;
		buf[n++] = '[';
		while (*seq)
			buf[n++] = *seq++;
		return n;
	}
	c = plain_char(kbd, code, e0);
	if (!c && !((kbd->shift_state & KG_CTRL) && code == 0x39))
		return 0;
	buf[n++] = c;
	return n;
}

/* is_boot - Ctrl-Alt-Del: the keymap's "control alt" map, keycode 83 or 111 */
static bool is_boot(struct kbd_struct *kbd, unsigned char code)
{
	unsigned int mods = kbd->shift_state;

	return code == SC_DELETE && (mods & KG_CTRL) && (mods & KG_LALT) &&
	       !(mods & (KG_SHIFT | KG_RALT));
}

/* plain_map_char - the unshifted character of make code @code, or 0 */
static char plain_map_char(unsigned char code)
{
	return code < sizeof(plain_map) ? plain_map[code] : 0;
}

/* take_prefix - note a 0xE0/0xE1 prefix or swallow a Pause sequence; true if consumed */
static bool take_prefix(struct kbd_struct *kbd, unsigned char scancode)
{
	if (kbd->skip) {
		kbd->skip--;
		return true;
	}
	if (scancode == SC_E0) {
		kbd->prefix = SC_E0;
		return true;
	}
	if (scancode == SC_E1) {
		kbd->skip = 5; /* Pause: E1 1D 45 E1 9D C5, no break, no character */
		return true;
	}
	return false;
}

/**
 * kbd_translate - decode one scancode byte
 * @kbd: the decoder's state, updated
 * @scancode: the byte from the keyboard (scancode set 1)
 * @buf: where the resulting characters go; room for KBD_MAX_OUTPUT bytes
 * @leds_changed: set to true if a lock key changed kbd->ledflagstate
 *
 * Modifier and lock keys produce no characters; key releases produce
 * none; a prefix byte only changes the state for the next byte. A key
 * pressed while Alt and SysRq are held produces no characters either: its
 * plain character is left in kbd->sysrq_key for the caller to hand to
 * handle_sysrq() (drivers/char/sysrq.c), as 2.6.32's keyboard.c does;
 * Ctrl-Alt-Del produces none and sets kbd->boot, for the caller to call
 * kernel/sys.c:ctrl_alt_del().
 *
 * Context: any; the caller serialises calls on one @kbd.
 * Return: the number of bytes stored in @buf (0 to KBD_MAX_OUTPUT).
 */
int kbd_translate(struct kbd_struct *kbd, unsigned char scancode, char *buf, bool *leds_changed)
{
	bool up = scancode & SC_BREAK, e0 = kbd->prefix == SC_E0;
	unsigned char code = scancode & ~SC_BREAK;
	unsigned int mod;
	unsigned char lock;

	*leds_changed = false;
	if (take_prefix(kbd, scancode))
		return 0;
	kbd->prefix = 0;
	mod = modifier_bit(code, e0);
	if (mod) {
		if (up)
			kbd->shift_state &= ~mod;
		else
			kbd->shift_state |= mod;
		return 0;
	}
	if ((code == SC_SYSRQ && !e0) || (e0 && code == SC_PRTSC && (kbd->shift_state & KG_ALT))) {
		kbd->sysrq_down = !up; /* Alt-SysRq held: the next key is a SysRq command */
		return 0;
	}
	if (up || (e0 && code == SC_LSHIFT) || (e0 && code == SC_RSHIFT))
		return 0;
	kbd->keys++;
	if (kbd->sysrq_down && (kbd->shift_state & KG_ALT) && !e0) {
		kbd->sysrq_key = plain_map_char(code);
		return 0;
	}
	if (is_boot(kbd, code)) {
		kbd->boot = true;
		return 0;
	}
	lock = lock_bit(code, e0);
	if (lock) {
		kbd->ledflagstate ^= lock;
		*leds_changed = true;
		return 0;
	}
	return key_down(kbd, code, e0, buf);
}
EXPORT_SYMBOL_GPL(kbd_translate);
