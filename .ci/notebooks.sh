#!/usr/bin/env bash
# Executes every notebook in notebooks/ with Debian's Jupyter (no PyPI) and fails if any cell fails.
#
#   bash .ci/notebooks.sh                      # results from $TREATYSIM_RESULTS (default: results/)
#   TREATYSIM_RESULTS=/tmp/r bash .ci/notebooks.sh
#
# What it does, in order:
#   1. installs jupyter-nbconvert, python3-nbclient, python3-ipykernel, python3-nbformat, jupyter-core,
#      python3-pandas, python3-matplotlib and python3-yaml from Debian (skipped when already installed);
#   2. fails if a committed notebook holds outputs or execution counts (commit them stripped);
#   3. makes sure the inputs exist: results/baseline from `./treatysim run` if absent; compare and sweep results
#      from `./treatysim compare` / `./treatysim sweep` when those commands exist, otherwise the synthetic
#      fixtures of notebooks/fixtures/make_fixtures.py (it says which, loudly);
#   4. executes each notebook on a kernelspec of its own that pins Debian's /usr/bin/python3, with a timeout per
#      cell and never --allow-errors, into target/notebooks/;
#   5. checks every code cell ran, every notebook drew at least one figure, and the kernel was /usr/bin/python3.
#
# Environment:
#   TREATYSIM_RESULTS      results folder holding baseline/, compare-demo/, sweep-demo/ (default: results/)
#   TREATYSIM_COMPARE_CMD  command writing comparison.csv into "$out" (default below; run by bash)
#   TREATYSIM_SWEEP_CMD    command writing points.csv, results.csv, sensitivity.csv into "$out" (default below)
#   NOTEBOOK_TIMEOUT       seconds per cell (default 300)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
py=/usr/bin/python3
packages=(jupyter-nbconvert python3-nbclient python3-ipykernel python3-nbformat jupyter-core
          python3-pandas python3-matplotlib python3-yaml)
results="${TREATYSIM_RESULTS:-$root/results}"
mkdir -p "$results"
results="$(cd "$results" && pwd)"
timeout="${NOTEBOOK_TIMEOUT:-300}"
outdir="$root/target/notebooks"
say() { echo "notebooks: $*"; }

# ---- 1. Debian's Jupyter
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=300 update -qq
  apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
$py -c 'import nbconvert, nbclient, ipykernel, pandas, matplotlib, yaml; print("notebooks: nbconvert", nbconvert.__version__, "pandas", pandas.__version__, "matplotlib", matplotlib.__version__)'

