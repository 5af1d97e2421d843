"""userland.py - boot the busybox userland and drive its shell over ttyS0.

The userland image (build/userland.cpio, `make userland`: Debian's
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
    return os.path.join(build, "userland.cpio")


def kernel(build):
    """The userland's kernel: wait1 a module its rcS loads (scripts/Makefile.modular)."""
    modular = os.path.join(build, "modular", "kernel.elf")
    return modular if os.path.exists(modular) else os.path.join(build, "kernel.elf")


class Shell(console.Console):
    """A Console whose prompt is busybox's (console.Console's is the monitor's)."""

    def __init__(self, kernel, build, append="console=ttyS0", timeout=60.0, mem="128M",
                 extra=(), settle=0.2):
        self.prompt = PROMPT
        super().__init__(kernel, mem=mem, append=append, timeout=timeout, extra=extra,
                         initrd=image(build), prompt=PROMPT)
        # let the shell put the tty into raw mode before the first keys come
        time.sleep(settle)

    def run(self, line, timeout=10.0):
        """Type @line; return what it printed (the echo and the prompt stripped)."""
        self.send(line.encode() + b"\r")
        out = self.read_until(self.prompt, timeout).decode("latin-1")
        out = ANSI.sub("", out)
        return PROMPT_TEXT.sub("", strip_echo(out, line).replace("\r", ""))

    def type(self, line):
        """Type @line and wait for its echo (for commands that do not end at once)."""
        self.send(line.encode() + b"\r")
        self.read_until(b"\n", 5)


PROMPT_TEXT = re.compile(r"root@linnet:[^\n#]*# $")


def strip_echo(out, line):
    """@out without the shell's echo of @line, which line editing wraps at the
    terminal's width (80 columns on a serial line) with CRs, LFs and spaces."""
    i = j = 0
    while i < len(out) and j < len(line):
        if out[i] == line[j]:
            j += 1
        elif out[i] not in "\r\n ":
            break
        i += 1
    nl = out.find("\n", i)
    return out[nl + 1:] if nl >= 0 else ""


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


# --- driving the shell: the steps of checks.py:userland_shell -------------
#
# Each step types into a booted Shell and returns [(name, ok, detail)]. The
# steps that pass on Linnet are listed in LANDED and run by `make test`;
# the others wait in PENDING until the kernel can do them (run them with
# `python3 tests/harness/userland.py --steps pending`; --kernel VMLINUZ
# runs them against Linux, whose answer every step must accept).


def _has(name, text, patterns, absent=()):
    missing = [p for p in patterns if not re.search(p, text, re.M)]
    present = [p for p in absent if re.search(p, text, re.M)]
    ok = not missing and not present
    return (name, ok, "" if ok else "missing %s, unwanted %s in:\n%s" % (missing, present, text[-1500:]))


def step_files(sh):
    """echo, cat, ls, mkdir, rm, redirections into ramfs files."""
    out = sh.run("cd /tmp && mkdir -p work/sub && echo hello > work/f && cat work/f")
    res = [_has("userland/echo-cat", out, [r"^hello$"])]
    out = sh.run("echo more >> work/f; ls work; wc -l < work/f; ls nothere 2> work/err; cat work/err")
    res.append(_has("userland/ls-redirect", out,
                    [r"^f\s+sub$|^f$", r"^2$", r"No such file or directory"]))
    out = sh.run("rm -r work; ls work; echo status $?")
    res.append(_has("userland/rm", out, [r"No such file or directory", r"^status 1$"]))
    return res


def step_proc(sh):
    """cat of every /proc file (in every folder: sys, driver, a process's and its
    threads'), and a pipe: cat /proc/interrupts | grep timer."""
    # kmsg waits for messages, kcore is all memory, sysrq-trigger is write-only, a
    # process's mem reads only for itself and has nothing at address 0 (EIO); every
    # process's folder holds the same files as init's and the shell's own ($$: /proc/self
    # would be find's own, gone when cat opens it)
    out = sh.run("n=0; for f in $(find /proc/[a-z]* /proc/1/ /proc/$$/ -type f); do case $f in"
                 " */kmsg|*/kcore|*/sysrq-trigger|*/mem) continue;; esac; n=$((n+1));"
                 " timeout 5 cat $f > /dev/null || echo BAD $f; done; echo checked $n files", 60)
    m = re.search(r"^checked (\d+) files$", out, re.M)
    res = [_has("userland/cat-proc-files", out, [r"^checked \d+ files$"], [r"^BAD "])]
    # the top level's ~30 and the folders' (sys/kernel, driver, 1/, 1/task/1/, $$/...)
    res.append(("userland/cat-proc-files-all-folders", bool(m) and int(m.group(1)) >= 60,
                out[-500:]))
    out = sh.run("cat /proc/interrupts | grep timer")
    res.append(_has("userland/pipe-grep", out, [r"^\s*0:.*timer"]))
    return res


