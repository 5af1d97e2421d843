/*
 * i8042.c - the PS/2 keyboard controller, and the keyboard's two halves.
 *
 * The i8042 sits between the CPU and the keyboard: port 0x60 carries
 * data (scancodes from the keyboard, replies, bytes to the keyboard),
 * port 0x64 reads as the status register and takes controller commands.
 * Bringing it up is a fixed dance (the OSDev wiki and Linux's i8042.c
 * do the same steps): disable both ports so nothing arrives mid-way,
 * flush the output buffer, read the configuration byte and turn its
 * interrupt bits off, run the controller self-test (0xAA -> 0x55), test
 * the keyboard port, write the configuration back with IRQ1 on and
 * translation kept (so the keyboard's set 2 codes reach us as set 1),
 * and enable the keyboard port.
 *
 * Then each key press is an interrupt, split the classic way:
 *
 *   IRQ1 --> i8042_interrupt (top half)       kbd_tasklet (bottom half)
 *            read 0x60, kfifo_put(scancode) --> kfifo_get, kbd_translate(),
 *            tasklet_schedule()                 kbd_put_queue(), SysRq, LEDs
 *
 * The top half does the one thing that cannot wait: take the byte out of
 * the controller before the next one arrives. Decoding, echoing and
 * waking the reader happen in the tasklet with interrupts on. If the
 * tasklet falls so far behind that the fifo fills, the scancode is
 * dropped and counted (i8042_overruns), and the tasklet reports it.
 *
 * As a module (CONFIG_SERIO_I8042=m: i8042.ko, 2.6.32's name) the same
 * bring-up runs at load, and i8042_exit() undoes it: IRQ1 freed (the
 * "i8042" line leaves /proc/interrupts), the tasklet killed, the "kbd"
 * device unregistered, and the controller put back as it was found
 * (2.6.32's i8042_controller_reset: ports off, then the configuration
 * byte read at load; with reset=1 a self-test first). The ports 0x60 and
 * 0x64 stay in /proc/ioports as "keyboard": on x86 they are claimed at
 * boot (arch/x86/kernel/setup.c), and 2.6.32's i8042 requests none.
 *
 * Linux 2.6.32 splits this file in three: i8042.c (the controller, a
 * serio port), atkbd.c (the AT keyboard on that port: KEYBOARD_ATKBD,
 * atkbd.ko) and the input layer between them and the VT's keyboard.c.
 * Linnet has no serio bus nor input layer: one driver takes both
 * halves, so i8042.ko is also the keyboard. Of 2.6.32's parameters it
 * takes nokbd, noaux, nomux, noloop and unlock (Linnet never probes the
 * mouse port or a multiplexer, and ignores the key lock), dumbkbd (no
 * LED commands), reset and debug; the others (direct, panicblink,
 * notimeout, dritek, nopnp) are refused as unknown. See docs/drivers.md
 * and docs/modules.md.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/i8042.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/kbd_kern.h>
#include <linux/kfifo.h>
#include <linux/poll.h>
#include <linux/reboot.h>
#include <linux/tty.h>
#include <linux/sysrq.h>
#include <linux/wait.h>
#include <asm/io.h>
#include <asm/processor.h>

#define I8042_DATA_REG 0x60
#define I8042_STATUS_REG 0x64 /* read */
#define I8042_COMMAND_REG 0x64 /* write */

#define I8042_STR_OBF 0x01 /* output buffer full: a byte waits at 0x60 */
#define I8042_STR_IBF 0x02 /* input buffer full: the controller is busy */
#define I8042_STR_AUXDATA 0x20 /* the byte came from the mouse port */

#define I8042_CMD_CTL_RCTR 0x20 /* read the configuration byte */
#define I8042_CMD_CTL_WCTR 0x60 /* write the configuration byte */
#define I8042_CMD_AUX_DISABLE 0xa7
#define I8042_CMD_CTL_TEST 0xaa /* controller self-test: answers 0x55 */
#define I8042_CMD_KBD_TEST 0xab /* keyboard port test: answers 0x00 */
#define I8042_CMD_KBD_DISABLE 0xad
#define I8042_CMD_KBD_ENABLE 0xae

#define I8042_CTR_KBDINT 0x01 /* IRQ1 on keyboard data */
#define I8042_CTR_AUXINT 0x02 /* IRQ12 on mouse data */
#define I8042_CTR_KBDDIS 0x10 /* keyboard clock off */
#define I8042_CTR_XLATE 0x40 /* translate set 2 to set 1 */

