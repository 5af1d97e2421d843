#!/usr/bin/env python3
"""stepprof.py - where the instructions of one loop iteration go, stepped under QEMU's gdb stub.

Boots a kernel with bench=NAME under -icount, stopped (-S) with the gdb
stub open; gdb stops at the Nth call of a function (--break, --hits) and
then single-steps --steps instructions, logging the program counter. QEMU
steps with interrupts masked, so no tick lands in the trace. The loop's
period is the distance between two visits of the instruction of --anchor
(default: the --break function) visited most often; one period in the
steady state is attributed to functions, by symbol (nm -n: what a call
costs with what was inlined into it) and by innermost inlined function
(addr2line -i). Nothing is sampled: every instruction is counted.

    python3 scripts/stepprof.py --kernel build/bench/kernel.elf \\
        --bench context_switch_pingpong --break pingpong_run --hits 2

The second hit of pingpong_run is the measured run (the first warms up).
A period of the ping-pong is one round trip: two context switches.
See docs/performance.md and docs/sched.md.
"""
import argparse
import bisect
import collections
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests",
                                "harness"))

import qemu  # noqa: E402

GDB_SCRIPT = r'''
import gdb, os
out = open(os.environ["STEPPROF_OUT"], "w")
gdb.execute("set pagination off")
gdb.execute("target remote 127.0.0.1:%s" % os.environ["STEPPROF_PORT"])
gdb.execute("hbreak %s" % os.environ["STEPPROF_BREAK"])
for _ in range(int(os.environ["STEPPROF_HITS"])):
    gdb.execute("continue")
gdb.execute("delete")
for _ in range(int(os.environ["STEPPROF_STEPS"])):
    out.write("%x\n" % (int(gdb.parse_and_eval("$pc")) & 0xffffffff))
    gdb.execute("stepi", to_string=True)
out.close()
gdb.execute("kill")
'''


def trace(kernel, bench, brk, hits, steps):
    """The program counters of @steps instructions from the @hits-th call of @brk."""
    port = qemu.free_port()
    cmd = qemu.qemu_command(kernel=kernel, append="bench=%s panic=-1" % bench, initrd=None,
                            extra=["-gdb", "tcp:127.0.0.1:%d" % port, "-S"])
    vm = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL)
    try:
        time.sleep(1)
        with tempfile.TemporaryDirectory() as tmp:
            script = os.path.join(tmp, "step.py")
            pcs = os.path.join(tmp, "pcs")
            with open(script, "w") as f:
                f.write(GDB_SCRIPT)
            env = dict(os.environ, STEPPROF_OUT=pcs, STEPPROF_PORT=str(port), STEPPROF_BREAK=brk,
                       STEPPROF_HITS=str(hits), STEPPROF_STEPS=str(steps))
            subprocess.run(["gdb", "-q", "-batch", "-x", script, kernel], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            with open(pcs) as f:
                return [int(x, 16) for x in f.read().split()]
    finally:
        vm.kill()
        vm.wait()


def symbols(kernel):
    """(address, name) of every function, sorted."""
    out = subprocess.run(["nm", "-n", kernel], capture_output=True, text=True).stdout
    syms = []
    for line in out.splitlines():
        p = line.split()
        if len(p) == 3 and p[1] in "tTwW":
            syms.append((int(p[0], 16), p[2]))
    return syms


def innermost(kernel, pcs):
    """pc -> the innermost function inlined at it (addr2line -i lists it first)."""
    out = subprocess.run(["addr2line", "-a", "-f", "-i", "-e", kernel] +
                         ["%x" % p for p in sorted(set(pcs))],
                         capture_output=True, text=True).stdout.splitlines()
    names, cur = {}, None
    for line in out:
        if line.startswith("0x"):
            cur = int(line, 16)
        elif cur is not None and cur not in names:
            names[cur] = line
    return names


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kernel", default="build/bench/kernel.elf")
    ap.add_argument("--bench", default="context_switch_pingpong")
    ap.add_argument("--break", dest="brk", default="pingpong_run")
    ap.add_argument("--hits", type=int, default=2)
    ap.add_argument("--steps", type=int, default=6000)
    ap.add_argument("--anchor", help="the function whose hottest instruction marks the period "
                                     "(default: --break)")
    ap.add_argument("--calls", action="store_true", help="also print the sequence of calls")
    args = ap.parse_args()
    pcs = trace(args.kernel, args.bench, args.brk, args.hits, args.steps)
    syms = symbols(args.kernel)
    addrs = [a for a, _ in syms]

    def func(pc):
        i = bisect.bisect_right(addrs, pc) - 1
        return syms[i][1] if i >= 0 else "?"

    anchor = args.anchor or args.brk
    hot = collections.Counter(p for p in pcs if func(p) == anchor)
    if not hot:
        sys.exit("stepprof: %s never ran in %d steps" % (anchor, len(pcs)))
    mark = hot.most_common(1)[0][0]
    at = [i for i, p in enumerate(pcs) if p == mark]
    if len(at) < 3:
        sys.exit("stepprof: fewer than two periods in %d steps: raise --steps" % len(pcs))
    print("periods: %s instructions" % ", ".join(str(b - a) for a, b in zip(at, at[1:])))
    one = pcs[at[-3]:at[-2]]
    print("one period: %d instructions" % len(one))
    inl = innermost(args.kernel, one)
    for title, key in (("by symbol (a call with what was inlined into it)", func),
                       ("by innermost inlined function", lambda p: inl.get(p, func(p)))):
        print("\n%s:" % title)
        for name, n in collections.Counter(key(p) for p in one).most_common():
            print("%6d  %s" % (n, name))
    if args.calls:
        print("\ncalls:")
        last = None
        for p in one:
            if func(p) != last:
                last = func(p)
                print("  %s (%s)" % (last, inl.get(p, "")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
