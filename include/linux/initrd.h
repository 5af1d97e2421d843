/*
 * initrd.h - the boot loader's initramfs in memory, between its reservation
 * at boot (arch/x86/kernel/setup.c:reserve_initrd) and its unpacking
 * (init/initramfs.c:populate_rootfs), after which its pages are freed.
 */
#ifndef _LINUX_INITRD_H
#define _LINUX_INITRD_H

/* The archive's first byte and the byte after it (kernel virtual), 0 if none */
extern unsigned long initrd_start, initrd_end;

void free_initrd_mem(unsigned long start, unsigned long end);
char *unpack_to_rootfs(char *buf, unsigned long len);
int populate_rootfs(void);

#endif /* _LINUX_INITRD_H */
