#!/usr/bin/env python3
"""docrefs.py - check that the docs' references to the code are true.

The docs/ chapters point into the source as `path/file.c:function` (or
`boot/head.asm:_start`, or a plain `path/file.h`). This checker reads every
Markdown file under docs/ (and README.md) and fails when a referenced file
does not exist or does not define the named function, macro, label or
variable. So a renamed function cannot leave a chapter silently wrong.
A report quoted in a chapter names a line (`BUG at kernel/panic.c:141!`,
`invalid context at mm/slab.h:141`): each such path/file.c:LINE must be a
line of that file that reports (WARN, BUG, might_sleep, a KUnit
expectation...), so a line number left behind when the code moved fails too.
It also checks that every chapter (a guided tour) has a "Try it" box and
an Exercises section.

    scripts/docrefs.py [files...]     exit 1 if any reference is broken
"""
import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC_EXT = r"(?:c|h|asm|S|py|ld|sh|gdb)"
REF_RE = re.compile(r"`((?:[\w.-]+/)*[\w.-]+\.%s)(?::(\w+))?`" % SRC_EXT)


def defines(path, name):
    """Does the file at @path define @name (function, macro, label, variable, python def)?"""
    with open(path, errors="replace") as f:
        text = f.read()
    pats = [
        r"^[A-Za-z_][\w \t\*]*\b%s\s*\(" % name,       # C function definition or prototype
        r"^#define\s+%s\b" % name,                       # macro
        r"^%s:" % name,                                  # assembly label
        r"^\s*(?:global\s+)?%s\b" % name,                # nasm global / label line
        r"^[\w \t\*]*\b%s\b\s*(?:\[[^\]]*\])*\s*(?:=|;|__)" % name,  # variable
        r"^(?:struct|union|enum)\s+%s\b" % name,         # type
        r"^\s*def\s+%s\b" % name,                        # python
        r"^%s\s*[:=(]" % name,                           # make / shell / linker symbol
    ]
    return any(re.search(p, text, re.M) for p in pats)


LINE_RE = re.compile(r"(?<![\w/.])((?:[\w.-]+/)+[\w.-]+\.(?:c|h)):(\d+)\b")
REPORTS = re.compile(r"\b(?:WARN\w*|BUG\w*|might_sleep\w*|KUNIT_\w+|panic|dump_stack)\b")


def check_line(path, number):
    """'' if line @number of @path is a line that reports, else what is wrong."""
    with open(path, errors="replace") as f:
        lines = f.read().split("\n")
    if number > len(lines):
        return "the file has %d lines" % len(lines)
    if not REPORTS.search(lines[number - 1]):
        return "line %d is %r, not a WARN, BUG or might_sleep" % (number, lines[number - 1].strip())
    return ""


def check(paths):
    problems = []
    count = 0
    for doc in paths:
        with open(doc) as f:
            lines = f.read().split("\n")
        for n, line in enumerate(lines, 1):
            for m in REF_RE.finditer(line):
                rel, name = m.group(1), m.group(2)
                count += 1
                where = "%s:%d: `%s`" % (os.path.relpath(doc, ROOT), n, m.group(0).strip("`"))
                path = os.path.join(ROOT, rel)
                if not os.path.isfile(path):
                    problems.append(where + ": no such file")
                elif name and not defines(path, name):
                    problems.append(where + ": %s does not define %s" % (rel, name))
            for m in LINE_RE.finditer(line):
                count += 1
                where = "%s:%d: %s" % (os.path.relpath(doc, ROOT), n, m.group(0))
                path = os.path.join(ROOT, m.group(1))
                if not os.path.isfile(path):
                    problems.append(where + ": no such file")
                    continue
                bad = check_line(path, int(m.group(2)))
                if bad:
                    problems.append(where + ": " + bad)
    return problems, count


# Chapters that are guided tours must let the reader try things and practise.
NOT_TOURS = ("README.md", "performance.md")


def check_chapter_shape(paths):
    problems = []
    for doc in paths:
        name = os.path.basename(doc)
        if os.path.dirname(doc) != os.path.join(ROOT, "docs") or name in NOT_TOURS:
            continue
        with open(doc) as f:
            text = f.read()
        if not re.search(r"try it", text, re.I):
            problems.append("%s: no \"Try it\" box" % os.path.relpath(doc, ROOT))
        if not re.search(r"^#+ .*exercises", text, re.I | re.M):
            problems.append("%s: no Exercises section" % os.path.relpath(doc, ROOT))
    return problems


def main():
    paths = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, "docs", "**", "*.md"),
                                             recursive=True)) + [os.path.join(ROOT, "README.md")]
    problems, count = check(paths)
    problems += check_chapter_shape(paths)
    for p in problems:
        print("docrefs: " + p)
    print("docrefs: %d references checked, %d broken" % (count, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