def step_tools(sh):
    """uname -a, ps, free, uptime, mount, df, dmesg."""
    res = [_has("userland/uname", sh.run("uname -a"), [r"^Linux linnet \S+ .* i686"])]
    res.append(_has("userland/ps", sh.run("ps"), [r"^\s*PID\s+USER", r"^\s*1 root\s+init", r"-/bin/sh"]))
    res.append(_has("userland/free", sh.run("free"), [r"^\s+total\s+used\s+free", r"^Mem:\s+\d+"]))
    res.append(_has("userland/uptime", sh.run("uptime"), [r"up .*load average: \d+\.\d\d"]))
    res.append(_has("userland/mount", sh.run("mount"), [r"^proc on /proc type proc",
                                                     r"on /dev type devtmpfs"]))
    res.append(_has("userland/df", sh.run("df"), [r"^Filesystem\s+1K-blocks"]))
    res.append(_has("userland/dmesg", sh.run("dmesg | grep -m 1 version"), [r"(Linux|Linnet) version"]))
    return res


def step_ctrl_c(sh):
    """Ctrl-C ends a foreground sleep 100 at once, and the shell is back."""
    sh.type("sleep 100")
    time.sleep(0.5)
    t = time.monotonic()
    sh.send(b"\x03")
    sh.read_until(sh.prompt, 5)
    took = time.monotonic() - t
    out = sh.run("echo alive")
    return [("userland/ctrl-c-sleep", took < 2 and "alive" in out, "%.2f s, then %r" % (took, out))]


# --- busybox's line editing over the serial tty --------------------------
#
# At the prompt busybox's ash reads the terminal itself: it turns ICANON,
# ECHO and ISIG off (VMIN 1), reads each key as it comes, and redraws the
# line with escape sequences. Each case types keys and waits for what the
# command it built printed; the bytes the shell sent back meanwhile (its
# echo and redraws, the cursor-position queries ESC [ 6 n left out: where
# they fall is a matter of timing) must be the ones it sent on Linux 6.1
# (tests/userland/expected/lineedit.out, written by oracle.py).

LINEEDIT_EXPECTED = os.path.join(ROOT, "tests", "userland", "expected", "lineedit.out")
LINEEDIT = [  # name, keys, the line the command prints
    ("up-up", b"\x1b[A\x1b[A\r", b"one"),                   # history: two commands back
    ("up-up-down", b"\x1b[A\x1b[A\x1b[B\r", b"one"),        # ... and one forward
    ("left-insert", b"echo ac\x1b[Db\r", b"abc"),
    ("left-left-right", b"echo xz\x1b[D\x1b[D\x1b[Cy\r", b"xyz"),
    ("backspace-del", b"echo abX\x7fc\r", b"abc"),            # VERASE, ^?
    ("backspace-ctrl-h", b"echo abY\x08c\r", b"abc"),
    ("ctrl-u", b"garbage\x15echo killed\r", b"killed"),        # VKILL: the line so far
    ("ctrl-w", b"echo foo bar\x17baz\r", b"foo baz"),          # VWERASE: the last word
    ("ctrl-k", b"echo abcdef\x1b[D\x1b[D\x1b[D\x0b\r", b"abc"),
    ("delete", b"echo abXc\x1b[D\x1b[D\x1b[3~\r", b"abc"),
    ("home-end", b"cho ho\x1b[He\x1b[Fme\r", b"home"),
    ("ctrl-a-ctrl-e", b"ho ae\x01ec\x05x\r", b"aex"),
    ("ctrl-c", b"echo notrun\x03echo after\r", b"after"),      # the line dropped, "^C"
    ("tab-command", b"ech\t tabbed\r", b"tabbed"),
    ("tab-path", b"cat /proc/sys/kernel/ostyp\t\r", b"Linux"),
    ("long-line", b"echo " + b"x" * 100 + b"\r", b"x" * 100),   # wraps at 80 columns
    # typed while `sleep 1` runs: n_tty (ICANON, ECHO, ECHOE) echoes and edits it, and
    # busybox's raw read gets the finished line when the prompt comes
    ("typeahead-line", b"echo typed\r", b"typed"),
    ("typeahead-erase", b"echo abX\x7fc\r", b"abc"),
]
TYPEAHEAD = b"sleep 1\r"
_PROMPT_AT_END = rb"root@linnet:[^\r\n#]*# (?:\x1b\[6n)?"


