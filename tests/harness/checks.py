"""checks.py - the harness's checks, each a function returning results.

A check takes the Context and returns a list of (name, ok, detail). Add a
check by writing a function and listing it in ALL. Boots use the default
-m 128M and -icount unless the check says otherwise.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

import console
import ktap
import qemu
import verdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


class Context:
    def __init__(self, build):
        self.build = build
        self.kernel = os.path.join(build, "kernel.elf")
        self._iso_lock = threading.Lock()
        self._iso = None
        self._variant_lock = threading.Lock()
        self._variants = {}

    def variant(self, name):
        """(kernel, log) of the Makefile's variant kernel @name (TEST_VARIANTS).

        `make test-build-NAME` builds it into BUILD/NAME, the command `make
        test` ran before the harness (then this finds nothing to do); checks
        that boot the same variant wait for one build. kernel is None if the
        build failed. A variant has no initramfs of its own: its boots take
        the normal build's (initrd()).
        """
        with self._variant_lock:
            lock = self._variants.setdefault(name, threading.Lock())
        with lock:
            kernel = os.path.join(self.build, name, "kernel.elf")
            p = subprocess.run(["make", "-s", "-j2", "BUILD=" + self.build, "test-build-" + name],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            return (kernel if p.returncode == 0 else None), p.stdout[-3000:]

    def initrd(self):
        """The normal build's initramfs, which the variant kernels boot too."""
        return qemu.default_initrd(self.kernel)

    def boot(self, append, **kw):
        return qemu.boot(kernel=self.kernel, append=qemu.test_cmdline(append), **kw)

    def test_iso(self, cmdline):
        """A GRUB ISO whose menu entry boots the kernel with @cmdline."""
        with self._iso_lock:
            if self._iso:
                return self._iso
            top = os.path.join(self.build, "test-iso")
            shutil.rmtree(top, ignore_errors=True)
            os.makedirs(os.path.join(top, "root/boot/grub"))
            shutil.copy(self.kernel, os.path.join(top, "root/boot/kernel.elf"))
            with open(os.path.join(ROOT, "iso/boot/grub/grub.cfg")) as f:
                cfg = f.read()
            initrd = qemu.default_initrd(self.kernel)
            if initrd:
                shutil.copy(initrd, os.path.join(top, "root/boot/initramfs.cpio"))
            else:
                cfg = re.sub(r"\n\s*module\s+/boot/initramfs.cpio", "", cfg)
            cfg = re.sub(r"(multiboot\s+/boot/kernel.elf).*", r"\1 " + cmdline, cfg)
            with open(os.path.join(top, "root/boot/grub/grub.cfg"), "w") as f:
                f.write(cfg)
            iso = os.path.join(top, "linnet-test.iso")
            subprocess.run(["grub-mkrescue", "-o", iso, os.path.join(top, "root")],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            self._iso = iso
            return iso


def result(name, ok, detail="", res=None):
    if not ok and res is not None:
        detail += "\n--- last serial lines ---\n" + res.tail()
    return [(name, ok, detail)]


def expect_lines(name, res, patterns):
    """Each regex in @patterns must match some console line."""
    missing = [p for p in patterns if not re.search(p, res.output, re.M)]
    return result(name, not missing, "missing: %s" % missing if missing else "", res)


# --- KUnit suites ------------------------------------------------------

def ktest_all(ctx):
    """Every KUnit suite, on the default machine; Linux's KTAP parser agrees."""
    # about 60 s on an idle host; the limit catches a hang, not a slow host
    res = ctx.boot("ktest=all panic=-1", timeout=240)
    return verdict.ktest_results(res, "ktest") + kunit_py_parse(ctx, "ktest", res.output)


def _kunit_py(ctx):
    return os.path.join(ctx.build, "linux-source", "tools", "testing", "kunit", "kunit.py")


def kunit_py_parse(ctx, label, output):
    """Linux's own KTAP parser (kunit.py parse, from linux-source-6.12) reads
    @output with no error or warning and finds nothing failed or crashed."""
    tool = _kunit_py(ctx)
    name = "%s/kunit.py-parse" % label
    if not os.path.exists(tool):
        return result(name, False, "%s missing: run make upstream" % tool)
    p = subprocess.run([sys.executable, tool, "parse"], input=output, text=True,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
    text = re.sub(r"\x1b\[[0-9;]*m", "", p.stdout)
    summary = [l for l in text.split("\n") if "Testing complete." in l]
    bad = [l for l in text.split("\n")
           if "[PASSED]" not in l and "[SKIPPED]" not in l
           and re.search(r"\[ERROR\]|\[CRASHED\]|\[FAILED\]|WARN|[Ee]rror", l)]
    if summary and re.search(r"(failed|crashed|errors): [1-9]", summary[0]):
        bad.append(summary[0])
    ok = p.returncode == 0 and summary and not bad
    detail = (summary[0].split("] ", 1)[-1] if summary else "no summary") + "\n" + "\n".join(bad[:20])
    if not ok:
        detail += "\n--- kunit.py rc=%d, last lines ---\n%s" % (p.returncode, "\n".join(text.split("\n")[-15:]))
    return [(name, ok, detail)]


def _upstream_skips(output):
    """(case, reason) for every case Linux's tests reported skipped (a parameterised
    case's name has spaces: "example value 3")."""
    return re.findall(r"\bok \d+ (.+?) # SKIP (.*)$", output, re.M)


def upstream_kunit(ctx):
    """Linux's own KUnit tests (tests/upstream/files.txt, compiled unmodified
    into build/upstream/kernel.elf): every suite passes, and kunit.py parse
    reads the output with no error or warning. Skipped cases are listed."""
    kernel = os.path.join(ctx.build, "upstream", "kernel.elf")
    if not os.path.exists(kernel):
        return result("upstream/build", False, "%s missing: run make upstream" % kernel)
    # time_test's 58 million dates take ~20 s of guest time: allow for a loaded machine.
    # Linux's suites here time nothing (no sleeps, no clocks compared), so this boot
    # runs without -icount, which doubles QEMU's cost per instruction (45 s of CPU
    # with it, 22 s without, for the same results).
    res = qemu.boot(kernel=kernel, append=qemu.test_cmdline("ktest=all panic=-1"), timeout=400,
                    icount=False)
    out = verdict.ktest_results(res, "upstream")
    out += kunit_py_parse(ctx, "upstream", res.output)
    with open(os.path.join(ROOT, "tests", "upstream", "files.txt")) as f:
        files = [l.split("#")[0].strip() for l in f if l.split("#")[0].strip()]
    suites = len(ktap.parse(res.output).subtests)
    skips = _upstream_skips(res.output)
    out += [("upstream/coverage", suites >= len(files),
             "%d files, %d suites; skipped cases:\n%s" % (
                 len(files), suites, "\n".join("  %s: %s" % s for s in skips) or "  none"))]
    return out


def slab_suites(ctx):
    """At 16M, 128M and 2G the slab, kmalloc and vmalloc suites pass; without slab_debug too."""
    out = []
    for mem in ("16M", "128M", "2G"):
        res = ctx.boot("ktest=slab,slab_contexts,kmalloc,vmalloc panic=-1", mem=mem, timeout=90)
        out += verdict.ktest_results(res, "slab-%s" % mem)
        debug = re.search(r"slab error in verify_redzone_free\(\): cache `test_dfree': "
                          r"double free detected", res.output)
        out += result("slab-%s/reports-seen" % mem, bool(debug), "no double-free report", res)
    res = ctx.boot("ktest=slab,kmalloc panic=-1 slab_debug=0")
    out += verdict.ktest_results(res, "slab-nodebug")
    out += result("slab-nodebug/kmalloc-unchecked",
                  "kmalloc_double_kfree_test # SKIP" in res.output, "not skipped", res)
    return out


def pcp_fast_path(ctx):
    """Order 0 through the per-CPU list costs fewer instructions than through the buddy core."""
    res = ctx.boot("bench=page_order0_pcp,page_order0_drained panic=-1", mem="128M")
    got = {m.group(1): int(m.group(2))
           for m in re.finditer(r"# bench: (page_order0_\w+) ops=\d+ total=\d+ per_op=(\d+)", res.output)}
    ok = len(got) == 2 and got["page_order0_pcp"] < got["page_order0_drained"]
    return result("bench/pcp-cheaper-than-buddy", ok, "instructions per pair: %s" % got, res)


def vmalloc_guard_oops(ctx):
    """Reading past a vmalloc area faults on its guard page; the oops names the area."""
    res = ctx.boot("ktest=demo_vmalloc_guard panic=-1")
    failures = [d for _, ok, d in verdict.ktest_results(res, "vmalloc-guard") if not ok]
    out = result("vmalloc/guard-fault-fails-the-case",
                 any("oops or panic" in d for d in failures), str(failures[:2]), res)
    out += expect_lines("vmalloc/guard-page-oops", res, [
        r"BUG: unable to handle kernel paging request at c[0-9a-f]{7}",
        r"vmalloc: fault at (c[0-9a-f]{7}) in the guard page of area "
        r"0xc[0-9a-f]{7}-0xc[0-9a-f]{7} 12288 \(demo_vmalloc_guard_test\+0x",
        r"Oops: 0000 \[#1\]",
        r"EIP is at demo_vmalloc_guard_test\+0x"])
    return out


# --- boot paths --------------------------------------------------------

def grub_iso(ctx):
    """The GRUB ISO boots the kernel, with GRUB's command line."""
    cmdline = "ktest=kunit panic=-1 loglevel=7"
    res = qemu.boot(iso=ctx.test_iso(cmdline), timeout=60)
    out = verdict.ktest_results(res, "grub")
    out += expect_lines("grub/command-line", res, [
        r"Booted by: GRUB", r"Kernel command line: %s$" % re.escape(cmdline),
        r"^\[ *\d+\.\d+\] Linnet version "])
    return out


def linux_module_source(ctx):
    """A textbook module builds in: module_init runs at boot, module_param reads the command line."""
    res = ctx.boot("ktest=module_compat panic=-1 loglevel=8 module_compat_test.howmany=3 "
                   "module_compat_test.whom=student module_compat_test.howmany=x")
    out = verdict.ktest_results(res, "module")
    out += expect_lines("module/params-from-command-line", res, [
        r"# module_params_test: howmany=3 whom=student$",
        r"module_compat_test\.howmany: 'x' invalid for parameter \(-22\)"])
    hellos = len(re.findall(r"\] Hello, student$", res.output, re.M))
    out += result("module/init-ran-once-with-params", hellos == 3, "%d greetings" % hellos, res)
    return out


def banner_first(ctx):
    """The banner is the first line on the console, with version and HZ."""
    res = ctx.boot("ktest=kunit panic=-1")
    first = res.output.lstrip("\n").split("\n")[0]
    ok = re.match(r"\[    0\.000000\] Linnet version \S+ .* HZ=\d+$", first) is not None
    return result("boot/banner-first", ok, "first line: %r" % first, res)


def memory_maps(ctx):
    """The e820 map is printed for small and large machines; RAM above 4 GiB is refused."""
    out = []
    res = ctx.boot("ktest=kunit panic=-1", mem="16M")
    out += expect_lines("memmap/16M", res, [
        r"BIOS-provided physical RAM map:",
        r"BIOS-e820: 0000000000000000 - 000000000009fc00 \(usable\)",
        r"BIOS-e820: 0000000000100000 - 0000000000fe0000 \(usable\)",
        r"Memory: 15871k usable RAM"])
    res = ctx.boot("ktest=kunit panic=-1", mem="3584M")
    out += expect_lines("memmap/3584M", res, [
        r"BIOS-e820: 0000000100000000 - 0000000120000000 \(usable\)",
        r"512 MiB of RAM above 4 GiB ignored"])
    return out


def command_line(ctx):
    """console= (several; the last is preferred), quiet and loglevel= are obeyed; unknown words are reported."""
    out = []
    res = ctx.boot("ktest=kunit panic=-1 loglevel=3 frobnicate=1")
    out += result("cmdline/loglevel-3-hides-info", "Detected" not in res.output
                  and "KTAP version 1" not in res.output and res.status == qemu.EXIT_PASS,
                  "info lines were shown at loglevel=3", res)
    res = ctx.boot("ktest=kunit panic=-1 frobnicate=1")
    out += expect_lines("cmdline/unknown-reported", res,
                        [r'Unknown kernel command line parameters "frobnicate=1"'])
    res = ctx.boot("ktest=kunit panic=-1 console=tty0")
    out += result("cmdline/console-tty0-silences-serial",
                  "Linnet version" not in res.output and res.status == qemu.EXIT_PASS,
                  "serial still printed with console=tty0", res)
    # several console=, options after the comma; the last is /dev/console (ktest=console)
    res = ctx.boot("ktest=console panic=-1 console=ttyS0,115200n8 console=tty0")
    out += result("cmdline/console-last-is-preferred",
                  res.status == qemu.EXIT_PASS and "console [tty0] enabled" in res.output
                  and "Linnet version" in res.output, "", res)
    # quiet: only KERN_WARNING and worse on the console, as 2.6.32's console_loglevel 4
    res = ctx.boot("ktest=kunit panic=-1 quiet")
    out += result("cmdline/quiet-hides-notice",
                  res.status == qemu.EXIT_PASS and "Linnet version" not in res.output
                  and "Unknown kernel command line" not in res.output, "", res)
    return out


# --- interrupts and time ----------------------------------------------

def hz1000(ctx):
    """An HZ=1000 build ticks at 1000 Hz: the time suites pass in it too. (The
    Makefile's debug variant, DEBUG=1 HZ=1000: debug_build's GDB checks boot it too.)"""
    kernel, log = ctx.variant("debug")
    if not kernel:
        return result("hz1000/build", False, log)
    # -Og runs more instructions than -O2: room on a loaded machine
    res = qemu.boot(kernel=kernel, append="ktest=jiffies,timer,time panic=-1", initrd=ctx.initrd(),
                    timeout=90)
    out = verdict.ktest_results(res, "hz1000")
    out += expect_lines("hz1000/banner-and-rate", res, [
        r"Linnet version .* HZ=1000$",
        r"jiffies_advance_at_hz_test: HZ=1000: \d+ jiffies"])
    return out


def highres_off(ctx):
    """highres=off keeps the periodic tick; hrtimers then run from it, never early."""
    res = ctx.boot("ktest=hrtimer,jiffies highres=off panic=-1")
    out = verdict.ktest_results(res, "highres-off")
    out += expect_lines("highres-off/periodic", res, [
        r"hrtimer_1ms_relative_test: periodic tick: a 1 ms timer fired after \d+ ns",
        r"jiffies_lost_ticks_absorbed_test: 1 jiffies, \d+ ns after 5\.5 tick periods"])
    return out


def time_without_icount(ctx):
    """Without -icount, ticks held off by cli cost no time: the clocksource absorbs them."""
    res = ctx.boot("ktest=jiffies.jiffies_lost_ticks_absorbed_test panic=-1", icount=False)
    return verdict.ktest_results(res, "no-icount")


def irq_reports(ctx):
    """The nobody-cared rule prints Linux's report and disables the line."""
    res = ctx.boot("ktest=irq panic=-1")
    return expect_lines("irq/nobody-cared-report", res, [
        r'irq 5: nobody cared \(try booting with the "irqpoll" option\)',
        r"^\[ *\d+\.\d+\] handlers:$",
        r"\(test_handler\+0x0/0x[0-9a-f]+\)",
        r"Disabling IRQ #5$",
        r"IRQ handler type mismatch for IRQ 0",
        r"Trying to free already-free IRQ 5",
        r"Unbalanced enable for IRQ 5"])

def irq_misrouted(ctx):
    """irqpoll, irqfixup and noirqdebug as 2.6.32's: the boot warnings, and what each polls."""
    out = []
    for opt, lines in (("irqpoll", [r"Misrouted IRQ fixup and polling support enabled$",
                                    r"This may significantly impact system performance$",
                                    r"irq_misrouted_test: irqfixup=2$"]),
                       ("irqfixup", [r"Misrouted IRQ fixup support enabled\.$",
                                     r"This may impact system performance\.$",
                                     r"irq_misrouted_test: irqfixup=1$"]),
                       ("noirqdebug", [r"IRQ lockup detection disabled$",
                                       r"irq_misrouted_test: irqfixup=0$"])):
        res = ctx.boot("%s ktest=irq.irq_misrouted_test panic=-1" % opt)
        out += verdict.ktest_results(res, "irq-" + opt)
        out += expect_lines("irq-%s/messages" % opt, res, lines)
    return out


# --- physical memory ---------------------------------------------------

LINUX_128M = {"DMA": (4095, 3998), "Normal": (28640, 28640)}  # REFERENCE.md, Linux 6.1


def _expected_zones(output):
    """Zone (spanned, present) computed from the console's e820 lines, as i386 splits them."""
    ram = []
    for a, b in re.findall(r"BIOS-e820: ([0-9a-f]{16}) - ([0-9a-f]{16}) \(usable\)", output):
        s, e = max((int(a, 16) + 4095) >> 12, 1), min(int(b, 16) >> 12, 1 << 20)
        if s < e:
            ram.append((s, e))
    max_pfn = max(e for _, e in ram)
    start = min(s for s, _ in ram)
    out = {}
    for name, bound in (("DMA", 0x1000), ("Normal", 0x38000), ("HighMem", 1 << 20)):
        end = max(min(bound, max_pfn), start)
        present = sum(max(0, min(e, end) - max(s, start)) for s, e in ram)
        if present:
            out[name] = (end - start, present)
        start = end
    return out


def mm_zones(ctx):
    """At 16M..3500M: zones match the e820 map; the mm suites pass; each bad free is reported."""
    out = []
    for mem in ("16M", "128M", "1G", "2G", "3500M"):
        res = ctx.boot("ktest=buddy,buddy_bad_page,highmem panic=-1", mem=mem, timeout=90)
        out += verdict.ktest_results(res, "mm-%s" % mem)
        seen = {z: (int(s), int(p)) for z, s, p in re.findall(
            r"Node 0, zone +(\w+)\n(?:.*\n){5}.*spanned +(\d+)\n.*present +(\d+)", res.output)}
        want = _expected_zones(res.output)
        out += result("mm-%s/zone-sizes" % mem, seen == want,
                      "zoneinfo says %s, e820 says %s" % (seen, want), res)
        if mem == "128M":
            out += result("mm-128M/zones-as-linux", all(seen.get(z) == v for z, v in LINUX_128M.items()),
                          "zoneinfo %s, Linux %s" % (seen, LINUX_128M), res)
        reports = res.output.count("BUG: Bad page state in process")
        out += result("mm-%s/bad-page-reports" % mem, reports == 5,
                      "%d Bad page state reports, want 5" % reports, res)
        # named after the task that asked (current->comm), never "swapper" while tasks exist
        fails = len(re.findall(r"(?m)\] (?!swapper:)\S+: page allocation failure\. order:0, mode:0xd0",
                               res.output))
        out += result("mm-%s/one-allocation-failure-report" % mem, fails == (mem != "16M"),
                      "%d failure reports" % fails, res)
    return out


def stack_overflow(ctx):
    """A thread overflowing its stack double-faults into the guard page; the oops names it; it dies, the kernel goes on."""
    res = ctx.boot("ktest=demo_stack_overflow panic=-1")
    pats = [r"double fault, gdt at [0-9a-f]{8} \[\d+ bytes\]",
            r"BUG: kernel stack overflow: esp [0-9a-f]{8} in the guard page below the stack",
            r"double fault: 0000 \[#1\]", r"Pid: \d+, comm: stack_hog0 ",
            r"double fault: 0000 \[#2\]", r"Pid: \d+, comm: stack_hog1 ",
            r"EIP is at recurse\+", r"killing stack_hog1\[\d+\]",
            r"\] ok 1 demo_stack_overflow$", r"ktest: all suites passed"]
    out = expect_lines("stack-overflow/oops-names-the-task", res, pats)
    out += result("stack-overflow/no-panic", "Kernel panic" not in res.output, "", res)
    return out


# --- the harness's self-tests: each failure mode must be caught --------

def _expect_failure(name, res, reason_re, ktap_re=None):
    results = verdict.ktest_results(res, name)
    failures = [d for _, ok, d in results if not ok]
    caught = any(re.search(reason_re, d) for d in failures)
    detail = "the harness did not report %r; it said: %s" % (reason_re, failures[:2])
    return result("selftest/%s" % name, caught, "" if caught else detail, res)


def selftest_hang(ctx):
    """A kernel that hangs fails by timeout."""
    return _expect_failure("hang", ctx.boot("ktest=demo_hang panic=-1", timeout=5),
                           r"timeout after \d+ s")


def selftest_triple_fault(ctx):
    """A triple fault (QEMU exits 0 under -no-reboot) fails."""
    return _expect_failure("triple-fault", ctx.boot("ktest=demo_triple_fault panic=-1"),
                           r"triple fault")


def selftest_missing_result(ctx):
    """A kernel that stops in the middle of a suite fails for the missing result."""
    return _expect_failure("missing-result", ctx.boot("ktest=demo_missing_result panic=-1"),
                           r"no result line|plan says")


def module_oops(ctx):
    """A module that oopses in its init: its name in the backtrace and on "Modules linked in:"."""
    res = ctx.boot("ktest=demo_module_oops panic=-1")
    out = _expect_failure("module-oops", res, r"oops or panic")
    out += expect_lines("module/oops-names-the-module", res, [
        r"BUG: unable to handle kernel NULL pointer dereference at \(null\)$",
        r"Oops: 000[02] \[#1\]",
        r"Modules linked in: mt_oops\+",
        r"Pid: \d+, comm: \S+ Not tainted \(2\.6\.32-linnet #\d+\) $",
        r"EIP is at mt_oops_init\+0x[0-9a-f]+/0x[0-9a-f]+ \[mt_oops\]",
        r"EIP: \[<c8[0-9a-f]{6}>\] mt_oops_init\+0x[0-9a-f]+/0x[0-9a-f]+ \[mt_oops\] SS:ESP 0068:",
        # the init section starts a page whose predecessor is unmapped: 2.6.32's
        # show_registers then prints from EIP on, 22 bytes (a1: mov 0x0,%eax)
        r"Code: <a1> 00 00 00 00 ([0-9a-f]{2} ){17}$", r"CR2: 0000000000000000$", OOPS_END,
        r"not ok 1 demo_module_oops_test"])
    return out


def selftest_oops(ctx):
    """A case that faults shows a symbolized oops, fails, and the run goes on."""
    res = ctx.boot("ktest=demo_oops panic=-1")
    out = _expect_failure("oops", res, r"oops or panic")
    out += expect_lines("selftest/oops-report", res, [
        r"BUG: unable to handle kernel NULL pointer dereference at \(null\)$",
        r"IP: \[<c0[0-9a-f]{6}>\] demo_null_deref_test\+0x[0-9a-f]+/0x[0-9a-f]+",
        r"Oops: 000[02] \[#1\]",
        r"EIP is at demo_null_deref_test\+0x",
        r"Call Trace:",
        r"\[<c0[0-9a-f]{6}>\] (\? )?kunit_try_run_case\+0x[0-9a-f]+/0x[0-9a-f]+",
        r"not ok 1 demo_null_deref_test",
        r"ok 2 demo_after_oops_test",
        r"try faulted"])
    return out


def selftest_bug(ctx):
    """BUG() reports file:line and an invalid-opcode oops."""
    res = ctx.boot("ktest=demo_bug panic=-1")
    return expect_lines("selftest/bug-report", res, [
        r"kernel BUG at tests/kernel/kunit_demo_test\.c:\d+!",
        r"invalid opcode: 0000 \[#1\]", r"EIP is at demo_bug_test\+0x"])


def stack_protector(ctx):
    """A smashed local array is caught by the stack protector, with an oops."""
    res = ctx.boot("ktest=demo_stack_smash panic=-1")
    return expect_lines("hardening/stack-protector", res, [
        r"stack-protector: Kernel stack is corrupted in: demo_stack_smash_test\+0x",
        r"invalid opcode: 0000 \[#1\]", r"not ok 1 demo_stack_smash_test"])


def rodata_protection(ctx):
    """A write to const data oopses: text and rodata are mapped read-only (CR0.WP)."""
    res = ctx.boot("ktest=demo_rodata panic=-1")
    return expect_lines("hardening/rodata-read-only", res, [
        r"BUG: unable to handle kernel paging request at c0[0-9a-f]{6}",
        r"IP: \[<c0[0-9a-f]{6}>\] demo_rodata_test\+0x",
        r"\*pde = [0-9a-f]{8} \*pte = [0-9a-f]{5}[0-9a-f][0-9a-f][159d] $",  # present, not writable
        r"Oops: 0003 \[#1\]", r"not ok 1 demo_rodata_test"])


def selftest_failing_test(ctx):
    """A failing expectation makes the whole run exit non-zero and shows file:line and values."""
    cmd = [sys.executable, os.path.join(HERE, "run.py"), "--build", ctx.build,
           "--append", "ktest=demo_fail panic=-1"]
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    out = p.stdout
    ok = (p.returncode != 0
          and re.search(r"EXPECTATION FAILED at tests/kernel/kunit_demo_test\.c:\d+", out)
          and re.search(r"Expected one_plus_one == 3, but", out)
          and re.search(r"one_plus_one == 2 \(0x2\)", out)
          and re.search(r"3 == 3 \(0x3\)", out)
          and re.search(r"^0 passed, \d+ failed$", out, re.M))
    return result("selftest/failing-test-fails-the-run", bool(ok),
                  "rc=%d\n%s" % (p.returncode, out[-3000:]))


def selftest_ktap_parser(ctx):
    """The KTAP parser rejects malformed and incomplete documents (no boot)."""
    import test_ktap
    return test_ktap.run()


# --- sanitizers --------------------------------------------------------

def _make_variant(ctx, args, build):
    """Build a kernel (and its initramfs) with `make ARGS` in @build: for a check
    whose variant is not one of the Makefile's TEST_VARIANTS (those: ctx.variant,
    which make test builds beforehand). Returns (ok, the make's last output)."""
    p = subprocess.run(["make", "-s", "-j2", "BUILD=" + build] + args +
                       ["LINUX_SRC=" + os.path.join(ctx.build, "linux-source"),
                        os.path.join(build, "kernel.elf"), os.path.join(build, "initramfs.cpio.gz")],
                       cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return p.returncode == 0, p.stdout[-3000:]


def ubsan_kasan_kernel(ctx):
    """The sanitize kernel (UBSAN=1 KASAN=1 at once): every suite passes, with no UBSAN
    and no KASAN report. (One build and one boot serve both sanitizers; the demos
    are ubsan_kasan_demos.)"""
    kernel, log = ctx.variant("sanitize")
    if not kernel:
        return result("ubsan-kasan/build", False, log)
    # 47 s of CPU on a quiet machine: room for a loaded one
    res = qemu.boot(kernel=kernel, append=qemu.test_cmdline("ktest=all panic=-1"), timeout=300,
                    initrd=ctx.initrd())
    out = verdict.ktest_results(res, "ubsan-kasan")
    reports = [l for l in res.output.split("\n") if "UBSAN:" in l]
    out += result("ubsan/no-reports", not reports, "\n".join(reports[:10]), res)
    reports = [l for l in res.output.split("\n") if "KASAN:" in l]
    out += result("kasan/no-reports", not reports, "\n".join(reports[:10]), res)
    out += expect_lines("kasan/initialized", res, [
        r"kasan: KernelAddressSanitizer initialized: shadow 0xa0000000-0xa8000000"])
    return out


def ubsan_kasan_demos(ctx):
    """In the sanitize kernel, demo_ubsan's and demo_kasan's bugs and the shell's
    crash kasan-oob/kasan-uaf are each reported, at the access."""
    kernel, log = ctx.variant("sanitize")
    if not kernel:
        return result("ubsan-kasan/build", False, log)
    res = qemu.boot(kernel=kernel, append="ktest=demo_ubsan panic=-1", initrd=ctx.initrd(), timeout=90)
    out = expect_lines("ubsan/demo-reports", res, [
        r"UBSAN: shift-out-of-bounds in tests/kernel/kunit_demo_test\.c:\d+:\d+",
        r"shift exponent 32 is too large for 32-bit type 'unsigned int'",
        r"UBSAN: signed-integer-overflow in tests/kernel/kunit_demo_test\.c:\d+:\d+",
        r"2147483647 \+ 1 cannot be represented in type 'int'",
        r"\[<c0[0-9a-f]{6}>\] demo_overflow_test\+0x",
        r"ok 2 demo_overflow_test"])
    out += _kasan_crashes(kernel, ctx.initrd())
    res = qemu.boot(kernel=kernel, append="ktest=demo_kasan panic=-1", initrd=ctx.initrd(), timeout=90)
    out += verdict.ktest_results(res, "kasan-demo")
    out += expect_lines("kasan/demo-reports", res, [
        r"BUG: KASAN: slab-out-of-bounds in demo_kasan_oob_test\+0x[0-9a-f]+/0x[0-9a-f]+$",
        r"Write of size 1 at addr c[0-9a-f]{7} by task \S+/\d+$",
        r"The buggy address is located 13 bytes inside of\n.*\] +32-byte region",
        r"BUG: KASAN: use-after-free in demo_kasan_uaf_test\+0x",
        r"Read of size 1 at addr c[0-9a-f]{7} by task",
        r"Allocated by task \d+:\n.*\]  demo_kasan_uaf_test\+0x",
        r"Freed by task \d+:\n.*\]  demo_kasan_uaf_test\+0x",
        r"BUG: KASAN: double-free in demo_kasan_double_free_test\+0x",
        r"BUG: KASAN: global-out-of-bounds in demo_kasan_global_oob_test\+0x",
        r"BUG: KASAN: stack-out-of-bounds in demo_kasan_stack_oob_test\+0x",
        r"BUG: KASAN: vmalloc-out-of-bounds in demo_kasan_vmalloc_oob_test\+0x",
        r"Memory state around the buggy address:\n.*\n.*\n.*>c[0-9a-f]{7}:( [0-9a-f]{2}){16}\n.*\^$"])
    return out


def _kasan_crashes(kernel, initrd):
    """The shell of the KASAN kernel: crash kasan-oob and kasan-uaf are reported at the access."""
    def body(con):
        oob = con.run("crash kasan-oob", timeout=20)
        uaf = con.run("crash kasan-uaf", timeout=20)
        return [_shape("crash/kasan-oob", oob, [
            r"BUG: KASAN: slab-out-of-bounds in crash_kasan_oob\+0x[0-9a-f]+/0x[0-9a-f]+$",
            r"Write of size 1 at addr c[0-9a-f]{7} by task crash-kasan-oob/\d+$",
            r"crash: thread \d+ \(kasan-oob\) is gone; the shell goes on"]),
            _shape("crash/kasan-uaf", uaf, [
                r"BUG: KASAN: use-after-free in crash_kasan_uaf\+0x[0-9a-f]+/0x[0-9a-f]+$",
                r"Read of size 1 at addr c[0-9a-f]{7} by task crash-kasan-uaf/\d+$",
                r"^\[ *[\d.]+\] Freed by task \d+:$",
                r"crash: thread \d+ \(kasan-uaf\) is gone; the shell goes on"])]
    con = None
    try:
        con = console.Console(kernel, timeout=60, initrd=initrd)
        return body(con)
    except (TimeoutError, EOFError, OSError) as e:
        return [("crash/kasan", False, "%s\n%s" % (e, con.log.decode("latin-1")[-1500:] if con else ""))]
    finally:
        if con:
            con.close()


def soak_30s(ctx):
    """soak=30: every allocator, timers, tasklets, a workqueue, wait queues and a serial flood."""
    import soak
    ok, out = soak.run(ctx.kernel, 30)
    res = qemu.BootResult(0, out, False, 0)
    results = result("soak/30s-passes", ok, "", res)
    results += expect_lines("soak/every-kind-ran", res, [
        r"soak: 30 s: pages [1-9]\d* \(highmem [1-9]\d*, \d+ refused\) kmalloc [1-9]\d* "
        r"cache [1-9]\d* vmalloc [1-9]\d*$",
        r"soak: 30 s: timers [1-9]\d* tasklets [1-9]\d* works [1-9]\d* atomic [1-9]\d* "
        r"items [1-9]\d* serial [1-9]\d* bytes$"])
    bad = verdict.oopses(res)
    results += result("soak/no-oops", not bad, "\n".join(bad[:5]), res)
    return results


FAULT_SETTINGS = ("3,20,0,-1", "2,30,0,-1")
# Suites left out of the injection boots because their tests cannot yet
# survive a failed allocation. A suite named here still runs in every
# other boot (docs/debugging.md, "Fault injection"). None is left out:
# each case registers the undoing of what it sets up (an IRQ, a module, a
# /proc entry, a tty, a thread) as a KUnit action, so a case ended by an
# injected failure leaves nothing behind for the cases after it.
FAULT_EXCLUDED = set()


def _suite_names():
    names = set()
    for f in os.listdir(os.path.join(ROOT, "tests/kernel")):
        if f.endswith(".c"):
            with open(os.path.join(ROOT, "tests/kernel", f)) as fh:
                text = fh.read()
            names |= set(re.findall(r"struct kunit_suite \w+ = \{\s*\.name = \"(\w+)\"", text))
    return sorted(n for n in names if not n.startswith("demo_"))


def fault_injection(ctx):
    """The suites with failslab= and fail_page_alloc= on: no oops, invariants intact."""
    out = []
    suites = ",".join(n for n in _suite_names() if n not in FAULT_EXCLUDED)
    for setting in FAULT_SETTINGS:
        name = "fault-%s" % setting.split(",")[1]
        res = ctx.boot("ktest=%s panic=-1 failslab=%s fail_page_alloc=%s "
                       "failslab.verbose=1 fail_page_alloc.verbose=1" % (suites, setting, setting),
                       timeout=150)
        out += verdict.ktest_results(res, name)
        out += expect_lines(name + "/failures-injected-and-survived", res, [
            r"FAULT_INJECTION: forcing a failure\.\n\[ *[\d.]+\] name failslab, interval \d+, probab",
            r"name fail_page_alloc, interval",
            r"# SKIP fault injection: \d+ allocations failed",
            r"fault injection: [1-9]\d* allocations failed on purpose; "
            r"0 allocator invariants broken"])
    return out


# --- the source checkers ---------------------------------------------

def kerneldoc_checker(ctx):
    """The kernel-doc checker passes on the tree and fails on bad comments."""
    import tempfile
    script = os.path.join(ROOT, "scripts/kerneldoc.py")
    out = []
    p = subprocess.run([sys.executable, script, "--stats"], stdout=subprocess.PIPE, text=True)
    out += result("tools/kerneldoc-tree-100%", p.returncode == 0 and "(100.0%)" in p.stdout,
                  p.stdout[-2000:])
    samples = {
        "undocumented": "int frob(int a)\n{\n\treturn a;\n}\n",
        "wrong-param": "/**\n * frob - frob a thing\n * @b: no such parameter\n */\n"
                       "int frob(int a)\n{\n\treturn a;\n}\n",
        "wrong-name": "/**\n * frab - frob a thing\n * @a: the thing\n */\n"
                      "int frob(int a)\n{\n\treturn a;\n}\n",
    }
    headers = {"undocumented-struct": "struct frob {\n\tint a;\n};\n"}
    for label, text in samples.items():
        with tempfile.NamedTemporaryFile("w", suffix=".c", delete=False) as f:
            f.write(text)
        p = subprocess.run([sys.executable, script, f.name], stdout=subprocess.PIPE, text=True)
        os.unlink(f.name)
        out += result("tools/kerneldoc-catches-%s" % label,
                      p.returncode == 1 and "frob()" in p.stdout, p.stdout)
    for label, text in headers.items():
        with tempfile.NamedTemporaryFile("w", suffix=".h", delete=False) as f:
            f.write(text)
        p = subprocess.run([sys.executable, script, f.name], stdout=subprocess.PIPE, text=True)
        os.unlink(f.name)
        out += result("tools/kerneldoc-catches-%s" % label,
                      p.returncode == 1 and "struct frob" in p.stdout, p.stdout)
    return out


def docrefs_checker(ctx):
    """Every `file.c:function` in docs/ exists; a broken reference is caught."""
    import tempfile
    script = os.path.join(ROOT, "scripts/docrefs.py")
    p = subprocess.run([sys.executable, script], stdout=subprocess.PIPE, text=True)
    out = result("tools/docrefs-tree", p.returncode == 0, p.stdout[-2000:])
    bad = ("See `kernel/printk.c:no_such_function` and `kernel/nope.c`.\n"
           "    WARNING: at kernel/printk.c:1 vprintk+0x0/0x10()\n")
    with tempfile.NamedTemporaryFile("w", suffix=".md", delete=False) as f:
        f.write(bad)
    p = subprocess.run([sys.executable, script, f.name], stdout=subprocess.PIPE, text=True)
    os.unlink(f.name)
    out += result("tools/docrefs-catches-broken", p.returncode == 1
                  and "does not define no_such_function" in p.stdout
                  and "kernel/nope.c`: no such file" in p.stdout
                  and "kernel/printk.c:1: line 1 is" in p.stdout, p.stdout)
    return out


def htmldocs_site(ctx):
    """make htmldocs builds the site; headless Chromium reads it and follows a reference."""
    import htmldocs_test
    return htmldocs_test.run(ctx.build)


def htmldocs_outside_git(ctx):
    """make htmldocs works in a copy of the tree without .git, as a release tarball is."""
    root = ROOT
    with tempfile.TemporaryDirectory() as tmp:
        tree = os.path.join(tmp, "linnet")
        shutil.copytree(root, tree, ignore=lambda d, names: [
            n for n in names if n == ".git" or (d == root and n == "build")])
        p = subprocess.run(["make", "--no-print-directory", "htmldocs"], cwd=tree, text=True,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           env=dict(os.environ, GIT_CEILING_DIRECTORIES=tmp))
        ok = p.returncode == 0 and os.path.exists(os.path.join(tree, "build/html/src/index.html"))
        return result("htmldocs/outside-git", ok, p.stdout[-2000:])


# --- GDB ---------------------------------------------------------------

def gdb_stops_at_start_kernel(ctx):
    """GDB, started as `make debug` starts it, stops at start_kernel and prints a backtrace."""
    port = qemu.free_port()
    cmd = qemu.qemu_command(kernel=ctx.kernel, append="ktest=kunit panic=-1", icount=False,
                            extra=["-S", "-gdb", "tcp:127.0.0.1:%d" % port])
    q = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    try:
        g = subprocess.run(["gdb", "-q", "-batch", "-nx",
                            "-x", os.path.join(ROOT, "scripts/gdb/linnet.gdb"),
                            "-ex", "target remote 127.0.0.1:%d" % port,
                            "-ex", "break start_kernel", "-ex", "continue",
                            "-ex", "bt", "-ex", "info registers eip",
                            ctx.kernel], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           text=True, timeout=60)
        out = g.stdout
    finally:
        q.kill()
        q.wait()
    ok = (re.search(r"Breakpoint 1, start_kernel \(\) at \S+:\d+", out)
          and re.search(r"^#0 +start_kernel \(\) at ", out, re.M)
          and re.search(r"^#1 .* high_half", out, re.M))
    return result("gdb/stops-at-start_kernel", bool(ok), out[-2000:])


def debug_build(ctx):
    """make DEBUG=1 (-Og; the Makefile's debug variant, at HZ=1000, which hz1000 boots
    too): break start_kernel stops in init/main.c, and a function's arguments and
    locals have values, not <optimized out>."""
    kernel, log = ctx.variant("debug")
    if not kernel:
        return result("gdb/debug-build", False, log)
    dctx = Context(os.path.dirname(kernel))
    text, _ = _gdb_batch(dctx, ["info locals"],
                         "start_kernel", append="panic=-1", initrd=ctx.initrd())
    text = text.replace("Breakpoint 1, start_kernel", "@@1", 1)
    ok = re.search(r"@@1 \(\) at init/main\.c:\d+", text) is not None
    out = result("gdb/debug-build-start_kernel-in-main.c", ok, text[-2000:])
    # The breakpoint is deleted before stepping: a timer interrupt pending when GDB steps off it
    # returns to the breakpoint's address, and GDB would report it as a second hit.
    text, _ = _gdb_batch(dctx, ["info args", "delete", "next", "next", "next", "info locals"],
                         "map_vm_area",
                         append="panic=-1", initrd=ctx.initrd())
    ok = re.search(r"^area = 0xc[0-9a-f]{7}$", text, re.M) and re.search(r"^addr = \d+$", text, re.M) \
        and "optimized out" not in text.split("Breakpoint 1, ", 1)[-1]
    out += result("gdb/debug-build-locals-have-values", bool(ok), text[-2000:])
    return out


def make_debug_console(ctx):
    """make debug (scripts/debug.sh) stops GDB in start_kernel; make console types at the
    shell while GDB holds the kernel: a breakpoint in a shell command stops it."""
    import socket as so
    port = qemu.free_port()
    tmp = tempfile.mkdtemp(prefix="linnet-debug-")
    kernel = os.path.join(tmp, "kernel.elf")
    shutil.copy(ctx.kernel, kernel)
    initrd = qemu.default_initrd(ctx.kernel)
    if initrd:
        shutil.copy(initrd, tmp)
    env = dict(os.environ, GDB_PORT=str(port))
    env.pop("TMUX", None)
    p = subprocess.Popen([os.path.join(ROOT, "scripts/debug.sh"), kernel, "128M"], cwd=ROOT, env=env,
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                         text=True)
    shell = b""
    try:
        p.stdin.write("bt 1\nbreak cmd_uptime\ncontinue\n")
        p.stdin.flush()
        sock = os.path.join(tmp, "debug-serial.sock")
        s = so.socket(so.AF_UNIX)
        for _ in range(200):
            try:
                s.connect(sock)
                break
            except OSError:
                time.sleep(0.05)
        s.settimeout(30)
        while b"linnet> " not in shell:
            shell += s.recv(4096)
            if not shell:
                break
        s.sendall(b"uptime\r")
        time.sleep(1)
        p.stdin.write("bt\ndelete\ndetach\n")
        p.stdin.flush()
        # GDB's quit ends debug.sh, which stops QEMU: first let the resumed
        # kernel print uptime's answer (a loaded host may take seconds)
        end = time.monotonic() + 30
        while not re.search(rb"\d+\.\d\d \d+\.\d\d", shell) and time.monotonic() < end:
            shell += s.recv(4096)
        p.stdin.write("quit\n")
        p.stdin.flush()
        out, _ = p.communicate(timeout=60)
        s.close()
    except Exception as e:  # noqa: BLE001 - report, never hang
        p.kill()
        out = "%r\n%s" % (e, p.communicate()[0])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    text = shell.decode("latin-1")
    ok = re.search(r"Breakpoint 1, start_kernel \(\) at \S+:\d+", out) and \
        re.search(r"Breakpoint 2, cmd_uptime ", out) and re.search(r"(in |#\d+ +)shell_thread ", out) and \
        re.search(r"\d+\.\d\d \d+\.\d\d", text)
    return result("gdb/make-debug-with-console", bool(ok), "gdb:\n%s\nconsole:\n%s" % (
        out[-2500:], text[-800:]))


def _gdb_batch(ctx, commands, stop_at, append="ktest=kunit panic=-1 loglevel=8", symbols=(),
               initrd=None):
    """Boot frozen, run GDB in batch to @stop_at, then @commands; return (gdb text, serial).

    @symbols: more symbol files (a user program of build/user) to load first.
    """
    import tempfile
    port = qemu.free_port()
    serial = tempfile.NamedTemporaryFile(suffix=".log", delete=False).name
    cmd = qemu.qemu_command(kernel=ctx.kernel, append=append, icount=False,
                            extra=["-S", "-gdb", "tcp:127.0.0.1:%d" % port], initrd=initrd or "")
    cmd[cmd.index("stdio")] = "file:" + serial
    q = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    args = ["gdb", "-q", "-batch", "-nx", "-x", os.path.join(ROOT, "scripts/gdb/linnet.gdb"),
            "-ex", "target remote 127.0.0.1:%d" % port]
    for f in symbols:
        args += ["-ex", "add-symbol-file %s" % os.path.join(ctx.build, os.path.relpath(f, "build"))]
    args += ["-ex", "break %s" % stop_at, "-ex", "continue"]
    for c in commands:
        args += ["-ex", c]
    try:
        g = subprocess.run(args + [ctx.kernel], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           text=True, timeout=60, cwd=ROOT)
    finally:
        q.kill()
        q.wait()
    with open(serial, errors="replace") as f:
        text = f.read().replace("\r", "")
    os.unlink(serial)
    return g.stdout, text


def gdb_unwinder(ctx):
    """bt walks through trap frames (scripts/gdb/linnet.py's unwinder): from do_page_fault
    to the kernel function that faulted, and to the user program's frame from a fault and
    from a system call."""
    import tryit
    out = []
    # the test programs' initramfs uncompressed: inflating its 9 MB would be most of the
    # boot (about 4,000 M instructions), minutes on a loaded machine under GDB
    plain = os.path.join(ctx.build, "user-initramfs.cpio")
    # a kernel bug: crash null at the shell, a breakpoint in do_page_fault
    port = qemu.free_port()
    con = console.Console(ctx.kernel, extra=["-gdb", "tcp:127.0.0.1:%d" % port])
    try:
        steps = [tryit.Step("gdb", "break do_page_fault", 0), tryit.Step("gdb", "continue", 0),
                 tryit.Step("shell", "crash null", 0), tryit.Step("gdb", "bt", 0),
                 tryit.Step("gdb", "frame 2", 0), tryit.Step("gdb", "lx-regs", 0)]
        text = tryit._gdb_session(ctx.kernel, port, steps, con)
    finally:
        con.close()
    ok = re.search(r"^#0 +do_page_fault \(regs=0x[0-9a-f]+, error_code=2\)", text, re.M) and \
        re.search(r"^#1 +0x[0-9a-f]+ in common_entry \(\)", text, re.M) and \
        re.search(r"^#2 +0x[0-9a-f]+ in crash_null \(\) at drivers/misc/lkdtm\.c:\d+", text, re.M) and \
        re.search(r"^#3 +0x[0-9a-f]+ in crash_thread ", text, re.M) and \
        re.search(r"EIP: 0060:\[<c0[0-9a-f]+>\] crash_null\+0x", text)
    out += result("gdb/unwinder-kernel-fault-reaches-crash_null", bool(ok), text[-2500:])
    # a user program's fault: fault.c reads kernel memory (error code 5: present, user)
    # (stopped first at read_kernel, whose first instruction faults: a conditional
    # breakpoint on do_page_fault would stop GDB at every fault of the boot and exec)
    text, _ = _gdb_batch(ctx, ["break do_page_fault", "continue", "bt", "lx-regs"], "read_kernel",
                         append="rdinit=/fault panic=-1", symbols=["build/user/fault"],
                         initrd=plain)
    ok = re.search(r"^#0 +do_page_fault \(regs=0x[0-9a-f]+, error_code=5\)", text, re.M) and \
        re.search(r"^#1 +0x[0-9a-f]+ in common_entry \(\)", text, re.M) and \
        re.search(r"^#2 +0x(080[0-9a-f]+) in read_kernel \(\)", text, re.M) and \
        re.search(r"EIP: 0073:\[<080[0-9a-f]+>\] read_kernel\+0x0 \(user\)", text)
    out += result("gdb/unwinder-user-fault-reaches-user-frame", bool(ok), text[-2500:])
    # a system call: hello's write(), from sys_write back to the user's int $0x80
    text, _ = _gdb_batch(ctx, ["bt", "lx-regs"], "sys_write", append="rdinit=/hello panic=-1",
                         symbols=["build/user/hello"], initrd=plain)
    ok = re.search(r"^#0 +sys_write \(fd=1, ", text, re.M) and \
        re.search(r"^#1 +0x[0-9a-f]+ in system_call \(\)", text, re.M) and \
        re.search(r"^#2 +0x080[0-9a-f]+ in _dl_sysinfo_int80 \(\)", text, re.M) and \
        re.search(r"pt_regs at 0x[0-9a-f]+ \(user mode, orig_ax 4\)", text)
    out += result("gdb/unwinder-syscall-reaches-user-frame", bool(ok), text[-2500:])
    return out


def gdb_module_symbols(ctx):
    """lx-lsmod lists a loaded module; lx-symbols loads its .ko at the module's addresses."""
    mods = os.path.join(ctx.build, "tests", "modules")
    text, _ = _gdb_batch(ctx, ["lx-lsmod", "lx-symbols %s" % mods, "info symbol mt_hello_add",
                               "print/x (unsigned long)&mt_hello_add",
                               "print/x (unsigned long)((struct module *)$container_of("
                               "modules.next, \"struct module\", \"list\"))->module_core"],
                         "unload_module", append="ktest=module panic=-1")
    out = result("gdb/lx-lsmod", bool(re.search(r"^0xc8[0-9a-f]{6} mt_hello +\d+  0 $", text, re.M)),
                 text[-2000:])
    addrs = re.findall(r"^\$\d+ = (0x[0-9a-f]+)$", text, re.M)
    ok = (re.search(r"loading @0x[0-9a-f]+: \S+/mt_hello\.ko", text)
          and re.search(r"mt_hello_add in section \.text of \S+/mt_hello\.ko", text)
          and len(addrs) == 2 and addrs[0] == addrs[1])
    out += result("gdb/lx-symbols", bool(ok), text[-2000:])
    return out


def gdb_helpers(ctx):
    """lx-dmesg prints what the serial console printed; lx-list walks a list."""
    out = []
    text, serial = _gdb_batch(ctx, ["lx-dmesg", "lx-bt 0", "lx-slabinfo",
                                     "lx-list &cache_chain 'struct kmem_cache' next",
                                     "print mem_map[256]", "print/x mem_map[256].flags",
                                     'print $container_of(&init_tss.ss0, "struct tss_struct", "ss0") == &init_tss',
                                     "print ((struct thread_info *)$lx_current())->task->pid == 1"],
                              "kunit_run_all_tests")
    console_lines = [l for l in serial.split("\n") if l.startswith("[")]
    dmesg_lines = [l for l in text.split("\n") if re.match(r"^\[ *\d+\.\d+\] ", l)]
    # GDB detaches at the end and the kernel runs on: compare what both saw
    ok = len(dmesg_lines) > 5 and console_lines[:len(dmesg_lines)] == dmesg_lines \
        and any("Kernel command line" in l for l in dmesg_lines)
    out += result("gdb/lx-dmesg-matches-console", ok,
                  "console:\n%s\ndmesg:\n%s" % ("\n".join(console_lines[-5:]),
                                                 "\n".join(dmesg_lines[-5:]) or text[-1500:]))
    ok = len(re.findall(r"^\$\d+ = 1$", text, re.M)) == 2
    out += result("gdb/container_of-and-current", ok, text[-1500:])
    bt = re.search(r"^swapper \(pid 0\) at schedule\+0x[0-9a-f]+/0x[0-9a-f]+\n"
                   r"(?: \[<c0[0-9a-f]{6}>\] \S+\n)*? \[<c0[0-9a-f]{6}>\] cpu_idle\+0x[0-9a-f]+/0x[0-9a-f]+\n"
                   r" \[<c0[0-9a-f]{6}>\] start_kernel\+", text, re.M)
    out += result("gdb/lx-bt-idle-task", bool(bt), text[-2500:])
    caches = len(re.findall(r"^\S+ +\d+ +\d+ +\d+ +\d+ +\d+ : tunables", text, re.M))
    listed = re.search(r"^(\d+) entries$", text, re.M)
    out += result("gdb/lx-list-walks-cache_chain", caches > 10 and listed is not None
                  and int(listed.group(1)) == caches, "%d caches in lx-slabinfo; %s" % (
                      caches, listed.group(0) if listed else "no lx-list total"))
    page = re.search(r"= pfn 0x100 flags (0x[0-9a-f]{8}) \[([\w|]*)\] zone DMA count (-?\d+)", text)
    raw = re.search(r"^\$\d+ = (0x[0-9a-f]+)$", text, re.M)
    out += result("gdb/struct-page-printer", bool(page and raw)
                  and int(page.group(1), 16) == int(raw.group(1), 16), text[-1500:])
    return out



# --- drivers, the console tty and the shell ----------------------------

def _console_check(ctx, name, body, **kw):
    """Boot to the shell, run @body(console) -> [(name, ok, detail)]; report any exception."""
    con = None
    try:
        con = console.Console(ctx.kernel, **kw)
        return body(con)
    except (TimeoutError, EOFError, OSError) as e:
        log = con.log.decode("latin-1")[-1500:] if con else ""
        return [(name, False, "%s\n--- serial ---\n%s" % (e, log))]
    finally:
        if con:
            con.close()


def _shape(name, text, patterns):
    missing = [p for p in patterns if not re.search(p, text, re.M)]
    return (name, not missing, "missing %s in:\n%s" % (missing, text[-1500:]) if missing else "")


SHELL_VIEWS = {
    "meminfo": [r"^MemTotal: +\d+ kB$", r"^MemFree: +\d+ kB$", r"^LowTotal: +\d+ kB$",
                r"^HighTotal: +\d+ kB$"],
    "buddyinfo": [r"^Node 0, zone +DMA( +\d+){11} *$", r"^Node 0, zone +Normal( +\d+){11} *$"],
    "zoneinfo": [r"^Node 0, zone +DMA$", r"^ +pages free +\d+$", r"^ +min +\d+$", r"^ +low +\d+$",
                 r"^ +high +\d+$", r"^ +spanned +\d+$", r"^ +present +\d+$",
                 r"^ +protection: \(\d+(, \d+)*\)$"],
    "slabinfo": [r"^slabinfo - version: 2\.1$",
                 r"^# name +<active_objs> <num_objs> <objsize> <objperslab> <pagesperslab> : "
                 r"tunables <limit> <batchcount> <sharedfactor> : slabdata <active_slabs> "
                 r"<num_slabs> <sharedavail>$",
                 r"^(size|kmalloc)-\d+ +\d+ +\d+ +\d+ +\d+ +\d+ : tunables +\d+ +\d+ +\d+ : slabdata "
                 r"+\d+ +\d+ +\d+ *$"],
    "interrupts": [r"^ +CPU0 *$", r"^  0: +\d+    XT-PIC-XT        timer$",
                   r"^  1: +\d+    XT-PIC-XT        i8042$",
                   r"^  4: +[1-9]\d*    XT-PIC-XT        serial$",
                   r"^NMI: +\d+   Non-maskable interrupts$", r"^ERR: +\d+$"],
    "softirqs": [r"^ +CPU0 *$", r"^ +HI: +\d+$", r"^ +TIMER: +[1-9]\d*$", r"^ +TASKLET: +[1-9]\d*$",
                 r"^ +RCU: +\d+$"],
    "ps": [r"^ +PID S PRI +NI PREEMPT +WCHAN +TIME COMMAND$", r"^ +\d+ R .* shell$", r"^ +0 [RS] .*swapper$"],
    "uptime": [r"^\d+\.\d\d \d+\.\d\d$"],
    "date": [r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
             r"[ 123]\d \d\d:\d\d:\d\d UTC \d{4}$"],
    "dmesg": [r"^\[ *\d+\.\d{6}\] Linnet version", r"serio: i8042 KBD port at 0x60,0x64 irq 1"],
    "memmap": [r"DMA", r"Normal"],
    "timer_list": [r"^Timer List Version: v0\.5$", r"^HRTIMER_MAX_CLOCK_BASES: 2$",
                   r"^now at \d+ nsecs$", r"^  \.get_time:   ktime_get_real$",
                   r"^  \.resolution: 1 nsecs$",
                   r"^ #0: <[0-9a-f]+>, tick_sched_timer, S:01$",
                   r"^ # expires at \d+-\d+ nsecs \[in -?\d+ to -?\d+ nsecs\]$",
                   r"^  \.hres_active    : 1$", r"^  \.nr_events      : [1-9]\d*$",
                   r"^Clock Event Device: pit$", r"^ event_handler:  hrtimer_interrupt$",
                   r"^ set_next_event: pit_next_event$"],
    "vmallocinfo": [r"^0x[0-9a-f]{8}-0x[0-9a-f]{8} +\d+ "],
    "devices": [r"^Character devices:$", r"^ +4 /dev/vc/0$", r"^ +5 /dev/tty$", r"^ *\d+ kbd$",
                r"^ *\d+ wait1$", r"^ttyS0: rx \d+ tx \d+ frame 0 parity 0 brk 0 overrun 0$"],
}


PROC_FILES = ["meminfo", "buddyinfo", "zoneinfo", "slabinfo", "vmallocinfo", "interrupts",
              "softirqs", "uptime", "loadavg", "version", "cmdline", "stat", "devices",
              "filesystems", "mounts", "kallsyms", "vmstat", "timer_list", "sched_debug",
              "self/stat", "self/status", "self/statm", "self/mounts", "self/oom_score",
              "sys/kernel/pid_max", "sys/kernel/printk", "sys/vm/panic_on_oom",
              "sys/kernel/ostype", "sys/kernel/osrelease", "sys/kernel/hostname"]

# The shell prints a tab as \x09
_TAB = r"(\t|\\x09)"
PROC_PATTERNS = {
    "loadavg": [r"^\d+\.\d\d \d+\.\d\d \d+\.\d\d \d+/\d+ \d+$"],
    "stat": [r"^cpu  \d+ \d+ [1-9]\d* \d+ \d+ \d+ \d+ 0 0$", r"^cpu0( \d+){9}$",
             r"^intr \d+( \d+)+$", r"^ctxt \d+$", r"^btime \d+$", r"^processes [1-9]\d*$",
             r"^procs_running [1-9]\d*$", r"^procs_blocked \d+$", r"^softirq \d+( \d+){10}$"],
    "mounts": [r"^rootfs / rootfs rw 0 0$", r"^proc /proc proc rw 0 0$"],
    "self/mounts": [r"^rootfs / rootfs rw 0 0$"],
    "vmstat": [r"^nr_free_pages \d+$"],
    "sched_debug": [r"\S"],
    # the shell is a kernel thread: no memory, no command line, in 44 fields
    "self/stat": [r"^\d+ \(shell\) R \d+ \d+ \d+ 0 -1 \d+( -?\d+){35}$"],
    "self/status": [r"^Name:%sshell$" % _TAB, r"^State:%sR \(running\)$" % _TAB,
                    r"^Pid:%s\d+$" % _TAB, r"^SigBlk:%s[0-9a-f]{16}$" % _TAB,
                    r"^voluntary_ctxt_switches:%s\d+$" % _TAB],
    "self/statm": [r"^0 0 0 0 0 0 0$"],
    "self/oom_score": [r"^0$"],
    "sys/kernel/pid_max": [r"^32768$"],
    "sys/kernel/printk": [r"^\d+%s\d+%s\d+%s\d+$" % (_TAB, _TAB, _TAB)],
    "sys/vm/panic_on_oom": [r"^0$"],
    "sys/kernel/ostype": [r"^Linux$"],
    "sys/kernel/osrelease": [r"^2\.6\.32"],
    "sys/kernel/hostname": [r"^\S+$"],
}


# 2.6.32's kernel/sched_debug.c on a uniprocessor without CONFIG_SCHEDSTATS or group
# scheduling: (kind, name) per line, in order. "P" prints "%Ld", "PN" SPLIT_NS's
# "%Ld.%06ld", "U" "%lu"/"%ld"/"%d" (the same text); None is a blank line.
SCHED_DEBUG_2632 = (
    [("P40", "jiffies")] +
    [("PN40", n) for n in ("sysctl_sched_latency", "sysctl_sched_min_granularity",
                           "sysctl_sched_wakeup_granularity", "sysctl_sched_child_runs_first")] +
    [("P40", "sysctl_sched_features"), None, ("CPU", None)] +
    [("P", n) for n in ("nr_running", "load", "nr_switches", "nr_load_updates", "nr_uninterruptible")] +
    [("PN", "next_balance"), ("P", "curr->pid"), ("PN", "clock")] +
    [("P", "cpu_load[%d]" % i) for i in range(5)] +
    [None, ("TEXT", "cfs_rq[0]:")] +
    [("PN", n) for n in ("exec_clock", "MIN_vruntime", "min_vruntime", "max_vruntime", "spread",
                         "spread0")] +
    [("P", "nr_running"), ("P", "load"), ("P", "nr_spread_over"), None, ("TEXT", "rt_rq[0]:"),
     ("P", "rt_nr_running"), ("P", "rt_throttled"), ("PN", "rt_time"), ("PN", "rt_runtime"), None,
     ("TEXT", "runnable tasks:"),
     ("TEXT", "            task   PID         tree-key  switches  prio"
              "     exec-runtime         sum-exec        sum-sleep"),
     ("TEXT", "-" * 106)])
_SD_TASK = re.compile(r"^([R ])(.{15}) +(-?\d+) +(-?\d+)\.(\d{6}) +(-?\d+) +(-?\d+) (.*)$")


def _sched_debug_line(kind, name, line):
    """@line as 2.6.32's format for (kind, name) prints it, or None if it cannot be one."""
    width = 40 if kind.endswith("40") else 30
    head = "  .%-*s: " % (width, name)
    if not line.startswith(head):
        return None
    m = re.match(r"^(-?\d+)\.(\d{6})$" if kind.startswith("PN") else r"^(-?\d+)$", line[len(head):])
    if not m:
        return None
    return head + ("%d.%06d" % (int(m.group(1)), int(m.group(2))) if kind.startswith("PN")
                   else "%d" % int(m.group(1)))


def _sched_debug_as_2632(name, text):
    """/proc/sched_debug, line by line, is what 2.6.32's sched_debug_show() prints:
    each line reprinted with its format string is the same line."""
    lines = text.replace("\r", "").rstrip("\n").split("\n")
    bad = []
    if not re.match(r"^Sched Debug Version: v0\.09, 2\.6\.32\S* #\d+$", lines[0]):
        bad.append(lines[0])
    m = re.match(r"^now at (\d+)\.(\d{6}) msecs$", lines[1]) if len(lines) > 1 else None
    if not m:
        bad.append(lines[1:2])
    body = lines[2:]
    for i, want in enumerate(SCHED_DEBUG_2632):
        line = body[i] if i < len(body) else "<missing>"
        if want is None:
            ok = line == ""
        elif want[0] == "TEXT":
            ok = line == want[1]
        elif want[0] == "CPU":
            m = re.match(r"^cpu#0, (\d+)\.(\d{3}) MHz$", line)
            ok = bool(m) and line == "cpu#%d, %u.%03u MHz" % (0, int(m.group(1)), int(m.group(2)))
        else:
            ok = _sched_debug_line(want[0], want[1], line) == line
        if not ok:
            bad.append("line %d: %r, 2.6.32 prints %s" % (i + 3, line, want))
    tasks = body[len(SCHED_DEBUG_2632):]
    for line in tasks:
        m = _SD_TASK.match(line)
        zeros = "%15d %15d %15d.%06d %15d.%06d %15d.%06d" % (0, 0, 0, 0, 0, 0, 0, 0)
        if not m or line != "%s%15s %5d %9d.%06d %9d %5d %s" % (
                m.group(1), m.group(2).strip(), int(m.group(3)), int(m.group(4)), int(m.group(5)),
                int(m.group(6)), int(m.group(7)), zeros):
            bad.append("task line %r" % line)
    if not tasks:
        bad.append("no runnable task listed")
    return (name, not bad, "" if not bad else "not 2.6.32's format:\n%s\n--- text ---\n%s" % (
        "\n".join(str(b) for b in bad[:10]), text[-3000:]))


def shell_proc_files(ctx):
    """`cat /proc/X` prints each /proc file; the views print the same; a driver's entries read and write."""
    def body(con):
        out = []
        for name in PROC_FILES:
            text = con.run("cat /proc/" + name)
            pats = PROC_PATTERNS.get(name) or SHELL_VIEWS.get(name, [r"\S"])
            if name == "cmdline":
                pats = [r"^panic=-1$"]
            if name == "devices":
                pats = [p for p in pats if not p.startswith("^ttyS0: rx")] + [r"^Block devices:$"]
            out.append(_shape("proc/cat-" + name, text, pats))
        out.append(_sched_debug_as_2632("proc/sched_debug-2.6.32", con.run("cat /proc/sched_debug")))
        # meminfo, twice in a row each way: the view is the file
        con.run("meminfo")
        a, b = con.run("meminfo"), con.run("cat /proc/meminfo")
        out.append(("proc/meminfo-equals-cat", a == b and "MemTotal" in a,
                    "view:\n%s\ncat:\n%s" % (a, b)))
        con.run("echo 99 > /proc/driver/book_counter")
        text = con.run("cat /proc/driver/book_counter")
        out.append(_shape("proc/book-read_proc-write_proc", text, [r"^value 99$", r"^writes [1-9]"]))
        con.run("echo from the shell > /proc/driver/book_seq")
        text = con.run("cat /proc/driver/book_seq")
        out.append(_shape("proc/book-seq_file-write", text, [r"^from the shell$"]))
        log = con.log.decode("latin-1")
        out.append(_shape("proc/boot-initramfs", log, [
            r"Unpacking initramfs\.\.\.", r"Freeing initrd memory: \d+k freed",
            r"init: no /init in the initramfs; starting the kernel monitor"]))
        return out
    return _console_check(ctx, "proc/files", body, append="panic=-1")


def _initramfs_tree(top, rng):
    """A description of ~1,000 entries under /t, and the files it names."""
    import stat as st_
    lines = ["dir /t 0755 0 0"]
    dirs = ["/t"]
    for i in range(40):
        d = "%s/d%02d" % (rng.choice(dirs), i)
        dirs.append(d)
        lines.append("dir %s 0%o %d %d" % (d, rng.choice([0o755, 0o700, 0o1777, 0o555]),
                                            rng.randrange(3), rng.randrange(3)))
    for i in range(650):
        loc = os.path.join(top, "f%d" % i)
        size = rng.choice([0, 1, 3, 4095, 4096, 4097, rng.randrange(30000)])
        with open(loc, "wb") as f:
            f.write(bytes(rng.randrange(256) for _ in range(size)) if size < 5000
                    else os.urandom(size))
        os.utime(loc, (1000000 + i, 1000000 + i * 7))
        links = ["%s/h%d_%d" % (rng.choice(dirs), i, k) for k in range(rng.choice([0, 0, 0, 1, 2]))]
        lines.append("file %s/f%d %s 0%o %d %d %s" % (rng.choice(dirs), i, loc,
                     rng.choice([0o644, 0o600, 0o755, 0o4755, 0o444, 0o640]),
                     rng.randrange(1000), rng.randrange(1000), " ".join(links)))
    for i in range(120):
        lines.append("slink %s/s%d %s 0777 %d %d" % (rng.choice(dirs), i,
                     rng.choice(["f1", "../d01", "/t/d00/x", "a" * 100]), rng.randrange(5),
                     rng.randrange(5)))
    for i in range(50):
        lines.append("nod %s/n%d 0%o 0 %d %s %d %d" % (rng.choice(dirs), i,
                     rng.choice([0o600, 0o666, 0o620]), rng.randrange(3), rng.choice("cb"),
                     rng.randrange(256), rng.randrange(1 << 12)))
    for i in range(20):
        lines.append("pipe %s/p%d 0644 0 0" % (rng.choice(dirs), i))
    return "\n".join(lines) + "\n"


def _compare_listing(manifest, output):
    """Compare the kernel's "initramfs:" lines with the manifest; a list of problems."""
    got = {}
    for m in re.finditer(r"initramfs: (/t\S*) (.*)$", output, re.M):
        got[m.group(1)] = m.group(2).split()
    problems, inode_of = [], {}
    for line in manifest.splitlines():
        path, want = line.split(None, 1)
        want = want.split()
        if not path.startswith("/t"):
            continue
        have = got.pop(path, None)
        if have is None:
            problems.append("missing " + path)
        elif want[0] == "f":
            if have[:8] != want[:8]:
                problems.append("%s: want %s, got %s" % (path, want[:8], have[:8]))
            ino = inode_of.setdefault(want[8], have[8])
            if ino != have[8]:
                problems.append("%s: not a hard link of %s" % (path, want[8]))
        elif want[0] != "d" and have != want:
            problems.append("%s: want %s, got %s" % (path, want, have))
        elif want[0] == "d" and have[:4] != want[:4]:
            problems.append("%s: want %s, got %s" % (path, want, have))
    problems += ["unexpected " + p for p in got]
    return problems


def initramfs_1000(ctx):
    """1,000 files, links, symlinks, nodes and modes unpack exactly, from a gzip and a plain archive."""
    import random
    import tempfile
    out = []
    with tempfile.TemporaryDirectory(prefix="linnet-initramfs-") as top:
        listfile = os.path.join(top, "list")
        with open(listfile, "w") as f:
            f.write(_initramfs_tree(top, random.Random(1000)))
        cpio, manifest = os.path.join(top, "t.cpio"), os.path.join(top, "manifest")
        subprocess.run([sys.executable, os.path.join(ROOT, "usr/gen_init_cpio.py"), listfile,
                        "-t", "1234567", "-o", cpio, "--manifest", manifest], check=True)
        subprocess.run("gzip -n -9 -c %s > %s.gz" % (cpio, cpio), shell=True, check=True)
        with open(manifest) as f:
            want = f.read()
        for kind, path in (("gzip", cpio + ".gz"), ("plain", cpio)):
            res = ctx.boot("ktest=initramfs.initramfs_listing panic=-1", initrd=path, timeout=60)
            problems = _compare_listing(want, res.output)
            n = len([l for l in want.splitlines() if l.startswith("/t")])
            out += result("initramfs/1000-%s" % kind, not problems and n >= 1000
                          and "Initramfs unpacking failed" not in res.output,
                          "%d entries; %s" % (n, "\n".join(problems[:20])), res)
            out += result("initramfs/freed-%s" % kind,
                          re.search(r"Freeing initrd memory: \d+k freed", res.output) is not None,
                          "no Freeing initrd memory line", res)
    return out


def _date_close_to_host(text):
    import datetime
    try:
        t = datetime.datetime.strptime(text.strip(), "%a %b %d %H:%M:%S UTC %Y")
    except ValueError:
        return False
    now = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)
    return abs((t - now).total_seconds()) < 300


# 2.6.32's mm/slab.c:s_show prints each cache with these three format strings, after the
# header print_slabinfo_header() writes (without CONFIG_DEBUG_SLAB's statistics).
SLABINFO_2632_HEADER = [
    "slabinfo - version: 2.1",
    "# name            <active_objs> <num_objs> <objsize> <objperslab> <pagesperslab>"
    " : tunables <limit> <batchcount> <sharedfactor>"
    " : slabdata <active_slabs> <num_slabs> <sharedavail>"]
SLABINFO_2632_LINE = "%-17s %6d %6d %6d %4d %4d" + " : tunables %4d %4d %4d" + " : slabdata %6d %6d %6d"
# kmalloc_sizes.h with 4 KiB pages, 64-byte cache lines (so 192 but no 96) and KMALLOC_MAX_SIZE 4 MiB
KMALLOC_2632_SIZES = sorted([32 << i for i in range(18)] + [192])


def _slabinfo_as_2632(name, text):
    """Each line of slabinfo, reprinted with 2.6.32's format strings, is the same line."""
    lines = [l for l in text.replace("\r", "").split("\n") if l.strip()]
    bad = []
    if lines[:2] != SLABINFO_2632_HEADER:
        bad.append("header %r" % lines[:2])
    caches = []
    for line in lines[2:]:
        f = line.split()
        try:
            nums = [int(x) for x in f[1:6] + f[8:11] + f[13:16]]
        except ValueError:
            bad.append(line)
            continue
        if len(f) != 16 or line != SLABINFO_2632_LINE % tuple([f[0]] + nums):
            bad.append(line)
        caches.append(f[0])
    want = ["size-%d" % n for n in KMALLOC_2632_SIZES] + ["size-%d(DMA)" % n for n in KMALLOC_2632_SIZES]
    missing = [c for c in want if c not in caches]
    foreign = [c for c in caches if c.startswith(("size-", "kmalloc-")) and c not in want]
    ok = not bad and not missing and not foreign
    return (name, ok, "" if ok else "bad %s, missing %s, not 2.6.32's %s" % (bad[:3], missing, foreign))


def shell_views(ctx):
    """Over the serial line every view runs and prints its /proc format, field by field."""
    def body(con):
        out = []
        con.run("vmalloc 20000")
        for cmd, pats in SHELL_VIEWS.items():
            out.append(_shape("shell/" + cmd, con.run(cmd), pats))
        out.append(("shell/date-is-now", _date_close_to_host(con.run("date")), "CMOS clock"))
        out.append(_slabinfo_as_2632("shell/slabinfo-2.6.32", con.run("slabinfo")))
        helptext = con.run("help")
        names = ["help", "sleep", "ktest", "bench", "halt", "reboot", "kmalloc", "kfree", "vmalloc",
                 "vfree", "alloc_pages", "free_pages", "cat", "echo", "crash"] + list(SHELL_VIEWS)
        missing = [n for n in names if not re.search(r"^  %s\b.* \S" % n, helptext, re.M)]
        out.append(("shell/help-lists-all", not missing, "missing %s" % missing))
        return out
    return _console_check(ctx, "shell/views", body)


def shell_memory_commands(ctx):
    """alloc_pages/free_pages change buddyinfo and restore it; kmalloc, vmalloc and their frees."""
    def body(con):
        out = []
        before = con.run("buddyinfo")
        got = con.run("alloc_pages 3")
        m = re.search(r"alloc_pages\(0x\w+, 3\) = ([0-9a-f]{8}) \(pfn \d+, 8 pages\)", got)
        out.append(("shell/alloc_pages", bool(m), got))
        if m:
            during = con.run("buddyinfo")
            freed = con.run("free_pages %s 3" % m.group(1))
            after = con.run("buddyinfo")
            out.append(("shell/alloc_pages-changes-buddyinfo", during != before, during))
            out.append(("shell/free_pages-restores-buddyinfo", after == before and "BUG" not in freed,
                        before + "\n---\n" + after))
        got = con.run("kmalloc 100 GFP_ATOMIC")
        m = re.search(r"kmalloc\(100, 0x20\) = ([0-9a-f]{8}) \(ksize 128\)", got)
        out.append(("shell/kmalloc", bool(m), got))
        if m:
            freed = con.run("kfree %s" % m.group(1))
            out.append(("shell/kfree", freed.strip() == "kfree(%s)" % m.group(1), freed))
        got = con.run("vmalloc 10000")
        m = re.search(r"vmalloc\(10000\) = ([0-9a-f]{8})", got)
        out.append(("shell/vmalloc", bool(m), got))
        if m:
            listed = con.run("vmallocinfo")
            con.run("vfree %s" % m.group(1))
            gone = con.run("vmallocinfo")
            # an area's line starts with its address (the one before it ends there)
            start = re.compile(r"^0x%s-" % m.group(1), re.M)
            out.append(("shell/vmallocinfo-follows", bool(start.search(listed)) and not start.search(gone),
                        listed + "\n---\n" + gone))
        return out
    return _console_check(ctx, "shell/memory", body)


def shell_bad_input(ctx):
    """Unknown commands and bad arguments get a clear message and the shell goes on."""
    def body(con):
        cases = [("frobnicate", r"^frobnicate: command not found \(try 'help'\)$"),
                 ("kmalloc", r"^usage: kmalloc SIZE"), ("kmalloc lots", r"^usage: kmalloc SIZE"),
                 ("kfree zz", r"'zz' is not a hexadecimal address"),
                 ("alloc_pages 2 GFP_BOGUS", r"unknown GFP flags 'GFP_BOGUS'"),
                 ("cat nosuchdev", r"^nosuchdev: No such file or directory \(-2\)$"),
                 ('echo "unclosed', r"^shell: missing closing quote$"),
                 ("uptime > wait1", r"^uptime: does not take '> DEV'$"),
                 ("crash sideways", r"^usage: crash KIND, one of: null exec-null bug divzero gpf"),
                 ("crash sideways", r" rodata list-corruption wrong-free stack-smash kasan-oob kasan-uaf panic loop$"),
                 ("sleep -1", r"^usage: sleep SECONDS")]
        out = [_shape("shell/bad-input: " + c, con.run(c), [p]) for c, p in cases]
        out.append(_shape("shell/goes-on", con.run("uptime"), SHELL_VIEWS["uptime"]))
        return out
    return _console_check(ctx, "shell/bad-input", body)


def shell_ktest_bench(ctx):
    """ktest runs a KUnit suite live and bench a benchmark, from the shell."""
    def body(con):
        out = [_shape("shell/ktest", con.run("ktest kfifo", timeout=30),
                      [r"\] KTAP version 1$", r"\]     # Subtest: kfifo$", r"\] ok 1 kfifo$",
                       r"^ktest: all passed$"])]
        out.append(_shape("shell/bench", con.run("bench kfifo_put_get", timeout=30),
                          [r"kfifo_put_get"]))
        return out
    return _console_check(ctx, "shell/ktest", body)


def shell_ctrl_c(ctx):
    """Ctrl-C ends `sleep 100` promptly and the prompt returns; sleep 1 sleeps."""
    def body(con):
        t = time.monotonic()
        con.run("sleep 1")
        slept = time.monotonic() - t
        con.send(b"sleep 100\r")
        con.read_until(b"sleep 100\r\n", 5)
        time.sleep(0.5)
        t = time.monotonic()
        con.send(b"\x03")
        text = con.read_until(console.PROMPT, 5).decode("latin-1")
        took = time.monotonic() - t
        return [("shell/sleep-1", 0.9 <= slept < 3, "took %.2f s" % slept),
                ("shell/ctrl-c-sleep", "sleep: interrupted with 99." in text and took < 2,
                 "%.2f s: %r" % (took, text))]
    return _console_check(ctx, "shell/ctrl-c", body)


def wait1_semantics(ctx):
    """wait1: blocked reader woken by a writer, blocked writer, Ctrl-C -> -EINTR, -EAGAIN."""
    def body(con):
        out = [_shape("wait1/read-nonblock", con.run("cat -n wait1"),
                      [r"^cat: Resource temporarily unavailable \(-11\)$"])]
        out.append(_shape("wait1/reader-blocks", con.run("cat wait1 &"), [r"^\[\d+\]$"]))
        con.send(b"echo hello there > wait1\r")
        # the reader's output and the shell's prompt may come in either order
        text = con.read_until(re.compile(rb"(?s)(done: cat.*linnet> |linnet> .*done: cat[^\n]*\n)"),
                              5).decode("latin-1")
        out.append(("wait1/writer-wakes-reader", "hello there" in text, text))
        full = "x" * 70
        out.append(_shape("wait1/write-nonblock-full", con.run("echo -n %s > wait1" % full),
                          [r"^echo: Resource temporarily unavailable \(-11\)$"]))
        con.send(("echo %s > wait1\r" % full).encode())
        con.read_until(b"> wait1\r\n", 5)
        time.sleep(0.3)
        blocked = con.buf == b""
        con.send(b"\x03")
        text = con.read_until(console.PROMPT, 5).decode("latin-1")
        out.append(("wait1/writer-blocks-ctrl-c-eintr",
                    blocked and "echo: Interrupted system call (-4)" in text, text))
        got = con.run("cat wait1")
        out.append(("wait1/ring-holds-64", got.strip() == "x" * 64, got))
        con.send(b"cat wait1\r")
        con.read_until(b"cat wait1\r\n", 5)
        time.sleep(0.3)
        blocked = con.buf == b""
        con.send(b"\x03")
        text = con.read_until(console.PROMPT, 5).decode("latin-1")
        out.append(("wait1/reader-ctrl-c-eintr",
                    blocked and "cat: Interrupted system call (-4)" in text, text))
        return out
    return _console_check(ctx, "wait1", body)


def serial_flood(ctx):
    """1 MiB of random bytes into raw ttyS0 arrive intact, no overrun, >= 50 KiB/s; 1 MiB out."""
    import zlib

    def body(con):
        data = os.urandom(1 << 20)
        con.send(b"cksum ttyS0 1048576\r")
        con.read_until(b"cksum: reading 1048576 bytes from ttyS0\r\n", 5)
        t = time.monotonic()
        con.send(data)
        text = con.read_until(console.PROMPT, 60).decode("latin-1")
        wall = time.monotonic() - t
        m = re.search(r"cksum: 1048576 bytes crc32 ([0-9a-f]{8}) in (\d+) ms \((\d+) KiB/s\)", text)
        crc_ok = bool(m) and int(m.group(1), 16) == zlib.crc32(data)
        rate = 1024 / wall
        out = [("serial/flood-in-crc", crc_ok, text),
               # The rate is bounded by QEMU's speed on the host: this machine gives
               # 73-79 KiB/s for the tree as it was before this session's work too
               # (250 on the machine of the session that set 100): 50 still catches a
               # driver that falls back to polling or drops to a byte per interrupt.
               ("serial/flood-in-rate", crc_ok and rate >= 50,
                "%.0f KiB/s host-measured; guest says %s" % (rate, m.group(3) if m else "?")),
               _shape("serial/no-overrun", con.run("devices"), [r"^ttyS0: .* overrun 0$"])]
        con.send(b"gen ttyS0 1048576\r")
        con.read_until(b"gen ttyS0 1048576\r\n", 5)
        raw = con.read_until(re.compile(rb"\r\ngen: \d+ bytes crc32 [0-9a-f]{8}[^\n]*\n"), 60)
        m = re.search(rb"\r\ngen: (\d+) bytes crc32 ([0-9a-f]{8})", raw)
        payload = raw[:m.start()] if m else b""
        out.append(("serial/flood-out", m is not None and len(payload) == 1 << 20 and
                    zlib.crc32(payload) == int(m.group(2), 16),
                    "got %d bytes; printable runs: %r" % (
                        len(payload), re.findall(rb"[ -~]{24,}", payload)[:5])))
        return out
    # loglevel=1: a kernel message printed during the flood would land in
    # the raw byte stream the check counts
    return _console_check(ctx, "serial/flood", body, append="loglevel=1")


QCODE = {" ": "spc", "-": "minus", ".": "dot", "\n": "ret"}


def _type(con, text, burst=12):
    """Type @text on the PS/2 keyboard through QMP, in bursts of @burst keys.

    After each burst, wait for its echo on the serial line: QEMU's PS/2
    queue holds only 16 scancodes and drops keys typed into a full one,
    as a real keyboard would if nobody read it, so a test that just
    fired 1,000 keys would be measuring QEMU, not Linnet.
    """
    for i in range(0, len(text), burst):
        chunk = text[i:i + burst]
        for ch in chunk:
            if ch.isupper():
                con.key("shift", ch.lower())
            else:
                con.key(QCODE.get(ch, ch))
        echo = chunk.rstrip("\n")
        if echo and not any(c.isupper() for c in echo):
            con.read_until(echo.encode(), 10)


def keyboard_typing(ctx):
    """QMP send-key: 1,000 keys in bursts arrive in order, Shift/Caps Lock right, commands run."""
    import random

    def body(con):
        rnd = random.Random(7)
        words, typed = [], 0
        while typed < 1000:
            w = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(200))
            words.append(w)
            typed += len("echo ") + len(w) + 1
        out = []
        for w in words:
            _type(con, "echo " + w + "\n")
            text = con.read_until(console.PROMPT, 30).decode("latin-1").replace("\r", "")
            out.append(("keyboard/1000-keys-in-order", text.split("\n")[-2:-1] == [w], text[-300:]))
        ok = all(r[1] for r in out)
        out = [("keyboard/1000-keys-in-order", ok, "" if ok else [r[2] for r in out if not r[1]][0])]
        _type(con, "echo aB")
        for keys in (["caps_lock"], ["c"], ["d"], ["shift", "e"], ["shift", "1"], ["caps_lock"],
                     ["f"], ["ret"]):
            con.key(*keys)
        text = con.read_until(console.PROMPT, 10).decode("latin-1").replace("\r", "")
        out.append(("keyboard/shift-caps-lock", "\naBCDe!f\n" in text, text))
        _type(con, "uptime\n")
        text = con.read_until(console.PROMPT, 10).decode("latin-1").replace("\r", "")
        out.append(("keyboard/command-runs", re.search(r"^\d+\.\d\d \d+\.\d\d$", text, re.M)
                    is not None, text))
        out.append(_shape("keyboard/no-overrun", con.run("devices"), [r"^i8042: overruns 0$"]))
        return out
    return _console_check(ctx, "keyboard", body)


def sysrq_keys(ctx):
    """SysRq as 2.6.32: Alt-SysRq-h/t on the keyboard, BREAK then m on the serial line,
    g through /proc/sysrq-trigger; the monitor keeps working after each."""
    def body(con):
        out = []
        con.key("alt", "sysrq", "h")
        text = con.read_until(re.compile(rb"SysRq : HELP : [^\n]*\n"), 10).decode("latin-1")
        out.append(("sysrq/help-keyboard",
                    userland.SYSRQ_HELP + "\r\n" in text, text[-400:]))
        con.key("alt", "sysrq", "t")
        text = con.read_until(re.compile(rb"\] shell +[RS] [^\n]*\n"), 10).decode("latin-1")
        text = re.sub(r"(?m)^\[ *\d+\.\d+\] ", "", text.replace("\r", ""))
        out.append(_shape("sysrq/t-show-state", text,
                          [r"SysRq : Show State$", r"^  task                PC stack   pid father$",
                           r"^swapper +R running +0 +0 +0 0x[0-9a-f]{8}$"]))
        con.send_break()
        time.sleep(0.2)
        con.send(b"m")
        text = con.read_until(re.compile(rb"\d+ pages RAM"), 10).decode("latin-1")
        text = re.sub(r"(?m)^\[ *\d+\.\d+\] ", "", text.replace("\r", ""))
        out.append(_shape("sysrq/m-serial-break", text,
                          [r"SysRq : Show Memory$", r"^Mem-Info:$"]))
        text = con.run("echo g > /proc/sysrq-trigger")
        out.append(_shape("sysrq/g-trigger", text, [r"SysRq : DEBUG$",
                                                    r"Entering kdb \(current=0x[0-9a-f]+, pid \d+\) "
                                                    r"due to Keyboard Entry$"]))
        text = con.run("go")
        out.append(("sysrq/go-without-user-space",
                    "go: no user space to resume; the monitor keeps the console" in text, text))
        out.append(("sysrq/monitor-still-runs", "hello" in con.run("echo hello"), ""))
        return out
    return _console_check(ctx, "sysrq", body, telnet=True)


def _pid_line(comm, flags=""):
    """2.6.32's oops "Pid:" line: print_tainted()'s columns (P/G F S R M B U D A W C) for @flags."""
    if not flags:
        taint = "Not tainted"
    else:
        taint = "Tainted: " + "".join(f if f in flags else ("G" if f == "P" else " ")
                                      for f in "PFSRMBUDAWC")
    return r"Pid: \d+, comm: %s %s \(2\.6\.32-linnet #\d+\) $" % (re.escape(comm), re.escape(taint))


# 2.6.32's "Code:" line: 43 bytes before EIP, EIP's byte in <..>, 20 after, each with a space
OOPS_CODE = r"Code: ([0-9a-f]{2} ){43}<[0-9a-f]{2}> ([0-9a-f]{2} ){20}$"
OOPS_END = r"---\[ end trace [0-9a-f]{16} \]---$"

CRASH_REPORTS = {
    # the first oops of the boot: nothing tainted it yet
    "null": [r"BUG: unable to handle kernel NULL pointer dereference at \(null\)$",
             r"\*pde = [0-9a-f]{8} $", r"Oops: 0002 \[#1\] PREEMPT $", _pid_line("crash-null"),
             r"Process crash-null \(pid: \d+, ti=c[0-9a-f]{7} task=c[0-9a-f]{7} task\.ti=c[0-9a-f]{7}\)$",
             OOPS_CODE, r"EIP: \[<c0[0-9a-f]{6}>\] crash_null\+0x[0-9a-f]+/0x[0-9a-f]+ SS:ESP 0068:c[0-9a-f]{7}$",
             r"CR2: 0000000000000000$", OOPS_END],
    # EIP 0: the code bytes cannot be read; the earlier oops tainted the kernel D
    "exec-null": [r"BUG: unable to handle kernel NULL pointer dereference at \(null\)$",
                  r"IP: \[<\(null\)>\] \(null\)$", r"Oops: 0000 \[#2\] PREEMPT $",
                  _pid_line("crash-exec-null", "D"), r"EIP is at 0x0$", r"Code:  Bad EIP value\.$",
                  r"EIP: \[<00000000>\] 0x0 SS:ESP 0068:c[0-9a-f]{7}$",
                  r"\[<c0[0-9a-f]{6}>\] (\? )?crash_exec_null\+0x", OOPS_END],
    "bug": [r"kernel BUG at drivers/misc/lkdtm\.c:\d+!", r"invalid opcode: 0000 \[#\d+\]",
            _pid_line("crash-bug", "D"), OOPS_CODE],
    "divzero": [r"divide error: 0000 \[#\d+\]"],
    "gpf": [r"general protection fault: [0-9a-f]{4} \[#\d+\]"],
    "double-free": [r"slab error in verify_redzone_free\(\): cache `crash_debug': double free detected",
                    r"c[0-9a-f]{7}: redzone 1:0x9f911029d74e35b, redzone 2:0x9f911029d74e35b\.$"],
    "redzone": [r"slab error in verify_redzone_free\(\): cache `crash_debug': memory outside object "
                r"was overwritten",
                r"c[0-9a-f]{7}: redzone 1:0xd84156c5635688c0, redzone 2:0xd84156c563568800\.$"],
    "use-after-free": [r"Slab corruption: crash_debug start=c[0-9a-f]{7}, len=64$",
                       r"Redzone: 0x9f911029d74e35b/0x9f911029d74e35b\.$",
                       r"Last user: \[<c0[0-9a-f]{6}>\]\(crash_use_after_free\+0x[0-9a-f]+/0x[0-9a-f]+\)$",
                       r"000: 6b 6b 6b 6b 6b 6b 6b 6b 78 6b 6b 6b 6b 6b 6b 6b$"],
    "atomic-sleep": [r"BUG: (sleeping function called from invalid context|scheduling while atomic)"],
    "sleep-in-atomic": [r"BUG: sleeping function called from invalid context at \S+:\d+",
                        r"in_atomic\(\): 1, irqs_disabled\(\): 0, pid: \d+, name: crash-sleep-in"],
    # 2.6.32's bad_page(): current->comm, two spaces, the pfn in five digits
    "bad-page": [r"BUG: Bad page state in process crash-bad-page  pfn:[0-9a-f]{5}$", r"comm: crash-bad-page"],
    # bad_page() tainted it B
    "rodata": [r"BUG: unable to handle kernel paging request at c0[0-9a-f]{6}$",
               r"IP: \[<c0[0-9a-f]{6}>\] crash_rodata\+0x", r"Oops: 0003 \[#\d+\]",
               _pid_line("crash-rodata", "BD")],
    "list-corruption": [r"WARNING: at lib/list_debug\.c:\d+ __list_del_entry_valid",
                        r"list_del corruption, c[0-9a-f]{7}->next is LIST_POISON1 \(00100100\)",
                        r"\[<c0[0-9a-f]{6}>\] crash_list_corruption\+0x"],
    "wrong-free": [r"kfree_debugcheck: out of range ptr [0-9a-f]{8}h\.",
                   r"kfree_debugcheck: [0-9a-f]{8} is a vmalloc\(\) address: free it with vfree\(\)",
                   r"kfree\(\) called from \[<c0[0-9a-f]{6}>\] crash_wrong_free\+0x"],
    # the list_del WARNING tainted it W
    "stack-smash": [r"stack-protector: Kernel stack is corrupted in: crash_stack_smash\+0x",
                    r"invalid opcode: 0000 \[#\d+\]", _pid_line("crash-stack-sma", "BDW")],
    "kasan-oob": [r"crash: kasan-oob needs a KASAN kernel \(make KASAN=1\)"],
}


def shell_crashes(ctx):
    """Each crash KIND prints its report, its thread dies or returns, and the shell goes on."""
    def body(con):
        out = []
        for kind, pats in CRASH_REPORTS.items():
            text = con.run("crash " + kind, timeout=15)
            pats = pats + [r"crash: thread \d+ \(%s\) is gone; the shell goes on" % kind]
            out.append(_shape("crash/" + kind, text, pats))
        out.append(_shape("crash/shell-survives", con.run("uptime"), SHELL_VIEWS["uptime"]))
        # B (32) + D (128) + W (512); a write only adds bits (U is 64)
        text = con.run("cat /proc/sys/kernel/tainted")
        text += con.run("echo 64 > /proc/sys/kernel/tainted")
        text += con.run("cat /proc/sys/kernel/tainted")
        out.append(_shape("crash/proc-sys-kernel-tainted", text, [r"^672\n(.*\n)*736$"]))
        return out
    return _console_check(ctx, "crash", body)


def shell_crash_stack_overflow(ctx):
    """crash stack-overflow: the guard page below the thread's stack turns it into an oops."""
    def body(con):
        text = con.run("crash stack-overflow", timeout=15)
        return [_shape("crash/stack-overflow", text, [
            r": [0-9a-f]{4} \[#\d+\]", r"crash-stack-ove",
            r"crash: thread \d+ \(stack-overflow\) is gone; the shell goes on"]),
            _shape("crash/stack-overflow-shell-survives", con.run("uptime"), SHELL_VIEWS["uptime"])]
    return _console_check(ctx, "crash/stack-overflow", body)


def vga_screen(ctx):
    """After boot the VGA text screen shows the shell's banner and prompt (and a screendump works)."""
    def body(con):
        mem = os.path.join(con.dir, "vga.bin")
        con.qmp_cmd("pmemsave", val=0xb8000, size=4000, filename=mem)
        with open(mem, "rb") as f:
            cells = f.read()
        text = cells[0::2].decode("latin-1")
        rows = [text[i:i + 80].rstrip() for i in range(0, 2000, 80)]
        ppm = os.path.join(con.dir, "screen.ppm")
        con.qmp_cmd("screendump", filename=ppm)
        with open(ppm, "rb") as f:
            header = f.read(20)
        screen = "\n".join(rows)
        return [("vga/banner-and-prompt", "Linnet shell. Type 'help'" in screen and
                 any(r.startswith("linnet>") for r in rows), screen),
                ("vga/screendump", header.startswith(b"P6\n720 400\n"), repr(header))]
    return _console_check(ctx, "vga", body)


def _gdb_at_view(con, kernel, port, shell_cmd, stop_at, gdb_cmd):
    """Run @gdb_cmd at the moment the shell's @shell_cmd reaches @stop_at.

    GDB attaches (stopping the kernel), sets a breakpoint where the shell
    computes its view, and lets the kernel run; the shell command is typed;
    when the breakpoint hits, GDB reads the same state the view is about to
    print, then detaches. Returns (GDB's text, the shell's output).
    """
    import time
    args = ["gdb", "-q", "-batch", "-nx", "-x", os.path.join(ROOT, "scripts/gdb/linnet.gdb"),
            "-ex", "target remote 127.0.0.1:%d" % port, "-ex", "break %s" % stop_at,
            "-ex", "continue", "-ex", "echo ====\\n", "-ex", gdb_cmd, "-ex", "delete",
            "-ex", "detach", kernel]
    g = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                         cwd=ROOT)
    time.sleep(1.5)
    shell = con.run(shell_cmd, timeout=30)
    text, _ = g.communicate(timeout=60)
    return text.split("====\n", 1)[-1].split("[Inferior")[0].strip("\n"), shell