#define I8042_SELFTEST_OK 0x55
#define KBD_CMD_SET_LEDS 0xed
#define KBD_REPLY_ACK 0xfa
#define KBD_REPLY_RESEND 0xfe

#define I8042_KBD_IRQ 1
#define I8042_TIMEOUT 100000
#define SCANCODE_FIFO_SIZE 256
#define KBD_EVENT_FIFO_SIZE 256

static unsigned char scancode_buf[SCANCODE_FIFO_SIZE], event_buf[KBD_EVENT_FIFO_SIZE];
static struct kfifo scancode_fifo; /* top half -> tasklet */
static struct kfifo kbd_event_fifo; /* tasklet -> readers of the "kbd" device */
static DECLARE_WAIT_QUEUE_HEAD(kbd_event_wait);
static struct kbd_struct kbd_state;
static bool kbd_event_open;

/* 2.6.32's parameters (i8042.nokbd... on the command line when built in) */
static bool i8042_nokbd, i8042_noaux, i8042_nomux, i8042_unlock, i8042_reset, i8042_dumbkbd,
	i8042_noloop, i8042_debug;
module_param_named(nokbd, i8042_nokbd, bool, 0);
MODULE_PARM_DESC(nokbd, "Do not probe or use KBD port.");
module_param_named(noaux, i8042_noaux, bool, 0);
MODULE_PARM_DESC(noaux, "Do not probe or use AUX (mouse) port.");
module_param_named(nomux, i8042_nomux, bool, 0);
MODULE_PARM_DESC(nomux, "Do not check whether an active multiplexing conrtoller is present.");
module_param_named(unlock, i8042_unlock, bool, 0);
MODULE_PARM_DESC(unlock, "Ignore keyboard lock.");
module_param_named(reset, i8042_reset, bool, 0);
MODULE_PARM_DESC(reset, "Reset controller during init and cleanup.");
module_param_named(dumbkbd, i8042_dumbkbd, bool, 0);
MODULE_PARM_DESC(dumbkbd, "Pretend that controller can only read data from keyboard");
module_param_named(noloop, i8042_noloop, bool, 0);
MODULE_PARM_DESC(noloop, "Disable the AUX Loopback command while probing for the AUX port");
module_param_named(debug, i8042_debug, bool, 0600);
MODULE_PARM_DESC(debug, "Turn i8042 debugging mode on and off");

/* The configuration byte as the controller had it before us: put back on unload */
static u8 i8042_initial_ctr;
static bool kbd_registered;
static int kbd_major;

/* The scancodes the top half dropped because the tasklet had not caught up. */
unsigned long i8042_overruns;
static unsigned long overruns_reported;
static unsigned int acks_expected;

static int i8042_wait_write(void)
{
	int i = I8042_TIMEOUT;

	while ((inb(I8042_STATUS_REG) & I8042_STR_IBF) && --i)
		cpu_relax();
	return i ? 0 : -ETIMEDOUT;
}

static int i8042_wait_read(void)
{
	int i = I8042_TIMEOUT;

	while (!(inb(I8042_STATUS_REG) & I8042_STR_OBF) && --i)
		cpu_relax();
	return i ? 0 : -ETIMEDOUT;
}

/* i8042_command - send a controller command, with an optional parameter and reply */
static int i8042_command(u8 cmd, int param, u8 *reply)
{
	if (i8042_wait_write())
		return -ETIMEDOUT;
	outb(cmd, I8042_COMMAND_REG);
	if (param >= 0) {
		if (i8042_wait_write())
			return -ETIMEDOUT;
		outb(param, I8042_DATA_REG);
	}
	if (reply) {
		if (i8042_wait_read())
			return -ETIMEDOUT;
		*reply = inb(I8042_DATA_REG);
	}
	return 0;
}

static void i8042_flush(void)
{
	int i = 64;

	while ((inb(I8042_STATUS_REG) & I8042_STR_OBF) && i--)
		inb(I8042_DATA_REG);
}

static void kbd_tasklet_fn(unsigned long data);
static DECLARE_TASKLET(kbd_tasklet, kbd_tasklet_fn, 0);

static irqreturn_t i8042_interrupt(int irq, void *dev_id)
{
	u8 str = inb(I8042_STATUS_REG), data;

	if (!(str & I8042_STR_OBF))
		return IRQ_NONE;
	data = inb(I8042_DATA_REG);
	if (i8042_debug)
		printk(KERN_DEBUG "i8042: %02x <- i8042 (interrupt, %d, %d)\n", data,
		       !!(str & I8042_STR_AUXDATA), irq);
	if (str & I8042_STR_AUXDATA)
		return IRQ_HANDLED; /* a mouse byte: no mouse driver */
	if (!kfifo_put(&scancode_fifo, data))
		i8042_overruns++;
	tasklet_schedule(&kbd_tasklet);
	return IRQ_HANDLED;
}

