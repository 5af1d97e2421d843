/*
 * file-mmu.c - ramfs's regular files: the page cache's generic paths.
 *
 * read() and write() of a ramfs file are the generic page-cache paths
 * (mm/filemap.c); the address_space operations only say how a page
 * starts life (simple_readpage: zeroes; simple_write_begin/end) and that
 * dirtying it needs no writeback. Linux 2.6.32's tables: mmap() maps the
 * page-cache pages themselves (generic_file_mmap, mm/filemap.c:filemap_fault),
 * and msync() has nothing to write back. Read next: mm/filemap.c, docs/files.md.
 */
#include <linux/fs.h>
#include <linux/dcache.h>
#include <linux/ramfs.h>
#include <linux/pagemap.h>
#include <linux/mm.h>
#include <linux/splice.h>

/* ramfs_aops - a ramfs file's pages: zero-filled on first read, never written back */
const struct address_space_operations ramfs_aops = {
	.readpage = simple_readpage,
	.write_begin = simple_write_begin,
	.write_end = simple_write_end,
	.set_page_dirty = __set_page_dirty_no_writeback,
};

/* ramfs_file_operations - open files of ramfs */
const struct file_operations ramfs_file_operations = {
	.read = do_sync_read,
	.aio_read = generic_file_aio_read,
	.write = do_sync_write,
	.aio_write = generic_file_aio_write,
	.mmap = generic_file_mmap,
	.fsync = simple_sync_file,
	.llseek = generic_file_llseek,
	.splice_read = generic_file_splice_read,
	.splice_write = generic_file_splice_write,
};

/* ramfs_file_inode_operations - ramfs regular-file inodes */
const struct inode_operations ramfs_file_inode_operations = {
	.getattr = simple_getattr,
};
