/*
 * shm.c - System V shared memory: shmget, shmat, shmdt, shmctl.
 *
 * A segment is a file: shmget makes an unlinked file of the segment's
 * size on the kernel's internal tmpfs mount (mm/shmem.c), and its page
 * cache is the shared memory. shmat maps that file MAP_SHARED into the
 * caller, as mmap would, through a file of its own per attach whose
 * operations keep count:
 *
 *   shmat -> do_shmat -> new file (f_op shm_file_operations, the segment's path)
 *         -> do_mmap(MAP_SHARED) -> shm_mmap -> the tmpfs file's mmap, then
 *            vma->vm_ops = shm_vm_ops -> shm_open: shm_nattch++
 *   fork (dup_mmap) -> shm_open            nattch++
 *   shmdt, exit, exec (unmap) -> shm_close  nattch--; 0 and removed: shm_destroy
 *
 * IPC_RMID of a segment still attached only marks it (SHM_DEST, key
 * IPC_PRIVATE): it is destroyed by the last detach. Faults go to the
 * tmpfs file's own fault handler, so the pages are the page cache's.
 *
 * As Linux 2.6.32's ipc/shm.c, except: the backing file is a ramfs
 * file, as 2.6.32 gives a kernel built without CONFIG_SHMEM (no swap,
 * so SHM_LOCK only sets the flag: the pages never leave memory anyway),
 * no hugetlb segments, one namespace. Read next: mm/shmem.c,
 * mm/mmap.c:mmap_region, docs/ipc.md.
 */
#include <linux/shm.h>
#include <linux/shmem_fs.h>
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/cred.h>
#include <linux/capability.h>
#include <linux/seq_file.h>
#include <linux/uaccess.h>
#include <linux/time.h>
#include <linux/string.h>
#include <linux/stat.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/fcntl.h>
#include <linux/resource.h>
#include <linux/rwsem.h>
#include "util.h"

/* What an attach's file holds: the segment's id and its tmpfs file */
struct shm_file_data {
	int id;
	struct file *file;
	const struct vm_operations_struct *vm_ops;
};

#define shm_file_data(file) ((struct shm_file_data *)(file)->private_data)

static const struct file_operations shm_file_operations;
static const struct vm_operations_struct shm_vm_ops;

int shm_tot; /* pages in all segments (shmall) */

#define shm_unlock(shp) ipc_unlock(&(shp)->shm_perm)

/* The segment whose shm_perm @ipcp is */
static inline struct shmid_kernel *shp_of(struct kern_ipc_perm *ipcp)
{
	/* cppcheck-suppress nullPointer ; container_of's offsetof, not a dereference */
	return container_of(ipcp, struct shmid_kernel, shm_perm);
}

static int sysvipc_shm_proc_show(struct seq_file *s, void *it);

/**
 * shm_init - the segments' table and /proc/sysvipc/shm
 *
 * Context: boot (ipc_init).
 */
void __init shm_init(void)
{
	ipc_init_ids(shm_ids);
	ipc_init_proc_interface(
		"sysvipc/shm",
		"       key      shmid perms       size  cpid  lpid nattch   uid   gid  cuid  cgid      atime      dtime      ctime\n",
		IPC_SHM_IDS, sysvipc_shm_proc_show);
}

static struct shmid_kernel *shm_lock(int id)
{
	struct kern_ipc_perm *ipcp = ipc_lock(shm_ids, id);

	if (IS_ERR(ipcp))
		return ERR_CAST(ipcp);
	return shp_of(ipcp);
}

static struct shmid_kernel *shm_lock_check(int id)
{
	struct kern_ipc_perm *ipcp = ipc_lock_check(shm_ids, id);

	if (IS_ERR(ipcp))
		return ERR_CAST(ipcp);
	return shp_of(ipcp);
}

/* Free a segment: out of the table, its file dropped. Context: rw_mutex held, shp locked */
static void shm_destroy(struct shmid_kernel *shp)
{
	shm_tot -= (shp->shm_segsz + PAGE_SIZE - 1) >> PAGE_SHIFT;
	ipc_rmid(shm_ids, &shp->shm_perm);
	shm_unlock(shp);
	fput(shp->shm_file);
	ipc_rcu_putref(shp);
}

