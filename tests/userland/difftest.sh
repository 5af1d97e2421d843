# difftest.sh - the differential run: busybox commands whose output on
# Linnet must be byte for byte what Linux prints (tests/userland/expected/
# difftest.out, made by `make oracle` on Debian's Linux 6.1 booted in the
# same QEMU with the same initramfs). rcS runs it when the command line
# says linnet.difftest. Nothing here may depend on the time, on process
# ids or on what differs by design between 2.6.32 and 6.1 (/proc's
# formats, uname -r): what is left is the system-call boundary.
# See docs/userland.md.

section() {
	echo "-- $1"
}

section "files and directories"
cd /tmp || exit 1
mkdir -p d/a/b d/c
echo one >d/a/f1
printf 'two\nthree\n' >d/a/b/f2
ls d d/a
ls -R d
find d | sort
find d -type f | sort
cp d/a/f1 d/c/g
mv d/c/g d/c/h
ls d/c
cat d/c/h
ln -s ../a/f1 d/c/link
readlink d/c/link
cat d/c/link
ln d/a/f1 d/a/hard
stat -c '%n %h %s %F %a' d/a/f1 d/a/hard d/a/b/f2 d/c/link
stat -L -c '%n %h %s %F' d/c/link
# a directory's size is the file system's own (tmpfs counts entries, ramfs not)
ls -ln d/a | awk '$1 != "total" { print $1, $2, $3, $4, ($1 ~ /^d/ ? "-" : $5), $NF }'
rm d/a/hard
stat -c '%n %h' d/a/f1
rmdir d/c
echo "rmdir non-empty: $?"
rm d/nothing
echo "rm missing: $?"
mkdir d/a
echo "mkdir existing: $?"
touch d/empty
test -f d/empty && test ! -s d/empty && echo "empty file"
test -d d/a && echo "d/a is a directory"
test -e d/nothing || echo "d/nothing does not exist"
chmod 600 d/a/f1
stat -c '%a' d/a/f1
chmod u+x,g+r d/a/f1
stat -c '%a' d/a/f1
(
	cd d/a/b && pwd
	cd ../../c && pwd
	cd -P link 2>/dev/null || echo "cd into a file link fails"
)
mv d/a d/z
ls d
rm -r d
ls d
echo "ls removed: $?"
umask
(umask 077 && : >masked && stat -c '%a' masked && rm masked)
stat -c '%n %F %t,%T' /dev/null /dev/zero

section "reading and writing"
dd if=/dev/zero bs=1024 count=3 2>/dev/null | wc -c
dd if=/dev/zero of=big bs=4096 count=20 2>/dev/null
wc -c <big
truncate -s 10000 big
stat -c '%s' big
dd if=big bs=1000 skip=9 2>/dev/null | wc -c
head -c 5000 /dev/urandom | wc -c
printf 'abc' | dd bs=1 seek=3 of=seeked conv=notrunc 2>/dev/null
od -c seeked
rm big seeked

section "text tools"
printf 'pear\napple\nfig\napple\nbanana\n' >fruit
sort fruit
sort -u fruit
sort fruit | uniq -c
sort -r fruit | head -n 2
tail -n 2 fruit
grep -n apple fruit
grep -c a fruit
grep -v a fruit
cut -c 1-3 fruit | tr 'a-z' 'A-Z'
sed -e 's/a/A/g' -e '/fig/d' fruit
awk '{ n += length($0) } END { print NR, n }' fruit
wc fruit
md5sum fruit
sha256sum fruit
od -A x -t x1 fruit | head -n 2
printf '%5s|%-5s|%03d|%x\n' ab cd 7 255
echo "a b  c" | awk '{ print $2 "-" NF }'
seq 1 10 | paste -s -d+
expr 6 \* 7
echo $((17 % 5 + 2 ** 3))
rev <fruit | head -n 1
cat -n fruit | tail -n 1
echo hello | xxd
basename /a/b/c.txt .txt
dirname /a/b/c.txt
date -u -d @86400 '+%Y-%m-%d %H:%M:%S'
rm fruit

section "pipes"
seq 1 1000 | awk '{ s += $1 } END { print s }'
yes linnet | head -n 3
seq 1 20000 | tail -n 1
seq 1 5 | while read -r n; do echo "line $n"; done | tac
head -c 100000 /dev/zero | tr '\0' x | wc -c
echo one two three | tr ' ' '\n' | sort | tr '\n' ,
echo
(echo out; echo err >&2) 2>&1 | sort

section "redirections"
echo first >r
echo second >>r
cat r
cat <r | wc -l
ls /nothing 2>err
cat err
ls /nothing >both 2>&1
cat both
exec 3>fd3
echo "via fd 3" >&3
exec 3>&-
cat fd3
cat <<EOF
here document $((1 + 1))
EOF
cat <<'EOF'
quoted $((1 + 1))
EOF
read -r a b <r
echo "read: $a $b"
echo replaced >r
cat r
: >r
wc -c <r
rm r err both fd3

section "subshells"
x=1
(x=2; echo "inside $x")
echo "outside $x"
echo "command substitution: $(echo inner $(echo nested))"
echo "backquotes: `echo old`"
{ echo grouped; echo twice; } | wc -l
(cd / && pwd)
pwd
(exit 7)
echo "subshell exit: $?"
sh -c 'echo "child shell $0 $1"' zero one
v=$(sh -c 'exit 3'; echo "status $?")
echo "$v"
for i in 1 2 3; do (echo "loop $i" >"loop$i") & done
wait
cat loop1 loop2 loop3
rm loop1 loop2 loop3
echo "after wait"

section "traps and signals"
trap 'echo caught USR1' USR1
kill -USR1 $$
trap - USR1
sh -c 'trap "echo term trapped; exit 5" TERM; kill -TERM $$; echo not here'
echo "trapped exit: $?"
sh -c 'kill -TERM $$; echo not here'
echo "killed by TERM: $?"
sh -c 'kill -KILL $$'
echo "killed by KILL: $?"
sh -c 'trap "" INT; kill -INT $$; echo "INT ignored"'
(trap 'echo exit trap' EXIT; echo body)
sleep 10 &
pid=$!
kill $pid
wait $pid
echo "sleep killed: $?"
sleep 10 &
kill -STOP $!
kill -CONT $!
kill -HUP $!
wait $!
echo "stopped, continued, hung up: $?"
sh -c 'sleep 0.2; kill -USR2 $PPID' &
trap 'echo USR2 while waiting' USR2
wait
trap - USR2
kill -0 $$ && echo "kill -0 of myself"
kill -0 99999 2>/dev/null || echo "kill -0 of nobody fails"
kill -l 9 15 2
timeout -s TERM 1 sleep 5
echo "timeout: $?"

section "exit codes"
true
echo "true $?"
false
echo "false $?"
! true
echo "not true $?"
nonexistent_command 2>/dev/null
echo "not found $?"
/etc/passwd 2>/dev/null
echo "not executable $?"
sh -c 'exit 300'
echo "exit 300: $?"
true && echo "and runs"
false || echo "or runs"
false && echo "never"
sh -c 'set -e; false; echo never'
echo "set -e: $?"
test 3 -gt 2
echo "test: $?"
[ abc = abd ]
echo "bracket: $?"
case foo in f*) echo "case matched" ;; esac
id
uname -s -m
echo done
