/*
 * cl_ports-1.c - claiming I/O ports and mapping device memory, LDD3's way.
 *
 * A driver claims its ports with request_region() before it touches them
 * and sees the claim in /proc/ioports; a second claim of any of them, or
 * of the keyboard's port, fails. Device memory is reached through
 * ioremap(): the ISA hole (the VGA text buffer at 0xb8000) and the BIOS
 * ROM at the top of the 4 GB (its reset vector, a far jump: 0xea), read
 * with readb()/ioread16() and written with iowrite16(); RAM the kernel
 * uses is refused. The file name has a dash: the module is cl_ports_1.
 */
#include <linux/autoconf.h>
#include <linux/module.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/ioport.h>
#include <asm/io.h>

MODULE_LICENSE("Dual BSD/GPL");

static unsigned long base = 0x300;
module_param(base, ulong, 0);

static int cl_ports_init(void)
{
	void __iomem *vga, *rom, *ram;
	u16 saved, back;

	if (!request_region(base, 4, "cl_ports")) {
		printk(KERN_INFO "cl_ports: can't get I/O port address 0x%lx\n", base);
		return -ENODEV;
	}
	printk(KERN_INFO "cl_ports: ports 0x%lx-0x%lx\n", base, base + 3);
	printk(KERN_INFO "cl_ports: again: %s, keyboard: %s, check_region: %d\n",
	       request_region(base + 2, 1, "cl_again") ? "got it" : "busy",
	       request_region(0x60, 1, "cl_kbd") ? "got it" : "busy", check_region(base, 4));

	vga = ioremap(0xb8000, 4000);
	saved = ioread16(vga + 3998);
	iowrite16(0x0741, vga + 3998);
	back = readw(vga + 3998);
	writew(saved, vga + 3998);
	iounmap(vga);
	printk(KERN_INFO "cl_ports: vga cell 0x%04x\n", back);

	rom = ioremap(0xfffff000, 0x1000);
	if (rom) {
		printk(KERN_INFO "cl_ports: reset vector 0x%02x\n", readb(rom + 0xff0));
		iounmap(rom);
	}
	/* 48 MB: page allocator RAM (the harness boots with 128 MB) */
	ram = ioremap(0x3000000, PAGE_SIZE);
	printk(KERN_INFO "cl_ports: ioremap of RAM: %s\n", ram ? "mapped" : "refused");
	if (ram)
		iounmap(ram);
	return 0;
}

static void cl_ports_exit(void)
{
	release_region(base, 4);
	release_region(base, 4); /* a second time: the kernel warns */
	printk(KERN_INFO "cl_ports: released\n");
}

module_init(cl_ports_init);
module_exit(cl_ports_exit);
