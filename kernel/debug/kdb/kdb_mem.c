/*
 * kdb_mem.c - allocating and freeing memory by hand from the shell.
 *
 * kmalloc, vmalloc and alloc_pages with their frees, so that a student
 * can take memory and watch the views change: `buddyinfo`, then
 * `alloc_pages 3`, then `buddyinfo` again shows a block split off the
 * free lists; `free_pages ADDR 3` merges it back. The commands print the
 * address they got (and, for pages, the page frame number), which the
 * matching free takes back. Wrong frees are the allocators' business to
 * catch, and they report them as Linux does. `validate` runs the page
 * allocator's and the slab caches' own consistency checks. See docs/shell.md.
 */
#include <linnet/shell.h>
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/slab_def.h>
#include <linux/vmalloc.h>

static int parse_addr(const char *s, unsigned long *addr)
{
	if (kstrtoul(s, 16, addr)) {
		shell_printf("'%s' is not a hexadecimal address\n", s);
		return -EINVAL;
	}
	return 0;
}

static int parse_size_gfp(int argc, char **argv, unsigned long *size, gfp_t *gfp)
{
	*gfp = GFP_KERNEL;
	if (argc < 2 || argc > 3 || kstrtoul(argv[1], 0, size)) {
		shell_printf("usage: %s SIZE [GFP_KERNEL|GFP_ATOMIC|GFP_DMA|...]\n", argv[0]);
		return -EINVAL;
	}
	if (argc == 3 && shell_parse_gfp(argv[2], gfp)) {
		shell_printf("%s: unknown GFP flags '%s'\n", argv[0], argv[2]);
		return -EINVAL;
	}
	return 0;
}

static int cmd_kmalloc(int argc, char **argv, const char *redirect)
{
	unsigned long size;
	gfp_t gfp;
	void *p;

	if (parse_size_gfp(argc, argv, &size, &gfp))
		return -EINVAL;
	p = kmalloc(size, gfp);
	if (!p)
		return shell_errno("kmalloc", -ENOMEM);
	shell_printf("kmalloc(%lu, 0x%x) = %08lx (ksize %zu)\n", size, gfp, (unsigned long)p,
		     ksize(p));
	return 0;
}

static int cmd_kfree(int argc, char **argv, const char *redirect)
{
	unsigned long addr;

	if (argc != 2) {
		shell_printf("usage: kfree ADDR\n");
		return -EINVAL;
	}
	if (parse_addr(argv[1], &addr))
		return -EINVAL;
	kfree((void *)addr);
	shell_printf("kfree(%08lx)\n", addr);
	return 0;
}

static int cmd_vmalloc(int argc, char **argv, const char *redirect)
{
	unsigned long size;
	void *p;

	if (argc != 2 || kstrtoul(argv[1], 0, &size)) {
		shell_printf("usage: vmalloc SIZE\n");
		return -EINVAL;
	}
	p = vmalloc(size);
	if (!p)
		return shell_errno("vmalloc", -ENOMEM);
	shell_printf("vmalloc(%lu) = %08lx\n", size, (unsigned long)p);
	return 0;
}

static int cmd_vfree(int argc, char **argv, const char *redirect)
{
	unsigned long addr;

	if (argc != 2) {
		shell_printf("usage: vfree ADDR\n");
		return -EINVAL;
	}
	if (parse_addr(argv[1], &addr))
		return -EINVAL;
	vfree((void *)addr);
	shell_printf("vfree(%08lx)\n", addr);
	return 0;
}

static int cmd_vmallocinfo(int argc, char **argv, const char *redirect)
{
	return shell_show_file("/proc/vmallocinfo");
}

static int cmd_alloc_pages(int argc, char **argv, const char *redirect)
{
	unsigned long order, addr;
	gfp_t gfp;

	if (parse_size_gfp(argc, argv, &order, &gfp))
		return -EINVAL;
	if (gfp & __GFP_HIGHMEM) {
		shell_printf(
			"alloc_pages: highmem pages have no address to print; use GFP_KERNEL\n");
		return -EINVAL;
	}
	addr = __get_free_pages(gfp, order);
	if (!addr)
		return shell_errno("alloc_pages", -ENOMEM);
	shell_printf("alloc_pages(0x%x, %lu) = %08lx (pfn %lu, %lu pages)\n", gfp, order, addr,
		     page_to_pfn(virt_to_page(addr)), 1UL << order);
	return 0;
}

static int cmd_free_pages(int argc, char **argv, const char *redirect)
{
	unsigned long addr, order;

	if (argc != 3 || kstrtoul(argv[2], 0, &order)) {
		shell_printf("usage: free_pages ADDR ORDER\n");
		return -EINVAL;
	}
	if (parse_addr(argv[1], &addr))
		return -EINVAL;
	free_pages(addr, order);
	shell_printf("free_pages(%08lx, %lu)\n", addr, order);
	return 0;
}

/*
 * validate: the allocators' own consistency checks, as the soak and the
 * fault-injection runs use them (each broken invariant is printed by the
 * check that found it). After a stress run - the system-call fuzzer's,
 * say - this is how to see that no list or count was left broken.
 */
static int cmd_validate(int argc, char **argv, const char *redirect)
{
	int pages = page_alloc_check();
	int slabs = kmem_cache_validate_all();

	shell_printf("validate: page allocator %d broken, slab caches %d broken\n", pages, slabs);
	return 0;
}

const struct shell_command shell_mem_commands[] = {
	{ "kmalloc", "SIZE [FLAGS]", "allocate with kmalloc(), print the address", cmd_kmalloc },
	{ "kfree", "ADDR", "free what kmalloc gave", cmd_kfree },
	{ "vmalloc", "SIZE", "allocate virtually contiguous memory", cmd_vmalloc },
	{ "vfree", "ADDR", "free what vmalloc gave", cmd_vfree },
	{ "vmallocinfo", "", "the vmalloc areas (/proc/vmallocinfo)", cmd_vmallocinfo },
	{ "alloc_pages", "ORDER [FLAGS]", "take 2^ORDER pages from the buddy allocator",
	  cmd_alloc_pages },
	{ "free_pages", "ADDR ORDER", "give pages back to the buddy allocator", cmd_free_pages },
	{ "validate", "", "check the page allocator's and slab caches' invariants", cmd_validate },
	{ NULL },
};
