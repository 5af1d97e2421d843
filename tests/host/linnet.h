/*
 * linnet.h - the Linnet library as the host test programs see it.
 *
 * The host tests link Linnet's lib/ objects into ordinary Linux programs.
 * Both define memcpy, strlen, vsnprintf..., so host.mk renames every
 * symbol the Linnet objects define to linnet_<name> (objcopy
 * --redefine-syms). The test programs include the host's <string.h> and
 * <stdio.h> for the C library, and this file for the renamed Linnet
 * functions, so a test can call both side by side and compare.
 *
 * Types here are the host's: size_t, long and pointers are 64 bits, which
 * matches what the Linnet objects were compiled with on the host.
 *
 * Tests compiled against Linnet's own headers (list, bitops, ctype, which
 * are mostly inline) live in *_shim.c files; they report through
 * host_check(), which the test program defines (and which is not renamed,
 * as no Linnet object defines it).
 */
#ifndef LINNET_HOST_LINNET_H
#define LINNET_HOST_LINNET_H

#include <stdarg.h>
#include <stddef.h>
#include <sys/types.h>

/* host_check - count one check; print @what and @line if !@ok */
void host_check(int ok, const char *file, int line, const char *what);
/* The checks made and failed so far in this program. */
extern int host_checks, host_failures;
int host_summary(const char *prog);

#define CHECK(cond) host_check(!!(cond), __FILE__, __LINE__, #cond)

/* lib/vsprintf.c */
int linnet_vsnprintf(char *buf, size_t size, const char *fmt, va_list args);
int linnet_snprintf(char *buf, size_t size, const char *fmt, ...);
int linnet_scnprintf(char *buf, size_t size, const char *fmt, ...);
int linnet_vscnprintf(char *buf, size_t size, const char *fmt, va_list args);
int linnet_sprintf(char *buf, const char *fmt, ...);
int linnet_vsprintf(char *buf, const char *fmt, va_list args);

/* lib/string.c */
void *linnet_memcpy(void *dest, const void *src, size_t count);
void *linnet_memmove(void *dest, const void *src, size_t count);
void *linnet_memset(void *s, int c, size_t count);
int linnet_memcmp(const void *cs, const void *ct, size_t count);
void *linnet_memchr(const void *s, int c, size_t n);
void *linnet_memscan(void *addr, int c, size_t size);
void *linnet_memchr_inv(const void *start, int c, size_t bytes);
size_t linnet_strlen(const char *s);
size_t linnet_strnlen(const char *s, size_t count);
char *linnet_strcpy(char *dest, const char *src);
char *linnet_strncpy(char *dest, const char *src, size_t count);
size_t linnet_strlcpy(char *dest, const char *src, size_t size);
ssize_t linnet_strscpy(char *dest, const char *src, size_t count);
char *linnet_strcat(char *dest, const char *src);
char *linnet_strncat(char *dest, const char *src, size_t count);
size_t linnet_strlcat(char *dest, const char *src, size_t count);
int linnet_strcmp(const char *cs, const char *ct);
int linnet_strncmp(const char *cs, const char *ct, size_t count);
int linnet_strcasecmp(const char *s1, const char *s2);
int linnet_strncasecmp(const char *s1, const char *s2, size_t len);
char *linnet_strchr(const char *s, int c);
char *linnet_strrchr(const char *s, int c);
char *linnet_strnchr(const char *s, size_t count, int c);
char *linnet_strstr(const char *s1, const char *s2);
char *linnet_strnstr(const char *s1, const char *s2, size_t len);
char *linnet_strpbrk(const char *cs, const char *ct);
size_t linnet_strspn(const char *s, const char *accept);
size_t linnet_strcspn(const char *s, const char *reject);
char *linnet_strsep(char **s, const char *ct);
char *linnet_skip_spaces(const char *str);
char *linnet_strim(char *s);

/* lib/kstrtox.c */
int linnet_kstrtoul(const char *s, unsigned int base, unsigned long *res);
int linnet_kstrtol(const char *s, unsigned int base, long *res);
int linnet_kstrtoull(const char *s, unsigned int base, unsigned long long *res);
int linnet_kstrtoll(const char *s, unsigned int base, long long *res);
int linnet_kstrtouint(const char *s, unsigned int base, unsigned int *res);
int linnet_kstrtoint(const char *s, unsigned int base, int *res);
int linnet_kstrtou16(const char *s, unsigned int base, unsigned short *res);
int linnet_kstrtos16(const char *s, unsigned int base, short *res);
int linnet_kstrtou8(const char *s, unsigned int base, unsigned char *res);
int linnet_kstrtos8(const char *s, unsigned int base, signed char *res);
int linnet_kstrtobool(const char *s, _Bool *res);
unsigned long linnet_simple_strtoul(const char *cp, char **endp, unsigned int base);
long linnet_simple_strtol(const char *cp, char **endp, unsigned int base);
unsigned long long linnet_simple_strtoull(const char *cp, char **endp, unsigned int base);
long long linnet_simple_strtoll(const char *cp, char **endp, unsigned int base);
int linnet_hex_to_bin(char ch);

/* lib/cmdline.c */
int linnet_get_option(char **str, int *pint);
char *linnet_get_options(const char *str, int nints, int *ints);
unsigned long long linnet_memparse(const char *ptr, char **retptr);

/* lib/sort.c */
void linnet_sort(void *base, size_t num, size_t size, int (*cmp)(const void *, const void *),
		 void (*swap)(void *, void *, int));

/* lib/crc32.c */
unsigned int linnet_crc32_le(unsigned int crc, unsigned char const *p, size_t len);

/* tests/host/NAME_shim.c: tests run against Linnet's headers */
void linnet_list_shim_run(unsigned int seed);
void linnet_bitops_shim_run(unsigned int seed);
int linnet_ctype_shim_classes(int c);
int linnet_ctype_shim_tolower(int c);
int linnet_ctype_shim_toupper(int c);
void linnet_kfifo_shim_run(unsigned int seed);
void linnet_kfifo_shim_api(void);
void linnet_keyboard_shim_run(void);
void linnet_n_tty_shim_run(void);
void linnet_kdb_io_shim_run(unsigned int seed);
void linnet_shell_shim_run(void);
void linnet_rbtree_shim_run(unsigned int seed);

/* The bits of linnet_ctype_shim_classes(), one per is*() macro. */
enum {
	CT_ALNUM = 1 << 0, CT_ALPHA = 1 << 1, CT_CNTRL = 1 << 2, CT_DIGIT = 1 << 3,
	CT_GRAPH = 1 << 4, CT_LOWER = 1 << 5, CT_PRINT = 1 << 6, CT_PUNCT = 1 << 7,
	CT_SPACE = 1 << 8, CT_UPPER = 1 << 9, CT_XDIGIT = 1 << 10,
};

#endif /* LINNET_HOST_LINNET_H */
