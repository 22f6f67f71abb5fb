#!/usr/bin/env bash
# Scale benchmark of `run` (not a test): the whole command, JVM start to sealed results, at 10^4, 10^5 and 10^6
# replications in a heap of 512 MB, on 2 threads. For each: peak resident memory (GNU time's %M), the largest live heap
# right after a garbage collection (unified GC log), wall and CPU time, and the size of what it wrote. Memory must not
# grow with the replications; disk does (runs.csv and decisions.csv have a row per replication and per decision).
#   bench/scale-bench.sh                      # 10^4, 10^5, 10^6 (the last takes about half an hour on 2 cores)
#   SCALE_REPS="10000 100000" bench/scale-bench.sh
#   HEAP=256m THREADS=1 bench/scale-bench.sh
#   JAR=/tmp/copy.jar bench/scale-bench.sh     # a copy of the jar, so that rebuilding meanwhile cannot disturb the runs
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
heap="${HEAP:-512m}"
threads="${THREADS:-2}"
if [ -z "${JAR:-}" ]; then ./treatysim --version >/dev/null; fi   # builds the jar if needed
jar="${JAR:-$repo/target/treatysim-0.1.0.jar}"
work="$(mktemp -d "${TMPDIR:-/tmp}/treatysim-scale.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "run baseline -t $threads, -Xmx$heap:"
printf '  %12s  %12s  %16s  %9s  %9s  %9s\n' replications "peak RSS" "live heap (max)" "wall" "CPU" "written"
for n in ${SCALE_REPS:-10000 100000 1000000}; do
  log="$work/gc-$n.log"
  /usr/bin/time -f "%M %e %U %S" -o "$work/time" java "-Xmx$heap" -Xlog:gc:file="$log" -Djava.awt.headless=true -jar "$jar" \
    run -n "$n" -t "$threads" --out "$work/r-$n" --quiet >/dev/null
  read -r kb wall user sys < "$work/time"
  # lines like: [1.234s][info][gc] GC(12) Pause Young (Normal) (G1 Evacuation Pause) 40M->6M(256M) 3.1ms
  live=$(grep -o -- '->[0-9]*M' "$log" | tr -d -- '->M' | sort -n | tail -1)
  size=$(du -sm "$work/r-$n" | cut -f1)
  awk -v n="$n" -v kb="$kb" -v live="${live:-0}" -v w="$wall" -v u="$user" -v s="$sys" -v mb="$size" \
    'BEGIN { printf "  %12d  %9.0f MB  %13d MB  %7.1f s  %7.1f s  %6d MB\n", n, kb / 1024, live, w, u + s, mb }'
  rm -rf "$work/r-$n"
done
