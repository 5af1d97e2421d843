/*
 * base.c - /proc/PID and /proc/self: a directory for every process.
 *
 * These directories are not proc_dir_entries: nothing registers them.
 * When a walk asks /proc for a name no entry has, proc_pid_lookup() reads
 * it as a number, finds the task, and makes an inode on the spot that
 * holds the task (struct proc_inode's @task). The directory's contents
 * come from a table, tgid_base_stuff[], one struct pid_entry per name
 * with the kind of file it is:
 *
 *   ONE  a seq_file show function (stat, status, statm)
 *   INF  a function that prints into a page (cmdline, environ, auxv, oom_score)
 *   REG  file_operations of its own (maps, mem, oom_adj)
 *   LNK  a symlink whose target is a path (exe, cwd, root)
 *   DIR  a directory with its own table or lookup (fd, task)
 *
 *   open("/proc/42/stat") -> proc_root_lookup("42") -> proc_pid_lookup
 *        -> proc_pid_instantiate (dir inode, task 42 held)
 *        -> proc_tgid_base_lookup("stat") -> proc_pident_instantiate
 *   read() -> proc_single_show -> get_proc_task -> proc_tgid_stat()
 *
 * Every read looks the task up again (get_proc_task): once the task has
 * been reaped the files answer -ESRCH. The dentries stay cached while the
 * task lives; each cached one is checked at lookup (pid_revalidate), and
 * at reaping release_task() drops the task's directories from the cache
 * (proc_flush_task), so the names are gone even while a file under them
 * is open, and a dead task's dentry is freed at its last dput
 * (pid_delete_dentry). The links (exe, cwd, root, fd/N) are
 * followed by jumping: follow_link puts the target's path straight into
 * the walk (LAST_BIND), so /proc/PID/fd/3 reaches an unlinked file or a
 * pipe too; readlink prints the path with d_path ("pipe:[N]" for pipes).
 *
 * Differences from 2.6.32: Linnet has no struct pid, so an inode holds a
 * reference on the task itself (its pid cannot be handed out again
 * meanwhile, which is what 2.6.32's struct pid guarantees); the files are
 * owned as 2.6.32's (the task's euid and egid, refreshed at each lookup by
 * pid_revalidate and at each stat by pid_getattr, root's once the task is
 * gone, and root's while the task is not dumpable: task_dumpable); the
 * links (exe, cwd, root, fd/N), environ and maps need ptrace_may_access()
 * (kernel/ptrace.c), as in 2.6.32; mem reads only for the task itself
 * and its ptrace tracer, and has
 * no write, as 2.6.32 built it; readdir gives the
 * pid directories inode number 1, as 2.6.32 does when it cannot
 * instantiate them. Files 2.6.32 has that Linnet lacks: wchan,
 * smaps, mountinfo, mountstats, coredump_filter, io, loginuid, ...
 * See docs/procfs.md ("Processes in /proc").
 */
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/fs.h>
#include <linux/fs_struct.h>
#include <linux/fdtable.h>
#include <linux/file.h>
#include <linux/dcache.h>
#include <linux/namei.h>
#include <linux/mount.h>
#include <linux/path.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/oom.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/uaccess.h>
#include <linux/irqflags.h>
#include <linux/kernel.h>
#include <linux/ktime.h>
#include <linux/ptrace.h>
#include "internal.h"

/* Enough for "-2147483648" and the NUL */
#define PROC_NUMBUF 13

/**
 * struct pid_entry - one name in a /proc/PID directory
 * @name: the name
 * @len: its length
 * @mode: S_IFREG/S_IFDIR/S_IFLNK and the permission bits
 * @iop: the inode operations (directories and links)
 * @fop: the file operations
 * @op: how the contents are made (union proc_op)
 */
struct pid_entry {
	const char *name;
	int len;
	mode_t mode;
	const struct inode_operations *iop;
	const struct file_operations *fop;
	union proc_op op;
};

#define NOD(NAME, MODE, IOP, FOP, OP)                                                          \
	{                                                                                      \
		.name = (NAME), .len = sizeof(NAME) - 1, .mode = MODE, .iop = IOP, .fop = FOP, \
		.op = OP                                                                       \
	}
#define DIR(NAME, MODE, iops, fops) NOD(NAME, (S_IFDIR | (MODE)), &iops, &fops, {})
#define LNK(NAME, get_link)                                                     \
	NOD(NAME, (S_IFLNK | S_IRWXUGO), &proc_pid_link_inode_operations, NULL, \
	    { .proc_get_link = get_link })
#define REG(NAME, MODE, fops) NOD(NAME, (S_IFREG | (MODE)), NULL, &fops, {})
#define INF(NAME, MODE, read) \
	NOD(NAME, (S_IFREG | (MODE)), NULL, &proc_info_file_operations, { .proc_read = read })
#define ONE(NAME, MODE, show) \
	NOD(NAME, (S_IFREG | (MODE)), NULL, &proc_single_file_operations, { .proc_show = show })

/* Is @task still a task (not yet reaped)? tasklist_lock held */
static bool pid_alive(struct task_struct *task)
{
	return !list_empty(&task->tasks);
}

/**
 * get_proc_task - the task a /proc/PID inode shows, if it still lives
 * @inode: an inode under /proc/PID
 *
 * Return: the task with a reference (put_task_struct() it), or NULL once
 * it has been reaped.
 * Context: any.
 */
struct task_struct *get_proc_task(struct inode *inode)
{
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	struct task_struct *task = PROC_I(inode)->task;
	unsigned long flags;

	spin_lock_irqsave(&tasklist_lock, flags);
	if (task && pid_alive(task))
		get_task_struct(task);
	else
		task = NULL;
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return task;
}

/* The task with pid @nr, with a reference; NULL if none (pid 0 is not shown) */
static struct task_struct *get_pid_task_nr(pid_t nr)
{
	struct task_struct *task = NULL;
	unsigned long flags;

	if (nr <= 0)
		return NULL;
	spin_lock_irqsave(&tasklist_lock, flags);
	task = find_task_by_pid(nr);
	if (task)
		get_task_struct(task);
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return task;
}

/* A name that is a decimal number without leading zeros, or ~0U */
static unsigned int name_to_int(const struct dentry *dentry)
{
	const char *name = (const char *)dentry->d_name.name;
	int len = dentry->d_name.len;
	unsigned int n = 0;

	if (len > 1 && *name == '0')
		return ~0U;
	while (len-- > 0) {
		unsigned int c = *name++ - '0';

		if (c > 9 || n >= ~0U / 10)
			return ~0U;
		n = n * 10 + c;
	}
	return n;
}

