#!/usr/bin/env python3
"""lab.py - turn the tree into a lab's skeleton (`make lab-N`).

The tree as shipped holds every lab's reference solution, between two
markers in the sources:

        /* LAB 3: BEGIN SOLUTION */
        ... the reference solution ...
        /* LAB 3: END SOLUTION (skeleton: return 0;) */

`lab.py skeleton 3` rewrites, in place, every such region of lab 3 into

        /* LAB 3: your code here */
        return 0;

(the "skeleton:" part, optional, is the code that keeps the skeleton
compiling: a return value, a stub call). A longer skeleton is written
as a comment block, one line of code per comment line after a tab:

        /* LAB 3: END SOLUTION
         * skeleton:
         *	if (wait_event_interruptible(q, cond))
         *		return -ERESTARTSYS;
         */

In an assembly file the markers are NASM comments, and the skeleton is
one line:

        ; LAB 7: BEGIN SOLUTION
        dd sys_linnet_info
        ; LAB 7: END SOLUTION (skeleton: dd ptregs_ni_syscall)

The other labs' solutions stay.
`lab.py list` names the files and regions of each lab. The handouts are
docs/labs/labN-*.md; `make grade LAB=N` scores the result (scripts/grade.py).

    scripts/lab.py skeleton N [--root DIR]
    scripts/lab.py list [--root DIR]
"""
import argparse
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SKIP_DIRS = {".git", "build", "docs"}
EXTS = (".c", ".h", ".asm")
REGION = re.compile(
    r"^(?P<indent>[ \t]*)/\* LAB (?P<lab>\d+): BEGIN SOLUTION \*/\n"
    r"(?P<body>.*?)"
    r"^[ \t]*/\* LAB (?P=lab): END SOLUTION(?: \(skeleton: (?P<skel>[^\n]*?)\) \*/\n"
    r"|\n[ \t]*\* skeleton:\n(?P<block>(?:[ \t]*\*\t[^\n]*\n)+)[ \t]*\*/\n| \*/\n)",
    re.M | re.S)
ASM_REGION = re.compile(
    r"^(?P<indent>[ \t]*); LAB (?P<lab>\d+): BEGIN SOLUTION\n"
    r"(?P<body>.*?)"
    r"^[ \t]*; LAB (?P=lab): END SOLUTION(?: \(skeleton: (?P<skel>[^\n]*?)\))?\n",
    re.M | re.S)


def region_re(path):
    return ASM_REGION if path.endswith(".asm") else REGION


def sources(root):
    for top, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("build"))
        for f in sorted(files):
            if f.endswith(EXTS):
                yield os.path.join(top, f)


def regions(root):
    """(path, lab, line) for every solution region under @root."""
    for path in sources(root):
        with open(path, errors="replace") as f:
            text = f.read()
        for m in region_re(path).finditer(text):
            yield path, int(m.group("lab")), text[:m.start()].count("\n") + 1


def skeleton(root, lab):
    """Rewrite lab @lab's regions under @root; return the files changed."""
    changed = []

    def stub(m):
        if int(m.group("lab")) != lab:
            return m.group(0)
        if m.re is ASM_REGION:
            out = "%s; LAB %d: your code here\n" % (m.group("indent"), lab)
        else:
            out = "%s/* LAB %d: your code here */\n" % (m.group("indent"), lab)
        if m.group("skel"):
            out += "%s%s\n" % (m.group("indent"), m.group("skel"))
        for line in ((m.groupdict().get("block")) or "").splitlines():
            out += "%s%s\n" % (m.group("indent"), line.split("*\t", 1)[1])
        return out

    for path in sources(root):
        with open(path, errors="replace") as f:
            text = f.read()
        if "LAB %d: BEGIN SOLUTION" % lab not in text:
            continue
        new = region_re(path).sub(stub, text)
        # write a new file (never through a hard link into another tree)
        tmp = path + ".lab-tmp"
        with open(tmp, "w") as f:
            f.write(new)
        os.replace(tmp, path)
        changed.append(os.path.relpath(path, root))
    return changed


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cmd", choices=["skeleton", "list"])
    ap.add_argument("lab", nargs="?", type=int)
    ap.add_argument("--root", default=ROOT)
    args = ap.parse_args()
    if args.cmd == "list":
        for path, lab, line in sorted(regions(args.root), key=lambda r: (r[1], r[0], r[2])):
            print("lab %d: %s:%d" % (lab, os.path.relpath(path, args.root), line))
        return 0
    if args.lab is None:
        ap.error("skeleton needs a lab number")
    changed = skeleton(args.root, args.lab)
    if not changed:
        print("lab.py: no solution regions for lab %d (already a skeleton?)" % args.lab)
        return 1
    for c in changed:
        print("  LAB%d   %s" % (args.lab, c))
    print("The tree is now lab %d's skeleton: read docs/labs/lab%d-*.md, then make grade LAB=%d."
          % (args.lab, args.lab, args.lab))
    return 0


if __name__ == "__main__":
    sys.exit(main())
