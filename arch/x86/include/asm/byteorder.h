/*
 * asm/byteorder.h - the x86 is little-endian.
 *
 * Generic code includes this header (or <linux/byteorder/...> through it)
 * for cpu_to_le32() and friends; see include/linux/byteorder/little_endian.h.
 */
#ifndef _ASM_X86_BYTEORDER_H
#define _ASM_X86_BYTEORDER_H

#include <linux/byteorder/little_endian.h>

#endif /* _ASM_X86_BYTEORDER_H */