/* vm_ops->open: a new vma maps the segment (shmat, fork, a split) */
static void shm_open(struct vm_area_struct *vma)
{
	struct shm_file_data *sfd = shm_file_data(vma->vm_file);
	struct shmid_kernel *shp = shm_lock(sfd->id);

	BUG_ON(IS_ERR(shp)); /* an attach keeps it in the table */
	shp->shm_atim = get_seconds();
	shp->shm_lprid = current->tgid;
	shp->shm_nattch++;
	shm_unlock(shp);
}

/* vm_ops->close: a vma goes (shmdt, munmap, exit, exec); the last of a removed one frees it */
static void shm_close(struct vm_area_struct *vma)
{
	struct shm_file_data *sfd = shm_file_data(vma->vm_file);
	struct shmid_kernel *shp;

	down_write(&shm_ids->rw_mutex);
	shp = shm_lock(sfd->id);
	BUG_ON(IS_ERR(shp));
	shp->shm_lprid = current->tgid;
	shp->shm_dtim = get_seconds();
	shp->shm_nattch--;
	if (shp->shm_nattch == 0 && (shp->shm_perm.mode & SHM_DEST))
		shm_destroy(shp);
	else
		shm_unlock(shp);
	up_write(&shm_ids->rw_mutex);
}

/* vm_ops->fault: the tmpfs file's page */
static int shm_fault(struct vm_area_struct *vma, struct vm_fault *vmf)
{
	return shm_file_data(vma->vm_file)->vm_ops->fault(vma, vmf);
}

static const struct vm_operations_struct shm_vm_ops = {
	.open = shm_open,
	.close = shm_close,
	.fault = shm_fault,
};

/* f_op->mmap of an attach's file: the tmpfs file's mmap, wrapped to count attaches */
static int shm_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct shm_file_data *sfd = shm_file_data(file);
	int ret = sfd->file->f_op->mmap(sfd->file, vma);

	if (ret)
		return ret;
	sfd->vm_ops = vma->vm_ops;
	vma->vm_ops = &shm_vm_ops;
	shm_open(vma);
	return 0;
}

/* The attach's file is closed (its last vma gone): drop the segment's file */
static int shm_release(struct inode *ino, struct file *file)
{
	struct shm_file_data *sfd = shm_file_data(file);

	fput(sfd->file);
	kfree(sfd);
	return 0;
}

static const struct file_operations shm_file_operations = {
	.mmap = shm_mmap,
	.release = shm_release,
};

/* shmget's getnew: a new segment of @params->u.size bytes. Context: rw_mutex held */
static int newseg(struct ipc_params *params)
{
	size_t size = params->u.size;
	int numpages = (size + PAGE_SIZE - 1) >> PAGE_SHIFT, id;
	struct shmid_kernel *shp;
	struct file *file;
	char name[13];

	if (size < SHMMIN || size > shm_ctlmax)
		return -EINVAL;
	if (shm_tot + numpages > (long)shm_ctlall)
		return -ENOSPC;
	shp = ipc_rcu_alloc(sizeof(*shp));
	if (!shp)
		return -ENOMEM;
	shp->shm_perm.key = params->key;
	shp->shm_perm.mode = params->flg & S_IRWXUGO;
	sprintf(name, "SYSV%08x", params->key);
	file = shmem_file_setup(name, size, 0);
	if (IS_ERR(file)) {
		ipc_rcu_putref(shp);
		return PTR_ERR(file);
	}
	id = ipc_addid(shm_ids, &shp->shm_perm, shm_ctlmni);
	if (id < 0) {
		fput(file);
		ipc_rcu_putref(shp);
		return id;
	}
	shp->shm_cprid = current->tgid;
	shp->shm_ctim = get_seconds();
	shp->shm_segsz = size;
	shp->shm_file = file;
	file->f_path.dentry->d_inode->i_ino = shp->shm_perm.id; /* maps' inode column: the id */
	shm_tot += numpages;
	shm_unlock(shp);
	return shp->shm_perm.id;
}

/* An existing segment may be asked for with a smaller size, not a larger */
static int shm_more_checks(struct kern_ipc_perm *ipcp, struct ipc_params *params)
{
	if (shp_of(ipcp)->shm_segsz < params->u.size)
		return -EINVAL;
	return 0;
}

