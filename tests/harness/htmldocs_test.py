"""htmldocs_test.py - load the docs site in headless Chromium, as a reader would.

Builds the site (`make htmldocs`), then with Debian's Chromium in headless
mode: loads the index, a chapter, an API page and a source page; follows a
`file.c:function` reference from the chapter into the source browser and
checks it lands on the function's line; checks every local link of the
chapter resolves; follows the previous/next links through every chapter
of the reading order; searches for chapters, API functions and source
identifiers (a static struct, a macro, an assembly label); checks the API
index is grouped by subsystem, a header's struct and macro are rendered
with their prototypes, and that chapter, API and source link to each other
both ways; saves screenshots under build/html-screenshots/.

One Chromium loads every page, driven over its DevTools pipe
(--remote-debugging-pipe: JSON messages ending in a NUL byte, on its file
descriptors 3 and 4): a Chromium started per page (--dump-dom,
--screenshot) cost 1.6 s of CPU each, 20 of them a run. What a page gives
is the same: its DOM after the load event (document.documentElement's
outerHTML, which --dump-dom prints), and a PNG of a 1200x900 window.
"""
import base64
import html.parser
import json
import os
import re
import shutil
import subprocess
import tempfile
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--allow-file-access-from-files"]


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and "href" in a:
            self.links.append((a["href"], a.get("class", "")))


class Browser:
    """One headless Chromium, one tab, driven over the DevTools pipe."""

    def __init__(self, profile, timeout=90):
        self.timeout = timeout
        to_chrome, self.w = os.pipe()
        self.r, from_chrome = os.pipe()
        # the shell puts the pipes at 3 and 4, where Chromium looks for them
        cmd = " ".join(["exec chromium"] + FLAGS + [
            "--user-data-dir=" + profile, "--remote-debugging-pipe", "--window-size=1200,900",
            "--hide-scrollbars", "about:blank", "3<&%d 4>&%d" % (to_chrome, from_chrome)])
        self.proc = subprocess.Popen(["sh", "-c", cmd], pass_fds=(to_chrome, from_chrome),
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        os.close(to_chrome)
        os.close(from_chrome)
        self.buf = b""
        self.next_id = 0
        self.events = []
        self.session = None
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.send("Page.enable")

    def _message(self):
        import select
        while b"\0" not in self.buf:
            ready, _, _ = select.select([self.r], [], [], self.timeout)
            data = os.read(self.r, 1 << 20) if ready else b""
            if not data:
                raise OSError("chromium said nothing for %d s (or exited)" % self.timeout)
            self.buf += data
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def send(self, method, **params):
        """Run one DevTools command; its result (events that come meanwhile are kept)."""
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params}
        if self.session:
            msg["sessionId"] = self.session
        os.write(self.w, json.dumps(msg).encode() + b"\0")
        while True:
            reply = self._message()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise OSError("%s: %s" % (method, reply["error"]))
                return reply["result"]
            self.events.append(reply.get("method"))

    def load(self, url):
        """Navigate to @url and wait for its load event."""
        self.events = []
        self.send("Page.navigate", url=url)
        while "Page.loadEventFired" not in self.events:
            self.events.append(self._message().get("method"))

    def dom(self, url):
        self.load(url)
        return self.send("Runtime.evaluate", expression="document.documentElement.outerHTML",
                         returnByValue=True)["result"].get("value", "")

    def shot(self, url, png):
        self.load(url)
        data = base64.b64decode(self.send("Page.captureScreenshot", format="png")["data"])
        with open(png, "wb") as f:
            f.write(data)
        return len(data) > 1000

    def close(self):
        os.close(self.w)
        os.close(self.r)
        self.proc.kill()
        self.proc.wait()


FIGURES = {"memory.html": ["pagewalk.svg", "buddy.svg"], "sched.html": ["cfs-timeline.svg"],
           "tty.html": ["tty-stack.svg"], "slab.html": ["slab-layout.svg"],
           "time.html": ["timer-wheel.svg", "hrtimer-tree.svg"], "processes.html": ["syscall.svg"],
           "locking.html": ["preempt-count.svg"]}


def site_figures(site, load):
    """Each figure is in its chapter, has a numbered caption, and is an SVG file of the site."""
    missing = []
    for chapter, figs in FIGURES.items():
        text = load(chapter)
        for fig in figs:
            m = re.search(r'<img class="figure" alt="[^"]+" src="figures/%s"\s*/?>\s*</p>\s*'
                          r'<p><em>Figure \d+\. ' % re.escape(fig), text)
            path = os.path.join(site, "figures", fig)
            if not m or not os.path.exists(path) or "<svg" not in open(path).read(200):
                missing.append("%s in %s" % (fig, chapter))
    return [("htmldocs/figures", not missing, "missing or without caption: %s" % missing)]


