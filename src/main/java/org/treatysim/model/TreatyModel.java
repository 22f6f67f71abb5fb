package org.treatysim.model;

import org.treatysim.scenario.Country;
import org.treatysim.scenario.Event;
import org.treatysim.scenario.ParameterValues;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.Var;
import sim.engine.Schedule;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;

import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The TreatySim model: a MASON {@link SimState} stepping monthly over a scenario's span. Four state agents
 * (Japan, the USSR/Russia, the United States, China) and the Japan-Russia dyad act on each other; a negotiation
 * step turns their state into a monthly treaty hazard. One schedule entry runs the phases of a month in order:
 * events, agents, negotiation, record.
 *
 * <p>The model is built from an immutable scenario, one set of parameter values and a seed. {@code start()}
 * rebuilds the state from those and never changes a parameter; randomness comes only from {@code random}.
 * It imports nothing from output, CLI or GUI code.
 */
public class TreatyModel extends SimState {
    private static final long serialVersionUID = 1L;
    private static final int TICKER = 6;

    private final Scenario scenario;
    private final ModelParams params;
    private final MonthObserver observer;
    private final double[] snapshot = new double[Var.COUNT];
    private final double[] rates = new double[P.COUNT];
    private final Deque<Event> recent = new ArrayDeque<>();
    private World world;
    private EventPhase events;
    private Negotiation negotiation;
    private Stoppable stopper;
    private Steppable[] phases;
    private int month;
    private int signedStep;
    private double signedIslands;

    public TreatyModel(long seed, Scenario scenario, ParameterValues values, MonthObserver observer) {
        super(seed);
        this.scenario = scenario;
        this.params = new ModelParams(values);
        this.observer = observer;
        parametersChanged();
    }

    @Override public void start() {
        super.start();
        world = new World(params);
        month = 0;
        signedStep = -1;
        signedIslands = Double.NaN;
        recent.clear();
        events = new EventPhase(scenario.events(), scenario);
        negotiation = new Negotiation(BargainingTheories.create(scenario.bargaining()));
        final int months = scenario.months();
        Steppable record = s -> {
            world.snapshot(snapshot);
            if (observer != null) observer.endOfMonth(month, snapshot);
            month++;
            if (month >= months && stopper != null) stopper.stop();
        };
        phases = new Steppable[] {events, new UnitedStates(), new China(), new Japan(), new Russia(), new Relations(), negotiation, record};
        Sequence monthSteps = new Sequence(phases.clone());
        stopper = schedule.scheduleRepeating(Schedule.EPOCH, 0, monthSteps, 1.0);
    }

    /** Runs the whole span headless; returns this model for chaining. */
    public TreatyModel runToEnd() {
        start();
        while (month < scenario.months() && schedule.step(this)) { /* one month per step */ }
        finish();
        return this;
    }

    /**
     * Runs the whole span by calling the month's phases in order in a plain loop, bypassing MASON's schedule.
     * Gives the same results as {@link #runToEnd()}; the benchmark uses it as the floor for the scheduler's cost.
     */
    public TreatyModel runPhasesDirectly() {
        start();
        final int months = scenario.months();
        final Steppable[] ph = phases;
        while (month < months) {
            for (Steppable p : ph) p.step(this);
        }
        finish();
        return this;
    }

    // ---- used by the phases ----
    World world() { return world; }
    public ModelParams params() { return params; }
    /** Monthly relaxation rate of a half-life parameter (cached; see {@link #parametersChanged()}). */
    double rate(P p) { return rates[p.ordinal()]; }

    private static final P[] HALF_LIVES = {P.LEADER_HALFLIFE, P.POSITION_HALFLIFE, P.EXO_HALFLIFE, P.PUBLIC_HALFLIFE,
            P.JP_THREAT_HALFLIFE, P.AFFINITY_HALFLIFE};

    void sign(double islands) {
        signedStep = month;
        signedIslands = islands;
    }

    void noteEvent(Event e) {
        recent.addFirst(e);
        while (recent.size() > TICKER) recent.removeLast();
    }

    /** Refreshes cached rates after a parameter changed between steps (the GUI's inspector). */
    public void parametersChanged() {
        for (P p : HALF_LIVES) rates[p.ordinal()] = Rates.perMonth(params.get(p));
    }

    // ---- read-only views for experiments and the GUI ----
    public Scenario scenario() { return scenario; }
    public World state() { return world; }
    /** Months completed so far (the index of the month about to run). */
    public int month() { return month; }
    public YearMonth currentMonth() { return scenario.monthAt(Math.min(month, scenario.months() - 1)); }
    /** Step at which a treaty was signed, or -1. */
    public int signedStep() { return signedStep; }
    public double signedIslands() { return signedIslands; }
    public Deque<Event> recentEvents() { return recent; }
    public String leader(Country c) { return world == null ? "" : world.leader(c); }
}
