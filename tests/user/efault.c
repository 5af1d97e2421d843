/*
 * efault.c - bad pointers and bad arguments to system calls get Linux's
 * errno (-EFAULT, -EBADF, -EINVAL, -ENOSYS...), never a crash.
 */
#include "usertest.h"
#include <sys/mman.h>
#include <sys/wait.h>

#define KERNEL_PTR 0xc0000000L
#define UNMAPPED_PTR 0x10000L

int main(void)
{
	int status;
	pid_t pid;

	say("write NULL %ld", sys(SYS_write, 1, 0, 5, 0));
	say("write kernel %ld", sys(SYS_write, 1, KERNEL_PTR, 4, 0));
	say("write unmapped %ld", sys(SYS_write, 1, UNMAPPED_PTR, 4, 0));
	say("write wrap %ld", sys(SYS_write, 1, 0xfffffff0L, 0x20, 0));
	say("write bad fd %ld", sys(SYS_write, 77, (long)"x", 1, 0));
	say("write 0 bytes %ld", sys(SYS_write, 1, 0, 0, 0));
	say("uname NULL %ld", sys(SYS_uname, 0, 0, 0, 0));
	say("uname kernel %ld", sys(SYS_uname, KERNEL_PTR + 0x1000, 0, 0, 0));
	say("set_thread_area NULL %ld", sys(SYS_set_thread_area, 0, 0, 0, 0));
	say("get_thread_area kernel %ld", sys(SYS_get_thread_area, KERNEL_PTR, 0, 0, 0));
	say("execve NULL %ld", sys(SYS_execve, 0, 0, 0, 0));
	say("execve kernel %ld", sys(SYS_execve, KERNEL_PTR, 0, 0, 0));
	say("execve missing %ld", sys(SYS_execve, (long)"/no/such/program", 0, 0, 0));
	say("execve bad argv %ld", sys(SYS_execve, (long)"/hello", KERNEL_PTR, 0, 0));
	say("mmap2 no fd %ld", sys(SYS_mmap2, 0, 4096, PROT_READ, MAP_PRIVATE));
	say("munmap unaligned %ld", sys(SYS_munmap, 1, 4096, 0, 0));
	say("munmap length 0 %ld", sys(SYS_munmap, 0x100000, 0, 0, 0));
	say("mprotect unaligned %ld", sys(SYS_mprotect, 0x100001, 4096, PROT_READ, 0));
	say("mprotect unmapped %ld", sys(SYS_mprotect, UNMAPPED_PTR, 4096, PROT_READ, 0));
	say("mprotect bad prot %ld", sys(SYS_mprotect, 0x100000, 4096, 0x100, 0));
	say("wait4 bad options %ld", sys(SYS_wait4, -1, 0, 0x1000, 0));
	say("wait4 no children %ld", sys(SYS_wait4, -1, 0, 0, 0));
	say("reboot bad magic %ld", sys(SYS_reboot, 1, 2, 3, 0));
	say("reboot cad off %ld", sys(SYS_reboot, 0xfee1dead, 672274793, 0, 0));
	say("reboot bad cmd %ld", sys(SYS_reboot, 0xfee1dead, 672274793, 0x12345678, 0));
	say("reboot cad on %ld", sys(SYS_reboot, 0xfee1dead, 672274793, 0x89abcdef, 0));
	say("syscall 9999 %ld", sys(9999, 0, 0, 0, 0));
	say("syscall 222 %ld", sys(222, 0, 0, 0, 0));
	say("syscall -1 %ld", sys(-1, 0, 0, 0, 0));
	pid = fork();
	if (pid == 0)
		_exit(5);
	say("wait4 bad status %ld", sys(SYS_wait4, pid, KERNEL_PTR, 0, 0));
	say("child reaped anyway %ld", sys(SYS_wait4, pid, (long)&status, WNOHANG, 0));
	return 0;
}