def reading_order(site):
    """The chapters as the index's table lists them."""
    with open(os.path.join(site, "index.html")) as f:
        return re.findall(r'<td><a href="([\w-]+\.html)">', f.read())


def site_navigation(site, load):
    """prev/next: memory.html sits between time.html and sched.html (in Chromium), and
    following next from the first chapter visits every chapter of the table in order."""
    out = []
    text = load("memory.html")
    out.append(("htmldocs/prev-next-links", bool(
        re.search(r'<a rel="prev" href="time.html">', text) and
        re.search(r'<a rel="next" href="sched.html">', text)), text[:600]))
    order = reading_order(site)
    seen, page = [], order[0] if order else None
    while page and page not in seen and len(seen) < 100:
        seen.append(page)
        with open(os.path.join(site, page)) as f:
            m = re.search(r'<a rel="next" href="([\w-]+\.html)">', f.read())
        page = m.group(1) if m else None
    out.append(("htmldocs/next-walks-reading-order", len(order) > 20 and seen[:len(order)] == order,
                "table %s\nwalked %s" % (order, seen)))
    return out


def identifier_lands(site, found, name, path):
    """The first search result for @name is its definition in @path's source page, and
    the anchored line there names it."""
    m = re.match(r'<li><a href="(src/[^"#]+)#L(\d+)">%s</a> <small>\w+</small><br><small>\w+ in %s'
                 r'</small>' % (re.escape(name), re.escape(path)), found)
    if not m:
        return False
    with open(os.path.join(site, m.group(1)), errors="replace") as f:
        line = re.search(r"id='L%s'[^\n]*" % m.group(2), f.read())
    return bool(line) and name in line.group(0)


def site_api(site, load):
    """The API index is grouped by subsystem; a header's struct and macro are rendered
    with their prototypes and members; Context: is a section of its own."""
    out = []
    index = load("api/index.html")
    mm = re.search(r'<h2 id="mm">Memory</h2>(.*?)<h2', index, re.S)
    sched = re.search(r'<h2 id="sched">[^<]*</h2>(.*?)<h2', index, re.S)
    ok = mm and sched and "kmem_cache_alloc()" in mm.group(1) and "schedule()" in sched.group(1) \
        and "kmem_cache_alloc()" not in sched.group(1)
    out.append(("htmldocs/api-grouped-by-subsystem", bool(ok), index[:800]))
    page = load("api/include_linux_mm_types.h.html")
    out.append(("htmldocs/api-header-struct", bool(re.search(
        r'<h3 id="page">struct <a href="[^"]+#L\d+">page</a></h3>.*?<pre class="proto">struct page \{'
        r'\n.*?unsigned long flags;.*?\};</pre>', page, re.S)), page[:800]))
    page = load("api/include_linux_wait.h.html")
    out.append(("htmldocs/api-header-macro", bool(re.search(
        r'<pre class="proto">#define wait_event_interruptible\(wq, condition\)</pre>', page)) and
        "<h4>Context</h4>" in page, page[:800]))
    return out


