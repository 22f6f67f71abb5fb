package org.treatysim.bench;

import org.treatysim.experiment.Replications;
import org.treatysim.experiment.Scenarios;
import org.treatysim.model.TreatyModel;
import org.treatysim.scenario.Scenario;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The before/after check of a speed change to the model: runs replications 0..N-1 (seed 7, parameter draws) of several
 * scenarios and theories and prints a SHA-256 of everything the model computed: every variable's value in every month
 * (its exact bits), every decision with its cause, and each replication's outcome. A change that only makes the model
 * faster must leave every digest as it was; run it before and after and compare (bench/model-digest.sh does).
 *   ModelDigest [REPLICATIONS] [SCENARIO...]
 */
public final class ModelDigest {
    private ModelDigest() {}

    public static void main(String[] args) throws NoSuchAlgorithmException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        List<String> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) files.add(args[i]);
        if (files.isEmpty()) files = List.of("scenarios/baseline.yaml", "scenarios/whatif-1956-two-islands.yaml",
                "scenarios/whatif-2014-deep-sanctions.yaml", "scenarios/whatif-china-backs-japan.yaml");
        for (String f : files) {
            Scenario s = Scenarios.load(Path.of(f));
            List<Scenario> variants = new ArrayList<>(List.of(s));
            if (f.endsWith("baseline.yaml")) {
                variants.add(s.withBargaining("nash"));
                variants.add(s.withBargaining("expected-utility"));
                variants.add(s.withAgents(Scenario.Agents.SCRIPTED).withBargaining("two-level"));
            }
            for (Scenario v : variants) {
                System.out.println(digest(v, n) + "  " + f + " (" + v.agents().name().toLowerCase(java.util.Locale.ROOT) + ", " + v.bargaining() + ")");
            }
        }
    }

    static String digest(Scenario s, int n) throws NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        ByteBuffer buf = ByteBuffer.allocate(8 * 1024);
        for (int rep = 0; rep < n; rep++) {
            TreatyModel m = Replications.model(s, 7, rep, true, (month, values) -> {
                buf.clear();
                buf.putInt(month);
                for (double x : values) buf.putLong(Double.doubleToRawLongBits(x));
                md.update(buf.array(), 0, buf.position());
            });
            m.setDecisionObserver((month, actor, rule, option, value, cause) -> {
                md.update((month + "|" + actor + "|" + rule + "|" + option + "|" + Double.doubleToRawLongBits(value) + "|" + cause + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            });
            Replications.runHeadless(m);
            md.update((rep + ":" + m.signedStep() + ":" + Double.doubleToRawLongBits(m.signedIslands()) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