def lineedit_transcripts(sh):
    """[(name, what the shell sent back)] for each case of LINEEDIT."""
    # The prompt shows the directory: start from the home directory whatever the steps
    # before left (SysRq-f's OOM kill may take either login shell, so the serial one
    # is sometimes still in /tmp)
    sh.run("cd")
    sh.run("echo one")
    sh.run("echo two")
    out = []
    for name, keys, want in LINEEDIT:
        if name.startswith("typeahead"):
            sh.send(TYPEAHEAD)
            sh.read_until(TYPEAHEAD + b"\n", 10)
            time.sleep(0.2)
        sh.send(keys)
        got = sh.read_until(re.compile(rb"\r\n" + re.escape(want) + rb"\r\n" + _PROMPT_AT_END), 10)
        out.append((name, got.replace(b"\x1b[6n", b"")))
    return out


def lineedit_format(transcripts):
    return "".join("%s %r\n" % (name, data) for name, data in transcripts)


def step_line_editing(sh):
    """Arrows, history, backspace, ^U ^W ^K, Home/End, ^C and Tab at busybox's prompt: each
    command that ran printed what it should, and the shell echoed what it echoes on Linux."""
    try:
        got = lineedit_transcripts(sh)
    except TimeoutError as e:
        return [("userland/line-editing", False, str(e))]
    res = [("userland/line-editing-ran", True, "")]
    if not os.path.exists(LINEEDIT_EXPECTED):
        return res + [("userland/line-editing-as-linux", False, "no %s (run make oracle)" % LINEEDIT_EXPECTED)]
    with open(LINEEDIT_EXPECTED) as f:
        want = f.read().split("\n")
    diff = [("Linux  " + w, "Linnet " + g) for w, g in zip(want, lineedit_format(got).split("\n")) if w != g]
    return res + [("userland/line-editing-as-linux", not diff, "\n".join("%s\n%s" % d for d in diff))]


def step_jobs(sh):
    """sleep 1 &, jobs, wait."""
    # busybox's ash prints no "[1] PID" here; t0 is the guest's clock as the job starts
    out = sh.run("read t0 x < /proc/uptime; sleep 1 &")
    res = [("userland/background", out == "", out)]
    res.append(_has("userland/jobs", sh.run("jobs"), [r"^\[1\]\+\s+Running\s+sleep 1"]))
    # wait returns when the sleep ends, not before and not much later: timed by the
    # guest's own clock, so the host's load on the harness does not count
    out = sh.run("wait; read t1 x < /proc/uptime; echo waited $t0 $t1", 10)
    m = re.search(r"waited ([\d.]+) ([\d.]+)", out)
    res.append(("userland/wait", bool(m) and 0.95 <= float(m.group(2)) - float(m.group(1)) < 2.5, out))
    return res


def step_ctrl_z(sh):
    """Ctrl-Z stops a foreground sleep, jobs shows it stopped, fg resumes it, Ctrl-C ends it."""
    sh.type("sleep 100")
    time.sleep(0.5)
    sh.send(b"\x1a")
    out = ANSI.sub("", sh.read_until(sh.prompt, 5).decode("latin-1"))
    res = [_has("userland/ctrl-z", out, [r"\[1\]\+\s+Stopped\s+sleep 100"])]
    res.append(_has("userland/jobs-stopped", sh.run("jobs"), [r"^\[1\]\+\s+Stopped\s+sleep 100"]))
    sh.type("fg")
    out = sh.read_until(b"sleep 100\r\n", 5).decode("latin-1")
    time.sleep(0.5)
    resumed = sh.buf == b""  # still running: no prompt came back
    sh.send(b"\x03")
    sh.read_until(sh.prompt, 5)
    res.append(("userland/fg", resumed and "alive" in sh.run("echo alive"), out))
    return res


