package org.treatysim.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The registry of bargaining theories, by the name scenarios use. */
public final class BargainingTheories {
    private static final Map<String, Supplier<BargainingTheory>> REGISTRY = new LinkedHashMap<>();
    static {
        register(TwoLevelTheory::new);
        register(ExpectedUtilityTheory::new);
        register(NashTheory::new);
    }

    private BargainingTheories() {}

    private static void register(Supplier<BargainingTheory> s) {
        REGISTRY.put(s.get().name(), s);
    }

    public static java.util.Set<String> names() { return Collections.unmodifiableSet(REGISTRY.keySet()); }

    public static BargainingTheory create(String name) {
        Supplier<BargainingTheory> s = REGISTRY.get(name);
        if (s == null) throw new IllegalArgumentException("unknown bargaining theory " + name + "; known: " + REGISTRY.keySet());
        return s.get();
    }
}
