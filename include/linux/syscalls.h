/*
 * syscalls.h - the bodies of the system calls, callable from the kernel.
 *
 * Linux declares every sys_* function here. These are the file-system
 * ones (fs/): each takes its arguments as the system call does, with
 * names and buffers in the caller's memory (until user space exists,
 * kernel memory), and returns a result or a negative errno. The
 * processes issue adds the system-call table that calls them.
 * See docs/files.md.
 */
#ifndef _LINUX_SYSCALLS_H
#define _LINUX_SYSCALLS_H

#include <linux/types.h>
#include <linux/linkage.h>

struct linux_dirent64;
struct kstatfs;

long do_sys_open(int dfd, const char __user *filename, int flags, int mode);
asmlinkage long sys_close(unsigned int fd);
long do_rmdir(int dfd, const char __user *pathname);
long do_unlinkat(int dfd, const char __user *pathname);
asmlinkage long sys_unlinkat(int dfd, const char __user *pathname, int flag);
asmlinkage long sys_mkdirat(int dfd, const char __user *pathname, int mode);
asmlinkage long sys_mknodat(int dfd, const char __user *filename, int mode, unsigned dev);
asmlinkage long sys_symlinkat(const char __user *oldname, int newdfd, const char __user *newname);
asmlinkage long sys_linkat(int olddfd, const char __user *oldname, int newdfd,
			   const char __user *newname, int flags);
asmlinkage long sys_renameat(int olddfd, const char __user *oldname, int newdfd,
			     const char __user *newname);
asmlinkage long sys_readlinkat(int dfd, const char __user *pathname, char __user *buf, int bufsiz);
asmlinkage long sys_chdir(const char __user *filename);
asmlinkage long sys_fchdir(unsigned int fd);
asmlinkage long sys_chroot(const char __user *filename);
long do_sys_truncate(const char __user *pathname, loff_t length);
long do_sys_ftruncate(unsigned int fd, loff_t length, int small);
asmlinkage long sys_getdents64(unsigned int fd, struct linux_dirent64 __user *dirent,
			       unsigned int count);
long vfs_statfs_path(const char __user *pathname, struct kstatfs *buf);
/* net/socket.c: the socket calls, reached on i386 through sys_socketcall (102) */
struct sockaddr;
struct msghdr;
asmlinkage long sys_socketcall(int call, unsigned long __user *args);
asmlinkage long sys_socket(int family, int type, int protocol);
asmlinkage long sys_socketpair(int family, int type, int protocol, int __user *usockvec);
asmlinkage long sys_bind(int fd, struct sockaddr __user *umyaddr, int addrlen);
asmlinkage long sys_connect(int fd, struct sockaddr __user *uservaddr, int addrlen);
asmlinkage long sys_listen(int fd, int backlog);
asmlinkage long sys_accept(int fd, struct sockaddr __user *upeer_sockaddr,
			   int __user *upeer_addrlen);
asmlinkage long sys_accept4(int fd, struct sockaddr __user *upeer_sockaddr,
			    int __user *upeer_addrlen, int flags);
asmlinkage long sys_getsockname(int fd, struct sockaddr __user *usockaddr,
				int __user *usockaddr_len);
asmlinkage long sys_getpeername(int fd, struct sockaddr __user *usockaddr,
				int __user *usockaddr_len);
asmlinkage long sys_send(int fd, void __user *buff, size_t len, unsigned int flags);
asmlinkage long sys_sendto(int fd, void __user *buff, size_t len, unsigned int flags,
			   struct sockaddr __user *addr, int addr_len);
asmlinkage long sys_recv(int fd, void __user *ubuf, size_t size, unsigned int flags);
asmlinkage long sys_recvfrom(int fd, void __user *ubuf, size_t size, unsigned int flags,
			     struct sockaddr __user *addr, int __user *addr_len);
asmlinkage long sys_shutdown(int fd, int how);
asmlinkage long sys_setsockopt(int fd, int level, int optname, char __user *optval, int optlen);
asmlinkage long sys_getsockopt(int fd, int level, int optname, char __user *optval,
			       int __user *optlen);
asmlinkage long sys_sendmsg(int fd, struct msghdr __user *msg, unsigned int flags);
asmlinkage long sys_recvmsg(int fd, struct msghdr __user *msg, unsigned int flags);
asmlinkage long sys_mount(char __user *dev_name, char __user *dir_name, char __user *type,
			  unsigned long flags, void __user *data);
asmlinkage long sys_umount(char __user *name, int flags);
asmlinkage long sys_dup3(unsigned int oldfd, unsigned int newfd, int flags);
asmlinkage long sys_dup2(unsigned int oldfd, unsigned int newfd);
asmlinkage long sys_dup(unsigned int fildes);
asmlinkage long sys_open(const char __user *filename, int flags, int mode);
asmlinkage long sys_read(unsigned int fd, char __user *buf, size_t count);
asmlinkage long sys_write(unsigned int fd, const char __user *buf, size_t count);

#endif /* _LINUX_SYSCALLS_H */
