#!/usr/bin/env bash
# bench-jars.sh [--rounds N] A.jar B.jar -- ARGS...
# Times `java -jar A.jar ARGS` against `java -jar B.jar ARGS` as whole processes, alternated
# (A B, then B A, ...) so that a drift of the machine's speed falls on both, and prints each one's
# median wall time and peak resident memory and the median of the per-round ratios B/A.
# Uses bash, coreutils and /usr/bin/time when present (else the shell's clock, no memory).
set -euo pipefail
rounds=7
if [ "${1:-}" = "--rounds" ]; then rounds=$2; shift 2; fi
a=$1; b=$2; shift 2
[ "${1:-}" = "--" ] && shift
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
one() { # jar out-file -> prints "wall rss_kb"
  local jar=$1 log=$tmp/run.log; shift
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%e %M' -o "$tmp/t" java ${JAVA_OPTS:--Xmx4g} -jar "$jar" "$@" --out "$tmp/out" >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
    cat "$tmp/t"
  else
    local s e; s=$(date +%s.%N)
    java ${JAVA_OPTS:--Xmx4g} -jar "$jar" "$@" --out "$tmp/out" >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
    e=$(date +%s.%N); echo "$(echo "$e - $s" | bc) 0"
  fi
  rm -rf "$tmp/out"
}
median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
one "$a" "$@" >/dev/null; one "$b" "$@" >/dev/null   # warm the file cache
: >"$tmp/a"; : >"$tmp/b"; : >"$tmp/r"
for ((i = 0; i < rounds; i++)); do
  if ((i % 2 == 0)); then ra=$(one "$a" "$@"); rb=$(one "$b" "$@"); else rb=$(one "$b" "$@"); ra=$(one "$a" "$@"); fi
  echo "$ra" >>"$tmp/a"; echo "$rb" >>"$tmp/b"
  echo "$(echo "$rb" | cut -d' ' -f1) $(echo "$ra" | cut -d' ' -f1)" | awk '{printf "%.4f\n", $1 / $2}' >>"$tmp/r"
done
printf 'rounds %d, args: %s\n' "$rounds" "$*"
printf '%-40s wall median %6.2f s (min %.2f, max %.2f), peak RSS median %d MB\n' "A $(basename "$a")" \
  "$(cut -d' ' -f1 "$tmp/a" | median)" "$(cut -d' ' -f1 "$tmp/a" | sort -g | head -1)" "$(cut -d' ' -f1 "$tmp/a" | sort -g | tail -1)" \
  "$(( $(cut -d' ' -f2 "$tmp/a" | median | cut -d. -f1) / 1024 ))"
printf '%-40s wall median %6.2f s (min %.2f, max %.2f), peak RSS median %d MB\n' "B $(basename "$b")" \
  "$(cut -d' ' -f1 "$tmp/b" | median)" "$(cut -d' ' -f1 "$tmp/b" | sort -g | head -1)" "$(cut -d' ' -f1 "$tmp/b" | sort -g | tail -1)" \
  "$(( $(cut -d' ' -f2 "$tmp/b" | median | cut -d. -f1) / 1024 ))"
printf 'B/A per round: median %.3f (%s)\n' "$(median <"$tmp/r")" "$(tr '\n' ' ' <"$tmp/r")"
