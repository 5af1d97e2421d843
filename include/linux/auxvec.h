/*
 * auxvec.h - the keys of the auxiliary vector execve() puts on the new stack.
 *
 * After envp's NULL, fs/binfmt_elf.c:create_elf_tables writes (key, value)
 * pairs telling the C library about the program and the machine; the
 * values are Linux's (include/linux/auxvec.h), part of the ABI.
 */
#ifndef _LINUX_AUXVEC_H
#define _LINUX_AUXVEC_H

#define AT_NULL 0
#define AT_PHDR 3
#define AT_PHENT 4
#define AT_PHNUM 5
#define AT_PAGESZ 6
#define AT_BASE 7
#define AT_FLAGS 8
#define AT_ENTRY 9
#define AT_UID 11
#define AT_EUID 12
#define AT_GID 13
#define AT_EGID 14
#define AT_PLATFORM 15
#define AT_HWCAP 16
#define AT_CLKTCK 17
#define AT_SECURE 23
#define AT_RANDOM 25
#define AT_EXECFN 31

/*
 * The room mm->saved_auxv keeps (/proc/PID/auxv), in pairs: 2.6.32's
 * counts, 19 generic entries and i386's 2 (AT_SYSINFO, AT_SYSINFO_EHDR,
 * which Linnet does not give: it has no vDSO), and AT_NULL.
 */
#define AT_VECTOR_SIZE_BASE 19
#define AT_VECTOR_SIZE_ARCH 2
#define AT_VECTOR_SIZE (2 * (AT_VECTOR_SIZE_ARCH + AT_VECTOR_SIZE_BASE + 1))

#endif /* _LINUX_AUXVEC_H */
