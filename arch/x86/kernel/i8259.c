/*
 * i8259.c - the two 8259A programmable interrupt controllers of the PC.
 *
 * Each 8259A has eight inputs (IR0-7). The master's output goes to the
 * CPU; the slave's output goes to the master's IR2, so the PC has fifteen
 * usable lines, IRQ0-7 on the master and IRQ8-15 on the slave:
 *
 *   devices -> IR0..7 [slave 0xa0] --INT--+
 *                                         v IR2
 *   devices -> IR0..7 [master 0x20] --INT--> CPU (vector = base + line)
 *
 * Three registers per chip matter: IRR (lines requesting), ISR (lines
 * being serviced: set when the CPU acknowledges, cleared by an EOI) and
 * IMR (masked lines). init_8259A() sends the four initialisation words
 * that move the vectors to 0x20 and 0x28 (the BIOS leaves them on top of
 * the CPU's exceptions) and wire the cascade. Then each interrupt is
 * acknowledged with a specific EOI after masking its line
 * (mask_and_ack_8259A), and the line is unmasked after the handlers ran.
 *
 * A spurious interrupt: if a line drops its request between the 8259A
 * telling the CPU and the CPU's acknowledge, the chip has nothing to
 * deliver and hands over its lowest-priority vector, IRQ7 (IRQ15 on the
 * slave) with the ISR bit clear. That interrupt must not be EOI'd (that
 * could end a real one in service) and no handler must run; it is counted
 * in irq_err_count (ERR in /proc/interrupts). See docs/interrupts.md.
 */
#include <linux/kernel.h>
#include <linux/delay.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <asm/apic.h>
#include <asm/i8259.h>
#include <asm/io.h>

#define ICW1_INIT 0x11 /* ICW1: edge triggered, cascade mode, ICW4 needed */
#define ICW4_8086 0x01 /* ICW4: 8086/88 mode */
#define ICW4_AUTO_EOI 0x02
#define OCW2_SPECIFIC_EOI 0x60 /* OCW2: specific EOI; | the line number */
#define OCW3_READ_IRR 0x0a /* OCW3: the next read of the command port gives IRR */
#define OCW3_READ_ISR 0x0b /* OCW3: ... gives ISR */
#define MASTER_VECTOR 0x20 /* ICW2 */
#define SLAVE_VECTOR 0x28

/* cached_irq_mask - the IMRs of both chips (bit n = IRQn masked); reading the chip is slow */
unsigned int cached_irq_mask = 0xffff;

static unsigned int spurious_reported;

static void write_masks(unsigned int irq)
{
	if (irq & 8)
		outb(cached_slave_mask, PIC_SLAVE_IMR);
	else
		outb(cached_master_mask, PIC_MASTER_IMR);
}

static void disable_8259A_irq(unsigned int irq)
{
	unsigned long flags;

	local_irq_save(flags);
	cached_irq_mask |= 1 << irq;
	write_masks(irq);
	local_irq_restore(flags);
}

static void enable_8259A_irq(unsigned int irq)
{
	unsigned long flags;

	local_irq_save(flags);
	cached_irq_mask &= ~(1 << irq);
	write_masks(irq);
	local_irq_restore(flags);
}

static unsigned int startup_8259A_irq(unsigned int irq)
{
	enable_8259A_irq(irq);
	return 0;
}

/* Is the line really in service? Reads ISR through OCW3, then restores IRR reads. */
static bool i8259A_irq_real(unsigned int irq)
{
	u16 cmd = (irq & 8) ? PIC_SLAVE_CMD : PIC_MASTER_CMD;
	bool real;

	outb(OCW3_READ_ISR, cmd);
	real = inb(cmd) & (1 << (irq & 7));
	outb(OCW3_READ_IRR, cmd);
	return real;
}

/*
 * Only the lowest-priority line of a chip is ever made up by it, but a
 * masked line that interrupts is just as suspicious (Linux checks those).
 * Check ISR for both; a phantom is counted, reported once per line, and
 * left without an EOI - except that a phantom IRQ15 did come through the
 * master's cascade input, which is really in service and needs its EOI.
 */
static bool i8259A_spurious(unsigned int irq)
{
	unsigned int irqmask = 1 << irq;

	if ((irq & 7) != 7 && !(cached_irq_mask & irqmask))
		return false;
	if (i8259A_irq_real(irq))
		return false;
	if (irq & 8)
		outb(OCW2_SPECIFIC_EOI + PIC_CASCADE_IR, PIC_MASTER_CMD);
	if (!(spurious_reported & irqmask)) {
		printk(KERN_DEBUG "spurious 8259A interrupt: IRQ%u.\n", irq);
		spurious_reported |= irqmask;
	}
	atomic_inc(&irq_err_count);
	return true;
}

