/*
 * bitops_test.c - KUnit tests for bit operations, bitmaps and log2 helpers.
 *
 * On i386 an unsigned long is 32 bits, so bit 32 of a bitmap is bit 0 of
 * its second word: the cases use bitmaps of a few words and bit numbers
 * on both sides of each word boundary. The atomic operations are the
 * lock-prefixed bts/btr/btc instructions; their old-value results are
 * checked as carefully as their effect.
 */
#include <kunit/test.h>
#include <linux/bitmap.h>
#include <linux/log2.h>

#define NBITS 100

static void word_layout_test(struct kunit *test)
{
#if BITS_PER_LONG != 32 /* usable by the preprocessor, as in Linux */
	KUNIT_FAIL(test, "BITS_PER_LONG is not 32 on i386");
#endif
	KUNIT_EXPECT_EQ(test, BITS_PER_LONG, 32);
	KUNIT_EXPECT_EQ(test, BITS_TO_LONGS(NBITS), 4u);
	KUNIT_EXPECT_EQ(test, BIT_WORD(33), 1);
	KUNIT_EXPECT_EQ(test, BIT_MASK(33), 2ul);
	KUNIT_EXPECT_EQ(test, BIT(31), 0x80000000ul);
}

static void set_clear_test(struct kunit *test)
{
	DECLARE_BITMAP(map, NBITS);

	bitmap_zero(map, NBITS);
	set_bit(0, map);
	set_bit(31, map);
	set_bit(32, map);
	__set_bit(99, map);
	KUNIT_EXPECT_EQ(test, map[0], 0x80000001ul);
	KUNIT_EXPECT_EQ(test, map[1], 1ul);
	KUNIT_EXPECT_EQ(test, map[3], 1ul << 3);
	KUNIT_EXPECT_TRUE(test, test_bit(99, map));
	KUNIT_EXPECT_FALSE(test, test_bit(98, map));
	clear_bit(31, map);
	__clear_bit(0, map);
	KUNIT_EXPECT_EQ(test, map[0], 0ul);
	change_bit(64, map);
	KUNIT_EXPECT_EQ(test, map[2], 1ul);
	__change_bit(64, map);
	KUNIT_EXPECT_EQ(test, map[2], 0ul);
}

static void test_and_modify_test(struct kunit *test)
{
	DECLARE_BITMAP(map, NBITS);

	bitmap_zero(map, NBITS);
	KUNIT_EXPECT_FALSE(test, test_and_set_bit(40, map));
	KUNIT_EXPECT_TRUE(test, test_and_set_bit(40, map));
	KUNIT_EXPECT_TRUE(test, test_and_clear_bit(40, map));
	KUNIT_EXPECT_FALSE(test, test_and_clear_bit(40, map));
	KUNIT_EXPECT_FALSE(test, test_and_change_bit(7, map));
	KUNIT_EXPECT_TRUE(test, test_and_change_bit(7, map));
	KUNIT_EXPECT_FALSE(test, __test_and_set_bit(63, map));
	KUNIT_EXPECT_TRUE(test, __test_and_clear_bit(63, map));
	KUNIT_EXPECT_FALSE(test, __test_and_change_bit(63, map));
	KUNIT_EXPECT_EQ(test, map[1], 0x80000000ul);
	KUNIT_EXPECT_EQ(test, map[0], 0ul);
}

