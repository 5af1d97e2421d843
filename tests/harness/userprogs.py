"""userprogs.py - the test programs of tests/user, on Linnet and on Linux.

The programs are files of their own initramfs, build/user-initramfs.cpio(.gz)
(scripts/user_programs.py: each at /NAME, tests/user/init.c at /init).
tests/user/init.c runs as pid 1 and frames each program's output:

    == /hello
    ...the program's lines...
    == /hello: exit 3

sections() cuts a console log into {program: [lines]} (the status line
included), dropping kernel log lines ("[    0.123456] ...") that either
kernel may interleave. The expected files tests/user/expected/NAME.out
hold what Linux printed (`make oracle`, tests/harness/oracle.py);
`make test` compares Linnet's sections with them (checks.py:user_programs).

A line where Linnet follows 2.6.32 and Linux 6.1 differs is marked in the
expected file as "LINUX_LINE\t# 2.6.32: LINNET_LINE -- reason": Linnet
must print LINNET_LINE there. oracle.py keeps such marks when Linux still
prints LINUX_LINE.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
EXPECTED = os.path.join(ROOT, "tests", "user", "expected")
KLOG = re.compile(r"^\s*\[\s*\d+\.\d+\]")
START = re.compile(r"^== (/\S+)$")
END = re.compile(r"^== (/\S+): ")


def initrd(build):
    """The initramfs holding the test programs at /NAME (make builds it).

    The archive as gen_init_cpio wrote it, not its .gz: inflating 18 MB costs
    the kernel 4 G instructions (lib/zlib_inflate, ~230 per byte), 4 s of
    QEMU's CPU in every boot of these programs, while the plain archive
    unpacks at once. The gzip path is checked by every other boot and by
    initramfs_1000; make bench still boots the .gz.
    """
    plain = os.path.join(build, "user-initramfs.cpio")
    return plain if os.path.exists(plain) else plain + ".gz"


def sections(output):
    """{program path: [its lines]} from a console log."""
    out, cur = {}, None
    for line in output.replace("\r", "").split("\n"):
        if KLOG.match(line):
            continue
        m = START.match(line)
        if m:
            cur = m.group(1)
            out[cur] = []
            continue
        if cur:
            out[cur].append(line)
            if END.match(line):
                cur = None
    return out


def expected_path(prog):
    return os.path.join(EXPECTED, prog.strip("/") + ".out")


def parse_expected(text):
    """[(linux line, line Linnet must print, reason or None)]"""
    rows = []
    for line in text.rstrip("\n").split("\n"):
        m = re.match(r"^(.*)\t# 2\.6\.32: (.*?) -- (.*)$", line)
        if m:
            rows.append((m.group(1), m.group(2), m.group(3)))
        else:
            rows.append((line, line, None))
    return rows


def compare(prog, lines):
    """None if @lines match the expected file of @prog, else a description."""
    path = expected_path(prog)
    if not os.path.exists(path):
        return "no expected file %s (run make oracle)" % os.path.relpath(path, ROOT)
    with open(path) as f:
        rows = parse_expected(f.read())
    want = [linnet for _, linnet, _ in rows]
    if lines == want:
        return None
    diff = []
    for i in range(max(len(want), len(lines))):
        w = want[i] if i < len(want) else "<nothing>"
        g = lines[i] if i < len(lines) else "<nothing>"
        if w != g:
            diff.append("line %d: expected %r, got %r" % (i + 1, w, g))
    return "\n".join(diff[:10])
