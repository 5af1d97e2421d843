/*
 * vfs_model.h - an in-memory model of what Linux does to a small tree of
 * files, for the model-based VFS fuzzers: tests/kernel/vfs_fuzz_test.c
 * (KUnit, in the kernel) and tests/fuzz/vfs_fuzz.c (libFuzzer, on the
 * host, over the same fs/ code). Both run an operation on the VFS and the
 * same operation here, and the VFS must give the model's answer.
 *
 * The tree is a fresh ramfs ("the root", index VM_ROOT) with twelve
 * names: "a".."c" (index 0..2) and "a/a".."c/c" (3 + 3 * parent + child).
 * Each name is nothing, a regular file, a directory or a symlink. Files
 * and symlinks are inodes (hard links share one; an open file keeps its
 * inode after the last name goes); every byte of every file is kept.
 * A symlink points at one of the twelve paths, written as an absolute
 * path under the fuzzers' mount point, so it can dangle, loop, or lead a
 * walk through another directory. Directories are inodes too, so that an
 * open directory follows its renames and sees its removal.
 *
 * The walk is Linux 2.6.32's: every symlink in the middle of a path is
 * followed, the last one only with LOOKUP_FOLLOW; at most MAX_NESTED_LINKS
 * (8) inside each other and 40 in one walk, else -ELOOP. Operations
 * whose walk leaves the two modelled levels (a symlink to "b/c" used as
 * "a/x" reaches "b/c/x") give VM_OUT and are not run. The answers are
 * Linux's, with the differences Linnet states in fs/namei.c: O_CREAT
 * through a dangling symlink gives -ENOENT, as fs/namei.c:open_create
 * documents (2.6.32 creates the target).
 *
 * Open files live in the model's descriptor table (lowest free number
 * first, as Linux); readdir on an open directory is checked as POSIX
 * allows with deletions in between: a name present from opendir to the
 * end of the listing comes exactly once, a name comes only while it
 * exists, never twice unless it was removed and made again in between.
 * Read next: docs/testing.md ("The VFS fuzzers").
 */
#ifndef LINNET_TESTS_VFS_MODEL_H
#define LINNET_TESTS_VFS_MODEL_H

#define VM_NPATHS 12
#define VM_ROOT VM_NPATHS /* the root of the fuzzed file system, as a path */
#define VM_NFDS 4
#define VM_NINODES (VM_NPATHS + VM_NFDS + 1)
#define VM_MAXSIZE 9000
#define VM_OUT 1 /* the walk leaves the modelled tree: do not run it */
#define VM_MAX_NESTED 8
#define VM_MAX_TOTAL 40

enum vm_kind { VM_NONE, VM_REG, VM_DIR, VM_LNK };

/* One open file: its inode, position, open flags, and readdir's state */
struct vm_fd {
	bool used;
	int ino;
	loff_t pos;
	int flags;
	unsigned int stable; /* names present since opendir, not yet removed */
	unsigned int seen; /* names readdir gave since opendir or their re-creation */
	int dots; /* "." and ".." given */
};

struct vfs_model {
	enum vm_kind kind[VM_NPATHS];
	int ino[VM_NPATHS];
	enum vm_kind ikind[VM_NINODES];
	int nlink[VM_NINODES]; /* names (for a directory: 1 while it exists) */
	int opens[VM_NINODES];
	size_t size[VM_NINODES];
	int target[VM_NINODES]; /* a symlink's: a path index */
	struct vm_fd fd[VM_NFDS];
	unsigned char data[VM_NINODES][VM_MAXSIZE];
};

/* The walk's symlink counters, as current->link_count and total_link_count */
struct vm_walk {
	int nested, total;
};

/* vm_parent_of - the path index of @p's parent, -1 for the root */
static inline int vm_parent_of(int p)
{
	return p < 3 || p == VM_ROOT ? -1 : (p - 3) / 3;
}

