/*
 * sys_i386_32.c - sys_ipc, i386's one system call for all of System V IPC.
 *
 * When System V IPC came to Linux/i386 it got a single system call
 * number, 117, and a call number in its first argument picks the
 * operation; the other five arguments are passed on, reinterpreted per
 * call. glibc's msgsnd(), semop(), shmat()... on i386 all come here
 * (Linux 5.1 added direct system calls for each, which glibc uses only
 * when built for kernels that new).
 *
 *   ipc(call = version << 16 | op, first, second, third, ptr, fifth)
 *     SEMOP      semtimedop(first, ptr, second, NULL)
 *     SEMTIMEDOP semtimedop(first, ptr, second, fifth)
 *     SEMGET     semget(first, second, third)
 *     SEMCTL     semctl(first, second, third, *(union semun *)ptr)
 *     MSGSND     msgsnd(first, ptr, second, third)
 *     MSGRCV     version 0: ptr is a struct ipc_kludge {msgp, msgtyp};
 *                else msgrcv(first, ptr, second, fifth, third)
 *     MSGGET     msgget(first, second)
 *     MSGCTL     msgctl(first, second, ptr)
 *     SHMAT      the address is stored at *third
 *     SHMDT      shmdt(ptr)
 *     SHMGET     shmget(first, second, third)
 *     SHMCTL     shmctl(first, second, ptr)
 *
 * As Linux 2.6.32's arch/x86/kernel/sys_i386_32.c:sys_ipc, without the
 * iBCS2 emulator's SHMAT version 1 (it needs set_fs(KERNEL_DS): -EINVAL
 * from user space in 2.6.32 too, as here). Linnet keeps the file's other
 * old calls where their modern versions are (mm/mmap.c:old_mmap,
 * fs/select.c:old_select). Read next: ipc/util.c, docs/ipc.md.
 */
#include <linux/kernel.h>
#include <linux/linkage.h>
#include <linux/errno.h>
#include <linux/uaccess.h>
#include <linux/ipc.h>
#include <linux/msg.h>
#include <linux/sem.h>
#include <linux/shm.h>

/* MSGRCV: version 0 passes buffer and type through a struct ipc_kludge */
static long ipc_msgrcv(int version, int first, int second, int third, void __user *ptr, long fifth)
{
	struct ipc_kludge tmp;

	if (version)
		return sys_msgrcv(first, ptr, second, fifth, third);
	if (!ptr)
		return -EINVAL;
	if (copy_from_user(&tmp, ptr, sizeof(tmp)))
		return -EFAULT;
	return sys_msgrcv(first, tmp.msgp, second, tmp.msgtyp, third);
}

/* SEMCTL: the union semun is read from where ptr points */
static long ipc_semctl(int first, int second, int third, void __user *ptr)
{
	union semun fourth;

	if (!ptr)
		return -EINVAL;
	if (get_user(fourth.__pad, (void __user *__user *)ptr))
		return -EFAULT;
	return sys_semctl(first, second, third, fourth);
}

/* SHMAT: the attach address is written to *third; version 1 is iBCS2's */
static long ipc_shmat(int version, int first, int second, int third, void __user *ptr)
{
	unsigned long raddr;
	long ret;

	if (version == 1)
		return -EINVAL;
	ret = do_shmat(first, ptr, second, &raddr);
	if (ret)
		return ret;
	return put_user(raddr, (unsigned long __user *)third);
}

/**
 * sys_ipc - ipc(2): System V IPC on i386 (system call 117)
 * @call: the operation (SEMOP...SHMCTL) in the low 16 bits, the version above
 * @first: the operation's first argument (an id or key)
 * @second: its second
 * @third: its third
 * @ptr: its pointer
 * @fifth: SEMTIMEDOP's timeout, MSGRCV's type (version 1)
 *
 * Context: process context; may sleep.
 * Return: the operation's result, or -ENOSYS for an unknown call.
 */
asmlinkage long sys_ipc(unsigned int call, int first, int second, int third, void __user *ptr,
			long fifth)
{
	int version = call >> 16;

	switch (call & 0xffff) {
	case SEMOP:
		return sys_semtimedop(first, ptr, second, NULL);
	case SEMTIMEDOP:
		return sys_semtimedop(first, ptr, second, (const struct timespec __user *)fifth);
	case SEMGET:
		return sys_semget(first, second, third);
	case SEMCTL:
		return ipc_semctl(first, second, third, ptr);
	case MSGSND:
		return sys_msgsnd(first, ptr, second, third);
	case MSGRCV:
		return ipc_msgrcv(version, first, second, third, ptr, fifth);
	case MSGGET:
		return sys_msgget(first, second);
	case MSGCTL:
		return sys_msgctl(first, second, ptr);
	case SHMAT:
		return ipc_shmat(version, first, second, third, ptr);
	case SHMDT:
		return sys_shmdt(ptr);
	case SHMGET:
		return sys_shmget(first, second, third);
	case SHMCTL:
		return sys_shmctl(first, second, ptr);
	default:
		return -ENOSYS;
	}
}
