# upstream.mk - Linux's own KUnit tests, built against Linnet (`make upstream`).
#
# Included by the main Makefile. tests/upstream/files.txt names the files,
# as paths in Debian's linux-source-6.12 tarball. They are extracted into
# LINUX_SRC, $(BUILD)/linux-source (with today's date, so a new list rebuilds
# them), in the same tar run as the Makefile's LINUX_TESTS and kunit.py,
# compiled with the kernel's own flags against Linnet's include/, and
# linked with every object of the kernel except Linnet's own suites
# (tests/kernel), so ktest=all in $(BUILD)/upstream/kernel.elf runs
# exactly Linux's suites. The kernel's objects are shared with the normal
# build: only the listed files are compiled here. See docs/testing.md.

UPSTREAM_TAR ?= /usr/src/linux-source-6.12.tar.xz
UPSTREAM_TOP := linux-source-6.12
UPSTREAM := $(BUILD)/upstream
UPSTREAM_FILES := $(shell sed -e 's/\#.*//' tests/upstream/files.txt)
UPSTREAM_OBJS := $(patsubst %.c,$(UPSTREAM)/obj/%.o,$(UPSTREAM_FILES))
# Today's API that Linux's tests call but 2.6.32's kernel spells otherwise
# (full_name_hash's salt): built only here, found first on the include path.
UPSTREAM_COMPAT := $(UPSTREAM)/compat/stringhash.o
UPSTREAM_BASE := $(filter-out $(BUILD)/tests/kernel/%,$(OBJS))
# Linux builds its tests with -Wall but not -Wextra (that is W=1), so the
# extra warnings are off here: e.g. GENMASK(h, 0) compares an unsigned 0
# with 0 (-Wtype-limits). Since 6.2 Linux builds everything with
# -funsigned-char, and its tests expect a plain char to be unsigned
# (is_signed_type_kunit.c); Linnet's kernel keeps 2.6.32's signed char, so
# only these files get the flag. Everything else is the kernel's own flags.
UPSTREAM_CFLAGS = -Itests/upstream/include $(filter-out -Wextra,$(CFLAGS)) -funsigned-char

.PHONY: upstream

upstream: $(UPSTREAM)/kernel.elf

$(LINUX_SRC).stamp: tests/upstream/files.txt tests/upstream/upstream.mk Makefile
	@test -r $(UPSTREAM_TAR) || { echo "upstream: $(UPSTREAM_TAR) missing (make deps)"; exit 1; }
	@rm -rf $(LINUX_SRC) && mkdir -p $(LINUX_SRC)
	@$(if $(Q),echo "  TAR     $(UPSTREAM_TAR)")
	$(Q)tar xJf $(UPSTREAM_TAR) -C $(LINUX_SRC) --strip-components=1 --touch \
		$(addprefix $(UPSTREAM_TOP)/,$(UPSTREAM_FILES) $(LINUX_TESTS) tools/testing/kunit)
	@touch $@

.PRECIOUS: $(LINUX_SRC)/%.c
$(LINUX_SRC)/%.c: $(LINUX_SRC).stamp ;

$(UPSTREAM)/obj/%.o: $(LINUX_SRC)/%.c Makefile
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      upstream/$*.c")
	$(Q)$(CC) $(UPSTREAM_CFLAGS) -DKBUILD_MODNAME='"$(basename $(notdir $<))"' -MMD -MP -c $< -o $@

$(UPSTREAM)/compat/%.o: tests/upstream/%.c Makefile
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      upstream/compat/$*.c")
	$(Q)$(CC) -Itests/upstream/include $(CFLAGS) -MMD -MP -c $< -o $@

$(UPSTREAM)/kernel.pass1.elf: $(UPSTREAM_BASE) $(UPSTREAM_OBJS) $(UPSTREAM_COMPAT) $(BUILD)/kallsyms0.o linker.ld
	$(Q)$(LD) $(LDFLAGS) -o $@ $(UPSTREAM_BASE) $(UPSTREAM_OBJS) $(UPSTREAM_COMPAT) $(BUILD)/kallsyms0.o $(LIBGCC)

$(UPSTREAM)/kallsyms.o: $(UPSTREAM)/kernel.pass1.elf scripts/kallsyms.py
	$(Q)$(NM) -n $< | $(PYTHON) scripts/kallsyms.py > $(UPSTREAM)/kallsyms.S
	$(Q)$(CC) -m32 -c $(UPSTREAM)/kallsyms.S -o $@

$(UPSTREAM)/kernel.elf: $(UPSTREAM_BASE) $(UPSTREAM_OBJS) $(UPSTREAM_COMPAT) $(UPSTREAM)/kallsyms.o linker.ld
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(LD) $(LDFLAGS) -o $@ $(UPSTREAM_BASE) $(UPSTREAM_OBJS) $(UPSTREAM_COMPAT) $(UPSTREAM)/kallsyms.o $(LIBGCC)
	$(Q)$(NM) -n $@ | $(PYTHON) scripts/kallsyms.py --check $(UPSTREAM)/kallsyms.S

$(UPSTREAM_OBJS:.o=.d) $(UPSTREAM_COMPAT:.o=.d): ;
-include $(UPSTREAM_OBJS:.o=.d) $(UPSTREAM_COMPAT:.o=.d)
