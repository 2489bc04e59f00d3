#!/usr/bin/env bash
# stormsim against a hand-written loop, in the same run (docs/performance.md, "stormsim against a
# hand-written loop"). Builds the jars, then times as whole processes, alternated in rounds:
#   - the M/M/1 reference loops (benchmarks/: a primitive binary heap, and java.util.PriorityQueue),
#     time unit 1 s and 1 ms;
#   - stormsim run on the same M/M/1 queue: scenarios/benchmarks/mm1-10m-s.yaml (1 s) and
#     mm1-10m.yaml (1 ms), each with the default interval (auto: at most 1,440) and with --interval 1000000s;
#   - stormsim run scenarios/gb-2020-01-alert-growth.yaml (the GB day, about a minute);
#   - optionally each again with a CPU-bound competitor (sha256sum /dev/zero) running beside it.
# Prints medians of wall time and peak RSS, the ratios to the primitive-heap loop and the slow-downs,
# and writes the table with the machine between the bench-vs-loop markers of docs/performance.md.
# Every loop checks its own result and every stormsim run its ledger: a failure fails the command.
# Needs bash, coreutils, java and mvn; /usr/bin/time when present (otherwise /proc).
set -euo pipefail
# The whole script is one brace group, read to the end before it runs: a checkout or edit during a
# long run cannot change the lines still to run.
{

usage() {
  cat <<'EOF'
usage: scripts/bench-vs-loop.sh [options]
  --rounds N        rounds of every workload, alternated (default 3)
  --customers N     M/M/1 customers, a multiple of 10000, at least 100000 (default 10000000,
                    the scenario files; fewer shrink horizon and warm-up in proportion)
  --quick           a smoke test: 1 round, M/M/1 only, 1000000 customers (unless --customers),
                    no competitor pass, docs/performance.md left alone (unless --write)
  --no-gb           leave out the GB day
  --contended       also time each workload with a CPU-bound competitor (default, not with --quick)
  --no-contended    do not
  --write           write the table into the doc (default, not with --quick)
  --no-write        print the table only
  --doc FILE        the doc to write into (default docs/performance.md)
  --no-build        use the jars as built
  -h, --help        this text
Environment: STORMSIM_JAVA_OPTS, the JVM options of every process (default -Xmx4g, as ./stormsim).
Exit status: 0 done; 1 a build, a self-check or a run failed; 2 bad arguments.
EOF
}

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
invocation="scripts/bench-vs-loop.sh${*:+ $*}"
rounds=3
customers=""
quick=0
gb=1
contended=""
write=""
doc="$root/docs/performance.md"
build=1

while [ $# -gt 0 ]; do
  case "$1" in
    --rounds|--customers|--doc)
      if [ $# -lt 2 ]; then echo "bench-vs-loop: $1: a value is missing" >&2; exit 2; fi ;;
  esac
  case "$1" in
    --rounds) rounds="${2:-}"; shift 2 ;;
    --customers) customers="${2:-}"; shift 2 ;;
    --quick) quick=1; shift ;;
    --no-gb) gb=0; shift ;;
    --contended) contended=1; shift ;;
    --no-contended) contended=0; shift ;;
    --write) write=1; shift ;;
    --no-write) write=0; shift ;;
    --doc) doc="${2:-}"; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "bench-vs-loop: $1: unknown option" >&2; usage >&2; exit 2 ;;
  esac
done

if [ "$quick" = 1 ]; then
  rounds=1; gb=0
  : "${customers:=1000000}" "${contended:=0}" "${write:=0}"
fi
: "${customers:=10000000}" "${contended:=1}" "${write:=1}"
if ! [[ "$rounds" =~ ^[1-9][0-9]*$ ]]; then
  echo "bench-vs-loop: --rounds $rounds: allowed: a whole number from 1" >&2; exit 2
fi
if ! [[ "$customers" =~ ^[1-9][0-9]*$ ]] || [ "$customers" -lt 100000 ] || [ $((customers % 10000)) -ne 0 ]; then
  echo "bench-vs-loop: --customers $customers: allowed: a multiple of 10000, at least 100000" >&2; exit 2
fi
if [ "$write" = 1 ] && ! grep -q '^<!-- bench-vs-loop:begin -->$' "$doc" 2>/dev/null; then
  echo "bench-vs-loop: --doc $doc: no line <!-- bench-vs-loop:begin --> to write after" >&2; exit 2
fi

