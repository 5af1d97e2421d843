"""userland.py - boot the busybox userland and drive its shell over ttyS0.

The userland image (build/userland.cpio.gz, `make userland`: Debian's
busybox as /init and /bin/busybox, usr/userland_list) boots to busybox
init, which starts a login shell on /dev/ttyS0 with ttyS0 as its
controlling terminal (usr/userland/etc/inittab). A Shell boots a kernel
with it, the serial line on a Unix socket as console.py does, waits for
the prompt and types commands.

busybox's line editing runs the tty in raw mode and echoes what it
reads itself; after each prompt it asks the terminal where the cursor is
(ESC [ 6 n), and nobody answers here, as with a plain serial console.
The same Shell drives Linux 6.1 (oracle.py, --linux), so a check can be
tried against Linux before Linnet passes it. See docs/userland.md.
"""
import os
import re
import time

import console

# root@linnet:~# , then maybe the cursor-position query
PROMPT = re.compile(rb"root@linnet:[^\r\n#]*# (?:\x1b\[6n)?")
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def image(build):
    return os.path.join(build, "userland.cpio.gz")


class Shell(console.Console):
    """A Console whose prompt is busybox's (console.Console's is the monitor's)."""

    def __init__(self, kernel, build, append="console=ttyS0", timeout=60.0, mem="128M",
                 extra=()):
        self.prompt = PROMPT
        super().__init__(kernel, mem=mem, append=append, timeout=timeout, extra=extra,
                         initrd=image(build), prompt=PROMPT)
        # let the shell put the tty into raw mode before the first keys come
        time.sleep(0.2)

    def run(self, line, timeout=10.0):
        """Type @line; return what it printed (the echo and the prompt stripped)."""
        self.send(line.encode() + b"\r")
        out = self.read_until(self.prompt, timeout).decode("latin-1")
        out = ANSI.sub("", out).replace("\r", "")
        first = out.find("\n")
        out = out[first + 1:] if first >= 0 else ""
        return PROMPT_TEXT.sub("", out)

    def type(self, line):
        """Type @line and wait for its echo (for commands that do not end at once)."""
        self.send(line.encode() + b"\r")
        self.read_until(b"\n", 5)


PROMPT_TEXT = re.compile(r"root@linnet:[^\n#]*# $")


# --- the differential run (tests/userland/difftest.sh) ------------------

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DIFF_EXPECTED = os.path.join(ROOT, "tests", "userland", "expected", "difftest.out")
DIFF_APPEND = "console=ttyS0 quiet loglevel=1 linnet.difftest"
DIFF_END = "== difftest end"
KLOG = re.compile(r"^\s*\[\s*\d+\.\d+\]")


def difftest_lines(output):
    """The script's lines between rcS's markers, kernel log lines left out; None if it never began."""
    text = output.replace("\r", "")
    begin = text.find("== difftest begin\n")
    if begin < 0:
        return None
    lines = text[begin:].split("\n")[1:]
    out = []
    for line in lines:
        if KLOG.match(line):
            continue
        out.append(line)
        if line.startswith(DIFF_END):
            break
    return out


def difftest_compare(lines):
    """None if @lines are byte for byte Linux's (DIFF_EXPECTED), else the first differences."""
    if not os.path.exists(DIFF_EXPECTED):
        return "no %s (run make oracle)" % os.path.relpath(DIFF_EXPECTED, ROOT)
    with open(DIFF_EXPECTED) as f:
        want = f.read().rstrip("\n").split("\n")
    if lines == want:
        return None
    diff = []
    for i in range(max(len(want), len(lines))):
        w = want[i] if i < len(want) else "<nothing>"
        g = lines[i] if i < len(lines) else "<nothing>"
        if w != g:
            diff.append("line %d: Linux %r, Linnet %r" % (i + 1, w, g))
    return "%d lines differ; the first:\n%s" % (len(diff), "\n".join(diff[:15]))
