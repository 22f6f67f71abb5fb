"""Tests of treatysim_nb.py, the notebooks' readers and analyses, on small files whose answers are known.

    cd notebooks && /usr/bin/python3 -m unittest test_treatysim_nb      (.ci/notebooks.sh runs them)
"""
import math
import tempfile
import textwrap
import unittest
from pathlib import Path

import pandas as pd

import treatysim_nb as nb

HEADER = "replication,date,actor,decision,option,value,cause\n"


def decisions(rows, folder):
    """Writes decisions.csv rows into folder and reads them back with the notebooks' reader."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "decisions.csv").write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return nb.read_decisions(folder, "test")


class Months(unittest.TestCase):
    def test_month_index_name_and_decimal_year(self):
        idx = nb.month_index(pd.Series(["1956-01", "1998-11"]))
        self.assertEqual(list(idx), [1956 * 12, 1998 * 12 + 10])
        self.assertEqual(nb.month_name(idx.iloc[1]), "1998-11")
        self.assertAlmostEqual(nb.decimal_year(pd.Series(["1998-11"])).iloc[0], 1998 + 10 / 12)


class Readers(unittest.TestCase):
    def test_wrong_header_says_which_file_and_command(self):
        with tempfile.TemporaryDirectory() as d:
            (Path(d) / "runs.csv").write_text("replication,seed,signed\n0,1,false\n")
            with self.assertRaises(ValueError) as e:
                nb.read_runs(d, "./treatysim run X")
            self.assertIn("runs.csv", str(e.exception))
            self.assertIn("./treatysim run X", str(e.exception))
            with self.assertRaises(FileNotFoundError) as e:
                nb.read_trajectory(d, "./treatysim run X")
            self.assertIn("trajectory.csv", str(e.exception))

    def test_causes_split_into_label_and_weight(self):
        with tempfile.TemporaryDirectory() as d:
            dec = decisions(['0,1956-01,RU,RU.declared_offer,no-dispute,0,"US-Japan alliance (no promise of no US forces) (-2.91)"',
                             '0,1956-02,RU,RU.accept,reject,0,"outside its win-set"',
                             "0,2022-02,RU,RU.retaliate,retaliate,1,Japan's new sanctions (+5.13)"], d)
        self.assertEqual(list(dec["key"]), ["RU.declared_offer=no-dispute", "RU.accept=reject", "RU.retaliate=retaliate"])
        self.assertEqual(list(dec["cause_label"]), ["US-Japan alliance (no promise of no US forces)", "outside its win-set",
                                                    "Japan's new sanctions"])
        self.assertEqual(dec["cause_weight"].iloc[0], -2.91)
        self.assertTrue(math.isnan(dec["cause_weight"].iloc[1]))
        self.assertEqual(dec["cause_weight"].iloc[2], 5.13)
        self.assertEqual(list(dec["month"]), [1956 * 12, 1956 * 12 + 1, 2022 * 12 + 1])


class Summary(unittest.TestCase):
    def test_first_month_quantiles_as_decision_tally(self):
        # JP.aid=large first fires in months 3, 1, 2 and 10 (from 1956-01) of replications 0-3; replication 4 never.
        rows = [f"{r},{nb.month_name(1956 * 12 + m)},JP,JP.aid,large,3,x" for r, m in ((0, 3), (1, 1), (2, 2), (3, 10))]
        rows.append(f"0,{nb.month_name(1956 * 12 + 20)},JP,JP.aid,large,3,x")  # a second firing: not a first
        with tempfile.TemporaryDirectory() as d:
            s = nb.decisions_summary(decisions(rows, d), 5)
        row = s.loc["JP.aid=large"]
        self.assertEqual(row["share_of_replications"], 0.8)
        self.assertEqual(row["firings_per_replication"], 1.0)
        self.assertEqual(row["first_month_median"], "1956-03")  # rank ceil(0.5 x 4) = 2: months 1, 2, 3, 10
        self.assertEqual(row["first_month_p05"], "1956-02")  # rank 1
        self.assertEqual(row["first_month_p95"], "1956-11")  # rank ceil(0.95 x 4) = 4


class Timing(unittest.TestCase):
    def test_nearest_firing_and_share_within(self):
        at = 1980 * 12  # the historical month, 1980-01
        rows = [f"0,{nb.month_name(at - 3)},JP,JP.sanctions,aligned,2,x",   # 3 months early
                f"0,{nb.month_name(at + 2)},JP,JP.sanctions,aligned,2,x",   # 2 months late: the nearest
                f"1,{nb.month_name(at - 2)},JP,JP.sanctions,aligned,2,x",   # a tie: the earlier counts
                f"1,{nb.month_name(at + 2)},JP,JP.sanctions,aligned,2,x",
                f"2,{nb.month_name(at + 30)},JP,JP.sanctions,aligned,2,x"]  # outside 12 months
        events = pd.DataFrame([{"id": "1980-01-afghanistan-sanctions", "date": "1980-01", "rule": "JP.sanctions",
                                "option": "aligned", "key": "JP.sanctions=aligned", "month": at}])
        with tempfile.TemporaryDirectory() as d:
            t = nb.timing_against_history(decisions(rows, d), events, 4, within=12).iloc[0]
        self.assertEqual(t["share within 12 months"], 0.5)
        self.assertEqual(t["share ever"], 0.75)
        self.assertEqual(t["offset median"], 2.0)  # offsets +2, -2, +30
        self.assertEqual(t["nearest month (median)"], "1980-03")
        self.assertEqual(t["actor"], "JP")


class Consequences(unittest.TestCase):
    W0 = 2022 * 12 + 1  # 2022-02

    def runs(self):
        m = lambda k: nb.month_name(self.W0 + k)
        base = [f"0,{m(-60)},RU,RU.talks,suspended,0,x",       # talks already suspended in replication 0
                f"1,{m(-60)},RU,RU.talks,open,1,x",
                f"1,{m(0)},JP,JP.sanctions,aligned,2,x",
                f"1,{m(1)},RU,RU.talks,suspended,0,x",
                f"1,{m(1)},RU,RU.retaliate,retaliate,1,x",
                f"1,{m(2)},RU,RU.retaliate,retaliate,1,x",      # a repeated act
                f"2,{m(0)},JP,JP.sanctions,aligned,2,x",
                f"2,{m(3)},RU,RU.retaliate,retaliate,1,x",
                f"2,{m(5)},RU,RU.talks,suspended,0,x",
                f"3,{m(-100)},JP,JP.aid,large,3,x"]             # replication 3 signed before the window
        whatif = base[:2] + [f"1,{m(0)},JP,JP.sanctions,none,0,intervention", f"2,{m(0)},JP,JP.sanctions,none,0,intervention",
                             f"2,{m(5)},RU,RU.talks,suspended,0,x", base[-1]]
        return base, whatif

    def test_acts_levels_divergence_and_paired_counts(self):
        base_rows, whatif_rows = self.runs()
        with tempfile.TemporaryDirectory() as d:
            base = decisions(base_rows, Path(d) / "a")
            whatif = decisions(whatif_rows, Path(d) / "b")
            (Path(d) / "a" / "runs.csv").write_text("replication,seed,signed,date_signed,islands\n0,1,false,,\n"
                                                    "1,2,false,,\n2,3,false,,\n3,4,true,1960-01,2\n")
            runs = nb.read_runs(Path(d) / "a", "test")
        self.assertTrue(nb.is_act("RU.retaliate") and nb.is_act("treaty") and not nb.is_act("RU.talks"))
        self.assertEqual(nb.first_divergence(base, whatif), self.W0)
        self.assertIsNone(nb.first_divergence(base, base))
        live = nb.live_at(runs, self.W0)
        self.assertEqual(live, {0, 1, 2})
        self.assertEqual(nb.could_happen(base, "RU.talks=suspended", live, self.W0), {1, 2})
        t = nb.consequences(base, whatif, live, self.W0, self.W0 + 47).set_index("decision")
        talks = t.loc["RU.talks=suspended"]
        self.assertEqual((talks["kind"], talks["could happen in"], talks["in both"], talks["base only"], talks["what-if only"]),
                         ("level", 2, 1, 1, 0))
        self.assertEqual(talks["base"], 1.0)
        self.assertEqual(talks["what-if"], 0.5)
        retaliate = t.loc["RU.retaliate=retaliate"]
        self.assertEqual((retaliate["kind"], retaliate["could happen in"], retaliate["base only"]), ("act", 3, 2))
        self.assertAlmostEqual(retaliate["difference"], -2 / 3)
        self.assertEqual(t.index[0], "JP.sanctions=aligned")  # the largest |difference| (2 of 3) first; ties in key order
        self.assertEqual(t.loc["JP.sanctions=none", "what-if only"], 2)


class Gates(unittest.TestCase):
    def metrics(self, shares):
        return {g: pd.DataFrame({"mean": [s]}, index=[2000.0]) for (g, _, _), s in zip(nb.GATES, shares)}

    def test_shares_must_sum_to_one_and_scripted_has_none(self):
        ok = nb.gate_shares(self.metrics([0.5, 0.25, 0.25, 0, 0, 0, 0, 0]))
        self.assertEqual(list(ok.columns), [g for g, _, _ in nb.GATES])
        self.assertTrue(nb.gate_shares(self.metrics([0] * 8)).empty)
        self.assertTrue(nb.gate_shares({}).empty)
        with self.assertRaises(ValueError):
            nb.gate_shares(self.metrics([0.5, 0.25, 0.15, 0, 0, 0, 0, 0]))


class Scenarios(unittest.TestCase):
    def test_events_and_interventions_follow_extends(self):
        with tempfile.TemporaryDirectory() as d:
            d = Path(d)
            (d / "base.yaml").write_text(textwrap.dedent("""
                name: base
                span: {start: 1956-01, end: 2025-12}
                events:
                  - {id: a, date: 1956-08, title: A, direction: "-", decision: {rule: US.press, option: press}}
                  - {id: b, date: 1960-01, title: B, direction: "-"}
                  - {id: c, date: 1961-12, title: C, direction: "-", decision: {rule: RU.talks, option: suspended}}
                """))
            (d / "mid.yaml").write_text(textwrap.dedent("""
                name: mid
                extends: base.yaml
                remove_events: [b]
                modify_events: {c: {date: 1962-03}}
                interventions:
                  - {decision: JP.accept, force: accept, from: 1956-08, to: 1957-12, rationale: r1}
                """))
            (d / "top.yaml").write_text(textwrap.dedent("""
                name: top
                extends: mid.yaml
                events:
                  - {id: e, date: 2022-02, title: E, direction: "-"}
                interventions:
                  - {decision: JP.sanctions, forbid: aligned, rationale: r2}
                """))
            ev = nb.scenario_events(d / "top.yaml")
            self.assertEqual(list(ev["id"]), ["a", "c", "e"])
            self.assertEqual(ev.set_index("id").loc["c", "date"], "1962-03")
            self.assertEqual(list(nb.decision_events(d / "top.yaml")["key"]), ["US.press=press", "RU.talks=suspended"])
            iv = nb.interventions(d / "top.yaml")
            self.assertEqual(list(iv["rule"]), ["JP.accept", "JP.sanctions"])
            self.assertEqual(iv.iloc[1][["action", "from", "to"]].tolist(), ["forbid", "1956-01", "2025-12"])
            self.assertEqual(iv.iloc[1]["options"], ["aligned"])
            self.assertTrue(nb.interventions(d / "base.yaml").empty)


if __name__ == "__main__":
    unittest.main()
