#!/usr/bin/env bash
# TreatySim benchmark: builds the JMH benchmarks (Maven profile `bench`), runs them, and prints a summary:
# replications per second on one thread (MASON schedule vs the plain-loop floor, and the run path: draw, model,
# statistics), Monte Carlo scaling from 1 to 2 threads, and the memory of large runs (bench/scale-bench.sh).
#   bench/run-bench.sh                 # everything (about 10 minutes)
#   bench/run-bench.sh -prof gc        # extra JMH options are passed through (here: allocation per replication)
#   QUICK=1 bench/run-bench.sh         # shorter warm-up and measurement, for a smoke test
#   HEAP=0 bench/run-bench.sh          # skip the heap measurement
#   HEAP_REPS="10000 1000000" bench/run-bench.sh   # replication counts for the memory measurement
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mvn_bin="${MVN:-mvn}"

echo "bench: compiling benchmarks (mvn -Pbench test-compile) ..." >&2
"$mvn_bin" -B -q -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"

jmh_opts=()
if [ "${QUICK:-0}" = 1 ]; then jmh_opts=(-wi 1 -w 1s -i 2 -r 1s); fi
java -cp "$cp" org.openjdk.jmh.Main 'org.treatysim.bench.ReplicationBench' -rf json -rff target/bench.json "${jmh_opts[@]}" "$@"
java -cp "$cp" org.treatysim.bench.BenchSummary target/bench.json
# The same variants per CPU-second of the benchmark thread: on a shared machine, the figure to hold against the target.
java -Xmx2g -cp "$cp" org.treatysim.bench.CpuRate "${CPU_SECONDS:-10}"

if [ "${HEAP:-1}" = 1 ]; then
  echo
  echo "Memory of large runs (bench/scale-bench.sh: peak resident memory and live heap of \`run\` in a 512 MB heap):"
  SCALE_REPS="${HEAP_REPS:-10000 100000}" bash bench/scale-bench.sh
fi
