/*
 * highmem.c - temporary kernel mappings of high pages: kmap and kmap_atomic.
 *
 * Pages above 896 MiB are not in the direct map. To touch one, the kernel
 * borrows a virtual address for a while:
 *
 *   kmap(page)        one of LAST_PKMAP (1024) slots in the pkmap area,
 *                     PKMAP_BASE..+4 MiB. Each slot has a count:
 *                       0  free          1  unmapped by kunmap, but its
 *                       n  in use n-1 times  TLB entry may still be live
 *                     Slots at 1 are cleaned in one go (flush_all_zero_pkmaps)
 *                     when the search for a free slot wraps around: one TLB
 *                     flush for up to 1024 unmaps. A page kmapped twice
 *                     shares one slot, found through a small hash table
 *                     (page_address).
 *
 *   kmap_atomic(page, type)  the fixmap slot of @type: no search, no lock,
 *                     no sleeping; the mapping lives until kunmap_atomic,
 *                     which clears the pte and flushes that one address.
 *
 * A low page needs neither: both return page_address(page).
 *
 * In Linux 2.6.32 kmap()/kmap_atomic() live in arch/x86/mm/highmem_32.c
 * and kmap_high() in mm/highmem.c; Linnet keeps them together. 2.6.32
 * protects the page_address hash with its own irq-safe lock and kmap_lock
 * is a plain spinlock; Linnet uses kmap_lock (irq-safe) for both. See
 * docs/memory.md.
 */
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/highmem.h>
#include <linux/spinlock.h>
#include <linux/hardirq.h>
#include <linux/preempt.h>
#include <linux/sched.h>
#include <linux/wait.h>

pte_t *pkmap_page_table;
static int pkmap_count[LAST_PKMAP];
static unsigned int last_pkmap_nr;
static DEFINE_SPINLOCK(kmap_lock);
static DECLARE_WAIT_QUEUE_HEAD(pkmap_map_wait);
static pte_t *kmap_pte;

/* page -> pkmap address, for page_address() of a kmapped high page */
#define PA_HASH_ORDER 7
#define PA_HASH_SIZE (1 << PA_HASH_ORDER)

struct page_address_map {
	struct page *page;
	void *virtual;
	struct list_head list;
};

static struct page_address_map page_address_maps[LAST_PKMAP];
static struct list_head page_address_htable[PA_HASH_SIZE];

static struct list_head *page_slot(const struct page *page)
{
	return &page_address_htable[page_to_pfn(page) & (PA_HASH_SIZE - 1)];
}

/* find_page_address - the pkmap address of a high page, or NULL; kmap_lock held */
static void *find_page_address(const struct page *page)
{
	struct page_address_map *pam;

	list_for_each_entry(pam, page_slot(page), list)
		if (pam->page == page)
			return pam->virtual;
	return NULL;
}

/**
 * page_address - the kernel virtual address of a page
 * @page: the page
 *
 * Context: any.
 * Return: the direct-map address of a low page; for a high page its kmap
 * address, or NULL if it is not kmapped.
 */
void *page_address(const struct page *page)
{
	unsigned long flags;
	void *ret;

	if (!PageHighMem(page))
		return lowmem_page_address(page);
	spin_lock_irqsave(&kmap_lock, flags);
	ret = find_page_address(page);
	spin_unlock_irqrestore(&kmap_lock, flags);
	return ret;
}
EXPORT_SYMBOL(page_address);

/* Record or forget (@virtual NULL) the pkmap address of a page; kmap_lock held */
static void set_page_address(struct page *page, void *virtual)
{
	struct page_address_map *pam;

	if (virtual) {
		pam = &page_address_maps[PKMAP_NR((unsigned long)virtual)];
		pam->page = page;
		pam->virtual = virtual;
		list_add_tail(&pam->list, page_slot(page));
		return;
	}
	list_for_each_entry(pam, page_slot(page), list)
		if (pam->page == page) {
			list_del(&pam->list);
			return;
		}
}

