#!/usr/bin/env python3
"""bench.py - `make bench`: run the in-kernel benchmarks and tabulate them.

Boots the kernel with bench=all under QEMU -icount shift=0, where the TSC
counts guest instructions: each figure is instructions per operation and
repeats exactly from run to run. Prints a table and writes it as JSON to
<build>/bench.json. Host-side benchmarks (callgrind) are added by
tests/host/ when present.
"""
import argparse
import json
import math
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import qemu  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

LINE_RE = re.compile(r"# bench: (\S+) ops=(\d+) total=(\d+) per_op=(\d+)")


def run_kernel_benches(build, mem="128M", filt="all", append="", kernel=None):
    res = qemu.boot(kernel=kernel or os.path.join(build, "kernel.elf"), mem=mem,
                    append=("bench=%s panic=-1 %s" % (filt, append)).strip(), timeout=300)
    rows = [dict(name=m.group(1), ops=int(m.group(2)), total=int(m.group(3)),
                 per_op=int(m.group(4)), where="qemu -icount shift=0", mem=mem)
            for m in LINE_RE.finditer(res.output)]
    if res.status != qemu.EXIT_PASS or not rows:
        sys.stderr.write("bench: the benchmark boot failed\n%s\n" % res.tail())
        sys.exit(1)
    return rows


def _with_linux_module(build, rd):
    """@rd plus /linux_bench.ko, a small module of Linux's own build (crc7.ko from the
    oracle's linux-image package), for ubench's module_load_unload; Linux unpacks
    concatenated cpio archives in order. @rd itself if the package has no crc7.ko."""
    import glob
    import subprocess
    ko = glob.glob(os.path.join(build, "oracle", "pkg", "lib", "modules", "*", "kernel", "lib",
                                "crc7.ko"))
    if not ko:
        return rd
    top = os.path.join(build, "oracle", "benchmod")
    os.makedirs(top, exist_ok=True)
    lst = os.path.join(top, "list")
    with open(lst, "w") as f:
        f.write("file /linux_bench.ko %s 0644 0 0\n" % os.path.abspath(ko[0]))
    extra = os.path.join(top, "extra.cpio")
    subprocess.run([sys.executable, os.path.join(HERE, "..", "..", "usr", "gen_init_cpio.py"), lst,
                    "-o", extra], check=True)
    out = os.path.join(top, "initramfs.cpio")
    with open(out, "wb") as f:
        for part in (rd, extra):
            with open(part, "rb") as p:
                f.write(p.read())
    return out


def run_user_benches(build):
    """tests/user/ubench.c on Linnet, and on Linux 6.1 if `make oracle` fetched it."""
    import glob
    res = qemu.boot(kernel=os.path.join(build, "kernel.elf"), append="rdinit=/ubench panic=-1",
                    timeout=300, until="Power down.",
                    initrd=os.path.join(build, "user-initramfs.cpio.gz"))
    rows = [dict(name=m.group(1), ops=int(m.group(2)), total=int(m.group(3)),
                 per_op=int(m.group(4)), where="qemu -icount shift=0", mem="128M")
            for m in LINE_RE.finditer(res.output)]
    linux = glob.glob(os.path.join(build, "oracle", "vmlinuz-*"))
    ubench = os.path.join(build, "user", "ubench")
    if linux and os.path.exists(ubench):
        # its own image: the oracle's holds whichever programs `oracle.py --program` last ran
        import oracle
        rd = os.path.join(build, "oracle", "ubench-initramfs.cpio")
        oracle.initramfs([ubench], rd)
        rd = _with_linux_module(build, rd)
        res = qemu.boot(kernel=linux[0], append="console=ttyS0 quiet rdinit=/ubench",
                        extra=["-initrd", rd], timeout=600)
        rows += [dict(name="linux6.1_" + m.group(1), ops=int(m.group(2)),
                      total=int(m.group(3)), per_op=int(m.group(4)),
                      where="Linux 6.1 686, qemu -icount shift=0", mem="128M")
                 for m in LINE_RE.finditer(res.output)]
    return rows


def boot_wall_times(build, runs=5):
    """Wall time from starting QEMU to the banner on serial: median of @runs."""
    import statistics
    out = {}
    iso = os.path.join(build, "linnet.iso")
    for label, kw in (("kernel", dict(kernel=os.path.join(build, "kernel.elf"))),
                      ("grub-iso", dict(iso=iso))):
        if label == "grub-iso" and not os.path.exists(iso):
            continue
        times = []
        for _ in range(runs):
            res = qemu.boot(icount=False, timeout=30, until="Linnet version", **kw)
            times.append(res.wall)
        out[label] = statistics.median(times)
    return out


# Both kernels boot to the prompt with the same command line; `quiet` keeps
# the kernel's log off the serial line, as a distribution's boot does.
PROMPT_APPEND = "console=ttyS0 quiet"
# The Linnet rows of boot_to_prompt, and how docs/performance.md names them
PROMPT_LINNETS = [("linnet", "(2.6.32's lazy FPU switch, its default)"),
                  ("linnet-eagerfpu", "with eagerfpu=on (the eager switch, Linux 6.1's only one)")]

# The machines both kernels (and the floor) boot to the prompt on, each with the same QEMU options
# for all three: QEMU's default PC (SeaBIOS, a VGA card: the machine of `make run`, which boots
# through GRUB from an ISO), and the same PC with qboot, the minimal firmware Debian's
# qemu-system-data ships (it loads -kernel through fw_cfg, multiboot or Linux's boot protocol,
# and nothing else), without a display adapter.
QBOOT = "/usr/share/qemu/qboot.rom"
PROMPT_MACHINES = [
    ("seabios", "QEMU's default PC: SeaBIOS, a VGA card", []),
    ("qboot", "the same PC with qboot (`-bios qboot.rom`) and no display adapter (`-vga none`)",
     ["-bios", QBOOT, "-vga", "none"]),
]


