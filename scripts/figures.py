#!/usr/bin/env python3
"""figures.py - draw the docs' SVG figures into docs/figures/.

Each figure is a function that returns SVG text built from a few boxes,
arrows and labels, so a figure can be corrected in the same commit as
the code it pictures. The SVG files are committed (a reader of docs/ on
a plain checkout sees them); `make htmldocs` copies them into the site,
and fails (as `figures.py --check` does) if a committed file differs from
what this script draws, so the htmldocs check of make test catches a
figure edited by hand or a drawing changed without its file.

  pagewalk.svg      the i386 two-level page walk, 10/10/12, with PDE/PTE bits (docs/memory.md)
  cfs-timeline.svg  CFS's timeline: vruntime, the rbtree's leftmost, placing (docs/sched.md)
  tty-stack.svg     the tty layers from the UART to read(2) (docs/tty.md)
  buddy.svg         buddy split (expand) and merge (__free_one_page) of 16 frames (docs/memory.md)
  slab-layout.svg   a cache's lists, one slab: colour, struct slab, bufctl chain (docs/slab.md)
  timer-wheel.svg   the five levels of the timer wheel and a cascade (docs/time.md)
  hrtimer-tree.svg  the hrtimer bases, CLOCK_MONOTONIC's red-black tree, first (docs/time.md)
  syscall.svg       int $0x80 -> system_call -> sys_write -> back, and pt_regs (docs/processes.md)
  preempt-count.svg the preempt count's fields and what adds to each (docs/locking.md)

    python3 scripts/figures.py [--check]
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "docs", "figures")
FONT = "font-family='DejaVu Sans Mono, monospace' font-size='12'"


class Svg:
    def __init__(self, w, h, title):
        self.w, self.h = w, h
        self.parts = ["<title>%s</title>" % title,
                      "<defs><marker id='arrow' viewBox='0 0 10 10' refX='9' refY='5' "
                      "markerWidth='7' markerHeight='7' orient='auto-start-reverse'>"
                      "<path d='M0,0 L10,5 L0,10 z' fill='#333'/></marker></defs>",
                      "<rect width='100%%' height='100%%' fill='white'/>"]

    def box(self, x, y, w, h, text="", fill="#eef3fb", stroke="#335", size=12, bold=False):
        self.parts.append("<rect x='%d' y='%d' width='%d' height='%d' fill='%s' stroke='%s' "
                          "rx='3'/>" % (x, y, w, h, fill, stroke))
        lines = text.split("\n") if text else []
        for i, line in enumerate(lines):
            ty = y + h / 2 + (i - (len(lines) - 1) / 2) * (size + 3) + size / 3
            self.text(x + w / 2, ty, line, anchor="middle", size=size, bold=bold)

    def text(self, x, y, s, anchor="start", size=12, bold=False, color="#222"):
        s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        self.parts.append("<text x='%g' y='%g' text-anchor='%s' font-size='%d' fill='%s'%s>%s"
                          "</text>" % (x, y, anchor, size, color,
                                       " font-weight='bold'" if bold else "", s))

    def arrow(self, x1, y1, x2, y2, color="#333", dash=False):
        self.parts.append("<line x1='%g' y1='%g' x2='%g' y2='%g' stroke='%s' stroke-width='1.4' "
                          "marker-end='url(#arrow)'%s/>"
                          % (x1, y1, x2, y2, color, " stroke-dasharray='4 3'" if dash else ""))

    def line(self, x1, y1, x2, y2, color="#333", width=1):
        self.parts.append("<line x1='%g' y1='%g' x2='%g' y2='%g' stroke='%s' stroke-width='%g'/>"
                          % (x1, y1, x2, y2, color, width))

    def svg(self):
        return ("<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' "
                "viewBox='0 0 %d %d' %s>\n%s\n</svg>\n"
                % (self.w, self.h, self.w, self.h, FONT, "\n".join(self.parts)))


def pagewalk():
    """The i386 walk without PAE: CR3 -> directory -> table -> page, 10/10/12."""
    s = Svg(800, 430, "The i386 two-level page walk (no PAE)")
    s.text(20, 24, "linear address (32 bits)", bold=True)
    s.box(20, 34, 200, 30, "directory  31..22", fill="#fde9c8")
    s.box(220, 34, 200, 30, "table  21..12", fill="#e3f2d9")
    s.box(420, 34, 240, 30, "offset  11..0", fill="#e6e6f7")
    # CR3 and the three levels
    s.box(20, 110, 110, 34, "CR3\n(pgd phys)", fill="#f4f4f4")
    s.box(170, 100, 150, 210, "", fill="#fff7ea")
    s.text(245, 94, "page directory", anchor="middle", bold=True)
    s.text(245, 330, "1024 PDEs, 4 KiB", anchor="middle", size=11)
    s.box(180, 190, 130, 26, "PDE [dir]", fill="#fde9c8")
    s.box(380, 100, 150, 210, "", fill="#f3faee")
    s.text(455, 94, "page table", anchor="middle", bold=True)
    s.text(455, 330, "1024 PTEs, 4 KiB", anchor="middle", size=11)
    s.box(390, 240, 130, 26, "PTE [table]", fill="#e3f2d9")
    s.box(590, 100, 150, 210, "", fill="#f5f5fc")
    s.text(665, 94, "page frame", anchor="middle", bold=True)
    s.text(665, 330, "4 KiB of data", anchor="middle", size=11)
    s.box(600, 150, 130, 26, "byte [offset]", fill="#e6e6f7")
    s.arrow(130, 127, 170, 120)
    s.arrow(120, 64, 215, 188, dash=True)
    s.arrow(310, 203, 380, 120)
    s.arrow(320, 64, 425, 238, dash=True)
    s.arrow(520, 253, 590, 120)
    s.arrow(540, 64, 630, 148, dash=True)
    # entry bits
    s.text(20, 360, "PDE/PTE: bits 31..12 frame number | 8 G  7 PS (PDE: 4 MiB page)  "
           "6 D  5 A  4 PCD  3 PWT  2 U/S  1 R/W  0 P", size=11)
    s.text(20, 380, "P=0 or a denied access: #PF, CR2 = the address, error code bits P W U "
           "(arch/x86/mm/fault.c)", size=11)
    s.text(20, 400, "Kernel: PDEs 768..1023 (0xC0000000 up) are the same in every pgd "
           "(arch/x86/mm/init_32.c:paging_init)", size=11)
    s.text(20, 420, "TLB caches the result; invlpg or a CR3 write flushes it", size=11)
    return s.svg()


def cfs_timeline():
    """The rbtree of runnable entities by vruntime, the leftmost pick, and placing."""
    s = Svg(760, 360, "CFS: the timeline of runnable tasks by vruntime")
    s.text(20, 24, "cfs_rq->tasks_timeline: runnable tasks sorted by se.vruntime (an rbtree)",
           bold=True)
    y = 150
    s.arrow(40, y, 730, y)
    s.text(735, y + 4, "vruntime", anchor="end", size=11)
    s.line(110, y - 30, 110, y + 40, color="#a33", width=1.5)
    s.text(110, y + 56, "min_vruntime", anchor="middle", color="#a33")
    s.text(110, y + 70, "(only moves forward)", anchor="middle", size=10, color="#a33")
    tasks = [(170, "E 25", "#cde8c4", "leftmost: runs next\n(pick_next_entity)"),
             (300, "C 40", "#eef3fb", ""), (450, "B 60", "#eef3fb", ""),
             (620, "D 90", "#eef3fb", "")]
    for x, name, fill, note in tasks:
        s.box(x - 30, y - 16, 60, 32, name, fill=fill)
        if note:
            for i, l in enumerate(note.split("\n")):
                s.text(x, y - 48 + 14 * i, l, anchor="middle", size=11, bold=(i == 0))
    s.text(300, 112, "rb_leftmost is cached: picking costs nothing", size=11)
    # placing
    s.box(60, 240, 62, 28, "woken", fill="#fff1c4")
    s.arrow(91, 240, 96, y + 18)
    s.text(20, 290, "a sleeper wakes at most latency/2 before min_vruntime", size=11)
    s.box(200, 240, 62, 28, "new", fill="#fff1c4")
    s.arrow(231, 240, 205, y + 18)
    s.text(20, 306, "a new task starts one slice after it (place_entity)", size=11)
    # the running task
    s.box(440, 210, 290, 50, "curr (A): not in the tree\nvruntime += delta * 1024 / weight",
          fill="#fde9c8", size=11)
    s.arrow(620, 210, 620, y + 18, dash=True)
    s.text(440, 280, "put back at its new vruntime (put_prev_entity);", size=11)
    s.text(440, 296, "at nice -5 it grows ~3x slower than at nice 0,", size=11)
    s.text(440, 312, "at nice +5 ~3x faster (prio_to_weight)", size=11)
    s.text(20, 345, "kernel/sched_fair.c: update_curr, pick_next_entity, place_entity, "
           "check_preempt_tick", size=11)
    return s.svg()


def tty_stack():
    """From the UART to read(2), and back out through the driver."""
    s = Svg(800, 480, "The tty layers: driver, flip buffer, line discipline, file")
    rows = [
        (20, "user: read(fd) / write(fd) on /dev/ttyS0", "#f4f4f4",
         "busybox's shell, stty (termios ioctls)"),
        (90, "tty_io.c: tty_read / tty_write / tty_ioctl", "#eef3fb",
         "the file; sessions, pgrp, SIGTTIN/SIGTTOU, hangup"),
        (160, "n_tty.c: the line discipline N_TTY", "#e3f2d9",
         "ICANON lines, ECHO, ISIG (^C -> SIGINT), IXON"),
        (230, "tty_buffer.c: the flip buffer", "#fde9c8",
         "tty_insert_flip_string, flush_to_ldisc"),
        (300, "the driver: 8250.c (serial), vt.c (screen+keyboard)", "#e6e6f7",
         "struct tty_driver, tty_operations"),
        (370, "hardware: UART 16550A at 0x3f8, IRQ 4", "#f4f4f4",
         "serial8250_interrupt, rx kfifo, tasklet"),
    ]
    for y, label, fill, note in rows:
        s.box(20, y, 380, 44, label, fill=fill, size=12, bold=True)
        s.text(440, y + 27, note, size=11)
    # input goes up on the left, output down on the right of the stack
    for y in (370, 300, 230, 160, 90):
        s.arrow(60, y, 60, y - 26, color="#286")
    for y in (64, 134):
        s.arrow(360, y, 360, y + 26, color="#a33")
    # output does not go through the flip buffer: N_TTY calls the driver's write
    s.line(400, 182, 420, 182, color="#a33")
    s.line(420, 182, 420, 322, color="#a33")
    s.arrow(420, 322, 402, 322, color="#a33")
    s.arrow(360, 344, 360, 370, color="#a33")
    s.text(70, 452, "input (green): byte -> IRQ -> flip buffer -> N_TTY read buffer -> read()",
           size=11, color="#286")
    s.text(70, 466, "output (red): write() -> N_TTY (OPOST) -> driver write -> UART",
           size=11, color="#a33")
    return s.svg()


def buddy():
    """A zone of 16 frames: one order-0 allocation splits the order-4 block; freeing merges back."""
    s = Svg(820, 420, "The buddy allocator: splitting for an order-0 page, merging on free")
    s.text(20, 24, "alloc_pages(order 0) from a zone of 16 free frames: __rmqueue_smallest + expand()",
           bold=True)
    x0, fw, top, rh = 120, 36, 44, 52
    # (order, first frame, frames, kind): split = taken apart, free = put on free_area[order]
    rows = [(4, [(0, 16, "split")]),
            (3, [(0, 8, "split"), (8, 8, "free")]),
            (2, [(0, 4, "split"), (4, 4, "free")]),
            (1, [(0, 2, "split"), (2, 2, "free")]),
            (0, [(0, 1, "alloc"), (1, 1, "free")])]
    fills = {"split": "#fde9c8", "free": "#cde8c4", "alloc": "#f4c7c3"}
    for i, (order, blocks) in enumerate(rows):
        y = top + i * rh
        s.text(20, y + 21, "order %d" % order, bold=True)
        for first, n, kind in blocks:
            label = "%d" % first if n == 1 else "%d..%d" % (first, first + n - 1)
            s.box(x0 + first * fw, y, n * fw, 30, label, fill=fills[kind])
            if kind == "free":
                s.text(x0 + (first + n) * fw + 8, y + 20, "-> free_area[%d]" % order, size=11,
                       color="#286")
            if kind == "alloc":
                s.text(x0 + 4, y + 46, "^ page 0 is returned to the caller", size=11,
                       color="#a33")
        if i + 1 < len(rows):
            s.arrow(x0 + 14, y + 30, x0 + 14, y + rh, color="#a60")
    # merging goes back up, on the right
    mx = 760
    for i in range(4, 0, -1):
        s.arrow(mx, top + i * rh + 4, mx, top + (i - 1) * rh + 30, color="#286")
    s.text(mx - 8, top + 2 * rh + 12, "merge", anchor="end", size=11, color="#286", bold=True)
    y = top + 5 * rh + 24
    s.box(20, y, 12, 12, fill=fills["split"])
    s.text(38, y + 10, "split by expand()", size=11)
    s.box(200, y, 12, 12, fill=fills["free"])
    s.text(218, y + 10, "free block, on its order's list", size=11)
    s.box(470, y, 12, 12, fill=fills["alloc"])
    s.text(488, y + 10, "allocated", size=11)
    s.text(20, y + 36, "buddy of a block = pfn ^ (1 << order); merged block = pfn & ~(1 << order)",
           size=11)
    s.text(20, y + 52, "free page 0 (__free_one_page): buddy 1 free at order 0 -> [0,1]; buddy 2 at "
           "order 1 -> [0..3];", size=11)
    s.text(20, y + 68, "buddy 4 at order 2 -> [0..7]; buddy 8 at order 3 -> [0..15]: one order-4 "
           "block again (page_is_buddy)", size=11)
    return s.svg()


def slab_layout():
    """A cache, its three slab lists, one on-slab slab: colour, struct slab, bufctl, objects."""
    s = Svg(820, 440, "The slab layout: a cache, its lists, and one slab's free chain")
    s.box(20, 20, 220, 92, "struct kmem_cache\nname, buffer_size, num\ngfporder, colour\n"
          "array[cpu] -> array_cache", fill="#eef3fb", size=11)
    s.box(300, 20, 150, 30, "slabs_full", fill="#f4c7c3")
    s.box(470, 20, 150, 30, "slabs_partial", fill="#fde9c8")
    s.box(640, 20, 150, 30, "slabs_free", fill="#cde8c4")
    s.arrow(240, 50, 300, 36)
    s.text(300, 90, "cachep->lists: each slab is on one list, by its inuse count", size=11)
    s.arrow(470, 44, 200, 150, dash=True)
    # one slab: the pages of one kmem_getpages()
    y = 150
    s.text(20, y - 8, "one slab = 2^gfporder pages from the buddy allocator (PageSlab; "
           "page->lru.next = cache, .prev = slab)", size=11)
    parts = [(20, 60, "colour\noffset", "#f4f4f4"), (80, 150, "struct slab\nlist colouroff\n"
             "s_mem inuse=2 free=1", "#fde9c8"),
             (230, 140, "kmem_bufctl_t[num]\n[0] [1] [2] [3] [4]", "#fff1c4")]
    for x, w, t, f in parts:
        s.box(x, y, w, 60, t, fill=f, size=11)
    objs = [("obj 0", "#f4c7c3"), ("obj 1", "#cde8c4"), ("obj 2", "#f4c7c3"), ("obj 3", "#cde8c4"),
            ("obj 4", "#cde8c4")]
    for i, (t, f) in enumerate(objs):
        s.box(370 + i * 74, y, 74, 60, t + ("\nin use" if f == "#f4c7c3" else "\nfree"), fill=f,
              size=11)
    s.box(740, y, 60, 60, "left\nover", fill="#f4f4f4", size=11)
    s.arrow(190, y + 60, 370, y + 60 + 0.1, dash=True)
    s.text(236, y + 80, "s_mem: the first object", size=11)
    # the free chain: free=1 -> bufctl[1]=3 -> bufctl[3]=4 -> bufctl[4]=END
    cy = y + 120
    s.text(20, cy, "free chain (slab_get_obj / slab_put_obj):", bold=True, size=12)
    chain = ["free = 1", "bufctl[1] = 3", "bufctl[3] = 4", "bufctl[4] = BUFCTL_END"]
    for i, t in enumerate(chain):
        s.box(20 + i * 190, cy + 14, 170, 28, t, fill="#fff1c4", size=11)
        if i:
            s.arrow(20 + i * 190 - 20, cy + 28, 20 + i * 190, cy + 28)
    s.text(20, cy + 70, "allocate: obj = s_mem + free * buffer_size; free = bufctl[free]; inuse++",
           size=11)
    s.text(20, cy + 86, "free obj n: bufctl[n] = free; free = n; inuse-- (LIFO within the slab)",
           size=11)
    s.text(20, cy + 110, "Large objects keep struct slab and bufctl off the slab, in a kmalloc "
           "cache (CFLGS_OFF_SLAB).", size=11)
    s.text(20, cy + 126, "Each new slab starts colour_off bytes further in (colour_next), "
           "cycling through the leftover (mm/slab.c:cache_grow).", size=11)
    return s.svg()


def timer_wheel():
    """The five levels, timer_jiffies' index in tv1, and a tv2 slot cascading into tv1."""
    s = Svg(820, 400, "The timer wheel: five levels, and a cascade")
    s.text(20, 24, "tvec_base: expires - timer_jiffies picks the level; bits of expires pick the slot",
           bold=True)
    levels = [("tv1", 256, "0-7", "< 2^8 jiffies"), ("tv2", 64, "8-13", "< 2^14"),
              ("tv3", 64, "14-19", "< 2^20"), ("tv4", 64, "20-25", "< 2^26"),
              ("tv5", 64, "26-31", "later")]
    y = 50
    for i, (name, n, bits, span) in enumerate(levels):
        yy = y + i * 56
        s.text(20, yy + 20, name, bold=True)
        shown = 14
        for k in range(shown):
            fill = "#eef3fb"
            if i == 0 and k == 5:
                fill = "#fde9c8"
            if i == 1 and k == 2:
                fill = "#cde8c4"
            s.box(70 + k * 26, yy, 26, 28, "", fill=fill)
        s.text(70 + shown * 26 + 8, yy + 19, "... %d slots" % n, size=11)
        s.text(580, yy + 12, "slot = bits %s of expires" % bits, size=11)
        s.text(580, yy + 26, "timers due in %s" % span, size=11)
    # tv1's current index
    s.arrow(70 + 5 * 26 + 13, y - 8 + 0.1, 70 + 5 * 26 + 13, y)
    s.text(70 + 5 * 26 + 24, y - 4, "timer_jiffies & 255: __run_timers runs this slot's list",
           size=11, color="#a60")
    # a cascade: tv2's slot spreads over tv1
    sx, sy = 70 + 2 * 26 + 13, y + 56
    for k in (1, 7, 12):
        s.arrow(sx, sy, 70 + k * 26 + 13, y + 28, color="#286", dash=True)
    s.text(20, y + 5 * 56 + 12, "when tv1's index wraps to 0, cascade() empties the next tv2 slot "
           "(green) and re-files its timers:", size=11, color="#286")
    s.text(20, y + 5 * 56 + 28, "now less than 256 jiffies away, each lands in a tv1 slot; tv3 "
           "refills tv2 when tv2 wraps, and so on.", size=11, color="#286")
    s.text(20, y + 5 * 56 + 48, "mod_timer / del_timer: O(1) list operations. A timer moves at most "
           "four times (kernel/timer.c:internal_add_timer).", size=11)
    return s.svg()


