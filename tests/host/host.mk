# tests/host/host.mk - build Linnet's lib/ natively and test it on the host.
#
# Included by the main Makefile; `make host-test` runs it. Each lib/ file
# is compiled with the host gcc under AddressSanitizer and UBSan, then
# every symbol it defines is renamed to linnet_<name> (objcopy
# --redefine-syms), so that Linnet's memcpy or vsnprintf can live in one
# program next to the C library's and be compared with them. The renaming
# applies to references too, so a Linnet function that calls strlen()
# still calls Linnet's. The test programs (tests/host/*_test.c) use the
# host's headers and call the linnet_ names (tests/host/linnet.h);
# *_shim.c files are tests compiled against Linnet's headers instead
# (for the inline list, bitops and ctype code) and renamed likewise.
#
# Output: one line per program, then "N passed, N failed" (programs).

HOST_CC ?= gcc
HOST_OBJCOPY ?= objcopy
HOST_NM ?= nm
HOST_DIR := $(BUILD)/host
HOST_SAN := -fsanitize=address,undefined -fno-sanitize-recover=all
HOST_CFLAGS := $(HOST_SAN) -g -O1 -Wall -Wextra -Werror
# Linnet code: its own headers, no C library, no builtins standing in for it.
HOST_LIB_CFLAGS := $(HOST_CFLAGS) -std=gnu11 -ffreestanding -fno-builtin -DLINNET_HOST -Iarch/x86/include -Iinclude \
	-idirafter tests/host/include
# Test programs: the host's headers plus tests/host/linnet.h.
HOST_TEST_CFLAGS := $(HOST_CFLAGS) -std=gnu11 -Itests/host

HOST_LIB_SRCS := lib/string.c lib/ctype.c lib/vsprintf.c lib/kstrtox.c lib/cmdline.c \
	lib/sort.c lib/find_bit.c lib/kfifo.c lib/crc32.c lib/rbtree.c drivers/char/keyboard.c \
	drivers/char/n_tty.c kernel/debug/kdb/kdb_io.c kernel/debug/kdb/kdb_parse.c \
	$(wildcard tests/host/*_shim.c)
HOST_LIB_OBJS := $(patsubst %.c,$(HOST_DIR)/raw/%.o,$(HOST_LIB_SRCS))
HOST_REN_OBJS := $(patsubst %.c,$(HOST_DIR)/linnet/%.o,$(HOST_LIB_SRCS))
# Extra libraries a test program links with (crc32_test compares with zlib).
HOST_LIBS_crc32 := -lz
HOST_TESTS := $(patsubst tests/host/%_test.c,%,$(wildcard tests/host/*_test.c))
HOST_BINS := $(patsubst %,$(HOST_DIR)/%_test,$(HOST_TESTS))

.PHONY: host-test host-test-build
.SECONDARY: $(HOST_LIB_OBJS) $(HOST_REN_OBJS)

host-test: host-test-build
	@pass=0; fail=0; \
	for t in $(HOST_TESTS); do \
		if ASAN_OPTIONS=detect_leaks=0 $(HOST_DIR)/$${t}_test > $(HOST_DIR)/$$t.log 2>&1; then \
			pass=$$((pass + 1)); echo "PASS $$t: $$(tail -n 1 $(HOST_DIR)/$$t.log)"; \
		else \
			fail=$$((fail + 1)); echo "FAIL $$t:"; sed 's/^/    /' $(HOST_DIR)/$$t.log | tail -n 40; \
		fi; \
	done; \
	echo "$$pass passed, $$fail failed"; \
	test $$fail -eq 0

host-test-build: $(HOST_BINS)

$(HOST_DIR)/raw/%.o: %.c
	@mkdir -p $(dir $@)
	$(Q)$(HOST_CC) $(HOST_LIB_CFLAGS) -MMD -MP -c $< -o $@

# Every global symbol any Linnet object defines, with its new name.
# ASan's own symbols (__odr_asan..., __asan...) are left alone.
$(HOST_DIR)/linnet.syms: $(HOST_LIB_OBJS)
	$(Q)$(HOST_NM) -g --defined-only $^ | awk 'NF == 3 && $$3 !~ /^__(odr_)?asan/ \
		{ print $$3 " linnet_" $$3 }' | sort -u > $@

$(HOST_DIR)/linnet/%.o: $(HOST_DIR)/raw/%.o $(HOST_DIR)/linnet.syms
	@mkdir -p $(dir $@)
	$(Q)$(HOST_OBJCOPY) --redefine-syms=$(HOST_DIR)/linnet.syms $< $@

$(HOST_DIR)/glue.o: tests/host/glue.c tests/host/linnet.h
	@mkdir -p $(dir $@)
	$(Q)$(HOST_CC) $(HOST_TEST_CFLAGS) -c $< -o $@

$(HOST_DIR)/%_test: tests/host/%_test.c tests/host/linnet.h $(HOST_DIR)/glue.o $(HOST_REN_OBJS)
	$(Q)$(HOST_CC) $(HOST_TEST_CFLAGS) $< $(HOST_DIR)/glue.o $(HOST_REN_OBJS) -o $@ $(HOST_LIBS_$*)

# Rebuild a Linnet object when a header it includes changes.
-include $(HOST_LIB_OBJS:.o=.d)
