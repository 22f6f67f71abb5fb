package org.treatysim.model.negotiation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The registry of bargaining theories, by the name scenarios use. Adding a theory: one class, one line here (tests add
 * and remove throw-away ones with {@link #register} and {@link #unregister}). Each theory declares the parameters it
 * reads: the loader checks the parameter file holds them (at the scenario's {@code bargaining:} line), and a
 * calibration fits only the calibrated parameters of the theory the scenario uses.
 */
public final class BargainingTheories {
    private static final Map<String, Supplier<BargainingTheory>> REGISTRY = new LinkedHashMap<>();
    static {
        register(TwoLevelTheory::new);
        register(ExpectedUtilityTheory::new);
        register(NashTheory::new);
    }

    private BargainingTheories() {}

    /** Adds a theory (tests add throw-away ones; the model registers its own above). */
    public static synchronized void register(Supplier<BargainingTheory> s) {
        REGISTRY.put(s.get().name(), s);
    }

    /** Removes a theory added by {@link #register} (tests). */
    public static synchronized void unregister(String name) {
        REGISTRY.remove(name);
    }

    public static synchronized Set<String> names() { return Collections.unmodifiableSet(new java.util.LinkedHashSet<>(REGISTRY.keySet())); }

    public static synchronized BargainingTheory create(String name) {
        Supplier<BargainingTheory> s = REGISTRY.get(name);
        if (s == null) throw new IllegalArgumentException("unknown bargaining theory " + name + "; known: " + REGISTRY.keySet());
        return s.get();
    }

    /** The parameters a theory reads. */
    public static List<String> parameters(String name) { return create(name).parameters(); }

    /** Every registered theory with the parameters it reads, in registration order (for the scenario loader). */
    public static synchronized Map<String, List<String>> catalogue() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Supplier<BargainingTheory>> e : REGISTRY.entrySet()) out.put(e.getKey(), List.copyOf(e.getValue().get().parameters()));
        return Collections.unmodifiableMap(out);
    }
}
