/*
 * dirent.h - the record getdents64() fills, as Linux's: the inode
 * number, the offset of the next entry, this record's length, the DT_*
 * type and the NUL-terminated name, padded to 8 bytes. See
 * fs/readdir.c and docs/files.md.
 */
#ifndef _LINUX_DIRENT_H
#define _LINUX_DIRENT_H

#include <linux/types.h>

/**
 * struct linux_dirent64 - one directory entry as getdents64() returns it
 * @d_ino: the inode number
 * @d_off: the position of the next entry (for lseek)
 * @d_reclen: this record's length
 * @d_type: DT_*
 * @d_name: the name, NUL-terminated
 */
struct linux_dirent64 {
	u64 d_ino;
	s64 d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[0];
};

#endif /* _LINUX_DIRENT_H */