def hrtimer_tree():
    """CLOCK_MONOTONIC's red-black tree, its cached first, and the device programmed for it."""
    s = Svg(820, 400, "hrtimers: a red-black tree per clock, ordered by expiry")
    s.box(20, 20, 250, 44, "hrtimer_cpu_base (hrtimer_bases)\nexpires_next = 120.5 ms",
          fill="#eef3fb", size=11)
    s.box(320, 20, 220, 44, "clock_base[CLOCK_REALTIME]\nactive: empty", fill="#f4f4f4", size=11)
    s.box(570, 20, 230, 44, "clock_base[CLOCK_MONOTONIC]\nactive: the tree below", fill="#eef3fb",
          size=11)
    s.arrow(270, 42, 320, 42)
    s.arrow(540, 42, 570, 42)
    nodes = {"root": (560, 120, "130 ms\ntick_sched_timer", "#333"),
             "l": (420, 200, "121 ms\nhrtimer_wakeup", "#a33"),
             "r": (700, 200, "900 ms\na driver's poll", "#a33"),
             "ll": (300, 280, "120.5 ms\ntest probe", "#333")}
    for a, b in (("root", "l"), ("root", "r"), ("l", "ll")):
        s.line(nodes[a][0], nodes[a][1] + 20, nodes[b][0], nodes[b][1] - 20)
    for x, yy, t, color in nodes.values():
        s.box(x - 70, yy - 20, 140, 40, t, fill="#fff" if color == "#333" else "#fbe3e1",
              stroke=color, size=11)
    s.arrow(685, 64, 580, 100, dash=True)
    s.box(20, 265, 140, 30, "first", fill="#cde8c4")
    s.arrow(160, 280, 230, 280, color="#286")
    s.text(20, 250, "the leftmost, cached:", size=11)
    s.box(20, 140, 200, 44, "clock event device (PIT)\none-shot at expires_next", fill="#fde9c8",
          size=11)
    s.arrow(120, 64, 120, 140)
    s.text(20, 330, "hrtimer_start: insert in O(log n) (enqueue_hrtimer; equal expiries go right: "
           "FIFO); cancel: rb_erase", size=11)
    s.text(20, 346, "hrtimer_interrupt: run every timer whose time has come, on each clock, then "
           "program the device for", size=11)
    s.text(20, 362, "the new earliest; tick_sched_timer is itself an hrtimer, re-armed every "
           "tick_period (kernel/hrtimer.c)", size=11)
    s.text(20, 386, "red-black: red nodes (pink) never have red children; every path has as many "
           "black nodes (lib/rbtree.c)", size=11)
    return s.svg()


