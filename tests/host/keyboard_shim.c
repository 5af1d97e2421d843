/*
 * keyboard_shim.c - drivers/char/keyboard.c fed scancode sequences, compiled
 * with Linnet's headers.
 *
 * Each case is the set 1 scancodes a real PS/2 keyboard (or QEMU's
 * send-key) sends for some typing, and the bytes a terminal would
 * produce for it. keyboard_test.c in the same folder runs this and
 * reports.
 */
#include <linux/kbd_kern.h>
#include <linux/string.h>

void host_check(int ok, const char *file, int line, const char *what);
#define CHECK(cond) host_check(!!(cond), __FILE__, __LINE__, #cond)

void keyboard_shim_run(void);

static struct kbd_struct kbd;
static int led_changes;

/* feed - decode @n scancodes and compare the output with @want */
static int feed(const unsigned char *codes, unsigned int n, const char *want)
{
	char out[256], buf[KBD_MAX_OUTPUT];
	unsigned int len = 0, i;
	bool leds;
	int k;

	for (i = 0; i < n; i++) {
		k = kbd_translate(&kbd, codes[i], buf, &leds);
		if (k < 0 || k > KBD_MAX_OUTPUT)
			return 0;
		memcpy(out + len, buf, k);
		len += k;
		led_changes += leds;
	}
	return len == strlen(want) && !memcmp(out, want, len);
}

#define FEED(want, ...)                                            \
	({                                                         \
		static const unsigned char c_[] = { __VA_ARGS__ }; \
		feed(c_, sizeof(c_), want);                        \
	})

static void letters_and_shift(void)
{
	kbd_init_state(&kbd);
	CHECK(FEED("a", 0x1e, 0x9e));
	CHECK(FEED("C", 0x2a, 0x2e, 0xae, 0xaa));
	CHECK(FEED("C", 0x36, 0x2e, 0xae, 0xb6));
	CHECK(FEED("!@", 0x2a, 0x02, 0x82, 0x03, 0x83, 0xaa));
	CHECK(FEED("1", 0x02, 0x82));
	CHECK(FEED("hello world\r", 0x23, 0x12, 0x26, 0x26, 0x18, 0x39, 0x11, 0x18, 0x13, 0x26,
		   0x20, 0x1c));
	CHECK(FEED("\x7f\t\x1b", 0x0e, 0x0f, 0x01));
	CHECK(FEED("{}:\"~|<>?", 0x2a, 0x1a, 0x1b, 0x27, 0x28, 0x29, 0x2b, 0x33, 0x34, 0x35, 0xaa));
	CHECK(kbd.shift_state == 0);
}

static void caps_lock(void)
{
	kbd_init_state(&kbd);
	led_changes = 0;
	CHECK(FEED("", 0x3a, 0xba));
	CHECK(kbd.ledflagstate == VC_CAPSLOCK && led_changes == 1);
	CHECK(FEED("A1", 0x1e, 0x9e, 0x02, 0x82));
	CHECK(FEED("a!", 0x2a, 0x1e, 0x9e, 0x02, 0x82,
		   0xaa)); /* Shift undoes Caps on letters only */
	CHECK(FEED("", 0x3a, 0xba));
	CHECK(kbd.ledflagstate == 0 && led_changes == 2);
	CHECK(FEED("a", 0x1e, 0x9e));
}

static void ctrl_and_alt(void)
{
	kbd_init_state(&kbd);
	CHECK(FEED("\x03", 0x1d, 0x2e, 0xae, 0x9d)); /* Ctrl-C */
	CHECK(FEED("\x15\x17", 0x1d, 0x16, 0x11, 0x9d)); /* Ctrl-U, Ctrl-W */
	CHECK(FEED("\x03", 0xe0, 0x1d, 0x2e, 0xe0, 0x9d)); /* right Ctrl */
	CHECK(FEED("c", 0x2e, 0xae)); /* released */
	CHECK(FEED("\x1bx", 0x38, 0x2d, 0xad, 0xb8)); /* Alt-x */
	CHECK(FEED("\x1b\x1b[A", 0xe0, 0x38, 0xe0, 0x48, 0xe0, 0xc8, 0xe0, 0xb8)); /* Alt-Up */
	CHECK(kbd.shift_state == 0);
}