def step_wait1(sh):
    """The design documents' wait1: what echo wrote, head -c 6 reads; a blocked cat ends on Ctrl-C."""
    out = sh.run("echo Hello > /dev/wait1; head -c 6 /dev/wait1")
    res = [_has("userland/wait1-echo-head", out, [r"^Hello$"])]
    sh.type("cat /dev/wait1")
    time.sleep(0.5)
    blocked = sh.buf == b""
    sh.send(b"\x03")
    sh.read_until(sh.prompt, 5)
    res.append(("userland/wait1-cat-ctrl-c", blocked and "alive" in sh.run("echo alive"), ""))
    return res


def step_top(sh):
    """top -n 1 on the terminal and top -b -n 1: the header and the shell's own line."""
    res = []
    for cmd in ("top -n 1", "top -b -n 1"):
        res.append(_has("userland/" + cmd.replace(" ", ""), sh.run(cmd),
                        [r"^Mem: \d+K used, \d+K free", r"^Load average: \d+\.\d\d",
                         r"^\s*PID\s+PPID\s+USER\s+STAT", r"^\s*1\s+0\s+root\s+S\s.*init"]))
    return res


# The PS/2 keyboard's qcodes for what step_keyboard types (QMP send-key)
KEYS = {" ": ["spc"], ">": ["shift", "dot"], "/": ["slash"], "\n": ["ret"]}


def step_keyboard(sh):
    """Keys pressed on the PS/2 keyboard reach the shell on tty1 (the VGA console):
    it runs `tty >/tmp/kbd`, and the serial shell reads /dev/tty1 there."""
    sh.run("rm -f /tmp/kbd")
    for ch in "tty >/tmp/kbd\n":
        sh.key(*KEYS.get(ch, [ch]))
    out = ""
    for _ in range(20):
        out = sh.run("cat /tmp/kbd 2>/dev/null")
        if out:
            break
        time.sleep(0.1)
    return [_has("userland/keyboard-tty1", out, [r"^/dev/tty1$"])]


def _text(rnd, size, longest):
    """@size bytes of printable lines, each at most @longest bytes with its newline."""
    out, n = [], 0
    while n < size:
        k = min(rnd.randrange(1, longest), size - n)
        out.append("".join(rnd.choice(ALNUM) for _ in range(k - 1)) + "\n")
        n += k
    return "".join(out).encode()


ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:=+-_"
PASTE = 1 << 20


def step_paste(sh):
    """1 MiB of lines pasted into `cat > file` on the canonical tty: every byte arrives."""
    import hashlib
    import random
    data = _text(random.Random(16), PASTE, 1000)
    sh.type("stty -echo; cat > /tmp/paste")  # the echo of 1 MiB would only cost time
    time.sleep(0.3)  # cat has the tty before the paste comes
    sh.send(data + b"\x04")
    sh.read_until(sh.prompt, 300)
    sh.send(b"stty echo\r")  # typed unseen: line editing echoes only when ECHO is on
    sh.read_until(sh.prompt, 10)
    out = sh.run("wc -c < /tmp/paste; md5sum /tmp/paste; rm /tmp/paste", 30)
    want = [r"^%d$" % len(data), r"^%s  /tmp/paste$" % hashlib.md5(data).hexdigest()]
    return [_has("userland/paste-1MiB", out, want)]


def step_garbage(sh):
    """Binary garbage into `cat` on the canonical tty with echo (every byte but the signal
    keys and ^D: the editing keys, ^S/^Q, ^V, ESC...), then 64 KiB of every byte value
    read raw by head -c: the shell lives, and the raw bytes arrive exactly."""
    import hashlib
    import random
    rnd = random.Random(61)
    junk = bytes(b for b in (rnd.randrange(256) for _ in range(8192)) if b not in b"\x03\x04\x1a\x1c")
    sh.type("cat > /tmp/junk")
    time.sleep(0.3)
    sh.send(junk + b"\x11\n\x04")  # ^Q in case a ^S stopped output; ^D ends cat
    sh.read_until(sh.prompt, 60)
    out = sh.run("wc -c < /tmp/junk; rm /tmp/junk; echo alive")
    res = [_has("userland/garbage-canonical", out, [r"^\d{4}$", r"^alive$"])]
    data = bytes(rnd.randrange(256) for _ in range(1 << 16))
    sh.type("stty raw -echo; head -c %d > /tmp/bin; stty sane" % len(data))
    time.sleep(0.3)
    sh.send(data)
    sh.read_until(sh.prompt, 120)
    out = sh.run("md5sum /tmp/bin; rm /tmp/bin", 30)
    res.append(_has("userland/binary-raw-64KiB", out,
                    [r"^%s  /tmp/bin$" % hashlib.md5(data).hexdigest()]))
    return res


