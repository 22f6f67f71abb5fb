#!/usr/bin/env bash
# Executes every notebook in notebooks/ with Debian's Jupyter (no PyPI) on fresh CLI output, and fails if any cell
# fails or a notebook draws fewer figures than it should.
#
#   bash .ci/notebooks.sh                      # fresh results in target/notebook-results/ (a few replications)
#   TREATYSIM_RESULTS=results bash .ci/notebooks.sh   # the results already in results/, writing only what is missing
#
# What it does, in order:
#   1. installs jupyter-nbconvert, python3-nbclient, python3-ipykernel, python3-nbformat, jupyter-core,
#      python3-pandas, python3-matplotlib and python3-yaml from Debian (skipped when already installed);
#   2. fails if a committed notebook holds outputs or execution counts (commit them stripped);
#   3. runs the tests of the notebooks' helper module (notebooks/test_treatysim_nb.py);
#   4. writes the inputs with the CLI, as notebooks/README.md gives them (with fewer replications): the baseline run,
#      the run of whatif-2022-no-sanctions (the decisions of two paired runs), a comparison of the baseline with two
#      what-ifs (compare-demo), evaluate's evaluation.json (evaluation), and a sweep with its sensitivity indices
#      (sweep-demo);
#   5. executes each notebook on a kernelspec of its own that pins Debian's /usr/bin/python3, with a timeout per
#      cell and never --allow-errors, into target/notebooks/;
#   6. checks every code cell ran, with no error, on /usr/bin/python3, and each notebook drew at least the figures
#      it draws on real output (a section that finds no data prints why instead of drawing, and fails this check).
#
# Environment:
#   TREATYSIM_RESULTS      results folder to use (default: a fresh target/notebook-results/, emptied first)
#   NOTEBOOK_REPLICATIONS  replications of the runs it writes (default 200)
#   NOTEBOOK_TIMEOUT       seconds per cell (default 300)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
py=/usr/bin/python3
packages=(jupyter-nbconvert python3-nbclient python3-ipykernel python3-nbformat jupyter-core
          python3-pandas python3-matplotlib python3-yaml)
outdir="$root/target/notebooks"
n="${NOTEBOOK_REPLICATIONS:-200}"
timeout="${NOTEBOOK_TIMEOUT:-300}"
say() { echo "notebooks: $*"; }
# The least number of figures each notebook draws on real output.
declare -A min_figures=([01-baseline-replay.ipynb]=6 [02-what-if.ipynb]=6 [03-sweep-sensitivity.ipynb]=2
                        [04-validation.ipynb]=5)

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

# ---- 3. the tests of the notebooks' helper module, on small files with known answers
if ! tests="$(cd notebooks && PYTHONDONTWRITEBYTECODE=1 $py -m unittest test_treatysim_nb 2>&1)"; then
  echo "$tests" >&2
  say "the tests of notebooks/treatysim_nb.py FAILED (notebooks/test_treatysim_nb.py, output above)"
  exit 1
fi
say "helper module: $(echo "$tests" | grep -E '^Ran ')"

# ---- 4. inputs, from the CLI
if [ -n "${TREATYSIM_RESULTS:-}" ]; then
  mkdir -p "$TREATYSIM_RESULTS"
  results="$(cd "$TREATYSIM_RESULTS" && pwd)"
else
  results="$root/target/notebook-results"
  rm -rf "$results"
  mkdir -p "$results"
fi
rm -rf "$outdir"
mkdir -p "$outdir"
work="$(mktemp -d "${TMPDIR:-/tmp}/treatysim-notebooks.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# produce DIR FILE COMMAND...: runs the command unless DIR/FILE exists.
produce() {
  local dir="$1" file="$2"
  shift 2
  if [ -f "$results/$dir/$file" ]; then
    say "$dir: $results/$dir (existing)"
  else
    say "$dir: $*"
    local start=$(date +%s)
    "$@"
    say "$dir: written in $(( $(date +%s) - start )) s"
  fi
}
produce baseline decisions.csv \
  ./treatysim run scenarios/baseline.yaml -n "$n" -s 1 -o "$results/baseline" --quiet
produce whatif-2022-no-sanctions decisions.csv \
  ./treatysim run scenarios/whatif-2022-no-sanctions.yaml -n "$n" -s 1 -o "$results/whatif-2022-no-sanctions" --quiet
produce compare-demo comparison.csv \
  ./treatysim compare scenarios/baseline.yaml scenarios/whatif-2022-no-sanctions.yaml \
    scenarios/whatif-1956-two-islands.yaml -n "$n" -s 1 -o "$results/compare-demo" --quiet
produce evaluation evaluation.json \
  ./treatysim evaluate scenarios/baseline.yaml -n "$n" -s 1 -o "$results/evaluation" --quiet --brief
produce sweep-demo results.csv \
  ./treatysim sweep sweeps/sobol-core.yaml -o "$results/sweep-demo" --quiet
produce sweep-demo sensitivity/sensitivity.csv \
  ./treatysim sensitivity "$results/sweep-demo"

# ---- 5. execute, on a kernel pinned to Debian's python
$py -m ipykernel install --name treatysim --display-name "TreatySim (Debian python3)" --prefix "$work/kernel" >/dev/null
export JUPYTER_PATH="$work/kernel/share/jupyter"
export PYDEVD_DISABLE_FILE_VALIDATION=1
export TREATYSIM_RESULTS="$results" TREATYSIM_SCENARIOS="$root/scenarios"
unset TREATYSIM_COMPARE TREATYSIM_SWEEP TREATYSIM_EVALUATION TREATYSIM_WHATIF TREATYSIM_FACTS
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

# ---- 6. every cell ran, on Debian's python, and drew its figures
if [ "${#failed[@]}" -eq 0 ]; then
  expected=()
  for name in "${!min_figures[@]}"; do expected+=("$name=${min_figures[$name]}"); done
  $py - "$outdir" "${expected[@]}" <<'PY' || failed+=("output check")
import json, pathlib, sys
outdir, expected = pathlib.Path(sys.argv[1]), dict(a.split("=") for a in sys.argv[2:])
ok = True
committed = sorted(p.name for p in pathlib.Path("notebooks").glob("*.ipynb"))
if sorted(expected) != committed:
    print(f"notebooks: .ci/notebooks.sh knows {sorted(expected)}, notebooks/ holds {committed}: update min_figures")
    ok = False
for name in committed:
    nb = json.load(open(outdir / name, encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    unrun = [i for i, c in enumerate(code) if c.get("execution_count") is None]
    errors = [o for c in code for o in c.get("outputs", []) if o.get("output_type") == "error"]
    images = sum("image/png" in o.get("data", {}) for c in code for o in c.get("outputs", []))
    text = "".join("".join(o.get("text", "")) for c in code for o in c.get("outputs", []))
    debian = "at /usr/bin/python3;" in text
    least = int(expected.get(name, 1))
    print(f"notebooks: {name}: {len(code)} code cells, {images} figures (at least {least}), Debian kernel: {debian}")
    if unrun or errors or images < least or not debian:
        print(f"notebooks: {name}: unexecuted cells {unrun}, {len(errors)} errors, {images} figures")
        ok = False
sys.exit(0 if ok else 1)
PY
fi
if [ "${#failed[@]}" -gt 0 ]; then
  say "FAILED: ${failed[*]}"
  exit 1
fi
say "passed on CLI output in $results; executed notebooks in $outdir"
