#!/usr/bin/env python3
"""soak.py - run the kernel's soak test (soak=SECONDS) with a serial flood from the host,
then the system-call fuzzer (tests/user/sysfuzz.c) for as long.

The kernel (tests/soak/soak.c) runs every allocator, timers, tasklets, a
workqueue and a producer/consumer pair at once; this side boots it with
COM1 on a Unix socket, waits for "soak: ready" (bytes sent before the
UART is set up would be lost), then writes the bytes i % 251 for as
long as the run lasts: QEMU holds bytes back while the guest is slow,
so the flood is as fast as the guest reads. The boot runs without
-icount: the flood is real time, and so must the guest's clock be.

    python3 tests/harness/soak.py --build build --duration 10m
"""
import argparse
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time

PATTERN = bytes(i % 251 for i in range(251 * 64))


def parse_duration(text):
    m = re.fullmatch(r"(\d+)([smh]?)", text.strip())
    if not m:
        raise ValueError("DURATION is seconds, or a number with s, m or h: %r" % text)
    return int(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600}[m.group(2)]


def flood(sock, stop):
    sock.settimeout(1.0)
    while not stop.is_set():
        try:
            sock.sendall(PATTERN)
        except socket.timeout:
            continue
        except OSError:
            return


def run(kernel, seconds, mem="1G", log=None):
    """Boot a soak of @seconds; return (ok, console text)."""
    tmp = tempfile.mkdtemp(prefix="linnet-soak-")
    path = os.path.join(tmp, "serial")
    cmd = ["qemu-system-i386", "-m", mem, "-display", "none", "-no-reboot", "-nic", "none",
           "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
           "-chardev", "socket,id=s0,path=%s,server=on,wait=off" % path, "-serial", "chardev:s0",
           "-kernel", kernel, "-append", "soak=%d panic=-1" % seconds]
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    end = time.monotonic() + 10
    while True:
        try:
            sock = socket.socket(socket.AF_UNIX)
            sock.connect(path)
            break
        except OSError:
            sock.close()
            if time.monotonic() > end:
                proc.kill()
                return False, "cannot connect to the serial socket"
            time.sleep(0.02)
    reader = sock.dup()
    reader.settimeout(1.0)
    text, stop, flooder = b"", threading.Event(), None
    deadline = time.monotonic() + seconds + 120
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            data = reader.recv(65536)
        except socket.timeout:
            continue
        except OSError:
            break
        if not data:
            break
        text += data
        if log:
            log.write(data.decode("latin-1"))
            log.flush()
        if flooder is None and b"soak: ready" in text:
            flooder = threading.Thread(target=flood, args=(sock, stop), daemon=True)
            flooder.start()
    stop.set()
    if proc.poll() is None:
        proc.kill()
    status = proc.wait()
    sock.close()
    reader.close()
    out = text.decode("latin-1").replace("\r", "")
    ok = status == 1 and re.search(r"soak: passed \(0 errors\)", out) is not None
    return ok, out


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default="build")
    ap.add_argument("--duration", default="10m")
    ap.add_argument("--mem", default="1G", help="1G: 128 MiB of it high memory")
    args = ap.parse_args()
    seconds = parse_duration(args.duration)
    print("soak: %d s on %s" % (seconds, os.path.join(args.build, "kernel.elf")))
    ok, out = run(os.path.join(args.build, "kernel.elf"), seconds, args.mem, sys.stdout)
    print("\nsoak: %s" % ("PASSED" if ok else "FAILED"))
    # then the system-call fuzzer for as long, with a new seed each time (tests/harness/sysfuzz.py)
    import sysfuzz
    import userprogs
    seed = int.from_bytes(os.urandom(3), "little")
    print("soak: the system-call fuzzer, %d s, seed %d" % (seconds, seed))
    fuzz = sysfuzz.run(os.path.join(args.build, "kernel.elf"), userprogs.initrd(args.build),
                       seconds, seed, log=sys.stdout)
    for name, passed, detail in fuzz:
        print("\n%-6s %s%s" % ("ok" if passed else "FAIL", name, "" if passed else "\n" + detail))
    ok = ok and all(passed for _, passed, _ in fuzz)
    print("\nsoak: %s" % ("PASSED" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
