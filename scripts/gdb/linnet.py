"""linnet.py - GDB helpers that read a halted Linnet kernel, after Linux's scripts/gdb.

Loaded by scripts/gdb/linnet.gdb (so by `make debug`, `make gdb` and the
harness). Each command reads the kernel's own data structures through
GDB's Python API: nothing runs inside the guest, so they work on a kernel
stopped anywhere, even halfway through a crash.

  lx-dmesg                   the kernel log (log_buf), as dmesg prints it
  lx-ps                      the task list, as the shell's ps prints it
  lx-bt PID                  the backtrace of a sleeping task, from its saved registers
  lx-interrupts              the IRQ table, as /proc/interrupts
  lx-buddyinfo               free blocks per order per zone, as /proc/buddyinfo
  lx-slabinfo                the slab caches, as /proc/slabinfo
  lx-list HEAD TYPE MEMBER   walk a struct list_head, printing each entry's address
  lx-lsmod                   the loaded modules, as lsmod prints them
  lx-symbols [DIR...]        load every loaded module's symbols (NAME.ko found under
                             DIR, default the build's folders) at the module's addresses
  lx-mounts                  the mounts, as /proc/mounts
  lx-mm [PID]                a task's address space: its areas (vmas), as /proc/PID/maps
  lx-fds [PID]               a task's open files and their paths (dentries up to the root)
  lx-regs [ADDR]             the struct pt_regs of the trap frame GDB is in (or at ADDR)
  bt                         walks through trap frames: the unwinder below finds the
                             struct pt_regs that arch/x86/kernel/entry_32.asm saved, so a
                             backtrace from do_page_fault reaches the faulting function,
                             and from a system call the user's frame (whose symbols
                             lx-symbols loads from build/user/COMM)
  $container_of(ptr, "type", "member")   a convenience function, as in C
  $lx_current()              the struct thread_info of the stack GDB is on
  $lx_task()                 the task_struct running now (current)
  print *page                struct page is shown decoded: pfn, zone, flag names, counts
"""
import os
import re

import gdb
import gdb.unwinder
from gdb.FrameDecorator import FrameDecorator

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


def ulong(v):
    return int(v.cast(gdb.lookup_type("unsigned long")))


def read_ulong(addr):
    inferior = gdb.selected_inferior()
    return int.from_bytes(bytes(inferior.read_memory(addr, 4)), "little")


def symbol_at(addr, return_address=False):
    """'name+0xoff/0xsize' for a code address, as kallsyms prints it.

    A return address is looked up one byte back (Linux's %pB): after a
    call to a function that never returns it is already past the
    caller's end.
    """
    # The outermost function block: an inlined function has its own block
    # inside its caller's, but kallsyms names the real (ELF) function.
    block, outer = gdb.block_for_pc(addr - 1 if return_address else addr), None
    while block and not block.is_static and not block.is_global:
        if block.function:
            outer = block
        block = block.superblock
    if not outer:
        # No debug block (assembly): the ELF symbol table still has a name
        info = gdb.execute("info symbol 0x%x" % addr, to_string=True)
        m = re.match(r"(\S+)(?: \+ (\d+))? in section", info)
        return "%s+0x%x" % (m.group(1), int(m.group(2) or 0)) if m else "0x%08x" % addr
    start = int(outer.function.value().address)
    return "%s+0x%x/0x%x" % (outer.function.name, addr - start, outer.end - start)


def tasks():
    """init_task, then every task on its tasks list."""
    init = gdb.parse_and_eval("init_task")
    yield init.address
    t = gdb.lookup_type("struct task_struct")
    offset = [f for f in t.fields() if f.name == "tasks"][0].bitpos // 8
    head = init["tasks"].address
    node = head["next"]
    while node != head:
        yield gdb.Value(int(node) - offset).cast(t.pointer())
        node = node["next"]


def state_char(state):
    if state == 0:
        return "R"
    if state & 1:
        return "S"
    if state & 2:
        return "D"
    return "X"


def in_sched(addr):
    return int(gdb.parse_and_eval("(unsigned long)__sched_text_start")) <= addr < \
        int(gdb.parse_and_eval("(unsigned long)__sched_text_end"))


def frames(task):
    """Return addresses on a switched-out task's stack, by its frame pointers."""
    base = ulong(task["stack"])
    bp = read_ulong(ulong(task["thread"]["sp"]))
    out = []
    for _ in range(32):
        if bp < base or bp + 8 > base + THREAD_SIZE:
            break
        out.append(read_ulong(bp + 4))
        bp = read_ulong(bp)
    return out


