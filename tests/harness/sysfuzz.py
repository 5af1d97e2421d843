"""sysfuzz.py - boot tests/user/sysfuzz.c as init for a while, then check the kernel.

The fuzzer (tests/user/sysfuzz.c) runs as pid 1 of the test programs'
initramfs for SECONDS of random system calls, prints its totals, and
enters the kernel monitor through /proc/sysrq-trigger. The monitor
answering is itself a result (the kernel is alive, the console usable);
then `validate` runs the page allocator's and the slab caches' own
consistency checks and `ps` lists the tasks left. The boot runs without
-icount (a Console): the run's length is wall time. checks.py's
sysfuzz_15s runs it in `make test`, soak.py for as long as the soak.

    python3 tests/harness/sysfuzz.py --build build --seconds 60 [--seed N]
"""
import argparse
import os
import re
import sys

import console
import userprogs

REPORT = re.compile(r"Oops|\bBUG\b|WARNING|Kernel panic|cut here|general protection fault")


def run(kernel, initrd, seconds, seed, mem="128M", log=None):
    """Fuzz for @seconds with @seed; return [(name, ok, detail)]."""
    append = ("rdinit=/sysfuzz sysfuzz.seed=%d sysfuzz.secs=%d slab_debug loglevel=5 panic=-1"
              % (seed, seconds))
    con = console.Console.__new__(console.Console)
    con.proc = None
    out, ps, validate, err = [], "", "", None
    try:
        con.__init__(kernel, mem=mem, append=append, initrd=initrd, timeout=seconds + 120)
        ps = con.run("ps")
        validate = con.run("validate", timeout=60)
    except (TimeoutError, EOFError, OSError) as e:
        err = str(e)[:300]
    finally:
        text = getattr(con, "log", b"").decode("latin-1").replace("\r", "")
        if con.proc:
            con.close()
    if log:
        log.write(text)
    tail = "\n--- last console lines ---\n" + "\n".join(text.split("\n")[-40:])
    m = re.search(r"^sysfuzz: (\d+) calls in (\d+) batches", text, re.M)
    out.append(("sysfuzz/ran", bool(m) and int(m.group(1)) > 0,
                (m.group(0) if m else "no totals") + ("" if m else tail)))
    reports = [l for l in text.split("\n") if REPORT.search(l)]
    out.append(("sysfuzz/no-oops", not reports, "\n".join(reports[:20])))
    out.append(("sysfuzz/no-unkillable", "sysfuzz: 0 unkillable, 0 kernel reports" in text,
                "" if "0 unkillable" in text else tail))
    out.append(("sysfuzz/all-reaped", "sysfuzz: all reaped: yes" in text and
                not re.search(r"\bfuzz-\d+", ps), ps))
    out.append(("sysfuzz/new-process", "sysfuzz: a new process runs and exits: status 42" in text,
                ""))
    out.append(("sysfuzz/monitor-answers", err is None and " sysfuzz" in ps,
                (err or "") + ps + ("" if err is None else tail)))
    out.append(("sysfuzz/allocators-valid",
                "validate: page allocator 0 broken, slab caches 0 broken" in validate, validate))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default="build")
    ap.add_argument("--seconds", type=int, default=60)
    ap.add_argument("--seed", type=int, default=None, help="default: from the clock, printed")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else int.from_bytes(os.urandom(3), "little")
    print("sysfuzz: %d s, seed %d" % (args.seconds, seed))
    results = run(os.path.join(args.build, "kernel.elf"), userprogs.initrd(args.build),
                  args.seconds, seed, log=sys.stdout)
    bad = 0
    for name, ok, detail in results:
        print("%-6s %s" % ("ok" if ok else "FAIL", name))
        if not ok:
            bad += 1
            print(detail)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
