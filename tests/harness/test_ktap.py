"""test_ktap.py - the KTAP parser's own tests: good, malformed and cut-short input.

Run by the harness as the check selftest/ktap-parser, and on its own with
`python3 tests/harness/test_ktap.py`.
"""
import sys

import ktap

GOOD = """[    0.1] KTAP version 1
[    0.1] 1..2
[    0.1]     KTAP version 1
[    0.1]     # Subtest: alpha
[    0.1]     1..2
[    0.1]     ok 1 a1
[    0.1]     ok 2 a2 # SKIP not today
[    0.1] # alpha: pass:1 fail:0 skip:1 total:2
[    0.1] ok 1 alpha
[    0.1]     KTAP version 1
[    0.1]     # Subtest: beta
[    0.1]     1..1
[    0.1]         KTAP version 1
[    0.1]         # Subtest: b1
[    0.1]         ok 1 param-0
[    0.1]         ok 2 param-1
[    0.1]     ok 1 b1
[    0.1] ok 2 beta
"""


def case_good():
    t = ktap.parse(GOOD)
    names = [s.name for s in t.subtests]
    return t.status == "ok" and names == ["alpha", "beta"] and not t.all_errors() \
        and t.subtests[0].subtests[1].status == "skip" \
        and len(t.subtests[1].subtests[0].subtests) == 2


def case_failing_case_fails_suite():
    t = ktap.parse(GOOD.replace("    ok 1 a1", "    not ok 1 a1").replace("ok 1 alpha", "not ok 1 alpha"))
    return t.status == "not ok" and t.subtests[0].status == "not ok"


def case_ok_suite_with_failed_case_is_caught():
    t = ktap.parse(GOOD.replace("    ok 1 a1", "    not ok 1 a1"))
    return not t.subtests[0].passed()


def case_missing_suite_result():
    text = GOOD.split("[    0.1] ok 2 beta")[0]
    t = ktap.parse(text)
    return t.status == "not ok" and t.subtests[1].status == "crashed"


def case_missing_case_result():
    text = GOOD.replace("[    0.1]     ok 2 a2 # SKIP not today\n", "")
    t = ktap.parse(text)
    return not t.subtests[0].passed() and any("plan says" in e for e in t.subtests[0].errors)


def case_wrong_numbering():
    t = ktap.parse(GOOD.replace("    ok 2 a2", "    ok 3 a2"))
    return not t.subtests[0].passed()


def case_name_mismatch():
    t = ktap.parse(GOOD.replace("ok 1 alpha", "ok 1 gamma"))
    return not t.subtests[0].passed()


def case_no_ktap_at_all():
    t = ktap.parse("Linnet version 0.1\nsome text\n")
    return t.status == "not ok" and t.errors


def case_missing_plan():
    t = ktap.parse(GOOD.replace("[    0.1] 1..2\n", "", 1))
    return t.status == "not ok"


def case_garbage_between_results_is_log():
    text = GOOD.replace("[    0.1]     ok 2 a2", "[    0.1] ------------[ cut here ]------------\n"
                        "[    0.1]  [<c0100000>] foo+0x0/0x10\n[    0.1]     ok 2 a2")
    t = ktap.parse(text)
    return t.status == "ok" and any("cut here" in l for l in t.subtests[0].log)


CASES = [case_good, case_failing_case_fails_suite, case_ok_suite_with_failed_case_is_caught,
         case_missing_suite_result, case_missing_case_result, case_wrong_numbering,
         case_name_mismatch, case_no_ktap_at_all, case_missing_plan,
         case_garbage_between_results_is_log]


def run():
    out = []
    for c in CASES:
        try:
            ok = bool(c())
            detail = ""
        except Exception as e:
            ok, detail = False, repr(e)
        out.append(("selftest/ktap-parser/%s" % c.__name__[5:], ok, detail))
    return out


if __name__ == "__main__":
    res = run()
    for name, ok, detail in res:
        print("%-6s %s %s" % ("ok" if ok else "FAIL", name, detail))
    sys.exit(0 if all(ok for _, ok, _ in res) else 1)
