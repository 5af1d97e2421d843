/*
 * cmdline.c - reading numbers out of boot options: "mem=64M", "irqs=3,5-7".
 *
 * Boot options arrive as text. get_option() reads one integer and says
 * what follows it: nothing more (1), a comma and another value (2), or a
 * '-' that starts a range (3). get_options() loops over it to fill an
 * array, expanding ranges:
 *
 *   get_options("3,5-7,9", 10, ints)  ->  ints = { 5,  3, 5, 6, 7, 9 }
 *                                               count ^  ^ the numbers
 *
 * memparse() reads a size with an optional binary suffix: "64M" is
 * 64 << 20. K, M, G, T, P and E are understood, in either case.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/string.h>

/**
 * get_option - read one integer from an option string
 * @str: a pointer to the string; moved past the integer (and past a comma)
 * @pint: where to store the integer; may be NULL just to validate
 *
 * A leading '-' negates. The number may be decimal, octal ("0...") or hex
 * ("0x...").
 *
 * Context: any.
 * Return: 0 if there was no integer, 1 if the string ends (or has
 * something else) after it, 2 if a comma followed (and was consumed),
 * 3 if a '-' followed, starting a range (left for the caller).
 */
int get_option(char **str, int *pint)
{
	char *cur = *str;
	int value;

	if (!cur || !*cur)
		return 0;
	if (*cur == '-')
		value = -simple_strtoull(++cur, str, 0);
	else
		value = simple_strtoull(cur, str, 0);
	if (pint)
		*pint = value;
	if (cur == *str)
		return 0;
	if (**str == ',') {
		(*str)++;
		return 2;
	}
	if (**str == '-')
		return 3;
	return 1;
}
EXPORT_SYMBOL(get_option);

/*
 * get_range - expand "M-N" into M, M+1, ... N-1 at @pint (M is already there)
 * *@str points at the '-'; it is moved past it, to N, which the caller reads
 * next as an ordinary number. At most @n values are stored.
 * Returns N - M: how many values the range adds before N.
 */
static int get_range(char **str, int *pint, int n)
{
	int lower = *pint;
	int upper, x;

	(*str)++;
	upper = simple_strtol(*str, NULL, 0);
	for (x = lower; n && x < upper; x++, n--)
		*pint++ = x;
	return upper - lower;
}

/**
 * get_options - read a list of integers and ranges from an option string
 * @str: the string, such as "1,3-5,8"
 * @nints: the size of @ints; 0 only counts the numbers, storing none
 * @ints: the array: @ints[0] receives the count, the numbers follow
 *
 * Reading stops at the first character that is not part of the list, or
 * when the array is full. Ranges count up ("5-7"); a range whose end is
 * below its start stops the parse.
 *
 * Linux stores in @ints[0] how many numbers the string held even when a
 * range did not fit in the array; Linnet stores how many it wrote, so
 * that a loop up to @ints[0] never reads past the array.
 *
 * Context: any.
 * Return: a pointer to the character that ended the parse ('\0' when the
 * whole string was a list).
 */
char *get_options(const char *str, int nints, int *ints)
{
	bool validate = nints == 0;
	char *s = (char *)str;
	int i = 1;
	int res, *pint;

	while (i < nints || validate) {
		pint = validate ? ints : ints + i;
		res = get_option(&s, pint);
		if (res == 0)
			break;
		if (res == 3) {
			int range = get_range(&s, pint, validate ? 0 : nints - i);

			if (range < 0)
				break;
			/* The range's last number is read by the next round. */
			i += range - 1;
		}
		i++;
		if (res == 1)
			break;
	}
	ints[0] = validate ? i - 1 : min(i, nints) - 1;
	return s;
}
EXPORT_SYMBOL(get_options);

/**
 * memparse - read a size with an optional K/M/G/T/P/E suffix
 * @ptr: the string, such as "64M" or "0x1000"
 * @retptr: if not NULL, set to the first character after the size
 *
 * The suffix multiplies by 2^10 (K), 2^20 (M), 2^30 (G), and so on.
 *
 * Context: any.
 * Return: the size in bytes.
 */
unsigned long long memparse(const char *ptr, char **retptr)
{
	static const char suffixes[] = "kmgtpe";
	char *end;
	unsigned long long ret = simple_strtoull(ptr, &end, 0);
	const char *suffix = *end ? strchr(suffixes, *end | 0x20) : NULL;

	if (suffix) {
		ret <<= 10 * (suffix - suffixes + 1);
		end++;
	}
	if (retptr)
		*retptr = end;
	return ret;
}
EXPORT_SYMBOL(memparse);
