/*
 * irqflags.h - local_irq_save() and friends.
 *
 * On a uniprocessor, turning interrupts off is the strongest lock there is:
 * nothing else can run. local_irq_save() remembers whether they were on, so
 * sections nest; local_irq_restore() puts back exactly what was there.
 */
#ifndef _LINUX_IRQFLAGS_H
#define _LINUX_IRQFLAGS_H

#include <asm/irqflags.h>

#define local_irq_enable() native_irq_enable()
#define local_irq_disable() native_irq_disable()
#define local_irq_save(flags)                      \
	do {                                       \
		(flags) = native_save_fl();        \
		native_irq_disable();              \
	} while (0)
#define local_irq_restore(flags) native_restore_fl(flags)
#define local_save_flags(flags) ((flags) = native_save_fl())
#define irqs_disabled() raw_irqs_disabled_flags(native_save_fl())
#define irqs_disabled_flags(flags) raw_irqs_disabled_flags(flags)
#define safe_halt() native_safe_halt()

#endif /* _LINUX_IRQFLAGS_H */
