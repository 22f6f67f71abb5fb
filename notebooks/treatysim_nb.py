"""Reading what the TreatySim command line writes, for the notebooks in this folder.

Each reader checks the file's columns against the format the CLI writes and stops with a clear message (which file,
what was expected, which command writes it) when a file is missing or its format has changed. Only pandas,
matplotlib and PyYAML, as Debian 12 packages them (pandas 1.5, matplotlib 3.6).

The notebooks import this module from their own folder (Jupyter and nbconvert run a notebook in its folder).
"""
import math
import re
import sys
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
import yaml

# The formats the CLI writes (src/main/java/org/treatysim/output/RunFiles.java, DecisionFiles.java, ComparisonFiles.java).
TRAJECTORY_HEADER = ["scenario", "date", "metric", "mean", "p05", "p25", "p50", "p75", "p95"]
RUNS_HEADER = ["replication", "seed", "signed", "date_signed", "islands"]
DECISIONS_HEADER = ["replication", "date", "actor", "decision", "option", "value", "cause"]
COMPARISON_HEADER = ["scenario", "date", "metric", "mean", "p05", "p95", "diff", "diff_ci_low", "diff_ci_high"]

# The gates of the negotiation, bottom band first, with the words and colours of blocking.png
# (output/RunReport.GATES and GATE_LABELS, output/StackedAreaChart.PALETTE).
GATES = [
    ("gate.talks_closed", "Talks suspended", "#9E9E9E"),
    ("gate.no_overlap", "No deal both could sign (no overlap)", "#D55E00"),
    ("gate.no_offer", "No offer made", "#CC79A7"),
    ("gate.rejected", "Offer rejected", "#E69F00"),
    ("gate.third_party", "Blocked by a third party (US)", "#56B4E9"),
    ("gate.ratify_jp", "Signed, not ratified in Japan", "#0072B2"),
    ("gate.ratify_ru", "Signed, not ratified in Russia", "#6D4C41"),
    ("gate.signed", "Treaty signed", "#009E73"),
]
GATE_LABEL = {g: label for g, label, _ in GATES}

# Steps of the offers protocol recorded beside the decision rules: the offers, the answers (the rules JP.accept and
# RU.accept), a third party's block, failed ratifications and the treaty (model/negotiation/Protocol.java).
PROTOCOL_STEPS = ["JP.propose", "RU.propose", "JP.accept", "RU.accept", "US.block", "JP.ratify", "RU.ratify", "treaty"]
# The rules whose choice is a one-off act that may recur (model/decision/ActRule.java); every other rule chooses a
# level that holds until changed (LevelRule, SwitchRule), and decisions.csv records it only when it changes.
ACT_RULES = ["JP.assert", "RU.retaliate", "RU.assert", "JP_RU.round"]
ACTORS = ["JP", "RU", "US", "CN"]
ACTOR_NAME = {"JP": "Japan", "RU": "USSR/Russia", "US": "United States", "CN": "China"}
ACTOR_COLOUR = {"JP": "#C62828", "RU": "#1565C0", "US": "#2E7D32", "CN": "#EF6C00"}


def setup():
    """Figure defaults readable on a projector; prints the kernel, so a reader knows which Python ran the notebook."""
    plt.rcParams.update({"figure.dpi": 100, "font.size": 12, "axes.grid": True, "grid.alpha": 0.3})
    pd.set_option("display.max_colwidth", 90)
    pd.set_option("display.width", 160)
    print(f"kernel: python {sys.version.split()[0]} at {sys.executable}; pandas {pd.__version__}, "
          f"matplotlib {matplotlib.__version__}")