/*
 * task_dumpable - may the task's files show its owner? Only if it has an
 * mm whose dumpable flag is SUID_DUMP_USER (fs/exec.c:set_dumpable): a
 * set-user-ID program, a process that changed its ids or that said
 * prctl(PR_SET_DUMPABLE, 0), and a kernel thread, have root-owned files.
 */
static int task_dumpable(struct task_struct *task)
{
	struct mm_struct *mm = get_task_mm(task);
	int dumpable = 0;

	if (mm) {
		dumpable = get_dumpable(mm);
		mmput(mm);
	}
	return dumpable == SUID_DUMP_USER;
}

/*
 * pid_owner - who owns @inode of @task: the task's euid and egid for its
 * directory and, if it is dumpable, its files; root otherwise.
 */
static void pid_owner(struct task_struct *task, struct inode *inode, uid_t *uid, gid_t *gid)
{
	if (inode->i_mode == (S_IFDIR | S_IRUGO | S_IXUGO) || task_dumpable(task)) {
		*uid = task->cred.euid;
		*gid = task->cred.egid;
	} else {
		*uid = 0;
		*gid = 0;
	}
}

/*
 * A cached /proc/PID dentry is checked at each lookup (the walk's
 * d_revalidate): once the task is gone it is dropped, and the lookup
 * that follows finds no task (-ENOENT), even while a file under it is
 * still open and holds the dentry. While the task lives, the inode's
 * owner follows the task's credentials. As 2.6.32's pid_revalidate.
 */
static int pid_revalidate(struct dentry *dentry, struct nameidata *nd)
{
	struct inode *inode = dentry->d_inode;
	struct task_struct *task = get_proc_task(inode);

	if (task) {
		pid_owner(task, inode, &inode->i_uid, &inode->i_gid);
		inode->i_mode &= ~(S_ISUID | S_ISGID);
		put_task_struct(task);
		return 1;
	}
	d_drop(dentry);
	return 0;
}

/*
 * stat of a /proc/PID directory: the owner as the task is now, root's if
 * it is gone. A walk does not revalidate its last "." or ".." (2.6.32's
 * walk does so only on FS_REVAL_DOT file systems, which proc is not), nor
 * an fstat, so stat computes the owner afresh. As 2.6.32's pid_getattr.
 */
static int pid_getattr(struct vfsmount *mnt, struct dentry *dentry, struct kstat *stat)
{
	struct inode *inode = dentry->d_inode;
	struct task_struct *task = get_proc_task(inode);

	generic_fillattr(inode, stat);
	stat->uid = 0;
	stat->gid = 0;
	if (task) {
		pid_owner(task, inode, &stat->uid, &stat->gid);
		put_task_struct(task);
	}
	return 0;
}

/*
 * At the last dput: keep the dentry cached while its task lives, kill it
 * at once if the task is gone (2.6.32's pid_delete_dentry). Called with
 * dcache_lock held, so the task list is read without tasklist_lock, as
 * 2.6.32 reads the pid's task list: a stale answer only caches a dentry
 * that pid_revalidate() will drop.
 */
static int pid_delete_dentry(struct dentry *dentry)
{
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	struct task_struct *task = PROC_I(dentry->d_inode)->task;

	return !task || list_empty(&task->tasks);
}

static const struct dentry_operations pid_dentry_operations = {
	.d_revalidate = pid_revalidate,
	.d_delete = pid_delete_dentry,
};

/* A new inode for something under /proc/PID of @task (its reference is taken) */
static struct inode *proc_pid_make_inode(struct super_block *sb, struct task_struct *task)
{
	struct inode *inode = new_inode(sb);
	struct proc_inode *ei;

	if (!inode)
		return NULL;
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	ei = PROC_I(inode);
	inode->i_mtime = inode->i_atime = inode->i_ctime = current_fs_time(sb);
	inode->i_uid = 0;
	inode->i_gid = 0;
	if (task_dumpable(task)) {
		inode->i_uid = task->cred.euid;
		inode->i_gid = task->cred.egid;
	}
	get_task_struct(task);
	ei->task = task;
	return inode;
}

/*
 * Files of the "INF" kind: a function prints the contents into a page,
 * and read() gives the part the reader asked for.
 */
static ssize_t read_from_page(char __user *to, size_t count, loff_t *ppos, const char *from,
			      size_t available)
{
	loff_t pos = *ppos;

	if (pos < 0)
		return -EINVAL;
	if (pos >= available || !count)
		return 0;
	if (count > available - pos)
		count = available - pos;
	if (copy_to_user(to, from + pos, count))
		return -EFAULT;
	*ppos = pos + count;
	return count;
}

static ssize_t proc_info_read(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	struct inode *inode = file->f_path.dentry->d_inode;
	struct task_struct *task = get_proc_task(inode);
	unsigned long page;
	ssize_t length;

	if (!task)
		return -ESRCH;
	length = -ENOMEM;
	page = __get_free_page(GFP_TEMPORARY);
	if (page) {
		/* cppcheck-suppress nullPointer ; container_of, not a dereference */
		length = PROC_I(inode)->op.proc_read(task, (char *)page);
		if (length >= 0)
			length = read_from_page(buf, count, ppos, (char *)page, length);
		free_page(page);
	}
	put_task_struct(task);
	return length;
}

static const struct file_operations proc_info_file_operations = {
	.read = proc_info_read,
};

/* Files of the "ONE" kind: a seq_file show function given the task */
static int proc_single_show(struct seq_file *m, void *v)
{
	struct inode *inode = m->private;
	struct task_struct *task = get_proc_task(inode);
	int ret;

	if (!task)
		return -ESRCH;
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	ret = PROC_I(inode)->op.proc_show(m, task);
	put_task_struct(task);
	return ret;
}

static int proc_single_open(struct inode *inode, struct file *filp)
{
	return single_open(filp, proc_single_show, inode);
}

static const struct file_operations proc_single_file_operations = {
	.open = proc_single_open,
	.read = seq_read,
	.llseek = seq_lseek,
	.release = single_release,
};