static void extended_keys(void)
{
	kbd_init_state(&kbd);
	CHECK(FEED("\x1b[A\x1b[B\x1b[C\x1b[D", 0xe0, 0x48, 0xe0, 0xc8, 0xe0, 0x50, 0xe0, 0xd0, 0xe0,
		   0x4d, 0xe0, 0xcd, 0xe0, 0x4b, 0xe0, 0xcb));
	CHECK(FEED("\x1b[H\x1b[F\x1b[3~", 0xe0, 0x47, 0xe0, 0x4f, 0xe0, 0x53));
	CHECK(FEED("\r/", 0xe0, 0x1c, 0xe0, 0x9c, 0xe0, 0x35, 0xe0, 0xb5));
	/* Keypad: editing keys with Num Lock off, digits with it on. */
	CHECK(FEED("\x1b[A", 0x48, 0xc8));
	CHECK(FEED("", 0x45, 0xc5));
	CHECK(kbd.ledflagstate == VC_NUMLOCK);
	CHECK(FEED("8.", 0x48, 0xc8, 0x53, 0xd3));
	CHECK(FEED("\x1b[A", 0xe0, 0x48)); /* the grey arrows stay arrows */
	/* PrtSc's fake shifts and Pause's six bytes produce nothing. */
	CHECK(FEED("", 0xe0, 0x2a, 0xe0, 0x37, 0xe0, 0xb7, 0xe0, 0xaa));
	CHECK(FEED("x", 0xe1, 0x1d, 0x45, 0xe1, 0x9d, 0xc5, 0x2d));
	CHECK(kbd.shift_state == 0 && kbd.ledflagstate == VC_NUMLOCK);
}

/*
 * Ctrl-Alt-Del is 2.6.32's Boot key: no characters, kbd.boot set, with
 * either Ctrl, the left Alt and either Delete (keypad 0x53, grey E0 53),
 * whatever Num Lock says. Not with AltGr, not with Shift, not
 * Ctrl-Del or Alt-Del alone, which stay characters. QEMU's
 * `sendkey ctrl-alt-delete` sends 1D 38 E0 53 E0 D3 B8 9D.
 */
static void ctrl_alt_del(void)
{
	kbd_init_state(&kbd);
	CHECK(FEED("", 0x1d, 0x38, 0xe0, 0x53, 0xe0, 0xd3, 0xb8, 0x9d));
	CHECK(kbd.boot && kbd.shift_state == 0);
	kbd.boot = false;
	CHECK(FEED("", 0xe0, 0x1d, 0x38, 0x53, 0xd3, 0xb8, 0xe0, 0x9d)); /* right Ctrl, keypad . */
	CHECK(kbd.boot);
	kbd.boot = false;
	CHECK(FEED("", 0x45, 0xc5)); /* Num Lock on: keypad . is still Delete here */
	CHECK(FEED("", 0x1d, 0x38, 0x53, 0xd3, 0xb8, 0x9d));
	CHECK(kbd.boot);
	kbd_init_state(&kbd);
	CHECK(FEED("\x1b\x1b[3~", 0x1d, 0xe0, 0x38, 0xe0, 0x53, 0xe0, 0xd3, 0xe0, 0xb8, 0x9d));
	CHECK(!kbd.boot); /* AltGr: no Boot in its control map */
	CHECK(FEED("\x1b\x1b[3~", 0x2a, 0x1d, 0x38, 0xe0, 0x53, 0xe0, 0xd3, 0xb8, 0x9d, 0xaa));
	CHECK(!kbd.boot); /* with Shift: another keymap */
	CHECK(FEED("\x1b[3~", 0x1d, 0xe0, 0x53, 0xe0, 0xd3, 0x9d)); /* Ctrl-Del */
	CHECK(FEED("\x1b\x1b[3~", 0x38, 0xe0, 0x53, 0xe0, 0xd3, 0xb8)); /* Alt-Del */
	CHECK(!kbd.boot && kbd.shift_state == 0);
}

/* every byte value alone, from every state, stays in bounds */
static void all_bytes(void)
{
	unsigned int a, b;
	char buf[KBD_MAX_OUTPUT];
	bool leds;

	for (a = 0; a < 256; a++) {
		for (b = 0; b < 256; b++) {
			kbd_init_state(&kbd);
			kbd_translate(&kbd, a, buf, &leds);
			CHECK(kbd_translate(&kbd, b, buf, &leds) <= KBD_MAX_OUTPUT);
		}
	}
}

/**
 * keyboard_shim_run - every keyboard decoder case
 *
 * Context: host test program.
 */
void keyboard_shim_run(void)
{
	letters_and_shift();
	caps_lock();
	ctrl_and_alt();
	extended_keys();
	ctrl_alt_del();
	all_bytes();
}