def gdb_matches_shell(ctx):
    """Each lx- helper, run in GDB against the live kernel, agrees with the shell's view."""
    port = qemu.free_port()

    def body(con):
        out = []
        g, sh = _gdb_at_view(con, ctx.kernel, port, "buddyinfo", "buddyinfo_show", "lx-buddyinfo")
        out.append(("gdb-vs-shell/lx-buddyinfo", g.split() == sh.split() and "Normal" in sh,
                    "gdb:\n%s\nshell:\n%s" % (g, sh)))
        g, sh = _gdb_at_view(con, ctx.kernel, port, "slabinfo", "slabinfo_show", "lx-slabinfo")
        # cache_reap may free slabs between the breakpoint and the shell's
        # printing: compare every column but the object and slab counts
        keep = lambda l: l[:1] + l[3:12] if l and not l[0].startswith(("#", "slabinfo")) else l  # noqa: E731
        gl = [keep(l.split()) for l in g.split("\n") if l.strip()]
        sl = [keep(l.split()) for l in sh.split("\n") if l.strip()]
        diff = next(((a, b) for a, b in zip(gl, sl) if a != b), None)
        out.append(("gdb-vs-shell/lx-slabinfo", gl == sl and "size-32" in sh,
                    "%d gdb lines, %d shell lines; first difference: %s" % (len(gl), len(sl), diff)))
        g, sh = _gdb_at_view(con, ctx.kernel, port, "interrupts", "show_interrupts",
                             "lx-interrupts")
        # the counters may still move between the breakpoint and the printing
        gr = {l.split(":")[0].strip(): l.split() for l in g.split("\n") if ":" in l}
        sr = {l.split(":")[0].strip(): l.split() for l in sh.split("\n") if ":" in l}
        same = set(gr) == set(sr) and "0" in gr
        for k in gr:
            if k.isdigit() and k in sr:
                same &= gr[k][2:] == sr[k][2:] and int(gr[k][1]) <= int(sr[k][1])
        out.append(("gdb-vs-shell/lx-interrupts", same, "gdb:\n%s\nshell:\n%s" % (g, sh)))
        g, sh = _gdb_at_view(con, ctx.kernel, port, "ps", "ps_show", "lx-ps")
        # every column but TIME, which the running shell keeps adding to
        cols = lambda t: [l.split()[:6] + l.split()[7:] for l in t.split("\n") if l.strip()]  # noqa: E731
        times = lambda t: [int(l.split()[6]) for l in t.split("\n")[1:] if l.strip()]  # noqa: E731
        out.append(("gdb-vs-shell/lx-ps", cols(g) == cols(sh) and "shell" in sh
                    and all(a <= b for a, b in zip(times(g), times(sh))),
                    "gdb:\n%s\nshell:\n%s" % (g, sh)))
        g, sh = _gdb_at_view(con, ctx.kernel, port, "dmesg", "log_buf_read", "lx-dmesg")
        gl = [l for l in g.split("\n") if l.strip()]
        sl = [l for l in sh.split("\n") if l.strip()]
        out.append(("gdb-vs-shell/lx-dmesg", len(gl) > 10 and gl == sl[:len(gl)],
                    "gdb %d lines, shell %d lines; first difference: %s" % (
                        len(gl), len(sl), next(((a, b) for a, b in zip(gl, sl) if a != b), None))))
        return out
    return _console_check(ctx, "gdb-vs-shell", body, extra=["-gdb", "tcp:127.0.0.1:%d" % port])


