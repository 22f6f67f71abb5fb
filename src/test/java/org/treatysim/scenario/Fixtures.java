package org.treatysim.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small scenario files for tests, written into a temporary directory. */
public final class Fixtures {
    private Fixtures() {}

    /** The repository's parameter file (tests run in the project directory). */
    public static Path parameters() {
        return Path.of("scenarios", "parameters.yaml").toAbsolutePath();
    }

    /**
     * A three-event base: talks open 1990-06, a cap 1992-01 (ratchet cap-1), the cap lifted 1995-01; span 1990-01 to
     * 1999-12. Its events script what the agent model leaves to decisions, so it runs the scripted model
     * ({@code agents: scripted}): these tests are about inheritance and files, not about who decides.
     */
    public static Path base(Path dir) {
        return write(dir, "base.yaml", """
                schema: treatysim/scenario-1
                name: tiny
                title: "A tiny base"
                description: "The base of the inheritance tests."
                span: {start: 1990-01, end: 1999-12}
                agents: scripted
                parameters_file: %s
                events:
                  - id: a-open
                    date: 1990-06
                    actors: [SU, JP]
                    title: "Talks open"
                    direction: "+"
                    source: "test"
                    effects:
                      - {op: channel, open: true}
                  - id: b-cap
                    date: 1992-01
                    actors: [RU]
                    title: "A cap"
                    direction: "-"
                    source: "test"
                    effects:
                      - {op: ratchet, id: cap-1, var: RU.max_offer, bound: 1}
                  - id: c-lift
                    date: 1995-01
                    actors: [RU]
                    title: "Cap lifted"
                    direction: "+"
                    source: "test"
                    effects:
                      - {op: lift_ratchet, id: cap-1}
                """.formatted(parameters().toString().replace("\\", "/")));
    }

    public static Path write(Path dir, String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.writeString(p, text);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ScenarioLoader loader() {
        return new ScenarioLoader(List.of("two-level"));
    }
}
