#!/usr/bin/env bash
# Regenerates the table of the shipped what-ifs in docs/scenarios.md: for each what-if, its intervention, P(treaty
# by a date) in the baseline and in the what-if with the paired 95% interval, and the downstream decisions of the
# agents that change most. Run it again after a calibration changes the parameters.
#
#   scripts/whatif-table.sh [-n N] [-s SEED] [-t THREADS] [--keep DIR] [--update FILE] [WHATIF.yaml ...]
#
#   -n N           replications (default 300)
#   -s SEED        master seed (default 1)
#   -t THREADS     worker threads (default: treatysim's, all cores; results do not depend on it)
#   --keep DIR     keep the runs and the comparison in DIR (a new folder); by default they go to a temporary folder
#                  that is removed at the end
#   --update FILE  replace the table between the lines <!-- whatif-table:begin --> and <!-- whatif-table:end --> of
#                  FILE (e.g. docs/scenarios.md) instead of printing it; the file is replaced in one step
#   WHATIF.yaml    what-ifs to tabulate (default: scenarios/whatif-*.yaml, in name order); each is set against
#                  scenarios/baseline.yaml
#
# How: `./treatysim run` replays the baseline and each what-if with the same seed and replications, so replication k
# of every run shares its random numbers; `./treatysim compare` then gives the paired differences. Debian's
# /usr/bin/python3 (standard library only) reads each what-if's interventions from its run's manifest.json, the
# probabilities and intervals from compare's summary.json, and the decisions from the runs' decisions.csv.
#
# The date of each row is the end of the what-if's last intervention window, unless DATE_FOR below names another
# (where the question asks about a later window); for a what-if without interventions it is the end of its span.
# The decisions column counts, for each decision (rule=option), the share of replications that take it at least
# once between the what-if's first divergence from the baseline and that date; it lists the (up to) three that
# change most, by at least 5 points, leaving out the decisions the what-if intervenes on and the treaty itself.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
py=/usr/bin/python3
ts="$here/treatysim"

# Rows whose question is about a window after the intervention ends.
declare -A DATE_FOR=(
  [whatif-2014-deep-sanctions]=2018-12   # does Abe's window of 2016-18 still open?
  [whatif-1991-lasting-detente]=2021-12  # shocks only: the 2016-19 window
)

