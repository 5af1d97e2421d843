# Linnet - the build.
#
# `make` builds build/kernel.elf; `make run` boots it through GRUB; `make
# test` runs the host tests and the QEMU test harness. Every .c and .asm
# file under the source folders is built, so a new file needs no edit here.
# The kernel is linked twice (like Linux's kallsyms): the first link finds
# where every function ended up, scripts/kallsyms.py turns that into a
# symbol table, and the second link puts the table in the image for the
# oops backtraces. See docs/boot.md and docs/testing.md.

# make UBSAN=1: a kernel with the undefined-behaviour sanitizer (lib/ubsan.c
# reports), built apart in build/ubsan so the normal kernel stays as it is.
ifeq ($(UBSAN),1)
BUILD ?= build/ubsan
endif
# make KASAN=1: a kernel with the kernel address sanitizer (mm/kasan/), in
# build/kasan. Its shadow lives at 0xA0000000: KASAN_SHADOW_OFFSET is
# 0xA0000000 - (0xC0000000 >> 3), see include/linux/kasan.h.
ifeq ($(KASAN),1)
BUILD ?= build/kasan
endif
# make DEBUG=1: a kernel for the debugger, built -Og in build/debug: locals
# and arguments are not "optimized out", and break start_kernel stops in
# start_kernel rather than in an inlined helper (docs/debugging.md).
ifeq ($(DEBUG),1)
BUILD ?= build/debug
OPTIMIZE := -Og
endif
BUILD ?= build
OPTIMIZE ?= -O2
# The debug information (-g): `make test` builds its sanitizer kernel with
# DEBUG_INFO=-g0, since no debugger reads it and DWARF is a fifth of the
# compile time (docs/testing.md).
DEBUG_INFO ?= -g
HZ ?= 100
QEMU_MEM ?= 1G
V ?= 0

ifeq ($(V),1)
Q :=
else
Q := @
endif

# An i686-elf cross compiler if there is one, else Debian's i686-linux-gnu.
ifneq ($(shell command -v i686-elf-gcc 2>/dev/null),)
CROSS ?= i686-elf-
else
CROSS ?= i686-linux-gnu-
endif

CC := $(CROSS)gcc
LD := $(CROSS)ld
NM := $(CROSS)nm
OBJCOPY := $(CROSS)objcopy
NASM := nasm
PYTHON := python3
QEMU := qemu-system-i386

CFLAGS := -std=gnu11 $(OPTIMIZE) $(DEBUG_INFO) -m32 -march=i686 -ffreestanding -fno-builtin -nostdlib \
	-fno-pie -fno-pic -fcf-protection=none \
	-fstack-protector-strong -mstack-protector-guard=global \
	-fno-asynchronous-unwind-tables -fno-omit-frame-pointer -mno-sse -mno-mmx \
	-mno-80387 -mno-red-zone -fno-common -fno-strict-aliasing \
	-fno-delete-null-pointer-checks \
	-Wall -Wextra -Werror -Wno-unused-parameter -Wno-sign-compare \
	-Wno-missing-field-initializers -DHZ=$(HZ) \
	-DLINNET_BUILD_DATE='"$(shell date -u +%Y-%m-%d)"'
# i386 Linux's calling convention (2.6.32's arch/x86/Makefile): the first
# three words of arguments in %eax, %edx and %ecx, small structs returned
# in registers. Every C function that assembly calls, and every system
# call, is asmlinkage (arguments on the stack: include/linux/linkage.h);
# modules build with these flags too (scripts/Makefile.modules takes
# CFLAGS). GCC calls its 64-bit division routines this way as well, so
# the compiler's libgcc (built for user space) is not linked: lib/libgcc.c
# has them. 2.6.32 also keeps the stack only 4-byte aligned
# (-mpreferred-stack-boundary=2); the KASAN kernel keeps GCC's 16 bytes,
# since its stack red zones need aligned frames (with the smaller
# boundary GCC stops realigning them, and every stack array is reported
# out of bounds). 2.6.32 has no KASAN (it came in 4.0, for x86-64).
CFLAGS += -mregparm=3 -freg-struct-return
ifneq ($(KASAN),1)
CFLAGS += -mpreferred-stack-boundary=2
endif
ifeq ($(UBSAN),1)
# Without the alignment check, as Linux's CONFIG_UBSAN_ALIGNMENT is off by
# default on x86: unaligned accesses are legal here (a relocation in a
# module, container_of of a list head on the stack). Without the builtin
# check (__builtin_ctz(0)...), which Linux never asks for and so has no
# handler for: at -O1 (make test's sanitize kernel) GCC keeps some.
CFLAGS += -fsanitize=undefined -fno-sanitize=alignment,builtin -DCONFIG_UBSAN
endif
ifeq ($(KASAN),1)
KASAN_CFLAGS := -fsanitize=kernel-address -fasan-shadow-offset=0x88000000 \
	--param asan-instrumentation-with-call-threshold=0 --param asan-stack=1 \
	--param asan-globals=1 -mincoming-stack-boundary=2
CFLAGS += $(KASAN_CFLAGS) -DCONFIG_KASAN
endif
# As Linux builds: no host header can stand in for one Linnet lacks.
# -nostdinc drops /usr/include; the compiler's own folder (stdarg.h,
# stddef.h...) comes back with -isystem. Linux's two include roots:
# arch/x86/include for <asm/...>, include for <linux/...> and the rest.
CFLAGS += -nostdinc -isystem $(shell $(CC) -print-file-name=include) \
	-Iarch/x86/include -Iinclude
