"""verdict.py - deciding whether a boot passed, and saying why not.

A test boot passes only if all of these hold: QEMU exited by itself
(no timeout: a hang fails), through isa-debug-exit (status 0 means a
triple fault or a reset under -no-reboot), with no oops or panic on the
console, and with a complete KTAP document whose every suite passed and
which agrees with the exit status.
"""
import re

import ktap
import qemu

OOPS_RE = re.compile(r": [0-9a-f]{4} \[#\d+\]|Kernel panic - not syncing|kernel BUG at")


def boot_problems(res):
    """Problems with the boot itself, independent of the KTAP."""
    if res.timed_out:
        return ["timeout after %.0f s: the kernel hung (no exit)" % res.wall]
    if res.status == 0:
        return ["QEMU exited with status 0: a triple fault or a reset (-no-reboot)"]
    if res.status not in (qemu.EXIT_PASS, qemu.EXIT_FAIL):
        return ["QEMU exited with status %d, not through isa-debug-exit" % res.status]
    return []


def oopses(res):
    return [l for l in res.output.split("\n") if OOPS_RE.search(l)]


def ktest_results(res, label):
    """One (name, ok, detail) per suite, plus one for the boot if it went wrong."""
    out = []
    problems = boot_problems(res)
    bad = oopses(res)
    if bad:
        problems.append("oops or panic on the console: %s" % bad[0].strip())
    root = ktap.parse(res.output)
    for suite in root.subtests:
        errs = suite.all_errors()
        ok = suite.status in ("ok", "skip") and not errs
        detail = "; ".join(errs)
        if not ok:
            detail = (detail + "\n" if detail else "") + "\n".join(suite.log[-30:])
        out.append(("%s/%s" % (label, suite.name or "?"), ok, detail))
    problems += root.errors
    all_ok = all(ok for _, ok, _ in out)
    if not problems and res.status == qemu.EXIT_FAIL and all_ok:
        problems.append("the kernel reported failure but every suite passed")
    if not problems and res.status == qemu.EXIT_PASS and not all_ok:
        problems.append("the kernel reported success but a suite failed")
    if problems:
        out.append(("%s/boot" % label, False,
                    "; ".join(problems) + "\n--- last serial lines ---\n" + res.tail()))
    return out
