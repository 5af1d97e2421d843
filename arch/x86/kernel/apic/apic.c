/*
 * apic.c - the local APIC, as far as the 8259A needs it: virtual wire mode.
 *
 * Linnet's interrupts come from the two 8259As (arch/x86/kernel/i8259.c).
 * On a CPU with a local APIC, the 8259A's INTR output does not go to the
 * CPU's pin directly: it enters the local APIC on its LINT0 input, and
 * reaches the core only if LINT0's entry in the local vector table says
 * "ExtINT" (pass the 8259A's vector through) and is not masked. The MP
 * specification calls that setting virtual wire mode, and a PC BIOS
 * leaves the boot CPU in it, so that an operating system that knows only
 * the 8259A (DOS, or Linux built without local APIC support) works.
 * SeaBIOS, QEMU's usual firmware, does. qboot, QEMU's minimal firmware,
 * leaves the local APIC as the reset left it in QEMU: software-disabled,
 * LINT0 masked, so not one timer interrupt arrives.
 *
 * init_bsp_APIC() puts the boot CPU's local APIC in virtual wire mode
 * itself, as Linux 2.6.32's function of that name does: enable the APIC
 * in its spurious-interrupt register (vector 0xff), LINT0 = ExtINT,
 * LINT1 = NMI. Nothing else of the local APIC is used: no APIC timer, no
 * IPIs, no IO-APIC. 2.6.32 calls it from init_ISA_irqs() and skips it
 * when an MP table was found (the IO-APIC will be set up instead); Linnet
 * never uses an IO-APIC, and does it whenever the CPU has an enabled local
 * APIC.
 *
 * The spurious-interrupt register names the vector the APIC delivers
 * when an interrupt it was about to hand over went away (the CPU raised
 * its priority meanwhile); such a vector sets no in-service bit and must
 * get no EOI. 2.6.32 gives it a handler of its own,
 * smp_spurious_interrupt(): EOI only if the in-service bit is set after
 * all, count it in irq_stat.irq_spurious_count (the SPU row of
 * /proc/interrupts) and print "spurious APIC interrupt on CPU#0, should
 * never happen." at KERN_INFO, every time. The error vector (0xfe) goes
 * to smp_error_interrupt(): read and clear the error status register,
 * EOI, count it in irq_err_count (the ERR row) and report the bits at
 * KERN_DEBUG. Both are here, as 2.6.32 has them; the gates are set by
 * arch/x86/kernel/irqinit.c:apic_intr_init whether or not the CPU has an
 * APIC, as 2.6.32's are. Linnet does not run 2.6.32's setup_local_APIC(),
 * so the error entry of the local vector table stays as the firmware
 * left it (masked after a reset): the handler runs only when something
 * raises the vector itself (`int $0xfe`, as the KUnit suite irq_proc
 * does). The APIC's page stays mapped for the handlers' reads and EOIs.
 * See docs/interrupts.md.
 */
#include <linux/kernel.h>
#include <asm/io.h>
#include <asm/msr.h>
#include <asm/page.h>
#include <asm/processor.h>
#include <asm/apic.h>
#include <asm/hardirq.h>
#include <linux/hardirq.h>
#include <linux/irq.h>

#define X86_FEATURE_APIC_BIT 9 /* CPUID.1:EDX: the CPU has a local APIC */
#define MSR_IA32_APICBASE 0x1b
#define MSR_IA32_APICBASE_ENABLE (1U << 11) /* globally enabled */
#define MSR_IA32_APICBASE_BASE 0xfffff000U

/* the registers used here, as offsets in the APIC's 4 KiB page */
#define APIC_EOI 0xb0 /* end of interrupt: write 0 */
#define APIC_SPIV 0xf0 /* spurious-interrupt vector; bit 8 enables the APIC */
#define APIC_ISR 0x100 /* in service: eight 32-bit words, 16 bytes apart */
#define APIC_ESR 0x280 /* error status: write, then read the latched bits */
#define APIC_SPIV_APIC_ENABLED 0x100
#define APIC_VECTOR_MASK 0xff
#define APIC_LVT0 0x350 /* LINT0's entry: the 8259A's INTR */
#define APIC_LVT1 0x360 /* LINT1's entry: the NMI pin */
#define APIC_DM_NMI 0x400
#define APIC_DM_EXTINT 0x700

