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
 * APIC. 2.6.32 with a local APIC also shows LOC, SPU and the other APIC
 * rows in /proc/interrupts; Linnet counts no APIC interrupts and shows
 * none (arch/x86/kernel/irq.c). See docs/interrupts.md.
 */
#include <linux/kernel.h>
#include <asm/io.h>
#include <asm/msr.h>
#include <asm/page.h>
#include <asm/processor.h>
#include <asm/apic.h>

#define X86_FEATURE_APIC_BIT 9 /* CPUID.1:EDX: the CPU has a local APIC */
#define MSR_IA32_APICBASE 0x1b
#define MSR_IA32_APICBASE_ENABLE (1U << 11) /* globally enabled */
#define MSR_IA32_APICBASE_BASE 0xfffff000U

/* the registers used here, as offsets in the APIC's 4 KiB page */
#define APIC_SPIV 0xf0 /* spurious-interrupt vector; bit 8 enables the APIC */
#define APIC_SPIV_APIC_ENABLED 0x100
#define APIC_VECTOR_MASK 0xff
#define APIC_LVT0 0x350 /* LINT0's entry: the 8259A's INTR */
#define APIC_LVT1 0x360 /* LINT1's entry: the NMI pin */
#define APIC_DM_NMI 0x400
#define APIC_DM_EXTINT 0x700
#define SPURIOUS_APIC_VECTOR 0xff

/**
 * init_bsp_APIC - let the 8259A's interrupts through the boot CPU's local APIC
 *
 * Sets virtual wire mode (the file's opening comment). Does nothing on a
 * CPU without a local APIC, or with one disabled in its base MSR: the
 * 8259A then drives the CPU's interrupt pin itself.
 *
 * Context: boot, interrupts off, after vmalloc_init() (the APIC's page is
 * mapped with ioremap_nocache() for the three writes).
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
	spiv = readl(apic + APIC_SPIV) & ~APIC_VECTOR_MASK;
	writel(spiv | APIC_SPIV_APIC_ENABLED | SPURIOUS_APIC_VECTOR, apic + APIC_SPIV);
	writel(APIC_DM_EXTINT, apic + APIC_LVT0);
	writel(APIC_DM_NMI, apic + APIC_LVT1);
	iounmap(apic);
}
