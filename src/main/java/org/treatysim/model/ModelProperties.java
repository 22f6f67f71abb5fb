package org.treatysim.model;

import org.treatysim.io.Html;
import org.treatysim.scenario.Country;
import org.treatysim.scenario.ParameterSpec;
import org.treatysim.scenario.Var;
import sim.util.Interval;
import sim.util.Properties;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The model as MASON bean properties, for the Console's inspector: parameters, read-write, each with its plausible
 * range from the parameter file as the slider's domain; then, optionally, read-only views of the state (the month,
 * the two leaders, the treaty and every state variable).
 *
 * <p>{@code new ModelProperties(model)} lists the coefficients of the agents' own dynamics ({@link Coefficient}) and the state.
 * {@link #parameters(TreatyModel, List)} lists any parameters by name (a decision rule's, the protocol's), and
 * {@link #state(TreatyModel)} the state alone, so that an inspector can show them in groups.
 *
 * <p>A parameter may be changed between steps: the setter refuses values outside the plausible range (the value is
 * left unchanged and the current one returned), writes {@link ModelParams#set} (a coefficient of {@link Coefficient}) or
 * {@link ModelParams#setValue} (any other parameter), and calls {@link TreatyModel#parametersChanged()}. The decision
 * rules and the protocol read their coefficients afresh every month, so the change acts from the next month. Initial
 * values ({@code init.*}) and parameters that only scenario events reference take effect at start and are not
 * offered. Nothing here draws or imports UI code.
 */
public final class ModelProperties extends Properties {
    private static final long serialVersionUID = 1L;
    private static final Coefficient[] PS = Coefficient.values();
    private static final Var[] VARS = Var.values();
    private static final Map<String, Coefficient> COEFFICIENT = new HashMap<>();
    static {
        for (Coefficient p : PS) COEFFICIENT.put(p.key, p);
    }
    /** Read-only entries between the parameters and the variables. */
    private static final String[] INFO = {"Month completed", "Japan's leader", "Russia's leader", "Treaty signed"};

    private final TreatyModel model;
    /** The parameters shown, in order; each is a coefficient of {@link Coefficient} or else read by its index. */
    private final String[] names;
    private final Coefficient[] coefficient;
    private final int[] index;
    private final boolean withState;

    /** The coefficients of the agents' own dynamics ({@link Coefficient}, in order), then the state. */
    public ModelProperties(TreatyModel model) {
        this(model, coefficientNames(), true);
    }

    private ModelProperties(TreatyModel model, List<String> parameters, boolean withState) {
        this.model = model;
        this.object = model;
        this.withState = withState;
        names = parameters.toArray(new String[0]);
        coefficient = new Coefficient[names.length];
        index = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            coefficient[i] = COEFFICIENT.get(names[i]);
            index[i] = model.params().set().indexOf(names[i]);
            if (coefficient[i] == null && index[i] < 0) {
                throw new IllegalArgumentException("the parameter file of scenario '" + model.scenario().name() + "' lacks " + names[i]);
            }
        }
    }

    /** The parameters {@code names} as sliders, in the order given, without the state. */
    public static ModelProperties parameters(TreatyModel model, List<String> names) {
        return new ModelProperties(model, names, false);
    }

    /** The state alone, read-only: the month, the leaders, the treaty and every state variable. */
    public static ModelProperties state(TreatyModel model) {
        return new ModelProperties(model, List.of(), true);
    }

    /** The keys of the coefficients of {@link Coefficient}, in order. */
    public static List<String> coefficientNames() {
        List<String> out = new ArrayList<>(PS.length);
        for (Coefficient p : PS) out.add(p.key);
        return out;
    }

    public TreatyModel model() { return model; }

    /** Index of coefficient {@code p} among the properties of {@code new ModelProperties(model)}. */
    public static int indexOf(Coefficient p) { return p.ordinal(); }

    /** Index of state variable {@code v} among the properties of {@code new ModelProperties(model)}. */
    public static int indexOf(Var v) { return PS.length + INFO.length + v.ordinal(); }

    private ParameterSpec spec(int i) { return model.scenario().parameters().spec(names[i]); }

    private double parameter(int i) {
        return coefficient[i] != null ? model.params().get(coefficient[i]) : model.params().value(index[i]);
    }

    @Override public boolean isVolatile() { return false; }

    @Override public int numProperties() { return names.length + (withState ? INFO.length + VARS.length : 0); }

    @Override public String getName(int i) {
        if (i < names.length) return names[i];
        i -= names.length;
        if (i < INFO.length) return INFO[i];
        return VARS[i - INFO.length].id;
    }

    @Override public Class<?> getType(int i) {
        if (i < names.length) return Double.TYPE;
        i -= names.length;
        if (i < INFO.length) return String.class;
        return Double.TYPE;
    }

    @Override public boolean isReadWrite(int i) { return i >= 0 && i < names.length; }

    @Override public Object getValue(int i) {
        if (i < names.length) return parameter(i);
        i -= names.length;
        if (i < INFO.length) {
            return switch (i) {
                case 0 -> model.month() == 0 ? "(not started)" : model.scenario().monthAt(model.month() - 1).toString();
                case 1 -> model.leader(Country.JP);
                case 2 -> model.leader(Country.RU);
                default -> model.state() == null || model.signedStep() < 0 ? "no"
                        : model.scenario().monthAt(model.signedStep()) + String.format(Locale.ROOT, ", %.1f islands", model.signedIslands());
            };
        }
        World w = model.state();
        return w == null ? Double.NaN : round(w.get(VARS[i - INFO.length]));
    }

    @Override public Object getDomain(int i) {
        if (i >= names.length) return null;
        ParameterSpec s = spec(i);
        return s == null || !(s.high() > s.low()) ? null : new Interval(s.low(), s.high());
    }

    @Override public String getDescription(int i) {
        if (i < names.length) {
            ParameterSpec s = spec(i);
            if (s == null) return names[i];
            return "<html>" + Html.escape(s.description()) + "<br>Unit: " + Html.escape(s.unit()) + "; plausible range [" + s.low() + ", " + s.high()
                    + "], best value " + s.value() + " (" + Html.escape(s.basis()) + ")</html>";
        }
        i -= names.length;
        if (i < INFO.length) return INFO[i];
        Var v = VARS[i - INFO.length];
        return "<html>" + Html.escape(v.description) + " (" + Html.escape(v.unit) + ")</html>";
    }

    @Override protected Object _setValue(int i, Object value) {
        if (!isReadWrite(i) || !(value instanceof Number n)) return getValue(i);
        double x = n.doubleValue();
        ParameterSpec s = spec(i);
        if (Double.isNaN(x) || (s != null && (x < s.low() || x > s.high()))) return getValue(i);
        if (coefficient[i] != null) model.params().set(coefficient[i], x);
        else model.params().setValue(index[i], x);
        model.parametersChanged();
        return x;
    }

    /** State values are shown to 4 decimals: enough to read, without floating-point noise. */
    static double round(double x) {
        return Double.isFinite(x) ? Math.round(x * 1e4) / 1e4 : x;
    }

}
