#!/usr/bin/env bash
# Integration check with a real scheduler: installs a single-node Slurm from Debian's packages, starts munge,
# slurmctld and slurmd on localhost (configuration in a temporary directory; /etc/slurm is not touched),
# runs a small sweep as a 4-task job array (one shard per task), merges the shards, and checks with cmp that
# the merged files are byte-identical to the same sweep run locally; then the same for a small run of the
# baseline as a 3-task array of `run --shard`. Stops everything it started.
# Needs root (CI runs as root). Usage: bash .ci/slurm.sh   (from any directory)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sweep="${SLURM_CHECK_SWEEP:-sweeps/lhs-small.yaml}"
shards=4
export DEBIAN_FRONTEND=noninteractive

log() { echo "slurm-check: $*"; }

if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null || ! command -v munged >/dev/null; then
  log "installing munge and Slurm (Debian packages)"
  apt-get update -qq -o DPkg::Lock::Timeout=300
  apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 munge slurmctld slurmd slurm-client >/dev/null
fi

work="$(mktemp -d /tmp/treatysim-slurm.XXXXXX)"
started_munge=""
cleanup() {
  local rc=$?
  for pidfile in "$work/slurmd.pid" "$work/slurmctld.pid"; do
    if [ -s "$pidfile" ]; then kill "$(cat "$pidfile")" 2>/dev/null || true; fi
  done
  sleep 1
  for pidfile in "$work/slurmd.pid" "$work/slurmctld.pid"; do
    if [ -s "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then kill -9 "$(cat "$pidfile")" 2>/dev/null || true; fi
  done
  if [ -n "$started_munge" ] && [ -s /run/munge/munged.pid ]; then kill "$(cat /run/munge/munged.pid)" 2>/dev/null || true; fi
  if [ $rc -ne 0 ]; then
    echo "slurm-check: FAILED (exit $rc); logs follow" >&2
    for f in "$work"/slurmctld.log "$work"/slurmd.log "$work"/logs/*; do
      [ -f "$f" ] && { echo "---- $f" >&2; tail -n 30 "$f" >&2; }
    done
  fi
  rm -rf "$work"
  exit $rc
}
trap cleanup EXIT

# ---- munge: without systemd nothing creates its socket directory
mkdir -p /run/munge /var/lib/munge /var/log/munge
chown munge:munge /run/munge /var/lib/munge /var/log/munge
chmod 0755 /run/munge
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  [ -f /etc/munge/munge.key ] || { dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key 2>/dev/null; chown munge:munge /etc/munge/munge.key; chmod 0400 /etc/munge/munge.key; }
  runuser -u munge -- /usr/sbin/munged
  started_munge=yes
  for _ in $(seq 50); do munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break; sleep 0.1; done
fi
munge -n | unmunge >/dev/null
log "munge is running"

# ---- Slurm configuration in the temporary directory; ports chosen per run so concurrent checks do not collide
mkdir -p "$work/state" "$work/spool" "$work/logs" "$work/shards"
cpus="$(nproc)"
mem="$(slurmd -C | sed -n 's/.*RealMemory=\([0-9]*\).*/\1/p' | head -1)"
port=$(( 20000 + (RANDOM % 20000) ))
cat > "$work/slurm.conf" <<CONF
ClusterName=treatysim
SlurmctldHost=localhost
SlurmUser=root
SlurmdUser=root
SlurmctldPort=$port
SlurmdPort=$((port + 1))
AuthType=auth/munge
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
NodeName=localhost CPUs=$cpus RealMemory=${mem:-1024} State=UNKNOWN
PartitionName=ci Nodes=localhost Default=YES MaxTime=30 State=UP
CONF
export SLURM_CONF="$work/slurm.conf"

slurmctld
slurmd -N localhost
for _ in $(seq 60); do
  if sinfo -h -o '%T' 2>/dev/null | grep -q idle; then break; fi
  sleep 0.5
done
sinfo -h -o '%T' | grep -q idle || { log "the node did not come up"; sinfo || true; exit 1; }
log "slurmctld and slurmd are up: $(sinfo -h -o '%P %D %T %c')"

# ---- build once, outside the job, so the tasks do not race to build
cd "$repo"
./treatysim --version >/dev/null

cat > "$work/job.sh" <<JOB
#!/usr/bin/env bash
set -euo pipefail
cd "$repo"
# Slurm numbers array tasks 1..$shards (sbatch --array=1-$shards); shards are numbered 1..N too.
./treatysim sweep "$sweep" --shard "\$SLURM_ARRAY_TASK_ID/$shards" -o "$work/shards/shard-\$SLURM_ARRAY_TASK_ID" -t 1 --quiet
JOB
chmod +x "$work/job.sh"

log "submitting a $shards-task job array of $sweep"
sbatch --array=1-$shards --wait --cpus-per-task=1 --job-name=treatysim-sweep \
  --output="$work/logs/task-%a.out" --error="$work/logs/task-%a.err" "$work/job.sh"
for i in $(seq $shards); do
  grep -q '^complete ' "$work/shards/shard-$i/sweep.journal" || { log "shard $i is not complete"; exit 1; }
done
log "all $shards array tasks finished"

./treatysim merge "$work"/shards/shard-* -o "$work/merged"
./treatysim sweep "$sweep" -o "$work/local" --quiet
for f in sweep.json points.csv results.csv; do
  cmp "$work/merged/$f" "$work/local/$f"
done
log "merged shards are byte-identical to the local run ($(($(wc -l < "$work/local/results.csv") - 1)) result rows)"

# ---- a run of many replications, sharded the same way (run --shard, merge)
run_shards=3
run_reps="${SLURM_CHECK_RUN_REPLICATIONS:-60}"
cat > "$work/run-job.sh" <<JOB
#!/usr/bin/env bash
set -euo pipefail
cd "$repo"
./treatysim run scenarios/baseline.yaml -n $run_reps -s 3 --shard "\$SLURM_ARRAY_TASK_ID/$run_shards" -o "$work/runs/shard-\$SLURM_ARRAY_TASK_ID" -t 1 --quiet
JOB
chmod +x "$work/run-job.sh"
mkdir -p "$work/runs"
log "submitting a $run_shards-task job array of run --shard ($run_reps replications)"
sbatch --array=1-$run_shards --wait --cpus-per-task=1 --job-name=treatysim-run \
  --output="$work/logs/run-%a.out" --error="$work/logs/run-%a.err" "$work/run-job.sh"
for i in $(seq $run_shards); do
  [ -s "$work/runs/shard-$i/run-state.bin" ] || { log "run shard $i wrote no state"; exit 1; }
done
./treatysim merge "$work"/runs/shard-* -o "$work/runs/merged"
./treatysim run scenarios/baseline.yaml -n "$run_reps" -s 3 -o "$work/runs/local" --quiet >/dev/null
for f in trajectory.csv runs.csv decisions.csv summary.json treaty-likelihood.svg treaty-likelihood.png blocking.svg blocking.png; do
  cmp "$work/runs/merged/$f" "$work/runs/local/$f"
done
log "merged run shards are byte-identical to the local run ($run_reps replications)"
echo "slurm-check: 2 passed, 0 failed"
