#!/usr/bin/env bash
# The before/after check of a speed change to the model (not a benchmark): prints the SHA-256 of everything 100
# replications of seven scenario and theory variants compute (every value of every month, every decision with its cause,
# every outcome), with ModelDigest. A change that only makes the model faster must leave every line as it was.
#   bench/model-digest.sh > before.txt     # on the commit before the change
#   bench/model-digest.sh before.txt       # after it: compares, exit 1 on any difference
#   REPLICATIONS=20 bench/model-digest.sh  # fewer replications (quicker, weaker)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
"${MVN:-mvn}" -B -q -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
if [ $# -ge 1 ]; then
  now="$(mktemp)"
  trap 'rm -f "$now"' EXIT
  java -cp "$cp" org.treatysim.bench.ModelDigest "${REPLICATIONS:-100}" > "$now"
  if diff "$1" "$now"; then echo "model-digest: the same history, bit for bit"; else echo "model-digest: the model computes something else" >&2; exit 1; fi
else
  java -cp "$cp" org.treatysim.bench.ModelDigest "${REPLICATIONS:-100}"
fi
