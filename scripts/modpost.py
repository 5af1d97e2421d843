#!/usr/bin/env python3
"""modpost.py - the module build's second stage, as Linux's scripts/mod/modpost.

After a module's objects are compiled and linked into NAME.o, modpost reads
its ELF symbol table and:

  * checks every undefined symbol against what the kernel exports
    (BUILD/Module.symvers, written from the kernel's __ksymtab tables) and
    against the other modules built with it, warning as 2.6.32 does:
        WARNING: "foo" [DIR/name.ko] undefined!
  * refuses a module whose licence is not GPL-compatible if it uses an
    EXPORT_SYMBOL_GPL symbol:
        FATAL: modpost: GPL-incompatible module name.ko uses GPL-only symbol 'foo'
  * writes NAME.mod.c: the module's struct module (name, init and exit, in
    .gnu.linkonce.this_module), the vermagic stamp and its dependencies,
  * writes DIR/Module.symvers with the module's own exports.

`modpost.py --symvers-from-nm < nm-output` writes the kernel's
Module.symvers from `nm -n kernel.elf`. No CRCs: Linnet is built without
CONFIG_MODVERSIONS, so the CRC column is 0x00000000, as Linux writes it then.
See docs/modules.md.
"""
import argparse
import os
import struct
import sys

GPL_COMPATIBLE = {"GPL", "GPL v2", "GPL and additional rights", "Dual BSD/GPL",
                  "Dual MIT/GPL", "Dual MPL/GPL"}


def symvers_from_nm(lines):
    """The kernel's exports: __ksymtab_X between the linker's start/stop marks."""
    addr = {}
    exports = []
    for line in lines:
        parts = line.split()
        if len(parts) != 3:
            continue
        a, name = int(parts[0], 16), parts[2]
        addr[name] = a
        if name.startswith("__ksymtab_"):
            exports.append((a, name[len("__ksymtab_"):]))
    out = []
    for a, sym in exports:
        if addr["__start___ksymtab_gpl"] <= a < addr["__stop___ksymtab_gpl"]:
            kind = "EXPORT_SYMBOL_GPL"
        elif addr["__start___ksymtab"] <= a < addr["__stop___ksymtab"]:
            kind = "EXPORT_SYMBOL"
        else:
            continue  # __ksymtab_strings and the like
        out.append("0x00000000\t%s\tvmlinux\t%s" % (sym, kind))
    return sorted(out, key=lambda l: l.split("\t")[1])


class Elf:
    """Just enough of an ELF32 relocatable object: sections and symbols."""

    def __init__(self, path):
        self.data = open(path, "rb").read()
        d = self.data
        if d[:4] != b"\x7fELF" or d[4] != 1:
            raise ValueError("%s: not an ELF32 object" % path)
        shoff, = struct.unpack_from("<I", d, 0x20)
        shentsize, shnum, shstrndx = struct.unpack_from("<HHH", d, 0x2E)
        self.sections = [struct.unpack_from("<IIIIIIIIII", d, shoff + i * shentsize)
                         for i in range(shnum)]
        names = self.sections[shstrndx]
        self.secname = [self.cstr(names[4] + s[0]) for s in self.sections]
        self.symbols = []
        for s in self.sections:
            if s[1] != 2:  # SHT_SYMTAB
                continue
            strtab = self.sections[s[6]]
            for off in range(s[4] + 16, s[4] + s[5], 16):
                st_name, value, size, info, other, shndx = struct.unpack_from("<IIIBBH", d, off)
                name = self.cstr(strtab[4] + st_name)
                self.symbols.append((name, shndx, info >> 4))

    def cstr(self, off):
        end = self.data.index(b"\0", off)
        return self.data[off:end].decode("latin-1")

    def section(self, name):
        for i, n in enumerate(self.secname):
            if n == name:
                s = self.sections[i]
                return self.data[s[4]:s[4] + s[5]]
        return b""

    def modinfo(self):
        return [x.decode("latin-1") for x in self.section(".modinfo").split(b"\0") if x]

    def undefined(self):
        return sorted({n for n, shndx, bind in self.symbols if shndx == 0 and n and bind != 2})

    def defined(self, name):
        return any(n == name and shndx != 0 for n, shndx, _ in self.symbols)

    def exports(self):
        out = []
        for n, shndx, _ in self.symbols:
            if n.startswith("__ksymtab_") and shndx and shndx < len(self.secname):
                sec = self.secname[shndx]
                if sec in ("__ksymtab", "__ksymtab_gpl"):
                    out.append((n[len("__ksymtab_"):],
                                "EXPORT_SYMBOL_GPL" if sec == "__ksymtab_gpl" else "EXPORT_SYMBOL"))
        return out