/*
 * cmdline and environ: the strings at the top of the process's stack,
 * read from its address space (access_process_vm). A process that
 * overwrote the NUL after its last argument (setproctitle) has its
 * command line continue into the environment, as 2.6.32 shows it.
 */
static int proc_pid_cmdline(struct task_struct *task, char *buffer)
{
	struct mm_struct *mm = get_task_mm(task);
	unsigned int len;
	int res = 0;

	if (!mm)
		return 0;
	if (!mm->arg_end)
		goto out_mm; /* exec() has not set it up yet */
	len = mm->arg_end - mm->arg_start;
	if (len > PAGE_SIZE)
		len = PAGE_SIZE;
	res = access_process_vm(task, mm->arg_start, buffer, len, 0);
	if (res > 0 && buffer[res - 1] != '\0' && len < PAGE_SIZE) {
		len = strnlen(buffer, res);
		if (len < res) {
			res = len;
		} else {
			len = mm->env_end - mm->env_start;
			if (len > PAGE_SIZE - res)
				len = PAGE_SIZE - res;
			res += access_process_vm(task, mm->env_start, buffer + res, len, 0);
			res = strnlen(buffer, res);
		}
	}
out_mm:
	mmput(mm);
	return res;
}

static int proc_pid_environ(struct task_struct *task, char *buffer)
{
	struct mm_struct *mm;
	unsigned int len;
	int res;

	if (!ptrace_may_access(task, PTRACE_MODE_READ))
		return -ESRCH; /* 2.6.32.69's answer; later Linux refuses the open (-EACCES) */
	mm = get_task_mm(task);
	if (!mm)
		return 0;
	len = mm->env_end - mm->env_start;
	if (len > PAGE_SIZE)
		len = PAGE_SIZE;
	res = access_process_vm(task, mm->env_start, buffer, len, 0);
	mmput(mm);
	return res;
}

/*
 * auxv: the auxiliary vector exec gave the program (mm->saved_auxv,
 * filled by fs/binfmt_elf.c:create_elf_tables), key-value words up to
 * and including the AT_NULL pair. 2.6.32 asks nothing more than the
 * file's mode (0400, owned by the task's euid, by root's while it is
 * not dumpable); later Linux also asks ptrace_may_access() at open.
 */
static int proc_pid_auxv(struct task_struct *task, char *buffer)
{
	struct mm_struct *mm = get_task_mm(task);
	unsigned int nwords = 0;
	int res;

	if (!mm)
		return 0;
	do {
		nwords += 2;
	} while (nwords < AT_VECTOR_SIZE && mm->saved_auxv[nwords - 2] != AT_NULL);
	res = nwords * sizeof(mm->saved_auxv[0]);
	memcpy(buffer, mm->saved_auxv, res);
	mmput(mm);
	return res;
}

/*
 * mem: the process's address space as a file, the file position being
 * the address. 2.6.32's rules (check_mem_permission): a task may read
 * its own; a tracer that stopped it may read it; nobody else, and the
 * read says -ESRCH (the open succeeds: only the mode 0600 is checked
 * there). A
 * read that starts at an address nothing maps says -EIO; one that runs
 * into such an address returns what it read up to there. An fd opened
 * before the opener's last execve reads -EIO (self_exec_id): the new
 * program does not read through the old one's files. 2.6.32 compiles
 * mem_write out ("a security hazard"): the file has no write, and
 * write() says -EINVAL; writes came back in 2.6.39.
 */
static int check_mem_permission(struct task_struct *task)
{
	if (task == current)
		return 0;
	/* a tracer, once the tracee stopped for it (kernel/ptrace.c) */
	if (task_is_stopped_or_traced(task) && (task->ptrace & PT_PTRACED) &&
	    task->parent == current && ptrace_may_access(task, PTRACE_MODE_ATTACH))
		return 0;
	return -EPERM;
}

static int mem_open(struct inode *inode, struct file *file)
{
	file->private_data = (void *)(long)current->self_exec_id;
	return 0;
}

static ssize_t mem_read(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	struct task_struct *task = get_proc_task(file->f_path.dentry->d_inode);
	unsigned long src = *ppos;
	struct mm_struct *mm;
	ssize_t ret = -ESRCH;
	char *page;

	if (!task)
		return -ESRCH;
	if (check_mem_permission(task))
		goto out;
	ret = -ENOMEM;
	page = (char *)__get_free_page(GFP_TEMPORARY);
	if (!page)
		goto out;
	ret = 0;
	mm = get_task_mm(task);
	if (!mm)
		goto out_free;
	ret = -EIO;
	if (file->private_data != (void *)(long)current->self_exec_id)
		goto out_put;
	ret = 0;
	while (count > 0) {
		int this_len = count > PAGE_SIZE ? PAGE_SIZE : count;
		int got = access_process_vm(task, src, page, this_len, 0);

		if (!got || check_mem_permission(task)) {
			if (!ret)
				ret = -EIO;
			break;
		}
		if (copy_to_user(buf, page, got)) {
			ret = -EFAULT;
			break;
		}
		ret += got;
		src += got;
		buf += got;
		count -= got;
	}
	*ppos = src;
out_put:
	mmput(mm);
out_free:
	free_page((unsigned long)page);
out:
	put_task_struct(task);
	return ret;
}

/* Only SEEK_SET and SEEK_CUR: the end of an address space means nothing */
static loff_t mem_lseek(struct file *file, loff_t offset, int origin)
{
	switch (origin) {
	case SEEK_SET:
		file->f_pos = offset;
		break;
	case SEEK_CUR:
		file->f_pos += offset;
		break;
	default:
		return -EINVAL;
	}
	return file->f_pos;
}

static const struct file_operations proc_mem_operations = {
	.llseek = mem_lseek,
	.read = mem_read,
	.open = mem_open,
};

/* oom_score: what badness() says now (mm/oom_kill.c) */
static int proc_oom_score(struct task_struct *task, char *buffer)
{
	struct timespec uptime;
	unsigned long points;

	ktime_get_ts(&uptime);
	points = badness(task, uptime.tv_sec);

	return sprintf(buffer, "%lu\n", points);
}

/* oom_adj: read and written as a number, -17 (never kill) to 15 */
static ssize_t oom_adjust_read(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	struct task_struct *task = get_proc_task(file->f_path.dentry->d_inode);
	char buffer[PROC_NUMBUF];
	size_t len;
	int oom_adjust;

	if (!task)
		return -ESRCH;
	oom_adjust = task->signal->oom_adj;
	put_task_struct(task);
	len = snprintf(buffer, sizeof(buffer), "%i\n", oom_adjust);
	return read_from_page(buf, count, ppos, buffer, len);
}

