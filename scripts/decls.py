#!/usr/bin/env python3
"""decls.py - every function a header declares must exist.

A prototype in a header with no definition anywhere compiles in every
file that includes it and fails only when something finally calls it, at
link time, possibly years later (kunit_kmalloc() was declared in
<kunit/test.h> and defined nowhere). This check reads every header under
include/ and arch/x86/include/, collects the functions declared there at
file scope (prototypes ending in ";", not static, not typedefs), and
requires each to be:

  - defined in a .c file (its name and parameter list at the start of a
    line, then the body's "{"), or
  - a label in an .asm file (`name:` or `global name`), or
  - a static inline function or a #define in some header (a macro or an
    inline that stands for it), or
  - one of a family a macro defines by pasting names (`param_set_##type`).

Names the compiler itself provides (the builtins the kernel calls through
libgcc) are listed in PROVIDED with the reason. Exits 1 and lists the
offenders if any declaration has no definition.

It also requires one name to be one function: a name the headers declare
or define inline with different numbers of parameters (2.6.32's
full_name_hash(name, len) in <linux/dcache.h> beside today's
full_name_hash(salt, name, len) in <linux/stringhash.h>) leaves a reader
with two functions of one name, and which one a file gets depends on
what it includes.

    scripts/decls.py              check the tree
    scripts/decls.py --selftest   prove it catches a planted undefined prototype
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER_DIRS = ["include", "arch/x86/include"]
SKIP_DIRS = {"build", ".git"}

# Provided outside Linnet's sources.
PROVIDED = {
    "__udivdi3": "libgcc", "__umoddi3": "libgcc", "__divdi3": "libgcc", "__moddi3": "libgcc",
}

PROTO_RE = re.compile(r"(?:^|[\s\*])([A-Za-z_]\w*)\s*\(([^()]|\([^()]*\))*\)\s*"
                      r"(?:__\w+(?:\([^()]*\))?\s*)*;\s*$")


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def logical_statements(text):
    """File-scope statements: text at brace depth 0, joined across lines, no
    preprocessor lines (macro bodies are not declarations)."""
    out, cur, depth = [], "", 0
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.lstrip().startswith("#"):
            while line.endswith("\\") and i + 1 < len(lines):
                i += 1
                line = lines[i]
            i += 1
            continue
        for ch in line:
            if ch == "{":
                if depth == 0 and cur.strip():
                    out.append((cur, True))  # something with a body
                    cur = ""
                depth += 1
            elif ch == "}":
                depth -= 1
                if depth == 0:
                    cur = ""
            elif depth == 0:
                cur += ch
                if ch == ";":
                    out.append((cur, False))
                    cur = ""
        cur += " " if depth == 0 else ""
        i += 1
    return out


def declared_in(path):
    names = {}
    with open(path, errors="replace") as f:
        text = strip_comments(f.read())
    for stmt, _ in logical_statements(text):
        s = " ".join(stmt.split())
        if not s.endswith(";") or re.match(r"(static|typedef|struct \w+ *;|enum|union)\b", s):
            continue
        if "=" in s.split("(")[0]:
            continue  # a variable initialised with a call
        if "__attribute__((error(" in s.replace(" ", ""):
            continue  # declared only so that a call stops the build (Linux's idiom)
        m = PROTO_RE.search(s)
        if not m:
            continue
        name = m.group(1)
        head = s[:m.start(1)]
        if "(" in head or name in ("__attribute__", "__printf", "__aligned"):
            continue  # a function pointer or attribute, not a prototype
        names[name] = path
    return names


def arity(params):
    """The number of parameters in a parameter list's text."""
    depth, count, text = 0, 1, params.strip()
    if text in ("", "void"):
        return 0
    for ch in text:
        depth += ch == "("
        depth -= ch == ")"
        count += ch == "," and depth == 0
    return count


SIG_RE = re.compile(r"([A-Za-z_]\w*)\s*\(((?:[^()]|\([^()]*\))*)\)\s*"
                    r"(?:__\w+(?:\([^()]*\))?\s*)*;?\s*$")


def signatures_in(path):
    """(name, arity) of each prototype and inline function in a header."""
    with open(path, errors="replace") as f:
        text = strip_comments(f.read())
    for stmt, has_body in logical_statements(text):
        s = " ".join(stmt.split())
        if re.match(r"(typedef|struct|enum|union)\b", s) or "=" in s.split("(")[0]:
            continue
        if has_body and not s.startswith("static"):
            continue
        if not has_body and (not s.endswith(";") or s.startswith("static")):
            continue
        m = SIG_RE.search(s)
        if not m or "(" in s[:m.start(1)] or m.group(1).startswith("__attribute"):
            continue
        yield m.group(1), arity(m.group(2))