def prompt_machines():
    """PROMPT_MACHINES whose firmware files this host has."""
    return [m for m in PROMPT_MACHINES if all(os.path.exists(a) for a in m[2] if a.startswith("/"))]


def qemu_cpu(pid):
    """CPU time, in seconds, QEMU process @pid's threads have run so far (schedstat, in ns)."""
    import glob
    ns = 0
    for path in glob.glob("/proc/%d/task/*/schedstat" % pid):
        try:
            with open(path) as f:
                ns += int(f.read().split()[0])
        except (OSError, ValueError, IndexError):
            pass  # a thread that ended meanwhile
    return ns / 1e9


def _prompt_figures(kernel, build, append, icount, machine=(), cpu=None):
    """Boot @kernel with the userland image to busybox's prompt; the prompt's wall time,
    /proc/uptime's uptime and idle (s), and the busy time (ns; None if the kernel prints
    no idle_sleeptime): the clock less the idle time of NO_HZ's accounting, interrupts
    left out (/proc/timer_list's first ".idle_sleeptime"). The clock is the scheduler's,
    sched_clock(), from /proc/sched_debug's "now at" (Linnet's counts from the TSC's
    calibration, the first thing the kernel times; Linux 6.1 has no such file, and its
    monotonic clock, /proc/timer_list's "now at", stands in). Under -icount shift=0 the
    busy time is the instructions executed. QEMU's CPU time at the prompt is appended to
    the list @cpu, if given. The clocks are read once the boot has settled at the prompt
    (both shells waiting): what they count is all the boot's work, the few dozen ticks
    of that wait (some 2 000 instructions each) and the shell's reading of the line
    typed."""
    import time
    import userland
    # sleep=on: an idle guest's clock follows the host's, so the ticks of the wait
    # below are a few dozen (with sleep=off it would race from timer to timer, and
    # each tick's handler, busy time, would count)
    extra = ["-icount", "shift=0,sleep=on", "-rtc", "clock=vm"] if icount else []
    sh = userland.Shell(kernel, build, append=append, timeout=300, extra=extra + list(machine),
                        settle=0)
    if cpu is not None:
        cpu.append(qemu_cpu(sh.proc.pid))
    # let the shell put the tty into raw mode before typing; under icount, let the
    # boot settle too: the shell on tty1 may still be starting when ttyS0's prompt
    # comes, and its work is the boot's
    time.sleep(0.3 if icount else 0.2)
    # from QEMU's start to the prompt's arrival on the serial socket; not to
    # the wait above, before anything is typed
    wall = sh.t_prompt - sh.t_spawn
    try:
        # the shell's own read, case and echo: no fork, no exec, whose instructions
        # would count as the boot's. A /proc file's text is made at its first read()
        # (seq_file); the shell reads on a byte at a time, busy: the idle time cannot
        # grow between the two files
        out = sh.run("{ read a; read b; } </proc/sched_debug 2>/dev/null; echo \"$b\"; "
                     "while read -r a b c d; do case $a in now) echo \"$a $b $c\";; "
                     ".idle_sleeptime) echo \"idle $c\"; break;; esac; done "
                     "</proc/timer_list 2>/dev/null; read u </proc/uptime; echo \"$u\"")
        up, idle = (float(x) for x in re.findall(r"^([\d.]+) ([\d.]+)$", out, re.M)[-1])
        busy = None
        m = re.search(r"^idle (\d+)$", out, re.M)
        sched = re.search(r"now at (\d+)\.(\d{6}) msecs", out)
        ktime = re.search(r"^now at (\d+)$", out, re.M)
        if m and (sched or ktime):
            now = (int(sched.group(1)) * 1000000 + int(sched.group(2)) if sched
                   else int(ktime.group(1)))
            busy = now - int(m.group(1))
    finally:
        sh.close()
    return wall, up, idle, busy


def floor_kernel(build):
    """A multiboot kernel that writes "H" to COM1 over and over: QEMU's own start.

    Over and over, because QEMU drops what COM1 sends before the harness has
    connected to the serial socket, and on qboot the first byte can come
    first (a single byte, then hlt, left make bench waiting for ever).
    A flat image with the multiboot header's address fields (flags bit 16), so
    QEMU loads it without an ELF: the header, then the code, at 1 MiB.
    """
    import struct
    code = bytes([0x66, 0xba, 0xf8, 0x03,   # mov $0x3f8, %dx
                  0xb0, 0x48,               # mov $'H', %al
                  0xee,                     # 1: out %al, (%dx)
                  0xeb, 0xfd])              # jmp 1b
    base, flags = 0x100000, 0x00010000
    end = base + 32 + len(code)
    header = struct.pack("<8I", 0x1BADB002, flags, (-(0x1BADB002 + flags)) & 0xffffffff,
                         base, base, end, end, base + 32)
    path = os.path.join(build, "bench", "floor.bin")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(header + code)
    return path


