package org.treatysim.model.decision;

import org.treatysim.model.DecisionObserver;
import org.treatysim.model.ModelParams;
import org.treatysim.model.TreatyModel;
import org.treatysim.model.World;
import org.treatysim.scenario.Country;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One decision of one agent, taken every month from the state as a discrete choice (a logit, or quantal response:
 * McKelvey and Palfrey 1995): each option has a utility built from the state, the option in force has an advantage
 * (inertia, the cost of changing course), and the agent chooses option k with probability
 * {@code exp(u_k) / sum_j exp(u_j)}. Exactly one uniform is drawn per rule per month whatever happens, so scenarios
 * that differ stay on common random numbers.
 *
 * <p>A rule declares its coefficients with {@link #coef(String)}; they are named {@code <rule id in lower case>.<name>}
 * and live in the parameter file with value, unit, range and source. To add a decision: one subclass, and one line
 * in {@link Decisions}.
 */
public abstract class DecisionRule {
    private final String id;
    private final Country actor;
    private final String summary;
    private final String[] options;
    private final List<Coef> coefs = new ArrayList<>();
    protected ModelParams params;
    /** Reused by the hot path. */
    protected final Terms terms = new Terms();
    /** The option in force when the month's decision is being taken (set by {@link #decide} before {@link #utilities}). */
    protected int inForce;
    private final double[] u;
    /** Interventions by month: the option forced (-1 none) and the options forbidden (bit k = option k); null if none. */
    private int[] forcedAt;
    private long[] forbiddenAt;

    protected DecisionRule(String id, Country actor, String summary, String... options) {
        this.id = id;
        this.actor = actor;
        this.summary = summary;
        this.options = options.clone();
        this.u = new double[options.length];
    }

    /**
     * Applies a what-if's intervention over months {@code from..to} (step indices, inclusive): force option
     * {@code forced}, or forbid the options whose bits are set in {@code forbidden}. A later call overrides an
     * earlier one where their windows overlap.
     */
    public final void intervene(int months, int from, int to, int forced, long forbidden) {
        if (forcedAt == null) {
            forcedAt = new int[months];
            java.util.Arrays.fill(forcedAt, -1);
            forbiddenAt = new long[months];
        }
        for (int t = Math.max(0, from); t <= Math.min(months - 1, to); t++) {
            forcedAt[t] = forced;
            forbiddenAt[t] = forced >= 0 ? 0 : forbidden;
        }
    }

    /** Whether option {@code k} is forced in month {@code t} (by an intervention). */
    public final boolean forced(int t, int k) { return forcedAt != null && forcedAt[t] == k; }

    /** Whether option {@code k} is forbidden in month {@code t} (by an intervention). */
    public final boolean forbidden(int t, int k) { return forbiddenAt != null && (forbiddenAt[t] & (1L << k)) != 0; }

    /**
     * Takes the month's decision with one uniform {@code r} (none once a treaty settles the dispute, see
     * {@link #settledByTreaty}): the option forced by an intervention, else a draw from the
     * logit over the options not forbidden. A change of option (or a one-off act) is carried out and reported to the
     * model's decision observer with its cause. Returns the option chosen.
     */
    public final int decide(TreatyModel m, World w, double r) {
        int cur = current(w);
        if (m.signedStep() >= 0 && settledByTreaty()) return cur; // the dispute is settled: nothing left to decide
        int t = w.month();
        int chosen;
        long forbid = 0;
        int forced = forcedAt == null ? -1 : forcedAt[t];
        if (forced >= 0 && !available(w, forced)) forced = -1; // forced, but not possible this month: the rule decides
        if (forced >= 0) {
            chosen = forced;
        } else {
            terms.reset();
            inForce = cur;
            utilities(m, w, u);
            forbid = forbiddenAt == null ? 0 : forbiddenAt[t];
            double inert = inertia(), max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < u.length; k++) {
                if ((forbid & (1L << k)) != 0) u[k] = Double.NEGATIVE_INFINITY;
                else if (k != cur) u[k] -= inert;
                if (u[k] > max) max = u[k];
            }
            if (max == Double.NEGATIVE_INFINITY) {
                chosen = fallback(cur, forbid);
            } else {
                double sum = 0;
                for (int k = 0; k < u.length; k++) {
                    // exp(0) is exactly 1: the option at the maximum needs no call
                    u[k] = u[k] == Double.NEGATIVE_INFINITY ? 0 : u[k] == max ? 1.0 : Math.exp(u[k] - max);
                    sum += u[k];
                }
                double x = r * sum;
                chosen = u.length - 1;
                for (int k = 0; k < u.length; k++) {
                    x -= u[k];
                    if (x < 0) { chosen = k; break; }
                }
                while (u[chosen] == 0 && chosen > 0) chosen--; // r at the very top of the last zero-width slot
            }
        }
        if (chosen != cur || (isAct() && chosen != 0)) {
            DecisionObserver o = m.decisionObserver();
            // The cause is put into words only for an observer, and before apply() changes the state its terms came from.
            String cause = o == null || !o.wantsCauses() ? null : cause(forced, forbid, cur, chosen);
            apply(m, w, cur, chosen);
            if (o != null) o.decided(t, actor, id, isAct() ? null : option(cur), option(chosen), value(chosen), cause);
        }
        return chosen;
    }

    /** What drove a reported decision: the intervention, or the term of the month's utilities that pushed hardest its way. */
    private String cause(int forced, long forbid, int cur, int chosen) {
        if (forced >= 0) return "intervention: forced";
        if (forbid != 0 && (forbid & (1L << cur)) != 0 && chosen != cur) return "intervention: " + option(cur) + " forbidden";
        return terms.cause(direction(cur, chosen));
    }

    /** With every option of the logit ruled out (forbidden or unreachable): stay if allowed, else the nearest allowed. */
    private int fallback(int cur, long forbid) {
        if ((forbid & (1L << cur)) == 0) return cur;
        for (int d = 1; d < u.length; d++) {
            if (cur - d >= 0 && (forbid & (1L << (cur - d))) == 0) return cur - d;
            if (cur + d < u.length && (forbid & (1L << (cur + d))) == 0) return cur + d;
        }
        return cur;
    }

    /**
     * True (the default) for a decision about the dispute itself, which a signed treaty settles: from the month after
     * the treaty it stays as it is. Decisions that outlive the dispute (sanctions, China's alignment) return false.
     * The month's uniform is drawn either way, so common random numbers stay aligned.
     */
    protected boolean settledByTreaty() { return true; }

    /**
     * Whether option {@code k} can be taken at all this month (default: always). A round cannot be held while the talks
     * are suspended, so an intervention forcing one then has no effect.
     */
    protected boolean available(World w, int k) { return true; }

    /** True for a one-off act (option 0 is not acting; acting does not persist). */
    protected boolean isAct() { return false; }

    /**
     * The sentence for a move from option {@code from} to option {@code to}: by default {@link #sentence(int)} of the
     * new option; rules whose middle options read differently going up and coming down (sanctions eased or tightened)
     * override it.
     */
    public String sentence(int from, int to) { return sentence(to); }

    public final String id() { return id; }
    public final Country actor() { return actor; }
    public final String summary() { return summary; }
    public final List<String> options() { return List.of(options); }
    public final String option(int k) { return options[k]; }
    public final int optionCount() { return options.length; }

    public final int optionIndex(String name) {
        for (int k = 0; k < options.length; k++) if (options[k].equals(name)) return k;
        return -1;
    }

    /** The parameters this rule reads, in declaration order. */
    public final List<String> parameters() {
        List<String> out = new ArrayList<>();
        for (Coef c : coefs) out.add(c.name);
        return Collections.unmodifiableList(out);
    }

    /** Declares a coefficient {@code <id lower-case>.<name>}. */
    protected final Coef coef(String name) {
        Coef c = new Coef(id.toLowerCase(Locale.ROOT) + "." + name);
        coefs.add(c);
        return c;
    }

    /** Binds the coefficients to a run's parameter values (once per model). */
    public final void bind(ModelParams p) {
        this.params = p;
        for (Coef c : coefs) c.index = p.index(c.name);
    }

    /** The option in force (for a one-off act, the option of not acting). */
    public abstract int current(World w);

    /**
     * Fills {@code u} (length {@link #optionCount()}) with each option's utility before inertia; options the rule
     * cannot take this month get {@code Double.NEGATIVE_INFINITY}. Adds the state terms that drive it to
     * {@link #terms} (already reset), so a decision can name its cause.
     */
    protected abstract void utilities(TreatyModel m, World w, double[] u);

    /** The advantage of the option in force, in utility units (0 for one-off acts). */
    protected abstract double inertia();

    /** Direction of a change from option {@code from} to {@code to} along the rule's terms (+1 or -1). */
    protected int direction(int from, int to) { return to > from ? 1 : -1; }

    /** Carries out a change from option {@code from} to option {@code to} (or the act, for one-off rules). */
    protected abstract void apply(TreatyModel m, World w, int from, int to);

    /** The value of option {@code k} in the rule's units, for decisions.csv. */
    public abstract double value(int k);

    /** What the decision means for a reader, e.g. "Japan joins the G7 sanctions". */
    public abstract String sentence(int k);

    /** A coefficient of the rule, read from the run's parameter values. */
    protected final class Coef {
        final String name;
        int index = -1;

        Coef(String name) { this.name = name; }

        public double value() { return params.value(index); }
    }

    protected static double sigmoid(double z) { return 1.0 / (1.0 + Math.exp(-z)); }
}
