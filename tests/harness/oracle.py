#!/usr/bin/env python3
"""oracle.py - run tests/user on Linux itself and write the expected files.

`make oracle`: fetches Debian's linux-image-686 (Linux 6.1 for i386) with
`apt-get download` into build/oracle (the i386 architecture must be known
to dpkg: `dpkg --add-architecture i386 && apt-get update`; nothing is
installed), extracts its vmlinuz, packs the test programs into an
initramfs (a newc cpio written here: /init, the programs, /dev/console),
boots it in the same QEMU as Linnet's tests (-m 128M, console=ttyS0,
rdinit=/init) and writes each program's output to
tests/user/expected/NAME.out. Lines already marked there as a 2.6.32
difference keep their mark while Linux still prints the same line.

Then the differential run of the userland (tests/userland/difftest.sh):
Linux boots build/userland.cpio, the very image Linnet boots, with
linnet.difftest on its command line; busybox init's rcS runs the script
and Linux's output becomes tests/userland/expected/difftest.out, which
Linnet must print byte for byte (checks.py:userland_difftest); and busybox's
line editing at its prompt, whose echo becomes tests/userland/expected/lineedit.out
(userland.py:step_line_editing). --only
user or --only userland does one of the two. See docs/userland.md.
"""
import argparse
import glob
import os
import stat
import subprocess
import sys

import qemu
import userland
import userprogs

ROOT = userprogs.ROOT


def fetch_kernel(workdir):
    found = glob.glob(os.path.join(workdir, "vmlinuz-*"))
    if found:
        return found[0]
    os.makedirs(workdir, exist_ok=True)
    deps = subprocess.run(["apt-cache", "depends", "linux-image-686:i386"], check=True,
                          capture_output=True, text=True).stdout
    pkg = [l.split()[-1] for l in deps.split("\n") if "Depends: linux-image-" in l][0]
    subprocess.run(["apt-get", "download", pkg], cwd=workdir, check=True)
    deb = glob.glob(os.path.join(workdir, "*.deb"))[0]
    subprocess.run(["dpkg-deb", "-x", deb, os.path.join(workdir, "pkg")], check=True)
    src = glob.glob(os.path.join(workdir, "pkg", "boot", "vmlinuz-*"))[0]
    dst = os.path.join(workdir, os.path.basename(src))
    os.rename(src, dst)
    return dst


def cpio_entry(name, mode, data=b"", rdev=(0, 0), ino=1):
    fields = [ino, mode, 0, 0, 1, 0, len(data), 0, 0, rdev[0], rdev[1], len(name) + 1, 0]
    hdr = b"070701" + b"".join(b"%08X" % f for f in fields) + name.encode() + b"\0"
    hdr += b"\0" * (-len(hdr) % 4)
    return hdr + data + b"\0" * (-len(data) % 4)


def initramfs(programs, path):
    out = cpio_entry("dev", stat.S_IFDIR | 0o755, ino=1)
    out += cpio_entry("dev/console", stat.S_IFCHR | 0o600, rdev=(5, 1), ino=2)
    for i, prog in enumerate(programs):
        with open(prog, "rb") as f:
            out += cpio_entry(os.path.basename(prog), stat.S_IFREG | 0o755, f.read(), ino=10 + i)
    out += cpio_entry("TRAILER!!!", 0, ino=0)
    with open(path, "wb") as f:
        f.write(out)


def write_expected(prog, lines):
    path = userprogs.expected_path(prog)
    marks = {}
    if os.path.exists(path):
        with open(path) as f:
            for linux, linnet, why in userprogs.parse_expected(f.read()):
                if why:
                    marks[linux] = (linnet, why)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        for line in lines:
            if line in marks:
                f.write("%s\t# 2.6.32: %s -- %s\n" % (line, marks[line][0], marks[line][1]))
            else:
                f.write(line + "\n")


def userland_difftest(kernel, build):
    """Linux runs tests/userland/difftest.sh from the userland image: its output is the expected file."""
    res = qemu.boot(kernel=kernel, append=userland.DIFF_APPEND, initrd=userland.image(build),
                    timeout=300, icount=False, until=userland.DIFF_END)
    lines = userland.difftest_lines(res.output)
    if not lines or not lines[-1].startswith(userland.DIFF_END):
        sys.exit("oracle: Linux did not finish the differential run:\n" + res.tail(40))
    os.makedirs(os.path.dirname(userland.DIFF_EXPECTED), exist_ok=True)
    with open(userland.DIFF_EXPECTED, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("oracle: %s: %d lines" % (userland.DIFF_EXPECTED, len(lines)))


def userland_lineedit(kernel, build):
    """Linux's busybox at its prompt: what it echoes for each line-editing case is the expected file."""
    sh = userland.Shell(kernel, build, append="console=ttyS0 quiet")
    try:
        text = userland.lineedit_format(userland.lineedit_transcripts(sh))
    finally:
        sh.close()
    with open(userland.LINEEDIT_EXPECTED, "w") as f:
        f.write(text)
    print("oracle: %s: %d cases" % (userland.LINEEDIT_EXPECTED, len(userland.LINEEDIT)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--only", choices=("user", "userland"))
    ap.add_argument("--program", action="append", default=[],
                    help="run only this tests/user program (repeatable); implies --only user")
    args = ap.parse_args()
    work = os.path.join(args.build, "oracle")
    kernel = fetch_kernel(work)
    if args.program:
        args.only = "user"
    if args.only != "user":
        userland_difftest(kernel, args.build)
        userland_lineedit(kernel, args.build)
    if args.only == "userland":
        return
    progs = sorted(p for p in glob.glob(os.path.join(args.build, "user", "*"))
                   if os.access(p, os.X_OK) and not p.endswith((".o", ".asm")))
    if args.program:
        progs = [p for p in progs if os.path.basename(p) in args.program + ["init"]]
        if len(progs) != len(args.program) + 1:
            sys.exit("oracle: no such program in %s/user: %s" % (args.build, args.program))
    rd = os.path.join(work, "initramfs.cpio")
    initramfs(progs, rd)
    res = qemu.boot(kernel=kernel, append="console=ttyS0 quiet noapic panic=-1 rdinit=/init",
                    extra=["-initrd", rd], timeout=300, icount=False)
    secs = userprogs.sections(res.output)
    if not secs or (not args.program and "/hello" not in secs):
        sys.exit("oracle: Linux printed no test output:\n" + res.tail(40))
    for prog, lines in secs.items():
        if args.program and prog.lstrip("/") not in args.program:
            continue  # not asked for: absent from this initramfs, its expected file stays
        write_expected(prog, lines)
        print("oracle: %s: %d lines" % (userprogs.expected_path(prog), len(lines)))


if __name__ == "__main__":
    main()