static ssize_t oom_adjust_write(struct file *file, const char __user *buf, size_t count,
				loff_t *ppos)
{
	struct task_struct *task;
	char buffer[PROC_NUMBUF], *end;
	long oom_adjust;

	memset(buffer, 0, sizeof(buffer));
	if (count > sizeof(buffer) - 1)
		count = sizeof(buffer) - 1;
	if (copy_from_user(buffer, buf, count))
		return -EFAULT;
	oom_adjust = simple_strtol(buffer, &end, 0);
	if ((oom_adjust < OOM_ADJUST_MIN || oom_adjust > OOM_ADJUST_MAX) &&
	    oom_adjust != OOM_DISABLE)
		return -EINVAL;
	if (*end == '\n')
		end++;
	task = get_proc_task(file->f_path.dentry->d_inode);
	if (!task)
		return -ESRCH;
	/* The thread group's (signal_struct), as 2.6.32 */
	task->signal->oom_adj = oom_adjust;
	put_task_struct(task);
	if (end - buffer == 0)
		return -EIO;
	return end - buffer;
}

static const struct file_operations proc_oom_adjust_operations = {
	.read = oom_adjust_read,
	.write = oom_adjust_write,
};

/*
 * The links. Each get_link puts a referenced path in @path. The task's
 * fs_struct and files_struct are taken with interrupts off: on one CPU
 * the task cannot let go of them (exit_fs, exit_files) meanwhile.
 */
/* proc_fs_link - the task's current directory or root, as @get_fs_path gives it */
static int proc_fs_link(struct inode *inode, struct path *path,
			void (*get_fs_path)(struct fs_struct *, struct path *))
{
	struct task_struct *task = get_proc_task(inode);
	int result = -ENOENT;
	unsigned long flags;

	if (!task)
		return result;
	local_irq_save(flags);
	if (task->fs) {
		get_fs_path(task->fs, path);
		result = 0;
	}
	local_irq_restore(flags);
	put_task_struct(task);
	return result;
}

static int proc_cwd_link(struct inode *inode, struct path *path)
{
	return proc_fs_link(inode, path, get_fs_pwd);
}

static int proc_root_link(struct inode *inode, struct path *path)
{
	return proc_fs_link(inode, path, get_fs_root);
}

static int proc_exe_link(struct inode *inode, struct path *exe_path)
{
	struct task_struct *task = get_proc_task(inode);
	struct mm_struct *mm;
	struct file *exe_file;

	if (!task)
		return -ENOENT;
	mm = get_task_mm(task);
	put_task_struct(task);
	if (!mm)
		return -ENOENT;
	exe_file = get_mm_exe_file(mm);
	mmput(mm);
	if (!exe_file)
		return -ENOENT;
	*exe_path = exe_file->f_path;
	path_get(exe_path);
	fput(exe_file);
	return 0;
}

/* The open file @fd of the task of @inode, with a reference, or NULL */
static struct file *proc_task_file(struct inode *inode, int fd)
{
	struct task_struct *task = get_proc_task(inode);
	struct files_struct *files = NULL;
	struct file *file = NULL;
	unsigned long flags;

	if (!task)
		return NULL;
	local_irq_save(flags);
	files = get_files_struct(task);
	local_irq_restore(flags);
	put_task_struct(task);
	if (!files)
		return NULL;
	spin_lock(&files->file_lock);
	file = fcheck_files(files, fd);
	if (file)
		get_file(file);
	spin_unlock(&files->file_lock);
	put_files_struct(files);
	return file;
}

static int proc_fd_link(struct inode *inode, struct path *path)
{
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	struct file *file = proc_task_file(inode, PROC_I(inode)->fd);

	if (!file)
		return -ENOENT;
	*path = file->f_path;
	path_get(path);
	fput(file);
	return 0;
}

/*
 * May the caller see where the links of @inode's task lead (exe, cwd,
 * root, fd/N)? Only if it may inspect the task: ptrace_may_access(), as
 * 2.6.32's proc_fd_access_allowed. The links' mode is rwxrwxrwx, so this
 * is their only guard.
 */
static int proc_fd_access_allowed(struct inode *inode)
{
	struct task_struct *task = get_proc_task(inode);
	int allowed = 0;

	if (task) {
		allowed = ptrace_may_access(task, PTRACE_MODE_READ);
		put_task_struct(task);
	}
	return allowed;
}

/* follow_link: jump to the target's path (2.6.32's proc_pid_follow_link) */
static void *proc_pid_follow_link(struct dentry *dentry, struct nameidata *nd)
{
	struct inode *inode = dentry->d_inode;
	struct path path;
	int error;

	if (!proc_fd_access_allowed(inode))
		return ERR_PTR(-EACCES); /* the walk puts nd->path */
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	error = PROC_I(inode)->op.proc_get_link(inode, &path);
	if (error)
		return ERR_PTR(error); /* the walk puts nd->path */
	path_put(&nd->path);
	nd->path = path;
	nd->last_type = LAST_BIND;
	return NULL;
}

/* readlink: the target's path as d_path() prints it */
static int do_proc_readlink(struct path *path, char __user *buffer, int buflen)
{
	char *tmp = (char *)__get_free_page(GFP_TEMPORARY);
	char *pathname;
	int len;

	if (!tmp)
		return -ENOMEM;
	pathname = d_path(path, tmp, PAGE_SIZE);
	len = PTR_ERR(pathname);
	if (IS_ERR(pathname))
		goto out;
	len = tmp + PAGE_SIZE - 1 - pathname;
	if (len > buflen)
		len = buflen;
	if (copy_to_user(buffer, pathname, len))
		len = -EFAULT;
out:
	free_page((unsigned long)tmp);
	return len;
}

static int proc_pid_readlink(struct dentry *dentry, char __user *buffer, int buflen)
{
	struct inode *inode = dentry->d_inode;
	struct path path;
	int error;

	if (!proc_fd_access_allowed(inode))
		return -EACCES;
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	error = PROC_I(inode)->op.proc_get_link(inode, &path);
	if (error)
		return error;
	error = do_proc_readlink(&path, buffer, buflen);
	path_put(&path);
	return error;
}