# Three debugging options of 2.6.32's lib/Kconfig.debug: list debugging
# (lib/list_debug.c checks every list_add and list_del), the sleep in
# atomic context check (kernel/might_sleep.c) and spinlock debugging (a
# lock word that catches recursion: include/linux/spinlock.h). 2.6.32's
# defconfig has all three off; Linnet's kernels build with them on, so
# every test boot catches list corruption, sleeping where it must not and
# a lock taken twice. `make bench` measures a kernel built with them off
# (BENCH_CONFIG below), as Linux ships.
CONFIG_DEBUG_LIST ?= y
CONFIG_DEBUG_SPINLOCK_SLEEP ?= y
CONFIG_DEBUG_SPINLOCK ?= y
CFLAGS += $(if $(filter y,$(CONFIG_DEBUG_LIST)),-DCONFIG_DEBUG_LIST)
CFLAGS += $(if $(filter y,$(CONFIG_DEBUG_SPINLOCK)),-DCONFIG_DEBUG_SPINLOCK)
CFLAGS += $(if $(filter y,$(CONFIG_DEBUG_SPINLOCK_SLEEP)),-DCONFIG_DEBUG_SPINLOCK_SLEEP)
# Linnet's own (2.6.32 has no such option): the page allocator records a
# block's allocation order in page->index and reports a free with another
# order (mm/page_alloc.c). On like the three above; off in `make bench`.
CONFIG_DEBUG_PAGE_ORDER ?= y
CFLAGS += $(if $(filter y,$(CONFIG_DEBUG_PAGE_ORDER)),-DCONFIG_DEBUG_PAGE_ORDER)
CFLAGS += $(EXTRA_CFLAGS)
NASMFLAGS := -f elf32 -g -F dwarf -Iarch/x86/include/ -Iinclude/
LDFLAGS := -m elf_i386 -nostdlib -static --no-pie -z max-page-size=0x1000 \
	--build-id=none -T linker.ld

SRCDIRS := boot arch/x86/kernel arch/x86/kernel/apic arch/x86/kernel/cpu arch/x86/mm arch/x86/lib init \
	kernel kernel/irq kernel/time kernel/debug/kdb mm fs fs/ramfs fs/proc fs/sysfs fs/debugfs fs/notify fs/notify/inotify ipc drivers/char \
	drivers/serial drivers/base drivers/input/serio drivers/video/console drivers/misc lib \
	lib/math lib/zlib_inflate lib/kunit net net/core net/unix \
	tests/kernel tests/bench tests/soak