def site_links_both_ways(site, load):
    """A chapter links a function to its source line and its API entry; the API entry links
    back to the chapter's section and to the source; the source page links to both."""
    out = []
    chapter = load("time.html")
    out.append(("htmldocs/chapter-to-api", '<a class="api" href="api/kernel_timer.c.html#mod_timer"'
                in chapter, chapter[:300]))
    # a bare identifier: `cascade` (static, kernel/timer.c) to its line; `schedule()` to the API
    with open(os.path.join(site, "src", "FILEMAP")) as f:
        timer_c = dict(l.rstrip("\n").split("\t") for l in f)["kernel/timer.c"]
    m = re.search(r'<a class="ident" href="src/%s#L(\d+)"><code>cascade</code></a>'
                  % re.escape(timer_c), chapter)
    line = re.search(r"id='L%s'[^\n]*" % m.group(1), load("src/" + timer_c)) if m else None
    sched = load("sched.html")
    out.append(("htmldocs/chapter-identifiers-linked", bool(line) and "cascade" in line.group(0)
                and '<a class="ident" href="api/kernel_sched.c.html#schedule"><code>schedule()'
                '</code></a>' in sched, m.group(0) if m else "no link for `cascade`"))
    api = load("api/kernel_timer.c.html")
    entry = re.search(r'<h3 id="mod_timer">.*?</div>', api, re.S)
    out.append(("htmldocs/api-to-chapter", bool(entry) and
                'href="../time.html#the-timer-wheel"' in entry.group(0) and
                re.search(r'href="../src/[^"]+#L\d+">mod_timer</a>', entry.group(0)) is not None,
                entry.group(0)[:800] if entry else api[:500]))
    with open(os.path.join(site, "src", "FILEMAP")) as f:
        target = dict(l.rstrip("\n").split("\t") for l in f)["kernel/timer.c"]
    src = load("src/" + target)
    head = src[:src.find("<pre")] if "<pre" in src else src[:3000]
    m = re.search(r"id='L(\d+)'[^\n]*>mod_timer</a>\([^\n]*\n\s*<em class='comment'>/\* (.*?) \*/",
                  src)
    ok = 'href="../../time.html#the-timer-wheel"' in head and \
        'href="../../api/kernel_timer.c.html"' in head and m is not None and \
        'href="../../api/kernel_timer.c.html#mod_timer"' in m.group(2) and \
        'href="../../time.html#the-timer-wheel"' in m.group(2) and "[help]" not in src
    out.append(("htmldocs/source-to-chapter-and-api", ok, (m.group(0) if m else head)[-800:]))
    return out


def site_asm_xref(site, load):
    """The NASM files are cross-referenced: head.asm's `call start_kernel` links to
    start_kernel's line in init/main.c, entry_32.asm's call of do_trap_or_irq to traps.c;
    words in comments and instructions stay plain."""
    with open(os.path.join(site, "src", "FILEMAP")) as f:
        target = dict(l.rstrip("\n").split("\t") for l in f)
    out = []
    for asm, name, cfile in (("boot/head.asm", "start_kernel", "init/main.c"),
                             ("arch/x86/kernel/entry_32.asm", "do_trap_or_irq",
                              "arch/x86/kernel/traps.c")):
        page = load("src/" + target[asm])
        m = re.search(r"call <a href='\.\./(S/\d+\.html)#L(\d+)'[^>]*>%s</a>" % name, page)
        ok = bool(m) and m.group(1) == target[cfile]
        if ok:
            line = re.search(r"id='L%s'[^\n]*" % m.group(2), load("src/" + target[cfile]))
            ok = bool(line) and name in line.group(0)
        plain = not re.search(r"(?<!&lt)(?<!&gt)(?<!&amp)(?<!&quot);[^\n]*<a href='\.\./S/[^']*'"
                              r"[^>]*>\w+</a>", page) and \
            not re.search(r">(?:push|mov|call)</a>", page)
        out.append(("htmldocs/asm-xref-" + os.path.basename(asm), ok and plain,
                    m.group(0) if m else page[:500]))
    return out


