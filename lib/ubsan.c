/*
 * ubsan.c - reporting undefined behaviour, as Linux's UBSAN does.
 *
 * C leaves many operations undefined: shifting by the width of a type or
 * more, signed overflow, dividing INT_MIN by -1, indexing past an array,
 * loading a bool that is neither 0 nor 1, dereferencing a misaligned or
 * NULL pointer. The compiler may assume they never happen, and the
 * program then does something surprising. Built with
 * -fsanitize=undefined (`make UBSAN=1`), GCC puts a check before each
 * such operation and calls one of the __ubsan_handle_* functions below
 * when it fails, passing a description of the source location and of
 * the types involved. Each handler prints a Linux-style report and
 * returns: the kernel goes on, and each location is reported once.
 *
 *   ================================================================
 *   UBSAN: shift-out-of-bounds in tests/kernel/x.c:12:9
 *   shift exponent 32 is too large for 32-bit type 'unsigned int'
 *   Call Trace: ...
 *   ================================================================
 *
 * The argument layouts are GCC's (libsanitizer's ubsan_handlers.h). This
 * file itself is built without the sanitizer. See docs/debugging.md.
 */
#include <linux/kernel.h>
#include <linux/irqflags.h>

#define REPORTED_BIT 31u
#define VALUE_LENGTH 40

/**
 * struct source_location - where the undefined operation is
 * @file_name: the source file
 * @line: its line
 * @column: its column; bit 31 marks a location already reported
 */
struct source_location {
	const char *file_name;
	u32 line;
	u32 column;
};

/**
 * struct type_descriptor - a C type, as the compiler describes it
 * @type_kind: 0 integer, 1 float, 0xffff other
 * @type_info: for integers: bit 0 signed, the rest log2 of the width in bits
 * @type_name: the type as written, e.g. "unsigned int"
 */
struct type_descriptor {
	u16 type_kind;
	u16 type_info;
	char type_name[];
};

struct overflow_data {
	struct source_location location;
	struct type_descriptor *type;
};

struct shift_out_of_bounds_data {
	struct source_location location;
	struct type_descriptor *lhs_type;
	struct type_descriptor *rhs_type;
};

struct out_of_bounds_data {
	struct source_location location;
	struct type_descriptor *array_type;
	struct type_descriptor *index_type;
};

struct type_mismatch_data_v1 {
	struct source_location location;
	struct type_descriptor *type;
	unsigned char log_alignment;
	unsigned char type_check_kind;
};

struct invalid_value_data {
	struct source_location location;
	struct type_descriptor *type;
};

struct unreachable_data {
	struct source_location location;
};

struct nonnull_arg_data {
	struct source_location location;
	struct source_location attr_location;
	int arg_index;
};

struct pointer_overflow_data {
	struct source_location location;
};

struct vla_bound_data {
	struct source_location location;
	struct type_descriptor *type;
};

static const char *const type_check_kinds[] = {
	"load of",
	"store to",
	"reference binding to",
	"member access within",
	"member call on",
	"constructor call on",
	"downcast of",
	"downcast of",
	"upcast of",
	"cast to virtual base of",
	"_Nonnull binding to",
	"dynamic operation on",
};

static bool type_is_int(const struct type_descriptor *t)
{
	return t->type_kind == 0;
}

static bool type_is_signed(const struct type_descriptor *t)
{
	return t->type_info & 1;
}

static unsigned int type_bit_width(const struct type_descriptor *t)
{
	return 1u << (t->type_info >> 1);
}

/* Values wider than a pointer are passed by address. */
static bool is_inline_int(const struct type_descriptor *t)
{
	return type_bit_width(t) <= sizeof(void *) * 8;
}

static s64 get_signed_val(const struct type_descriptor *t, void *val)
{
	unsigned int extra = sizeof(s64) * 8 - type_bit_width(t);

	if (!is_inline_int(t))
		return *(s64 *)val;
	return ((s64)(unsigned long)val << extra) >> extra;
}

