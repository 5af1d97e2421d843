/*
 * assert.c - what KUnit prints when a check fails.
 *
 * Each KUNIT_EXPECT_*() and KUNIT_ASSERT_*() macro evaluates its
 * operands once and, only if the check fails, calls one of these
 * reporters with the source text of the operands and their values.
 * The report reads as Linux's KUnit prints it:
 *
 *     # my_test: EXPECTATION FAILED at tests/kernel/my_test.c:42
 *     Expected a == b, but
 *         a == 1 (0x1)
 *         b == 2 (0x2)
 */
#include <kunit/test.h>

#define INDENT "    "

static void fail_header(struct kunit *test, enum kunit_assert_type type, const char *file, int line)
{
	test->status = KUNIT_FAILURE;
	printk(KERN_ERR INDENT "# %s: %s FAILED at %s:%d\n", test->name,
	       type == KUNIT_ASSERTION ? "ASSERTION" : "EXPECTATION", file, line);
}

static void fail_message(const char *fmt, va_list args)
{
	static char buf[256];

	if (!fmt)
		return;
	vscnprintf(buf, sizeof(buf), fmt, args);
	printk(KERN_ERR INDENT "%s\n", buf);
}

/**
 * kunit_fail_msg - report a failure with only a message (KUNIT_FAIL)
 * @test: the case
 * @type: expectation or assertion
 * @file: source file of the check
 * @line: its line
 * @fmt: the message
 *
 * Context: inside a case.
 */
void kunit_fail_msg(struct kunit *test, enum kunit_assert_type type, const char *file, int line,
		    const char *fmt, ...)
{
	va_list args;

	fail_header(test, type, file, line);
	va_start(args, fmt);
	fail_message(fmt, args);
	va_end(args);
}

/**
 * kunit_fail_int - report a failed integer comparison
 * @test: the case
 * @type: expectation or assertion
 * @file: source file of the check
 * @line: its line
 * @op: the operator as text ("==")
 * @ltext: the left operand as written
 * @lval: its value
 * @rtext: the right operand as written
 * @rval: its value
 * @is_unsigned: print the values as unsigned
 * @fmt: an extra message (the _MSG forms), or NULL
 *
 * Context: inside a case.
 */
void kunit_fail_int(struct kunit *test, enum kunit_assert_type type, const char *file, int line,
		    const char *op, const char *ltext, long long lval, const char *rtext,
		    long long rval, bool is_unsigned, const char *fmt, ...)
{
	va_list args;

	fail_header(test, type, file, line);
	printk(KERN_ERR INDENT "Expected %s %s %s, but\n", ltext, op, rtext);
	if (is_unsigned) {
		printk(KERN_ERR INDENT "    %s == %llu (0x%llx)\n", ltext, lval, lval);
		printk(KERN_ERR INDENT "    %s == %llu (0x%llx)\n", rtext, rval, rval);
	} else {
		printk(KERN_ERR INDENT "    %s == %lld (0x%llx)\n", ltext, lval, lval);
		printk(KERN_ERR INDENT "    %s == %lld (0x%llx)\n", rtext, rval, rval);
	}
	va_start(args, fmt);
	fail_message(fmt, args);
	va_end(args);
}

/**
 * kunit_fail_ptr - report a failed pointer comparison
 * @test: the case
 * @type: expectation or assertion
 * @file: source file of the check
 * @line: its line
 * @op: the operator as text
 * @ltext: the left operand as written
 * @lval: its value
 * @rtext: the right operand as written
 * @rval: its value
 * @fmt: an extra message, or NULL
 *
 * Context: inside a case.
 */
void kunit_fail_ptr(struct kunit *test, enum kunit_assert_type type, const char *file, int line,
		    const char *op, const char *ltext, const void *lval, const char *rtext,
		    const void *rval, const char *fmt, ...)
{
	va_list args;

	fail_header(test, type, file, line);
	printk(KERN_ERR INDENT "Expected %s %s %s, but\n", ltext, op, rtext);
	printk(KERN_ERR INDENT "    %s == %08lx\n", ltext, (unsigned long)lval);
	printk(KERN_ERR INDENT "    %s == %08lx\n", rtext, (unsigned long)rval);
	va_start(args, fmt);
	fail_message(fmt, args);
	va_end(args);
}