/* vm_child - the index of name @j (0..2) in directory @dir (-1: the root), or -1 if unmodelled */
static inline int vm_child(int dir, int j)
{
	if (dir < 0)
		return j;
	return dir < 3 ? 3 + 3 * dir + j : -1;
}

/* vm_name - @p's name below the mount point @mnt ("/vfs_fz/b/c") */
static inline void vm_name(const char *mnt, int p, char *buf, size_t size)
{
	if (p == VM_ROOT)
		scnprintf(buf, size, "%s", mnt);
	else if (p < 3)
		scnprintf(buf, size, "%s/%c", mnt, 'a' + p);
	else
		scnprintf(buf, size, "%s/%c/%c", mnt, 'a' + vm_parent_of(p), 'a' + (p - 3) % 3);
}

/* vm_init - an empty tree: the root directory is inode 0 */
static inline void vm_init(struct vfs_model *m)
{
	memset(m, 0, offsetof(struct vfs_model, data));
	m->ikind[0] = VM_DIR;
	m->nlink[0] = 1;
}

static inline int vm_children(const struct vfs_model *m, int dir)
{
	int j, n = 0;

	for (j = 0; j < 3; j++)
		n += vm_child(dir, j) >= 0 && m->kind[vm_child(dir, j)] != VM_NONE;
	return n;
}

static inline int vm_subdirs(const struct vfs_model *m, int dir)
{
	int j, n = 0;

	for (j = 0; j < 3; j++)
		n += vm_child(dir, j) >= 0 && m->kind[vm_child(dir, j)] == VM_DIR;
	return n;
}

/* vm_dir_ino - the inode of directory @dir (-1: the root) */
static inline int vm_dir_ino(const struct vfs_model *m, int dir)
{
	return dir < 0 ? 0 : m->ino[dir];
}

/*
 * vm_resolve - walk path @p as Linux does; *@at is where it ends (a
 * path index whose kind may be VM_NONE, or -1 for the root).
 * Return: 0, -ENOENT, -ENOTDIR, -ELOOP or VM_OUT.
 */
static int vm_resolve(const struct vfs_model *m, int p, bool follow, int *at, struct vm_walk *w)
{
	int comp[2], n, i, dir = -1;

	*at = -1;
	if (p == VM_ROOT) {
		*at = -1;
		return 0;
	}
	n = p < 3 ? 1 : 2;
	comp[0] = p < 3 ? p : vm_parent_of(p);
	comp[1] = (p - 3) % 3;
	for (i = 0; i < n; i++) {
		bool last = i == n - 1;
		int here = vm_child(dir, comp[i]);

		if (here < 0)
			return VM_OUT;
		if (m->kind[here] == VM_LNK && (!last || follow)) {
			int err;

			if (w->nested >= VM_MAX_NESTED || w->total >= VM_MAX_TOTAL)
				return -ELOOP;
			w->nested++;
			w->total++;
			err = vm_resolve(m, m->target[m->ino[here]], true, &here, w);
			w->nested--;
			if (err)
				return err;
		}
		if (last) {
			*at = here;
			return 0;
		}
		if (here < 0)
			dir = -1; /* a symlink to the root */
		else if (m->kind[here] == VM_NONE)
			return -ENOENT;
		else if (m->kind[here] != VM_DIR)
			return -ENOTDIR;
		else
			dir = here;
	}
	return 0;
}

/* vm_lookup - vm_resolve() from a fresh walk (one system call's) */
static inline int vm_lookup(const struct vfs_model *m, int p, bool follow, int *at)
{
	struct vm_walk w = { 0, 0 };

	return vm_resolve(m, p, follow, at, &w);
}

/*
 * vm_lookup_parent - the walk of creat, mkdir, unlink, rename...: every
 * symlink before the last name followed, the last name not looked at.
 * *@at is the index of the last name in the directory reached.
 */