def read_symvers(path, table):
    if not path or not os.path.exists(path):
        return
    for line in open(path):
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= 4:
            table[parts[1]] = (parts[2], parts[3])


def mod_c(name, obj, deps, vermagic):
    lines = ["#include <linux/module.h>", "#include <linux/vermagic.h>",
             "#include <linux/compiler.h>", ""]
    if vermagic:
        lines.append('MODULE_INFO(vermagic, "%s");' % vermagic)
    else:
        lines.append("MODULE_INFO(vermagic, VERMAGIC_STRING);")
    lines += ["", "struct module __this_module", '__section(".gnu.linkonce.this_module") = {',
              "\t.name = KBUILD_MODNAME,"]
    if obj.defined("init_module"):
        lines.append("\t.init = init_module,")
    if obj.defined("cleanup_module"):
        lines.append("\t.exit = cleanup_module,")
    lines += ["};", "", 'MODULE_INFO(depends, "%s");' % ",".join(sorted(deps)), ""]
    if obj.defined("init_module"):
        lines.insert(4, "int init_module(void);")
    if obj.defined("cleanup_module"):
        lines.insert(4, "void cleanup_module(void);")
    return "\n".join(lines)


def modpost(args):
    kernel = {}
    read_symvers(args.kernel_symvers, kernel)
    for extra in args.extra or []:
        read_symvers(extra, kernel)
    objs = {}
    for path in args.objects:
        objs[path] = Elf(path)
    # The modules built together may use each other's exports.
    for path, obj in objs.items():
        for sym, kind in obj.exports():
            kernel[sym] = (path[:-2], kind)
    fatal = False
    own = []
    for path, obj in objs.items():
        base = path[:-2]
        name = os.path.basename(base)
        info = obj.modinfo()
        licenses = [i.split("=", 1)[1] for i in info if i.startswith("license=")]
        if not licenses:
            print("WARNING: modpost: missing MODULE_LICENSE() in %s" % path, file=sys.stderr)
        gpl = bool(licenses) and all(l in GPL_COMPATIBLE for l in licenses)
        deps = set()
        for sym in obj.undefined():
            if sym in ("__this_module", "_GLOBAL_OFFSET_TABLE_") or not args.kernel_symvers:
                continue
            if sym not in kernel:
                print('WARNING: "%s" [%s.ko] undefined!' % (sym, base), file=sys.stderr)
                continue
            owner, kind = kernel[sym]
            if kind == "EXPORT_SYMBOL_GPL" and not gpl:
                print("FATAL: modpost: GPL-incompatible module %s.ko uses GPL-only symbol '%s'"
                      % (name, sym), file=sys.stderr)
                fatal = True
            if owner != "vmlinux":
                deps.add(os.path.basename(owner))
        with open(base + ".mod.c", "w") as f:
            f.write(mod_c(name, obj, deps, args.vermagic))
        for sym, kind in obj.exports():
            own.append("0x00000000\t%s\t%s\t%s" % (sym, base, kind))
    if args.out_symvers:
        with open(args.out_symvers, "w") as f:
            f.write("".join(l + "\n" for l in sorted(own)))
    return 1 if fatal else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--symvers-from-nm", action="store_true")
    ap.add_argument("--kernel-symvers")
    ap.add_argument("--extra", action="append", help="another Module.symvers (KBUILD_EXTRA_SYMBOLS)")
    ap.add_argument("--out-symvers")
    ap.add_argument("--vermagic", help="stamp this instead of the kernel's (for tests)")
    ap.add_argument("objects", nargs="*")
    args = ap.parse_args()
    if args.symvers_from_nm:
        print("\n".join(symvers_from_nm(sys.stdin)))
        return 0
    return modpost(args)


if __name__ == "__main__":
    sys.exit(main())
