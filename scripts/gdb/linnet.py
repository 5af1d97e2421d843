"""linnet.py - GDB helpers that read a halted Linnet kernel, after Linux's scripts/gdb.

Loaded by scripts/gdb/linnet.gdb (so by `make debug`, `make gdb` and the
harness). Each command reads the kernel's own data structures through
GDB's Python API: nothing runs inside the guest, so they work on a kernel
stopped anywhere, even halfway through a crash.

  lx-dmesg                   the kernel log (log_buf), as dmesg prints it
  lx-list HEAD TYPE MEMBER   walk a struct list_head, printing each entry's address
  $container_of(ptr, "type", "member")   a convenience function, as in C
  $lx_current()              the struct thread_info of the stack GDB is on

More commands join as the subsystems that they read arrive.
"""
import gdb

THREAD_SIZE = 8192


def read_string_bytes(addr, length):
    inferior = gdb.selected_inferior()
    return bytes(inferior.read_memory(addr, length))


class LxDmesg(gdb.Command):
    """Print the kernel log buffer (kernel/printk.c:log_buf), oldest line first."""

    def __init__(self):
        super().__init__("lx-dmesg", gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        buf = gdb.parse_and_eval("log_buf")
        size = int(buf.type.sizeof)
        start = int(gdb.parse_and_eval("log_start"))
        end = int(gdb.parse_and_eval("log_end"))
        raw = read_string_bytes(int(buf.address), size)
        data = bytes(raw[i % size] for i in range(start, end))
        for line in data.decode("utf-8", "replace").split("\n"):
            if line.startswith("<") and len(line) > 2 and line[2] == ">":
                line = line[3:]
            if line:
                gdb.write(line + "\n")


class ContainerOf(gdb.Function):
    """$container_of(ptr, "struct type", "member"): the structure containing a member."""

    def __init__(self):
        super().__init__("container_of")

    def invoke(self, ptr, typename, member):
        t = gdb.lookup_type(typename.string())
        offset = [f for f in t.fields() if f.name == member.string()][0].bitpos // 8
        addr = int(ptr.cast(gdb.lookup_type("unsigned long"))) - offset
        return gdb.Value(addr).cast(t.pointer())


class LxList(gdb.Command):
    """lx-list HEAD TYPE MEMBER: walk a list_head and print each entry (checks links)."""

    def __init__(self):
        super().__init__("lx-list", gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        argv = gdb.string_to_argv(arg)
        if len(argv) != 3:
            raise gdb.GdbError("usage: lx-list HEAD 'struct type' member")
        head = gdb.parse_and_eval(argv[0])
        if head.type.code != gdb.TYPE_CODE_PTR:
            head = head.address
        t = gdb.lookup_type(argv[1])
        offset = [f for f in t.fields() if f.name == argv[2]][0].bitpos // 8
        node, prev, n = head["next"], head, 0
        while node != head:
            if node["prev"] != prev:
                raise gdb.GdbError("list corrupted: %s->prev is %s, expected %s"
                                   % (node, node["prev"], prev))
            entry = gdb.Value(int(node) - offset).cast(t.pointer())
            gdb.write("%d: (%s) 0x%08x\n" % (n, t.pointer(), int(entry)))
            prev, node, n = node, node["next"], n + 1
            if n > 100000:
                raise gdb.GdbError("list does not end: corrupted?")
        gdb.write("%d entries\n" % n)


class LxCurrent(gdb.Function):
    """$lx_current(): the struct thread_info at the base of the current kernel stack."""

    def __init__(self):
        super().__init__("lx_current")

    def invoke(self):
        sp = int(gdb.parse_and_eval("$esp"))
        ti = gdb.lookup_type("struct thread_info").pointer()
        return gdb.Value(sp & ~(THREAD_SIZE - 1)).cast(ti)


LxDmesg()
ContainerOf()
LxList()
LxCurrent()