ALL = [ktest_all, upstream_kunit, stack_overflow, mm_zones, hz1000, grub_iso, linux_module_source, banner_first, memory_maps, command_line,
       time_without_icount, highres_off, irq_reports,
       selftest_hang, selftest_triple_fault, selftest_missing_result, selftest_oops,
       selftest_bug, stack_protector, rodata_protection, selftest_failing_test, selftest_ktap_parser,
       kerneldoc_checker, docrefs_checker, htmldocs_site, htmldocs_outside_git, ubsan_kasan_kernel, ubsan_kasan_demos,
       fault_injection, soak_30s,
       gdb_stops_at_start_kernel, gdb_helpers, gdb_matches_shell, gdb_unwinder, make_debug_console, debug_build,
       shell_views, shell_memory_commands, shell_bad_input, shell_ktest_bench, shell_ctrl_c,
       wait1_semantics, serial_flood, keyboard_typing, sysrq_keys, shell_crashes,
       shell_crash_stack_overflow, vga_screen]
# Files: the initramfs, /proc (docs/procfs.md, docs/files.md)
ALL += [initramfs_1000, shell_proc_files]
# The slab layer and vmalloc (docs/slab.md, docs/vmalloc.md)


# --- User programs (tests/user), against Linux's output ------------------

import userprogs  # noqa: E402


