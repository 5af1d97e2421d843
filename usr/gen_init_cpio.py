#!/usr/bin/env python3
"""gen_init_cpio.py - build a cpio "newc" archive from a description file.

Linnet's version of Linux's usr/gen_init_cpio.c, reading the same
description format, one entry a line ('#' starts a comment):

    file <name> <location> <mode> <uid> <gid> [<hard links>...]
    dir <name> <mode> <uid> <gid>
    nod <name> <mode> <uid> <gid> <dev_type> <maj> <min>
    slink <name> <target> <mode> <uid> <gid>
    pipe <name> <mode> <uid> <gid>
    sock <name> <mode> <uid> <gid>

<mode> is octal, <dev_type> is b or c. As in Linux (cpio_replace_env),
a file's <location> may name environment variables as ${NAME}: the
userland list finds Debian's busybox at ${BUSYBOX}. As in Linux, a file's hard links
are written as one inode with nlink names, the data on the last of them,
and the archive ends with a TRAILER!!! entry padded to 512 bytes.

Beyond Linux's tool: several lists may be given, read in order (the
userland image is usr/initramfs_list then usr/userland_list); --extra DIR adds every file under DIR at the same
path, owned by root (make ROOTFS_EXTRA=DIR); later entries replace earlier
ones when the kernel unpacks, so DIR/x wins over what the list put at /x.
--manifest FILE writes one line per path as the kernel should see it
after unpacking (tests/harness compares it with the kernel's listing).
See docs/procfs.md.
"""
import argparse
import os
import re
import stat
import sys
import time
import zlib

MAGIC = b"070701"


class Archive:
    def __init__(self, out, mtime):
        self.out = out
        self.offset = 0
        self.ino = 721  # where Linux's gen_init_cpio starts
        self.mtime = mtime
        self.manifest = {}

    def write(self, data):
        self.out.write(data)
        self.offset += len(data)

    def pad(self, align):
        if self.offset % align:
            self.write(b"\0" * (align - self.offset % align))

    def entry(self, name, mode, uid, gid, nlink, mtime, data=b"", rmaj=0, rmin=0, ino=None):
        name_b = name.lstrip("/").encode() + b"\0"
        if ino is None:
            ino = self.ino
            self.ino += 1
        fields = (ino, mode, uid, gid, nlink, mtime, len(data), 3, 1, rmaj, rmin, len(name_b), 0)
        self.write(MAGIC + b"".join(b"%08X" % f for f in fields))
        self.write(name_b)
        self.pad(4)
        self.write(data)
        self.pad(4)

    def note(self, name, line):
        self.manifest["/" + name.strip("/")] = line

    def add_dir(self, name, mode, uid, gid):
        self.entry(name, stat.S_IFDIR | mode, uid, gid, 2, self.mtime)
        self.note(name, "d %o %d %d" % (mode, uid, gid))

    def add_nod(self, name, mode, uid, gid, kind, maj, mn):
        fmt = {"b": stat.S_IFBLK, "c": stat.S_IFCHR}[kind]
        self.entry(name, fmt | mode, uid, gid, 1, self.mtime, rmaj=maj, rmin=mn)
        self.note(name, "%s %o %d %d %d:%d %d" % (kind, mode, uid, gid, maj, mn, self.mtime))

    def add_special(self, name, fmt, tag, mode, uid, gid):
        self.entry(name, fmt | mode, uid, gid, 1, self.mtime)
        self.note(name, "%s %o %d %d %d" % (tag, mode, uid, gid, self.mtime))

    def add_slink(self, name, target, mode, uid, gid):
        self.entry(name, stat.S_IFLNK | mode, uid, gid, 1, self.mtime, target.encode())
        self.note(name, "l %s %d %d %d" % (target, uid, gid, self.mtime))

    def add_file(self, name, location, mode, uid, gid, links=()):
        with open(location, "rb") as f:
            data = f.read()
        mtime = int(os.stat(location).st_mtime)
        names = [name] + list(links)
        ino = self.ino
        self.ino += 1
        for i, n in enumerate(names):
            last = i == len(names) - 1
            self.entry(n, stat.S_IFREG | mode, uid, gid, len(names), mtime,
                       data if last else b"", ino=ino)
        for n in names:
            self.note(n, "f %o %d %d %d %08x %d %d %s" % (mode, uid, gid, len(data),
                                                       zlib.crc32(data), len(names), mtime, names[0]))

    def trailer(self):
        self.entry("TRAILER!!!", 0, 0, 0, 1, 0, ino=0)
        self.pad(512)


