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


FIGURES = {"pagewalk.svg": pagewalk, "cfs-timeline.svg": cfs_timeline,
           "tty-stack.svg": tty_stack}


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