static inline int vm_lookup_parent(const struct vfs_model *m, int p, int *at)
{
	int dir = -1, err;

	*at = -1;
	if (p == VM_ROOT)
		return VM_OUT; /* the mount point itself: not an operation the fuzzers make */
	if (p >= 3) {
		err = vm_lookup(m, vm_parent_of(p), true, &dir);
		if (err)
			return err;
		if (dir >= 0 && m->kind[dir] == VM_NONE)
			return -ENOENT;
		if (dir >= 0 && m->kind[dir] != VM_DIR)
			return -ENOTDIR;
	}
	*at = vm_child(dir, p < 3 ? p : (p - 3) % 3);
	return *at < 0 ? VM_OUT : 0;
}

static inline int vm_new_inode(struct vfs_model *m, enum vm_kind kind)
{
	int i;

	for (i = 1; i < VM_NINODES; i++)
		if (!m->nlink[i] && !m->opens[i]) {
			m->ikind[i] = kind;
			m->size[i] = 0;
			m->nlink[i] = 1;
			return i;
		}
	return -1; /* cannot happen: one inode per name or open file */
}

/* vm_add - make name @p a new @kind */
static inline void vm_add(struct vfs_model *m, int p, enum vm_kind kind)
{
	m->kind[p] = kind;
	m->ino[p] = vm_new_inode(m, kind);
}

/* vm_forget_name - name @p of directory @dir goes: open listings of @dir see it go */
static inline void vm_forget_name(struct vfs_model *m, int p)
{
	int dir = vm_parent_of(p), j = p < 3 ? p : (p - 3) % 3, fd;
	int dino = vm_dir_ino(m, dir);

	for (fd = 0; fd < VM_NFDS; fd++)
		if (m->fd[fd].used && m->fd[fd].ino == dino) {
			m->fd[fd].stable &= ~(1U << j);
			m->fd[fd].seen &= ~(1U << j);
		}
}

/* vm_drop_name - name @p goes; its inode too if nothing else holds it */
static inline void vm_drop_name(struct vfs_model *m, int p)
{
	if (m->kind[p] != VM_NONE) {
		vm_forget_name(m, p);
		m->nlink[m->ino[p]]--;
	}
	m->kind[p] = VM_NONE;
}

static inline void vm_resize(struct vfs_model *m, int ino, size_t size)
{
	if (size > m->size[ino])
		memset(m->data[ino] + m->size[ino], 0, size - m->size[ino]);
	m->size[ino] = size;
}

/* vm_write - @len bytes of @buf at @off of inode @ino */
static inline void vm_write(struct vfs_model *m, int ino, size_t off, const void *buf, size_t len)
{
	if (!len)
		return; /* a write of nothing does not move the end */
	if (off + len > m->size[ino])
		vm_resize(m, ino, off + len);
	memcpy(m->data[ino] + off, buf, len);
}

/* vm_want_create - what creating name @p (mkdir, symlink, link's new name) gives */
static inline int vm_want_create(const struct vfs_model *m, int p, int *at)
{
	int err = vm_lookup_parent(m, p, at);

	if (!err && m->kind[*at] != VM_NONE)
		err = -EEXIST;
	return err;
}

static inline int vm_want_unlink(const struct vfs_model *m, int p, int *at)
{
	int err = vm_lookup_parent(m, p, at);

	if (!err && m->kind[*at] == VM_NONE)
		err = -ENOENT;
	if (!err && m->kind[*at] == VM_DIR)
		err = -EISDIR;
	return err;
}

static inline int vm_want_rmdir(const struct vfs_model *m, int p, int *at)
{
	int err = vm_lookup_parent(m, p, at);

	if (err)
		return err;
	if (m->kind[*at] == VM_NONE)
		return -ENOENT;
	if (m->kind[*at] != VM_DIR)
		return -ENOTDIR;
	return vm_children(m, *at) ? -ENOTEMPTY : 0;
}

/* vm_rmdir - directory @at goes; open listings of it end (-ENOENT) */
static inline void vm_rmdir(struct vfs_model *m, int at)
{
	vm_drop_name(m, at);
}