/**
 * sys_shmget - shmget(2): the segment for a key, made if asked
 * @key: the key, or IPC_PRIVATE
 * @size: its size in bytes (SHMMIN..shmmax for a new one)
 * @shmflg: IPC_CREAT, IPC_EXCL and the access bits of a new segment
 *
 * Context: process context; may sleep.
 * Return: the id, or -EINVAL (size), -ENOENT, -EEXIST, -EACCES, -ENOSPC, -ENOMEM.
 */
asmlinkage long sys_shmget(key_t key, size_t size, int shmflg)
{
	static struct ipc_ops shm_ops = { .getnew = newseg, .more_checks = shm_more_checks };
	struct ipc_params params = { .key = key, .flg = shmflg, .u.size = size };

	return ipcget(shm_ids, &shm_ops, &params);
}

/* An attach's own file, on the segment's path; ERR_PTR(-ENOMEM/-ENFILE) */
static struct file *shm_attach_file(struct shmid_kernel *shp, struct path *path, fmode_t f_mode,
				    int id)
{
	struct shm_file_data *sfd = kzalloc(sizeof(*sfd), GFP_KERNEL);
	struct file *file = sfd ? get_empty_filp() : NULL;

	if (!file) {
		kfree(sfd);
		return ERR_PTR(sfd ? -ENFILE : -ENOMEM);
	}
	path_get(path);
	file->f_path = *path;
	file->f_inode = path->dentry->d_inode;
	file->f_mapping = shp->shm_file->f_mapping;
	file->f_mode = f_mode;
	file->f_flags = (f_mode & FMODE_WRITE) ? O_RDWR : O_RDONLY;
	file->f_op = &shm_file_operations;
	if (f_mode & FMODE_WRITE)
		get_write_access(file->f_inode);
	sfd->id = id;
	sfd->file = shp->shm_file;
	get_file(sfd->file);
	file->private_data = sfd;
	return file;
}

/* The address shmat asks for: *@addr 0 (anywhere) or rounded (SHM_RND); 0 or -EINVAL */
static int shmat_addr(unsigned long *addr, int shmflg, unsigned long *flags)
{
	if (!*addr) {
		if (shmflg & SHM_REMAP)
			return -EINVAL;
		*flags = MAP_SHARED;
		return 0;
	}
	if (*addr & (SHMLBA - 1)) {
		if (!(shmflg & SHM_RND))
			return -EINVAL;
		*addr &= ~(SHMLBA - 1);
	}
	*flags = MAP_SHARED | MAP_FIXED;
	return 0;
}

/* Map @file at @addr; a fixed address must not overlap a mapping unless SHM_REMAP */
static unsigned long shmat_map(struct file *file, unsigned long addr, unsigned long size,
			       unsigned long prot, unsigned long flags, int shmflg)
{
	struct mm_struct *mm = current->mm;
	unsigned long ret = -EINVAL;

	down_write(&mm->mmap_sem);
	if (addr && !(shmflg & SHM_REMAP)) {
		struct vm_area_struct *vma = find_vma(mm, addr);

		if (vma && vma->vm_start < addr + size)
			goto out;
		/* keep the stack's growth room: 2.6.32's five-page gap below it */
		if (addr < mm->start_stack && addr > mm->start_stack - size - PAGE_SIZE * 5)
			goto out;
	}
	ret = do_mmap(file, addr, size, prot, flags, 0);
out:
	up_write(&mm->mmap_sem);
	return ret;
}

/* The attach is done (or failed): drop do_shmat's own count; maybe the last one */
static void shmat_done(int shmid)
{
	struct shmid_kernel *shp;

	down_write(&shm_ids->rw_mutex);
	shp = shm_lock(shmid);
	BUG_ON(IS_ERR(shp));
	shp->shm_nattch--;
	if (shp->shm_nattch == 0 && (shp->shm_perm.mode & SHM_DEST))
		shm_destroy(shp);
	else
		shm_unlock(shp);
	up_write(&shm_ids->rw_mutex);
}

/**
 * do_shmat - attach a segment: shmat(2)'s work
 * @shmid: the segment's id
 * @shmaddr: where, or NULL for anywhere
 * @shmflg: SHM_RDONLY, SHM_RND, SHM_REMAP, SHM_EXEC
 * @raddr: where the attach address goes
 *
 * The segment is counted as attached (shm_nattch) while it is mapped,
 * so an IPC_RMID meanwhile cannot free it under us.
 *
 * Context: process context; may sleep.
 * Return: 0, or -EINVAL, -EIDRM, -EACCES, -ENOMEM.
 */
