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
file: the book and the code are one click apart. Runs with Debian's
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


def link_references(text, filemap, depth):
    """Turn `path/file.c:function` code spans (as rendered <code>) into source links."""
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
        return '<a class="ref" href="%ssrc/%s%s"><code>%s</code></a>' % (
            up, target, anchor, html.escape(ref))
    return re.sub(r"<code>([\w./-]+\.(?:c|h|asm)(?::\w+)?)</code>", repl, text)


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
<p>Chapters, their sections, and the API's functions. Everything is searched here in the
browser, in search-index.js, which <code>make htmldocs</code> builds.</p>
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
  return s + (e.k === "function" ? 2 : e.k === "section" ? 1 : 0);
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


def render_chapters(out, filemap, sub=""):
    """docs/*.md as pages (docs/labs/*.md under labs/ when @sub is "labs")."""
    md = markdown.Markdown(extensions=["fenced_code", "tables", "toc"])
    docs = os.path.join(ROOT, "docs", sub)
    depth = 1 if sub else 0
    os.makedirs(os.path.join(out, sub), exist_ok=True)
    for name in sorted(os.listdir(docs)):
        if not name.endswith(".md"):
            continue
        with open(os.path.join(docs, name)) as f:
            text = f.read()
        text = re.sub(r"\(([\w-]+)\.md\)", r"(\1.html)", text)
        text = re.sub(r"\(labs/([\w-]+)\.html\)", r"(labs/\1.html)", text)
        text = text.replace("(labs/README.html)", "(labs/index.html)")
        body = link_references(style_try_blocks(md.reset().convert(text)), filemap, depth)
        title = re.search(r"^# (.*)$", text, re.M)
        target = "index.html" if name == "README.md" else name[:-3] + ".html"
        body = body.replace('<img alt=', '<img class="figure" alt=')
        index_chapter(os.path.join(sub, target) if sub else target,
                      title.group(1) if title else name, body)
        with open(os.path.join(out, sub, target), "w") as f:
            f.write(page(title.group(1) if title else name, body, depth))


def render_api(out, filemap):
    api = os.path.join(out, "api")
    os.makedirs(api, exist_ok=True)
    entries = []
    for path in kerneldoc.source_files():
        rel = os.path.relpath(path, ROOT)
        docs = kerneldoc.extract(path)
        if not docs:
            continue
        fname = rel.replace("/", "_") + ".html"
        parts = ["<h1>%s</h1>" % html.escape(rel)]
        src = filemap.get(rel)
        if src:
            parts.append('<p><a href="../src/%s">source</a></p>' % src)
        for d in docs:
            link = '<a href="../src/%s#L%d">%s</a>' % (src, d["line"], html.escape(d["name"])) \
                if src else html.escape(d["name"])
            parts.append('<div class="kdoc"><h3 id="%s">%s()</h3><p>%s</p>'
                         % (d["name"], link, html.escape(d["summary"])))
            if d["params"]:
                parts.append("<dl>" + "".join("<dt><code>%s</code></dt><dd>%s</dd>"
                                              % (html.escape(p), html.escape(t))
                                              for p, t in d["params"]) + "</dl>")
            if d["body"]:
                parts.append("<pre>%s</pre>" % html.escape(d["body"]))
            parts.append("</div>")
            entries.append((d["name"], fname, rel))
            SEARCH.append({"k": "function", "t": d["name"], "u": "api/%s#%s" % (fname, d["name"]),
                           "x": "%s - %s" % (rel, d["summary"])})
        with open(os.path.join(api, fname), "w") as f:
            f.write(page("API: " + rel, "\n".join(parts), 1))
    rows = "".join('<li><a href="%s#%s"><code>%s()</code></a> <small>%s</small></li>'
                   % (f, n, html.escape(n), html.escape(r)) for n, f, r in sorted(entries))
    with open(os.path.join(api, "index.html"), "w") as f:
        f.write(page("API reference", "<h1>API reference</h1><p>%d documented functions, "
                     "from the kernel-doc comments.</p><ul>%s</ul>" % (len(entries), rows), 1))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "html")
    os.makedirs(out, exist_ok=True)
    filemap = run_htags(out)
    render_chapters(out, filemap)
    render_chapters(out, filemap, "labs")
    render_api(out, filemap)
    copy_figures(out)
    write_search(out)
    print("htmldocs: %s/index.html" % out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