static u64 get_unsigned_val(const struct type_descriptor *t, void *val)
{
	if (!is_inline_int(t))
		return *(u64 *)val;
	return (unsigned long)val;
}

static void val_to_string(char *str, size_t size, const struct type_descriptor *t, void *value)
{
	if (!type_is_int(t))
		scnprintf(str, size, "<unknown>");
	else if (type_is_signed(t))
		scnprintf(str, size, "%lld", get_signed_val(t, value));
	else
		scnprintf(str, size, "%llu", get_unsigned_val(t, value));
}

/* Report each location once: mark it in the compiler's own descriptor. */
static bool suppress_report(struct source_location *loc)
{
	u32 old = loc->column;

	loc->column |= 1u << REPORTED_BIT;
	return old & (1u << REPORTED_BIT);
}

static unsigned long ubsan_begin(struct source_location *loc, const char *kind)
{
	unsigned long flags;

	local_irq_save(flags);
	printk(KERN_ERR "========================================"
			"========================================\n");
	printk(KERN_ERR "UBSAN: %s in %s:%u:%u\n", kind, loc->file_name, loc->line,
	       loc->column & ~(1u << REPORTED_BIT));
	return flags;
}

static void ubsan_end(unsigned long flags)
{
	dump_stack();
	printk(KERN_ERR "========================================"
			"========================================\n");
	local_irq_restore(flags);
}

static void handle_overflow(struct overflow_data *data, void *lhs, void *rhs, char op)
{
	char l[VALUE_LENGTH], r[VALUE_LENGTH];
	unsigned long flags;

	if (suppress_report(&data->location))
		return;
	flags = ubsan_begin(&data->location, type_is_signed(data->type) ?
						     "signed-integer-overflow" :
						     "unsigned-integer-overflow");
	val_to_string(l, sizeof(l), data->type, lhs);
	val_to_string(r, sizeof(r), data->type, rhs);
	printk(KERN_ERR "%s %c %s cannot be represented in type %s\n", l, op, r,
	       data->type->type_name);
	ubsan_end(flags);
}

/**
 * __ubsan_handle_add_overflow - an addition overflowed its type
 * @data: the location and type
 * @lhs: the left operand
 * @rhs: the right operand
 *
 * Context: any; called by compiler-inserted checks.
 */
void __ubsan_handle_add_overflow(void *data, void *lhs, void *rhs)
{
	handle_overflow(data, lhs, rhs, '+');
}

/**
 * __ubsan_handle_sub_overflow - a subtraction overflowed its type
 * @data: the location and type
 * @lhs: the left operand
 * @rhs: the right operand
 *
 * Context: any; called by compiler-inserted checks.
 */
void __ubsan_handle_sub_overflow(void *data, void *lhs, void *rhs)
{
	handle_overflow(data, lhs, rhs, '-');
}

/**
 * __ubsan_handle_mul_overflow - a multiplication overflowed its type
 * @data: the location and type
 * @lhs: the left operand
 * @rhs: the right operand
 *
 * Context: any; called by compiler-inserted checks.
 */
void __ubsan_handle_mul_overflow(void *data, void *lhs, void *rhs)
{
	handle_overflow(data, lhs, rhs, '*');
}

/**
 * __ubsan_handle_negate_overflow - negating the most negative value
 * @_data: the location and type
 * @old_val: the operand
 *
 * Context: any; called by compiler-inserted checks.
 */
void __ubsan_handle_negate_overflow(void *_data, void *old_val)
{
	struct overflow_data *data = _data;
	char v[VALUE_LENGTH];
	unsigned long flags;

	if (suppress_report(&data->location))
		return;
	flags = ubsan_begin(&data->location, "signed-integer-overflow");
	val_to_string(v, sizeof(v), data->type, old_val);
	printk(KERN_ERR "negation of %s cannot be represented in type %s\n", v,
	       data->type->type_name);
	ubsan_end(flags);
}

