package org.treatysim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.scenario.Fixtures;
import org.treatysim.scenario.Metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompareCommandTest {
    @TempDir Path dir;

    private Path whatif() {
        Fixtures.base(dir);
        return Fixtures.write(dir, "later.yaml", """
                name: later
                title: "Talks open two years later"
                extends: base.yaml
                modify_events:
                  a-open: {date: 1992-06}
                """);
    }

    @Test void writesTheFourFilesWithTheDocumentedLayout() throws IOException {
        Path w = whatif();
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("compare", dir.resolve("base.yaml").toString(), w.toString(), "-n", "16", "-s", "5", "-t", "2",
                "--quiet", "-o", out.toString(), "--dates", "1991-12,1999-12");
        assertEquals(0, r.code(), r.err());
        for (String f : List.of("comparison.csv", "comparison.png", "comparison.svg", "summary.json", "manifest.json")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        List<String> lines = Files.readAllLines(out.resolve("comparison.csv"));
        assertEquals("scenario,date,metric,mean,p05,p95,diff,diff_ci_low,diff_ci_high", lines.get(0));
        assertEquals(1 + 2 * 120 * 2, lines.size(), "one row per scenario, month and metric");
        assertTrue(lines.get(1).startsWith("tiny,1990-01," + Metrics.HAZARD + ","), lines.get(1));
        assertTrue(lines.get(2).startsWith("tiny,1990-01,treaty.cumulative,0,"), lines.get(2));
        assertTrue(lines.subList(1, 241).stream().allMatch(l -> l.endsWith(",,,")), "the base has no difference columns");
        assertTrue(lines.get(241).startsWith("later,1990-01," + Metrics.HAZARD + ","), lines.get(241));
        assertTrue(lines.get(242).startsWith("later,1990-01,treaty.cumulative,0,"), lines.get(242));
        assertTrue(lines.get(242).endsWith(",0,0,0"), "no difference before anything diverges: " + lines.get(242));

        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals("tiny", s.get("base").asText());
        assertEquals("later", s.at("/whatifs/0").asText());
        assertEquals(16, s.get("replications").asInt());
        assertEquals("1991-12", s.at("/dates/0").asText());
        assertTrue(s.at("/scenarios/0/p_treaty_by/1999-12/p").isNumber());
        JsonNode d = s.at("/differences/0");
        assertEquals("later", d.get("whatif").asText());
        assertEquals("changed", d.at("/diverging_events/0/kind").asText());
        assertEquals("a-open", d.at("/diverging_events/0/id").asText());
        assertEquals("1992-06", d.at("/diverging_events/0/date").asText());
        assertTrue(d.at("/treaty_by/1999-12/ci95").size() == 2 && d.at("/treaty_by/1999-12/ci95_width_unpaired").isNumber());
        // Talks that open later cannot sign earlier: on common random numbers no replication signs by 1991-12 in the what-if only.
        assertTrue(d.at("/treaty_by/1991-12/diff").asDouble() <= 0, d.toString());

        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("compare", m.get("command").asText());
        assertEquals("later", m.at("/whatifs/0/scenario").asText());
        assertTrue(r.out().contains("results in " + out.toAbsolutePath().normalize()), r.out());
    }

    @Test void sameSeedGivesIdenticalBytesWhateverTheThreadCount() throws IOException {
        Path w = whatif();
        Path one = dir.resolve("one"), two = dir.resolve("two");
        String base = dir.resolve("base.yaml").toString();
        assertEquals(0, CliRunner.run("compare", base, w.toString(), "-n", "40", "-t", "1", "--quiet", "-o", one.toString()).code());
        assertEquals(0, CliRunner.run("compare", base, w.toString(), "-n", "40", "-t", "2", "--quiet", "-o", two.toString()).code());
        for (String f : List.of("comparison.csv", "summary.json", "comparison.svg")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
    }

    @Test void aBadWhatIfStopsBeforeAnythingRunsAndWritesNothing() {
        Fixtures.base(dir);
        Path bad = Fixtures.write(dir, "bad.yaml", "name: bad\nextends: base.yaml\nremove_events: [no-such-event]\n");
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("compare", dir.resolve("base.yaml").toString(), bad.toString(), "-n", "8", "--quiet", "-o", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(bad.toAbsolutePath() + ":3:17: error: remove_events names 'no-such-event'"), r.err());
        assertFalse(Files.exists(out), "nothing written");
        assertEquals(List.of("bad.yaml", "base.yaml"), list(dir), "no staging directory left behind");
    }

    @Test void cyclicExtendsInAWhatIfExits2AndWritesNothing() {
        Fixtures.base(dir);
        Fixtures.write(dir, "y.yaml", "name: y\nextends: x.yaml\n");
        Path x = Fixtures.write(dir, "x.yaml", "name: x\nextends: y.yaml\n");
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("compare", dir.resolve("base.yaml").toString(), x.toString(), "-n", "8", "--quiet", "-o", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("y.yaml:2:10: error: cyclic extends: x.yaml -> y.yaml -> x.yaml"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test void existingResultsAreNotReplacedWithoutForce() throws IOException {
        Path w = whatif();
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("mine.txt"), "keep me");
        CliRunner r = CliRunner.run("compare", dir.resolve("base.yaml").toString(), w.toString(), "-n", "8", "--quiet", "-o", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("holds files TreatySim did not write: mine.txt"), r.err());
        assertFalse(r.err().contains("--force"), "--force would not replace it either, so it is not suggested: " + r.err());
        assertEquals(List.of("mine.txt"), list(out));
    }

    @Test void badDatesAndDuplicateNamesAreUsageErrors() {
        Path w = whatif();
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("compare", dir.resolve("base.yaml").toString(), w.toString(), "-n", "8", "--quiet", "-o", out.toString(), "--dates", "1991-13");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--dates: '1991-13' is not a month"), r.err());
        r = CliRunner.run("compare", dir.resolve("base.yaml").toString(), w.toString(), w.toString(), "-n", "8", "--quiet", "-o", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("two scenarios are named 'later'"), r.err());
        assertFalse(Files.exists(out));
    }

    private static List<String> list(Path d) {
        try (var s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
