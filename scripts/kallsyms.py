#!/usr/bin/env python3
"""kallsyms.py - turn `nm -n kernel.elf` into the kernel's symbol table.

The kernel is linked twice. After the first link, this script reads the
function symbols from nm and writes an assembly file holding them, sorted
by address; the second link puts that table into the .kallsyms section,
where kernel/kallsyms.c searches it to name the addresses in an oops.
Only text symbols are listed, and .kallsyms comes after all code, so the
table's size cannot move a function: the second image's functions are
where the first image had them. --check proves it on the final image.

Usage:
  kallsyms.py --empty                  > kallsyms0.S  (the first link's table)
  nm -n kernel.pass1.elf | kallsyms.py > kallsyms.S
  nm -n kernel.elf | kallsyms.py --check kallsyms.S
"""
import sys

TEXT_TYPES = set("tTwW")


def read_symbols(lines):
    syms = []
    seen = set()
    for line in lines:
        parts = line.split()
        if len(parts) != 3:
            continue
        addr, kind, name = parts
        # Keep "free_irq.cold" (GCC's out-of-line unlikely part of free_irq):
        # without it, an address there would be named after the previous
        # function. Names starting with "." are local labels.
        if kind not in TEXT_TYPES or name.startswith("."):
            continue
        a = int(addr, 16)
        if a in seen:
            continue
        seen.add(a)
        syms.append((a, name))
    syms.sort()
    return syms


def emit(syms):
    out = ['\t.section .kallsyms,"a"', "\t.balign 4",
           "\t.globl kallsyms_num_syms, kallsyms_addresses, kallsyms_offsets, kallsyms_names",
           "kallsyms_num_syms:", "\t.long %d" % len(syms), "kallsyms_addresses:"]
    out += ["\t.long 0x%08x" % a for a, _ in syms]
    out.append("kallsyms_offsets:")
    off = 0
    for _, name in syms:
        out.append("\t.long %d" % off)
        off += len(name) + 1
    out.append("kallsyms_names:")
    out += ['\t.asciz "%s"' % name for _, name in syms]
    out.append('\t.section .note.GNU-stack,"",@progbits')
    return "\n".join(out) + "\n"


def main():
    args = sys.argv[1:]
    if args and args[0] == "--empty":
        sys.stdout.write(emit([]))
        return 0
    syms = read_symbols(sys.stdin)
    table = emit(syms)
    if args and args[0] == "--check":
        with open(args[1]) as f:
            if f.read() != table:
                sys.stderr.write("kallsyms: the second link moved functions; "
                                 "the symbol table would lie\n")
                return 1
        return 0
    sys.stdout.write(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
