/*
 * utsname.h - the system's names, as uname(2) reports them.
 *
 * One struct new_utsname holds them all: "Linux", the host name, the
 * release, the version, the machine and the NIS domain name.
 * sethostname() and setdomainname() change it; /proc/sys/kernel/hostname
 * reads it. 2.6.32 keeps it per UTS namespace (current->nsproxy->uts_ns);
 * Linnet has one namespace, so utsname() and init_utsname() are the same
 * struct. See kernel/sys.c and docs/processes.md.
 */
#ifndef _LINUX_UTSNAME_H
#define _LINUX_UTSNAME_H

#define __OLD_UTS_LEN 8
#define __NEW_UTS_LEN 64

/**
 * struct new_utsname - what uname(2) reports (Linux's ABI: six 65-byte strings)
 * @sysname: the kernel's name
 * @nodename: the host name
 * @release: the kernel's release
 * @version: its build
 * @machine: the hardware
 * @domainname: the NIS domain
 */
struct new_utsname {
	char sysname[__NEW_UTS_LEN + 1];
	char nodename[__NEW_UTS_LEN + 1];
	char release[__NEW_UTS_LEN + 1];
	char version[__NEW_UTS_LEN + 1];
	char machine[__NEW_UTS_LEN + 1];
	char domainname[__NEW_UTS_LEN + 1];
};

/**
 * struct old_utsname - uname's answer for system call 109 (five 65-byte strings)
 * @sysname: the kernel's name
 * @nodename: the host name
 * @release: the release
 * @version: the build
 * @machine: the hardware
 */
struct old_utsname {
	char sysname[65];
	char nodename[65];
	char release[65];
	char version[65];
	char machine[65];
};

/**
 * struct oldold_utsname - the first uname's answer, system call 59 (9-byte strings)
 * @sysname: the kernel's name
 * @nodename: the host name
 * @release: the release
 * @version: the build
 * @machine: the hardware
 */
struct oldold_utsname {
	char sysname[9];
	char nodename[9];
	char release[9];
	char version[9];
	char machine[9];
};

extern struct new_utsname linnet_utsname;

static inline struct new_utsname *utsname(void)
{
	return &linnet_utsname;
}

static inline struct new_utsname *init_utsname(void)
{
	return &linnet_utsname;
}

#endif /* _LINUX_UTSNAME_H */
