/*
 * drivers/base/devres.c - managed resources: freed when the device goes.
 *
 * Each managed resource is a small header followed by its data, allocated
 * in one piece by devres_alloc(): the header links it on the device's
 * devres list and names the function that releases it. devres_add() puts
 * it at the head of the list, so walking from the head releases the
 * newest first: the reverse of acquisition, which is the order a
 * hand-written error path would undo things in (an interrupt handler that
 * uses a buffer is freed before the buffer).
 *
 * devm_kmalloc() is the simplest user: its "resource" is the data itself
 * and releasing it only frees the block. devm_request_irq() records the
 * irq and dev_id, and its release calls free_irq(). devm_add_action()
 * records any function and argument. The devm_*free() and
 * devm_remove_action() calls find a resource by its release function and
 * data, unlink it, and release it early (or just forget it).
 *
 * The design is Linux 2.6.32's (devres arrived in 2.6.21); Linnet leaves
 * out the groups (devres_open_group) and the debug tracing. See
 * docs/drivers-core.md.
 */
#include <linux/device.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/module.h>

struct devres {
	struct list_head node;
	dr_release_t release;
	/* the data follows, aligned for any type */
	unsigned long long data[];
};

static struct devres *to_devres(void *res)
{
	return (struct devres *)((char *)res - offsetof(struct devres, data));
}

/**
 * devres_alloc - allocate a managed resource (not yet on any device)
 * @release: called with the device and the data when it is released
 * @size: the size of the data
 * @gfp: allocation flags
 *
 * Context: as kmalloc() with @gfp.
 * Return: the data (zeroed), or NULL.
 */
void *devres_alloc(dr_release_t release, size_t size, gfp_t gfp)
{
	struct devres *dr;

	if (size > SIZE_MAX - sizeof(*dr))
		return NULL;
	dr = kmalloc(sizeof(*dr) + size, gfp | __GFP_ZERO);
	if (!dr)
		return NULL;
	INIT_LIST_HEAD(&dr->node);
	dr->release = release;
	return dr->data;
}
EXPORT_SYMBOL_GPL(devres_alloc);

/**
 * devres_free - free a resource that was never added
 * @res: data from devres_alloc(), or NULL
 *
 * Context: any context kfree() may run in.
 */
void devres_free(void *res)
{
	if (res) {
		WARN_ON(!list_empty(&to_devres(res)->node));
		kfree(to_devres(res));
	}
}
EXPORT_SYMBOL_GPL(devres_free);

/**
 * devres_add - hand a resource to a device
 * @dev: the device
 * @res: data from devres_alloc()
 *
 * Context: any.
 */
void devres_add(struct device *dev, void *res)
{
	unsigned long flags;

	spin_lock_irqsave(&dev->devres_lock, flags);
	list_add(&to_devres(res)->node, &dev->devres_head);
	spin_unlock_irqrestore(&dev->devres_lock, flags);
}
EXPORT_SYMBOL_GPL(devres_add);

/* Unlink the newest resource released by @release whose data matches. */
static struct devres *devres_remove_match(struct device *dev, dr_release_t release,
					  bool (*match)(void *res, void *data), void *data)
{
	struct devres *dr, *found = NULL;
	unsigned long flags;

	spin_lock_irqsave(&dev->devres_lock, flags);
	list_for_each_entry(dr, &dev->devres_head, node) {
		if (dr->release == release && (!match || match(dr->data, data))) {
			list_del_init(&dr->node);
			found = dr;
			break;
		}
	}
	spin_unlock_irqrestore(&dev->devres_lock, flags);
	return found;
}

/**
 * devres_release_all - release every managed resource, newest first
 * @dev: the device
 *
 * Called when the device goes (device_del, and the final put_device).
 *
 * Context: process context.
 * Return: how many resources were released.
 */
int devres_release_all(struct device *dev)
{
	unsigned long flags;
	int n = 0;

	if (!dev->devres_head.next) /* never initialised */
		return 0;
	for (;;) {
		struct devres *dr = NULL;

		spin_lock_irqsave(&dev->devres_lock, flags);
		if (!list_empty(&dev->devres_head)) {
			/* cppcheck-suppress nullPointer ; container_of's offsetof */
			dr = list_first_entry(&dev->devres_head, struct devres, node);
			list_del_init(&dr->node);
		}
		spin_unlock_irqrestore(&dev->devres_lock, flags);
		if (!dr)
			return n;
		dr->release(dev, dr->data);
		kfree(dr);
		n++;
	}
}

/* devm_kmalloc's resource is its data; freeing the devres frees it */
static void devm_kmalloc_release(struct device *dev, void *res)
{
}

/**
 * devm_kmalloc - allocate memory that is freed when the device goes
 * @dev: the device
 * @size: bytes
 * @gfp: allocation flags (__GFP_ZERO honoured)
 *
 * Context: as kmalloc() with @gfp.
 * Return: the memory, or NULL.
 */
void *devm_kmalloc(struct device *dev, size_t size, gfp_t gfp)
{
	void *p;

	if (!size)
		return ZERO_SIZE_PTR;
	p = devres_alloc(devm_kmalloc_release, size, gfp);
	if (!p)
		return NULL;
	devres_add(dev, p);
	return p;
}

