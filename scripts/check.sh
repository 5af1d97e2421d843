#!/bin/sh
# check.sh - `make check`: the style and static-analysis gate.
#
#  1. clang-format: every .c file must already be formatted by .clang-format
#     (Linux's style). Headers are left to hand formatting: their macros
#     read better aligned by hand.
#  2. cppcheck over the kernel sources.
#  3. scripts/kerneldoc.py: every non-static function has its kernel-doc.
#  4. scripts/docrefs.py: every `file.c:function` the docs cite exists.
#  5. scripts/decls.py: every function declared in include/ and
#     arch/x86/include/ is defined somewhere, inline, or a macro (and its
#     self-test: a planted prototype with no definition is caught).
#  6. scripts/asmlinkage.py: every system call in the table is asmlinkage
#     (the kernel is built with -mregparm=3; entry_32.asm passes a system
#     call's arguments on the stack).
set -e
cd "$(dirname "$0")/.."
status=0

# From git in a checkout; in a release tarball (no .git), every .c file but the build's.
files=$(git ls-files '*.c' 2>/dev/null || find . -path ./build -prune -o -name '*.c' -print)
bad=""
for f in $files; do
	if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then
		bad="$bad $f"
	fi
done
if [ -n "$bad" ]; then
	echo "check: not clang-formatted (run: clang-format -i$bad)"
	status=1
else
	echo "check: clang-format ok"
fi

if cppcheck --quiet --error-exitcode=1 --std=c11 --platform=unix32 \
	--enable=warning,portability --inline-suppr -Iarch/x86/include -Iinclude -DHZ=100 \
	--suppress=missingIncludeSystem --suppress=unknownMacro --suppress=comparePointers \
	boot kernel mm fs ipc net drivers lib 2>&1; then
	echo "check: cppcheck ok"
else
	echo "check: cppcheck found problems"
	status=1
fi

if python3 scripts/kerneldoc.py; then
	echo "check: kernel-doc ok"
else
	status=1
fi

if python3 scripts/docrefs.py >/dev/null; then
	echo "check: docs references ok"
else
	python3 scripts/docrefs.py
	status=1
fi
if python3 scripts/decls.py && python3 scripts/decls.py --selftest; then
	echo "check: declarations ok"
else
	status=1
fi
if python3 scripts/asmlinkage.py && python3 scripts/asmlinkage.py --selftest; then
	echo "check: asmlinkage ok"
else
	status=1
fi
exit $status