# Readers of every file under /dev and /proc: the shell's own read and
# printf (no fork per file). Writes go to the files where "0" is harmless;
# sysrq-trigger, the host name, printk's levels and the terminals are left out.
READERS = r"""n=0; for f in $(find /dev /proc/[a-z]* /proc/1 /proc/self/ -type f -o -type c 2>/dev/null);
do case $f in /proc/kmsg|/proc/kcore|/dev/wait1|/dev/kbd) continue;; esac;
n=$((n+1)); for k in 1 2 3; do read -r -t 0.05 -n $((RANDOM % 4096 + 1)) x < $f; done 2>/dev/null;
case $f in */sysrq-trigger|*/hostname|*/domainname|*/printk|/dev/tty*|/dev/console|/proc/self/*|/proc/1/*) ;;
*) [ -w $f ] && printf 0 > $f 2>/dev/null;; esac; done; echo "read $n files"
"""


def step_readers(sh):
    """Every /dev and /proc file read in random sizes, the harmless ones written: no oops."""
    out = sh.run(READERS.replace("\n", " "), 180)
    res = [_has("userland/read-dev-proc", out, [r"read \d{2,} files$"])]
    # (SysRq-f's OOM report has a Call Trace of its own: look for what an oops says)
    out = sh.run("dmesg | grep -E 'Oops|BUG:|WARNING:|general protection|unable to handle' | head -5;"
                 " echo end")
    res.append(_has("userland/read-dev-proc-no-oops", out, [r"^end$"],
                    [r"Oops|BUG:|WARNING:|general protection|unable to handle"]))
    return res


def _sysrq(sh, key):
    """echo KEY > /proc/sysrq-trigger; what the console showed, timestamps cut."""
    out = sh.run("echo %s > /proc/sysrq-trigger; sleep 0.3" % key, 20)
    return re.sub(r"(?m)^\[ *\d+\.\d+\] ", "", out)


SYSRQ_HELP = ("SysRq : HELP : loglevel(0-9) reBoot Crash terminate-all-tasks(E) "
              "memory-full-oom-kill(F) debug(G) kill-all-tasks(I) saK show-memory-usage(M) "
              "nice-all-RT-tasks(N) powerOff show-registers(P) show-all-timers(Q) unRaw Sync "
              "show-task-states(T) Unmount show-blocked-tasks(W) ")


