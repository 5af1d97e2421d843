# tests/host/slab.mk - the slab layer on the host: tests, fuzzing, callgrind.
#
# Included by the main Makefile after host.mk. mm/slab*.c, mm/util.c and
# kernel/might_sleep.c are built for the host against Linnet's headers
# (-DLINNET_HOST), over the host build of the page allocator
# (mm/page_alloc.c on tests/host/buddy_env.c's simulated machine), with
# tests/host/slab_env.c for printk and the rest. As in host.mk,
# references to lib/ functions are renamed to linnet_<name>, so the
# kernel's memset and vsnprintf are used, next to the C library.
# alloc_pages is wrapped (--wrap) so a test can make it fail.
#
#   make host-test      runs slab_test (ASan + UBSan) with the other host tests
#   make slab-fuzz      builds build/host/slab_fuzz (clang libFuzzer + ASan)
#                       and runs it for SLAB_FUZZ_TIME seconds (default 30)
#   make slab-callgrind instructions per kmalloc+kfree beside malloc+free
#
# mm_race_test (in make host-test) links the same objects with mm/vmalloc.c,
# arch/x86/mm/init_32.c (only pte_alloc_kernel and lookup_address are
# used: built with -ffunction-sections and linked with --gc-sections, its
# boot-time code and its references go; its high_memory is made local, the
# simulated machine's is the one) and tests/host/mm_race_env.c, which
# replaces slab_env.c's one-task preempt_schedule, mutexes and
# alloc_pages wrapper with two tasks (tests/host/mm_race_sched.c).

SLAB_HOST_SRCS := mm/slab.c mm/slab_debug.c mm/slab_common.c mm/util.c \
	kernel/might_sleep.c mm/page_alloc.c lib/math/int_sqrt.c tests/host/buddy_env.c tests/host/slab_env.c
SLAB_HOST_INC := -Iarch/x86/include -Iinclude -Itests/host
SLAB_HOST_LDFLAGS := -Wl,--wrap=alloc_pages
SLAB_HOST_KFLAGS := -std=gnu11 -ffreestanding -fno-builtin -fno-omit-frame-pointer \
	-DLINNET_HOST -DCONFIG_DEBUG_SPINLOCK_SLEEP -DHZ=100 $(SLAB_HOST_INC) -Wall -Wextra -Werror -Wno-unused-parameter \
	-Wno-sign-compare -Wno-missing-field-initializers -fno-strict-aliasing -g
SLAB_HOST_OBJS := $(patsubst %.c,$(HOST_DIR)/slab/%.o,$(SLAB_HOST_SRCS) tests/host/slab_test.c)

.SECONDARY: $(SLAB_HOST_OBJS) $(patsubst $(HOST_DIR)/slab/%,$(HOST_DIR)/slab/raw/%,$(SLAB_HOST_OBJS))

$(HOST_DIR)/slab/raw/%.o: %.c
	@mkdir -p $(dir $@)
	$(Q)$(HOST_CC) $(HOST_SAN) -O1 $(SLAB_HOST_KFLAGS) -MMD -MP -c $< -o $@

$(HOST_DIR)/slab/%.o: $(HOST_DIR)/slab/raw/%.o $(HOST_DIR)/linnet.syms
	@mkdir -p $(dir $@)
	$(Q)$(HOST_OBJCOPY) $(SLAB_OBJCOPY_FLAGS) --redefine-syms=$(HOST_DIR)/linnet.syms $< $@

$(HOST_DIR)/slab_host.o: tests/host/slab_host.c
	@mkdir -p $(dir $@)
	$(Q)$(HOST_CC) $(HOST_TEST_CFLAGS) -c $< -o $@

# An explicit rule: slab_test is built from kernel-side objects, not by
# host.mk's pattern for programs that use the host's headers.
$(HOST_DIR)/slab_test: $(SLAB_HOST_OBJS) $(HOST_DIR)/glue.o $(HOST_DIR)/slab_host.o $(HOST_REN_OBJS)
	$(Q)$(HOST_CC) $(HOST_SAN) $(SLAB_HOST_LDFLAGS) $^ -o $@

