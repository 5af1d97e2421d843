#!/usr/bin/env python3
"""tryit.py - run the chapters' "Try it" blocks, so the docs cannot rot.

A Try-it block is a fenced code block whose info string is `try`. Each of
its lines is one of:

    linnet> CMD          typed at the kernel shell (the monitor) over the serial line
    root@linnet:~# CMD   typed at busybox's shell: a chapter with such lines boots the
                         userland image (build/userland.cpio, docs/userland.md) instead
                         of the monitor, one boot for all its blocks
    (gdb) CMD            run by GDB, attached to the same running kernel
    $ make debug         (first line only) the GDB lines run in a kernel that
                         `make debug` started: stopped at start_kernel. It may
                         set APPEND="..." (the command line) and INITRD=FILE, as
                         `make debug APPEND="rdinit=/fault"
                         INITRD=build/user-initramfs.cpio.gz` boots a test program
                         of tests/user as init (docs/processes.md)
    $ make run | $ make gdb     what the student types first; nothing to run
    $ python3 tests/harness/run.py ...   run as is, from the top of the tree
    anything else        expected output of the command above it

An expected line may use `...` for any text; the expected lines of a
command must appear in its output in that order (other lines may come
between them). A GDB error (no symbol, cannot access memory, optimized
out, a Python exception...) or a shell "command not found" fails the
block unless an expected line names it. Lines typed at the shell while a
GDB `continue` waits are typed half a second after the `continue` began,
which is how a breakpoint in a shell command is reached.

The blocks of one chapter share one boot (a kernel at the monitor's or
busybox's prompt, with a GDB server), run in the order they appear; `make debug` blocks get
a frozen boot each. A chapter's blocks become one harness check,
tryit_<chapter>, so `python3 tests/harness/run.py -k tryit_sched` runs
sched.md's. Run this file alone to list the blocks:

    python3 tests/harness/tryit.py [docs/sched.md ...]
"""
import glob
import os
import pty
import re
import shlex
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

import console  # noqa: E402
import qemu  # noqa: E402
import userland  # noqa: E402

FENCE = re.compile(r"^(?P<indent>[ >]*)```try[ \t]*\n(?P<body>.*?)^(?P=indent)```[ \t]*$", re.M | re.S)
GDB_ERRORS = re.compile(r"No symbol|Cannot access memory|value has been optimized out|Argument to arithmetic|"
                        r"Undefined command|Python Exception|Error occurred|syntax error|"
                        r"There is no member|not defined|Cannot find|No frame selected|"
                        r"Invalid|is not a")
SHELL_ERRORS = re.compile(r"command not found")
BBOX_ERRORS = re.compile(r"^(?:-?sh|\S+): .*(?:not found|applet not found)$")
BBOX_PROMPT = re.compile(r"^root@linnet:[^#]*# ")
HOST_NOOP = ("make run", "make gdb")
HOST_RUN = "python3 tests/harness/run.py"


class Step:
    def __init__(self, kind, cmd, line):
        self.kind = kind        # "shell", "bbox", "gdb", "host"
        self.cmd = cmd
        self.line = line        # line number in the chapter
        self.expect = []
        self.output = ""


class Block:
    def __init__(self, path, line):
        self.path = path
        self.line = line
        self.debug = False
        self.append = ""        # make debug's APPEND= and INITRD=
        self.initrd = ""
        self.steps = []

    @property
    def name(self):
        return "tryit/%s:%d" % (os.path.relpath(self.path, ROOT).replace("docs/", ""), self.line)


def parse(path):
    """The Try-it blocks of the chapter at @path."""
    with open(path) as f:
        text = f.read()
    blocks = []
    for m in FENCE.finditer(text):
        first = text[:m.start("body")].count("\n") + 1
        b = Block(path, first - 1)
        indent = m.group("indent")
        for n, raw in enumerate(m.group("body").split("\n")[:-1]):
            line = raw[len(indent):] if raw.startswith(indent) else raw.lstrip(" >")
            lineno = first + n
            if line.startswith("linnet> "):
                b.steps.append(Step("shell", line[len("linnet> "):].split("  #")[0].rstrip(), lineno))
            elif BBOX_PROMPT.match(line):
                cmd = BBOX_PROMPT.sub("", line, count=1)
                b.steps.append(Step("bbox", cmd.split("  #")[0].rstrip(), lineno))
            elif line.startswith("(gdb) "):
                b.steps.append(Step("gdb", line[len("(gdb) "):].rstrip(), lineno))
            elif line.startswith("$ "):
                cmd = line[2:].split("  #")[0].strip()
                if cmd.split()[:2] == ["make", "debug"] and not b.steps:
                    b.debug = True
                    for var in shlex.split(cmd)[2:]:
                        name, _, value = var.partition("=")
                        if name == "APPEND":
                            b.append = value
                        elif name == "INITRD":
                            b.initrd = value
                        else:
                            b.steps.append(Step("host", cmd, lineno))   # fails: not run
                elif cmd not in HOST_NOOP:
                    b.steps.append(Step("host", cmd, lineno))
            elif line.strip() and b.steps:
                b.steps[-1].expect.append(line.rstrip())
        blocks.append(b)
    return blocks