/* vm_want_truncate - truncate(2) of path @p (it follows a last symlink) */
static inline int vm_want_truncate(const struct vfs_model *m, int p, int *at)
{
	int err = vm_lookup(m, p, true, at);

	if (err)
		return err;
	if (*at < 0 || m->kind[*at] == VM_DIR)
		return -EISDIR;
	return m->kind[*at] == VM_NONE ? -ENOENT : 0;
}

/* vm_want_link - link(2) @src (its last symlink not followed) to new name @dst */
static inline int vm_want_link(const struct vfs_model *m, int src, int dst, int *s, int *d)
{
	int err;

	*d = -1;
	err = vm_lookup(m, src, false, s);
	if (!err && *s >= 0 && m->kind[*s] == VM_NONE)
		err = -ENOENT;
	if (!err)
		err = vm_want_create(m, dst, d);
	if (!err && (*s < 0 || m->kind[*s] == VM_DIR))
		err = -EPERM;
	return err;
}

static inline void vm_link(struct vfs_model *m, int s, int d)
{
	m->kind[d] = m->kind[s];
	m->ino[d] = m->ino[s];
	m->nlink[m->ino[s]]++;
}

/* vm_symlink - name @d becomes a symlink to path @target */
static inline void vm_symlink(struct vfs_model *m, int d, int target)
{
	vm_add(m, d, VM_LNK);
	m->target[m->ino[d]] = target;
}

/*
 * vm_want_rename - what rename(@src, @dst) gives: 0, an errno, 1 for a
 * rename that does nothing (the same inode), or VM_OUT. *@s and *@d are
 * the two names after the walks of their parents.
 */
static inline int vm_want_rename(const struct vfs_model *m, int src, int dst, int *s, int *d)
{
	int err, ps, pd;

	*d = -1;
	err = vm_lookup_parent(m, src, s);

	if (!err)
		err = vm_lookup_parent(m, dst, d);
	if (err)
		return err;
	if (m->kind[*s] == VM_NONE)
		return -ENOENT;
	ps = vm_parent_of(*s);
	pd = vm_parent_of(*d);
	if (ps != pd && pd >= 0 && ps < 0 && *s == pd)
		return -EINVAL; /* into its own subdirectory */
	if (ps != pd && ps >= 0 && pd < 0 && *d == ps)
		return -ENOTEMPTY; /* onto its own parent */
	if (*s == *d ||
	    (m->kind[*s] != VM_DIR && m->kind[*d] != VM_NONE && m->ino[*s] == m->ino[*d]))
		return 1; /* the same file: nothing happens */
	if (m->kind[*d] != VM_NONE && (m->kind[*s] == VM_DIR) != (m->kind[*d] == VM_DIR))
		return m->kind[*s] == VM_DIR ? -ENOTDIR : -EISDIR;
	if (m->kind[*d] == VM_DIR && vm_children(m, *d))
		return -ENOTEMPTY;
	/* a directory with names cannot go down a level in a two-level model */
	if (*s < 3 && *d >= 3 && m->kind[*s] == VM_DIR && vm_children(m, *s))
		return VM_OUT;
	return 0;
}

/* vm_rename - move name @s (and a top directory's names) to @d */
static inline void vm_rename(struct vfs_model *m, int s, int d)
{
	int j;

	if (m->kind[d] == VM_DIR)
		vm_rmdir(m, d);
	else
		vm_drop_name(m, d);
	vm_forget_name(m, s);
	m->kind[d] = m->kind[s];
	m->ino[d] = m->ino[s];
	m->kind[s] = VM_NONE;
	if (s < 3 && d < 3)
		for (j = 0; j < 3; j++) {
			m->kind[3 + 3 * d + j] = m->kind[3 + 3 * s + j];
			m->ino[3 + 3 * d + j] = m->ino[3 + 3 * s + j];
			m->kind[3 + 3 * s + j] = VM_NONE;
		}
}

/* vm_find_dir - the path index of the directory with inode @ino: -1 root, -2 gone */
static inline int vm_find_dir(const struct vfs_model *m, int ino)
{
	int p;

	if (!ino)
		return -1;
	for (p = 0; p < VM_NPATHS; p++)
		if (m->kind[p] == VM_DIR && m->ino[p] == ino)
			return p;
	return -2;
}

