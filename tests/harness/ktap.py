"""ktap.py - a parser for KTAP version 1, as Linux's KUnit prints it.

KTAP is TAP with nesting: a test with subtests prints a whole indented
KTAP block (version line, plan, results) and then its own result line.

    KTAP version 1
    1..1
        KTAP version 1
        # Subtest: list
        1..2
        ok 1 list_add_test
        not ok 2 list_del_test
    # list: pass:1 fail:1 skip:0 total:2
    not ok 1 list

Like kunit_parser.py, parsing starts at the first "KTAP version" line,
and the width of whatever precedes it there (printk's timestamp) is cut
from every later line. Anything wrong is recorded as an error on the test
where it happened: a plan that does not match the results, a result
number out of order, a result line missing (the kernel died or hung), a
line that is neither KTAP nor a diagnostic inside a block's plan.
"""
import re

VERSION_RE = re.compile(r"^(?:KTAP|TAP) version (\d+)\s*$")
PLAN_RE = re.compile(r"^1\.\.(\d+)\s*$")
RESULT_RE = re.compile(r"^(ok|not ok) (\d+)(?: - | )?([^#]*?)\s*(?:# (.*))?$")
SUBTEST_RE = re.compile(r"^# Subtest: (.*)$")


class Test:
    """One test: a case, or a suite whose subtests are cases."""

    def __init__(self, name=""):
        self.name = name
        self.status = "crashed"  # ok, not ok, skip, crashed
        self.subtests = []
        self.expected_count = None
        self.directive = ""
        self.log = []
        self.errors = []

    def all_errors(self):
        errs = list(self.errors)
        for t in self.subtests:
            errs += ["%s: %s" % (t.name, e) for e in t.all_errors()]
        return errs

    def passed(self):
        return self.status in ("ok", "skip") and not self.all_errors()


def _strip_prefix(lines):
    """Find the first version line; cut its prefix width from the rest."""
    for i, line in enumerate(lines):
        m = re.search(r"(?:KTAP|TAP) version \d+", line)
        if m:
            width = m.start()
            return [l[width:] if len(l) >= width else "" for l in lines[i:]]
    return None


def _indent(line):
    return len(line) - len(line.lstrip(" "))


def _ktap_kind(body):
    """'version', 'plan', 'result' or None for a line with its indent removed."""
    if VERSION_RE.match(body):
        return "version"
    if PLAN_RE.match(body):
        return "plan"
    if RESULT_RE.match(body):
        return "result"
    return None


class _Parser:
    """Recursive descent over the lines; each block knows its indent."""

    def __init__(self, lines):
        self.lines = lines
        self.pos = 0

    def peek(self):
        return self.lines[self.pos] if self.pos < len(self.lines) else None

    def parse_block(self, test, indent):
        """A block: version line, optional "# Subtest:", plan, then results.

        Lines that are not KTAP (kernel messages, an oops, a WARN) become
        the test's log wherever they appear; only a KTAP line less
        indented than the block ends it.
        """
        self.pos += 1  # the version line, checked by the caller
        n = 0
        while True:
            line = self.peek()
            if line is None:
                break
            ind, body = _indent(line), line.strip()
            kind = _ktap_kind(body)
            if ind < indent and kind:
                break
            if ind == indent + 4 and kind == "version":
                sub = Test()
                self.parse_block(sub, indent + 4)
                self.read_result(sub, indent, n + 1)
                n += 1
                test.subtests.append(sub)
                continue
            if ind == indent and kind == "result":
                case = Test()
                self.read_result(case, indent, n + 1)
                n += 1
                test.subtests.append(case)
                continue
            m_sub = SUBTEST_RE.match(body)
            if ind == indent and m_sub and not test.name:
                test.name = m_sub.group(1).strip()
            elif ind == indent and kind == "plan":
                if test.expected_count is not None:
                    test.errors.append("a second plan line")
                test.expected_count = int(PLAN_RE.match(body).group(1))
            else:
                test.log.append(line)
            self.pos += 1
        # A parameterised case prints no plan (its count is not known ahead)
        if test.expected_count is not None and test.expected_count != len(test.subtests):
            test.errors.append("plan says %d tests, %d results seen"
                               % (test.expected_count, len(test.subtests)))

    def read_result(self, test, indent, number):
        """Find @test's result line at @indent; diagnostics before it are its log."""
        while True:
            line = self.peek()
            if line is None:
                test.status = "crashed"
                test.errors.append("no result line (the kernel stopped or hung)")
                return
            ind, body = _indent(line), line.strip()
            kind = _ktap_kind(body)
            if ind == indent and kind == "result":
                break
            if ind <= indent and kind:
                test.status = "crashed"
                test.errors.append("no result line")
                return
            test.log.append(line)
            self.pos += 1
        self.pos += 1
        m = RESULT_RE.match(body)
        ok, num = m.group(1), int(m.group(2))
        name, directive = m.group(3).strip(), (m.group(4) or "").strip()
        if num != number:
            test.errors.append("result number %d, expected %d" % (num, number))
        if test.name and name and name != test.name:
            test.errors.append("result names '%s', header said '%s'" % (name, test.name))
        test.name = test.name or name
        test.directive = directive
        if directive.upper().startswith("SKIP"):
            test.status = "skip"
        else:
            test.status = ok
        if test.status == "ok" and any(t.status in ("not ok", "crashed") for t in test.subtests):
            test.errors.append("reported ok, but a subtest failed")


def parse(text):
    """Parse a console log. Returns the top-level Test (its subtests are suites)."""
    root = Test("main")
    lines = _strip_prefix(text.replace("\r", "").split("\n"))
    if lines is None:
        root.errors.append("no KTAP output found")
        root.status = "not ok"
        return root
    p = _Parser(lines)
    p.parse_block(root, 0)
    if root.expected_count is None:
        root.errors.append("missing top-level plan")
    root.status = "ok" if root.subtests and all(t.passed() for t in root.subtests) \
        and not root.errors else "not ok"
    return root
