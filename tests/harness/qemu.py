"""qemu.py - boot a Linnet kernel under QEMU and collect its serial console.

Every boot runs with -no-reboot (a triple fault or a reset ends QEMU
instead of looping), an isa-debug-exit device (the kernel's verdict comes
back as QEMU's exit status: (code << 1) | 1), no display and no network,
and stdin from /dev/null. Test boots run under -icount shift=0,sleep=off:
the guest's clocks count instructions, so timing tests are deterministic,
and idle waits jump ahead instead of costing wall time.
"""
import os
import select
import socket
import subprocess
import time

QEMU = "qemu-system-i386"
EXIT_PASS = (0 << 1) | 1
EXIT_FAIL = (1 << 1) | 1


class BootResult:
    """What one boot did: exit status, console text, and why it stopped."""

    def __init__(self, status, output, timed_out, wall):
        self.status = status
        self.output = output
        self.timed_out = timed_out
        self.wall = wall

    def tail(self, n=25):
        return "\n".join(self.output.replace("\r", "").rstrip("\n").split("\n")[-n:])


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def test_cmdline(append):
    """The command line of a test boot: slab debugging on unless it says slab_debug=0.

    Every KUnit boot checks slab objects (poison, red zones: mm/slab_debug.c),
    so that a test's misuse of memory is caught where it happens; `make bench`
    boots without it, to measure the allocator's fast path.
    """
    if "ktest=" in append and "slab_debug" not in append:
        append += " slab_debug"
    return append


def default_initrd(kernel):
    """The initramfs `make` builds beside @kernel, if there is one."""
    path = os.path.join(os.path.dirname(kernel), "initramfs.cpio.gz")
    return path if os.path.exists(path) else None


def qemu_command(kernel=None, iso=None, append="", mem="128M", icount=True, extra=(),
                 initrd=""):
    """The QEMU command line; @initrd "" means the default one, None none."""
    cmd = [QEMU, "-m", mem, "-display", "none", "-serial", "stdio", "-no-reboot",
           "-nic", "none", "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"]
    if icount:
        # the CMOS clock follows the guest's virtual time, as the TSC does
        cmd += ["-icount", "shift=0,sleep=off", "-rtc", "clock=vm"]
    if iso:
        cmd += ["-cdrom", iso]
    else:
        cmd += ["-kernel", kernel, "-append", append]
        if initrd == "":
            initrd = default_initrd(kernel)
        if initrd:
            cmd += ["-initrd", initrd]
    return cmd + list(extra)


def boot(kernel=None, iso=None, append="", mem="128M", icount=True, timeout=30.0,
         extra=(), until=None, initrd=""):
    """Boot and wait for QEMU to exit, or kill it after @timeout seconds.

    @until, if given, is a string: once it appears on the console, QEMU is
    stopped and the boot counts as finished (for kernels that do not exit).
    """
    cmd = qemu_command(kernel, iso, append, mem, icount, extra, initrd)
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    chunks = []
    tail = b""  # the console's last bytes: @until may arrive split over many reads
    timed_out = False
    fd = proc.stdout.fileno()
    while True:
        left = timeout - (time.monotonic() - start)
        if left <= 0:
            timed_out = True
            break
        ready, _, _ = select.select([fd], [], [], min(left, 0.5))
        if ready:
            data = os.read(fd, 65536)
            if not data:
                break
            chunks.append(data)
            if until:
                tail = tail[-len(until):] + data
                if until.encode() in tail:
                    break
    if proc.poll() is None:
        proc.kill()
    status = proc.wait()
    rest = proc.stdout.read()
    if rest:
        chunks.append(rest)
    output = b"".join(chunks).decode("utf-8", "replace").replace("\r", "")
    return BootResult(status, output, timed_out, time.monotonic() - start)
