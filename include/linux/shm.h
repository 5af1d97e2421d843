/*
 * shm.h - System V shared memory: shmctl's records and the kernel's
 * segment. See ipc/shm.c and docs/ipc.md.
 */
#ifndef _LINUX_SHM_H_
#define _LINUX_SHM_H_

#include <linux/ipc.h>
#include <linux/linkage.h>
#include <asm/page.h>

/* 2.6.32's limits; shmmax, shmall and shmmni are tunables */
#define SHMMAX 0x2000000 /* the largest segment (bytes) */
#define SHMMIN 1 /* the smallest */
#define SHMMNI 4096 /* the most segments */
#define SHMALL (SHMMAX / PAGE_SIZE * (SHMMNI / 16)) /* all segments together (pages) */
#define SHMSEG SHMMNI /* per process */
#define SHMLBA PAGE_SIZE /* SHM_RND rounds down to this */

/**
 * struct shmid_ds - shmctl's old (IPC_OLD) record of a segment
 * @shm_perm: owner and mode
 * @shm_segsz: size in bytes
 * @shm_atime: last attach time
 * @shm_dtime: last detach time
 * @shm_ctime: last change time
 * @shm_cpid: creator's pid
 * @shm_lpid: pid of the last shmat/shmdt
 * @shm_nattch: attaches now
 * @shm_unused: unused
 * @shm_unused2: unused
 * @shm_unused3: unused
 */
struct shmid_ds {
	struct ipc_perm shm_perm;
	int shm_segsz;
	long shm_atime;
	long shm_dtime;
	long shm_ctime;
	u16 shm_cpid;
	u16 shm_lpid;
	unsigned short shm_nattch;
	unsigned short shm_unused;
	void *shm_unused2;
	void *shm_unused3;
};

/**
 * struct shmid64_ds - shmctl's IPC_64 record of a segment (i386 layout)
 * @shm_perm: owner and mode
 * @shm_segsz: size in bytes
 * @shm_atime: last attach time
 * @__unused1: reserved
 * @shm_dtime: last detach time
 * @__unused2: reserved
 * @shm_ctime: last change time
 * @__unused3: reserved
 * @shm_cpid: creator's pid
 * @shm_lpid: pid of the last shmat/shmdt
 * @shm_nattch: attaches now
 * @__unused4: reserved
 * @__unused5: reserved
 */
struct shmid64_ds {
	struct ipc64_perm shm_perm;
	size_t shm_segsz;
	long shm_atime;
	unsigned long __unused1;
	long shm_dtime;
	unsigned long __unused2;
	long shm_ctime;
	unsigned long __unused3;
	pid_t shm_cpid;
	pid_t shm_lpid;
	unsigned long shm_nattch;
	unsigned long __unused4;
	unsigned long __unused5;
};

/* shmget's mode bits, and shmat's flags */
#define SHM_R 0400
#define SHM_W 0200
#define SHM_RDONLY 010000 /* attach read-only */
#define SHM_RND 020000 /* round the address down to SHMLBA */
#define SHM_REMAP 040000 /* replace what is mapped there */
#define SHM_EXEC 0100000 /* executable */

/* shmctl commands */
#define SHM_LOCK 11
#define SHM_UNLOCK 12
#define SHM_STAT 13
#define SHM_INFO 14

/**
 * struct shminfo - IPC_INFO's answer, old layout
 * @shmmax: the largest segment
 * @shmmin: the smallest
 * @shmmni: the most segments
 * @shmseg: per process
 * @shmall: all together (pages)
 */
struct shminfo {
	int shmmax;
	int shmmin;
	int shmmni;
	int shmseg;
	int shmall;
};

/**
 * struct shminfo64 - IPC_INFO's answer, IPC_64 layout
 * @shmmax: the largest segment
 * @shmmin: the smallest
 * @shmmni: the most segments
 * @shmseg: per process
 * @shmall: all together (pages)
 * @__unused1: reserved
 * @__unused2: reserved
 * @__unused3: reserved
 * @__unused4: reserved
 */
struct shminfo64 {
	unsigned long shmmax;
	unsigned long shmmin;
	unsigned long shmmni;
	unsigned long shmseg;
	unsigned long shmall;
	unsigned long __unused1;
	unsigned long __unused2;
	unsigned long __unused3;
	unsigned long __unused4;
};

/**
 * struct shm_info - SHM_INFO's answer (ipcs -u)
 * @used_ids: segments
 * @shm_tot: their pages
 * @shm_rss: pages in memory
 * @shm_swp: pages in swap (0: no swap)
 * @swap_attempts: 0
 * @swap_successes: 0
 */
struct shm_info {
	int used_ids;
	unsigned long shm_tot;
	unsigned long shm_rss;
	unsigned long shm_swp;
	unsigned long swap_attempts;
	unsigned long swap_successes;
};

/* The segment's flags above the access bits of shm_perm.mode */
#define SHM_DEST 01000 /* removed: destroyed at the last detach */
#define SHM_LOCKED 02000 /* SHM_LOCK: not to be swapped */

struct file;

/**
 * struct shmid_kernel - one segment
 * @shm_perm: identity and rights; first, so the ipc code can find it
 * @shm_file: the file holding its pages (shmem_file_setup)
 * @shm_nattch: attaches now
 * @shm_segsz: size in bytes
 * @shm_atim: last attach time
 * @shm_dtim: last detach time
 * @shm_ctim: last change time
 * @shm_cprid: creator's pid
 * @shm_lprid: pid of the last shmat/shmdt
 */
struct shmid_kernel {
	struct kern_ipc_perm shm_perm;
	struct file *shm_file;
	unsigned long shm_nattch;
	unsigned long shm_segsz;
	time_t shm_atim;
	time_t shm_dtim;
	time_t shm_ctim;
	pid_t shm_cprid;
	pid_t shm_lprid;
};

long do_shmat(int shmid, char __user *shmaddr, int shmflg, unsigned long *raddr);
asmlinkage long sys_shmget(key_t key, size_t size, int shmflg);
asmlinkage long sys_shmdt(char __user *shmaddr);
asmlinkage long sys_shmctl(int shmid, int cmd, struct shmid_ds __user *buf);

#endif /* _LINUX_SHM_H_ */