java_opts=(${STORMSIM_JAVA_OPTS:--Xmx4g})
time_bin="${BENCH_VS_LOOP_TIME:-/usr/bin/time}"   # a path that does not exist tests the /proc fallback
loops_jar="$root/benchmarks/target/stormsim-loops.jar"
stormsim_jar="$root/simulator-core/target/stormsim.jar"
work="$(mktemp -d "${TMPDIR:-/tmp}/bench-vs-loop.XXXXXX")"
figures="$work/figures.tsv"   # job, round, mode (quiet|busy), wall s, peak RSS KB, events
competitor=""
trap 'if [ -n "$competitor" ]; then kill "$competitor" 2>/dev/null || true; fi' EXIT

if [ "$build" = 1 ]; then
  echo "bench-vs-loop: building (mvn -B -q -DskipTests package)..." >&2
  if ! (cd "$root" && mvn -B -q -DskipTests package >"$work/build.log" 2>&1); then
    echo "bench-vs-loop: the build failed; see $work/build.log" >&2; exit 1
  fi
fi
for jar in "$loops_jar" "$stormsim_jar"; do
  [ -f "$jar" ] || { echo "bench-vs-loop: $jar is missing (run without --no-build)" >&2; exit 1; }
done

# ---- the workloads -------------------------------------------------------------------------------
# horizon and warm-up in time units: customers x 1.1112 and customers / 100 (MM1Workload.of)
horizon_units=$((customers / 10000 * 11112))
warmup_units=$((customers / 100))
jobs=(heap-s pq-s heap-ms pq-ms mm1-s mm1-s-iv mm1-ms mm1-ms-iv)
if [ "$gb" = 1 ]; then jobs+=(gb); fi

# The command of a job, into the array cmd; a stormsim run writes its files under $2.
command_of() {
  local job="$1" out="$2" set=()
  if [ "$customers" -ne 10000000 ]; then
    case "$job" in
      mm1-s*) set=(--set "duration=${horizon_units}s" --set "warmup=${warmup_units}s") ;;
      mm1-ms*) set=(--set "duration=${horizon_units}ms" --set "warmup=${warmup_units}ms") ;;
    esac
  fi
  local run=(java "${java_opts[@]}" -jar "$stormsim_jar" run)
  case "$job" in
    heap-s) cmd=(java "${java_opts[@]}" -cp "$loops_jar" org.stormsim.loops.PrimitiveHeapLoop --unit s --customers "$customers") ;;
    pq-s) cmd=(java "${java_opts[@]}" -cp "$loops_jar" org.stormsim.loops.PriorityQueueLoop --unit s --customers "$customers") ;;
    heap-ms) cmd=(java "${java_opts[@]}" -cp "$loops_jar" org.stormsim.loops.PrimitiveHeapLoop --unit ms --customers "$customers") ;;
    pq-ms) cmd=(java "${java_opts[@]}" -cp "$loops_jar" org.stormsim.loops.PriorityQueueLoop --unit ms --customers "$customers") ;;
    mm1-s) cmd=("${run[@]}" "$root/scenarios/benchmarks/mm1-10m-s.yaml" --no-progress --out "$out" ${set[@]+"${set[@]}"}) ;;
    mm1-s-iv) cmd=("${run[@]}" "$root/scenarios/benchmarks/mm1-10m-s.yaml" --no-progress --interval 1000000s --out "$out" ${set[@]+"${set[@]}"}) ;;
    mm1-ms) cmd=("${run[@]}" "$root/scenarios/benchmarks/mm1-10m.yaml" --no-progress --out "$out" ${set[@]+"${set[@]}"}) ;;
    mm1-ms-iv) cmd=("${run[@]}" "$root/scenarios/benchmarks/mm1-10m.yaml" --no-progress --interval 1000000s --out "$out" ${set[@]+"${set[@]}"}) ;;
    gb) cmd=("${run[@]}" "$root/scenarios/gb-2020-01-alert-growth.yaml" --no-progress --out "$out") ;;
  esac
}

