#!/usr/bin/env bash
# Sweep benchmark (not a test): throughput in runs/s on 1 and 2 threads, and the live heap after GC for a
# small and a large sweep, which should be the same (results stream to disk; nothing grows with the sweep).
#   bash bench/sweep-bench.sh                       # 2000 runs for throughput; 10^4 and 10^5 runs for heap
#   THROUGHPUT_RUNS=500 SMALL_RUNS=2000 LARGE_RUNS=20000 bash bench/sweep-bench.sh   # quicker
# Heap: each sweep runs with -Xmx256m and unified GC logging; the figure is the largest heap occupancy right
# after a collection (live data), parsed from the log.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
THROUGHPUT_RUNS="${THROUGHPUT_RUNS:-2000}"
SMALL_RUNS="${SMALL_RUNS:-10000}"
LARGE_RUNS="${LARGE_RUNS:-100000}"
REPS=10
jar="$repo/target/treatysim-0.1.0.jar"
./treatysim --version >/dev/null   # builds the jar if needed
work="$(mktemp -d /tmp/treatysim-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

sweep_file() { # runs -> path of an LHS sweep of runs/REPS points x REPS replications
  local f="$work/bench-$1.yaml"
  cat > "$f" <<YAML
scenario: $repo/scenarios/baseline.yaml
design: {type: lhs, n: $(( $1 / REPS ))}
replications: $REPS
seed: 99
parameters:
  negotiation.h_max:
  negotiation.position_sd:
  jp.us_push:
  ru.offer_need:
metrics: [p_treaty_by:1957-12, peak_hazard:2016-01..2018-12, p_treaty_by:2025-12, mean_hazard:1991-01..1993-12]
YAML
  echo "$f"
}

rate() { # threads runs -> "wall-clock runs/s, CPU-seconds per run"
  local f t
  f="$(sweep_file "$2")"
  t=$( { TIMEFORMAT='%R %U %S'; time java -Xmx1g -Djava.awt.headless=true -jar "$jar" sweep "$f" -o "$work/tp-$1" -t "$1" --quiet --force >/dev/null; } 2>&1 | tail -1)
  awk -v n="$2" -v t="$t" 'BEGIN { split(t, x, " "); printf "%.1f runs/s (%.1f ms CPU per run)", n / x[1], 1000 * (x[2] + x[3]) / n }'
}

heap() { # runs -> "peak live heap MB, wall s"
  local f log start end
  f="$(sweep_file "$1")"
  log="$work/gc-$1.log"
  start=$(date +%s)
  java -Xmx256m -Xlog:gc:file="$log" -Djava.awt.headless=true -jar "$jar" sweep "$f" -o "$work/heap-$1" --quiet --force >/dev/null
  end=$(date +%s)
  # lines like: [1.234s][info][gc] GC(12) Pause Young (Normal) (G1 Evacuation Pause) 40M->6M(256M) 3.1ms
  local peak
  peak=$(grep -o -- '->[0-9]*M' "$log" | tr -d -- '->M' | sort -n | tail -1)
  local gcs
  gcs=$(grep -c 'Pause' "$log" || true)
  echo "${peak:-0} MB live after GC (max over $gcs collections), $((end - start)) s"
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (wall-clock rates mean little when other work shares the cores)"
r1=$(rate 1 "$THROUGHPUT_RUNS")
r2=$(rate 2 "$THROUGHPUT_RUNS")
echo "throughput, $THROUGHPUT_RUNS runs, 1 thread:  $r1"
echo "throughput, $THROUGHPUT_RUNS runs, 2 threads: $r2"
echo "speed-up 1 -> 2 threads: $(awk -v a="${r1%% *}" -v b="${r2%% *}" 'BEGIN { printf "%.2f", b / a }')x"
echo "heap, $SMALL_RUNS runs:  $(heap "$SMALL_RUNS")"
echo "heap, $LARGE_RUNS runs: $(heap "$LARGE_RUNS")"
