/*
 * linux/byteorder/little_endian.h - byte order for a little-endian CPU.
 *
 * The x86 stores the least significant byte first, so a little-endian
 * value needs no conversion and a big-endian one (network order) is
 * byte-swapped. cpu_to_le32(x) turns a CPU value into the __le32 a disk
 * format wants; be16_to_cpu(x) reads a big-endian field. The p forms read
 * through a pointer, the s forms convert in place, and the _add_cpu forms
 * add a CPU value to a stored one. asm/byteorder.h includes this header.
 * Linux 2.6.32 builds the same names in linux/byteorder/generic.h.
 * See docs/lib.md.
 */
#ifndef _LINUX_BYTEORDER_LITTLE_ENDIAN_H
#define _LINUX_BYTEORDER_LITTLE_ENDIAN_H

#include <linux/swab.h>

#ifndef __LITTLE_ENDIAN
#define __LITTLE_ENDIAN 1234
#endif
#ifndef __LITTLE_ENDIAN_BITFIELD
#define __LITTLE_ENDIAN_BITFIELD
#endif

#define cpu_to_le64(x) ((__force __le64)(u64)(x))
#define le64_to_cpu(x) ((__force u64)(__le64)(x))
#define cpu_to_le32(x) ((__force __le32)(u32)(x))
#define le32_to_cpu(x) ((__force u32)(__le32)(x))
#define cpu_to_le16(x) ((__force __le16)(u16)(x))
#define le16_to_cpu(x) ((__force u16)(__le16)(x))
#define cpu_to_be64(x) ((__force __be64)swab64((x)))
#define be64_to_cpu(x) swab64((__force u64)(__be64)(x))
#define cpu_to_be32(x) ((__force __be32)swab32((x)))
#define be32_to_cpu(x) swab32((__force u32)(__be32)(x))
#define cpu_to_be16(x) ((__force __be16)swab16((x)))
#define be16_to_cpu(x) swab16((__force u16)(__be16)(x))

#define __cpu_to_le64 cpu_to_le64
#define __le64_to_cpu le64_to_cpu
#define __cpu_to_le32 cpu_to_le32
#define __le32_to_cpu le32_to_cpu
#define __cpu_to_le16 cpu_to_le16
#define __le16_to_cpu le16_to_cpu
#define __cpu_to_be64 cpu_to_be64
#define __be64_to_cpu be64_to_cpu
#define __cpu_to_be32 cpu_to_be32
#define __be32_to_cpu be32_to_cpu
#define __cpu_to_be16 cpu_to_be16
#define __be16_to_cpu be16_to_cpu

/* Through a pointer, in place, and add-to-stored, for each width and order. */
#define __BYTEORDER_HELPERS(bits, order)                                                  \
	static inline u##bits order##bits##_to_cpup(const __##order##bits *p)             \
	{                                                                                 \
		return order##bits##_to_cpu(*p);                                          \
	}                                                                                 \
	static inline __##order##bits cpu_to_##order##bits##p(const u##bits *p)           \
	{                                                                                 \
		return cpu_to_##order##bits(*p);                                          \
	}                                                                                 \
	static inline void order##bits##_to_cpus(void *p)                                 \
	{                                                                                 \
		*(u##bits *)p = order##bits##_to_cpu(*(__##order##bits *)p);              \
	}                                                                                 \
	static inline void cpu_to_##order##bits##s(void *p)                               \
	{                                                                                 \
		*(__##order##bits *)p = cpu_to_##order##bits(*(u##bits *)p);              \
	}                                                                                 \
	static inline void order##bits##_add_cpu(__##order##bits *var, u##bits val)       \
	{                                                                                 \
		*var = cpu_to_##order##bits(order##bits##_to_cpu(*var) + val);            \
	}

__BYTEORDER_HELPERS(16, le)
__BYTEORDER_HELPERS(32, le)
__BYTEORDER_HELPERS(64, le)
__BYTEORDER_HELPERS(16, be)
__BYTEORDER_HELPERS(32, be)
__BYTEORDER_HELPERS(64, be)

/* network order is big-endian */
#define htonl(x) cpu_to_be32(x)
#define ntohl(x) be32_to_cpu(x)
#define htons(x) cpu_to_be16(x)
#define ntohs(x) be16_to_cpu(x)

#endif /* _LINUX_BYTEORDER_LITTLE_ENDIAN_H */
