/*
 * utsname_sysctl.c - the system's names as /proc/sys/kernel files:
 * ostype, osrelease, version (read-only), hostname and domainname.
 *
 * They are the fields of the one struct new_utsname that uname(2)
 * reports and sethostname(2) changes (kernel/sys.c): one source, three
 * ways in. A read or write goes through a copy on the stack, so the
 * field is never seen half written while copy_from_user() faults, as
 * 2.6.32's proc_do_uts_string does (with uts_sem; Linnet's setters copy
 * the new name in first and then store it without sleeping).
 * See docs/procfs.md.
 */
#include <linux/sysctl.h>
#include <linux/utsname.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>

static int proc_do_uts_string(struct ctl_table *table, int write, void __user *buffer, size_t *lenp,
			      loff_t *ppos)
{
	char tmp[__NEW_UTS_LEN + 1];
	struct ctl_table uts_table = *table;
	int r;

	memcpy(tmp, table->data, sizeof(tmp));
	uts_table.data = tmp;
	uts_table.maxlen = sizeof(tmp);
	r = proc_dostring(&uts_table, write, buffer, lenp, ppos);
	if (!r && write)
		memcpy(table->data, tmp, sizeof(tmp));
	return r;
}

static struct ctl_table uts_kern_table[] = { { .procname = "ostype",
					       .data = linnet_utsname.sysname,
					       .maxlen = sizeof(linnet_utsname.sysname),
					       .mode = 0444,
					       .proc_handler = proc_do_uts_string },
					     { .procname = "osrelease",
					       .data = linnet_utsname.release,
					       .maxlen = sizeof(linnet_utsname.release),
					       .mode = 0444,
					       .proc_handler = proc_do_uts_string },
					     { .procname = "version",
					       .data = linnet_utsname.version,
					       .maxlen = sizeof(linnet_utsname.version),
					       .mode = 0444,
					       .proc_handler = proc_do_uts_string },
					     { .procname = "hostname",
					       .data = linnet_utsname.nodename,
					       .maxlen = sizeof(linnet_utsname.nodename),
					       .mode = 0644,
					       .proc_handler = proc_do_uts_string },
					     { .procname = "domainname",
					       .data = linnet_utsname.domainname,
					       .maxlen = sizeof(linnet_utsname.domainname),
					       .mode = 0644,
					       .proc_handler = proc_do_uts_string },
					     {} };

static struct ctl_table uts_root_table[] = {
	{ .procname = "kernel", .mode = 0555, .child = uts_kern_table },
	{}
};

static int utsname_sysctl_init(void)
{
	register_sysctl_table(uts_root_table);
	return 0;
}
fs_initcall(utsname_sysctl_init);