def _norm(s):
    return re.sub(r"\s+", " ", s.strip())


def _pattern(expected):
    parts = [re.escape(p) for p in _norm(expected).split("...")]
    return re.compile(r"\s*".join(p.replace(r"\ ", r"\s+") for p in [".*".join(parts)]))


def check_step(step):
    """'' if @step's output has its expected lines, in order, and no unexpected error."""
    lines = [l for l in step.output.replace("\r", "").split("\n")]
    i = 0
    for exp in step.expect:
        pat = _pattern(exp)
        while i < len(lines) and not pat.search(_norm(lines[i])):
            i += 1
        if i == len(lines):
            return "line %d: %r: expected %r in:\n%s" % (step.line, step.cmd, exp, step.output[-1500:])
        i += 1
    errors = {"gdb": GDB_ERRORS, "shell": SHELL_ERRORS, "bbox": BBOX_ERRORS}.get(step.kind)
    if errors:
        for l in lines:
            if errors.search(l) and not any(_pattern(e).search(_norm(l)) for e in step.expect):
                return "line %d: %r: %s" % (step.line, step.cmd, l.strip())
    if step.kind == "host" and step.rc != 0:
        return "line %d: %r exited %d:\n%s" % (step.line, step.cmd, step.rc, step.output[-1500:])
    return ""


def _run_host(step, build):
    args = shlex.split(step.cmd)
    if step.cmd.startswith(HOST_RUN):
        args = [sys.executable, args[1], "--build", build] + args[2:]
    else:
        step.output, step.rc = "the Try-it runner only runs %s lines" % HOST_RUN, 1
        return
    p = subprocess.run(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                       timeout=300)
    step.output, step.rc = p.stdout, p.returncode


MARK = "@@tryit %d@@"


def _gdb_session(kernel, port, steps, con=None, timeout=60):
    """Run @steps (GDB commands, and shell lines typed while GDB continues) in one batch GDB."""
    gdb_steps = [s for s in steps if s.kind == "gdb"]
    args = ["gdb", "-q", "-batch", "-nx", "-x", os.path.join(ROOT, "scripts/gdb/linnet.gdb"),
            "-ex", "target remote 127.0.0.1:%d" % port]
    if con is None:   # make debug: as scripts/debug.sh does
        args += ["-ex", "break start_kernel", "-ex", "continue", "-ex", "delete"]
    for i, s in enumerate(gdb_steps):
        args += ["-ex", "echo %s\\n" % (MARK % i), "-ex", s.cmd]
    args += ["-ex", "echo %s\\n" % (MARK % len(gdb_steps)), "-ex", "delete", "-ex", "detach", kernel]
    # shell lines that follow a gdb step are typed when that step prints "Continuing."
    typed = {}
    last = None
    for s in steps:
        if s.kind == "gdb":
            last = s
        elif s.kind == "shell" and last is not None:
            typed.setdefault(id(last), []).append(s)
    # GDB's output goes to a terminal, so that it comes line by line (to a
    # pipe it would come in blocks, and "Continuing." too late)
    master, slave = pty.openpty()
    g = subprocess.Popen(args, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=slave, stderr=slave)
    os.close(slave)
    out = []
    timer = threading.Timer(timeout, g.kill)
    timer.start()
    pending = []
    buf = b""
    try:
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:
                break
            if not data:
                break
            buf += data.replace(b"\r", b"")
            while b"\n" in buf:
                raw, buf = buf.split(b"\n", 1)
                line = raw.decode("utf-8", "replace") + "\n"
                out.append(line)
                m = re.match(r"@@tryit (\d+)@@", line)
                if m and int(m.group(1)) < len(gdb_steps) and con is not None:
                    # the step after this mark is a `continue`: once it has let
                    # the kernel run, type what should reach the breakpoint
                    for st in typed.get(id(gdb_steps[int(m.group(1))]), []):
                        pending.append(st)
                    if pending:
                        time.sleep(0.5)
                        for st in pending:
                            con.send(st.cmd.encode() + b"\r")
                            st.sent = True
                        pending = []
        g.wait()
    finally:
        timer.cancel()
        os.close(master)
    out.append(buf.decode("utf-8", "replace"))
    text = "".join(out)
    parts = re.split(r"^@@tryit (\d+)@@\n", text, flags=re.M)
    for i in range(1, len(parts) - 1, 2):
        n = int(parts[i])
        if n < len(gdb_steps):
            gdb_steps[n].output = parts[i + 1]
    if len(parts) < 3:
        for s in gdb_steps:
            s.output = text
    # the shell lines typed during the session finish once GDB has detached
    for s in steps:
        if s.kind == "shell" and getattr(s, "sent", False) and con is not None:
            raw = con.read_until(console.PROMPT, 30).decode("latin-1").replace("\r", "")
            s.output = raw[raw.find("\n") + 1:-len(console.PROMPT)]
    return text


