/*
 * un.h - the address of a Unix-domain socket (AF_UNIX).
 *
 * sun_path is a file name (bound through mknod of an S_IFSOCK inode) or,
 * when sun_path[0] is 0, a name in the abstract namespace: the bytes up
 * to the address length, in no directory. See net/unix/af_unix.c.
 */
#ifndef _LINUX_UN_H
#define _LINUX_UN_H

#include <linux/socket.h>

#define UNIX_PATH_MAX 108

/**
 * struct sockaddr_un - an AF_UNIX address
 * @sun_family: AF_UNIX
 * @sun_path: the path name, or 0 and an abstract name
 */
struct sockaddr_un {
	sa_family_t sun_family;
	char sun_path[UNIX_PATH_MAX];
};

#endif /* _LINUX_UN_H */