def octal(s):
    return int(s, 8)


def replace_env(location):
    """${NAME} in a file's location becomes $NAME's value, as Linux's cpio_replace_env."""
    def value(m):
        if m.group(1) not in os.environ:
            raise ValueError("${%s} is not set" % m.group(1))
        return os.environ[m.group(1)]
    return re.sub(r"\$\{(\w+)\}", value, location)


def parse_list(arc, path):
    base = os.path.dirname(os.path.abspath(path))
    with open(path) as f:
        for lineno, line in enumerate(f, 1):
            w = line.split("#", 1)[0].split()
            if not w:
                continue
            try:
                kind = w[0]
                if kind == "dir":
                    arc.add_dir(w[1], octal(w[2]), int(w[3]), int(w[4]))
                elif kind == "nod":
                    arc.add_nod(w[1], octal(w[2]), int(w[3]), int(w[4]), w[5], int(w[6]), int(w[7]))
                elif kind == "slink":
                    arc.add_slink(w[1], w[2], octal(w[3]), int(w[4]), int(w[5]))
                elif kind in ("pipe", "sock"):
                    fmt = stat.S_IFIFO if kind == "pipe" else stat.S_IFSOCK
                    arc.add_special(w[1], fmt, kind[0], octal(w[2]), int(w[3]), int(w[4]))
                elif kind == "file":
                    loc = replace_env(w[2])
                    loc = loc if os.path.isabs(loc) else os.path.join(base, loc)
                    arc.add_file(w[1], loc, octal(w[3]), int(w[4]), int(w[5]), w[6:])
                else:
                    raise ValueError("unknown type " + kind)
            except (IndexError, ValueError, OSError) as e:
                sys.exit("%s:%d: %s" % (path, lineno, e))


def add_extra(arc, top):
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames.sort()
        rel = os.path.relpath(dirpath, top)
        if rel != ".":
            arc.add_dir("/" + rel, stat.S_IMODE(os.stat(dirpath).st_mode), 0, 0)
        for fn in sorted(filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]):
            p = os.path.join(dirpath, fn)
            name = "/" + os.path.normpath(os.path.join(rel, fn))
            st = os.lstat(p)
            mode = stat.S_IMODE(st.st_mode)
            if stat.S_ISLNK(st.st_mode):
                arc.add_slink(name, os.readlink(p), 0o777, 0, 0)
            elif stat.S_ISREG(st.st_mode):
                arc.add_file(name, p, mode, 0, 0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("list", nargs="+", help="the description files, in order")
    ap.add_argument("-o", "--output", default="-", help="the archive (default: stdout)")
    ap.add_argument("-t", "--mtime", type=int, help="mtime of entries other than files")
    ap.add_argument("--extra", action="append", default=[], help="a folder to add at /")
    ap.add_argument("--manifest", help="write the expected listing here")
    a = ap.parse_args()
    mtime = a.mtime if a.mtime is not None else int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))
    out = sys.stdout.buffer if a.output == "-" else open(a.output, "wb")
    arc = Archive(out, mtime)
    for path in a.list:
        parse_list(arc, path)
    for d in a.extra:
        if d:
            add_extra(arc, d)
    arc.trailer()
    out.flush()
    if a.manifest:
        with open(a.manifest, "w") as m:
            for name in sorted(arc.manifest):
                m.write("%s %s\n" % (name, arc.manifest[name]))


if __name__ == "__main__":
    main()
