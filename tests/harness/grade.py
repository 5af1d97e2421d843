#!/usr/bin/env python3
"""grade.py - `make grade LAB=N`: boot the kernel and score a lab.

Each lab (docs/labs/labN-*.md) is graded by KUnit cases: the kernel is
booted once with ktest= naming them (and the labs' initramfs, whose
/linnet_info lab 7's cases run), every case that passes scores its
points, and the last line says `Score: N/M`. The exit status is 0 only
at full marks. A kernel that oopses, hangs or reboots scores the cases
that passed before it did (the rest count as failed, never as skipped).

    python3 tests/harness/grade.py [--build DIR] N
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import ktap  # noqa: E402
import qemu  # noqa: E402

# lab number: (short name, handout, ktest= to boot with, the graded cases as suite.case)
LABS = {
    1: ("dmapool", "docs/labs/lab1-dmapool.md", "dmapool", [
        "dmapool.dmapool_distinct_aligned_test",
        "dmapool.dmapool_handle_is_physical_test",
        "dmapool.dmapool_boundary_test",
        "dmapool.dmapool_reuse_test",
        "dmapool.dmapool_many_pages_test",
        "dmapool.dmapool_destroy_frees_pages_test"]),
    2: ("jit", "docs/labs/lab2-timer-tasklet.md", "jit", [
        "jit.jit_timer_fires_loops_test",
        "jit.jit_timer_spacing_test",
        "jit.jit_timer_context_test",
        "jit.jit_tasklet_after_timers_test",
        "jit.jit_stop_test"]),
    3: ("wait1", "docs/labs/lab3-wait1-poll.md", "wait1", [
        "wait1.wait1_poll_empty_test",
        "wait1.wait1_poll_data_test",
        "wait1.wait1_poll_full_test",
        "wait1.wait1_poll_registers_test",
        "wait1.wait1_exclusive_fifo_test"]),
    4: ("nice", "docs/labs/lab4-cfs-nice.md", "sched_nice,sched_cfs.cfs_nice_0_vs_5_share_test", [
        "sched_nice.nice_weights_test",
        "sched_nice.nice_inverse_weights_test",
        "sched_nice.nice_renice_test",
        "sched_cfs.cfs_nice_0_vs_5_share_test"]),
    5: ("proc-misc", "docs/labs/lab5-seq-file.md", "proc_misc", [
        "proc_misc.proc_misc_lists_all_test",
        "proc_misc.proc_misc_new_device_test",
        "proc_misc.proc_misc_small_reads_test",
        "proc_misc.proc_misc_lseek_test",
        "proc_misc.proc_misc_unlocked_test"]),
    6: ("scull", "docs/labs/lab6-module-chardev.md", "scull", [
        "scull.scull_load_test",
        "scull.scull_write_read_test",
        "scull.scull_two_devices_test",
        "scull.scull_unload_test",
        "scull.scull_reload_test"]),
    7: ("syscall", "docs/labs/lab7-syscall.md", "linnet_info", [
        "linnet_info.linnet_info_table_test",
        "linnet_info.linnet_info_fills_test",
        "linnet_info.linnet_info_flags_test",
        "linnet_info.linnet_info_efault_test",
        "linnet_info.linnet_info_einval_test"]),
}


def initrd(build):
    """The labs boot the labs' initramfs: lab 7's grader runs /linnet_info from it
    (tests/kernel/linnet_info_test.c); the other labs do not mind which one they get."""
    return os.path.join(build, "lab-initramfs.cpio.gz")


def score(output, cases):
    """{suite.case: passed} for @cases from a boot's console @output."""
    root = ktap.parse(output)
    got = {}
    for suite in root.subtests:
        for case in suite.subtests:
            got["%s.%s" % (suite.name, case.name)] = case.status == "ok"
    return {c: got.get(c, False) for c in cases}


def grade(build, lab, timeout=120, quiet=False):
    """Boot @build's kernel for @lab; print the cases and the score; return (n, m)."""
    name, handout, ktest, cases = LABS[lab]
    res = qemu.boot(kernel=os.path.join(build, "kernel.elf"),
                    append=qemu.test_cmdline("ktest=%s panic=-1" % ktest), timeout=timeout,
                    initrd=initrd(build))
    marks = score(res.output, cases)
    if not quiet:
        print("Lab %d (%s), graded as %s says:" % (lab, name, handout))
        for c in cases:
            print("  %-4s %s" % ("ok" if marks[c] else "FAIL", c))
        if res.timed_out:
            print("  (the kernel hung: no exit after %.0f s)" % res.wall)
        elif res.status not in (qemu.EXIT_PASS, qemu.EXIT_FAIL):
            print("  (the kernel died: QEMU status %d; see the console with -v)" % res.status)
    n = sum(marks.values())
    return n, len(cases), res


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default="build")
    ap.add_argument("-v", action="store_true", help="print the console too")
    ap.add_argument("lab", type=int, choices=sorted(LABS))
    args = ap.parse_args()
    n, m, res = grade(args.build, args.lab)
    if args.v or n < m:
        print("--- console (last lines) ---")
        print(res.tail(40 if not args.v else 100000))
    print("Score: %d/%d" % (n, m))
    return 0 if n == m else 1


if __name__ == "__main__":
    sys.exit(main())