-include $(patsubst %.o,%.d,$(patsubst $(HOST_DIR)/slab/%,$(HOST_DIR)/slab/raw/%,$(SLAB_HOST_OBJS)))

# The race tests (B1, B2, B10 of review mm.md): see the opening comment.
MM_RACE_SRCS := mm/vmalloc.c arch/x86/mm/init_32.c tests/host/mm_race_env.c tests/host/mm_race_test.c
MM_RACE_OBJS := $(patsubst %.c,$(HOST_DIR)/slab/%.o,$(SLAB_HOST_SRCS) $(MM_RACE_SRCS))
.SECONDARY: $(MM_RACE_OBJS) $(patsubst $(HOST_DIR)/slab/%,$(HOST_DIR)/slab/raw/%,$(MM_RACE_OBJS))

$(HOST_DIR)/slab/raw/arch/x86/mm/init_32.o: SLAB_HOST_KFLAGS += -ffunction-sections -fdata-sections
$(HOST_DIR)/slab/arch/x86/mm/init_32.o: SLAB_OBJCOPY_FLAGS := --localize-symbol=high_memory \
	--localize-symbol=__odr_asan.high_memory

$(HOST_DIR)/mm_race_sched.o: tests/host/mm_race_sched.c
	@mkdir -p $(dir $@)
	$(Q)$(HOST_CC) $(HOST_TEST_CFLAGS) -pthread -c $< -o $@

$(HOST_DIR)/mm_race_test: $(MM_RACE_OBJS) $(HOST_DIR)/glue.o $(HOST_DIR)/slab_host.o \
		$(HOST_DIR)/mm_race_sched.o $(HOST_REN_OBJS)
	$(Q)$(HOST_CC) $(HOST_SAN) $(SLAB_HOST_LDFLAGS) -Wl,--gc-sections -pthread $^ -o $@

-include $(patsubst %.o,%.d,$(patsubst $(HOST_DIR)/slab/%,$(HOST_DIR)/slab/raw/%,$(MM_RACE_OBJS)))

# The libFuzzer target: the same sources built by clang, lib/ renamed.
FUZZ_CC ?= clang
FUZZ_DIR := $(HOST_DIR)/fuzz
FUZZ_SAN := -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
SLAB_FUZZ_TIME ?= 30
FUZZ_LIB_SRCS := lib/string.c lib/ctype.c lib/vsprintf.c lib/kstrtox.c
FUZZ_KERN_SRCS := $(SLAB_HOST_SRCS) tests/fuzz/slab_fuzz.c
FUZZ_RAW := $(patsubst %.c,$(FUZZ_DIR)/raw/%.o,$(FUZZ_LIB_SRCS) $(FUZZ_KERN_SRCS))
FUZZ_OBJS := $(patsubst %.c,$(FUZZ_DIR)/%.o,$(FUZZ_LIB_SRCS) $(FUZZ_KERN_SRCS))

.PHONY: slab-fuzz slab-callgrind

# make fuzz (and so make test) runs the slab fuzzer too
fuzz: slab-fuzz
fuzz-build: $(HOST_DIR)/slab_fuzz
.SECONDARY: $(FUZZ_RAW) $(FUZZ_OBJS)

$(FUZZ_DIR)/raw/%.o: %.c
	@mkdir -p $(dir $@)
	$(Q)$(FUZZ_CC) $(FUZZ_SAN) -O1 $(SLAB_HOST_KFLAGS) -MMD -MP -c $< -o $@

$(FUZZ_DIR)/linnet.syms: $(patsubst %.c,$(FUZZ_DIR)/raw/%.o,$(FUZZ_LIB_SRCS))
	$(Q)$(HOST_NM) -g --defined-only $^ | awk 'NF == 3 && $$3 !~ /^__(odr_)?asan/ \
		{ print $$3 " linnet_" $$3 }' | sort -u > $@

