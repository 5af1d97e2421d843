#!/usr/bin/python3
"""htmldocs.py - `make htmldocs`: the docs as a small static site under build/html.

  build/html/index.html        the reading order (docs/README.md) and links
  build/html/<chapter>.html    each docs/*.md chapter, rendered with python3-markdown
  build/html/api/<file>.html   the API reference, from the kernel-doc comments
  build/html/src/...           the cross-referenced source browser made by GNU Global's
                               htags: every identifier links to its definition and uses
  build/html/search.html       the search box's page; search-index.js is its index (the
                               chapters' titles, sections and text, every API function),
                               built here and searched in the browser: no server, no network
  build/html/figures/          the SVG figures (docs/figures/, made by scripts/figures.py)

In a chapter, a reference written as `path/file.c:function` becomes a link
to that function's line in the source browser, and `path/file.c` to the
file: the book and the code are one click apart. A bare identifier in a
code span (`cascade`, `schedule()`) links to its API entry, or else to its
definition, when the tree defines that name once. The links go back too:
an API page and a source page say which chapter sections explain their
file and functions, and a reference to a documented function carries an
"api" link. Chapters have previous/next links in the reading order of
docs/README.md's table. The API reference is grouped by subsystem and
renders the headers' kernel-doc too (structs with their members, macros,
inline functions), each with its prototype. The search covers chapters,
sections, the API and every identifier the source defines (from ctags:
functions, structs, unions, macros, typedefs, enums, globals, assembly
labels), as elixir's identifier search does. The NASM files, which GNU
Global does not parse, are cross-referenced here: each word of their code
(not of their comments) that names one definition links to it. Runs with Debian's
python3 (for python3-markdown) and needs `global` (gtags/htags).
"""
import html
import os
import re
import shutil
import subprocess
import sys

import markdown

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import kerneldoc  # noqa: E402

STYLE = """
body { font-family: sans-serif; max-width: 60em; margin: 1em auto; padding: 0 1em;
       line-height: 1.45; color: #222; }
nav { background: #f3f3ea; padding: .5em 1em; border-radius: 4px; margin-bottom: 1em; }
nav a { margin-right: 1em; }
pre, code { font-family: monospace; background: #f6f6f6; }
pre { padding: .6em; overflow-x: auto; border-left: 3px solid #cc9; }
table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .2em .5em; }
blockquote { background: #eef6ee; margin: 1em 0; padding: .3em 1em; border-left: 4px solid #6a6; }
.kdoc { border-top: 1px solid #ddd; padding-top: .5em; }
/* Try-it blocks (tests/harness/tryit.py runs them): commands bold, expected output plain */
pre.try { border-left: 3px solid #6a6; background: #f4faf4; position: relative; }
pre.try::before { content: "Try it \2014 checked by make test"; position: absolute; right: .6em;
                  top: .3em; font: .75em sans-serif; color: #6a6; }
pre.try code { background: none; }
pre.try .cmd { font-weight: bold; color: #124; }
pre.try .prompt { color: #777; user-select: none; }
.kdoc h3 { font-family: monospace; }
nav form { display: inline; float: right; } nav input { width: 12em; }
#results li { margin-bottom: .6em; } #results small { color: #666; }
img.figure { display: block; max-width: 100%; margin: 1em auto; }
p.pager { display: flex; justify-content: space-between; border-top: 1px solid #ddd;
          border-bottom: 1px solid #ddd; padding: .3em 0; font-size: .9em; }
a.ident { text-decoration: none; border-bottom: 1px dotted #669; }
a.api { font-size: .7em; vertical-align: super; margin-left: .15em; }
pre.proto { border-left: 3px solid #69c; }
.explained { background: #f3f3ea; padding: .3em .8em; font-size: .9em; }
.kdoc h4 { margin: .4em 0 .1em; font-size: .95em; }
"""


def page(title, body, depth=0):
    up = "../" * depth
    nav = ('<nav><a href="%sindex.html">Linnet</a><a href="%slabs/index.html">Labs</a>'
           '<a href="%sapi/index.html">API reference</a>'
           '<a href="%ssrc/index.html">Source browser</a>'
           '<form action="%ssearch.html"><input name="q" placeholder="search" aria-label="search">'
           '</form></nav>' % (up, up, up, up, up))
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title>"
            "<style>%s</style></head><body>%s%s</body></html>"
            % (html.escape(title), STYLE, nav, body))


SOURCE_DIRS_SKIPPED = {".git", "build", "iso"}


