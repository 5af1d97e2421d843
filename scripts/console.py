#!/usr/bin/env python3
"""console.py - `make console`: the serial console of the kernel `make debug` runs.

Connects this terminal to the Unix socket QEMU's serial port is on
(build/debug-serial.sock), first printing what the kernel wrote before
the connection (build/debug-serial.log), then relays keys and output in
raw mode: type at the kernel's shell while GDB holds the kernel in the
other terminal. Ctrl-] quits.

    scripts/console.py [SOCKET [LOG]]
"""
import os
import select
import socket
import sys
import termios
import time
import tty


def main():
    sock_path = sys.argv[1] if len(sys.argv) > 1 else "build/debug-serial.sock"
    log_path = sys.argv[2] if len(sys.argv) > 2 else os.path.splitext(sock_path)[0] + ".log"
    s = socket.socket(socket.AF_UNIX)
    for _ in range(100):
        try:
            s.connect(sock_path)
            break
        except OSError:
            time.sleep(0.1)
    else:
        sys.exit("console: no kernel at %s: start it with make debug" % sock_path)
    if os.path.exists(log_path):
        with open(log_path, "rb") as f:
            os.write(1, f.read().replace(b"\n", b"\r\n"))
    sys.stderr.write("console: connected to %s (Ctrl-] quits)\r\n" % sock_path)
    fd = sys.stdin.fileno()
    old = termios.tcgetattr(fd) if os.isatty(fd) else None
    if old:
        tty.setraw(fd)
    try:
        while True:
            r, _, _ = select.select([fd, s], [], [])
            if s in r:
                data = s.recv(4096)
                if not data:
                    break
                os.write(1, data)
            if fd in r:
                data = os.read(fd, 1024)
                if not data or b"\x1d" in data:
                    break
                s.sendall(data)
    finally:
        if old:
            termios.tcsetattr(fd, termios.TCSADRAIN, old)
    print("\r\nconsole: closed")


if __name__ == "__main__":
    main()