/**
 * __ubsan_handle_divrem_overflow - division by zero, or INT_MIN / -1
 * @_data: the location and type
 * @lhs: the dividend
 * @rhs: the divisor
 *
 * Context: any; called by compiler-inserted checks.
 */
void __ubsan_handle_divrem_overflow(void *_data, void *lhs, void *rhs)
{
	struct overflow_data *data = _data;
	char l[VALUE_LENGTH];
	unsigned long flags;

	if (suppress_report(&data->location))
		return;
	flags = ubsan_begin(&data->location, "division-overflow");
	val_to_string(l, sizeof(l), data->type, lhs);
	if (type_is_signed(data->type) && get_signed_val(data->type, rhs) == -1)
		printk(KERN_ERR "division of %s by -1 cannot be represented in type %s\n", l,
		       data->type->type_name);
	else
		printk(KERN_ERR "division by zero\n");
	ubsan_end(flags);
}

/**
 * __ubsan_handle_shift_out_of_bounds - a shift by too much, by a negative amount, or of a negative value
 * @_data: the location and the operand types
 * @lhs: the value shifted
 * @rhs: the shift exponent
 *
 * Context: any; called by compiler-inserted checks.
 */
void __ubsan_handle_shift_out_of_bounds(void *_data, void *lhs, void *rhs)
{
	struct shift_out_of_bounds_data *data = _data;
	char l[VALUE_LENGTH], r[VALUE_LENGTH];
	unsigned long flags;

	if (suppress_report(&data->location))
		return;
	flags = ubsan_begin(&data->location, "shift-out-of-bounds");
	val_to_string(l, sizeof(l), data->lhs_type, lhs);
	val_to_string(r, sizeof(r), data->rhs_type, rhs);
	if (type_is_signed(data->rhs_type) && get_signed_val(data->rhs_type, rhs) < 0)
		printk(KERN_ERR "shift exponent %s is negative\n", r);
	else if (get_unsigned_val(data->rhs_type, rhs) >= type_bit_width(data->lhs_type))
		printk(KERN_ERR "shift exponent %s is too large for %u-bit type %s\n", r,
		       type_bit_width(data->lhs_type), data->lhs_type->type_name);
	else if (type_is_signed(data->lhs_type) && get_signed_val(data->lhs_type, lhs) < 0)
		printk(KERN_ERR "left shift of negative value %s\n", l);
	else
		printk(KERN_ERR "left shift of %s by %s places cannot be represented in type %s\n",
		       l, r, data->lhs_type->type_name);
	ubsan_end(flags);
}

/**
 * __ubsan_handle_out_of_bounds - an array index past the array's bounds
 * @_data: the location, array type and index type
 * @index: the index
 *
 * Context: any; called by compiler-inserted checks.
 */
void __ubsan_handle_out_of_bounds(void *_data, void *index)
{
	struct out_of_bounds_data *data = _data;
	char i[VALUE_LENGTH];
	unsigned long flags;

	if (suppress_report(&data->location))
		return;
	flags = ubsan_begin(&data->location, "array-index-out-of-bounds");
	val_to_string(i, sizeof(i), data->index_type, index);
	printk(KERN_ERR "index %s is out of range for type %s\n", i, data->array_type->type_name);
	ubsan_end(flags);
}

/**
 * __ubsan_handle_type_mismatch_v1 - a NULL, misaligned or too small pointer used
 * @_data: the location, the type and the access kind
 * @ptr: the pointer
 *
 * Context: any; called by compiler-inserted checks.
 */
