/*
 * linnet/soak.h - the soak test (tests/soak/soak.c): everything at once, for minutes.
 */
#ifndef _LINNET_SOAK_H
#define _LINNET_SOAK_H

void soak_run(void);

#endif /* _LINNET_SOAK_H */
