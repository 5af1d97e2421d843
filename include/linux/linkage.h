/*
 * linkage.h - calling conventions between assembly and C.
 *
 * asmlinkage marks a C function called from assembly: arguments on the
 * stack (i386's cdecl), which is what Linnet's entry code uses.
 */
#ifndef _LINUX_LINKAGE_H
#define _LINUX_LINKAGE_H

#define asmlinkage __attribute__((regparm(0)))

#endif /* _LINUX_LINKAGE_H */
