package org.treatysim.model.negotiation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** The registry of bargaining theories, by the name scenarios use. Adding a theory: one class, one line here. */
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

    public static synchronized Set<String> names() { return Collections.unmodifiableSet(new java.util.LinkedHashSet<>(REGISTRY.keySet())); }

    public static synchronized BargainingTheory create(String name) {
        Supplier<BargainingTheory> s = REGISTRY.get(name);
        if (s == null) throw new IllegalArgumentException("unknown bargaining theory " + name + "; known: " + REGISTRY.keySet());
        return s.get();
    }

    /** The parameters a theory reads. */
    public static List<String> parameters(String name) { return create(name).parameters(); }
}