$(FUZZ_DIR)/%.o: $(FUZZ_DIR)/raw/%.o $(FUZZ_DIR)/linnet.syms
	@mkdir -p $(dir $@)
	$(Q)$(HOST_OBJCOPY) --redefine-syms=$(FUZZ_DIR)/linnet.syms $< $@

$(FUZZ_DIR)/host.o: tests/host/glue.c tests/host/slab_host.c
	@mkdir -p $(FUZZ_DIR)
	$(Q)$(FUZZ_CC) $(FUZZ_SAN) -g -c tests/host/glue.c -o $(FUZZ_DIR)/glue.o
	$(Q)$(FUZZ_CC) $(FUZZ_SAN) -g -c tests/host/slab_host.c -o $(FUZZ_DIR)/slab_host.o
	$(Q)ld -r $(FUZZ_DIR)/glue.o $(FUZZ_DIR)/slab_host.o -o $@

$(HOST_DIR)/slab_fuzz: $(FUZZ_OBJS) $(FUZZ_DIR)/host.o
	$(Q)$(FUZZ_CC) -fsanitize=fuzzer,address,undefined $(SLAB_HOST_LDFLAGS) $^ -o $@

slab-fuzz: $(HOST_DIR)/slab_fuzz
	@mkdir -p $(FUZZ_DIR)/corpus
	$(Q)ASAN_OPTIONS=detect_leaks=0 $(HOST_DIR)/slab_fuzz -max_total_time=$(SLAB_FUZZ_TIME) \
		-max_len=512 -print_final_stats=1 $(FUZZ_DIR)/corpus 2>&1 | tail -n 12

# The callgrind benchmark: the slab layer and lib/ at -O2, no sanitizers.
BENCH_DIR := $(HOST_DIR)/bench
BENCH_SRCS := lib/string.c lib/ctype.c lib/vsprintf.c lib/kstrtox.c $(SLAB_HOST_SRCS) \
	tests/host/slab_bench.c
BENCH_RAW := $(patsubst %.c,$(BENCH_DIR)/raw/%.o,$(BENCH_SRCS))
BENCH_OBJS := $(patsubst %.c,$(BENCH_DIR)/%.o,$(BENCH_SRCS))
.SECONDARY: $(BENCH_RAW) $(BENCH_OBJS)

$(BENCH_DIR)/raw/%.o: %.c
	@mkdir -p $(dir $@)
	$(Q)$(HOST_CC) -O2 $(SLAB_HOST_KFLAGS) -MMD -MP -c $< -o $@

$(BENCH_DIR)/linnet.syms: $(patsubst %.c,$(BENCH_DIR)/raw/%.o,$(FUZZ_LIB_SRCS))
	$(Q)$(HOST_NM) -g --defined-only $^ | awk 'NF == 3 { print $$3 " linnet_" $$3 }' | \
		sort -u > $@

$(BENCH_DIR)/%.o: $(BENCH_DIR)/raw/%.o $(BENCH_DIR)/linnet.syms
	@mkdir -p $(dir $@)
	$(Q)$(HOST_OBJCOPY) --redefine-syms=$(BENCH_DIR)/linnet.syms $< $@

$(HOST_DIR)/slab_bench: $(BENCH_OBJS) tests/host/glue.c tests/host/slab_host.c
	$(Q)$(HOST_CC) -O2 $(SLAB_HOST_LDFLAGS) $(BENCH_OBJS) tests/host/glue.c \
		tests/host/slab_host.c -Itests/host -o $@

slab-callgrind: $(HOST_DIR)/slab_bench
	$(Q)tests/host/slab_callgrind.sh $(HOST_DIR)/slab_bench

-include $(FUZZ_RAW:.o=.d) $(BENCH_RAW:.o=.d)