/* kbd_set_leds - send the Set LEDs command and its byte to the keyboard */
static void kbd_set_leds(u8 leds)
{
	if (i8042_dumbkbd) /* a controller that cannot write to the keyboard */
		return;
	if (i8042_wait_write())
		return;
	outb(KBD_CMD_SET_LEDS, I8042_DATA_REG);
	if (i8042_wait_write())
		return;
	outb(leds, I8042_DATA_REG);
	acks_expected += 2; /* one ACK for the command, one for the byte */
}

static void report_overruns(void)
{
	unsigned long n = READ_ONCE(i8042_overruns);

	if (n != overruns_reported) {
		printk(KERN_WARNING
		       "i8042: keyboard fifo overrun, %lu scancodes lost (%lu in all)\n",
		       n - overruns_reported, n);
		overruns_reported = n;
	}
}

/* kbd_event - hand a raw scancode to the "kbd" device, if it is open */
static void kbd_event(u8 scancode)
{
	if (READ_ONCE(kbd_event_open) && kfifo_put(&kbd_event_fifo, scancode))
		wake_up_interruptible(&kbd_event_wait);
}

/* The bottom half: decode the queued scancodes and feed the console tty. */
static void kbd_tasklet_fn(unsigned long data)
{
	char buf[KBD_MAX_OUTPUT];
	bool leds_changed;
	u8 scancode;
	int n;

	while (kfifo_get(&scancode_fifo, &scancode)) {
		if (acks_expected && (scancode == KBD_REPLY_ACK || scancode == KBD_REPLY_RESEND)) {
			acks_expected--;
			continue;
		}
		kbd_event(scancode);
		n = kbd_translate(&kbd_state, scancode, buf, &leds_changed);
		if (n)
			kbd_put_queue(buf, n);
		if (kbd_state.sysrq_key) {
			handle_sysrq(kbd_state.sysrq_key, NULL);
			kbd_state.sysrq_key = 0;
		}
		if (kbd_state.boot) { /* Ctrl-Alt-Del: 2.6.32's fn_boot_it */
			kbd_state.boot = false;
			ctrl_alt_del();
		}
		if (leds_changed)
			kbd_set_leds(kbd_state.ledflagstate);
	}
	report_overruns();
}

static int kbd_open(struct inode *inode, struct file *file)
{
	if (kbd_event_open)
		return -EBUSY;
	kfifo_reset(&kbd_event_fifo);
	WRITE_ONCE(kbd_event_open, true);
	return 0;
}

static int kbd_release(struct inode *inode, struct file *file)
{
	WRITE_ONCE(kbd_event_open, false);
	return 0;
}

static ssize_t kbd_read(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	if (kfifo_is_empty(&kbd_event_fifo) && (file->f_flags & O_NONBLOCK))
		return -EAGAIN;
	if (wait_event_interruptible(kbd_event_wait, !kfifo_is_empty(&kbd_event_fifo)))
		return -ERESTARTSYS;
	return kfifo_out(&kbd_event_fifo, buf, count);
}

static unsigned int kbd_poll(struct file *file, poll_table *wait)
{
	poll_wait(file, &kbd_event_wait, wait);
	return kfifo_is_empty(&kbd_event_fifo) ? 0 : POLLIN | POLLRDNORM;
}

static const struct file_operations kbd_fops = {
	.owner = THIS_MODULE, /* an open /dev/kbd holds i8042.ko */
	.open = kbd_open,
	.release = kbd_release,
	.read = kbd_read,
	.poll = kbd_poll,
};

/* i8042_controller_init - the initialisation sequence; 0 or a negative errno */
static int i8042_controller_init(void)
{
	u8 ctr, reply = 0; /* a command that times out leaves it unset */

	if (i8042_command(I8042_CMD_KBD_DISABLE, -1, NULL) ||
	    i8042_command(I8042_CMD_AUX_DISABLE, -1, NULL))
		return -ENODEV;
	i8042_flush();
	if (i8042_command(I8042_CMD_CTL_RCTR, -1, &ctr))
		return -EIO;
	i8042_initial_ctr = ctr;
	ctr &= ~(I8042_CTR_KBDINT | I8042_CTR_AUXINT);
	if (i8042_command(I8042_CMD_CTL_WCTR, ctr, NULL))
		return -EIO;
	if (i8042_command(I8042_CMD_CTL_TEST, -1, &reply) || reply != I8042_SELFTEST_OK) {
		printk(KERN_ERR "i8042: controller self test failed (0x%02x)\n", reply);
		return -EIO;
	}
	if (i8042_command(I8042_CMD_KBD_TEST, -1, &reply) || reply)
		printk(KERN_WARNING "i8042: keyboard port test failed (0x%02x)\n", reply);
	if (i8042_nokbd)
		return 0; /* both ports stay off, as 2.6.32 leaves a port it does not use */
	ctr = (ctr | I8042_CTR_KBDINT | I8042_CTR_XLATE) & ~I8042_CTR_KBDDIS;
	if (i8042_command(I8042_CMD_CTL_WCTR, ctr, NULL)) /* the self-test may reset it */
		return -EIO;
	return i8042_command(I8042_CMD_KBD_ENABLE, -1, NULL) ? -EIO : 0;
}