static const struct inode_operations proc_pid_link_inode_operations = {
	.readlink = proc_pid_readlink,
	.follow_link = proc_pid_follow_link,
};

/* Make the inode of table entry @p of @task's directory, and add it to @dentry */
static struct dentry *proc_pident_instantiate(struct inode *dir, struct dentry *dentry,
					      struct task_struct *task, const struct pid_entry *p)
{
	struct inode *inode = proc_pid_make_inode(dir->i_sb, task);
	struct proc_inode *ei;

	if (!inode)
		return ERR_PTR(-ENOMEM);
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	ei = PROC_I(inode);
	inode->i_mode = p->mode;
	inode->i_nlink = S_ISDIR(inode->i_mode) ? 2 : 1;
	if (p->iop)
		inode->i_op = p->iop;
	if (p->fop)
		inode->i_fop = p->fop;
	ei->op = p->op;
	dentry->d_op = &pid_dentry_operations;
	d_add(dentry, inode);
	return NULL;
}

/* Look @dentry's name up in a table of @nents entries */
static struct dentry *proc_pident_lookup(struct inode *dir, struct dentry *dentry,
					 const struct pid_entry *ents, unsigned int nents)
{
	struct task_struct *task = get_proc_task(dir);
	struct dentry *error = ERR_PTR(-ENOENT);
	const struct pid_entry *p, *last;

	if (!task)
		return error;
	last = &ents[nents - 1];
	for (p = ents; p <= last; p++) {
		if (p->len != dentry->d_name.len)
			continue;
		if (!memcmp(dentry->d_name.name, p->name, p->len)) {
			error = proc_pident_instantiate(dir, dentry, task, p);
			break;
		}
	}
	put_task_struct(task);
	return error;
}

static unsigned char mode_dtype(mode_t mode)
{
	if (S_ISDIR(mode))
		return DT_DIR;
	return S_ISLNK(mode) ? DT_LNK : DT_REG;
}

/* ".", "..", then the table's names */
static int proc_pident_readdir(struct file *filp, void *dirent, filldir_t filldir,
			       const struct pid_entry *ents, unsigned int nents)
{
	struct dentry *dentry = filp->f_path.dentry;
	struct inode *inode = dentry->d_inode;
	struct task_struct *task = get_proc_task(inode);
	unsigned int i;

	if (!task)
		return -ENOENT;
	put_task_struct(task);
	if (filp->f_pos == 0) {
		if (filldir(dirent, ".", 1, 0, inode->i_ino, DT_DIR) < 0)
			return 0;
		filp->f_pos++;
	}
	if (filp->f_pos == 1) {
		if (filldir(dirent, "..", 2, 1, dentry->d_parent->d_inode->i_ino, DT_DIR) < 0)
			return 0;
		filp->f_pos++;
	}
	for (i = filp->f_pos - 2; i < nents; i++) {
		const struct pid_entry *p = &ents[i];

		if (filldir(dirent, p->name, p->len, filp->f_pos, 1, mode_dtype(p->mode)) < 0)
			return 0;
		filp->f_pos++;
	}
	return 1;
}

/*
 * /proc/PID/fd: a link per open descriptor, named by its number. The
 * link's permission bits say how the file is open (r-x, -wx or rwx for
 * the owner), as 2.6.32's proc_fd_instantiate sets them.
 */
/* The permission bits of the link for @file: how it is open, for the owner */
static mode_t proc_fd_mode(const struct file *file)
{
	mode_t mode = S_IFLNK;

	if (file->f_mode & FMODE_READ)
		mode |= S_IRUSR | S_IXUSR;
	if (file->f_mode & FMODE_WRITE)
		mode |= S_IWUSR | S_IXUSR;
	return mode;
}

/*
 * A cached /proc/PID/fd/N holds while the task lives and N is open; its
 * mode follows the file now open as N, and its owner the task's
 * (2.6.32's tid_fd_revalidate).
 */
static int tid_fd_revalidate(struct dentry *dentry, struct nameidata *nd)
{
	struct inode *inode = dentry->d_inode;
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	struct file *file = proc_task_file(inode, PROC_I(inode)->fd);
	struct task_struct *task = get_proc_task(inode);

	if (file && task) {
		inode->i_mode = proc_fd_mode(file);
		pid_owner(task, inode, &inode->i_uid, &inode->i_gid);
		fput(file);
		put_task_struct(task);
		return 1;
	}
	if (file)
		fput(file);
	if (task)
		put_task_struct(task);
	d_drop(dentry);
	return 0;
}

static const struct dentry_operations tid_fd_dentry_operations = {
	.d_revalidate = tid_fd_revalidate,
	.d_delete = pid_delete_dentry,
};

static struct dentry *proc_fd_instantiate(struct inode *dir, struct dentry *dentry,
					  struct task_struct *task, int fd)
{
	struct file *file = proc_task_file(dir, fd);
	struct inode *inode;
	struct proc_inode *ei;

	if (!file)
		return ERR_PTR(-ENOENT);
	inode = proc_pid_make_inode(dir->i_sb, task);
	if (!inode) {
		fput(file);
		return ERR_PTR(-ENOMEM);
	}
	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	ei = PROC_I(inode);
	ei->fd = fd;
	inode->i_mode = proc_fd_mode(file);
	fput(file);
	inode->i_op = &proc_pid_link_inode_operations;
	inode->i_size = 64;
	ei->op.proc_get_link = proc_fd_link;
	dentry->d_op = &tid_fd_dentry_operations;
	d_add(dentry, inode);
	return NULL;
}

static struct dentry *proc_lookupfd(struct inode *dir, struct dentry *dentry, struct nameidata *nd)
{
	struct task_struct *task = get_proc_task(dir);
	unsigned int fd = name_to_int(dentry);
	struct dentry *result = ERR_PTR(-ENOENT);

	if (!task)
		return result;
	if (fd != ~0U && fd <= INT_MAX)
		result = proc_fd_instantiate(dir, dentry, task, fd);
	put_task_struct(task);
	return result;
}

/* The first open descriptor >= @fd of @files, or -1 */
static int next_open_fd(struct files_struct *files, unsigned int fd)
{
	struct fdtable *fdt;
	int found = -1;

	spin_lock(&files->file_lock);
	fdt = files_fdtable(files);
	for (; fd < fdt->max_fds; fd++) {
		if (fdt->fd[fd]) {
			found = fd;
			break;
		}
	}
	spin_unlock(&files->file_lock);
	return found;
}