/* Mask the line, then a specific EOI: to the slave and for the cascade, or to the master. */
static void mask_and_ack_8259A(unsigned int irq)
{
	cached_irq_mask |= 1 << irq;
	write_masks(irq);
	if (irq & 8) {
		outb(OCW2_SPECIFIC_EOI + (irq & 7), PIC_SLAVE_CMD);
		outb(OCW2_SPECIFIC_EOI + PIC_CASCADE_IR, PIC_MASTER_CMD);
	} else {
		outb(OCW2_SPECIFIC_EOI + irq, PIC_MASTER_CMD);
	}
}

/*
 * In auto-EOI mode the master ends each interrupt by itself at the
 * acknowledge, so acking is only masking; the slave (Linux leaves it in
 * normal mode too) still needs its specific EOI. Linux 2.6.32 switches
 * mask_ack to disable_8259A_irq alone, which leaves slave lines in
 * service; Linnet EOIs the slave.
 */
static void mask_and_ack_8259A_aeoi(unsigned int irq)
{
	cached_irq_mask |= 1 << irq;
	write_masks(irq);
	if (irq & 8)
		outb(OCW2_SPECIFIC_EOI + (irq & 7), PIC_SLAVE_CMD);
}

static struct irq_chip i8259A_chip = {
	.name = "XT-PIC",
	.startup = startup_8259A_irq,
	.shutdown = disable_8259A_irq,
	.enable = enable_8259A_irq,
	.disable = disable_8259A_irq,
	.mask = disable_8259A_irq,
	.unmask = enable_8259A_irq,
	.mask_ack = mask_and_ack_8259A,
	.spurious = i8259A_spurious,
};

/**
 * init_8259A - initialise both 8259As: vectors 0x20/0x28, cascade on IRQ2
 * @auto_eoi: non-zero to have the chips end each interrupt by themselves
 *
 * Every line is masked during the sequence and the cached masks are
 * restored after it; the 100 us wait gives the chips time to settle.
 * With @auto_eoi the master acknowledges by itself, and the chip's
 * mask_ack stops sending it EOIs, as in Linux.
 *
 * Context: boot, interrupts off.
 */
void init_8259A(int auto_eoi)
{
	outb(0xff, PIC_MASTER_IMR);
	outb(0xff, PIC_SLAVE_IMR);

	outb_p(ICW1_INIT, PIC_MASTER_CMD);
	outb_p(MASTER_VECTOR, PIC_MASTER_IMR); /* ICW2: IR0-7 -> 0x20-0x27 */
	outb_p(1U << PIC_CASCADE_IR, PIC_MASTER_IMR); /* ICW3: a slave on IR2 */
	outb_p(ICW4_8086 | (auto_eoi ? ICW4_AUTO_EOI : 0), PIC_MASTER_IMR);

	outb_p(ICW1_INIT, PIC_SLAVE_CMD);
	outb_p(SLAVE_VECTOR, PIC_SLAVE_IMR); /* ICW2: IR0-7 -> 0x28-0x2f */
	outb_p(PIC_CASCADE_IR, PIC_SLAVE_IMR); /* ICW3: my id is 2 */
	outb_p(ICW4_8086, PIC_SLAVE_IMR);

	i8259A_chip.mask_ack = auto_eoi ? mask_and_ack_8259A_aeoi : mask_and_ack_8259A;
	udelay(100);
	outb(cached_master_mask, PIC_MASTER_IMR);
	outb(cached_slave_mask, PIC_SLAVE_IMR);
}

/* The cascade line has no device of its own: nothing to handle. */
static irqreturn_t no_action(int irq, void *dev_id)
{
	return IRQ_NONE;
}

static struct irqaction irq2 = {
	.handler = no_action,
	.name = "cascade",
};

/**
 * init_ISA_irqs - set up the PICs and give every line the XT-PIC chip
 *
 * Claims IRQ2 for the cascade, which unmasks it so the slave's lines
 * can get through.
 *
 * Context: boot, interrupts off.
 */
void init_ISA_irqs(void)
{
	unsigned int irq;

	init_bsp_APIC(); /* the 8259A's INTR passes through the local APIC */
	init_8259A(0);
	for (irq = 0; irq < NR_IRQS; irq++)
		set_irq_chip_and_handler_name(irq, &i8259A_chip, handle_level_irq, "XT");
	setup_irq(PIC_CASCADE_IR, &irq2);
}
