#!/bin/sh
# deps.sh - install the Debian packages that building, running, testing and
# debugging Linnet need, each target only what it asks for, and fetch
# Debian's busybox for the userland (`make deps` runs `deps.sh all`; `make
# run` and `make iso` run `deps.sh run`, `make test` runs `deps.sh test`...).
#
#     scripts/deps.sh [GROUP...]      GROUP: build run test debug docs busybox all
#     scripts/deps.sh --list GROUP    what GROUP asks for, one name a line;
#                                     installs and fetches nothing
#
# build:   the compiler, assembler and C library the kernel and the test
#          programs of tests/user need. `make` itself needs no network.
# run:     build + QEMU, GRUB and xorriso (make iso, make run), + busybox.
# debug:   run + gdb.
# test:    run + clang-format and cppcheck (make check), clang and
#          libclang-rt-14-dev (the libFuzzer targets, make fuzz), valgrind
#          (make slab-callgrind), linux-source-6.12 (Linux's own KUnit
#          tests and KTAP parser: make upstream, tests/upstream/files.txt),
#          gdb (the harness's GDB checks), and docs' packages (the harness
#          checks the site).
# docs:    python3-markdown, GNU Global's htags and headless Chromium
#          (make htmldocs and its browser test; the harness checks the site
#          in `make test`). Not in run: `make run` on
#          a bare machine must not pull in a browser.
# busybox: Debian's busybox-static for i386, downloaded with `apt-get
#          download` into the cache (LINNET_CACHE, default
#          ~/.cache/linnet) and its /bin/busybox extracted there with
#          dpkg-deb -x: nothing is installed system-wide. The i386
#          architecture is added to dpkg first if it is not there (a
#          standard step: it only lets apt see i386 packages).
#
# Quick when everything is there: it only asks dpkg and looks at the
# cache. When something is missing it says what, and installs it with
# apt-get (as root, or through sudo). libc6-dev-i386-cross is the cross
# compiler's C library (only a Recommends of gcc-i686-linux-gnu): the test
# programs of tests/user are linked statically against it. gcc-multilib is
# deliberately absent: it conflicts with the i686-linux-gnu cross
# compiler, and apt would silently remove one. See docs/userland.md.
set -e

BUILD_PKGS="make gcc libc6-dev python3 nasm gcc-i686-linux-gnu binutils-i686-linux-gnu \
libc6-dev-i386-cross"
RUN_PKGS="qemu-system-x86 grub-pc-bin grub-common xorriso"
DEBUG_PKGS="gdb"
TEST_PKGS="clang-format cppcheck clang libclang-rt-14-dev valgrind linux-source-6.12 gdb"
DOCS_PKGS="python3-markdown global chromium"

CACHE="${LINNET_CACHE:-$HOME/.cache/linnet}"

as_root() {
	if [ "$(id -u)" -eq 0 ]; then
		"$@"
	elif command -v sudo >/dev/null 2>&1; then
		sudo "$@"
	else
		echo "deps: need root (or sudo) for: $*" >&2
		exit 1
	fi
}

# apt-get update, tried three times: a mirror in the middle of a sync
# answers "File has unexpected size" for one index for a minute. An index
# still missing after that is not fatal here: the install or download that
# needs it fails next, naming the package.
apt_update() {
	for try in 1 2 3; do
		as_root apt-get update -qq && return 0
		echo "deps: apt-get update failed (try $try of 3)" >&2
		[ "$try" = 3 ] || sleep $((try * 10))
	done
	return 0
}

install_missing() {
	missing=""
	for p in "$@"; do
		if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
			missing="$missing $p"
		fi
	done
	[ -z "$missing" ] && return 0
	echo "deps: installing:$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt_update
	# shellcheck disable=SC2086
	as_root apt-get install -y -qq --no-install-recommends $missing
}

# Debian's busybox-static:i386, unmodified, at $CACHE/busybox.
fetch_busybox() {
	bb="$CACHE/busybox"
	if [ -x "$bb" ] && file -b "$bb" | grep -q "ELF 32-bit LSB executable, Intel 80386.*statically linked"; then
		return 0
	fi
	if ! dpkg --print-foreign-architectures | grep -qx i386 &&
		[ "$(dpkg --print-architecture)" != i386 ]; then
		echo "deps: adding the i386 architecture to dpkg"
		as_root dpkg --add-architecture i386
		apt_update
	fi
	mkdir -p "$CACHE/deb"
	rm -f "$CACHE"/deb/busybox-static_*.deb
	echo "deps: apt-get download busybox-static:i386 into $CACHE"
	# apt's sandbox user cannot write into a root-only home: no harm, as root
	(cd "$CACHE/deb" && apt-get download -q busybox-static:i386 2>&1 | grep -v "unsandboxed") ||
		(apt_update && cd "$CACHE/deb" && apt-get download -q busybox-static:i386)
	deb=$(ls "$CACHE"/deb/busybox-static_*_i386.deb)
	rm -rf "$CACHE/deb/x"
	dpkg-deb -x "$deb" "$CACHE/deb/x"
	if ! file -b "$CACHE/deb/x/bin/busybox" | grep -q "ELF 32-bit LSB executable, Intel 80386.*statically linked"; then
		echo "deps: $deb holds no static i386 /bin/busybox:" >&2
		file "$CACHE/deb/x/bin/busybox" >&2
		exit 1
	fi
	cp "$CACHE/deb/x/bin/busybox" "$bb.tmp"
	dpkg-deb -f "$deb" Version >"$CACHE/busybox.version"
	mv "$bb.tmp" "$bb"
	rm -rf "$CACHE/deb/x"
	echo "deps: $bb: busybox $(cat "$CACHE/busybox.version")"
}

list=""
if [ "$1" = --list ]; then
	list=1
	shift
fi
[ $# -eq 0 ] && set -- all
for group in "$@"; do
	case "$group" in
	build) pkgs="$BUILD_PKGS" ;;
	run) pkgs="$BUILD_PKGS $RUN_PKGS" ;;
	debug) pkgs="$BUILD_PKGS $RUN_PKGS $DEBUG_PKGS" ;;
	test) pkgs="$BUILD_PKGS $RUN_PKGS $TEST_PKGS $DOCS_PKGS" ;;
	docs) pkgs="$BUILD_PKGS $DOCS_PKGS" ;;
	busybox) pkgs="" ;;
	all) pkgs="$BUILD_PKGS $RUN_PKGS $DEBUG_PKGS $TEST_PKGS $DOCS_PKGS" ;;
	*)
		echo "deps: unknown group $group (build run debug test docs busybox all)" >&2
		exit 2
		;;
	esac
	if [ -n "$list" ]; then
		# shellcheck disable=SC2086
		printf '%s\n' $pkgs file
		case "$group" in
		run | debug | test | busybox | all) echo "busybox-static:i386" ;;
		esac
		continue
	fi
	# shellcheck disable=SC2086
	install_missing $pkgs file
	case "$group" in
	run | debug | test | busybox | all) fetch_busybox ;;
	esac
done