static int proc_readfd(struct file *filp, void *dirent, filldir_t filldir)
{
	struct dentry *dentry = filp->f_path.dentry;
	struct inode *inode = dentry->d_inode;
	struct task_struct *task = get_proc_task(inode);
	struct files_struct *files;
	unsigned long flags;
	int fd;

	if (!task)
		return -ENOENT;
	local_irq_save(flags);
	files = get_files_struct(task);
	local_irq_restore(flags);
	put_task_struct(task);
	if (filp->f_pos == 0) {
		if (filldir(dirent, ".", 1, 0, inode->i_ino, DT_DIR) < 0)
			goto out;
		filp->f_pos++;
	}
	if (filp->f_pos == 1) {
		if (filldir(dirent, "..", 2, 1, dentry->d_parent->d_inode->i_ino, DT_DIR) < 0)
			goto out;
		filp->f_pos++;
	}
	if (!files)
		return 0;
	/* f_pos - 2 is the descriptor to look from */
	while ((fd = next_open_fd(files, filp->f_pos - 2)) >= 0) {
		char name[PROC_NUMBUF];
		int len = snprintf(name, sizeof(name), "%d", fd);

		filp->f_pos = fd + 2;
		if (filldir(dirent, name, len, filp->f_pos, 1, DT_LNK) < 0)
			break;
		filp->f_pos++;
	}
out:
	if (files)
		put_files_struct(files);
	return 0;
}

static const struct file_operations proc_fd_operations = {
	.read = generic_read_dir,
	.readdir = proc_readfd,
};

/*
 * /proc/PID/fd is r-x for its owner only; a thread may always list its
 * own (2.6.32's proc_fd_permission), even when it is not dumpable and
 * the directory is root's.
 */
static int proc_fd_permission(struct inode *inode, int mask)
{
	int rv = generic_permission(inode, mask, NULL);

	/* cppcheck-suppress nullPointer ; container_of, not a dereference */
	if (rv && PROC_I(inode)->task == current)
		rv = 0;
	return rv;
}

static const struct inode_operations proc_fd_inode_operations = {
	.lookup = proc_lookupfd,
	.permission = proc_fd_permission,
};

/*
 * /proc/PID/task: a directory per thread of the group, each the same as
 * /proc/PID but for one thread (tid_base_stuff).
 */
static const struct inode_operations proc_tid_base_inode_operations;
static const struct file_operations proc_tid_base_operations;

static struct dentry *proc_task_instantiate(struct inode *dir, struct dentry *dentry,
					    struct task_struct *task);

/* Is @t a thread of @leader's group? tasklist_lock held */
static bool same_thread_group_locked(struct task_struct *t, struct task_struct *leader)
{
	return t->group_leader == leader->group_leader;
}

static struct dentry *proc_task_lookup(struct inode *dir, struct dentry *dentry,
				       struct nameidata *nd)
{
	struct task_struct *leader = get_proc_task(dir), *task;
	struct dentry *result = ERR_PTR(-ENOENT);
	unsigned int tid = name_to_int(dentry);
	unsigned long flags;

	if (!leader)
		return result;
	task = get_pid_task_nr(tid == ~0U ? 0 : tid);
	if (task) {
		spin_lock_irqsave(&tasklist_lock, flags);
		if (same_thread_group_locked(task, leader))
			result = NULL;
		spin_unlock_irqrestore(&tasklist_lock, flags);
		if (!result)
			result = proc_task_instantiate(dir, dentry, task);
		put_task_struct(task);
	}
	put_task_struct(leader);
	return result;
}

/* The thread of @leader's group with the smallest tid >= @tid, with a reference */
static struct task_struct *next_thread_from(struct task_struct *leader, pid_t tid)
{
	struct task_struct *t, *best = NULL;
	unsigned long flags;

	spin_lock_irqsave(&tasklist_lock, flags);
	leader = leader->group_leader;
	if (leader->pid >= tid && pid_alive(leader))
		best = leader;
	list_for_each_entry(t, &leader->thread_group, thread_group)
		if (t->pid >= tid && (!best || t->pid < best->pid))
			best = t;
	if (best)
		get_task_struct(best);
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return best;
}

/*
 * f_pos: 0 ".", 1 "..", then 2 + the tid last given, so that a thread
 * that exits between two getdents calls does not shift the others.
 */
static int proc_task_readdir(struct file *filp, void *dirent, filldir_t filldir)
{
	struct dentry *dentry = filp->f_path.dentry;
	struct inode *inode = dentry->d_inode;
	struct task_struct *leader = get_proc_task(inode), *task;

	if (!leader)
		return -ENOENT;
	if (filp->f_pos == 0) {
		if (filldir(dirent, ".", 1, 0, inode->i_ino, DT_DIR) < 0)
			goto out;
		filp->f_pos++;
	}
	if (filp->f_pos == 1) {
		if (filldir(dirent, "..", 2, 1, dentry->d_parent->d_inode->i_ino, DT_DIR) < 0)
			goto out;
		filp->f_pos++;
	}
	while ((task = next_thread_from(leader, filp->f_pos - 2))) {
		char name[PROC_NUMBUF];
		int len = snprintf(name, sizeof(name), "%d", task->pid);

		filp->f_pos = task->pid + 2;
		put_task_struct(task);
		if (filldir(dirent, name, len, filp->f_pos, 1, DT_DIR) < 0)
			break;
		filp->f_pos++;
	}
out:
	put_task_struct(leader);
	return 0;
}

static const struct file_operations proc_task_operations = {
	.read = generic_read_dir,
	.readdir = proc_task_readdir,
};

static const struct inode_operations proc_task_inode_operations = {
	.lookup = proc_task_lookup,
};

/*
 * What /proc/PID and /proc/PID/task/TID both hold, in 2.6.32's order
 * (those Linnet has). Only stat differs: a process's sums its threads'.
 */
