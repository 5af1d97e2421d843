"""console.py - drive Linnet's shell over a real serial line and keyboard.

A Console boots QEMU with COM1 on a Unix socket (-chardev socket) and a
QMP socket, waits for the shell's prompt (bytes sent before the UART is
set up would be lost), and then types commands over the serial line or,
through QMP's send-key, on the emulated PS/2 keyboard. With telnet=True
the socket speaks telnet, so send_break() can send a serial BREAK (SysRq). These boots run
without -icount: the tests measure real throughput and real sleeps, and
under icount's sleep=off an idle guest's clock would race ahead of the
host that is typing at it.
"""
import json
import os
import re
import socket
import subprocess
import tempfile
import time

import qemu

PROMPT = b"linnet> "


class Console:
    def __init__(self, kernel, mem="128M", append="", timeout=20.0, extra=(), initrd="",
                 prompt=PROMPT, telnet=False):
        self.dir = tempfile.mkdtemp(prefix="linnet-console-")
        self.serial_path = os.path.join(self.dir, "serial")
        self.qmp_path = os.path.join(self.dir, "qmp")
        cmd = ["qemu-system-i386", "-m", mem, "-display", "none", "-no-reboot", "-nic", "none",
               "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
               "-chardev", "socket,id=s0,path=%s,server=on,wait=off%s" % (
                   self.serial_path, ",telnet=on" if telnet else ""),
               "-serial", "chardev:s0",
               "-qmp", "unix:%s,server=on,wait=off" % self.qmp_path,
               "-kernel", kernel, "-append", append] + list(extra)
        if initrd == "":
            initrd = qemu.default_initrd(kernel)
        if initrd:
            cmd += ["-initrd", initrd]
        # when QEMU was started and when the first prompt arrived (bench.py's wall time)
        self.t_spawn = time.monotonic()
        self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        self.serial = self._connect(self.serial_path)
        self.qmp = None
        self.log = b""
        self.buf = b""
        self.read_until(prompt, timeout)
        self.t_prompt = time.monotonic()

    def _connect(self, path):
        end = time.monotonic() + 10
        while True:
            try:
                s = socket.socket(socket.AF_UNIX)
                s.connect(path)
                return s
            except OSError:
                s.close()
                if time.monotonic() > end or self.proc.poll() is not None:
                    raise
                time.sleep(0.02)

    def read_until(self, marker, timeout):
        """Collect serial output until @marker (bytes or compiled regex); return it all."""
        end = time.monotonic() + timeout
        while True:
            m = (marker.search(self.buf) if hasattr(marker, "search")
                 else re.search(re.escape(marker), self.buf))
            if m:
                out, self.buf = self.buf[:m.end()], self.buf[m.end():]
                return out
            left = end - time.monotonic()
            if left <= 0:
                raise TimeoutError("waiting for %r; got %r" % (marker, self.buf[-400:]))
            self.serial.settimeout(left)
            try:
                data = self.serial.recv(65536)
            except socket.timeout:
                continue
            if not data:
                raise EOFError("serial closed; got %r" % self.buf[-400:])
            self.log += data
            self.buf += data

    def send(self, data, timeout=120.0):
        # sendall's timeout bounds the whole transfer, and a flood is paced by
        # the guest's flow control: give it room (read_until may have left a
        # short timeout on the socket)
        self.serial.settimeout(timeout)
        self.serial.sendall(data)

    def run(self, line, timeout=10.0):
        """Type @line over the serial line; return its output as text (echo stripped)."""
        self.send(line.encode() + b"\r")
        out = self.read_until(PROMPT, timeout).decode("latin-1").replace("\r", "")
        first = out.find("\n")
        return out[first + 1:-len(PROMPT)]

    def send_break(self):
        """A serial BREAK: telnet's IAC BRK, which QEMU's chardev (telnet=on) hands
        the UART as a break condition (needs Console(..., telnet=True))."""
        self.send(b"\xff\xf3")

    def qmp_cmd(self, execute, **arguments):
        if self.qmp is None:
            self.qmp = self._connect(self.qmp_path)
            self.qmp_file = self.qmp.makefile("rw")
            json.loads(self.qmp_file.readline())
            self.qmp_cmd("qmp_capabilities")
        msg = {"execute": execute}
        if arguments:
            msg["arguments"] = arguments
        self.qmp_file.write(json.dumps(msg) + "\n")
        self.qmp_file.flush()
        while True:
            reply = json.loads(self.qmp_file.readline())
            if "return" in reply or "error" in reply:
                return reply

    def key(self, *names, hold=10):
        """Press the QEMU keys @names together (qcodes: "a", "shift", "ret"...)."""
        keys = [{"type": "qcode", "data": n} for n in names]
        return self.qmp_cmd("send-key", keys=keys, **{"hold-time": hold})

    def close(self):
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for s in (self.serial, self.qmp):
            if s:
                s.close()