def _user_programs(ctx, name, append="", kernel=None, mem="128M"):
    """Boot tests/user's programs (on @kernel, else the test kernel); one result per
    program and one for the kernel."""
    res = qemu.boot(kernel=kernel or ctx.kernel,
                    append=qemu.test_cmdline("init=/init panic=-1" + append),
                    timeout=240 if kernel else 120, until="Power down.", mem=mem,
                    initrd=userprogs.initrd(ctx.build))
    secs = userprogs.sections(res.output)
    out = []
    for path in sorted(os.listdir(userprogs.EXPECTED)):
        prog = "/" + path[:-len(".out")]
        if prog not in secs:
            out += result("%s%s" % (name, prog), False, "no output", res)
            continue
        diff = userprogs.compare(prog, secs[prog])
        out += result("%s%s" % (name, prog), diff is None, diff or "", res if diff else None)
    alive = "== done" in res.output and not re.search(r"Oops:|BUG:|Kernel panic", res.output)
    out += result("%s/kernel-alive" % name, alive, "", None if alive else res)
    return out, res


def user_programs_eagerfpu(ctx):
    """With eagerfpu=on (the FPU state switched at every switch, CR0.TS never set,
    arch/x86/kernel/i387.c) the programs print the same: fpuswitch's values survive
    switches, signal handlers and fork."""
    return _user_programs(ctx, "user-eagerfpu", " eagerfpu=on")[0]