/* Unmap every slot at count 1, then one TLB flush for all of them */
static void flush_all_zero_pkmaps(void)
{
	bool need_flush = false;
	int i;

	for (i = 0; i < LAST_PKMAP; i++) {
		if (pkmap_count[i] != 1)
			continue;
		pkmap_count[i] = 0;
		BUG_ON(pte_none(pkmap_page_table[i]));
		set_page_address(pte_page(pkmap_page_table[i]), NULL);
		pte_clear(&init_mm, PKMAP_ADDR(i), &pkmap_page_table[i]);
		need_flush = true;
	}
	if (need_flush)
		flush_tlb_kernel_range(PKMAP_ADDR(0), PKMAP_ADDR(LAST_PKMAP));
}

/*
 * wait_for_pkmap_slot - every slot is in use: sleep until a kunmap_high()
 * drops one to count 1 (wakes pkmap_map_wait), with kmap_lock released.
 */
static void wait_for_pkmap_slot(unsigned long *flags)
{
	DECLARE_WAITQUEUE(wait, current);

	__set_current_state(TASK_UNINTERRUPTIBLE);
	add_wait_queue(&pkmap_map_wait, &wait);
	spin_unlock_irqrestore(&kmap_lock, *flags);
	schedule();
	remove_wait_queue(&pkmap_map_wait, &wait);
	spin_lock_irqsave(&kmap_lock, *flags);
}

/*
 * map_new_virtual - find a free slot for @page, flushing the slots at
 * count 1 each time the search wraps. When all are in use it sleeps
 * for one, as 2.6.32 does; another task may have mapped @page meanwhile,
 * so after sleeping it looks the page up again first.
 */
static unsigned long map_new_virtual(struct page *page, unsigned long *flags)
{
	unsigned long vaddr;
	int count;

start:
	count = LAST_PKMAP;
	for (;;) {
		last_pkmap_nr = (last_pkmap_nr + 1) & LAST_PKMAP_MASK;
		if (!last_pkmap_nr) {
			flush_all_zero_pkmaps();
			count = LAST_PKMAP;
		}
		if (!pkmap_count[last_pkmap_nr])
			break;
		if (--count)
			continue;
		wait_for_pkmap_slot(flags);
		vaddr = (unsigned long)find_page_address(page);
		if (vaddr)
			return vaddr;
		goto start;
	}
	vaddr = PKMAP_ADDR(last_pkmap_nr);
	set_pte(&pkmap_page_table[last_pkmap_nr], mk_pte(page, kmap_prot));
	pkmap_count[last_pkmap_nr] = 1;
	set_page_address(page, (void *)vaddr);
	return vaddr;
}

/**
 * kmap_high - map a high page into the pkmap area
 * @page: the page (in ZONE_HIGHMEM)
 *
 * Context: process context; sleeps while all LAST_PKMAP slots are in use.
 * Return: its address; the same one while it stays mapped.
 */
void *kmap_high(struct page *page)
{
	unsigned long vaddr, flags;

	spin_lock_irqsave(&kmap_lock, flags);
	vaddr = (unsigned long)find_page_address(page);
	if (!vaddr)
		vaddr = map_new_virtual(page, &flags);
	pkmap_count[PKMAP_NR(vaddr)]++;
	BUG_ON(pkmap_count[PKMAP_NR(vaddr)] < 2);
	spin_unlock_irqrestore(&kmap_lock, flags);
	return (void *)vaddr;
}
EXPORT_SYMBOL(kmap_high);

/**
 * kunmap_high - drop a kmap of a high page
 * @page: the page
 *
 * The slot's count drops; at 1 the mapping stays until the next flush,
 * and a task waiting in kmap_high() for a slot is woken.
 *
 * Context: process context.
 */
void kunmap_high(struct page *page)
{
	unsigned long vaddr, flags;
	bool need_wakeup = false;

	spin_lock_irqsave(&kmap_lock, flags);
	vaddr = (unsigned long)find_page_address(page);
	BUG_ON(!vaddr);
	BUG_ON(pkmap_count[PKMAP_NR(vaddr)] < 2);
	if (--pkmap_count[PKMAP_NR(vaddr)] == 1)
		need_wakeup = waitqueue_active(&pkmap_map_wait);
	spin_unlock_irqrestore(&kmap_lock, flags);
	if (need_wakeup)
		wake_up(&pkmap_map_wait);
}
EXPORT_SYMBOL(kunmap_high);