usage() { sed -n '2,27p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
die() { echo "whatif-table: $*" >&2; exit 2; }

n=300 seed=1 threads="" keep="" update=""
whatifs=()
while [ $# -gt 0 ]; do
  case "$1" in
    -n) [ $# -ge 2 ] || die "-n needs a number"; n="$2"; shift 2 ;;
    -s) [ $# -ge 2 ] || die "-s needs a number"; seed="$2"; shift 2 ;;
    -t) [ $# -ge 2 ] || die "-t needs a number"; threads="$2"; shift 2 ;;
    --keep) [ $# -ge 2 ] || die "--keep needs a folder"; keep="$2"; shift 2 ;;
    --update) [ $# -ge 2 ] || die "--update needs a file"; update="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) whatifs+=("$1"); shift ;;
  esac
done
[[ "$n" =~ ^[1-9][0-9]*$ ]] || die "-n must be a positive whole number, not '$n'"
[[ "$seed" =~ ^-?[0-9]+$ ]] || die "-s must be a whole number, not '$seed'"
[ -z "$threads" ] || [[ "$threads" =~ ^[1-9][0-9]*$ ]] || die "-t must be a positive whole number, not '$threads'"
[ -x "$py" ] || die "Debian's $py is needed: sudo apt-get install python3"
if [ ${#whatifs[@]} -eq 0 ]; then
  for f in "$here"/scenarios/whatif-*.yaml; do whatifs+=("$f"); done
fi
[ ${#whatifs[@]} -gt 0 ] || die "no what-if files"
for f in "${whatifs[@]}"; do [ -f "$f" ] || die "no such file: $f"; done
if [ -n "$update" ]; then
  [ -f "$update" ] && [ -w "$update" ] || die "--update: $update is not a writable file"
  grep -qx '<!-- whatif-table:begin -->' "$update" && grep -qx '<!-- whatif-table:end -->' "$update" \
    || die "--update: $update has no lines <!-- whatif-table:begin --> and <!-- whatif-table:end --> to replace between"
fi

if [ -n "$keep" ]; then
  [ ! -e "$keep" ] || die "--keep: $keep exists; name a new folder (nothing is overwritten)"
  mkdir -p "$keep"
  work="$(cd "$keep" && pwd)"
else
  work="$(mktemp -d "${TMPDIR:-/tmp}/whatif-table.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
fi

common=(-n "$n" -s "$seed" --quiet)
[ -z "$threads" ] || common+=(-t "$threads")
base="$here/scenarios/baseline.yaml"

echo "whatif-table: replaying the baseline and ${#whatifs[@]} what-if(s), $n replications each, seed $seed" >&2
mkdir -p "$work/runs"
i=0
for f in "$base" "${whatifs[@]}"; do
  echo "whatif-table:   run $(basename "$f")" >&2
  "$ts" run "$f" "${common[@]}" -o "$work/runs/$i" >/dev/null
  i=$((i + 1))
done

# Each run's scenario name and folder, and the date of each what-if's row: the end of its last intervention window
# (from its manifest.json), DATE_FOR, or the end of its span.
runs_file="$work/runs.tsv"
for ((k = 0; k < i; k++)); do
  "$py" - "$work/runs/$k" <<'PY'
import json, sys
m = json.load(open(sys.argv[1] + "/manifest.json", encoding="utf-8"))
ends = [iv["to"] for iv in m.get("interventions", [])]
print(m["scenario"], sys.argv[1], max(ends) if ends else m["span"]["end"], sep="\t")
PY
done >"$runs_file"
while IFS=$'\t' read -r name dir date; do
  if [ -n "${DATE_FOR[$name]:-}" ]; then date="${DATE_FOR[$name]}"; fi
  printf '%s\t%s\t%s\n' "$name" "$dir" "$date"
done <"$runs_file" >"$runs_file.new"
mv "$runs_file.new" "$runs_file"
dates="$(tail -n +2 "$runs_file" | cut -f3 | sort -u | paste -sd, -)"

echo "whatif-table:   compare (dates $dates)" >&2
"$ts" compare "$base" "${whatifs[@]}" "${common[@]}" --dates "$dates" -o "$work/compare" >/dev/null

commit="$(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo unknown)"
args="-n $n -s $seed"
table="$work/table.md"
"$py" - "$work" "$runs_file" "$args" "$commit" >"$table" <<'PY'
import csv, json, sys
from collections import defaultdict

work, runs_file, args, commit = sys.argv[1:5]
runs = [line.rstrip("\n").split("\t") for line in open(runs_file, encoding="utf-8")]
folder = {name: path for name, path, _ in runs}
dates = {name: date for name, _, date in runs}
summary = json.load(open(f"{work}/compare/summary.json", encoding="utf-8"))
base = summary["base"]
n = summary["replications"]

def fired(name, start, end, skip):
    """rule=option -> set of replications that take it at least once in start..end (YYYY-MM, inclusive)."""
    out = defaultdict(set)
    with open(f"{folder[name]}/decisions.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if start <= row["date"] <= end and row["decision"] not in skip:
                out[f'{row["decision"]}={row["option"]}'].add(row["replication"])
    return out

def pct(x):
    return f"{100 * x:.1f}%"

def pts(x):
    return f"{100 * x:+.1f}"

def intervention(iv):
    verb, opts = ("force", [iv["force"]]) if "force" in iv else ("forbid", iv["forbid"])
    return f'{verb} `{iv["decision"]}` = {"/".join(opts)}, {iv["from"]} to {iv["to"]}'

p_by = {s["name"]: s["p_treaty_by"] for s in summary["scenarios"]}
print("<!-- whatif-table:begin -->")
print(f"Made by `scripts/whatif-table.sh {args}` at commit {commit} ({n} replications, seed {summary['seed']}; "
      "numbers change with the calibration, so run it again rather than editing them).")
print()
print("| what-if | what it changes | by | P(treaty), baseline | P(treaty), what-if | paired difference (95% CI), points "
      "| decisions that change most (share of replications taking them, baseline → what-if) |")
print("|---|---|---|---|---|---|---|")
for d in summary["differences"]:
    name, date = d["whatif"], dates[d["whatif"]]
    skip = {iv["decision"] for iv in d["interventions"]} | {"treaty"}
    if d["interventions"]:
        what = "; ".join(intervention(iv) for iv in d["interventions"])
    else:
        what = "shocks: " + "; ".join(f'{e["kind"]} `{e["id"]}`' for e in d["diverging_events"])
    start = min((e["date"] for e in d["diverging_events"]), default=date)
    b, w = fired(base, start, date, skip), fired(name, start, date, skip)
    moves = [((len(w[k]) - len(b[k])) / n, k) for k in set(b) | set(w)]
    moves = [(x, k) for x, k in sorted(moves, key=lambda t: (-abs(t[0]), t[1])) if abs(x) >= 0.05][:3]
    decisions = "; ".join(f"`{k}` {pct(len(b[k]) / n)} → {pct(len(w[k]) / n)}" for _, k in moves) or "none by 5 points or more"
    t = d["treaty_by"][date]
    lo, hi = t["ci95"]
    print(f"| `{name}` | {what} | {date} | {pct(p_by[base][date]['p'])} | {pct(p_by[name][date]['p'])} "
          f"| {pts(t['diff'])} ({pts(lo)} to {pts(hi)}) | {decisions} (from {start}) |")
print("<!-- whatif-table:end -->")
PY

if [ -n "$update" ]; then
  tmp="$(mktemp "$(dirname "$update")/.whatif-table.XXXXXX")"
  trap 'rm -f "$tmp"; [ -n "$keep" ] || rm -rf "$work"' EXIT
  "$py" - "$update" "$table" "$tmp" <<'PY'
import sys
doc, table, out = sys.argv[1:4]
lines = open(doc, encoding="utf-8").read().split("\n")
begin, end = lines.index("<!-- whatif-table:begin -->"), lines.index("<!-- whatif-table:end -->")
new = open(table, encoding="utf-8").read().rstrip("\n").split("\n")
open(out, "w", encoding="utf-8").write("\n".join(lines[:begin] + new + lines[end + 1:]))
PY
  chmod --reference="$update" "$tmp"
  mv "$tmp" "$update"
  echo "whatif-table: table replaced in $update" >&2
else
  cat "$table"
fi
if [ -n "$keep" ]; then echo "whatif-table: runs and comparison kept in $work" >&2; fi
