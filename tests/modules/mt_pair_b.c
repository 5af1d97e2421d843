/*
 * mt_pair_b.c - the other half of mt_pair: a function mt_pair_a.c calls.
 */
int mt_pair_b_value(void);

int mt_pair_b_value(void)
{
	return 42;
}
