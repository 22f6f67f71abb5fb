package org.treatysim.scenario;

import org.treatysim.io.Node;
import org.treatysim.io.YamlDocument;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The model's parameters, in file order, each with value, unit, plausible range and source. */
public final class ParameterSet implements ParameterValues {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[A-Za-z0-9_]+)+");
    private static final Set<String> FIELDS = new LinkedHashSet<>(List.of("value", "unit", "range", "prior", "bounds", "distribution", "basis", "source", "description"));
    private static final Set<String> BASES = Set.of("sourced", "judgement", "calibrated");

    private final Map<String, ParameterSpec> specs;
    private final Map<String, Integer> index;

    public ParameterSet(Map<String, ParameterSpec> specs) {
        this.specs = Collections.unmodifiableMap(new LinkedHashMap<>(specs));
        Map<String, Integer> ix = new java.util.HashMap<>();
        int i = 0;
        for (String n : this.specs.keySet()) ix.put(n, i++);
        this.index = Collections.unmodifiableMap(ix);
    }

    /** Position of a parameter in file order, or -1 if there is none of that name. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    public int size() { return specs.size(); }

    public Map<String, ParameterSpec> specs() { return specs; }
    public boolean contains(String name) { return specs.containsKey(name); }
    public ParameterSpec spec(String name) { return specs.get(name); }
    public List<String> names() { return List.copyOf(specs.keySet()); }

    @Override public double get(String name) {
        ParameterSpec s = specs.get(name);
        if (s == null) throw new IllegalArgumentException("unknown parameter " + name);
        return s.value();
    }

    public ParameterSet with(ParameterSpec spec) {
        Map<String, ParameterSpec> m = new LinkedHashMap<>(specs);
        m.put(spec.name(), spec);
        return new ParameterSet(m);
    }

    /**
     * Refuses a number outside the physical bounds of parameter {@code name}, at {@code at}.
     *
     * @param what what the number is, for the message ("value", "low end of the sweep range")
     */
    public static void within(Bounds bounds, String name, double v, Node at, String what) {
        if (!bounds.contains(v)) {
            throw at.error(what + " " + v + " of " + name + " lies outside its physical bounds " + bounds + " (" + bounds.why() + ")",
                    "use a value in " + bounds + "; plausible ranges and overrides may be wide, but never beyond what the quantity can be");
        }
    }

    public static ParameterSet load(Path file) {
        YamlDocument doc = YamlDocument.load(file);
        Node root = doc.rootNode().requireObject("the parameter file");
        root.onlyFields(Set.of("schema", "parameters"));
        if (root.has("schema")) root.field("schema").asString("'treatysim/parameters-1'", Pattern.compile("treatysim/parameters-1"));
        Node params = root.required("parameters", "a mapping from parameter name to {value, unit, range, source}").requireObject("parameters");
        Map<String, ParameterSpec> out = new LinkedHashMap<>();
        for (String name : params.fieldNames()) {
            Node p = params.field(name).requireObject("parameter " + name);
            if (!NAME.matcher(name).matches()) throw p.error("parameter name '" + name + "' is not a dotted lower-case name", "use names like group.name, e.g. negotiation.h_max");
            p.onlyFields(FIELDS);
            double value = p.required("value", "a number").asDouble("the parameter's value");
            String unit = p.required("unit", "the unit, e.g. \"islands\" or \"per month\"").asString("the unit as text");
            Node range = p.required("range", "[low, high], the plausible range");
            double[] r = range.asInterval("range of " + name, "write range: [low, high]");
            double lo = r[0], hi = r[1];
            if (lo > hi) throw range.error("range of " + name + " is empty: low " + lo + " > high " + hi, "write [low, high] with low <= high");
            Bounds bounds = Bounds.of(name, unit);
            if (p.has("bounds")) {
                Node b = p.field("bounds");
                bounds = Bounds.parse(b.asString("an interval such as \"[0, 1]\" or \"(0, inf)\""), "the bounds stated in the parameter file");
                if (bounds == null) throw b.error("bounds of " + name + " must be an interval such as \"[0, 1]\", \"(0, 4]\" or \"[0, inf)\", found '" + b.json().asText() + "'",
                        "write [ or ( , low, high, ] or ); inf for no bound");
                if (bounds.isEmpty()) throw b.error("bounds " + bounds + " of " + name + " hold no number", "write low below high");
            }
            within(bounds, name, value, p.field("value"), "value");
            within(bounds, name, lo, range.element(0), "low end of the plausible range");
            within(bounds, name, hi, range.element(1), "high end of the plausible range");
            if (value < lo || value > hi) throw p.field("value").error("value " + value + " of " + name + " lies outside its range [" + lo + ", " + hi + "]", "widen the range or correct the value");
            ParameterSpec.Distribution dist = ParameterSpec.Distribution.TRIANGULAR;
            if (p.has("distribution")) {
                String d = p.field("distribution").asString("triangular, uniform or fixed", Pattern.compile("triangular|uniform|fixed"));
                dist = ParameterSpec.Distribution.valueOf(d.toUpperCase(java.util.Locale.ROOT));
            }
            String basis = p.required("basis", "sourced, judgement or calibrated").asString("sourced, judgement or calibrated", Pattern.compile(String.join("|", BASES)));
            String source = p.required("source", "seed file names or public addresses").asString("the source as text");
            if (source.isBlank()) throw p.field("source").error("source of " + name + " is empty", "cite a seed file name, an address from shared/research, or the calibration targets");
            String desc = p.has("description") ? p.field("description").asString("a description") : "";
            ParameterSpec spec = new ParameterSpec(name, value, unit, lo, hi, dist, basis, source, desc, bounds);
            if (p.has("prior")) {
                Node pr = p.field("prior");
                double[] q = pr.asInterval("prior of " + name, "write prior: [low, high]");
                double plo = q[0], phi = q[1];
                if (!basis.equals("calibrated")) throw pr.error("prior of " + name + " is given but its basis is " + basis, "only a calibrated parameter has a prior (the range its fit searched)");
                if (!(plo <= lo && hi <= phi)) throw pr.error("range [" + lo + ", " + hi + "] of " + name + " lies outside its prior [" + plo + ", " + phi + "]", "the calibration's uncertainty lies inside the range it searched");
                spec = spec.withPrior(plo, phi);
            }
            out.put(name, spec);
        }
        if (out.isEmpty()) throw params.error("the parameter file declares no parameters", "add parameters");
        return new ParameterSet(out);
    }
}
