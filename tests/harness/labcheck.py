#!/usr/bin/env python3
"""labcheck.py - prove every lab gradeable: the shipped tree scores full
marks, each skeleton scores less (`make check-labs`; `make test` runs it
through the `labs` check of checks.py).

The reference solutions are graded in one boot of the tree's own kernel
(every lab's suites at once). Each skeleton is made in a temporary copy
of the tree (never in place), whose build directory starts as a copy of
the tree's, so `make` there recompiles only the files `make lab-N`
rewrote; then the copy's kernel is graded as `make grade LAB=N` would.

    python3 tests/harness/labcheck.py [--build DIR] [--labs 1,3] [-j N]
"""
import argparse
import concurrent.futures
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

import grade  # noqa: E402
import qemu  # noqa: E402

# build/ subfolders that are other builds or outputs, not the kernel's
# (make build/kernel.elf in a copy needs none of them: the user programs,
# the modules' trees and the images stay behind, ~130 MB not copied)
OTHER_BUILDS = {"html", "html-screenshots", "hz1000", "ubsan", "kasan", "sanitize", "upstream", "test-iso",
                "iso", "host", "host-mm", "host-slab", "fuzz", "cc", "debug", "bench", "labs",
                "lab-skeletons", "linnet.iso", "libfuzz", "oracle", "user", "modules", "modroot",
                "modular", "user-initramfs.cpio", "user-initramfs.cpio.gz", "userland.cpio"}


def _all_labs(build, label, full):
    """One boot with every lab's suites: [(name, ok, detail)], one per lab; @full: must
    each score full marks (the reference), or less (the skeletons)."""
    suites = ",".join(grade.LABS[n][2] for n in sorted(grade.LABS))
    res = qemu.boot(kernel=os.path.join(build, "kernel.elf"),
                    append=qemu.test_cmdline("ktest=%s panic=-1" % suites), timeout=180,
                    initrd=grade.initrd(build))
    out = []
    for n in sorted(grade.LABS):
        name, _, _, cases = grade.LABS[n]
        marks = grade.score(res.output, cases)
        got = sum(marks.values())
        detail = "Score: %d/%d" % (got, len(cases))
        if full and got < len(cases):
            detail += "\nfailed: %s\n%s" % ([c for c, ok in marks.items() if not ok], res.tail(30))
        ok = got == len(cases) if full else got < len(cases)
        out.append(("labs/lab%d-%s-%s" % (n, name, label), ok, detail))
    return out


def reference(build):
    """The shipped tree: every lab full marks, in one boot."""
    return _all_labs(build, "reference-full-marks", True)


def skeletons_together(build):
    """All the skeletons at once in one temporary copy: one build, one boot, each lab
    scores less. (Cheaper than skeleton() per lab, for make test; a lab whose skeleton
    another lab's stub made fail would slip through here, not in make check-labs.)"""
    tmp = tempfile.mkdtemp(prefix="linnet-labs-")
    t0 = time.monotonic()
    try:
        tree = os.path.join(tmp, "linnet")
        copy_tree(build, tree)
        for lab in sorted(grade.LABS):
            p = subprocess.run([sys.executable, "scripts/lab.py", "skeleton", str(lab)], cwd=tree,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            if p.returncode != 0:
                return [("labs/skeletons-together", False, "make lab-%d failed:\n%s" % (lab, p.stdout))]
        # kernel.elf is what is graded (lab 6's scull is linked into it from
        # tests/modules): `all` would also rebuild every sample module and
        # the test programs' initramfs, since the kernel's exports file changes
        p = subprocess.run(["make", "-s", "-j2", "BUILD=build", "build/kernel.elf"], cwd=tree,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if p.returncode != 0:
            return [("labs/skeletons-together", False, "the skeletons do not build:\n%s" % p.stdout[-3000:])]
        out = _all_labs(os.path.join(tree, "build"), "skeleton-scores-less", False)
        return out + [("labs/skeletons-together-time", True, "%.0f s" % (time.monotonic() - t0))]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def copy_tree(build, dest):
    """The sources of the tree and its kernel build, timestamps kept."""
    def ignore(d, names):
        if os.path.abspath(d) == ROOT:
            return [n for n in names if n == ".git" or n.startswith("build")]
        return [n for n in names if n.endswith(".lab-tmp")]
    shutil.copytree(ROOT, dest, ignore=ignore, symlinks=True)
    src_build = os.path.abspath(build)
    shutil.copytree(src_build, os.path.join(dest, "build"), symlinks=True,
                    ignore=lambda d, names: [n for n in names if d == src_build and n in OTHER_BUILDS])


def skeleton(build, lab, keep=False):
    """Make lab @lab's skeleton in a copy, build and grade it: (name, ok, detail)."""
    name = grade.LABS[lab][0]
    label = "labs/lab%d-%s-skeleton-scores-less" % (lab, name)
    tmp = tempfile.mkdtemp(prefix="linnet-lab%d-" % lab)
    t0 = time.monotonic()
    try:
        tree = os.path.join(tmp, "linnet")
        copy_tree(build, tree)
        p = subprocess.run([sys.executable, "scripts/lab.py", "skeleton", str(lab)], cwd=tree,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if p.returncode != 0:
            return (label, False, "make lab-%d failed:\n%s" % (lab, p.stdout))
        p = subprocess.run(["make", "-s", "-j2", "BUILD=build", "all"], cwd=tree,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if p.returncode != 0:
            return (label, False, "the skeleton does not build:\n%s" % p.stdout[-3000:])
        t1 = time.monotonic()
        n, m, res = grade.grade(os.path.join(tree, "build"), lab, quiet=True)
        return (label, n < m, "skeleton Score: %d/%d (copy+build %.0f s, grade %.0f s)" % (
            n, m, t1 - t0, time.monotonic() - t1))
    finally:
        if not keep:
            shutil.rmtree(tmp, ignore_errors=True)


def skeletons(build, labs, jobs=1):
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(lambda n: skeleton(build, n), labs))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default="build")
    ap.add_argument("--labs", default=",".join(str(n) for n in sorted(grade.LABS)))
    ap.add_argument("-j", type=int, default=1)
    args = ap.parse_args()
    t0 = time.monotonic()
    labs = [int(x) for x in args.labs.split(",")]
    results = [r for r in reference(args.build) if int(r[0].split("/lab")[1].split("-")[0]) in labs]
    results += skeletons(args.build, labs, args.j)
    failed = 0
    for name, ok, detail in results:
        print("%-6s %s" % ("ok" if ok else "FAIL", name))
        print("\n".join("       " + l for l in detail.rstrip().split("\n")))
        failed += not ok
    print("labcheck: %.1f s, %d passed, %d failed" % (time.monotonic() - t0, len(results) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