def _floor_wall(build, machine=(), cpu=None):
    """Wall time from QEMU's start to floor_kernel()'s byte, with the userland image as initrd;
    QEMU's CPU time then is appended to the list @cpu, if given."""
    import console
    import userland
    con = console.Console(floor_kernel(build), initrd=userland.image(build), prompt=b"H",
                          timeout=60, extra=list(machine))
    if cpu is not None:
        cpu.append(qemu_cpu(con.proc.pid))
    con.close()
    return con.t_prompt - con.t_spawn


def boot_to_prompt(build, runs=5):
    """Boot to busybox's prompt on Linnet and on Linux 6.1 (if `make oracle` fetched it),
    on each of prompt_machines().

    Under -icount shift=0 a busy guest's clock advances 1 ns per instruction: the
    scheduler's clock less the idle time, in ns, is the instructions the kernel and user
    space executed since the clock started (_prompt_figures). The idle time is NO_HZ's
    (/proc/timer_list's idle_sleeptime, to the ns, interrupts counted as busy), or
    /proc/uptime's, to 10 ms, from a kernel without it; measured once per kernel, on the
    last machine.
    Wall time is without icount, median of @runs, the kernels' boots taken in turn
    (and a floor_kernel() boot, QEMU's own start) on every machine, so that a change
    in the host's load touches all of them alike.
    """
    import glob
    import statistics
    # Linnet twice: with 2.6.32's lazy FPU switch (its default) and with eagerfpu=on,
    # the switch Linux 6.1 always makes (arch/x86/kernel/i387.c)
    linnet = os.path.join(build, "kernel.elf")
    kernels = [("linnet", linnet, ""), ("linnet-eagerfpu", linnet, " eagerfpu=on")]
    kernels += [("linux6.1", k, "") for k in glob.glob(os.path.join(build, "oracle", "vmlinuz-*"))[:1]]
    machines = prompt_machines()
    walls = {(m, label): [] for m, _, _ in machines
             for label, _, _ in kernels + [("qemu-floor", None, "")]}
    cpus = {key: [] for key in walls}
    load = os.getloadavg()[0]
    for _ in range(runs):
        for m, _, opts in machines:
            walls[(m, "qemu-floor")].append(_floor_wall(build, opts, cpus[(m, "qemu-floor")]))
            for label, kernel, extra in kernels:
                walls[(m, label)].append(_prompt_figures(
                    kernel, build, PROMPT_APPEND + extra, False, opts, cpus[(m, label)])[0])
    icount = {}
    for label, kernel, extra in kernels:
        _, up, idle, busy = _prompt_figures(kernel, build, PROMPT_APPEND + extra, True,
                                            machines[-1][2])
        # /proc/uptime's idle is counted by the tick, to 10 ms: the fallback of a
        # kernel without NO_HZ's idle accounting
        icount[label] = dict(uptime=up, idle=idle, exact=busy is not None,
                             insns=busy if busy is not None else round((up - idle) * 1e9))
    end_load = os.getloadavg()[0]
    rows = []
    for m, what, _ in machines:
        suffix = "" if m == "seabios" else "_" + m
        for label, _, _ in kernels + [("qemu-floor", None, "")]:
            w = walls[(m, label)]
            r = dict(name="prompt_" + label + suffix, kernel=label, machine=m, machine_what=what,
                     wall_ms=round(statistics.median(w) * 1000), walls_ms=[round(x * 1000) for x in w],
                     cpu_ms=round(statistics.median(cpus[(m, label)]) * 1000),
                     load=[round(load, 1), round(end_load, 1)], cpus=os.cpu_count(),
                     where="qemu (%s), userland image" % m)
            r.update(icount.get(label, {}))
            rows.append(r)
    return rows