/* clang-format off */
#define PID_BASE_STUFF(stat_show)							\
	DIR("fd",        S_IRUSR | S_IXUSR, proc_fd_inode_operations, proc_fd_operations), \
	INF("environ",   S_IRUSR, proc_pid_environ),					\
	INF("auxv",      S_IRUSR, proc_pid_auxv),					\
	ONE("status",    S_IRUGO, proc_pid_status),					\
	INF("cmdline",   S_IRUGO, proc_pid_cmdline),					\
	ONE("stat",      S_IRUGO, stat_show),						\
	ONE("statm",     S_IRUGO, proc_pid_statm),					\
	REG("maps",      S_IRUGO, proc_maps_operations),				\
	REG("mem",       S_IRUSR | S_IWUSR, proc_mem_operations),			\
	LNK("cwd",       proc_cwd_link),						\
	LNK("root",      proc_root_link),						\
	LNK("exe",       proc_exe_link),						\
	REG("mounts",    S_IRUGO, proc_mounts_operations),				\
	INF("oom_score", S_IRUGO, proc_oom_score),					\
	REG("oom_adj",   S_IRUGO | S_IWUSR, proc_oom_adjust_operations)
/* clang-format on */

/* /proc/PID: a process, with its threads in task/ */
static const struct pid_entry tgid_base_stuff[] = {
	DIR("task", S_IRUGO | S_IXUGO, proc_task_inode_operations, proc_task_operations),
	PID_BASE_STUFF(proc_tgid_stat),
};

/* /proc/PID/task/TID: one thread */
static const struct pid_entry tid_base_stuff[] = {
	PID_BASE_STUFF(proc_tid_stat),
};

static int proc_tgid_base_readdir(struct file *filp, void *dirent, filldir_t filldir)
{
	return proc_pident_readdir(filp, dirent, filldir, tgid_base_stuff,
				   ARRAY_SIZE(tgid_base_stuff));
}

static struct dentry *proc_tgid_base_lookup(struct inode *dir, struct dentry *dentry,
					    struct nameidata *nd)
{
	return proc_pident_lookup(dir, dentry, tgid_base_stuff, ARRAY_SIZE(tgid_base_stuff));
}

static const struct file_operations proc_tgid_base_operations = {
	.read = generic_read_dir,
	.readdir = proc_tgid_base_readdir,
};

static const struct inode_operations proc_tgid_base_inode_operations = {
	.lookup = proc_tgid_base_lookup,
	.getattr = pid_getattr,
};

static int proc_tid_base_readdir(struct file *filp, void *dirent, filldir_t filldir)
{
	return proc_pident_readdir(filp, dirent, filldir, tid_base_stuff,
				   ARRAY_SIZE(tid_base_stuff));
}

static struct dentry *proc_tid_base_lookup(struct inode *dir, struct dentry *dentry,
					   struct nameidata *nd)
{
	return proc_pident_lookup(dir, dentry, tid_base_stuff, ARRAY_SIZE(tid_base_stuff));
}

static const struct file_operations proc_tid_base_operations = {
	.read = generic_read_dir,
	.readdir = proc_tid_base_readdir,
};

static const struct inode_operations proc_tid_base_inode_operations = {
	.lookup = proc_tid_base_lookup,
	.getattr = pid_getattr,
};

/* The number of subdirectories of a table (a directory's link count is 2 + this) */
static unsigned int pid_entry_count_dirs(const struct pid_entry *entries, unsigned int n)
{
	unsigned int i, count = 0;

	for (i = 0; i < n; ++i)
		if (S_ISDIR(entries[i].mode))
			++count;
	return count;
}

/* pid_dir_instantiate - a /proc/PID or task/TID directory of @task, listing @ents */
static struct dentry *pid_dir_instantiate(struct inode *dir, struct dentry *dentry,
					  struct task_struct *task,
					  const struct inode_operations *iop,
					  const struct file_operations *fop,
					  const struct pid_entry *ents, unsigned int nents)
{
	struct inode *inode = proc_pid_make_inode(dir->i_sb, task);

	if (!inode)
		return ERR_PTR(-ENOMEM);
	inode->i_mode = S_IFDIR | S_IRUGO | S_IXUGO;
	inode->i_op = iop;
	inode->i_fop = fop;
	inode->i_nlink = 2 + pid_entry_count_dirs(ents, nents);
	dentry->d_op = &pid_dentry_operations;
	d_add(dentry, inode);
	return NULL;
}

static struct dentry *proc_task_instantiate(struct inode *dir, struct dentry *dentry,
					    struct task_struct *task)
{
	return pid_dir_instantiate(dir, dentry, task, &proc_tid_base_inode_operations,
				   &proc_tid_base_operations, tid_base_stuff,
				   ARRAY_SIZE(tid_base_stuff));
}

static struct dentry *proc_pid_instantiate(struct inode *dir, struct dentry *dentry,
					   struct task_struct *task)
{
	return pid_dir_instantiate(dir, dentry, task, &proc_tgid_base_inode_operations,
				   &proc_tgid_base_operations, tgid_base_stuff,
				   ARRAY_SIZE(tgid_base_stuff));
}

/*
 * /proc/self: a symlink to the reader's own directory, its tgid (what
 * getpid() returns). Its target is made up at each use.
 */
static int proc_self_readlink(struct dentry *dentry, char __user *buffer, int buflen)
{
	char tmp[PROC_NUMBUF];

	if (!current->tgid)
		return -ENOENT; /* the idle task has no directory */
	sprintf(tmp, "%d", current->tgid);
	return vfs_readlink(dentry, buffer, buflen, tmp);
}

/*
 * As 2.6.32: the target goes to the walk through nd_set_link() (an
 * ERR_PTR if there is none), and the walk follows it and releases its
 * path on error exactly once. Walking the target here, as Linnet once
 * did, released the path twice when that walk failed (a failed
 * allocation was enough), and freed /proc's vfsmount while it was still
 * mounted. 2.6.32 takes the buffer from names_cache (__getname());
 * Linnet has no names_cache and kmallocs it, as its getname() does.
 */
static void *proc_self_follow_link(struct dentry *dentry, struct nameidata *nd)
{
	char *name = ERR_PTR(-ENOENT); /* the idle task has no directory */

	if (current->tgid) {
		name = kmalloc(PROC_NUMBUF, GFP_KERNEL);
		if (!name)
			name = ERR_PTR(-ENOMEM);
		else
			sprintf(name, "%d", current->tgid);
	}
	nd_set_link(nd, name);
	return NULL;
}

static void proc_self_put_link(struct dentry *dentry, struct nameidata *nd, void *cookie)
{
	char *name = nd_get_link(nd);

	if (!IS_ERR(name))
		kfree(name);
}