def need(path, command):
    """The path, or a clear error saying which command writes it."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path} not found. Write it with `{command}` (from the repository's top folder), "
                                f"or point TREATYSIM_RESULTS at a folder that holds it.")
    return path


def read_csv(path, header, command, **kwargs):
    """A CSV file the CLI writes, its header checked against the documented one."""
    df = pd.read_csv(need(path, command), **kwargs)
    if list(df.columns) != list(header):
        raise ValueError(f"{path}: columns {list(df.columns)}, expected {list(header)}. The file was written by another "
                         f"version of TreatySim: write it again with `{command}`.")
    return df


def month_index(dates):
    """'1998-11' -> 1998 * 12 + 10: months counted from year 0, so differences are in months."""
    ym = pd.Series(dates).astype(str).str.split("-", expand=True).astype(int)
    return (ym[0] * 12 + ym[1] - 1).set_axis(pd.Series(dates).index)


def decimal_year(dates):
    """'1998-11' -> 1998.83 (months as twelfths of a year)."""
    return month_index(dates) / 12


def month_name(index):
    """1998 * 12 + 10 -> '1998-11'."""
    index = int(index)
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


# ------------------------------------------------------------------------------------------------ run outputs
def read_trajectory(folder, command):
    """trajectory.csv, with a decimal `year` column."""
    traj = read_csv(Path(folder) / "trajectory.csv", TRAJECTORY_HEADER, command, dtype={"date": str})
    traj["year"] = decimal_year(traj["date"])
    return traj


def by_metric(traj):
    """{metric: its rows indexed by decimal year}."""
    return {m: g.set_index("year") for m, g in traj.groupby("metric")}


def read_runs(folder, command):
    """runs.csv, with `signed` as a boolean."""
    runs = read_csv(Path(folder) / "runs.csv", RUNS_HEADER, command, dtype={"date_signed": str})
    runs["signed"] = runs["signed"].astype(str).str.lower().eq("true")
    return runs


CAUSE = re.compile(r"^(?P<label>.*) \((?P<weight>[+-]\d+(?:\.\d+)?)\)$")


def read_decisions(folder, command):
    """decisions.csv, with `key` (rule=option), `month` (index), `year`, and the cause split into its label and the
    weight of that term in the rule's utility (NaN for the protocol's causes, which carry no weight)."""
    dec = read_csv(Path(folder) / "decisions.csv", DECISIONS_HEADER, command,
                   dtype={"date": str, "actor": str, "decision": str, "option": str, "cause": str},
                   keep_default_na=False, na_values={"value": ["", "NaN"]})
    dec["key"] = dec["decision"] + "=" + dec["option"]
    dec["month"] = month_index(dec["date"]) if len(dec) else pd.Series(dtype=int)
    dec["year"] = dec["month"] / 12
    parts = dec["cause"].str.extract(CAUSE)
    dec["cause_label"] = parts["label"].fillna(dec["cause"])
    dec["cause_weight"] = pd.to_numeric(parts["weight"])
    return dec


def gate_shares(metrics):
    """Each month (decimal year), the share of the replications without a treaty stopped at each gate, from
    trajectory.csv or states.csv (columns in GATES order; empty if the run has no gates, as in the scripted model)."""
    present = [g for g, _, _ in GATES if g in metrics]
    if len(present) != len(GATES):
        return pd.DataFrame()
    shares = pd.DataFrame({g: metrics[g]["mean"] for g, _, _ in GATES})
    total = shares.sum(axis=1)
    if (total == 0).all():
        return pd.DataFrame()  # every gate 0: a scripted replay, which has no offers protocol
    bad = total[(total - 1).abs() > 1e-4]
    if len(bad):
        raise ValueError(f"the gate shares should sum to 1 in every month; they sum to {bad.iloc[0]:.6g} in "
                         f"{bad.index[0]:.2f} ({len(bad)} months off)")
    return shares


def draw_gates(ax, shares, title=None, legend=True):
    """The stacked shares of the gates, as blocking.png draws them (in percent)."""
    ax.stackplot(shares.index, [100 * shares[g] for g, _, _ in GATES], labels=[l for _, l, _ in GATES],
                 colors=[c for _, _, c in GATES], lw=0)
    ax.set_ylim(0, 100)
    ax.set_xlim(shares.index.min(), shares.index.max())
    ax.set_ylabel("Share of replications without a treaty (%)")
    ax.grid(False)
    if title:
        ax.set_title(title)
    if legend:
        handles, labels = ax.get_legend_handles_labels()
        ax.legend(handles[::-1], labels[::-1], loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False)


# ------------------------------------------------------------------------------------------------ scenario files
def _load_yaml(path):
    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))


def scenario_lineage(path):
    """The scenario file and the files it extends, the file itself first."""
    chain, path = [], Path(path)
    while True:
        if not path.exists():
            raise FileNotFoundError(f"scenario file {path} not found (set TREATYSIM_SCENARIOS to the scenarios folder)")
        doc = _load_yaml(path)
        chain.append((path, doc))
        if not doc.get("extends"):
            return chain
        path = path.parent / doc["extends"]


def scenario_events(path):
    """The events of a scenario as the loader builds them: the parent's, minus `remove_events`, with the fields of
    `modify_events` replaced, plus the scenario's own `events` (docs/scenarios.md). One row per event."""
    events = {}
    for _, doc in reversed(scenario_lineage(path)):
        for eid in doc.get("remove_events") or []:
            events.pop(eid, None)
        for eid, change in (doc.get("modify_events") or {}).items():
            if eid in events:
                events[eid] = {**events[eid], **{k: v for k, v in change.items() if k != "add_effects"}}
        for e in doc.get("events") or []:
            events[e["id"]] = dict(e)
    rows = []
    for e in events.values():
        decision = e.get("decision") or {}
        rows.append({"id": e["id"], "date": str(e["date"]), "title": e["title"], "label": e.get("label") or e["title"],
                     "major": bool(e.get("major", False)), "direction": str(e.get("direction", "")),
                     "source": e.get("source", ""), "rule": decision.get("rule"), "option": decision.get("option")})
    out = pd.DataFrame(rows)
    out["key"] = out["rule"] + "=" + out["option"]
    out["month"] = month_index(out["date"])
    out["year"] = out["month"] / 12
    return out.sort_values(["month", "id"], kind="mergesort").reset_index(drop=True)


