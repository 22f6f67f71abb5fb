package org.treatysim.gui;

import org.treatysim.model.ModelProperties;
import org.treatysim.model.TreatyModel;
import sim.util.Properties;

/**
 * What the Console's model inspector shows: first the scenario choice (a list of the scenarios in the scenario
 * directory), then the current model's {@link ModelProperties}: its coefficients as sliders over their plausible
 * ranges and its state, read-only. The model behind the properties changes when another scenario is chosen, so
 * every call looks the current one up.
 */
final class InspectorProperties extends Properties {
    private static final long serialVersionUID = 1L;
    private final TreatySimWithUI gui;
    private transient ModelProperties cached;

    InspectorProperties(TreatySimWithUI gui) {
        this.gui = gui;
        this.object = gui;
    }

    private ModelProperties model() {
        TreatyModel m = (TreatyModel) gui.state;
        if (cached == null || cached.model() != m) cached = new ModelProperties(m);
        return cached;
    }

    @Override public boolean isVolatile() { return false; }
    @Override public int numProperties() { return 1 + model().numProperties(); }
    @Override public String getName(int i) { return i == 0 ? "Scenario" : model().getName(i - 1); }
    @Override public Class<?> getType(int i) { return i == 0 ? Integer.TYPE : model().getType(i - 1); }
    @Override public boolean isReadWrite(int i) { return i == 0 || model().isReadWrite(i - 1); }
    @Override public Object getValue(int i) { return i == 0 ? gui.scenarioIndex() : model().getValue(i - 1); }
    @Override public Object getDomain(int i) { return i == 0 ? gui.catalog().labels() : model().getDomain(i - 1); }

    @Override public String getDescription(int i) {
        return i == 0 ? "<html>Scenario to replay. A new choice takes effect at the next Play (press Stop first while a run is<br>"
                + "under way) and resets the coefficients to that scenario's best values.</html>" : model().getDescription(i - 1);
    }

    @Override protected Object _setValue(int i, Object value) {
        if (i == 0) {
            if (value instanceof Number n) gui.chooseScenario(n.intValue());
            return gui.scenarioIndex();
        }
        return model().setValue(i - 1, value);
    }
}
