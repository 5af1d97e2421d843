/*
 * mmviews.c - the memory manager's /proc files: buddyinfo, zoneinfo,
 * vmstat, slabinfo and vmallocinfo.
 *
 * Each is printed by mm's own view function (mm/vmstat.c, mm/slab_common.c,
 * mm/vmalloc.c), the one the kernel shell and the oops report use, into
 * the seq_file's buffer (fs/seq_file.c:seq_show_buf). Linux 2.6.32
 * registers these files from mm/vmstat.c, mm/slab.c and mm/vmalloc.c with
 * seq_operations of their own; Linnet registers them here so that mm/
 * keeps only the views. See docs/procfs.md.
 */
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/init.h>
#include <linux/vmstat.h>
#include <linux/slab.h>
#include <linux/slab_def.h>
#include <linux/vmalloc.h>

/* One single_open file per view: the view is the entry's data. */
static int mm_view_show(struct seq_file *m, void *v)
{
	return seq_show_buf(m, (int (*)(char *, size_t))m->private);
}

static int mm_view_open(struct inode *inode, struct file *file)
{
	return single_open(file, mm_view_show, PDE(inode)->data);
}

static const struct file_operations mm_view_fops = {
	.open = mm_view_open,
	.read = seq_read,
	.llseek = seq_lseek,
	.release = single_release,
};

static const struct {
	const char *name;
	mode_t mode;
	int (*show)(char *buf, size_t size);
} mm_views[] = {
	{ "buddyinfo", S_IRUGO, buddyinfo_show },     { "zoneinfo", S_IRUGO, zoneinfo_show },
	{ "vmstat", S_IRUGO, vmstat_show },	      { "slabinfo", S_IRUSR, slabinfo_show },
	{ "vmallocinfo", S_IRUSR, vmallocinfo_show },
};

static int proc_mm_views_init(void)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(mm_views); i++)
		proc_create_data(mm_views[i].name, mm_views[i].mode, NULL, &mm_view_fops,
				 mm_views[i].show);
	return 0;
}
fs_initcall(proc_mm_views_init);