def syscall_path():
    """write(1, buf, n) from the C library to the driver and back, with the kernel stack."""
    s = Svg(960, 470, "A system call's path: int $0x80 to sys_write and back")
    steps = [
        (20, "user: write(1, buf, n) in libc", "eax=4 ebx=1 ecx=buf edx=n; int $0x80", "#f4f4f4"),
        (76, "CPU: IDT gate 0x80 (DPL 3, trap gate)", "ring 0; esp = TSS.esp0; push ss esp "
         "eflags cs eip", "#fde9c8"),
        (132, "entry_32.asm: system_call", "push eax (orig_ax); SAVE_ALL -> struct pt_regs",
         "#eef3fb"),
        (188, "call [sys_call_table + 4*eax]", "the saved ebx ecx edx are the C arguments",
         "#eef3fb"),
        (244, "fs/read_write.c: sys_write -> vfs_write", "fget_light(fd); checks; f_op->write",
         "#e3f2d9"),
        (300, "the driver: tty_write, pipe_write, ...", "copy_from_user(buf): may fault, may sleep",
         "#e3f2d9"),
        (356, "syscall_exit", "eax -> pt_regs; cli; resched? schedule(); signal? "
         "do_notify_resume()", "#eef3fb"),
        (412, "restore_all: pop the frame; iret", "back in ring 3 after int $0x80; eax = the "
         "result or -errno", "#f4f4f4"),
    ]
    for y, label, note, fill in steps:
        s.box(20, y, 300, 40, label, fill=fill, size=11, bold=True)
        s.text(330, y + 24, note, size=11)
    for y in (60, 116, 172, 228, 284):
        s.arrow(170, y, 170, y + 16)
    s.arrow(300, 340, 300, 356, color="#a33")
    s.arrow(170, 396, 170, 412, color="#a33")
    # the frame on the kernel stack
    x, y = 780, 150
    s.text(x, y - 8, "kernel stack top (pt_regs)", size=11, bold=True)
    regs = ["ss", "esp", "eflags", "cs", "eip", "orig_ax", "gs fs es ds", "eax", "ebp edi esi",
            "edx", "ecx", "ebx  <- esp"]
    for i, r in enumerate(regs):
        fill = "#fde9c8" if i < 5 else "#eef3fb"
        s.box(x, y + i * 20, 160, 20, r, fill=fill, size=10)
    s.text(x, y + len(regs) * 20 + 16, "orange: pushed by the CPU", size=10)
    s.text(x, y + len(regs) * 20 + 30, "blue: by system_call", size=10)
    return s.svg()


