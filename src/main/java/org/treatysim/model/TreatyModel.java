package org.treatysim.model;

import org.treatysim.model.agents.China;
import org.treatysim.model.agents.Japan;
import org.treatysim.model.agents.Russia;
import org.treatysim.model.agents.UnitedStates;
import org.treatysim.model.decision.Acceptance;
import org.treatysim.model.decision.DecisionRule;
import org.treatysim.model.decision.Decisions;
import org.treatysim.model.decision.Round;
import org.treatysim.model.decision.UsPress;
import org.treatysim.model.negotiation.BargainingTheories;
import org.treatysim.model.negotiation.BargainingTheory;
import org.treatysim.model.negotiation.Protocol;
import org.treatysim.model.scripted.ScriptedChina;
import org.treatysim.model.scripted.ScriptedJapan;
import org.treatysim.model.scripted.ScriptedNegotiation;
import org.treatysim.model.scripted.ScriptedRussia;
import org.treatysim.model.scripted.ScriptedUnitedStates;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.Event;
import org.treatysim.scenario.Intervention;
import org.treatysim.scenario.ParameterValues;
import org.treatysim.scenario.Scenario;
import org.treatysim.scenario.Var;
import sim.engine.Schedule;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The TreatySim model: a MASON {@link SimState} stepping monthly over a scenario's span. Four state agents (Japan, the
 * USSR/Russia, the United States, China) and the Japan-Russia dyad act on each other; one schedule entry runs the
 * phases of a month in order: shocks (dated events), the United States, China, Japan, Russia, relations, the
 * negotiation, record.
 *
 * <p>Two kinds of agents, chosen by the scenario ({@code agents:}):
 * <ul>
 *   <li><b>decide</b> (the default): only shocks are dated; each agent takes its decisions every month from the
 *       state ({@link org.treatysim.model.decision}), what-if interventions force or forbid them, and the treaty comes
 *       out of offers under private information ({@link Protocol});</li>
 *   <li><b>scripted</b>: v0.1's event-driven replay, kept as the null model the agents must beat.</li>
 * </ul>
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
    private final List<DecisionRule> rules;
    private DecisionObserver decisionObserver;
    private final double[] snapshot = new double[Var.COUNT];
    private final double[] rates = new double[Coefficient.COUNT];
    private final Deque<Event> recent = new ArrayDeque<>();
    private World world;
    private EventPhase events;
    private Protocol protocol;
    private Stoppable stopper;
    private Steppable[] phases;
    private int month;
    private int signedStep;
    private double signedIslands;

    public TreatyModel(long seed, Scenario scenario, ParameterValues values, MonthObserver observer) {
        super(seed);
        this.scenario = scenario;
        this.params = new ModelParams(scenario.parameters(), values);
        this.observer = observer;
        if (scenario.agents() == Scenario.Agents.DECIDE) {
            rules = Decisions.create();
            for (DecisionRule r : rules) r.bind(params);
            for (Intervention in : scenario.interventions()) intervene(in);
        } else {
            rules = List.of();
        }
        parametersChanged();
    }

    private void intervene(Intervention in) {
        DecisionRule r = Decisions.find(rules, in.rule());
        int forced = -1;
        long forbidden = 0;
        if (in.force()) forced = r.optionIndex(in.options().get(0));
        else for (String o : in.options()) forbidden |= 1L << r.optionIndex(o);
        r.intervene(scenario.months(), scenario.stepOf(in.from()), scenario.stepOf(in.to()), forced, forbidden);
    }

    /** Receives every decision the agents take (decisions.csv, the story, the GUI's ticker); null for none. */
    public TreatyModel setDecisionObserver(DecisionObserver o) {
        this.decisionObserver = o;
        return this;
    }

    public DecisionObserver decisionObserver() { return decisionObserver; }

    @Override public void start() {
        super.start();
        world = new World(params);
        month = 0;
        signedStep = -1;
        signedIslands = Double.NaN;
        recent.clear();
        events = new EventPhase(scenario.appliedEvents(), scenario);
        final int months = scenario.months();
        Steppable record = s -> {
            world.snapshot(snapshot);
            if (observer != null) observer.endOfMonth(month, snapshot);
            month++;
            if (month >= months && stopper != null) stopper.stop();
        };
        if (scenario.agents() == Scenario.Agents.DECIDE) {
            BargainingTheory theory = BargainingTheories.create(scenario.bargaining());
            protocol = new Protocol(theory, (Round) Decisions.find(rules, "JP_RU.round"),
                    (Acceptance) Decisions.find(rules, "JP.accept"), (Acceptance) Decisions.find(rules, "RU.accept"),
                    (UsPress) Decisions.find(rules, "US.press"));
            protocol.bind(params);
            protocol.start(world);
            world.refreshDerivedAgents();
            phases = new Steppable[] {events, new UnitedStates(own(Country.US)), new China(own(Country.CN)),
                    new Japan(own(Country.JP)), new Russia(own(Country.RU)), new Relations(), protocol, record};
        } else {
            protocol = null;
            phases = new Steppable[] {events, new ScriptedUnitedStates(), new ScriptedChina(), new ScriptedJapan(),
                    new ScriptedRussia(), new Relations(), new ScriptedNegotiation(), record};
        }
        Sequence monthSteps = new Sequence(phases.clone());
        stopper = schedule.scheduleRepeating(Schedule.EPOCH, 0, monthSteps, 1.0);
    }

    /** The rules a country takes in its own step (the round and the answers belong to the negotiation). */
    private List<DecisionRule> own(Country c) {
        List<DecisionRule> out = new ArrayList<>();
        for (DecisionRule r : rules) {
            if (r.actor() == c && !(r instanceof Round) && !(r instanceof Acceptance)) out.add(r);
        }
        return out;
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
    public World world() { return world; }
    public ModelParams params() { return params; }
    /** Monthly relaxation rate of a half-life parameter (cached; see {@link #parametersChanged()}). */
    public double rate(Coefficient p) { return rates[p.ordinal()]; }

    private static final Coefficient[] HALF_LIVES = {Coefficient.LEADER_HALFLIFE, Coefficient.POSITION_HALFLIFE, Coefficient.EXO_HALFLIFE, Coefficient.PUBLIC_HALFLIFE,
            Coefficient.JP_THREAT_HALFLIFE, Coefficient.AFFINITY_HALFLIFE};

    /** Records a signed and ratified treaty of {@code islands} this month. */
    public void sign(double islands) {
        signedStep = month;
        signedIslands = islands;
    }

    void noteEvent(Event e) {
        recent.addFirst(e);
        while (recent.size() > TICKER) recent.removeLast();
    }

    /** Refreshes cached rates after a parameter changed between steps (the GUI's inspector). */
    public void parametersChanged() {
        for (Coefficient p : HALF_LIVES) rates[p.ordinal()] = Rates.perMonth(params.get(p));
        if (protocol != null) protocol.bind(params);
    }

    // ---- read-only views for experiments and the GUI ----
    public Scenario scenario() { return scenario; }
    public World state() { return world; }
    /** The agents' decision rules (empty for the scripted model). */
    public List<DecisionRule> rules() { return rules; }
    /** Months completed so far (the index of the month about to run). */
    public int month() { return month; }
    /** Step at which a treaty was signed, or -1. */
    public int signedStep() { return signedStep; }
    public double signedIslands() { return signedIslands; }
    public Deque<Event> recentEvents() { return recent; }
    public String leader(Country c) { return world == null ? "" : world.leader(c); }
}