/**
 * kmap - a kernel address for any page, until kunmap()
 * @page: the page
 *
 * Context: process context; may sleep (not in interrupts: use kmap_atomic).
 * Return: the address.
 */
void *kmap(struct page *page)
{
	might_sleep();
	if (!PageHighMem(page))
		return page_address(page);
	return kmap_high(page);
}
EXPORT_SYMBOL(kmap);

/**
 * kunmap - release a kmap()
 * @page: the page given to kmap()
 *
 * Context: process context; BUG in interrupt context, as in Linux.
 */
void kunmap(struct page *page)
{
	BUG_ON(in_interrupt());
	if (PageHighMem(page))
		kunmap_high(page);
}
EXPORT_SYMBOL(kunmap);

/**
 * kmap_atomic - map a page at the fixed address of slot @type
 * @page: the page
 * @type: the slot (KM_USER0...); each context that may interrupt another
 *        uses its own
 *
 * Disables preemption (and so sleeping) until kunmap_atomic().
 *
 * Context: any, including interrupt handlers.
 * Return: the address.
 */
void *kmap_atomic(struct page *page, enum km_type type)
{
	unsigned long vaddr;

	preempt_disable();
	if (!PageHighMem(page))
		return page_address(page);
	vaddr = __fix_to_virt(FIX_KMAP_BEGIN + type);
	BUG_ON(!pte_none(*(kmap_pte - type)));
	set_pte(kmap_pte - type, mk_pte(page, kmap_prot));
	return (void *)vaddr;
}
EXPORT_SYMBOL(kmap_atomic);

/**
 * kunmap_atomic - end a kmap_atomic() mapping
 * @kvaddr: the address kmap_atomic() returned
 * @type: the same slot
 *
 * Context: the context that called kmap_atomic().
 */
void kunmap_atomic(void *kvaddr, enum km_type type)
{
	unsigned long vaddr = (unsigned long)kvaddr & PAGE_MASK;

	if (vaddr == __fix_to_virt(FIX_KMAP_BEGIN + type)) {
		pte_clear(&init_mm, vaddr, kmap_pte - type);
		__flush_tlb_one(vaddr);
	}
	preempt_enable();
}
EXPORT_SYMBOL(kunmap_atomic);

/**
 * kmap_atomic_to_page - the page behind a kmap_atomic() address
 * @ptr: an address kmap_atomic() returned (or a direct-map one)
 *
 * Context: any.
 * Return: the page.
 */
struct page *kmap_atomic_to_page(void *ptr)
{
	unsigned long vaddr = (unsigned long)ptr;

	if (vaddr < FIXADDR_START)
		return virt_to_page(ptr);
	return pte_page(*(kmap_pte - (__virt_to_fix(vaddr) - FIX_KMAP_BEGIN)));
}
EXPORT_SYMBOL(kmap_atomic_to_page);

/**
 * nr_kmapped_pages - how many pkmap slots hold a mapping (in use or awaiting flush)
 *
 * Context: any.
 * Return: the count.
 */
unsigned int nr_kmapped_pages(void)
{
	unsigned int i, n = 0;

	for (i = 0; i < LAST_PKMAP; i++)
		n += pkmap_count[i] != 0;
	return n;
}

/**
 * kmap_init - find the kmap_atomic ptes and set up the page_address hash
 *
 * Context: boot, from paging_init() once the fixmap page table exists.
 */
void kmap_init(void)
{
	unsigned int level;
	int i;

	kmap_pte = lookup_address(__fix_to_virt(FIX_KMAP_BEGIN), &level);
	for (i = 0; i < PA_HASH_SIZE; i++)
		INIT_LIST_HEAD(&page_address_htable[i]);
}