def run(build):
    out = []
    p = subprocess.run(["make", "-s", "BUILD=" + build, "htmldocs"], cwd=ROOT,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    out.append(("htmldocs/builds", p.returncode == 0, p.stdout[-2000:]))
    if p.returncode:
        return out
    site = os.path.abspath(os.path.join(ROOT, build, "html"))
    shots = os.path.abspath(os.path.join(ROOT, build, "html-screenshots"))
    shutil.rmtree(shots, ignore_errors=True)
    os.makedirs(shots)
    profile = tempfile.mkdtemp(prefix="linnet-chromium-")
    browser = None
    try:
        browser = Browser(profile)
        dom, shot = browser.dom, browser.shot
        url = lambda rel: "file://" + os.path.join(site, rel)  # noqa: E731
        # pages with no script are checked as files (the DOM Chromium shows is their
        # HTML): a Chromium run costs seconds on a loaded machine
        def read(rel):
            try:
                with open(os.path.join(site, rel), errors="replace") as f:
                    return f.read()
            except OSError:
                return ""
        index = dom(url("index.html"))
        out.append(("htmldocs/index-loads", "Reading Linnet" in index and "boot.html" in index,
                    index[-500:]))
        chapter = dom(url("boot.html"))
        parser = Links()
        parser.feed(chapter)
        refs = [h for h, c in parser.links if "ref" in c and "#L" in h]
        out.append(("htmldocs/chapter-has-source-links", "start_kernel" in chapter and len(refs) > 5,
                    "%d references with line anchors" % len(refs)))
        broken = []
        for href, _ in parser.links:
            target = urllib.parse.urlparse(href)
            if target.scheme or not target.path:
                continue
            if not os.path.exists(os.path.join(site, target.path)):
                broken.append(href)
        out.append(("htmldocs/chapter-links-resolve", not broken, "broken: %s" % broken[:5]))
        ok, detail = False, "no reference with a line anchor"
        target = next((h for h in refs if re.search(r"#L\d+$", h)), None)
        ref_text = re.search(r'href="%s"><code>([^<]+)</code>' % re.escape(target or "x"), chapter)
        if target and ref_text:
            page_path, line = target.split("#L")
            src = dom(url(page_path))
            name = ref_text.group(1).split(":")[-1]
            m = re.search(r"id=\"L%s\"[^\n]*" % line, src)
            ok = bool(m) and name in m.group(0)
            detail = "followed %s (%s): %s" % (target, name, m.group(0)[:200] if m else "no anchor")
        out.append(("htmldocs/reference-lands-on-function", ok, detail))
        api = read("api/kernel_printk.c.html")
        out.append(("htmldocs/api-page", 'id="vprintk"' in api and "@fmt" not in api
                    and "format, optionally" in api, api[-300:]))
        labs = read("labs/index.html")
        lab = read("labs/lab5-seq-file.html")
        out.append(("htmldocs/labs", "make grade LAB=N" in labs and "lab1-dmapool.html" in labs
                    and "misc_seq_start" in lab, labs[-300:]))
        shell = read("shell.html")
        out.append(("htmldocs/try-it-blocks-styled", '<pre class="try">' in shell and
                    '<span class="cmd">buddyinfo</span>' in shell, shell[-300:]))
        src_index = read("src/index.html")
        # its front page starts at the entry points, not at htags' list of the host tests' main()s
        out.append(("htmldocs/source-browser", "Linnet source" in src_index and "MAINS" not in
                    src_index and re.search(r"<li><a href='S/\d+\.html#L\d+'>start_kernel</a> "
                                            r"<small>init/main\.c</small>", src_index) is not None,
                    src_index[-300:]))
        # the search runs in the page, from search-index.js: no server, no network
        def results(query):
            m = re.search(r'<ol id="results">(.*?)</ol>', dom(url("search.html") + "?q=" + query), re.S)
            return m.group(1) if m else "(no results list)"
        found = results("spin_lock_irqsave")
        out.append(("htmldocs/search-finds-chapter", 'href="locking.html"' in found, found[:600]))
        found = results("mutex_lock")
        out.append(("htmldocs/search-finds-function", found.startswith(
            '<li><a href="api/kernel_mutex.c.html#mutex_lock">'), found[:600]))
        none = results("zzqqxx")
        out.append(("htmldocs/search-nothing", "Nothing matches" in none, none[:300]))
        out += site_figures(site, read)
        out += site_navigation(site, lambda rel: dom(url(rel)))
        found = results("tvec_base")    # a struct private to kernel/timer.c
        out.append(("htmldocs/search-finds-static-struct",
                    identifier_lands(site, found, "tvec_base", "kernel/timer.c"), found[:600]))
        found = results("TVR_BITS")
        out.append(("htmldocs/search-finds-macro",
                    identifier_lands(site, found, "TVR_BITS", "kernel/timer.c"), found[:600]))
        found = results("syscall_exit")  # a label in entry_32.asm
        out.append(("htmldocs/search-finds-asm-label", identifier_lands(
            site, found, "syscall_exit", "arch/x86/kernel/entry_32.asm"), found[:600]))
        out += site_api(site, read)
        out += site_links_both_ways(site, read)
        out += site_asm_xref(site, read)
        shots_ok = all(shot(url(rel), os.path.join(shots, png)) for rel, png in (
            ("index.html", "index.png"), ("memory.html#4-the-buddy-allocator", "chapter-memory.png"),
            ("api/include_linux_mm_types.h.html#page", "api-struct-page.png"),
            ("search.html?q=tvec_base", "search-identifier.png"),
            ("labs/lab1-dmapool.html", "lab1.png"),
            (refs[0].split("#")[0] if refs else "", "source.png")))
        out.append(("htmldocs/screenshots", shots_ok, "saved in %s" % shots))
    except OSError as e:
        out.append(("htmldocs/browser", False, "chromium: %s" % e))
    finally:
        if browser:
            browser.close()
        shutil.rmtree(profile, ignore_errors=True)
    return out
