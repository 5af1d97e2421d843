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
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import qemu  # noqa: E402

LINE_RE = re.compile(r"# bench: (\S+) ops=(\d+) total=(\d+) per_op=(\d+)")


def run_kernel_benches(build, mem="128M", filt="all", append=""):
    res = qemu.boot(kernel=os.path.join(build, "kernel.elf"), mem=mem,
                    append=("bench=%s panic=-1 %s" % (filt, append)).strip(), timeout=300)
    rows = [dict(name=m.group(1), ops=int(m.group(2)), total=int(m.group(3)),
                 per_op=int(m.group(4)), where="qemu -icount shift=0", mem=mem)
            for m in LINE_RE.finditer(res.output)]
    if res.status != qemu.EXIT_PASS or not rows:
        sys.stderr.write("bench: the benchmark boot failed\n%s\n" % res.tail())
        sys.exit(1)
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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--filter", default="all")
    args = ap.parse_args()
    rows = run_kernel_benches(args.build, filt=args.filter)
    # The page allocator's figures on a small and a big machine: they must not grow.
    for mem in ("16M", "3500M"):
        rows += [r for r in run_kernel_benches(args.build, mem=mem, filt=args.filter)
                 if r["name"].startswith("page_")]
    print("%-36s %6s %12s %16s" % ("benchmark", "-m", "ops", "instructions/op"))
    for r in rows:
        print("%-36s %6s %12d %16d" % (r["name"], r["mem"], r["ops"], r["per_op"]))
    for label, t in boot_wall_times(args.build).items():
        print("%-36s %12s %13.0f ms" % ("wall: qemu start to banner (%s)" % label, "median/5",
                                        t * 1000))
        rows.append(dict(name="wall_to_banner_" + label, per_op=round(t * 1000), unit="ms",
                         where="wall clock, median of 5, no icount"))
    size = os.path.getsize(os.path.join(args.build, "kernel.elf"))
    print("%-36s %29d bytes" % ("kernel.elf size", size))
    rows.append(dict(name="kernel_elf_bytes", per_op=size, unit="bytes"))
    with open(os.path.join(args.build, "bench.json"), "w") as f:
        json.dump(rows, f, indent=1)
    print("bench: wrote %s" % os.path.join(args.build, "bench.json"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