long do_shmat(int shmid, char __user *shmaddr, int shmflg, unsigned long *raddr)
{
	unsigned long flags, prot, size, addr;
	struct shmid_kernel *shp;
	int acc_mode = S_IRUGO;
	fmode_t f_mode = FMODE_READ;
	struct file *file;
	struct path path;
	long err;

	if (shmid < 0)
		return -EINVAL;
	addr = (unsigned long)shmaddr;
	err = shmat_addr(&addr, shmflg, &flags);
	if (err)
		return err;
	prot = PROT_READ;
	if (!(shmflg & SHM_RDONLY)) {
		prot |= PROT_WRITE;
		acc_mode |= S_IWUGO;
		f_mode |= FMODE_WRITE;
	}
	if (shmflg & SHM_EXEC) {
		prot |= PROT_EXEC;
		acc_mode |= S_IXUGO;
	}
	shp = shm_lock_check(shmid);
	if (IS_ERR(shp))
		return PTR_ERR(shp);
	if (ipcperms(&shp->shm_perm, acc_mode)) {
		shm_unlock(shp);
		return -EACCES;
	}
	path = shp->shm_file->f_path;
	size = i_size_read(path.dentry->d_inode);
	shp->shm_nattch++; /* held across the unlocked mmap */
	shm_unlock(shp);
	file = shm_attach_file(shp, &path, f_mode, shmid);
	if (IS_ERR(file)) {
		err = PTR_ERR(file);
	} else {
		unsigned long user_addr = shmat_map(file, addr, size, prot, flags, shmflg);

		err = IS_ERR_VALUE(user_addr) ? (long)user_addr : 0;
		*raddr = user_addr;
		fput(file); /* the vma holds it now */
	}
	shmat_done(shmid);
	return err;
}

/* Is @vma an attach of a segment, starting at the segment's offset from @addr? */
static int shm_vma_at(struct vm_area_struct *vma, unsigned long addr)
{
	return vma->vm_ops == &shm_vm_ops && (vma->vm_start - addr) / PAGE_SIZE == vma->vm_pgoff;
}

/**
 * sys_shmdt - shmdt(2): detach the segment attached at @shmaddr
 * @shmaddr: the address shmat returned
 *
 * Unmaps the attach that starts there and the pieces of it (mprotect
 * may have split it) within the segment's size, as 2.6.32 does.
 *
 * Context: process context; may sleep.
 * Return: 0, or -EINVAL (unaligned, or no segment attached there).
 */
asmlinkage long sys_shmdt(char __user *shmaddr)
{
	struct mm_struct *mm = current->mm;
	unsigned long addr = (unsigned long)shmaddr;
	struct vm_area_struct *vma, *next;
	loff_t size = 0;
	long retval = -EINVAL;

	if (addr & ~PAGE_MASK)
		return -EINVAL;
	down_write(&mm->mmap_sem);
	for (vma = find_vma(mm, addr); vma; vma = next) {
		next = vma->vm_next;
		if (shm_vma_at(vma, addr)) {
			size = i_size_read(vma->vm_file->f_path.dentry->d_inode);
			do_munmap(mm, vma->vm_start, vma->vm_end - vma->vm_start);
			retval = 0;
			vma = next;
			break;
		}
	}
	size = PAGE_ALIGN(size);
	for (; vma && (loff_t)(vma->vm_end - addr) <= size; vma = next) {
		next = vma->vm_next;
		if (shm_vma_at(vma, addr))
			do_munmap(mm, vma->vm_start, vma->vm_end - vma->vm_start);
	}
	up_write(&mm->mmap_sem);
	return retval;
}

/* IPC_STAT's record in the caller's layout */
static int copy_shmid_to_user(void __user *buf, struct shmid64_ds *in, int version)
{
	struct shmid_ds out;

	if (version == IPC_64)
		return copy_to_user(buf, in, sizeof(*in)) ? -EFAULT : 0;
	memset(&out, 0, sizeof(out));
	ipc64_perm_to_ipc_perm(&in->shm_perm, &out.shm_perm);
	out.shm_segsz = in->shm_segsz;
	out.shm_atime = in->shm_atime;
	out.shm_dtime = in->shm_dtime;
	out.shm_ctime = in->shm_ctime;
	out.shm_cpid = in->shm_cpid;
	out.shm_lpid = in->shm_lpid;
	out.shm_nattch = in->shm_nattch;
	return copy_to_user(buf, &out, sizeof(out)) ? -EFAULT : 0;
}