/* the boot CPU's local APIC, mapped; NULL without one */
static void __iomem *apic_base;

static u32 apic_read(unsigned int reg)
{
	return readl(apic_base + reg);
}

static void apic_write(unsigned int reg, u32 v)
{
	writel(v, apic_base + reg);
}

static void ack_APIC_irq(void)
{
	apic_write(APIC_EOI, 0);
}

/**
 * init_bsp_APIC - let the 8259A's interrupts through the boot CPU's local APIC
 *
 * Sets virtual wire mode (the file's opening comment). Does nothing on a
 * CPU without a local APIC, or with one disabled in its base MSR: the
 * 8259A then drives the CPU's interrupt pin itself.
 *
 * Context: boot, interrupts off, after vmalloc_init() (the APIC's page is
 * mapped with ioremap_nocache() and stays mapped for the handlers below).
 */
void init_bsp_APIC(void)
{
	unsigned int a, b, c, d, lo, hi;
	void __iomem *apic;
	u32 spiv;

	cpuid(1, &a, &b, &c, &d);
	if (!(d & (1U << X86_FEATURE_APIC_BIT)))
		return;
	rdmsr(MSR_IA32_APICBASE, lo, hi);
	if (!(lo & MSR_IA32_APICBASE_ENABLE))
		return;
	apic = ioremap_nocache(lo & MSR_IA32_APICBASE_BASE, PAGE_SIZE);
	if (!apic) {
		printk(KERN_ERR "APIC: cannot map the local APIC; PIC interrupts may not arrive\n");
		return;
	}
	apic_base = apic;
	spiv = apic_read(APIC_SPIV) & ~APIC_VECTOR_MASK;
	apic_write(APIC_SPIV, spiv | APIC_SPIV_APIC_ENABLED | SPURIOUS_APIC_VECTOR);
	apic_write(APIC_LVT0, APIC_DM_EXTINT);
	apic_write(APIC_LVT1, APIC_DM_NMI);
}

/**
 * smp_spurious_interrupt - the spurious vector (0xff) was delivered
 * @regs: the interrupted registers
 *
 * A true spurious interrupt sets no in-service bit and gets no EOI; a
 * vector 0xff that did set one (a device or an IPI using it by mistake)
 * is acknowledged, as 2.6.32 does "just in case".
 *
 * Context: hard interrupt, interrupts off (arch/x86/kernel/entry_32.asm).
 */
asmlinkage void smp_spurious_interrupt(struct pt_regs *regs)
{
	unsigned int isr = APIC_ISR + ((SPURIOUS_APIC_VECTOR & ~0x1f) >> 1);

	(void)regs;
	irq_enter();
	if (apic_base && (apic_read(isr) & (1U << (SPURIOUS_APIC_VECTOR & 0x1f))))
		ack_APIC_irq();
	inc_irq_stat(irq_spurious_count);
	pr_info("spurious APIC interrupt on CPU#%d, should never happen.\n", 0);
	irq_exit();
}

/**
 * smp_error_interrupt - the local APIC reported an error (vector 0xfe)
 * @regs: the interrupted registers
 *
 * Read the error status register (v), write it to latch the current
 * errors and read again (v1), acknowledge, count in
 * irq_err_count (the ERR row) and report at KERN_DEBUG, as 2.6.32.
 *
 * Context: hard interrupt, interrupts off (arch/x86/kernel/entry_32.asm).
 */
asmlinkage void smp_error_interrupt(struct pt_regs *regs)
{
	u32 v = 0, v1 = 0;

	(void)regs;
	irq_enter();
	if (apic_base) {
		v = apic_read(APIC_ESR);
		apic_write(APIC_ESR, 0);
		v1 = apic_read(APIC_ESR);
		ack_APIC_irq();
	}
	atomic_inc(&irq_err_count);
	pr_debug("APIC error on CPU%d: %02x(%02x)\n", 0, v, v1);
	irq_exit();
}