def source_files():
    """The .c, .h and .asm files of the tree, one per line: from git when this is a
    checkout, else (a release tarball) by walking the tree, as git would list them."""
    if os.path.isdir(os.path.join(ROOT, ".git")) or os.path.isfile(os.path.join(ROOT, ".git")):
        res = subprocess.run(["git", "ls-files", "*.c", "*.h", "*.asm"], cwd=ROOT, text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        if res.returncode == 0:
            return res.stdout
    found = []
    for top, dirs, names in os.walk(ROOT):
        dirs[:] = sorted(d for d in dirs
                         if not (top == ROOT and d in SOURCE_DIRS_SKIPPED) and not d.startswith("."))
        for n in sorted(names):
            if n.endswith((".c", ".h", ".asm")):
                found.append(os.path.relpath(os.path.join(top, n), ROOT))
    return "".join(f + "\n" for f in found)


def run_htags(out):
    """Build the source browser with GNU Global; return {path: html file relative to src/}."""
    work = os.path.join(out, "gtags")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    files = source_files()
    # gtags knows assembly as .s/.S; tell it that NASM's .asm is assembly too
    conf = os.path.abspath(os.path.join(work, "gtags.conf"))
    with open(conf, "w") as f:
        f.write("default:\\\n\t:tc=native:langmap=c\\:.c.h,asm\\:.s.S.asm:\n"
                "native:\\\n\t:tc=builtin-parser:\n"
                "builtin-parser:\\\n\t:langmap=c\\:.c.h,asm\\:.s.S.asm:\n")
    env = dict(os.environ, GTAGSOBJDIRPREFIX="", GTAGSCONF=conf)
    subprocess.run(["gtags", "-f", "-", work], cwd=ROOT, input=files, text=True, check=True,
                   env=env, stdout=subprocess.DEVNULL)
    src = os.path.join(out, "src")
    shutil.rmtree(src, ignore_errors=True)
    shutil.rmtree(src + ".tmp", ignore_errors=True)
    os.makedirs(src + ".tmp")
    subprocess.run(["htags", "-n", "-h", "-s", "-a", "--map-file", "-t", "Linnet source",
                    "-d", work, src + ".tmp"], cwd=ROOT, check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.rename(os.path.join(src + ".tmp", "HTML"), src)
    shutil.rmtree(src + ".tmp", ignore_errors=True)
    mapping = {}
    with open(os.path.join(src, "FILEMAP")) as f:
        for line in f:
            path, target = line.rstrip("\n").split("\t")
            mapping[path.lstrip("./")] = target
    return mapping


def line_of(path, name):
    """The line where @path defines @name, or 0."""
    try:
        with open(os.path.join(ROOT, path), errors="replace") as f:
            for n, line in enumerate(f, 1):
                if re.match(r"^[A-Za-z_][\w \t\*]*\b%s\s*[\(\[=;]" % re.escape(name), line) or \
                        re.match(r"^(#define\s+)?%s\b" % re.escape(name), line) or \
                        re.match(r"^\s*%s:" % re.escape(name), line):
                    return n
    except OSError:
        pass
    return 0


API = {}        # (path, function) -> (api page, anchor) of every documented function
IDENTS = {}     # name -> url (from the site's root) of a name defined exactly once
EXPLAINED = {}  # path -> [(chapter url, chapter title, section id, section title, names)]


def link_references(text, filemap, depth):
    """Turn `path/file.c:function` code spans (as rendered <code>) into source links,
    with an "api" link after a function the API reference documents."""
    up = "../" * depth

    def repl(m):
        ref = html.unescape(m.group(1))
        path, _, name = ref.partition(":")
        target = filemap.get(path)
        if not target:
            return m.group(0)
        anchor = ""
        if name:
            n = line_of(path, name)
            anchor = "#L%d" % n if n else ""
        link = '<a class="ref" href="%ssrc/%s%s"><code>%s</code></a>' % (
            up, target, anchor, html.escape(ref))
        api = API.get((path, name))
        if api:
            link += '<a class="api" href="%sapi/%s#%s" title="API reference">api</a>' % (
                up, api[0], api[1])
        return link

    def ident(m):
        url = IDENTS.get(m.group(1))
        if not url:
            return m.group(0)
        return '<a class="ident" href="%s%s">%s</a>' % (up, url, m.group(0))
    text = re.sub(r"<code>([\w./-]+\.(?:c|h|asm)(?::\w+)?)</code>", repl, text)
    # a bare identifier in a code span, as `cascade` or `mod_timer()`: its API entry, or
    # else its definition, when the name has exactly one
    return re.sub(r"(?<!>)<code>([A-Za-z_]\w*)(?:\(\))?</code>", ident, text)


def note_references(url, title, body):
    """Remember which section of chapter @url refers to which file and function, so that
    API and source pages can link back to the chapter (EXPLAINED)."""
    parts = re.split(r'(<h[23] id="[^"]+">.*?</h[23]>)', body)
    sec_id, sec_title = "", title
    for part in parts:
        h = re.match(r'<h[23] id="([^"]+)">(.*?)</h[23]>', part)
        if h:
            sec_id, sec_title = h.group(1), plain_text(h.group(2))
            continue
        found = {}
        for m in re.finditer(r'<a class="ref" href="[^"]*"><code>([^<]+)</code></a>', part):
            path, _, name = html.unescape(m.group(1)).partition(":")
            found.setdefault(path, set())
            if name:
                found[path].add(name)
        for path, names in found.items():
            EXPLAINED.setdefault(path, []).append((url, title, sec_id, sec_title, names))


def explained_html(path, up, name=None):
    """'Explained in' links to the chapter sections that refer to @path (to @name in it,
    when given), or ''."""
    seen, links = set(), []
    for url, title, sec_id, sec_title, names in EXPLAINED.get(path, []):
        if name is not None and name not in names:
            continue
        key = (url, sec_id)
        if key in seen:
            continue
        seen.add(key)
        label = "%s: %s" % (url[:-5] if url != "index.html" else "README", sec_title) \
            if sec_title != title else url[:-5]
        links.append('<a href="%s%s%s">%s</a>' % (up, url, "#" + sec_id if sec_id else "",
                                                   html.escape(label)))
    return ", ".join(links)


def style_try_blocks(body):
    """Try-it blocks (```try): a box of their own, the typed commands in bold."""
    def block(m):
        lines = []
        for line in m.group(1).split("\n"):
            p = re.match(r"(linnet&gt; |\(gdb\) |\$ )(.*)", line)
            lines.append('<span class="prompt">%s</span><span class="cmd">%s</span>' % p.groups()
                         if p else line)
        return '<pre class="try"><code class="language-try">%s</code></pre>' % "\n".join(lines)
    return re.sub(r'<pre><code class="language-try">(.*?)</code></pre>', block, body, flags=re.S)


SEARCH = []   # the search index: dicts with kind, title, url, and what to match


def plain_text(body):
    """A rendered page's text, without tags, squeezed."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", body))).strip()


def index_chapter(url, title, body):
    """Index a chapter: its title, each section (## heading, with its anchor), its text."""
    SEARCH.append({"k": "chapter", "t": title, "u": url, "x": plain_text(body)})
    for m in re.finditer(r'<h([23]) id="([^"]+)">(.*?)</h\1>', body):
        SEARCH.append({"k": "section", "t": plain_text(m.group(3)), "u": url + "#" + m.group(2),
                       "x": title})


SEARCH_PAGE = """<h1>Search</h1>
<p>Chapters, their sections, the API (functions, structs, macros) and every identifier the
source defines. Everything is searched here in the browser, in search-index.js, which
<code>make htmldocs</code> builds.</p>
<form><input id="q" name="q" size="40" autofocus></form><ol id="results"></ol>
<script src="search-index.js"></script>
<script>
function esc(s) { return s.replace(/[&<>"]/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;",
                                                     '"': "&quot;"}[c])); }
function score(e, words) {
  var t = e.t.toLowerCase(), x = e.x.toLowerCase(), s = 0;
  for (var w of words) {
    if (t === w) s += 100; else if (t.startsWith(w)) s += 40;
    else if (t.indexOf(w) >= 0) s += 20; else if (x.indexOf(w) >= 0) s += 1; else return 0;
  }
  return s + (e.u.startsWith("api/") ? 3 : e.k === "section" ? 1 : 0);
}
function snippet(e, w) {
  var i = e.x.toLowerCase().indexOf(w);
  if (e.k !== "chapter" || i < 0) return esc(e.x.slice(0, 160));
  return "&hellip;" + esc(e.x.slice(Math.max(0, i - 70), i + 90)) + "&hellip;";
}
function search(q) {
  var words = q.toLowerCase().split(/\s+/).filter(w => w), out = [];
  document.getElementById("q").value = q;
  if (!words.length) return;
  for (var e of LINNET_INDEX) { var s = score(e, words); if (s) out.push([s, e]); }
  out.sort((a, b) => b[0] - a[0]);
  document.getElementById("results").innerHTML = out.slice(0, 50).map(r =>
    '<li><a href="' + r[1].u + '">' + esc(r[1].t) + '</a> <small>' + r[1].k + '</small><br>' +
    '<small>' + snippet(r[1], words[0]) + '</small></li>').join("") ||
    "<li>Nothing matches.</li>";
}
search(new URLSearchParams(location.search).get("q") || "");
</script>
"""


def write_search(out):
    """search-index.js (one global, so that file:// pages can load it) and search.html."""
    import json
    with open(os.path.join(out, "search-index.js"), "w") as f:
        f.write("var LINNET_INDEX = %s;\n" % json.dumps(SEARCH, separators=(",", ":")))
    with open(os.path.join(out, "search.html"), "w") as f:
        f.write(page("Search", SEARCH_PAGE))


def copy_figures(out):
    """docs/figures/*.svg, which chapters show as ![...](figures/NAME.svg); they must be
    what scripts/figures.py draws."""
    import figures
    if figures.main(["--check"]):
        sys.exit(1)
    src = os.path.join(ROOT, "docs", "figures")
    if os.path.isdir(src):
        shutil.copytree(src, os.path.join(out, "figures"), dirs_exist_ok=True)


def reading_order(names):
    """The chapters of @names (file names) in docs/README.md's reading order: the table's
    rows first, then the others alphabetically. Labs go by their number."""
    try:
        with open(os.path.join(ROOT, "docs", "README.md")) as f:
            table = re.findall(r"^\|[^|]*\| \[[\w.-]+\]\(([\w-]+\.md)\)", f.read(), re.M)
    except OSError:
        table = []
    listed = [n for n in table if n in names]
    rest = sorted((n for n in names if n not in listed and n != "README.md"),
                  key=lambda n: [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", n)])
    return listed + rest


def pager(prev, nxt, index_title):
    """The previous/next links of a chapter: (target, title) pairs or None."""
    left = '<a rel="prev" href="%s">&larr; %s</a>' % (prev[0], html.escape(prev[1])) \
        if prev else '<a rel="up" href="index.html">&uarr; %s</a>' % html.escape(index_title)
    right = '<a rel="next" href="%s">%s &rarr;</a>' % (nxt[0], html.escape(nxt[1])) \
        if nxt else '<a rel="up" href="index.html">%s &uarr;</a>' % html.escape(index_title)
    return '<p class="pager">%s%s</p>' % (left, right)


def render_chapters(out, filemap, sub=""):
    """docs/*.md as pages (docs/labs/*.md under labs/ when @sub is "labs"), each with
    previous/next links in the reading order."""
    md = markdown.Markdown(extensions=["fenced_code", "tables", "toc"])
    docs = os.path.join(ROOT, "docs", sub)
    depth = 1 if sub else 0
    os.makedirs(os.path.join(out, sub), exist_ok=True)
    names = [n for n in os.listdir(docs) if n.endswith(".md")]
    pages = {}
    for name in names:
        with open(os.path.join(docs, name)) as f:
            text = f.read()
        title = re.search(r"^# (.*)$", text, re.M)
        pages[name] = (text, title.group(1) if title else name)
    order = reading_order(names)
    index_title = "Labs" if sub else "Reading Linnet"
    for name in names:
        text, title = pages[name]
        text = re.sub(r"\(([\w-]+)\.md\)", r"(\1.html)", text)
        text = re.sub(r"\(labs/([\w-]+)\.html\)", r"(labs/\1.html)", text)
        text = text.replace("(labs/README.html)", "(labs/index.html)")
        body = link_references(style_try_blocks(md.reset().convert(text)), filemap, depth)
        target = "index.html" if name == "README.md" else name[:-3] + ".html"
        body = body.replace('<img alt=', '<img class="figure" alt=')
        url = os.path.join(sub, target) if sub else target
        index_chapter(url, title, body)
        if not sub:
            note_references(url, title, body)
        if name in order:
            i = order.index(name)
            link = lambda j: (order[j][:-3] + ".html", pages[order[j]][1]) \
                if 0 <= j < len(order) else None  # noqa: E731
            nav = pager(link(i - 1), link(i + 1), index_title)
            body = nav + body + nav
        with open(os.path.join(out, sub, target), "w") as f:
            f.write(page(title, body, depth))


# The API reference's groups: (anchor, title, path prefixes), first match wins; a header
# goes by HEADER_GROUPS (its name), else to "headers".
SUBSYSTEMS = [
    ("boot", "Boot and setup", ["init/", "boot/", "arch/x86/boot/", "arch/x86/kernel/setup",
                                "arch/x86/kernel/head"]),
    ("irq", "Interrupts and traps", ["kernel/irq/", "kernel/softirq.c", "arch/x86/kernel/i8259",
                                     "arch/x86/kernel/irq", "arch/x86/kernel/traps",
                                     "arch/x86/kernel/entry"]),
    ("time", "Time and timers", ["kernel/time", "kernel/timer.c", "kernel/hrtimer.c",
                                 "kernel/posix", "kernel/itimer.c", "arch/x86/kernel/i8253",
                                 "arch/x86/kernel/tsc", "arch/x86/kernel/time"]),
    ("mm", "Memory", ["mm/", "arch/x86/mm/"]),
    ("sched", "Processes, scheduling and waiting",
     ["kernel/sched", "kernel/fork.c", "kernel/exit.c", "kernel/wait.c", "kernel/kthread.c",
      "kernel/workqueue.c", "kernel/signal.c", "kernel/pid.c", "kernel/futex.c",
      "arch/x86/kernel/process", "arch/x86/kernel/signal", "kernel/sys.c", "kernel/user.c",
      "kernel/cred.c", "kernel/capability.c", "kernel/groups.c", "kernel/uid16.c"]),
    ("locking", "Locking", ["kernel/spinlock.c", "kernel/mutex.c", "kernel/semaphore.c",
                            "kernel/rwsem.c", "lib/rwsem", "kernel/completion"]),
    ("fs", "Files and /proc", ["fs/"]),
    ("modules", "Modules", ["kernel/module.c", "kernel/params.c", "kernel/kallsyms.c"]),
    ("drivers", "Drivers and the tty", ["drivers/"]),
    ("debug", "Debugging and the monitor", ["kernel/debug/", "kernel/panic.c", "kernel/printk.c",
                                            "lib/bug.c", "mm/kasan", "lib/ubsan",
                                            "kernel/fault-inject", "lib/fault-inject",
                                            "arch/x86/kernel/dumpstack"]),
    ("lib", "Library", ["lib/"]),
    ("kernel", "Core kernel, other", ["kernel/", "arch/"]),
]
HEADER_GROUPS = {
    "irq": ["interrupt.h", "irq.h", "irqflags.h", "irqreturn.h", "hardirq.h", "i8259.h", "traps.h",
            "ptrace.h", "desc.h"],
    "time": ["tsc.h", "rtc.h", "timer.h", "hrtimer.h", "ktime.h", "jiffies.h", "clocksource.h", "clockchips.h",
             "time.h", "timex.h", "tick.h", "posix-timers.h", "delay.h"],
    "mm": ["fixmap.h", "kmap_types.h", "slab_def.h", "vmstat.h", "radix-tree.h", "uaccess.h", "mm.h", "mm_types.h", "mmzone.h", "gfp.h", "slab.h", "vmalloc.h", "highmem.h",
           "bootmem.h", "page-flags.h", "pgtable.h", "page.h", "mman.h", "rmap.h", "pagemap.h",
           "kasan.h", "mempool.h", "dmapool.h", "swap.h", "oom.h", "e820.h"],
    "sched": ["tls.h", "linnet_info.h", "utsname.h", "sched.h", "wait.h", "kthread.h", "workqueue.h", "signal.h", "pid.h", "futex.h",
              "thread_info.h", "cred.h", "resource.h", "kernel_stat.h", "preempt.h",
              "completion.h", "poll.h"],
    "locking": ["spinlock.h", "spinlock_types.h", "mutex.h", "semaphore.h", "rwsem.h",
                "rwlock.h", "seqlock.h", "atomic.h", "lockdep.h", "bit_spinlock.h"],
    "fs": ["path.h", "aio.h", "fs.h", "dcache.h", "namei.h", "file.h", "fdtable.h", "mount.h", "pipe_fs_i.h",
           "proc_fs.h", "seq_file.h", "sysctl.h", "stat.h", "fcntl.h", "ramfs.h", "fs_struct.h",
           "pagevec.h", "buffer_head.h", "statfs.h", "dirent.h", "binfmts.h", "elf.h",
           "fsnotify.h", "poll.h", "uio.h", "initramfs.h", "fasync.h"],
    "modules": ["module.h", "moduleparam.h", "kallsyms.h", "init.h", "export.h"],
    "drivers": ["tty_ldisc.h", "serial.h", "serial_8250.h", "kbd_kern.h", "sysrq.h", "n_tty.h", "device.h", "cdev.h", "tty.h", "tty_driver.h", "tty_flip.h", "serial_core.h",
                "serial_reg.h", "serio.h", "miscdevice.h", "kd.h", "vt.h", "termios.h",
                "major.h", "devres.h", "ioport.h", "io.h", "console.h", "keyboard.h"],
    "lib": ["klist.h", "math.h", "overflow.h", "prandom.h", "notifier.h", "rbtree_augmented.h", "inflate.h", "list.h", "rbtree.h", "kfifo.h", "kernel.h", "string.h", "bitops.h", "bitmap.h",
            "hash.h", "sort.h", "ctype.h", "types.h", "log2.h", "div64.h", "random.h", "crc32.h",
            "idr.h", "kref.h", "err.h", "compiler.h", "stddef.h", "byteorder.h", "math64.h",
            "bsearch.h", "jhash.h", "parser.h", "vsprintf.h"],
    "debug": ["kdebug.h", "kdb_io.h", "shell.h", "test.h", "printk_capture.h", "static_stub.h", "bench.h", "kernel.h", "printk.h", "bug.h", "kdb.h", "fault-inject.h", "ubsan.h",
              "stackprotector.h", "kallsyms.h"],
}


def group_of(rel):
    """The API reference's group of the file @rel."""
    if rel.endswith(".h"):
        base = os.path.basename(rel)
        for key, names in HEADER_GROUPS.items():
            if base in names:
                return key
        return "headers"
    for key, _, prefixes in SUBSYSTEMS:
        if any(rel.startswith(p) for p in prefixes):
            return key
    return "kernel"


def prototype_at(lines, i):
    """The prototype of the function defined at line index @i: its lines to the ')'."""
    proto, depth = [], 0
    for line in lines[i:i + 8]:
        proto.append(line.rstrip())
        depth += line.count("(") - line.count(")")
        if ")" in line and depth <= 0:
            break
    return "\n".join(proto) + ";"


def header_docs(path):
    """The kernel-doc blocks of a header: each as extract() gives them, with its kind
    (struct, union, enum, macro, function, declaration) and prototype (a struct with its
    members, a macro's #define line, an inline function's head)."""
    with open(path, errors="replace") as f:
        lines = f.read().split("\n")
    out = []
    i = 0
    while i < len(lines):
        if lines[i].strip() != "/**":
            i += 1
            continue
        end = i
        while end < len(lines) and "*/" not in lines[end]:
            end += 1
        block = lines[i:end + 1]
        j = end + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        i = end + 1
        head = re.sub(r"^\s*\*\s?", "", block[1]) if len(block) > 2 else ""
        m = re.match(r"(?:(struct|union|enum)\s+)?([\w]+)(?:\(\))?\s+-\s+\S", head)
        if not m or j >= len(lines):
            continue
        decl = lines[j]
        if re.match(r"^(?:typedef\s+)?(struct|union|enum)\b[^;(]*\{\s*$", decl):
            kind = re.match(r"^(?:typedef\s+)?(\w+)", decl).group(1)
            k = j
            while k < len(lines) and not re.match(r"^\}", lines[k]) and k - j < 80:
                k += 1
            proto = "\n".join(l.rstrip() for l in lines[j:k + 1])
        elif decl.startswith("#define"):
            kind = "macro"
            proto = re.sub(r"\s*\\$", "", decl).rstrip()
        elif "(" in decl and not decl.rstrip().endswith(";") or \
                re.match(r"^static\s+(inline|__always_inline)", decl):
            kind = "function"
            proto = prototype_at(lines, j).replace("\n{;", ";").rstrip("{; \n") + ";"
        else:
            kind = "declaration"
            proto = decl.rstrip()
        d = kerneldoc.parse_block(block)
        d.update(name=m.group(2), line=j + 1, kind=kind, proto=proto)
        out.append(d)
    return out


def body_html(body):
    """A kernel-doc body: Context: and Return: as sections, indented text (diagrams, code)
    as <pre>, the rest as paragraphs."""
    out = []
    for para in re.split(r"\n\s*\n", body.strip()):
        if not para.strip():
            continue
        m = re.match(r"^(Context|Returns?|Note|Example|Locking):\s*(.*)$", para, re.S)
        if m:
            out.append("<h4>%s</h4><p>%s</p>" % (m.group(1), html.escape(" ".join(
                m.group(2).split()))))
        elif any(l.startswith((" ", "\t")) for l in para.split("\n")):
            out.append("<pre>%s</pre>" % html.escape(para))
        else:
            out.append("<p>%s</p>" % html.escape(" ".join(para.split())))
    return "\n".join(out)


def collect_api(filemap):
    """[(rel, page, docs)] for every documented .c function and header item; fills API."""
    files = []
    for path in kerneldoc.source_files():
        rel = os.path.relpath(path, ROOT)
        docs = kerneldoc.extract(path)
        if not docs:
            continue
        with open(path, errors="replace") as f:
            lines = f.read().split("\n")
        for d in docs:
            d.update(kind="function", proto=prototype_at(lines, d["line"] - 1))
        files.append((rel, docs))
    headers = sorted(f for f in source_files().split("\n")
                     if f.endswith(".h") and f.startswith(("include/", "arch/x86/include/")))
    for rel in headers:
        docs = header_docs(os.path.join(ROOT, rel))
        if docs:
            files.append((rel, docs))
    out = []
    for rel, docs in files:
        fname = rel.replace("/", "_") + ".html"
        for d in docs:
            API.setdefault((rel, d["name"]), (fname, d["name"]))
        out.append((rel, fname, docs))
    return out


def render_api(out, filemap, files):
    """The API pages (one per file) and their index, grouped by subsystem."""
    api = os.path.join(out, "api")
    os.makedirs(api, exist_ok=True)
    groups = {}
    total = 0
    for rel, fname, docs in files:
        parts = ["<h1>%s</h1>" % html.escape(rel)]
        src = filemap.get(rel)
        links = ['<a href="../src/%s">source</a>' % src] if src else []
        where = explained_html(rel, "../")
        if where:
            links.append("explained in " + where)
        if links:
            parts.append('<p class="explained">%s</p>' % " &middot; ".join(links))
        for d in docs:
            name = html.escape(d["name"])
            link = '<a href="../src/%s#L%d">%s</a>' % (src, d["line"], name) if src else name
            kind = d["kind"]
            label = "%s()" % link if kind == "function" else \
                "%s %s" % (kind, link) if kind in ("struct", "union", "enum", "macro") else link
            parts.append('<div class="kdoc"><h3 id="%s">%s</h3><p>%s</p>'
                         % (name, label, html.escape(d["summary"])))
            parts.append('<pre class="proto">%s</pre>' % html.escape(d["proto"]))
            if d["params"]:
                parts.append("<dl>" + "".join("<dt><code>%s</code></dt><dd>%s</dd>"
                                              % (html.escape(p), html.escape(t))
                                              for p, t in d["params"]) + "</dl>")
            if d["body"]:
                parts.append(body_html(d["body"]))
            where = explained_html(rel, "../", d["name"])
            if where:
                parts.append('<p class="explained">Explained in %s</p>' % where)
            parts.append("</div>")
            total += 1
            SEARCH.append({"k": kind if kind != "declaration" else "api", "t": d["name"],
                           "u": "api/%s#%s" % (fname, d["name"]),
                           "x": "%s - %s" % (rel, d["summary"])})
        groups.setdefault(group_of(rel), []).append((rel, fname, docs))
        with open(os.path.join(api, fname), "w") as f:
            f.write(page("API: " + rel, "\n".join(parts), 1))
    titles = [(k, t) for k, t, _ in SUBSYSTEMS] + [("headers", "Other headers")]
    toc, body = [], []
    for key, title in titles:
        if key not in groups:
            continue
        entries = sorted(groups[key], key=lambda e: (e[0].endswith(".h"), e[0]))
        n = sum(len(d) for _, _, d in entries)
        toc.append('<a href="#%s">%s</a> (%d)' % (key, html.escape(title), n))
        body.append('<h2 id="%s">%s</h2><ul>' % (key, html.escape(title)))
        for rel, fname, docs in entries:
            names = ", ".join('<a href="%s#%s"><code>%s%s</code></a>' % (
                fname, html.escape(d["name"]), html.escape(d["name"]),
                "()" if d["kind"] == "function" else "") for d in docs)
            body.append('<li><a href="%s">%s</a>: %s</li>' % (fname, html.escape(rel), names))
        body.append("</ul>")
    with open(os.path.join(api, "index.html"), "w") as f:
        f.write(page("API reference", "<h1>API reference</h1><p>%d documented functions, "
                     "structs and macros, from the kernel-doc comments of the .c files and "
                     "the headers, grouped by subsystem.</p><p>%s</p>%s"
                     % (total, " &middot; ".join(toc), "\n".join(body)), 1))


CTAGS_KINDS = {"function", "struct", "union", "macro", "typedef", "enum", "enumerator",
               "variable", "label", "define"}


def index_identifiers(filemap):
    """Every identifier the source defines (ctags), for the search and the source pages:
    ({(path, line): name} of the functions, {name: [(path, line)]} of the functions,
    labels, variables and macros)."""
    import json
    files = [f for f in source_files().split("\n") if f and not f.startswith("tests/")]
    try:
        p = subprocess.run(["ctags", "-L", "-", "-f", "-", "--output-format=json",
                            "--fields=+nKf", "--kinds-C=fsudtgev", "--kinds-Asm=+l"], cwd=ROOT, input="\n".join(files), text=True,
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    except OSError:
        return {}, {}
    funcs, defs = {}, {}
    for line in p.stdout.split("\n"):
        try:
            t = json.loads(line)
        except ValueError:
            continue
        kind = t.get("kind")
        path = t.get("path", "")
        target = filemap.get(path)
        if kind not in CTAGS_KINDS or not target or t.get("name", "").startswith("__anon"):
            continue
        kind = "macro" if kind == "define" else kind
        SEARCH.append({"k": kind, "t": t["name"], "u": "src/%s#L%d" % (target, t["line"]),
                       "x": "%s in %s" % (kind, path)})
        if kind == "function":
            funcs[(path, t["line"])] = t["name"]
        if kind in ("function", "label", "macro") or kind == "variable" and not t.get("file"):
            # (a static variable's name, as `mask`, is more often some struct's member)
            defs.setdefault(t["name"], []).append((path, t["line"]))
    by_name = {}
    for (path, name), (fname, anchor) in API.items():
        by_name.setdefault(name, []).append("api/%s#%s" % (fname, anchor))
    for name, where in defs.items():
        if len(by_name.get(name, [])) == 1:
            IDENTS[name] = by_name[name][0]
        elif len(where) == 1 and name not in by_name:
            IDENTS[name] = "src/%s#L%d" % (filemap[where[0][0]], where[0][1])
    return funcs, defs


ASM_LINE = re.compile(r"^(<a id='L(\d+)' name='L\d+'></a> *\d+ )(.*)$", re.M)
# a NASM comment starts at a ';' that does not end an HTML entity
ASM_COMMENT = re.compile(r"(?<!&lt)(?<!&gt)(?<!&amp)(?<!&quot);")
# NASM's words, never links (universal-ctags takes some instructions for labels)
ASM_WORDS = set("""mov movl movzx movsx push pop pusha popa pushf popf call jmp ret iret lea add sub
and or xor not neg inc dec cmp test bt bts btr shl shr sar sal rol ror mul imul div idiv cli sti
hlt nop int into cld std rep repe repne stos stosd stosb movs movsd movsb lods cmpxchg xchg lgdt
lidt ltr lldt sgdt sidt in out inb outb jz jnz je jne jae jb jbe ja jl jle jg jge jc jnc js jns
loop eax ebx ecx edx esi edi ebp esp ax bx cx dx al ah bl bh cl ch dl dh cs ds es fs gs ss cr0
cr2 cr3 cr4 dr0 dr6 dr7 db dw dd dq resb resw resd times section segment global extern align bits
equ byte word dword qword ptr near far short macro endmacro include define""".split())


def link_asm(text, rel, filemap, defs):
    """Cross-reference a NASM file's page, which GNU Global leaves mostly plain: each word
    that names one definition elsewhere (a C function, a label, a variable, a macro)
    links to its line, as htags links C identifiers."""
    def line(m):
        out, in_link, comment = [], False, False
        for part in re.split(r"(<[^>]+>)", m.group(3)):
            if part.startswith("<"):
                in_link = (in_link or part.startswith("<a ")) and not part.startswith("</a")
                out.append(part)
            elif in_link or comment:
                out.append(part)
            else:
                c = ASM_COMMENT.search(part)
                code, rest = (part[:c.start()], part[c.start():]) if c else (part, "")
                comment = bool(c)
                out.append(re.sub(r"(?<![&\w.%$])[A-Za-z_]\w*\b",
                                  lambda w: word(w.group(0), int(m.group(2))), code) + rest)
        return m.group(1) + "".join(out)

    def word(name, lineno):
        where = defs.get(name)
        if not where or len(where) != 1 or name.lower() in ASM_WORDS:
            return name
        path, n = where[0]
        if (path, n) == (rel, lineno) or path not in filemap:
            return name
        return "<a href='../%s#L%d' title='Defined at %d in %s.'>%s</a>" % (
            filemap[path], n, n, path, name)
    return ASM_LINE.sub(line, text)


# The source browser's front page starts where the machine does, not with htags' list of
# main()s (the host tests'): (path, name, what happens there), in the order it happens.
ENTRY_POINTS = [
    ("boot/head.asm", "_start", "GRUB jumps here: the boot page tables, paging on, the stack"),
    ("init/main.c", "start_kernel", "every subsystem set up, in order (docs/boot.md)"),
    ("init/main.c", "kernel_init", "pid 1: the initcalls, the tests, then /init or the monitor"),
    ("arch/x86/kernel/entry_32.asm", "common_entry", "every interrupt and exception"),
    ("arch/x86/kernel/entry_32.asm", "system_call", "int $0x80 (docs/processes.md)"),
    ("kernel/sched.c", "schedule", "the scheduler (docs/sched.md)"),
    ("mm/page_alloc.c", "alloc_pages", "the page allocator (docs/memory.md)"),
    ("kernel/debug/kdb/kdb_main.c", "run_command", "the kernel monitor's commands (docs/shell.md)"),
]


def source_front_page(out, filemap, defs):
    """src/index.html: the entry points and the docs in place of htags' MAINS list."""
    path = os.path.join(out, "src", "index.html")
    with open(path, errors="replace") as f:
        text = f.read()
    rows = []
    for rel, name, what in ENTRY_POINTS:
        n = next((line for p, line in defs.get(name, []) if p == rel), 0)
        if rel in filemap and n:
            rows.append("<li><a href='%s#L%d'>%s</a> <small>%s</small> &mdash; %s</li>" % (
                filemap[rel], n, name, rel, html.escape(what)))
    front = ("<h2 class='header'>WHERE TO START</h2>\n<p><a href='../index.html'>The chapters</a> "
             "&middot; <a href='../api/index.html'>the API reference</a> &middot; "
             "<a href='../search.html'>search every identifier</a></p>\n<ol>\n%s\n</ol>\n"
             % "\n".join(rows))
    text = re.sub(r"<h2 class='header'>MAINS</h2>\n<pre>.*?</pre>\n", lambda m: front, text,
                  count=1, flags=re.S)
    with open(path, "w") as f:
        f.write(text)


def annotate_sources(out, filemap, funcs, defs):
    """Link each source page back to the docs: under its title, the chapters that explain
    the file and its API page; in place of htags' per-function navigation line, the API
    entry and the chapter sections of that function."""
    src = os.path.join(out, "src")
    style = "background:#f3f3ea;padding:.3em .8em;font-family:sans-serif;font-size:.9em"
    for rel, target in filemap.items():
        path = os.path.join(src, target)
        try:
            with open(path, errors="replace") as f:
                text = f.read()
        except OSError:
            continue
        up = "../" * (target.count("/") + 1)
        fname = rel.replace("/", "_") + ".html"
        links = ['<a href="%sindex.html">Linnet docs</a>' % up]
        if os.path.exists(os.path.join(out, "api", fname)):
            links.append('<a href="%sapi/%s">API reference of this file</a>' % (up, fname))
        where = explained_html(rel, up)
        if where:
            links.append("explained in " + where)
        banner = '<p class="linnet" style="%s">%s</p>' % (style, " &middot; ".join(links))
        # htags' navigation line under the title: replaced by the banner
        text, n = re.subn(r"(</h2>\n)<em class='comment'>/\* \[.*?\[help\]</a> \*/</em>\n",
                          lambda m: m.group(1) + banner + "\n", text, count=1)
        if not n:
            text = text.replace("</h2>\n", "</h2>\n" + banner + "\n", 1)
        # and the one at the bottom
        text = re.sub(r"\n<em class='comment'>/\* \[&lt;\]\[&gt;\].*?\[help\]</a> \*/</em>\n",
                      "\n" + banner + "\n", text)

        def nav(m):
            name = funcs.get((rel, int(m.group(2))))
            extra = []
            if name and (rel, name) in API:
                extra.append('<a href="%sapi/%s#%s">[api]</a>' % (up, API[(rel, name)][0], name))
            if name:
                w = explained_html(rel, up, name)
                if w:
                    extra.append("explained in " + w)
            tail = ("     <em class='comment'>/* %s */</em>\n" % " ".join(extra)) if extra else ""
            return m.group(1) + tail
        text = re.sub(r"(<a id='L(\d+)' name='L\d+'></a>[^\n]*\n)[ \t]+<em class='comment'>/\* "
                      r"(?:<a href='#L\d+'>)?\[&lt;\].*?\[help\]</a> \*/</em>\n", nav, text)
        if rel.endswith(".asm"):
            text = link_asm(text, rel, filemap, defs)
        with open(path, "w") as f:
            f.write(text)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "html")
    os.makedirs(out, exist_ok=True)
    filemap = run_htags(out)
    files = collect_api(filemap)
    funcs, defs = index_identifiers(filemap)
    render_chapters(out, filemap)
    render_chapters(out, filemap, "labs")
    render_api(out, filemap, files)
    annotate_sources(out, filemap, funcs, defs)
    source_front_page(out, filemap, defs)
    copy_figures(out)
    write_search(out)
    print("htmldocs: %s/index.html" % out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