ifeq ($(KASAN),1)
SRCDIRS += mm/kasan
endif
# Drivers that can be modules, as 2.6.32's tristate options: y builds one
# into the kernel, m builds it as NAME.ko for `make modules` (installed in
# the initramfs at /lib/modules/$(KERNELRELEASE)/kernel/PATH.ko, and left
# out of the kernel), n leaves it out. wait1, lkdtm (the shell's crash
# command), the serial port (8250) and the keyboard controller (i8042) are
# built in by default (the shell's checks use them, and the monitor needs
# the serial line); the userland boots $(BUILD)/modular/kernel.elf, with
# all four as modules, which its /init loads (scripts/Makefile.modular).
# Every other driver is bool in 2.6.32's Kconfig, or has no Kconfig
# entry there: docs/modules.md lists each. The samples are modules by
# default.
CONFIG_WAIT1 ?= y
CONFIG_LKDTM ?= y
CONFIG_SERIAL_8250 ?= y
CONFIG_SERIO_I8042 ?= y
CONFIG_SAMPLES ?= m
ifeq ($(CONFIG_SAMPLES),y)
SRCDIRS += $(patsubst %/,%,$(sort $(dir $(wildcard samples/*/*.c))))
endif
tristate = $(if $(filter m,$(1)),$(2)) $(if $(filter n,$(1)),$(3))
MODULE_SRCS := $(call tristate,$(CONFIG_WAIT1),drivers/char/wait1.c) \
	$(call tristate,$(CONFIG_LKDTM),drivers/misc/lkdtm.c) \
	$(call tristate,$(CONFIG_SERIAL_8250),drivers/serial/8250.c) \
	$(call tristate,$(CONFIG_SERIO_I8042),drivers/input/serio/i8042.c) \
	$(if $(filter m,$(CONFIG_SAMPLES)),$(wildcard samples/*/*.c))
NOT_BUILT_IN := $(MODULE_SRCS) $(call tristate,$(CONFIG_WAIT1),,drivers/char/wait1.c) \
	$(call tristate,$(CONFIG_LKDTM),,drivers/misc/lkdtm.c) \
	$(call tristate,$(CONFIG_SERIAL_8250),,drivers/serial/8250.c) \
	$(call tristate,$(CONFIG_SERIO_I8042),,drivers/input/serio/i8042.c)
KERNELRELEASE := $(shell sed -n 's/^\#define UTS_RELEASE "\(.*\)"/\1/p' include/linux/utsrelease.h)
# Where modules live on the target: busybox's modprobe and depmod look here
MODLIB := /lib/modules/$(KERNELRELEASE)
# kernel/sched.c #includes its classes and sched_debug.c, as 2.6.32 does.
SCHED_INCLUDED := kernel/sched_fair.c kernel/sched_rt.c kernel/sched_idletask.c kernel/sched_debug.c
CSRCS := $(filter-out $(SCHED_INCLUDED) $(NOT_BUILT_IN),$(foreach d,$(SRCDIRS),$(wildcard $(d)/*.c)))
CFLAGS += $(if $(filter y,$(CONFIG_WAIT1)),-DCONFIG_WAIT1)
CFLAGS += $(if $(filter y,$(CONFIG_SERIAL_8250)),-DCONFIG_SERIAL_8250)
CFLAGS += $(if $(filter y,$(CONFIG_SERIO_I8042)),-DCONFIG_SERIO_I8042)
ASRCS := $(foreach d,$(SRCDIRS),$(wildcard $(d)/*.asm))
OBJS := $(patsubst %.c,$(BUILD)/%.o,$(CSRCS)) $(patsubst %.asm,$(BUILD)/%.o,$(ASRCS)) \
	$(BUILD)/tests/module_blobs.o

# The test programs of tests/user: static i386 Linux programs, built
# with the cross compiler against its glibc (libc6-dev-i386-cross), and
# put at /NAME in their own initramfs, $(BUILD)/user-initramfs.cpio.gz
# (the default list plus the programs; tests/user/init.c is its /init),
# which the harness boots for the user checks and make bench.
USER_CC := i686-linux-gnu-gcc
USER_CFLAGS := -static -O2 -Wall -Wextra -Werror -Wno-unused-parameter
USER_PROGS := $(patsubst tests/user/%.c,$(BUILD)/user/%,$(wildcard tests/user/*.c))
DEPS := $(OBJS:.o=.d)

# Linux's own test modules (lib/rbtree_test.c...), compiled unchanged from
# Debian's linux-source package when it is installed: extracted into
# LINUX_SRC, never committed. include/linnet/linux_test.h turns
# their module_init() into linux_test_NAME(), which the linux_tests KUnit
# suite calls in test boots (ktest=all or ktest=linux_tests), never in a normal boot.
# Every file Linnet takes from the tarball (these, tests/upstream's and
# kunit.py) comes out of one tar run (tests/upstream/upstream.mk): xz is
# read from the start up to each member, ~12 s of CPU a run. A variant
# build may share the normal build's: `make test` builds its kernels
# (UBSAN=1, KASAN=1...) with LINUX_SRC=build/linux-source.
LINUX_SRC_TAR ?= $(wildcard /usr/src/linux-source-6.12.tar.xz)
LINUX_TESTS := lib/rbtree_test.c
LINUX_SRC ?= $(BUILD)/linux-source
ifneq ($(LINUX_SRC_TAR),)
OBJS += $(patsubst %.c,$(BUILD)/linux/%.o,$(LINUX_TESTS))
DEPS += $(patsubst %.c,$(BUILD)/linux/%.d,$(LINUX_TESTS))
CFLAGS += -DCONFIG_LINUX_TESTS
endif

.PHONY: all FORCE iso run userland debug gdb test check bench soak clean deps host-test help cscope htmldocs \
	modules oracle grade check-labs console

ifneq ($(M),)
# `make M=DIR modules`: modules built out of tree against this one.
include scripts/Makefile.modules
else
all: $(BUILD)/kernel.elf $(BUILD)/Module.symvers $(BUILD)/initramfs.cpio.gz \
	$(BUILD)/user-initramfs.cpio.gz $(BUILD)/lab-initramfs.cpio.gz
endif

$(BUILD)/%.o: %.c Makefile
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(CFLAGS) -DKBUILD_MODNAME='"$(basename $(notdir $<))"' -MMD -MP -c $< -o $@

# The context switch's files with jump targets and loops unpadded, as
# today's Linux builds x86-64 (-falign-jumps=1 -falign-loops=1; 2.6.32's
# i386 defconfig builds with -Os, which pads nothing): under -icount the
# padding NOPs GCC puts before a loop are executed instructions.
$(BUILD)/kernel/sched.o $(BUILD)/kernel/wait.o $(BUILD)/lib/rbtree.o: \
	CFLAGS += -falign-jumps=1 -falign-loops=1

# The reporters must not check themselves.
$(BUILD)/lib/ubsan.o: CFLAGS := $(filter-out $(KASAN_CFLAGS),$(CFLAGS)) -fno-sanitize=all
# KASAN's uninstrumented set, kept small: KASAN itself (its shadow
# bookkeeping runs before the shadow exists, and must not check its own
# accesses); the stack walker, which reads every word of a stack, red
# zones of other frames included; and slab debugging, whose reports
# print the bytes of freed objects (Linux's metadata_access_enable()).
$(BUILD)/mm/kasan/%.o: CFLAGS := $(filter-out $(KASAN_CFLAGS),$(CFLAGS))
$(BUILD)/arch/x86/kernel/dumpstack.o: CFLAGS := $(filter-out $(KASAN_CFLAGS),$(CFLAGS))
$(BUILD)/mm/slab_debug.o: CFLAGS := $(filter-out $(KASAN_CFLAGS),$(CFLAGS))

$(BUILD)/%.o: %.asm Makefile
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  AS      $<")
	$(Q)$(NASM) $(NASMFLAGS) -MD $(@:.o=.d) -MP $< -o $@

$(BUILD)/linux/%.o: $(LINUX_SRC)/%.c include/linnet/linux_test.h Makefile
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      linux:$*.c")
	$(Q)$(CC) $(CFLAGS) -DKBUILD_MODNAME='"$(notdir $*)"' -DLINUX_TEST_NAME=$(notdir $*) \
		-include include/linnet/linux_test.h -MMD -MP -c $< -o $@

$(BUILD)/user/%: tests/user/%.c tests/user/usertest.h Makefile
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  USERCC  $<")
	$(Q)$(USER_CC) $(USER_CFLAGS) -o $@ $<

# Lab 7's user program (docs/labs/lab7-syscall.md), alone in the labs'
# initramfs: tests/harness/grade.py boots it so that the grader can run it.
$(BUILD)/user/linnet_info: tests/labs/linnet_info.c tests/user/usertest.h include/linnet/linnet_info.h Makefile
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  USERCC  $<")
	$(Q)$(USER_CC) $(USER_CFLAGS) -s -o $@ $<

$(BUILD)/lab-initramfs.cpio.gz: $(BUILD)/user/linnet_info scripts/user_programs.py usr/gen_init_cpio.py \
		usr/initramfs_list usr/linnet-release
	@$(if $(Q),echo "  GEN     $@")
	$(Q)$(PYTHON) scripts/user_programs.py usr/initramfs_list $< > $(BUILD)/lab-initramfs.list
	$(Q)$(PYTHON) usr/gen_init_cpio.py $(BUILD)/lab-initramfs.list -o $(BUILD)/lab-initramfs.cpio
	$(Q)gzip -n -1 -c $(BUILD)/lab-initramfs.cpio > $@

$(BUILD)/user-initramfs.cpio.gz: $(USER_PROGS) scripts/user_programs.py usr/gen_init_cpio.py \
		usr/initramfs_list usr/linnet-release
	@$(if $(Q),echo "  GEN     $@")
	$(Q)$(PYTHON) scripts/user_programs.py usr/initramfs_list $(USER_PROGS) > $(BUILD)/user-initramfs.list
	$(Q)$(PYTHON) usr/gen_init_cpio.py $(BUILD)/user-initramfs.list -o $(BUILD)/user-initramfs.cpio
	$(Q)gzip -n -1 -c $(BUILD)/user-initramfs.cpio > $@

# Pass 1: link with an empty symbol table; pass 2: with the real one.
# Only text symbols go in the table, and the table sits after .text and
# .rodata, so its size cannot move any function between the passes.
$(BUILD)/kallsyms0.o: scripts/kallsyms.py
	@mkdir -p $(BUILD)
	$(Q)$(PYTHON) scripts/kallsyms.py --empty > $(BUILD)/kallsyms0.S
	$(Q)$(CC) -m32 -c $(BUILD)/kallsyms0.S -o $@

$(BUILD)/kernel.pass1.elf: $(OBJS) $(BUILD)/kallsyms0.o linker.ld
	$(Q)$(LD) $(LDFLAGS) -o $@ $(OBJS) $(BUILD)/kallsyms0.o

$(BUILD)/kallsyms.o: $(BUILD)/kernel.pass1.elf scripts/kallsyms.py
	$(Q)$(NM) -n $< | $(PYTHON) scripts/kallsyms.py > $(BUILD)/kallsyms.S
	$(Q)$(CC) -m32 -c $(BUILD)/kallsyms.S -o $@

$(BUILD)/kernel.elf: $(OBJS) $(BUILD)/kallsyms.o linker.ld
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(LD) $(LDFLAGS) -o $@ $(OBJS) $(BUILD)/kallsyms.o
	$(Q)$(NM) -n $@ | $(PYTHON) scripts/kallsyms.py --check $(BUILD)/kallsyms.S

# The module loader's test modules (tests/modules), built as out-of-tree
# modules are, and linked into the kernel as data for
# tests/kernel/module_test.c: the loader is tested before there are files.
TEST_MOD_DIR := $(BUILD)/tests/modules
$(TEST_MOD_DIR)/.built: $(shell find tests/modules -type f) scripts/modpost.py \
		scripts/Makefile.modules $(wildcard include/linux/*.h arch/x86/include/asm/*.h)
	$(Q)rm -rf $(TEST_MOD_DIR) && mkdir -p $(TEST_MOD_DIR) && cp -r tests/modules/. $(TEST_MOD_DIR)/
	$(Q)$(MAKE) --no-print-directory M=$(TEST_MOD_DIR) MODPOST_SYMVERS= MOD_STRICT="-Wextra -Werror" modules
	$(Q)$(MAKE) --no-print-directory M=$(TEST_MOD_DIR)/badmagic MODPOST_SYMVERS= \
		MODPOST_FLAGS="--vermagic '2.6.31 preempt mod_unload 686 '" modules
	$(Q)touch $@

# modtest carries the loader's test modules in its own data (.incbin)
$(BUILD)/user/modtest: USER_CFLAGS += -DMODDIR='"$(abspath $(TEST_MOD_DIR))"'
$(BUILD)/user/modtest: $(TEST_MOD_DIR)/.built
$(BUILD)/user/ubench: USER_CFLAGS += -DMODDIR='"$(abspath $(TEST_MOD_DIR))"'
$(BUILD)/user/ubench: $(TEST_MOD_DIR)/.built

$(BUILD)/tests/module_blobs.o: $(TEST_MOD_DIR)/.built
	$(Q)for k in $(TEST_MOD_DIR)/*.ko $(TEST_MOD_DIR)/badmagic/*.ko; do \
		n=$$(basename $$k .ko); \
		printf '\t.section .rodata\n\t.balign 16\n\t.globl __blob_%s_start, __blob_%s_end\n__blob_%s_start:\n\t.incbin "%s"\n__blob_%s_end:\n' \
			$$n $$n $$n $$k $$n; \
	done > $(BUILD)/tests/module_blobs.S
	$(Q)printf '\t.section .note.GNU-stack,"",@progbits\n' >> $(BUILD)/tests/module_blobs.S
	$(Q)$(CC) -m32 -c $(BUILD)/tests/module_blobs.S -o $@

# `make modules`: the tree's modules (MODULE_SRCS), each folder copied
# into $(BUILD)/modules and built there by scripts/Makefile.modules as an
# out-of-tree module is (a sample with its own classic Makefile, a driver
# with a generated Kbuild: obj-m += NAME.o), then installed under
# $(BUILD)/modroot$(MODLIB)/kernel/ with modules.dep and modules.order,
# which the initramfs takes at /. KERNELRELEASE is UTS_RELEASE: the same
# string as `uname -r` and the vermagic.
MODULES_BUILD := $(BUILD)/modules
MODULES_ROOT := $(BUILD)/modroot
MODULE_DIRS := $(sort $(dir $(MODULE_SRCS)))
$(MODULES_ROOT)/.installed: $(MODULE_SRCS) $(wildcard $(addsuffix Makefile,$(MODULE_DIRS))) \
		$(BUILD)/Module.symvers scripts/Makefile.modules scripts/modpost.py \
		$(wildcard include/linux/*.h arch/x86/include/asm/*.h)
	$(Q)rm -rf $(MODULES_BUILD) $(MODULES_ROOT) && mkdir -p $(MODULES_ROOT)$(MODLIB)
	$(Q)touch $(MODULES_ROOT)$(MODLIB)/modules.order
	$(Q)for d in $(MODULE_DIRS); do \
		mkdir -p $(MODULES_BUILD)/$$d && cp -r $$d. $(MODULES_BUILD)/$$d; \
		if [ ! -f $$d/Makefile ] || ! grep -q KERNELRELEASE $$d/Makefile; then \
			rm -f $(MODULES_BUILD)/$$d/*.c $(MODULES_BUILD)/$$d/Makefile; \
			for f in $(MODULE_SRCS); do \
				case $$f in $$d*) cp $$f $(MODULES_BUILD)/$$d; \
				echo "obj-m += $$(basename $$f .c).o" >> $(MODULES_BUILD)/$$d/Kbuild;; esac; \
			done; \
		fi; \
		$(MAKE) --no-print-directory M=$(MODULES_BUILD)/$$d MOD_STRICT="-Wextra -Werror" modules || exit 1; \
		for k in $(MODULES_BUILD)/$$d*.ko; do \
			mkdir -p $(MODULES_ROOT)$(MODLIB)/kernel/$$d; \
			cp $$k $(MODULES_ROOT)$(MODLIB)/kernel/$$d; \
			echo "kernel/$$d$$(basename $$k)" >> $(MODULES_ROOT)$(MODLIB)/modules.order; \
		done; \
	done
	$(Q)sed 's/$$/:/' $(MODULES_ROOT)$(MODLIB)/modules.order > $(MODULES_ROOT)$(MODLIB)/modules.dep
	$(Q)touch $@

ifeq ($(M),)
modules: $(MODULES_ROOT)/.installed
endif

# The userland's kernel, with the tristate drivers as modules: $(BUILD)/modular/
include scripts/Makefile.modular

# The kernel's exports, for modpost: what a module may use.
$(BUILD)/Module.symvers: $(BUILD)/kernel.elf scripts/modpost.py
	$(Q)$(NM) -n $< | $(PYTHON) scripts/modpost.py --symvers-from-nm > $@

# The initramfs (init/initramfs.c unpacks it into rootfs at boot): the
# files usr/initramfs_list describes, in Linux's gen_init_cpio format, plus
# ROOTFS_EXTRA=DIR's files at the same paths. The archive is rebuilt when
# the list, a file under DIR, or the value of ROOTFS_EXTRA changes.
INITRAMFS_LIST ?= usr/initramfs_list
ROOTFS_EXTRA ?=
INITRAMFS_DEPS := $(INITRAMFS_LIST) usr/gen_init_cpio.py $(MODULES_ROOT)/.installed \
	$(shell awk '$$1 == "file" { print "usr/" $$3 }' $(INITRAMFS_LIST) 2>/dev/null) \
	$(if $(ROOTFS_EXTRA),$(shell find $(ROOTFS_EXTRA) 2>/dev/null))

$(BUILD)/initramfs.extra: FORCE
	@mkdir -p $(BUILD)
	@echo '$(ROOTFS_EXTRA)' | cmp -s - $@ || echo '$(ROOTFS_EXTRA)' > $@

$(BUILD)/initramfs.cpio.gz: $(INITRAMFS_DEPS) $(BUILD)/initramfs.extra
	@$(if $(Q),echo "  GEN     $@")
	$(Q)$(PYTHON) usr/gen_init_cpio.py $(INITRAMFS_LIST) --extra $(MODULES_ROOT) \
		$(addprefix --extra ,$(ROOTFS_EXTRA)) \
		-o $(BUILD)/initramfs.cpio
	$(Q)gzip -n -9 -c $(BUILD)/initramfs.cpio > $@

FORCE:

# The userland image $(BUILD)/userland.cpio (docs/userland.md): the initramfs above plus
# usr/userland_list, Debian's busybox-static unmodified as /bin/busybox and
# /init, and the /etc files of a shell. `make iso` and `make run` boot it;
# the harness's default boots keep the plain initramfs, which has no /init,
# and so reach the kernel monitor. busybox comes from `make deps` (apt-get
# download into LINNET_CACHE): `make` alone needs no network.
LINNET_CACHE ?= $(HOME)/.cache/linnet
BUSYBOX ?= $(LINNET_CACHE)/busybox
USERLAND_LIST := usr/userland_list
USERLAND_DEPS := $(USERLAND_LIST) $(shell find usr/userland tests/userland/difftest.sh -type f)

$(BUSYBOX):
	$(Q)LINNET_CACHE=$(LINNET_CACHE) scripts/deps.sh busybox

# Not compressed: QEMU and GRUB load it into memory either way, and
# inflating a megabyte would be most of Linnet's boot (lib/zlib_inflate
# takes about 230 instructions per output byte; docs/performance.md).
# Its kernel is $(BUILD)/modular/kernel.elf and its /lib/modules the
# modular tree (scripts/Makefile.modular): 8250, i8042 and wait1 are modules rcS loads.
userland: $(BUILD)/userland.cpio $(MODULAR)/kernel.elf

$(BUILD)/userland.cpio: $(INITRAMFS_DEPS) $(USERLAND_DEPS) $(BUSYBOX) $(BUILD)/initramfs.extra \
		$(MODULAR_ROOT)/.installed $(BUILD)/userland_links
	@$(if $(Q),echo "  GEN     $@")
	$(Q)BUSYBOX=$(BUSYBOX) $(PYTHON) usr/gen_init_cpio.py $(INITRAMFS_LIST) $(USERLAND_LIST) \
		$(BUILD)/userland_links --extra $(MODULAR_ROOT) $(addprefix --extra ,$(ROOTFS_EXTRA)) \
		-o $@

# The applet links, as `busybox --install -s` would make them (one symbolic
# link to /bin/busybox per applet, at the path `--list-full` gives, but
# none for the busybox applet itself, which is the binary), in
# gen_init_cpio's format: asked of the binary itself, which the host runs
# (an x86-64 Linux runs static i386 programs). A host that cannot gets an
# empty list, and rcS makes the links at boot with `--install -s`.
$(BUILD)/userland_links: $(BUSYBOX) Makefile
	@mkdir -p $(BUILD)
	$(Q)echo "# the applet links of $(BUSYBOX) (Makefile: userland_links)" > $@.tmp
	$(Q)($(BUSYBOX) --list-full || echo "  busybox: cannot run on this host; links made at boot" >&2) | \
		awk '$$1 != "bin/busybox" { print "slink /" $$1 " /bin/busybox 0777 0 0" }' >> $@.tmp
	$(Q)mv $@.tmp $@

# As run: first what GRUB's ISO needs (grub-mkrescue, xorriso) and busybox.
iso: deps-run
	$(Q)$(MAKE) --no-print-directory $(BUILD)/linnet.iso

$(BUILD)/linnet.iso: $(MODULAR)/kernel.elf $(BUILD)/userland.cpio iso/boot/grub/grub.cfg
	@mkdir -p $(BUILD)/iso/boot/grub
	$(Q)cp $(MODULAR)/kernel.elf $(BUILD)/iso/boot/kernel.elf
	$(Q)rm -f $(BUILD)/iso/boot/initramfs.cpio.gz
	$(Q)cp $(BUILD)/userland.cpio $(BUILD)/iso/boot/initramfs.cpio
	$(Q)cp iso/boot/grub/grub.cfg $(BUILD)/iso/boot/grub/grub.cfg
	$(Q)grub-mkrescue -o $@ $(BUILD)/iso 2>$(BUILD)/grub-mkrescue.log || \
		{ cat $(BUILD)/grub-mkrescue.log; exit 1; }

# `make deps`: install what build, run, test, debug and docs need (Debian
# 12) and fetch busybox. Each target asks only for its own group
# (scripts/deps.sh): `make run` on a bare machine installs no browser.
deps:
	$(Q)LINNET_CACHE=$(LINNET_CACHE) scripts/deps.sh all

deps-%:
	$(Q)LINNET_CACHE=$(LINNET_CACHE) scripts/deps.sh $*

# The display: a VGA window when there is a display, else serial only.
QEMU_DISPLAY := $(if $(DISPLAY)$(WAYLAND_DISPLAY),,-display none)
QEMU_RUN := $(QEMU) -m $(QEMU_MEM) -serial mon:stdio $(QEMU_DISPLAY) -no-reboot \
	-device isa-debug-exit,iobase=0xf4,iosize=0x04 -gdb tcp:127.0.0.1:1234

run: deps-run
	$(Q)$(MAKE) --no-print-directory $(BUILD)/linnet.iso
	@echo "Linnet: booting through GRUB to busybox's shell. Quit QEMU with Ctrl-A then X."
	$(QEMU_RUN) -cdrom $(BUILD)/linnet.iso

debug: deps-debug $(BUILD)/kernel.elf $(BUILD)/initramfs.cpio.gz
	$(Q)scripts/debug.sh $(BUILD)/kernel.elf "$(QEMU_MEM)"

# The serial console of the kernel `make debug` runs: type at its shell here.
console:
	$(Q)$(PYTHON) scripts/console.py $(BUILD)/debug-serial.sock $(BUILD)/debug-serial.log

# Attach GDB to the kernel `make run` started (its GDB server is on port 1234).
gdb: $(MODULAR)/kernel.elf
	gdb -q -x scripts/gdb/linnet.gdb -ex "target remote 127.0.0.1:1234" $(MODULAR)/kernel.elf

# From git in a checkout; in a release tarball (no .git), every source file but the build's.
SOURCES = $(shell git ls-files '*.c' '*.h' '*.asm' 2>/dev/null || \
	find . -path ./build -prune -o \( -name '*.c' -o -name '*.h' -o -name '*.asm' \) -print)

tags: $(SOURCES)
	ctags $(SOURCES) 2>/dev/null || etags $(SOURCES)

cscope:
	cscope -b -q -k $(SOURCES)

# For editors (clangd): the exact commands of a build, recorded by bear.
compile_commands.json: Makefile
	rm -rf $(BUILD)/cc && bear --output $@ -- $(MAKE) --no-print-directory BUILD=$(BUILD)/cc all

-include tests/host/host.mk
-include tests/host/mm.mk
-include tests/host/slab.mk
-include tests/fuzz/fuzz.mk
-include tests/upstream/upstream.mk

# `make test`: first every build it needs, all at once on every core
# (TEST_JOBS, default nproc): the kernels, the user programs, the busybox
# image, the upstream KUnit kernel, the host tests and fuzzers, and the
# kernels the harness boots besides the normal one (TEST_VARIANTS). Then
# the fuzzers and the host tests in one make, two at a time (the longest
# fuzzer first; the host programs fill the other core), and the QEMU
# harness. Each step says its wall and CPU time
# ("make test: STEP N s wall, U+S s CPU"); the budget is 8 minutes on two
# idle cores from a clean clone, builds included (docs/testing.md).
#
# TEST_VARIANTS: NAME:VAR=VALUE,VAR=VALUE... Each is built by
# `make test-build-NAME` into $(BUILD)/NAME, the command the harness's
# checks run too (tests/harness/checks.py:_make_variant), so a check finds
# it done, and `run.py -k ubsan` alone still builds it. A variant is a
# kernel only: its boots take the normal build's initramfs, and no module
# is built for it but the loader's test modules, which its kernel carries.
# Two kernels serve four kinds of check, since each costs 90-180 s of CPU:
#   sanitize: UBSAN and KASAN at once (as Linux allows both), -O1 and no
#     debug information: the ubsan and kasan checks boot it;
#   debug: DEBUG=1 (-Og, for GDB) at HZ=1000: the debug-build GDB checks
#     and the HZ=1000 time suites boot it.
TEST_JOBS ?= $(shell nproc 2>/dev/null || echo 2)
TEST_VARIANTS := sanitize:UBSAN=1,KASAN=1,OPTIMIZE=-O1,DEBUG_INFO=-g0 debug:DEBUG=1,HZ=1000
TEST_VARIANT_NAMES := $(foreach v,$(TEST_VARIANTS),$(firstword $(subst :, ,$(v))))
# (with /usr/bin/time, also the CPU seconds it and its children used)
ifneq ($(wildcard /usr/bin/time),)
timed = /usr/bin/time -f "make test: $(1) %e s wall, %U+%S s CPU" $(2)
else
timed = s=$$(date +%s); $(2); rc=$$?; echo "make test: $(1) $$(($$(date +%s) - s)) s"; exit $$rc
endif

.PHONY: test-build fuzz-build host-test-build $(addprefix test-build-,$(TEST_VARIANT_NAMES))

define TEST_VARIANT_RULE
test-build-$(1): $(LINUX_SRC).stamp
	$(Q)$$(MAKE) --no-print-directory BUILD=$(BUILD)/$(1) $(subst $(comma), ,$(2)) LINUX_SRC=$(LINUX_SRC) \
		$(BUILD)/$(1)/kernel.elf
endef
comma := ,
$(foreach v,$(TEST_VARIANTS),$(eval $(call TEST_VARIANT_RULE,$(firstword $(subst :, ,$(v))),$(word 2,$(subst :, ,$(v))))))

test-build: all upstream userland host-test-build fuzz-build $(addprefix test-build-,$(TEST_VARIANT_NAMES))

test: deps-test
	$(Q)$(call timed,build,$(MAKE) --no-print-directory -j$(TEST_JOBS) test-build)
	$(Q)$(call timed,host-test+fuzz,$(MAKE) --no-print-directory -k -O -j$(TEST_JOBS) fuzz host-test \
		SLAB_FUZZ_TIME=5)
	$(Q)$(call timed,harness,$(PYTHON) tests/harness/run.py --build $(BUILD))


# `make oracle`: run tests/user on Debian's Linux 6.1 (linux-image-686) in
# the same QEMU and write the expected files tests/user/expected/*.out, and
# the userland's differential run (tests/userland/expected/difftest.out).
oracle: $(BUILD)/kernel.elf $(BUILD)/userland.cpio
	$(Q)$(PYTHON) tests/harness/oracle.py --build $(BUILD)

# `make bench`: the in-kernel benchmarks run on $(BUILD)/bench/kernel.elf,
# the kernel built as 2.6.32's defconfig has its debugging (BENCH_CONFIG:
# no list debugging, no might_sleep check, no spinlock word, no page-order
# record); the user-mode figures and the
# boot times use the default kernel, whose modules the user image loads.
# docs/performance.md says which is which.
BENCH_CONFIG := CONFIG_DEBUG_LIST=n CONFIG_DEBUG_SPINLOCK_SLEEP=n CONFIG_DEBUG_SPINLOCK=n \
	CONFIG_DEBUG_PAGE_ORDER=n
.PHONY: bench-kernel
bench-kernel: $(LINUX_SRC).stamp
	$(Q)$(MAKE) --no-print-directory BUILD=$(BUILD)/bench $(BENCH_CONFIG) LINUX_SRC=$(LINUX_SRC) \
		$(BUILD)/bench/kernel.elf

bench: deps-test $(BUILD)/kernel.elf $(BUILD)/linnet.iso $(BUILD)/user-initramfs.cpio.gz bench-kernel
	$(Q)$(PYTHON) tests/harness/bench.py --build $(BUILD) --kernel $(BUILD)/bench/kernel.elf

# `make soak DURATION=10m` (or seconds): every allocator, timers, tasklets,
# a workqueue, wait queues and a serial flood at once (tests/soak/soak.c),
# then the system-call fuzzer as long (tests/user/sysfuzz.c).
DURATION ?= 10m
soak: deps-run $(BUILD)/kernel.elf $(BUILD)/user-initramfs.cpio.gz
	$(Q)$(PYTHON) tests/harness/soak.py --build $(BUILD) --duration $(DURATION)

check:
	$(Q)scripts/check.sh

# Labs (docs/labs/): `make lab-N` rewrites the tree in place into lab N's
# skeleton (scripts/lab.py); `make grade LAB=N` builds, boots and scores it
# ("Score: N/M", exit 0 only at full marks); `make check-labs` proves, in
# temporary copies, that every reference solution scores full marks and
# every skeleton less.
lab-%:
	$(Q)$(PYTHON) scripts/lab.py skeleton $*

grade: all
	$(Q)$(if $(LAB),,echo "make grade LAB=N (see docs/labs/README.md)"; exit 2;)
	$(Q)$(PYTHON) tests/harness/grade.py --build $(BUILD) $(LAB)

check-labs: all
	$(Q)$(PYTHON) tests/harness/labcheck.py --build $(BUILD) -j2

# The docs as a site: chapters, API reference (kernel-doc), source browser (htags).
htmldocs: deps-docs
	$(Q)/usr/bin/python3 scripts/htmldocs.py $(BUILD)/html

ifeq ($(M),)
clean:
	rm -rf $(BUILD) build-*
endif

help:
	@echo "make            build $(BUILD)/kernel.elf"
	@echo "make run        boot through GRUB to busybox's shell on this terminal"
	@echo "make userland   the userland image $(BUILD)/userland.cpio (busybox, /init, /etc)"
	@echo "make debug      QEMU stopped at the first instruction, GDB at start_kernel"
	@echo "make console    type at the shell of the kernel make debug runs (another terminal)"
	@echo "make gdb        attach GDB to the kernel that make run is running"
	@echo "make DEBUG=1    a -Og kernel for the debugger, in build/debug (make DEBUG=1 debug)"
	@echo "make tags | cscope | compile_commands.json   for editors"
	@echo "make test       host tests + every KUnit suite under QEMU"
	@echo "make bench      in-kernel benchmarks under -icount (instructions/op)"
	@echo "make oracle     run tests/user and the userland's difftest on Linux 6.1, write expected files"
	@echo "make soak       everything at once for DURATION (default 10m; seconds or 10m)"
	@echo "make upstream   Linux's own KUnit tests against Linnet: $(BUILD)/upstream/kernel.elf"
	@echo "make fuzz       every libFuzzer target for a few seconds"
	@echo "make check      clang-format, cppcheck, kernel-doc checks"
	@echo "make lab-N      turn the tree into lab N's skeleton (docs/labs/)"
	@echo "make grade LAB=N   build, boot and score lab N (Score: N/M)"
	@echo "make check-labs every reference solution full marks, every skeleton less"
	@echo "make htmldocs   the docs, API reference and source browser in $(BUILD)/html"
	@echo "make deps       install the Debian packages all of this needs, fetch busybox"
	@echo "options: V=1 (show commands) HZ=100|250|300|1000 QEMU_MEM=1G BUILD=dir"

# A dependency file is made by its object's compile, never on its own: without
# this empty rule make would try to remake a missing one as a program linked from
# NAME.d.o, and $(LINUX_SRC)/%.c (tests/upstream/upstream.mk) would offer NAME.d.c.
$(BUILD)/linux/%.d: ;
-include $(DEPS)