def user_programs_sanitized(ctx):
    """On the sanitize kernel (UBSAN and KASAN) the programs print the same, and no
    report comes: their system calls, not only the KUnit suites, are checked."""
    kernel, log = ctx.variant("sanitize")
    if not kernel:
        return result("user-sanitized/build", False, log)
    # KASAN's shadow and quarantine take a third of 128M; the programs' initramfs
    # (25 MB compressed, 55 MB unpacked) would not fit beside it
    out, res = _user_programs(ctx, "user-sanitized", kernel=kernel, mem="256M")
    reports = [l for l in res.output.split("\n") if "UBSAN:" in l or "KASAN:" in l]
    out += result("user-sanitized/no-reports", not reports, "\n".join(reports[:10]), res)
    return out


def user_programs(ctx):
    """tests/user's programs print on Linnet what Linux 6.1 printed (tests/user/expected)."""
    out, res = _user_programs(ctx, "user")
    # /oom was ended by mm/oom_kill.c, which said so in 2.6.32's words
    oom = (re.search(r"Out of memory: kill process (\d+) \(oom\) score \d+ or a child", res.output)
           and re.search(r"Killed process \d+ \(oom\)", res.output))
    out += result("user/oom-killer-report", bool(oom), "", None if oom else res)
    return out


ALL += [user_programs, user_programs_eagerfpu, user_programs_sanitized]

