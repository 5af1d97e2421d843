"""htmldocs_test.py - load the docs site in headless Chromium, as a reader would.

Builds the site (`make htmldocs`), then with Debian's Chromium in headless
mode: loads the index, a chapter, an API page and a source page; follows a
`file.c:function` reference from the chapter into the source browser and
checks it lands on the function's line; checks every local link of the
chapter resolves; saves screenshots under build/html-screenshots/.

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
        api = dom(url("api/kernel_printk.c.html"))
        out.append(("htmldocs/api-page", 'id="vprintk"' in api and "@fmt" not in api
                    and "format, optionally" in api, api[-300:]))
        labs = dom(url("labs/index.html"))
        lab = dom(url("labs/lab5-seq-file.html"))
        out.append(("htmldocs/labs", "make grade LAB=N" in labs and "lab1-dmapool.html" in labs
                    and "misc_seq_start" in lab, labs[-300:]))
        shell = dom(url("shell.html"))
        out.append(("htmldocs/try-it-blocks-styled", '<pre class="try">' in shell and
                    '<span class="cmd">buddyinfo</span>' in shell, shell[-300:]))
        src_index = dom(url("src/index.html"))
        out.append(("htmldocs/source-browser", "Linnet source" in src_index, src_index[-300:]))
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
        fig = dom(url("memory.html"))
        out.append(("htmldocs/figures", 'src="figures/pagewalk.svg"' in fig and
                    all(os.path.exists(os.path.join(site, "figures", f)) for f in
                        ("pagewalk.svg", "cfs-timeline.svg", "tty-stack.svg")), fig[-300:]))
        shots_ok = all(shot(url(rel), os.path.join(shots, png)) for rel, png in (
            ("search.html?q=mutex_lock", "search.png"), ("figures/cfs-timeline.svg", "figure-cfs.png"),
            ("index.html", "index.png"), ("boot.html", "chapter-boot.png"),
            ("shell.html", "chapter-shell.png"),
            ("labs/lab1-dmapool.html", "lab1.png"),
            ("api/kernel_printk.c.html", "api-printk.png"), (refs[0] if refs else "", "source.png")))
        out.append(("htmldocs/screenshots", shots_ok, "saved in %s" % shots))
    except OSError as e:
        out.append(("htmldocs/browser", False, "chromium: %s" % e))
    finally:
        if browser:
            browser.close()
        shutil.rmtree(profile, ignore_errors=True)
    return out
