#!/bin/sh
# debug.sh - `make debug`: QEMU waiting for GDB, and GDB stopped at start_kernel,
# with a way to type at the kernel's shell while GDB holds the kernel.
#
# QEMU starts frozen (-S) with its GDB server on localhost:1234; GDB loads
# the kernel's symbols (scripts/gdb/linnet.gdb), connects, sets a
# breakpoint on start_kernel and runs to it. From there: `bt`, `next`,
# `info registers`, `x/8x $esp`, the lx- helpers (docs/debugging.md).
#
# The serial console (the kernel's log and its shell) goes to a Unix
# socket, build/debug-serial.sock, and is logged to build/debug-serial.log.
# In another terminal, `make console` connects to it: type at the shell
# there, and a breakpoint in a shell command stops the kernel in GDB here.
# Inside tmux, the console opens by itself in a pane below GDB.
# To attach to a kernel that is already running (make run), use `make gdb`.
set -e
KERNEL=${1:-build/kernel.elf}
MEM=${2:-128M}
PORT=${GDB_PORT:-1234}
DIR=$(dirname "$KERNEL")
SOCK=$DIR/debug-serial.sock
LOG=$DIR/debug-serial.log
# The initramfs built beside the kernel, handed over as QEMU's -initrd; or
# another one: `make debug INITRD=build/user-initramfs.cpio.gz APPEND="rdinit=/hello"`
# runs a test program of tests/user as init (docs/processes.md).
INITRD=${INITRD:-$DIR/initramfs.cpio.gz}
set --
[ -f "$INITRD" ] && set -- -initrd "$INITRD"

rm -f "$SOCK"
qemu-system-i386 -m "$MEM" -kernel "$KERNEL" -append "${APPEND:-}" "$@" \
	-chardev socket,id=s0,path="$SOCK",server=on,wait=off,logfile="$LOG" -serial chardev:s0 \
	-display none -no-reboot -gdb tcp:127.0.0.1:"$PORT" -S &
QEMU_PID=$!
trap 'kill $QEMU_PID 2>/dev/null' EXIT
echo "debug: QEMU is waiting (pid $QEMU_PID); the kernel's console: make console (in another terminal)"
if [ -n "$TMUX" ] && command -v tmux >/dev/null; then
	tmux split-window -v -l 15 "python3 scripts/console.py $SOCK $LOG"
fi
gdb -q -x scripts/gdb/linnet.gdb -ex "target remote 127.0.0.1:$PORT" \
	-ex "break start_kernel" -ex "continue" "$KERNEL"
