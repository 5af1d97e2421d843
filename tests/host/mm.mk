# tests/host/mm.mk - the page allocator on the host: unit test, fuzzer, benchmarks.
#
# mm/page_alloc.c is compiled for the host with -DLINNET_HOST against
# Linnet's headers, together with tests/host/buddy_env.c (a simulated
# machine: host_ram behind the physical addresses, mem_map, kmap_atomic)
# and tests/host/mm_glue.c (printk, panic... from the C library). No
# renaming is needed: the allocator defines no C library names.
#
#   make host-test     includes buddy_test (ASan + UBSan)
#   make fuzz          libFuzzer for FUZZ_SECONDS (default 20)

FUZZ_SECONDS ?= 20
MM_HOST_DIR := $(BUILD)/host-mm
MM_KCFLAGS := -std=gnu11 -ffreestanding -fno-builtin -DLINNET_HOST -DHZ=100 -DCONFIG_DEBUG_PAGE_ORDER -Iarch/x86/include -Iinclude -Itests/host \
	-Wall -Wextra -Werror -Wno-unused-parameter -Wno-sign-compare -Wno-missing-field-initializers
MM_SRCS := mm/page_alloc.c lib/math/int_sqrt.c tests/host/buddy_env.c
MM_DEPS := $(MM_SRCS) tests/host/mm_glue.c tests/host/buddy_ops.h tests/host/buddy_env.h \
	$(wildcard include/linux/*.h arch/x86/include/asm/*.h)

.PHONY: fuzz

$(HOST_DIR)/buddy_test: tests/host/buddy_test.c $(MM_DEPS)
	@mkdir -p $(MM_HOST_DIR)
	$(Q)$(HOST_CC) $(HOST_SAN) -g -O1 $(MM_KCFLAGS) -c $< -o $(MM_HOST_DIR)/buddy_test.o
	$(Q)$(HOST_CC) $(HOST_SAN) -g -O1 $(MM_KCFLAGS) -c mm/page_alloc.c -o $(MM_HOST_DIR)/page_alloc.o
	$(Q)$(HOST_CC) $(HOST_SAN) -g -O1 $(MM_KCFLAGS) -c tests/host/buddy_env.c -o $(MM_HOST_DIR)/buddy_env.o
	$(Q)$(HOST_CC) $(HOST_SAN) -g -O1 $(MM_KCFLAGS) -c lib/math/int_sqrt.c -o $(MM_HOST_DIR)/int_sqrt.o
	$(Q)$(HOST_CC) $(HOST_SAN) -g -O1 -Wall -Wextra -Werror -Wno-unused-parameter -c tests/host/mm_glue.c -o $(MM_HOST_DIR)/mm_glue.o
	$(Q)$(HOST_CC) $(HOST_SAN) $(MM_HOST_DIR)/buddy_test.o $(MM_HOST_DIR)/page_alloc.o \
		$(MM_HOST_DIR)/buddy_env.o $(MM_HOST_DIR)/int_sqrt.o $(MM_HOST_DIR)/mm_glue.o -o $@

$(HOST_DIR)/bootmem_test: tests/host/bootmem_test.c mm/bootmem.c tests/host/mm_glue.c $(wildcard include/linux/*.h arch/x86/include/asm/*.h)
	@mkdir -p $(MM_HOST_DIR) $(HOST_DIR)
	$(Q)$(HOST_CC) $(HOST_SAN) -g -O1 $(MM_KCFLAGS) -c $< -o $(MM_HOST_DIR)/bootmem_test.o
	$(Q)$(HOST_CC) $(HOST_SAN) -g -O1 $(MM_KCFLAGS) -c mm/bootmem.c -o $(MM_HOST_DIR)/bootmem.o
	$(Q)$(HOST_CC) $(HOST_SAN) -g -O1 -Wall -Wextra -Werror -Wno-unused-parameter -c tests/host/mm_glue.c -o $(MM_HOST_DIR)/mm_glue_b.o
	$(Q)$(HOST_CC) $(HOST_SAN) $(MM_HOST_DIR)/bootmem_test.o $(MM_HOST_DIR)/bootmem.o \
		$(MM_HOST_DIR)/mm_glue_b.o -o $@

$(MM_HOST_DIR)/buddy_fuzz: tests/fuzz/buddy_fuzz.c $(MM_DEPS)
	@mkdir -p $(dir $@)
	$(Q)clang -fsanitize=fuzzer,address,undefined -g -O1 $(MM_KCFLAGS) -c $< -o $@.o
	$(Q)clang -fsanitize=fuzzer-no-link,address,undefined -g -O1 $(MM_KCFLAGS) \
		-c mm/page_alloc.c -o $@.pa.o
	$(Q)clang -fsanitize=fuzzer-no-link,address,undefined -g -O1 $(MM_KCFLAGS) \
		-c tests/host/buddy_env.c -o $@.env.o
	$(Q)clang -fsanitize=fuzzer-no-link,address,undefined -g -O1 $(MM_KCFLAGS) \
		-c lib/math/int_sqrt.c -o $@.isqrt.o
	$(Q)clang -fsanitize=address,undefined -g -O1 -c tests/host/mm_glue.c -o $@.glue.o
	$(Q)clang -fsanitize=fuzzer,address,undefined $@.o $@.pa.o $@.env.o $@.isqrt.o $@.glue.o -o $@

# its own target, so that make -j runs it beside the other fuzzers
fuzz: buddy-fuzz
fuzz-build: $(MM_HOST_DIR)/buddy_fuzz
.PHONY: buddy-fuzz
buddy-fuzz: $(MM_HOST_DIR)/buddy_fuzz
	@mkdir -p $(MM_HOST_DIR)/corpus
	$(Q)ASAN_OPTIONS=detect_leaks=0 $< -max_total_time=$(FUZZ_SECONDS) -max_len=4096 \
		-print_final_stats=1 $(MM_HOST_DIR)/corpus 2>$(MM_HOST_DIR)/fuzz.log \
		&& echo "fuzz: buddy_fuzz ran $(FUZZ_SECONDS) s: $$(grep -o 'stat::number_of_executed_units: *[0-9]*' \
		$(MM_HOST_DIR)/fuzz.log | grep -o '[0-9]*$$') inputs, no invariant broken" \
		|| { tail -n 40 $(MM_HOST_DIR)/fuzz.log; exit 1; }