def step_sysrq(sh):
    """SysRq from user space: 2.6.32's messages for d (no lockdep: help), q, n, r, k (SAK on
    tty1: its shell is killed and respawned), f (the OOM killer), and g: the monitor takes
    the serial line until `go`, then the shell has it again."""
    res = [("userland/sysrq-d-help", SYSRQ_HELP + "\n" in _sysrq(sh, "d"), _sysrq(sh, "d"))]
    res.append(_has("userland/sysrq-q-timers", _sysrq(sh, "q"),
                    [r"^SysRq : Show clockevent devices & pending hrtimers \(no others\)$",
                     r"^Timer List Version: v0\.\d", r"^Clock Event Device: pit$"]))
    res.append(_has("userland/sysrq-n", _sysrq(sh, "n"), [r"^SysRq : Nice All RT Tasks$"]))
    res.append(_has("userland/sysrq-r", _sysrq(sh, "r"),
                    [r"^SysRq : Keyboard mode set to system default$"]))
    res.append(_has("userland/sysrq-k-sak", _sysrq(sh, "k"),
                    [r"^SysRq : SAK$",
                     r"^SAK: killed process \d+ \(sh\): task_session\(p\)==tty->session$"]))
    # busybox init respawns it: its SIGCHLD comes while it waits in sigtimedwait
    res.append(_has("userland/sysrq-k-respawned", sh.run("sleep 1; ps -o ppid,comm | grep -c '^ *1 sh'"),
                    [r"^2$"]))
    # f kills the biggest process, this very shell: init starts another, whose prompt ends this
    out = sh.run("echo f > /proc/sysrq-trigger; sleep 1", 20)
    res.append(_has("userland/sysrq-f-oom", out,
                    [r"SysRq : Manual OOM execution$", r"Out of memory: kill process \d+ \(sh\) score \d+"]))
    sh.send(b"echo g > /proc/sysrq-trigger\r")
    text = sh.read_until(b"linnet> ", 10).decode("latin-1")
    sh.send(b"uptime\r")  # the monitor's uptime: two load figures
    text += sh.read_until(b"linnet> ", 10).decode("latin-1")
    sh.send(b"go\r")
    text += sh.read_until(b"user space has the terminals again\r\n", 10).decode("latin-1")
    res.append(_has("userland/sysrq-g-monitor", text.replace("\r", ""),
                    [r"SysRq : DEBUG$", r"Entering kdb \(current=0x[0-9a-f]+, pid \d+\) due to Keyboard Entry",
                     r"\d+\.\d\d \d+\.\d\d$", r"kdb: leaving the monitor"]))
    # Back at the shell: how many prompts the monitor's exit leaves is a matter of timing,
    # so resynchronise on output the typed line's echo cannot contain ("sync''ed").
    sh.send(b"\r")
    sh.send(b"echo sync''ed\r")
    text = sh.read_until(b"synced\r\n", 15).decode("latin-1")
    sh.read_until(sh.prompt, 10)
    res.append(("userland/sysrq-go-shell-back", "synced\r\n" in text, text[-300:]))
    return res


STEPS = [step_files, step_proc, step_tools, step_ctrl_c, step_jobs, step_ctrl_z, step_wait1,
         step_top, step_keyboard, step_paste, step_garbage, step_sysrq, step_readers,
         step_line_editing]
LANDED = STEPS
PENDING = [s for s in STEPS if s not in LANDED]


def drive(kernel, build, steps, append="console=ttyS0", log=None):
    """Boot @kernel with the userland image and run @steps; [(name, ok, detail)].
    @log, a list, gets the whole serial log."""
    sh = None
    out = []
    try:
        sh = Shell(kernel, build, append=append)
        out.append(("userland/prompt", True, ""))
        for step in steps:
            out += step(sh)
    except (TimeoutError, EOFError, OSError) as e:
        tail = sh.log.decode("latin-1")[-2000:] if sh else ""
        out.append(("userland/%s" % (step.__name__ if sh else "prompt"), False,
                    "%s\n--- serial ---\n%s" % (e, tail)))
    finally:
        if sh:
            sh.close()
            if log is not None:
                log.append(sh.log.decode("latin-1"))
    return out


ENOSYS = re.compile(r"(\S+)\[(\d+)\]: system call (\d+) not implemented \(-ENOSYS\)")


def enosys(log):
    """{number: first program} of the system calls the kernel reported missing (kernel/sys_ni.c)."""
    out = {}
    for m in ENOSYS.finditer(log):
        out.setdefault(int(m.group(3)), m.group(1))
    return out


def main():
    import argparse
    ap = argparse.ArgumentParser(description="drive the busybox shell (the userland checks)")
    ap.add_argument("--build", default="build")
    ap.add_argument("--kernel", help="default: BUILD/kernel.elf; a Linux vmlinuz works too")
    ap.add_argument("--append", default="console=ttyS0")
    ap.add_argument("--steps", default="all", help="all, landed, pending or step names, comma-separated")
    a = ap.parse_args()
    kernel = a.kernel or os.path.join(a.build, "kernel.elf")
    named = {"all": STEPS, "landed": LANDED, "pending": PENDING}
    steps = named.get(a.steps) or [s for s in STEPS if s.__name__[5:] in a.steps.split(",")]
    bad = 0
    log = []
    results = drive(kernel, a.build, steps, a.append, log)
    for nr, prog in sorted(enosys("".join(log)).items()):
        print("ENOSYS %3d (first from %s)" % (nr, prog))
    for name, ok, detail in results:
        print("%-6s %s" % ("ok" if ok else "FAIL", name))
        if detail and not ok:
            print("\n".join("       " + l for l in detail.rstrip().split("\n")))
        bad += not ok
    return 1 if bad else 0


if __name__ == "__main__":
    import sys
    sys.exit(main())
