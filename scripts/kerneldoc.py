#!/usr/bin/env python3
"""kerneldoc.py - check that every non-static function has its kernel-doc comment.

For each function defined at file scope without `static` in the kernel's
C files, and each struct or union defined in a header under include/,
the comment right above it must be a kernel-doc block:

    /**
     * name - one-line summary
     * @param: one line per parameter, named exactly as in the definition
     * ...
     */

Reports every function whose comment is missing, names another
function, or whose @lines do not match the parameters. Exits 1 if any.

    scripts/kerneldoc.py [--stats] [files...]   (default: every .c under
    boot kernel mm drivers lib ipc)
"""
import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIRS = ["arch", "boot", "init", "kernel", "mm", "drivers", "lib", "fs", "ipc", "net"]

# A definition: at column 0, not static, ends with ")" and the next line is "{".
DEF_RE = re.compile(r"^(?!static\b)(?!typedef\b)(?!extern\b)(?![#\s/*{}])"
                    r"[A-Za-z_][\w\s\*]*?\b(\w+)\s*\(([^;{]*)\)\s*$")


def params_of(arglist):
    arglist = " ".join(arglist.split())
    if arglist in ("", "void"):
        return []
    names, parts, depth, cur = [], [], 0, ""
    for ch in arglist:  # split on the commas outside parentheses
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    for a in parts:
        a = a.strip()
        if a == "...":
            continue
        m = re.search(r"\(\s*\*\s*(\w+)\s*\)", a)  # function pointer
        if m:
            names.append(m.group(1))
            continue
        m = re.search(r"(\w+)\s*(\[[^\]]*\])?$", a)
        if m:
            names.append(m.group(1))
    return names


def doc_block_above(lines, i):
    """The kernel-doc block ending right above line i (skipping blank lines), or None."""
    j = i - 1
    while j >= 0 and lines[j].strip() == "":
        j -= 1
    if j < 0 or lines[j].strip() != "*/":
        return None
    end = j
    while j >= 0 and not lines[j].lstrip().startswith("/*"):
        j -= 1
    if j < 0 or lines[j].strip() != "/**":
        return None
    return lines[j:end + 1]


def source_files():
    """Every .c file of the kernel proper, sorted."""
    return [os.path.join(dp, f) for d in DIRS
            for dp, _, fs in sorted(os.walk(os.path.join(ROOT, d))) for f in sorted(fs)
            if f.endswith(".c")]


def parse_block(block):
    """A kernel-doc block as {summary, params: [(name, text)], body}."""
    lines = [re.sub(r"^\s*\*\s?", "", l) for l in block[1:-1]]
    head = lines[0] if lines else ""
    summary = head.split(" - ", 1)[1] if " - " in head else head
    params, body = [], []
    for l in lines[1:]:
        m = re.match(r"^@(\w+|\.\.\.):\s*(.*)$", l)
        if m:
            params.append([m.group(1), m.group(2)])
        elif params and not body and l.startswith(" ") and l.strip():
            params[-1][1] += " " + l.strip()
        else:
            body.append(l)
    return dict(summary=summary, params=[tuple(p) for p in params],
                body="\n".join(body).strip())


def definitions(path):
    """Yield (line index, name, args, lines) for each non-static function definition."""
    with open(path) as f:
        lines = f.read().split("\n")
    for i, line in enumerate(lines):
        text = line
        k = i
        while text.count("(") > text.count(")") and k + 1 < len(lines) and k - i < 6:
            k += 1
            text += " " + lines[k].strip()
        m = DEF_RE.match(text)
        if not m or k + 1 >= len(lines) or lines[k + 1].strip() != "{":
            continue
        if m.group(1) in ("if", "while", "for", "switch", "return", "sizeof"):
            continue
        yield i, m.group(1), m.group(2), lines


def extract(path):
    """The documented functions of a file, for the API reference."""
    out = []
    for i, name, args, lines in definitions(path):
        block = doc_block_above(lines, i)
        if block:
            d = parse_block(block)
            d.update(name=name, line=i + 1)
            out.append(d)
    return out


