package org.treatysim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.TestSupport.CliResult;
import org.treatysim.TestSupport;
import org.treatysim.output.RunSummary;
import org.treatysim.scenario.Metrics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The `run` command end to end: files, formats, determinism, refusal to overwrite, bad input. */
class RunCommandTest {
    @TempDir Path tmp;

    @Test void writesEveryFileWithTheDocumentedFormats() throws Exception {
        Path out = tmp.resolve("base");
        CliResult r = TestSupport.cli("run", "-n", "50", "-s", "7", "-t", "2", "--quiet", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        for (String f : List.of("trajectory.csv", "runs.csv", "decisions.csv", "summary.json", "manifest.json", "treaty-likelihood.png",
                "treaty-likelihood.svg", "blocking.png", "blocking.svg")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        List<String> traj = Files.readAllLines(out.resolve("trajectory.csv"));
        assertEquals("scenario,date,metric,mean,p05,p25,p50,p75,p95", traj.get(0));
        long metrics = traj.stream().skip(1).filter(l -> l.contains(",1956-01,")).count();
        assertEquals(1 + 840 * metrics, traj.size(), "one row per month and metric");
        String all = String.join("\n", traj);
        for (String m : List.of(Metrics.HAZARD, Metrics.CUMULATIVE, "JP.favourability_RU", "RU.support_transfer",
                "JP.min_accept", "RU.max_offer", "JP_RU.trade_usd_bn", "US.alliance_JP", "CN.alignment_RU", "JP_RU.channel_open")) {
            assertTrue(all.contains(",1990-06," + m + ","), m);
        }
        assertTrue(traj.get(traj.size() - 1).startsWith("baseline,2025-12,"));

        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals("replication,seed,signed,date_signed,islands", runs.get(0));
        assertEquals(51, runs.size());
        for (String row : runs.subList(1, runs.size())) {
            String[] c = row.split(",", -1);
            assertEquals(5, c.length, row);
            if (c[2].equals("true")) { assertTrue(c[3].matches("\\d{4}-\\d{2}")); assertTrue(Double.parseDouble(c[4]) >= 0 && Double.parseDouble(c[4]) <= 4); }
            else { assertEquals("false", c[2]); assertEquals("", c[3]); assertEquals("", c[4]); }
        }

        ObjectMapper om = new ObjectMapper();
        JsonNode sum = om.readTree(out.resolve("summary.json").toFile());
        assertEquals("baseline", sum.get("scenario").asText());
        assertEquals(50, sum.get("replications").asInt());
        long signed = runs.stream().skip(1).filter(l -> l.split(",")[2].equals("true")).count();
        assertEquals(signed / 50.0, sum.get("p_treaty_by_end").asDouble(), 1e-9);
        assertTrue(sum.get("windows").size() >= 3);
        // summary.json is a typed record: read back (as the web's page does) and written again, it is the same bytes
        byte[] file = Files.readAllBytes(out.resolve("summary.json"));
        RunSummary typed = RunSummary.read(file);
        assertEquals(signed, typed.signed());
        assertFalse(typed.decisions().isEmpty(), "the agent model's decisions are listed");
        assertArrayEquals(file, org.treatysim.io.Json.MAPPER.writeValueAsBytes(typed));

        JsonNode man = om.readTree(out.resolve("manifest.json").toFile());
        assertEquals(7, man.get("seed").asLong());
        assertEquals(50, man.get("replications").asInt());
        assertEquals(2, man.get("threads").asInt());
        assertTrue(man.get("sha256").size() >= 2);
        assertTrue(man.get("parameters").size() > 40);
        assertFalse(man.get("git_commit").asText().isEmpty());
    }

    @Test void sameSeedGivesIdenticalBytesWithOneOrTwoThreads() throws Exception {
        Path a = tmp.resolve("t1"), b = tmp.resolve("t2");
        assertEquals(0, TestSupport.cli("run", "-n", "40", "-s", "3", "-t", "1", "--quiet", "-o", a.toString()).exit());
        assertEquals(0, TestSupport.cli("run", "-n", "40", "-s", "3", "-t", "2", "--quiet", "-o", b.toString()).exit());
        for (String f : List.of("trajectory.csv", "runs.csv", "decisions.csv", "summary.json", "treaty-likelihood.svg", "blocking.svg")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        Path c = tmp.resolve("seed4");
        assertEquals(0, TestSupport.cli("run", "-n", "40", "-s", "4", "-t", "2", "--quiet", "-o", c.toString()).exit());
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve("runs.csv")), Files.readAllBytes(c.resolve("runs.csv"))), "another seed, other runs");
    }