/* IPC_SET's record from the caller's layout */
static int copy_shmid_from_user(struct shmid64_ds *out, void __user *buf, int version)
{
	struct shmid_ds old;

	if (version == IPC_64)
		return copy_from_user(out, buf, sizeof(*out)) ? -EFAULT : 0;
	if (copy_from_user(&old, buf, sizeof(old)))
		return -EFAULT;
	out->shm_perm.uid = old.shm_perm.uid;
	out->shm_perm.gid = old.shm_perm.gid;
	out->shm_perm.mode = old.shm_perm.mode;
	return 0;
}

/* IPC_INFO: the limits, in the caller's layout; the highest slot in use */
static int shmctl_ipc_info(void __user *buf, int version)
{
	struct shminfo64 info = { .shmmax = shm_ctlmax,
				  .shmmin = SHMMIN,
				  .shmmni = shm_ctlmni,
				  .shmseg = shm_ctlmni,
				  .shmall = shm_ctlall };
	int max_id;

	if (version == IPC_64) {
		if (copy_to_user(buf, &info, sizeof(info)))
			return -EFAULT;
	} else {
		struct shminfo old = { .shmmin = info.shmmin,
				       .shmmni = info.shmmni,
				       .shmseg = info.shmseg,
				       .shmall = info.shmall };

		old.shmmax = info.shmmax > INT_MAX ? INT_MAX : info.shmmax;

		if (copy_to_user(buf, &old, sizeof(old)))
			return -EFAULT;
	}
	down_read(&shm_ids->rw_mutex);
	max_id = ipc_get_maxid(shm_ids);
	up_read(&shm_ids->rw_mutex);
	return max_id < 0 ? 0 : max_id;
}

/* SHM_INFO: the segments' usage; pages in memory are their page caches' */
static int shmctl_shm_info(void __user *buf)
{
	struct shm_info info;
	int slot, max_id;

	memset(&info, 0, sizeof(info));
	down_read(&shm_ids->rw_mutex);
	info.used_ids = shm_ids->in_use;
	info.shm_tot = shm_tot;
	for (slot = 0; slot <= shm_ids->max_id; slot++) {
		struct kern_ipc_perm *ipcp = shm_ids->entries[slot];

		if (ipcp)
			info.shm_rss += shp_of(ipcp)->shm_file->f_mapping->nrpages;
	}
	max_id = ipc_get_maxid(shm_ids);
	up_read(&shm_ids->rw_mutex);
	if (copy_to_user(buf, &info, sizeof(info)))
		return -EFAULT;
	return max_id < 0 ? 0 : max_id;
}

/* IPC_STAT (by id) and SHM_STAT (by slot: returns the id) */
static int shmctl_stat(int shmid, int cmd, void __user *buf, int version)
{
	struct shmid64_ds tbuf;
	struct shmid_kernel *shp;
	int id;

	shp = cmd == SHM_STAT ? shm_lock(shmid) : shm_lock_check(shmid);
	if (IS_ERR(shp))
		return PTR_ERR(shp);
	id = cmd == SHM_STAT ? shp->shm_perm.id : 0;
	if (ipcperms(&shp->shm_perm, S_IRUGO)) {
		shm_unlock(shp);
		return -EACCES;
	}
	memset(&tbuf, 0, sizeof(tbuf));
	kernel_to_ipc64_perm(&shp->shm_perm, &tbuf.shm_perm);
	tbuf.shm_segsz = shp->shm_segsz;
	tbuf.shm_atime = shp->shm_atim;
	tbuf.shm_dtime = shp->shm_dtim;
	tbuf.shm_ctime = shp->shm_ctim;
	tbuf.shm_cpid = shp->shm_cprid;
	tbuf.shm_lpid = shp->shm_lprid;
	tbuf.shm_nattch = shp->shm_nattch;
	shm_unlock(shp);
	if (copy_shmid_to_user(buf, &tbuf, version))
		return -EFAULT;
	return id;
}

/*
 * SHM_LOCK and SHM_UNLOCK: CAP_IPC_LOCK, or the owner or creator with a
 * non-zero RLIMIT_MEMLOCK (for SHM_LOCK). The pages of a ramfs file are
 * never reclaimed, so only the flag changes.
 */
