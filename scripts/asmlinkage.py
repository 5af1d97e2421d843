#!/usr/bin/env python3
"""asmlinkage.py - every system call in the table is asmlinkage.

The kernel is built with -mregparm=3 (i386 Linux's convention: the first
three argument words in registers), but entry_32.asm calls a system call
with its arguments on the stack, where SAVE_ALL left them as struct
pt_regs. A sys_* function defined without asmlinkage (regparm(0),
include/linux/linkage.h) compiles and links, and then reads its arguments
from %eax, %edx and %ecx: the call number and garbage. This check reads
arch/x86/kernel/syscall_table_32.asm, finds each function's definition in
the C sources (ptregs_NAME calls sys_NAME) and demands asmlinkage on its
line or the line before. Exits 1 and lists the ones without; --selftest
plants one and expects it caught. See docs/processes.md.
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
TABLE = "arch/x86/kernel/syscall_table_32.asm"


def table_functions(text):
    """The C functions the table reaches: its entries, ptregs_X as sys_X."""
    names = set()
    for name in re.findall(r"^\s*dd\s+([A-Za-z_]\w*)", text, re.M):
        names.add("sys_" + name[len("ptregs_"):] if name.startswith("ptregs_") else name)
    return names


def definitions(sources):
    """name -> [(path, line number, has asmlinkage)] of every function definition in @sources
    ({path: text}): a line naming the function and a '(' that does not end in ';'."""
    found = {}
    pat = re.compile(r"^(?!\s)(?!static\b)[^;#=]*?\b(sys_\w+)\s*\(")
    for path, text in sources.items():
        lines = text.splitlines()
        for i, line in enumerate(lines):
            m = pat.match(line)
            if not m:
                continue
            # a prototype ends with ';' on this line or a continuation line
            j = i
            while j < len(lines) and not re.search(r"[;{)]\s*$", lines[j]):
                j += 1
            if j < len(lines) and lines[j].rstrip().endswith(";"):
                continue
            asm = "asmlinkage" in line or (i > 0 and "asmlinkage" in lines[i - 1])
            found.setdefault(m.group(1), []).append((path, i + 1, asm))
    return found


def c_sources():
    out = {}
    for top, dirs, files in os.walk(ROOT):
        rel = os.path.relpath(top, ROOT)
        if rel.split(os.sep)[0] in ("build", ".git", "tests", "usr", "samples"):
            dirs[:] = []
            continue
        for f in files:
            if f.endswith(".c"):
                path = os.path.join(rel, f)
                with open(os.path.join(ROOT, path), errors="replace") as fh:
                    out[path] = fh.read()
    return out


def missing(table_text, sources):
    defs = definitions(sources)
    bad = []
    for name in sorted(table_functions(table_text)):
        for path, line, asm in defs.get(name, []):
            if not asm:
                bad.append("%s:%d: %s is in the system-call table but not asmlinkage" %
                           (path, line, name))
    return bad


def main():
    with open(os.path.join(ROOT, TABLE)) as f:
        table = f.read()
    sources = c_sources()
    if "--selftest" in sys.argv[1:]:
        planted = dict(sources)
        planted["planted.c"] = "long sys_planted_call(int fd)\n{\n\treturn fd;\n}\n"
        bad = missing(table + "\n\tdd sys_planted_call\n", planted)
        ok = any("sys_planted_call" in b for b in bad)
        print("asmlinkage: self-test %s" % ("ok" if ok else "FAILED: a planted call was missed"))
        return 0 if ok else 1
    bad = missing(table, sources)
    for b in bad:
        print(b)
    if bad:
        print("asmlinkage: %d system calls would read their arguments from registers "
              "(the kernel is built with -mregparm=3): add asmlinkage" % len(bad))
        return 1
    print("asmlinkage: %d system calls, each asmlinkage" % len(table_functions(table)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