    @Test void refusesToOverwriteResultsUnlessForced() throws Exception {
        Path out = tmp.resolve("keep");
        Files.createDirectories(out);
        Files.writeString(out.resolve("mine.txt"), "precious");
        CliResult r = TestSupport.cli("run", "-n", "5", "--quiet", "-o", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("holds files TreatySim did not write: mine.txt"), r.err());
        CliResult notResults = TestSupport.cli("run", "-n", "5", "--quiet", "--force", "-o", out.toString());
        assertEquals(2, notResults.exit(), "--force never replaces a directory that holds no TreatySim results");
        assertEquals("precious", Files.readString(out.resolve("mine.txt")));

        Path res = tmp.resolve("res");
        assertEquals(0, TestSupport.cli("run", "-n", "5", "-s", "1", "--quiet", "-o", res.toString()).exit());
        byte[] before = Files.readAllBytes(res.resolve("runs.csv"));
        CliResult again = TestSupport.cli("run", "-n", "5", "-s", "2", "--quiet", "-o", res.toString());
        assertEquals(2, again.exit());
        assertArrayEquals(before, Files.readAllBytes(res.resolve("runs.csv")), "refused runs leave results untouched");
        CliResult f = TestSupport.cli("run", "-n", "5", "-s", "2", "--quiet", "--force", "-o", res.toString());
        assertEquals(0, f.exit(), f.err());
        assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(res.resolve("runs.csv"))), "--force replaced them");
        try (var s = Files.list(tmp)) {
            assertEquals(List.of("keep", "res"), s.map(p -> p.getFileName().toString()).sorted().toList(), "no staging leftovers");
        }
    }

    @Test void aMissingScenarioIsOneClearErrorAndWritesNothing() {
        Path out = tmp.resolve("none");
        CliResult r = TestSupport.cli("run", tmp.resolve("nope.yaml").toString(), "-n", "5", "--quiet", "-o", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("nope.yaml") && r.err().contains("file not found"), r.err());
        assertEquals(1, r.err().strip().lines().filter(l -> l.contains("error")).count(), r.err());
        assertFalse(Files.exists(out));
    }

    @Test void malformedYamlReportsLineAndColumn() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "name: x\nspan: {start: 1956-01, end: 2025-12\nevents: []\n");
        Path out = tmp.resolve("o");
        CliResult r = TestSupport.cli("run", bad.toString(), "-n", "5", "--quiet", "-o", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().matches("(?s).*bad\\.yaml:3:\\d+: error: not valid YAML/JSON.*"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(out));
    }

    @Test void anUnknownFieldIsPinpointedWithAHint() throws Exception {
        Path bad = tmp.resolve("typo.yaml");
        Files.writeString(bad, String.join("\n",
                "name: typo",
                "span: {start: 1956-01, end: 1960-12}",
                "parameters_file: " + Path.of("scenarios/parameters.yaml").toAbsolutePath(),
                "events:",
                "  - id: a",
                "    date: 1956-10",
                "    actors: [SU, JP]",
                "    title: t",
                "    direction: '+'",
                "    source: '000'",
                "    efects: []", ""));
        CliResult r = TestSupport.cli("run", bad.toString(), "-n", "5", "--quiet", "-o", tmp.resolve("o").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("typo.yaml:11:5: error: unknown field 'efects'"), r.err());
        assertTrue(r.err().contains("did you mean 'effects'?"), r.err());
    }

    @Test void absurdReplicationCountsAreRefused() {
        CliResult r = TestSupport.cli("run", "-n", "0", "--quiet", "-o", tmp.resolve("z").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--replications must be between 1"), r.err());
        CliResult big = TestSupport.cli("run", "-n", "1000000000000", "--quiet", "-o", tmp.resolve("z").toString());
        assertEquals(2, big.exit());
    }

    @Test void everyCommandHasHelp() {
        CliResult r = TestSupport.cli("run", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("--replications") && r.out().contains("--seed") && r.out().contains("--threads") && r.out().contains("--out"));
        assertEquals(0, TestSupport.cli("--help").exit());
    }
}