def prompt_section(rows):
    """docs/performance.md's lines for boot_to_prompt's @rows."""
    prompt = [r for r in rows if r["name"].startswith("prompt_") and "machine" in r]
    if not prompt:
        return []
    machines = []
    for r in prompt:
        if r["machine"] not in machines:
            machines.append(r["machine"])
    lines = ["", "## Boot to the busybox prompt", "",
             "From QEMU's start to busybox's prompt on ttyS0 (`make run`'s image,",
             "`build/userland.cpio`, docs/userland.md), in the same QEMU (-m 128M, -kernel and",
             "-initrd, the serial line on a socket) with the same command line,",
             "`%s`, for Linnet and for Debian's Linux 6.1 (686)," % PROMPT_APPEND,
             "on each of two machines, the same options for every kernel on one machine.",
             "Linnet boots twice: as it is (2.6.32's lazy FPU switch) and with `eagerfpu=on`",
             "added, which switches the FPU state eagerly, as Linux 6.1 always does",
             "(arch/x86/kernel/i387.c, docs/processes.md):", ""]
    for m in machines:
        what = next(r["machine_what"] for r in prompt if r["machine"] == m)
        lines.append("- **%s**: %s." % (m, what))
    lines += ["",
              "Instructions: under -icount shift=0, where a busy guest's clock advances 1 ns per",
              "instruction, the clock less the time the CPU idled, both to the ns, once the boot",
              "has settled at the prompt (both shells waiting; the harness waits 0.3 s, with",
              "`sleep=on` so that the idle guest's clock follows the host's): the scheduler's clock",
              "(/proc/sched_debug's \"now at\"; Linnet's counts from the TSC's calibration, Linux",
              "6.1 has no such file and its monotonic clock, /proc/timer_list's, stands in) less",
              "NO_HZ's idle time, which leaves out the interrupts that came meanwhile",
              "(/proc/timer_list's `.idle_sleeptime`; Linnet keeps that accounting though it never",
              "stops the tick, kernel/time/tick-sched.c). That is the instructions executed, the",
              "few dozen ticks of the wait and the shell's reading of the line the harness types",
              "included: two boots of Linnet agree to some 40 000; Linux's count moves with the",
              "host by a few per cent (4 660 M with `sleep=off` and no wait). Of Linnet's, 2 M are",
              "the TSC calibration's 2.1 ms of busy waiting. Wall: without icount, from starting QEMU to the",
              "arrival of the prompt's bytes on the serial socket (the harness's own wait",
              "after the prompt, before it types, is not counted), median of %d boots taken in"
              % len(prompt[0]["walls_ms"]),
              "turn with Linux's and the floor's, so that the host's load falls on all alike. The",
              "qemu-floor row is a kernel that writes \"H\" to COM1 over and over",
              "(tests/harness/bench.py:floor_kernel), with the same initrd: QEMU's own start,",
              "which every kernel pays. QEMU's CPU time: what its threads ran from their start to",
              "the prompt (/proc/PID/task/*/schedstat), median of the same boots; the host's load",
              "stretches wall time (the boot waits for a CPU) far more than CPU time.", "",
              "| machine | kernel | instructions to the prompt | wall to the prompt | QEMU's CPU time | the boots' wall (ms) |",
              "|---|---|---:|---:|---:|---|"]
    # a kernel without NO_HZ's idle accounting: /proc/uptime's idle, to 10 ms; a
    # smaller busy time reads as 0 (or -10 ms), and the guest's clock at the prompt
    # (uptime, idle included) bounds it from above
    floor = 10000000
    for r in prompt:
        walls = " ".join(str(w) for w in r["walls_ms"])
        insns = ""
        if "insns" in r and r.get("exact"):
            insns = ("%.1f M" if r["insns"] < 1e9 else "%.0f M") % (r["insns"] / 1e6)
        elif "insns" in r:
            insns = ("at most %d M" % round(r["uptime"] * 1000) if r["insns"] < floor else
                     "%d M" % (r["insns"] // 1000000))
        lines.append("| %s | %s | %s | %d ms | %s | %s |" % (
            r["machine"], r["kernel"], insns, r["wall_ms"],
            "%d ms" % r["cpu_ms"] if "cpu_ms" in r else "", walls))
    lines += ["", "The host's load average was %.1f, then %.1f, on %d CPUs while these were "
              "measured." % (prompt[0]["load"][0], prompt[0]["load"][1], prompt[0]["cpus"])]
    for m, (label, what) in ((m, k) for m in machines for k in PROMPT_LINNETS):
        by = {r["kernel"]: r for r in prompt if r["machine"] == m}
        if label not in by or "linux6.1" not in by:
            continue
        linnet, linux = by[label], by["linux6.1"]
        line = "On %s, Linnet %s reaches the prompt in 1/%.1f of Linux's wall time" % (
            m, what, linux["wall_ms"] / max(linnet["wall_ms"], 1))
        if "qemu-floor" in by:
            q = by["qemu-floor"]["wall_ms"]
            line += ("; beyond QEMU's own start (qemu-floor), Linnet takes %d ms and Linux %d ms "
                     "(1/%.1f)" % (linnet["wall_ms"] - q, linux["wall_ms"] - q,
                                   (linux["wall_ms"] - q) / max(linnet["wall_ms"] - q, 1)))
        if "cpu_ms" in linnet and "cpu_ms" in linux:
            line += ". In QEMU's CPU time, 1/%.1f" % (linux["cpu_ms"] / max(linnet["cpu_ms"], 1))
            if "cpu_ms" in by.get("qemu-floor", {}):
                q = by["qemu-floor"]["cpu_ms"]
                line += " (beyond the floor, %d ms against %d: 1/%.1f)" % (
                    linnet["cpu_ms"] - q, linux["cpu_ms"] - q,
                    (linux["cpu_ms"] - q) / max(linnet["cpu_ms"] - q, 1))
        lines += ["", line + "."]
    by = {r["kernel"]: r for r in prompt}
    for label, what in PROMPT_LINNETS:
        if "insns" not in by.get(label, {}) or "insns" not in by.get("linux6.1", {}):
            continue
        linnet, linux = by[label], by["linux6.1"]
        if linnet.get("exact"):
            lines += ["In instructions, Linnet %s: 1/%d of Linux's." % (
                what, linux["insns"] // max(linnet["insns"], 1))]
        else:
            bound = max(linnet["insns"], round(linnet["uptime"] * 1e9), 1)
            lines += ["In instructions, Linnet %s: %s1/%d of Linux's." % (
                what, "under " if linnet["insns"] < floor else "", linux["insns"] // bound)]
    lines += ["", "Where Linnet's time goes (docs/userland.md, \"Booting to the prompt\"): QEMU's",
              "start and firmware (the floor: qboot without a display adapter saves about 45 ms",
              "of SeaBIOS's with a VGA card on an idle host); then, under QEMU's TCG, mostly the",
              "translation of each piece of guest code the first time it runs, not the",
              "instructions, which are few (a perf profile of QEMU's vCPU thread: some 57% in",
              "TCG's code generator; 1.35 M instructions fewer, this session's, saved about 1 ms).",
              "QEMU's in_asm log counts about 17 500 translation blocks at the prompt with the",
              "lazy FPU switch: 6 100 the kernel's boot to /init, then about 6 100 busybox's (init,",
              "rcS's shell, the two login shells) and 5 100 the kernel's work for them. A quarter",
              "of them translate the same code a second time: CR0.TS is part of a block's key, and",
              "the lazy switch (2.6.32's, docs/processes.md) runs kernel and busybox code with TS",
              "set and clear by turns. With eagerfpu=on TS stays clear: 13 500 blocks, and QEMU's",
              "CPU time 14% less. Next come the host's page faults: QEMU backs guest memory and",
              "its code buffer with 2 MB huge pages, and the first touch of each costs a 2 MB",
              "clear. No part of the boot waits for a timer but the TSC's calibration against the",
              "PIT, 2.1 ms (arch/x86/kernel/tsc.c; 2.6.32 first tries a quick calibration that",
              "cannot finish under TCG; Linux 6.1 calibrates against the HPET)."]
    return lines


# What each figure measures, for docs/performance.md.
DESCRIPTIONS = {
    "user_getppid": "a null system call from user mode: `int $0x80`, `getppid`, `iret`",
    "user_fork_exit_wait": "fork of a small static process, its exit, and the parent's wait",
    "user_fork_execve_wait": "fork, execve of a static program read from the initramfs, exit, wait",
    "user_pipe_round_trip": "one byte to a child through a pipe and back through another",
    "user_msgsnd_msgrcv": "a one-byte System V message sent and received back by the same process",
    "user_msg_round_trip": "a one-byte System V message to a child (type 1) and back (type 2)",
    "user_mq_send_receive": "a one-byte POSIX message, `mq_send` then `mq_receive` by the same "
    "process",
    "user_mq_round_trip": "a one-byte POSIX message to a child through one queue and back through "
    "another",
    "user_socketpair_round_trip": "the same round trip over an AF_UNIX stream socketpair "
    "(socketcall: unix_stream_sendmsg, an sk_buff, unix_stream_recvmsg)",
    "user_demand_zero_fault": "the first write to a page of a fresh anonymous mapping: the fault, "
    "a zeroed page, its PTE",
    "user_cow_fault": "a write to a page shared with a forked child: the fault, the copy, the PTE",
    "user_process_switch": "one switch between two processes (SCHED_FIFO, `sched_yield`), CR3 "
    "included",
    "linux6.1_user_demand_zero_fault": "the same demand-zero fault on Linux 6.1 (686) in the same "
    "QEMU",
    "linux6.1_user_cow_fault": "the same copy-on-write fault on Linux 6.1 (686) in the same QEMU",
    "linux6.1_user_process_switch": "the same process switch on Linux 6.1 (686) in the same QEMU",
    "linux6.1_user_fork_execve_wait": "the same fork+execve+wait on Linux 6.1 (686) in the same QEMU",
    "linux6.1_user_pipe_round_trip": "the same pipe round trip on Linux 6.1 (686) in the same QEMU",
    "linux6.1_user_msgsnd_msgrcv": "the same msgsnd + msgrcv on Linux 6.1 (686) in the same QEMU",
    "linux6.1_user_msg_round_trip": "the same message round trip on Linux 6.1 (686) in the same QEMU",
    "linux6.1_user_mq_send_receive": "the same mq_send + mq_receive on Linux 6.1 (686) in the "
    "same QEMU",
    "linux6.1_user_mq_round_trip": "the same POSIX message round trip on Linux 6.1 (686) in the "
    "same QEMU",
    "linux6.1_user_socketpair_round_trip": "the same socketpair round trip on Linux 6.1 (686) in "
    "the same QEMU",
    "linux6.1_user_getppid": "the same null system call on Linux 6.1 (686) in the same QEMU",
    "user_module_load_unload": "`init_module` + `delete_module` of tests/modules/mt_hello.ko from a "
                               "program, as busybox's insmod and rmmod call them",
    "linux6.1_user_module_load_unload": "the same on Linux 6.1 (686) with its own crc7.ko (4 KB, "
                                        "signed: the signature is checked too)",
    "linux6.1_user_fork_exit_wait": "the same fork+exit+wait on Linux 6.1 (686) in the same QEMU",
    "module_load_unload": "in the kernel: `load_module_image` of tests/modules/mt_hello.ko (check, "
                          "lay out, relocate, a parameter, init) and `unload_module`",
    "boot_to_banner": "from the multiboot entry (`boot/head.asm:_start`) to the banner on the consoles",
    "printk_short_line": "one `printk(KERN_INFO ...)` of a short line: format, log ring, serial and VGA",
    "tick_interrupt": "one tick: entry stub, `do_IRQ`, the 8259A, in high-resolution mode `hrtimer_interrupt` -> `tick_sched_timer` and reprogramming the one-shot PIT (with `highres=off`: `tick_handle_periodic`), the timer softirq",
    "hrtimer_start_fire": "`hrtimer_start` of a due timer through the HRTIMER softirq and "
                          "`hrtimer_interrupt` to its callback",
    "hrtimer_start_cancel": "`hrtimer_start` + `hrtimer_cancel` among 1,000 queued hrtimers",
    "tasklet_schedule_run": "`tasklet_schedule` until the tasklet's function runs",
    "fsnotify_modify_unwatched": "the fsnotify hook a write() calls (fsnotify_modify) on an "
    "unwatched ramfs file",
    "fsnotify_modify_other_watched": "the same hook while another inode is watched (the global "
    "mask lets it reach the inode's own)",
    "vfs_write_1_byte": "a one-byte `vfs_write` of a ramfs file nobody watches, hook included",
    "vfs_write_1_byte_dir_watched": "the same write while inotify watches its directory for "
    "IN_MODIFY (an event built and merged each time)",
    "timer_add_expire": "`add_timer` of a timer and its expiry from the timer softirq",
    "page_order0_pcp": "order-0 `alloc_pages` + `__free_pages` through the per-CPU list",
    "page_order0_drained": "order-0 `alloc_pages` + `__free_pages` with the per-CPU list keeping nothing (high 0): the buddy core through the same API",
    "page_order3": "order-3 `alloc_pages` + `__free_pages` (split and merge in the buddy core)",
    "page_order10": "order-10 (4 MiB) alloc + free; dominated by checking the 1024 struct pages",
    "kmalloc_kfree_32": "`kmalloc(32)` + `kfree` (the per-CPU array cache fast path)",
    "kmalloc_kfree_256": "`kmalloc(256)` + `kfree`",
    "kmalloc_kfree_4096": "`kmalloc(4096)` + `kfree`",
    "kmem_cache_alloc_free": "`kmem_cache_alloc` + `kmem_cache_free` on a private cache",
    "vmalloc_vfree_4k": "`vmalloc(4096)` + `vfree`: area search, one page, map, unmap, TLB flush",
    "vmalloc_vfree_1m": "`vmalloc(1 MiB)` + `vfree`: 256 pages taken, mapped and freed one at a time",
    "context_switch_pingpong": "one switch of a wait-queue ping-pong between two nice-0 threads: "
                               "`wake_up`, `wait_event`, schedule + `switch_to`",
    "context_switch_yield_rt": "one `yield()` between two SCHED_FIFO threads: schedule + `switch_to`",
    "schedule_n1": "the ping-pong switch with 1 more runnable thread in CFS's tree",
    "schedule_n10": "the same with 10 more runnable threads",
    "schedule_n100": "the same with 100 more runnable threads",
    "schedule_n1000": "the same with 1,000 more runnable threads (the tree's log n)",
    "wakeup_latency": "`wake_up` of a sleeping thread until it runs (it preempts the waker)",
    "mutex_lock_unlock": "uncontended `mutex_lock` + `mutex_unlock`",
    "kfifo_put_get": "one byte `kfifo_in` + `kfifo_out`",
    "kfifo_in_out_64": "64 bytes `kfifo_in` + `kfifo_out`",
    "find_vma_1000_rbtree": "`find_vma` among 1,000 vmas, the cache missing: the walk down the rbtree",
    "find_vma_1000_list": "the same lookups by the sorted-list walk Linnet had before the rbtree",
    "find_vma_cache_hit": "`find_vma` of the address found last: `mmap_cache` answers",
}


def host_callgrind(build):
    """Run the host build's callgrind comparison of kmalloc with the C library's malloc."""
    import subprocess
    p = subprocess.run(["make", "-s", "--no-print-directory", "BUILD=" + build, "slab-callgrind"],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    rows = []
    for m in re.finditer(r"^ +(\d+) +([\d.]+)$", p.stdout, re.M):
        rows.append(dict(name="host_page_order%s" % m.group(1), order=int(m.group(1)),
                         per_op=float(m.group(2)), where="callgrind, host build"))
    for m in re.finditer(r"^ +(\d+) +([\d.]+) +([\d.]+) +([\d.]+)$", p.stdout, re.M):
        rows.append(dict(name="host_kmalloc_kfree_%s" % m.group(1), size=int(m.group(1)),
                         kmalloc=float(m.group(2)), malloc=float(m.group(3)),
                         ratio=float(m.group(4)), where="callgrind, host build"))
    return rows, p.stdout


def beside_linux_section(rows):
    """docs/performance.md's table of tests/user/ubench.c on Linnet beside Linux 6.1."""
    linux = {r["name"][len("linux6.1_"):]: r["per_op"] for r in rows
             if r["name"].startswith("linux6.1_user_")}
    ours = [(r["name"], r["per_op"]) for r in rows
            if r["name"].startswith("user_") and r["name"] in linux]
    if not ours:
        return []
    lines = ["", "## From user mode, beside Linux 6.1", "",
             "`tests/user/ubench.c` run as init on Linnet and on Debian's Linux 6.1 (686) in the",
             "same QEMU (-m 128M, -icount shift=0), system calls by `int $0x80` on both: instructions",
             "per operation, user and kernel together.", "",
             "| benchmark | Linnet | Linux 6.1 | Linux / Linnet |", "|---|---:|---:|---:|"]
    for name, v in ours:
        lines.append("| `%s` | %d | %d | %.1f |" % (name, v, linux[name], linux[name] / max(v, 1)))
    return lines


def write_performance_md(path, rows):
    kernel = [r for r in rows if r.get("where", "").startswith("qemu -icount")]
    by_mem = {}
    for r in kernel:
        by_mem.setdefault(r["name"], {})[r["mem"]] = r["per_op"]
    lines = [
        "# Performance",
        "",
        "This page is written by `make bench` (`tests/harness/bench.py`): do not edit it by hand;",
        "run `make bench` and commit the result. Every kernel figure is measured inside the kernel",
        "under QEMU `-icount shift=0`, where the TSC advances once per guest instruction: the",
        "numbers are **instructions per operation**, identical on every run and every host.",
        "Benchmarks register with `DEFINE_BENCH()` (`include/linnet/bench.h`) and run with",
        "`bench=all` on the command line (`tests/bench/bench.c:bench_run`).",
        "",
        "The in-kernel figures are of `build/bench/kernel.elf`, which `make bench` builds with",
        "`BENCH_CONFIG` (the Makefile): `CONFIG_DEBUG_LIST=n CONFIG_DEBUG_SPINLOCK_SLEEP=n",
        "CONFIG_DEBUG_SPINLOCK=n`, the three debugging options 2.6.32's defconfig leaves off, and",
        "`CONFIG_DEBUG_PAGE_ORDER=n`, Linnet's own page-order record (docs/memory.md); every",
        "other option as `make` has it. The kernels the tests boot keep them on, so that every test",
        "catches list corruption, sleeping in atomic context, a spinlock taken twice and a page",
        "block freed with the wrong order",
        "(docs/debugging.md). The user-mode figures and the boot",
        "times are of the default kernel, `build/kernel.elf`, whose modules the user image loads.",
        "One benchmark alone: `python3 tests/harness/bench.py --kernel build/bench/kernel.elf",
        "--kernel-only --filter NAME,...` (one boot, nothing written).",
        "",
        "## In the kernel (instructions per operation)",
        "",
        "| benchmark | -m 128M | what it measures |",
        "|---|---:|---|",
    ]
    for name, mems in by_mem.items():
        if "128M" in mems:
            lines.append("| `%s` | %d | %s |" % (name, mems["128M"], DESCRIPTIONS.get(name, "")))
    lines += beside_linux_section(rows)
    lines += ["", "## The page allocator does not slow down with memory size", "",
              "The same page benchmarks on a 128 MiB and a 3500 MiB machine (ZONE_HIGHMEM exists",
              "only on the second). The buddy core's cost is bounded by MAX_ORDER, not by the number",
              "of pages; what differs is how far a block is split, which depends on the free",
              "blocks that boot left behind.", "",
              "The page benchmarks do not run on a 16 MiB machine: there all memory is ZONE_DMA,",
              "whose per-CPU list `mm/page_alloc.c:zone_batchsize` sizes as 2.6.32 does, batch 1",
              "and high 0 (Mem-Info's `hi:    0, btch:   1`), so every order-0 page goes straight",
              "to the buddy lists and `page_order0_pcp` measures the buddy core, not the per-CPU",
              "list. Linux keeps that sizing for the DMA zone on purpose (a few thousand pages,",
              "kept for devices that need them, not cached per CPU); Linnet keeps it too.", "",
              "`page_order0_drained` goes through the same `alloc_pages()` and `__free_pages()` as",
              "`page_order0_pcp`, with the zone's list set to keep nothing",
              "(`mm/page_alloc.c:setup_pagelist_highmark`, high 0): the difference between the two",
              "is what the per-CPU list saves.", "",
              "| benchmark | 128M | 3500M |", "|---|---:|---:|"]
    for name, mems in by_mem.items():
        if name.startswith("page_"):
            lines.append("| `%s` | %s | %s |" % (name, mems.get("128M", "-"), mems.get("3500M", "-")))
    sched = [(int(n[len("schedule_n"):]), m["128M"]) for n, m in by_mem.items()
             if n.startswith("schedule_n") and "128M" in m]
    if sched:
        lines += ["", "## schedule() grows as log n", "",
                  "A wait-queue ping-pong switch with n more runnable threads in CFS's rbtree",
                  "(`tests/bench/sched_bench.c`): each switch puts the previous task back into",
                  "the tree and takes the leftmost out, O(log n) (`kernel/sched_fair.c`). The",
                  "round-robin list before it was O(1) here, and the O(1) scheduler of 2.6.0-2.6.22",
                  "too (a bitmap of 140 lists). Each tenfold n adds about the same cost:", "",
                  "| runnable threads | instructions per switch | log2 n |", "|---:|---:|---:|"]
        for n, v in sorted(sched):
            lines.append("| %d | %d | %.1f |" % (n, v, math.log2(n)))
    host = [r for r in rows if r["name"].startswith("host_kmalloc")]
    if host:
        lines += ["", "## kmalloc against the C library's malloc (host build, callgrind)", "",
                  "`mm/slab.c` also builds on the host (`tests/host/slab.mk`); callgrind counts the",
                  "instructions of a kmalloc+kfree pair beside glibc's malloc+free of the same size,",
                  "both built with gcc -O2. Target: the fast path costs no more than the C library's.",
                  "", "| size | kmalloc+kfree | malloc+free | ratio |", "|---:|---:|---:|---:|"]
        for r in host:
            lines.append("| %d | %.1f | %.1f | %.2f |" % (r["size"], r["kmalloc"], r["malloc"],
                                                         r["ratio"]))
    pages = [r for r in rows if r["name"].startswith("host_page")]
    if pages:
        lines += ["", "## The page allocator on the host (callgrind)", "",
                  "`mm/page_alloc.c` builds unchanged for the host over a simulated 64 MiB machine",
                  "(`tests/host/buddy_env.c`); callgrind counts an alloc_pages + __free_pages pair",
                  "of each order. Order 0 goes through the per-CPU list, as in the kernel.", "",
                  "| order | instructions per pair |", "|---:|---:|"]
        for r in pages:
            lines.append("| %d | %.1f |" % (r["order"], r["per_op"]))
    walls = {r["name"]: r["per_op"] for r in rows if r["name"].startswith("wall_")}
    size = next((r["per_op"] for r in rows if r["name"] == "kernel_elf_bytes"), 0)
    lines += ["", "## Boot", "",
              "Wall time from starting QEMU to the banner on the serial console, median of 5, "
              "without icount (these depend on the host):", "",
              "| boot | wall time |", "|---|---:|"]
    for name, ms in walls.items():
        lines.append("| %s | %d ms |" % (name.replace("wall_to_banner_", ""), ms))
    lines += prompt_section(rows)
    lines += ["", "For scale (measured on the project's build machines): a trivial multiboot kernel takes about 97 ms",
              "with `-kernel` and 468 ms through a GRUB ISO on an idle machine of this kind",
              "(the qemu-floor row above measures it beside the prompt's boots); Linux needs",
              "about 7 s to reach init.",
              "", "The image (`build/kernel.elf`, with debug information) is %d bytes." % size, ""]
    lines += ["## Then and now", "",
              "**The classic books** (Understanding the Linux Kernel, Linux Kernel Development,",
              "2.6.1x) measure with the TSC (`rdtsc`, `get_cycles()`), `lmbench` from user space",
              "and OProfile, which samples the instruction pointer on a hardware counter's",
              "interrupt; the scheduler chapters argue O(1) against O(n) by counting steps.", "",
              "**Linux 2.6.32** adds perf events (perf_counter in 2.6.31, renamed in 2.6.32) with",
              "the `perf` tool, and ftrace (2.6.27) with its function and latency tracers;",
              "`CONFIG_SCHEDSTATS` and `/proc/sched_debug` count the scheduler's work.", "",
              "**Later Linux** traces with eBPF programs attached to kprobes and tracepoints (4.x),",
              "and its own microbenchmarks are KUnit and selftests suites. Counting instructions",
              "under `-icount`, as here, gives figures that do not move with the host: a",
              "simulator's view, not a cycle count (caches and branch prediction are not",
              "modelled).", ""]
    with open(path, "w") as f:
        f.write("\n".join(lines))


def boot_only(build):
    """Measure boot_to_prompt alone; keep every other row of the last whole run (bench.json)."""
    path = os.path.join(build, "bench.json")
    if not os.path.exists(path):
        print("bench: --boot-only needs %s from a whole `make bench`" % path)
        return 1
    with open(path) as f:
        rows = [r for r in json.load(f) if not r["name"].startswith("prompt_")]
    for r in boot_to_prompt(build):
        print("%-36s %12d insns %9d ms %6d ms CPU" % (r["name"], r.get("insns", 0), r["wall_ms"],
                                                     r["cpu_ms"]))
        rows.append(r)
    doc = os.path.join(os.path.dirname(os.path.dirname(HERE)), "docs", "performance.md")
    write_performance_md(doc, rows)
    with open(path, "w") as f:
        json.dump(rows, f, indent=1)
    print("bench: wrote %s and %s" % (doc, path))
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--filter", default="all",
                    help="comma-separated in-kernel benchmarks (bench=): e.g. "
                         "context_switch_pingpong,wakeup_latency")
    ap.add_argument("--kernel-only", action="store_true",
                    help="one boot with --filter's in-kernel benchmarks: print them and stop "
                         "(no user, page or boot figures, docs/performance.md untouched)")
    ap.add_argument("--kernel", help="the kernel of the in-kernel benchmarks (make bench: "
                                     "<build>/bench/kernel.elf, BENCH_CONFIG in the Makefile); "
                                     "default <build>/kernel.elf")
    ap.add_argument("--boot-only", action="store_true",
                    help="measure only the boot to the busybox prompt (boot_to_prompt) and put its "
                         "rows in place of the old ones in <build>/bench.json (from a whole run) "
                         "and docs/performance.md; every other figure is kept as it was")
    args = ap.parse_args()
    if args.boot_only:
        return boot_only(args.build)
    rows = run_kernel_benches(args.build, filt=args.filter, kernel=args.kernel)
    if args.kernel_only:
        for r in rows:
            print("%-36s %6s %12d %16d" % (r["name"], r["mem"], r["ops"], r["per_op"]))
        return 0
    rows += run_user_benches(args.build)
    # The page allocator's figures on a big machine too: they must not grow. Not at 16M, where
    # all memory is ZONE_DMA and its per-CPU list holds nothing (2.6.32's zone_batchsize).
    for mem in ("3500M",):
        rows += [r for r in run_kernel_benches(args.build, mem=mem, filt=args.filter,
                                               kernel=args.kernel)
                 if r["name"].startswith("page_")]
    print("%-36s %6s %12s %16s" % ("benchmark", "-m", "ops", "instructions/op"))
    for r in rows:
        print("%-36s %6s %12d %16d" % (r["name"], r["mem"], r["ops"], r["per_op"]))
    for label, t in boot_wall_times(args.build).items():
        print("%-36s %12s %13.0f ms" % ("wall: qemu start to banner (%s)" % label, "median/5",
                                        t * 1000))
        rows.append(dict(name="wall_to_banner_" + label, per_op=round(t * 1000), unit="ms",
                         where="wall clock, median of 5, no icount"))
    if os.path.exists(os.path.join(args.build, "userland.cpio")):
        for r in boot_to_prompt(args.build):
            print("%-36s %12d insns %9d ms" % (r["name"], r.get("insns", 0), r["wall_ms"]))
            rows.append(r)
    size = os.path.getsize(os.path.join(args.build, "kernel.elf"))
    print("%-36s %29d bytes" % ("kernel.elf size", size))
    rows.append(dict(name="kernel_elf_bytes", per_op=size, unit="bytes"))
    host, text = host_callgrind(args.build)
    print(text.rstrip())
    rows += host
    doc = os.path.join(os.path.dirname(os.path.dirname(HERE)), "docs", "performance.md")
    write_performance_md(doc, rows)
    print("bench: wrote %s" % doc)
    with open(os.path.join(args.build, "bench.json"), "w") as f:
        json.dump(rows, f, indent=1)
    print("bench: wrote %s" % os.path.join(args.build, "bench.json"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