static int shmctl_lock(int shmid, int cmd)
{
	struct shmid_kernel *shp = shm_lock_check(shmid);

	if (IS_ERR(shp))
		return PTR_ERR(shp);
	if (!capable(CAP_IPC_LOCK)) {
		uid_t euid = current_euid();

		if ((euid != shp->shm_perm.uid && euid != shp->shm_perm.cuid) ||
		    (cmd == SHM_LOCK && !current->signal->rlim[RLIMIT_MEMLOCK].rlim_cur)) {
			shm_unlock(shp);
			return -EPERM;
		}
	}
	if (cmd == SHM_LOCK)
		shp->shm_perm.mode |= SHM_LOCKED;
	else
		shp->shm_perm.mode &= ~SHM_LOCKED;
	shm_unlock(shp);
	return 0;
}

/* IPC_RMID: destroyed now if unattached, else at the last detach */
static void do_shm_rmid(struct shmid_kernel *shp)
{
	if (!shp->shm_nattch) {
		shm_destroy(shp);
		return;
	}
	shp->shm_perm.mode |= SHM_DEST;
	shp->shm_perm.key = IPC_PRIVATE; /* a new shmget of the key makes a new segment */
	shm_unlock(shp);
}

/* IPC_SET and IPC_RMID: owner, creator or CAP_SYS_ADMIN only */
static int shmctl_down(int shmid, int cmd, struct shmid_ds __user *buf, int version)
{
	struct shmid64_ds set;
	struct kern_ipc_perm *ipcp;

	if (cmd == IPC_SET && copy_shmid_from_user(&set, buf, version))
		return -EFAULT;
	ipcp = ipcctl_pre_down(shm_ids, shmid, cmd, &set.shm_perm, 0);
	if (IS_ERR(ipcp))
		return PTR_ERR(ipcp);
	if (cmd == IPC_RMID) {
		do_shm_rmid(shp_of(ipcp));
	} else {
		ipc_update_perm(&set.shm_perm, ipcp);
		shp_of(ipcp)->shm_ctim = get_seconds();
		ipc_unlock(ipcp);
	}
	up_write(&shm_ids->rw_mutex);
	return 0;
}

/**
 * sys_shmctl - shmctl(2): a segment's record, owner, lock flag and removal
 * @shmid: the segment's id (SHM_STAT: a slot; the INFO commands: ignored)
 * @cmd: IPC_STAT, IPC_SET, IPC_RMID, IPC_INFO, SHM_INFO, SHM_STAT,
 *       SHM_LOCK, SHM_UNLOCK; | IPC_64 for the IPC_64 records
 * @buf: the record
 *
 * Context: process context; may sleep.
 * Return: 0, an id or slot (the INFO and STAT commands), or -EINVAL,
 * -EFAULT, -EACCES, -EPERM, -EIDRM.
 */
asmlinkage long sys_shmctl(int shmid, int cmd, struct shmid_ds __user *buf)
{
	int version;

	if (cmd < 0 || shmid < 0)
		return -EINVAL;
	version = ipc_parse_version(&cmd);
	switch (cmd) {
	case IPC_INFO:
		return shmctl_ipc_info(buf, version);
	case SHM_INFO:
		return shmctl_shm_info(buf);
	case SHM_STAT:
	case IPC_STAT:
		return shmctl_stat(shmid, cmd, buf, version);
	case SHM_LOCK:
	case SHM_UNLOCK:
		return shmctl_lock(shmid, cmd);
	case IPC_RMID:
	case IPC_SET:
		return shmctl_down(shmid, cmd, buf, version);
	default:
		return -EINVAL;
	}
}

static int sysvipc_shm_proc_show(struct seq_file *s, void *it)
{
	struct shmid_kernel *shp = it;

	return seq_printf(s,
			  "%10d %10d  %4o %10lu %5u %5u  %5lu %5u %5u %5u %5u %10lu %10lu %10lu\n",
			  shp->shm_perm.key, shp->shm_perm.id, shp->shm_perm.mode, shp->shm_segsz,
			  shp->shm_cprid, shp->shm_lprid, shp->shm_nattch, shp->shm_perm.uid,
			  shp->shm_perm.gid, shp->shm_perm.cuid, shp->shm_perm.cgid, shp->shm_atim,
			  shp->shm_dtim, shp->shm_ctim);
}
