package org.treatysim.model;

import org.treatysim.scenario.Country;
import org.treatysim.scenario.ParameterSpec;
import org.treatysim.scenario.Var;
import sim.util.Interval;
import sim.util.Properties;

/**
 * The model as MASON bean properties, for the Console's inspector. First the model's coefficients ({@link P}),
 * read-write, each with its plausible range from the parameter file as the slider's domain; then read-only views
 * of the state: the month, the two leaders, the treaty and every state variable.
 *
 * <p>A coefficient may be changed between steps: the setter refuses values outside the plausible range (the
 * value is left unchanged and the current one returned), writes {@link ModelParams#set} and calls
 * {@link TreatyModel#parametersChanged()}. Initial values ({@code init.*}) and parameters that only scenario
 * events reference take effect at start and are not offered. Nothing here draws or imports UI code.
 */
public final class ModelProperties extends Properties {
    private static final long serialVersionUID = 1L;
    private static final P[] PS = P.values();
    private static final Var[] VARS = Var.values();
    /** Read-only entries between the coefficients and the variables. */
    private static final String[] INFO = {"Month completed", "Japan's leader", "Russia's leader", "Treaty signed"};

    private final TreatyModel model;

    public ModelProperties(TreatyModel model) {
        this.model = model;
        this.object = model;
    }

    public TreatyModel model() { return model; }

    /** Index of coefficient {@code p} among the properties. */
    public static int indexOf(P p) { return p.ordinal(); }

    /** Index of state variable {@code v} among the properties. */
    public static int indexOf(Var v) { return PS.length + INFO.length + v.ordinal(); }

    private ParameterSpec spec(P p) { return model.scenario().parameters().spec(p.key); }

    @Override public boolean isVolatile() { return false; }

    @Override public int numProperties() { return PS.length + INFO.length + VARS.length; }

    @Override public String getName(int i) {
        if (i < PS.length) return PS[i].key;
        i -= PS.length;
        if (i < INFO.length) return INFO[i];
        return VARS[i - INFO.length].id;
    }

    @Override public Class<?> getType(int i) {
        if (i < PS.length) return Double.TYPE;
        i -= PS.length;
        if (i < INFO.length) return String.class;
        return Double.TYPE;
    }

    @Override public boolean isReadWrite(int i) { return i >= 0 && i < PS.length; }

    @Override public Object getValue(int i) {
        if (i < PS.length) return model.params().get(PS[i]);
        i -= PS.length;
        if (i < INFO.length) {
            return switch (i) {
                case 0 -> model.month() == 0 ? "(not started)" : model.scenario().monthAt(model.month() - 1).toString();
                case 1 -> model.leader(Country.JP);
                case 2 -> model.leader(Country.RU);
                default -> model.state() == null || model.signedStep() < 0 ? "no"
                        : model.scenario().monthAt(model.signedStep()) + String.format(java.util.Locale.ROOT, ", %.1f islands", model.signedIslands());
            };
        }
        World w = model.state();
        return w == null ? Double.NaN : round(w.get(VARS[i - INFO.length]));
    }

    @Override public Object getDomain(int i) {
        if (i >= PS.length) return null;
        ParameterSpec s = spec(PS[i]);
        return s == null || !(s.high() > s.low()) ? null : new Interval(s.low(), s.high());
    }

    @Override public String getDescription(int i) {
        if (i < PS.length) {
            ParameterSpec s = spec(PS[i]);
            if (s == null) return PS[i].key;
            return "<html>" + esc(s.description()) + "<br>Unit: " + esc(s.unit()) + "; plausible range [" + s.low() + ", " + s.high()
                    + "], best value " + s.value() + " (" + esc(s.basis()) + ")</html>";
        }
        i -= PS.length;
        if (i < INFO.length) return INFO[i];
        Var v = VARS[i - INFO.length];
        return "<html>" + esc(v.description) + " (" + esc(v.unit) + ")</html>";
    }

    @Override protected Object _setValue(int i, Object value) {
        if (!isReadWrite(i) || !(value instanceof Number n)) return getValue(i);
        double x = n.doubleValue();
        ParameterSpec s = spec(PS[i]);
        if (Double.isNaN(x) || (s != null && (x < s.low() || x > s.high()))) return getValue(i);
        model.params().set(PS[i], x);
        model.parametersChanged();
        return x;
    }

    /** State values are shown to 4 decimals: enough to read, without floating-point noise. */
    static double round(double x) {
        return Double.isFinite(x) ? Math.round(x * 1e4) / 1e4 : x;
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