/*
 * vm_want_open - what open(@p, @flags) gives: the lowest free descriptor
 * or an errno (VM_OUT: not modelled). @flags: an access mode and O_CREAT,
 * O_EXCL, O_TRUNC, O_APPEND, O_DIRECTORY, O_NOFOLLOW (not O_CREAT with
 * O_DIRECTORY). *@at is the name opened (-1 the root); *@create is set
 * when the open makes the file.
 */
static int vm_want_open(const struct vfs_model *m, int p, int flags, int *at, bool *create)
{
	bool write = (flags & O_ACCMODE) != O_RDONLY || (flags & O_TRUNC);
	int err, fd;

	*create = false;
	for (fd = 0; fd < VM_NFDS && m->fd[fd].used; fd++)
		;
	if (fd == VM_NFDS)
		return VM_OUT;
	if (flags & O_CREAT) {
		err = vm_lookup_parent(m, p, at);
		if (err)
			return err;
		if (m->kind[*at] == VM_NONE) {
			*create = true;
			return fd;
		}
		if (flags & O_EXCL)
			return -EEXIST;
		if (m->kind[*at] == VM_DIR)
			return -EISDIR;
		if (m->kind[*at] == VM_LNK) {
			if (flags & O_NOFOLLOW)
				return -ELOOP;
			/* Linnet: walk again following it; the target must exist */
			err = vm_lookup(m, p, true, at);
			if (err)
				return err;
			if (*at >= 0 && m->kind[*at] == VM_NONE)
				return -ENOENT;
			if (*at < 0 || m->kind[*at] == VM_DIR)
				return -EISDIR;
		}
		return fd;
	}
	err = vm_lookup(m, p, !(flags & O_NOFOLLOW), at);
	if (err)
		return err;
	if (*at >= 0 && m->kind[*at] == VM_NONE)
		return -ENOENT;
	if ((flags & O_DIRECTORY) && *at >= 0 && m->kind[*at] != VM_DIR)
		return -ENOTDIR;
	if (*at >= 0 && m->kind[*at] == VM_LNK)
		return -ELOOP;
	if ((*at < 0 || m->kind[*at] == VM_DIR) && write)
		return -EISDIR;
	return fd;
}

/* vm_open - descriptor @fd opens name @at (made now if @create) */
/* vm_rewinddir - the listing of @fd starts again with the names there now */
static inline void vm_rewinddir(struct vfs_model *m, int fd)
{
	struct vm_fd *f = &m->fd[fd];
	int dir = vm_find_dir(m, f->ino), j;

	f->stable = f->seen = 0;
	f->dots = 0;
	for (j = 0; j < 3; j++)
		if (dir != -2 && vm_child(dir, j) >= 0 && m->kind[vm_child(dir, j)] != VM_NONE)
			f->stable |= 1U << j;
}

static inline void vm_open(struct vfs_model *m, int fd, int at, int flags, bool create)
{
	struct vm_fd *f = &m->fd[fd];

	if (create)
		vm_add(m, at, VM_REG);
	memset(f, 0, sizeof(*f));
	f->used = true;
	f->ino = at < 0 ? 0 : m->ino[at];
	f->flags = flags;
	m->opens[f->ino]++;
	if (m->ikind[f->ino] == VM_REG && (flags & O_TRUNC))
		m->size[f->ino] = 0;
	if (m->ikind[f->ino] == VM_DIR)
		vm_rewinddir(m, fd);
}

static inline void vm_close(struct vfs_model *m, int fd)
{
	m->opens[m->fd[fd].ino]--;
	m->fd[fd].used = false;
}

/* vm_fd_ok - is @fd open? */
static inline bool vm_fd_ok(const struct vfs_model *m, int fd)
{
	return fd >= 0 && fd < VM_NFDS && m->fd[fd].used;
}