ALL += [slab_suites, vmalloc_guard_oops, module_oops, gdb_module_symbols, pcp_fast_path]


# --- Labs (docs/labs/): solutions full marks, skeletons less ------------

import labcheck  # noqa: E402


def labs_reference(ctx):
    """One boot with every lab's grader: the shipped tree scores full marks on each."""
    return labcheck.reference(ctx.build)


def labs_skeletons(ctx):
    """The skeletons, made together in one temporary copy of the tree, build, and each
    lab scores less (one build and one boot; make check-labs makes and grades each alone)."""
    return labcheck.skeletons_together(ctx.build)


ALL += [labs_reference, labs_skeletons]

# --- The chapters' Try-it blocks (tests/harness/tryit.py): one check per chapter

import tryit  # noqa: E402

ALL += tryit.make_checks()
# --- The busybox userland (docs/userland.md) ------------------------------

import userland  # noqa: E402


def _userland_missing(ctx):
    if not os.path.exists(userland.image(ctx.build)):
        return [("userland/image", False, "no %s: make userland" % userland.image(ctx.build))]
    return None


def userland_shell(ctx):
    """Boot busybox to its prompt on ttyS0 and drive it (userland.LANDED's steps)."""
    return _userland_missing(ctx) or userland.drive(userland.kernel(ctx.build), ctx.build, userland.LANDED)


def userland_difftest(ctx):
    """tests/userland/difftest.sh prints on Linnet, byte for byte, what Linux 6.1 printed."""
    missing = _userland_missing(ctx)
    if missing:
        return missing
    res = qemu.boot(kernel=ctx.kernel, append=userland.DIFF_APPEND, initrd=userland.image(ctx.build),
                    # the whole last line: a stop at its first half loses ": exit 0";
                    # with another status rcS's poweroff ends the boot
                    timeout=120, until=userland.DIFF_END + ": exit 0")
    lines = userland.difftest_lines(res.output)
    if lines is None:
        return result("userland/difftest", False, "the script never began", res)
    diff = userland.difftest_compare(lines)
    alive = not re.search(r"Oops:|BUG:|Kernel panic", res.output)
    return (result("userland/difftest", diff is None, diff or "", res if diff else None) +
            result("userland/difftest-kernel-alive", alive, "", None if alive else res))


ALL += [userland_shell]


# --- Loadable modules from files: samples/, through init_module/delete_module ---

MODLIB = "/lib/modules/2.6.32-linnet/kernel/"
SAMPLES = {  # name: (parameters for the functional load, ...)
    "hello": "whom=Linnet howmany=2 primes=5,7,11 debug=3 tag=xyz loud=1 quiet=1",
    "chardev": "greeting=hi", "procfs": "value=7", "kthread": "interval_ms=10",
    "workqueue": "period_ms=10 rounds=5", "irqdefer": "", }


def _leak_state(con):
    """What must come back after loads and removals: memory totals and every cache's active objects."""
    mem = dict(re.findall(r"^(MemFree|Slab|VmallocUsed|KernelStack|PageTables): +(\d+) kB$",
                          con.run("meminfo"), re.M))
    slab = dict(re.findall(r"^(\S+) +(\d+) +\d+ +\d+ +\d+ +\d+ : tunables", con.run("slabinfo"), re.M))
    return mem, slab


def _ko(name):
    return MODLIB + "samples/%s/%s.ko" % (name, name)


def module_samples(ctx):
    """Each sample: insmod/rmmod through the system calls, its parameters, /dev and /proc; 100 rounds leak nothing."""
    def body(con):
        out = []
        t = con.run("insmod %s %s" % (_ko("hello"), SAMPLES["hello"]))
        out.append(_shape("modules/hello-parameters", t, [
            r"hello: Hello, Linnet! \(1 of 2\)$", r"hello: Hello, Linnet! \(2 of 2\)$",
            r"hello: loud=1 quiet=0 level=3 delta=-2 port=0x3f8 mask=0xff offset=-100000 "
            r"limit=4000000000$", r"hello: primes=5,7,11 \(3\) debug=3 tag=xyz$"]))
        t = con.run("lsmod") + con.run("cat /proc/modules")
        out.append(_shape("modules/proc-modules", t, [r"^hello \d+ 0 - Live 0xc8[0-9a-f]{6}$"]))
        t = con.run("insmod %s" % _ko("hello"))
        out.append(_shape("modules/loaded-twice-EEXIST", t, [r"insmod: File exists \(-17\)$"]))
        t = con.run("rmmod hello") + con.run("rmmod hello") + con.run("lsmod")
        out.append(_shape("modules/rmmod", t, [r"hello: Goodbye, Linnet$",
                                               r"^hello: No such file or directory \(-2\)$"]))
        out.append(("modules/rmmod-gone-from-lsmod", "hello " not in t.split("(-2)")[-1], t))
        t = con.run("insmod %s howmany=abc" % _ko("hello"))
        out.append(_shape("modules/bad-parameter-EINVAL", t, [
            r"hello: `abc' invalid for parameter `howmany'$", r"insmod: Invalid argument \(-22\)$"]))
        t = con.run("insmod %s bogus=1" % _ko("hello"))
        out.append(_shape("modules/unknown-parameter-ENOENT", t, [
            r"hello: Unknown parameter `bogus'$", r"insmod: No such file or directory \(-2\)$"]))
        # the character device: /dev/chardev made by cdev_add, gone on rmmod
        t = con.run("insmod %s %s" % (_ko("chardev"), SAMPLES["chardev"])) + con.run("cat chardev")
        t += con.run("echo written here > chardev") + con.run("cat chardev")
        t += con.run("rmmod chardev") + con.run("cat chardev")
        out.append(_shape("modules/chardev-node", t, [
            r"^chardev: opened 1 times, said: hi$", r"^chardev: opened 3 times, said: written here$",
            r"chardev: opened 3 times, gone$", r"^chardev: No such file or directory \(-2\)$"]))
        # the /proc file
        t = con.run("insmod %s %s" % (_ko("procfs"), SAMPLES["procfs"])) + con.run("cat /proc/sample_procfs")
        t += con.run("echo 99 > /proc/sample_procfs") + con.run("cat /proc/sample_procfs")
        t += con.run("rmmod procfs") + con.run("cat /proc/sample_procfs")
        out.append(_shape("modules/procfs-entry", t, [
            r"^value: 7\nreads: 1$", r"^value: 99\nreads: 2$",
            r"^/proc/sample_procfs: No such file or directory \(-2\)$"]))
        # the kernel thread lives as long as the module
        t = con.run("insmod %s %s" % (_ko("kthread"), SAMPLES["kthread"])) + con.run("ps")
        gone = con.run("rmmod kthread")
        after = con.run("ps")
        out.append(("modules/kthread-stops-on-rmmod",
                    "sample_kthread" in t and "sample_kthread" not in after
                    and re.search(r"kthread: stopped after [1-9]\d* rounds \(0\)", gone) is not None,
                    t + gone + after))
        t = con.run("insmod %s %s" % (_ko("workqueue"), SAMPLES["workqueue"])) + con.run("sleep 1")
        t += con.run("rmmod workqueue")
        out.append(_shape("modules/workqueue", t, [r"workqueue: 5 rounds done$",
                                                   r"workqueue: 5 delayed runs, 1 shared runs$"]))
        # the interrupt handler shares the keyboard's line; key presses reach both
        t = con.run("insmod %s" % _ko("irqdefer")) + con.run("interrupts")
        for _ in range(3):
            con.key("shift")
        t += con.run("sleep 1") + con.run("rmmod irqdefer")
        m = re.search(r"irqdefer: (\d+) interrupts, (\d+) tasklet runs, (\d+) timer runs", t)
        out.append(("modules/irqdefer-tasklet-and-timer",
                    re.search(r"^  1: +\d+ +XT-PIC-XT +i8042, irqdefer$", t, re.M) is not None
                    and m is not None and int(m.group(1)) >= 3 and int(m.group(2)) >= 1
                    and int(m.group(3)) >= 1, t))
        # 100 loads and removals of each: memory and slab caches as before
        for name, args in SAMPLES.items():
            con.run("repeat 10 insmod %s %s ; rmmod %s" % (_ko(name), args, name), timeout=60)
            before = _leak_state(con)
            t = con.run("repeat 100 insmod %s %s ; rmmod %s" % (_ko(name), args, name), timeout=240)
            after = _leak_state(con)
            # The slab's array caches hold freed objects, still counted active, until
            # cache_reap (every 2 s) gives some back: counts may fall during the run,
            # never grow; MemFree never shrinks; the vmalloc area comes back exactly.
            grew = lambda k, b, a: int(a) < int(b) if k == "MemFree" else int(a) > int(b)  # noqa: E731
            diff = {k: (v, after[0].get(k)) for k, v in before[0].items()
                    if k not in after[0] or grew(k, v, after[0][k])
                    or (k == "VmallocUsed" and after[0][k] != v)}
            diff.update({k: (v, after[1].get(k)) for k, v in before[1].items()
                         if k not in after[1] or grew(k, v, after[1][k])})
            diff.update({k: (None, v) for k, v in after[1].items() if k not in before[1]})
            out.append(("modules/%s-100-rounds-no-leak" % name,
                        "repeat: 100 rounds done" in t and not diff and "BUG" not in t,
                        "changed: %s\n%s" % (diff, t[-800:])))
        t = con.run("lsmod")
        out.append(("modules/none-left", t.strip() == "", t))
        return out
    return _console_check(ctx, "modules/samples", body, timeout=30)


ALL += [module_samples]


def module_syscalls(ctx):
    """tests/user/modtest.c: init_module/delete_module from a program, with 2.6.32's errnos and messages."""
    res = ctx.boot("rdinit=/modtest panic=-1", timeout=120, until="Power down.",
                   initrd=userprogs.initrd(ctx.build))
    want = [
        r"^query_module: -38$", r"^init_module len 0: -8$", r"^init_module bad pointer: -14$",
        r"^init_module not ELF: -8$",
        r"Module len \d+ truncated$", r"^init_module mt_hello : -8$",
        r"^init_module wrong machine: -8$", r"^init_module bad params pointer: -14$",
        r"mt_badmagic: version magic '2\.6\.31 preempt mod_unload 686 ' should be "
        r"'2\.6\.32-linnet preempt mod_unload 686 '$", r"^init_module mt_badmagic : -8$",
        r"mt_undef: Unknown symbol parse_early_param$", r"^init_module mt_undef : -2$",
        r"mt_hello: `abc' invalid for parameter `count'$", r"^init_module mt_hello count=abc: -22$",
        r"mt_hello: Unknown parameter `nosuch'$", r"^init_module mt_hello nosuch=1: -2$",
        r"^init_module mt_hello count=3 name=user: 0$", r"^init_module mt_hello : -17$",
        r"mt_prop: module license 'Proprietary' taints kernel\.$",
        r"mt_prop: Unknown symbol mt_hello_state$", r"^init_module mt_prop : -2$",
        r"^init_module mt_initfail : -19$", r"^init_module mt_user : 0$",
        r"^delete_module mt_hello O_NONBLOCK \(used by mt_user\): -11$",
        r"^delete_module mt_user O_NONBLOCK: 0$", r"^delete_module mt_hello 0: 0$",
        r"^delete_module mt_hello again: -2$", r"^delete_module bad pointer: -14$",
        r"^init_module mt_noexit : 0$", r"^delete_module mt_noexit O_NONBLOCK: -16$",
        r"^delete_module mt_noexit O_NONBLOCK\|O_TRUNC: 0$",
        r"^fuzz 600 rounds: 600 refused with ENOEXEC, 0 other$", r"^== modtest done$"]
    out = expect_lines("modules/syscalls", res, want)
    bad = re.search(r"Oops:|BUG:|Kernel panic", res.output)
    out += result("modules/syscalls-no-oops", bad is None, "", res if bad else None)
    return out


ALL += [module_syscalls]


