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
	lib/zlib_inflate/inflate.c lib/decompress_inflate.c lib/decompress.c \
	$(wildcard tests/host/*_shim.c)
HOST_LIB_OBJS := $(patsubst %.c,$(HOST_DIR)/raw/%.o,$(HOST_LIB_SRCS))
HOST_REN_OBJS := $(patsubst %.c,$(HOST_DIR)/linnet/%.o,$(HOST_LIB_SRCS))
# Extra libraries a test program links with (crc32_test compares with zlib).
HOST_LIBS_crc32 := -lz
HOST_LIBS_inflate := -lz
HOST_TESTS := $(patsubst tests/host/%_test.c,%,$(wildcard tests/host/*_test.c))
HOST_BINS := $(patsubst %,$(HOST_DIR)/%_test,$(HOST_TESTS))

.PHONY: host-test host-test-build
.SECONDARY: $(HOST_LIB_OBJS) $(HOST_REN_OBJS)

# Each program runs as a target of its own, so that `make -j2 host-test`
# runs two at a time (make test does); each leaves its verdict line (and a
# failure's last lines) in NAME.result, and host-test prints them in order.
HOST_RESULTS := $(patsubst %,$(HOST_DIR)/%.result,$(HOST_TESTS))
.PHONY: $(HOST_RESULTS)

host-test: $(HOST_RESULTS)
	@cat $(HOST_RESULTS); \
	pass=$$(cat $(HOST_RESULTS) | grep -c '^PASS'); fail=$$(cat $(HOST_RESULTS) | grep -c '^FAIL'); \
	echo "$$pass passed, $$fail failed"; \
	test $$fail -eq 0

$(HOST_RESULTS): $(HOST_DIR)/%.result: $(HOST_DIR)/%_test
	@if ASAN_OPTIONS=detect_leaks=0 $< > $(HOST_DIR)/$*.log 2>&1; then \
		echo "PASS $*: $$(tail -n 1 $(HOST_DIR)/$*.log)"; \
	else \
		echo "FAIL $*:"; sed 's/^/    /' $(HOST_DIR)/$*.log | tail -n 40; \
	fi > $@

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
