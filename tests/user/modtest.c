/*
 * modtest.c - init_module and delete_module from a program, good and bad.
 *
 * What busybox's insmod and rmmod do, called by number so nothing stands
 * between the program and the kernel: init_module(image, len, params)
 * and delete_module(name, flags), with the loader's test modules
 * (tests/modules) and broken copies of them. Each line prints the call
 * and the errno; the kernel's own messages ("Unknown symbol", "version
 * magic", "taints kernel") go to the console, where the harness reads
 * them (checks.py:module_syscalls).
 *
 * The .ko files are in this program's own data (.incbin), since the
 * program runs before Linnet has file system calls for programs; busybox's
 * insmod reads them from /lib/modules instead, to the same system call.
 * Linux 6.1 refuses every one of these files (their vermagic and struct
 * module are Linnet's), so only the calls' argument checks could be
 * compared with it: this program is run by its own check, not by
 * tests/user/init.c. Run as pid 1 (init=/modtest), it powers off at the end.
 */
#include "usertest.h"
#include <fcntl.h>
#include <elf.h>
#include <stdlib.h>
#include <sys/reboot.h>

#define KO_IN(dir, name)                                                                       \
	extern const char name##_ko[], name##_ko_end[];                                        \
	__asm__(".section .rodata\n.balign 16\n" #name "_ko:\n.incbin \"" MODDIR "/" dir #name \
		".ko\"\n" #name "_ko_end:\n.previous")
#define KO(name) KO_IN("", name)

KO(mt_hello);
KO(mt_user);
KO(mt_undef);
KO(mt_prop);
KO(mt_initfail);
KO(mt_noexit);
KO_IN("badmagic/", mt_badmagic);

#define LOAD(name, len, params)                      \
	say("init_module %s %s: %ld", #name, params, \
	    sys(SYS_init_module, (long)name##_ko, (long)(len), (long)(params), 0))
#define SIZE(name) (name##_ko_end - name##_ko)

static long rm(const char *name, int flags)
{
	return sys(SYS_delete_module, (long)name, flags, 0, 0);
}

/*
 * Corrupt copies of mt_hello.ko that the loader must refuse with -ENOEXEC
 * before it runs anything: cut at a random length, a random byte of the
 * identification, type, machine or header size, a section lying past the
 * end of the file. (Random changes that still link would run changed
 * code through this call: tests/kernel/module_test.c's fuzzer links such
 * files without running them, and checks that nothing leaks.)
 */
static void fuzz(unsigned int rounds)
{
	static const unsigned int fields[] = { 0, 1, 2, 3, 4, 5, 16, 18, 46 };
	unsigned long len = SIZE(mt_hello);
	const Elf32_Ehdr *hdr = (const Elf32_Ehdr *)mt_hello_ko;
	char *copy = malloc(len);
	unsigned int i, refused = 0, other = 0;

	srand(17);
	for (i = 0; i < rounds; i++) {
		unsigned long use = len;
		long r;

		memcpy(copy, mt_hello_ko, len);
		switch (i % 3) {
		case 0:
			use = (unsigned long)rand() % len;
			break;
		case 1: {
			unsigned int f = fields[rand() % (sizeof(fields) / sizeof(fields[0]))];
			char old = copy[f];

			while (copy[f] == old)
				copy[f] = (char)rand();
			break;
		}
		default: {
			Elf32_Shdr *sh = (Elf32_Shdr *)(copy + hdr->e_shoff);
			unsigned int k = 1 + rand() % (hdr->e_shnum - 1);

			if (sh[k].sh_type == SHT_NOBITS)
				sh[k].sh_type = SHT_PROGBITS;
			sh[k].sh_offset =
				len - sh[k].sh_size / 2 + (unsigned long)rand() % 4096 + 1;
			break;
		}
		}
		r = sys(SYS_init_module, (long)copy, use, (long)"", 0);
		if (r == -ENOEXEC)
			refused++;
		else {
			other++;
			say("fuzz round %u: %ld", i, r);
			if (r == 0)
				rm("mt_hello", O_NONBLOCK | O_TRUNC);
		}
	}
	free(copy);
	say("fuzz %u rounds: %u refused with ENOEXEC, %u other", rounds, refused, other);
}

int main(void)
{
	char *bad = malloc(SIZE(mt_hello));

	say("query_module: %ld", sys(167, 0, 0, 0, 0));
	say("init_module len 0: %ld", sys(SYS_init_module, (long)mt_hello_ko, 0, (long)"", 0));
	say("init_module bad pointer: %ld", sys(SYS_init_module, 4096, 8192, (long)"", 0));
	say("init_module not ELF: %ld",
	    sys(SYS_init_module, (long)"0123456789abcdef0123456789abcdef0123456789abcdef0123456789",
		60, (long)"", 0));
	LOAD(mt_hello, SIZE(mt_hello) / 2, "");
	memcpy(bad, mt_hello_ko, SIZE(mt_hello));
	bad[18] = 62; /* e_machine: x86-64 */
	say("init_module wrong machine: %ld",
	    sys(SYS_init_module, (long)bad, SIZE(mt_hello), (long)"", 0));
	say("init_module bad params pointer: %ld",
	    sys(SYS_init_module, (long)mt_hello_ko, SIZE(mt_hello), 4096, 0));
	LOAD(mt_badmagic, SIZE(mt_badmagic), "");
	LOAD(mt_undef, SIZE(mt_undef), "");
	LOAD(mt_hello, SIZE(mt_hello), "count=abc");
	LOAD(mt_hello, SIZE(mt_hello), "nosuch=1");
	LOAD(mt_hello, SIZE(mt_hello), "count=3 name=user");
	LOAD(mt_hello, SIZE(mt_hello), "");
	LOAD(mt_prop, SIZE(mt_prop), "");
	LOAD(mt_initfail, SIZE(mt_initfail), "");
	LOAD(mt_user, SIZE(mt_user), "");
	say("delete_module mt_hello O_NONBLOCK (used by mt_user): %ld", rm("mt_hello", O_NONBLOCK));
	say("delete_module mt_user O_NONBLOCK: %ld", rm("mt_user", O_NONBLOCK));
	say("delete_module mt_hello 0: %ld", rm("mt_hello", 0));
	say("delete_module mt_hello again: %ld", rm("mt_hello", O_NONBLOCK));
	say("delete_module bad pointer: %ld", sys(SYS_delete_module, 4096, O_NONBLOCK, 0, 0));
	LOAD(mt_noexit, SIZE(mt_noexit), "");
	say("delete_module mt_noexit O_NONBLOCK: %ld", rm("mt_noexit", O_NONBLOCK));
	say("delete_module mt_noexit O_NONBLOCK|O_TRUNC: %ld",
	    rm("mt_noexit", O_NONBLOCK | O_TRUNC));
	fuzz(600);
	say("== modtest done");
	free(bad);
	if (getpid() == 1)
		reboot(RB_POWER_OFF);
	return 0;
}
