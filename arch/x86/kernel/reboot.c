/*
 * reboot.c - halting, restarting and leaving QEMU.
 *
 * A PC restarts when the keyboard controller pulses the CPU's reset line
 * (command 0xFE to port 0x64); if that fails, loading an empty IDT and
 * raising an exception makes the CPU triple-fault, which also resets it.
 * Under QEMU with -no-reboot either one ends QEMU.
 *
 * The test harness gives QEMU an isa-debug-exit device at port 0xf4:
 * writing a byte there makes QEMU exit with status (byte << 1) | 1, which
 * is how a test run reports pass or fail. See docs/testing.md.
 */
#include <linux/kernel.h>
#include <linux/reboot.h>
#include <linux/irqflags.h>
#include <asm/io.h>
#include <asm/desc.h>

#define QEMU_DEBUG_EXIT_PORT 0xf4
#define I8042_COMMAND 0x64
#define I8042_STATUS_INPUT_FULL 0x02
#define I8042_CMD_PULSE_RESET 0xFE
#define ACPI_PM1A_CNT_QEMU 0x604 /* QEMU's PIIX4 power-management control */
#define ACPI_SLP_EN_S5 0x2000

/**
 * qemu_debug_exit - leave QEMU with an exit status, through isa-debug-exit
 * @code: 0 for success; QEMU exits with (code << 1) | 1
 *
 * Returns only when there is no such device (real hardware, `make run`).
 *
 * Context: any.
 */
void qemu_debug_exit(int code)
{
	outb(code, QEMU_DEBUG_EXIT_PORT);
}

/**
 * machine_halt - stop the CPU for good
 *
 * Context: any. Does not return.
 */
void machine_halt(void)
{
	local_irq_disable();
	for (;;)
		halt();
}

/**
 * machine_restart - reset the machine
 * @cmd: ignored (Linux passes a reboot command string)
 *
 * Context: any. Does not return.
 */
void machine_restart(char *cmd)
{
	struct desc_ptr no_idt = { 0, 0 };
	int i;

	local_irq_disable();
	for (i = 0; i < 0x10000 && (inb(I8042_COMMAND) & I8042_STATUS_INPUT_FULL); i++)
		cpu_relax();
	outb(I8042_CMD_PULSE_RESET, I8042_COMMAND);
	/* Still here: an exception with no IDT triple-faults the CPU. */
	__asm__ __volatile__("lidt %0; int3" : : "m"(no_idt));
	machine_halt();
}

/**
 * machine_power_off - switch the machine off (QEMU's ACPI), else halt
 *
 * Context: any. Does not return.
 */
void machine_power_off(void)
{
	local_irq_disable();
	outw(ACPI_SLP_EN_S5, ACPI_PM1A_CNT_QEMU);
	machine_halt();
}
