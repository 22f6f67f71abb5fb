package org.treatysim.model;

import org.treatysim.scenario.Effect;
import org.treatysim.scenario.Event;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;

/** Applies the month's dated events, after ageing the impulses of earlier months. */
public final class EventPhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private final List<Event>[] byStep;

    @SuppressWarnings("unchecked")
    public EventPhase(List<Event> events, org.treatysim.scenario.Scenario scenario) {
        byStep = new List[scenario.months()];
        for (Event e : events) {
            int s = scenario.stepOf(e.date());
            if (s < 0 || s >= byStep.length) continue;
            if (byStep[s] == null) byStep[s] = new ArrayList<>(2);
            byStep[s].add(e);
        }
    }

    /** Events dated in a given step (empty if none). */
    public List<Event> eventsAt(int step) {
        return step >= 0 && step < byStep.length && byStep[step] != null ? byStep[step] : List.of();
    }

    @Override public void step(SimState state) {
        TreatyModel m = (TreatyModel) state;
        World w = m.world();
        w.setMonth(m.month());
        w.decayImpulses();
        List<Event> evs = eventsAt(m.month());
        for (Event e : evs) {
            for (Effect eff : e.effects()) eff.apply(w, m.params());
            m.noteEvent(e);
        }
        w.refreshDerived();
    }
}
