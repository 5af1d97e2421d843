# linnet.gdb - what GDB needs to debug Linnet under QEMU.
#
# Loaded by `make debug` (scripts/debug.sh) and by the harness's GDB test.
# The kernel runs in 32-bit protected mode; the symbols come from
# build/kernel.elf, which is linked at the addresses the kernel runs at,
# so `break start_kernel` works as soon as paging is on.
set architecture i386
set disassembly-flavor intel
set pagination off
set confirm off
# The lx-* helpers (scripts/gdb/linnet.py): lx-dmesg, lx-list, $container_of ...
python
import os, sys
sys.path.insert(0, os.path.join(os.getcwd(), "scripts", "gdb"))
import linnet
end