void __ubsan_handle_type_mismatch_v1(void *_data, void *ptr)
{
	struct type_mismatch_data_v1 *data = _data;
	unsigned long align = 1UL << data->log_alignment, flags;
	const char *kind = data->type_check_kind < ARRAY_SIZE(type_check_kinds) ?
				   type_check_kinds[data->type_check_kind] :
				   "access to";

	if (suppress_report(&data->location))
		return;
	if (!ptr) {
		flags = ubsan_begin(&data->location, "null-ptr-deref");
		printk(KERN_ERR "%s null pointer of type %s\n", kind, data->type->type_name);
	} else if ((unsigned long)ptr & (align - 1)) {
		flags = ubsan_begin(&data->location, "misaligned-access");
		printk(KERN_ERR "%s misaligned address %p for type %s\n", kind, ptr,
		       data->type->type_name);
		printk(KERN_ERR "which requires %lu byte alignment\n", align);
	} else {
		flags = ubsan_begin(&data->location, "object-size-mismatch");
		printk(KERN_ERR "%s address %p with insufficient space\n", kind, ptr);
		printk(KERN_ERR "for an object of type %s\n", data->type->type_name);
	}
	ubsan_end(flags);
}

/**
 * __ubsan_handle_load_invalid_value - a bool or enum loaded with an impossible value
 * @_data: the location and type
 * @val: the value loaded
 *
 * Context: any; called by compiler-inserted checks.
 */
void __ubsan_handle_load_invalid_value(void *_data, void *val)
{
	struct invalid_value_data *data = _data;
	char v[VALUE_LENGTH];
	unsigned long flags;

	if (suppress_report(&data->location))
		return;
	flags = ubsan_begin(&data->location, "invalid-load");
	val_to_string(v, sizeof(v), data->type, val);
	printk(KERN_ERR "load of value %s is not a valid value for type %s\n", v,
	       data->type->type_name);
	ubsan_end(flags);
}

/**
 * __ubsan_handle_pointer_overflow - pointer arithmetic that wrapped around
 * @_data: the location
 * @base: the pointer before
 * @result: the pointer after
 *
 * Context: any; called by compiler-inserted checks.
 */
void __ubsan_handle_pointer_overflow(void *_data, void *base, void *result)
{
	struct pointer_overflow_data *data = _data;
	unsigned long flags;

	if (suppress_report(&data->location))
		return;
	flags = ubsan_begin(&data->location, "pointer-overflow");
	printk(KERN_ERR "pointer arithmetic on %p overflowed to %p\n", base, result);
	ubsan_end(flags);
}

/**
 * __ubsan_handle_nonnull_arg - NULL passed for a parameter declared nonnull
 * @_data: the location and the parameter's index
 *
 * Context: any; called by compiler-inserted checks.
 */
void __ubsan_handle_nonnull_arg(void *_data)
{
	struct nonnull_arg_data *data = _data;
	unsigned long flags;

	if (suppress_report(&data->location))
		return;
	flags = ubsan_begin(&data->location, "nonnull-arg");
	printk(KERN_ERR "null pointer passed as argument %d, declared never null\n",
	       data->arg_index);
	ubsan_end(flags);
}

/**
 * __ubsan_handle_vla_bound_not_positive - a variable-length array of size <= 0
 * @_data: the location and type
 * @bound: the size
 *
 * Context: any; called by compiler-inserted checks.
 */
void __ubsan_handle_vla_bound_not_positive(void *_data, void *bound)
{
	struct vla_bound_data *data = _data;
	char b[VALUE_LENGTH];
	unsigned long flags;

	if (suppress_report(&data->location))
		return;
	flags = ubsan_begin(&data->location, "vla-bound-not-positive");
	val_to_string(b, sizeof(b), data->type, bound);
	printk(KERN_ERR "variable length array bound evaluates to non-positive value %s\n", b);
	ubsan_end(flags);
}

/**
 * __ubsan_handle_builtin_unreachable - control reached __builtin_unreachable()
 * @_data: the location
 *
 * Context: any. Does not return: there is no sane code after this point.
 */
void __ubsan_handle_builtin_unreachable(void *_data)
{
	struct unreachable_data *data = _data;

	ubsan_begin(&data->location, "unreachable");
	printk(KERN_ERR "calling __builtin_unreachable()\n");
	panic("UBSAN: unreachable code reached");
}
