#!/bin/sh
# slab_callgrind.sh - instructions per kmalloc+kfree and per malloc+free, side by side.
#
# Runs tests/host/slab_bench.c under callgrind, counting only run_bench()
# (100000 pairs after a warm-up), for 32, 256 and 4096 bytes, and prints
# the instructions per pair and the ratio kmalloc / C library; then the
# page allocator's alloc_pages+__free_pages pairs of order 0, 3 and 10.
set -e
bench=$1
iters=100000
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

count() {
	fn=run_bench
	[ "$1" = pages ] && fn=run_page_bench
	valgrind --tool=callgrind --collect-atstart=no --toggle-collect=$fn \
		--callgrind-out-file="$out/cg" "$bench" "$1" "$2" 2>/dev/null
	awk '/^summary:/ { print $2 }' "$out/cg"
}

echo "callgrind, host build (gcc -O2), instructions per allocation+free pair:"
printf "%8s %16s %14s %8s\n" size kmalloc+kfree malloc+free ratio
for size in 32 256 4096; do
	k=$(count kmalloc $size)
	l=$(count libc $size)
	awk -v s=$size -v k=$k -v l=$l -v n=$iters \
		'BEGIN { printf "%8d %16.1f %14.1f %8.2f\n", s, k / n, l / n, k / l }'
done

echo "callgrind, host build (gcc -O2), instructions per alloc_pages+__free_pages pair:"
printf "%8s %16s\n" order instructions
for order in 0 3 10; do
	p=$(count pages $order)
	awk -v o=$order -v p=$p -v n=$iters 'BEGIN { printf "%8d %16.1f\n", o, p / n }'
done
