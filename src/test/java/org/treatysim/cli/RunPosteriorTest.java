package org.treatysim.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.TestSupport;
import org.treatysim.experiment.ParameterDraw;
import org.treatysim.experiment.Replications;
import org.treatysim.experiment.Seeds;
import org.treatysim.io.ScenarioException;
import org.treatysim.scenario.ParameterValues;
import org.treatysim.scenario.Posterior;
import org.treatysim.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `run --posterior FILE`: each replication takes one particle of a weighted sample, picked by weight from its own
 * stream; the other parameters are drawn as before; the run is byte-identical on 1 or 2 threads, its manifest records
 * the sample, `reproduce` re-runs it and refuses an edited sample; a bad sample is refused at its line:column.
 */
class RunPosteriorTest {
    static final String A = "jp_ru.round.base", B = "jp.aid.base";
    @TempDir static Path tmp;
    static Path sample;
    static Scenario base;

    @BeforeAll static void write() throws IOException {
        base = TestSupport.baseline();
        sample = tmp.resolve("posterior.csv");
        // particle 0 has no weight and must never be picked; particle 2 is three times as likely as particle 1
        Files.writeString(sample, "particle,weight,distance," + A + "," + B + "\n"
                + "0,0,0.1,-4.9,0.9\n"
                + "1,0.25,0.2,-0.2,0.05\n"
                + "2,0.75,0.3,-3.5,0.15\n");
    }

    @Test void picksFollowTheCumulativeWeights() {
        Posterior p = Posterior.load(sample, base.parameters());
        assertEquals(List.of(A, B), p.names());
        assertEquals(3, p.size());
        assertEquals(1, p.pick(0.0), "a particle of weight 0 is never picked");
        assertEquals(1, p.pick(0.2499));
        assertEquals(2, p.pick(0.25));
        assertEquals(2, p.pick(0.999999));
    }

    @Test void eachReplicationTakesOneParticleAndKeepsTheOtherDraws() {
        Scenario s = base.withPosterior(Posterior.load(sample, base.parameters()));
        int second = 0, n = 2000;
        for (int rep = 0; rep < n; rep++) {
            ParameterValues v = Replications.values(s, 7, rep, true);
            ParameterDraw plain = ParameterDraw.draw(base.parameters(), Seeds.parameterSeed(7, rep));
            double a = v.get(A), b = v.get(B);
            boolean one = a == -0.2 && b == 0.05, two = a == -3.5 && b == 0.15;
            assertTrue(one || two, "replication " + rep + " mixes particles or takes particle 0: " + a + ", " + b);
            if (two) second++;
            assertEquals(plain.get("jp.aid.tolerance"), v.get("jp.aid.tolerance"), "parameters outside the sample keep their draw");
        }
        assertTrue(Math.abs(second / (double) n - 0.75) < 0.03, "particle 2 picked in " + second + " of " + n);
    }

    @Test void theRunIsReproducibleRecordedAndChangesTheBands() throws IOException {
        Path one = tmp.resolve("one"), two = tmp.resolve("two"), plain = tmp.resolve("plain");
        assertEquals(0, CliRunner.run("run", "-n", "60", "-s", "3", "-t", "1", "--posterior", sample.toString(), "-o", one.toString(), "--quiet").code());
        assertEquals(0, CliRunner.run("run", "-n", "60", "-s", "3", "-t", "2", "--posterior", sample.toString(), "-o", two.toString(), "--quiet").code());
        assertEquals(0, CliRunner.run("run", "-n", "60", "-s", "3", "-t", "2", "-o", plain.toString(), "--quiet").code());
        for (String f : List.of("trajectory.csv", "runs.csv", "decisions.csv", "summary.json")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f + " depends on the thread count");
        }
        assertNotEquals(Files.readString(plain.resolve("trajectory.csv")), Files.readString(one.resolve("trajectory.csv")),
                "round propensities of -0.2 and -3.5 logit must change the replay");
        String manifest = Files.readString(one.resolve("manifest.json"));
        assertTrue(manifest.contains("\"posterior\"") && manifest.contains("\"particles\" : 3") && manifest.contains(sample.toAbsolutePath().normalize().toString()),
                manifest.substring(0, Math.min(manifest.length(), 600)));

        CliRunner r = CliRunner.run("reproduce", one.resolve("manifest.json").toString(), "-t", "2");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("reproduced: all"), r.out());

        Path edited = tmp.resolve("edited.csv");
        Files.copy(sample, edited);
        Path three = tmp.resolve("three");
        assertEquals(0, CliRunner.run("run", "-n", "20", "-s", "3", "--posterior", edited.toString(), "-o", three.toString(), "--quiet").code());
        Files.writeString(edited, Files.readString(edited).replace("-3.5", "-3.4"));
        CliRunner changed = CliRunner.run("reproduce", three.resolve("manifest.json").toString());
        assertEquals(2, changed.code(), changed.out() + changed.err());
        assertTrue(changed.err().contains("edited.csv"), changed.err());
    }

    static ScenarioException refused(String text) throws IOException {
        Path f = tmp.resolve("bad-" + Integer.toHexString(text.hashCode()) + ".csv");
        Files.writeString(f, text);
        return assertThrows(ScenarioException.class, () -> Posterior.load(f, base.parameters()));
    }

    @Test void aBadSampleIsRefusedWhereItIsWrong() throws IOException {
        ScenarioException e = refused("particle,weight,distance,jp_ru.round.bse\n0,1,0,-1\n");
        assertEquals(1, e.line());
        assertEquals(26, e.column());
        assertTrue(e.hint().contains("did you mean '" + A + "'"), e.getMessage());

        e = refused("particle,weight,distance," + A + "\n0,1,0,-1\n1,-0.5,0,-1\n");
        assertEquals(3, e.line());
        assertEquals(3, e.column());
        assertTrue(e.problem().contains("negative"), e.getMessage());

        e = refused("particle,weight,distance,jp.aid.tolerance\n0,1,0,-2\n");
        assertEquals(2, e.line());
        assertTrue(e.problem().contains("physical bounds"), e.getMessage());

        e = refused("particle,weight,distance," + A + "\n0,0,0,-1\n");
        assertTrue(e.problem().contains("sum to 0"), e.getMessage());

        e = refused("particle,weight,distance," + A + "\n0,1,0,NaN\n");
        assertEquals(2, e.line());
        assertEquals(7, e.column());

        e = refused("weight,particle,distance," + A + "\n");
        assertEquals(1, e.line());
        assertFalse(e.hint().isEmpty());

        CliRunner r = CliRunner.run("run", "-n", "5", "--posterior", tmp.resolve("missing.csv").toString(), "-o", tmp.resolve("never").toString(), "--quiet");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("missing.csv") && r.err().contains("file not found"), r.err());
        assertFalse(Files.exists(tmp.resolve("never")), "nothing written for a refused sample");
    }
}