def preempt_count():
    """The preempt count's fields, bit by bit, and what adds to each."""
    s = Svg(820, 330, "The preempt count: one word, four nesting counters")
    x0, cw, y = 56, 22, 60
    fields = [(0, 7, "PREEMPT", "#cde8c4"), (8, 15, "SOFTIRQ", "#fde9c8"),
              (16, 25, "HARDIRQ", "#f4c7c3"), (26, 26, "NMI", "#e6e6f7"),
              (28, 28, "A", "#fff1c4")]
    s.text(20, 24, "thread_info->preempt_count (include/linux/hardirq.h)", bold=True)

    def xbit(b):        # bit 31 on the left, as the word is written
        return x0 + (31 - b) * cw
    for b in range(32):
        s.box(xbit(b), y, cw, 26, "", fill="#f4f4f4")
        if b % 4 == 0 or b in (7, 15, 25, 26, 28, 31):
            s.text(xbit(b) + cw / 2, y - 6, str(b), anchor="middle", size=10)
    for lo, hi, name, fill in fields:
        s.box(xbit(hi), y, (hi - lo + 1) * cw, 26, name, fill=fill, size=11, bold=True)
    adds = [("#cde8c4", "PREEMPT  +1", "preempt_disable(), spin_lock()", "in_atomic(): any field"),
            ("#fde9c8", "SOFTIRQ  +2", "local_bh_disable()  (+1: __do_softirq() running)",
             "in_softirq(), in_serving_softirq()"),
            ("#f4c7c3", "HARDIRQ  +1", "irq_enter(): a hard interrupt handler",
             "in_irq(); in_interrupt(): any of the three"),
            ("#e6e6f7", "NMI      +1", "nmi_enter() in do_nmi(), with HARDIRQ +1 too", "in_nmi()"),
            ("#fff1c4", "A", "PREEMPT_ACTIVE: schedule() called by preemption",
             "its task stays on the run queue")]
    for i, (fill, name, what, test) in enumerate(adds):
        ty = y + 60 + i * 38
        s.box(20, ty, 14, 14, fill=fill)
        s.text(42, ty + 11, name, size=11, bold=True)
        s.text(150, ty + 11, what, size=11)
        s.text(150, ty + 25, test, size=10, color="#555")
    s.text(20, 320, "Bits 27 and 29-31 are unused. in_atomic() ignores A: a preempted task is not "
           "atomic (kernel/sched.c:preempt_schedule).", size=11)
    return s.svg()


FIGURES = {"pagewalk.svg": pagewalk, "cfs-timeline.svg": cfs_timeline,
           "tty-stack.svg": tty_stack,
           "buddy.svg": buddy, "slab-layout.svg": slab_layout, "timer-wheel.svg": timer_wheel,
           "hrtimer-tree.svg": hrtimer_tree, "syscall.svg": syscall_path,
           "preempt-count.svg": preempt_count}


def main(args=None):
    check = "--check" in (sys.argv[1:] if args is None else args)
    os.makedirs(OUT, exist_ok=True)
    stale = []
    for name, fn in FIGURES.items():
        path = os.path.join(OUT, name)
        text = fn()
        old = open(path).read() if os.path.exists(path) else None
        if check:
            if old != text:
                stale.append(name)
        elif old != text:
            with open(path, "w") as f:
                f.write(text)
            print("figures: wrote %s" % os.path.relpath(path, ROOT))
    if stale:
        print("figures: stale %s (run python3 scripts/figures.py)" % ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