/*
 * i8042_controller_reset - leave the controller as it was found: both
 * ports and their interrupts off, a self-test if reset=1, then the
 * configuration byte read at load (2.6.32's i8042_controller_reset).
 */
static void i8042_controller_reset(void)
{
	u8 reply = 0;

	i8042_command(I8042_CMD_KBD_DISABLE, -1, NULL);
	i8042_command(I8042_CMD_CTL_WCTR,
		      i8042_initial_ctr & ~(I8042_CTR_KBDINT | I8042_CTR_AUXINT), NULL);
	i8042_flush();
	if (i8042_reset &&
	    (i8042_command(I8042_CMD_CTL_TEST, -1, &reply) || reply != I8042_SELFTEST_OK))
		printk(KERN_ERR "i8042: controller self test failed (0x%02x)\n", reply);
	i8042_command(I8042_CMD_CTL_WCTR, i8042_initial_ctr, NULL);
	if (!(i8042_initial_ctr & I8042_CTR_KBDDIS))
		i8042_command(I8042_CMD_KBD_ENABLE, -1, NULL);
}

/**
 * i8042_init - bring up the keyboard controller and the keyboard on IRQ1
 *
 * As a module, its module_init; built in, console_drivers_init() calls it
 * once the console tty is up.
 *
 * Context: process context, after the IRQ layer and the console tty are up.
 * Return: 0, -ENODEV/-EIO if the controller does not answer or fails its
 * self-test, or the error of request_irq() or register_chrdev().
 */
int __init i8042_init(void)
{
	unsigned long flags;
	int ret;

	kfifo_init(&scancode_fifo, scancode_buf, sizeof(scancode_buf));
	kfifo_init(&kbd_event_fifo, event_buf, sizeof(event_buf));
	kbd_init_state(&kbd_state);
	ret = i8042_controller_init();
	if (ret)
		return ret;
	if (i8042_nokbd)
		return 0;
	/*
	 * Empty the output buffer before IRQ1 can fire, with interrupts off
	 * (Linux holds i8042_lock irqsave): the handler reads port 0x60 too.
	 */
	local_irq_save(flags);
	i8042_flush();
	local_irq_restore(flags);
	ret = request_irq(I8042_KBD_IRQ, i8042_interrupt, IRQF_SHARED, "i8042", &scancode_fifo);
	if (ret)
		goto out_reset;
	/*
	 * A dynamic major: 13 is Linux's input subsystem (/dev/input/...),
	 * and raw scancodes are Linnet's own device, not an input event one.
	 */
	ret = register_chrdev(0, "kbd", &kbd_fops);
	if (ret < 0)
		goto out_irq;
	kbd_major = ret;
	kbd_registered = true;
	printk(KERN_INFO "serio: i8042 KBD port at 0x60,0x64 irq 1\n");
	return 0;

out_irq:
	free_irq(I8042_KBD_IRQ, &scancode_fifo);
	tasklet_kill(&kbd_tasklet);
out_reset:
	i8042_controller_reset();
	return ret;
}

/*
 * i8042_exit - rmmod i8042: the controller quiet first (no new
 * interrupt), then IRQ1, the pending bottom half and the device go.
 */
static void __exit i8042_exit(void)
{
	i8042_controller_reset();
	if (!kbd_registered)
		return;
	free_irq(I8042_KBD_IRQ, &scancode_fifo);
	tasklet_kill(&kbd_tasklet);
	unregister_chrdev(kbd_major, "kbd");
}

#ifdef MODULE
module_init(i8042_init);
#endif
module_exit(i8042_exit);

MODULE_AUTHOR("Linnet developers");
MODULE_DESCRIPTION("i8042 keyboard and mouse controller driver");
MODULE_LICENSE("GPL");
