package org.treatysim.analysis.facts;

/**
 * One stylized fact: what history shows, where it is documented, how a replay is tested against it.
 *
 * @param role {@code fit} (a target calibration may fit) or {@code validate} (a documented series kept out of every
 *             fit, to test the model on data it has not seen)
 */
public record Fact(String id, String statement, String sources, double weight, FactTest test, String role) {
    public Fact(String id, String statement, String sources, double weight, FactTest test) {
        this(id, statement, sources, weight, test, "fit");
    }

    public boolean validateOnly() { return role.equals("validate"); }

    /** Whether the fact reads only the treaty's hazard and cumulative (every null model can be scored on it). */
    public boolean treatyOnlyTest() { return test.treatyOnly(); }
}
