#!/usr/bin/env python3
"""run.py - Linnet's test harness: boots kernels under QEMU and checks them.

Each check boots the kernel (in parallel, one QEMU per core) with a
command line asking for some KUnit suites or some behaviour, reads the
serial console, and turns it into results: one per KUnit suite, plus the
harness's own checks (the GRUB boot, GDB, the memory map, and the
harness's self-tests: a hang, a triple fault, a failing test, an oops
and a missing result must each be caught). It prints a line per result
and closes with "N passed, N failed"; the exit status is non-zero if
anything failed.

    python3 tests/harness/run.py                 # everything
    python3 tests/harness/run.py -k grub         # the checks whose name has "grub"
    python3 tests/harness/run.py --append "ktest=list" [--mem 16M]  # one boot
"""
import argparse
import concurrent.futures
import json
import os
import resource
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import checks  # noqa: E402
import qemu  # noqa: E402
import verdict  # noqa: E402


def run_one_boot(args):
    res = qemu.boot(kernel=os.path.join(args.build, "kernel.elf"),
                    append=qemu.test_cmdline(args.append), mem=args.mem, icount=not args.no_icount, timeout=args.timeout)
    if args.v:  # the whole console: what the docs' "-v" promises (a passing suite has no detail)
        print(res.output.rstrip("\n"))
    return verdict.ktest_results(res, "boot")


# What each check cost in wall seconds on 2 quiet cores with make test's
# builds done (the harness's own "slowest checks" list), for a first run
# with no record yet (a clean clone); a check not named here is taken to
# be short. The scheduler starts the longest first, so that the run does
# not end waiting on one long check started late.
ESTIMATES = {
    "ubsan_kasan_kernel": 55, "soak_30s": 31, "sysfuzz_15s": 25, "fault_injection": 28,
    "userland_shell": 26,
    "ubsan_kasan_demos": 25, "keyboard_typing": 22, "upstream_kunit": 20, "serial_flood": 18,
    "ktest_all": 17, "htmldocs_site": 15, "gdb_unwinder": 12, "labs_skeletons": 10,
    "tryit_memory": 9, "grub_iso": 9, "gdb_matches_shell": 8, "mm_zones": 8, "slab_suites": 8,
    "user_programs": 8, "initramfs_1000": 8, "htmldocs_outside_git": 6, "module_samples": 5,
    "module_syscalls": 5, "selftest_hang": 5, "command_line": 5, "highres_off": 4, "hz1000": 4,
}
# Checks that mostly wait, measured at under a fifth of a core over their
# wall time: keys typed through QMP, each burst paced by the guest's echo;
# a hang left to its timeout.
# They run in a lane of their own beside the -j lanes, so that their
# waiting overlaps the CPU-bound boots instead of holding a core.
# (not the GDB checks: a breakpoint's wait failed once in this lane beside two boots)
LIGHT = {"keyboard_typing", "selftest_hang", "tryit_memory", "shell_ctrl_c"}
TIMES_FILE = "harness-times.json"


def unique(todo):
    """The checks of @todo, each once (a merge may list one twice), in order."""
    seen, out = set(), []
    for c in todo:
        if c.__name__ not in seen:
            seen.add(c.__name__)
            out.append(c)
    return out


def load_times(build):
    """{check: wall seconds} from the last run's record, else the estimates."""
    times = dict(ESTIMATES)
    try:
        with open(os.path.join(build, TIMES_FILE)) as f:
            times.update(json.load(f))
    except (OSError, ValueError):
        pass
    return times


def save_times(build, walls):
    times = load_times(build)
    times.update({name: round(wall, 1) for name, (_, wall) in walls.items()})
    try:
        with open(os.path.join(build, TIMES_FILE), "w") as f:
            json.dump(times, f, indent=0, sort_keys=True)
    except OSError:
        pass


def longest_first(todo, times):
    return sorted(todo, key=lambda c: -times.get(c.__name__, 8.0 if c.__name__.startswith("tryit_") else 5.0))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default="build", help="the build directory (kernel.elf)")
    ap.add_argument("-k", dest="keyword", help="run only the checks whose name contains this")
    ap.add_argument("--append", help="boot once with this command line and check its KTAP")
    ap.add_argument("--mem", default="128M")
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--no-icount", action="store_true")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2,
                    help="boots in parallel (and, above 1, one lane more for the LIGHT checks)")
    ap.add_argument("-v", action="store_true",
                    help="show details of passing results too (with --append: the console)")
    ap.add_argument("--times", type=int, default=12, metavar="N",
                    help="list the N slowest checks with their wall time (0: none)")
    args = ap.parse_args()

    start = time.monotonic()
    if args.append is not None:
        results = run_one_boot(args)
    else:
        ctx = checks.Context(args.build)
        todo = longest_first(unique(c for c in checks.ALL if not args.keyword or args.keyword in c.__name__),
                             load_times(args.build))
        results = []
        walls = {}

        def timed(c):
            t0 = time.monotonic()
            try:
                return c(ctx)
            finally:
                walls[c.__name__] = (t0 - start, time.monotonic() - t0)

        light = [c for c in todo if c.__name__ in LIGHT] if args.j > 1 else []
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.j) as pool, \
                concurrent.futures.ThreadPoolExecutor(max_workers=1) as lane:
            futures = {(lane if c in light else pool).submit(timed, c): c for c in todo}
            for fut in concurrent.futures.as_completed(futures):
                try:
                    results += fut.result()
                except Exception as e:  # a broken check must fail loudly, not vanish
                    results.append((futures[fut].__name__, False, "harness error: %r" % e))
        save_times(args.build, walls)
    results.sort(key=lambda r: r[0])
    passed = failed = 0
    for name, ok, detail in results:
        print("%-6s %s" % ("ok" if ok else "FAIL", name))
        if detail and (not ok or args.v):
            print("\n".join("       " + l for l in detail.rstrip().split("\n")))
        passed += ok
        failed += not ok
    if args.append is None and args.times:
        slow = sorted(walls.items(), key=lambda kv: -kv[1][1])[:args.times]
        print("slowest checks (wall s, started at s):")
        for name, (began, wall) in slow:
            print("  %6.1f  %6.1f  %s" % (wall, began, name))
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    print("harness: %.1f s (QEMU, builds and tools: %.0f s of CPU)" % (
        time.monotonic() - start, cpu.ru_utime + cpu.ru_stime))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed or not results else 0


if __name__ == "__main__":
    sys.exit(main())
