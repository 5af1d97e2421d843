#!/bin/sh
# deps.sh - install the Debian packages that building, running, testing and
# debugging Linnet need (`make deps`; `make run` and `make test` call it),
# and what `make htmldocs` and its browser test need (python3-markdown,
# GNU Global's htags, headless Chromium).
#
# Quick when everything is there: it only asks dpkg. When something is
# missing it says what, and installs it with apt-get (as root, or through
# sudo). clang and libclang-rt-14-dev build the libFuzzer targets
# (make fuzz, make slab-fuzz); valgrind counts the host slab benchmark
# (make slab-callgrind, part of make bench). linux-source-6.12 brings
# Linux's own KUnit tests and KTAP parser (make upstream,
# tests/upstream/files.txt). libc6-dev-i386-cross is the cross compiler's
# C library (only a Recommends of gcc-i686-linux-gnu): the test programs
# of tests/user are linked statically against it. gcc-multilib is
# deliberately absent: it conflicts with the i686-linux-gnu cross
# compiler, and apt would silently remove one.
set -e

PACKAGES="make gcc libc6-dev python3 qemu-system-x86 nasm grub-pc-bin grub-common xorriso \
gdb gcc-i686-linux-gnu binutils-i686-linux-gnu libc6-dev-i386-cross clang-format cppcheck clang \
libclang-rt-14-dev python3-markdown global chromium valgrind linux-source-6.12"

missing=""
for p in $PACKAGES; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
		missing="$missing $p"
	fi
done
[ -z "$missing" ] && exit 0

echo "deps: installing:$missing"
if [ "$(id -u)" -eq 0 ]; then
	SUDO=""
elif command -v sudo >/dev/null 2>&1; then
	SUDO="sudo"
else
	echo "deps: need root (or sudo) to install:$missing" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
