/*
 * kbd_kern.h - the keyboard's state: modifiers, lock keys and LEDs.
 *
 * drivers/char/keyboard.c turns PS/2 scancodes (set 1) into the characters a
 * terminal would send: letters with Shift and Caps Lock applied, control
 * codes with Ctrl, an ESC prefix with Alt, escape sequences for the
 * arrow and editing keys. struct kbd_struct is everything it remembers
 * between two scancodes. The decoder is pure (no hardware, no locks) so
 * that it also runs in the host tests; drivers/input/serio/i8042.c feeds it from the
 * keyboard interrupt's tasklet. See docs/drivers.md.
 */
#ifndef _LINUX_KBD_KERN_H
#define _LINUX_KBD_KERN_H

#include <linux/types.h>

/* The LED bits, in the order of the keyboard's Set LEDs (0xED) command byte. */
#define VC_SCROLLOCK 0x01
#define VC_NUMLOCK 0x02
#define VC_CAPSLOCK 0x04

/* Modifier bits of kbd_struct.shift_state; left and right keys are separate. */
#define KG_LSHIFT 0x01
#define KG_RSHIFT 0x02
#define KG_LCTRL 0x04
#define KG_RCTRL 0x08
#define KG_LALT 0x10
#define KG_RALT 0x20
#define KG_SHIFT (KG_LSHIFT | KG_RSHIFT)
#define KG_CTRL (KG_LCTRL | KG_RCTRL)
#define KG_ALT (KG_LALT | KG_RALT)

/* The longest output of one scancode: ESC + "[3~" for Alt+Delete. */
#define KBD_MAX_OUTPUT 8

/**
 * struct kbd_struct - the state of the keyboard decoder
 * @shift_state: KG_* bits of the modifier keys held down now
 * @ledflagstate: VC_* bits of the lock keys that are on (and their LEDs)
 * @prefix: 0xE0 or 0xE1 if the last byte was that prefix, else 0
 * @skip: bytes of a Pause sequence (E1 1D 45 E1 9D C5) still to swallow
 * @keys: the keys pressed so far (make codes), for statistics
 * @sysrq_down: Alt-SysRq is held
 * @sysrq_key: the key pressed with Alt-SysRq, for handle_sysrq(); the
 *             caller clears it
 * @boot: Ctrl-Alt-Del was pressed (2.6.32's Boot key), for
 *        ctrl_alt_del(); the caller clears it
 */
struct kbd_struct {
	unsigned int shift_state;
	unsigned char ledflagstate;
	unsigned char prefix;
	unsigned char skip;
	unsigned long keys;
	bool sysrq_down;
	char sysrq_key;
	bool boot;
};

void kbd_init_state(struct kbd_struct *kbd);
int kbd_translate(struct kbd_struct *kbd, unsigned char scancode, char *buf, bool *leds_changed);
void kbd_put_queue(const char *buf, unsigned int n);

#endif /* _LINUX_KBD_KERN_H */