static void find_bit_test(struct kunit *test)
{
	DECLARE_BITMAP(map, NBITS);
	static const unsigned long bits[] = { 3, 31, 32, 63, 64, 98 };
	unsigned long bit;
	unsigned int i = 0;

	bitmap_zero(map, NBITS);
	KUNIT_EXPECT_EQ(test, find_first_bit(map, NBITS), (unsigned long)NBITS);
	for (i = 0; i < ARRAY_SIZE(bits); i++)
		set_bit(bits[i], map);
	i = 0;
	for_each_set_bit(bit, map, NBITS) {
		KUNIT_ASSERT_LT(test, i, ARRAY_SIZE(bits));
		KUNIT_EXPECT_EQ(test, bit, bits[i]);
		i++;
	}
	KUNIT_EXPECT_EQ(test, i, ARRAY_SIZE(bits));
	KUNIT_EXPECT_EQ(test, find_next_bit(map, NBITS, 33), 63ul);
	KUNIT_EXPECT_EQ(test, find_next_bit(map, 98, 65), 98ul); /* size bounds it */
	KUNIT_EXPECT_EQ(test, find_first_zero_bit(map, NBITS), 0ul);
	bitmap_fill(map, NBITS);
	KUNIT_EXPECT_EQ(test, find_first_zero_bit(map, NBITS), (unsigned long)NBITS);
	clear_bit(70, map);
	KUNIT_EXPECT_EQ(test, find_next_zero_bit(map, NBITS, 33), 70ul);
	KUNIT_EXPECT_EQ(test, bitmap_weight(map, NBITS), NBITS - 1u);
	KUNIT_EXPECT_EQ(test, map[3], 0xful); /* fill leaves the unused tail clear */
	KUNIT_EXPECT_FALSE(test, bitmap_full(map, NBITS));
	KUNIT_EXPECT_TRUE(test, bitmap_full(map, 70));
	KUNIT_EXPECT_FALSE(test, bitmap_empty(map, NBITS));
}

static void scan_word_test(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, ffs(0), 0);
	KUNIT_EXPECT_EQ(test, ffs(1), 1);
	KUNIT_EXPECT_EQ(test, ffs(0x80000000), 32);
	KUNIT_EXPECT_EQ(test, fls(0), 0);
	KUNIT_EXPECT_EQ(test, fls(1), 1);
	KUNIT_EXPECT_EQ(test, fls(0x80000000), 32);
	KUNIT_EXPECT_EQ(test, fls64(0), 0);
	KUNIT_EXPECT_EQ(test, fls64(1ULL << 40), 41);
	KUNIT_EXPECT_EQ(test, __ffs(0x100ul), 8ul);
	KUNIT_EXPECT_EQ(test, __fls(0x80000001ul), 31ul);
	KUNIT_EXPECT_EQ(test, ffz(0xfffffffful >> 1), 31ul);
	KUNIT_EXPECT_EQ(test, hweight32(0xf0f0f0f0), 16u);
	KUNIT_EXPECT_EQ(test, hweight16(0x1ffff), 16u);
	KUNIT_EXPECT_EQ(test, hweight8(0x1ff), 8u);
	KUNIT_EXPECT_EQ(test, hweight64(~0ULL), 64ul);
	KUNIT_EXPECT_EQ(test, hweight_long(~0ul), 32ul);
}

static void log2_test(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, ilog2(1), 0);
	KUNIT_EXPECT_EQ(test, ilog2(4096), 12);
	KUNIT_EXPECT_EQ(test, ilog2(4097), 12);
	KUNIT_EXPECT_EQ(test, ilog2(0x80000000u), 31);
	KUNIT_EXPECT_EQ(test, ilog2(1ULL << 40), 40);
	KUNIT_EXPECT_TRUE(test, is_power_of_2(1));
	KUNIT_EXPECT_TRUE(test, is_power_of_2(0x80000000ul));
	KUNIT_EXPECT_FALSE(test, is_power_of_2(0));
	KUNIT_EXPECT_FALSE(test, is_power_of_2(12));
	KUNIT_EXPECT_EQ(test, roundup_pow_of_two(1), 1ul);
	KUNIT_EXPECT_EQ(test, roundup_pow_of_two(5), 8ul);
	KUNIT_EXPECT_EQ(test, roundup_pow_of_two(4096), 4096ul);
	KUNIT_EXPECT_EQ(test, rounddown_pow_of_two(4095), 2048ul);
	KUNIT_EXPECT_EQ(test, rounddown_pow_of_two(0xfffffffful), 0x80000000ul);
	KUNIT_EXPECT_EQ(test, order_base_2(1), 0);
	KUNIT_EXPECT_EQ(test, order_base_2(5), 3);
}

static struct kunit_case bitops_cases[] = { KUNIT_CASE(word_layout_test),
					    KUNIT_CASE(set_clear_test),
					    KUNIT_CASE(test_and_modify_test),
					    KUNIT_CASE(find_bit_test),
					    KUNIT_CASE(scan_word_test),
					    KUNIT_CASE(log2_test),
					    {} };

static struct kunit_suite bitops_suite = {
	.name = "bitops",
	.test_cases = bitops_cases,
};
kunit_test_suite(bitops_suite);