def classic_modules(ctx):
    """Modules written as the Linux 2.6 books write them build unchanged out of tree and behave."""
    import shutil
    import subprocess
    import tempfile
    top = tempfile.mkdtemp(prefix="linnet-classic-")
    try:
        src = os.path.join(top, "src")
        shutil.copytree(os.path.join(ROOT, "tests", "modules", "classic"), src)
        b = subprocess.run(["make", "KDIR=%s" % ROOT, "BUILD=%s" % os.path.relpath(ctx.build, ROOT)],
                           cwd=src, capture_output=True, text=True)
        warn = [l for l in (b.stdout + b.stderr).split("\n") if "warning:" in l or "error" in l]
        out = [("classic/build-unchanged", b.returncode == 0 and not warn, b.stdout[-1500:] + b.stderr[-1500:])]
        if b.returncode:
            return out
        root = os.path.join(top, "root", "classic")
        os.makedirs(root)
        for f in os.listdir(src):
            if f.endswith(".ko"):
                shutil.copy(os.path.join(src, f), root)
        rd = os.path.join(top, "initramfs.cpio")
        subprocess.run([sys.executable, os.path.join(ROOT, "usr", "gen_init_cpio.py"),
                        os.path.join(ROOT, "usr", "initramfs_list"), "--extra", os.path.join(top, "root"),
                        "-o", rd], check=True, cwd=os.path.join(ROOT, "usr"))

        def body(con):
            res = []
            t = con.run("insmod /classic/cl_hello1.ko") + con.run("rmmod cl_hello1")
            res.append(_shape("classic/hello1-init_module-by-name", t, [
                r"cl_hello1: hello, world 1\.$", r"cl_hello1: goodbye, world 1\.$"]))
            t = con.run("insmod /classic/cl_hello5.ko myint=7 mystring=abc myintArray=3,4") + \
                con.run("rmmod cl_hello5")
            res.append(_shape("classic/hello5-parameters", t, [
                r"myshort is a short integer: 1$", r"myint is an integer: 7$",
                r"mylong is a long integer: 9999$", r"mystring is a string: abc$",
                r"myintArray\[1\] = 4$", r"got 2 arguments for myintArray, setup 3\.$",
                r"cl_hello5: goodbye, world 5$"]))
            t = con.run("insmod /classic/cl_chardev.ko") + con.run("cat cl_chardev") + \
                con.run("cat cl_chardev") + con.run("echo x > cl_chardev") + con.run("rmmod cl_chardev")
            res.append(_shape("classic/chardev-register_chrdev", t, [
                r"cl_chardev: I was assigned major number \d+\.$",
                r"^I already told you 0 times Hello world!$", r"^I already told you 1 times Hello world!$",
                r"Sorry, this operation isn't supported\.$"]))
            t = con.run("insmod /classic/cl_procfs.ko") + con.run("cat /proc/cl_buffer1k") + \
                con.run("echo new text > /proc/cl_buffer1k") + con.run("cat /proc/cl_buffer1k") + \
                con.run("rmmod cl_procfs") + con.run("cat /proc/cl_buffer1k")
            res.append(_shape("classic/procfs-read_proc-write_proc", t, [
                r"/proc/cl_buffer1k created$", r"^nothing written yet$", r"^new text$",
                r"/proc/cl_buffer1k removed$", r"^/proc/cl_buffer1k: No such file or directory \(-2\)$"]))
            t = con.run("insmod /classic/cl_sleep.ko") + con.run("cat /proc/cl_sleep") + \
                con.run("cat /proc/cl_sleep") + con.run("rmmod cl_sleep")
            res.append(_shape("classic/sleep-wait-queue", t, [
                r"^opened 1 times, pid \d+$", r"^opened 2 times, pid \d+$"]))
            t = con.run("insmod /classic/cl_scull.ko scull_size=100") + \
                con.run("echo scull holds this > cl_scull") + con.run("cat cl_scull") + \
                con.run("rmmod cl_scull") + con.run("lsmod")
            res.append(_shape("classic/scull", t, [
                r"cl_scull: major \d+, 100 bytes, kernel 2\.6\.32$", r"^scull holds this$"]))
            # 2.6.32 APIs the books' examples use: request_region and /proc/ioports, ioremap and
            # the io accessors, a dashed file name made a module name with '_' (Kbuild's name-fix)
            t = con.run("insmod /classic/cl_ports-1.ko") + con.run("cat /proc/ioports") + \
                con.run("lsmod") + con.run("rmmod cl_ports_1") + con.run("cat /proc/ioports")
            res.append(_shape("classic/ports-request_region-ioremap", t, [
                r"cl_ports: ports 0x300-0x303$", r"cl_ports: again: busy, keyboard: busy, check_region: -16$",
                r"^0060-0060 : keyboard$", r"^0300-0303 : cl_ports$", r"cl_ports: vga cell 0x0741$",
                r"cl_ports: reset vector 0xea$", r"cl_ports: ioremap of RAM: refused$", r"^cl_ports_1 ",
                r"Trying to free nonexistent resource <0000000000000300-0000000000000303>$",
                r"cl_ports: released$"]))
            res.append(("classic/ports-released", t.count("0300-0303 : cl_ports") == 1, t))
            # ioctl numbers, a cdev named through its kobject, sleep_on, a procfs4-style seq_file
            t = con.run("insmod /classic/cl_ioctl.ko") + con.run("cat /proc/cl_iter") + \
                con.run("cat /proc/cl_iter") + con.run("rmmod cl_ioctl")
            res.append(_shape("classic/ioctl-kobject-sleep_on-seq", t, [
                r"cl_ioctl: S 0x40046b01 G 0x80046b02 X 0xc0046b03: dir 3 type k nr 3 size 4$",
                r"cl_ioctl: nobody woke us: 0 left$", r"cl_ioctl: woken before the time ran out$",
                r"cl_ioctl: cdev cl_ioctl0, root may set: 1$", r"^0\n1$"]))
            res.append(("classic/none-left", "cl_" not in con.run("lsmod"), t))
            return res
        return out + _console_check(ctx, "classic/boot", body, initrd=rd)
    finally:
        shutil.rmtree(top, ignore_errors=True)


ALL += [classic_modules]
ALL += [userland_difftest]


# --- Modules from busybox's shell: insmod, lsmod, modinfo, rmmod, modprobe -

W1KO = "/lib/modules/2.6.32-linnet/kernel/drivers/char/wait1.ko"
LKKO = "/lib/modules/2.6.32-linnet/kernel/drivers/misc/lkdtm.ko"


def _userland_modules_steps(sh):
    """wait1 (a module rcS loaded) and samples/classdev through busybox's module tools."""
    out = []
    t = sh.run("lsmod; dmesg | grep wait1:")
    out.append(_shape("bbmod/rcS-loaded-wait1", t, [r"^wait1 +\d+ +0\b", r"\] wait1: major \d+, a 64-byte ring$"]))
    t = sh.run("modinfo wait1")
    out.append(_shape("bbmod/modinfo", t, [r"^filename: +%s$" % re.escape(W1KO), r"^license: +GPL$",
                                           r"^description: +wait1: a 64-byte ring",
                                           r"^vermagic: +2\.6\.32-linnet preempt mod_unload 686"]))
    t = sh.run("rmmod wait1; echo rc $?; lsmod; ls /dev/wait1")
    out.append(_shape("bbmod/rmmod", t, [r"^rc 0$", r"/dev/wait1: No such file or directory$"]))
    out.append(("bbmod/rmmod-gone-from-lsmod", not re.search(r"^wait1 ", t, re.M), t))
    t = sh.run("insmod %s; echo rc $?; dmesg | tail -n 1; ls -l /dev/wait1" % W1KO)
    out.append(_shape("bbmod/insmod-dmesg", t, [r"^rc 0$", r"\] wait1: major \d+, a 64-byte ring$",
                                                r"^crw------- +1 root +root +\d+, +0 .* /dev/wait1$"]))
    # a reader holds the module: rmmod (O_NONBLOCK) says -EWOULDBLOCK, as Linux
    sh.run("cat /dev/wait1 > /tmp/w1 &")
    t = sh.run("for i in 1 2 3 4 5 6 7 8 9 10; do lsmod | grep -q '^wait1 .* 1 ' && break; sleep 0.1; "
               "done; lsmod | grep wait1; echo Hello > /dev/wait1; rmmod wait1; echo rc $?")
    out.append(_shape("bbmod/rmmod-in-use-EWOULDBLOCK", t, [
        r"^wait1 +\d+ +1\b", r"^rmmod: can't unload module 'wait1': Resource temporarily unavailable$",
        r"^rc 1$"]))
    t = sh.run("kill %1; wait; cat /tmp/w1; lsmod | grep wait1")
    out.append(_shape("bbmod/echo-then-cat", t, [r"^Hello$", r"^wait1 +\d+ +0\b"]))
    t = sh.run("insmod %s; echo rc $?" % W1KO)
    # busybox's insmod exits with the errno (254: -ENOENT & 0xff)
    out.append(_shape("bbmod/insmod-twice-EEXIST", t, [r"^insmod: can't insert '%s': File exists$" % re.escape(W1KO),
                                                       r"^rc 17$"]))
    t = sh.run("insmod /lib/modules/nothere.ko; echo rc $?")
    out.append(_shape("bbmod/insmod-missing-file", t, [
        r"^insmod: can't insert '/lib/modules/nothere.ko': No such file or directory$", r"^rc 254$"]))
    t = sh.run("modprobe -r wait1; echo rc $?; rmmod wait1; echo rc $?")
    out.append(_shape("bbmod/modprobe-r-then-rmmod-not-loaded", t, [
        r"^rc 0$", r"^rmmod: can't unload module 'wait1': No such file or directory$", r"^rc 1$"]))
    t = sh.run("modprobe wait1; echo rc $?; echo Hello > /dev/wait1; head -c 6 /dev/wait1; lsmod")
    out.append(_shape("bbmod/modprobe", t, [r"^rc 0$", r"^Hello$", r"^wait1 +\d+ +0\b"]))
    # every driver 2.6.32 can build as a module is one here: modules.builtin (2.6.33's file) is
    # empty; modprobe takes a loaded module as done, -r removes it and modprobe loads it back
    t = sh.run("wc -l < /lib/modules/2.6.32-linnet/modules.builtin; modprobe i8042; echo rc $?; "
               "modprobe -r i8042; echo rc $?; lsmod | grep -c i8042; modprobe i8042; echo rc $?; "
               "lsmod | grep -c i8042")
    t = re.sub(r"(?m)^\[ *\d+\.\d+\] .*\n", "", t)  # i8042's line on the console
    out.append(_shape("bbmod/modprobe-driver-modules", t, [r"^0\nrc 0\nrc 0\n0\nrc 0\n1$"]))
    # a class and its devices: /dev nodes from device_create, gone with rmmod
    t = sh.run("modprobe classdev ndevs=3; ls /dev | grep classdev; cat /dev/classdev2; "
               "grep classdev /proc/devices")
    out.append(_shape("bbmod/classdev-nodes", t, [r"^classdev0$", r"^classdev1$", r"^classdev2$",
                                                  r"^classdev2: minor 2 of 3, read 1 times$",
                                                  r"^ *\d+ classdev$"]))
    t = sh.run("rmmod classdev; ls /dev | grep -c classdev; grep -c classdev /proc/devices")
    out.append(_shape("bbmod/classdev-nodes-gone", t, [r"^0\n0$"]))
    # busybox's insmod tries finit_module (3.8) first; 2.6.32's -ENOSYS sends it to init_module
    bad = re.search(r"Oops:|BUG:|Kernel panic|WARNING:", sh.log.decode("latin-1"))
    out.append(("bbmod/no-oops", bad is None, bad.group(0) if bad else ""))
    # lkdtm, a module here: the shell's crash command while loaded, 2.6.32's parameters;
    # DIRECT crashes in insmod's context, so it comes last (the module stays "Loading")
    t = sh.run("insmod %s; echo rc $?; rmmod lkdtm; echo rc $?; dmesg | tail -n 2" % LKKO)
    out.append(_shape("bbmod/lkdtm-load-remove", t, [
        r"^rc 0$", r"lkdtm: No crash points registered, enable through the shell's crash$",
        r"lkdtm: Crash point unregistered$"]))
    t = sh.run("insmod %s cpoint_name=TIMERADD cpoint_type=BUG; echo rc $?; "
               "insmod %s cpoint_name=DIRECT cpoint_type=NOSUCH; echo rc $?; dmesg | tail -n 2" % (LKKO, LKKO))
    out.append(_shape("bbmod/lkdtm-bad-parameters-EINVAL", t, [
        r"^insmod: can't insert '%s': Invalid argument$" % re.escape(LKKO), r"^rc 22$",
        r"lkdtm: Crash point TIMERADD needs kprobes, which Linnet lacks$", r"lkdtm: Invalid command$"]))
    # a page-fault oops kills the task with SIGKILL, as 2.6.32's no_context (a trap's uses SIGSEGV)
    t = sh.run("cat /proc/sys/kernel/tainted; insmod %s cpoint_name=DIRECT cpoint_type=EXCEPTION; echo rc $?"
               % LKKO, timeout=20)
    out.append(_shape("bbmod/lkdtm-direct-oops", t, [
        r"^0$", r"lkdtm: Performing direct entry EXCEPTION$",
        r"IP: \[<[0-9a-f]{8}>\] crash_null\+0x\w+/0x\w+ \[lkdtm\]$",
        # crash_null opens the module's text page: the code line starts at EIP (a3: mov %eax,0x0)
        r"Modules linked in: lkdtm\+ (\S+ )*wait1 ", _pid_line("insmod"), r"Code: <a3> 00 00 00 00 ([0-9a-f]{2} ){17}$",
        r"^Killed$", r"^rc 137$"]))
    # the oops tainted the kernel D (128); a write only adds bits (U, 64)
    t = sh.run("cat /proc/sys/kernel/tainted; echo 64 > /proc/sys/kernel/tainted; echo rc $?; "
               "cat /proc/sys/kernel/tainted; echo 0 > /proc/sys/kernel/tainted; cat /proc/sys/kernel/tainted; "
               "dmesg | grep -c 'Disabling lock debugging'")
    out.append(_shape("bbmod/proc-sys-kernel-tainted", t, [r"^128\nrc 0\n192\n192\n0$"]))
    return out


def userland_modules(ctx):
    """busybox's insmod, lsmod, modinfo, rmmod and modprobe on wait1, a class and lkdtm, in one boot."""
    return _userland_missing(ctx) or userland.drive(userland.kernel(ctx.build), ctx.build,
                                                     [_userland_modules_steps])


ALL += [userland_modules]


def sysfuzz_15s(ctx):
    """tests/user/sysfuzz.c as init for 15 s: no oops, no hang, all reaped, the monitor and allocators intact."""
    import sysfuzz
    seed = int(os.environ.get("SYSFUZZ_SEED", "1"))
    return sysfuzz.run(ctx.kernel, userprogs.initrd(ctx.build), 15, seed)


ALL += [sysfuzz_15s]


ALL += [irq_misrouted]


# --- The drivers 2.6.32 can build as modules, as modules (issue 17) ---------
#
# The userland's kernel (build/modular) has 8250 and i8042 as modules that
# rcS loads. i8042 is removed and loaded from the serial shell; 8250 cannot
# be while that shell holds ttyS0 (-EWOULDBLOCK, as Linux), so the shell
# stops init's respawning (busybox init's SIGTSTP), starts a script outside
# the terminal and exits; the script reloads 8250 with the line free and
# lets init respawn the shell (SIGCONT), whose prompt proves the reloaded
# port sends, and the commands typed at it that it receives.

DRV = "/lib/modules/2.6.32-linnet/kernel/drivers/"
I8042KO, SERIALKO = DRV + "input/serio/i8042.ko", DRV + "serial/8250.ko"
LEAK_ROUNDS = 20


def _bb_leak_state(text):
    """MemFree/VmallocUsed/Slab... and each cache's active objects from `cat /proc/meminfo /proc/slabinfo`."""
    mem = dict(re.findall(r"^(MemFree|Slab|VmallocUsed|KernelStack|PageTables): +(\d+) kB$", text, re.M))
    slab = dict(re.findall(r"^(\S+) +(\d+) +\d+ +\d+ +\d+ +\d+ : tunables", text, re.M))
    return mem, slab


def _bb_leaks(before, after):
    """What grew: the caches and the totals (VmallocUsed, where modules
    live, included) never grow; MemFree may fall by the pages the shell's
    own files and heap take meanwhile (48 kB: a page a round is 80 kB)."""
    (m0, s0), (m1, s1) = _bb_leak_state(before), _bb_leak_state(after)
    diff = {}
    for k, v in m0.items():
        a = int(m1.get(k, -1))
        if (k == "MemFree" and a < int(v) - 48) or (k != "MemFree" and a > int(v)) or a < 0:
            diff[k] = (v, m1.get(k))
    diff.update({k: (v, s1.get(k)) for k, v in s0.items() if k not in s1 or int(s1[k]) > int(v)})
    diff.update({k: (None, v) for k, v in s1.items() if k not in s0})
    return diff if m0 and s0 else {"nothing read": (before[-300:], after[-300:])}