static const struct inode_operations proc_self_inode_operations = {
	.readlink = proc_self_readlink,
	.follow_link = proc_self_follow_link,
	.put_link = proc_self_put_link,
};

/* "self" names another task for each reader: it is never kept cached */
static int proc_self_delete_dentry(struct dentry *dentry)
{
	return 1;
}

static const struct dentry_operations proc_self_dentry_operations = {
	.d_delete = proc_self_delete_dentry,
};

static struct dentry *proc_self_instantiate(struct inode *dir, struct dentry *dentry)
{
	struct inode *inode = new_inode(dir->i_sb);

	if (!inode)
		return ERR_PTR(-ENOMEM);
	inode->i_mtime = inode->i_atime = inode->i_ctime = current_fs_time(dir->i_sb);
	inode->i_mode = S_IFLNK | S_IRWXUGO;
	inode->i_nlink = 1;
	inode->i_op = &proc_self_inode_operations;
	dentry->d_op = &proc_self_dentry_operations;
	d_add(dentry, inode);
	return NULL;
}

/**
 * proc_pid_lookup - /proc's names that are not entries: "self" and pids
 * @dir: /proc's inode
 * @dentry: the name
 * @nd: the walk (unused)
 *
 * Any task's pid is found, a thread's too (2.6.32 shows only thread
 * group leaders in readdir but finds every tid).
 *
 * Return: NULL with @dentry instantiated, or ERR_PTR(-ENOENT/-ENOMEM).
 * Context: process context; may sleep.
 */
struct dentry *proc_pid_lookup(struct inode *dir, struct dentry *dentry, struct nameidata *nd)
{
	struct dentry *result;
	struct task_struct *task;
	unsigned int tgid;

	if (dentry->d_name.len == 4 && !memcmp(dentry->d_name.name, "self", 4))
		return proc_self_instantiate(dir, dentry);
	tgid = name_to_int(dentry);
	if (tgid == ~0U || tgid > INT_MAX)
		return ERR_PTR(-ENOENT);
	task = get_pid_task_nr(tgid);
	if (!task)
		return ERR_PTR(-ENOENT);
	result = proc_pid_instantiate(dir, dentry, task);
	put_task_struct(task);
	return result;
}

/* The thread group leader with the smallest tgid >= @tgid (not 0), with a reference */
static struct task_struct *next_tgid(pid_t tgid)
{
	struct task_struct *p, *best = NULL;
	unsigned long flags;

	if (tgid < 1)
		tgid = 1;
	spin_lock_irqsave(&tasklist_lock, flags);
	list_for_each_entry(p, &init_task.tasks, tasks) {
		if (p->group_leader != p || p->pid < tgid)
			continue;
		if (!best || p->pid < best->pid)
			best = p;
	}
	if (best)
		get_task_struct(best);
	spin_unlock_irqrestore(&tasklist_lock, flags);
	return best;
}

/* f_pos of /proc's readdir: FIRST_PROCESS_ENTRY is "self", then TGID_OFFSET + tgid */
#define TGID_OFFSET (FIRST_PROCESS_ENTRY + 1)

/**
 * proc_pid_readdir - list "self" and a directory per process in /proc
 * @filp: /proc, opened; f_pos is FIRST_PROCESS_ENTRY or more
 * @dirent: the caller's buffer
 * @filldir: puts one name in it
 *
 * The processes come in order of their tgid, and f_pos remembers the next
 * tgid, so processes that come and go between two getdents calls do not
 * make the others appear twice or not at all.
 *
 * Return: 0.
 * Context: process context; may sleep.
 */
int proc_pid_readdir(struct file *filp, void *dirent, filldir_t filldir)
{
	struct task_struct *task;

	if (filp->f_pos == FIRST_PROCESS_ENTRY) {
		if (filldir(dirent, "self", 4, filp->f_pos, 1, DT_LNK) < 0)
			return 0;
		filp->f_pos++;
	}
	while ((task = next_tgid(filp->f_pos - TGID_OFFSET))) {
		char name[PROC_NUMBUF];
		int len = snprintf(name, sizeof(name), "%d", task->pid);

		filp->f_pos = task->pid + TGID_OFFSET;
		put_task_struct(task);
		if (filldir(dirent, name, len, filp->f_pos, 1, DT_DIR) < 0)
			return 0;
		filp->f_pos++;
	}
	return 0;
}

/* The cached dentry of @name in @dir, with a reference, or NULL */
static struct dentry *proc_cached_lookup(struct dentry *dir, const char *name)
{
	struct qstr q = { .name = (const unsigned char *)name, .len = strlen(name) };

	q.hash = full_name_hash(q.name, q.len);
	return d_lookup(dir, &q);
}

/* Free what is unused under @dentry, unhash it, and drop our reference */
static void proc_flush_dentry(struct dentry *dentry)
{
	shrink_dcache_parent(dentry);
	d_drop(dentry);
	dput(dentry);
}

/**
 * proc_flush_task - forget a reaped task's /proc directories
 * @task: the task, already off the task list
 *
 * /proc/PID (and, for a thread, /proc/TGID/task/TID) leave the dentry
 * cache: what is unused under them is freed, and they are unhashed even
 * if a file under them is still open, so no lookup finds them again.
 * Every mount of proc shares one super block, so one flush serves all.
 * 2.6.32 flushes at the start of release_task(), before the pid is
 * unhashed (pid_revalidate covers the window); Linnet flushes just after
 * the task leaves the task list, when no lookup can find it any more.
 *
 * Context: process context (release_task()); may sleep.
 */
void proc_flush_task(struct task_struct *task)
{
	struct dentry *leader, *dir, *dentry;
	char buf[PROC_NUMBUF];

	if (IS_ERR_OR_NULL(proc_mnt))
		return;
	sprintf(buf, "%d", task->pid);
	dentry = proc_cached_lookup(proc_mnt->mnt_root, buf);
	if (dentry)
		proc_flush_dentry(dentry);
	if (task->pid == task->tgid)
		return;
	sprintf(buf, "%d", task->tgid);
	leader = proc_cached_lookup(proc_mnt->mnt_root, buf);
	if (!leader)
		return;
	dir = proc_cached_lookup(leader, "task");
	if (dir) {
		sprintf(buf, "%d", task->pid);
		dentry = proc_cached_lookup(dir, buf);
		if (dentry)
			proc_flush_dentry(dentry);
		dput(dir);
	}
	dput(leader);
}