def decision_events(path):
    """The former decision events of a scenario: events with a `decision: {rule, option}` tag, whose history the
    agents now decide (they are not replayed in the agent model; their dates are calibration targets)."""
    ev = scenario_events(path)
    return ev[ev["rule"].notna()].reset_index(drop=True)


def interventions(path):
    """The `interventions:` of a scenario and the scenarios it extends: the rule, force or forbid, the options, the
    window (the span where from/to are left out) and the rationale."""
    chain = scenario_lineage(path)
    span = next(doc["span"] for _, doc in chain if doc.get("span"))
    rows = []
    for file, doc in reversed(chain):
        for i in doc.get("interventions") or []:
            force = "force" in i
            options = i["force"] if force else i["forbid"]
            rows.append({"rule": i["decision"], "action": "force" if force else "forbid",
                         "options": options if isinstance(options, list) else [options],
                         "from": str(i.get("from", span["start"])), "to": str(i.get("to", span["end"])),
                         "rationale": i.get("rationale") or i.get("source", ""), "file": file.name})
    return pd.DataFrame(rows, columns=["rule", "action", "options", "from", "to", "rationale", "file"])


# ------------------------------------------------------------------------------------------------ decisions
def _quantile_low(values, q):
    """Quantile q as DecisionTally computes it: the value of rank ceil(q n) (at least 1) in sorted order."""
    values = sorted(values)
    rank = max(1, math.ceil(q * len(values)))
    return values[rank - 1]


def decisions_summary(dec, replications):
    """The decisions section of summary.json, recomputed from decisions.csv: for each rule=option, the share of
    replications in which it fired, firings per replication, and the month of its first firing (median, p05, p95 over
    the replications where it fired)."""
    rows = []
    first = dec.groupby(["key", "replication"])["month"].min()
    for key, months in first.groupby(level="key"):
        m = list(months)
        rows.append({"decision": key, "share_of_replications": len(m) / replications,
                     "firings_per_replication": int((dec["key"] == key).sum()) / replications,
                     "first_month_median": month_name(_quantile_low(m, 0.5)),
                     "first_month_p05": month_name(_quantile_low(m, 0.05)),
                     "first_month_p95": month_name(_quantile_low(m, 0.95))})
    return pd.DataFrame(rows).set_index("decision")