def _driver_modules_steps(sh):
    out = []
    t = sh.run("lsmod; grep serial /proc/ioports; grep -E ' (serial|i8042)$' /proc/interrupts; "
               "cat /lib/modules/2.6.32-linnet/modules.builtin | wc -l")
    out.append(_shape("drvmod/rcS-loaded", t, [
        r"^8250 +\d+ +1 *$", r"^i8042 +\d+ +0 *$", r"^03f8-03ff : serial$",
        r"^  1: +\d+ +XT-PIC-XT +i8042$", r"^  4: +\d+ +XT-PIC-XT +serial$", r"^0$"]))
    t = sh.run("modinfo %s; modinfo %s" % (SERIALKO, I8042KO))
    out.append(_shape("drvmod/modinfo", t, [
        r"^description: +Generic 8250/16x50 serial driver$", r"^parm: +nr_uarts:Maximum number of UARTs",
        r"^parm: +share_irqs:", r"^alias: +char-major-4-\*$",
        r"^description: +i8042 keyboard and mouse controller driver$", r"^parm: +nokbd:Do not probe or use KBD port",
        r"^parm: +reset:Reset controller during init and cleanup", r"^license: +GPL$",
        r"^author: +\S"]))
    # the serial shell holds ttyS0 and so 8250 (O_NONBLOCK: -EWOULDBLOCK); modprobe finds i8042 loaded
    t = sh.run("rmmod 8250; echo rc $?; modprobe i8042; echo rc $?")
    out.append(_shape("drvmod/8250-in-use", t, [
        r"^rmmod: can't unload module '8250': Resource temporarily unavailable$", r"^rc 1\nrc 0$"]))
    # i8042 out: IRQ1 loses its handler (the row stays while it has a count, as 2.6.32's),
    # /dev/kbd goes, the keyboard's ports stay claimed by the kernel ("keyboard")
    t = sh.run("rmmod i8042; echo rc $?; lsmod; grep '^  1:' /proc/interrupts; ls /dev/kbd; "
               "grep -c keyboard /proc/ioports")
    out.append(_shape("drvmod/i8042-rmmod", t, [r"^rc 0$", r"/dev/kbd: No such file or directory$",
                                                r"^2$"]))
    out.append(("drvmod/i8042-rmmod-irq1-freed", "i8042" not in t, t))
    t = sh.run("insmod %s nokbd=1; echo rc $?; grep -c i8042 /proc/interrupts; rmmod i8042; "
               "insmod %s direct=1; echo rc $?; dmesg | tail -n 1" % (I8042KO, I8042KO))
    out.append(_shape("drvmod/i8042-parameters", t, [r"^rc 0\n0$", r"^rc 2$",
                                                     r"i8042: Unknown parameter `direct'$"]))
    t = sh.run("insmod %s; echo rc $?; grep '^  1:' /proc/interrupts; ls /dev/kbd" % I8042KO)
    out.append(_shape("drvmod/i8042-insmod", t, [r"^rc 0$", r"^  1: +\d+ +XT-PIC-XT +i8042$", r"^/dev/kbd$"]))
    # a key typed after the reload reaches the shell on tty1
    out += [(n.replace("userland/", "drvmod/i8042-reloaded-"), ok, d) for n, ok, d in userland.step_keyboard(sh)]
    # a few rounds first: the slab's per-CPU arrays keep freed objects, counted active
    rounds = "i=0; while [ $i -lt %d ]; do rmmod i8042 && insmod %s || break; i=$((i+1)); done; echo rounds $i"
    # (and a first long write to the terminal: the tty keeps its write buffer)
    sh.run(rounds % (5, I8042KO) + "; cat /proc/meminfo /proc/slabinfo", 60)
    before = sh.run("cat /proc/meminfo /proc/slabinfo", 20)
    t = sh.run(rounds % (LEAK_ROUNDS, I8042KO), 120)
    after = sh.run("cat /proc/meminfo /proc/slabinfo", 20)
    diff = _bb_leaks(before, after)
    out.append(("drvmod/i8042-%d-rounds-no-leak" % LEAK_ROUNDS,
                "rounds %d" % LEAK_ROUNDS in t and not diff, "changed: %s\n%s" % (diff, t[-500:])))
    # 8250: from a script outside the terminal, with respawning stopped
    script = (
        "while lsmod | grep -q '^8250 .* [1-9] *$'; do sleep 0.1; done; exec > /tmp/r 2>&1; "
        "rmmod 8250; echo rmmod rc $?; grep -c serial /proc/ioports; grep '^  4:' /proc/interrupts; "
        "ls /dev/ttyS0; insmod @K@ nr_uarts=0; echo nr_uarts=0 rc $?; grep -c serial /proc/ioports; "
        "ls /dev/ttyS0; rmmod 8250; for i in 1 2 3; do insmod @K@; rmmod 8250; done; "
        "b=$(cat /proc/meminfo /proc/slabinfo); "
        "i=0; while [ $i -lt @N@ ]; do insmod @K@ && rmmod 8250 || break; i=$((i+1)); done; echo rounds $i; "
        "a=$(cat /proc/meminfo /proc/slabinfo); echo \"$b\" > /tmp/before; echo \"$a\" > /tmp/after; "
        "insmod @K@; echo insmod rc $?; "
        "grep serial /proc/ioports; grep '^  4:' /proc/interrupts; kill -CONT 1"
    ).replace("@K@", SERIALKO).replace("@N@", str(LEAK_ROUNDS))
    sh.run("cat > /tmp/reload.sh << 'EOF'\n%s\nEOF" % script)
    sh.run("kill -TSTP 1")
    sh.send(b"setsid sh /tmp/reload.sh </dev/null >/dev/null 2>&1 & exit\r")
    text = sh.read_until(sh.prompt, 60).decode("latin-1")
    # the console came back with the log (CON_PRINTBUFFER), then the new shell's prompt
    out.append(_shape("drvmod/8250-reloaded-console", text.replace("\r", ""), [
        r"Serial: 8250/16550 driver, 1 ports, IRQ sharing disabled\n(.*\n)*.*console \[ttyS0\] enabled"]))
    t = sh.run("cat /tmp/r; echo typed after the reload")
    out.append(_shape("drvmod/8250-rmmod-insmod", t, [
        r"^rmmod rc 0\n0\n  4: +\d+ +XT-PIC-XT +\n", r"/dev/ttyS0: No such file or directory\nnr_uarts=0 rc 0\n0\n/dev/ttyS0\n",
        r"^rounds %d\ninsmod rc 0\n03f8-03ff : serial\n  4: +\d+ +XT-PIC-XT +serial$" % LEAK_ROUNDS,
        r"^typed after the reload$"]))
    diff = _bb_leaks(sh.run("cat /tmp/before", 20), sh.run("cat /tmp/after", 20))
    out.append(("drvmod/8250-%d-rounds-no-leak" % LEAK_ROUNDS, not diff, "changed: %s" % diff))
    bad = re.search(r"Oops:|BUG:|Kernel panic|WARNING:|Trying to free", sh.log.decode("latin-1"))
    out.append(("drvmod/no-oops", bad is None, bad.group(0) if bad else ""))
    return out


def userland_driver_modules(ctx):
    """8250.ko and i8042.ko: loaded by rcS, removed and loaded again with their ports, IRQs and
    nodes gone and back, parameters, the keyboard and the serial console working after, no leak."""
    return _userland_missing(ctx) or userland.drive(userland.kernel(ctx.build), ctx.build,
                                                     [_driver_modules_steps])


ALL += [userland_driver_modules]


# --- The kernel's include path: -nostdinc, as Linux builds --------------

def _kernel_cc_command(tmp):
    """The exact command the Makefile compiles init/main.c with (make -n), as a list."""
    import shlex
    p = subprocess.run(["make", "-n", "-B", "V=1", "BUILD=" + tmp, os.path.join(tmp, "init/main.o")],
                       cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    line = [l for l in p.stdout.split("\n") if " -c init/main.c " in l]
    return shlex.split(line[0]) if line else None, p.stdout[-2000:]


def nostdinc_missing_header(ctx):
    """A header Linnet lacks is a compile error in a kernel file, as in Linux: with the
    Makefile's own command, <linux/if_ether.h> is not found, though the host has it
    (the same command without -nostdinc finds it), and Linnet's <linux/kernel.h> is."""
    with tempfile.TemporaryDirectory(prefix="linnet-nostdinc-") as tmp:
        cmd, log = _kernel_cc_command(tmp)
        if not cmd:
            return result("build/nostdinc", False, "no compile command for init/main.c:\n" + log)
        cmd = [a for a in cmd if a not in ("-MMD", "-MP")]

        def cc(text, argv):
            src = os.path.join(tmp, "probe.c")
            with open(src, "w") as f:
                f.write(text)
            argv = [src if a == "init/main.c" else a for a in argv]
            argv[argv.index("-o") + 1] = os.path.join(tmp, "probe.o")
            return subprocess.run(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        probe = "#include <linux/if_ether.h>\nint probe_len = ETH_ALEN;\n"
        own = cc("#include <linux/kernel.h>\nint probe_max = INT_MAX;\n", cmd)
        lacked = cc(probe, cmd)
        host = cc(probe, [a for a in cmd if a != "-nostdinc"])
        return (result("build/nostdinc-own-header-builds", own.returncode == 0, own.stdout[-1500:]) +
                result("build/nostdinc-missing-header-is-an-error", lacked.returncode != 0 and
                       "linux/if_ether.h: No such file or directory" in lacked.stdout, lacked.stdout[-1500:]) +
                result("build/nostdinc-host-has-the-header", host.returncode == 0,
                       "without -nostdinc the host's header should be found:\n" + host.stdout[-1500:]))


ALL += [nostdinc_missing_header]


# --- make deps: each target asks only for what it needs ------------------

def _make_rules():
    """{target: [prerequisites]} from make's own database (make -pn, with an empty
    build directory so that nothing is found up to date; 2 s, nothing built)."""
    with tempfile.TemporaryDirectory(prefix="linnet-deps-") as tmp:
        p = subprocess.run(["make", "-pn", "BUILD=" + tmp, "help"], cwd=ROOT,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    rules = {}
    for m in re.finditer(r"^([^\s#:=%][^:=\n]*?):(?![=:])[ \t]*([^\n|]*)", p.stdout, re.M):
        for target in m.group(1).split():
            rules.setdefault(target, []).extend(m.group(2).split())
    return rules


def _reaches(rules, start):
    seen, todo = set(), [start]
    while todo:
        t = todo.pop()
        if t not in seen:
            seen.add(t)
            todo += rules.get(t, [])
    return seen


def _deps_packages(group):
    p = subprocess.run([os.path.join(ROOT, "scripts/deps.sh"), "--list", group],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return set(p.stdout.split()) if p.returncode == 0 else {"<deps.sh failed: %s>" % p.stdout}


def deps_per_target(ctx):
    """make builds the kernel with no package step and no busybox download (no network);
    make run and make iso ask only for run's group, which has QEMU, GRUB and busybox but
    neither the docs' Chromium nor the fuzzers' clang; make test and htmldocs ask for theirs."""
    rules = _make_rules()
    want = {"all": [], "run": ["deps-run"], "iso": ["deps-run"], "debug": ["deps-debug"],
            "test": ["deps-test"], "htmldocs": ["deps-docs"]}
    got = {t: sorted(d for d in _reaches(rules, t) if d.startswith("deps") or d.endswith("/busybox"))
           for t in want}
    out = result("deps/groups-per-target", got == want and len(rules) > 50,
                 "make's rules lead to %s, want %s" % (got, want))
    run, test, docs = _deps_packages("run"), _deps_packages("test"), _deps_packages("docs")
    heavy = {"chromium", "clang", "libclang-rt-14-dev", "valgrind", "linux-source-6.12"}
    out += result("deps/run-is-light", not (run & heavy) and
                  {"qemu-system-x86", "grub-pc-bin", "xorriso", "busybox-static:i386"} <= run,
                  "run's group: %s" % sorted(run))
    out += result("deps/test-and-docs-have-theirs", {"clang", "linux-source-6.12", "chromium"} <= test
                  and "chromium" in docs, "test: %s; docs: %s" % (sorted(test), sorted(docs)))
    return out


ALL += [deps_per_target]


# --- Leaving the userland: poweroff, reboot and SysRq's b, o, p, c ---------

def _userland_until_exit(ctx, line, wait=15.0, append="console=ttyS0"):
    """Boot the userland, type @line at its prompt; (serial text, QEMU ended by itself)."""
    sh = userland.Shell(userland.kernel(ctx.build), ctx.build, append=append)
    try:
        sh.send(line.encode() + b"\r")
        end = time.monotonic() + wait
        while sh.proc.poll() is None and time.monotonic() < end:
            try:
                sh.read_until(b"\x00never\x00", 0.5)
            except (TimeoutError, EOFError):
                pass
        return sh.log.decode("latin-1").replace("\r", ""), sh.proc.poll() is not None
    finally:
        sh.close()


def userland_power(ctx):
    """busybox's poweroff and reboot end QEMU with 2.6.32's last words; SysRq b resets and
    o powers off; p shows the registers and c crashes as 2.6.32's (which forces panic_on_oops)."""
    missing = _userland_missing(ctx)
    if missing:
        return missing
    out = []
    for name, line, pats in (
            ("poweroff", "poweroff", [r"\] Power down\.$"]),
            ("reboot", "reboot", [r"\] Restarting system\.$"]),
            ("sysrq-b", "echo b > /proc/sysrq-trigger", [r"\] SysRq : Resetting$"]),
            ("sysrq-o", "echo o > /proc/sysrq-trigger", [r"\] SysRq : Power Off$", r"\] Power down\.$"])):
        try:
            text, ended = _userland_until_exit(ctx, line)
        except (TimeoutError, EOFError, OSError) as e:
            text, ended = repr(e), False
        out.append(_shape("userland/%s-text" % name, text, pats))
        out.append(("userland/%s-ends-qemu" % name, ended, text[-600:]))
    try:
        # panic=-1: restart at once after the panic, which ends QEMU
        text, ended = _userland_until_exit(ctx, "echo p > /proc/sysrq-trigger; echo c > /proc/sysrq-trigger",
                                           append="console=ttyS0 panic=-1")
    except (TimeoutError, EOFError, OSError) as e:
        text, ended = repr(e), False
    out.append(_shape("userland/sysrq-p-c", text, [
        r"\] SysRq : Show Regs$", r"\] SysRq : Trigger a crash$",
        r"BUG: unable to handle kernel NULL pointer dereference at \(null\)$",
        r"EIP is at sysrq_handle_crash\+0x", r"Kernel panic - not syncing: Fatal exception$"]))
    out.append(("userland/sysrq-c-panic-ends-qemu", ended, text[-600:]))
    return out


ALL += [userland_power]


def gfp_zone_bad(ctx):
    """__GFP_DMA | __GFP_HIGHMEM is GFP_ZONE_BAD: gfp_zone() BUGs, as 2.6.32 with CONFIG_DEBUG_VM."""
    res = ctx.boot("ktest=demo_gfp_zone_bad panic=-1")
    return expect_lines("mm/gfp-zone-bad-bug", res, [
        r"kernel BUG at include/linux/gfp\.h:\d+!",
        r"invalid opcode: 0000 \[#1\]", r"EIP is at alloc_pages\+0x",
        r"not ok 1 demo_gfp_zone_bad_test"])


ALL += [gfp_zone_bad]


def gfp_zero_highmem_irq(ctx):
    """__GFP_ZERO | __GFP_HIGHMEM from a timer (interrupt context): prep_zero_page() BUGs up front,
    as 2.6.32's VM_BUG_ON with CONFIG_DEBUG_VM, instead of only when a KM_USER0 mapping is live."""
    res = ctx.boot("ktest=demo_gfp_zero_highmem_irq panic=-1")
    return expect_lines("mm/gfp-zero-highmem-irq-bug", res, [
        r"kernel BUG at mm/page_alloc\.c:\d+!",
        r"invalid opcode: 0000 \[#1\]", r"EIP is at prep_zero_page\+0x",
        r"zero_highmem_timer_fn\+0x",
        r"Kernel panic - not syncing: Fatal exception in interrupt"])


ALL += [gfp_zero_highmem_irq]


def _until_qemu_ends(con, wait):
    """Read @con's serial line until QEMU exits or @wait seconds pass; (text, ended)."""
    end = time.monotonic() + wait
    while con.proc.poll() is None and time.monotonic() < end:
        try:
            con.read_until(b"\x00never\x00", 0.5)
        except (TimeoutError, EOFError):
            pass
    return con.log.decode("latin-1").replace("\r", ""), con.proc.poll() is not None


def ctrl_alt_del(ctx):
    """Ctrl-Alt-Del on the PS/2 keyboard (QMP send-key ctrl alt delete), as 2.6.32's
    keyboard.c and ctrl_alt_del(): at the monitor (C_A_D on) the kernel restarts at once;
    under busybox init, which turns C_A_D off, init gets SIGINT and runs its inittab's
    ::ctrlaltdel:/sbin/reboot, and the machine restarts through reboot(2)."""
    out = []
    con = console.Console(ctx.kernel)
    try:
        con.key("ctrl", "alt", "delete")
        text, ended = _until_qemu_ends(con, 15)
    finally:
        con.close()
    out.append(_shape("cad/monitor-restarts", text, [r"\] Restarting system\.$"]))
    out.append(("cad/monitor-ends-qemu", ended, text[-600:]))
    missing = _userland_missing(ctx)
    if missing:
        return out + missing
    text, ended = _cad_under_init(userland.kernel(ctx.build), ctx.build)
    # busybox init's own messages go to its stdout, which is no terminal here (2.6.32's
    # console has none for init either): its SIGTERM to every process before the
    # reboot shows that init, not the kernel, did the restart
    out.append(_shape("cad/init-reboots", text, [r"^TERM from init$", r"\] Restarting system\.$"]))
    out.append(("cad/init-ends-qemu", ended, text[-600:]))
    return out


def _cad_under_init(kernel, build):
    """The userland with a job that reports SIGTERM; Ctrl-Alt-Del; (serial text, QEMU ended)."""
    sh = userland.Shell(kernel, build, append="console=ttyS0")
    try:
        sh.run("sh -c 'trap \"echo TERM from init; exit\" TERM; while :; do sleep 1; done' &")
        if "alive" not in sh.run("echo alive"):
            return sh.log.decode("latin-1"), False
        sh.key("ctrl", "alt", "delete")
        return _until_qemu_ends(sh, 20)
    finally:
        sh.close()


ALL += [ctrl_alt_del]


def tsc_calibration_under_load(ctx):
    """The TSC's boot calibration holds on a busy host: three boots without -icount while two
    host processes spin (QEMU's thread loses the CPU at random moments), each running the tsc
    suite, which measures the rate again over 50 ms and wants the boot's figure within 0.5%
    (arch/x86/kernel/tsc.c reads the TSC and the PIT in pairs; the first version was up to
    2.4 times off under load)."""
    spin = "import time\nend = time.time() + 60\nwhile time.time() < end: pass\n"
    burners = [subprocess.Popen([sys.executable, "-c", spin]) for _ in range(2)]
    out = []
    try:
        for i in range(3):
            res = ctx.boot("ktest=tsc panic=-1", icount=False)
            out += verdict.ktest_results(res, "tsc-under-load-%d" % i)
    finally:
        for b in burners:
            b.kill()
            b.wait()
    return out


ALL += [tsc_calibration_under_load]


def sysrq_go_input_race(ctx):
    """Typed as soon as the monitor's `go` starts to answer, a line reaches the shell: ten
    SysRq-g / go / echo rounds on a busy host (two host processes spin), each line sent on the
    first bytes of "kdb: leaving the monitor". kernel/debug/kdb/kdb_main.c:cmd_go gave the
    input back after printing that, and what came in between went to the monitor and was
    dropped (11 of 40 rounds lost before the fix; SysRq-g then go after SysRq-f's OOM kill
    failed this way in userland_shell)."""
    missing = _userland_missing(ctx)
    if missing:
        return missing
    spin = "import time\nend = time.time() + 60\nwhile time.time() < end: pass\n"
    burners = [subprocess.Popen([sys.executable, "-c", spin]) for _ in range(2)]
    lost = []
    try:
        sh = userland.Shell(userland.kernel(ctx.build), ctx.build, append="console=ttyS0 quiet")
        try:
            for i in range(10):
                sh.send(b"echo g > /proc/sysrq-trigger\r")
                sh.read_until(b"linnet> ", 10)
                sh.send(b"go\r")
                sh.read_until(b"kdb: leaving", 10)
                sh.send(b"echo sync''ed%d\r" % i)
                try:
                    sh.read_until(b"synced%d\r\n" % i, 5)
                    sh.read_until(sh.prompt, 5)
                except TimeoutError:
                    lost.append(i)
                    sh.send(b"\r")
                    sh.read_until(sh.prompt, 5)
        finally:
            sh.close()
    finally:
        for b in burners:
            b.kill()
            b.wait()
    return [("sysrq/go-input-reaches-shell", not lost, "rounds lost: %s" % lost)]


ALL += [sysrq_go_input_race]


# --- Event descriptors (docs/events.md) -----------------------------------

def signalfd_queue_freed(ctx):
    """An epoll set outlives the signalfd queue it was hooked on (POLLFREE).

    tests/user/signalfd.c's last part lets a child hook the parent's epoll
    set on the child's own signalfd queue, then exit: the queue is freed
    and the set must have let go of it before the parent deletes the item.
    user_programs cannot see a mistake there, a write to freed memory that
    changes nothing visible; slab_debug's poison turns it into an oops. About 3 s.
    """
    res = ctx.boot("rdinit=/signalfd panic=-1 slab_debug", timeout=60, until="Attempted to kill init",
                   initrd=userprogs.initrd(ctx.build))
    ok = ("  DEL: 0" in res.output and "Attempted to kill init" in res.output
          and not re.search(r"Oops|BUG:|Slab corruption|Poison overwritten", res.output))
    return result("events/signalfd-queue-freed-under-slab-debug", ok, "", None if ok else res)


ALL += [signalfd_queue_freed]
