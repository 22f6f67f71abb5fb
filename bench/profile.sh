#!/usr/bin/env bash
# Samples where a replication spends its time: runs `run`'s replication loop on one thread under Java Flight
# Recorder and prints the hottest methods, by own time (top frame) and by total time (anywhere on the stack).
#   bench/profile.sh [SECONDS]      # default 30
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
secs="${1:-30}"
"${MVN:-mvn}" -B -q -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
java -XX:StartFlightRecording=filename=target/profile.jfr,settings=profile -Xmx2g \
  -cp "$cp" org.treatysim.bench.ProfileMain "$secs" 2>&1 | grep -v 'jfr\|Flight\|^$' || true
jfr print --events jdk.ExecutionSample --stack-depth 64 target/profile.jfr > target/profile.txt
/usr/bin/python3 - target/profile.txt <<'PY'
import re, sys, collections
samples, top, total = 0, collections.Counter(), collections.Counter()
frames = None
for line in open(sys.argv[1]):
    if line.startswith('jdk.ExecutionSample'):
        frames = []
    elif frames is not None and re.match(r'\s+[\w$.<>]+\(.*\)\s+line:', line):
        frames.append(re.sub(r'\(.*', '', line.strip()))
    elif frames is not None and line.startswith('}'):
        if frames:
            samples += 1
            top[frames[0]] += 1
            for f in set(frames): total[f] += 1
        frames = None
print(f"{samples} samples")
print("own time (top frame):")
for f, n in top.most_common(15): print(f"  {100*n/samples:5.1f}%  {f}")
print("total time (on the stack), org.treatysim and MASON frames:")
for f, n in total.most_common(60):
    if f.startswith(('org.treatysim', 'sim.', 'ec.', 'org.apache.commons.math3')): print(f"  {100*n/samples:5.1f}%  {f}")
PY
