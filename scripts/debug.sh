#!/bin/sh
# debug.sh - `make debug`: QEMU waiting for GDB, and GDB stopped at start_kernel.
#
# QEMU starts frozen (-S) with its GDB server on localhost:1234 (-s); GDB
# loads the kernel's symbols, connects, sets a breakpoint on start_kernel
# and runs to it. From there: `bt`, `next`, `info registers`, `x/8x $esp`.
# To attach to a kernel that is already running (make run), use `make gdb`.
set -e
KERNEL=${1:-build/kernel.elf}
MEM=${2:-128M}
PORT=${GDB_PORT:-1234}
# The initramfs built beside the kernel, handed over as QEMU's -initrd.
INITRD=$(dirname "$KERNEL")/initramfs.cpio.gz
set --
[ -f "$INITRD" ] && set -- -initrd "$INITRD"

qemu-system-i386 -m "$MEM" -kernel "$KERNEL" -append "${APPEND:-}" "$@" -serial file:build/debug-serial.log \
	-display none -no-reboot -gdb tcp:127.0.0.1:"$PORT" -S &
QEMU_PID=$!
trap 'kill $QEMU_PID 2>/dev/null' EXIT
echo "debug: QEMU is waiting (pid $QEMU_PID); the serial console goes to build/debug-serial.log"
gdb -q -x scripts/gdb/linnet.gdb -ex "target remote 127.0.0.1:$PORT" \
	-ex "break start_kernel" -ex "continue" "$KERNEL"