# ---- 2. committed notebooks are stripped
$py - "$root"/notebooks/*.ipynb <<'PY'
import json, sys
bad = []
for path in sys.argv[1:]:
    nb = json.load(open(path, encoding="utf-8"))
    for i, c in enumerate(nb["cells"]):
        if c["cell_type"] == "code" and (c.get("outputs") or c.get("execution_count") is not None):
            bad.append(f"{path}: cell {i} has outputs or an execution count")
if bad:
    print("\n".join(bad))
    print("notebooks: commit notebooks without outputs (Jupyter: Edit > Clear All Outputs, or "
          "`jupyter nbconvert --clear-output --inplace notebooks/*.ipynb`)")
    sys.exit(1)
print(f"notebooks: {len(sys.argv) - 1} committed notebooks are stripped of outputs")
PY

# ---- 3. inputs
work="$(mktemp -d "${TMPDIR:-/tmp}/treatysim-notebooks.XXXXXX")"
trap 'rm -rf "$work"' EXIT

if [ ! -f "$results/baseline/trajectory.csv" ]; then
  say "no $results/baseline/trajectory.csv: running the baseline"
  ./treatysim run scenarios/baseline.yaml -n 200 -s 1 -o "$results/baseline" --quiet
else
  say "baseline results: $results/baseline (existing)"
fi

# `./treatysim NAME --help` exits 0 even for an unknown NAME (the root command answers --help), so look for the
# subcommand's own usage line.
has_command() { ./treatysim "$1" --help 2>/dev/null | grep -q "^Usage: treatysim $1 "; }
synthetic=false
compare_dir="$results/compare-demo"
if [ -f "$compare_dir/comparison.csv" ]; then
  say "compare results: $compare_dir (existing)"
elif has_command compare; then
  say "compare results: running ./treatysim compare into $compare_dir"
  out="$compare_dir" bash -c "${TREATYSIM_COMPARE_CMD:-./treatysim compare scenarios/baseline.yaml scenarios/whatif-1956-two-islands.yaml scenarios/whatif-2018-follow-through.yaml -n 200 -s 1 -o \"\$out\" --quiet}"
else
  synthetic=true
  compare_dir="$work/fixtures/compare-demo"
fi
sweep_dir="$results/sweep-demo"
if [ -f "$sweep_dir/points.csv" ] && [ -f "$sweep_dir/results.csv" ] && [ -f "$sweep_dir/sensitivity.csv" ]; then
  say "sweep results: $sweep_dir (existing)"
elif has_command sweep; then
  say "sweep results: running ./treatysim sweep into $sweep_dir"
  out="$sweep_dir" bash -c "${TREATYSIM_SWEEP_CMD:-./treatysim sweep sweeps/sobol-core.yaml -o \"\$out\" --quiet && ./treatysim sensitivity \"\$out\" -o \"\$out/sensitivity\" && cp \"\$out/sensitivity/sensitivity.csv\" \"\$out/\"}"
else
  synthetic=true
  sweep_dir="$work/fixtures/sweep-demo"
fi
if $synthetic; then
  $py notebooks/fixtures/make_fixtures.py "$work/fixtures" >/dev/null
  [ "$compare_dir" = "$work/fixtures/compare-demo" ] && say "SYNTHETIC FIXTURES for 02-what-if: \`treatysim compare\` does not exist yet"
  [ "$sweep_dir" = "$work/fixtures/sweep-demo" ] && say "SYNTHETIC FIXTURES for 03-sweep-sensitivity: \`treatysim sweep\` does not exist yet"
fi

# ---- 4. execute, on a kernel pinned to Debian's python
$py -m ipykernel install --name treatysim --display-name "TreatySim (Debian python3)" --prefix "$work/kernel" >/dev/null
export JUPYTER_PATH="$work/kernel/share/jupyter"
export PYDEVD_DISABLE_FILE_VALIDATION=1
export TREATYSIM_RESULTS="$results" TREATYSIM_SCENARIOS="$root/scenarios" TREATYSIM_COMPARE="$compare_dir" TREATYSIM_SWEEP="$sweep_dir"
rm -rf "$outdir"
mkdir -p "$outdir"
failed=()
for nb in notebooks/*.ipynb; do
  name="$(basename "$nb")"
  start=$(date +%s)
  if $py -m nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name=treatysim \
      --ExecutePreprocessor.timeout="$timeout" --output-dir "$outdir" "$nb" >"$work/$name.log" 2>&1; then
    say "$name ran in $(( $(date +%s) - start )) s"
  else
    cat "$work/$name.log" >&2
    say "$name FAILED (log above)"
    failed+=("$name")
  fi
done

# ---- 5. every cell ran, every notebook drew
if [ "${#failed[@]}" -eq 0 ]; then
  $py - "$outdir"/*.ipynb <<'PY' || failed+=("output check")
import json, sys
ok = True
for path in sys.argv[1:]:
    nb = json.load(open(path, encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    unrun = [i for i, c in enumerate(code) if c.get("execution_count") is None]
    errors = [o for c in code for o in c.get("outputs", []) if o.get("output_type") == "error"]
    images = sum("image/png" in o.get("data", {}) for c in code for o in c.get("outputs", []))
    text = "".join("".join(o.get("text", "")) for c in code for o in c.get("outputs", []))
    debian = "at /usr/bin/python3;" in text
    print(f"notebooks: {path}: {len(code)} code cells, {images} figures, Debian kernel: {debian}")
    if unrun or errors or images == 0 or not debian:
        print(f"notebooks: {path}: unexecuted cells {unrun}, {len(errors)} errors, {images} figures")
        ok = False
sys.exit(0 if ok else 1)
PY
fi
if [ "${#failed[@]}" -gt 0 ]; then
  say "FAILED: ${failed[*]}"
  exit 1
fi
$synthetic && say "passed (02/03 on synthetic fixtures, see above); executed notebooks in $outdir" \
           || say "passed on real results; executed notebooks in $outdir"