def timing_against_history(dec, events, replications, within=12):
    """For each former decision event: in how many replications the agents take its decision (rule=option) within
    `within` months of the historical month, and, per replication, the firing nearest the historical month (the
    earlier of two equally near): its offset in months (median and 90% range over the replications where the decision
    fires at all) and that month."""
    rows = []
    for _, e in events.iterrows():
        f = dec.loc[dec["key"] == e["key"], ["replication", "month"]].copy()
        f["offset"] = f["month"] - e["month"]
        f["distance"] = f["offset"].abs()
        nearest = f.sort_values(["replication", "distance", "offset"]).drop_duplicates("replication")
        off = nearest["offset"]
        rows.append({"event": e["id"], "date": e["date"], "decision": e["key"], "actor": e["rule"].split(".")[0],
                     f"share within {within} months": (nearest["distance"] <= within).sum() / replications,
                     "share ever": len(nearest) / replications,
                     "nearest month (median)": month_name(e["month"] + off.median()) if len(off) else "never",
                     "offset median": off.median() if len(off) else float("nan"),
                     "offset p05": off.quantile(0.05) if len(off) else float("nan"),
                     "offset p95": off.quantile(0.95) if len(off) else float("nan")})
    return pd.DataFrame(rows)


def fired_between(dec, start, end):
    """Replications in which each rule=option fires at least once in months start..end (indices): a set per key."""
    w = dec[(dec["month"] >= start) & (dec["month"] <= end)]
    return w.groupby("key")["replication"].agg(lambda r: set(r))


def first_divergence(a, b):
    """The first month (index) in which two runs' decision logs differ in any replication, or None if identical."""
    cols = ["replication", "month", "actor", "decision", "option", "value", "cause"]
    m = a[cols].merge(b[cols], how="outer", on=cols, indicator=True)
    differ = m[m["_merge"] != "both"]
    return None if differ.empty else int(differ["month"].min())


def is_act(rule):
    """Whether a rule's choice is an act that may recur (an assertion, a retaliation, a round, a protocol step), as
    opposed to a level that holds until changed (talks open or suspended, the sanctions in force)."""
    return rule in ACT_RULES or rule in PROTOCOL_STEPS


def could_happen(base, key, live, start):
    """The replications in which decision `key` (rule=option) could happen from month `start`: those in `live`, and,
    for a level (not is_act), not already holding that option in the base when the window opens. A
    replication with no earlier choice of the rule holds its initial level, which decisions.csv does not record; it
    counts as one where the choice could happen."""
    rule, option = key.split("=", 1)
    if is_act(rule):
        return set(live)
    earlier = base[(base["decision"] == rule) & (base["month"] < start)].sort_values(["replication", "month"],
                                                                                      kind="mergesort")
    last = earlier.groupby("replication")["option"].last()
    return set(live) - set(last[last == option].index)


def consequences(base, whatif, live, start, end):
    """What a what-if changes in the agents' decisions from month `start` to `end` (indices), paired by replication.

    For each rule=option that fires in either run in the window: the replications in which it could happen
    (could_happen), and among them the share in which it fires in the base and in the what-if, and the paired counts:
    in both, in the base only, in the what-if only. Largest differences first."""
    fb, fw = fired_between(base, start, end), fired_between(whatif, start, end)
    rows = []
    for key in sorted(set(fb.index) | set(fw.index)):
        eligible = could_happen(base, key, live, start)
        if not eligible:
            continue
        b, w = fb.get(key, set()) & eligible, fw.get(key, set()) & eligible
        n = len(eligible)
        rows.append({"decision": key, "kind": "act" if is_act(key.split("=", 1)[0]) else "level",
                     "could happen in": n, "base": len(b) / n, "what-if": len(w) / n, "difference": (len(w) - len(b)) / n,
                     "in both": len(b & w), "base only": len(b - w), "what-if only": len(w - b)})
    out = pd.DataFrame(rows, columns=["decision", "kind", "could happen in", "base", "what-if", "difference", "in both",
                                      "base only", "what-if only"])
    return out.reindex(out["difference"].abs().sort_values(ascending=False, kind="mergesort").index).reset_index(drop=True)


def live_at(runs, month):
    """Replications without a treaty signed before month `month` (index)."""
    signed_before = runs["signed"] & (month_index(runs["date_signed"].fillna("9999-12")) < month)
    return set(runs.loc[~signed_before, "replication"])


def command_path(path):
    """A path as a command run from the repository's top folder (the notebooks' parent folder) names it."""
    path, top = Path(path).resolve(), Path("..").resolve()
    try:
        return str(path.relative_to(top))
    except ValueError:
        return str(path)
