/*
 * sysctl.h - the kernel's tunables as /proc/sys files.
 *
 * A tunable is a struct ctl_table entry: its name under /proc/sys, the
 * variable (@data, @maxlen bytes), the file mode and a handler that turns
 * the variable into text on read and parses text on write
 * (proc_dostring, proc_dointvec, proc_dointvec_minmax). Tables nest
 * through @child, one level per directory (kernel/, vm/).
 * register_sysctl_table() makes the files (fs/proc/proc_sysctl.c).
 *
 * Linux 2.6.32 also has the binary sysctl(2) system call with numeric
 * names (ctl_name); Linnet has only the /proc/sys files, as Linux has
 * had since 5.5. See docs/procfs.md.
 */
#ifndef _LINUX_SYSCTL_H
#define _LINUX_SYSCTL_H

#include <linux/types.h>
#include <linux/compiler.h>

struct ctl_table;

/* proc_handler - format @ctl's data into @buffer (write 0) or parse it (write 1) */
typedef int proc_handler(struct ctl_table *ctl, int write, void __user *buffer, size_t *lenp,
			 loff_t *ppos);

/**
 * struct ctl_table - one /proc/sys file or directory
 * @procname: its name
 * @data: the variable it shows
 * @maxlen: the variable's size in bytes (an int array: n * sizeof(int))
 * @mode: the file's permission bits (0444 read-only, 0644 writable)
 * @child: for a directory, its table (ended by an entry with no name)
 * @proc_handler: reads and writes the text
 * @extra1: for proc_dointvec_minmax, a pointer to the minimum
 * @extra2: for proc_dointvec_minmax, a pointer to the maximum
 */
struct ctl_table {
	const char *procname;
	void *data;
	int maxlen;
	mode_t mode;
	struct ctl_table *child;
	proc_handler *proc_handler;
	void *extra1;
	void *extra2;
};

/**
 * struct ctl_table_header - what register_sysctl_table() hands back
 * @ctl_table: the table registered
 */
struct ctl_table_header {
	struct ctl_table *ctl_table;
};

struct ctl_table_header *register_sysctl_table(struct ctl_table *table);
int proc_dostring(struct ctl_table *table, int write, void __user *buffer, size_t *lenp,
		  loff_t *ppos);
int proc_dointvec(struct ctl_table *table, int write, void __user *buffer, size_t *lenp,
		  loff_t *ppos);
int proc_dointvec_minmax(struct ctl_table *table, int write, void __user *buffer, size_t *lenp,
			 loff_t *ppos);

#endif /* _LINUX_SYSCTL_H */
