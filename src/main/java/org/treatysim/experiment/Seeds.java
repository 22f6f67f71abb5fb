package org.treatysim.experiment;

/**
 * Derivation of per-run seeds from one master seed, so that results never depend on thread count, sharding or
 * run order. Each stream is a SplitMix64 mix of (master seed, stream tag, index...).
 */
public final class Seeds {
    /** Stream tags: the model's shocks and the parameter draws use different, independent streams. */
    public static final long MODEL_STREAM = 0x4D4F44454CL;   // "MODEL"
    public static final long PARAMS_STREAM = 0x504152414DL;  // "PARAM"
    public static final long POSTERIOR_STREAM = 0x504F535452L; // "POSTR"

    private Seeds() {}

    public static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Seed for a stream of replication {@code rep} under master seed {@code master}. */
    public static long derive(long master, long stream, long... path) {
        long h = mix(master ^ mix(stream));
        for (long p : path) h = mix(h ^ mix(p + 0x632BE59BD9B4E019L));
        return h;
    }

    public static long modelSeed(long master, long rep) { return derive(master, MODEL_STREAM, rep); }

    public static long parameterSeed(long master, long rep) { return derive(master, PARAMS_STREAM, rep); }

    /** A uniform in [0, 1) for replication {@code rep}'s pick of a posterior particle (its own stream). */
    public static double posteriorUniform(long master, long rep) { return (derive(master, POSTERIOR_STREAM, rep) >>> 11) * 0x1.0p-53; }
}
