/*
 * bug.h - BUG(), BUG_ON(), WARN_ON(): assertions that report, Linux style.
 *
 * BUG() plants an invalid instruction (ud2) and records its address with
 * the file and line in the __bug_table section. When the CPU traps on it,
 * the invalid-opcode handler finds the entry and prints
 * "kernel BUG at file:line!" followed by a full oops with the real
 * registers: the same trick Linux uses on x86, so the report costs nothing
 * until it happens. WARN_ON() prints a warning with a backtrace and goes
 * on. See arch/x86/kernel/traps.c and kernel/panic.c.
 */
#ifndef _LINUX_BUG_H
#define _LINUX_BUG_H

#include <linux/types.h>

/**
 * struct bug_entry - where a BUG() is, for the trap handler to report
 * @bug_addr: the address of the ud2 instruction
 * @file: the source file of the BUG()
 * @line: the line of the BUG()
 */
struct bug_entry {
	unsigned long bug_addr;
	const char *file;
	unsigned short line;
	unsigned short flags;
};

#ifdef LINNET_HOST
void host_bug(const char *file, int line) __noreturn;
#define BUG() host_bug(__FILE__, __LINE__)
#else
#define BUG()                                                          \
	do {                                                           \
		__asm__ __volatile__("1:\tud2\n"                       \
				     ".pushsection __bug_table,\"aw\"\n" \
				     "2:\t.long 1b, %c0\n"             \
				     "\t.word %c1, 0\n"                \
				     ".popsection"                     \
				     :                                 \
				     : "i"(__FILE__), "i"(__LINE__));  \
		__builtin_unreachable();                               \
	} while (0)
#endif

#define BUG_ON(condition)                 \
	do {                              \
		if (unlikely(condition))  \
			BUG();            \
	} while (0)

#define BUILD_BUG_ON(condition) ((void)sizeof(char[1 - 2 * !!(condition)]))

__cold void warn_slowpath_null(const char *file, int line);
__cold __printf(3, 4) void warn_slowpath_fmt(const char *file, int line, const char *fmt, ...);

#define WARN_ON(condition)                                        \
	({                                                        \
		int __ret_warn_on = !!(condition);                \
		if (unlikely(__ret_warn_on))                      \
			warn_slowpath_null(__FILE__, __LINE__);   \
		unlikely(__ret_warn_on);                          \
	})

#define WARN(condition, format...)                                     \
	({                                                             \
		int __ret_warn_on = !!(condition);                     \
		if (unlikely(__ret_warn_on))                           \
			warn_slowpath_fmt(__FILE__, __LINE__, format); \
		unlikely(__ret_warn_on);                               \
	})

#define WARN_ON_ONCE(condition)                                 \
	({                                                      \
		static bool __warned;                           \
		int __ret_warn_once = !!(condition);            \
		if (unlikely(__ret_warn_once) && !__warned) {   \
			__warned = true;                        \
			WARN_ON(1);                             \
		}                                               \
		unlikely(__ret_warn_once);                      \
	})

#define WARN_ONCE(condition, format...)                         \
	({                                                      \
		static bool __warned;                           \
		int __ret_warn_once = !!(condition);            \
		if (unlikely(__ret_warn_once) && !__warned) {   \
			__warned = true;                        \
			WARN(1, format);                        \
		}                                               \
		unlikely(__ret_warn_once);                      \
	})

#endif /* _LINUX_BUG_H */
