/*
 * ktime.h - ktime_t: a time in nanoseconds, the unit of hrtimers.
 *
 * Timekeeping hands out times in nanoseconds as one signed 64-bit
 * number: 2^63 ns is 292 years, so it never overflows in practice, and
 * adding, subtracting and comparing are single instructions (pairs of
 * them on i386). ktime_t wraps it in a union so that a plain integer is
 * not mistaken for one.
 *
 * Linux 2.6.32 on most 32-bit machines stores ktime_t as { s32 sec,
 * nsec } to avoid 64-bit divisions; on i386 it selects the scalar form
 * (CONFIG_KTIME_SCALAR, def_bool X86_32), as 64-bit machines have it and
 * later Linux uses everywhere, and so does Linnet. The names are
 * 2.6.32's. See docs/time.md.
 */
#ifndef _LINUX_KTIME_H
#define _LINUX_KTIME_H

#include <linux/time.h>
#include <linux/jiffies.h>

/**
 * union ktime - a time or interval in nanoseconds
 * @tv64: the nanoseconds
 */
union ktime {
	s64 tv64;
};

typedef union ktime ktime_t;

#define KTIME_MAX ((s64) ~((u64)1 << 63))
#define KTIME_SEC_MAX (KTIME_MAX / NSEC_PER_SEC)

/**
 * ktime_set - make a ktime_t from seconds and nanoseconds
 * @secs: seconds
 * @nsecs: nanoseconds
 *
 * Return: the time; KTIME_MAX if @secs is too large.
 */
static inline ktime_t ktime_set(const long secs, const unsigned long nsecs)
{
	/* a long cannot reach KTIME_SEC_MAX on i386, so no overflow check */
	return (ktime_t){ .tv64 = (s64)secs * NSEC_PER_SEC + (s64)nsecs };
}

#define ktime_sub(lhs, rhs) ({ (ktime_t){ .tv64 = (lhs).tv64 - (rhs).tv64 }; })
#define ktime_add(lhs, rhs) ({ (ktime_t){ .tv64 = (lhs).tv64 + (rhs).tv64 }; })
#define ktime_add_ns(kt, nsval) ({ (ktime_t){ .tv64 = (kt).tv64 + (nsval) }; })
#define ktime_sub_ns(kt, nsval) ({ (ktime_t){ .tv64 = (kt).tv64 - (nsval) }; })
#define timespec_to_ktime(ts) ktime_set((ts).tv_sec, (ts).tv_nsec)
#define timeval_to_ktime(tv) ktime_set((tv).tv_sec, (tv).tv_usec * NSEC_PER_USEC)
#define ktime_to_timespec(kt) ns_to_timespec((kt).tv64)
#define ktime_to_timeval(kt) ns_to_timeval((kt).tv64)
#define ktime_to_ns(kt) ((kt).tv64)

/**
 * ktime_equal - are two ktimes the same?
 * @cmp1: one
 * @cmp2: the other
 *
 * Return: nonzero if equal.
 */
static inline int ktime_equal(const ktime_t cmp1, const ktime_t cmp2)
{
	return cmp1.tv64 == cmp2.tv64;
}

/**
 * ktime_to_us - a ktime in microseconds
 * @kt: the time
 *
 * Return: @kt / 1000.
 */
static inline s64 ktime_to_us(const ktime_t kt)
{
	return kt.tv64 / NSEC_PER_USEC;
}

/**
 * ktime_us_delta - microseconds from @earlier to @later
 * @later: the later time
 * @earlier: the earlier time
 *
 * Return: the difference in microseconds.
 */
static inline s64 ktime_us_delta(const ktime_t later, const ktime_t earlier)
{
	return ktime_to_us(ktime_sub(later, earlier));
}

/**
 * ns_to_ktime - a ktime from nanoseconds
 * @ns: the nanoseconds
 *
 * Return: the ktime_t.
 */
static inline ktime_t ns_to_ktime(u64 ns)
{
	return (ktime_t){ .tv64 = (s64)ns };
}

/* the resolution of low-res hrtimers and of the jiffies clock: one tick */
#define KTIME_LOW_RES (ktime_t){ .tv64 = TICK_NSEC }

ktime_t ktime_get(void);
ktime_t ktime_get_real(void);
void ktime_get_ts(struct timespec *ts);

#endif /* _LINUX_KTIME_H */