def run_block_live(block, con, kernel, port, build):
    steps = block.steps
    i = 0
    while i < len(steps):
        s = steps[i]
        if s.kind in ("shell", "bbox"):
            if (s.kind == "bbox") != isinstance(con, userland.Shell):
                s.output, s.rc = "one chapter boots either the monitor or busybox, not both", 1
                s.expect = ["(a prompt of the other kind)"]
            else:
                s.output = con.run(s.cmd, timeout=60)
            i += 1
        elif s.kind == "host":
            _run_host(s, build)
            i += 1
        else:   # a run of GDB lines, with the shell lines typed meanwhile
            j = i
            while j < len(steps) and (steps[j].kind == "gdb" or
                                      (steps[j].kind == "shell" and any(
                                          t.kind == "gdb" for t in steps[j:]))):
                j += 1
            for st in steps[i:j]:
                if st.kind == "gdb":
                    st.cmd = in_build(st.cmd, build)
            _gdb_session(kernel, port, steps[i:j], con)
            i = j


def in_build(text, build):
    """@text with the chapters' build/ paths pointing at the harness's build directory."""
    rel = os.path.relpath(build, ROOT)
    return text if rel == "build" else re.sub(r"(?<![\w/.])build/", rel + "/", text)


def run_block_debug(block, kernel, build):
    port = qemu.free_port()
    initrd = os.path.join(ROOT, in_build(block.initrd, build)) if block.initrd else ""
    cmd = qemu.qemu_command(kernel=kernel, append=block.append, icount=False, initrd=initrd,
                            extra=["-S", "-gdb", "tcp:127.0.0.1:%d" % port])
    q = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    try:
        steps = [s for s in block.steps if s.kind == "gdb"]
        for s in steps:
            s.cmd = in_build(s.cmd, build)
        _gdb_session(kernel, port, steps)
        for s in block.steps:
            if s.kind == "host":
                _run_host(s, build)
    finally:
        q.kill()
        q.wait()


def run_chapter(path, build):
    """[(name, ok, detail)] for the Try-it blocks of @path, one per block."""
    kernel = os.path.join(build, "kernel.elf")
    blocks = parse(path)
    out = []
    live = [b for b in blocks if not b.debug]
    if live:
        port = qemu.free_port()
        con = None
        try:
            gdb = ["-gdb", "tcp:127.0.0.1:%d" % port]
            if any(s.kind == "bbox" for b in live for s in b.steps):
                con = userland.Shell(kernel, build, extra=gdb)
            else:
                con = console.Console(kernel, extra=gdb)
            for b in live:
                try:
                    run_block_live(b, con, kernel, port, build)
                    bad = [e for e in (check_step(s) for s in b.steps) if e]
                    out.append((b.name, not bad, "\n".join(bad)))
                except (TimeoutError, EOFError, OSError, subprocess.TimeoutExpired) as e:
                    log = con.log.decode("latin-1")[-1500:]
                    out.append((b.name, False, "%s\n--- serial ---\n%s" % (e, log)))
                    break
        except (TimeoutError, EOFError, OSError) as e:
            out.append(("tryit/%s" % os.path.basename(path), False, "no shell: %s" % e))
        finally:
            if con:
                con.close()
    for b in blocks:
        if b.debug:
            run_block_debug(b, kernel, build)
            bad = [e for e in (check_step(s) for s in b.steps) if e]
            out.append((b.name, not bad, "\n".join(bad)))
    return out


def chapters():
    """Every Markdown file under docs/ that has a Try-it block."""
    paths = sorted(glob.glob(os.path.join(ROOT, "docs", "**", "*.md"), recursive=True))
    return [p for p in paths if parse(p)]


def make_checks():
    """One harness check per chapter with Try-it blocks (found when the harness starts)."""
    out = []
    for path in chapters():
        base = os.path.relpath(path, os.path.join(ROOT, "docs"))[:-3].replace("/", "_").replace("-", "_")

        def check(ctx, path=path):
            return run_chapter(path, ctx.build)
        check.__name__ = "tryit_" + base
        check.__doc__ = "The Try-it blocks of %s run as written." % os.path.relpath(path, ROOT)
        out.append(check)
    return out


def main():
    paths = sys.argv[1:] or chapters()
    total = 0
    for p in paths:
        blocks = parse(p)
        total += len(blocks)
        print("%s: %d blocks" % (os.path.relpath(p, ROOT), len(blocks)))
        for b in blocks:
            print("  line %d%s: %s" % (b.line, " (make debug)" if b.debug else "",
                                      "; ".join("%s %s" % (s.kind, s.cmd) for s in b.steps)))
    print("%d Try-it blocks" % total)


if __name__ == "__main__":
    main()