def conflicting(extra_headers=()):
    """Names declared with different numbers of parameters in the headers."""
    seen = {}
    paths = [p for p in walk((".h",))
             if any(os.path.relpath(p, ROOT).startswith(d + os.sep) for d in HEADER_DIRS)]
    for path in paths + list(extra_headers):
        for name, n in signatures_in(path):
            seen.setdefault(name, {}).setdefault(n, os.path.relpath(path, ROOT))
    return sorted((name, sorted(by.items())) for name, by in seen.items() if len(by) > 1)


def walk(exts):
    for top, dirs, files in os.walk(ROOT):
        rel = os.path.relpath(top, ROOT)
        dirs[:] = [d for d in dirs if os.path.normpath(os.path.join(rel, d)) not in SKIP_DIRS
                   and d not in SKIP_DIRS]
        for fn in files:
            if fn.endswith(exts):
                yield os.path.join(top, fn)


def provided():
    """Every name defined, inline, or a macro anywhere in the tree."""
    have = set(PROVIDED)
    prefixes = set()
    for path in walk((".c", ".h", ".asm", ".S")):
        with open(path, errors="replace") as f:
            text = f.read()
        for m in re.finditer(r"^\s*#\s*define\s+(\w+)", text, re.M):
            have.add(m.group(1))
        # a family defined by a macro that pastes names: "param_set_##type"
        prefixes.update(re.findall(r"\b(\w+)##", text))
        if path.endswith((".asm", ".S")):
            have.update(re.findall(r"^\s*(?:global|\.globl|GLOBAL)\s+(\w+)", text, re.M))
            have.update(re.findall(r"^(\w+):", text, re.M))
            continue
        text = strip_comments(text)
        for stmt, has_body in logical_statements(text):
            if not has_body:
                continue
            s = " ".join(stmt.split())
            m = re.search(r"(\w+)\s*\((?:[^()]|\([^()]*\))*\)\s*(?:__\w+(?:\([^()]*\))?\s*)*$", s)
            if m:
                have.add(m.group(1))
    return have, tuple(p for p in prefixes if len(p) > 3)


def undefined(extra_headers=()):
    declared = {}
    for d in HEADER_DIRS:
        for path in walk((".h",)):
            if os.path.relpath(path, ROOT).startswith(d + os.sep):
                declared.update(declared_in(path))
    for path in extra_headers:
        declared.update(declared_in(path))
    have, prefixes = provided()
    missing = sorted((os.path.relpath(p, ROOT), n) for n, p in declared.items()
                     if n not in have and not n.startswith(prefixes))
    return declared, missing


def selftest():
    """A planted prototype with no definition must be caught; a planted
    inline, macro and defined one must not."""
    import tempfile
    with tempfile.NamedTemporaryFile("w", suffix=".h", delete=False) as f:
        f.write("/* planted */\nint decls_planted_undefined(int x);\n"
                "void kfree(const void *p);\n"
                "int decls_planted_multi(int a,\n\t\tint b) __must_check;\n")
        path = f.name
    try:
        _, missing = undefined([path])
    finally:
        os.unlink(path)
    names = {n for _, n in missing}
    ok = names >= {"decls_planted_undefined", "decls_planted_multi"} and "kfree" not in names
    with tempfile.NamedTemporaryFile("w", suffix=".h", delete=False) as f:
        f.write("static inline void *kmalloc(unsigned int size)\n{\n\treturn 0;\n}\n")
        path = f.name
    try:
        clash = [name for name, _ in conflicting([path])]
    finally:
        os.unlink(path)
    ok = ok and clash == ["kmalloc"]
    print("decls: self-test %s" % ("ok" if ok else "FAILED: %s" % sorted(names)))
    return 0 if ok else 1


def main():
    if "--selftest" in sys.argv:
        return selftest()
    declared, missing = undefined()
    for path, name in missing:
        print("decls: %s declares %s(), defined nowhere (no definition, inline or macro)"
              % (path, name))
    clashes = conflicting()
    for name, by in clashes:
        print("decls: %s() is two functions: %s" % (
            name, ", ".join("%d parameters in %s" % (n, path) for n, path in by)))
    if missing or clashes:
        return 1
    print("decls: %d declared functions, each defined, one signature each" % len(declared))
    return 0


if __name__ == "__main__":
    sys.exit(main())
