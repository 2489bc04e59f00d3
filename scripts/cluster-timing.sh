#!/usr/bin/env bash
# Times one sweep four ways on this machine: --threads 1, --threads 2, on 1 local worker and on 2
# local workers (one kernel thread each), alternated over ROUNDS rounds, and prints the median wall
# time of each with the machine's load. Checks the four wrote the same sweep.json, sweep.csv and
# sweep.html. Workers start before, and stop after, each timed study (their start is not timed).
# Usage: scripts/cluster-timing.sh [ROUNDS]   (docs/cluster.md; needs the cluster jar built)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
JAR=simulator-cluster/target/stormsim-cluster.jar
[ -f "$JAR" ] || { echo "build it first: mvn -B -q -DskipTests package" >&2; exit 2; }
STUDY=(sweep scenarios/quickstart.yaml --param dsp.lanes=2,3 --replications 2)
OUT=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$OUT"' EXIT
PORT1=$((20000 + RANDOM % 20000)); PORT2=$((PORT1 + 1))

start_workers() { # N
  java -jar "$JAR" worker --threads 1 --port "$PORT1" > "$OUT/w1.log" 2>&1 &
  if [ "$1" = 2 ]; then
    sleep 3
    java -jar "$JAR" worker --threads 1 --port "$PORT2" --join "127.0.0.1:$PORT1" > "$OUT/w2.log" 2>&1 &
  fi
  for _ in $(seq 60); do
    cat "$OUT"/w*.log 2>/dev/null | grep -q "$1 worker(s)" && return 0
    sleep 1
  done
  echo "workers did not start" >&2; cat "$OUT"/w*.log >&2; exit 1
}
stop_workers() { kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; }

timed() { # NAME ARGS...
  local name=$1; shift
  local t0 t1
  t0=$(date +%s.%N)
  java -jar "$JAR" "${STUDY[@]}" "$@" --out "$OUT/$name" > "$OUT/$name.log" 2>&1
  t1=$(date +%s.%N)
  echo "$name $(echo "$t1 - $t0" | bc)" >> "$OUT/times"
}

for r in $(seq "$ROUNDS"); do
  timed threads1 --threads 1
  timed threads2 --threads 2
  start_workers 1; timed worker1 --cluster "127.0.0.1:$PORT1"; stop_workers
  start_workers 2; timed worker2 --cluster "127.0.0.1:$PORT1"; stop_workers
  echo "round $r done, load average: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
done
for f in sweep.json sweep.csv sweep.html; do
  for n in threads2 worker1 worker2; do
    cmp -s "$OUT/threads1/$f" "$OUT/$n/$f" || { echo "$f differs: threads1 vs $n" >&2; exit 1; }
  done
done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo "study: java -jar $JAR ${STUDY[*]}, $ROUNDS rounds, alternated, on $(date -u +%Y-%m-%d)"
echo "| how | min | median | max |"
echo "|---|---|---|---|"
for n in threads1 threads2 worker1 worker2; do
  grep "^$n " "$OUT/times" | cut -d' ' -f2 | sort -n | awk -v n="$n" '{a[NR]=$1} END {
    label = (n=="threads1") ? "one machine, `--threads 1`" : (n=="threads2") ? "one machine, `--threads 2`" : (n=="worker1") ? "1 local worker" : "2 local workers";
    printf "| %s | %.1f s | %.1f s | %.1f s |\n", label, a[1], a[int((NR+1)/2)], a[NR] }'
done
echo "the four wrote byte-identical sweep.json, sweep.csv and sweep.html"