static bool devm_data_match(void *res, void *data)
{
	return res == data;
}

/**
 * devm_kfree - free devm_kmalloc() memory now
 * @dev: the device
 * @p: the memory; ZERO_SIZE_PTR and NULL are ignored
 *
 * Freeing memory that is not the device's managed memory is a bug: it
 * WARNs and leaves it alone.
 *
 * Context: process context.
 */
void devm_kfree(struct device *dev, const void *p)
{
	struct devres *dr;

	if (ZERO_OR_NULL_PTR(p))
		return;
	dr = devres_remove_match(dev, devm_kmalloc_release, devm_data_match, (void *)p);
	if (WARN_ON(!dr))
		return;
	kfree(dr);
}
EXPORT_SYMBOL_GPL(devm_kfree);

struct action_devres {
	void *data;
	void (*action)(void *);
};

static void devm_action_release(struct device *dev, void *res)
{
	struct action_devres *a = res;

	a->action(a->data);
}

static bool devm_action_match(void *res, void *data)
{
	struct action_devres *a = res, *want = data;

	return a->action == want->action && a->data == want->data;
}

/**
 * devm_add_action - call @action(@data) when the device goes
 * @dev: the device
 * @action: the function
 * @data: its argument
 *
 * Context: process context (it allocates).
 * Return: 0 or -ENOMEM.
 */
int devm_add_action(struct device *dev, void (*action)(void *), void *data)
{
	struct action_devres *a = devres_alloc(devm_action_release, sizeof(*a), GFP_KERNEL);

	if (!a)
		return -ENOMEM;
	a->data = data;
	a->action = action;
	devres_add(dev, a);
	return 0;
}

/**
 * devm_add_action_or_reset - devm_add_action(), or run @action now if it fails
 * @dev: the device
 * @action: the function
 * @data: its argument
 *
 * Context: process context.
 * Return: 0 or -ENOMEM (and @action(@data) has run).
 */
int devm_add_action_or_reset(struct device *dev, void (*action)(void *), void *data)
{
	int ret = devm_add_action(dev, action, data);

	if (ret)
		action(data);
	return ret;
}

/**
 * devm_remove_action - forget an action without running it
 * @dev: the device
 * @action: the function
 * @data: its argument
 *
 * Context: process context.
 */
void devm_remove_action(struct device *dev, void (*action)(void *), void *data)
{
	struct action_devres want = { .data = data, .action = action };
	struct devres *dr = devres_remove_match(dev, devm_action_release, devm_action_match, &want);

	if (!WARN_ON(!dr))
		kfree(dr);
}

/**
 * devm_release_action - run an action now, and forget it
 * @dev: the device
 * @action: the function
 * @data: its argument
 *
 * Context: process context.
 */
void devm_release_action(struct device *dev, void (*action)(void *), void *data)
{
	struct action_devres want = { .data = data, .action = action };
	struct devres *dr = devres_remove_match(dev, devm_action_release, devm_action_match, &want);

	if (WARN_ON(!dr))
		return;
	action(data);
	kfree(dr);
}

struct irq_devres {
	unsigned int irq;
	void *dev_id;
};

static void devm_irq_release(struct device *dev, void *res)
{
	struct irq_devres *this = res;

	free_irq(this->irq, this->dev_id);
}

static bool devm_irq_match(void *res, void *data)
{
	struct irq_devres *this = res, *match = data;

	return this->irq == match->irq && this->dev_id == match->dev_id;
}

/**
 * devm_request_irq - request_irq() that is freed when the device goes
 * @dev: the device
 * @irq: the interrupt line
 * @handler: the handler
 * @irqflags: request_irq() flags
 * @devname: the name /proc/interrupts shows
 * @dev_id: the cookie passed to @handler
 *
 * Context: process context.
 * Return: 0, -ENOMEM, or request_irq()'s error.
 */
int devm_request_irq(struct device *dev, unsigned int irq, irq_handler_t handler,
		     unsigned long irqflags, const char *devname, void *dev_id)
{
	struct irq_devres *dr = devres_alloc(devm_irq_release, sizeof(*dr), GFP_KERNEL);
	int rc;

	if (!dr)
		return -ENOMEM;
	rc = request_irq(irq, handler, irqflags, devname, dev_id);
	if (rc) {
		devres_free(dr);
		return rc;
	}
	dr->irq = irq;
	dr->dev_id = dev_id;
	devres_add(dev, dr);
	return 0;
}

/**
 * devm_free_irq - free a devm_request_irq() interrupt now
 * @dev: the device
 * @irq: the interrupt line
 * @dev_id: the cookie given to devm_request_irq()
 *
 * Context: process context.
 */
void devm_free_irq(struct device *dev, unsigned int irq, void *dev_id)
{
	struct irq_devres match = { .irq = irq, .dev_id = dev_id };
	struct devres *dr = devres_remove_match(dev, devm_irq_release, devm_irq_match, &match);

	if (WARN_ON(!dr))
		return;
	free_irq(irq, dev_id);
	kfree(dr);
}
EXPORT_SYMBOL_GPL(devm_free_irq);
