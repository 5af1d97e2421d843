/*
 * vt.h - the virtual terminal ioctls (VT_*), i386 Linux's numbers.
 *
 * Programs ask the console which virtual terminal is active
 * (VT_GETSTATE: busybox's cttyhack, openvt) or switch terminals
 * (VT_ACTIVATE). Linnet has one virtual console, tty1, always active;
 * drivers/char/vt.c answers. See docs/tty.md.
 */
#ifndef _LINUX_VT_H
#define _LINUX_VT_H

#define MIN_NR_CONSOLES 1
#define MAX_NR_CONSOLES 63

#define VT_OPENQRY 0x5600
#define VT_GETMODE 0x5601
#define VT_SETMODE 0x5602
#define VT_AUTO 0x00
#define VT_GETSTATE 0x5603
#define VT_ACTIVATE 0x5606
#define VT_WAITACTIVE 0x5607

/**
 * struct vt_mode - how a virtual terminal switches (VT_GETMODE)
 * @mode: VT_AUTO or VT_PROCESS
 * @waitv: unused
 * @relsig: the signal on release
 * @acqsig: the signal on acquisition
 * @frsig: unused
 */
struct vt_mode {
	char mode;
	char waitv;
	short relsig;
	short acqsig;
	short frsig;
};

/**
 * struct vt_stat - VT_GETSTATE's answer
 * @v_active: the active terminal (1 for tty1)
 * @v_signal: the signal to send
 * @v_state: a bit per terminal in use
 */
struct vt_stat {
	unsigned short v_active;
	unsigned short v_signal;
	unsigned short v_state;
};

#endif /* _LINUX_VT_H */