# ---- timing one process --------------------------------------------------------------------------
# timed LOG TIMES COMMAND...: runs COMMAND with its output in LOG; TIMES gets "wall-seconds peak-RSS-KB".
# Returns the command's exit status.
timed() {
  local log="$1" times="$2"; shift 2
  if [ -x "$time_bin" ]; then
    local rc=0
    "$time_bin" -f '%e %M' -o "$times.raw" "$@" >"$log" 2>&1 || rc=$?
    tail -n 1 "$times.raw" >"$times"
    return $rc
  fi
  # no /usr/bin/time: wall time from the clock, peak RSS (VmHWM) from /proc, sampled every 50 ms
  local start end rc=0 pid poller
  start=$(date +%s%N)
  "$@" >"$log" 2>&1 &
  pid=$!
  ( peak=0
    while [ -r "/proc/$pid/status" ]; do
      while read -r key value _; do
        if [ "$key" = VmHWM: ] && [ "$value" -gt "$peak" ]; then peak=$value; echo "$peak" >"$times.rss"; fi
      done <"/proc/$pid/status" 2>/dev/null || true
      sleep 0.05
    done ) &
  poller=$!
  wait "$pid" || rc=$?
  end=$(date +%s%N)
  kill "$poller" 2>/dev/null || true
  wait "$poller" 2>/dev/null || true
  echo "$(( (end - start) / 1000000 ))e-3 $(cat "$times.rss" 2>/dev/null || echo 0)" | awk '{printf "%.3f %d\n", $1, $2}' >"$times"
  return $rc
}

start_competitor() {
  sha256sum /dev/zero >/dev/null 2>&1 &
  competitor=$!
}

stop_competitor() {
  kill "$competitor" 2>/dev/null || true
  wait "$competitor" 2>/dev/null || true
  competitor=""
}