/* vm_want_read - what read(@fd, @len) gives: bytes or an errno */
static inline long vm_want_read(const struct vfs_model *m, int fd, size_t len)
{
	const struct vm_fd *f = &m->fd[fd];

	if (!vm_fd_ok(m, fd) || (f->flags & O_ACCMODE) == O_WRONLY)
		return -EBADF;
	if (m->ikind[f->ino] == VM_DIR)
		return -EISDIR;
	if (f->pos >= (loff_t)m->size[f->ino])
		return 0;
	return min_t(size_t, len, m->size[f->ino] - f->pos);
}

/* vm_want_write - what write(@fd, @len) gives; *@pos is where it writes */
static inline long vm_want_write(const struct vfs_model *m, int fd, size_t len, loff_t *pos)
{
	const struct vm_fd *f = &m->fd[fd];

	if (!vm_fd_ok(m, fd) || (f->flags & O_ACCMODE) == O_RDONLY)
		return -EBADF;
	*pos = (f->flags & O_APPEND) ? (loff_t)m->size[f->ino] : f->pos;
	if (*pos + len > VM_MAXSIZE)
		return VM_OUT;
	return len;
}

/* vm_want_lseek - lseek(@fd, @off, @whence) on a file: the new position or -EINVAL */
static inline loff_t vm_want_lseek(const struct vfs_model *m, int fd, loff_t off, int whence)
{
	const struct vm_fd *f = &m->fd[fd];
	loff_t base;

	if (!vm_fd_ok(m, fd))
		return -EBADF;
	if (m->ikind[f->ino] == VM_DIR) /* only rewinddir() is modelled */
		return whence == SEEK_SET && !off ? 0 : VM_OUT;
	base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? f->pos : (loff_t)m->size[f->ino];
	if (base + off < 0)
		return -EINVAL;
	return base + off;
}

/* vm_want_ftruncate - ftruncate(@fd, @len) */
static inline int vm_want_ftruncate(const struct vfs_model *m, int fd, loff_t len)
{
	const struct vm_fd *f = &m->fd[fd];

	if (!vm_fd_ok(m, fd))
		return -EBADF;
	if (len < 0 || m->ikind[f->ino] != VM_REG || (f->flags & O_ACCMODE) == O_RDONLY)
		return -EINVAL;
	return len > VM_MAXSIZE ? VM_OUT : 0;
}

/*
 * vm_readdir_entry - readdir on @fd gave @name (@len bytes) of kind @type
 * (a DT_ value); 0 if Linux could have given it, else a description.
 */
static inline const char *vm_readdir_entry(struct vfs_model *m, int fd, const char *name, int len,
					   unsigned int type)
{
	struct vm_fd *f = &m->fd[fd];
	int dir = vm_find_dir(m, f->ino), at;
	static const unsigned char dt[] = { 0, DT_REG, DT_DIR, DT_LNK };

	if (name[0] == '.' && (len == 1 || (len == 2 && name[1] == '.')))
		return ++f->dots > 2 ? "\".\" or \"..\" given twice" : NULL;
	if (len != 1 || name[0] < 'a' || name[0] > 'c')
		return "a name that was never made";
	at = vm_child(dir, name[0] - 'a');
	if (dir == -2 || at < 0 || m->kind[at] == VM_NONE)
		return "a name that does not exist now";
	if (f->seen & (1U << (name[0] - 'a')))
		return "a name given twice";
	if (type != dt[m->kind[at]])
		return "the wrong d_type";
	f->seen |= 1U << (name[0] - 'a');
	return NULL;
}

/* vm_readdir_end - readdir on @fd reached the end: was every stable name given? */
static inline const char *vm_readdir_end(const struct vfs_model *m, int fd)
{
	const struct vm_fd *f = &m->fd[fd];

	if (f->dots != 2)
		return "\".\" and \"..\" not both given";
	if (f->stable & ~f->seen)
		return "a name present all along was not given";
	return NULL;
}

#endif /* LINNET_TESTS_VFS_MODEL_H */