class LxPs(gdb.Command):
    """Print the tasks as the shell's ps does: pid, state, preempt count, wait channel."""

    def __init__(self):
        super().__init__("lx-ps", gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        cur = int(LxTask().invoke())
        gdb.write("  PID S PRI  NI PREEMPT    WCHAN                  TIME COMMAND\n")
        for p in sorted(tasks(), key=lambda p: int(p["pid"])):
            state = int(p["state"])
            count = int(gdb.Value(ulong(p["stack"])).cast(
                gdb.lookup_type("struct thread_info").pointer())["preempt_count"])
            wchan = "-"
            if int(p) != cur:
                # a switched-out task is inside schedule(), which holds one level
                # (and PREEMPT_ACTIVE if it was preempted): that is not the task's
                count = (count & ~0x10000000) - 1
            if int(p) != cur and state != 0:
                ips = [ip for ip in frames(p) if not in_sched(ip)]
                if ips:
                    wchan = symbol_at(ips[0]).split("+")[0]  # as kernel/debug/kdb/kdb_ps.c names it
            comm = p["comm"].string()
            prio, nice = int(p["prio"]) - 100, int(p["static_prio"]) - 120  # task_prio, task_nice
            gdb.write("%5d %s %3d %3d 0x%08x %-20.20s %6d %s\n" % (
                int(p["pid"]), state_char(state), prio, nice, count & 0xffffffff, wchan,
                int(p["stime"]), comm))


class LxBt(gdb.Command):
    """lx-bt PID: the call trace of a sleeping task, from the frame it switched out in."""

    def __init__(self):
        super().__init__("lx-bt", gdb.COMMAND_STACK)

    def invoke(self, arg, from_tty):
        pid = int(arg)
        for p in tasks():
            if int(p["pid"]) == pid:
                gdb.write("%s (pid %d) at %s\n" % (p["comm"].string(), pid,
                                                   symbol_at(ulong(p["thread"]["ip"]))))
                for ip in frames(p):
                    gdb.write(" [<%08x>] %s\n" % (ip, symbol_at(ip, return_address=True)))
                return
        raise gdb.GdbError("no task with pid %d" % pid)


class LxInterrupts(gdb.Command):
    """The interrupt table, read from irq_desc[], in /proc/interrupts' format."""

    def __init__(self):
        super().__init__("lx-interrupts", gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        descs = gdb.parse_and_eval("irq_desc")
        n = descs.type.range()[1] + 1
        gdb.write("%*s" % (3 + 8, "") + "CPU%-8d" % 0 + "\n")
        for irq in range(n):
            d = descs[irq]
            action = d["action"]
            count = int(d["kstat_irqs"])
            if int(action) == 0 and count == 0:
                continue
            names = []
            while int(action):
                names.append(action["name"].string())
                action = action["next"]
            line = "%*d: " % (3, irq) + "%10u " % count
            line += " %8s" % d["chip"]["name"].string() + "-%-8s" % d["name"].string()
            if names:
                line += "  " + ", ".join(names)
            gdb.write(line + "\n")
        gdb.write("%*s: " % (3, "NMI") + "%10u " % int(gdb.parse_and_eval("nmi_count"))
                  + "  Non-maskable interrupts\n")
        stat = gdb.parse_and_eval("irq_stat")
        for row, field, what in (("LOC", "apic_timer_irqs", "Local timer interrupts"),
                                 ("SPU", "irq_spurious_count", "Spurious interrupts"),
                                 ("PMI", "apic_perf_irqs", "Performance monitoring interrupts"),
                                 ("PND", "apic_pending_irqs", "Performance pending work")):
            gdb.write("%*s: " % (3, row) + "%10u " % int(stat[field]) + "  %s\n" % what)
        gdb.write("%*s: %10u\n" % (3, "ERR", int(gdb.parse_and_eval("irq_err_count")["counter"])))


class LxBuddyinfo(gdb.Command):
    """Free blocks of each order in each zone, read from the zones, as /proc/buddyinfo."""

    def __init__(self):
        super().__init__("lx-buddyinfo", gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        zones = gdb.parse_and_eval("contig_page_data")["node_zones"]
        for i in range(zones.type.range()[1] + 1):
            z = zones[i]
            if int(z["present_pages"]) == 0:
                continue
            fa = z["free_area"]
            counts = "".join("%6d " % int(fa[o]["nr_free"])
                             for o in range(fa.type.range()[1] + 1))
            gdb.write("Node 0, zone %8s %s\n" % (z["name"].string(), counts))


def list_entries(head, typename, member):
    """The entries of a list_head as typed pointers (addresses of the containers)."""
    t = gdb.lookup_type(typename)
    offset = [f for f in t.fields() if f.name == member][0].bitpos // 8
    node = head["next"]
    while node != head.address:
        yield gdb.Value(int(node) - offset).cast(t.pointer())
        node = node["next"]


class LxSlabinfo(gdb.Command):
    """The slab caches, read from cache_chain and each cache's slab lists, as /proc/slabinfo."""

    def __init__(self):
        super().__init__("lx-slabinfo", gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        gdb.write("slabinfo - version: 2.1\n# name            <active_objs> <num_objs> <objsize> "
                  "<objperslab> <pagesperslab> : tunables <limit> <batchcount> <sharedfactor> "
                  ": slabdata <active_slabs> <num_slabs> <sharedavail>\n")
        for c in list_entries(gdb.parse_and_eval("cache_chain"), "struct kmem_cache", "next"):
            l3 = c["lists"]
            num = int(c["num"])
            full = list(list_entries(l3["slabs_full"], "struct slab", "list"))
            partial = list(list_entries(l3["slabs_partial"], "struct slab", "list"))
            free = list(list_entries(l3["slabs_free"], "struct slab", "list"))
            active_objs = len(full) * num + sum(int(s["inuse"]) for s in partial)
            active_slabs = len(full) + len(partial)
            num_slabs = active_slabs + len(free)
            gdb.write("%-17s %6d %6d %6d %4d %4d : tunables %4d %4d %4d : slabdata %6d %6d %6d\n"
                      % (c["name"].string(), active_objs, num_slabs * num, int(c["buffer_size"]),
                         num, 1 << int(c["gfporder"]), int(c["array"]["limit"]),
                         int(c["array"]["batchcount"]), 0, active_slabs, num_slabs, 0))


class LxTask(gdb.Function):
    """$lx_task(): current, the task_struct of the stack GDB is on."""

    def __init__(self):
        super().__init__("lx_task")

    def invoke(self):
        return LxCurrent().invoke()["task"]


class PagePrinter:
    """struct page, decoded: pfn, zone, flag names, counts, buddy order."""

    FLAGS = None

    def __init__(self, val):
        self.val = val

    def to_string(self):
        if PagePrinter.FLAGS is None:
            enum = gdb.lookup_type("enum pageflags")
            PagePrinter.FLAGS = {int(f.enumval): f.name[3:] for f in enum.fields()
                                 if f.name.startswith("PG_")}
        flags = ulong(self.val["flags"])
        zone_shift = 32 - 2
        names = [n for b, n in sorted(PagePrinter.FLAGS.items()) if flags & (1 << b)]
        zones = ["DMA", "Normal", "HighMem", "?"]
        text = "flags 0x%08x [%s] zone %s count %d mapcount %d private %d" % (
            flags, "|".join(names), zones[(flags >> zone_shift) & 3],
            int(self.val["_count"]["counter"]), int(self.val["_mapcount"]["counter"]),
            ulong(self.val["private"]))
        try:
            mem_map = ulong(gdb.parse_and_eval("mem_map"))
            addr = int(self.val.address)
            text = "pfn 0x%x " % ((addr - mem_map) // self.val.type.sizeof) + text
        except (gdb.error, TypeError):
            pass
        return text


def modules():
    """The loaded modules, newest first (kernel/module.c's list)."""
    return list(list_entries(gdb.parse_and_eval("modules"), "struct module", "list"))


class LxLsmod(gdb.Command):
    """The loaded modules: address, name, size and users, as lsmod and /proc/modules."""

    def __init__(self):
        super().__init__("lx-lsmod", gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        gdb.write("Address    Module                  Size  Used by\n")
        for m in modules():
            users = [u["module_which_uses"]["name"].string()
                     for u in list_entries(m["modules_which_use_me"], "struct module_use", "list")]
            size = int(m["init_size"]) + int(m["core_size"])
            gdb.write("0x%08x %-19s %8d  %d %s\n" % (int(m["module_core"]), m["name"].string(), size,
                                                   int(m["refcnt"]["counter"]), ",".join(users)))


class LxSymbols(gdb.Command):
    """Load each loaded module's symbols at its section addresses (Linux's lx-symbols)."""

    def __init__(self):
        super().__init__("lx-symbols", gdb.COMMAND_FILES)

    def find_ko(self, name, dirs):
        import os
        for d in dirs:
            for root, _, files in os.walk(d):
                if name + ".ko" in files:
                    return os.path.join(root, name + ".ko")
        return None

    def invoke(self, arg, from_tty):
        import os
        dirs = arg.split() or [d for d in ("build", "tests", "samples", ".") if os.path.isdir(d)]
        for m in modules():
            name = m["name"].string()
            path = self.find_ko(name, dirs)
            if not path:
                gdb.write("no %s.ko under %s\n" % (name, " ".join(dirs)))
                continue
            sa = m["sect_attrs"]
            sections = []
            for i in range(int(sa["nsections"])):
                a = sa["attrs"][i]
                sections.append((a["name"].string(), int(a["address"])))
            text = [a for n, a in sections if n == ".text"]
            if not text:
                continue
            cmd = "add-symbol-file %s 0x%x" % (path, text[0])
            cmd += "".join(" -s %s 0x%x" % (n, a) for n, a in sections if n != ".text")
            gdb.write("loading @0x%x: %s\n" % (text[0], path))
            gdb.execute(cmd, to_string=True)


# --- Trap frames: an unwinder for the entry code (entry_32.asm) ----------
#
# The entry stubs have no call-frame information, so GDB alone cannot get
# past them: a backtrace from do_page_fault stopped in common_entry. This
# unwinder recognises a frame whose pc is a return address in the entry
# code, finds the struct pt_regs the entry code pushed (how far above the
# stack pointer depends on which call the pc returns from), and gives GDB
# the interrupted context's registers: so the next frame is the function
# that faulted, was interrupted, or made the system call.
#
# GDB looks up the name of every frame but the innermost one a byte
# before its pc (it takes the pc for a return address), and a Python
# unwinder cannot tell it that this frame was interrupted instead: a fault
# at the very first instruction of a function would be shown in the
# function before it. TrapFrameFilter, a frame filter, names a frame that
# a trap frame interrupted by its exact pc, for bt; lx-regs prints the
# exact instruction too.

PT_REGS = ["ebx", "ecx", "edx", "esi", "edi", "ebp", "eax", "ds", "es", "fs", "gs", "orig_ax",
           "eip", "cs", "eflags", "esp", "ss"]


def _addr(name):
    try:
        return int(gdb.parse_and_eval("(unsigned long)&%s" % name))
    except gdb.error:
        return None


def _entry_code():
    """[(start, end, name)] of the entry code's regions, from the ELF symbols."""
    names = ["common_entry", "ret_from_intr", "resume_userspace", "restore_all", "work_pending",
             "work_notifysig", "system_call", "syscall_badsys"]
    starts = sorted((a, n) for n, a in ((n, _addr(n)) for n in names) if a is not None)
    out = []
    for i, (a, n) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else a + 64
        out.append((a, end, n))
    return out


def pt_regs_at(pc, sp):
    """The address of the pt_regs saved by the entry code, for a frame at @pc with @sp; or None."""
    for start, end, name in _entry_code():
        if start <= pc < end:
            if name == "common_entry":          # after `push ecx; push eax; call do_trap_or_irq`
                return sp + 8
            if name == "work_notifysig":        # after `push eax; call do_notify_resume`
                return sp + 4
            return sp                           # system_call, ret_from_intr, work_pending
    sym = gdb.execute("info symbol 0x%x" % pc, to_string=True)
    if sym.startswith("ptregs_"):               # `lea eax, [esp+4]; push eax; call sys_X`
        return sp + 8
    return None


def read_pt_regs(addr):
    inferior = gdb.selected_inferior()
    words = bytes(inferior.read_memory(addr, 4 * len(PT_REGS)))
    regs = {n: int.from_bytes(words[4 * i:4 * i + 4], "little") for i, n in enumerate(PT_REGS)}
    if not regs["cs"] & 3:
        # from kernel mode the CPU pushed no esp/ss: the old stack began where they would be
        regs["esp"] = addr + 4 * PT_REGS.index("esp")
        regs["ss"] = 0x68
    return regs


class FrameId:
    def __init__(self, sp, pc):
        self.sp = sp
        self.pc = pc


class TrapFrameUnwinder(gdb.unwinder.Unwinder):
    def __init__(self):
        super().__init__("linnet-trap-frames")

    def __call__(self, pending):
        pc = int(pending.read_register("eip"))
        sp = int(pending.read_register("esp"))
        try:
            addr = pt_regs_at(pc, sp)
            if addr is None:
                return None
            regs = read_pt_regs(addr)
        except (gdb.error, gdb.MemoryError):
            return None
        u32 = gdb.lookup_type("unsigned int")
        info = pending.create_unwind_info(FrameId(gdb.Value(sp).cast(u32), gdb.Value(pc).cast(u32)))
        for name in ("eip", "esp", "ebp", "eax", "ebx", "ecx", "edx", "esi", "edi", "eflags", "cs"):
            reg_type = pending.read_register(name).type
            info.add_saved_register(name, gdb.Value(regs[name]).cast(u32).cast(reg_type))
        return info


class LxRegs(gdb.Command):
    """lx-regs [ADDR]: the struct pt_regs at ADDR, or of the trap frame of the selected frame."""

    def __init__(self):
        super().__init__("lx-regs", gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        if arg.strip():
            addr = int(gdb.parse_and_eval(arg).cast(gdb.lookup_type("unsigned long")))
        else:
            # the trap frame nearest the selected frame: outward, then inward
            addr = None
            for step in ("older", "newer"):
                frame = gdb.selected_frame()
                while frame and addr is None:
                    addr = pt_regs_at(int(frame.pc()), int(frame.read_register("esp")))
                    frame = getattr(frame, step)()
                if addr is not None:
                    break
            if addr is None:
                raise gdb.GdbError("lx-regs: no trap frame on this stack")
        r = read_pt_regs(addr)
        gdb.write("pt_regs at 0x%08x (%s mode, orig_ax %d)\n" % (
            addr, "user" if r["cs"] & 3 else "kernel", r["orig_ax"] - (1 << 32)
            if r["orig_ax"] >= 1 << 31 else r["orig_ax"]))
        if r["cs"] & 3:
            info = gdb.execute("info symbol 0x%x" % r["eip"], to_string=True)
            m = re.match(r"(\S+)(?: \+ (\d+))? in section", info)
            where = "%s+0x%x (user)" % (m.group(1), int(m.group(2) or 0)) if m else "(user)"
        else:
            where = symbol_at(r["eip"])
        gdb.write("EIP: %04x:[<%08x>] %s EFLAGS: %08x\n" % (r["cs"], r["eip"], where, r["eflags"]))
        gdb.write("EAX: %08x EBX: %08x ECX: %08x EDX: %08x\n" % (r["eax"], r["ebx"], r["ecx"], r["edx"]))
        gdb.write("ESI: %08x EDI: %08x EBP: %08x ESP: %08x\n" % (r["esi"], r["edi"], r["ebp"], r["esp"]))


# --- Processes, their memory and their files -----------------------------

def task_by_pid(arg):
    if not arg.strip():
        return gdb.parse_and_eval("$lx_task()")
    pid = int(arg)
    for t in tasks():
        if int(t["pid"]) == pid:
            return t
    raise gdb.GdbError("no task with pid %d" % pid)


def dentry_name(d):
    return read_string_bytes(int(d["d_name"]["name"]), int(d["d_name"]["len"])).decode("latin-1")


def dentry_path(dentry, mnt=None):
    """The path of @dentry, from its parents (and @mnt's mount points) up to the root."""
    parts = []
    for _ in range(64):
        parent = dentry["d_parent"]
        if int(parent) == int(dentry):
            if mnt is None or int(mnt["mnt_parent"]) == int(mnt):
                break
            dentry, mnt = mnt["mnt_mountpoint"], mnt["mnt_parent"]
            continue
        parts.append(dentry_name(dentry))
        dentry = parent
    return "/" + "/".join(reversed(parts))


class LxMounts(gdb.Command):
    """lx-mounts: every mount (vfsmount_list), as /proc/mounts: device, path, type."""

    def __init__(self):
        super().__init__("lx-mounts", gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        head = gdb.parse_and_eval("vfsmount_list")
        for m in list_entries(head, "struct vfsmount", "mnt_list"):
            dev = m["mnt_devname"].string() if int(m["mnt_devname"]) else "none"
            fstype = m["mnt_sb"]["s_type"]["name"].string()
            gdb.write("%s %s %s\n" % (dev, dentry_path(m["mnt_root"], m), fstype))


class LxMm(gdb.Command):
    """lx-mm [PID]: the memory areas of a task (current by default), as /proc/PID/maps."""

    def __init__(self):
        super().__init__("lx-mm", gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        task = task_by_pid(arg)
        mm = task["mm"]
        if not int(mm):
            gdb.write("%s (pid %d) is a kernel thread: no mm\n" % (task["comm"].string(), int(task["pid"])))
            return
        gdb.write("mm 0x%08x pgd 0x%08x, %d areas\n" % (int(mm), int(mm["pgd"]), int(mm["map_count"])))
        vma = mm["mmap"]
        while int(vma):
            flags = int(vma["vm_flags"])
            perms = "".join(c if flags & b else "-" for c, b in (("r", 1), ("w", 2), ("x", 4))) + \
                ("s" if flags & 8 else "p")
            name = ""
            if int(vma["vm_file"]):
                f = vma["vm_file"]
                name = dentry_path(f["f_path"]["dentry"], f["f_path"]["mnt"])
            elif int(vma["vm_start"]) <= int(mm["start_brk"]) < int(vma["vm_end"]) or \
                    int(vma["vm_start"]) <= int(mm["brk"]) - 1 < int(vma["vm_end"]) and \
                    int(mm["brk"]) > int(mm["start_brk"]):
                name = "[heap]"
            elif int(vma["vm_start"]) <= int(mm["start_stack"]) < int(vma["vm_end"]):
                name = "[stack]"
            # the file offset; anonymous memory shows 0, as fs/proc/task_mmu.c:show_map
            pgoff = int(vma["vm_pgoff"]) << 12 if int(vma["vm_file"]) else 0
            gdb.write("%08x-%08x %s %08x %s\n" % (int(vma["vm_start"]), int(vma["vm_end"]), perms,
                                                  pgoff, name))
            vma = vma["vm_next"]


class LxFds(gdb.Command):
    """lx-fds [PID]: the open files of a task (current by default): fd, file, path."""

    def __init__(self):
        super().__init__("lx-fds", gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        task = task_by_pid(arg)
        files = task["files"]
        if not int(files):
            gdb.write("no files\n")
            return
        fdt = files["fdt"]
        for fd in range(int(fdt["max_fds"])):
            f = fdt["fd"][fd]
            if int(f):
                gdb.write("%3d 0x%08x %s\n" % (fd, int(f), dentry_path(f["f_path"]["dentry"],
                                                                      f["f_path"]["mnt"])))


def lookup_printer(val):
    t = val.type.strip_typedefs()
    if t.code == gdb.TYPE_CODE_STRUCT and t.tag == "page":
        return PagePrinter(val)
    return None


LxDmesg()
ContainerOf()
LxList()
LxCurrent()
LxPs()
LxBt()
LxInterrupts()
LxBuddyinfo()
LxTask()
LxSlabinfo()
LxLsmod()
LxSymbols()
LxRegs()
LxMounts()
LxMm()
LxFds()
gdb.unwinder.register_unwinder(None, TrapFrameUnwinder(), replace=True)


def _exact_symbol(pc):
    """(name, file, line) of the code at @pc itself (not at pc - 1), or None."""
    try:
        text = gdb.execute("info symbol 0x%x" % pc, to_string=True)
    except gdb.error:
        return None
    m = re.match(r"^(\S+)(?: \+ \d+)? in section ", text)
    if not m:
        return None
    sal = gdb.find_pc_line(pc)
    if sal.symtab is None:
        return m.group(1), None, None
    return m.group(1), sal.symtab.filename, sal.line


class TrapFrameDecorator(FrameDecorator):
    """A frame a trap frame interrupted, named by its exact pc."""

    def __init__(self, fobj, exact):
        super().__init__(fobj)
        self.exact = exact

    def function(self):
        return self.exact[0]

    def filename(self):
        return self.exact[1] if self.exact[1] else super().filename()

    def line(self):
        return self.exact[2] if self.exact[2] else super().line()


class TrapFrameFilter:
    """bt's filter: each frame right above a trap frame (the interrupted, faulting or
    system-calling code) is named by its exact pc, not by pc - 1."""

    def __init__(self):
        self.name = "linnet-trap-frames"
        self.priority = 100
        self.enabled = True
        gdb.frame_filters[self.name] = self

    def filter(self, frames):
        for fd in frames:
            frame = fd.inferior_frame()
            newer = frame.newer()
            exact = None
            try:
                if newer is not None and pt_regs_at(int(newer.pc()),
                                                    int(newer.read_register("esp"))) is not None:
                    exact = _exact_symbol(int(frame.pc()))
            except gdb.error:
                exact = None
            yield TrapFrameDecorator(fd, exact) if exact else fd


TrapFrameFilter()
gdb.pretty_printers.append(lookup_printer)