/**
 * kunit_fail_str - report a failed string comparison
 * @test: the case
 * @type: expectation or assertion
 * @file: source file of the check
 * @line: its line
 * @op: the operator as text
 * @ltext: the left operand as written
 * @lval: its value
 * @rtext: the right operand as written
 * @rval: its value
 * @fmt: an extra message, or NULL
 *
 * Context: inside a case.
 */
void kunit_fail_str(struct kunit *test, enum kunit_assert_type type, const char *file, int line,
		    const char *op, const char *ltext, const char *lval, const char *rtext,
		    const char *rval, const char *fmt, ...)
{
	va_list args;

	fail_header(test, type, file, line);
	printk(KERN_ERR INDENT "Expected %s %s %s, but\n", ltext, op, rtext);
	printk(KERN_ERR INDENT "    %s == \"%s\"\n", ltext, lval);
	printk(KERN_ERR INDENT "    %s == \"%s\"\n", rtext, rval);
	va_start(args, fmt);
	fail_message(fmt, args);
	va_end(args);
}

static void print_hex_bytes(const char *text, const u8 *p, size_t size)
{
	size_t i;

	printk(KERN_ERR INDENT "    %s ==", text);
	for (i = 0; i < size && i < 32; i++)
		printk(KERN_CONT " %02x", p[i]);
	printk(KERN_CONT "%s\n", size > 32 ? " ..." : "");
}

/**
 * kunit_fail_mem - report a failed memory comparison
 * @test: the case
 * @type: expectation or assertion
 * @file: source file of the check
 * @line: its line
 * @op: the operator as text
 * @ltext: the left operand as written
 * @lval: its value
 * @rtext: the right operand as written
 * @rval: its value
 * @size: bytes compared
 * @fmt: an extra message, or NULL
 *
 * Context: inside a case.
 */
void kunit_fail_mem(struct kunit *test, enum kunit_assert_type type, const char *file, int line,
		    const char *op, const char *ltext, const void *lval, const char *rtext,
		    const void *rval, size_t size, const char *fmt, ...)
{
	va_list args;

	fail_header(test, type, file, line);
	printk(KERN_ERR INDENT "Expected %s %s %s, but\n", ltext, op, rtext);
	print_hex_bytes(ltext, lval, size);
	print_hex_bytes(rtext, rval, size);
	va_start(args, fmt);
	fail_message(fmt, args);
	va_end(args);
}

/**
 * kunit_fail_unary - report a failed truth check
 * @test: the case
 * @type: expectation or assertion
 * @file: source file of the check
 * @line: its line
 * @text: the condition as written
 * @expected: what it should have been
 * @fmt: an extra message, or NULL
 *
 * Context: inside a case.
 */
void kunit_fail_unary(struct kunit *test, enum kunit_assert_type type, const char *file, int line,
		      const char *text, bool expected, const char *fmt, ...)
{
	va_list args;

	fail_header(test, type, file, line);
	printk(KERN_ERR INDENT "Expected %s to be %s, but is %s\n", text,
	       expected ? "true" : "false", expected ? "false" : "true");
	va_start(args, fmt);
	fail_message(fmt, args);
	va_end(args);
}

/**
 * kunit_fail_ptr_unary - report a pointer that is NULL or an error
 * @test: the case
 * @type: expectation or assertion
 * @file: source file of the check
 * @line: its line
 * @text: the pointer as written
 * @val: its value
 * @what: "is NULL" or "is an error pointer"
 * @fmt: an extra message, or NULL
 *
 * Context: inside a case.
 */
void kunit_fail_ptr_unary(struct kunit *test, enum kunit_assert_type type, const char *file,
			  int line, const char *text, const void *val, const char *what,
			  const char *fmt, ...)
{
	va_list args;

	fail_header(test, type, file, line);
	printk(KERN_ERR INDENT "Expected %s is not error, errno=%ld\n", text,
	       IS_ERR(val) ? PTR_ERR(val) : 0L);
	printk(KERN_ERR INDENT "    %s %s (%08lx)\n", text, what, (unsigned long)val);
	va_start(args, fmt);
	fail_message(fmt, args);
	va_end(args);
}