# run_job JOB ROUND MODE: one timed run; a failed run or self-check ends the command.
run_job() {
  local job="$1" round="$2" mode="$3" base rc=0 events
  base="$work/$job-r$round-$mode"
  command_of "$job" "$work/out-$job"
  if [ "$mode" = busy ]; then start_competitor; fi
  timed "$base.log" "$base.time" "${cmd[@]}" || rc=$?
  if [ "$mode" = busy ]; then stop_competitor; fi
  rm -rf "$work/out-$job"
  if [ "$rc" -ne 0 ]; then
    echo "bench-vs-loop: $job (round $round, $mode) failed with exit status $rc:" >&2
    tail -n 20 "$base.log" >&2
    exit 1
  fi
  case "$job" in
    heap-*|pq-*) events=$(sed -n 's/^customers [0-9]*, events \([0-9]*\) .*/\1/p' "$base.log") ;;
    *) events=$(sed -n 's/^\([0-9]*\) events in .* s wall .*/\1/p' "$base.log")
       # kind: network prints "ledger: ... (balanced)", kind: dcc one JSON ledger per kind of message
       if ! awk '/^ledger/ { n++; if ($0 !~ /\(balanced\)$/ && $0 !~ /"balanced":true/) bad++ } END { exit !(n > 0 && bad == 0) }' "$base.log"; then
         echo "bench-vs-loop: $job: a ledger missing or not balanced in $base.log" >&2; exit 1
       fi ;;
  esac
  [ -n "$events" ] || { echo "bench-vs-loop: $job: no event count in $base.log" >&2; exit 1; }
  read -r wall rss <"$base.time"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$job" "$round" "$mode" "$wall" "$rss" "$events" >>"$figures"
  printf '  %-10s round %d %-5s %8.2f s %8d KB %12d events\n' "$job" "$round" "$mode" "$wall" "$rss" "$events" >&2
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
echo "bench-vs-loop: $rounds round(s) of ${jobs[*]}, $customers customers, competitor pass: $([ "$contended" = 1 ] && echo yes || echo no); raw figures and logs in $work" >&2
: >"$figures"
for ((round = 1; round <= rounds; round++)); do
  order=("${jobs[@]}")
  if ((round % 2 == 0)); then   # even rounds in reverse, so no job always runs first
    order=()
    for ((i = ${#jobs[@]} - 1; i >= 0; i--)); do order+=("${jobs[i]}"); done
  fi
  for job in "${order[@]}"; do
    if [ "$contended" = 1 ] && ((round % 2 == 0)); then
      run_job "$job" "$round" busy; run_job "$job" "$round" quiet
    else
      run_job "$job" "$round" quiet
      if [ "$contended" = 1 ]; then run_job "$job" "$round" busy; fi
    fi
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)

# ---- the same workload, checked across processes -------------------------------------------------
# stormsim's M/M/1 event count must match the loop's at the same unit within 2% (other random numbers:
# a few tenths of a percent apart at 100,000 customers), or the two are not timing the same queue.
awk -F'\t' '
  $1 ~ /^heap-/ && $3 == "quiet" { loop[substr($1, 6)] = $6 }
  $1 ~ /^mm1-/ && $3 == "quiet" { u = $1; sub(/^mm1-/, "", u); sub(/-iv$/, "", u); ss[$1] = $6; unit[$1] = u }
  END {
    bad = 0
    for (j in ss) {
      d = ss[j] / loop[unit[j]] - 1
      if (d > 0.02 || d < -0.02) { printf "bench-vs-loop: %s handled %d events, the loop %d: not the same workload\n", j, ss[j], loop[unit[j]] > "/dev/stderr"; bad = 1 }
    }
    exit bad
  }' "$figures" || exit 1

# ---- medians, ratios, the table ------------------------------------------------------------------
# median JOB MODE COLUMN (4 wall, 5 RSS) over the rounds
median() {
  awk -F'\t' -v j="$1" -v m="$2" -v c="$3" '$1 == j && $3 == m { print $c }' "$figures" | sort -g |
    awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
range() {
  awk -F'\t' -v j="$1" -v m="$2" '$1 == j && $3 == m { print $4 }' "$figures" | sort -g | sed -n '1p;$p' | paste -sd' ' |
    awk '{ if (NF == 2 && $1 != $2) printf " (%.2f–%.2f)", $1, $2 }'
}
# slowdown JOB: the median over rounds of (wall with the competitor / wall without)
slowdown() {
  awk -F'\t' -v j="$1" '$1 == j { w[$2, $3] = $4; r[$2] = 1 } END { for (k in r) if (((k, "busy") in w) && w[k, "quiet"] > 0) print w[k, "busy"] / w[k, "quiet"] }' "$figures" | sort -g |
    awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) printf "%.2f", v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
secs() { awk -v w="$1" 'BEGIN { if (w != "") printf "%.2f s", w }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1fx", a / b }'; }
# verdict A B LIMIT: whether A / B <= LIMIT; the targets are for the scenario files' 10 million customers
verdict() {
  if [ "$customers" -ne 10000000 ]; then echo "(a target at 10 M customers)"; return; fi
  awk -v a="$1" -v b="$2" -v t="$3" 'BEGIN { print (a / b <= t) ? "met" : "not met" }'
}
mb() { awk -v k="$1" 'BEGIN { if (k != "") printf "%.0f MB", k / 1024 }'; }
# 11112000 -> 11,112,000
thousands() { awk -v n="$1" 'BEGIN { s = ""; while (length(n) > 3) { s = "," substr(n, length(n) - 2) s; n = substr(n, 1, length(n) - 3) } print n s }'; }

if [ "$customers" -ge 1000000 ]; then
  size="$(awk -v n="$customers" 'BEGIN { printf "%g M", n / 1e6 }') customers"
else
  size="$(thousands "$customers") customers"
fi
sim_s=$horizon_units
sim_ms=$(awk -v h="$horizon_units" 'BEGIN { printf "%g", h / 1000 }')
# the default --interval (auto, RunCommand.autoInterval): the horizon in at most 1,440 intervals, none
# under 60 s, rounded up to whole minutes, hours or days; prints "N intervals of D"
auto_intervals() { awk -v h="$1" 'function up(x, u) { return (x == int(x / u) * u) ? x : (int(x / u) + 1) * u }
  BEGIN { raw = h / 1440; if (raw < 60) raw = 60; raw = up(raw, 1); u = raw < 3600 ? 60 : raw < 86400 ? 3600 : 86400; iv = up(raw, u);
          n = up(h, iv) / iv; name = u == 60 ? iv / 60 " min" : u == 3600 ? iv / 3600 " h" : iv / 86400 " d"; if (iv == 60) name = "60 s";
          printf "%d intervals of %s, the default", n, name }'; }
intervals_s=$(auto_intervals "$horizon_units")
intervals_ms=$(auto_intervals "$(awk -v h="$horizon_units" 'BEGIN { printf "%d", h / 1000 }')")

table="$work/table.md"
{
  echo "| workload | stormsim | primitive-heap loop | \`PriorityQueue\` loop | stormsim ÷ heap loop | target | peak RSS: stormsim, heap loop, \`PriorityQueue\` loop |"
  echo "|---|---|---|---|---|---|---|"
  for unit in s ms; do
    heap=$(median "heap-$unit" quiet 4); pq=$(median "pq-$unit" quiet 4)
    ss=$(median "mm1-$unit" quiet 4); iv=$(median "mm1-$unit-iv" quiet 4)
    if [ "$unit" = s ]; then
      what="M/M/1, $size, time unit 1 s ($(thousands "$sim_s") simulated s, $intervals_s)"
    else
      what="M/M/1, $size, time unit 1 ms ($(thousands "${sim_ms%.*}")${sim_ms#"${sim_ms%.*}"} simulated s, $intervals_ms)"
    fi
    echo "| $what | $(secs "$ss")$(range "mm1-$unit" quiet) | $(secs "$heap")$(range "heap-$unit" quiet) | $(secs "$pq")$(range "pq-$unit" quiet) | $(ratio "$ss" "$heap") | ≤ 2x: $(verdict "$ss" "$heap" 2) | $(mb "$(median "mm1-$unit" quiet 5)"), $(mb "$(median "heap-$unit" quiet 5)"), $(mb "$(median "pq-$unit" quiet 5)") |"
    echo "| the same with \`--interval 1000000s\` | $(secs "$iv")$(range "mm1-$unit-iv" quiet) | | | $(ratio "$iv" "$heap") | – | $(mb "$(median "mm1-$unit-iv" quiet 5)") |"
  done
  if [ "$gb" = 1 ]; then
    g=$(median gb quiet 4); heap=$(median heap-s quiet 4)
    echo "| \`scenarios/gb-2020-01-alert-growth.yaml\`, full day ($(thousands "$(median gb quiet 6 | cut -d. -f1)") events) | $(secs "$g")$(range gb quiet) | (the 1 s loop) | | $(ratio "$g" "$heap") | ≤ 45x: $(verdict "$g" "$heap" 45) | $(mb "$(median gb quiet 5)") |"
  fi
  if [ "$contended" = 1 ]; then
    echo
    echo "With a CPU-bound competitor (\`sha256sum /dev/zero\`, pinned nowhere) running beside each process:"
    echo "slow-down = wall with it ÷ wall without, median over the rounds of the per-round ratio."
    echo
    echo "| workload | stormsim slow-down | primitive-heap loop slow-down | \`PriorityQueue\` loop slow-down | target: stormsim's no worse than the heap loop's |"
    echo "|---|---|---|---|---|"
    for unit in s ms; do
      h=$(slowdown "heap-$unit"); p=$(slowdown "pq-$unit")
      for job in "mm1-$unit" "mm1-$unit-iv"; do
        s=$(slowdown "$job")
        case "$job" in *-iv) label="M/M/1, time unit 1 $unit, \`--interval 1000000s\`" ;; *) label="M/M/1, time unit 1 $unit" ;; esac
        echo "| $label | ${s}x | ${h}x | ${p}x | $(verdict "$s" "$h" 1) |"
      done
    done
    if [ "$gb" = 1 ]; then
      s=$(slowdown gb); h=$(slowdown heap-s)
      echo "| GB day | ${s}x | ${h}x (the 1 s loop) | | $(verdict "$s" "$h" 1) |"
    fi
  fi
} >"$table"

commit=$(git -C "$root" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
if [ "$commit" != unknown ] && [ -n "$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  commit="$commit (with uncommitted changes)"
fi
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
mhz=$(sed -n 's/^cpu MHz[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1 | cut -d. -f1)
mem=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)
jdk=$(java -version 2>&1 | sed -n 2p)
timer=$([ -x "$time_bin" ] && echo "$time_bin (wall clock, maximum resident set size)" || echo "the shell's clock; peak RSS from /proc/PID/status VmHWM sampled every 50 ms")

block="$work/block.md"
{
  echo "Written by \`$invocation\` on $(date -u '+%Y-%m-%d %H:%M UTC'), commit \`$commit\`:"
  echo "medians of $rounds round(s), wall time of the whole process (JVM start-up, reading the scenario and"
  echo "writing the report included), timed by $timer."
  echo
  echo "| machine | |"
  echo "|---|---|"
  echo "| cores | $(nproc) (\`nproc\`) |"
  echo "| CPU | \`${cpu:-unknown}\`${mhz:+, $mhz MHz} |"
  echo "| memory | ${mem:-unknown} |"
  echo "| JDK | ${jdk:-unknown}, JVM options \`${java_opts[*]}\` |"
  echo "| load average (1, 5, 15 min) | $load_before before, $load_after after |"
  echo
  cat "$table"
} >"$block"

echo >&2
cat "$block"
echo >&2
echo "bench-vs-loop: raw figures in $figures" >&2

if [ "$write" = 1 ]; then
  awk -v block="$block" '
    /^<!-- bench-vs-loop:begin -->$/ { print; while ((getline line < block) > 0) print line; skip = 1; next }
    /^<!-- bench-vs-loop:end -->$/ { skip = 0 }
    !skip { print }' "$doc" >"$work/doc.md"
  if ! grep -q '^<!-- bench-vs-loop:end -->$' "$work/doc.md"; then
    echo "bench-vs-loop: $doc has no <!-- bench-vs-loop:end --> line; left unchanged" >&2; exit 1
  fi
  cat "$work/doc.md" >"$doc"
  echo "bench-vs-loop: written into $doc" >&2
fi
exit 0
}
