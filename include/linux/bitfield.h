/*
 * linux/bitfield.h - reading and writing fields of registers by their mask.
 *
 * A device register packs several fields into one word; a driver names
 * each field by its mask (GENMASK(7, 4)) and lets these macros shift:
 *
 *   FIELD_PREP(mask, v)  puts v into the field (shifted to the mask's lowest bit)
 *   FIELD_GET(mask, reg) takes the field out of reg
 *   FIELD_FIT(mask, v)   does v fit in the field?
 *   FIELD_MAX(mask)      the largest value the field holds
 *
 * The shift is the index of the mask's lowest set bit; with a constant
 * mask the compiler folds everything to one AND and one shift. The typed
 * forms u32_encode_bits(v, field), u32_get_bits(reg, field) and
 * u32_replace_bits(old, v, field) exist for u8..u64 and for the
 * little- and big-endian types (le16_encode_bits() gives an __le16), so a
 * disk or wire format is handled in one call; they multiply by the mask's
 * lowest bit instead of shifting. A constant value that does not fit its
 * constant field is a build error (__field_overflow).
 *
 * Linux 4.9 added this header; 2.6.32 drivers shift by hand. See docs/lib.md.
 */
#ifndef _LINUX_BITFIELD_H
#define _LINUX_BITFIELD_H

#include <linux/bits.h>
#include <linux/build_bug.h>
#include <asm/byteorder.h>

#define __bf_shf(x) (__builtin_ffsll(x) - 1)

#define FIELD_MAX(_mask) ((__typeof__(_mask))((_mask) >> __bf_shf(_mask)))
#define FIELD_FIT(_mask, _val) \
	(!((((__typeof__(_mask))(_val)) << __bf_shf(_mask)) & ~(_mask)))
#define FIELD_PREP(_mask, _val) \
	((((__typeof__(_mask))(_val)) << __bf_shf(_mask)) & (_mask))
#define FIELD_GET(_mask, _reg) ((__typeof__(_mask))(((_reg) & (_mask)) >> __bf_shf(_mask)))

extern void __compiletime_error("value doesn't fit into mask") __field_overflow(void);
extern void __compiletime_error("bad bitfield mask") __bad_mask(void);

/* the lowest set bit of @field (what to multiply by) and the field's width mask */
static __always_inline u64 field_multiplier(u64 field)
{
	if ((field | (field - 1)) & ((field | (field - 1)) + 1))
		__bad_mask(); /* not one contiguous run of ones */
	return field & -field;
}

static __always_inline u64 field_mask(u64 field)
{
	return field / field_multiplier(field);
}

#define field_max(field) ((__typeof__(field))field_mask(field))

#define ____MAKE_OP(type, base, to, from)                                                     \
	static __always_inline __##type type##_encode_bits(base v, base field)                \
	{                                                                                     \
		if (__builtin_constant_p(v) && (v & ~field_mask(field)))                      \
			__field_overflow();                                                   \
		return to((v & field_mask(field)) * field_multiplier(field));                 \
	}                                                                                     \
	static __always_inline __##type type##_replace_bits(__##type old, base val,           \
							    base field)                       \
	{                                                                                     \
		return (old & ~to(field)) | type##_encode_bits(val, field);                   \
	}                                                                                     \
	static __always_inline void type##p_replace_bits(__##type *p, base val, base field)   \
	{                                                                                     \
		*p = (*p & ~to(field)) | type##_encode_bits(val, field);                      \
	}                                                                                     \
	static __always_inline base type##_get_bits(__##type v, base field)                   \
	{                                                                                     \
		return (from(v) & field) / field_multiplier(field);                           \
	}

#define __MAKE_OP(size)                                        \
	____MAKE_OP(le##size, u##size, cpu_to_le##size, le##size##_to_cpu) \
	____MAKE_OP(be##size, u##size, cpu_to_be##size, be##size##_to_cpu) \
	____MAKE_OP(u##size, u##size, , )

/* the plain types have no __u8 prefix problem: __u8 etc. exist in types.h */
____MAKE_OP(u8, u8, , )
__MAKE_OP(16)
__MAKE_OP(32)
__MAKE_OP(64)

#undef __MAKE_OP
#undef ____MAKE_OP

#endif /* _LINUX_BITFIELD_H */
