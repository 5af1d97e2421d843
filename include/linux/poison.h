/*
 * poison.h - values written into freed memory to make misuse visible.
 *
 * A freed object or an unlinked list entry still holds pointers that look
 * valid. Overwriting them with values that are not mapped addresses turns
 * a silent use-after-free into an immediate page fault at a recognisable
 * address: a fault on 0x00100100 means "followed list_del()'s next".
 * The values are Linux's, so they read the same in an oops.
 */
#ifndef _LINUX_POISON_H
#define _LINUX_POISON_H

/* list_del() leaves these in ->next and ->prev; hlist_del() likewise. */
#define LIST_POISON1 ((void *)0x00100100)
#define LIST_POISON2 ((void *)0x00200200)

/* Slab debugging fills objects with these bytes (mm/slab.c). */
#define POISON_INUSE 0x5a /* allocated but not yet initialised */
#define POISON_FREE 0x6b  /* freed */
#define POISON_END 0xa5   /* the last byte of a poisoned object */

/* Slab red zones: the words around an object, to catch overruns. */
#define RED_INACTIVE 0x09F911029D74E35BULL /* the object is free */
#define RED_ACTIVE 0xD84156C5635688C0ULL   /* the object is allocated */
/* The byte-wise red zones Linnet uses, as Linux's SLUB does */
#define SLUB_RED_INACTIVE 0xbb /* the object is free */
#define SLUB_RED_ACTIVE 0xcc   /* the object is allocated */

#endif /* _LINUX_POISON_H */
