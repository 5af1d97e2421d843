# tests/fuzz/fuzz.mk - libFuzzer targets for Linnet's self-contained library code.
#
# Included by the main Makefile. `make fuzz` runs every fuzzer of the tree;
# this file adds the ones whose code needs no simulated kernel around it:
# each tests/fuzz/NAME_fuzz.c listed in LIBFUZZ_NAMES is built with clang
# -fsanitize=fuzzer,address,undefined together with the sources in
# LIBFUZZ_SRCS_NAME, then run for LIBFUZZ_SECONDS each (default 5, so the
# whole `make fuzz` stays near FUZZ_SECONDS). A fuzzer that finds a crash
# or a mismatch with its reference stops with the input saved as
# $(BUILD)/libfuzz/NAME-crash-*. `make lib-fuzz LIBFUZZ_SECONDS=600` hunts longer.
#
# To add a fuzzer: write tests/fuzz/NAME_fuzz.c (LLVMFuzzerTestOneInput),
# add NAME to LIBFUZZ_NAMES and a LIBFUZZ_SRCS_NAME line naming its sources
# (LIBFUZZ_DEPS_NAME: headers it depends on; LIBFUZZ_CFLAGS_NAME and
# LIBFUZZ_LDFLAGS_NAME: its own compiler and link options). A directory tests/fuzz/NAME_corpus/ holds inputs that once
# found a bug: every run starts by replaying them.
#
# The vfs fuzzer is the largest: fs/, mm/filemap.c, mm/truncate.c and
# lib/radix-tree.c over tests/fuzz/vfs_host.c, the kernel below fs/ in a
# few hundred lines (see tests/fuzz/vfs_fuzz.c). About 10 s of CPU to
# build, 5 s to run, at 1,000-1,500 inputs a second.

LIBFUZZ_CC ?= clang
LIBFUZZ_SECONDS ?= 5
LIBFUZZ_DIR := $(BUILD)/libfuzz
LIBFUZZ_CFLAGS := -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	-std=gnu11 -DLINNET_HOST -DHZ=100 -Wall -Wno-unused-parameter -Iarch/x86/include -Iinclude -idirafter tests/host/include

LIBFUZZ_NAMES := kfifo rbtree initramfs vfs
LIBFUZZ_SRCS_kfifo := lib/kfifo.c
LIBFUZZ_SRCS_rbtree := lib/rbtree.c
LIBFUZZ_SRCS_initramfs := init/initramfs.c lib/decompress.c lib/decompress_inflate.c \
	lib/zlib_inflate/inflate.c lib/crc32.c
# The VFS, ramfs and the page cache over tests/fuzz/vfs_host.c (see vfs_fuzz.c)
LIBFUZZ_SRCS_vfs := tests/fuzz/vfs_host.c fs/namei.c fs/open.c fs/read_write.c fs/dcache.c \
	fs/inode.c fs/super.c fs/namespace.c fs/libfs.c fs/file.c fs/file_table.c fs/fs_struct.c \
	fs/stat.c fs/readdir.c fs/attr.c fs/filesystems.c fs/ramfs/inode.c fs/ramfs/file-mmu.c \
	mm/filemap.c mm/truncate.c mm/swap.c mm/vmscan.c lib/radix-tree.c lib/find_bit.c \
	lib/kstrtox.c lib/ctype.c fs/notify/fsnotify.c fs/notify/group.c fs/notify/inode_mark.c \
	fs/notify/notification.c fs/splice.c
LIBFUZZ_DEPS_vfs := tests/fuzz/vfs_host.h tests/kernel/vfs_model.h tests/fuzz/vfs_host.ld \
	$(wildcard include/linux/*.h arch/x86/include/asm/*.h)
LIBFUZZ_LDFLAGS_vfs := -Wl,-T,tests/fuzz/vfs_host.ld
# as the kernels build: sleeping with a spinlock held is caught (vfs_host.c:__might_sleep)
LIBFUZZ_CFLAGS_vfs := -DCONFIG_DEBUG_SPINLOCK_SLEEP

LIBFUZZ_BINS := $(patsubst %,$(LIBFUZZ_DIR)/%_fuzz,$(LIBFUZZ_NAMES))

# Each fuzzer is a target of its own, so that `make -j2 fuzz` runs two at once.
LIBFUZZ_RUNS := $(addprefix lib-fuzz-,$(LIBFUZZ_NAMES))
.PHONY: fuzz lib-fuzz $(LIBFUZZ_RUNS)

fuzz: lib-fuzz
fuzz-build: $(LIBFUZZ_BINS)

lib-fuzz: $(LIBFUZZ_RUNS)

$(LIBFUZZ_RUNS): lib-fuzz-%: $(LIBFUZZ_DIR)/%_fuzz
	@mkdir -p $(LIBFUZZ_DIR)/$*-corpus
	@if ASAN_OPTIONS=detect_leaks=0 $< -max_total_time=$(LIBFUZZ_SECONDS) \
		-artifact_prefix=$(LIBFUZZ_DIR)/$*- $(LIBFUZZ_DIR)/$*-corpus \
		$$(ls -d tests/fuzz/$*_corpus 2>/dev/null) > $(LIBFUZZ_DIR)/$*.log 2>&1; then \
		echo "fuzz: $*_fuzz ran $(LIBFUZZ_SECONDS) s: $$(grep -o 'Done [0-9]* runs' \
			$(LIBFUZZ_DIR)/$*.log | grep -o '[0-9]*') inputs, no mismatch"; \
	else \
		echo "fuzz: $*_fuzz FAILED:"; tail -n 30 $(LIBFUZZ_DIR)/$*.log | sed 's/^/    /'; exit 1; \
	fi

define LIBFUZZ_RULE
$(LIBFUZZ_DIR)/$(1)_fuzz: tests/fuzz/$(1)_fuzz.c $(LIBFUZZ_SRCS_$(1)) $(LIBFUZZ_DEPS_$(1))
	@mkdir -p $(LIBFUZZ_DIR)
	$(Q)$(LIBFUZZ_CC) $(LIBFUZZ_CFLAGS) $(LIBFUZZ_CFLAGS_$(1)) $$< $(LIBFUZZ_SRCS_$(1)) \
		$(LIBFUZZ_LDFLAGS_$(1)) -o $$@
endef
$(foreach f,$(LIBFUZZ_NAMES),$(eval $(call LIBFUZZ_RULE,$(f))))