def check_file(path):
    problems, count = [], 0
    for i, name, args, lines in definitions(path):
        count += 1
        where = "%s:%d: %s()" % (os.path.relpath(path, ROOT), i + 1, name)
        block = doc_block_above(lines, i)
        if not block:
            problems.append(where + ": no kernel-doc comment")
            continue
        head = block[1].strip() if len(block) > 1 else ""
        if not re.match(r"\*\s+%s\s+-\s+\S" % re.escape(name), head):
            problems.append(where + ": kernel-doc must start ' * %s - summary'" % name)
            continue
        documented = re.findall(r"^\s*\*\s+@(\w+|\.\.\.):", "\n".join(block), re.M)
        want = params_of(args)
        if [d for d in documented if d != "..."] != want:
            problems.append(where + ": @params %s do not match the parameters %s"
                            % (documented, want))
    return problems, count


STRUCT_RE = re.compile(r"^(?:typedef )?(struct|union) ?(\w*) \{")


def check_header(path):
    """Every struct or union defined at file scope in a header has its kernel-doc."""
    problems, count = [], 0
    with open(path) as f:
        lines = f.read().split("\n")
    for i, line in enumerate(lines):
        m = STRUCT_RE.match(line)
        if not m:
            continue
        count += 1
        name = m.group(2)
        if not name:  # typedef struct { ... } name_t;
            k = i
            while k < len(lines) and not re.match(r"^\}", lines[k]):
                k += 1
            tm = re.match(r"^\} *(\w+);", lines[k]) if k < len(lines) else None
            name = tm.group(1) if tm else "?"
        where = "%s:%d: %s %s" % (os.path.relpath(path, ROOT), i + 1, m.group(1), name)
        block = doc_block_above(lines, i)
        head = block[1].strip() if block and len(block) > 1 else ""
        if not block:
            problems.append(where + ": no kernel-doc comment")
        elif not re.match(r"\*\s+(?:(?:struct|union)\s+)?%s\s+-\s+\S" % re.escape(name), head):
            problems.append(where + ": kernel-doc must start ' * %s %s - summary'"
                            % (m.group(1), name))
    return problems, count


def check_opening_comment(path):
    """A source file opens with its concept comment: at least three lines."""
    with open(path, errors="replace") as f:
        head = f.read(4000).split("\n")
    if path.endswith(".asm"):
        n = next((i for i, l in enumerate(head) if not l.startswith(";")), len(head))
    elif head and head[0].startswith("/*"):
        n = next((i + 1 for i, l in enumerate(head) if "*/" in l), 0)
    else:
        n = 0
    if n < 3:
        return ["%s: does not open with a comment saying what it is" % os.path.relpath(path, ROOT)]
    return []


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    files = args or source_files()
    problems, total = [], 0
    for path in files:
        p, n = check_header(path) if path.endswith(".h") else check_file(path)
        problems += p
        total += n
    if not args:
        headers = glob.glob(os.path.join(ROOT, "include", "**", "*.h"), recursive=True)
        headers += glob.glob(os.path.join(ROOT, "arch", "x86", "include", "**", "*.h"), recursive=True)
        for path in sorted(headers):
            p, n = check_header(path)
            problems += p
            total += n
        sources = [os.path.join(dp, f) for d in DIRS + ["include", "tests/kernel", "tests/bench", "tests/soak"]
                   for dp, _, fs in os.walk(os.path.join(ROOT, d)) for f in fs
                   if f.endswith((".c", ".h", ".asm"))]
        for path in sorted(set(sources)):
            problems += check_opening_comment(path)
    else:
        for path in files:
            problems += check_opening_comment(path)
    for p in problems:
        print("kernel-doc: " + p)
    documented = total - len(problems)
    if "--stats" in sys.argv or problems:
        pct = 100.0 * documented / total if total else 100.0
        print("kernel-doc: %d of %d non-static functions and public structs documented (%.1f%%)"
              % (documented, total, pct))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
